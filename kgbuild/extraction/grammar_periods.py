"""English time expressions for the extractor: each pattern of _TIME_PATTERNS with the
wordings it covers in its name ("half": "the first half of 2024", "to-date": "so far this
year", "since": "since the full-scale invasion in February 2022", "past-n": "over the past
ten years", "the past decade", "rel-year": "last year", "the following year" ...), and the
literal gates that let a sentence skip the patterns that cannot match. Resolution:
periods.py."""

from __future__ import annotations

import re
from typing import Final

from kgbuild.extraction.gates import _Cased, _gates
from kgbuild.extraction.numbers import _WORD, _YEAR
from kgbuild.fastre import compile_narrowed

_MONTH_NAMES: Final[dict[str, int]] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
)
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    # "the last (final) quarter of 2024" (never "the last quarter" alone: the one before)
    "last": 4,
    "final": 4,
}
_YEARREF = (
    rf"(?:(?P<y>{_YEAR})|(?P<rel>(?i:the\s+same|the\s+current|the\s+previous|the|this|that|"
    rf"last|next))\s+(?i:year))"
)
_TIME_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "half",
        compile_narrowed(
            rf"(?i:(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half\s+of\s+){_YEARREF}"
        ),
    ),
    ("half", compile_narrowed(rf"\bH(?P<h>[12])\s+(?P<y>{_YEAR})\b")),
    (
        "quarter",
        compile_narrowed(
            rf"(?i:(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+"
            rf"quarter\s+of\s+){_YEARREF}"
        ),
    ),
    ("quarter", compile_narrowed(rf"\bQ(?P<q>[1-4])\s+(?P<y>{_YEAR})\b")),
    (
        # "for the first quarter" with no year: the quarter of the year in context, as "the
        # first quarter of the year"
        "quarter",
        compile_narrowed(
            # ("nearly double the 164 of the third quarter": a figure's quarter after "of")
            r"(?:(?<=\b[Ii]n\s)|(?<=\b[Ff]or\s)|(?<=\b[Dd]uring\s)|(?<=\b[Oo]ver\s)|"
            r"(?<=\d\sof\s))(?i:the\s+"
            r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)(?P<rel>)"
            r"(?!\s+of\b|\s+(?:19|20)\d\d\b)"
        ),
    ),
    (
        "first-n",
        compile_narrowed(
            # "the first six months of 2025", "just 6 months of 2025" (the first ones),
            # "the last six months of 2024" (the last ones)
            rf"(?i:(?:the\s+)?(?:first\s+|(?P<last>last|final|latter)\s+|"
            rf"(?<!last\s)(?<!final\s)(?<!past\s)(?<!latter\s))"
            rf"(?P<n>\d{{1,2}}|{_WORD})\s+months\s+of\s+){_YEARREF}"
        ),
    ),
    (
        # "the first three quarters of 2025": its first nine months
        "first-n",
        compile_narrowed(
            rf"(?i:(?:the\s+)?first\s+(?P<nq>two|three|2|3)\s+quarters\s+of\s+){_YEARREF}"
        ),
    ),
    (
        "months-to",
        compile_narrowed(
            # "the ten months to October" (no year: the last October not after publication);
            # never "extended by two months to October" (a time added, not a period)
            rf"(?<!\bby\s)(?i:(?:the\s+)?(?P<n>\d{{1,2}}|{_WORD})\s+months\s+"
            rf"(?:to|until|through|thru|ending(?:\s+in)?)\s+)(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        # "in the year to June": the twelve months to that month's end (periods.py reads a
        # count it cannot parse, "year", as twelve)
        "months-to",
        compile_narrowed(
            rf"(?i:\bthe\s+(?P<n>year)\s+(?:to|until|through|ending(?:\s+in)?)\s+"
            rf"(?:the\s+end\s+of\s+)?)"
            rf"(?P<m>{_MONTH})"
            rf"(?:\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        # "Through September, courts had found 201 people guilty", "by the end of May": the
        # year to that month's end; "as of the end of September", "by the end of September
        # this year" (the year of the month last ended, as with no year)
        "to-month",
        compile_narrowed(
            rf"(?i:(?:through|thru)\s+(?:the\s+end\s+of\s+)?|(?:to|by)\s+the\s+end\s+of\s+|"
            rf"as\s+(?:of|at)\s+the\s+end\s+of\s+)"
            rf"(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR})|(?i:\s+(?:of\s+)?this\s+year))?\b"
        ),
    ),
    (
        "month-range",
        compile_narrowed(
            rf"(?:(?i:between|from)\s+)?(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s+"
            rf"(?i:and|to|through|until|till)\s+(?P<m2>{_MONTH})\s+(?i:of\s+)?(?P<y>{_YEAR})|"
            # "between January and June", "figures for January to June": the latest such
            # months before publication
            rf"(?i:between|from|for|during|over)\s+(?P<m1b>{_MONTH})\s+(?i:and|to|through|until|till)\s+"
            # ("between January and June this year": the same months, told with the year)
            rf"(?P<m2b>{_MONTH})\b(?!\s+(?i:of\s+)?{_YEAR})(?:,?\s+(?i:of\s+)?(?P<ty>(?i:this\s+year))\b)?|"
            # "between March 2022 and the end of 2024": to the year's last day
            rf"(?i:between|from)\s+(?P<m1c>{_MONTH})\s+(?P<y1c>{_YEAR})\s+"
            rf"(?i:and|to|through|until|till)\s+(?i:the\s+end\s+of\s+)(?P<yc>{_YEAR})"
        ),
    ),
    (
        "month-range",
        compile_narrowed(rf"(?P<m1>{_MONTH})\s*[-–—]\s*(?P<m2>{_MONTH})\s+(?P<y>{_YEAR})"),
    ),
    (
        # "in January-June", "for January–September" with no year: the latest such months
        # before publication
        "month-range",
        compile_narrowed(
            rf"\b(?i:in|for|during|over)\s+(?P<m1b>{_MONTH})\s*[-–—]\s*(?P<m2b>{_MONTH})\b"
            rf"(?!\s*,?\s+(?i:of\s+)?{_YEAR})(?:,?\s+(?i:of\s+)?(?P<ty>(?i:this\s+year))\b)?"
        ),
    ),
    (
        "since",
        compile_narrowed(
            rf"(?i:since\s+(?:the\s+(?:start|beginning)\s+of\s+|"
            # "since the start of the full-scale invasion in February 2022": the month stated
            rf"(?:the\s+(?:start|beginning|outbreak)\s+of\s+)?"
            # "since the article on confidential cooperation took effect in July 2022"
            # "since partial mobilisation was declared in September 2022"
            # ("the law on \"fakes\" took effect in March 2022": a word may be quoted)
            rf"(?:the\s+|Russia['’]s\s+|(?:partial\s+)?mobili[sz]ation\s+)"
            rf"(?:[\w'’\"“”‘-]+\s+){{0,10}}?(?:in|of)\s+)?)"
            # "since March 2022", "since January 1, 2023", "since 1 January 2023": from the
            # month's first day
            rf"(?:(?:1(?:st)?\s+(?i:of\s+)?)?(?P<m>{_MONTH})\s+(?:1(?:st)?,?\s+)?)?"
            rf"(?P<y>{_YEAR})\b"
        ),
    ),
    (
        # "since February 24, 2022", "since 24 February 2022": the invasion's day, told as a
        # date; "since September 21, 2022": mobilisation's (a "day" alone is that day only)
        "since-invasion",
        compile_narrowed(
            r"(?i:since\s+(?:(?:February|Feb\.?)\s+24(?:th)?|24(?:th)?\s+(?:of\s+)?"
            r"(?:February|Feb\.?))|since\s+(?P<mob>(?:September|Sept?\.?)\s+21(?:st)?|"
            r"21(?:st)?\s+(?:of\s+)?(?:September|Sept?\.?)))\s*,?\s*2022\b"
        ),
    ),
    (
        # "since the invasion began", "since the start of the full-scale war": 24 February 2022
        "since-invasion",
        compile_narrowed(
            r"(?i:since\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+)?(?:(?:the\s+|its\s+|(?:Russia|Moscow)['’]s\s+)"
            r"(?:(?:full[\s-]scale|all[\s-]out|large[\s-]scale)\s+)?(?:invasion|war)"
            r"(?:\s+(?:of|in|on|against)\s+Ukraine)?(?:\s+(?:began|started))?|"
            # "since Russia launched its full-scale invasion", "since Moscow invaded Ukraine"
            r"(?:Russia|Moscow|the\s+Kremlin)\s+(?:launched|began|started)\s+(?:its|the)\s+"
            r"(?:(?:full[\s-]scale|all[\s-]out|large[\s-]scale)\s+)?(?:invasion|war)"
            r"(?:\s+(?:of|in|on|against)\s+Ukraine)?|(?:Russia|Moscow)\s+invaded\s+Ukraine|"
            # "since mobilisation was announced", "since the start of the partial
            # mobilisation": 21 September 2022 (periods.py)
            r"(?:the\s+(?:start|beginning|announcement)\s+of\s+)?(?:the\s+)?(?:partial\s+)?"
            r"(?P<mob>mobili[sz]ation)(?:\s+(?:was|had\s+been)\s+(?:announced|declared)|"
            r"\s+(?:began|started))?))"
            r"(?!\s+(?:in|of|on)\s)"
        ),
    ),
    (
        # "during the full-scale invasion", "throughout the war in Ukraine": the span from 24
        # February 2022 (not "during the war" alone, which may be another war)
        "since-invasion",
        compile_narrowed(
            r"(?i:\b(?:during|throughout|in\s+the\s+course\s+of)\s+(?:the\s+|Russia['’]s\s+|"
            r"Moscow['’]s\s+)(?:(?:full[\s-]scale|all[\s-]out|large[\s-]scale)\s+(?:invasion|war)"
            r"(?:\s+(?:of|in|on|against)\s+Ukraine)?|(?:invasion|war)\s+(?:of|in|on|against)\s+"
            r"Ukraine|invasion))(?!\s+(?:in|of|on)\s)"
        ),
    ),
    (
        "to-date",
        compile_narrowed(
            r"(?i:\b(?:so\s+far\s+this\s+year|this\s+year\s+(?:so\s+far|to\s+date)|"
            rf"(?:so\s+far\s+in|in\s+(?:the\s+)?(?:first\s+)?(?:months|weeks)\s+of)\s+(?P<y>{_YEAR})|"
            r"since\s+the\s+(?:start|beginning)\s+of\s+(?:this|the)(?:\s+current)?\s+year|"
            # "since January 1", "since 1 January" with no year: this year to date
            r"since\s+(?:January\s+1(?:st)?|1(?:st)?\s+(?:of\s+)?January)(?!\s*,?\s*(?:19|20)\d\d)|"
            r"(?:the\s+)?year\s+to\s+date)\b)"
        ),
    ),
    (
        "past-n",
        compile_narrowed(
            rf"(?i:(?:in|over|during|for)\s+)?(?i:the\s+(?:past|last|previous)\s+)"
            rf"(?:(?P<n>\d{{1,2}}|{_WORD})\s+(?i:years)|(?P<decade>(?i:decade))|"
            rf"(?P<nm>\d{{1,2}}|{_WORD})\s+(?i:months))\b"
        ),
    ),
    (
        "year-range",
        compile_narrowed(
            rf"(?i:from|between)\s+(?P<y1>{_YEAR})\s+(?i:to|and|until|till|through)\s+"
            rf"(?i:(?:the\s+)?(?P<half>first|1st)\s+half\s+of\s+|the\s+end\s+of\s+|"
            # "between 1997 and February 24, 2022", "from 2010 to March 2014": to that day
            # or to the month's end
            rf"(?P<ed>\d{{1,2}})\s+(?P<em>{_MONTH})\s+|"
            rf"(?P<em2>{_MONTH})\s+(?:(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?)?"
            rf"(?P<y>{_YEAR})\b"
        ),
    ),
    (
        "year-range",
        # "2015-16" (a short end only with no space: "in 2022 — 40, in 2023 — 61" is a
        # year and its figure, as translations from Russian give them)
        compile_narrowed(
            rf"(?<![\d.,/-])(?P<y1>{_YEAR})(?:\s*[-–—]\s*(?=(?:19|20)\d\d)|[-–—](?=\d\d))"
            rf"(?P<y2>{_YEAR}|\d\d)(?![\d%])"
        ),
    ),
    ("day", compile_narrowed(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\b")),
    (
        "day",
        compile_narrowed(
            rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>{_YEAR})\b)?"
        ),
    ),
    ("month", compile_narrowed(rf"\b(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?(?![\w.])")),
    ("month", compile_narrowed(rf"\b(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?(?=\.)")),
    (
        "year",
        # (not a year-range's first year: "2015-16", "2015 – 2017"; "in 2022 – 12" is one)
        compile_narrowed(
            rf"(?<![\d.,$€£#/-])(?P<y>{_YEAR})(?![\d%]|[.,]\d|[-–]\d|\s*[-–]\s*(?:19|20)\d\d)"
        ),
    ),
    (
        "rel-month",
        compile_narrowed(r"(?i:\b(?P<rel>last|this|that|the\s+same)\s+month\b)"),
    ),
    (
        "rel-year",
        compile_narrowed(
            r"(?i:\b(?P<rel>last|this|that|the\s+same|the\s+current|the\s+previous|"
            r"the\s+preceding|the\s+past)\s+year\b)"
        ),
    ),
    (
        "rel-year",
        compile_narrowed(
            r"(?i:\b(?P<rel>a\s+year\s+(?:earlier|before|ago|later)|the\s+year\s+(?:before|after)|"
            r"the\s+(?:following|next|subsequent)\s+year|"
            r"(?:two|three|four|five|\d)\s+years\s+(?:later|earlier|before|on)))"
        ),
    ),
    ("rel-year", compile_narrowed(r"(?i:\b(?P<rel>the)\s+year\b)")),
    (
        "weekday",
        compile_narrowed(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ),
    # "today" and "yesterday", never their possessive ("by today's standards")
    ("weekday", compile_narrowed(r"(?i:\b(?P<wd>yesterday|today))\b(?!['’]s\b)")),
    (
        # "... up from 2021; then 17 were convicted", "Back then, 18 were", "At that time,
        # two were": the time told last (a baseline's too)
        "then",
        compile_narrowed(
            r"(?i:(?<=[;,—–] )then(?=,?\s+\d)|\bback\s+then\b|"
            r"\bat\s+th(?:at|e)\s+time\b(?!\s+of\b))"
        ),
    ),
    (
        # "from the start of the full-scale invasion to the end of June 2025": from 24
        # February 2022 to that month's (or year's) end
        "invasion-to",
        compile_narrowed(
            r"(?i:\b(?:from|between)\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+)?"
            r"(?:the\s+|Russia['’]s\s+|Moscow['’]s\s+)(?:(?:full[\s-]scale|all[\s-]out|"
            r"large[\s-]scale)\s+)?(?:invasion|war)(?:\s+(?:of|in|on|against)\s+Ukraine)?"
            r"\s+(?:to|and|until|till|through)\s+(?:the\s+end\s+of\s+)?)"
            rf"(?:(?P<m>{_MONTH})\s+)?(?P<y>{_YEAR})\b"
        ),
    ),
    (
        # "in 2022 and 2023 combined": both years, one span
        "year-range",
        compile_narrowed(
            rf"(?<![\d.,/-])(?P<y1>{_YEAR})\s+and\s+(?P<y2>{_YEAR})\s+"
            r"(?i:combined|together|taken\s+together|in\s+total)\b"
        ),
    ),
    (
        # "between 1 August 2024 and 31 January 2025", "from August 1, 2024 to January 31,
        # 2025": from the first day to the last (the first year may be left to the second)
        "day-range",
        compile_narrowed(
            rf"(?i:between|from)\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})|(?P<m1u>{_MONTH})\s+"
            rf"(?P<d1u>\d{{1,2}}),?)(?:\s+(?P<y1>{_YEAR}))?\s+(?i:and|to|through|until|till)\s+"
            rf"(?:(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})|(?P<m2u>{_MONTH})\s+(?P<d2u>\d{{1,2}}),?)"
            rf"\s+(?P<y2>{_YEAR})\b"
        ),
    ),
)


_MONTH_GATE = _Cased(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
)
"""_MONTH is case-sensitive; every month name and abbreviation starts with one of these."""
_WEEKDAY_GATE: Final = _Cased(_WEEKDAYS)
_TIME_GATE_WORDS: Final[tuple[tuple[str, ...] | None, ...]] = (
    ("half",),
    ("h1", "h2"),
    ("quarter",),
    ("q1", "q2", "q3", "q4"),
    ("quarter",),
    ("months",),
    ("quarters",),
    ("months",),
    ("year",),
    _MONTH_GATE,
    _MONTH_GATE,
    _MONTH_GATE,
    _MONTH_GATE,
    ("since",),
    ("since",),
    ("since",),
    ("during", "throughout", "course of"),
    ("year", "so far", "months of", "weeks of", "since january", "since 1"),
    ("years", "decade", "months"),
    ("from", "between"),
    ("19", "20"),  # _YEAR
    _MONTH_GATE,
    _MONTH_GATE,
    _MONTH_GATE,
    _MONTH_GATE,
    ("19", "20"),  # _YEAR
    ("month",),
    ("year",),
    ("year",),
    ("year",),
    _WEEKDAY_GATE,
    ("yesterday", "today"),
    ("then", "that time", "the time"),
    ("invasion", " war "),
    ("combined", "together", "in total"),
    ("between", "from"),
)
"""For each of _TIME_PATTERNS, words one of which every match contains (in `fold`ed
text, or as written for a _Cased gate), or None. A pattern whose gate finds none of them
cannot match and is not run: several of these patterns cost ~100 us per sentence, the
gate well under 1 us."""
assert len(_TIME_GATE_WORDS) == len(_TIME_PATTERNS)


_TIME_GATES: Final = _gates(_TIME_GATE_WORDS)
