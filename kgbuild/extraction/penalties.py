"""Statutory penalty ranges and enactments."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft, _drop_purpose, _round, _unique
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en import (
    _ENACT,
    _ENACT_CONTINUES,
    _IMPOSED_CUE,
    _PENALTY_GATES,
    _PENALTY_PATTERNS,
    _STATUTORY_CUE,
)
from kgbuild.extraction.numbers import parse_number
from kgbuild.extraction.periods import _format_date, _nearest
from kgbuild.extraction.sentence import SentenceBase
from kgbuild.lexicon import OffenceMatch


class PenaltyRules(SentenceBase):
    """Penalty ranges and enactments."""

    def extract_penalties(self) -> list[_Draft]:
        hits: list[tuple[int, int, str, re.Match[str]]] = []
        folded = self.folded
        for (rule, pattern), gate in zip(_PENALTY_PATTERNS, _PENALTY_GATES, strict=True):
            if not _gate_open(gate, folded):
                continue
            for m in pattern.finditer(self.s):
                if all(m.end() <= s or m.start() >= e for s, e, _, _ in hits):
                    hits.append((m.start(), m.end(), rule, m))
        hits.sort(key=lambda h: h[0])
        drafts: list[_Draft] = []
        previous: _Draft | None = None
        previous_end = -1
        for start, end, rule, m in hits:
            if (
                rule == "penalty.between"
                and not re.search(
                    r"between|from", self.s[max(0, start - 5) : m.start("a")], re.IGNORECASE
                )
                and not _STATUTORY_CUE.search(self.s[max(0, start - 40) : start])
            ):
                continue
            if (
                rule == "penalty.life"
                and previous is not None
                and re.fullmatch(
                    r"\s*,?\s*(?:or|and|to)\s+(?:even\s+)?",
                    self.s[previous_end:start],
                    re.IGNORECASE,
                )
            ):
                previous.life = True
                previous_end = end
                continue
            pre = self.s[:start]
            cues = [(c.end(), "statutory") for c in _STATUTORY_CUE.finditer(pre)]
            cues += [(c.end(), "imposed") for c in _IMPOSED_CUE.finditer(pre)]
            if rule == "penalty.maximum":
                cues.append((start, "statutory"))
            if not cues or max(cues)[1] != "statutory":
                continue
            offence = self._nearest_offence(start, end)
            if offence is None:
                continue
            draft = self._draft("penalty_range", rule, start)
            draft.offences = (offence,)
            draft.articles = self.lexicon.articles_for(draft.offences)
            draft.life = rule == "penalty.life"
            if rule != "penalty.life":
                factor = 1 / 12 if m.group("unit").lower().startswith("month") else 1.0
                b = parse_number(m.group("b"))
                if b is None:
                    continue
                draft.max_years = _round(b * factor)
                if rule == "penalty.between":
                    a = parse_number(m.group("a"))
                    if a is None or a >= b:
                        continue
                    draft.min_years = _round(a * factor)
            drafts.append(draft)
            previous, previous_end = draft, end
        return drafts

    def _nearest_offence(self, start: int, end: int) -> str | None:
        candidates = self.offences or self.lexicon.find_offences_loose(self.s)
        if not candidates:
            return None

        def distance(m: OffenceMatch) -> int:
            if m.end <= start:
                return start - m.end
            return max(0, m.start - end)

        return min(candidates, key=distance).slug

    # -- enactments --------------------------------------------------------------------

    def extract_enactments(self) -> list[_Draft]:
        m = _ENACT.search(self.s)
        if m is None:
            return []
        offences = self.offences or _drop_purpose(self.s, self.lexicon.find_offences_loose(self.s))
        if not offences:
            return []
        verb = m.group("v").lower()
        if verb in {"toughened", "tightened", "stiffened"}:
            rule = "enactment.toughened"
        elif verb.startswith("passed"):
            rule = "enactment.passed"
        else:
            rule = "enactment.introduced"
        t = _nearest(self.times, m.start(), ("period", "report"))
        date = _format_date(t) if t is not None else None
        if date is None and _ENACT_CONTINUES.search(self.s):
            date = self.state.last_enactment_date
        if date is not None:
            self.state.last_enactment_date = date
        drafts: list[_Draft] = []
        for slug in _unique([o.slug for o in offences]):
            draft = self._draft("enactment", rule, m.start())
            draft.offences = (slug,)
            draft.articles = self.lexicon.articles_for(draft.offences)
            draft.date = date
            drafts.append(draft)
        return drafts

    # -- individual sentences ----------------------------------------------------------
