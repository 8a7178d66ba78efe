"""The per-sentence rule runner: recognisers run once, helpers the rules share."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cached_property
from typing import Final

from kgbuild.claims import ClaimKind
from kgbuild.extraction.changes import (
    _COMPARATIVE_CUE,
    _COMPARISON,
    _COMPARISON_GATE,
    _ChangeHit,
    _find_changes,
)
from kgbuild.extraction.drafts import _Draft, _named_offences, _State
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en import _counts
from kgbuild.extraction.grammar_en_attribution import _find_attribution
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, number_starts
from kgbuild.extraction.periods import _find_times, _Time
from kgbuild.extraction.text import _DATELINE
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import Lexicon, OffenceMatch, fold

_ENACTED_BEFORE = compile_narrowed(
    r"(?:,\s*(?:an?\s+[\w-]+\s+)?|\b(?:which|that)\s+(?:[\w-]+\s+){0,2}?)"
    r"(?:created|introduced|appeared|adopted|enacted|added|amended|toughened|tightened|"
    r"expanded|broadened|widened|signed|passed|came\s+into\s+(?:force|effect)|"
    r"took\s+effect|entered\s+into\s+force)\b[^,;.\d]{0,40}$",
    re.IGNORECASE,
)
_ENACTED_GATE: Final = (
    *("creat", "introduc", "appear", "adopt", "enact", "added", "amend", "tough", "tighten"),
    *("expand", "broaden", "widen", "signed", "passed", "into force", "into effect", "effect"),
)
"""A piece of every verb of _ENACTED_BEFORE, in `fold`ed text: its gate."""
"""Before a time that dates an offence's creation in a relative or appositive clause, not
the period of a count: "..., an offence created in July 2022", "an article that only
appeared in the Criminal Code in July 2022" (the time's role is then "enacted")."""


