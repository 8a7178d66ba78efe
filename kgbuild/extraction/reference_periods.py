"""References back for periods: the period a count with no time of its own takes from
the sentences before ("over those six months", "in the same year", "a year earlier the
figure for the same months", the period the sentence just before named), and a part of a
group counted over that group's period."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN
from kgbuild.extraction.periods import _nearest, _shift_year, _Time
from kgbuild.extraction.sentence import SentenceBase
from kgbuild.fastre import compile_narrowed

_PARTITIVE_BACK = compile_narrowed(
    rf"\bof\s+(?:these|those|them)\s*,\s*(?:{_QUAL}\s+)?(?!one\b)(?:{NUMBER_PATTERN})|"
    rf"(?<!\w)(?!one\b)(?:{NUMBER_PATTERN})\s+of\s+(?:these|those|them)\b",
    re.IGNORECASE,
)
"""A part of a group the sentence before counted or named: "Of these, 31 were convicted",
"Courts have convicted 23 of them" (its offence and period come from that sentence)."""
_PERIOD_REFERENCE = compile_narrowed(
    r"\b(?:over|in|during|for|within)\s+(?:those|these|that|this|the\s+same)\s+"
    r"(?:(?:[\w-]+\s+)?(?:months|weeks)|period|time|half(?:-year)?|quarter|stretch)\b"
    r"(?!\s+(?:of|in|last|a\s+year)\b)",
    re.IGNORECASE,
)
"""A time that refers to the period of the main figure before."""
_SAME_PERIOD_OF = compile_narrowed(
    # "in the same period of 2023", "during the same period last year"
    r"\bsame\s+(?:period|months?|time|half(?:-year)?|quarter|stretch)\s+(?:(?:of|in)\s+)?$",
    re.IGNORECASE,
)
_YEAR_EARLIER = compile_narrowed(
    r"\b(?:a\s+year\s+(?:earlier|before)|the\s+year\s+before|"
    r"the\s+(?:previous|preceding|prior)\s+year)\b",
    re.IGNORECASE,
)
_COMPARED = compile_narrowed(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|as\s+against)\b",
    re.IGNORECASE,
)
"""Before the figure a count is compared with ("up from 160 in the first quarter of 2024")."""
_YEARLESS_PART = compile_narrowed(
    r"\b(?:in|during|over|for|from)\s+the\s+(?:(?P<half>first|second)\s+half|first\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months)\b"
    r"(?!\s+of\b|\s+(?:a|last|this|next)\s+year)",
    re.IGNORECASE,
)
"""A part of a year with no year after it: "in the first half", "in the first six months"."""
_PUBLISHED_ON = compile_narrowed(
    r"\b(?:(?:published|released|issued|posted|unveiled|made\s+public)\s+"
    r"(?:(?:by|from)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,5}?)?(?:on|in)|dated)\s+$",
    re.IGNORECASE,
)
"""Before the day or month a report came out ("statistics published by the Judicial
Department on July 23 show ...", "data released on Monday"): no period of a figure."""
_PUBLISHED_GATE = ("published", "released", "issued", "posted", "unveiled", "made public", "dated")
_AS_OF = compile_narrowed(r"\bas\s+(?:of|at|on)\s+$", re.IGNORECASE)
_BEFORE_OWN_TIME = re.compile(r"\s*,?\s*(?:(?:in|for|during|over|throughout)\s+)?", re.IGNORECASE)
"""Between a word and the time right after it: "respectively in 2016"."""
"""Before the day a cumulative figure is told as of ("As of October 1, courts had convicted
412 people of treason this year"): the end of the figure's period, no period itself."""
_AND_CLAUSE = compile_narrowed(r",\s+and\s+(?:(?:a\s+further|another)\s+)?$")
"""Right before a figure opening a clause of its own: ", and 12 people were ..."."""
_CLAUSE_END = compile_narrowed(r"[;:]|,\s+(?:and|while|but|whereas)\s|\.\s")
_MONTH_COUNTS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
}
_SAME_YEAR = compile_narrowed(r"(?:in\s+)?(?:the\s+same|that)\s+year", re.IGNORECASE)
_PERFECT = compile_narrowed(
    r"\b(?:have|has)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:been|[a-z]+ed|found|given|handed|"
    r"brought|sent|put)\b|\bstands?\s+at\b",
    re.IGNORECASE,
)
"""A present perfect ("have been convicted", "have now convicted") or a present tally
("convictions this year stand at 64"): a count to date."""


