"""Individual sentences: who was sentenced to what, by which court, for which offence."""

from __future__ import annotations

import re

from kgbuild.extraction.charges_context import ContextChargeRules, _secrets_as_object
from kgbuild.extraction.drafts import _Draft, _round, _unique
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en_individual import (
    _COURT,
    _DEFINITE_PERSON,
    _DESCRIBED_HERE,
    _INDEFINITE_NP,
    _NAME,
    _NAME_STOP,
    _NOT_NAME,
    _PRONOUN_SUBJECT,
    _RELATIVE_ASIDE,
    _SENT_TERM,
    _SENTENCE_GATES,
    _SENTENCE_PATTERNS,
    _WHO_SUBJECT,
)
from kgbuild.extraction.numbers import parse_number
from kgbuild.extraction.periods import _format_date, _nearest, other_event_time
from kgbuild.extraction.references import previous_offences
from kgbuild.extraction.same_term import SAME_TERM_PIECES, same_term_drafts
from kgbuild.fastre import compile_narrowed

_ARTICLE_WORD = compile_narrowed(r"\b[Aa]n?\s")
_THE = compile_narrowed(r"\b[Tt]he\s")
_DESCRIPTOR_GAP = compile_narrowed(
    r"\s+(?!(?:and|or)\b)[a-z][\w'’-]*(?:\s+(?:[a-z][\w'’-]*|and\s+former))*\s+"
)
"""Lower-case words between two names, the first a role ("Wall Street Journal reporter Evan
Gershkovich", "... journalist and former Moscow Times reporter ..."): the first name is
the person's paper or employer. Not "Ivan Petrov and former officer Oleg Sidorov"."""
_SURNAME_END = compile_narrowed(r"(?:^|(?<=,\s)|(?<=^\W))[A-Z][a-z][\w'’-]+(?=\s*$)")
"""A surname that is the whole subject, or follows a lead-in and its comma ("On Friday,
Petrov")."""
_PLACE_BEFORE = compile_narrowed(
    r"^(?:an?|the)\s+[^,]*\b(?:of|from|in)\s+(?:the\s+)?"
    # "a man from the occupied south of the Kherson region" (not "a major in reserve Ivan
    # Sorokin": a name after a word that is no part of a place)
    r"(?:(?:east|west|north|south|eastern|western|northern|southern|central|occupied|"
    r"annexed|far|near|the)\s+){0,2}$",
    re.IGNORECASE,
)
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


def _elided_person(s: str, pos: int) -> re.Match[str] | None:
    return _ELIDED_PERSON.match(s, pos) or _ELIDED_RELATIVE.match(s, pos)


