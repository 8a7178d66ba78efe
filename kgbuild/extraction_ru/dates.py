"""Dates in Russian text: a day («28 апреля 2023 года», «01.07.2024», «25 июля» with the
year of the text before it), else a month, else a year. Enactments take their dates from
here; reference periods are :mod:`.periods`."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from kgbuild.extraction_ru.morphology import fold, gate_open
from kgbuild.extraction_ru.period_patterns import _MONTH, _MONTH_GATE, _MONTH_STEMS, _Y
from kgbuild.extraction_ru.periods import Period, _month_number, find_periods

_DAY_NO_YEAR = re.compile(
    rf"\b(?P<d>[0-3]?\d)\s+(?P<m>{_MONTH_STEMS})[а-яё]*\b(?!\s*(?:(?:19|20)\d\d|года?\b))",
    re.IGNORECASE,
)


def _yearless_days(
    text: str,
    start: int,
    end: int,
    dated: list[Date],
    periods: list[Period],
    year: int | None,
    published: dt.date | None = None,
) -> list[Date]:
    found: list[Date] = []
    for m in _DAY_NO_YEAR.finditer(text, start, end):
        before = [(d.end, int(d.value[:4])) for d in dated if d.end <= m.start()]
        before += [(p.end, p.first.year) for p in periods if p.end <= m.start() and p.first]
        month = _month_number(fold(m.group("m")))
        # «принятый 16 декабря и одобренный 19 декабря 2025 года»: the year of the day after
        after = [d for d in dated if d.start >= m.end() and len(d.value) == 10]
        if before:
            y: int | None = max(before)[1]
            days = [d for d in dated if d.end <= m.start() and len(d.value) == 10]
            earlier = (int(days[-1].value[5:7]), int(days[-1].value[8:])) if days else None
            if (
                earlier is not None
                and y == int(days[-1].value[:4])
                and (month, int(m.group("d"))) < earlier
                and (
                    published is None
                    or (y + 1, month, int(m.group("d")))
                    <= (published.year, published.month, published.day)
                    # «..., вступает в силу 9 января»: still to come at publication
                    or _to_come(text, start, end, m)
                )
            ):
                # «приняла 16 декабря 2025 года, вступили в силу 9 января»: the day after it
                # comes in the next year
                y += 1
        elif after:
            later = after[0].value
            day = (month, int(m.group("d")))
            if _in_force_before_signature(text, start, m.start(), m.end(), after[0]):
                # «9 января вступает в силу закон, который президент подписал 29 декабря
                # 2025 года»: the law comes into force on the next such day after it
                y = int(later[:4]) + (day < (int(later[5:7]), int(later[8:])))
            else:
                y = int(later[:4]) - (day > (int(later[5:7]), int(later[8:])))
        else:
            y = year
        if y is None and published is not None:
            # «26 апреля закон ... одобрил Совет Федерации» in a report of 28 April 2023:
            # the last such day up to the report's; «вступит в силу 9 мая»: the next one
            day = (month, int(m.group("d")))
            if _to_come(text, start, end, m):
                y = published.year + 1 if day < (published.month, published.day) else published.year
            else:
                y = published.year - 1 if day > (published.month, published.day) else published.year
        if y is None or not 1 <= int(m.group("d")) <= calendar.monthrange(y, month)[1]:
            continue
        found.append(Date(m.start(), m.end(), f"{y:04d}-{month:02d}-{int(m.group('d')):02d}"))
    return found


def _in_force_before_signature(text: str, start: int, at: int, end: int, later: Date) -> bool:
    """Whether the day without its year at ``at:end`` is a law's entry into force («9 января
    вступает в силу», «вступил в силу 9 января») and the dated day ``later`` after it that
    law's signature, adoption, approval or publication («подписал 29 декабря 2025 года»)."""
    if "силу" not in text[max(start, at - 30) : end + 30]:
        return False
    near = text[max(start, at - 30) : min(end + 30, later.start)]
    if _IN_FORCE.search(near) is None:
        return False
    return _SIGNED.search(text, max(end, later.start - 40), later.start) is not None


_IN_FORCE = re.compile(r"\bвступ[а-яё]*\s+в\s+силу|\bв\s+силу\s+вступ", re.IGNORECASE)
"""An entry into force (not «в законную силу», a verdict's)."""
_SIGNED = re.compile(r"\b(?:подписа|приня|одобри|одобре|опубликова)[а-яё]*\b", re.IGNORECASE)
"""A law's earlier dates: its signature, adoption, approval or publication."""

