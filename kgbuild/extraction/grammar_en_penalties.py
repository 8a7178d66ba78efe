"""English grammar for statutory penalties, each pattern with its wordings.

Penalties (``_PENALTY_PATTERNS``, in order of precedence):

    penalty.to-life   "from 12 years to life", "raised the maximum from 20 years to life"
    penalty.between   "between 10 and 20 years", "from three to eight years", "12-20 years"
    penalty.up-to     "up to eight years", "no more than five years"
    penalty.prison-for  "could now go to prison for 20 years" (after a modal only)
    penalty.maximum   "a maximum sentence of 15 years", "the maximum punishment for treason
                      remains 20 years", "stipulated a maximum punishment of 20 years",
                      "the maximum term ... is still four years", "the top sentence is 20 years",
                      "before that the maximum was 20 years",
                      "20 years remains the ceiling for espionage", "could face 20
                      years instead of 15"
    penalty.life      "life imprisonment", "imprisonment for life", "(raised ...) to life"
    penalty.raised    (penalties.py) "the maximum ... from 15 to 20 years", "up to five years,
                      instead of three": two ceilings, the old and the new

A sentence that names no offence but refers back ("Such offences are punishable by ...",
"the article carried a maximum of 20 years") takes the offences of the sentence before.
A term is statutory only after a statutory cue (``_STATUTORY_CUE``: "punishable by", "can
get", "may be threatened with", "may be jailed for", "a law on ...") that comes after any
imposed one (``_IMPOSED_CUE``: "sentenced", "jailed", "received"); an imposed verb inside a
statutory cue ("may be jailed") does not count as imposed.

Enactments: grammar_en_enactments.py.
"""

from __future__ import annotations

import re
from typing import Final

from kgbuild.extraction.gates import _gates
from kgbuild.extraction.numbers import _WORD
from kgbuild.fastre import compile_narrowed

