"""Periods a sentence takes from around it. Brackets that hold a period alone date a heading
(«Что произошло за неделю (16–22 марта)»), they are no aside of another figure. «С тех пор»
after a dated law is the span from the law's day to the publication date («Статью 280.4 ...
ввел в УК закон от 14 июля 2022 года. ... С тех пор по ней осудили по меньшей мере 57
человек»): the day is the last dated enactment of the sentences before, forgotten once a
later sentence names a period of its own."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kgbuild.extraction_ru.periods import Period

if TYPE_CHECKING:
    from kgbuild.extraction_ru.extractor import Sentence


def dated_aside(text: str, asides: list[tuple[int, int]], period: Period) -> tuple[int, int] | None:
    """The parentheses among ``asides`` that ``period`` stands in, unless they hold it alone:
    «Что произошло за неделю (16–22 марта)» dates the heading, it is no aside's period."""
    aside = next(((a, b) for a, b in asides if a <= period.start < b), None)
    if aside is None:
        return None
    inside = text[aside[0] + 1 : aside[1] - 1]
    return aside if inside.replace(text[period.start : period.end], "", 1).strip() else None


def outside_asides(
    text: str,
    asides: list[tuple[int, int]],
    periods: list[Period],
    own: tuple[int, int] | None = None,
) -> list[Period]:
    """The ``periods`` in no parentheses but ``own`` (a figure's own aside), the brackets
    that hold a period alone counting as none."""
    return [p for p in periods if dated_aside(text, asides, p) in (None, own)]


_SINCE_THEN = re.compile(
    r"^\W*(?:(?:а|и|но|всего|только)\s+)?с\s+(?:тех\s+пор|(?:того|этого)\s+(?:времени|момента|"
    r"дня))\b(?!\s*,?\s*(?:как|когда)\b)",
    re.IGNORECASE,
)


def since_then(s: Sentence) -> Period | None:
    """The span a sentence opening «С тех пор» («С того времени», «С этого момента») counts
    in: from the day of the law told of before to the publication date."""
    since, published = s.context.enacted, s.context.published
    if since is None or published is None or since > published:
        return None
    m = _SINCE_THEN.match(s.quote)
    if m is None:
        return None
    return Period(s.start + m.start(), s.start + m.end(), since, published, "since-then")


def remember_enactment(s: Sentence) -> None:
    """Keep the day of the sentence's last dated enactment for a «С тех пор» later; a
    period named instead forgets it."""
    days = [c.date for c in s.claims if c.kind == "enactment" and c.date and len(c.date) == 10]
    if days:
        s.context.enacted = dt.date.fromisoformat(days[-1])
    elif any(p.resolved and p.how != "day" for p in s.periods):
        s.context.enacted = None


_SOURCE_TAIL = re.compile(
    r"\s*(?:это\s+)?(?:следует\s+из|говорится\s+в|сообщает|сообщил[аи]?|подсчитал[аи]?|"
    r"выяснил[аи]?|свидетельствуют)\b",
    re.IGNORECASE,
)
"""«..., следует из данных Судебного департамента за 2025 год»: a source told last."""


def source_tail_period(s: Sentence, index: int) -> Period | None:
    """The period of a source clause that closes the sentence («По статье о дезертирстве
    осуждены 1 240 военнослужащих, по статье о сдаче в плен — 212, следует из данных ... за
    2025 год»): every figure's before it, past the clauses with dashes between."""
    tail = s.clauses[-1]
    if index >= len(s.clauses) - 1 or not _SOURCE_TAIL.match(s.text, tail.start, tail.end):
        return None
    usable = [p for p in tail.periods if p.how != "day" and p.cue is None]
    return usable[0] if len(usable) == 1 else None
