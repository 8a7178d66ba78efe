"""English grammar for individual sentences: who was sentenced to what (rules in
individual.py). Each pattern with the wordings it covers:

    sentence.sentenced-to  "X was sentenced to 30 months", "sentenced a 24-year-old resident
                           of Taganrog to 14 years"
    sentence.jailed-for    "X was jailed for 16 years", "was jailed for life"
    sentence.jailed-active "a court jailed a former railway worker for 17 years", "jailed the
                           38-year-old physicist for 14 years",
                           "jailed Pavel Orlov for 12 years"
    sentence.given         "X was given a 12-year sentence", "was given 13 years in a
                           strict-regime colony for spying", "was convicted of X and
                           given six years in a general-regime colony"
    sentence.gave          "gave him 15 years", "handed Oleg Ivanov 13 years", "gave the
                           activist seven years", "gave a local man 12 years", "has given a
                           41-year-old IT specialist 13 years", "ordered X to serve eight
                           years"
    sentence.handed-to     "handed down a 13-year sentence to X", "handed a 15-year term to
                           a man from Bryansk", "the sentence of 24 years handed down to
                           journalist Ivan Safronov"
                           "5 — years handed to a pensioner for ..." (a figure's item)
    sentence.will-spend    "X, a nurse from Donetsk, will spend 14 years in prison"
    sentence.received      "X received 13 years", "she got a six-year sentence"
    sentence.term-for      "• 17 years in prison for a teacher from Kherson, convicted of
                           treason" (a digest's item, the term first); "Yulia P. — 8 years
                           for treason" (the name first)
    sentence.upheld        "upheld the 13-year sentence of Andrei M., who was found guilty of
                           treason" (an appeal's ruling)
    sentence.same-term     "His accomplice got the same term" (same_term.py)

Penalty and enactment grammar: grammar_en_penalties.py; counts: grammar_en.py.
"""

from __future__ import annotations

import re
from typing import Final

from kgbuild.extraction.gates import _gates
from kgbuild.extraction.grammar_en_penalties import _NUMD
from kgbuild.extraction.numbers import _words
from kgbuild.fastre import compile_narrowed

