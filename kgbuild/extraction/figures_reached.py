"""A count the sentence before gave, reached again in a period of its own: "The figure has
grown every year since, reaching 195 in 2024", "bringing the total for the first seven
months of 2025 to 268" (the patterns are in grammar_en_lists.py)."""

from __future__ import annotations

import datetime as dt
import re

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en import _CONVICTION_CUE, _is_year_like
from kgbuild.extraction.grammar_en_lists import (
    _ACCOUNTED_FOR,
    _ADDED_MORE,
    _BRINGING_GATE,
    _BRINGING_TOTAL,
    _FIGURE_REACHED,
    _IT_WAS,
    _IT_WAS_GATE,
    _THERE_WERE,
)
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.extraction.overtaken import OvertakenRules
from kgbuild.extraction.references import previous_offences
from kgbuild.fastre import compile_narrowed

_WHEN_CLAUSE = compile_narrowed(r"\s*,?\s*when\s+", re.IGNORECASE)
_LEAD_GAP = re.compile(r"\s*,?\s*")
_SUCH = compile_narrowed(r"\bsuch\b", re.IGNORECASE)
_FIGURE_FOR = compile_narrowed(
    r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:figure|number|total|tally|count)\s+for\s+"
    r"(?!(?:the|this|that|last|each|every)\b)",
    re.IGNORECASE,
)
"""A figure of an offence named in its own phrase ("The figure for espionage was 31"): the
measure of the count just before, for another offence, over that count's period."""
_AND_FOR = compile_narrowed(
    r"\s*,?\s+(?:and|while)\s+(?:the\s+(?:figure|number)\s+)?for\s+"
    r"(?P<what>[A-Za-z][^,;:()\d]{2,80}?)\s*,?\s+(?:(?:was|it\s+was|stood\s+at)\s+)?"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\b(?!\s*(?:%|percent|per\s+cent))",
    re.IGNORECASE,
)
"""The next item of a figure for an offence: ", and for sabotage, 16"."""
_FOR_FRONTED = compile_narrowed(r"\W*for\s+[A-Za-z][^,;:()\d]{2,80}?,\s*", re.IGNORECASE)
"""The offence fronted before the figure: "For espionage, the figure was 31"."""
_NOT_CONVICTIONS = compile_narrowed(
    r"\b(?:cases|arrests|detentions|charges|acquittals|suspects|defendants)\b", re.IGNORECASE
)


