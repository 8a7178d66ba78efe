"""The words "this year" beside a span from the year's start to a point of it: the span is the
period (sentence._without_restated_year). Sentences written for these tests."""

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


def _periods(text: str, lexicon: Lexicon) -> list[tuple[int, str | None, str | None]]:
    claims = extract_claims(
        text, document="t", lexicon=lexicon, published=dt.date(2025, 11, 20), lang="en"
    )
    return [(c.count or 0, c.period_start, c.period_end) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("By the end of August, courts had convicted 61 people of sabotage this year.", "08-31"),
        ("Through August, courts convicted 61 people of sabotage this year.", "08-31"),
        ("As of the end of August, 61 people had been convicted of sabotage this year.", "08-31"),
        ("To the end of August, 61 people were convicted of sabotage so far this year.", "08-31"),
    ],
)
def test_this_year_after_a_span_to_a_month_is_that_span(
    lexicon: Lexicon, sentence: str, end: str
) -> None:
    assert _periods(sentence, lexicon) == [(61, "2025-01-01", f"2025-{end}")]


def test_a_named_part_of_the_year_leaves_this_year_its_own(lexicon: Lexicon) -> None:
    # the half is the period of its own figure, not how much of the year the first covers
    sentence = "Courts passed 90 sabotage verdicts this year, 52 of them in the first half of 2025."
    got = _periods(sentence, lexicon)
    assert (52, "2025-01-01", "2025-06-30") in got
    assert all(c[0] != 90 or c[2] != "2025-06-30" for c in got)
