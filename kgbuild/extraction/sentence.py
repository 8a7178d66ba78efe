"""The per-sentence rule runner: recognisers run once, helpers the rules share."""

from __future__ import annotations

import datetime as dt

from kgbuild.claims import ClaimKind
from kgbuild.extraction.changes import (
    _COMPARATIVE_CUE,
    _COMPARISON,
    _COMPARISON_GATE,
    _find_changes,
)
from kgbuild.extraction.drafts import _Draft, _drop_purpose, _State, _unique
from kgbuild.extraction.grammar_en import _ANAPHORIC_CHARGE, _find_attribution
from kgbuild.extraction.periods import _find_times, _nearest, _Time
from kgbuild.lexicon import Lexicon, OffenceMatch, fold


class SentenceBase:
    """One sentence with its recognised parts (offences, times, changes, attribution) and the
    helpers the rule families share; the rules append drafts to the document state."""

    def __init__(
        self, sentence: str, offset: int, index: int, state: _State, lexicon: Lexicon
    ) -> None:
        self.s = sentence
        self.offset = offset
        self.index = index
        self.state = state
        self.lexicon = lexicon
        # Folded once for every literal gate of this sentence (see _TIME_GATES).
        self.folded = folded = fold(sentence)
        self.offences = _drop_purpose(sentence, lexicon.find_offences(sentence, folded))
        self.changes = _find_changes(sentence, folded)
        baseline_spans = [h.baseline_span for h in self.changes if h.baseline_span is not None]
        self.comparisons = (
            [b for b in _COMPARISON.finditer(sentence) if _COMPARATIVE_CUE.match(b.group(0))]
            if _COMPARISON_GATE.search(folded)
            else []
        )
        baseline_spans += [(b.start(), b.end()) for b in self.comparisons]
        times = _find_times(sentence, state.time, folded)
        self.times = [
            _Time(t.start, t.end, t.first, t.last, t.precision, t.explicit_year, "baseline")
            if any(s <= t.start and t.end <= e for s, e in baseline_spans)
            else t
            for t in times
        ]
        self.used: list[tuple[int, int]] = []
        self.counts: list[_Draft] = []
        self.attribution = _find_attribution(sentence, folded)

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

    def _period(self, anchor: int) -> tuple[dt.date, dt.date] | None:
        t = _nearest(self.times, anchor, ("period",))
        if t is not None and t.first is not None and t.last is not None:
            return t.first, t.last
        if self.state.report_year is not None:
            y = self.state.report_year
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        for previous in reversed(self.state.drafts):
            if previous.kind in {"conviction_count", "case_count"} and previous.period:
                return previous.period
        return None

    def _offences_between(self, start: int, end: int) -> list[OffenceMatch]:
        return [m for m in self.offences if m.start >= start and m.start < end]

    def _count_offences(self, anchor: int, next_anchor: int) -> tuple[str, ...]:
        if self.offences:
            segment = self._offences_between(anchor, next_anchor)
            if not segment:
                segment = [m for m in self.offences if m.start >= anchor]
            if not segment:
                segment = [m for m in self.offences if m.start < anchor]
            return _unique([m.slug for m in segment])
        if _ANAPHORIC_CHARGE.search(self.s):
            return self.state.previous_offences
        return ()

    def _finish_count(
        self,
        draft: _Draft,
        offences: tuple[str, ...],
        anchor: int,
        qualifier: str,
        count: int,
        unit: str,
        scope: str | None,
    ) -> _Draft:
        draft.offences = offences
        draft.articles = self.lexicon.articles_for(offences)
        draft.count = count
        draft.qualifier = qualifier
        draft.unit = unit
        draft.scope = scope
        draft.period = self._period(anchor)
        draft.reported_by = self.attribution or self._carried_attribution()
        return draft

    def _carried_attribution(self) -> str | None:
        """The source of the latest figure, if it came at most five sentences ago."""
        for previous in reversed(self.state.drafts):
            if previous.kind in {"conviction_count", "case_count"}:
                if self.index - previous.sentence_index <= 5:
                    return previous.reported_by
                return None
        return None

    # -- counts ------------------------------------------------------------------------
