"""Counts told as a rise or a fall between two times: "Espionage convictions rose from 25
in 2018 to 28 in 2019" (two counts), "jumped from 17 in 2022 to 41 in 2023 and to 74 in
2024" (three). The patterns are in grammar_en_lists.py. Split from lists.py."""

from __future__ import annotations

import datetime as dt
import re

from kgbuild.extraction.drafts import _unique
from kgbuild.extraction.figures_reached import FigureReachedRules
from kgbuild.extraction.grammar_en import _CONVICTION_CUE, _PEOPLE_NOUNS, _is_year_like
from kgbuild.extraction.grammar_en_lists import (
    _FROM_TO,
    _FROM_TO_OPEN,
    _FROM_TO_SPAN,
    _RISE_VERB,
)
from kgbuild.extraction.numbers import _QUAL, _YEAR, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.fastre import compile_narrowed

_PEOPLE = compile_narrowed(rf"\b(?:{_PEOPLE_NOUNS})\b", re.IGNORECASE)
_AND_TO = compile_narrowed(
    # ("... to 21 in 2024 and 46 in 2025": "to" left out after "and")
    rf"\s*,?\s+(?:(?:and\s+)?(?:then\s+)?to|and)\s+(?:(?P<q>{_QUAL})\s+)?(?P<n>{NUMBER_PATTERN})"
    rf"(?:\s+(?:people|convictions|verdicts|cases))?\s+(?:in|during)\s+(?P<y>{_YEAR})\b"
    r"(?!\s+(?:were|was|had|have)\b)",
    re.IGNORECASE,
)
"""A further step after "from A in Y1 to B in Y2": ", and to 74 in 2024", "and 46 in 2025"."""


_ELIDED_FROM_TO = compile_narrowed(
    r"\s*,?\s+(?:and|while|whereas)\s+(?P<what>[A-Za-z][^,.;\d]{2,60}?)\s+"
    rf"from\s+(?:(?P<q1>{_QUAL})\s+)?(?P<n1>{NUMBER_PATTERN})\s+"
    rf"to\s+(?:(?P<q2>{_QUAL})\s+)?(?P<n2>{NUMBER_PATTERN})(?=\s*(?:[.;,]|$))",
    re.IGNORECASE,
)
"""A second rise with its verb left out, over the same two years: "..., and espionage
convictions from 31 to 64"."""
_SAME_PERIOD = compile_narrowed(
    rf"\b{_RISE_VERB}\s+from\s+(?:(?P<q1>{_QUAL})\s+)?(?P<n1>{NUMBER_PATTERN})\s+"
    rf"to\s+(?:(?P<q2>{_QUAL})\s+)?(?P<n2>{NUMBER_PATTERN})\s+(?:over|in|during|for)\s+"
    r"the\s+same\s+(?:period|years|two\s+years|time)\b",
    re.IGNORECASE,
)
"""A rise over the two years of the rise just told: "Espionage convictions rose from 31 to
64 over the same period"."""
_BARE_RISE = compile_narrowed(
    rf"\b{_RISE_VERB}\s+from\s+(?:(?P<q1>{_QUAL})\s+)?(?P<n1>{NUMBER_PATTERN})\s+"
    rf"to\s+(?:(?P<q2>{_QUAL})\s+)?(?P<n2>{NUMBER_PATTERN})(?=\s*(?:[.;,]|$))",
    re.IGNORECASE,
)
"""A rise with no time of its own: "the number of people convicted of X increased from 25 to
28", after a sentence that set this year's counts against an earlier year's."""


_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_PARTS_RISE = compile_narrowed(
    rf"\b{_RISE_VERB}\s+from\s+(?:(?P<q1>{_QUAL})\s+)?(?P<n1>{NUMBER_PATTERN})"
    rf"(?:\s+(?:people|convictions|verdicts|cases))?\s+in\s+the\s+(?P<o1>{_ORDINAL})\s+"
    rf"(?P<part>quarter|half)\s*,?\s+to\s+(?:(?P<q2>{_QUAL})\s+)?(?P<n2>{NUMBER_PATTERN})"
    rf"(?:\s+(?:people|convictions|verdicts|cases))?\s+in\s+the\s+(?P<o2>{_ORDINAL})"
    rf"(?:\s+(?:quarter|half))?(?!\s+of\b)\b",
    re.IGNORECASE,
)
"""A rise between two parts of a year told with no year: "rose from 17 in the first quarter
to 26 in the second" (the year the sentence or the text is on)."""
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4}


