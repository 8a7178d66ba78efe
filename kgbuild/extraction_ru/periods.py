"""Russian reference periods and dates.

Periods are inclusive ISO bounds: «в 2023 году» -> 2023-01-01..2023-12-31, «за первое
полугодие 2024 года» -> 2024-01-01..2024-06-30, «за 2013–2023 годы», «с 2013 по 2023
год», «в третьем квартале», «в январе 2025 года». Relative ones need an anchor:
«в прошлом году», «с начала года», «с 2009 года» use the publication date (unresolved
without one); «годом ранее», «в следующем году», «тогда же» use the period the text spoke
of last. Dates (for enactments) are as precise as the text: «28 апреля 2023 года»,
«в апреле 2023 года», «в 2022 году».
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from kgbuild.extraction.events import FULL_SCALE_INVASION
from kgbuild.extraction_ru.day_spans import day_span
from kgbuild.extraction_ru.morphology import fold, gate_open
from kgbuild.extraction_ru.numbers import read_number
from kgbuild.extraction_ru.ordinal_parts import elided_parts
from kgbuild.extraction_ru.period_patterns import (
    _GATES,
    _MONTH_GATE,
    _MONTH_PIECE,
    _MONTHS,
    _YEAR_PIECE,
    PERIOD_PATTERNS,
)
from kgbuild.extraction_ru.same_periods import same_length, same_months_in_year, shift_year
from kgbuild.extraction_ru.seasons import season

"""«за три / шесть / девять месяцев»: the first months of the year."""
_ORDINAL_HALF = {"перв": 1, "втор": 2, "i": 1, "ii": 2}
_ORDINAL_QUARTER = {
    **{"перв": 1, "втор": 2, "трет": 3, "четв": 4, "последн": 4, "заключительн": 4},
    **{"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4},
}  # «в III квартале», «в 3-м квартале»
"""Quarters by their ordinal; «последний», «заключительный» only with a year (the fourth)."""


@dataclass(frozen=True)
class Period:
    """A period named at ``start:end`` of the sentence text (offsets into the document)."""

    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    how: str
    cue: int | None = None
    """Where the comparison word before it stands («больше, чем годом ранее», «против 14 в
    2016-м»), if any: a baseline period is the figure's after that word only."""

    @property
    def resolved(self) -> bool:
        return self.first is not None and self.last is not None


def _year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


_DAY = dt.timedelta(days=1)


def _months(y: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, first, 1), dt.date(y, last, calendar.monthrange(y, last)[1])


_LAST_YEAR_WORDS = ("прошл", "минувш", "прошедш")


def _part_of_year(m: re.Match[str], published: dt.date | None) -> _Bounds:
    """«в первом полугодии», «во втором квартале прошлого года», «за первые девять месяцев
    этого года»: months of the year of publication (of the year before, for «прошлого
    года»); with no year named, a part not over by the day of publication is none."""
    if published is None:
        return None, None
    if m.group("o"):
        first, last = (1, 6) if _ORDINAL_HALF[fold(m.group("o"))] == 1 else (7, 12)
    elif m.group("q"):
        q = _ORDINAL_QUARTER[fold(m.group("q"))[:4]]
        first, last = 3 * q - 2, 3 * q
    else:
        first, last = 1, int(read_number(m.group("n")) or 0)
        if not 1 <= last <= 12:
            return None, None
    rel = fold(m.group("rel") or "")
    year = published.year - 1 if rel.startswith(_LAST_YEAR_WORDS) else published.year
    bounds = _months(year, first, last)
    if not rel and bounds[1] >= published:
        return None, None
    return bounds


@lru_cache(maxsize=512)
def _month_number(stem: str) -> int:
    for index, pattern in enumerate(_MONTHS, start=1):
        if re.fullmatch(pattern, stem):
            return index
    raise ValueError(stem)


_Bounds = tuple[dt.date | None, dt.date | None]


def _to_date(y: int, published: dt.date | None) -> _Bounds:
    """From 1 January of ``y`` to the publication date (unknown without one)."""
    if published is None or published.year < y:
        return None, None
    return dt.date(y, 1, 1), published


