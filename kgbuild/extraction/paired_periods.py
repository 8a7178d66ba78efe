"""Two figures of one count for two periods, told as a pair: "espionage convictions
in the first half of 2024 more than doubled compared with the same period in 2023 (95
versus 41, respectively)", "Espionage convictions in 2023 and 2022 numbered 95 and 41,
respectively": the first figure for the first period, the second for the second (issue 10).
"""

from __future__ import annotations

import datetime as dt
import re

from kgbuild.claims import ClaimKind
from kgbuild.extraction.counts import CountRules
from kgbuild.extraction.grammar_en import _is_year_like
from kgbuild.extraction.numbers import NUMBER_PATTERN, _int_number
from kgbuild.fastre import compile_narrowed

_PAIR = compile_narrowed(
    # "(95 versus 41, respectively)", "(95 against 41)", "numbered 95 and 41, respectively"
    rf"(?P<open>\(\s*)?(?<![\w.,])(?P<a>{NUMBER_PATTERN})\s*(?:versus|vs\.?|against|to|and)\s+"
    rf"(?P<b>{NUMBER_PATTERN})(?P<resp>\s*,?\s*respectively)?(?(open)\s*\)|)",
    re.IGNORECASE,
)
_BRACKET_PAIR = compile_narrowed(
    # "(64 cases from January to May in 2023 versus 20 cases in 2022)": each figure with its
    # noun and its own period
    rf"\(\s*(?P<a>{NUMBER_PATTERN})\s+(?P<noun>cases|convictions|verdicts|sentences)\b"
    r"(?P<t1>[^();]{1,60}?)\s+(?:versus|vs\.?|against|compared\s+(?:with|to))\s+"
    rf"(?P<b>{NUMBER_PATTERN})(?:\s+(?P=noun))?\b(?P<t2>[^();]{{1,40}}?)\s*\)",
    re.IGNORECASE,
)
_SAME_PERIOD_IN = compile_narrowed(
    r"\bsame\s+(?:period|months|half|quarter|time)\s+(?:of|in|last|a)\s*$", re.IGNORECASE
)
_CONVICTIONS = compile_narrowed(r"\b(?:convictions|verdicts|convicted|sentences)\b", re.I)
_CASES = compile_narrowed(r"\bcases\b", re.IGNORECASE)


class PairedPeriodRules(CountRules):
    """Counts told as a pair of figures for two periods."""

    def extract_paired_periods(self) -> None:
        if "respectively" not in self.folded and "(" not in self.s:
            return
        for m in _PAIR.finditer(self.s):
            if not (m.group("open") or m.group("resp")):
                continue
            a, b = _int_number(m.group("a")), _int_number(m.group("b"))
            if a is None or b is None or _is_year_like(m.group("a")) or _is_year_like(m.group("b")):
                continue
            if not self._free(*m.span("b")):
                continue
            # "numbered 95 and 41, respectively": the first figure may be read already, as
            # a count of its own with the first period
            told = next(
                (d for d in self.counts if d.anchor - self.offset == m.start("a") and d.count == a),
                None,
            )
            if told is None and not self._free(*m.span("a")):
                continue
            before = self.s[: m.start()]
            kind: ClaimKind | None = (
                "conviction_count"
                if _CONVICTIONS.search(before)
                else "case_count"
                if _CASES.search(before)
                else None
            )
            periods = self._two_periods(m.start())
            named = {o.slug for o in self.offences if o.end <= m.start()}
            if kind is None or periods is None or len(named) != 1:
                continue
            offences = (next(iter(named)),)
            unit = "verdicts" if "verdict" in before.lower() else "people"
            pairs = [("a", a, periods[0], False), ("b", b, periods[1], True)]
            if told is not None:
                if told.period != periods[0] or told.offences != offences:
                    continue
                pairs = pairs[1:]
            for group, figure, period, baseline in pairs:
                rule = "count.paired" + ("+baseline" if baseline else "")
                draft = self._draft(kind, rule, m.start(group))
                self._finish_count(draft, offences, m.start(group), "exact", figure, unit, None)
                draft.period, draft.comparison = period, baseline
                self.used.append(m.span(group))
                self.counts.append(draft)

    def extract_bracket_pairs(self) -> None:
        """ "... three times the treason cases of all 2022 (64 cases from January
        to May in 2023 versus 20 cases in 2022)": two counts, each with the period told
        beside it in the bracket, of the one offence the sentence names before it."""
        if "(" not in self.s:
            return
        for m in _BRACKET_PAIR.finditer(self.s):
            named = {o.slug for o in self.offences if o.end <= m.start()}
            if len(named) != 1:
                continue
            kind: ClaimKind = (
                "case_count" if m.group("noun").lower() == "cases" else ("conviction_count")
            )
            found = []
            for group, inside, baseline in (("a", "t1", False), ("b", "t2", True)):
                figure = _int_number(m.group(group))
                period = self._period_inside(m.start(inside), m.end(inside))
                if figure is None or _is_year_like(m.group(group)) or period is None:
                    break
                if not self._free(*m.span(group)):
                    break
                found.append((group, figure, period, baseline))
            if len(found) != 2 or found[0][2] == found[1][2]:
                continue
            unit = "cases" if kind == "case_count" else "people"
            for group, figure, period, baseline in found:
                rule = "count.bracket-pair" + ("+baseline" if baseline else "")
                draft = self._draft(kind, rule, m.start(group))
                self._finish_count(
                    draft, (next(iter(named)),), m.start(group), "exact", figure, unit, None
                )
                draft.period, draft.comparison = period, baseline
                self.used.append(m.span(group))
                self.counts.append(draft)

    def _period_inside(self, start: int, end: int) -> tuple[dt.date, dt.date] | None:
        """The period told between start and end: the narrowest time there, in the year a
        year there names ("from January to July in 2023")."""
        times = [
            t
            for t in self.times
            if start <= t.start and t.end <= end and t.first is not None and t.last is not None
        ]
        if not times:
            return None
        narrow = min(times, key=lambda t: (t.last - t.first) if t.last and t.first else 0)
        assert narrow.first is not None and narrow.last is not None
        first, last = narrow.first, narrow.last
        years = [t.first.year for t in times if t.precision == "year" and t.first is not None]
        if years and narrow.precision != "year" and first.year == last.year != years[0]:
            try:
                first, last = first.replace(year=years[0]), last.replace(year=years[0])
            except ValueError:  # 29 February of a year that has none
                return None
        return first, last

    def _two_periods(self, end: int) -> tuple[tuple[dt.date, dt.date], ...] | None:
        """The two periods told before ``end``, in order; "the same period in 2024" after
        "the first half of 2025" is those months of 2024. None unless there are two."""
        times = [
            t
            for t in self.times
            if t.end <= end and t.first is not None and t.last is not None and t.role != "report"
        ]
        if len(times) != 2:
            return None
        first, second = times
        assert first.first and first.last and second.first and second.last
        p1 = (first.first, first.last)
        p2 = (second.first, second.last)
        if second.precision == "year" and _SAME_PERIOD_IN.search(self.s, 0, second.start):
            shift = second.first.year - first.first.year
            try:
                p2 = (
                    first.first.replace(year=first.first.year + shift),
                    first.last.replace(year=first.last.year + shift),
                )
            except ValueError:  # 29 February of a year that has none
                return None
        return None if p1 == p2 else (p1, p2)