_NUMD = rf"(?:\d+(?:\.\d+)?|{_WORD})"
_TERM_UNIT = r"(?P<unit>years?|months?)['’]?"
_PENALTY_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        # "from 12 years to life": a range up to life, or (after "maximum", "raised") the old
        # ceiling and the new one
        "penalty.to-life",
        compile_narrowed(
            rf"\bfrom\s+(?P<a>{_NUMD})[\s-]+{_TERM_UNIT}(?:\s+(?:in\s+prison|of\s+imprisonment))?"
            r"\s+(?:to|up\s+to)\s+life(?:\s+imprisonment|\s+in\s+prison|\s+terms?)?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "penalty.between",
        compile_narrowed(
            rf"\bbetween\s+(?P<a>{_NUMD})\s+(?:years?\s+)?and\s+(?P<b>{_NUMD})[\s-]+{_TERM_UNIT}",
            re.IGNORECASE,
        ),
    ),
    (
        "penalty.between",
        compile_narrowed(
            # "12-20 years", "an 8- to 15-year term", "a 15-to-20-year term"
            rf"(?:\bfrom\s+)?\b(?P<a>{_NUMD})\s*(?:(?:-\s*)?to(?:\s*-)?|-|–|—)\s*(?P<b>{_NUMD})"
            rf"[\s-]+{_TERM_UNIT}",
            re.IGNORECASE,
        ),
    ),
    (
        "penalty.up-to",
        compile_narrowed(
            # "which tops out at eight years": the ceiling after "tops out"
            rf"(?:\b(?:up\s+to|at\s+most|no\s+more\s+than|as\s+(?:much|long)\s+as)|"
            rf"(?<=\btops\sout\s)at|(?<=\btopped\sout\s)at)\s+"
            rf"(?P<b>{_NUMD})[\s-]+{_TERM_UNIT}",
            re.IGNORECASE,
        ),
    ),
    (
        # "could now go to prison for 20 years": a ceiling, after a modal
        "penalty.prison-for",
        compile_narrowed(
            rf"\b(?:go|be\s+sent|be\s+put)\s+(?:to\s+(?:prison|jail)|behind\s+bars)\s+for\s+"
            rf"(?:up\s+to\s+)?(?P<b>{_NUMD})[\s-]+{_TERM_UNIT}",
            re.IGNORECASE,
        ),
    ),
    (
        "penalty.maximum",
        compile_narrowed(
            rf"\b(?:a\s+)?(?:maximum|top|highest|harshest|toughest|stiffest|severest|gravest|"
            rf"heaviest|longest)\s+"
            rf"(?:(?:prison\s+|jail\s+)?"
            rf"(?:sentence|penalty|term|punishment)(?:\s+(?:available|possible|allowed|"
            # "the harshest sentence a court could impose for it was 20 years"
            rf"(?:that\s+)?(?:an?\s+|the\s+)?(?:courts?|judges?)\s+(?:could|can|may|might)\s+"
            rf"(?:impose|hand\s+down|give|pass)))?"
            # "the maximum under Article 275.1, which is eight years"
            rf"(?:\s+(?:for|of|under)\s+(?:[^,.;]|(?<=\d)\.(?=\d)){{1,60}}?)?(?:\s*,)?\s+"
            rf"(?:(?:still\s+)?remains(?:\s+at)?|(?:which\s+)?(?:is|was)(?:\s+(?:still|now))?|"
            rf"(?:still\s+)?stands\s+at|of|at|to)\s+|"
            # "before that the maximum was 20 years", "the maximum for espionage, which is
            # 20 years", "the maximum under Article 275.1 is eight years"
            rf"(?<=the\smaximum\s)(?:(?:for|under)\s+(?:[^,.;]|(?<=\d)\.(?=\d)){{1,60}}?"
            rf"(?:\s*,)?\s+(?:which\s+)?)?(?:is|was|had\s+been|stood\s+at)\s+|"
            rf"(?:(?:prison\s+|jail\s+)?(?:sentence|penalty|term|punishment)\s+)?(?:of\s+)?)"
            rf"(?P<b>{_NUMD})[\s-]+{_TERM_UNIT}",
            re.IGNORECASE,
        ),
    ),
    (
        # "20 years remains the ceiling for espionage": the term first
        "penalty.maximum",
        compile_narrowed(
            rf"\b(?P<b>{_NUMD})[\s-]+{_TERM_UNIT}(?:\s+(?:(?:also|still)\s+)?"
            r"(?:(?:still\s+)?remains|is|was|stays)\s+the\s+(?:ceiling|maximum|upper\s+limit)\b|"
            # "had sought eight years, the maximum under Article 275.1" (in apposition)
            r"\s*,\s*the\s+(?:statutory\s+)?(?:maximum|ceiling|upper\s+limit)(?:\s+(?:term|"
            r"penalty|sentence))?\s+(?:under|for|allowed|possible|permitted)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        # "Those convicted of sabotage could face 20 years in prison instead of 15": a bare
        # term that replaces another is the law's new ceiling (penalties.py adds the old)
        "penalty.maximum",
        compile_narrowed(
            rf"\b(?:fac(?:e|es|ing)|carr(?:y|ies)|brings?|means?)\s+(?P<b>{_NUMD})[\s-]+{_TERM_UNIT}"
            rf"(?=(?:\s+(?:in\s+prison|behind\s+bars|of\s+imprisonment))?\s*,?\s*"
            rf"(?:instead\s+of|rather\s+than)\s+{_NUMD}\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "penalty.life",
        compile_narrowed(
            # not "the same range without the life term"
            r"(?<!without\s)(?<!without\sa\s)(?<!without\sthe\s)(?<!without\sany\s)"
            # nor "the first life terms": terms handed down, not the law's range
            r"(?<!first\s)"
            r"\b(?:life\s+(?:imprisonment|sentences?|terms?|in\s+prison)|imprisonment\s+for\s+life|"
            r"(?<=to\s)life|(?<=punishable\sby\s)life|"
            # "12 to 20 years in prison or life, treason ...": a bare "life" after a term
            r"(?<=years\sor\s)life|(?<=prison\sor\s)life|(?<=imprisonment\sor\s)life|"
            # "10 to 20 years, or life", "12 to 20 years or by life": a bare "life" after "or"
            # ends its clause; "Treason now carries life", "faces life"
            r"(?:(?<=,\sor\s)|(?<=\sor\sby\s)|(?<=\scarries\s)|(?<=\scarry\s)|(?<=\sfaces\s)|"
            # "it can also mean (bring) life", "be punished with (by) life"
            r"(?<=\smean\s)|(?<=\sbring\s)|(?<=\swith\s)|(?<=\sby\s)|"
            r"(?<=\sface\s))life(?=\s*(?:[.;)]|$|,(?!\s*(?:if|when|where|for)\b)|\s+(?:since|from|after|under)\b))|"
            # "can now be sent to prison for the rest of his life"
            r"(?<=prison\sfor\s)the\s+rest\s+of\s+(?:his|her|their|one's)\s+li(?:fe|ves))\b",
            re.IGNORECASE,
        ),
    ),
)
_PENALTY_GATES: Final = _gates(
    (
        ("life",),
        *[("year", "month")] * (len(_PENALTY_PATTERNS) - 3),
        ("instead", "rather than"),
        ("life",),
    )
)
"""As _TIME_GATES: every term names its unit (_TERM_UNIT); the one before the last is a
term that replaces another; the last pattern is life terms."""
_PENALTY_AT_NUMBERS: Final = (False, False, True, False, False, False, True, False, False)
"""Which of _PENALTY_PATTERNS open with a number (or "from" and a number): "12-20 years"
and "20 years remains the ceiling". They are tried only where a number can begin
(SentenceBase.number_starts), not at every position; a test checks they find the same."""
_STATUTORY_CUE = compile_narrowed(
    r"\b(?:punishable|punished|punishes|punishing|punish|punishment|carr(?:y|ies|ied|ying)|fac(?:e|es|ed|ing)|"
    r"penalt(?:y|ies)|prison\s+terms?|jail\s+terms?|terms?\s+of|sentences?\s+of|"
    # "the sanction today: 12 to 20 years" (an article's sanction; not "sanctions")
    r"(?:the|its|this|that)\s+sanction(?!s)|"
    r"threaten(?:s|ed)?|risk(?:s|ed|ing)?|top(?:s|ped)\s+out|could\s+(?:get|receive|be\s+jailed)|envisag\w*|"
    r"provid(?:e|es|ed|ing)\s+for|prescrib\w*|liable|stipulat\w*|allow(?:s|ed|ing)?|"
    r"(?:can|could|may|might|will|would)\s+(?:now\s+|also\s+|still\s+)?(?:get|receive|bring|"
    r"lead\s+to|result\s+in|mean|entail|cost|impose|hand\s+down)|(?:criminal\s+)?liability|"
    r"(?:can|could|may|might|will|would)\s+(?:now\s+)?(?:be\s+)?(?:jailed|imprisoned|"
    r"sentenced|put\s+behind\s+bars|locked\s+up|go\s+to\s+(?:prison|jail)|sent\s+to\s+"
    r"(?:prison|jail))|"
    r"(?:laws?|legislation|bills?|amendments?)\s+(?:now\s+)?(?:on|introducing|that\s+introduces|"
    r"(?:that\s+)?impos(?:es|ed|ing)|(?:that\s+)?(?:sets?|establish(?:es|ed)))|"
    r"introduc(?:ing|ed|es)|rais(?:e[sd]?|ing)|increas(?:e[sd]?|ing)|extend(?:ed|s|ing)|"
    r"boost(?:s|ed|ing)?|lift(?:s|ed|ing)|top\s+(?:terms?|penalt(?:y|ies)|sentences?)|"
    # "the minimum term for X rose from 10 to 12 years"
    r"minim(?:um|al)(?:\s+(?:prison\s+)?(?:terms?|sentences?|penalt(?:y|ies)|punishments?))?"
    r"\s+for|"
    r"making|made|makes|"
    r"(?:sentences?|terms?|penalt(?:y|ies)|punishments?)\s+for\s+[^,.;]{1,60}?\s+rang(?:e|es)|"
    r"the\s+(?:statutory\s+|sentencing\s+|sentence\s+|penalty\s+)?range(?:\s+for\s+[^,.;]{1,60}?)?"
    r"\s+(?:is|was|becomes|became)"
    r"(?:\s+now)?)\b|"
    # "Confidential cooperation is the lesser offence: three to eight years"
    r"\b(?:offen[cs]es?|crimes?|charges?)\s*[:—–]|"
    # an entry's or a factbox's "Sanction: ...", "- Sentence: 12 to 20 years or life"
    r"^\W*(?:sanction|sentence)(?=\s*:)",
    re.IGNORECASE,
)
_STATUTORY_AFTER = compile_narrowed(
    r"\s+(?:is|are|has\s+been|have\s+been|became|becomes)\s+(?:now\s+)?(?:possible|available|"
    r"an\s+option)\b",
    re.IGNORECASE,
)
"""A statutory cue after a term: "life imprisonment has been possible for sabotage"."""
_IMPOSED_AFTER = compile_narrowed(
    r"\s+(?:(?:in\s+)?prison\s+|behind\s+bars\s+)?(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:(?:also|already|then)\s+)?(?:handed\s+(?:down|out)|imposed|given|meted\s+out|passed)\b",
    re.IGNORECASE,
)
"""Terms said to be imposed after them: "Sentences of up to 20 years were handed down to 12
people" (what courts gave, not the law's range)."""
_LIFE_JOINS = compile_narrowed(
    r"(?:\s+(?:in\s+(?:prison|jail|a\s+penal\s+colony)|of\s+imprisonment|behind\s+bars))?"
    r"(?:\s*,?\s+(?:with|and|plus)\s+(?:a\s+)?fines?\s+of\s+(?:up\s+to\s+)?[\d.,\s]+"
    r"(?:(?:thousand|million)\s+)?(?:rubles|roubles)(?:\s+or\s+without\s+(?:it|one))?)?"
    # "14 to 20 years with restricted liberty for up to a year, or a life term": an
    # added penalty's term, not a prison term of its own
    r"(?:\s*,?\s+(?:with|and|plus|followed\s+by)\s+(?:(?:a|an|the)\s+)?(?:subsequent\s+|further\s+)?"
    r"(?:restriction\s+of\s+(?:freedom|liberty)|restricted\s+(?:freedom|liberty))\s+"
    r"(?:(?:of|for)\s+)?(?:up\s+to\s+)?(?:\d{1,2}|one|two|three|four|five)\s+years?)?"
    r"\s*,?\s*(?:or|and|to)\s+(?:by\s+)?(?:even\s+|with\s+|up\s+to\s+)?(?:an?\s+)?",
    re.IGNORECASE,
)
"""Between a term and "life": "12 to 20 years in prison, or life imprisonment", "12 to 20
years with a fine of up to 500,000 rubles, or by life imprisonment", "a prison sentence of
10-20 years or a life sentence"."""
_LIFE_IF_AGGRAVATED = compile_narrowed(
    r"(?:\s+(?:in\s+(?:prison|jail)|of\s+imprisonment))?\s*[,;]?\s*(?:but|and|while)\s+"
    r"(?:if|when|where|in\s+cases?\s+(?:of|with))\s+[^.;]{0,80}?\b(?:aggravat\w*|grave|serious)"
    r"[^.;]{0,60}?\b(?:as\s+(?:severe|harsh|long)\s+as|up\s+to|to|reach|mean|bring|be)\s+"
    r"(?:an?\s+)?",
    re.IGNORECASE,
)
"""Between a range and life under aggravating circumstances: "10 to 20 years in prison, but
if there are aggravating circumstances, the penalty can be as severe as a life sentence"
(one claim with life, as issue 10 reads a range with life)."""
_IMPOSED_CUE = compile_narrowed(
    r"\b(?:sentenced|jailed|imprisoned|given|handed|received|serving|served|got)\b",
    re.IGNORECASE,
)


_RESTRICTION_BEFORE = compile_narrowed(
    r"\brestrict(?:ion|ed|ing)?\s+(?:of\s+)?(?:liberty|freedom)\s+(?:for\s+)?"
    r"(?:an?\s+(?:term|period)\s+of\s+)?$|"
    # "a fine of up to 300,000 roubles or of his income for up to two years",
    # "a fine of the convict's salary or other income for a period of up to three years"
    r"\b(?:income|salary|wages|earnings)\b[^.;\d]{0,40}$",
    re.IGNORECASE,
)
"""Before a term of restricted liberty or of income taken as a fine: an added penalty after
the prison range."""

_AGGRAVATED_JOIN = compile_narrowed(
    r"(?:\s+(?:in\s+prison|behind\s+bars|of\s+imprisonment))?(?:\s+in\s+(?:its|the)\s+basic\s+"
    r"(?:form|version|part))?\s*,?\s*(?:or|and|rising\s+to|increasing\s+to|going\s+up\s+to)\s+"
    r"(?:by\s+|with\s+)?",
    re.IGNORECASE,
)

_AGGRAVATED_AFTER = compile_narrowed(
    r"(?:\s+(?:in\s+prison|behind\s+bars|of\s+imprisonment))?\s*,?\s+(?:if|when|where|"
    r"for\s+(?:those|anyone|officials|repeat|organi[sz]ed))\b",
    re.IGNORECASE,
)
"""Around a second term that is an aggravated part's: "..., or up to 15 years if ..."."""

_MODAL_BEFORE = compile_narrowed(
    r"\b(?:can|could|may|might)\s+(?:now\s+|also\s+|still\s+)?$", re.IGNORECASE
)
_CONDITION_BETWEEN = compile_narrowed(
    r"(?:[;,]|\b(?:but|and))\s*(?:(?:but|and|while)\s+)?(?:if|where|when|should|once|in\s+wartime|"
    r"during\s+mobili[sz]ation|in\s+combat|for\s+(?:repeat|organi[sz]ed|group)|"
    # "; committed online, it is punishable by five to seven years": a participle's condition
    r"(?:committed|carried\s+out|done|spread)\s+(?:online|on\s+the\s+internet|repeatedly|"
    r"by\s+(?:an?\s+)?(?:organi[sz]ed\s+)?group|by\s+an?\s+official|with|using|through)|"
    r"using\s+(?:the\s+)?(?:internet|media|violence|weapons?|(?:an?\s+)?official)|"
    # "..., while a group attack on a defence site can bring 12 to 20 years": a graver
    # form of the act told as a subject of its own
    r"(?:an?\s+|the\s+)?(?:group|organi[sz]ed|gang|repeat(?:ed)?|armed|deadly|fatal)\s+"
    r"(?:attacks?|offen[cs]es?|acts?|ones?|cases?|versions?|forms?)|"
    r"resulting\s+in|causing)\b[^.]*$",
    re.IGNORECASE,
)
"""Between a range and a second one of the same offence: a condition that makes the second
an aggravated part's ("ten to 20 years; where it leads to deaths, 15 to 20 years")."""

_RAISED_BEFORE = compile_narrowed(
    r"\b(?:maximum|ceiling|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|toughen(?:s|ed|ing)?|"
    r"extend(?:s|ed|ing)?|stiffen(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)

_CEILING_BEFORE = compile_narrowed(
    r"\b(?:maximum|ceiling|upper\s+limit|top\s+(?:penalty|sentence|term))\b(?![^.;]*\bminimum\b)",
    re.IGNORECASE,
)
"""Before "from A to B years", a change of the maximum: two ceilings, not one range."""

_TIME_ASIDE = compile_narrowed(
    r",\s*(?:since|from|as\s+of|after)\s+[^,;:.]{1,60},\s*", re.IGNORECASE
)
"""A time aside between a range and "life": "12 to 20 years and, since 2023, by life"."""
_DATES = compile_narrowed(
    r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?=(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)|\b(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
)
"""Figures of a date or a year, which are no second term."""


def life_joined_after_aside(between: str) -> bool:
    """A range and "life" joined round a time aside: "12 to 20 years in prison and, since
    2023, by life imprisonment" (one claim with life)."""
    return "," in between and _LIFE_JOINS.fullmatch(_TIME_ASIDE.sub(" ", between)) is not None


def no_term_between(between: str) -> bool:
    """No figure but a date's between a range and a life term that adds to it: "..., and
    since a law signed on 28 April 2023 it can also bring life"."""
    return not any(c.isdigit() for c in _DATES.sub("", between))


_BILL_SUBMITTED = compile_narrowed(
    r"\b(?:bill|draft(?:\s+law)?)\b[^.;]{0,80}?\b(?:introduced|submitted|tabled)\s+"
    r"(?:to|in|into|before|with)\s+(?:the\s+)?(?:State\s+)?(?:Duma|parliament|lower\s+house)|"
    r"\b(?:introduced|submitted|tabled)\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?(?:bill|draft)\b"
    r"[^.;]{0,80}?\b(?:to|in|into|before|with)\s+(?:the\s+)?(?:State\s+)?(?:Duma|parliament|"
    r"lower\s+house)",
    re.IGNORECASE,
)
"""A bill put before the Duma ("The bill was introduced to the State Duma in October",
"deputies introduced a bill on ... to the Duma"): not a law, no enactment."""
