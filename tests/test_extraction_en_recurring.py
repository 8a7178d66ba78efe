"""A figure told for most (or a typical) year is a rate, no count of a period
(draft_filters._recurring). Sentences written for these tests; figures made up."""

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


def _counts(text: str, lexicon: Lexicon) -> list[tuple[int, str | None]]:
    claims = extract_claims(
        text, document="t", lexicon=lexicon, published=dt.date(2025, 1, 10), lang="en"
    )
    return [(c.count or 0, c.period_start) for c in claims if c.kind == "conviction_count"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Before 2010, courts convicted fewer than 10 people of espionage in most years.",
        "In a typical year before the war, about 6 people were convicted of espionage.",
        "Courts convicted no more than 10 people of espionage in many years of the 2000s.",
    ],
)
def test_a_figure_for_most_years_is_no_count(lexicon: Lexicon, sentence: str) -> None:
    assert _counts(sentence, lexicon) == []


def test_more_than_in_most_years_is_a_comparison_not_a_rate(lexicon: Lexicon) -> None:
    sentence = "In 2024 courts convicted 40 people of espionage, more than in most years before."
    assert _counts(sentence, lexicon) == [(40, "2024-01-01")]
