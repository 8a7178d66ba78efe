"""English grammar for several counts in one sentence, and counts taken from context.

Each pattern with the wordings it covers (the rules are in lists.py):

    _ELIDED_ITEM    "... 33 people of treason[, 12 of espionage] and two of espionage",
                    "..., along with 19 convicted of X", "found 80 guilty of X and 15 guilty of Y"
                    "... 98 people ... in 2023 and 84 in the first half of 2024"
    _ELIDED_YEAR_FIRST  "handed down 102 treason sentences in 2023; in 2022, 26."
    _TIME_FIRST_ITEM    "in 2023 there were 61, in 2024 — 104, and in the first half of 2025 —
                        already 83"
    _COLON_ITEM     "convicted 202 people of treason and espionage: 171 of treason and ..."
    _FROM_TO        "rose from 25 in 2018 to 28 in 2019", "fell from 15 in 2014 to 9 in 2015",
                    "almost doubled, from 33 in 2022 to 61 in 2023", "went up sharply, from ..."
    _NUMBER_LIST    "numbered 14 and 5 respectively", "stood at 16, 4 and 2, respectively"
    _FIGURE_REACHED "The figure has grown every year since, reaching 195 in 2024", "In 2022
                    the Nazism figure was 31"
    _BARE_COUNT     "A further 12 were convicted", "In 2023, 40 were found guilty",
                    "Three were later convicted"
    _ALL_OF_THEM    "found all of them guilty", "all of them were convicted"
    _GROUP          "Five pensioners from Tula", "nine students": the group "all of them" means
    _RATE_AFTER     "two convictions per day", "one conviction a week", "three people are
                    convicted ... every two days": rates, not counts
"""

from __future__ import annotations

import re
from typing import Final

from kgbuild.extraction.numbers import _QUAL, _YEAR, NUMBER_PATTERN
from kgbuild.fastre import compile_narrowed

_ELIDED_ITEM: Final = compile_narrowed(
    rf"(?:\s*,\s*|\s+)(?:and\s+|while\s+|as\s+well\s+as\s+|(?:along\s+)?with\s+)?"
    rf"(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})(?:\s+(?:more|others?|people|persons|individuals|"
    # "63 cases of state treason and 7 cases of X": the head's noun repeated
    r"(?P<noun>(?:criminal\s+)?cases?)))?"
    # "..., along with 19 convicted of X": the verb repeated as a participle
    # "... found 1,830 guilty of X and 615 guilty of Y": the verb's complement repeated
    r"(?:\s+(?:(?:who\s+were|were)\s+)?(?P<verb>convicted|found\s+guilty|sentenced|guilty))?"
    # ("and 196 so far this year", "and 30 last year": a time with no preposition)
    rf"(?=\s+(?:(?P<prep>of|for|on|under)\s|(?P<when>in|during|over|throughout|since|"
    rf"so\s+far|this\s+year|last\s+year)\b))",
    re.IGNORECASE,
)
"""An item of a list that leaves the noun and the verb to the count before it."""

_COMPARED_ASIDE: Final = compile_narrowed(
    r"\s*,\s*(?:(?:well|far|almost|nearly|roughly|about|just|some|more\s+than)\s+)?"
    r"(?:above|below|up\s+from|down\s+from|compared\s+(?:with|to)|against|versus|"
    r"double|twice|triple|three\s+times|half|(?:[\w-]+\s+)?(?:more|fewer|higher|lower)\s+than)"
    # a figure and words after it ("the 37 recorded a year earlier"; not "against 64" that
    # pairs with the item: "112 and 402 ..., against 64 and 289 in 2023")
    r"\s+[^,;:()\d]{0,20}\d[^,;:()]{0,20}?\s[a-z][^,;:()]{0,40}\Z",
    re.IGNORECASE,
)
"""An aside that compares the count before it with another figure, between that count and
an item that leaves its noun and verb to it: "58 were convicted of sabotage, well above the
37 recorded a year earlier, and 22 of assisting sabotage" (the item keeps the count's
period)."""

