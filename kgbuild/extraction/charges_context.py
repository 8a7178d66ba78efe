"""The charge of an imposed sentence that names none, from the text around it: the term
told just before, the one court's conviction count, the sentence before that names one
offence, a title over the report (rules of individual.py)."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _unique
from kgbuild.extraction.several_terms import SeveralTermsRules
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import OffenceMatch

_ONE_COURT = compile_narrowed(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,5}?(?:court|tribunal)\b(?!s)"
)
_COURTS = compile_narrowed(r"\bcourts\b", re.IGNORECASE)
_SENTENCING_TITLE = compile_narrowed(
    r"\b(?:sentenced|jailed|imprisoned|convicted|verdict|guilty|gets|given|receives)\b",
    re.IGNORECASE,
)
"""A title that tells of a sentence ("Bryansk pensioner jailed under treason article")."""
_VERDICT_OF = compile_narrowed(
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:[\w-]+\s+){0,2}?(?:convicted|found\s+guilty)\s+"
    r"(?:of|on)\b",
    re.IGNORECASE,
)
"""A verdict on one person before a term: "... was this week convicted of treason"."""
_SECRETS_REACHED = compile_narrowed(r"\baccess\s+to\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SECRETS_SENT = compile_narrowed(r"\s+(?:abroad\b|to\s+(?:an?\s+|the\s+)?(?:foreign\b|[A-Z]))")


def _secrets_as_object(text: str, match: OffenceMatch) -> bool:
    """Whether "state secrets" names what was handed over or reached, not the charge: "for
    passing state secrets to foreign intelligence" (treason or espionage, as the court
    says), "who had no access to state secrets"."""
    if match.slug != "state_secrets" or not re.fullmatch(
        r"state\s+secrets?", text[match.start : match.end], re.IGNORECASE
    ):
        return False
    return bool(
        _SECRETS_REACHED.search(text, max(0, match.start - 40), match.start)
        or _SECRETS_SENT.match(text, match.end)
    )


class ContextChargeRules(SeveralTermsRules):
    """Charges from the sentences around an imposed sentence."""

    def _charge_of_the_trial(self) -> tuple[str, ...]:
        """The charge one court convicted a group of, one or two sentences before, for the
        terms of its defendants ("A court in Chita convicted 13 defendants of railway
        sabotage. ... Vladislav T. was sentenced to 21 years"); not a country's count
        ("Courts convicted 30 people of espionage. A pensioner got eight years")."""
        texts = {i: s for i, s in self.state.recent}
        for d in reversed(self.state.drafts_since(self.index - 2)):
            if d.kind != "conviction_count" or not d.offences or d.sentence_index == self.index:
                continue
            told = texts.get(d.sentence_index, "")
            if _ONE_COURT.search(told) and not _COURTS.search(told):
                return d.offences
        return ()

    def _charge_before(self) -> tuple[str, ...]:
        """The charge of an imposed sentence one or two sentences before, for one that names
        none ("... sentenced to 18 years for treason. A student received nine years")."""
        for previous in reversed(self.state.drafts):
            if self.index - previous.sentence_index > 2:
                break
            if previous.kind == "individual_sentence" and previous.offences:
                return previous.offences
        return ()

    def _charge_of_sentence_before(self) -> tuple[str, ...]:
        """The one offence the sentence just before names, for a term told as a case of it
        that names no charge of its own ("The maximum sentence for treason is 20 years. For
        example, an engineer was sentenced to 14 years for sending his CV abroad"); every
        offence of a verdict told there ("X was convicted of treason and ... He was
        sentenced to 25 years")."""
        if len(self.state.recent) < 2:
            return ()
        index, before = self.state.recent[-2]
        if index != self.index - 1:
            return ()
        named = self.lexicon.find_offences(before)
        slugs = _unique([m.slug for m in named if not _secrets_as_object(before, m)])
        if len(slugs) > 1 and _VERDICT_OF.search(before) and not _COURTS.search(before):
            # "X was this week convicted of treason in addition to spreading false
            # information about the army ... He was sentenced to 25 years": every charge
            # of the verdict
            return slugs
        return slugs if len(slugs) == 1 else ()

    def _after_sentencing_headline(self) -> bool:
        """Whether the sentence just before is a title over this one (a line without final
        punctuation) that tells of a sentence or verdict."""
        if len(self.state.recent) < 2:
            return False
        index, before = self.state.recent[-2]
        return (
            index == self.index - 1
            and before.rstrip()[-1:] not in {".", "!", "?", ":", ";", ",", '"', "”"}
            and _SENTENCING_TITLE.search(before) is not None
        )
