"""Offences ranked by their counts, "followed by" the next ones (rankings.py). Sentences
written for these tests; figures made up."""

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


def _counts(text: str, lexicon: Lexicon) -> list[tuple[str, int, str | None]]:
    claims = extract_claims(
        text, document="t", lexicon=lexicon, published=dt.date(2026, 2, 10), lang="en"
    )
    return [
        (str(c.offence), c.count or 0, c.period_start)
        for c in claims
        if c.kind in {"conviction_count", "case_count"}
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sabotage topped the list with 140 convictions in 2025, followed by espionage (52) "
        "and desertion (20).",
        "Sabotage led with 140 verdicts in 2025, followed by espionage with 52 and desertion "
        "with 20.",
        "Most convictions in 2025 were for sabotage (140), followed by espionage (52) and "
        "desertion (20).",
        "In 2025 sabotage accounted for the largest number of convictions (140), followed by "
        "espionage (52), and desertion (20).",
    ],
)
def test_each_ranked_offence_has_its_own_figure(lexicon: Lexicon, sentence: str) -> None:
    assert _counts(sentence, lexicon) == [
        ("sabotage", 140, "2025-01-01"),
        ("espionage", 52, "2025-01-01"),
        ("desertion", 20, "2025-01-01"),
    ]


def test_the_period_of_the_sentence_before_carries_to_every_item(lexicon: Lexicon) -> None:
    text = (
        "The court service has published its figures for 2025. Sabotage topped the "
        "list with 140 convictions, followed by espionage (52)."
    )
    assert _counts(text, lexicon) == [
        ("sabotage", 140, "2025-01-01"),
        ("espionage", 52, "2025-01-01"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # an item that is a share is no count of its offence
        "Sabotage topped the list with 140 convictions in 2025, followed by espionage (12%).",
        # an item that is no offence of the scheme, or no item at all
        "Sabotage topped the list with 140 convictions in 2025, followed by fraud (52).",
        "Sabotage topped the list with 140 convictions in 2025, followed by a sharp fall in "
        "espionage cases.",
    ],
)
def test_after_an_item_of_another_kind_only_the_first_figure_counts(
    lexicon: Lexicon, sentence: str
) -> None:
    assert _counts(sentence, lexicon) == [("sabotage", 140, "2025-01-01")]


def test_a_ranking_of_ages_is_no_count(lexicon: Lexicon) -> None:
    sentence = (
        "Among those convicted of sabotage in 2025, people under 25 topped the list (64 "
        "years old at most), followed by those aged 25 to 35 (41)."
    )
    assert [c for c in _counts(sentence, lexicon) if c[1] in {64, 41}] == []