_COMPARED_BEFORE: Final = compile_narrowed(
    r"(?:\b(?:more|less)\s+than\s+|\b(?:well|far|almost|nearly|roughly|about|just)\s+)?"
    r"\b(?:above|below|double|twice|triple|half)(?:\s+the)?\s*\Z",
    re.IGNORECASE,
)
"""Before an item that is a figure compared with ("almost double the 110 sentenced in
2023"): the items after it keep the count's period."""

_BASELINE_BEFORE: Final = compile_narrowed(
    # ("compared" alone: "with 1,900" may be read as the item's own opening)
    r"\s*,\s*(?:(?:well|far|sharply|slightly)\s+)?(?:(?:up|down)\s+from|compared(?:\s+(?:with|to))?)"
    r"(?:\s+the)?\s*\Z|"
    # "..., a fourfold rise on the 36 convicted in 2023", "— an increase from the 20 ..."
    r"\s*[,—–]\s*(?:an?\s+)?(?:[\w-]+\s+)?(?:increase|rise|jump|growth|surge|drop|decline|"
    r"decrease|fall)\s+(?:from|on)(?:\s+the)?\s*\Z",
    re.IGNORECASE,
)
"""Before an earlier figure in an aside, a baseline (baselines.py reads it): "96 of X, up
from 71 in the same months of 2024, and 31 of Y" (the item after it keeps the count's
period)."""

_PERCENT_ASIDE: Final = compile_narrowed(
    r"\s*,\s*(?:(?:up|down)(?:\s+by)?|(?:an?\s+)?(?:rise|fall|drop|jump|increase|decrease)"
    r"\s+of)\s+(?:(?:about|some|nearly|almost|roughly|more\s+than)\s+)?\d{1,3}(?:[.,]\d+)?"
    r"\s*(?:%|per\s*cent\b|percent\b)(?:\s+(?:on|from|over|against|compared\s+(?:with|to)|"
    r"year[\s-]on[\s-]year)\b[^,;:()]{0,40})?(?=\s*,|\s*\Z)",
    re.IGNORECASE,
)
"""A change in per cent between a count and an item that leaves its noun and verb to it:
"2,470 convictions for X in January-June, up 30% on the same half of 2024, and 312 for Y"
(the item keeps the count's period)."""

_RATE_ASIDE: Final = compile_narrowed(
    r"\s*,\s*(?:(?:about|roughly|some|nearly|almost|more\s+than|over|around)\s+)?"
    rf"{NUMBER_PATTERN}\s+(?:a|per|every)\s+(?:day|week|month)\s*\Z",
    re.IGNORECASE,
)
"""A rate in an aside between a count and an item of its list: "convicted 5,310 servicemen of
X, about 30 a day, and 260 of Y"."""

_ELIDED_NOUN_ITEM: Final = compile_narrowed(
    rf"(?<![\w,.])(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+"
    r"(?P<what>[A-Za-z\"'‘’“”][^\d,;:.()]{1,60}?)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\Z",
    re.IGNORECASE,
)
"""An item that leaves its noun to the count after it: "112 espionage and" before "402
treason convictions" (searched with endpos at that count); its words must be an offence's
name (_ELIDED_NOUN_WORDS aside)."""

_ELIDED_NOUN_WORDS: Final = re.compile(r"[\s\"'‘’“”-]*(?:(?:high|state|related)[\s\"'‘’“”-]*)*")
"""What an elided item may hold besides its offences' names: quotes and a few modifiers."""

_IN_CASES: Final = compile_narrowed(
    r"\s+in\s+(?:the\s+)?(?:(?:cases?|trials?)\s+(?:of|on|for|over)\s|"
    r"(?:an?\s+)?[^,;.\d]{2,60}?\s(?:cases?|trials?|prosecutions?)\b)",
    re.IGNORECASE,
)
"""After an elided item: "41 in espionage cases", "17 in cases of sabotage": the item's
offence named with its cases, not a time."""

