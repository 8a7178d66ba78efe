"""The law's maximum told with the article ("The maximum penalty under Article 275.1 is
eight years") and an offence named with British spelling ("to assist in the execution of
decisions of international organisations"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _ranges(text: str, lexicon: Lexicon) -> list[tuple[str, float | None, float | None]]:
    claims = extract_claims(
        text, document="t", lexicon=lexicon, published=dt.date(2025, 6, 1), lang="en"
    )
    return [(str(c.offence), c.min_years, c.max_years) for c in claims if c.kind == "penalty_range"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The maximum penalty under Article 276 is 20 years.",
        "The maximum sentence under Article 276 was 20 years at the time.",
        "The maximum for espionage, which is 20 years, applies to foreigners too.",
    ],
)
def test_the_maximum_under_an_article(lexicon: Lexicon, sentence: str) -> None:
    assert _ranges(sentence, lexicon) == [("espionage", None, 20.0)]


def test_british_spelling_of_the_article_on_foreign_decisions(lexicon: Lexicon) -> None:
    sentence = (
        "It is now a crime to assist in the execution of decisions of international "
        "organisations, punishable by up to five years in prison."
    )
    assert _ranges(sentence, lexicon) == [("assisting_foreign_prosecution", None, 5.0)]


def test_a_term_under_an_article_that_is_no_maximum(lexicon: Lexicon) -> None:
    # a sentence handed down under the article, not the law's maximum
    sentence = "The court gave him 14 years under Article 276."
    assert _ranges(sentence, lexicon) == []
