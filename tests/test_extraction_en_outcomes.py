"""Statistics told with the penalties their people got (issue 10), in sentences of our own:
a part of a count told by its outcome ("nine of them were sentenced to real prison terms",
"six more were given suspended sentences", "four were fined") is no count of convictions;
bands of the terms imposed ("for terms of 3 to 5 years") are no statutory range; and the
long wording of the army-fakes article ("knowingly false information about the activities
of the armed forces")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2024, 4, 22)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [
        (c.kind, c.offence, c.count, c.period_start, c.period_end, c.min_years, c.max_years)
        for c in claims
    ]


def _count(offence: str, n: int, start: str, end: str) -> tuple[object, ...]:
    return ("conviction_count", offence, n, start, end, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 courts convicted 37 people of army fakes; six of them were given suspended "
        "sentences, while the judges sent nine more to a colony.",
        "In 2023 courts convicted 37 people of army fakes, and 12 of whom were sentenced to "
        "imprisonment.",
        "In 2023 courts convicted 37 people of army fakes. Eleven defendants in such cases "
        "were only fined.",
    ],
)
def test_a_part_told_by_its_outcome_is_no_count(lexicon: Lexicon, text: str) -> None:
    assert _claims(lexicon, text) == [_count("army_fakes", 37, "2023-01-01", "2023-12-31")]


def test_bands_of_imposed_terms_are_no_statutory_range(lexicon: Lexicon) -> None:
    text = (
        "Last year 19 people were convicted of army fakes, and three of them were jailed for "
        "terms of 4 to 6 years and 6 to 9 years."
    )
    assert _claims(lexicon, text) == [_count("army_fakes", 19, "2023-01-01", "2023-12-31")]


def test_a_statutory_range_with_terms_of_stays(lexicon: Lexicon) -> None:
    text = "Army fakes carry prison terms of up to 15 years."
    assert _claims(lexicon, text) == [("penalty_range", "army_fakes", None, None, None, None, 15.0)]


def test_the_long_wording_of_the_army_fakes_article(lexicon: Lexicon) -> None:
    text = (
        "In 2023, 44 people were convicted of disseminating deliberately false information "
        "about the activities of the armed forces."
    )
    assert _claims(lexicon, text) == [_count("army_fakes", 44, "2023-01-01", "2023-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        # a figure told for every year (or half-year) is a rate, not a count for a period
        "Every year, roughly 30 people are convicted of espionage.",
        "Roughly 30 people are convicted of espionage each year.",
        "Each year from 2014 to 2020, judges convicted no more than six people of espionage.",
        "In the first half of each of the past five years, courts passed at most three "
        "espionage verdicts.",
    ],
)
def test_a_figure_for_every_year_is_no_count(lexicon: Lexicon, text: str) -> None:
    assert _claims(lexicon, text) == []


def test_a_count_beside_a_figure_for_every_year_stays(lexicon: Lexicon) -> None:
    # the clause after "but" has a count of its own; a rate aside of another figure ("about
    # one every working day") and "grown every year" leave the count a count
    text = (
        "In the first half of every year since 2017, courts passed no more than two "
        "espionage verdicts, but in the first half of 2024 they convicted 19 people of "
        "espionage."
    )
    assert _claims(lexicon, text) == [_count("espionage", 19, "2024-01-01", "2024-06-30")]
    text = "Courts passed 203 treason verdicts in 2024, about one every working day."
    assert _claims(lexicon, text) == [_count("treason", 203, "2024-01-01", "2024-12-31")]
    text = (
        "Treason convictions have grown every year since 2021; in 2024, 151 people were "
        "convicted of treason."
    )
    assert _claims(lexicon, text) == [_count("treason", 151, "2024-01-01", "2024-12-31")]
