"""Penalty ranges whose unit is left to a range told just before them: "Treason is 12 to 20
years ... Confidential cooperation, by comparison, carries three to eight" (rules of
penalties.py)."""

from __future__ import annotations

import re

from kgbuild.extraction.aggravated import aggravated_subject
from kgbuild.extraction.drafts import _Draft, _round
from kgbuild.extraction.grammar_en_penalties import _NUMD
from kgbuild.extraction.numbers import parse_number
from kgbuild.extraction.penalty_offences import PenaltyOffenceRules
from kgbuild.fastre import compile_narrowed

_UNITLESS = compile_narrowed(
    r"\b(?:carr(?:y|ies)|punishable\s+by|brings?)\s+(?:(?:from|between)\s+)?"
    rf"(?P<a>{_NUMD})\s+(?:to|and)\s+(?P<b>{_NUMD})(?=\s*(?:[.;)]|,\s|$))",
    re.IGNORECASE,
)
"""A verb of the law's range, then "A to B" that ends its clause with no unit or noun after
it ("carries three to eight.", not "carries 3 to 8 per cent" or "3 to 8 people")."""
_UNITLESS_GATE = ("carr", "punishable", "bring")
_OLD_RANGE = compile_narrowed(
    r"(?:,?\s*(?:instead\s+of|up\s+from|rather\s+than|compared\s+with|as\s+against)|"
    r"\s*\(\s*(?:previously|before|formerly|until\s+now|at\s+present|currently)\s*,?)\s+"
    rf"(?P<a>{_NUMD})\s*(?:to|-|–)\s*(?P<b>{_NUMD})"
    r"(?=\s+(?:before|previously|earlier|at\s+present|until\s+now)\b|\s*[).;,]|\s*$)",
    re.IGNORECASE,
)
"""After a range, the one it replaced, its unit left to it: "now carries 10 to 20 years
instead of 10 to 15", "10 to 20 years (previously 10 to 15)"."""


class UnitlessRangeRules(PenaltyOffenceRules):
    """Statutory ranges told without a unit after a range in years."""

    def _old_ranges(self, here: list[_Draft]) -> list[_Draft]:
        """The range a range of this sentence replaced, told after it without a unit."""
        ranges = [d for d in here if d.min_years is not None and d.max_years is not None]
        if not ranges:
            return []
        drafts: list[_Draft] = []
        for m in _OLD_RANGE.finditer(self.s):
            a, b = parse_number(m.group("a")), parse_number(m.group("b"))
            before = [d for d in ranges if d.anchor - self.offset < m.start()]
            if a is None or b is None or not 0 < a < b <= 30 or not before:
                continue
            new = before[-1]
            if (new.min_years, new.max_years) == (a, b):
                continue
            draft = self._draft("penalty_range", "penalty.raised", m.start("a"))
            draft.offences, draft.articles = new.offences, new.articles
            draft.min_years, draft.max_years, draft.life = _round(a), _round(b), False
            drafts.append(draft)
        return drafts

    def _unitless_ranges(self, here: list[_Draft]) -> list[_Draft]:
        """Ranges with the unit elided, only after a range in years of another offence in
        this sentence (``here``) or the two before (the unit it leaves to them)."""
        if not any(x in self.folded for x in _UNITLESS_GATE) or not any(
            d.kind == "penalty_range"
            and d.max_years is not None
            and 0 <= self.index - d.sentence_index <= 2
            for d in [*here, *self.state.drafts[-20:]]
        ):
            return []
        drafts: list[_Draft] = []
        for m in _UNITLESS.finditer(self.s):
            a, b = parse_number(m.group("a")), parse_number(m.group("b"))
            if a is None or b is None or not 0 < a < b <= 30:
                continue
            offences = self._governed_offences(m.start(), m.end())
            spans = [(o.start, o.end) for o in self.offences if o.slug in offences]
            if (
                not offences
                or aggravated_subject(self.s, spans, m.start())
                or any(set(offences) <= set(d.offences) for d in here)
            ):
                # "Sabotage is punishable by 10 to 20 years, whereas an organised attack
                # carries 12 to 20": a graver form's range, left out
                continue
            draft = self._draft("penalty_range", "penalty.between", m.start("a"))
            draft.offences = offences
            draft.articles = self.lexicon.articles_for(offences)
            draft.min_years, draft.max_years, draft.life = _round(a), _round(b), False
            drafts.append(draft)
        return drafts
