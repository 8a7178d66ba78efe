"""A figure told alone before the sentence that says what it counts: «Цифра дня — 7 842.
Столько военнослужащих осуждены в 2024 году за самовольное оставление части.»

A data digest's headline gives the bare figure and ends; the next sentence opens with
«Столько (же)» and gives the verb, the offence and the period. The claim's quote runs from
the figure to the end of that sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru.clauses import unique
from kgbuild.extraction_ru.numbers import read_number

if TYPE_CHECKING:
    from kgbuild.extraction_ru.extractor import Sentence

_SO_MANY = re.compile(r"\s*(?:Именно\s+)?[Сс]только\s+(?!же\s+раз)", re.IGNORECASE)
"""«Столько военнослужащих ...», «Именно столько человек ...» (not «Столько же раз»)."""
_LONE_FIGURE = re.compile(
    r"(?:^|\n|[.!?]\s)[^.!?\n\d]{0,30}?[—–:]?\s*(?P<n>\d{1,3}(?:[  ]\d{3})*|\d+)\.\s*$"
)
"""«Цифра дня — 7 842.», «Число недели: 590.», «7 842.»: a figure that ends its sentence
right before this one, with at most a short label before it."""


def lead_figure_count(s: Sentence) -> None:
    """The count of a sentence opening with «Столько» whose figure ends the sentence just
    before it (no figure of its own, an offence and a conviction word of its own)."""
    if s.numbers or not s.offences or not _SO_MANY.match(s.quote):
        return
    if s.lemma_set.isdisjoint(g.CONVICTION_WORDS):
        return
    m = _LONE_FIGURE.search(s.text, max(0, s.start - 48), s.start)
    if m is None:
        return
    value = read_number(re.sub(r"\s", "", m.group("n")))
    if value is None or value != int(value) or value <= 0:
        return
    resolved = [p for p in s.periods if p.resolved and p.how != "day" and p.cue is None]
    period = resolved[0] if resolved else s.context.period
    offences = unique([o.slug for o in s.offences])
    start = m.start("n")
    claim_start, quote = s.start, s.quote
    s.start, s.quote = start, s.text[start : s.end]  # the quote runs from the figure
    try:
        s._claim(
            "conviction_count",
            "ru.count.lead-figure",
            offences,
            count=int(value),
            qualifier="exact",
            unit="people",
            period_start=None if period is None or period.first is None
            else period.first.isoformat(),
            period_end=None if period is None or period.last is None
            else period.last.isoformat(),
        )  # fmt: skip
    finally:
        s.start, s.quote = claim_start, quote
