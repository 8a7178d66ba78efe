"""The per-sentence rule runner: recognisers run once, helpers the rules share."""

from __future__ import annotations

from kgbuild.claims import ClaimKind
from kgbuild.extraction.changes import (
    _COMPARATIVE_CUE,
    _COMPARISON,
    _COMPARISON_GATE,
    _find_changes,
)
from kgbuild.extraction.drafts import _Draft, _drop_purpose, _State, _unique
from kgbuild.extraction.grammar_en import _find_attribution
from kgbuild.extraction.periods import _find_times, _Time
from kgbuild.extraction.references import ReferenceRules
from kgbuild.lexicon import Lexicon, OffenceMatch, fold


class SentenceBase(ReferenceRules):
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
        return self._referenced_offences()

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
