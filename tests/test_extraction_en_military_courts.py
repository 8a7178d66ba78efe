"""Reports on military courts' caseloads (issue 10), in sentences of our own: cases the
courts "have heard" or "received" with words between the courts and the verb, a case
count told offence by offence in the next sentence ("There were ...", "The number
includes ..."), figures with a scale word ("2.3 thousand"), "the same period last year"
in the sentence after a count, and wordings of absence without leave and of failure to
obey an order; with the traps beside them (sentences "passed" are no law, a weekly rate
is no count, people accused are no count)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 10, 7)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [
        (c.kind, c.offence, c.count, c.qualifier, c.period_start, c.period_end, c.date)
        for c in claims
    ]


def _cases(offence: str, n: int, start: str, end: str, q: str = "exact") -> tuple[object, ...]:
    return ("case_count", offence, n, q, start, end, None)


def _convictions(
    offence: str, n: int, start: str, end: str, q: str = "exact"
) -> tuple[object, ...]:
    return ("conviction_count", offence, n, q, start, end, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Garrison courts across Russia have heard 4,310 desertion cases since January 2024.",
            [_cases("desertion", 4310, "2024-01-01", "2025-10-07")],
        ),
        (
            "Military courts in the third quarter of 2024 received 1,912 cases of unauthorised "
            "absence.",
            [_cases("leaving_a_unit_without_leave", 1912, "2024-07-01", "2024-09-30")],
        ),
        (
            "In 2024 the Moscow garrison court had already considered 77 cases of malingering.",
            [_cases("evading_service_by_malingering", 77, "2024-01-01", "2024-12-31")],
        ),
        # a comma closes the subject: "courts, which heard" is no count of these cases
        ("The two courts, which heard 30 treason cases last year, sit in closed session.", []),
    ],
)
def test_cases_the_courts_heard_or_received(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In April 2025 alone, military courts received 1,204 cases against servicemen. "
            "There were 1,050 cases of unauthorised absence, 88 cases of desertion and 66 "
            "cases of insubordination.",
            [
                _cases("leaving_a_unit_without_leave", 1050, "2025-04-01", "2025-04-30"),
                _cases("desertion", 88, "2025-04-01", "2025-04-30"),
                _cases("disobeying_an_order", 66, "2025-04-01", "2025-04-30"),
            ],
        ),
        (
            "Since partial mobilisation was declared in September 2022, courts have heard 12,400 "
            "cases against soldiers. By the outlet's count, the figure includes 11,020 cases of "
            "unauthorized absence from a military unit, 905 cases of failure to obey an order, "
            "and 475 cases of desertion.",
            [
                _cases("leaving_a_unit_without_leave", 11020, "2022-09-01", "2025-10-07"),
                _cases("disobeying_an_order", 905, "2022-09-01", "2025-10-07"),
                _cases("desertion", 475, "2022-09-01", "2025-10-07"),
            ],
        ),
        # the sentence before counts people acquitted, not cases: no case count goes on
        (
            "Four servicemen were acquitted in 2024. There were 31 cases of desertion.",
            [],
        ),
    ],
)
def test_cases_told_offence_by_offence_in_the_next_sentence(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Since the start of 2025, military courts have received roughly 3.1 thousand "
            "desertion cases.",
            [_cases("desertion", 3100, "2025-01-01", "2025-10-07", "about")],
        ),
        (
            "Courts convicted 2.4 thousand servicemen of going AWOL in 2024.",
            [_convictions("leaving_a_unit_without_leave", 2400, "2024-01-01", "2024-12-31")],
        ),
        # a weekly rate is no count
        ("So far in 2025 courts have convicted at least 120 deserters every week.", []),
    ],
)
def test_figures_with_a_scale_word(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


def test_sentences_passed_with_a_qualifier_are_no_law(lexicon: Lexicon) -> None:
    text = "In February 2025 alone, military courts passed approximately 610 desertion verdicts."
    assert _claims(lexicon, text) == [
        _convictions("desertion", 610, "2025-02-01", "2025-02-28", "about")
    ]


def test_the_same_period_last_year_in_the_next_sentence(lexicon: Lexicon) -> None:
    text = (
        "Figures for January to June show that 44 people were convicted of a terrorist act. "
        "That compares with seven people convicted over the same period last year."
    )
    assert _claims(lexicon, text) == [
        _convictions("terrorist_act", 44, "2025-01-01", "2025-06-30"),
        _convictions("terrorist_act", 7, "2024-01-01", "2024-06-30"),
    ]


def test_soldiers_accused_of_leaving_their_units_are_a_case_count(lexicon: Lexicon) -> None:
    text = (
        "Garrison courts received 2,380 cases against servicemen charged with abandoning "
        "their units without official leave in the first six months of 2025."
    )
    assert _claims(lexicon, text) == [
        _cases("leaving_a_unit_without_leave", 2380, "2025-01-01", "2025-06-30")
    ]


def test_the_articles_of_a_lists_bracket_stay_with_their_items(lexicon: Lexicon) -> None:
    text = (
        "In 2024, courts received 88 cases of treason and 11 cases of confidential "
        "cooperation (Articles 275 and 275.1 of the Criminal Code)."
    )
    assert _claims(lexicon, text) == [
        _cases("treason", 88, "2024-01-01", "2024-12-31"),
        _cases("confidential_cooperation", 11, "2024-01-01", "2024-12-31"),
    ]
