"""Individual sentences: who was sentenced to what, by which court, for which offence."""

from __future__ import annotations

import re

from kgbuild.extraction.charges_context import _secrets_as_object
from kgbuild.extraction.drafts import _Draft, _round, _unique
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en_appeals import _APPEAL_GATES, _APPEAL_PATTERNS
from kgbuild.extraction.grammar_en_individual import (
    _COURT,
    _NAME,
    _SENT_TERM,
    _SENTENCE_GATES,
    _SENTENCE_PATTERNS,
)
from kgbuild.extraction.grammar_en_penalties import _NUMD
from kgbuild.extraction.numbers import parse_number
from kgbuild.extraction.periods import _format_date, _nearest, other_event_time
from kgbuild.extraction.persons import PersonRules
from kgbuild.extraction.references import previous_offences
from kgbuild.extraction.same_term import SAME_TERM_PIECES, same_term_drafts
from kgbuild.fastre import compile_narrowed

_ELIDED_PERSON = compile_narrowed(
    r"\s*,?\s+and\s+(?:(?:his|her|their)\s+(?:[a-z][\w'’-]+\s+){1,2}?)?"
    rf"(?P<obj>(?:[A-Z][\w'’-]+\s+){{1,2}}[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+[A-Z][a-z]?\.)"
    rf"(?:\s*,\s*\d{{1,2}}\s*,)?\s+to\s+{_SENT_TERM}"
)
"""A second person with a term after a sentenced-to: "... and Artyom B. to 20 years", "...,
and his accomplice Marat B. to 22 years"."""
_ELIDED_RELATIVE = compile_narrowed(
    r"\s*,?\s+and\s+(?:his|her|their)\s+(?P<obj>(?:[a-z][\w'’-]+\s+){0,2}?[a-z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?)"
    rf"(?:\s*,\s*\d{{1,2}}\s*,)?\s+to\s+{_SENT_TERM}"
)
"""A second person told by a tie to the first, a first name at most: "..., and his wife
Olga to nine years", "and their son to six years"."""


_ELIDED_FIRST_NAME = compile_narrowed(
    rf"\s*,?\s+and\s+(?P<obj>[A-Z][a-z]{{2,}})\s+to\s+(?P<n>{_NUMD})(?:[\s-]+(?P<u>years?|months?))?"
    r"(?=\s+(?:for|on|under|in)\b|\s*[.,;]|\s*$)"
)
"""A second person named by a first name alone, the unit left to the term before:
"sentenced Artem to 11 years and Kirill to 12 for sabotage"."""


def _elided_person(s: str, pos: int) -> re.Match[str] | None:
    return (
        _ELIDED_PERSON.match(s, pos)
        or _ELIDED_RELATIVE.match(s, pos)
        or _ELIDED_FIRST_NAME.match(s, pos)
    )


