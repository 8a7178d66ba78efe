"""A statutory minimum told alone: "The minimum sentence for treason is 12 years", "Espionage
carries a minimum of ten years" (rules of penalties.py; a raised minimum is theirs)."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft, _round
from kgbuild.extraction.grammar_en_penalties import _NUMD
from kgbuild.extraction.numbers import parse_number
from kgbuild.extraction.respective_ranges import RespectiveRangeRules
from kgbuild.fastre import compile_narrowed

_MINIMUM = compile_narrowed(
    # "the minimum sentence for treason is 12 years", "the minimum penalty is now ten years"
    r"\b(?:the|its|a)\s+(?:statutory\s+|mandatory\s+)?minimum\s+(?:(?:prison|jail)\s+)?"
    r"(?:sentence|penalty|term|punishment)(?:\s+(?:for|of)\s+[^,.;]{1,60}?)?\s+"
    r"(?:is|remains|stands\s+at)\s+(?:now\s+|still\s+)?|"
    # "carries a minimum (term) of 12 years", "a minimum sentence of ten years"
    r"\b(?:carr(?:y|ies)|faces?|brings?|with)\s+(?:a\s+)?(?:statutory\s+|mandatory\s+)?minimum\s+"
    r"(?:(?:prison\s+|jail\s+)?(?:sentence|penalty|term|punishment)\s+)?of\s+",
    re.IGNORECASE,
)
_TERM_AFTER = compile_narrowed(rf"(?P<n>{_NUMD})[\s-]+years?\b(?!\s+(?:old|of\s+age))", re.I)
_RAISED_NEAR = compile_narrowed(
    r"\b(?:rais|increas|lower|reduc|cut|lift)\w*\b|\bfrom\s+\w+\s+to\b", re.IGNORECASE
)


class MinimumTermRules(RespectiveRangeRules):
    """A minimum term of the law told without a ceiling."""

    def _minimum_terms(self, here: list[_Draft]) -> list[_Draft]:
        if "minimum" not in self.folded or _RAISED_NEAR.search(self.s):
            return []  # ("raised the minimum from 10 to 12 years": penalties.py's)
        drafts: list[_Draft] = []
        for m in _MINIMUM.finditer(self.s):
            term = _TERM_AFTER.match(self.s, m.end())
            n = parse_number(term.group("n")) if term is not None else None
            if term is None or n is None or not 0 < n <= 30:
                continue
            offences = self._governed_offences(m.start(), term.end())
            if not offences:
                continue
            same = next((d for d in here if set(d.offences) == set(offences)), None)
            if same is not None:
                if same.min_years is None and (same.max_years or 99) > n:
                    same.min_years = _round(n)  # "up to 20 years, with a minimum of ten"
                continue
            draft = self._draft("penalty_range", "penalty.minimum", term.start())
            draft.offences = offences
            draft.articles = self.lexicon.articles_for(offences)
            draft.min_years, draft.life = _round(n), False
            drafts.append(draft)
        return drafts