_GAPPED_PERSON = compile_narrowed(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<obj>(?:[A-Z][\w'’-]*\.?\s+){0,2}[A-Z][\w'’-]*\.?|"
    r"(?:an?|the|his|her|their)\s+(?:\d{1,2}-year-old|[a-z][\w'’-]+)(?:\s+[a-z][\w'’-]+){0,3}?"
    r"(?:,\s+(?:whose|who)\s+[^,;.\d]{1,60},|"
    # "a third man, a 22-year-old courier, four years": an apposition
    r",\s+(?:an?|the)\s+(?:\d{1,2}-year-old\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2},)?)\s+"
    rf"{_SENT_TERM}(?!\s+(?:old|of\s+age|ago|earlier|later)\b)"
)
"""A further person and term after "X received 21 years": ", Pavel M. 18 years and a
17-year-old, whose name was withheld, six years"."""
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|whereas|but|and\s+(?=an?\s|the\s))\s*")
_BREAK_END = compile_narrowed(r"(?::|,\s+(?:while|whereas|but))\s*$")
_BY_COURT = compile_narrowed(
    r"\s*(?:(?:on\s+\w+|in\s+absentia|last\s+\w+)\s+)?by\s+(?:an?|the)\s+[^.;,]{0,60}?\b(?:court|"
    r"tribunal|judge)\s*(?:(?:on\s+\w+|in\s+absentia|last\s+\w+)\s*)?",
    re.IGNORECASE,
)
_ADVERBIAL = compile_narrowed(
    r"\s*(?:(?:on|last|this|earlier|later|also|again|today|yesterday|in\s+absentia)\b"
    r"(?:\s+(?:[A-Z][a-z]+|\d{1,2}|week|month|year|this|that|the|day))*\s*,?\s*)+",
    re.IGNORECASE,
)
"""An object slot holding only a time word ("sentenced on Monday to", "sentenced last week
to", "sentenced in absentia to"): not a person."""
_DESCRIBED = compile_narrowed(
    r"\b(?P<np>[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:activist|student|engineer|scientist|"
    r"physicist|chemist|officer|soldier|journalist|blogger|teacher|pensioner|man|woman|"
    r"serviceman|lieutenant|sergeant|programmer|researcher|professor|pilot|mechanic|"
    r"businessman|businesswoman))\b"
)
"""One described person ("the physicist", "the retired engineer") a "he" or "she" in the
next sentence stands for when no one is named."""
_UNDER_IT = compile_narrowed(
    r"\bunder\s+(?:it|this\s+article|that\s+article|the\s+(?:same\s+)?article)\b",
    re.IGNORECASE,
)
_SUBJECT_END = compile_narrowed(
    r"\s+(?:was|is|has\s+been|had\s+been)"
    # "A teacher from Lipetsk was convicted of treason and sentenced to 18 years"
    r"(?:\s+(?:convicted|found\s+guilty)\b[^.;]{0,80}?\s+and)?\s*$"
)
_LEAD_IN = compile_narrowed(
    r"\s*(?:(?:in|on|at|later|earlier|separately|meanwhile|also|last|that)\b[\w\s'’-]{0,40}?"
    r",?\s+)",
    re.IGNORECASE,
)
"""A lead-in of time or place before a subject: "On the same day", "In a separate case,"."""
_NOT_IN_SUBJECT = compile_narrowed(
    r"\b(?:said|says|reported|reports|that|who|which|when|after|before|while|court)\b",
    re.IGNORECASE,
)


_CHARGE_JOIN = compile_narrowed(
    r"[\s\"'“”‘’«»]*(?:,|and|or|,\s*and|as\s+well\s+as)(?:\s+(?:for|of|in))?"
    r"(?:\s+(?:having|undergoing))?"
    r"(?:\s+(?:attempted|attempting|an\s+attempt(?:ed)?\s+(?:at|to\s+commit)|preparing|"
    r"preparation\s+(?:of|for)|plotting|complicity\s+in|involvement\s+in|incitement\s+to))?"
    r"[\s\"'“”‘’«»]*",
    re.IGNORECASE,
)
"""Between two charges of one term: "treason and attempted sabotage", "espionage, and
complicity in treason", a charge told as an activity ("of treason and of having been trained
to carry out sabotage", "and of undergoing training for sabotage")."""


_AGE_APPOSITION = compile_narrowed(r"\s*,\s*(?:aged\s+)?\d{1,2}\s*(?:,|$)")
_ADVERB_BEFORE_VERB = compile_narrowed(
    r"(?<=\S)\s+(?:also|likewise|then|later|eventually|subsequently)\s*$", re.IGNORECASE
)
_RELATIVE_TAIL = compile_narrowed(r"\s*,\s*(?:who|whom|whose)\b.*$", re.IGNORECASE | re.DOTALL)
"""A relative clause that ends an object: "sentenced a 47-year-old resident of the Kursk
Region, whom investigators had accused of ..., to 15 years" (the person is before it)."""
_NOUN_APPOSITION = compile_narrowed(
    r"\s*(?P<np>(?:[Aa]n?|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+[\w'’ -]{1,40}?)\s*,\s*"
    r"(?:an?|the)\s+[\w'’ -]{1,60}?\s*,\s*"
)
"""A subject with a noun phrase in apposition: "A second man, a 22-year-old courier, was
given nine years"."""
_PARTICIPLE_ASIDE = compile_narrowed(
    r"(?<=\w)\s*,\s*(?:(?:also|who\s+was|who\s+had\s+been)\s+)?(?:convicted|found|tried|charged|"
    r"accused|arrested|detained|prosecuted)\b[^,.;]{0,80},\s*$",
    re.IGNORECASE,
)
"""A participle aside between a subject and its verb: "His accomplice, convicted on the same
charge, got 19 years"."""


