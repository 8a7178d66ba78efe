"""Several counts in one sentence, and counts a sentence takes from the one before.

The patterns, with the wordings they cover, are in grammar_en_lists.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kgbuild.claims import ClaimKind
from kgbuild.extraction.elided_offences import organising_one
from kgbuild.extraction.elided_periods import head_time, ordinal_period
from kgbuild.extraction.grammar_en import _CONVICTION_CUE, _RESPECTIVELY, _is_year_like
from kgbuild.extraction.grammar_en_lists import (
    _BASELINE_BEFORE,
    _COMPARED_ASIDE,
    _COMPARED_BEFORE,
    _ELIDED_ITEM,
    _ELIDED_TIME_FIRST,
    _ELIDED_YEAR_FIRST,
    _IN_CASES,
    _LIST_ITEM,
    _NUMBER_LIST,
    _PERCENT_ASIDE,
    _RATE_AFTER,
    _RATE_ASIDE,
)
from kgbuild.extraction.numbers import _YEAR, _int_number, _qualifier_word, _words
from kgbuild.extraction.rises import _PEOPLE
from kgbuild.extraction.time_first import TimeFirstRules
from kgbuild.fastre import compile_narrowed

_CHARGE_AFTER = compile_narrowed(r"\s+(?:for|of)\s+(?P<w>[a-z][\w-]*)")
_BACK_WORDS = frozenset(
    _words("the a an it this that these those such them their his her its both all similar same ")
    + _words("related each either one crimes offences offenses charges articles")
)

_YEARS = compile_narrowed(rf"\b{_YEAR}\b")
_TITLE_ASIDE = compile_narrowed(r"\(\s*['‘’\"“”«][^()\d]{1,120}['‘’\"“”»]\s*\)|\([\s'‘’\"“”«»]*\)")
"""A quoted title in brackets, or one the offence's name filled (blanked already)."""
_ATTRIBUTION_ASIDE = compile_narrowed(
    r",\s*(?:according\s+to|(?:as\s+)?(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+"
    r"(?:said|says|showed|shows|reported|reports))\b[^,;\d]{0,60}(?:,|$)"
)
"""A source named between two items of a list ("31 of X, according to the department's
figures, along with 19 of Y"; the gap before an item ends on it): no break in the list."""
_THE_FIGURES = compile_narrowed(
    r"\bthe\s+(?:two\s+|three\s+|four\s+|corresponding\s+|same\s+)?(?:figures|numbers|"
    r"totals|counts|tallies)\b",
    re.IGNORECASE,
)
"""The figures of the sentence before, named again: "the two numbers were 27 and 15"."""
"""Between a time and a figure that the time dates: "(in 2023), when (the figure was 33)"."""
_THOSE_YEARS = compile_narrowed(
    r"\s*(?:in|for|over|during)\s+(?:those|these|the|both)\s+(?:two|three|four|\d)?\s*years\b",
    re.IGNORECASE,
)
_PRONOUN_ITEM = compile_narrowed(
    r"\s+(?:of|for)\s+(?P<verb>(?:[a-z]+ly\s+)?[a-z]+ing)\s+(?:them|it)\b", re.IGNORECASE
)


_ITEM_REACH = 400
"""How far after an item the next one may start: its gap, once offences' names, years and
a source's aside are left out, is at most 80 characters (elided_items)."""
_OWN_TIME_GAP = 12
"""How far after an item's figure its own time may start: " in 2022", " since January",
" throughout 2023" (the time may begin after its preposition)."""


@dataclass(frozen=True)
class _Item:
    """A count found in a sentence: its span, number, and what kind of claim it makes."""

    start: int
    end: int
    num_start: int
    num: str
    qualifier: str
    kind: ClaimKind
    rule: str
    unit: str
    scope: str | None
    match: re.Match[str] | None = None
    """The _COUNT match of a count with its own noun; None for an elided list item."""
    period_anchor: int | None = None
    """Where to look for the period, when not at ``start``: "and 84 in the first half"."""
    offences: tuple[str, ...] | None = None
    """The item's offence when its words name it only with a pronoun ("five of illegally
    obtaining them"); else None, and the offences are read around it."""
    period: tuple[dt.date, dt.date] | None = None
    """The item's own period when no time in the text tells it: "and 41 in the second"
    (elided_periods.py)."""


