"""Ranges told «соответственно»: one range for each offence, in order.

«Участие в ... и создание ... наказываются лишением свободы на срок от 10 до 20 и от 15 до
20 лет соответственно», «за шпионаж и за разглашение ... грозит до 20 и до четырех лет
соответственно», «максимум по статьям о шпионаже и о разглашении ... — 20 и четыре года
соответственно»: the years word is said once, after the last range, and each range is the
offence's of the same place in the list of offences. A list of bare figures is a list of
ceilings only after «максимум» or «максимальный срок» (else the figures may count people).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgbuild.extraction_ru.numbers import read_number

_N = r"(?:\d{1,2}(?:,\d+)?(?!\d)|[а-яё]+)"
_YEARS = r"(?:лет|года?|годам)\b"
_ITEM = rf"(?:(?:от\s+{_N}\s+(?:{_YEARS}\s+)?)?до\s+{_N}|{_N})(?:\s+{_YEARS})?"
_LIST = re.compile(
    rf"(?<![\w.,])(?P<list>{_ITEM}(?:\s*(?:,|\bи\b)\s*{_ITEM})+)"
    r"(?:\s+(?:лишения\s+свободы|колонии|заключения))?\s+соответственно\b",
    re.IGNORECASE,
)
_ONE = re.compile(
    rf"(?:от\s+(?P<a>{_N})\s+(?:{_YEARS}\s+)?)?(?P<to>до\s+)?(?P<b>{_N})(?:\s+{_YEARS})?",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s*(?:,|\bи\b)\s*", re.IGNORECASE)
_CEILING = re.compile(r"максим", re.IGNORECASE)

Bounds = tuple[float | None, float]


def respective_ranges(text: str, start: int, end: int) -> tuple[int, list[Bounds]] | None:
    """Where a list of ranges told «соответственно» starts in ``text[start:end]`` and the
    (minimum, maximum) of each, in order; None if there is none. The last item must name
    its years; every item must be «до N» or «от N до M», unless a word of «максимум» stands
    before the list."""
    m = _LIST.search(text, start, end)
    if m is None:
        return None
    pieces = _SEPARATOR.split(m.group("list"))
    if not re.search(_YEARS, pieces[-1], re.IGNORECASE):
        return None
    ceiling = _CEILING.search(text, start, m.start()) is not None
    found: list[Bounds] = []
    for piece in pieces:
        one = _ONE.fullmatch(piece.strip())
        if one is None or (not one.group("to") and not ceiling):
            return None
        low = read_number(one.group("a")) if one.group("a") else None
        high = read_number(one.group("b"))
        if high is None or not 0 < high <= 30 or (one.group("a") and low is None):
            return None
        found.append((low, high))
    return m.start(), found


_PARTS = re.compile(
    r"(?<![а-яё])(?:част(?:и|ей|ях|ями)\s+\d(?:\s*(?:,|\bи\b)\s*\d)+|"
    r"ч\.\s*\d(?:\s*(?:,|\bи\b)\s*\d)+|(?:перв|втор|трет)[а-яё]+\s+и\s+(?:втор|трет|четв)"
    r"[а-яё]+\s+част[а-яё]*)(?![\d.])",
    re.IGNORECASE,
)
"""«части 1 и 2 статьи 280», «ч. 1 и 2», «первая и вторая части»: the parts of one article."""


def pair_in_order(
    offences: Sequence[str], ranges: Sequence[Bounds], before: str = ""
) -> list[tuple[str, Bounds]]:
    """Each offence with its range, when the two lists are as long (else none); one
    offence takes every range when ``before`` (the text before the list) names its parts
    («части 1 и 2 статьи 280 предусматривают до четырех и до пяти лет соответственно»)."""
    if len(offences) == 1 and len(ranges) > 1 and _PARTS.search(before):
        return [(offences[0], r) for r in ranges]
    if len(offences) < 2 or len(offences) != len(ranges):
        return []
    return list(zip(offences, ranges, strict=True))