_SENT_TERM = (
    rf"(?:(?:an?\s+)?(?:further|additional|another|extra)\s+)?(?P<n>{_NUMD})"
    # "six and a half years", "6 1/2 years", "6½ years"
    rf"(?P<half>[\s-]+and[\s-]+a[\s-]+half|\s+1/2|\s*½)?[\s-]+(?P<u>years?|months?)(?!-old)['’]?"
    rf"(?:\s+and\s+(?P<n2>{_NUMD})[\s-]+(?P<u2>months?))?"
)
_PERSON_NOUN = (
    r"(?:activist|student|engineer|scientist|physicist|"
    r"officer|soldier|journalist|blogger|teacher|pensioner|man|woman|defendant|worker|resident|"
    r"serviceman|lieutenant|sergeant|captain|major|colonel|programmer|doctor|lawyer|priest|"
    r"researcher|professor|pilot|mechanic|businessman|businesswoman|citizen|national|"
    r"specialist|analyst|manager|entrepreneur|technician|designer|developer|chemist|"
    r"sailor|conscript|veteran|official|employee|volunteer|nurse|mother|father|accomplice|"
    r"member|suspect|convict|co-?defendant|partner|associate|friend|brother|sister|son|"
    r"daughter|husband|wife|driver|courier|director|playwright|artist|poet|writer|musician|"
    r"photographer|cleric|imam|pastor|economist|historian|mathematician|translator|hacker|"
    r"farmer|miner|electrician|accountant|lecturer|surgeon|paramedic|firefighter|policeman|"
    r"policewoman|sniper|paratrooper|diplomat|tourist|prisoner|inmate|governor|mayor|deputy|"
    r"senator|commander|teenager|girl|boy|schoolboy|schoolgirl|pupil|graduate|academic|"
    r"pharmacist|physician|dentist|coach|athlete|actor|actress|singer|monk|librarian|clerk|"
    r"guard|cook|welder|plumber|builder|cashier|waiter|waitress|hairdresser|fisherman|seaman|"
    r"operator|dispatcher|controller|marine|contractor|mercenary|fighter|administrator|"
    r"biologist|geologist|sociologist|psychologist|archaeologist|linguist|pensioner|"
    r"neighbou?r|colleague|cousin|nephew|niece|classmate|girlfriend|boyfriend|fianc[eé]e?|"
    r"medic|hobbyist|signalman|railwayman|ex-soldier|ex-officer)"
)
_SURNAME = (
    r"[A-Z][a-z]+(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skiy|skaya|enko|uk|yuk|ich|"
    r"idze|shvili|yan|ian)(?![\w'’-])"
)
"""A Russian, Ukrainian or Caucasian surname alone ("Petrov", "Ivanova", "Kovalenko"), as
the object of "jailed" or "gave": a person, where a plural of nationality is none."""
_PERSON_OBJ = (
    # a name, or a name and an initial ("Yegor D.")
    # an initial may have two letters, as transliterated ones do ("Yevgeny Kh.")
    r"(?P<obj>him|her|(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+[A-Z][a-z]?\.(?=\s)|"
    rf"{_SURNAME}|"
    # "a 45-year-old former contract soldier"; an age says it is a person, whatever the noun
    rf"(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}?{_PERSON_NOUN}|"
    # "his 34-year-old neighbour": an age after a possessive too
    rf"(?:the|an?|his|her|their)\s+\d{{1,2}}-year-old\s+(?:[\w'’-]+\s+){{0,3}}?[a-z][\w'’-]+"
    # "a 19-year-old student from Rostov"
    r"(?:\s+(?:from|of)\s+[A-Z][\w'’-]+)?|"
    # a headline's bare noun phrase before its charge: "hands 16-year sentence to French
    # researcher for espionage"
    rf"(?:[A-Z][a-z]+\s+)?{_PERSON_NOUN}(?=\s+for\b))(?:\b|(?<=\.))"
)
_DESCRIBED_HERE = compile_narrowed(
    rf"\b(?P<np>(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_PERSON_NOUN}"
    r"(?:\s+(?:from|of)\s+[A-Z][\w'’-]+)?)\b|"
    # "found a pharmacist guilty", "convicted a local pharmacist of": whoever is convicted
    r"\b(?:found|convicted)\s+(?P<np2>an?\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]+)"
    r"\s+(?:guilty|of)\b"
)
"""A person the sentence describes before a "him" or "her" stands for them: "found a nurse
from Kursk guilty of treason and sentenced her to 12 years"."""
_DEFINITE_PERSON = compile_narrowed(
    # "My client was sentenced to seven years" (a lawyer's own), "His friend Artyom got
    # six years" (a first name after the noun)
    rf"(?P<np>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_PERSON_NOUN}|client)(?:\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]?\.)?)?|"
    # "The 23-year-old was found guilty of treason and sentenced to 14 years"
    r"[Tt]he\s+\d{1,2}-year-old)\s*"
)
"""A subject that names a person described before: "The activist was sentenced to ...", "The
71-year-old engineer was convicted of ... and sentenced to ...", "His co-defendant, 29,
received six years"."""
_VERB_ADVERB = r"(?:(?:also|later|eventually|ultimately|finally|actually|instead|in\s+fact)\s+)?"
"""A sentence adverb between the auxiliary and the verb: "She was eventually given nine
years", "He was in fact jailed for seven years"."""
_SENTENCE_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "sentence.sentenced-to",
        compile_narrowed(
            # the object may hold an initial: "sentenced Ilya R., a courier, to 15 years"
            rf"\b(?P<verb>sentenced)\b(?P<obj>(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.)"
            rf"{{0,160}}?)\bto\s+"
            rf"(?:(?:serve|spend)\s+)?"
            rf"(?:{_SENT_TERM}|(?P<life>life(?:\s+imprisonment|\s+in\s+prison)?))",
            re.IGNORECASE,
        ),
    ),
    (
        "sentence.jailed-for",
        compile_narrowed(
            rf"(?:\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)|"
            # "was found guilty of X and jailed for six years"
            rf"(?<=was\s)(?:convicted|found\s+guilty)\b[^.;\d]{{1,120}}?\band)\s+{_VERB_ADVERB}"
            rf"(?P<verb>jailed|imprisoned)"
            rf"\s+for\s+(?:{_SENT_TERM}|(?P<life>life(?:\s+imprisonment)?)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        # "a court jailed a former railway worker for 17 years": the object between
        "sentence.jailed-active",
        compile_narrowed(
            # "Moscow court jails US citizen for 12 years": a headline's present tense
            rf"\b(?P<verb>jailed|jails|imprisoned|imprisons)\s+(?P<obj>him|her|(?:an?|the)\s+[^.;,]{{1,80}}?|"
            rf"(?:[A-Z][\w'’-]+\s+){{1,2}}[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+[A-Z][a-z]?\.|{_SURNAME}|"
            # a headline's bare noun phrase: "jails US citizen for 12 years"
            rf"(?:[\w'’-]+\s+){{0,2}}?{_PERSON_NOUN}(?=\s+for\b))"
            # "jailed Irina P., a 51-year-old accountant from Bryansk, for 12 years"
            rf"(?:\s*,\s*(?:an?|the)\s+[^,;.]{{1,80}}?,|\s*,\s*(?:aged\s+)?\d{{1,2}}\s*,)?"
            rf"\s+for\s+"
            rf"(?:{_SENT_TERM}|(?P<life>life(?:\s+imprisonment)?)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "sentence.given",
        compile_narrowed(
            # "was convicted of X and given six years in a general-regime colony"
            rf"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)|"
            rf"(?<=was\s)(?:convicted|found\s+guilty)\b[^.;\d]{{1,120}}?\band)\s+"
            rf"{_VERB_ADVERB}(?P<verb>given|handed)\s+"
            # "was given six and a half years", "was given a sentence of 13 years"
            rf"(?:an?\s+(?:(?:prison|jail|custodial)\s+)?(?:sentence|term)\s+of\s+)?"
            rf"(?:an?\s+)?{_SENT_TERM}"
            # "was handed 14 years on Tuesday for treason"
            rf"(?:\s+(?:on|last|this)\s+(?:[A-Z][a-z]+day|week|month)(?=\s+for\b))?"
            rf"(?:\s+(?:(?:prison\s+|jail\s+|custodial\s+)?(?:sentence|term)|"
            rf"(?=(?:in\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:colony|prison)|for|behind)\b))|"
            # "A fourth defendant ... was given eight years."
            rf"(?=\s*(?:[.;,]|$)))",
            re.IGNORECASE,
        ),
    ),
    (
        # "the judge gave him 15 years", "handed Oleg Ivanov 13 years"
        "sentence.gave",
        compile_narrowed(
            # the person's age may stand between: "handed Ivan Petrov, 34, a 16-year sentence";
            # a noun before the name, a relative clause after it: "gave blogger Anna Lis, who
            # lives in Riga, three years"
            rf"\b(?P<verb>gave|gives|handed|hands|(?:has|have|had)\s+given)\s+"
            rf"(?:{_PERSON_NOUN}\s+(?=[A-Z]))?{_PERSON_OBJ}"
            rf"(?:\s*,\s*(?:aged\s+)?\d{{1,2}}\s*,|\s*,\s*who\s+[^,.;]{{1,60}},)?"
            rf"\s+(?:an?\s+)?(?:{_SENT_TERM}|"
            # "gave a former soldier life imprisonment for treason"
            rf"(?P<life>life(?:\s+imprisonment|\s+in\s+prison|\s+sentence|\s+term)?)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        # "handed down a 13-year sentence to Pavel Orlov"
        "sentence.handed-to",
        compile_narrowed(
            rf"\b(?P<verb>handed(?:\s+down)?|hands(?:\s+down)?|imposed|passed)\s+(?:an?\s+)?"
            rf"(?:{_SENT_TERM}|"
            # "has handed a life sentence to a man convicted of ..."
            rf"(?P<life>life))\s+"
            rf"(?:prison\s+|jail\s+)?(?:sentence|term)\s+(?:to|on)\s+{_PERSON_OBJ}",
            re.IGNORECASE,
        ),
    ),
    (
        # "The longest sentence — 23 years in prison — was handed to Yegor K.", "A 13-year
        # term was given to a man from Bryansk"
        "sentence.handed-to",
        compile_narrowed(
            rf"{_SENT_TERM}(?:\s+(?:in\s+prison|(?:prison\s+|jail\s+)?(?:sentence|term)))?"
            rf"\s*[—–,]?\s*(?:was|were)\s+(?P<verb>handed(?:\s+down)?|given|imposed)\s+(?:to|on)\s+"
            rf"(?P<obj>[^.;,]{{1,80}}?)(?=\s*[.;,]|\s+(?:for|in|by|on|after)\b|\s*$)",
            re.IGNORECASE,
        ),
    ),
    (
        # "the sentence of 24 years handed down to journalist Ivan Safronov", "a term of 13
        # years was imposed on a former officer"
        "sentence.handed-to",
        compile_narrowed(
            rf"\b(?:the|a|an)\s+(?:prison\s+|jail\s+)?(?:sentence|term)\s+of\s+{_SENT_TERM}"
            rf"(?:\s+in\s+(?:prison|jail|a\s+(?:[\w-]+\s+)?(?:penal\s+)?colony))?"
            rf"\s*,?\s*(?:(?:was|were|has\s+been)\s+)?(?P<verb>handed(?:\s+down)?|given|imposed)\s+"
            rf"(?:to|on)\s+{_PERSON_OBJ}",
            re.IGNORECASE,
        ),
    ),
    (
        # "the 12-year prison sentence handed to him last year"
        "sentence.handed-to",
        compile_narrowed(
            rf"\b(?:the|a|an)\s+{_SENT_TERM}\s+(?:prison\s+|jail\s+)?(?:sentence|term)\s*,?\s*"
            rf"(?:(?:was|were|has\s+been)\s+)?(?P<verb>handed(?:\s+down)?|given|imposed)\s+"
            rf"(?:to|on)\s+(?P<obj>[^.;,]{{1,80}}?)"
            r"(?=\s*[.;,]|\s+(?:for|in|by|on|after|last|was|were|has|had)\b|\s*$)",
            re.IGNORECASE,
        ),
    ),
    (
        # a digest's item: "• 17 years in prison for a teacher from Kherson, convicted of
        # treason on Tuesday" (the term first, at the line's head)
        "sentence.term-for",
        compile_narrowed(
            rf"^\W*{_SENT_TERM}\s+(?:in\s+(?:prison|jail|(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?colony)|"
            rf"of\s+imprisonment|behind\s+bars)\s+(?P<verb>for)\s+{_PERSON_OBJ}",
            re.IGNORECASE,
        ),
    ),
    (
        # a newsletter's figure, the term first and a participle after it: "5 — years handed
        # to a pensioner for 'discrediting' the army", "12 years given to a Kazan student for
        # treason" (the figure's dash read as a space; at the line's head only)
        "sentence.handed-to",
        compile_narrowed(
            rf"^\W*{_SENT_TERM}\s+(?:in\s+(?:prison|jail)\s+)?"
            rf"(?P<verb>handed(?:\s+down)?|given|imposed)\s+(?:to|on)\s+{_PERSON_OBJ}",
            re.IGNORECASE,
        ),
    ),
    (
        # a list's item, the name first: "Yulia P. — 8 years for treason", "• Ivan Petrov,
        # 34: 12 years in a strict-regime colony for espionage"
        "sentence.term-for",
        compile_narrowed(
            r"^\W*(?P<obj>(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+[A-Z][a-z]?\.)"
            # "• Igor B., 29, Novosibirsk — 14 years ...": the age, then the town
            r"(?:\s*,\s*\d{1,2})?(?:\s*,\s*[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)?"
            r"\s*(?:[—–:]|\s-)\s*(?P<verb>)"
            rf"{_SENT_TERM}(?:\s+(?:in\s+(?:prison|jail|(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?colony)|"
            r"of\s+imprisonment|behind\s+bars))?(?=\s+for\s)",
        ),
    ),
    (
        # an appeal: "upheld the 13-year sentence of Andrei M., a programmer who was found
        # guilty of treason", "upheld the sentence of 14 years handed to a former officer"
        "sentence.upheld",
        compile_narrowed(
            r"\b(?P<verb>upheld|upholds|confirmed|left\s+in\s+force)\s+(?:the\s+)?"
            r"(?:(?:prison\s+|jail\s+)?(?:sentence|term)\s+of\s+)?"
            rf"{_SENT_TERM}(?:\s+(?:prison\s+|jail\s+)?(?:sentence|term))?\s+"
            r"(?:(?:handed(?:\s+down)?|given)"
            rf"\s+to|imposed\s+on|of)\s+{_PERSON_OBJ}",
            re.IGNORECASE,
        ),
    ),
    (
        # "The court ordered Maria V. to serve eight years in a general-regime colony"
        "sentence.gave",
        compile_narrowed(
            rf"\b(?P<verb>ordered)\s+{_PERSON_OBJ}"
            rf"(?:\s*,\s*(?:aged\s+)?\d{{1,2}}\s*,)?\s+to\s+serve\s+(?:an?\s+)?{_SENT_TERM}",
            re.IGNORECASE,
        ),
    ),
    (
        # "Yekaterina M., a nurse from Donetsk, will spend 14 years in prison": the subject
        # before, as with "was jailed for"
        "sentence.will-spend",
        compile_narrowed(
            rf"\b(?:will|must|is\s+to|is\s+set\s+to|has\s+to)\s+(?P<verb>spend|serve)\s+"
            rf"(?:the\s+next\s+)?{_SENT_TERM}\s+(?:in\s+(?:prison|jail|custody|"
            rf"(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+colony)|behind\s+bars)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "Petrov, a 44-year-old engineer, will serve 13 years for treason" (a charge after)
        "sentence.will-spend",
        compile_narrowed(
            rf"\b(?:will|must|is\s+to|has\s+to)\s+(?P<verb>serve)\s+{_SENT_TERM}(?=\s+for\s)",
            re.IGNORECASE,
        ),
    ),
    (
        # "Daria, 27, is serving 11 years for treason", "has been serving a 14-year term in a
        # colony since 2021" (not "serving 3 years of a 12-year term": the time served)
        "sentence.will-spend",
        compile_narrowed(
            rf"\b(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|currently\s+|still\s+)?"
            rf"(?P<verb>serving)\s+(?:an?\s+|his\s+|her\s+)?{_SENT_TERM}"
            # (or at the clause's end: "X, convicted of treason, is serving a 22-year term.")
            r"(?:\s+(?:prison\s+|jail\s+)?(?:sentence|term))?(?=\s+(?:for|in|on|over)\s|\s*[.;])",
            re.IGNORECASE,
        ),
    ),
    (
        # "The court found a 45-year-old man guilty of treason and imposed a sentence of 14
        # years", "found Ivan Petrov guilty of espionage and imposed a 12-year prison term"
        "sentence.gave",
        compile_narrowed(
            rf"\bfound\s+{_PERSON_OBJ}\s+guilty\b[^.;]{{1,120}}?\band\s+"
            r"(?P<verb>imposed|handed\s+down|passed)\s+(?:an?\s+)?"
            rf"(?:(?:prison\s+|jail\s+)?(?:sentence|term)\s+of\s+)?{_SENT_TERM}",
            re.IGNORECASE,
        ),
    ),
    (
        # "The man will serve his 16-year sentence for treason in a strict-regime colony"
        "sentence.will-spend",
        compile_narrowed(
            rf"\b(?:will|must|is\s+to|is\s+set\s+to|has\s+to)\s+(?P<verb>serve)\s+"
            rf"(?:his|her|their|the)\s+{_SENT_TERM}\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b"
            r"(?![^.;]{0,40}\b(?:remaining|rest)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        # "Pavel Orlov received 13 years", "she got a six-year sentence"
        "sentence.received",
        compile_narrowed(
            # a headline's present tense: "Pensioner receives 12 years for treason"
            rf"\b(?P<verb>received|got|receives|gets)\s+(?:an?\s+)?"
            # "received a prison term of 12 years"
            rf"(?:(?:(?:prison|jail|custodial)\s+)?(?:term|sentence)\s+of\s+)?(?:{_SENT_TERM}|"
            # "a railway signalman received life imprisonment", "got a life sentence"
            r"(?P<life>life(?:\s+imprisonment|\s+in\s+prison|\s+sentence|\s+term)?)(?![\w-]))",
            re.IGNORECASE,
        ),
    ),
    (
        # a headline's passive without its auxiliary: "Siberian teacher jailed for 8 years
        # over anti-war posts" (the person a bare noun phrase at the line's head)
        "sentence.jailed-for",
        compile_narrowed(
            rf"^\W*(?P<obj>(?:[\w'’-]+\s+){{0,2}}?{_PERSON_NOUN})(?:\s*,\s*\d{{1,2}}\s*,)?\s+"
            rf"(?P<verb>jailed|imprisoned)\s+for\s+(?:{_SENT_TERM}|(?P<life>life)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        # a headline's present tense: "Court sentences Ivan Petrov to 14 years for treason"
        "sentence.sentenced-to",
        compile_narrowed(
            rf"\b(?P<verb>sentences)\s+{_PERSON_OBJ}(?:\s*,\s*(?:aged\s+)?\d{{1,2}}\s*,)?"
            rf"\s+(?:in\s+absentia\s+)?to\s+(?:{_SENT_TERM}|"
            rf"(?P<life>life(?:\s+imprisonment|\s+in\s+prison)?)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        # a court-watch line in telegraphic style: "a 34-year-old drone hobbyist, 14 years,
        # treason." (the person, the term, the charge, each after a comma)
        "sentence.term-for",
        compile_narrowed(
            r"(?<![\w,] )\b(?P<obj>(?:an?|the)\s+[^,;.:—–()]{1,60}?)\s*,\s*(?P<verb>)"
            rf"{_SENT_TERM}"
            r"\s*,\s*(?P<telegraph>)(?=[^,;.\d]{3,80}(?:[.;]|$))",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
)
_SENTENCE_GATES: Final = _gates(
    (
        ("sentenced",),
        ("jailed", "imprisoned"),
        ("jailed", "jails", "imprisoned", "imprisons"),
        ("given", "handed"),
        ("gave", "gives", "handed", "hands", "given"),
        ("handed", "hands", "imposed", "passed"),
        ("handed", "given", "imposed"),
        ("handed", "given", "imposed"),
        ("handed", "given", "imposed"),
        ("years in", "years of", "year in", "behind bars"),
        ("handed", "given", "imposed"),
        ("years", "year", "months"),
        ("upheld", "upholds", "confirmed", "left in force"),
        ("ordered",),
        ("spend", "serve"),
        ("serve",),
        ("serving",),
        ("imposed", "handed", "passed"),
        ("serve",),
        ("received", "got", "receives", "gets"),
        ("jailed", "imprisoned"),
        ("sentences",),
        ("years,", "year,", "months,"),
    )
)
"""As _TIME_GATES, for _SENTENCE_PATTERNS."""
_NAME_TOKEN = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*"
_NAME = compile_narrowed(
    rf"\b{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}\b"
    # a name and an initial, as courts and outlets give defendants: "Ilya R."
    rf"|\b{_NAME_TOKEN}\s+[A-Z][a-z]?\.(?=[\s,;]|$)"
)
_NAME_STOP: Final = frozenset(
    _words(
        "in on at the a an former journalist activist director playwright president pianist "
        "engineer officer soldier pensioner student businessman businesswoman researcher "
        "professor analyst worker mechanic pilot nurse doctor "
        "prominent human rights defender co-chair lawyer scientist physicist teacher blogger "
        "artist poet writer opposition politician leader mr mrs ms dr st his her their and "
        "russian russia moscow court military supreme district city regional federal "
        "ukrainian theatre theater municipal councillor councilor deputy historian priest "
        "pastor january february march april may june july august september october november "
        "december monday tuesday wednesday thursday friday saturday sunday also then later"
    )
)
_NOT_NAME: Final = frozenset(
    _words(
        "code article articles criminal constitution law laws duma ministry committee service "
        "agency department office prosecutor prosecutors intelligence federation kremlin "
        "government parliament republic region oblast krai university institute press"
    )
)
"""Words of laws and institutions: "Russia's Criminal Code" and "Investigative Committee"
are no person's name."""
_COURT = compile_narrowed(
    r"\b(?:(?:a|an|the)\s+)?(?P<court>(?:[A-Z][\w'’.-]*\s+){0,5}(?:[a-z]+\s+)?[Cc]ourt"
    r"(?:\s+(?:of|in|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?)"
)
_PRONOUN_SUBJECT = compile_narrowed(r"\b(?:he|she|they|it)\s*$", re.IGNORECASE)
_RELATIVE_ASIDE = compile_narrowed(
    r"(?<=\w)\s*,\s*(?:who|whom|whose|which)\b[^,.;]{1,80},"
    r"(?=\s*(?:(?:was|is|has\s+been|had\s+been)\s*)?$)",
    re.IGNORECASE,
)
"""A relative clause between a subject and its verb, with the verb's auxiliary after it or
not: "A fourth defendant, who cooperated with the investigation, was given eight years",
"The man, who had worked as a caretaker, was sentenced to ..." (the man, not the
caretaker)."""
_WHO_SUBJECT = compile_narrowed(
    r"(?P<np>\b(?:an?|the)\s+(?:(?!(?:an?|the|was|were|is|are)\b)[^,.;\s]+\s+){0,4}"
    r"[^,.;\s]+)\s*,\s*who\s*$",
    re.IGNORECASE,
)
"""A person who is the subject of the verb through "who": "Among the defendants was a
72-year-old physicist, who was given 14 years"."""
_INDEFINITE_NP = compile_narrowed(
    # "A resident of the village of Dolinnoye in the Bakhchisaray district": up to a dozen words
    r"(?P<np>(?:[Aa]n?|One)\s+(?:[\w'’-]+\s+){0,14}?[\w'’-]+)\s*"
)
"""("One defendant from Kursk received life": one of the people told of before.)"""


_TERMS_EACH_AFTER = compile_narrowed(
    r"^\s+(?:were|have\s+been|had\s+been)\s+(?:jailed|sentenced|imprisoned)\s+(?:to|for)\s+"
    rf"{_NUMD}(?:\s*,\s*{_NUMD})*\s*,?\s+and\s+{_NUMD}[\s-]+years?\b",
    re.IGNORECASE,
)
"""After a number of people, a term for each of them: "Three men were jailed for 15, 14 and
12 years" (people of one trial, each with a term of their own: no count of convictions)."""
_TERM_KIND_AMONG = compile_narrowed(
    r"^[^.;]{0,80}?\b"
    r"(?:(?:were|was|had\s+been|have\s+been)\s+(?:given|handed(?:\s+down)?|sentenced\s+to)|"
    r"received|got)\s+(?:an?\s+)?"
    r"(?:(?:life|suspended|conditional|real|actual|custodial|non-custodial|prison|jail|fines?)\b|"
    rf"{_NUMD}[\s-]+years?\b)",
    re.IGNORECASE,
)
"""After "N of those (them, these)", the kind of term some of the people counted got:
"Thirteen of those found guilty of treason were given life terms" (a share of a count by
punishment: no count)."""