class ListRules(TimeFirstRules):
    """Lists of counts, rises "from X to Y", "respectively", and "all of them"."""

    def _own_time_start(self, after: int) -> int:
        """Where an item's period is read: at the time right after its figure ("..., 22 in
        2022 and 106 in 2023": 2022, not the 2021 of the item before), else at its end."""
        own = [t.start for t in self.times if 0 <= t.start - after <= _OWN_TIME_GAP]
        return own[0] if own else after

    def elided_items(self, head: _Item) -> list[_Item]:
        """The items after ``head`` that leave their noun and verb to it: "... 33 people of
        treason and two of espionage", "... 98 in 2023 and 84 in the first half of 2024"."""
        items: list[_Item] = []
        position = head.end
        after_compared = False  # an item after "almost double the 110 sentenced in 2023"
        after_baseline = False  # an item after "up from 71 in 2024" (a baseline, not an item)
        while True:
            # (an item stands within _ITEM_REACH of the one before: a long run-on sentence
            # is not searched to its end for every count in it)
            reach = position + _ITEM_REACH
            m = _ELIDED_ITEM.search(self.s, position, reach)
            while m is not None and any(o.start <= m.start("num") < o.end for o in self.offences):
                # "Article 275 of the Code": a number inside an offence's name is no item
                m = _ELIDED_ITEM.search(self.s, m.end("num"), reach)
            prep = m.group("prep") if m is not None else None
            if m is not None and prep is None and m.group("when").lower() == "over":
                # "27 cases over calls for sanctions and 61 over participation in X": the
                # item's charge when an offence is named right after "over"
                prep = "over" if self._named_after(m.end()) else None
            if m is None or (after_baseline and not prep):
                break
            gap = self.s[position : m.start()]
            rate = _RATE_ASIDE.search(gap)
            gap = gap if rate is None else gap[: rate.start()]
            if position == head.end and ("%" in gap or "cent" in gap):
                # "..., up 30% on the same half of 2024, and 312 for Y": the change aside
                percent = _PERCENT_ASIDE.search(gap)
                if percent is not None:
                    gap = gap[: percent.start()] + gap[percent.end() :]
            baseline = _BASELINE_BEFORE.search(gap) if position == head.end else None
            if baseline is not None and not after_baseline:
                # the baseline is no item; only an item naming its offence may follow it
                position, after_baseline, after_compared = m.end(), True, True
                continue
            # "..., well above the 37 recorded a year earlier, and 22 of X": an aside
            aside = (
                _COMPARED_ASIDE.search(gap)
                if position == head.end and "," in self.s[m.start() : m.start("num")]
                else None
            )
            compared = aside is not None or after_compared
            # "..., more than twice the 190 convicted in 2023, and 87 of X": the item is a
            # figure compared with (its own period), the items after it keep the count's
            before_compared = _COMPARED_BEFORE.search(gap)
            after_compared = before_compared is not None
            if before_compared is not None:
                gap = gap[: before_compared.start()]
            if aside is not None:
                gap = gap[: aside.start()]
            # the offence names in the gap aside ("of calls against state security and 9")
            blanked = list(gap)
            for o in self.offences:
                if position <= o.start and o.end <= m.start():
                    blanked[o.start - position : o.end - position] = " " * (o.end - o.start)
            bare = _ATTRIBUTION_ASIDE.sub(",", _YEARS.sub("", "".join(blanked)))
            # an article's title in brackets: "63 under Article 275 ('Treason') and 7 ..."
            bare = _TITLE_ASIDE.sub(" ", bare)
            # the length without the offences' names and a source's aside
            if len(" ".join(bare.split())) > 80 or re.search(
                # (nor a clause of its own: "..., in 2024 courts convicted 12 people of X" is
                # a count of its own, not an item left to the count before)
                r"[\d;:()]|\b(?:than|from|to|compared|versus|vs|against|up|down)\b|"
                r"\b(?:courts?|judges?)\s+(?:[\w-]+\s+){0,2}(?:convicted|sentenced|jailed)\b",
                bare,
            ):
                break
            num = m.group("num")
            after = m.end()
            if _is_year_like(num) or _RATE_AFTER.search(self.s[after:]):
                break
            if m.group("verb") and head.kind != "conviction_count":
                # "98 cases were opened and 171 people sentenced": a verb of its own
                break
            if m.group("noun") and head.kind != "case_count":
                break  # "40 people of treason and 12 cases of X": another kind of count
            pronoun: tuple[str, ...] | None = None
            own_period: tuple[dt.date, dt.date] | None = None
            in_cases = False
            if prep:
                rest = self.s[after:]
                # "and 14 of taking part in an undesirable organisation": the offence
                # named in the item's own phrase, before any number or clause break
                named = self._named_after(after)
                if not named:
                    pronoun = self._pronoun_offence(after, m.start())
                if (not named and not pronoun) or re.match(
                    r"\s+(?:of|for)\s+(?:years?|months?)\b", rest
                ):
                    break
            elif not any(0 <= t.start - after <= _OWN_TIME_GAP for t in self.times):
                # "..., and 41 in the second": another quarter or half than the head's
                own_period = ordinal_period(
                    self.s, after, head_time(self.times, head.start, m.start())
                )
                cases = _IN_CASES.match(self.s, after) if own_period is None else None
                # "..., 41 in espionage cases and 17 in cases of sabotage"
                if own_period is None and (
                    cases is None or not self._offences_between(after, cases.end() + 20)
                ):
                    break
                in_cases = own_period is None
            items.append(
                _Item(
                    m.start("num"),
                    m.end("num"),
                    m.start("num"),
                    num,
                    _qualifier_word(m.group("q")),
                    head.kind,
                    head.rule + "+list",
                    head.unit,
                    head.scope,
                    period_anchor=head.start
                    if compared
                    else None
                    if prep or in_cases
                    else self._own_time_start(after),
                    offences=pronoun,
                    period=own_period,
                )
            )
            position = m.end()
        last = _ELIDED_YEAR_FIRST.match(self.s, position)
        chain = self._time_first_chain(position) if last is None else []
        if chain:
            items += [
                _Item(
                    m.start("num"),
                    m.end("num"),
                    m.start("num"),
                    m.group("num"),
                    _qualifier_word(m.group("q")),
                    head.kind,
                    head.rule + "+list",
                    head.unit,
                    head.scope,
                    period_anchor=time_start,
                )
                for m, time_start in chain
            ]
        elif last is None and ("since" in self.folded or " in " in self.folded):
            items += self._elided_time_first(head, position)
        if last is not None and not _is_year_like(last.group("num")):
            items.append(
                _Item(
                    last.start("num"),
                    last.end("num"),
                    last.start("num"),
                    last.group("num"),
                    _qualifier_word(last.group("q")),
                    head.kind,
                    head.rule + "+list",
                    head.unit,
                    head.scope,
                    period_anchor=last.start("y"),
                )
            )
        return items

    def _named_after(self, after: int) -> bool:
        """Whether an offence is named in the item's own phrase after ``after``, before any
        number or clause break."""
        return any(
            0 <= o.start - after <= 45 and not re.search(r"[\d;,]", self.s[after : o.start])
            for o in self.offences
        )

    def _elided_time_first(self, head: _Item, position: int) -> list[_Item]:
        """ "..., and since mobilisation was announced, nearly 39 thousand": the last item,
        its own time first, when that time is one read in the sentence."""
        m = _ELIDED_TIME_FIRST.search(self.s, position, position + _ITEM_REACH)
        if m is None or _is_year_like(m.group("num")):
            return []
        gap = self.s[position : m.start()]
        if len(gap) > 120 or re.search(r"[\d;:()]", _YEARS.sub("", gap)):
            return []  # the count's own words and time only, between it and the item
        time = next(
            (
                t
                for t in self.times
                if t.start == m.start("time")
                and m.end("time") - 12 <= t.end <= m.end("time")
                and t.first is not None
            ),
            None,
        )
        if time is None:
            return []
        item = _Item(
            m.start("num"),
            m.end("num"),
            m.start("num"),
            m.group("num"),
            _qualifier_word(m.group("q")),
            head.kind,
            head.rule + "+list",
            head.unit,
            head.scope,
            period_anchor=time.start,
        )
        return [item]

    def _pronoun_offence(self, after: int, item_start: int) -> tuple[str, ...] | None:
        """ "... convicted of disclosing state secrets and five of illegally obtaining them":
        the item's verb with the object of the offence named before it, or a tail of that
        object ("... about the army and 12 of discrediting it"), if the scheme names that
        wording ("illegally obtaining state secrets", "discrediting the army")."""
        p = _PRONOUN_ITEM.match(self.s, after)
        before = [o for o in self.offences if o.end <= item_start]
        if p is None and before and " one" in self.s[after : after + 40]:
            # "... and 6 of setting one up": the group of the offence named before
            return organising_one(self.s, after, before[-1].slug, self.lexicon)
        if p is None or not before:
            return None
        words = before[-1].text.split()
        # the object after the offence's own verb: "(illegally) obtaining | state secrets"
        verb_at = next((i for i, w in enumerate(words[:2]) if w.lower().endswith("ing")), None)
        if verb_at is None:
            # "... of sabotage and 41 of assisting it": the verb with the offence's labels
            return self._verb_with_offence(p.group("verb").split()[-1], before[-1].slug)
        if verb_at + 1 >= len(words):
            return None
        # the whole object first, then its tails: "spreading false information about the
        # army and 12 of discrediting it" -> "discrediting the army"
        # with its adverb first ("illegally obtaining"), then without it ("repeatedly
        # discrediting it" -> "discrediting the army")
        verbs = dict.fromkeys((p.group("verb"), p.group("verb").split()[-1]))
        for verb in verbs:
            for k in range(verb_at + 1, len(words)):
                wording = f"{verb} {' '.join(words[k:])}"
                found = self.lexicon.find_offences(wording)
                if len(found) == 1 and found[0].start == 0 and found[0].end == len(wording):
                    return (found[0].slug,)
        return None

    def _verb_with_offence(self, verb: str, slug: str) -> tuple[str, ...] | None:
        """The offence the scheme names by ``verb`` and a label of offence ``slug`` ("assisting
        sabotage"), if another one."""
        for label in self.lexicon.concepts[slug].labels:
            wording = f"{verb} {label}"
            found = self.lexicon.find_offences(wording)
            if len(found) == 1 and found[0].end == len(wording) and found[0].slug != slug:
                return (found[0].slug,)
        return None

    def extract_number_list(self) -> None:
        """ "Treason and espionage convictions numbered 14 and 5 respectively"."""
        if self.counts or "respectively" not in self.folded:
            return
        earlier: list[str] = []
        if not _CONVICTION_CUE.search(self.s):
            # "31 of X and 19 of Y in 2024. In 2023 the two numbers were 27 and 15
            # respectively": the offences of the sentence before's counts, in order
            if not _THE_FIGURES.search(self.s):
                return
            earlier = self._offences_counted_before()
            if not earlier:
                return
        m = _NUMBER_LIST.search(self.s)
        if m is None:
            return
        numbers = [
            n
            for n in _LIST_ITEM.finditer(self.s, m.start("list"), m.end("list"))
            if not _is_year_like(n.group("num"))
        ]
        slugs: list[str] = []
        charge = (m.start("charge"), m.end("charge")) if m.group("charge") else (0, 0)
        for o in self.offences:
            if (o.start < m.start() or charge[0] <= o.start < charge[1]) and o.slug not in slugs:
                slugs.append(o.slug)
        if earlier:
            if slugs or len(numbers) != len(earlier):
                return
            slugs = earlier
        if len(slugs) == 1 and len(numbers) >= 2:
            # "Convictions for X were 4 and 7 respectively in 2023 and 2024": one offence,
            # one period per number
            self._respective_periods(m, numbers, slugs[0])
            return
        if len(numbers) < 2 or len(numbers) != len(slugs):
            return
        unit = "people" if _PEOPLE.search(self.s) else "verdicts"
        for n, slug in zip(numbers, slugs, strict=True):
            self._respective_count(n, slug, unit, None)

    def _offences_counted_before(self) -> list[str]:
        """The offences of the sentence just before's conviction counts, one each, in text
        order; empty unless every such count has exactly one offence of its own."""
        before = [
            d
            for d in self.state.drafts[-8:]
            if d.sentence_index == self.index - 1
            and d.kind in {"conviction_count", "case_count"}
            and not d.rule.endswith("baseline")
        ]
        if any(d.kind != "conviction_count" or len(d.offences) != 1 for d in before):
            return []
        slugs = [d.offences[0] for d in sorted(before, key=lambda d: d.anchor)]
        return slugs if len(set(slugs)) == len(slugs) else []

    def _respective_count(
        self, n: re.Match[str], slug: str, unit: str, period: tuple[dt.date, dt.date] | None
    ) -> None:
        """One number that "respectively" pairs with an offence (and a period, if given)."""
        count = _int_number(n.group("num"))
        if count is None:
            return
        draft = self._draft("conviction_count", "count.respectively", n.start("num"))
        self._finish_count(
            draft, (slug,), n.start("num"), _qualifier_word(n.group("q")), count, unit, None
        )
        if period is None:
            # "... were 14 and 3 respectively in 2016": the time right after "respectively"
            after = _RESPECTIVELY.search(self.s, n.end())
            period = self._time_right_after(after.end()) if after is not None else None
        if period is not None:
            draft.period = period
        self.used.append((n.start(), n.end()))
        self.counts.append(draft)

    def _respective_periods(
        self, m: re.Match[str], numbers: list[re.Match[str]], slug: str
    ) -> None:
        """The periods "respectively" pairs with the numbers: the years after it ("in 2023
        and 2024"), or for "in those two years" the periods of the sentence before's counts."""
        periods: list[tuple[dt.date, dt.date]] = [
            (t.first, t.last)
            for t in self.times
            if t.start >= m.end("list")
            and t.role == "period"
            and t.first is not None
            and t.last is not None
        ]
        if not periods and _THOSE_YEARS.search(self.s, m.end("list")):
            for d in self.state.drafts_since(self.index - 1):
                if (
                    d.sentence_index == self.index - 1
                    and d.period is not None
                    and d.kind == "conviction_count"
                    and d.period not in periods
                ):
                    periods.append(d.period)
            periods.sort()
        if len(periods) != len(numbers):
            return
        unit = "people" if _PEOPLE.search(self.s) else "verdicts"
        for n, period in zip(numbers, periods, strict=True):
            self._respective_count(n, slug, unit, period)
