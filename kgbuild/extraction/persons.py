"""Who a term is given to: the person a sentencing clause names or describes ("sentenced
Ilya R., a courier, to 15 years", "A 23-year-old man from Tula was sentenced ...", "The
activist received ..."), a pronoun's person ("him", "he": the name this sentence or the two
before gave, a surname's full name), and a surname alone as a subject ("Petrov was
sentenced ..."). Split from individual.py."""

from __future__ import annotations

import re
from typing import Final

from kgbuild.extraction.charges_context import ContextChargeRules
from kgbuild.extraction.grammar_en_individual import (
    _DEFINITE_PERSON,
    _DESCRIBED_HERE,
    _INDEFINITE_NP,
    _NAME,
    _NAME_STOP,
    _NOT_NAME,
    _PERSON_NOUN,
    _PRONOUN_SUBJECT,
    _RELATIVE_ASIDE,
    _WHO_SUBJECT,
)
from kgbuild.fastre import compile_narrowed

_ARTICLE_WORD = compile_narrowed(r"\b[Aa]n?\s")

_THE = compile_narrowed(r"\b(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s")
"""Before a described person as the subject: "the activist", "my client" (a lawyer's), "his
father" (after a lead-in too: "In 2019 his father was convicted of espionage and given 12
years")."""

_DESCRIPTOR_GAP = compile_narrowed(
    r"\s+(?!(?:and|or)\b)[a-z][\w'’-]*(?:\s+(?:[a-z][\w'’-]*|and\s+former))*\s+"
)
"""Lower-case words between two names, the first a role ("Wall Street Journal reporter Evan
Gershkovich", "... journalist and former Moscow Times reporter ..."): the first name is
the person's paper or employer. Not "Ivan Petrov and former officer Oleg Sidorov"."""

_SURNAME_END = compile_narrowed(
    r"(?:^|(?<=,\s)|(?<=^\W)|(?<=\b\d{4}\s)|"
    # "Last November Pavel was sentenced": after a lead-in of time with no comma
    r"(?<=uary\s)|(?<=March\s)|(?<=April\s)|(?<=\bMay\s)|(?<=June\s)|(?<=July\s)|"
    r"(?<=ugust\s)|(?<=ember\s)|(?<=tober\s)|(?<=day\s))"
    r"[A-Z][a-z][\w'’-]+(?=\s*$)"
)
"""A surname that is the whole subject, or follows a lead-in and its comma ("On Friday,
Petrov"), or a month, a weekday or a year ("Last November Pavel")."""
_SELF = compile_narrowed(r"\s+(?:himself|herself)\s*$")
"""An intensifier after the subject: "Pavel himself was sentenced"."""

_POST_NUMBER = compile_narrowed(r"^\s*\d{1,2}/(?:\d{1,2})?\s+")
"""The number of a post in a thread ("3/ ", "2/5 ") opening the subject's clause."""

_PLACE_BEFORE = compile_narrowed(
    r"^(?:an?|the)\s+[^,]*\b(?:of|from|in)\s+(?:the\s+)?"
    # "a man from the occupied south of the Kherson region" (not "a major in reserve Ivan
    # Sorokin": a name after a word that is no part of a place)
    r"(?:(?:east|west|north|south|eastern|western|northern|southern|central|occupied|"
    r"annexed|far|near|the)\s+){0,2}$",
    re.IGNORECASE,
)

_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|whereas|but|and\s+(?=an?\s|the\s))\s*")

# ("..., and a friend of the couple was given six years": "and" as _CLAUSE_BREAK has it)
_BREAK_END = compile_narrowed(r"(?::|,\s+(?:while|whereas|but|and))\s*$")

_BY_COURT = compile_narrowed(
    r"\s*(?:(?:on\s+\w+|in\s+absentia|last\s+\w+)\s+)?by\s+(?:an?|the)\s+[^.;,]{0,60}?\b(?:court|"
    # "by an occupation 'court'", "by a court in Melitopol", "by a court in Nizhny Novgorod"
    r"tribunal|judge)['’\"”]?(?:\s+(?:in|of|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s*){1,3})?"
    r"\s*(?:(?:on\s+\w+|in\s+absentia|last\s+\w+)\s*)?",
    re.IGNORECASE,
)

