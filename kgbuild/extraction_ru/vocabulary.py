"""The words worth a morphological analysis: every form of the grammar's words and of the
offence labels' dictionary forms (the tokenizer analyses only these; the rest are skipped)."""

from __future__ import annotations

from functools import cache

from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru.morphology import word_forms
from kgbuild.extraction_ru.numbers import MULTIPLIERS, ONE_AND_A_HALF, UNITS
from kgbuild.extraction_ru.offences import RuLexicon


@cache
def _grammar_words() -> frozenset[str]:
    return word_forms(g.vocabulary() | set(UNITS) | set(MULTIPLIERS) | {ONE_AND_A_HALF})


def known_words(lexicon: RuLexicon) -> frozenset[str]:
    """The words worth a morphological analysis: forms of the grammar's and the labels'."""
    return _known_words(lexicon.dictionary_forms)


@cache
def _known_words(dictionary_forms: frozenset[str]) -> frozenset[str]:
    # Cached so that one lexicon always gives the same set object: the tokenizer's word
    # cache is keyed on it, and comparing two equal sets of ~5,000 words costs 0.3 ms.
    return _grammar_words() | word_forms(dictionary_forms)
