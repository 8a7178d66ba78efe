"""Numbers in digits and English words, and the qualifiers before them ("at least")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import fold


def _words(text: str) -> list[str]:
    return text.split()


_UNITS: Final[dict[str, int]] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: Final[dict[str, int]] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES: Final[dict[str, int]] = {"thousand": 1000, "million": 1_000_000}
_ALL_WORDS: Final = sorted(
    [*_UNITS, *_TENS, *_SCALES, "hundred", "dozen"], key=lambda w: (-len(w), w)
)
_WORD = "(?:" + "|".join(_ALL_WORDS) + ")"
_JOIN = r"(?:(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+|[\s-]+)"
_WORDNUM = (
    rf"(?:half\s+a\s+dozen|(?:(?:a|an)\s+(?=dozen|hundred|thousand))?"
    rf"{_WORD}(?:{_JOIN}{_WORD})*\b)"
)
_DIGITS = (
    r"(?<![\w.,$€£¥#№/-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w%])(?![.,]\d)"
    # "3.1 thousand cases", "12 thousand people": a figure with its scale word
    r"(?:\s+(?:thousand|million)\b)?"
)
NUMBER_PATTERN: Final = rf"(?:{_DIGITS}|\b{_WORDNUM})"
"""A cardinal in digits ("1,200", "2.5", "3.1 thousand") or words ("Twenty-one", "a
dozen")."""

_YEAR = r"(?:19[5-9]\d|20\d\d)"
_YEAR_NUMBER = compile_narrowed(r"(?:19[5-9]\d|20\d\d)")

_NUMBER_START = compile_narrowed(rf"(?<![^\W\d_])(?:\d+|{_WORD}|(?:a|an|half|from)(?![^\W\d_]))")
"""In `fold`ed text: a run of digits, a word that begins with a number word ("ten", and
"tens" to be safe), or "a", "an", "half" (opening "a dozen", "half a dozen") or "from"
(opening a range). compile_narrowed lets the engine skip other letters fast."""


def number_starts(text: str, folded: str | None = None) -> Sequence[int]:
    """Where a number in digits or words, or "from" before one, can begin in ``text``
    (NUMBER_PATTERN; a bare number word as in ``_WORD``), in any case: ``fold`` equates the
    letters a case-insensitive pattern does ("ſix", "fıve"). A pattern that can only begin
    there is tried only there (gates.finditer_at), not at every position of the text.
    ``folded`` is ``fold(text)`` when the caller has it."""
    folded = fold(text) if folded is None else folded
    if len(folded) != len(text):  # a letter whose lower case is longer: every position
        return range(len(text))
    return [m.start() for m in _NUMBER_START.finditer(folded)]


def parse_number_words(phrase: str) -> int | None:
    """The value of an English cardinal in words ("twenty-one" -> 21), or None."""
    words = [w for w in re.split(r"[\s-]+", phrase.lower().strip()) if w]
    if words == ["half", "a", "dozen"]:
        return 6
    total = 0
    current = 0
    seen = False
    for index, word in enumerate(words):
        if word == "and" and index > 0 and words[index - 1] in {"hundred", *_SCALES}:
            continue
        if word in {"a", "an"} and index == 0 and len(words) > 1:
            current = 1
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_SCALED = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(thousand|million)", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """The value of a cardinal in digits or words; None if it is neither."""
    cleaned = text.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", cleaned):
        return float(int(cleaned.replace(",", "")))
    if re.fullmatch(r"\d+\.\d+", cleaned):
        return float(cleaned)
    scaled = _SCALED.fullmatch(cleaned)
    if scaled is not None:
        # "3.1 thousand" -> 3100.0; rounded so that 2.3 * 1000 gives 2300, not 2299.9999999999995
        figure = float(scaled.group(1).replace(",", ""))
        return float(round(figure * _SCALES[scaled.group(2).lower()], 6))
    value = parse_number_words(cleaned)
    return None if value is None else float(value)


def _int_number(text: str) -> int | None:
    value = parse_number(text)
    if value is None or value != int(value):
        return None
    return int(value)


# --------------------------------------------------------------------------------------
# Qualifiers

_QUALIFIER_WORDS: Final[dict[str, str]] = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "not fewer than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "well over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "past": "more_than",
    "just over": "more_than",
    "a little over": "more_than",
    "a little more than": "more_than",
    "slightly over": "more_than",
    "slightly more than": "more_than",
    "just above": "more_than",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "a little under": "nearly",
    "slightly under": "nearly",
    "slightly fewer than": "nearly",
    "slightly less than": "nearly",
    "just below": "nearly",
    "fewer than": "fewer_than",
    "less than": "fewer_than",
    "under": "fewer_than",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "an estimated": "about",
    "circa": "about",
    "at most": "at_most",
    "no more than": "at_most",
    "up to": "at_most",
}
_QUAL = (
    "(?:"
    + "|".join(
        re.escape(k).replace(r"\ ", r"\s+")
        for k in sorted(_QUALIFIER_WORDS, key=lambda k: (-len(k), k))
    )
    + ")"
)
_QUAL_TAIL = compile_narrowed(rf"(?<![\w-])(?P<q>{_QUAL})\s+$", re.IGNORECASE)
_QUAL_REACH = 120
"""The longest qualifier with its spaces, and more: how far back _QUAL_TAIL may start."""


def _qualifier_before(prefix: str) -> str:
    # the qualifier ends the prefix: only its tail is searched (a count deep in a long
    # run-on sentence is not a search of everything before it)
    m = _QUAL_TAIL.search(prefix, max(0, len(prefix) - _QUAL_REACH))
    if m is None:
        return "exact"
    return _QUALIFIER_WORDS[re.sub(r"\s+", " ", m.group("q").lower())]


def _qualifier_word(word: str | None) -> str:
    if not word:
        return "exact"
    return _QUALIFIER_WORDS.get(re.sub(r"\s+", " ", word.lower()), "exact")