class PeriodReferences(SentenceBase):
    """The period a sentence takes from its context (see the module)."""

    year_back = False
    """Set when a figure took the main figure's months a year back ("A year earlier the
    figure for the same months had been 101"): a figure to compare with."""

    def _period(self, anchor: int) -> tuple[dt.date, dt.date] | None:
        period = self._period_told(anchor)
        if period is None or "as " not in self.folded:
            return period
        as_of = self._as_of_day()
        if as_of is not None and period[0] < as_of < period[1]:
            # "As of October 1, ... this year": the year up to that day
            return period[0], as_of
        return period

    def _time_right_after(self, position: int) -> tuple[dt.date, dt.date] | None:
        """The period of a time that follows ``position`` with only a preposition between
        ("... as compared to 14 and 3 respectively in 2016": 2016, not the nearer "last
        year" before the figures)."""
        for t in self.times:
            if (
                t.start >= position
                and t.role in {"period", "baseline"}  # the compared figures' own time
                and t.first is not None
                and t.last is not None
                and _BEFORE_OWN_TIME.fullmatch(self.s, position, t.start)
            ):
                return self._same_period(t) or (t.first, t.last)
        return None

    def _as_of_day(self) -> dt.date | None:
        for t in self.times:
            if t.precision == "day" and _AS_OF.search(self.s, max(0, t.start - 10), t.start):
                return t.first
        return None

    def _period_told(self, anchor: int) -> tuple[dt.date, dt.date] | None:
        if "those" in self.folded or "same" in self.folded or "that" in self.folded:
            ref = _PERIOD_REFERENCE.search(self.s)
            if ref is not None:
                earlier = next(
                    (
                        d
                        for d in self.counts
                        if d.period is not None
                        and not d.comparison
                        and not d.rule.endswith(".baseline")
                        and d.anchor - self.offset < min(anchor, ref.start())
                    ),
                    None,
                )
                if earlier is not None and earlier.period is not None:
                    back = _YEAR_EARLIER.search(self.s, earlier.anchor - self.offset, ref.start())
                    if back is not None:
                        # "... to 214; a year earlier the figure for the same months was
                        # 153": that figure's months, a year back
                        self.year_back = True
                        began, ended = earlier.period
                        return _shift_year(began, -1), _shift_year(ended, -1)
                    # "1,214 desertion convictions for 2025 alone, a number that does not
                    # include the 8,900 convicted of going AWOL over the same months": the
                    # period of the figure this sentence gave before
                    return earlier.period
            if ref is not None and not any(
                t.explicit_year is not None
                and t.role == "period"
                and not self._compared_after(anchor, ref.end(), t)
                for t in self.times
            ):
                # "Treason convictions over those six months numbered 31": the period of
                # the text's main figure
                main = self._main_period()
                if main is not None and _YEAR_EARLIER.search(self.s, 0, ref.start()) is not None:
                    # "A year earlier the figure for the same months had been 101": the
                    # main figure's months, a year back (not "..., compared with 12 a year
                    # earlier", a baseline after the reference)
                    self.year_back = True
                    return _shift_year(main[0], -1), _shift_year(main[1], -1)
                if main is not None:
                    return main
                previous = self.state.previous_period
                if previous is not None and self.index - previous[0] == 1:
                    # "The FSB detained 134 people in the first quarter. Investigators
                    # opened 212 cases over the same three months": no count before, the
                    # period the sentence before named
                    return previous[1], previous[2]
        t = _nearest(self._times_of_stretch(anchor), anchor, ("period",))
        if "first" in self.folded or "second" in self.folded:
            part = self._yearless_part(anchor, t)
            if part is not None:
                first, last = part
                return (first, last) if first is not None and last is not None else None
        if (
            t is None
            and self.state.published is None
            and any(u.role == "period" and u.first is None for u in self.times)
        ):
            # "Last year, 19 people were sentenced" in a text with no known date: the
            # sentence names its own period, which cannot be resolved; not the period of
            # the sentence before (README: relative periods stay unresolved)
            return None
        if t is not None and t.first is not None and t.last is not None:
            same = self._same_period(t)
            if same is not None:
                return same
            published = self.state.published
            if (
                published is not None
                and t.first.year == published.year
                and t.last > published
                and (
                    self.s[t.start : t.end].lower() == "this year"
                    or (t.precision == "year" and t.explicit_year == published.year)
                )
                and _PERFECT.search(self.s)
            ):
                # "Eight people have been convicted this year", "... have opened more than
                # 200 cases in 2025" (in a text of 2025): the year to date
                return t.first, published
            if t.precision == "year" and _SAME_YEAR.fullmatch(self.s, t.start, t.end):
                # "In the same year ...": the year of the text's main figure, not of a
                # baseline the sentence before compared it with
                main = self._main_period()
                if main is not None and main[0].year == main[1].year:
                    y = main[0].year
                    return dt.date(y, 1, 1), dt.date(y, 12, 31)
            return t.first, t.last
        previous = self.state.previous_period
        if (
            previous is not None
            and self.index - previous[0] <= 2
            and not any(t.role == "period" for t in self.times)
            and self._part_of_uncounted_group()
        ):
            # "At least 64 people have been charged since the start of 2025. Courts have
            # convicted 23 of them": the part is counted over the group's period, to date
            published = self.state.published
            if published is not None and previous[1] <= published < previous[2]:
                return previous[1], published
            return previous[1], previous[2]
        if self.state.report_year is not None:
            y = self.state.report_year
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        main = self._main_period()
        if (
            main is None
            and previous is not None
            and self.index - previous[0] == 1
            and not any(t.role == "period" for t in self.times)
        ):
            # "Courts sentenced more civilians for extremism in the first half of 2024.
            # By the portal's count, 340 were convicted of it, up from 2023": no figure
            # before, no period of its own: the period the sentence just before named
            return previous[1], previous[2]
        if main is None and self.year_before is not None:
            # "2024 was a record year ... By their count, courts issued 196 verdicts under
            # the article", "The court statistics for 2024 came out this week. Treason
            # verdicts climbed to 171": a count with no time of its own and no figure
            # before it takes the year the text is on
            y = self.year_before
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        return main

    def _times_of_stretch(self, anchor: int) -> list[_Time]:
        """The times on ``anchor``'s side of every ";" (all of them if that side has none):
        "In 2024, 214 ... and 97 of Y; a year earlier the figures were ..." dates 97 by
        2024, not by the time across the semicolon. The day or month a report came out
        (_PUBLISHED_ON) is left out."""
        times = self.times
        if any(w in self.folded for w in _PUBLISHED_GATE):
            times = [
                t
                for t in times
                if t.precision not in {"day", "month"}
                or _PUBLISHED_ON.search(self.s, max(0, t.start - 80), t.start) is None
            ]
        if len(times) >= 2 and "as " in self.folded:
            # "As of November 1, 2025, 640 people had been convicted since ...": the day a
            # figure is told as of is no period of it while the sentence tells another
            others = [
                t
                for t in times
                if t.precision != "day"
                or _AS_OF.search(self.s, max(0, t.start - 10), t.start) is None
            ]
            if any(t.role == "period" and t.first is not None for t in others):
                times = others
        if len(times) >= 2 and ", and " in self.s:
            # "63 people of treason in 2024, and 12 people were convicted of it in 2023":
            # a clause's own time after its figure, with no comparison between
            joined = _AND_CLAUSE.search(self.s, max(0, anchor - 12), anchor)
            if joined is not None:
                clause_end = _CLAUSE_END.search(self.s, anchor)
                end = clause_end.start() if clause_end is not None else len(self.s)
                own = [
                    t
                    for t in times
                    if anchor < t.start
                    and t.end <= end
                    and t.role == "period"
                    and t.first is not None
                    and _COMPARED.search(self.s, anchor, t.start) is None
                ]
                if own:
                    return own
        if ";" not in self.s or len(times) < 2:
            return times
        left = self.s.rfind(";", 0, anchor) + 1
        right = self.s.find(";", anchor)
        right = len(self.s) if right < 0 else right
        own = [t for t in times if left <= t.start and t.end <= right]
        return own if any(t.role == "period" and t.first is not None for t in own) else times

    def _yearless_part(
        self, anchor: int, t: _Time | None
    ) -> tuple[dt.date | None, dt.date | None] | None:
        """A part of a year told with no year ("in the first half", "in the first six
        months") nearer the count at ``anchor`` than the time ``t``: those months of the
        year ``t`` names, else of the year the text is on, else of the year of publication
        if they are over, else unknown (None, None); None when there is no such part (the
        time finder reads none of them)."""
        parts = [
            m
            for m in _YEARLESS_PART.finditer(self.s)
            if not any(u.start <= m.start() < u.end for u in self.times)
        ]
        if not parts:
            return None
        m = min(parts, key=lambda m: abs(m.start() - anchor))
        if t is not None and abs(t.start - anchor) < abs(m.start() - anchor):
            return None
        if m.group("half"):
            months = (1, 6) if m.group("half").lower() == "first" else (7, 12)
        else:
            n = _MONTH_COUNTS.get(m.group("n").lower()) or int(m.group("n"))
            months = (1, n)
        year = None
        if t is not None and t.precision == "year" and t.first is not None:
            year = t.first.year
        elif self.year_before is not None:
            year = self.year_before  # "In 2023 ... In the first half, ..."
        elif self.state.published is not None:
            year = self.state.published.year
        if year is None:
            return None, None
        first = dt.date(year, months[0], 1)
        last = dt.date(year + months[1] // 12, months[1] % 12 + 1, 1) - dt.timedelta(days=1)
        published = self.state.published
        if t is None and published is not None and last > published:
            return None, None
        return first, last

    def _compared_after(self, anchor: int, ref_end: int, t: _Time) -> bool:
        """Whether ``t`` is the time of a figure compared with the one at ``anchor``, told
        after it and after the reference: "212 cases over the same three months, up from 160
        in the first quarter of 2024" (the reference is the 212's time, not 2024's)."""
        start = max(anchor, ref_end)
        return t.start > start and _COMPARED.search(self.s, start, t.start) is not None

    def _same_period(self, t: _Time) -> tuple[dt.date, dt.date] | None:
        """ "In the same period of 2023": the months of the text's main figure, in the year
        ``t`` names (None unless ``t`` is a year after "the same period of")."""
        if (
            t.precision != "year"
            or t.first is None
            or not _SAME_PERIOD_OF.search(self.s, max(0, t.start - 40), t.start)
        ):
            return None
        main = self._main_period()
        if main is None or main[0].year != main[1].year:
            return None
        shift = t.first.year - main[0].year
        return _shift_year(main[0], shift), _shift_year(main[1], shift)

    def _main_period(self) -> tuple[dt.date, dt.date] | None:
        """The period of the latest count before, a baseline ("compared with 44 in 2022",
        "in the same period of 2023 ...") aside: the period a text goes on with. A count
        earlier in this sentence counts too ("112 in the first half of 2025, ... the same
        period of 2024, when the figure stood at 84")."""
        for previous in itertools.chain(reversed(self.counts), reversed(self.state.drafts)):
            if previous.rule.endswith(".baseline") or previous.comparison:
                continue
            if previous.kind in {"conviction_count", "case_count"} and previous.period:
                return self._whole_of(previous) or previous.period
        return None

    def _whole_of(self, part: _Draft) -> tuple[dt.date, dt.date] | None:
        """The period of an earlier count of the same sentence and offences whose period holds
        ``part``'s: "more than 20,000 since the start of 2022; 9,870 of those in 2024
        alone" (the span a later "over the same period" means); of the sentence before for
        a part told with a verb of its own ("... 1,012 sentences ... Of those, 312 were
        passed in 2025 alone")."""
        if part.period is None:
            return None
        first, last = part.period
        back = 1 if part.rule == "count.period-part" else 0
        for d in self.state.drafts_since(part.sentence_index - back):
            if d is part or d.anchor >= part.anchor or d.period is None:
                continue
            if not 0 <= part.sentence_index - d.sentence_index <= back:
                continue
            if d.offences != part.offences:
                continue
            if d.period[0] <= first and last <= d.period[1] and d.period != part.period:
                return d.period
        return None

    def _part_of_uncounted_group(self) -> bool:
        """A count of part of a group the sentence before named without convicting it:
        "The FSB detained 96 people on suspicion of espionage. Of these, 31 were convicted"
        (not "Twelve men were jailed ... Nine of them were given 14 to 19 years": a part of
        people convicted already is no new conviction count)."""
        if _PARTITIVE_BACK.search(self.s) is None:
            return False
        return not any(
            d.sentence_index == self.index - 1 and d.kind == "conviction_count"
            for d in self.state.drafts[-8:]
        )
