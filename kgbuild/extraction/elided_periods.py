"""A list item whose period leaves its noun to the count before it: "Courts sentenced 94
people for desertion in the first quarter, and 41 in the second" (the second quarter of the
same year), "... in the first half of 2024 and 143 in the second" (the second half)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

from kgbuild.extraction.periods import _month_end, _Time
from kgbuild.fastre import compile_narrowed

_ORDINAL_ONLY: Final = compile_narrowed(
    r"\s+in\s+the\s+(?P<ord>first|second|third|fourth|final|last)"
    r"(?=\s*(?:[.;)]|$|,\s|\s+(?:and|while|but|according)\b))",
    re.IGNORECASE,
)
_NUMBERS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def ordinal_period(
    text: str, after: int, head_time: _Time | None
) -> tuple[dt.date, dt.date] | None:
    """The period of an item told as "in the second" right after ``after``, when the count
    before it (at ``head_time``) covers a quarter or a half of one year."""
    m = _ORDINAL_ONLY.match(text, after)
    if m is None or head_time is None or head_time.first is None or head_time.last is None:
        return None
    first, last = head_time.first, head_time.last
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if first.day != 1 or first.year != last.year or months not in (3, 6):
        return None
    parts = 12 // months
    word = m.group("ord").lower()
    n = parts if word in ("final", "last") else _NUMBERS[word]
    if n > parts:
        return None
    start_month = (n - 1) * months + 1
    return dt.date(first.year, start_month, 1), _month_end(first.year, start_month + months - 1)


def head_time(times: Sequence[_Time], start: int, end: int) -> _Time | None:
    """The period told between a count at ``start`` and its item at ``end``, else the last
    one before the count ("In the first half of 2024, 150 people ... and 143 in the
    second")."""
    periods = [t for t in times if t.start < end and t.role == "period"]
    inside = [t for t in periods if t.start >= start]
    chosen = inside or periods
    return chosen[-1] if chosen else None
