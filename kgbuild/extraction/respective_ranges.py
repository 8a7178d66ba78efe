"""Penalty ranges paired with their offences by "respectively": "Treason and espionage carry
12 to 20 and 10 to 20 years respectively", "... carry minimum terms of 12 and 10 years
respectively" (rules of penalties.py)."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft, _round
from kgbuild.extraction.grammar_en_penalties import _NUMD
from kgbuild.extraction.numbers import parse_number
from kgbuild.extraction.unitless_ranges import UnitlessRangeRules
from kgbuild.fastre import compile_narrowed

_RESPECTIVE = compile_narrowed(
    r"\b(?P<cue>carr(?:y|ies)|are\s+punishable\s+by|face|(?:are\s+)?punished\s+(?:by|with))\s+"
    r"(?:(?:a\s+)?(?P<head>minimum|maximum)(?:\s+(?:prison\s+)?(?:terms?|sentences?|penalt(?:y|ies)))?"
    r"s?\s+of\s+)?"
    rf"(?P<items>(?:(?:(?:from\s+|between\s+)?{_NUMD}\s*(?:to|-|–|and)\s*{_NUMD}|up\s+to\s+{_NUMD}|"
    rf"{_NUMD})(?:[\s-]+years?)?(?:\s*,\s*|\s+and\s+|,\s+and\s+)){{1,3}}"
    rf"(?:(?:from\s+|between\s+)?{_NUMD}\s*(?:to|-|–)\s*{_NUMD}|up\s+to\s+{_NUMD}|{_NUMD}))"
    r"[\s-]+years?(?:\s+in\s+prison|\s+of\s+imprisonment)?\s*,?\s+respectively\b",
    re.IGNORECASE,
)
_ITEM = compile_narrowed(
    rf"(?:(?:from\s+|between\s+)?(?P<a>{_NUMD})\s*(?:to|-|–)\s*(?P<b>{_NUMD})|"
    rf"(?P<up>up\s+to\s+)(?P<c>{_NUMD})|(?P<n>{_NUMD}))(?:[\s-]+years?)?",
    re.IGNORECASE,
)


class RespectiveRangeRules(UnitlessRangeRules):
    """Ranges told item by item for the offences named before them."""

    def _respective_ranges(self) -> list[_Draft]:
        m = _RESPECTIVE.search(self.s) if "respectively" in self.folded else None
        if m is None:
            return []
        named: list[str] = []
        for o in self.offences:
            if o.end <= m.start() and o.slug not in named:
                named.append(o.slug)
        head = (m.group("head") or "").lower()
        items: list[tuple[float | None, float | None]] = []
        for x in _ITEM.finditer(m.group("items")):
            a, b = x.group("a"), x.group("b")
            if a is not None and b is not None:
                items.append((parse_number(a), parse_number(b)))
            elif x.group("c") is not None:
                items.append((None, parse_number(x.group("c"))))
            elif head == "minimum":
                items.append((parse_number(x.group("n")), None))
            elif head == "maximum":
                items.append((None, parse_number(x.group("n"))))
            else:
                return []
        if len(items) != len(named) or len(items) < 2:
            return []
        drafts: list[_Draft] = []
        for slug, (lo, hi) in zip(named, items, strict=True):
            if lo is not None and hi is not None and lo >= hi:
                return []
            draft = self._draft("penalty_range", "penalty.respectively", m.start("items"))
            draft.offences = (slug,)
            draft.articles = self.lexicon.articles_for(draft.offences)
            draft.min_years = None if lo is None else _round(lo)
            draft.max_years = None if hi is None else _round(hi)
            draft.life = False
            drafts.append(draft)
        return drafts
