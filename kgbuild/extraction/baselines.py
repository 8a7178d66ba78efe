"""Baselines of counts ("up from 40 in 2023", "the 2023 figure of 25") and the changes
attached to them ("nearly four times the 2023 figure")."""

from __future__ import annotations

import datetime as dt
import re

from kgbuild.claims import Change
from kgbuild.extraction.changes import _baseline_period
from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.elisions import ElisionRules
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en import _is_year_like
from kgbuild.extraction.grammar_en_baselines import (
    _AND_BASELINE,
    _BASELINE_COUNT,
    _BASELINE_FIGURE,
    _BASELINE_FROM,
    _BASELINE_YEAR_BEFORE,
)
from kgbuild.extraction.numbers import _QUAL, _YEAR, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.extraction.periods import _shift_year
from kgbuild.fastre import compile_narrowed

_THAT_COMPARES = compile_narrowed(
    r"(?:That|This|It|The\s+(?:figure|number|total|tally|count))\s+(?:\w+\s+){0,2}?"
    r"(?:compares|compared|is|was|marks|represents|rose|fell|went)\b"
)
"""A sentence opening on the figure before: "That compares with", "This is up from",
"The figure was down from"."""


_UNTIMED_BASELINE = compile_narrowed(
    r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from)\s+"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?=\s*(?:[.;]|,\s|$))",
    re.IGNORECASE,
)
"""A baseline with no time of its own: "..., and 96 treason cases compared with 71" (the
time of the sentence's other baseline)."""


_TO_FROM_UNTIMED = compile_narrowed(
    r"\b(?:rose|grew|increased|climbed|jumped|soared|went\s+up|fell|dropped|declined|"
    rf"decreased|slipped)\s+to\s+(?:{_QUAL}\s+)?(?P<new>{NUMBER_PATTERN})\s*,?\s+from\s+"
    rf"(?:just\s+|only\s+|a\s+mere\s+)?(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?=\s*(?:[.;]|,\s|\s+and\b|$))",
    re.IGNORECASE,
)
"""A baseline with no time after a count of a whole year: "Espionage convictions climbed to
23 from nine" (nine in the year before the count's year)."""


_WHEN_THERE_WERE = compile_narrowed(
    r"\b(?:convictions|verdicts)\b[^.;]{0,80}?\b(?:since|in|from)\s+"
    rf"(?P<y>{_YEAR})\s*,\s+when\s+there\s+(?:were|was)\s+(?:only\s+|just\s+)?"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?=\s*(?:[.;,)]|$))",
    re.IGNORECASE,
)
"""A count of a year named before it, told with "there were": "Treason convictions have
risen every year since 2021, when there were 13"."""


_WHEN_YEAR = compile_narrowed(
    rf"\b(?:since|in|by|until)\s+(?P<y>{_YEAR})\s*,\s+when\b(?P<clause>[^.;,]*)", re.IGNORECASE
)
"""A clause about a year named just before it: "... have risen tenfold since 2021, when courts
convicted just 17 people" (17 in 2021)."""


