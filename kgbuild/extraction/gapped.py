"""Further people and terms after "X received 16 years for sabotage", each with a charge of
its own when one follows its term: ", and his accomplice 12 years for assisting it", ", and
his two accomplices 12 and 11 years for assisting it" (a pronoun charge "assisting it" is the
first charge with the verb: assisting sabotage). Split from individual.py."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.grammar_en_penalties import _NUMD
from kgbuild.extraction.numbers import parse_number
from kgbuild.extraction.references import ReferenceRules
from kgbuild.fastre import compile_narrowed

_CHARGE_BEFORE_GAP = compile_narrowed(
    r"\s+(?:for|of)\s+[^,;.\d]{1,80}?(?=\s*,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE
)
"""The charge of the first term, before a further person: "16 years for sabotage, and ..."."""
_OWN_CHARGE = compile_narrowed(r"\s+for\s+(?P<c>[^,;.\d]{1,80})", re.IGNORECASE)
_PRONOUN_CHARGE = compile_narrowed(
    r"^(?P<verb>assisting|aiding|abetting|financing|organising|organizing|preparing|"
    r"attempting|attempted|complicity\s+in|involvement\s+in)\s+(?:it|them|this|that)\b",
    re.IGNORECASE,
)
_GAPPED_PAIR = compile_narrowed(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<obj>(?:his|her|their|the)\s+(?:two\s+)?"
    r"(?:accomplices|co-defendants|associates|partners|brothers|sons|friends|colleagues))\s+"
    rf"(?P<a>{_NUMD})\s+and\s+(?P<b>{_NUMD})[\s-]+years?\b"
)
"""Two further people with a term each: ", and his two accomplices 12 and 11 years"."""


class GappedSentenceRules(ReferenceRules):
    """Further people with terms after a first one, and their own charges."""

    def _after_first_charge(self, end: int) -> int:
        """Where further people may start after a term at ``end``: after its charge."""
        c = _CHARGE_BEFORE_GAP.match(self.s, end)
        return c.end() if c is not None and self._offences_between(c.start(), c.end()) else end

    def _gapped_charge(self, end: int, charge: tuple[str, ...]) -> tuple[str, ...]:
        """The charge told right after a further person's term at ``end``, if any."""
        c = _OWN_CHARGE.match(self.s, end)
        if c is None:
            return ()
        named = self._offences_between(c.start("c"), c.end("c"))
        if named:
            return tuple(dict.fromkeys(o.slug for o in named))
        p = _PRONOUN_CHARGE.match(c.group("c"))
        if p is None or not charge:
            return ()
        verb = p.group("verb").lower()
        for label in self.lexicon.concepts[charge[0]].labels:
            found = [o.slug for o in self.lexicon.find_offences(f"{verb} {label}")]
            if found and found[0] != charge[0]:
                return (found[0],)
        return ()

    def _gapped_pair(
        self, end: int, charge: tuple[str, ...], drafts: list[_Draft], rule: str
    ) -> None:
        """ ", and his two accomplices 12 and 11 years for assisting it": one sentence each."""
        m = _GAPPED_PAIR.match(self.s, end)
        if m is None:
            return
        own = self._gapped_charge(m.end(), charge) or charge
        for group in ("a", "b"):
            years = parse_number(m.group(group))
            if years is None:
                return
            draft = self._draft("individual_sentence", rule, m.start(group))
            draft.person = f"{m.group('obj')} ({group})"
            draft.sentence_years = years
            draft.offences = own
            draft.articles = self.lexicon.articles_for(own)
            drafts.append(draft)