def _part_of_year(year: int, part: str, ordinal: str) -> tuple[dt.date, dt.date] | None:
    """The bounds of the quarter or half ``ordinal`` of ``year``."""
    n = _ORDINALS[ordinal.lower()]
    months = 3 if part.lower() == "quarter" else 6
    if n * months > 12:
        return None
    first = dt.date(year, (n - 1) * months + 1, 1)
    end_month = n * months
    last = dt.date(year + end_month // 12, end_month % 12 + 1, 1) - dt.timedelta(days=1)
    return first, last


class RiseRules(FigureReachedRules):
    """Counts "from" one figure "to" another."""

    def extract_from_to(self) -> None:
        """ "Espionage convictions rose from 25 in 2018 to 28 in 2019": two counts."""
        if "from" not in self.folded or not _CONVICTION_CUE.search(self.s):
            return
        matches = [*_FROM_TO.finditer(self.s), *_FROM_TO_SPAN.finditer(self.s)]
        matches += [m for m in _FROM_TO_OPEN.finditer(self.s) if self._free(m.start(), m.end())]
        for m in matches:
            # the offences of its own clause ("..., while those for X fell")
            left, right = self._clause(m.start())
            elided = _ELIDED_FROM_TO.match(self.s, m.end()) if m.group("y2") else None
            if elided is not None:
                right = min(right, elided.start())
            own = self._offences_between(left, right)
            offences = _unique([o.slug for o in own]) or self._count_offences(0, len(self.s))
            unit = "people" if _PEOPLE.search(self.s) else "verdicts"
            open_period = None if m.group("y2") else self._open_period(m)
            if open_period is None and not m.group("y2"):
                continue  # "rose from 11 in 2023 to 37" in a text on no later period
            for n, q, y in (("n1", "q1", "y1"), ("n2", "q2", "y2")):
                count = _int_number(m.group(n))
                if count is None or _is_year_like(m.group(n)):
                    continue
                period = None if m.group(y) else open_period
                if not m.group(y) and period is None:
                    continue
                draft = self._draft("conviction_count", "count.from-to", m.start(n))
                self._finish_count(
                    draft, offences, m.start(n), _qualifier_word(m.group(q)), count, unit, None
                )
                if period is None:
                    year = int(m.group(y))
                    period = (dt.date(year, 1, 1), dt.date(year, 12, 31))
                draft.period = period
                self.used.append((m.start(n), m.end(n)))
                self.counts.append(draft)
            end, last_year = m.end(), int(m.group("y2") or 0)
            while m.group("y2") and (step := _AND_TO.match(self.s, end)) is not None:
                # "... to 41 in 2023 and to 74 in 2024": one more count of its own year
                count, year = _int_number(step["n"]), int(step["y"])
                if count is None or _is_year_like(step["n"]) or year <= last_year:
                    break
                last_year = year
                draft = self._draft("conviction_count", "count.from-to", step.start("n"))
                q = _qualifier_word(step["q"])
                self._finish_count(draft, offences, step.start("n"), q, count, unit, None)
                draft.period = (dt.date(year, 1, 1), dt.date(year, 12, 31))
                self.counts.append(draft)
                end = step.end()
            self.used.append((m.start(), end))
            if m.group("y2"):
                years = [int(m.group("y1")), int(m.group("y2"))]
                spans = [(dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in years]
                self.state.last_rise = (self.index, spans[0], spans[1])
                if elided is not None:
                    # "..., and espionage convictions from 31 to 64": the same two years
                    self._rise_counts(elided, elided["what"], spans[0], spans[1], unit)
        self._rise_same_period()
        self._rise_between_years_before()
        self._rise_between_parts()

    def _rise_between_parts(self) -> None:
        """ "Espionage convictions rose from 17 in the first quarter to 26 in the second":
        two counts over two parts of the one year the sentence names, else the year the
        text is on."""
        if "quarter" not in self.folded and "half" not in self.folded:
            return
        m = _PARTS_RISE.search(self.s)
        if m is None or not self._free(m.start("n1"), m.end("n2")):
            return
        years = {t.explicit_year for t in self.times if t.explicit_year is not None}
        year = years.pop() if len(years) == 1 else None
        if year is None and not years:
            year = self.year_before
        if year is None:
            return
        first = _part_of_year(year, m.group("part"), m.group("o1"))
        second = _part_of_year(year, m.group("part"), m.group("o2"))
        if first is None or second is None or second[0] <= first[0]:
            return
        left = self._clause(m.start())[0]
        unit = "people" if _PEOPLE.search(self.s) else "verdicts"
        self._rise_counts(m, self.s[left : m.start()], first, second, unit)

    def _rise_between_years_before(self) -> None:
        """ "4 were found guilty of treason last year as compared to 14 in 2016. ... the
        number convicted of X increased from 25 to 28": a rise with no time of its own, in
        a sentence that tells none, over the two years whose counts the sentence before (or
        the one before it) gave: the earlier year first."""
        if self.times or "from" not in self.folded:
            return
        m = _BARE_RISE.search(self.s)
        if m is None or not self._free(m.start("n1"), m.end("n2")):
            return
        years = {
            d.period
            for d in self.state.drafts_since(self.index - 2)
            if d.kind == "conviction_count"
            and d.period is not None
            and d.sentence_index in {self.index - 1, self.index - 2}
            and d.period[0].month == 1
            and d.period[0].day == 1
            and d.period[1] == dt.date(d.period[0].year, 12, 31)
        }
        if len(years) != 2:
            return
        first, second = sorted(years)
        left = self._clause(m.start())[0]
        unit = "people" if _PEOPLE.search(self.s) else "verdicts"
        self._rise_counts(m, self.s[left : m.start()], first, second, unit)

    def _rise_same_period(self) -> None:
        """ "Espionage convictions rose from 31 to 64 over the same period": the two years
        of the rise told in this sentence or the two before."""
        rise = self.state.last_rise
        m = _SAME_PERIOD.search(self.s)
        if m is None or rise is None or not 0 <= self.index - rise[0] <= 2:
            return
        left = self._clause(m.start())[0]
        unit = "people" if _PEOPLE.search(self.s) else "verdicts"
        self._rise_counts(m, self.s[left : m.start()], rise[1], rise[2], unit)

    def _rise_counts(
        self,
        m: re.Match[str],
        what: str,
        first: tuple[dt.date, dt.date],
        second: tuple[dt.date, dt.date],
        unit: str,
    ) -> None:
        """The two counts of a rise ``m`` (groups n1, q1, n2, q2) of the offences ``what``
        names, over ``first`` and ``second``."""
        offences = _unique([o.slug for o in self.lexicon.find_offences(what)])
        if not offences:
            return
        for n, q, period in (("n1", "q1", first), ("n2", "q2", second)):
            count = _int_number(m.group(n))
            if count is None or _is_year_like(m.group(n)) or not self._free(m.start(n), m.end(n)):
                continue
            draft = self._draft("conviction_count", "count.from-to", m.start(n))
            self._finish_count(
                draft, offences, m.start(n), _qualifier_word(m.group(q)), count, unit, None
            )
            draft.period = period
            self.used.append((m.start(n), m.end(n)))
            self.counts.append(draft)

    def _open_period(self, m: re.Match[str]) -> tuple[dt.date, dt.date] | None:
        """The period of the second count of "rose from 11 in 2023 to 37": a time right after
        it ("to 37 last year"), else the period the text is on, if later than the first."""
        after = next(
            (
                t
                for t in self.times
                if 0 <= t.start - m.end() <= 6 and t.first is not None and t.last is not None
            ),
            None,
        )
        if after is not None and after.first is not None and after.last is not None:
            return after.first, after.last
        main = self._main_period()
        if main is None or main[0].year <= int(m.group("y1")):
            return None
        return main