_SURNAME_AGED = re.compile(r"^\W*(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s*(?:aged\s+)?\d{1,2},\s*")
"""A subject that is a surname with an age in apposition: "Petrov, 34, was given ..."."""
_SURNAME_APPOSED = re.compile(
    r"\W*(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s*(?:an?|the)\s+[^,;:]{1,60},\s*"
)
"""A subject that is a surname with a noun phrase in apposition, the whole clause before
the verb: "Petrov, a 44-year-old engineer, will serve ..."."""
_IN_ABSENTIA_AFTER = re.compile(r",?\s+in\s+absentia$", re.IGNORECASE)
_ADVERBIAL = compile_narrowed(
    r"\s*(?:(?:on|last|this|earlier|later|also|again|today|yesterday|in\s+absentia|"
    # "had been sentenced in 2022 to 12 years", "sentenced in March to"
    r"in\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|"
    r"November|December))\b"
    r"(?:\s+(?:[A-Z][a-z]+|\d{1,2}|week|month|year|this|that|the|day))*\s*,?\s*)+",
    re.IGNORECASE,
)
"""An object slot holding only a time word ("sentenced on Monday to", "sentenced last week
to", "sentenced in absentia to", "sentenced in 2022 to"): not a person."""

_DESCRIBED = compile_narrowed(
    r"\b(?P<np>[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:activist|student|engineer|scientist|"
    r"physicist|chemist|officer|soldier|journalist|blogger|teacher|pensioner|man|woman|"
    r"serviceman|lieutenant|sergeant|programmer|researcher|professor|pilot|mechanic|"
    r"businessman|businesswoman)|(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:brother|sister|son|"
    r"daughter|husband|wife|father|mother|client|friend|colleague|partner))\b"
)
"""One described person ("the physicist", "the retired engineer", "my brother") a "he" or
"she" in the next sentence stands for when no one is named."""

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

_AGE_APPOSITION = compile_narrowed(r"\s*,\s*(?:aged\s+)?\d{1,2}\s*(?:,|$)")

_ADVERB_BEFORE_VERB = compile_narrowed(
    r"(?<=\S)\s+(?:also|likewise|then|later|eventually|subsequently|ultimately|finally|"
    # "He was in fact sentenced to seven years", "she was instead given five": a sentence
    # adverb between the auxiliary and the verb
    r"actually|instead|in\s+fact|in\s+the\s+end)\s*$",
    re.IGNORECASE,
)

_RELATIVE_TAIL = compile_narrowed(r"\s*,\s*(?:who|whom|whose)\b.*$", re.IGNORECASE | re.DOTALL)
"""A relative clause that ends an object: "sentenced a 47-year-old resident of the Kursk
Region, whom investigators had accused of ..., to 15 years" (the person is before it)."""

