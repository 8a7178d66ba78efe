"""English grammar for counts told by what they reached (rules in counts.py). Split from
grammar_en.py.

    _NUMBER_OF            "the number of people convicted of treason rose to 150", "...
                          tripled to 1,200"
    _NUMBER_OF_CASES      "the number of criminal cases opened for sabotage climbed to 140"
    _CONVICTIONS_REACHED  "espionage convictions reached 28", "treason verdicts numbered 53",
                          "convictions for treason hit a new high of 230", "have increased
                          twelvefold since 2021, reaching 177 in 2025"
    _CONVICTIONS_PUT_AT   "Vedomosti puts the number of desertion convictions ... at 310"
"""

from __future__ import annotations

import re

from kgbuild.extraction.asides import ADVERB_ASIDE
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN
from kgbuild.fastre import compile_narrowed

_NUMBER_OF = compile_narrowed(
    rf"\bthe\s+number\s+of\s+(?P<who>[^.;]{{0,80}}?)\b(?:convicted|sentenced|found\s+guilty|"
    rf"convictions|(?<=people\s)jailed|(?<=people\s)imprisoned)\b[^.;]{{0,120}}?\b(?:rose|grew|grown|risen|increased|climbed|jumped|soared|reached|"
    rf"stood\s+at|totall?ed|was|amounted\s+to|hit|came\s+to|fell|dropped|declined|doubled|"
    rf"tripled|trebled|quadrupled|halved|(?P<over>exceeded|topped|surpassed|went\s+past))\s+"
    rf"(?:(?:[a-z]+-?fold|sharply|steeply|steadily|significantly|again|further)\s+)?"
    # "doubled in 2024 to 84", "tripled last year, to 361": the time before the new figure
    rf"(?:(?:(?:in|during|over)\s+(?:the\s+[a-z]+\s+(?:half|quarter)\s+of\s+)?\d{{4}}|"
    # "doubled in 2024, reaching 112"
    rf"last\s+year)\s*,?\s+(?=to\s|reaching\s)|,\s*(?=to\s|reaching\s))?"
    rf"(?:to\s+|reaching\s+)?(?P<q>{_QUAL}\s+)?(?P<num>{NUMBER_PATTERN})"
    rf"(?!\s*(?:%|percent|per\s+cent|times|fold|-fold))",
    re.IGNORECASE,
)
_NUMBER_OF_CASES = compile_narrowed(
    rf"\bthe\s+number\s+of\s+(?:new\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:criminal\s+)?"
    rf"(?:cases|investigations|probes)\b"
    rf"[^.;]{{0,100}}?\b(?:rose|grew|increased|climbed|jumped|soared|reached|stood\s+at|"
    rf"totall?ed|was|amounted\s+to|hit|came\s+to|fell|dropped|declined)\s+"
    rf"(?:(?:sharply|steeply|steadily|significantly|again|further)\s+)?"
    rf"(?:to\s+)?(?P<q>{_QUAL}\s+)?(?P<num>{NUMBER_PATTERN})"
    rf"(?!\s*(?:%|percent|per\s+cent|times|fold|-fold))",
    re.IGNORECASE,
)
_CONVICTIONS_REACHED = compile_narrowed(
    rf"\b(?:convictions|(?:guilty\s+)?verdicts){ADVERB_ASIDE}?\s+"
    rf"(?:(?:for|over|in|during|under)\s+(?:[^,.;:]|(?<=\d)\.(?=\d)){{1,60}}?{ADVERB_ASIDE}?\s+)?"
    # "Espionage convictions this year stand at 64"
    rf"(?:(?:this\s+year|so\s+far|now|already)\s+)?"
    rf"(?:also\s+)?(?:(?:have|has|had)\s+)?(?:(?:more\s+than|almost|nearly)\s+)?"
    rf"(?:reached|totall?ed|stood\s+at|stands?\s+at|numbered|hit|amounted\s+to|came\s+to|"
    # "espionage verdicts held steady at seven", "remained at 12", "stayed flat at nine"
    rf"(?:held|remained|stayed)\s+(?:(?:steady|stable|unchanged|flat|level)\s+)?at|"
    rf"(?P<over>exceeded|topped|surpassed|went\s+past)|"
    rf"(?:rose|risen|climbed|grew|grown|fell|fallen|dropped|went\s+(?:up|down)|increased|"
    rf"decreased|declined|jumped|soared|doubled|tripled|quadrupled|multiplied)"
    rf"(?:\s+(?:almost\s+|nearly\s+|more\s+than\s+)?(?:[\w.]+-?fold|(?:by\s+)?[\w.]+\s+times))?"
    # "rose by 40 per cent in the first nine months of 2025, to 214"
    rf"(?:\s+by\s+(?:almost\s+|nearly\s+|about\s+)?[\d.]+\s*(?:per\s*cent|percent|%))?"
    # "rose sharply in 2024, to 92", "tripled last year to 361": the time before the figure
    rf"(?:\s+(?:sharply|steeply|steadily|significantly|again|further))?"
    rf"(?:\s+(?:(?:in|during|over)\s+(?:the\s+[a-z]+\s+(?:half|quarter|(?:[a-z]+\s+)?months)\s+of\s+)?"
    rf"\d{{4}}|"
    # "have increased twelvefold since 2021, reaching 177 in 2025": the rise's span
    rf"since\s+\d{{4}}|between\s+\d{{4}}\s+and\s+\d{{4}}|every\s+year(?:\s+since\s+\d{{4}})?|"
    rf"last\s+year))?"
    rf",?\s+(?:to|reaching))\s+"
    rf"(?:an?\s+(?:new\s+|record\s+|all-time\s+)?(?:high|record|peak)\s+(?:of\s+)?)?"
    rf"(?P<q>{_QUAL}\s+)?(?P<num>{NUMBER_PATTERN})"
    # a term is no count: "rose to 10 years on average"
    rf"(?!\s*(?:%|percent|per\s+cent|times|fold|-fold|years?\b|months?\b))",
    re.IGNORECASE,
)
_CONVICTIONS_PUT_AT = compile_narrowed(
    r"\b(?:puts?|putting|placed?|places|placing|estimated?|estimates|estimating)\s+the\s+"
    r"(?:number|total|tally|count|figure)\s+of\s+(?:[\w-]+\s+){0,3}?(?:convictions|"
    r"(?:guilty\s+)?verdicts|(?:people|persons|those)\s+convicted)\b[^.;:]{0,80}?\s+at\s+"
    rf"(?P<q>{_QUAL}\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?!\s*(?:%|percent|per\s+cent|times|fold|years?\b|months?\b))",
    re.IGNORECASE,
)
"""A source's figure told as where it "puts the number of convictions": "Vedomosti puts the
number of desertion convictions over the same quarter at 310"."""