_ELIDED_YEAR_FIRST: Final = compile_narrowed(
    rf"\s*[;,]\s*(?:and\s+|while\s+)?(?:in|for)\s+(?P<y>{_YEAR})\s*(?:,|—|–|-)?\s*"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?=\s*(?:[.;)]|$))",
    re.IGNORECASE,
)
"""The last item of a list that gives its year first and nothing after its number."""
_ELIDED_TIME_FIRST: Final = compile_narrowed(
    r"\s*[;,]\s*(?:and|while|but)\s+(?P<time>(?:since|in|during|over|for|from|between|"
    r"through|so\s+far)\s[^;:()\d]{2,60}?(?:\d{4})?)\s*,\s*"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?:\s+(?:more|in\s+all|in\s+total))?"
    r"(?=\s*(?:[.;)]|$)|\s*,\s*(?:according\s+to|(?:the\s+)?(?:[\w-]+\s+){0,3}(?:said|says|"
    r"calculated|counted|reported|found|estimated|showed|shows|show|writes|wrote)\b))",
    re.IGNORECASE,
)
"""The last item of a list that gives its own time first, a phrase of any kind, and nothing
after its number but a source: "..., and since mobilisation was announced, nearly 39
thousand, Mediazona calculated" (the time must be one periods.py reads)."""

_TIME_FIRST_ITEM: Final = compile_narrowed(
    r"(?:\s*[;,]\s*(?:and\s+|while\s+|but\s+)?|\s+and\s+)"
    r"(?P<time>(?:in|for|during|over|throughout)\s+"
    r"[^;:()\d—–,]{0,40}?(?:19|20)\d\d)\s*(?:,|—|–|-)?\s*"
    rf"(?:already\s+|another\s+|a\s+further\s+)?(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?=\s*(?:[.;,)]|$)|\s+and\s)",
    re.IGNORECASE,
)
"""An item after a count that gives its own time first, ending in a year, and nothing after
its number: "..., in 2024 — 104, and in the first half of 2025 — already 83" (several in a
row; a translation from Russian keeps the dash)."""

_COLON_ITEM: Final = compile_narrowed(
    rf":\s*(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?=\s+(?:of|for|on|under)\s)",
    re.IGNORECASE,
)
"""The first item of a split after a colon; the rest are _ELIDED_ITEMs."""

_RISE_VERB = (
    r"(?:(?:rose|grew|increased|climbed|jumped|soared|surged|fell|dropped|declined|decreased|"
    r"went\s+(?:up|down)|doubled|tripled|trebled|quadrupled|halved|"
    r"(?:has|have|had)\s+(?:risen|grown|fallen|increased|decreased|dropped|doubled|tripled|"
    r"trebled|quadrupled|halved))(?:\s+(?:sharply|steeply|steadily|significantly|markedly|"
    r"dramatically|slightly|again|further|(?:(?:more\s+than|almost|nearly|about)\s+)?"
    r"(?:[a-z]+fold|\d+(?:\.\d+)?-fold)))?"
    # "doubled over two years, from 11 in 2020 to 22 in 2022": the span the change took
    r"(?:\s+(?:over|in|within|during)\s+(?:the\s+(?:past|last|next)\s+)?(?:\w+|\d+)\s+years)?"
    r"\s*,?)"
)
_FROM_TO: Final = compile_narrowed(
    rf"\b{_RISE_VERB}\s+from\s+(?:(?P<q1>{_QUAL})\s+)?(?P<n1>{NUMBER_PATTERN})"
    rf"(?:\s+(?:people|convictions|verdicts|cases))?\s+(?:in|during)\s+(?P<y1>{_YEAR})\s*,?\s+"
    rf"to\s+(?:(?P<q2>{_QUAL})\s+)?(?P<n2>{NUMBER_PATTERN})"
    rf"(?:\s+(?:people|convictions|verdicts|cases))?\s+(?:in|during)\s+(?P<y2>{_YEAR})\b",
    re.IGNORECASE,
)