_OWN_CHARGE_AFTER = compile_narrowed(
    r"[^.;]{0,40}?\bfor\s+(?!(?:\w+ing|his|her|their|a|an|the|allegedly|reportedly|"
    r"just|only|what|which|that|this|it|up|life|more|over|about|nearly)\b)[a-z]|"
    # "... four years for aiding and abetting": complicity is a charge of its own
    r"[^.;]{0,40}?\bfor\s+(?:aiding|abetting|complicity|being\s+an?\s+accomplice)\b",
    re.IGNORECASE,
)
"""After a term, a charge of its own the scheme lacks ("... to five years for fraud"); not
an act told by a verb ("for sending his CV abroad") nor a duration."""


_LINKED_TO_BEFORE = compile_narrowed(
    r"^\W*(?:for\s+(?:example|instance)|in\s+one\s+(?:such\s+)?case|among\s+them|"
    r"among\s+(?:the|those)\s+(?:defendants|convicted|sentenced|people\s+convicted)|"
    # "In one of them, a student got 12 years": one of the cases counted before
    r"in\s+one\s+of\s+(?:them|these|those|the\s+cases)|in\s+one\b(?=\s*,)|"
    r"one\s+of\s+them)\b|\b(?:he|she)\s+(?:was|has\s+been|had\s+been)\s+(?:sentenced|given|"
    r"handed|jailed|imprisoned)\b|\b(?:he|she)\s+(?:received|got|will\s+spend)\b|"
    # "The court sentenced him to 19 years": the person of the sentence before
    r"\b(?:sentenced|jailed|gave|handed)\s+(?:him|her)\b",
    re.IGNORECASE,
)
"""A sentence told as a case of the one before ("For example, ...", "he was sentenced", "She
was given", "the court sentenced him"):
it may take that sentence's offence; a term that merely follows a count does not ("Courts
convicted 30 people of espionage. A pensioner got eight years last week": no charge)."""