class BaselineRules(ElisionRules):
    """The counts a sentence compares its figure with, and the changes between them."""

    def _figure_before(self) -> _Draft | None:
        """The last count (not a baseline) of the sentence just before."""
        for d in reversed(self.state.drafts):
            if d.sentence_index != self.index - 1:
                return None
            if d.kind in {"conviction_count", "case_count"} and not d.rule.endswith("baseline"):
                return d
        return None

    def extract_baseline_counts(self) -> None:
        if ", when" in self.folded:
            self._counts_of_when_year()
            self._when_there_were()
        # a count of cases takes its baseline as one of convictions does ("investigators
        # opened 73 cases ..., up from 19 a year earlier")
        convictions = [d for d in self.counts if d.kind in {"conviction_count", "case_count"}]
        if not convictions:
            # "... 361 people of treason in 2024. That compares with 202 in 2023": a
            # sentence that only compares the figure before with a baseline
            if not _THAT_COMPARES.match(self.s):
                return
            previous = self._figure_before()
            if previous is None or self.offences:
                return
            if not _BASELINE_COUNT.search(self.s) and not _BASELINE_YEAR_BEFORE.search(self.s):
                return
            convictions = [previous]
        found = [*_BASELINE_COUNT.finditer(self.s)]
        if "the 20" in self.folded:
            found += _BASELINE_FIGURE.finditer(self.s)
        if " from " in self.folded:
            found += _BASELINE_FROM.finditer(self.s)
        if "year's" in self.folded or "year’s" in self.folded:
            found += _BASELINE_YEAR_BEFORE.finditer(self.s)  # "the previous year's figure of 36"
        for first in list(found):
            # "up from 40 in 2023 and 16 in 2022": the baselines after the first
            after = _AND_BASELINE.match(self.s, first.end())
            while after is not None:
                found.append(after)
                after = _AND_BASELINE.match(self.s, after.end())
        for m in found:
            num, year, q = m.group("num"), m.group("y"), m.group("q")
            count = 1 if num.lower().endswith(" one") else _int_number(num)
            if count is None or _is_year_like(num):
                continue
            if not self._free(m.start("num"), m.end("num")):
                if year is not None:
                    self._redate_compared(m.start("num"), int(year), bool(m.group("same")))
                continue
            ref = max(
                (d for d in convictions if d.anchor - self.offset < m.start()),
                key=lambda d: d.anchor,
                default=convictions[0],
            )
            rule = "count.baseline" if ref.kind == "conviction_count" else "case.baseline"
            draft = self._draft(ref.kind, rule, m.start("num"))
            draft.offences, draft.articles = ref.offences, ref.articles
            draft.count, draft.qualifier, draft.unit, draft.scope = (
                count,
                _qualifier_word(q),
                ref.unit,
                ref.scope,
            )
            if year is None and m.re is _BASELINE_COUNT and m.group("tp") is not None:
                # "compared with 34 in the first half of 2023": the time after "in"
                t = next((t for t in self.times if 0 <= t.start - m.end("tp") <= 16), None)
                if t is None or t.first is None or t.last is None:
                    continue
                draft.period = (t.first, t.last)
                if ref.period == draft.period and ref.anchor - self.offset < m.start():
                    # "Desertion convictions rose to 205, from 164 in the second quarter":
                    # the time is the earlier figure's; the new one keeps the period of the
                    # count of the sentence before
                    before = self._figure_before()
                    ref.period = None if before is None else before.period
                draft.reported_by = ref.reported_by
                self.used.append((m.start(), m.end()))
                self.counts.append(draft)
                continue
            if year is None:
                # "up from eight a year earlier": the year before the figure's own period
                if ref.period is None:
                    continue
                draft.period = (_shift_year(ref.period[0], -1), _shift_year(ref.period[1], -1))
                draft.reported_by = ref.reported_by
                self.used.append((m.start(), m.end()))
                self.counts.append(draft)
                continue
            y = int(year)
            draft.period = (dt.date(y, 1, 1), dt.date(y, 12, 31))
            if m.group("same") and ref.period is not None:
                shift = y - ref.period[0].year
                draft.period = (
                    _shift_year(ref.period[0], shift),
                    _shift_year(ref.period[1], shift),
                )
            draft.reported_by = ref.reported_by
            self.used.append((m.start(), m.end()))
            self.counts.append(draft)
        self._untimed_baselines(convictions)
        if " from " in self.folded:
            self._untimed_year_before(convictions)

    def _redate_compared(self, at: int, year: int, same: bool) -> None:
        """A count another rule read at ``at`` that a baseline governs takes the baseline's
        year: "..., compared with the 20 cases opened in 2022" (20 in 2022, not in the
        sentence's own period)."""
        for d in self.counts:
            if d.anchor - self.offset == at and d.kind in {"conviction_count", "case_count"}:
                if d.period is not None and d.period[0].year == year:
                    return  # its own period is that year's already
                if same and d.period is not None:
                    shift = year - d.period[0].year
                    d.period = (_shift_year(d.period[0], shift), _shift_year(d.period[1], shift))
                else:
                    d.period = (dt.date(year, 1, 1), dt.date(year, 12, 31))
                d.comparison = True
                return

    def _when_there_were(self) -> None:
        """ "Treason convictions have risen every year since 2021, when there were 13": the
        count of that year, of the convictions the sentence is about."""
        m = _WHEN_THERE_WERE.search(self.s)
        if m is None or not self._free(m.start("num"), m.end("num")):
            return
        count = _int_number(m.group("num"))
        offences = tuple(dict.fromkeys(o.slug for o in self.offences if o.start < m.start("y")))
        if count is None or _is_year_like(m.group("num")) or not offences:
            return
        draft = self._draft("conviction_count", "count.when-there-were", m.start("num"))
        draft.offences, draft.count, draft.unit = offences, count, "verdicts"
        draft.qualifier = _qualifier_word(m.group("q"))
        y = int(m.group("y"))
        draft.period, draft.comparison = (dt.date(y, 1, 1), dt.date(y, 12, 31)), True
        self.used.append((m.start("num"), m.end("num")))
        self.counts.append(draft)

    def _counts_of_when_year(self) -> None:
        """A count in a "YEAR, when ..." clause is that year's, a figure compared with."""
        for m in _WHEN_YEAR.finditer(self.s):
            y = int(m.group("y"))
            for d in self.counts:
                if d.kind in {"conviction_count", "case_count"} and (
                    m.start("clause") <= d.anchor - self.offset < m.end("clause")
                ):
                    d.period, d.comparison = (dt.date(y, 1, 1), dt.date(y, 12, 31)), True

    def _untimed_baselines(self, convictions: list[_Draft]) -> None:
        """Baselines with no time, in a sentence whose other baseline has one: "opened 218
        cases in 2024, up from 146 the year before, and 96 treason cases compared with 71"
        (71 in the year before too)."""
        timed = [d for d in self.counts if d.rule.endswith(".baseline") and d.period]
        if not timed or not _gate_open(("compared", " from "), self.folded):
            return
        for m in _UNTIMED_BASELINE.finditer(self.s):
            count = _int_number(m.group("num"))
            if count is None or _is_year_like(m.group("num")):
                continue
            if not self._free(m.start("num"), m.end("num")):
                continue
            refs = [d for d in convictions if d.anchor - self.offset < m.start()]
            if not refs or refs[-1].rule.endswith(".baseline") or not refs[-1].offences:
                continue
            ref, earlier = refs[-1], timed[-1]
            if ref.period is None or earlier.period == ref.period or earlier.kind != ref.kind:
                continue
            draft = self._baseline_of(ref, m, count)
            draft.period = earlier.period
            self.used.append((m.start(), m.end()))
            self.counts.append(draft)

    def _baseline_of(self, ref: _Draft, m: re.Match[str], count: int) -> _Draft:
        """The earlier count ``m`` (groups num, q) gives of what ``ref`` counts, with its
        offences, unit, scope and source; its period is the caller's."""
        rule = "count.baseline" if ref.kind == "conviction_count" else "case.baseline"
        draft = self._draft(ref.kind, rule, m.start("num"))
        draft.offences, draft.articles = ref.offences, ref.articles
        draft.count, draft.qualifier = count, _qualifier_word(m.group("q"))
        draft.unit, draft.scope, draft.reported_by = ref.unit, ref.scope, ref.reported_by
        return draft

    def _untimed_year_before(self, convictions: list[_Draft]) -> None:
        """ "Espionage convictions climbed to 23 from nine": with no time of its own, the
        figure after "from" is the year before's when the count is a whole year's."""
        for m in _TO_FROM_UNTIMED.finditer(self.s):
            count = _int_number(m.group("num"))
            if count is None or _is_year_like(m.group("num")):
                continue
            if not self._free(m.start("num"), m.end("num")):
                continue
            ref = next((d for d in convictions if d.anchor - self.offset == m.start("new")), None)
            if ref is None or ref.period is None or not ref.offences:
                continue
            first, last = ref.period
            if (first.month, first.day, last.month, last.day) != (1, 1, 12, 31):
                continue  # "rose to 52 in the second quarter from 40": which quarter?
            if first.year != last.year:
                continue
            draft = self._baseline_of(ref, m, count)
            draft.period = (_shift_year(first, -1), _shift_year(last, -1))
            self.used.append((m.start("num"), m.end("num")))
            self.counts.append(draft)

    def attach_changes(self) -> None:
        for hit in self.changes:
            if not self._free(hit.start, hit.end):
                continue
            target: _Draft | None = None
            extend = False
            in_sentence = [
                d
                for d in self.counts
                if d.kind == "conviction_count" and d.change is None and d.rule != "count.baseline"
            ]
            if in_sentence:
                before = [d for d in in_sentence if d.anchor - self.offset <= hit.start]
                target = before[-1] if before else in_sentence[0]
            elif not [d for d in self.counts if d.kind == "conviction_count"]:
                named = {o.slug for o in self.offences} if "convict" in self.folded else set()
                for previous in reversed(self.state.drafts):
                    if self.index - previous.sentence_index > 2:
                        break
                    if named and named.isdisjoint(previous.offences):
                        # "... 52 convicted of treason. In addition, espionage convictions
                        # were found to have grown ninefold": another offence's change
                        break
                    if previous.kind == "conviction_count" and previous.part_of is None:
                        if previous.change is None:
                            target, extend = previous, True
                        break
            if target is None:
                continue
            b_start, b_end = _baseline_period(hit, target.period, self.state.published)
            target.change = Change(hit.factor, hit.qualifier, b_start, b_end)
            target.rule = f"{target.rule}+{hit.rule}"
            if extend:
                target.end = self.offset + len(self.s)
            self.used.append((hit.start, hit.end))
