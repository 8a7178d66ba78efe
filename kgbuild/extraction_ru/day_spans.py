"""A span of days in one month with its year left out («Неделя в цифрах (16–22 ноября)»,
«С 9 по 15 июня ...»), and the brackets that hold such a span alone: they date a heading
(«Что произошло за неделю (2–8 февраля)»), they are no aside of another figure."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kgbuild.extraction_ru.morphology import fold
from kgbuild.extraction_ru.period_patterns import _MONTHS

if TYPE_CHECKING:
    from kgbuild.extraction_ru.periods import Period


def _month(stem: str) -> int:
    return next(i for i, pattern in enumerate(_MONTHS, start=1) if re.fullmatch(pattern, stem))


def day_span(
    m: re.Match[str], published: dt.date | None, previous: Period | None
) -> tuple[dt.date | None, dt.date | None]:
    """The days a ``day-span`` match names: of the one year the period named before covers,
    else of the year of publication (of the year before if they are still to come)."""
    if published is None:
        return None, None
    month, first, last = _month(fold(m.group("m"))), int(m.group("d1")), int(m.group("d"))
    if first >= last:
        return None, None
    if (
        previous is not None
        and previous.first is not None
        and previous.last is not None
        and previous.first.year == previous.last.year
    ):
        year = previous.first.year
    else:
        year = published.year - ((month, last) > (published.month, published.day))
    try:
        return dt.date(year, month, first), dt.date(year, month, last)
    except ValueError:  # 30 February
        return None, None


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
