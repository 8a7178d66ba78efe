"""What a sentence leaves for the sentences after it: whether it counted convictions or
cases, the offences it named, the period reported on and the last year named. Split
from extractor.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru import grammar_references as refs
from kgbuild.extraction_ru.clauses import unique
from kgbuild.extraction_ru.period_context import outside_asides
from kgbuild.extraction_ru.periods import BASELINES

if TYPE_CHECKING:
    from kgbuild.extraction_ru.extractor import Sentence


def leave_context(s: Sentence) -> None:
    """Set ``s.context`` for the next sentence from what ``s`` named and claimed."""
    s.context.counted = any(c.kind == "conviction_count" for c in s.claims)
    s.context.cases = any(c.kind == "case_count" for c in s.claims)
    s.context.penalised = any(c.kind == "penalty_range" for c in s.claims)
    s.context.convictions = not s.lemma_set.isdisjoint(g.CONVICTION_WORDS)
    s.context.case_words = not s.lemma_set.isdisjoint(g.CASE_CUES)
    if not refs.item_line(s.quote, s.context.heading):
        s.context.heading = refs.heading_kind(s.quote) if s.offences and not s.claims else ""
    if s.offences:
        s.context.offences = unique([o.slug for o in s.offences])
        if len(s.context.offences) > 1:
            s.context.group = s.context.offences
    counts = [c.offence for c in s.claims if c.kind in ("conviction_count", "case_count")]
    listed = [o for o in counts if isinstance(o, str)]
    s.context.listed = tuple(listed) if len(listed) == len(counts) > 1 else ()
    resolved = [p for p in s.periods if p.resolved and p.how != "day" and p.cue is None]
    if resolved and "(" in s.quote:
        # «Госизмена: 58 приговоров (в апреле было 49)»: a period in brackets is an aside's
        resolved = outside_asides(s.text, s._asides, resolved) or resolved[:0]
    compared = g.FOR_COMPARISON.match(s.quote)
    s.context.compared = resolved if compared else []
    if resolved and not compared:
        # «за то же полугодие» means the period reported on, not a baseline before it
        named = [p for p in resolved if p.how not in BASELINES]
        prior = s.context.period
        s.context.period = named[-1] if named else s.context.period or resolved[-1]
        now = s.context.period
        s.context.thread = (
            prior
            if prior is not None
            and prior.first is not None
            and now.last is not None
            and now.last < prior.first
            else None
        )
        s.context.recent = [*s.context.recent, *named][-8:]
    years = [(p.end, p.first.year) for p in s.periods if p.first is not None]
    years += [(d.end, int(d.value[:4])) for d in s.dates]
    if years:
        s.context.year = max(years)[1]
