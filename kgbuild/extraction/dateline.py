"""The day a text says it was published, from the lines that open it, in either language.

A report saved from the web keeps its date line ("18 October 2024, 14:35", "Published:
Oct. 18, 2024", «18 октября 2024, 14:35») or a wire dateline that names the year
("MOSCOW, Oct. 18, 2024 (Reuters) -", «МОСКВА, 18 октября 2024 г. —»). Without a
publication date given, `extract_claims` takes that day to resolve "last year", "this
year", «в прошлом году» and the like. Only a full date (day, month and year) that opens the
text counts: a date further down is an event's, and a date with no year says nothing of
which year it was.

Patterns, with what they match:

    a line that is a date     "18 October 2024", "October 18, 2024 | 14:35", "2024-10-18",
                              "18.10.2024 12:05", "Updated: 18 Oct 2024",
                              «18 октября 2024 года», «Опубликовано 18.10.2024»
    a dateline                "MOSCOW, Oct. 18, 2024 (Reuters) - ...", "Staunton, 18
                              October 2024 – ...", «МОСКВА, 18 октября 2024 г. — ...»
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

_MONTHS_EN: Final = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_MONTHS_RU: Final = (
    *("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа"),
    *("сентября", "октября", "ноября", "декабря"),
)
_MONTH_EN = (
    r"(?P<mon>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)"
)
_MONTH_RU = rf"(?P<mru>{'|'.join(_MONTHS_RU)})"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_MONTH_EN_2 = _MONTH_EN.replace("?P<mon>", "?P<mon2>")
_DATE = (
    rf"(?:{_DAY}\s+{_MONTH_EN},?\s+{_YEAR}"  # 18 October 2024
    rf"|{_MONTH_EN_2}\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<d3>[0-3]?\d)\s+{_MONTH_RU}\s+(?P<y3>(?:19|20)\d\d)(?:\s*(?:г\.|года))?"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)"  # 2024-10-18
    r"|(?P<nd>[0-3]\d)\.(?P<nm>[01]\d)\.(?P<ny>(?:19|20)\d\d))"  # 18.10.2024
)
_LABEL = (
    r"(?:(?:Published|Posted|Updated|Last\s+updated|Date|Опубликовано|Обновлено|Дата)"
    r"(?:\s+on)?\s*:?\s*)?"
)
_WEEKDAY = (
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|"
    r"Sat|Sun|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\s+)?"
)
_DATE_LINE: Final = re.compile(
    rf"{_LABEL}{_WEEKDAY}{_DATE}"
    r"(?:\s*(?:,|\||•|·|-|–|—|в)?\s*\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|MSK|UTC|GMT))?)?"
    r"[\s.,|•·]*",
    re.IGNORECASE,
)
"""A line that is a date and nothing else but its time."""
_DATELINE: Final = re.compile(
    r"(?!(?:In|On|At|By|From|Since|Until|For|After|Before|During|В|На|С|До|За)\b)"
    r"[A-ZА-ЯЁ][\w.'’ -]{1,30},\s+(?:[A-ZА-ЯЁ][\w]+,\s+)?"
    rf"{_DATE}"
    r"(?:\s*\([A-Za-z][\w/ .-]{0,20}\))?\s*(?:\.|[-–—])\s",
)
"""A dateline that opens the text, a city, then a date with its year."""
_LINES_READ: Final = 4
"""The opening lines read: a title, a byline, the date line, the dateline of the lead."""


def publication_date(text: str) -> dt.date | None:
    """The publication day a date line or dateline opening ``text`` gives, else None."""
    lines = [line.strip() for line in text[:600].splitlines() if line.strip()]
    for line in lines[:_LINES_READ]:
        m = _DATE_LINE.fullmatch(line) or _DATELINE.match(line)
        if m is not None:
            return _date(m)
    return None


def _date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g["y"]:
            return dt.date(int(g["y"]), _month_en(g["mon"]), int(g["d"]))
        if g["y2"]:
            return dt.date(int(g["y2"]), _month_en(g["mon2"]), int(g["d2"]))
        if g["y3"]:
            month = _MONTHS_RU.index(g["mru"].lower()) + 1
            return dt.date(int(g["y3"]), month, int(g["d3"]))
        if g["iy"]:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        return dt.date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
    except ValueError:  # "31 November 2024": no such day
        return None


def _month_en(name: str) -> int:
    return _MONTHS_EN.index(name[:3].lower()) + 1