_NOUN_APPOSITION = compile_narrowed(
    r"\s*(?P<np>(?:[Aa]n?|[Aa]nother|One|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+[\w'’ -]{1,40}?)\s*,\s*"
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


_BARE_PERSON = compile_narrowed(rf"(?:[\w'’-]+\s+){{0,2}}?{_PERSON_NOUN}", re.IGNORECASE)
"""A person with no article, as headlines tell one: "US citizen", "former soldier"."""


_FIRST_NAME_AGED: Final = re.compile(
    r"(?<!\b[Ii]n )(?<!\b[Aa]t )(?<!\bof )(?<!\b[Ff]rom )"
    r"\b(?P<name>[A-Z][a-z]{2,}),\s+(?:aged\s+)?\d{1,2},"
)
"""A first name told with an age ("Arina, 19,"): the person a later "her" stands for."""


_CITIZEN_INITIAL = re.compile(
    r"(?:citizen|resident|defendant|convict|serviceman|servicewoman|national)\s+"
    r"(?:[A-Z][a-z]?\.(?:\s*[A-Z][a-z]?\.)?|[A-Z][a-z]+(?:ov|ova|ev|eva|in|ina|sky|skaya|enko|uk|ich))"
)
"""A person a court statement names by a noun and an initial: "citizen M.", "resident Kh."."""


class PersonRules(ContextChargeRules):
    """The person of a term (see the module)."""

    def _persons(self, before: str, obj: str) -> list[str]:
        if obj.endswith("absentia"):
            obj = _IN_ABSENTIA_AFTER.sub("", obj)  # "sentenced him in absentia to 15 years"
        if _ADVERBIAL.fullmatch(obj) or _BY_COURT.fullmatch(obj):
            # "was sentenced on Monday to ...", "was sentenced by a Moscow court to ...": no
            # object, the subject is the person
            obj = ""
        if obj.lower() in {"him", "her", "his"}:
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
            if re.fullmatch(r"[A-Z][a-z][\w'’-]+", obj):
                # "sentenced Petrov to two years and six months": a surname alone
                return self._surname_subject(obj)
            if _CITIZEN_INITIAL.fullmatch(obj):
                # a court statement's "sentenced citizen M. to 11 years" (a translated one's
                # noun and the initial it leaves of the name)
                return [obj]
            # "a 24-year-old resident of Taganrog", "a man from Tula", "the activist": a
            # described person, to a place name
            np = re.match(
                r"^(?P<np>(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,5}?(?:[a-z][\w'’-]+|"
                # "a man from Tula", "a resident of the occupied Kherson Region"
                r"(?<=\s)(?:of|from)\s+(?:the\s+)?(?:(?:occupied|annexed|east|west|north|"
                r"south|eastern|western|northern|southern|central)\s+)?"
                r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))\s*$",
                obj,
            )
            bare = re.sub(r"\s+(?:for|on|in|to)$", "", obj)
            if np is None and _BARE_PERSON.fullmatch(bare):
                return [bare]  # a headline's "jails US citizen for 12 years"
            return [np.group("np")] if np else []
        # the subject's own clause: "X was sentenced to 12 years, while a teacher from Lipetsk
        # was sentenced to 20" (the teacher, not X)
        at_head = _CLAUSE_BREAK.search(before) is None  # the subject opens the sentence
        clause = _CLAUSE_BREAK.split(before)[-1]
        # "3/ His friend Artyom ... got 6 years": a thread's post number aside
        clause = _POST_NUMBER.sub("", clause)
        # "... on Friday: a 45-year-old woman received 12 years": a subject after a colon
        # (or after "while", "but": "..., while a retired officer got 16 years")
        after_colon = _BREAK_END.search(before, 0, len(before) - len(clause)) is not None
        aged = _SURNAME_AGED.match(clause) or _SURNAME_APPOSED.fullmatch(clause)
        if aged is not None and aged.group("name").lower() not in _NAME_STOP:
            # "Petrov, 34, was given 15 years", "Petrov, a 44-year-old engineer, will serve
            # 13 years": a surname with an age or a noun phrase in apposition
            return [aged.group("name")]
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
                if at_head and _BARE_PERSON.fullmatch(clause.strip()):
                    # a headline's bare subject: "Pensioner receives 12 years for treason"
                    return [clause.strip()]
                # "Petrov got six years", "Artyom got 6 years in a juvenile colony": one
                # name alone as the subject of the active verb
                return self._surname_subject(clause)
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
            if at_head and _BARE_PERSON.fullmatch(subject.strip()):
                return [subject.strip()]  # "Former officer sentenced to 14 years ..."
            return self._surname_subject(subject)
        chosen = [matches[-1]]
        for s, e, n in reversed(matches[:-1]):
            between = clause[e : chosen[0][0]]
            if re.fullmatch(r"\s*,?\s*and\s+(?:[a-z][\w-]*\s+){0,3}", between):
                chosen.insert(0, (s, e, n))
            else:
                break
        return [n for _, _, n in chosen]

    def _surname_subject(self, subject: str) -> list[str]:
        """ "Petrov was sentenced ...": a surname alone as the subject, as the full name a
        sentence before gave it, else as it is."""
        m = _SURNAME_END.search(_SELF.sub("", subject))
        if (
            m is None
            or m.group(0).lower() in _NAME_STOP
            or m.group(0).lower() in _NOT_NAME
            or self.lexicon.find_offences(m.group(0))
        ):
            return []
        surname = m.group(0)
        if surname in {"January", "February", "March", "April", "May", "June", "July"}:
            return []
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
            # "The court found a 52-year-old local resident guilty under Article 275.1. He
            # was sentenced to five years": the one person a verdict before describes
            found = [m.group("np2") for m in _DESCRIBED_HERE.finditer(text) if m.group("np2")]
            if len(found) == 1:
                return found
        # a court statement's "found citizen D., born in 1998, guilty of ... and sentenced
        # him to ...": the one noun and initial this sentence gives before the pronoun
        initials = {m.group(0) for m in _CITIZEN_INITIAL.finditer(before)}
        if len(initials) == 1:
            return list(initials)
        # "found a nurse guilty of treason and sentenced her to ...": the one person this
        # sentence describes before the pronoun
        here = [m.group("np") or m.group("np2") for m in _DESCRIBED_HERE.finditer(before)]
        if len(here) == 1:
            return here
        # "When investigators came for Arina, 19, she had ... A court gave her eight years":
        # a first name alone, told as a person by the age in apposition
        for text in texts:
            if "," in text:
                aged = [m.group("name") for m in _FIRST_NAME_AGED.finditer(text)]
                if aged:
                    return [aged[-1]]
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
