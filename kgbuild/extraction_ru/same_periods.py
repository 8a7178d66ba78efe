"""Periods told by reference to others: «за тот же период» in the year named right before
it («В прошлом году за тот же период»), «за то же полугодие» as the earlier period of that
length, and a day moved by whole years (split out of :mod:`.periods`)."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kgbuild.extraction_ru.periods import Period


def shift_year(day: dt.date, shift: int) -> dt.date:
    year = day.year + shift
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


_YEAR_KINDS = frozenset({"year", "last-year", "year-before-last"})
_SHIFTED = frozenset({"year-before", "years-before", "year-after", "years-after", "years-later"})


def same_months_in_year(text: str, found: list[Period]) -> list[Period]:
    """«В прошлом году за тот же период»: the months named before («за 11 месяцев 2025
    года»), in the year named right before them; the two phrases make one period."""
    same = [p for p in found if p.how == "same" and p.resolved]
    if not same:
        return found
    out = list(found)
    for p in same:
        shifted = next(
            (q for q in found if q.how in _SHIFTED and q.end <= p.start
             and not text[q.end : p.start].strip()),
            None,
        )  # fmt: skip
        if shifted is not None:
            # «Годом ранее за тот же период»: the shifted period already has the months
            out = [q for q in out if q is not p and q is not shifted]
            out.append(dataclasses.replace(shifted, end=p.end))
            continue
        year = next(
            (q for q in found if q.how in _YEAR_KINDS and q.resolved and q.end <= p.start
             and not text[q.end : p.start].strip()),
            None,
        )  # fmt: skip
        if year is None or p.first is None or p.last is None or year.first is None:
            continue
        if p.first.year != p.last.year:
            continue
        shift = year.first.year - p.first.year
        joined = dataclasses.replace(
            year,
            end=p.end,
            first=shift_year(p.first, shift),
            last=shift_year(p.last, shift),
            how="period-of-year",
        )
        out = [q for q in out if q is not p and q is not year] + [joined]
    return out


_LENGTHS = {"полугод": 6, "квартал": 3, "три": 3, "трёх": 3, "трех": 3, "шест": 6, "девят": 9}
"""«за то же полугодие», «за тот же квартал»: the period named by its length."""


def _months_long(period: Period) -> int | None:
    first, last = period.first, period.last
    if first is None or last is None or first.day != 1:
        return None
    if last.day != calendar.monthrange(last.year, last.month)[1]:
        return None
    return (last.year - first.year) * 12 + last.month - first.month + 1


def same_length(phrase: str, candidates: Sequence[Period]) -> Period | None:
    """The last of ``candidates`` (in the order named) as long as ``phrase`` says: «В
    первом полугодии 2024 года ..., а за весь 2023 год — 120. За то же полугодие ...» is
    the half-year, not the year named last; «за тот же год» the year named last."""
    wanted = next((n for stem, n in _LENGTHS.items() if stem in phrase), None)
    if wanted is None and phrase.endswith("же год"):
        wanted = 12  # «за тот же год»: the year named last, if only as a baseline
    if wanted is None:
        return None
    fitting = [p for p in candidates if p.how != "day" and _months_long(p) == wanted]
    return fitting[-1] if fitting else None