_FROM_TO_OPEN: Final = compile_narrowed(
    rf"\b{_RISE_VERB}\s+from\s+(?:(?P<q1>{_QUAL})\s+)?(?P<n1>{NUMBER_PATTERN})"
    rf"(?:\s+(?:people|convictions|verdicts|cases))?\s+(?:in|during)\s+(?P<y1>{_YEAR})\s*,?\s+"
    rf"to\s+(?:(?P<q2>{_QUAL})\s+)?(?P<n2>{NUMBER_PATTERN})(?P<y2>)"
    rf"(?!\s+(?:people\s+|convictions\s+|verdicts\s+|cases\s+)?(?:in|during)\s+{_YEAR})"
    r"(?![\d,.]*\s*(?:%|per\s*cent|percent))",
    re.IGNORECASE,
)
"""The same with the second year left out: "rose from 11 in 2023 to 37" (the second count
in the time after it, else in the period the text is on)."""
_FROM_TO_SPAN: Final = compile_narrowed(
    rf"\b{_RISE_VERB}\s+from\s+(?:(?P<q1>{_QUAL})\s+)?(?P<n1>{NUMBER_PATTERN})\s+"
    rf"to\s+(?:(?P<q2>{_QUAL})\s+)?(?P<n2>{NUMBER_PATTERN})"
    rf"(?:\s+(?:people|convictions|verdicts|cases))?\s*,?\s+(?:between|from)\s+(?P<y1>{_YEAR})"
    rf"\s+(?:and|to)\s+(?P<y2>{_YEAR})\b",
    re.IGNORECASE,
)
"""The same two counts with their years after them: "rose from 25 to 28 between 2018 and
2019"."""
_IT_WAS: Final = compile_narrowed(
    rf"\b(?:it|the\s+number|the\s+figure|the\s+total|the\s+tally)\s+(?:(?:already|now)\s+)?"
    rf"(?:was|is|stood\s+at|stands\s+at|"
    rf"has\s+reached|had\s+reached|reached)\s+(?:already\s+)?(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})(?=\s*(?:[.;,]|$))",
    re.IGNORECASE,
)
"""A figure that continues the count before it in a time of its own: ", and in 2024 it
was 23", "this year the number is already 60"."""
_IT_WAS_GATE: Final = ("it ", "number", "figure", "total", "tally")
"""Pieces of _IT_WAS, one of which every match contains (in `fold`ed text)."""

_LIST_NUMBER = rf"(?:(?:{_QUAL})\s+)?{NUMBER_PATTERN}"
_NUMBER_LIST: Final = compile_narrowed(
    rf"(?P<list>{_LIST_NUMBER}(?:\s*,\s*{_LIST_NUMBER})*\s*,?\s+and\s+{_LIST_NUMBER})"
    r"(?:\s+(?:people|persons|individuals|convictions|verdicts|cases))?"
    # "18, 39 and 74 people in those three years respectively", "... in 2023, 2024 and 2025,
    # respectively": the periods the numbers pair with, before "respectively"
    # ("... 74 people of assisting sabotage in 2023, 2024 and 2025": the charge before them)
    r"(?P<charge>\s+(?:of|for)(?:\s+(?!in\b|respectively)[\w'’-]+){1,6}?(?=\s+in\s))?"
    r"(?:\s+(?:in|for|over|during)\s+(?:(?:those|these|the|both)\s+(?:two|three|four|\d)?\s*"
    r"years|(?:(?:19|20)\d\d\s*,\s*)*(?:19|20)\d\d\s*,?\s+and\s+(?:19|20)\d\d)|(?(charge)(?!)))\s*,?\s*"
    r"(?:\([^)]{0,40}\)\s*)?respectively\b",
    re.IGNORECASE,
)
_FIGURES_AGAIN: Final = compile_narrowed(
    r"\b(?:respective|corresponding|equivalent|comparable)\s+(?:figures|numbers|totals|"
    r"counts|tallies)|\b(?:the|those|these)\s+(?:two\s+|three\s+)?(?:figures|numbers|totals|"
    # "the figures for the same half-year were 203 and 71"
    r"tallies)(?:\s+(?:for|in|over|during)\s+(?:the\s+)?(?:same\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:half-year|half|quarter|months|period|year|\d{4}))?"
    r"(?=\s+(?:were|had\s+been|stood|came))|\b(?:figures|numbers|totals|counts|tallies)\s+(?:under|for)\s+the\s+"
    r"same\s+(?:two|three|four)\s+(?:articles|offences|charges|crimes)|"
    # "In the first quarter of 2024 there were 41 and 11 respectively"
    r"\bthere(?=\s+(?:were|had\s+been)\s+[^.;:]{1,40}?\brespectively\b)|"
    # "In 2023 the group had counted 412, 86 and 41, respectively": the counter's verb
    r"\b(?=\s+(?:(?:had|have|has)\s+)?(?:counted|recorded|registered|logged|tallied)\s+\d"
    r"[^.;:]{0,40}?\brespectively\b)",
    re.IGNORECASE,
)
_FIGURES_AGAIN_GATE: Final = (
    *("respective", "corresponding", "equivalent", "comparable", "same "),
    *("figures", "numbers", "totals", "tallies"),
)
_COMPARED_LIST: Final = compile_narrowed(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|up\s+from|down\s+from|"
    r"(?:times|than|as|double|twice|triple|treble|half)\s+the)\s+"
    rf"(?P<list>{_LIST_NUMBER}(?:\s*,\s*{_LIST_NUMBER})*\s*,?\s+and\s+{_LIST_NUMBER})"
    r"(?!\s*(?:%|per\s*cent|percent|years?\b|months?\b))"
    # "the 15 and 6 recorded a year earlier": a participle before the list's time
    r"(?P<pp>\s+(?:recorded|registered|counted|reported|convicted|sentenced|handed\s+down))?"
    r"(?P<back>\s+(?:a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before|"
    r"(?:in\s+)?the\s+(?:previous|preceding|prior)\s+year))?",
    re.IGNORECASE,
)
"""Figures compared, in order, with the counts before them in the same sentence: "112
espionage and 402 treason convictions for 2024, against 64 and 289 in 2023"."""
_COMPARED_LIST_GATE: Final = (
    *("against", "compared", "versus", "vs", " from ", "times the", "than the", "as the"),
    *("double the", "twice the", "half the"),
)

