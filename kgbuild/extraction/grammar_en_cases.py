"""English grammar for cases told by what a monitor did with them or by how they ended
(rules in counts.py and parts.py):

    _CASES_ENDED_AFTER  "41 espionage cases ended in convictions", "63 treason cases ended
                        with a guilty verdict", "cases ... that resulted in prison sentences"
                        (a conviction count, as "guilty verdicts in 28 espionage cases")
    _CASES_ENDED_PART   "Of the 96 cases ..., 71 ended in guilty verdicts", "41 of them ended
                        in convictions" (a conviction count of the cases counted before)
    _CASES_KEPT_AFTER   "the 96 sabotage cases the monitor followed", "... that the project
                        tracked" (a monitor's count of cases)
    _PRE_CASE_KEPT      "the monitor had followed 54 such cases"
    _TRIALS_ENDED       "57 treason prosecutions ended in guilty verdicts", "64 espionage
                        trials ended in convictions" (prosecutions and trials are no case
                        count by themselves, as en-heldout16 keys them)
    _CASES_ENDED_OF     "Nineteen of the 48 espionage cases heard last year ended in prison
                        sentences" (a conviction count of the part, not of the whole)
    _CASES_GO_ON        "... received 1,204 cases. There were 1,050 cases of X, ...", "The
                        figure includes 905 cases of ..." (the cases of the sentence
                        before, told offence by offence)

and figures that share the noun of the count after them: "38 and 21 people were convicted
of X and Y respectively" (bare_figures_before).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kgbuild.extraction.grammar_en import _CASE_VERB
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN
from kgbuild.fastre import compile_narrowed

_ENDED = (
    r"(?:have\s+|had\s+|has\s+)?(?:(?:all|also|so\s+far|already|eventually|since)\s+)?"
    r"(?:ended|end|concluded|closed|resulted|culminated)\s+(?:in|with)\s+"
    r"(?:an?\s+|the\s+)?(?:guilty\s+verdicts?|convictions?|guilty\s+pleas?\s+and\s+convictions|"
    r"(?:prison\s+|jail\s+|custodial\s+)?sentences?)\b"
)
_CASES_ENDED_AFTER = compile_narrowed(
    r"^(?:\s+(?:that|which))?(?:\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?"
    r"(?:heard|tried|brought|opened|examined)\s+[^,.;]{1,40}?)?\s+"
    rf"{_ENDED}",
    re.IGNORECASE,
)
"""After a count of cases: the cases ended in a conviction ("48 espionage cases ended in
convictions"); not "ended in acquittals" nor "were closed"."""
_CASES_ENDED_PART = compile_narrowed(
    rf"(?<![\w.,])(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?:\s+of\s+(?:them|these|those|the(?:se)?\s+cases))?\s+"
    rf"{_ENDED}",
    re.IGNORECASE,
)
"""A part of the cases just counted that ended in a conviction: "Of the 96 sabotage cases
the monitor followed, 71 ended in guilty verdicts"."""
_CASES_ENDED_OF = compile_narrowed(
    rf"(?<![\w.,])(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+of\s+(?:the|these|those)\s+"
    rf"(?:{_QUAL}\s+)?(?P<tnum>{NUMBER_PATTERN})\s+(?P<what>[^.;]{{0,60}}?\bcases\b[^.;]{{0,60}}?)"
    rf"(?:\s+(?:that|which))?\s+{_ENDED}",
    re.IGNORECASE,
)
_TRIALS_ENDED = compile_narrowed(
    rf"(?<![\w.,])(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+"
    r"(?P<what>(?:[\w'’\"“”-]+\s+){0,4}?)(?:prosecutions|trials)\b"
    r"(?:\s+(?:that|which))?(?:\s+(?:were\s+|had\s+been\s+)?(?:heard|held|completed)\s+[^,.;]{1,40}?)?"
    rf"\s+{_ENDED}",
    re.IGNORECASE,
)
_PARTITIVE_BEFORE = compile_narrowed(
    rf"(?<![\w.,]){NUMBER_PATTERN}\s+of\s+(?:the|these|those)\s+(?:{_QUAL}\s+)?$", re.IGNORECASE
)
"""Before a count of cases that is the whole of a part told before it ("Nineteen of the")."""
_KEPT = r"(?:followed|tracked|monitored|documented|logged|tallied)"
_CASES_KEPT_AFTER = compile_narrowed(
    r"^\s+(?:that\s+|which\s+)?(?:the|its|our|their|this|that)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:(?:has|had|have)\s+)?{_KEPT}\b",
    re.IGNORECASE,
)
"""After a count of cases, the monitor that kept it: "the 96 sabotage cases the monitor
followed through 2024"."""
_PRE_CASE_KEPT = compile_narrowed(
    rf"\b(?:followed|tracked|monitored|recorded)\s+(?:a\s+total\s+of\s+)?(?:{_QUAL}\s+)?$",
    re.IGNORECASE,
)
"""Before a count of cases a monitor kept: "the monitor had followed 54 such cases", "the
project recorded 152 criminal cases"."""
_CASES_ENDED_GATE = ("ended", "end ", "concluded", "closed", "resulted", "culminated")
"""Every _CASES_ENDED_PART match holds one of these (in `fold`ed text)."""

_BARE_FIGURES = compile_narrowed(
    rf"(?<![\w.,])(?P<list>{NUMBER_PATTERN}(?:\s*,\s*{NUMBER_PATTERN})*)\s*,?\s+and\s+$"
)
_BARE_FIGURE = compile_narrowed(rf"(?<![\w.,])(?P<num>{NUMBER_PATTERN})(?![\w.,]*\d)")


def bare_figures_before(text: str, start: int) -> Iterator[re.Match[str]]:
    """The figures of a list right before the count at ``start`` that leave their noun to
    it: "38 and 21 people", "12, 9 and 4 people" (each a match with the group ``num``)."""
    m = _BARE_FIGURES.search(text, max(0, start - 60), start)
    if m is None:
        return
    yield from _BARE_FIGURE.finditer(text, m.start("list"), m.end("list"))


_TO_COURT_AFTER = compile_narrowed(
    r"(?:\s+and\s+[^.;]{1,60}?\bcases\b[^.;]{0,40}?)?"
    r"\s+(?:on\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+)?courts?\b",
    re.IGNORECASE,
)
"""Around cases sent on to court: "prosecutors sent 94 treason cases to court", "sent 96
sabotage cases and 41 cases of assisting sabotage to court" (moved from grammar_en.py)."""
_CASES_GO_ON = compile_narrowed(
    # after a lead-in: "In short: by the monitor's count, the total includes ...", "By the
    # outlet's count, the figure includes ..."
    r"^\W*(?:[^.;:]{0,40}:\s*)?(?:[^,.;:]{1,60},\s*)?(?:there\s+were|(?:these|they|those)\s+(?:included|include|comprised|were)|"
    r"(?:the|that|this)\s+(?:number|figure|total|tally)\s+(?:includes|included|comprises|"
    r"comprised|breaks\s+down\s+(?:as|into))|among\s+(?:them|these|those)\s+(?:were|are)|"
    r"of\s+(?:them|these|those),?)\s+(?:(?:a\s+total\s+of|{q})\s+)?$".replace("{q}", _QUAL),
    re.IGNORECASE,
)
"""Before the first count of cases of a sentence that goes on with the case count of the
sentence before: "There were 88 cases of desertion", "The figure includes 11,020 cases of
absence without leave" (counts.py: only after a sentence with a case count)."""
_PRE_CASE = compile_narrowed(
    # "the group documented 27 criminal cases": a monitor's count of cases
    rf"\b(?:{_CASE_VERB}|documented|tallied|logged|"
    # "Russian courts received 63 treason cases": the cases that reached the courts
    # "garrison courts have received 1,840 desertion cases", "courts across the country
    # have heard 6,200 cases", "courts in the third quarter received 930 cases"
    rf"(?<![\w-])courts?(?:\s+(?!(?:and|but|or|which|that|who)\b)[\w'’-]+){{0,6}}?\s+"
    r"(?:(?:have|had|has)\s+(?:already\s+|so\s+far\s+)?)?(?:received|took\s+in|taken\s+in|"
    r"heard|considered|examined))\s+"
    rf"(?:a\s+total\s+of\s+)?(?:{_QUAL}\s+)?$",
    re.IGNORECASE,
)
"""Before a count of cases, who opened, logged or received them."""
INCLUDED_AFTER = compile_narrowed(
    r"[^;:.]{0,60}?,\s*(?:including|among\s+them|of\s+which)\s+(?:(?:some|about|around|"
    r"nearly|almost|over|more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)
"""Between a count and the first of its parts with the same noun: "received 10,100 cases over
refusals to serve, including 9,100 AWOL cases" (the part is the same act's)."""
