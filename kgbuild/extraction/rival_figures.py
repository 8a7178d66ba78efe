"""A rival figure for the count the sentence before gave, told by another source:

    "We counted 1,204 people convicted under ... between March 2022 and the end of 2024.
    Our figure is lower than the 1,350 reported by another project for the same period."
    "... That is well above the 260 counted by the Judicial Department."

The figure counts the same offences over the same period as the one count of the sentence
just before, which is the only count of its kind there; the sentence names no offence and
no other period of its own.
"""

from __future__ import annotations

import re

from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.extraction.references import ReferenceRules
from kgbuild.fastre import compile_narrowed

RIVAL_GATE = (" than the ", "compared with the ", "against the ")
"""Words one of which a sentence holds before the pattern runs."""

_RIVAL = compile_narrowed(
    r"\b(?:(?:higher|lower|more|fewer|less|greater|smaller|above|below|short\s+of)\s+than|"
    r"(?:well\s+|far\s+)?(?:above|below)|compared\s+with|against)\s+the\s+"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<n>{NUMBER_PATTERN})\s+"
    r"(?:(?:people|convictions|verdicts)\s+)?"
    r"(?:reported|counted|recorded|cited|published|given|tallied|found|registered)\s+by\s+"
    r"(?P<who>[^,.;]{3,80}?)(?=\s+(?:for\s+the\s+same\s+period|over\s+the\s+same\s+period|"
    r"in\s+the\s+same\s+period)\b|\s*[,.;]|\s*$)",
    re.IGNORECASE,
)


class RivalFigureRules(ReferenceRules):
    """A figure another source gives for the count just before."""

    def extract_rival_figure(self) -> None:
        if self.offences:
            return
        m = _RIVAL.search(self.s)
        if m is None:
            return
        if any(t.role != "report" for t in self.times):
            return  # a period of its own: another quantity
        before = [
            d
            for d in self.state.drafts_since(self.index - 1)
            if d.sentence_index == self.index - 1 and d.kind in ("conviction_count", "case_count")
        ]
        n = _int_number(m["n"])
        if len(before) != 1 or n is None or not self._free(m.start("n"), m.end("n")):
            return
        base = before[0]
        draft = self._draft(base.kind, "count.rival", m.start("n"))
        draft.offences, draft.articles = base.offences, base.articles
        draft.count = n
        draft.qualifier = _qualifier_word(m["q"]) if m["q"] else "exact"
        draft.unit, draft.scope, draft.period = base.unit, base.scope, base.period
        draft.reported_by = " ".join(m["who"].split())
        self.used.append((m.start("n"), m.end("n")))
        self.counts.append(draft)