_AGAIN_LIST: Final = compile_narrowed(
    r"(?:\s+(?:were|was|stood\s+at|came\s+to|numbered|totalled|totaled|"
    r"(?:(?:had|have|has)\s+)?(?:counted|recorded|registered|logged|tallied)|"
    r"(?:had|have|has)\s+(?:\w+\s+)?(?:climbed|risen|grown|fallen|dropped|increased|"
    r"decreased|been)(?:\s+to)?|(?:climbed|rose|grew|fell|dropped|increased|decreased)"
    r"(?:\s+to)?))\s+"
    rf"(?P<list>{_LIST_NUMBER}(?:\s*,\s*{_LIST_NUMBER})*\s*,?\s+and\s+{_LIST_NUMBER})"
    r"(?!\s*(?:%|per\s*cent|percent|years?|months?|roubles|rubles))",
    re.IGNORECASE,
)
"""After _FIGURES_AGAIN: its verb and the list ("were 180 and 64", "had climbed to 26 and
111")."""
_LIST_ITEM: Final = compile_narrowed(
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})", re.IGNORECASE
)

_ALL_OF_THEM: Final = compile_narrowed(
    r"\b(?:(?:found|convicted|sentenced)\s+(?:them\s+all|all\s+(?:of\s+)?(?:them|those|"
    rf"the\s+(?:defendants|accused)|(?:the\s+)?(?:(?P<n>{NUMBER_PATTERN})\s+|[\w-]+\s+)?"
    r"(?:of\s+)?them)(?:\s+guilty)?)|"
    r"all\s+(?:of\s+)?(?:them|those|the\s+(?:defendants|accused))\s+(?:were|have\s+been|"
    r"had\s+been)\s+(?:convicted|found\s+guilty|sentenced))\b",
    re.IGNORECASE,
)
"""With its own number ("found all four of them guilty"), the count is that number."""

