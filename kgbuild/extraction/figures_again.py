"""Figures that pair, in order, with counts given before: "the respective figures were 180
and 64", "the corresponding numbers were 201, 41 and 33", "the numbers under the same two
articles had climbed to 26 and 111", "112 espionage and 402 treason convictions for 2024,
against 64 and 289 in 2023".

Patterns (in grammar_en_lists.py):

    _FIGURES_AGAIN   "the respective/corresponding/equivalent figures", "the numbers under
                     the same two articles"
    _AGAIN_LIST      the list of figures after it: "180 and 64", "201, 41 and 33"
    _COMPARED_LIST   a list after "against", "compared with", "up from": "against 64 and 289"
"""

from __future__ import annotations

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en import _is_year_like
from kgbuild.extraction.grammar_en_lists import (
    _AGAIN_LIST,
    _COMPARED_LIST,
    _COMPARED_LIST_GATE,
    _FIGURES_AGAIN,
    _FIGURES_AGAIN_GATE,
    _LIST_ITEM,
)
from kgbuild.extraction.numbers import _int_number, _qualifier_word
from kgbuild.extraction.periods import _shift_year
from kgbuild.extraction.reference_periods import _YEAR_EARLIER
from kgbuild.extraction.rival_figures import RIVAL_GATE, RivalFigureRules


class FiguresAgainRules(RivalFigureRules):
    """A list of figures for the offences the counts just before named, one each."""

    def extract_figures_again(self) -> None:
        if self.index > 0 and _gate_open(RIVAL_GATE, self.folded):
            self.extract_rival_figure()  # "... lower than the 1,350 reported by another ..."
        phrase = m = None
        compared = False
        if _gate_open(_FIGURES_AGAIN_GATE, self.folded):
            phrase = _FIGURES_AGAIN.search(self.s)
            m = _AGAIN_LIST.match(self.s, phrase.end()) if phrase is not None else None
        if m is None and _gate_open(_COMPARED_LIST_GATE, self.folded):
            # "..., against 64 and 289 in 2023": the comparison word is the phrase
            phrase = m = _COMPARED_LIST.search(self.s)
            compared = True
        if phrase is None or m is None:
            return
        numbers = [
            n
            for n in _LIST_ITEM.finditer(self.s, m.start("list"), m.end("list"))
            if not _is_year_like(n.group("num")) and self._free(n.start(), n.end())
        ]
        if len(numbers) < 2 or self._offences_between(phrase.start(), m.end("list")):
            return
        before = self._counts_before(phrase.start(), len(numbers))
        if before is None:
            return
        # the list's time follows it: "against 64 and 289 in 2023" (a time a comparison
        # names may have the role of a baseline's)
        list_end = m.end("pp") if compared and m.group("pp") else m.end("list")
        own = [t for t in self.times if 0 <= t.start - list_end <= 4] if compared else []
        back = bool(compared and m.group("back"))
        if not compared:
            # "; a year earlier the two figures had been 2,870 and 190": each count's
            # months a year back (not the whole year before)
            left = max(self.s.rfind(";", 0, phrase.start()), self.s.rfind(".", 0, phrase.start()))
            back = _YEAR_EARLIER.search(self.s, left + 1, m.end("list")) is not None
        drafts: list[_Draft] = []
        for n, earlier in zip(numbers, before, strict=True):
            count = _int_number(n.group("num"))
            if count is None:
                return
            # compared figures are baselines: "the same year" after them is the main one's
            rule = "count.figures-again.baseline" if compared else "count.figures-again"
            draft = self._draft(earlier.kind, rule, n.start("num"))
            self._finish_count(
                draft,
                earlier.offences,
                n.start("num"),
                _qualifier_word(n.group("q")),
                count,
                earlier.unit or "people",
                earlier.scope,
            )
            if back and earlier.period is not None:
                # "... the 15 and 6 recorded a year earlier": each count's period, a year back
                first, last = earlier.period
                draft.period = (_shift_year(first, -1), _shift_year(last, -1))
            elif own and own[0].first is not None and own[0].last is not None:
                draft.period = (own[0].first, own[0].last)
            elif compared:
                return
            if draft.period is None or draft.period == earlier.period:
                return  # no time of its own: not figures of another period
            drafts.append(draft)
        self.used += [(n.start(), n.end()) for n in numbers]
        self.counts += drafts

    def _counts_before(self, start: int, size: int) -> list[_Draft] | None:
        """The last ``size`` counts before ``start`` (this sentence's first, then the two
        sentences before), in text order, each with one offence and all of them different
        and of one kind; None if they are not."""
        earlier = [
            d
            for d in [*self.state.drafts[-12:], *self.counts]
            if d.kind in {"conviction_count", "case_count"}
            and 0 <= self.index - d.sentence_index <= 2
            and d.anchor < self.offset + start
            and not d.rule.endswith("baseline")
            and d.part_of is None
        ]
        earlier.sort(key=lambda d: d.anchor)
        if len(earlier) < size:
            return None
        chosen = earlier[-size:]
        slugs = [d.offences for d in chosen]
        if any(len(s) != 1 for s in slugs) or len(set(slugs)) != size:
            return None
        if len({d.kind for d in chosen}) != 1:
            return None
        return chosen