_FUTURE = re.compile(
    r"\b(?:вступит|вступят|вступает|вступают|будет|будут|начн[её]т|начнут|заработает|"
    r"планиру[а-яё]*|рассмотр(?:ит|ят)|намерен[а-яё]*|предстоит)\b",
    re.IGNORECASE,
)
"""A sentence about what is to come: a day without its year there is the next such day."""
_PAST_ACT = re.compile(
    r"\b(?:подписал[аои]?|принял[аои]?|приняли|одобрил[аои]?|одобрили|утвердил[аои]?|"
    r"вступил[аои]?|вступили|вступивш[а-яё]*|подписанн?[а-яё]*|принят[а-яё]*|"
    r"одобренн?[а-яё]*|утвержд[её]нн?[а-яё]*)\b",
    re.IGNORECASE,
)
"""A verb of an act already done: «Путин 28 апреля подписал закон, по которому ... можно
будет получить ...» dates the signature, not what is to come."""


def _to_come(text: str, start: int, end: int, day: re.Match[str]) -> bool:
    """Whether the sentence text[start:end] tells the ``day`` as still to come: the verb
    nearest the day is a word of the future, not one of an act done («подписанный 28
    апреля, вступит в силу 9 мая»: 28 April done, 9 May to come)."""
    if _FUTURE.search(text, start, end) is None:
        return False

    def distance(v: re.Match[str]) -> int:
        return max(v.start() - day.end(), day.start() - v.end(), 0)

    future = min(map(distance, _FUTURE.finditer(text, start, end)))
    past = min(map(distance, _PAST_ACT.finditer(text, start, end)), default=len(text))
    return future < past


_DAY_DATE = re.compile(rf"\b(?P<d>[0-3]?\d)\s+{_MONTH}\s+{_Y}", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b(?P<d>[0-3]\d)\.(?P<mm>[01]\d)\.(?P<y>(?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Date:
    """A date named in the text, as precise as the text allows (YYYY, YYYY-MM, YYYY-MM-DD)."""

    start: int
    end: int
    value: str


def find_dates(
    text: str,
    start: int,
    end: int,
    periods: list[Period] | None = None,
    *,
    year: int | None = None,
    folded: str | None = None,
    published: dt.date | None = None,
) -> list[Date]:
    """Dates in ``text[start:end]``: a day, else a month, else a year (``periods``: those
    :func:`find_periods` found there already). A day without its year («вступил в силу 25
    июля») takes the year of the date or period before it in the stretch, else ``year``
    (the year the text spoke of last), else the last such day up to ``published``, else it
    is left out. ``folded``: the stretch as
    :func:`.morphology.fold` gives it, if known."""
    found: list[Date] = []
    # A day is the first period pattern, so with the periods known a day-less stretch
    # needs no scan; a numeric date has a dot before its month («01.07.2024»).
    days = periods is None or any(p.how == "day" for p in periods)
    for m in _DAY_DATE.finditer(text, start, end) if days else ():
        month = _month_number(fold(m.group("m")))
        day, y = int(m.group("d")), int(m.group("y"))
        if 1 <= day <= calendar.monthrange(y, month)[1]:
            found.append(Date(m.start(), m.end(), f"{y:04d}-{month:02d}-{day:02d}"))
    stretch = text[start:end]
    numeric = gate_open((".0", ".1"), stretch)
    for m in _NUMERIC_DATE.finditer(text, start, end) if numeric else ():
        try:
            value = dt.date(int(m.group("y")), int(m.group("mm")), int(m.group("d")))
        except ValueError:
            continue
        found.append(Date(m.start(), m.end(), value.isoformat()))
    if periods is None:
        periods = find_periods(text, start, end, published=None, previous=None)
    if gate_open(_MONTH_GATE, fold(stretch) if folded is None else folded):
        found += _yearless_days(text, start, end, found, periods, year, published)
    for period in periods:
        if any(d.start <= period.start < d.end for d in found) or period.first is None:
            continue
        if period.how == "month":
            found.append(Date(period.start, period.end, period.first.isoformat()[:7]))
        elif period.how == "year":
            found.append(Date(period.start, period.end, f"{period.first.year:04d}"))
        elif (
            period.how == "season"
            and period.last
            and any(c.isdigit() for c in text[period.start : period.end])
        ):
            # «летом 2022 года»: the year only
            found.append(Date(period.start, period.end, f"{period.last.year:04d}"))
    return sorted(found, key=lambda d: d.start)
