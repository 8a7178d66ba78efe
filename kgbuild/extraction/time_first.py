"""Items after a count that give their own time first: "In 2022 judges convicted 57 people
of sabotage, in 2023 — 131, and in the first nine months of 2024 — already 166", "In 2022
there were 35, in 2023—212 and in the first half of 2024—another 301" (the pattern is
_TIME_FIRST_ITEM in grammar_en_lists.py). Translations from Russian keep its dash."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.grammar_en import _is_year_like
from kgbuild.extraction.grammar_en_lists import _TIME_FIRST_ITEM
from kgbuild.extraction.numbers import _int_number, _qualifier_word
from kgbuild.extraction.rises import RiseRules


class TimeFirstRules(RiseRules):
    """Time-first items, for a count's list (lists.py) and after "there were N"."""

    def _time_first_chain(self, position: int) -> list[tuple[re.Match[str], int]]:
        """Items after ``position`` that give their own time first (_TIME_FIRST_ITEM), one
        after another, each with the start of its time: "..., in 2024 — 104, and in the
        first half of 2025 — already 83". The first may follow the count's own words
        ("61 people of espionage, in 2024 — 104"), with no figure between."""
        if not (" in " in self.folded or " for " in self.folded):
            return []
        found: list[tuple[re.Match[str], int]] = []
        while True:
            end = position + 120 if not found else len(self.s)
            m = _TIME_FIRST_ITEM.search(self.s, position, end)
            if m is None or (found and m.start() != position):
                break
            gap = self.s[position : m.start()]
            if re.search(r"[\d;:()]", gap) or _is_year_like(m.group("num")):
                break
            time = next(
                (
                    t
                    for t in self.times
                    if m.start("time") <= t.start
                    and t.end == m.end("time")
                    and t.role == "period"
                    and t.first is not None
                ),
                None,
            )
            if time is None:
                break
            found.append((m, time.start))
            position = m.end()
        return found

    def _time_first_items(self, head: _Draft, position: int) -> None:
        """The items after a count told as "there were N" (figures_reached.py), as drafts
        with the count's offences, kind and unit."""
        for m, time_start in self._time_first_chain(position):
            count = _int_number(m.group("num"))
            if count is None:
                continue
            draft = self._draft(head.kind, head.rule + "+list", m.start("num"))
            self._finish_count(
                draft,
                head.offences,
                time_start,
                _qualifier_word(m.group("q")),
                count,
                head.unit or "people",
                head.scope,
            )
            self.used.append((m.start("num"), m.end("num")))
            self.counts.append(draft)