def _bounds(
    name: str, m: re.Match[str], published: dt.date | None, previous: Period | None
) -> _Bounds:
    groups = m.groupdict()
    y = int(groups["y"]) if groups.get("y") else None
    if name in {"range", "from-to", "from-to-aside"}:
        a, b = int(m.group("a")), int(m.group("b"))
        return (dt.date(a, 1, 1), dt.date(b, 12, 31)) if a < b else (None, None)
    if name == "half" and y is not None:
        half = _ORDINAL_HALF[fold(m.group("o"))] if m.group("o") else 1
        return _months(y, 1, 6) if half == 1 else _months(y, 7, 12)
    if name == "quarter" and y is not None:
        q = _ORDINAL_QUARTER[fold(m.group("o"))]
        return _months(y, 3 * q - 2, 3 * q)
    if name == "nine-months" and y is not None:
        n = int(read_number(m.group("n")) or 0)
        return _months(y, 1, n) if 1 <= n <= 12 else (None, None)
    if name == "quarters" and y is not None:
        n = int(read_number(m.group("n")) or 0)
        return _months(y, 1, 3 * n) if 1 <= n <= 4 else (None, None)
    if name in {"since-start-of", "since"} and y is not None:
        return _to_date(y, published)
    if name == "since-month" and y is not None:
        month = _month_number(fold(m.group("m")))
        until = _to_date(y, published)[1]
        if until is None or dt.date(y, month, 1) > until:
            return None, None
        return dt.date(y, month, 1), until
    if name == "since-invasion":
        return (None, None) if published is None else (FULL_SCALE_INVASION, published)
    if name == "days" and y is not None:
        y1 = int(m.group("y1")) if m.group("y1") else y
        try:
            since = dt.date(y1, _month_number(fold(m.group("m1"))), int(m.group("d1")))
            until = dt.date(y, _month_number(fold(m.group("m"))), int(m.group("d")))
        except ValueError:  # 31 June
            return None, None
        return (since, until) if since <= until else (None, None)
    if name == "day-span":
        return day_span(m, published, previous)
    if name == "year-to-day" and y is not None:
        a, month = int(m.group("a")), _month_number(fold(m.group("m")))
        try:
            until_day = dt.date(y, month, int(m.group("d")))
        except ValueError:  # 30 February
            return None, None
        return (dt.date(a, 1, 1), until_day) if a <= y else (None, None)
    if name == "since-start":
        return (None, None) if published is None else _to_date(published.year, published)
    if name == "months-years" and y is not None:
        y1 = int(m.group("y1"))
        first_month, last_month = (
            _month_number(fold(m.group("m1"))),
            _month_number(fold(m.group("m"))),
        )
        if y1 >= y:
            return None, None
        return _months(y1, first_month, first_month)[0], _months(y, last_month, last_month)[1]
    if name == "month-to-year" and y is not None:
        y1, first_month = int(m.group("y1")), _month_number(fold(m.group("m1")))
        return (dt.date(y1, first_month, 1), dt.date(y, 12, 31)) if y1 < y else (None, None)
    if name == "year-to-month" and y is not None:
        a, month = int(m.group("a")), _month_number(fold(m.group("m")))
        return (dt.date(a, 1, 1), _months(y, month, month)[1]) if a < y else (None, None)
    if name in {"months", "months-dash"} and y is not None:
        first, last = _month_number(fold(m.group("m1"))), _month_number(fold(m.group("m")))
        return _months(y, first, last) if first < last else (None, None)
    if name == "month" and y is not None:
        month = _month_number(fold(m.group("m")))
        return _months(y, month, month)
    if name == "year" and y is not None:
        return _year(y)
    if name == "months-rel" and published is not None:
        # «с ноября прошлого года по октябрь этого»: to that month's end, if it is over
        first, last = _month_number(fold(m.group("m1"))), _month_number(fold(m.group("m")))
        since = _months(published.year - 1, first, first)[0]
        until = _months(published.year, last, last)[1]
        return (since, until) if until <= published else (None, None)
    if name == "month-rel" and published is not None:
        # «в марте прошлого года»: that month of the year of publication, or of the one before
        year = published.year - (1 if fold(m.group("rel")).startswith(_LAST_YEAR_WORDS) else 0)
        month = _month_number(fold(m.group("m")))
        return _months(year, month, month)
    if name == "last-year":
        return (None, None) if published is None else _year(published.year - 1)
    if name == "year-before-last":
        return (None, None) if published is None else _year(published.year - 2)
    if name == "this-year":
        return (None, None) if published is None else _to_date(published.year, published)
    if name == "day":
        return None, None
    if name == "season":
        return season(m, published)
    if name == "part-of-year":
        return _part_of_year(m, published)
    if name in ("month-bare", "month-heading", "month-title", "month-line"):
        return _bare_month(m, published, previous)
    anchor = previous.first if previous is not None and previous.resolved else None
    if anchor is None or previous is None or previous.last is None:
        return None, None
    if name == "same":
        return previous.first, previous.last
    if name == "month-before":
        # «В мае ... За месяц до этого их было 64»: April; only after a month named
        end = previous.last
        if (anchor.day, anchor.month) != (1, end.month) or (end + _DAY).day != 1:
            return None, None
        back = anchor - _DAY
        return _months(back.year, back.month, back.month)
    if name == "years-preceding":
        # «за 2022–2024 годы ... за три предыдущих года»: 2019–2021
        years = read_number(m.group("n") or m.group("n2"))
        if years is None or years != int(years) or not 1 <= years <= 30:
            return None, None
        return dt.date(anchor.year - int(years), 1, 1), dt.date(anchor.year - 1, 12, 31)
    shift = -1 if name in {"year-before", "period-year-before"} else 1
    if name == "period-of-year":
        shift = (y or anchor.year) - anchor.year
    if name in {"years-before", "years-after"}:
        shift = _YEARS_BACK.get(fold(m.group("n")), 0) or int(m.group("n"))
        shift = -shift if name == "years-before" else shift
    if name == "years-later":
        shift = int(read_number(m.group("n") or m.group("n2")) or 0)
    if previous.first is not None and previous.first.year == previous.last.year:
        # «в первом полугодии 2024 года ... годом ранее»: the same months a year before
        return shift_year(previous.first, shift), shift_year(previous.last, shift)
    return None, None