_RATE_AFTER: Final = compile_narrowed(
    r"^\s*(?:per|a|an|each|every)\s+(?:day|week|month|year|working\s+day)\b"
    r"(?!\s+(?:ago|earlier|before|later|after))|"
    # (not past a dash or a bracket: "9,870 people of going AWOL — 27 every day" is a
    # count and its rate aside)
    r"^[^.;,—–(]{0,60}?\b(?:per|each|every)\s+(?:(?:two|three|four|five|few|\d+)\s+)?"
    r"(?:days?|weeks?|months?|years?|working\s+days?)\b|"
    # "fewer than 20 people ... in each of the past five years": a bound on yearly figures
    r"^[^.;]{0,60}?\bin\s+each\s+of\b",
    re.IGNORECASE,
)

_GROUP: Final = compile_narrowed(
    rf"(?P<num>{NUMBER_PATTERN})\s+(?:[A-Za-z][\w'’-]*\s+){{0,2}}?"
    r"(?P<noun>(?!(?:years|months|days|weeks|times|percent|cases|charges)\b)[a-z][\w'’-]*s)\b",
    re.IGNORECASE,
)

_BARE_COUNT: Final = compile_narrowed(
    r"(?:^\W*(?:(?:in|by|during|over)\s+)?(?:(?:that|the\s+same|the\s+following|the\s+next)"
    r"\s+(?:year|month)|(?:19|20)\d\d)\s*,?\s+|"
    # "..., when 88 were convicted": a count of the time just told (sentence.py)
    rf"^\W*|[,;:]\s*(?:(?:and|but|(?P<when>when))\s+)?|\s[–—]\s*when\s+|"
    rf"\b(?:a\s+further|another|an\s+additional|"
    rf"a\s+total\s+of|while|"
    rf"whereas|(?P<whom>of\s+whom))\s+)"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    # "Of them, 177, or about 76%, were convicted", "177 (76%) were convicted": a share aside
    rf"(?:\s*,\s*(?:or\s+)?(?:{_QUAL}\s+)?\d[\d.]*\s*(?:%|per\s*cent|percent)\s*,|"
    rf"\s*\((?:{_QUAL}\s+)?\d[\d.]*\s*(?:%|per\s*cent|percent)\))?"
    r"\s+(?:more\s+|others\s+)?"
    # "..., extrapolating from the first half, when 44 people were convicted"
    r"(?(when)(?:people\s+)?)"
    r"(?:were|(?:have|had)\s+(?:(?:already|now|also|since)\s+)?been)\s+"
    r"(?:(?:also|later|subsequently|eventually|ultimately|then)\s+)?"
    r"(?:convicted|found\s+guilty|sentenced)\b"
    # "..., and nine were sentenced in absentia.": how a part of the count before was
    # tried, no count of its own (one with a charge after it is one)
    r"(?!\s+in\s+absentia\b(?!\s+(?:of|for|on|under)\b))",
    re.IGNORECASE,
)
"""A count with no noun, at the start of a clause (after a time that opens it: "That year 14
were also convicted of ...", or after one it follows: "..., when 88 were convicted"), after
"a further" or "while" ("..., while four were convicted of losing secret documents"), or
after "of whom" when the people before were not counted as convicted ("1,340 defendants in
sabotage cases ..., of whom 790 have already been sentenced": lists.py)."""
_BARE_ITEM: Final = compile_narrowed(
    rf"(?:^\W*|[;:]\s*)(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+"
    r"(?:convicted|found\s+guilty|sentenced)(?=\s+(?:of|for)\s)",
    re.IGNORECASE,
)
"""A list item with no noun and no verb of its own: "2025 in numbers: ...; more than 11,000
convicted of going AWOL; 46 convicted of voluntary surrender"."""
_BARE_ACTIVE: Final = compile_narrowed(
    r"\b(?:convicted|sentenced|jailed)\s+"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?=\s+(?:of|for)\s)",
    re.IGNORECASE,
)
"""An active count with no noun: "acquitted two defendants and convicted 17 of desertion"
(lists.py: only with an offence named right after "of" or "for")."""
_KIND_OF_TERM_AFTER: Final = compile_narrowed(
    r"\s+(?:(?:on\s+\w+|in\s+absentia)\s+)?(?:to|for)\s+(?:an?\s+|the\s+)?(?:life|\d|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b|"
    r"(?:prison|jail|suspended|real|actual|long|lengthy|fines?|terms?|compulsory|"
    r"correctional|forced|probation)\b)",
    re.IGNORECASE,
)
"""After "of whom N were sentenced": the kind of term a part got ("to life", "to 20 years
or more"), no count."""

