"""A count said to have passed an earlier period's figure: "the number of people convicted
of espionage in 2024 has already exceeded last year's total of 64", "Treason verdicts in
2025 have outnumbered the 361 handed down in 2024". The earlier figure is a count of its
own period; the later one is "more than" it, for the subject's period when the subject
names one (no exact count for it is told)."""

from __future__ import annotations

import datetime as dt
import re

from kgbuild.claims import ClaimKind
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en import _is_year_like
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.extraction.references import ReferenceRules, previous_offences
from kgbuild.fastre import compile_narrowed

_OVERTAKEN_GATE = (
    "exceeded",
    "outnumbered",
    "outstripped",
    "overtaken",
    "overtook",
    "surpassed",
    "topped",
    "eclipsed",
)
"""Every _OVERTAKEN match holds one of these (in `fold`ed text)."""
_OVERTAKEN = compile_narrowed(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:already|now|even|easily)\s+)?"
    r"(?P<v>exceeded|outnumbered|outstripped|overtaken|overtook|surpassed|topped|eclipsed)\s+"
    r"(?:(?:last\s+year['’]s|the\s+previous\s+year['’]s|(?:19|20)\d\d['’]s|the|its)\s+)?"
    r"(?:(?:(?:19|20)\d\d|whole-year|full-year|annual|previous|record)\s+)?"
    r"(?:(?:total|figure|tally|count|number|record|high)\s+(?:of\s+)?)?"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?![\w.,]*\d)"
    r"(?!\s*(?:%|per\s*cent|percent|times|-fold|years?|months?|roubles?|rubles?))",
    re.IGNORECASE,
)
"""The verb and the earlier figure: "has already exceeded last year's total of 64", "have
outnumbered the 361 handed down in the whole of 2024", "surpassed the 2023 total of 289"."""
_EARLIER_TIME_GAP = compile_narrowed(
    r"\s+(?:(?:people|persons|convictions|verdicts|sentences|cases)\s+)?"
    r"(?:(?:recorded|registered|handed\s+down|passed|delivered|counted|convicted|opened|"
    r"logged|documented)\s+)?(?:in|during|over|for|throughout)\s+"
    r"(?:(?:the\s+)?(?:whole|course|entirety|full\s+year)\s+of\s+)?",
    re.IGNORECASE,
)
"""Between the earlier figure and its time: "the 361 handed down in the whole of 2024" (not
"exceeded 120 for the first time since 2010")."""
_CONVICTED_SUBJECT = compile_narrowed(
    r"\b(?:convict(?:ed|ions?)|verdicts?|sentences|found\s+guilty|sentenced)\b", re.IGNORECASE
)
_CASES_SUBJECT = compile_narrowed(r"\b(?:cases|investigations|prosecutions)\b", re.IGNORECASE)
_CLAUSE_START = compile_narrowed(r"[;:]|,\s*(?:and|but|while|whereas)\s|^", re.IGNORECASE)


class OvertakenRules(ReferenceRules):
    """The earlier figure a count passed, and the count as more than it."""

    def extract_overtaken(self) -> None:
        if not _gate_open(_OVERTAKEN_GATE, self.folded):
            return
        for m in _OVERTAKEN.finditer(self.s):
            count = _int_number(m.group("num"))
            if count is None or _is_year_like(m.group("num")):
                continue
            if not self._free(m.start("num"), m.end("num")):
                continue
            left = max((c.end() for c in _CLAUSE_START.finditer(self.s, 0, m.start())), default=0)
            subject = self.s[left : m.start()]
            kind: ClaimKind
            if _CONVICTED_SUBJECT.search(subject):
                kind = "conviction_count"
            elif _CASES_SUBJECT.search(subject):
                kind = "case_count"
            else:
                continue
            clause_end = self._clause(m.end())[1]
            offences = tuple(
                dict.fromkeys(o.slug for o in self.offences if left <= o.start < m.start())
            ) or tuple(
                dict.fromkeys(o.slug for o in self.offences if m.end() <= o.start < clause_end)
            )
            offences = offences or previous_offences(self.state, self.lexicon)
            if not offences:
                continue
            earlier = self._time_in(m.start("v"), m.start("num"), first=True)
            if earlier is None:
                after = next((t for t in self.times if t.start >= m.end()), None)
                if after is not None and _EARLIER_TIME_GAP.fullmatch(self.s, m.end(), after.start):
                    earlier = self._time_in(after.start, after.end, first=True)
            if earlier is None:
                continue  # "convictions exceeded 300": a count of its own, read elsewhere
            later = self._time_in(left, m.start(), first=False)
            qualifier = _qualifier_word(m.group("q"))
            unit = "cases" if kind == "case_count" else "people"
            base = self._draft(kind, "count.overtaken.baseline", m.start("num"))
            self._finish_count(base, offences, m.start("num"), qualifier, count, unit, None)
            base.period, base.comparison = earlier, True
            self.counts.append(base)
            if later is not None and later[0] > earlier[1] and qualifier == "exact":
                more = self._draft(kind, "count.overtaken", m.start("v"))
                self._finish_count(more, offences, m.start("num"), "more_than", count, unit, None)
                more.period = later
                self.counts.append(more)
            self.used.append((m.start("num"), m.end("num")))

    def _time_in(self, start: int, end: int, *, first: bool) -> tuple[dt.date, dt.date] | None:
        """The first (else last) resolved time between ``start`` and ``end``."""
        found = [
            t
            for t in self.times
            if start <= t.start and t.end <= end and t.first is not None and t.last is not None
        ]
        if not found:
            return None
        t = found[0] if first else found[-1]
        assert t.first is not None and t.last is not None
        return t.first, t.last