class IndividualRules(ContextChargeRules):
    """Imposed sentences of named (or described) people."""

    def extract_sentences(self) -> list[_Draft]:
        taken: list[tuple[int, int]] = []
        drafts = self.extract_several_terms(taken)
        for (rule, pattern), gate in zip(_SENTENCE_PATTERNS, _SENTENCE_GATES, strict=True):
            if not _gate_open(gate, self.folded):
                continue
            for m in pattern.finditer(self.s):
                if any(m.start() < e and m.end() > s for s, e in taken):
                    continue
                years = self._term_years(m)
                life = bool(m.groupdict().get("life"))
                if years is None and not life:
                    continue
                obj = (m.groupdict().get("obj") or "").strip()
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
                if not charge and not own_charge:
                    charge = self._charge_of_the_trial()
                if not charge and not own_charge and self._after_sentencing_headline():
                    # "Bryansk pensioner jailed under treason article" over "The regional
                    # court has sentenced a 66-year-old man to 11 years": the title's
                    # one charge
                    charge = self._charge_of_sentence_before()
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
        years = n / 12 if g["u"].lower().startswith("month") else n
        if g.get("n2"):
            n2 = parse_number(g["n2"])
            if n2 is not None:
                years += n2 / 12
        return _round(years)

    def _persons(self, before: str, obj: str) -> list[str]:
        if _ADVERBIAL.fullmatch(obj) or _BY_COURT.fullmatch(obj):
            # "was sentenced on Monday to ...", "was sentenced by a Moscow court to ...": no
            # object, the subject is the person
            obj = ""
        if obj.lower() in {"him", "her"}:
            return self._named_earlier(before)
        if obj:
            # "a former aviation engineer, 64,": the age in apposition aside
            obj = _RELATIVE_TAIL.sub("", _AGE_APPOSITION.sub("", obj)).strip()
            # not a place in "a resident of east Ukraine's Lugansk region"
            found = [n for n in _NAME.finditer(obj) if not _PLACE_BEFORE.search(obj, 0, n.start())]
            names = [
                n.group(0)
                for i, n in enumerate(found)
                if i + 1 == len(found)
                # "Wall Street Journal reporter Evan Gershkovich": the paper, no person
                or not _DESCRIPTOR_GAP.fullmatch(obj, n.end(), found[i + 1].start())
            ]
            names = [n for n in (self._clean_name(x) for x in names) if n]
            if names:
                return names
            # "a 24-year-old resident of Taganrog", "a man from Tula", "the activist": a
            # described person, to a place name
            np = re.match(
                r"^(?P<np>(?:an?|the)\s+(?:[\w'’-]+\s+){0,5}?(?:[a-z][\w'’-]+|"
                # "a man from Tula", "a resident of the occupied Kherson Region"
                r"(?<=\s)(?:of|from)\s+(?:the\s+)?(?:(?:occupied|annexed|east|west|north|"
                r"south|eastern|western|northern|southern|central)\s+)?"
                r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))\s*$",
                obj,
            )
            return [np.group("np")] if np else []
        # the subject's own clause: "X was sentenced to 12 years, while a teacher from Lipetsk
        # was sentenced to 20" (the teacher, not X)
        clause = _CLAUSE_BREAK.split(before)[-1]
        # "... on Friday: a 45-year-old woman received 12 years": a subject after a colon
        # (or after "while", "but": "..., while a retired officer got 16 years")
        after_colon = _BREAK_END.search(before, 0, len(before) - len(clause)) is not None
        # "A retired engineer, 71, was jailed": the age in apposition aside
        clause = _AGE_APPOSITION.sub(" ", clause)
        clause = _RELATIVE_ASIDE.sub(" ", _PARTICIPLE_ASIDE.sub(" ", clause))
        # "His accomplice, a local woman, also got 12 years": the adverb before the verb aside
        clause = _ADVERB_BEFORE_VERB.sub(" ", clause)
        who = _WHO_SUBJECT.search(clause)  # "Among them was a physicist, who was given ..."
        if who is not None and not _NOT_IN_SUBJECT.search(who.group("np")):
            return [who.group("np")]
        matches = [
            (n.start(), n.end(), self._clean_name(n.group(0))) for n in _NAME.finditer(clause)
        ]
        matches = [(s, e, n) for s, e, n in matches if n]
        if not matches:
            if _PRONOUN_SUBJECT.search(clause):
                # "He was sentenced ...": the person named last, here or just before
                if re.search(r"\b(?:he|she)\s*$", clause, re.IGNORECASE):
                    return self._named_earlier(clause[: -len(clause.split()[-1])])
                return []
            aux = _SUBJECT_END.search(clause)
            if aux is None:
                # "A Tomsk student received nine years": an active verb right after its subject
                np = _INDEFINITE_NP.fullmatch(clause.strip() + " ")
                if (
                    np
                    and (clause.strip()[:1].isupper() or after_colon)
                    and not _NOT_IN_SUBJECT.search(np.group("np"))
                ):
                    return [np.group("np")]
                # "On the same day a retired engineer was jailed": after a lead-in of time
                # or place, the "a/an" phrase that runs to the verb
                for start in _ARTICLE_WORD.finditer(clause):
                    np = _INDEFINITE_NP.fullmatch(clause.rstrip() + " ", start.start())
                    if (
                        np
                        and _LEAD_IN.fullmatch(clause, 0, start.start())
                        and not _NOT_IN_SUBJECT.search(clause, 0, np.end())
                    ):
                        return [np.group("np")]
                apposed = _NOUN_APPOSITION.fullmatch(clause)
                if apposed and not _NOT_IN_SUBJECT.search(clause):
                    return [apposed.group("np")]
                # "The accomplice received a four-year prison sentence"
                definite = _DEFINITE_PERSON.fullmatch(clause.strip() + " ")
                if definite and not _NOT_IN_SUBJECT.search(definite.group("np")):
                    return [definite.group("np")]
                return []
            subject = clause[: aux.start()].rstrip(" ,")
            if re.fullmatch(r"(?:.*\W)?(?:he|she)", subject, re.IGNORECASE | re.DOTALL):
                return self._named_earlier(subject[:-3])
            # "A 23-year-old man from Tula was sentenced": the first "a/an" phrase that runs
            # to the verb and crosses no clause ("a court said a man was ..." is no subject)
            for start in _ARTICLE_WORD.finditer(subject):
                np = _INDEFINITE_NP.fullmatch(subject, start.start())
                if np and not _NOT_IN_SUBJECT.search(np.group("np")):
                    return [np.group("np")]
            # "The activist was sentenced", "the court said the engineer was ...": the last
            # "the" phrase that ends in a person and runs to the verb
            for at in reversed([t.start() for t in _THE.finditer(subject)]):
                definite = _DEFINITE_PERSON.fullmatch(subject.rstrip() + " ", at)
                if definite and not _NOT_IN_SUBJECT.search(definite.group("np")):
                    return [definite.group("np")]
            return self._surname_subject(subject)
        chosen = [matches[-1]]
        for s, e, n in reversed(matches[:-1]):
            between = clause[e : chosen[0][0]]
            if re.fullmatch(r"\s*,?\s*and\s+(?:[a-z][\w-]*\s+){0,3}", between):
                chosen.insert(0, (s, e, n))
            else:
                break
        return [n for _, _, n in chosen]

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
        if years is None or len(names) != 1:
            return
        draft = self._draft("individual_sentence", rule, m.start("obj"))
        draft.person = names[0]
        draft.sentence_years = years
        draft.offences = self._gapped_charge(m.end(), charge) or charge
        draft.articles = self.lexicon.articles_for(draft.offences)
        drafts.append(draft)

    def _surname_subject(self, subject: str) -> list[str]:
        """ "Petrov was sentenced ...": a surname alone as the subject, as the full name a
        sentence before gave it, else as it is."""
        m = _SURNAME_END.search(subject)
        if m is None or m.group(0).lower() in _NAME_STOP or m.group(0).lower() in _NOT_NAME:
            return []
        surname = m.group(0)
        for _, text in reversed(self.state.recent):
            for x in _NAME.finditer(text):
                name = self._clean_name(x.group(0))
                if name and name.split()[-1] == surname:
                    return [name]
        return [surname]

    def _named_earlier(self, before: str) -> list[str]:
        """The person a "he", "she", "him" or "her" stands for: the last name in the
        sentence before the pronoun, else in the one or two sentences before."""
        texts = [before] + [s for i, s in reversed(self.state.recent) if 0 < self.index - i <= 2]
        if not any(self._clean_name(x.group(0)) for x in _NAME.finditer(before)):
            # "Alexander Kuranov ... was arrested. The court found Kuranov, 76, guilty and
            # sentenced him": the full name of the surname this sentence gives
            for text in texts[1:]:
                for x in _NAME.finditer(text):
                    name = self._clean_name(x.group(0))
                    last = name.split()[-1] if name else ""
                    if len(last) > 2 and re.search(rf"\b{re.escape(last)}\b", before):
                        return [name]
        for text in texts:
            names = [n for n in (self._clean_name(m.group(0)) for m in _NAME.finditer(text)) if n]
            if names:
                return [names[-1]]
        # "The case against the physicist, 68, ... He was sentenced": no name anywhere, so
        # the person the sentence just before describes
        for text in texts[1:2]:
            described = [m.group("np") for m in _DESCRIBED.finditer(text)]
            if len(described) == 1:
                return described
        # "found a nurse guilty of treason and sentenced her to ...": the one person this
        # sentence describes before the pronoun
        here = [m.group("np") or m.group("np2") for m in _DESCRIBED_HERE.finditer(before)]
        if len(here) == 1:
            return here
        return []

    @staticmethod
    def _clean_name(name: str) -> str:
        words = name.split()
        while words and words[0].lower() in _NAME_STOP:
            words = words[1:]
        while words and words[-1].lower() in _NAME_STOP:
            words = words[:-1]
        if len(words) < 2 or any(w.lower() in _NAME_STOP for w in words):
            return ""
        # "Russia's Criminal Code", "Petrov's lawyer": a possessive or a law's or an
        # institution's word, not the name of the person sentenced
        if any(w.lower() in _NOT_NAME or w.endswith(("'s", "’s")) for w in words):
            return ""
        return " ".join(words)

    def _charge(self, start: int, end: int) -> tuple[str, ...]:
        named = [m for m in self.offences if not _secrets_as_object(self.s, m)]
        after = [m for m in named if m.start >= start]
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
