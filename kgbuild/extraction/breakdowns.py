"""Breakdowns of a count: rows by nationality or place ("Of those, 18 were Ukrainian
nationals"), parts by offence ("More than 790 of them were for treason") and by period ("Of
these, 390 were convicted in 2024 alone"). Split from counts.py, which reads the counts."""

from __future__ import annotations

import re
from typing import Final

from kgbuild.extraction.baselines import BaselineRules
from kgbuild.extraction.drafts import _Draft, _unique
from kgbuild.extraction.grammar_en import (
    _BREAKDOWN_ITEM,
    _BREAKDOWN_OF_THEM,
    _BREAKDOWN_START,
    _OF_THESE_IN,
    _OFFENCE_PART,
    _is_year_like,
    _scope,
)
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.fastre import compile_narrowed

_NEXT_FIGURE = re.compile(r"\b\d[\d,.]*\b")


_OWN_TOTAL_OPEN = compile_narrowed(
    r"^\W*(?:of|out\s+of|among)\s+(?:the\s+|these\s+|those\s+)?"
    rf"(?:{_QUAL}\s+)?(?P<tnum>{NUMBER_PATTERN})\b[^;:]{{1,140}}?,",
    re.IGNORECASE,
)
"""A sentence that opens on its own total: "Of the 83 people convicted of espionage ...,"."""


_AGE_GROUPS: Final = frozenset({"minors", "teenagers", "children", "pensioners"})
"""People told by their age: "Around 60 of them were minors" is an age band among the people
counted, no count of its own (as "Twelve of them were under 21")."""


class BreakdownRules(BaselineRules):
    """Rows and parts of a total counted in this sentence or the one before."""

    def extract_breakdown(self) -> None:
        if "of " in self.folded and self._offence_part():
            return
        if _OWN_TOTAL_OPEN.match(self.s):
            # "Of the 83 people convicted of espionage since 2022, 51 were foreigners": the
            # total is this sentence's (extract_own_total_rows, after the counts)
            return
        of_them = _BREAKDOWN_OF_THEM.search(self.s) if " of " in self.folded else None
        if _BREAKDOWN_START.search(self.s) is None and of_them is None:
            return
        total = self._latest_total()
        if total is None:
            return
        if of_them is not None:
            if of_them.group("noun").lower() not in _AGE_GROUPS:
                self._breakdown_row(total, of_them, "count.breakdown")
            return
        in_period = _OF_THESE_IN.search(self.s)
        if in_period is not None:
            self._period_part(total, in_period)
            return
        for m in _BREAKDOWN_ITEM.finditer(self.s):
            self._breakdown_row(total, m, "count.breakdown")

    def _offence_part(self) -> bool:
        """ "More than 790 of them were for treason": a part of the total just before, in
        its period and unit, for one of its offences (or a member of its group)."""
        m = _OFFENCE_PART.search(self.s)
        if m is None or not (m.group("pre") or m.group("post")):
            return False
        total = None
        for d in reversed(self.state.drafts):  # in sentence order: stop before the one before
            if self.index - d.sentence_index > 1:
                break
            if (
                d.kind in {"conviction_count", "case_count"}
                and not d.rule.endswith(".baseline")
                and self.index - d.sentence_index == 1
            ):
                total = d
                break
        count = _int_number(m.group("num"))
        if total is None or total.part_of is not None or count is None:
            return False
        # "Of these, 330 were for treason and 90 for sabotage": the offences up to the next
        # figure are this part's
        end = self._clause(m.end())[1]
        following = _NEXT_FIGURE.search(self.s, m.end(), end)
        if following is not None:
            end = following.start()
        own = _unique([o.slug for o in self._offences_between(m.end(), end)])
        if not own or (total.count is not None and count >= total.count):
            return False
        if not total.offences:
            # "1,046 sentences for anti-war speech in 2025. Of those, 392 were for spreading
            # 'fakes' about the army": a total of no offence of the scheme, whose part by an
            # offence of the scheme is a count of its own, in the total's period
            if total.period is None:
                return False
            self._add_part(total, own, count, m, (m.start(), m.end()))
            self.counts[-1].part_of = None
            return True
        if not set(own) <= self._within(total) or set(own) == set(total.offences):
            return False
        self._add_part(total, own, count, m, (m.start(), m.end()))
        return True

    def _period_part(self, total: _Draft, m: re.Match[str]) -> None:
        """ "Of these, 390 were convicted in 2024 alone": the total's offences and unit, in
        the sentence's own period, which must lie within the total's."""
        count = _int_number(m.group("num"))
        own = [t for t in self.times if t.first is not None and t.last is not None]
        if count is None or _is_year_like(m.group("num")) or not own or total.period is None:
            return
        period = self._period(m.start("num"))
        if period is None or period == total.period:
            return
        if not (total.period[0] <= period[0] and period[1] <= total.period[1]):
            return
        draft = self._draft(total.kind, "count.breakdown", m.start("num"))
        draft.offences = total.offences
        draft.articles = total.articles
        draft.period = period
        draft.count = count
        draft.qualifier = _qualifier_word(m.group("q"))
        draft.unit = total.unit
        draft.reported_by = total.reported_by
        self.used.append((m.start(), m.end()))
        self.counts.append(draft)

    def extract_own_total_rows(self) -> None:
        """The rows of the total a sentence opens on: "Of the 83 people convicted of
        espionage since 2022, 51 were foreigners"."""
        if not self.counts:
            return
        m = _OWN_TOTAL_OPEN.match(self.s)
        if m is None:
            return
        anchor = self.offset + m.start("tnum")
        total = next((d for d in self.counts if d.anchor == anchor and d.part_of is None), None)
        if total is None:
            return
        for row in _BREAKDOWN_ITEM.finditer(self.s, m.end()):
            self._breakdown_row(total, row, "count.breakdown")

    def _breakdown_row(self, total: _Draft, m: re.Match[str], rule: str) -> None:
        count = _int_number(m.group("num"))
        if count is None or _is_year_like(m.group("num")) or not self._free(m.start(), m.end()):
            return
        draft = self._draft(total.kind, rule, m.start("num"))
        draft.offences = total.offences
        draft.articles = total.articles
        draft.period = total.period
        draft.count = count
        draft.qualifier = _qualifier_word(m.group("q"))
        draft.unit = total.unit
        draft.scope = _scope(m.group("mods"), m.group("noun"))
        draft.reported_by = total.reported_by
        draft.part_of = total
        self.used.append((m.start(), m.end()))
        self.counts.append(draft)