def _bare_month(m: re.Match[str], published: dt.date | None, previous: Period | None) -> _Bounds:
    """«в августе», «за март»: that month of the one year the period named before covers
    («В 2024 году ... Только в марте»), else of the year of publication (of the year before
    if the month is still to come); «с января»: from that month to the publication date."""
    if published is None:
        return None, None
    month = _month_number(fold(m.group("m")))
    if m.group("since"):
        if month > published.month:
            return None, None
        return dt.date(published.year, month, 1), published
    if (
        previous is not None
        and previous.first is not None
        and previous.last is not None
        and previous.first.year == previous.last.year
    ):
        return _months(previous.first.year, month, month)
    year = published.year if month <= published.month else published.year - 1
    return _months(year, month, month)


_YEARS_BACK = {"двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5}


_GATE = re.compile(
    r"\d|год|тогда|войн|вторжени|СВО|операци|цифрах|тоги|[ьтй]\s*:|[ьтй][ \t]*(?:\n|$|[—–-][ \t])"
    r"|лет(?:ом?|а)\b|весн|осен|зим",
    re.IGNORECASE,
)
_FOUR_DIGITS = re.compile(r"(?:19|20)\d\d")
_ANY_MONTH = re.compile("|".join(_MONTH_GATE))
_GATE_PIECES = frozenset(
    piece for gate in _GATES.values() for piece in gate if piece not in {_YEAR_PIECE, _MONTH_PIECE}
)
"""Every literal gate piece: a sentence is searched once for each, not once per pattern."""
_NAMES_A_YEAR = frozenset(
    name for name, pattern, _ in PERIOD_PATTERNS if "(?P<y>" in pattern or "(?:19|20)" in pattern
)
_PIECES = _GATE_PIECES | {_YEAR_PIECE, _MONTH_PIECE}


_RELATIVE = frozenset(
    {
        "year-before",
        "month-before",
        "years-before",
        "year-after",
        "years-after",
        "same",
        "period-year-before",
        "period-of-year",
        "years-preceding",
        "years-later",
        "month-bare",
        "month-heading",
        "month-title",
        "month-line",
    }
)
"""Periods told relative to the one named before them."""

BASELINES = frozenset(
    {
        *("year-before", "month-before", "years-before", "period-year-before"),
        *("period-of-year", "years-preceding"),
    }
)
"""Relative periods that name a baseline to compare with («за тот же период 2024 года»)."""


_COMPILED = tuple(
    (name, re.compile(pattern, re.IGNORECASE), frozenset(_GATES[name]), name in _NAMES_A_YEAR)
    for name, pattern, _ in PERIOD_PATTERNS
)


@lru_cache(maxsize=1024)
def _patterns_for(present: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns whose gates the ``present`` pieces open, in order: the same few sets
    of pieces recur from sentence to sentence, so the gates are tested once per set."""
    year = _YEAR_PIECE in present
    return tuple(
        (name, pattern)
        for name, pattern, gate, needs_year in _COMPILED
        if not present.isdisjoint(gate) and (year or not needs_year)
    )


def _present_pieces(folded: str) -> set[str]:
    """The gate pieces found in a folded sentence, each looked for once."""
    present = {piece for piece in _GATE_PIECES if piece in folded}
    if _FOUR_DIGITS.search(folded):
        present.add(_YEAR_PIECE)
    if _ANY_MONTH.search(folded):
        present.add(_MONTH_PIECE)
    return present


def find_periods(
    text: str,
    start: int,
    end: int,
    *,
    published: dt.date | None,
    previous: Period | None,
    folded: str | None = None,
    earlier: Sequence[Period] = (),
) -> list[Period]:
    """Periods named in ``text[start:end]``, left to right (``folded``: that stretch as
    :func:`.morphology.fold` gives it, if known; ``earlier``: periods the sentences before
    named, oldest first, for «за то же полугодие»)."""
    lowered: str | None = folded
    if not _GATE.search(text, start, end):
        # a month named in a sentence with no figure («Двенадцать человек осуждены за
        # госизмену в апреле»): substring tests, no scan
        lowered = fold(text[start:end]) if lowered is None else lowered
        if not gate_open(_MONTH_GATE, lowered):
            return []
    taken: list[tuple[int, int]] = []
    found: list[Period] = []
    lowered = fold(text[start:end]) if lowered is None else lowered
    relative: list[tuple[str, re.Match[str]]] = []
    for name, pattern in _patterns_for(frozenset(_present_pieces(lowered))):
        for m in pattern.finditer(text, start, end):
            a, b = m.span()
            if taken and any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            if name in _RELATIVE:
                relative.append((name, m))
                continue
            if name == "year-pair":  # two periods, one for each year
                for group in ("a", "b"):
                    one = _year(int(m.group(group)))
                    found.append(Period(m.start(group), m.end(group), one[0], one[1], name))
                continue
            first, last = _bounds(name, m, published, previous)
            found.append(Period(a, b, first, last, name))
    # «В 2022 году ... шесть, годом позже — девять»: a relative period counts from the
    # period named before it in the same sentence, else from the sentence before.
    for name, m in sorted(relative, key=lambda r: r[1].start()):
        before = [p for p in found if p.end <= m.start() and p.resolved and p.how != "day"]
        if name == "same":
            # «В прошлом году за тот же период»: the year right before is the year of the
            # same months (:func:`_same_months_in_year`), not what «тот же» points to
            before = [p for p in before if text[p.end : m.start()].strip()]
        anchor = max(before, key=lambda p: p.end) if before else previous
        if name == "same":
            anchor = same_length(fold(m.group()), [*earlier, *before]) or anchor
        bounds = _bounds(name, m, published, anchor)
        found.append(Period(m.start(), m.end(), bounds[0], bounds[1], name))
    found = same_months_in_year(text, found)
    if "втор" in lowered or "трет" in lowered or "четв" in lowered:
        found = elided_parts(
            text, start, end, found, published
        )  # «в первом квартале 2026 года ..., во втором — 171»
    return sorted((_with_cue(text, start, p) for p in found), key=lambda p: p.start)


_COMPARISON = re.compile(
    # «против 14 в 2016-м», «против двух годом ранее» (a figure after it; not «санкций
    # против России в 2025 году»)
    r"(?:\bчем|\bпротив(?=\s+(?:\d|(?:одн|дв|тр[её]х|четыр|пят|шест|сем|вос|девят|десят|"
    r"двадцат|тридцат|сорок|девяност|ст[ао]|сот|тысяч)[а-яё]*\b))|"
    r"\b(?:по|в)\s+сравнени[юи]\s+с|\bвместо|\bотносительно|"
    r"(?<=же,\s)(?:сколько|как))\b[^,;:()]*$",
    re.IGNORECASE,
)
"""A comparison word before a period in the same clause: «вдвое больше, чем годом ранее»,
«четыре приговора против 14 в 2016-м», «по сравнению с 2022 годом», «почти столько же,
сколько за весь 2023 год»."""


def _with_cue(text: str, start: int, period: Period) -> Period:
    m = _COMPARISON.search(text, max(start, period.start - 60), period.start)
    if m is None:
        return period
    return dataclasses.replace(period, cue=m.start())


_FOR_A_YEAR = re.compile(r"\b[Зз]а\s+(?:этот\s+|тот\s+)?год\b(?!\s*(?:до\b|\d|назад))")
"""«За год по ней осудили 41»: a year, not the shorter span reported on before."""


def period_for_span_back(quote: str, period: Period | None) -> Period | None:
    """The period reported on before (``period``), for a sentence ``quote`` with none of its
    own; none for «за год» when that period was shorter than a year («Статья появилась в УК
    в декабре 2022 года. За год по ней осудили 41»)."""
    if (
        period is not None
        and period.first is not None
        and period.last is not None
        and (period.last - period.first).days < 360
        and _FOR_A_YEAR.search(quote)
    ):
        return None
    return period
