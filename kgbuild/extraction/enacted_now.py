"""Enactments told after the law: what a dated law just told of made or changed, said in the
sentences after it ("Putin on Saturday signed amendments ... Voluntary surrender is now a
crime in its own right")."""

from __future__ import annotations

from kgbuild.extraction.drafts import _Draft, _unique
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en_penalties import (
    _NOW_IN_FORCE,
    _NOW_IN_FORCE_GATE,
    _PENALTY_STATED,
)
from kgbuild.extraction.penalties import PenaltyRules


class NowEnactedRules(PenaltyRules):
    """Enactments of the offences the sentences after a dated law say it made or changed."""

    def _enacted_now(self) -> list[_Draft]:
        """ "Putin on Saturday signed amendments that ... Voluntary surrender is now a crime
        in its own right": an enactment of the offences this sentence says the dated law
        before it (within two sentences) made or changed, those it already enacted aside;
        after a law that "creates new offences", of an offence this sentence gives a
        penalty."""
        law = self.state.recent_law
        if (
            law is None
            or not 0 < self.index - law.sentence_index <= 2
            or not _gate_open(_NOW_IN_FORCE_GATE, self.folded)
            # "X's new article, introduced in September, ...": the article of one offence,
            # not a law that may have changed the next one's too
            or (law.rule == "enactment.introduced" and law.offences and not law.creates)
        ):
            return []
        cues = list(_NOW_IN_FORCE.finditer(self.s))
        cue = cues[-1] if cues else (_PENALTY_STATED.search(self.s) if law.creates else None)
        if cue is None:
            return []
        bound = cue.end()
        if cue.group(0).lower().endswith(" of"):
            # "... and created the offence of confidential cooperation": the one after it
            bound = next((o.end for o in self.offences if o.start >= bound), bound)
        subject = [o.slug for o in self.offences if o.start < bound and o.slug not in law.offences]
        drafts: list[_Draft] = []
        for slug in _unique(subject):
            draft = self._draft("enactment", law.rule, cue.start())
            draft.offences = (slug,)
            draft.articles = self.lexicon.articles_for(draft.offences)
            draft.date = law.date
            drafts.append(draft)
        self.state.recent_law = law._replace(offences=_unique([*law.offences, *subject]))
        return drafts
