"""Enactments told after the law: what a dated law just told of made or changed, said in the
sentences after it ("Putin on Saturday signed amendments ... Voluntary surrender is now a
crime in its own right")."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft, _RecentLaw, _unique
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en_enactments import (
    _NOW_IN_FORCE,
    _NOW_IN_FORCE_GATE,
    _PENALTY_STATED,
)
from kgbuild.extraction.penalties import PenaltyRules
from kgbuild.fastre import compile_narrowed

_NAMED_NEXT = compile_narrowed(
    r"(?:\s+(?:in|of)\s+(?:its|their)\s+own(?:\s+right)?)?\s*[:—–]\s*[\"“‘']?", re.IGNORECASE
)
"""After "a crime of its own": the offence its colon names ("... now form a crime of their
own: confidential cooperation with a foreign state")."""
_BECOMES = compile_narrowed(
    r"\b(?:now\s+)?(?:becomes?|became)\s+(?:(?:the|a)\s+(?:new\s+)?(?:offen[cs]e|crime)\s+"
    r"(?:of\s+)?)?[\"“‘']?$",
    re.IGNORECASE,
)
"""Before an offence a dated law just made: "Helping an adversary in wartime becomes
'assistance to the enemy'" (the offence named after the verb, not the subject before it)."""


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
            # "X's new article, introduced in September, ...": the article of one offence,
            # not a law that may have changed the next one's too
            or (law.rule == "enactment.introduced" and law.offences and not law.creates)
        ):
            return []
        becomes = [
            o
            for o in self.offences
            if ("becom" in self.folded or "becam" in self.folded)
            and _BECOMES.search(self.s, max(0, o.start - 40), o.start)
        ]
        if becomes:
            subject = [o.slug for o in becomes[:1] if o.slug not in law.offences]
            return self._dated_by(law, subject, becomes[0].start)
        if not _gate_open(_NOW_IN_FORCE_GATE, self.folded):
            return []
        cues = list(_NOW_IN_FORCE.finditer(self.s))
        cue = cues[-1] if cues else (_PENALTY_STATED.search(self.s) if law.creates else None)
        if cue is None:
            return []
        bound = cue.end()
        first = 0
        if cue.group(0).lower().endswith(" of"):
            # "... and created the offence of confidential cooperation": the one after it
            bound = next((o.end for o in self.offences if o.start >= bound), bound)
        elif cue.group(0).lower().endswith(
            ("own", "offence", "offense", "crime")
        ) and _NAMED_NEXT.match(self.s, cue.end()):
            # "... now form a crime of their own: confidential cooperation ...": the one
            # the colon names, not the description before it
            first, bound = bound, next((o.end for o in self.offences if o.start >= bound), bound)
        subject = [
            o.slug for o in self.offences if first <= o.start < bound and o.slug not in law.offences
        ]
        return self._dated_by(law, subject, cue.start())

    def _dated_by(self, law: _RecentLaw, subject: list[str], anchor: int) -> list[_Draft]:
        """The enactments of the offences a sentence says the dated law before it made."""
        drafts: list[_Draft] = []
        for slug in _unique(subject):
            draft = self._draft("enactment", law.rule, anchor)
            draft.offences = (slug,)
            draft.articles = self.lexicon.articles_for(draft.offences)
            draft.date = law.date
            drafts.append(draft)
        self.state.recent_law = law._replace(offences=_unique([*law.offences, *subject]))
        return drafts
