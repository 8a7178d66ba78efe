"""English grammar for baselines: the earlier figure a count is compared with, with its own
time (rules in baselines.py). Each pattern with the wordings it covers:

    _BASELINE_COUNT   "up from 40 in 2023", "up from the 20 cases opened in 2022", "up from
                      eight a year earlier", "jumped to 14, from just four a year earlier",
                      "against two in the same period of 2022", "compared with the 25
                      cases opened in 2022", "a fourfold increase from the 20 cases
                      investigated in all of 2022", "a fourfold rise on the 36 convicted in
                      2023", "nearly double the 640 recorded ..."
    _BASELINE_FIGURE  "more than double the 2023 figure of 25"
    _BASELINE_FROM    "grew to 145 in 2024 from 40 in 2023"
    _AND_BASELINE     "up from 40 in 2023 and 16 in 2022" (the second)

Split from grammar_en.py.
"""

from __future__ import annotations

import re

from kgbuild.extraction.numbers import _QUAL, _YEAR, NUMBER_PATTERN
from kgbuild.fastre import compile_narrowed

_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_BASELINE_OPEN = (
    r"(?:\b(?:up|down)\s+(?:from(?:\s+the)?|on\s+the)|,\s+from|\bcompare[sd]?\s+(?:with|to)(?:\s+the)?|"
    r"\bversus|\bvs\.?|\bagainst|"
    # "a fourfold increase from the 20 cases investigated in all of 2022"
    r"\b(?:increase|rise|jump|growth|surge|drop|decline|decrease|fall)\s+(?:from|on)(?:\s+the)?|"
    # "rose to 512 in 2024 from 390 a year before": "from" right after the new figure's time
    r"(?:(?<=\d{4}\s)|(?<=\blast\syear\s)|(?<=\bthis\syear\s))from|"
    # "fell to 58 from 84 a year earlier": "from" right after the new figure
    r"(?<=\bto\s)\d(?:[\d,]*\d)?\s+from|"
    # "nearly double the 640 recorded ...", "a quarter fewer than the 104 convicted in 2022",
    # "twice as many as the 1,530 ...": a comparison with the figure of another time
    r"\b(?:than|as|above|below|double|twice|triple|treble|half|quadruple)\s+the)\s+"
)
_BASELINE_COUNT = compile_narrowed(
    rf"{_BASELINE_OPEN}"
    rf"(?:just\s+|only\s+|a\s+mere\s+)?(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN}|(?:a\s+single|just|only)\s+one)"
    r"(?:\s+(?:people|individuals|convictions|verdicts|cases|investigations|prosecutions))?"
    # "the 104 convicted in 2022": the earlier figure's participle
    r"(?:\s+(?:(?:who\s+were|that\s+were|were)\s+)?(?:recorded|registered|convicted|sentenced|"
    r"counted|reported|logged|tallied|handed\s+down|found\s+guilty|opened|initiated|"
    r"investigated|launched|brought|filed|heard))?\s+"
    rf"(?:(?:in|during|for|over|of)\s+(?:the\s+whole\s+of\s+|all\s+of\s+)?"
    rf"(?P<same>the\s+same\s+(?:period|months|half|quarter)\s+(?:in|of)\s+)?(?P<y>{_YEAR})\b|"
    # "compared with 34 in the first half of 2023": the period the time after it names
    # ("nearly double the 164 of the third quarter")
    r"(?:in|during|over|for|of)\s+(?P<tp>)(?=the\s+(?:first|second|third|fourth|last|final)\s+"
    r"(?:half|quarter|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\b|"
    # "versus 74 in January–June 2024", "against 31 in March 2024"
    rf"(?:{_MONTHS})(?:\s*[–—-]\s*(?:{_MONTHS})|\s+to\s+(?:{_MONTHS}))?,?\s+\d{{4}}\b|"
    # "compared with 41 in the whole of last year": the calendar year before
    r"(?:the\s+whole\s+of|all\s+of)\s+last\s+year\b)|"
    # "more than double the 21 of the year before"
    r"(?:a\s+year\s+(?:earlier|before)|(?:in\s+|of\s+)?the\s+(?:previous|preceding|prior)\s+year|"
    r"(?:of\s+)?the\s+year\s+before|"
    # "84 in the same period a year earlier / last year": the figure's months, a year back
    # "compared with 74 at the same point last year"
    r"(?:(?:in|during|over)\s+the\s+same\s+(?:period|months|half|quarter)|"
    r"(?:at|by)\s+the\s+same\s+(?:point|time|stage))\s+(?:a\s+year\s+"
    r"(?:earlier|before|ago)|(?:of\s+)?last\s+year|of\s+the\s+(?:previous|preceding|prior)\s+year))\b)",
    re.IGNORECASE,
)
_BASELINE_FIGURE = compile_narrowed(
    rf"\bthe\s+(?P<y>{_YEAR})\s+(?:figure|total|tally|count|level)\s+of\s+"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?P<same>(?!))?\b",
    re.IGNORECASE,
)
"""A baseline named by its year: "more than double the 2023 figure of 25"."""
_BASELINE_FROM = compile_narrowed(
    rf"\b(?:rose|grew|increased|climbed|jumped|soared|went\s+up)\s+to\s+[^.;]{{1,40}}?\s+from\s+"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+(?:in|during|for)\s+(?P<y>{_YEAR})\b"
    rf"(?P<same>(?!))?",
    re.IGNORECASE,
)
"""A baseline after "from" in "grew to 145 in 2024 from 40 in 2023"."""
_AND_BASELINE = compile_narrowed(
    rf"\s*,?\s+and\s+(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+(?:in|during|for)\s+"
    rf"(?P<y>{_YEAR})\b(?P<same>(?!))?",
    re.IGNORECASE,
)
"""A second baseline after the first: "up from 40 in 2023 and 16 in 2022"."""
_BASELINE_YEAR_BEFORE = compile_narrowed(
    r"\bthe\s+(?:previous|preceding|prior)\s+year['’]s\s+(?:figure|total|tally|count|level)"
    rf"\s+of\s+(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\b(?P<y>(?!))?(?P<same>(?!))?",
    re.IGNORECASE,
)
"""A baseline a year before the count's period: "four times the previous year's figure of
36"."""
