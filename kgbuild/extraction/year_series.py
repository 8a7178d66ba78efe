"""Convictions set out year by year after a colon, as a table turned into prose:

    "the report sets out convictions for confidential cooperation by year: 19 in 2023 and
    63 in 2024"
    "Treason convictions, year by year: 16 in 2021, 22 in 2022 and 106 in 2023"
    "Guilty verdicts for espionage: 4 in 2021, 11 in 2022"
    "the 512 sabotage convictions recorded from 2022 through 2024: 64 in 2022, 151 in 2023"
    "Desertion verdicts were few at first: 36 in the whole of 2023"

The first figure must be followed by "in <year>" (each item its own year); the items after
it are read as those of a count told by what it reached (counts.py, lists.py). Also the
period of a level reached after a rise over a span (level_after_span)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN
from kgbuild.extraction.periods import _Time
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


_SPAN_BEFORE_LEVEL = compile_narrowed(
    r"\b(?:since\s+(?P<since>\d{4})|between\s+\d{4}\s+and\s+(?P<y2>\d{4})|every\s+year)\b",
    re.IGNORECASE,
)
"""A rise's span before the level it reached: "have increased twelvefold since 2021,
reaching 177", "between 2021 and 2025, reaching 177", "every year since 2021, reaching"."""


def level_after_span(
    text: str, start: int, num_start: int, num_end: int, times: Sequence[_Time]
) -> tuple[bool, tuple[dt.date, dt.date] | None]:
    """Whether text[start:num_start], the rise before a level a count reached, tells a span,
    and the level's period then: the time right after the figure ("reaching 177 in 2025"),
    else the span's last year ("between 2021 and 2025, reaching 177"), else unknown
    ("since 2021, reaching 177")."""
    span = _SPAN_BEFORE_LEVEL.search(text, start, num_start)
    if span is None:
        return False, None
    own = next(
        (t for t in times if 0 <= t.start - num_end <= 12 and t.first and t.last),
        None,
    )
    if own is not None and own.first is not None and own.last is not None:
        return True, (own.first, own.last)
    if span.group("y2"):
        year = int(span.group("y2"))
        return True, (dt.date(year, 1, 1), dt.date(year, 12, 31))
    return True, None