_BRINGING_TOTAL: Final = compile_narrowed(
    r"\b(?:bringing|brought|taking|took|pushing|pushed|raising|raised|lifting|lifted)\s+"
    r"(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:total|tally|number|count|figure)\b"
    # "pushing the tally for 2025 past 300": more than the number
    rf"[^.;]{{0,80}}?\s+(?:to|(?P<above>past|above|beyond))\s+(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})"
    r"(?!\s*(?:%|percent|per\s+cent|times|fold|-fold|(?:(?:million|billion)\s+)?"
    r"(?:roubles|rubles|dollars|euros)\b))",
    re.IGNORECASE,
)
"""A total the count before adds up to, in a period the phrase names: "41 verdicts in July,
bringing the total for the first seven months of 2025 to 268"."""
_BRINGING_GATE: Final = ("bring", "brought", "taking", "took", "push", "rais", "lift")

_FIGURE_REACHED: Final = compile_narrowed(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:figure|number|total|tally|count)\b"
    # "the number of defendants", "the total number of defendants": a figure of its own noun
    # (one of convictions is the count's: "the total number of sabotage convictions was 188")
    r"(?!\s+(?:(?:number|figure|count|tally)\s+)?of\b"
    r"(?!(?:\s+[\w-]+){0,2}?\s+(?:convictions|verdicts|sentences)\b))"
    r"[^.;]{0,80}?\b"
    r"(?:reaching|reached|hitting|hit|to\s+reach|(?:rising|rose|climbing|climbed|grew|growing|"
    r"increased|increasing|fell|falling|dropped|dropping)\s+to|stood\s+at|standing\s+at|"
    r"stands\s+at|"
    r"was|had\s+been|totall?ed|amounted\s+to|came\s+to|"
    # "the annual treason figure had passed 300": more than the number
    r"(?:had\s+|has\s+)?(?P<above>passed|exceeded|topped|surpassed|crossed))\s+"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?!\s*(?:%|percent|per\s+cent|times|fold|-fold|(?:(?:million|billion)\s+)?"
    r"(?:roubles|rubles|dollars|euros)\b))",
    re.IGNORECASE,
)
"""A figure that continues a count before it: "Russian courts convicted 11
people of treason in 2014. The figure has grown every year since, reaching 195 in 2024"."""
_ACCOUNTED_FOR: Final = compile_narrowed(
    r"\b(?:alone\s+)?accounted\s+for\s+(?:only\s+|just\s+|another\s+|a\s+further\s+)?"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?!\s*(?:%|percent|per\s+cent|times|fold|-fold|of\b(?!\s+(?:them|those|these)\b)|more\b|"
    r"in\s+(?:every|each)\b))",
    re.IGNORECASE,
)
"""A part of the count before, named by its offence: "In 2024 courts convicted 610 people of
crimes against state security. Treason alone accounted for 390" (not "60% of them", nor
"Moscow accounted for 120", which names no offence, nor "accounted for six more", which
en-probe-2 of tests/keys/en.yaml keys as no count)."""
_ADDED_MORE: Final = compile_narrowed(
    r"\b(?:added|contributed|brought)\s+(?:(?:another|a\s+further)\s+"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?![\d,.]*\s*(?:%|percent|per\s+cent|"
    r"times|years?|months?|roubles|rubles|dollars|million|billion))|"
    rf"(?P<num2>{NUMBER_PATTERN})\s+more\b)",
    re.IGNORECASE,
)
"""A count for another offence after a total, its offence the subject: "Desertion added
another 312", "Espionage added 40 more" (no part of the total before)."""
_THERE_WERE: Final = compile_narrowed(
    rf"\bthere\s+(?:were|had\s+been)\s+(?:only\s+|just\s+)?(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})(?=\s*(?:[.;,]|$|\s+(?:in|during|over|for)\b))",
    re.IGNORECASE,
)
"""A figure with no noun that continues the count before it, in a time of its own: "In
the same period of 2022 there were 6"."""
