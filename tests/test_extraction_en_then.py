"""A figure told for the time a sentence compared with (issue 10), in sentences of our
own: "compared with 2019, when 11 were convicted", "down from 2020; then 23 were",
"Back then, 9 were", "At that time, four were". The relative clause or the adverb stands
for the time told last, a baseline's too, not for the year the text is on; with traps
("at the time of his arrest", "then" before a verb, a plain baseline) that must keep their
claims as they were."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 3, 14)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [
        (c.kind, c.offence, c.count, c.period_start, c.period_end, c.sentence_years, c.date)
        for c in claims
    ]


def _count(offence: str, n: int, year: int) -> tuple[object, ...]:
    return ("conviction_count", offence, n, f"{year}-01-01", f"{year}-12-31", None, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            # a relative clause on a compared year
            "Judges convicted 58 people of espionage in 2024. The figure is five times the "
            "level of 2019, when 11 people were convicted of espionage.",
            [_count("espionage", 58, 2024), _count("espionage", 11, 2019)],
        ),
        (
            # with a dash before "when"
            "Treason verdicts reached 131 in 2024, far above 2020 – when 14 people were "
            "found guilty of treason.",
            [_count("treason", 131, 2024), _count("treason", 14, 2020)],
        ),
        (
            # "then" opening the clause after a baseline
            "Courts found 74 people guilty of treason in 2024, a steep rise from 2020; then "
            "23 people were convicted of it.",
            [_count("treason", 74, 2024), _count("treason", 23, 2020)],
        ),
        (
            # "Back then" in the next sentence: the compared year, with an elided item
            "In 2024 the courts convicted 66 people of treason, almost seven times more than "
            "in 2018. Back then, 9 were convicted of treason and two of espionage.",
            [
                _count("treason", 66, 2024),
                _count("treason", 9, 2018),
                _count("espionage", 2, 2018),
            ],
        ),
        (
            # "At that time" after a figure compared with another year
            "Courts convicted 47 people of espionage in 2024, against 6 in 2021. At that "
            "time, four were convicted of disclosing state secrets.",
            [
                _count("espionage", 47, 2024),
                _count("espionage", 6, 2021),
                _count("disclosure_of_state_secrets", 4, 2021),
            ],
        ),
    ],
)
def test_a_figure_of_the_time_told_last(lexicon: Lexicon, text: str, want: list[object]) -> None:
    assert _claims(lexicon, text) == want


def test_the_time_of_an_arrest_is_no_time_told_last(lexicon: Lexicon) -> None:
    # "at the time of his arrest" names its own moment; the sentence's year stays
    text = (
        "In 2023 courts convicted 29 people of espionage, up from 2019. One of them was "
        "a 22-year-old student at the time of his arrest."
    )
    assert _claims(lexicon, text) == [_count("espionage", 29, 2023)]


def test_then_before_a_verb_keeps_the_sentence_date(lexicon: Lexicon) -> None:
    # "then" ordering two events is no reference to a time: the verdict keeps its own date
    text = (
        "Pavel Orlov was detained in March 2022, then sentenced to 13 years for treason in "
        "May 2023."
    )
    claims = _claims(lexicon, text)
    assert [(c[0], c[5], c[6]) for c in claims] == [("individual_sentence", 13.0, "2023-05")]


def test_a_figure_of_the_same_months_stays_with_the_main_figure(lexicon: Lexicon) -> None:
    # after "as many as in the whole of 2023, when 88 ..." (a compared year), "the same six
    # months" are still those of the text's main figure
    text = (
        "Courts convicted 81 people of treason between January and June 2024. That is "
        "nearly as many as in the whole of 2023, when 88 were convicted of treason. Over "
        "the same six months, 12 people were convicted of espionage."
    )
    assert _claims(lexicon, text) == [
        ("conviction_count", "treason", 81, "2024-01-01", "2024-06-30", None, None),
        _count("treason", 88, 2023),
        ("conviction_count", "espionage", 12, "2024-01-01", "2024-06-30", None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Courts convicted 57 people of treason in 2021 and 2022 combined.",
        "In 2021 and 2022 taken together, 57 people were convicted of treason.",
    ],
)
def test_two_years_combined_are_one_span(lexicon: Lexicon, text: str) -> None:
    assert _claims(lexicon, text) == [
        ("conviction_count", "treason", 57, "2021-01-01", "2022-12-31", None, None)
    ]
