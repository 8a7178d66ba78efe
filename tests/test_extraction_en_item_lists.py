"""Counts told as the items of a list (issue 10), in lists of our own: item lines under a
head that ends with a colon ("Sentences passed in 2024, by article:" then "- treason: 97"),
and items after the colon of a sentence ("... under these articles: treason – 97,
espionage – 18"); with the traps beside them (a list under a head that counts nothing, an
item with no offence, a line after the list)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 5, 20)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _counts(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [(c.kind, c.offence, c.count, c.period_start, c.period_end, c.unit) for c in claims]


def test_item_lines_under_a_head(lexicon: Lexicon) -> None:
    text = (
        "People convicted in 2024, by article:\n"
        "- treason (Article 275): 97\n"
        "- espionage (Article 276): 18\n"
        "- public calls for actions against state security: 11\n"
    )
    year = ("2024-01-01", "2024-12-31")
    assert _counts(lexicon, text) == [
        ("conviction_count", "treason", 97, *year, "people"),
        ("conviction_count", "espionage", 18, *year, "people"),
        ("conviction_count", "calls_against_state_security", 11, *year, "people"),
    ]


def test_cases_under_a_head_with_dashes(lexicon: Lexicon) -> None:
    text = (
        "Cases sent to court in the first half of 2025:\n"
        "• treason — 164\n"
        "• confidential cooperation — 19\n"
    )
    half = ("2025-01-01", "2025-06-30")
    assert _counts(lexicon, text) == [
        ("case_count", "treason", 164, *half, "cases"),
        ("case_count", "confidential_cooperation", 19, *half, "cases"),
    ]


def test_items_after_the_colon_of_a_sentence(lexicon: Lexicon) -> None:
    text = (
        "In 2023 judges handed down verdicts under these articles: treason – 41, "
        "espionage – 11, confidential cooperation – 3."
    )
    year = ("2023-01-01", "2023-12-31")
    assert _counts(lexicon, text) == [
        ("conviction_count", "treason", 41, *year, "verdicts"),
        ("conviction_count", "espionage", 11, *year, "verdicts"),
        ("conviction_count", "confidential_cooperation", 3, *year, "verdicts"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a head that counts nothing the scheme knows
        "Regions with the most detentions in 2024:\n- Moscow: 61\n- Crimea: 44\n",
        # a list of what is no offence, under a head of convictions
        "People convicted in 2024, by age:\n- under 30: 52\n- over 60: 9\n",
        # items with no head before them
        "- treason: 97\n- espionage: 18\n",
    ],
)
def test_lists_that_count_no_offence_give_nothing(lexicon: Lexicon, text: str) -> None:
    assert _counts(lexicon, text) == []
