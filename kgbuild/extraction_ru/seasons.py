"""A season as a period («за лето», «летом 2025 года», «за весну прошлого года», «зимой»):
June to August, March to May, September to November, and December of the year before to
February."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from kgbuild.extraction_ru.morphology import fold

_SEASONS = {"лет": (6, 8), "вес": (3, 5), "осе": (9, 11), "зим": (12, 2)}
"""A season's first and last months, by the first letters of its name."""
_LAST_YEAR = ("прошл", "минувш", "прошедш")


def _bounds(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    since = dt.date(year - 1 if first > last else year, first, 1)
    return since, dt.date(year, last, calendar.monthrange(year, last)[1])


def season(m: re.Match[str], published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The months of the season a ``season`` match names: of the year named with it (winter
    ending in that year), of the year before publication for «прошлого года», else of the
    year of publication, or of the one before if the season has not begun by then; a season
    not over on the day of publication, with no year named, is none."""
    first, last = _SEASONS[fold(m.group("s") or m.group("s2"))[:3]]
    if m.group("sy"):
        return _bounds(int(m.group("sy")), first, last)
    if published is None:
        return None, None
    rel = fold(m.group("rel") or "")
    if rel.startswith(_LAST_YEAR):
        return _bounds(published.year - 1, first, last)
    year = published.year
    if first > last and published.month == 12:
        year += 1  # «зимой» in December: the winter begun that month
    bounds = _bounds(year, first, last)
    if bounds[0] > published and not rel:
        bounds = _bounds(year - 1, first, last)  # still to come: the one before
    if bounds[1] >= published:
        return None, None  # not over yet
    return bounds
