"""A figure in brackets right after the time it counts over, in a sentence about counts of
one offence (rule count.bracketed):

    "The number of treason convictions in 2024 (349) was nearly double the 2023 figure
    (198)."                                   -> 349 in 2024, 198 in 2023
    "... almost twice as many as in 2023 (198)."  -> 198 in 2023

The time may be followed by "figure", "total", "number" or "level" ("the 2023 figure
(198)"). The sentence names one offence of the scheme and what is counted (convictions,
verdicts, sentences, people convicted, or cases); a share, a sum or a year in the brackets
gives nothing, nor does a bracket after anything but a time.

An earlier figure in brackets with its own time, right after a count (rule
count.bracketed-earlier), counts what that count counts, over its own time:

    "145 convictions for treason in 2024 (2023: 39)"      -> 39 in 2023
    "Espionage: 23 verdicts last year (against 9 in 2023)" -> 9 in 2023
    "... 64 people in 2025 (51 a year earlier)"           -> 51 in 2024

A share or a rate in the brackets ("(2023: 12%)"), a bracket that is not right after the
count's words, or a time the count has already gives nothing.
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
_EARLIER_OPEN = compile_narrowed(
    r"\(\s*(?:(?:in|for)\s+|(?:(?:vs\.?|versus|against|compared\s+(?:with|to))\s+)?"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+(?:(?:in|for|during)\s+)?)?$",
    re.IGNORECASE,
)
"""What opens a bracket before its time: "(", "(in ", "(against 9 in ", "(9 in "."""
_EARLIER_CLOSE = compile_narrowed(
    rf"\s*(?:[:=]|[-–—]\s)\s*(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s*\)",
    re.IGNORECASE,
)
"""What closes it after its time when the figure follows: ": 39)", " – 39)"."""
_COUNT_TAIL = compile_narrowed(rf"(?:{NUMBER_PATTERN})[^(),;:]{{0,80}}")
"""A count's figure and what follows it up to the bracket: its words and time, in one
clause ("412 people of desertion in 2024 "), not "..., the court service said in ..."."""
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

    def extract_bracket_earlier(self) -> None:
        """An earlier figure in brackets with its own time after a count (see the module)."""
        if "(" not in self.s or not self.counts:
            return
        for t in self.times:
            if t.first is None or t.last is None or t.start == 0:
                continue
            bracket = self.s.rfind("(", max(0, t.start - 40), t.start)
            if bracket < 0:
                continue
            opened = _EARLIER_OPEN.search(self.s, bracket, t.start)
            if opened is None or opened.start() != bracket:
                continue
            figure = opened if opened.group("num") else _EARLIER_CLOSE.match(self.s, t.end)
            if figure is None or figure.group("num") is None:
                continue
            if figure is opened and not self.s.startswith(")", t.end):
                continue
            # a draft's anchor is an offset in the document, the bracket's in the sentence
            before = [d for d in self.counts if d.anchor - self.offset < bracket]
            if not before:
                continue
            count_of = max(before, key=lambda d: d.anchor)
            if (
                count_of.period == (t.first, t.last)
                or not count_of.offences
                or _COUNT_TAIL.fullmatch(self.s, count_of.anchor - self.offset, bracket) is None
                or _is_year_like(figure.group("num"))
                or not self._free(*figure.span("num"))
            ):
                continue
            count = _int_number(figure.group("num"))
            if count is None:
                continue
            draft = self._draft(count_of.kind, "count.bracketed-earlier", figure.start("num"))
            self._finish_count(
                draft,
                count_of.offences,
                figure.start("num"),
                _qualifier_word(figure.group("q")),
                count,
                count_of.unit or "people",
                count_of.scope,
            )
            draft.period = (t.first, t.last)
            draft.comparison = True
            self.used.append(figure.span("num"))
            self.counts.append(draft)
