"""Russian tokens, their dictionary forms (pymorphy3) and sentence spans (razdel).

Offence words, verbs and number words inflect («госизмена / госизмене / за госизмену»,
«девять / девятерых»), so the grammar compares dictionary forms, not spellings. A word
keeps every normal form pymorphy3 proposes: its first guess is sometimes wrong («гостайны»
is read as a short adjective first), and a pattern matches if any reading fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import NamedTuple

import pymorphy3
import razdel

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]")


class Token(NamedTuple):
    """One word, number or punctuation mark; ``start``/``end`` index the document text.

    A named tuple, not a frozen dataclass: a sentence makes dozens of tokens, and a
    tuple is built several times faster."""

    start: int
    end: int
    text: str
    lemmas: frozenset[str]

    def is_(self, *lemmas: str) -> bool:
        """Whether any reading of the token is one of ``lemmas``."""
        return not self.lemmas.isdisjoint(lemmas)

    @property
    def is_digit(self) -> bool:
        return self.text[:1].isdigit()


def normalise(word: str) -> str:
    """Lower case, «ё» as «е»: the spelling the grammar lists use."""
    return word.lower().replace("ё", "е")


_ODD_CASES = str.maketrans("\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86", "вдостть")
_ODD_CASE = re.compile("[\u1c80-\u1c86]")
"""Old Cyrillic letter shapes that a case-insensitive pattern equates with these letters
(rare: translating every sentence would cost more than a search)."""


def fold(text: str) -> str:
    """``text`` as a case-insensitive pattern sees it, for the grammar's literal gates: a
    gate word missing from ``fold(sentence)`` cannot be matched there by any pattern."""
    lowered = text.lower()
    return lowered.translate(_ODD_CASES) if _ODD_CASE.search(lowered) else lowered


def gate_open(gate: tuple[str, ...], folded: str) -> bool:
    """Whether one of the ``gate`` words occurs in the ``folded`` sentence (a plain loop of
    substring tests: fewer instructions than any() or, for long gates, an alternation of
    the literals; callgrind, Russian documents and key passages: -3.4%)."""
    for word in gate:  # noqa: SIM110
        if word in folded:
            return True
    return False


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The Russian morphological analyser (loaded once)."""
    # The dictionaries ship in the pymorphy3-dicts-ru wheel: nothing is downloaded.
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form of ``word`` (normalised), the word itself included."""
    form = normalise(word)
    if not re.fullmatch(r"[а-яе]+", form):
        return frozenset({form})
    forms = {normalise(p.normal_form) for p in analyzer().parse(form)}
    forms.add(form)
    return frozenset(forms)


def word_forms(dictionary_forms: Iterable[str]) -> frozenset[str]:
    """Every inflected form (normalised) of the given dictionary forms: the words worth
    analysing («лет» for «год», «ним» for «они», «осуждённых» for «осудить»)."""
    forms: set[str] = set()
    for lemma in dictionary_forms:
        forms.add(normalise(lemma))
        for parse in analyzer().parse(lemma):
            if normalise(parse.normal_form) == normalise(lemma):
                forms.update(normalise(form.word) for form in parse.lexeme)
    return frozenset(forms)


def tokenize(
    text: str, start: int = 0, end: int | None = None, *, known: frozenset[str] | None = None
) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text``.

    With ``known`` (from :func:`word_forms`), only those words are analysed; any other
    word stands for itself. Analysis costs ~0.35 ms a word, and the grammar asks about a
    few hundred dictionary forms only.
    """
    stop = len(text) if end is None else end
    readings = _reading_cache(known)
    if len(readings) >= _CACHE_LIMIT:
        readings.clear()
    tokens: list[Token] = []
    append, new, find = tokens.append, tuple.__new__, text.find
    position = start
    # findall and str.find beat a match object per token: what lies between two tokens
    # is space (or «_»), which holds no token's first character, so find() lands on it.
    for word in _TOKEN.findall(text, start, stop):
        found = readings.get(word)
        if found is None:
            found = readings[word] = _readings(word, known)
        position = find(word, position)
        end = position + len(word)
        append(new(Token, (position, end, word, found)))
        position = end
    return tokens


_CACHE_LIMIT = 200_000
"""Surface forms whose readings are kept per vocabulary (a bound on memory)."""


@lru_cache(maxsize=8)
def _reading_cache(known: frozenset[str] | None) -> dict[str, frozenset[str]]:
    # One dict per vocabulary, looked up by the surface form alone: a dict lookup is a
    # fraction of an lru_cache call keyed on (word, vocabulary).
    return {}


def _readings(word: str, known: frozenset[str] | None) -> frozenset[str]:
    form = normalise(word)
    return lemmas(word) if known is None or form in known else frozenset({form})


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; razdel knows Russian abbreviations («ст.», «г.»), and
    reads «нем.» (German) as one: «... участия в нем. Президент подписал ...» is cut after
    the pronoun «нём» all the same."""
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+", text):
        for sentence in razdel.sentenize(block.group(0)):
            start, stop = block.start() + sentence.start, block.start() + sentence.stop
            if "нем. " in sentence.text or "нём. " in sentence.text:
                for cut in _PRONOUN_END.finditer(text, start, stop):
                    spans.append((start, cut.end() - 1))
                    start = cut.end() - 1 + len(cut.group("ws"))
            spans.append((start, stop))
    return spans


_PRONOUN_END = re.compile(r"\b(?:в|во|о|об|при|на)\s+н[её]м\.(?P<ws>\s+)(?=[А-ЯЁA-Z«\"])")
"""«в нем.», «о нём.» before a capital: the end of a sentence, not the abbreviation «нем.»."""
