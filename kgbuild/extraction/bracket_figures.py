"""A figure in brackets right after the time it counts over, in a sentence about counts of
one offence (rule count.bracketed):

    "The number of treason convictions in 2024 (349) was nearly double the 2023 figure
    (198)."                                   -> 349 in 2024, 198 in 2023
    "... almost twice as many as in 2023 (198)."  -> 198 in 2023

The time may be followed by "figure", "total", "number" or "level" ("the 2023 figure
(198)"). The sentence names one offence of the scheme and what is counted (convictions,
verdicts, sentences, people convicted, or cases); a share, a sum or a year in the brackets
gives nothing, nor does a bracket after anything but a time.
"""

from __future__ import annotations

import re

from kgbuild.extraction.grammar_en import _is_year_like
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.extraction.paired_periods import PairedPeriodRules
from kgbuild.fastre import compile_narrowed

_BRACKETED = compile_narrowed(
    rf"\s*(?:(?:figure|total|number|level|tally)\s*)?\(\s*(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})\s*\)",
    re.IGNORECASE,
)
_COUNTED = compile_narrowed(
    r"\b(?P<w>convictions|verdicts|sentences|convicted|found\s+guilty|cases)\b", re.IGNORECASE
)


class BracketFigureRules(PairedPeriodRules):
    """Counts told as a figure in brackets after their time (see the module)."""

    def extract_bracket_figures(self) -> None:
        if "(" not in self.s:
            return
        counted = _COUNTED.search(self.s)
        named = {o.slug for o in self.offences if o.how != "pronoun"}
        if counted is None or len(named) != 1:
            return
        cases = counted.group("w").lower() == "cases"
        for t in self.times:
            if t.first is None or t.last is None or t.role == "enacted":
                continue
            m = _BRACKETED.match(self.s, t.end)
            if m is None or _is_year_like(m.group("num")) or not self._free(*m.span("num")):
                continue
            count = _int_number(m.group("num"))
            if count is None:
                continue
            draft = self._draft(
                "case_count" if cases else "conviction_count", "count.bracketed", m.start("num")
            )
            self._finish_count(
                draft,
                (next(iter(named)),),
                m.start("num"),
                _qualifier_word(m.group("q")),
                count,
                "cases" if cases else "people",
                None,
            )
            draft.period = (t.first, t.last)
            self.used.append(m.span("num"))
            self.counts.append(draft)
