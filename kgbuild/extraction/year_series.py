"""Convictions set out year by year after a colon, as a table turned into prose:

    "the report sets out convictions for confidential cooperation by year: 19 in 2023 and
    63 in 2024"
    "Treason convictions, year by year: 16 in 2021, 22 in 2022 and 106 in 2023"
    "Guilty verdicts for espionage: 4 in 2021, 11 in 2022"
    "the 512 sabotage convictions recorded from 2022 through 2024: 64 in 2022, 151 in 2023"

The first figure must be followed by "in <year>" (each item its own year); the items after
it are read as those of a count told by what it reached (counts.py, lists.py)."""

from __future__ import annotations

import re

from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN
from kgbuild.fastre import compile_narrowed

CONVICTIONS_BY_YEAR = compile_narrowed(
    # "the 512 sabotage convictions recorded from 2022 through 2024: 64 in 2022, ..."
    r"\b(?:convictions|(?:guilty\s+)?verdicts)(?:\s+(?:for|over|under|recorded|registered|"
    r"counted|handed\s+down|passed)\s+[^:;.]{1,80}?)?"
    r"(?:,?\s+(?:by|per|each)\s+year|,?\s+year\s+(?:by|on)\s+year|,?\s+annually)?\s*:\s*"
    rf"(?P<q>{_QUAL}\s+)?(?P<num>{NUMBER_PATTERN})(?=\s+in\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
"""The head of a series of yearly conviction figures after a colon."""