_COMPARED_ONLY = compile_narrowed(
    r"\b(?:more|fewer|less|higher|lower|greater)\s+than\s+(?:in\s+|during\s+|over\s+)?$",
    re.IGNORECASE,
)
"""Before a time that only a comparison without a figure of its own refers to: "402 were
convicted, about 40% more than a year earlier" (a baseline, not the count's period)."""
_CHANGED_FROM = compile_narrowed(
    r"\b(?:up|down|rose|risen|rising|increased?|increasing|fell|fallen|falling|declined?|"
    r"declining|grew|grown|growing|jumped|dropped|climbed|doubled|tripled|halved)\b"
    r"[^.;]{0,30}?\bfrom\s+(?:in\s+|during\s+)?$",
    re.IGNORECASE,
)
"""Before a time a change is told from: "340 were convicted, up by double digits from
2023" (a baseline; the count's period is the one in context)."""
_CHANGED_FROM_GATE: Final = ("from",)
_SUPERLATIVE_SINCE = compile_narrowed(
    r"\b(?:first|biggest|largest|sharpest|steepest|highest|lowest|most|fewest|smallest|"
    r"worst|any)\b(?:\s+[\w-]+){0,4}?\s+$",
    re.IGNORECASE,
)
"""Before a time a superlative is measured over, not the period of a count: "fell to 58,
the first year-on-year decline since the invasion", "more than in any full year since 2015",
"the highest quarterly total since 2022"."""
_FROM_FIGURE = compile_narrowed(
    rf"\bfrom\s+(?:just\s+|only\s+)?(?:{_QUAL}\s+)?(?:{NUMBER_PATTERN})\s+$", re.IGNORECASE
)
"""Before the time of a figure a count changed from: "fell to 58 from 84 a year earlier"
(a baseline; the count's period is the sentence's other one)."""
_AGAINST_FIGURE = compile_narrowed(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:[\w-]+\s+){0,4}?"
    r"\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s+(?:in\s+|during\s+|for\s+)?$",
    re.IGNORECASE,
)
_AGAINST_GATE: Final = ("against", "versus", "vs", "compared")
"""Before the time of a figure compared with: "177 were convicted of treason, against a
share of 68% in 2024" (a baseline; the count's period is the one in context)."""
_YEARS_FIGURE_AFTER = compile_narrowed(
    r"(?:'s|’s)?\s+(?:figure|total|tally|level|number|count)s?\b", re.IGNORECASE
)
_THE_BEFORE = compile_narrowed(
    r"\b(?:double|twice|triple|treble|half|times|than|with|to|against|versus|vs\.?|on|over|"
    r"above|below|from|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+the\s+$",
    re.IGNORECASE,
)
"""Around a year that names another figure: "almost double the 2023 figure of 329" (a
baseline; the count's period is the one in context)."""
_FIGURE_FOR_BEFORE = compile_narrowed(
    r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outstrip(?:s|ped|ping)?|"
    r"top(?:s|ped|ping)?|beat(?:s|ing)?|eclips(?:es|ed|ing)|match(?:es|ed|ing)?|"
    r"equal(?:s|led|ed|ling|ing)?|than|above|below|double|twice|triple|treble|times|"
    r"compared\s+(?:with|to)|versus|vs\.?|against)\s+"
    r"(?:the|that|its)\s+(?:[\w-]+\s+)?(?:figure|total|tally|level|number|count)s?\s+"
    r"(?:for|of|in|recorded\s+in|seen\s+in)\s+"
    r"(?:(?:all|the\s+whole|the\s+entire|the\s+full)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_FIGURE_FOR_GATE: Final = ("figure", "total", "tally", "level", "number", "count")
_WHEN_AFTER = re.compile(r"(?:,\s*|\s+[—–]\s+)when\b", re.IGNORECASE)
"""After a time the figures of a relative clause belong to: "compared with 2021, when 16
people were convicted" (the time stays their period, not a baseline)."""
"""Before a time another figure is told for: "224 convictions in six months, more than the
total for all of 2023" (a baseline; the count's period is its own or the one in context)."""


class SentenceBase:
    """One sentence with its recognised parts (offences, times, changes, attribution) and the
    helpers the rule families share; the rules append drafts to the document state."""

    def __init__(
        self,
        sentence: str,
        offset: int,
        index: int,
        state: _State,
        lexicon: Lexicon,
        folded: str | None = None,
    ) -> None:
        self.s = sentence
        self.offset = offset
        self.index = index
        self.state = state
        self.lexicon = lexicon
        # Folded once for every literal gate of this sentence (see _TIME_GATES).
        self.folded = folded = fold(sentence) if folded is None else folded
        # The year the text was on before this sentence ("2024 was a record year. ...").
        self.year_before = state.time.context_year
        # Times move the document's time context ("that year"): read in every sentence.
        self._raw_times = _find_times(sentence, state.time, folded)
        self.used: list[tuple[int, int]] = []
        self.counts: list[_Draft] = []

    @cached_property
    def offences(self) -> list[OffenceMatch]:
        """The offences the sentence names. Read only when a rule has matched: most
        sentences that pass the gates give no claim."""
        return _named_offences(self.s, self.lexicon, self.folded)

    @cached_property
    def count_matches(self) -> list[re.Match[str]]:
        """_COUNT's matches ("145 Russian citizens"), shared by the count rules."""
        return list(_counts(self.s, self.folded, self.number_starts))

    @cached_property
    def number_starts(self) -> Sequence[int]:
        """Where a number (or "from" before a range) can begin: the patterns that open
        with one are tried only there (gates.finditer_at)."""
        return number_starts(self.s, self.folded)

    @cached_property
    def changes(self) -> list[_ChangeHit]:
        return _find_changes(self.s, self.folded)

    @cached_property
    def comparisons(self) -> list[re.Match[str]]:
        if not _COMPARISON_GATE.search(self.folded):
            return []
        return [b for b in _COMPARISON.finditer(self.s) if _COMPARATIVE_CUE.match(b.group(0))]

    @cached_property
    def times(self) -> list[_Time]:
        """The time expressions, those inside a comparison marked as baselines."""
        spans = [h.baseline_span for h in self.changes if h.baseline_span is not None]
        spans += [(b.start(), b.end()) for b in self.comparisons]
        times: list[_Time] = []
        # "MOSCOW, March 3. /TASS/. ...": the dateline's day is when the report came out,
        # not a period of its figures ("... 71 people ... last year")
        dateline = _DATELINE.match(self.s) if "," in self.s[:34] else None
        for t in self._raw_times:
            role = t.role
            if dateline is not None and t.end <= dateline.end() and role == "period":
                role = "report"
            elif role == "period" and "when" in self.folded and _WHEN_AFTER.match(self.s, t.end):
                pass  # "compared with 2021, when 16 were convicted": 16's period
            elif (
                any(s <= t.start and t.end <= e for s, e in spans)
                or (
                    role == "period"
                    and "than" in self.folded
                    and _COMPARED_ONLY.search(self.s, max(0, t.start - 30), t.start)
                )
                or (
                    role == "period"
                    and _gate_open(_CHANGED_FROM_GATE, self.folded)
                    and _CHANGED_FROM.search(self.s, max(0, t.start - 60), t.start)
                )
                or (
                    role == "period"
                    and _gate_open(_CHANGED_FROM_GATE, self.folded)
                    and _FROM_FIGURE.search(self.s, max(0, t.start - 40), t.start)
                    # "rose to 205, from 164 in the second quarter" is read by the baseline
                    # rule with its own time (baselines.py)
                    and not self.s.startswith(("in ", "during ", "over ", "for "), t.start)
                )
                or (
                    role == "period"
                    and _gate_open(_AGAINST_GATE, self.folded)
                    and _AGAINST_FIGURE.search(self.s, max(0, t.start - 60), t.start)
                )
                or (
                    role == "period"
                    and _YEARS_FIGURE_AFTER.match(self.s, t.end)
                    and _THE_BEFORE.search(self.s, max(0, t.start - 20), t.start)
                )
                or (
                    role == "period"
                    and _gate_open(_FIGURE_FOR_GATE, self.folded)
                    and _FIGURE_FOR_BEFORE.search(self.s, max(0, t.start - 70), t.start)
                )
            ):
                role = "baseline"
            elif (
                role == "period"
                and _gate_open(_ENACTED_GATE, self.folded)
                and _ENACTED_BEFORE.search(self.s, 0, t.start)
            ):
                role = "enacted"
            elif (
                role == "period"
                and "since" in self.folded
                and self.s.startswith(("since", "Since"), t.start)
                # not "the first such sentences since the penalty was introduced in 2023"
                and not _gate_open(_ENACTED_GATE, fold(self.s[t.start : t.end]))
                and _SUPERLATIVE_SINCE.search(self.s, max(0, t.start - 60), t.start)
            ):
                role = "baseline"
            times.append(_Time(t.start, t.end, t.first, t.last, t.precision, t.explicit_year, role))
        return _without_restated_year(self.s, times)

    @property
    def offences_read(self) -> bool:
        """Whether a rule needed the offences (else they are left for a reference back)."""
        return "offences" in self.__dict__

    @cached_property
    def attribution(self) -> str | None:
        """Who the sentence says reported its figures ("according to OVD-Info")."""
        return _find_attribution(self.s, self.folded)

    # -- helpers -----------------------------------------------------------------------

    def _free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.used)

    def _draft(self, kind: ClaimKind, rule: str, anchor: int) -> _Draft:
        return _Draft(
            kind=kind,
            start=self.offset,
            end=self.offset + len(self.s),
            anchor=self.offset + anchor,
            rule=rule,
            sentence_index=self.index,
        )

    def _offences_between(self, start: int, end: int) -> list[OffenceMatch]:
        return [m for m in self.offences if m.start >= start and m.start < end]


