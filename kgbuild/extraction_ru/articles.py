"""Article numbers in Russian text («по статье 275.1», «ст. 275 и 276», «по 276-й статье»):
where they stand, so that no count is read from them, and which numbers they hold."""

from __future__ import annotations

import re

_ARTICLE_LIST = re.compile(
    r"(?:\bстать[а-яё]*|\bст\.)\s*(?P<list>\d{3}(?:\.\d{1,2})?"
    r"(?:\s*(?:,|и|или|либо)\s*\d{3}(?:\.\d{1,2})?)*)"
    r"(?![.,]?\d|\s*(?:человек|люд|приговор|дел[аоу]?\b|фигурант|россиян|граждан))"
    r"|\b(?P<ordinal>\d{3}(?:\.\d{1,2})?-(?:й|я|ю|ой|ая|ую)"
    r"(?:\s*(?:,|и|или)\s*\d{3}(?:\.\d{1,2})?-(?:й|я|ю|ой|ая|ую))*)\s+стать"
    r"|\bпо\s+(?P<elided>[23]\d\d(?:\.\d{1,2})?)(?=\s*[—–]\s*\d)"
    r"|\bпо\s+(?P<suffixed>[23]\d\d(?:\.\d{1,2})?)-(?:й|ой)\b",
    re.IGNORECASE,
)
"""«по статье 275.1», «ст. 275 и 276», «по этой статье 280.3», «по 276-й статье», and in a
sentence that names an article so, «по 275.1 — 88» (the word «статье» left out before a
dash and a figure); not «по этой статье 141 человека» (a count noun follows: the number
counts people); «по 275-й» (the word «статье» left out after the number's ending: a
lawyer's shorthand).
"""
ARTICLE_GATE = ("ст", "-й", "-ой")
"""Substrings one of which stands in every sentence that names an article so."""
ARTICLE_NUMBER = re.compile(r"\d{3}(?:\.\d{1,2})?")
"""An article number («275», «275.1»)."""


def article_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where article numbers stand, so that no count is read from them."""
    return [
        m.span(
            "list"
            if m.group("list")
            else "ordinal"
            if m.group("ordinal")
            else "suffixed"
            if m.group("suffixed")
            else "elided"
        )
        for m in _ARTICLE_LIST.finditer(text, start, end)
    ]
