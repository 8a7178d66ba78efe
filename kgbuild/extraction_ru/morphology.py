"""Russian tokens, their dictionary forms (pymorphy3) and sentence spans (razdel).

Offence words, verbs and number words inflect («госизмена / госизмене / за госизмену»,
«девять / девятерых»), so the grammar compares dictionary forms, not spellings. A word
keeps every normal form pymorphy3 proposes: its first guess is sometimes wrong («гостайны»
is read as a short adjective first), and a pattern matches if any reading fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import pymorphy3
import razdel

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]")


@dataclass(frozen=True)
class Token:
    """One word, number or punctuation mark; ``start``/``end`` index the document text."""

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


@cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    # The dictionaries ship in the pymorphy3-dicts-ru wheel: nothing is downloaded.
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form of ``word`` (normalised), the word itself included."""
    form = normalise(word)
    if not re.fullmatch(r"[а-яе]+", form):
        return frozenset({form})
    forms = {normalise(p.normal_form) for p in _analyzer().parse(form)}
    forms.add(form)
    return frozenset(forms)


def word_forms(dictionary_forms: Iterable[str]) -> frozenset[str]:
    """Every inflected form (normalised) of the given dictionary forms: the words worth
    analysing («лет» for «год», «ним» for «они», «осуждённых» for «осудить»)."""
    forms: set[str] = set()
    for lemma in dictionary_forms:
        forms.add(normalise(lemma))
        for parse in _analyzer().parse(lemma):
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
    return [
        Token(m.start(), m.end(), m.group(0), _readings(m.group(0), known))
        for m in _TOKEN.finditer(text, start, stop)
    ]


@lru_cache(maxsize=200_000)
def _readings(word: str, known: frozenset[str] | None) -> frozenset[str]:
    form = normalise(word)
    return lemmas(word) if known is None or form in known else frozenset({form})


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; razdel knows Russian abbreviations («ст.», «г.»)."""
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+", text):
        for sentence in razdel.sentenize(block.group(0)):
            spans.append((block.start() + sentence.start, block.start() + sentence.stop))
    return spans
