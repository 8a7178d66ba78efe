"""A day told by its ordinal alone ("on the 4th"), in the month its sentence gave: a
timeline's line ("March 2022: on the 4th, Putin signs the law ...") dates a law to the day
(used by enactments.py)."""

from __future__ import annotations

import datetime as dt
import re

from kgbuild.fastre import compile_narrowed

_ON_THE_DAY = compile_narrowed(
    r"\bon\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+(?!(?:the\s+month|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)|anniversary|day|floor|reading|time|century|attempt))",
    re.IGNORECASE,
)
"""A day told by its ordinal alone, in the month the sentence (a timeline's line) gave:
"March 2022: on the 4th, Putin signs the law ...", "..., signed on the 29th"."""


def on_the_day(sentence: str, month: str) -> str:
    """``month`` (YYYY-MM) with the day of an "on the 4th" in ``sentence``, if it has one
    that the month holds; else ``month`` as it is."""
    if "the " not in sentence:
        return month
    m = _ON_THE_DAY.search(sentence)
    if m is None:
        return month
    try:
        return dt.date(int(month[:4]), int(month[5:7]), int(m.group("d"))).isoformat()
    except ValueError:
        return month  # "on the 31st" of a month of thirty days
