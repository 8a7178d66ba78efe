"""A rise between two parts of a year told with no year ("rose from 17 in the first quarter
to 26 in the second"), and list items with no noun or verb of their own ("...; 46 convicted
of voluntary surrender"). Sentences written for these tests; figures made up."""

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


def _counts(text: str, lexicon: Lexicon) -> list[tuple[str, int, str | None, str | None]]:
    claims = extract_claims(
        text, document="t", lexicon=lexicon, published=dt.date(2025, 9, 1), lang="en"
    )
    return [
        (str(c.offence), c.count or 0, c.period_start, c.period_end)
        for c in claims
        if c.kind == "conviction_count"
    ]


Q1 = ("2024-01-01", "2024-03-31")
Q2 = ("2024-04-01", "2024-06-30")


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 sabotage convictions rose from 12 in the first quarter to 30 in the second.",
        "In 2024 sabotage convictions climbed from 12 in the first quarter to 30 in the second "
        "quarter.",
        "The court service published quarterly data for 2024. Sabotage convictions jumped from "
        "12 in the first quarter to 30 in the second.",
    ],
)
def test_a_rise_between_quarters_of_the_year_in_context(lexicon: Lexicon, text: str) -> None:
    assert _counts(text, lexicon) == [("sabotage", 12, *Q1), ("sabotage", 30, *Q2)]


def test_halves_of_a_year(lexicon: Lexicon) -> None:
    text = "In 2024 sabotage convictions rose from 40 in the first half to 70 in the second."
    assert _counts(text, lexicon) == [
        ("sabotage", 40, "2024-01-01", "2024-06-30"),
        ("sabotage", 70, "2024-07-01", "2024-12-31"),
    ]


def test_a_rise_between_quarters_with_no_year_told_gives_nothing(lexicon: Lexicon) -> None:
    text = "Sabotage convictions rose from 12 in the first quarter to 30 in the second."
    assert _counts(text, lexicon) == []


def test_a_fall_back_to_an_earlier_quarter_is_no_rise_between_parts(lexicon: Lexicon) -> None:
    text = "In 2024 sabotage convictions went from 30 in the second quarter to 12 in the first."
    assert _counts(text, lexicon) == []


def test_items_with_no_noun_and_no_verb_after_a_colon(lexicon: Lexicon) -> None:
    text = (
        "2024 at a glance: some 900 soldiers convicted of desertion; more than 8,000 "
        "convicted of going AWOL; 31 convicted of voluntary surrender."
    )
    y = ("2024-01-01", "2024-12-31")
    assert sorted(_counts(text, lexicon)) == [
        ("desertion", 900, *y),
        ("leaving_a_unit_without_leave", 8000, *y),
        ("voluntary_surrender", 31, *y),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # detained and acquitted people are no convictions
        "2024 at a glance: 40 detained on treason charges; 3 acquitted of treason.",
        # an item inside a sentence, not after a colon or a semicolon
        "Lawyers said 31 convicted of voluntary surrender in 2024 had appealed.",
    ],
)
def test_other_bare_items_give_no_count(lexicon: Lexicon, text: str) -> None:
    assert _counts(text, lexicon) == []


# -- a part of the count before in a period of its own, with a verb of its own ------------

SPAN = ("2022-03-01", "2025-09-30")


@pytest.mark.parametrize(
    "second",
    [
        "About half of them were passed in absentia, and 140 came in the first half of 2025 alone.",
        "Of those, 140 were handed down in the first half of 2025 alone.",
    ],
)
def test_a_part_of_the_count_before_in_a_period_within_its_own(
    lexicon: Lexicon, second: str
) -> None:
    first = (
        "Between March 2022 and September 2025, courts passed 700 sentences for spreading "
        "fakes about the army. "
    )
    assert _counts(first + second, lexicon) == [
        ("army_fakes", 700, *SPAN),
        ("army_fakes", 140, "2025-01-01", "2025-06-30"),
    ]


def test_over_the_same_period_after_such_a_part_is_the_whole_span(lexicon: Lexicon) -> None:
    text = (
        "Between March 2022 and September 2025, courts passed 700 sentences for spreading "
        "fakes about the army. Of those, 140 were handed down in the first half of 2025 alone. "
        "Over the same period, 90 people were convicted of repeatedly discrediting the army."
    )
    assert ("discrediting_the_army", 90, *SPAN) in _counts(text, lexicon)


@pytest.mark.parametrize(
    "second",
    [
        # a place, not a part of the whole in a period of its own
        "In Moscow, 140 were handed down in the first half of 2025 alone.",
        # a period outside the count's: no part of it
        "Of those, 140 were handed down in 2021.",
    ],
)
def test_no_part_in_other_periods(lexicon: Lexicon, second: str) -> None:
    first = (
        "Between March 2022 and September 2025, courts passed 700 sentences for spreading "
        "fakes about the army. "
    )
    assert _counts(first + second, lexicon) == [("army_fakes", 700, *SPAN)]
