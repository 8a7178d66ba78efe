"""Convictions set out year by year after a colon, as a table turned into prose:

    "the report sets out convictions for confidential cooperation by year: 19 in 2023 and
    63 in 2024"
    "Treason convictions, year by year: 16 in 2021, 22 in 2022 and 106 in 2023"
    "Guilty verdicts for espionage: 4 in 2021, 11 in 2022"
    "the 512 sabotage convictions recorded from 2022 through 2024: 64 in 2022, 151 in 2023"
    "Desertion verdicts were few at first: 36 in the whole of 2023"

The first figure must be followed by "in <year>" (each item its own year); the items after
it are read as those of a count told by what it reached (counts.py, lists.py)."""

from __future__ import annotations

import re

from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN
from kgbuild.fastre import compile_narrowed

_SERIES_HEAD = (
    # "the 512 sabotage convictions recorded from 2022 through 2024: 64 in 2022, ..."
    r"\b(?:convictions|(?:guilty\s+)?verdicts)(?:\s+(?:for|over|under|recorded|registered|"
    r"counted|handed\s+down|passed)\s+[^:;.]{1,80}?)?"
    r"(?:,?\s+(?:by|per|each)\s+year|,?\s+year\s+(?:by|on)\s+year|,?\s+annually)?"
    # "Desertion verdicts were few at first: 36 in 2023", "its tally of desertion verdicts,
    # the figure looked small: 36 in the whole of 2023": a short predicate before the colon
    r"(?:,?\s+(?:(?:the|its|their)\s+(?:figure|number|total|count|tally)\s+)?"
    r"(?:(?:was|were|looked|seemed|remained)\s+(?:(?:still|very|quite|relatively|rather|"
    r"fairly)\s+)?(?:few|small|rare|modest|low|scarce|tiny|negligible|limited)|"
    r"(?:started|began)\s+(?:small|low|modestly|slowly))"
    r"(?:\s+(?:at\s+first|initially|then|at\s+the\s+time|at\s+the\s+start))?)?\s*:\s*"
)
"""Conviction nouns and what may stand between them and the colon of a series."""

CONVICTIONS_BY_YEAR = compile_narrowed(
    _SERIES_HEAD + rf"(?P<q>{_QUAL}\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?=\s+in\s+(?:(?:the\s+)?(?:whole|course|entirety)\s+of\s+|all\s+of\s+)?(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
"""The head of a series of yearly conviction figures after a colon."""

CONVICTIONS_BY_YEAR_TIME_FIRST = compile_narrowed(
    _SERIES_HEAD
    + r"(?P<time>(?:in|for|during|over|throughout)\s+[^;:()\d—–,]{0,40}?(?:19|20)\d\d)"
    + rf"\s*(?:,|—|–|-)\s*(?P<q>{_QUAL}\s+)?(?P<num>{NUMBER_PATTERN})"
    + r"(?=\s*(?:[.;,)]|$)|\s+and\s)",
    re.IGNORECASE,
)
"""The head of a series whose items give their time first: "Espionage convictions: in 2022
— 40, in 2023 — 61, in 2024 — 104", "Treason verdicts by year: in 2022, 20; in 2023, 75"
(the items after the first: time_first.py)."""
