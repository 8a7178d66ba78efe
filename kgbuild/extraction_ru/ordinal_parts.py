"""A half or a quarter told after another of the same year in one sentence, its noun or its
year left out (:func:`.periods.find_periods` calls it last):

- «В первом квартале 2026 года за госизмену осуждены 150 человек, во втором — 171»: the
  second quarter of 2026;
- «за первое полугодие 2025 года — 80, за второе — 95»: the second half of 2025;
- «в первом полугодии 2025 года — 80, во втором полугодии — 95»: the noun kept, the year
  left out, so the year of the half before (not the year of publication).

Traps: «во втором чтении» (a noun of its own), «во-вторых», an ordinal with no half or
quarter named before it in the sentence, a third half-year.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kgbuild.extraction_ru.morphology import fold

if TYPE_CHECKING:
    from kgbuild.extraction_ru.periods import Period

_ELIDED = re.compile(
    r"\b(?:в|во|за)\s+(?P<o>втор|трет|четв[её]рт)(?:ом|ое|ой|ый|ую)\b"
    r"(?P<noun>\s+(?:полугоди|квартал)[а-яё]*)?(?!\s*[а-яё])",
    re.IGNORECASE,
)
_INDEX = {"втор": 2, "трет": 3, "четв": 4}
_ANCHORS = frozenset({"half", "quarter", "part-of-year"})
"""Parts a later ordinal may follow: a half or a quarter with its year, or of the year of
publication («В первом квартале ..., во втором — 230»; the length tells which)."""


def elided_parts(
    text: str, start: int, end: int, found: Sequence[Period], published: dt.date | None = None
) -> list[Period]:
    """``found`` with the halves and quarters whose noun or year the sentence left out (after
    a part of the year of publication, one not over by ``published`` is none)."""
    anchors = [p for p in found if p.how in _ANCHORS and p.first is not None and p.last]
    if not anchors:
        return list(found)
    out = list(found)
    for m in _ELIDED.finditer(text, start, end):
        before = [p for p in anchors if p.end <= m.start()]
        if not before:
            continue
        anchor = before[-1]
        assert anchor.first is not None and anchor.last is not None
        length = anchor.last.month - anchor.first.month + 1
        n = _INDEX[fold(m.group("o"))[:4]]  # (an odd letter shape read as the plain one)
        if length not in (3, 6) or n * length > 12:
            continue
        noun = fold(m.group("noun") or "")
        if noun and ("квартал" in noun) != (length == 3):
            continue  # «в первом полугодии ..., во втором квартале»: another length
        # a part the patterns read but could not place in a year is replaced
        clash = [q for q in out if q.start < m.end() and m.start() < q.end]
        if any(q.first is not None for q in clash):
            continue
        first_month, year = (n - 1) * length + 1, anchor.first.year
        last_month = first_month + length - 1
        if anchor.how == "part-of-year" and (
            published is None
            or dt.date(year, last_month, 1) > published.replace(day=1)
            or (year, last_month) == (published.year, published.month)
        ):
            continue  # «В первом полугодии ..., во втором — ...» in August: not over yet
        period = dataclasses.replace(
            anchor,
            start=m.start(),
            end=m.end(),
            first=dt.date(year, first_month, 1),
            last=dt.date(year, last_month, calendar.monthrange(year, last_month)[1]),
        )
        out = [q for q in out if q not in clash] + [period]
    return out