class FigureReachedRules(OvertakenRules):
    """A figure of the sentence before reached again: its offences and unit, a new period."""

    def extract_figure_reached(self) -> None:
        """ "The figure has grown every year since, reaching 195 in 2024": the count of
        the sentence before (its offences and unit), in a new period of its own."""
        self.extract_overtaken()
        patterns = []
        if _gate_open(("figure", "tally", "number", "total", "count"), self.folded):
            patterns.append(_FIGURE_REACHED)
        if "there " in self.folded:
            patterns.append(_THERE_WERE)
        if "accounted for" in self.folded:
            patterns.append(_ACCOUNTED_FOR)
        if _gate_open(("added", "contributed", "brought"), self.folded):
            patterns.append(_ADDED_MORE)
        if _gate_open(_IT_WAS_GATE, self.folded):  # four words, then the regex
            patterns.append(_IT_WAS)
        if _gate_open(_BRINGING_GATE, self.folded) and _gate_open(
            ("total", "tally", "number", "count", "figure"), self.folded
        ):
            patterns.append(_BRINGING_TOTAL)
        for m in (m for p in patterns for m in p.finditer(self.s)):
            group = "num2" if m.re is _ADDED_MORE and m.group("num2") else "num"
            count = _int_number(m.group(group))
            if count is None or _is_year_like(m.group(group)):
                continue
            if not self._free(m.start(group), m.end(group)):
                continue
            # "...; a year earlier the figure was 87": a count of this sentence may lead
            earlier = [
                d
                for d in [*self.state.drafts, *self.counts]
                if d.kind in {"conviction_count", "case_count"}
                and 0 <= self.index - d.sentence_index <= 2
                and d.anchor < self.offset + m.start()
                and d.offences
            ]
            own = [t for t in self.times if t.first is not None]
            if m.re is _BRINGING_TOTAL:
                # the total's own period is named in the phrase, else it is unknown
                # ("the year's total" by August is no total of the whole year)
                own = [
                    t
                    for t in own
                    if m.start() <= t.start
                    and t.end <= m.start(group)
                    and self.s[t.end : t.end + 2] not in {"'s", "’s"}
                ]
                if not own:
                    continue
            part = m.re is _ACCOUNTED_FOR
            added = m.re is _ADDED_MORE
            figure_for = (
                m.re is _FIGURE_REACHED
                and not own
                and (
                    (
                        _FIGURE_FOR.match(self.s, m.start()) is not None
                        and any(
                            m.start() < o.start and o.end <= m.start(group) for o in self.offences
                        )
                    )
                    or (
                        _FOR_FRONTED.fullmatch(self.s, 0, m.start()) is not None
                        and any(o.end <= m.start() for o in self.offences)
                    )
                )
            )
            if not own and not part and not added and not figure_for:
                continue
            if figure_for and not earlier:
                continue  # "The figure for espionage was 31" with no count just before
            # the offences of its own stretch of the sentence ("..., and there were 7 for X")
            offences = (
                self._count_offences(*self._numbers_around(m.start(group), m.end(group)))
                if self.offences
                else ()
            )
            if part or added:
                # "Espionage accounted for another 40, and sabotage for 75": the subject
                subject = self._subject_offences(m.start())
                offences = subject or offences
            if (part or added) and (not offences or not earlier):
                continue  # "Moscow alone accounted for 120": a part by no offence
            if added and set(offences) & {s for d in earlier for s in d.offences}:
                continue  # "added" says another offence than the counts before
            if (
                m.re is _THERE_WERE
                and earlier
                and all(d.sentence_index < self.index - 1 for d in earlier)
                and _SUCH.search(self.s, 0, m.start())
            ):
                # "... convicted 177 of treason. A new trend is to join treason and terrorism
                # charges. No such cases existed before 2023; in 2023 there were 12": "such"
                # points at the sentence just before, which gave no count of its own
                continue
            if earlier:
                # a part ("Treason alone accounted for 361 of them") is counted in its total,
                # so a figure after it continues the total
                before = earlier[-1]
                if not part and before.part_of is not None:
                    before = next((d for d in reversed(earlier) if d.part_of is None), before)
                kind, unit, scope = before.kind, before.unit or "people", before.scope
                if not offences and all(d.sentence_index < self.index - 1 for d in earlier):
                    # "... 40 of espionage in 2022. Treason verdicts kept climbing. In 2023
                    # there were 210": the offence a sentence between named
                    offences = previous_offences(self.state, self.lexicon)
                offences = offences or before.offences
            elif self._convictions_just_before():
                # "Courts convicted fewer than 20 people of espionage in each of the past
                # five years. In 2022 the figure was 11": a figure for the sentence before's
                # convictions, which gave no count of their own
                kind, unit, scope = "conviction_count", "people", None
                offences = offences or previous_offences(self.state, self.lexicon)
            elif (
                m.re is _FIGURE_REACHED
                and offences
                and _CONVICTION_CUE.search(self.s, m.start(), m.start(group))
                and not _NOT_CONVICTIONS.search(self.s, m.start(), m.start(group))
            ):
                # "The tally of treason convictions stood at 361 in 2024": a figure whose
                # own phrase names the offence and counts convictions
                kind, unit, scope = "conviction_count", "verdicts", None
            else:
                continue
            draft = self._draft(kind, "count.figure-reached", m.start(group))
            above = m.re in (_FIGURE_REACHED, _BRINGING_TOTAL) and m.group("above")
            if (
                above
                and m.re is _FIGURE_REACHED
                and re.search(r"[\d,]", self.s[m.start() : m.start("above")])
            ):
                continue  # "the fines total exceeded 150 million roubles, and ... passed 18"
            above = above and not m.group("q")
            qualifier = "more_than" if above else _qualifier_word(m.group("q"))
            self._finish_count(draft, offences, m.start(group), qualifier, count, unit, scope)
            if part and earlier:
                draft.part_of = earlier[-1]
            published = self.state.published
            if (
                m.re is _BRINGING_TOTAL
                and draft.period is not None
                and published is not None
                and draft.period[0] <= published < draft.period[1]
            ):
                # "..., bringing the total for the year to 97" in November: a running
                # total, to the day it was told
                draft.period = draft.period[0], published
            if m.re is _THERE_WERE:
                # "In 2023 there were 61, in 2024 - 104": the time right before the phrase
                # dates it, not the nearer one of the item after it
                lead = self._time_just_before(m.start())
                if lead is not None:
                    draft.period = lead
            when = self._time_before_when(m.start())
            if when is not None:
                # "twice as many as in the same period of 2023, when the figure stood at 33":
                # the period the "when" clause hangs on, even a compared one
                draft.period, draft.comparison = when, True
            self.used.append((m.start(group), m.end(group)))
            self.counts.append(draft)
            if m.re is _THERE_WERE:
                self._time_first_items(draft, m.end(group))
            if figure_for:
                self._figure_for_items(draft, m.end(group))

    def _figure_for_items(self, head: _Draft, position: int) -> None:
        """The items after a figure for an offence: "The figure for espionage was 31, and
        for sabotage, 16": each its offence, the head's measure and period."""
        while (item := _AND_FOR.match(self.s, position)) is not None:
            slugs = tuple(
                dict.fromkeys(o.slug for o in self.lexicon.find_offences(item.group("what")))
            )
            count = _int_number(item.group("num"))
            if (
                len(slugs) != 1
                or count is None
                or _is_year_like(item.group("num"))
                or not self._free(*item.span("num"))
            ):
                return
            draft = self._draft(head.kind, "count.figure-reached", item.start("num"))
            self._finish_count(
                draft,
                slugs,
                item.start("num"),
                _qualifier_word(item.group("q")),
                count,
                head.unit or "people",
                head.scope,
            )
            draft.period = head.period
            self.used.append(item.span("num"))
            self.counts.append(draft)
            position = item.end()

    def _time_first_items(self, head: _Draft, position: int) -> None:
        """Items that give their own time first after a count: "..., in 2024 - 104, and in
        the first half of 2025 - already 83" (ListRules)."""

    def _time_just_before(self, start: int) -> tuple[dt.date, dt.date] | None:
        """The period of a time that ends right before ``start`` ("In 2023, there were")."""
        for t in self.times:
            if (
                t.role == "period"
                and t.first is not None
                and t.last is not None
                and t.end <= start
                and _LEAD_GAP.fullmatch(self.s, t.end, start)
            ):
                return self._same_period(t) or (t.first, t.last)
        return None

    def _subject_offences(self, verb: int) -> tuple[str, ...]:
        """The offence right before a verb in its own clause ("Espionage accounted for"),
        with nothing but words between: the subject of the verb."""
        before = [o for o in self.offences if o.end <= verb]
        if not before:
            return ()
        last = before[-1]
        between = self.s[last.end : verb]
        if re.search(r"[\d,;:]", between) or len(between.split()) > 3:
            return ()
        return (last.slug,)

    def _time_before_when(self, start: int) -> tuple[dt.date, dt.date] | None:
        """The period of the time just before ", when" that leads to ``start``."""
        for t in self.times:
            if t.first is None or t.last is None or t.end > start:
                continue
            if _WHEN_CLAUSE.fullmatch(self.s, t.end, start):
                return self._same_period(t) or (t.first, t.last)
        return None

    def _convictions_just_before(self) -> bool:
        """Whether the sentence just before speaks of convictions ("convicted ...")."""
        return any(
            self.index - index == 1 and _CONVICTION_CUE.search(sentence) is not None
            for index, sentence in self.state.recent
        )
