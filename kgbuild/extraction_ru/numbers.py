"""Russian numbers: digits («189», «1 100», «2,6 тысячи», «1,2 тыс.»), number words in any
case («девять», «девятерых», «двухсот», «двух десятков») and the qualifier before them
(«более ста» -> more_than 100, «не менее 300» -> at_least 300).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from kgbuild.extraction_ru.morphology import Token, normalise, tokenize

UNITS: dict[str, int] = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20,
    "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200, "триста": 300,
    "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800,
    "девятьсот": 900,
    # collective numerals: «осудили четверых», «троих»
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
    "восьмеро": 8, "девятеро": 9, "десятеро": 10,
}  # fmt: skip
"""Number words by dictionary form."""

MULTIPLIERS: dict[str, int] = {
    "тысяча": 1000, "тыс": 1000, "миллион": 1_000_000, "млн": 1_000_000,
    "десяток": 10, "сотня": 100,
}  # fmt: skip
"""Words that multiply what precedes them («2,6 тысячи», «двух десятков»)."""

QUALIFIERS: tuple[tuple[tuple[str, ...], str], ...] = (
    # longest first: «не менее» before «менее», «более чем» before «более»
    (("по", "меньшей", "мере"), "at_least"),
    (("по", "крайней", "мере"), "at_least"),
    (("как", "минимум"), "at_least"),
    (("не", "менее"), "at_least"),
    (("не", "меньше"), "at_least"),
    (("не", "более"), "at_most"),
    (("не", "больше"), "at_most"),
    (("без", "малого"), "nearly"),
    (("едва", "ли", "не"), "nearly"),
    (("более", "чем"), "more_than"),
    (("больше", "чем"), "more_than"),
    (("свыше",), "more_than"),
    (("более",), "more_than"),
    (("больше",), "more_than"),
    (("превысил",), "more_than"),
    (("превысило",), "more_than"),
    (("превысила",), "more_than"),
    (("превысили",), "more_than"),
    (("минимум",), "at_least"),
    (("максимум",), "at_most"),
    (("около",), "about"),
    (("примерно",), "about"),
    (("порядка",), "about"),
    (("приблизительно",), "about"),
    (("почти",), "nearly"),
    (("практически",), "nearly"),
    (("менее",), "fewer_than"),
    (("меньше",), "fewer_than"),
)
"""Qualifier wordings (normalised spellings) that stand right before a number."""

QUALIFIER_WORDS = frozenset(w for words, _ in QUALIFIERS for w in words)
"""Every word of a qualifier wording."""

_DIGITS = re.compile(r"\d+(?:,\d+)?")
_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")
_THREE_DIGITS = re.compile(r"\d{3}")


@dataclass(frozen=True)
class Number:
    """A number in the text: tokens ``first..last`` (inclusive), its value and qualifier."""

    first: int
    last: int
    start: int
    end: int
    value: float
    qualifier: str
    words: bool
    """Written in words («девять»), not digits."""

    @property
    def is_year(self) -> bool:
        """Four digits that could be a year; «1 950» with a group space is a count."""
        return (
            not self.words
            and self.end - self.start == 4
            and bool(_YEAR.fullmatch(str(int(self.value))))
            and (self.value == int(self.value))
        )


_UNIT_WORDS = frozenset(UNITS)
_ALONE = frozenset({"сотня", "тысяча", "десяток"})
"""Multipliers that stand for a number by themselves after a qualifier."""
ONE_AND_A_HALF = "полтора"
"""«полторы сотни», «около полутора тысяч»: 1.5 times the multiplier after it."""
_STARTS = _UNIT_WORDS | _ALONE | {ONE_AND_A_HALF}
_MULTIPLIER_WORDS = frozenset(MULTIPLIERS)


def _word_value(token: Token) -> int | None:
    if token.lemmas.isdisjoint(_UNIT_WORDS):  # most tokens: no set is built
        return None
    return UNITS[min(token.lemmas & _UNIT_WORDS)]


def _multiplier(token: Token) -> int | None:
    if token.lemmas.isdisjoint(_MULTIPLIER_WORDS):
        return None
    return MULTIPLIERS[min(token.lemmas & _MULTIPLIER_WORDS)]


_QUALIFIER_BY_WORDS = dict(QUALIFIERS)


_QUALIFIER_ENDS = frozenset(words[-1] for words, _ in QUALIFIERS)


_AFTER_THAN = frozenset({"о", "об", "в", "на"})
_BEFORE_PREPOSITION = frozenset({"минимум", "мере"})
"""Last words of the qualifiers that may stand before a preposition («как минимум о 87»)."""


def _qualifier(tokens: Sequence[Token], first: int) -> str:
    if (
        first >= 3
        and normalise(tokens[first - 1].text) in _AFTER_THAN
        and normalise(tokens[first - 2].text) == "чем"
    ):
        first -= 2  # «не менее чем о 90 делах», «более чем в 300»: the qualifier before «чем»
    elif (
        first >= 3
        and normalise(tokens[first - 1].text) in _AFTER_THAN
        and normalise(tokens[first - 2].text) in _BEFORE_PREPOSITION
    ):
        first -= 1  # «как минимум о 87 делах», «по меньшей мере в 40 случаях»
    if first == 0 or normalise(tokens[first - 1].text) not in _QUALIFIER_ENDS:
        return "exact"
    words = tuple(normalise(t.text) for t in tokens[max(0, first - 3) : first])
    for size in (3, 2, 1):  # longest wording first
        if len(words) >= size and (found := _QUALIFIER_BY_WORDS.get(words[-size:])):
            return found
    return "exact"


def find_numbers(
    tokens: Sequence[Token], text: str, *, lemmas: frozenset[str] | None = None
) -> list[Number]:
    """Numbers among ``tokens`` (``text`` is the document they index), left to right;
    ``lemmas``: every reading of the tokens, where known."""
    found: list[Number] = []
    units = _UNIT_WORDS
    # Where a number can begin: a digit or a number word (most tokens are neither).
    if lemmas is not None and lemmas.isdisjoint(_STARTS):  # figures only
        starts = [k for k, t in enumerate(tokens) if t.text[0].isdigit()]
    else:
        starts = [
            k
            for k, t in enumerate(tokens)
            if t.text[0].isdigit()
            or ONE_AND_A_HALF in t.lemmas
            or (
                not t.lemmas.isdisjoint(_STARTS)
                and (not t.lemmas.isdisjoint(units) or (k and _qualifier(tokens, k) != "exact"))
            )
        ]
    i = 0
    for k in starts:
        if k < i:
            continue
        i = k
        token = tokens[i]
        value: float | None = None
        words = False
        j = i
        if token.text[0].isdigit() and _DIGITS.fullmatch(token.text):
            value = float(token.text.replace(",", "."))
            # «1 100 человек»: a group of three digits after one space continues the number
            while (
                j + 1 < len(tokens)
                and len(tokens[j].text) <= 3
                and _THREE_DIGITS.fullmatch(tokens[j + 1].text)
                and text[tokens[j].end : tokens[j + 1].start] in {" ", "\u00a0", "\u202f"}
                and "," not in token.text
            ):
                j += 1
                value = value * 1000 + float(tokens[j].text)
        elif (
            ONE_AND_A_HALF in token.lemmas
            and j + 1 < len(tokens)
            and (mult := _multiplier(tokens[j + 1]))
        ):
            value, words, j = 1.5 * mult, True, j + 1
        elif token.lemmas.isdisjoint(units) and not token.lemmas.isdisjoint(_ALONE):
            # «около сотни», «более тысячи»: a multiplier alone, after a qualifier only
            # («тысячи человек» without one is "thousands")
            value, words = float(MULTIPLIERS[min(token.lemmas & _ALONE)]), True
        elif (unit := _word_value(token)) is not None:
            words = True
            total, current = 0.0, float(unit)
            while j + 1 < len(tokens):
                nxt = _word_value(tokens[j + 1])
                mult = _multiplier(tokens[j + 1])
                if nxt is not None and nxt < current and not (current < 10 <= nxt):
                    current += nxt
                elif mult is not None and mult > current:
                    total, current = total + current * mult, 0.0
                else:
                    break
                j += 1
            value = total + current
        if value is None:
            continue
        if words and i and tokens[i - 1].text.lower() == "ни":
            # «ни одного оправдательного приговора», «ни один»: none, not one
            i = j + 1
            continue
        if words and value == 1 and i and tokens[i - 1].text.lower() in {"еще", "ещё"}:
            # «Еще один приговор по ... статье»: another one, not a count of one
            i = j + 1
            continue
        if not words and j + 1 < len(tokens) and (mult := _multiplier(tokens[j + 1])):
            j += 1
            value *= mult
            if j + 1 < len(tokens) and tokens[j + 1].text == "." and tokens[j].text == "тыс":
                j += 1
        found.append(
            Number(
                first=i,
                last=j,
                start=token.start,
                end=tokens[j].end,
                value=round(value, 6),
                qualifier=_qualifier(tokens, i),
                words=words,
            )
        )
        i = j + 1
    return found


@lru_cache(maxsize=4096)
def read_number(word: str) -> float | None:
    """The value of a number written as one word or figure («восьми», «12»), else None;
    cached: the same few words recur in every range and term."""
    tokens = tokenize(word)
    if len(tokens) == 1 and ONE_AND_A_HALF in tokens[0].lemmas:
        return 1.5  # «до полутора лет», «дали полтора года»
    numbers = find_numbers(tokens, word)
    if len(numbers) != 1 or numbers[0].start != 0 or numbers[0].end != len(word):
        return None
    return numbers[0].value