_GAPPED_PERSON = compile_narrowed(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<obj>(?:[A-Z][\w'’-]*\.?\s+){0,2}[A-Z][\w'’-]*\.?|"
    # (no verb in it: "..., and his brother was given 12 years" is a clause of its own)
    r"(?:an?|the|his|her|their)\s+(?:\d{1,2}-year-old|[a-z][\w'’-]+)"
    r"(?:\s+(?!(?:was|were|is|has|had|got|received|given|handed|sentenced|jailed)\b)"
    r"[a-z][\w'’-]+){0,3}?"
    r"(?:,\s+(?:whose|who)\s+[^,;.\d]{1,60},|"
    # "a third man, a 22-year-old courier, four years": an apposition
    r",\s+(?:an?|the)\s+(?:\d{1,2}-year-old\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2},)?)\s+"
    rf"{_SENT_TERM}(?!\s+(?:old|of\s+age|ago|earlier|later)\b)"
)
"""A further person and term after "X received 21 years": ", Pavel M. 18 years and a
17-year-old, whose name was withheld, six years"."""
_IF_CONVICTED = compile_narrowed(
    r"\b(?:if|once|should\s+(?:he|she|they))\s+(?:(?:he|she|they|it)\s+(?:is|are)\s+)?"
    r"(?:convicted|found\s+guilty)\b",
    re.IGNORECASE,
)
"""A condition before a term: "If convicted, Petrov will serve 20 years" (no term yet)."""
_UNDER_IT = compile_narrowed(
    r"\bunder\s+(?:it|this\s+article|that\s+article|the\s+(?:same\s+)?article)\b",
    re.IGNORECASE,
)


_CHARGE_JOIN = compile_narrowed(
    r"[\s\"'“”‘’«»]*(?:,|and|or|,\s*and|as\s+well\s+as)(?:\s+(?:for|of|in))?"
    r"(?:\s+(?:an?|the))?(?:\s+(?:having|undergoing))?"
    r"(?:\s+(?:attempted|attempting|an\s+attempt(?:ed)?\s+(?:at|to\s+commit)|preparing|"
    r"preparation\s+(?:of|for)|plotting|complicity\s+in|involvement\s+in|incitement\s+to))?"
    r"[\s\"'“”‘’«»]*",
    re.IGNORECASE,
)
"""Between two charges of one term: "treason and attempted sabotage", "espionage, and
complicity in treason", a charge told as an activity ("of treason and of having been trained
to carry out sabotage", "and of undergoing training for sabotage")."""


_OWN_CHARGE_AFTER = compile_narrowed(
    r"[^.;]{0,40}?\bfor\s+(?!(?:\w+ing|his|her|their|a|an|the|allegedly|reportedly|"
    r"just|only|what|which|that|this|it|up|life|more|over|about|nearly)\b)[a-z]|"
    # "... four years for aiding and abetting": complicity is a charge of its own
    r"[^.;]{0,40}?\bfor\s+(?:aiding|abetting|complicity|being\s+an?\s+accomplice|"
    # "four years for failing to report a crime": a charge told by a verb, outside the scheme
    r"failing\s+to\s+report|not\s+reporting|possessing|smuggling|trafficking|embezzling|"
    r"taking\s+bribes|laundering)\b",
    re.IGNORECASE,
)
"""After a term, a charge of its own the scheme lacks ("... to five years for fraud"); not
an act told by a verb ("for sending his CV abroad") nor a duration."""
_OUTSIDE_CHARGE_AFTER = compile_narrowed(
    r"[^.;]{0,40}?\bfor\s+(?:failing\s+to\s+report|not\s+reporting|fraud|murder|theft|robbery|"
    r"drug|possessing|possession|smuggling|trafficking|embezzl|bribery|taking\s+bribes|"
    r"laundering|hooliganism|extortion|vandalism)",
    re.IGNORECASE,
)
"""After a term, a charge known to lie outside the scheme ("... four years for failing to
report a crime", "... for fraud"): no claim at all."""


_ANOTHER_TERM = compile_narrowed(
    r",\s*(?:and|while|whereas|but)\s+(?:[\w'’.-]+\s+){1,6}?(?:was|were|has\s+been)\s+"
    r"(?:given|handed|sentenced|jailed)\b|,\s*(?:and|while|whereas|but)\s+"
    r"(?:[\w'’.-]+\s+){1,6}?(?:received|got)\b",
    re.IGNORECASE,
)
"""Another person's term after a clause break: the charge after it is that person's."""


_LINKED_TO_BEFORE = compile_narrowed(
    r"^\W*(?:for\s+(?:example|instance)|in\s+one\s+(?:such\s+)?case|among\s+them|"
    r"among\s+(?:the|those)\s+(?:defendants|convicted|sentenced|people\s+convicted)|"
    # "In one of them, a student got 12 years": one of the cases counted before
    r"in\s+one\s+of\s+(?:them|these|those|the\s+cases)|in\s+one\b(?=\s*,)|"
    r"one\s+of\s+them|"
    # "One defendant, a railway signalman, received life": one of the people told of before
    r"one\s+(?:defendant|convict|of\s+the\s+(?:defendants|accused|convicted))\b|"
    # "... allows three to eight years," the lawyer said. "My client was sentenced to
    # seven years": a lawyer's client, a case of the offence just told of
    r"(?:my|our)\s+client)\b|\b(?:he|she)\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:(?:also|later|eventually|ultimately|finally|actually|instead|in\s+fact)\s+)?"
    r"(?:sentenced|given|"
    r"handed|jailed|imprisoned)\b|\b(?:he|she)\s+(?:received|got|will\s+spend)\b|"
    # "The court sentenced him to 19 years": the person of the sentence before
    r"\b(?:sentenced|jailed|gave|handed)\s+(?:him|her)\b",
    re.IGNORECASE,
)
"""A sentence told as a case of the one before ("For example, ...", "he was sentenced", "She
was given", "the court sentenced him", "my client was sentenced"):
it may take that sentence's offence; a term that merely follows a count does not ("Courts
convicted 30 people of espionage. A pensioner got eight years last week": no charge)."""


_ONE_OF_THEM = compile_narrowed(r"One\s+(?:defendant|man|woman|convict|person)\b")
"""A subject that is one of the people a count before told of."""


class IndividualRules(PersonRules):
    """Imposed sentences of named (or described) people."""

    def extract_sentences(self) -> list[_Draft]:
        taken: list[tuple[int, int]] = []
        drafts = self.extract_several_terms(taken)
        for (rule, pattern), gate in zip(
            (*_SENTENCE_PATTERNS, *_APPEAL_PATTERNS),
            (*_SENTENCE_GATES, *_APPEAL_GATES),
            strict=True,
        ):
            if not _gate_open(gate, self.folded):
                continue
            for m in pattern.finditer(self.s):
                if any(m.start() < e and m.end() > s for s, e in taken):
                    continue
                if m.groupdict().get("telegraph") is not None and not self._offence_at(m.end()):
                    continue  # "a hobbyist, 14 years, treason": the charge right after
                years = self._term_years(m)
                life = bool(m.groupdict().get("life"))
                if years is None and not life:
                    continue
                if _IF_CONVICTED.search(self.s, 0, m.start()):
                    continue  # "If convicted, Petrov will serve 20 years": not yet a term
                # ("reduced his sentence ...": the possessive is the person)
                obj = (m.groupdict().get("obj") or m.groupdict().get("own") or "").strip()
                persons = self._persons(self.s[: m.start()], obj)
                if not persons:
                    continue
                own_charge = _OWN_CHARGE_AFTER.match(self.s, m.end()) is not None
                charge = self._charge(m.start(), m.end()) or (
                    () if own_charge else self._charge_before()
                )
                if not charge and _UNDER_IT.search(self.s, m.end()):
                    # "jailed an engineer for 13 years under it / under this article"
                    charge = previous_offences(self.state, self.lexicon)
                if (
                    not charge
                    and _LINKED_TO_BEFORE.search(self.s)
                    and not _OWN_CHARGE_AFTER.match(self.s, m.end())
                ):
                    charge = self._charge_of_sentence_before()
                if not charge and m.groupdict().get("own"):
                    # "X was jailed for treason. The appeals court cut her sentence to ...":
                    # the charge of the term before
                    charge = self._charge_of_sentence_before()
                if not charge and not own_charge:
                    charge = self._charge_of_the_trial()
                if not charge and not own_charge and _ONE_OF_THEM.match(persons[0]):
                    # "... convicted 143 individuals of sabotage. ... One defendant received
                    # life": one of the people convicted of the one offence told before
                    before = previous_offences(self.state, self.lexicon)
                    charge = before if len(before) == 1 else ()
                if not charge and not own_charge and self._after_sentencing_headline():
                    # "Bryansk pensioner jailed under treason article" over "The regional
                    # court has sentenced a 66-year-old man to 11 years": the title's
                    # one charge
                    charge = self._charge_of_sentence_before()
                outside = _OUTSIDE_CHARGE_AFTER.match(self.s, m.end())
                if outside is not None and not any(
                    m.end() <= o.start < outside.end() for o in self.offences
                ):
                    # "His former wife received four years for failing to report a crime":
                    # a term for a charge known to lie outside the scheme is no claim of
                    # the graph's (a term for a charge the lexicon cannot name stays, for a
                    # reviewer to correct, and so does one whose verdict is told after it)
                    taken.append((m.start(), m.end()))
                    continue
                own = [u for u in self.times if not other_event_time(self.s, self.folded, u)]
                t = _nearest(own, m.start(), ("period", "report"))
                date = _format_date(t) if t is not None else None
                if date is None and self.state.report_year is not None:
                    date = str(self.state.report_year)
                court = self._court(m.start(), obj)
                elided = (
                    _elided_person(self.s, m.end())
                    or _elided_person(self.s, self._after_first_charge(m.end()))
                    if rule.endswith("to")
                    else None
                )
                if elided is not None:
                    # "X was sentenced to 21 years and Y to 20 years": Y's own term
                    self._elided_sentence(elided, charge, drafts)
                received = rule == "sentence.received"
                after = self._after_first_charge(m.end()) if received else m.end()
                gapped = _GAPPED_PERSON.match(self.s, after) if received else None
                while gapped is not None:
                    # "X received 21 years, Y 18 years and a teenager six years"
                    self._elided_sentence(gapped, charge, drafts, rule)
                    gapped = _GAPPED_PERSON.match(self.s, gapped.end())
                if received:
                    self._gapped_pair(after, charge, drafts, rule)
                for person in persons:
                    draft = self._draft("individual_sentence", rule, m.start())
                    draft.person = person
                    draft.sentence_years = years
                    draft.life = True if life else None
                    draft.offences = charge
                    draft.articles = self.lexicon.articles_for(charge)
                    draft.date = date
                    draft.court = court
                    drafts.append(draft)
                taken.append((m.start(), m.end()))
        if _gate_open(SAME_TERM_PIECES, self.folded):
            drafts += same_term_drafts(self, drafts)
        return drafts

    @staticmethod
    def _term_years(m: re.Match[str]) -> float | None:
        g = m.groupdict()
        if not g.get("n"):
            return None
        n = parse_number(g["n"])
        if n is None:
            return None
        if g.get("half"):
            n += 0.5
        years = n / 12 if (g.get("u") or "years").lower().startswith("month") else n
        if g.get("n2"):
            n2 = parse_number(g["n2"])
            if n2 is not None:
                years += n2 / 12
        return _round(years)

    def _elided_sentence(
        self,
        m: re.Match[str],
        charge: tuple[str, ...],
        drafts: list[_Draft],
        rule: str = "sentence.sentenced-to",
    ) -> None:
        years = self._term_years(m)
        names = [n for n in (self._clean_name(x.group(0)) for x in _NAME.finditer(m["obj"])) if n]
        if not names and m["obj"][:1].islower():
            # "and a 17-year-old, whose name was withheld, six years": a described person
            names = [m["obj"].split(",")[0]]
        if not names and m.re is _ELIDED_FIRST_NAME:
            names = [m["obj"]]  # "... and Kirill to 12": a first name alone
        if years is None or len(names) != 1:
            return
        draft = self._draft("individual_sentence", rule, m.start("obj"))
        draft.person = names[0]
        draft.sentence_years = years
        draft.offences = self._gapped_charge(m.end(), charge) or charge
        draft.articles = self.lexicon.articles_for(draft.offences)
        drafts.append(draft)

    def _charge(self, start: int, end: int) -> tuple[str, ...]:
        named = [m for m in self.offences if not _secrets_as_object(self.s, m)]
        after = [m for m in named if m.start >= start]
        if after and after[0].start > end and "," in self.s[end : after[0].start]:
            other = _ANOTHER_TERM.search(self.s, end, after[0].start)
            if other is not None:
                # "His wife received four years for failing to report a crime, and a friend
                # was given six years for justifying terrorism": the friend's charge
                after = [m for m in after if m.end <= other.start()]
                if not after:
                    return ()
        if after:
            # "for treason, espionage and attempted sabotage": each joined to the one before
            chain = [after[0]]
            for m in after[1:]:
                if not _CHARGE_JOIN.fullmatch(self.s, chain[-1].end, m.start):
                    break
                chain.append(m)
            return _unique([m.slug for m in chain])
        rest = self.s[start:]
        loose_after = [
            m for m in self.lexicon.find_offences_loose(rest) if not _secrets_as_object(rest, m)
        ]
        if loose_after:
            return (loose_after[0].slug,)
        chain = [m for m in named if m.end <= start][-1:]
        for m in reversed([m for m in named if m.end <= start][:-1]):
            # "guilty of sabotage and assisting terrorist activity and sentenced him to ..."
            if not _CHARGE_JOIN.fullmatch(self.s, m.end, chain[0].start):
                break
            chain.insert(0, m)
        return _unique([m.slug for m in chain])

    def _court(self, start: int, obj: str) -> str | None:
        region = self.s[:start] if obj else ""
        by = re.search(r"\bby\s+(?:a|an|the)\s+", self.s[start:])
        candidates = list(_COURT.finditer(region))
        if not candidates and by is not None:
            candidates = list(_COURT.finditer(self.s[start + by.start() :]))[:1]
        if not candidates:
            return None
        court = candidates[-1].group("court").strip()
        court = re.sub(r"^(?:The|A|An|In\s+\w+,?)\s+", "", court)
        return court

    # -- all rules -------------------------------------------------------------------
