"""A life term told after a range it adds to: "X and Y carry 12 to 20 years, and Y can also
bring life", "..., and since a law signed on 28 April 2023 it can also bring life", or in the
sentence after ("It may also entail life imprisonment"): one range with life (issue 10).
Split from penalties.py, which reads the ranges."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.grammar_en_penalties import no_term_between
from kgbuild.extraction.references import ReferenceRules
from kgbuild.fastre import compile_narrowed

_ALSO_LIFE = compile_narrowed(
    r"\b(?:also|as\s+well|even|"
    # "12 to 20 years, and in the gravest cases a life term"
    r"in\s+(?:some|certain|(?:the\s+)?(?:most\s+)?(?:serious|grave|gravest|severe|"
    r"aggravated|exceptional|particular)|(?:the\s+)?(?:worst|most\s+serious))\s+cases)\b",
    re.IGNORECASE,
)
_ALSO = compile_narrowed(r"\b(?:also|too|as\s+well)\b", re.IGNORECASE)


class LifeTermRules(ReferenceRules):
    """Whether a life term adds to a range read before it."""

    def _life_added(self, offences: tuple[str, ...]) -> bool:
        """Life said to be possible too, in the sentence after a range of the same offences
        ("... a 15-to-20-year term for organising a sabotage network. It may also entail
        life imprisonment"): the range before gets life, one claim (issue 10)."""
        if not _ALSO.search(self.s):
            return False
        for d in reversed(self.state.drafts_since(self.index - 1)):
            if (
                d.kind == "penalty_range"
                and d.sentence_index == self.index - 1
                and d.offences == offences
                and d.max_years is not None
                and not d.life
            ):
                d.life = True
                return True
        return False

    def _life_for_some(self, previous: _Draft | None, previous_end: int, start: int) -> bool:
        """Whether a life term adds to the range just before it: "..., and treason can also
        bring life" (a range without life, then "also" and no other term between)."""
        if previous is None or previous.life or previous.max_years is None:
            return False
        between = self.s[previous_end:start]
        return bool(_ALSO_LIFE.search(between)) and no_term_between(between)
