"""Counts told as a rise or a fall between two times: "Espionage convictions rose from 25
in 2018 to 28 in 2019" (two counts), "jumped from 17 in 2022 to 41 in 2023 and to 74 in
2024" (three). The patterns are in grammar_en_lists.py. Split from lists.py."""

from __future__ import annotations

import datetime as dt
import re

from kgbuild.extraction.drafts import _unique
from kgbuild.extraction.figures_reached import FigureReachedRules
from kgbuild.extraction.grammar_en import _CONVICTION_CUE, _PEOPLE_NOUNS, _is_year_like
from kgbuild.extraction.grammar_en_lists import _FROM_TO, _FROM_TO_OPEN, _FROM_TO_SPAN
from kgbuild.extraction.numbers import _QUAL, _YEAR, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.fastre import compile_narrowed

_PEOPLE = compile_narrowed(rf"\b(?:{_PEOPLE_NOUNS})\b", re.IGNORECASE)
_AND_TO = compile_narrowed(
    rf"\s*,?\s+(?:and\s+)?(?:then\s+)?to\s+(?:(?P<q>{_QUAL})\s+)?(?P<n>{NUMBER_PATTERN})"
    rf"(?:\s+(?:people|convictions|verdicts|cases))?\s+(?:in|during)\s+(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)
"""A further step after "from A in Y1 to B in Y2": ", and to 74 in 2024"."""


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
            end = m.end()
            while m.group("y2") and (step := _AND_TO.match(self.s, end)) is not None:
                # "... to 41 in 2023 and to 74 in 2024": one more count of its own year
                count, year = _int_number(step["n"]), int(step["y"])
                if count is None or _is_year_like(step["n"]):
                    break
                draft = self._draft("conviction_count", "count.from-to", step.start("n"))
                q = _qualifier_word(step["q"])
                self._finish_count(draft, offences, step.start("n"), q, count, unit, None)
                draft.period = (dt.date(year, 1, 1), dt.date(year, 12, 31))
                self.counts.append(draft)
                end = step.end()
            self.used.append((m.start(), end))

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