_TO_A_POINT = compile_narrowed(r"(?:by|through|thru|to|until|till|as\s+(?:of|at))\b", re.IGNORECASE)
"""How a span to a point of the year opens ("by the end of September", "as of 1 October"),
not a part of it with a name ("the first half of 2024")."""
_THIS_YEAR = compile_narrowed(r"(?:so\s+far\s+)?(?:this|the\s+current)\s+year", re.IGNORECASE)


def _without_restated_year(sentence: str, times: list[_Time]) -> list[_Time]:
    """The times, "this year" no period where a span from the year's start to a month or
    day of it says how much of the year ("By the end of September, courts had convicted
    118 people of treason this year": January to September, not the whole year)."""
    spans = [
        t
        for t in times
        if t.role == "period"
        and t.first is not None
        and t.last is not None
        and (t.first.month, t.first.day) == (1, 1)
        and t.first < t.last < dt.date(t.first.year, 12, 31)
        and _TO_A_POINT.match(sentence, t.start)
    ]
    if not spans:
        return times
    return [
        _Time(t.start, t.end, t.first, t.last, t.precision, t.explicit_year, "restated")
        if t.role == "period"
        and t.first is not None
        and (t.first.month, t.first.day) == (1, 1)
        and t.last == dt.date(t.first.year, 12, 31)
        and any(u.first is not None and u.first.year == t.first.year for u in spans)
        and _THIS_YEAR.fullmatch(sentence, t.start, t.end)
        else t
        for t in times
    ]
