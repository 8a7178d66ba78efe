"""One count told for two periods as a pair of figures (issue 10), in sentences of our own:
"(95 versus 41, respectively)", "numbered 95 and 41, respectively", "(95 against 41)"
after two periods, "the same period in 2023" after "the first half of 2024" (those months
a year back); with the traps beside them (a pair with no "respectively" and no brackets,
a pair of two offences, one period only)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2024, 11, 2)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _counts(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [(c.kind, c.offence, c.count, c.period_start, c.period_end) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Court data show that espionage convictions in the first half of 2024 more than "
            "doubled compared with the same period in 2023 (95 versus 41, respectively).",
            [
                ("conviction_count", "espionage", 95, "2024-01-01", "2024-06-30"),
                ("conviction_count", "espionage", 41, "2023-01-01", "2023-06-30"),
            ],
        ),
        (
            "Espionage convictions in 2023 and 2022 numbered 95 and 41, respectively.",
            [
                ("conviction_count", "espionage", 95, "2023-01-01", "2023-12-31"),
                ("conviction_count", "espionage", 41, "2022-01-01", "2022-12-31"),
            ],
        ),
        (
            "The number of espionage cases opened in 2023 grew sharply on 2022 (95 against 41).",
            [
                ("case_count", "espionage", 95, "2023-01-01", "2023-12-31"),
                ("case_count", "espionage", 41, "2022-01-01", "2022-12-31"),
            ],
        ),
    ],
)
def test_a_pair_of_figures_for_two_periods(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _counts(lexicon, text) == want


def test_a_pair_for_one_period_only_gives_no_pair(lexicon: Lexicon) -> None:
    text = "Espionage convictions in 2023 were split between two courts (95 versus 41)."
    assert _counts(lexicon, text) == []


def test_a_pair_of_two_offences_is_left_to_the_list_rules(lexicon: Lexicon) -> None:
    text = (
        "Treason and espionage convictions in 2023 rose compared with 2022 (95 versus 41, "
        "respectively)."
    )
    # two offences and two periods: which figure is whose is not told, so no 41 for 2022
    assert not any(c[3] == "2022-01-01" and c[2] == 41 for c in _counts(lexicon, text))


def test_a_bracket_of_two_counts_each_with_its_period(lexicon: Lexicon) -> None:
    text = (
        "So far this year twice as many espionage verdicts were handed down as in all of 2023 "
        "(41 verdicts from January to August 2024 against 19 verdicts in 2023)."
    )
    assert _counts(lexicon, text) == [
        ("conviction_count", "espionage", 41, "2024-01-01", "2024-08-31"),
        ("conviction_count", "espionage", 19, "2023-01-01", "2023-12-31"),
    ]


def test_a_yearless_month_range_takes_the_year_beside_it(lexicon: Lexicon) -> None:
    text = (
        "Treason cases opened in 2022 were far fewer than a year later (20 cases in 2022 versus "
        "64 cases from January to May in 2023)."
    )
    assert _counts(lexicon, text) == [
        ("case_count", "treason", 20, "2022-01-01", "2022-12-31"),
        ("case_count", "treason", 64, "2023-01-01", "2023-05-31"),
    ]


def test_the_year_before_a_year_told_by_publication(lexicon: Lexicon) -> None:
    text = "Last year courts convicted 41 people of espionage. The year before, there had been 12."
    assert _counts(lexicon, text) == [
        ("conviction_count", "espionage", 41, "2023-01-01", "2023-12-31"),
        ("conviction_count", "espionage", 12, "2022-01-01", "2022-12-31"),
    ]
