"""Counts whose items give their own time first, as translations from Russian often keep
them ("in 2024 — 104, and in the first half of 2025 — already 83"); "In 2023 there were N"
dated by the time before it; "such cases" after a sentence that names a new kind of case;
a share ("making up 36% of ...") that is no change. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 10, 6)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _counts(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [
        (c.offence, c.count, str(c.period_start), str(c.period_end), c.change is not None)
        for c in claims
        if c.kind == "conviction_count"
    ]


def test_items_after_an_active_count_give_their_time_first(lexicon: Lexicon) -> None:
    text = (
        "In 2022 judges convicted 57 people of sabotage, in 2023 — 131, and in the first "
        "nine months of 2024 — already 166."
    )
    assert _counts(lexicon, text) == [
        ("sabotage", 57, "2022-01-01", "2022-12-31", False),
        ("sabotage", 131, "2023-01-01", "2023-12-31", False),
        ("sabotage", 166, "2024-01-01", "2024-09-30", False),
    ]


def test_there_were_takes_the_time_before_it_and_its_items_follow(lexicon: Lexicon) -> None:
    text = (
        "Military courts convicted 18 servicemen of desertion in 2021. In 2022 there were "
        "35, in 2023—212 and in the first half of 2024—another 301."
    )
    assert _counts(lexicon, text) == [
        ("desertion", 18, "2021-01-01", "2021-12-31", False),
        ("desertion", 35, "2022-01-01", "2022-12-31", False),
        ("desertion", 212, "2023-01-01", "2023-12-31", False),
        ("desertion", 301, "2024-01-01", "2024-06-30", False),
    ]


def test_a_sentence_between_names_the_offence_of_there_were(lexicon: Lexicon) -> None:
    text = (
        "Judges sent 22 people to prison for espionage in 2022. Verdicts for treason rose "
        "faster still. In 2023 there were 190."
    )
    assert _counts(lexicon, text) == [
        ("espionage", 22, "2022-01-01", "2022-12-31", False),
        ("treason", 190, "2023-01-01", "2023-12-31", False),
    ]


def test_such_cases_after_a_new_kind_of_case_are_no_count_of_the_one_before(
    lexicon: Lexicon,
) -> None:
    text = (
        "In 2024 courts convicted 310 people of treason. Prosecutors have lately paired the "
        "treason charge with one of terrorism in a single case. Before 2023 there were no "
        "such cases; in 2023 there were 9, in 2024 — 71."
    )
    assert _counts(lexicon, text) == [("treason", 310, "2024-01-01", "2024-12-31", False)]


@pytest.mark.parametrize("verb", ["making up", "which made up", "taking up", "which took up"])
def test_a_share_made_up_is_no_change(lexicon: Lexicon, verb: str) -> None:
    text = f"In 2024, 140 people were convicted of treason, {verb} 61% of all such verdicts."
    assert _counts(lexicon, text) == [("treason", 140, "2024-01-01", "2024-12-31", False)]


def test_a_rise_told_with_up_is_still_a_change(lexicon: Lexicon) -> None:
    text = "In 2024, 140 people were convicted of treason, up 61% on the year before."
    assert [c[4] for c in _counts(lexicon, text)][:1] == [True]


def test_a_time_first_item_needs_a_time_the_sentence_reads(lexicon: Lexicon) -> None:
    # "in court 12" is no time: no item
    text = "In 2024 judges convicted 57 people of sabotage, in court 12 — 4."
    assert _counts(lexicon, text) == [("sabotage", 57, "2024-01-01", "2024-12-31", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Sabotage convictions: in 2022 — 12, in 2023 — 48, in 2024 — 131.",
        "Convictions for sabotage by year: in 2022, 12; in 2023, 48; in 2024, 131.",
        "Verdicts for sabotage, year by year: in 2022 – 12, in 2023 – 48 and in 2024 – 131.",
    ],
)
def test_a_series_after_a_colon_gives_its_times_first(lexicon: Lexicon, text: str) -> None:
    assert _counts(lexicon, text) == [
        ("sabotage", 12, "2022-01-01", "2022-12-31", False),
        ("sabotage", 48, "2023-01-01", "2023-12-31", False),
        ("sabotage", 131, "2024-01-01", "2024-12-31", False),
    ]


def test_a_spaced_dash_after_a_year_is_no_span_of_years() -> None:
    from kgbuild.extraction.periods import _find_times, _TimeContext

    def spans(sentence: str) -> list[tuple[str, str]]:
        times = _find_times(sentence, _TimeContext(PUBLISHED, None, None))
        return [(str(t.first), str(t.last)) for t in times]

    assert spans("in 2022 — 40 verdicts") == [("2022-01-01", "2022-12-31")]
    assert spans("over 2015-16") == [("2015-01-01", "2016-12-31")]
    assert spans("over 2015 – 2017") == [("2015-01-01", "2017-12-31")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Between 1 August 2024 and 31 January 2025, monitors counted 84 convictions for "
            "discrediting the army.",
            "2024-08-01",
            "2025-01-31",
        ),
        (
            "From March 3, 2024 to February 28, 2025, monitors counted 84 convictions for "
            "discrediting the army.",
            "2024-03-03",
            "2025-02-28",
        ),
        (
            "Between 1 December and 31 May 2025 monitors counted 84 convictions for "
            "discrediting the army.",
            "2024-12-01",
            "2025-05-31",
        ),
    ],
)
def test_a_span_between_two_days_is_one_period(
    lexicon: Lexicon, text: str, start: str, end: str
) -> None:
    assert _counts(lexicon, text) == [("discrediting_the_army", 84, start, end, False)]


def test_figures_against_in_order_with_respectively_are_the_earlier_year_s(
    lexicon: Lexicon,
) -> None:
    text = (
        "In 2024 courts convicted 44 people of mercenarism and 170 of taking part in an "
        "illegal armed formation, against 29 and 150 respectively a year earlier."
    )
    assert _counts(lexicon, text) == [
        ("mercenarism", 44, "2024-01-01", "2024-12-31", False),
        ("illegal_armed_formation", 170, "2024-01-01", "2024-12-31", False),
        ("mercenarism", 29, "2023-01-01", "2023-12-31", False),
        ("illegal_armed_formation", 150, "2023-01-01", "2023-12-31", False),
    ]


def test_a_source_that_puts_the_number_of_convictions_at_a_figure(lexicon: Lexicon) -> None:
    text = (
        "Military courts convicted 980 servicemen of going AWOL in the third quarter of 2024. "
        "A business daily puts the number of desertion convictions over the same quarter at "
        "205."
    )
    assert _counts(lexicon, text) == [
        ("leaving_a_unit_without_leave", 980, "2024-07-01", "2024-09-30", False),
        ("desertion", 205, "2024-07-01", "2024-09-30", False),
    ]


def test_a_share_put_at_a_percentage_is_no_count(lexicon: Lexicon) -> None:
    text = "The report puts the share of treason convictions at 76% in 2024."
    assert _counts(lexicon, text) == []
