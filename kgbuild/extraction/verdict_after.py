"""A term told without its charge, and the verdict told in the next sentence: "An engineer
got 15 years for sending drawings abroad. The regional court found Pavel G. guilty of
espionage": the term takes that charge, and that name when it gave only a description of
the person."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.grammar_en_individual import _NAME
from kgbuild.extraction.individual import IndividualRules
from kgbuild.fastre import compile_narrowed

_ONE = (
    r"(?:him|her|(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’.-]+|"
    r"(?:[Aa]n?|[Tt]he)\s+[^.;,\d]{1,60}?)"
)
_VERDICT = compile_narrowed(
    rf"\b(?:[Ff]ound|[Ff]inds?)\s+(?P<who>{_ONE})\s+guilty\s+(?:of|under)\b|"
    r"(?:^|[,;]\s*)(?P<subject>[Hh]e|[Ss]he|(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’.-]+)\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:found\s+guilty|convicted)\s+(?:of|under)\b"
)
"""The verdict of one person: "found X guilty of", "He was convicted of" (not "found 40
people guilty of": a count; not "His brother was convicted of": another person)."""
_GROUP_VERDICT = compile_narrowed(
    r"(?:^|[,;]\s*)(?:[Bb]oth(?:\s+(?:men|women|of\s+them))?|[Aa]ll\s+(?:two|three|four|five|six|"
    r"of\s+them)|[Tt]hey|[Tt]he\s+(?:two|three|four|five|six)\s+[a-z]+)\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:found\s+guilty|convicted)\s+(?:of|under)\b"
)
"""The verdict of all the people of the terms before: "Both were found guilty of X"."""
_PLURAL = re.compile(
    r"\b(?:people|persons|men|women|defendants|individuals|them|they|all|both|others)\b",
    re.IGNORECASE,
)
_VERDICT_GATE = ("guilty", "convicted")
_DESCRIBED = re.compile(r"^(?:an?|the)\s", re.IGNORECASE)
"""A person given by a description ("a Russian man"), not by a name."""


class VerdictAfterRules(IndividualRules):
    """The charge of a term of the sentence before, from the verdict this one tells."""

    def charge_from_verdict_after(self, here: list[_Draft]) -> None:
        """Give the sentence just before's one term without a charge (else the one of the
        sentence before that) the charge (and the name) of the verdict this sentence tells,
        when this one tells no term itself."""
        if any(d.kind == "individual_sentence" for d in here):
            return
        if not any(word in self.folded for word in _VERDICT_GATE):
            return
        terms = [d for d in self.state.drafts[-8:] if d.kind == "individual_sentence"]
        earlier = [d for d in terms if self.index - d.sentence_index == 1]
        if not earlier:
            # "... sentenced a man to 12 years. Prosecutors said Ivan P., 27, sent money to
            # Kyiv. He was convicted of treason": the term two sentences back, with no term
            # between
            earlier = [d for d in terms if self.index - d.sentence_index == 2]
        if len(earlier) > 1 and not any(d.offences for d in earlier):
            self._charge_all(earlier)
            return
        if len(earlier) != 1 or earlier[0].offences:
            return
        verdicts = list(_VERDICT.finditer(self.s))
        if len(verdicts) != 1:
            return
        m = verdicts[0]
        who = m.group("who") or m.group("subject") or ""
        if _PLURAL.search(who):
            return
        charge = self._charge(m.end(), len(self.s))
        if not charge:
            return
        draft = earlier[0]
        names = [n for n in (self._clean_name(x.group(0)) for x in _NAME.finditer(who)) if n]
        described = not draft.person or _DESCRIBED.match(draft.person) is not None
        if names and not described and names != [draft.person]:
            return  # another person's verdict
        if not names and who.lower() not in {"he", "she", "him", "her"} and not described:
            return  # "the defendant" after a named one: unknown whom it means
        draft.offences, draft.articles = charge, self.lexicon.articles_for(charge)
        if len(names) == 1 and described:
            draft.person = names[0]

    def _charge_all(self, earlier: list[_Draft]) -> None:
        """ "... jailed two men for 18 and 16 years. Both were found guilty of treason": the
        charge of the verdict of all of them, for each term."""
        verdicts = list(_GROUP_VERDICT.finditer(self.s))
        if len(verdicts) != 1:
            return
        charge = self._charge(verdicts[0].end(), len(self.s))
        for draft in earlier if charge else ():
            draft.offences, draft.articles = charge, self.lexicon.articles_for(charge)


def awaits_charge(drafts: list[_Draft], index: int) -> bool:
    """Whether one of the two sentences before ``index`` gave a term without a charge (then
    a sentence with no figure is read for the verdict)."""
    return bool(drafts) and any(
        d.kind == "individual_sentence" and not d.offences and index - d.sentence_index in (1, 2)
        for d in drafts[-4:]
    )
