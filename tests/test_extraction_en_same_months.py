"""English extraction (issue 10, lexicon round): a figure for "the same months" with "a
year earlier" before it is the main figure's months a year back, and "the figure had
been N" continues a count; with the baseline trap ("compared with 12 a year earlier"
after the reference keeps the reference's own months). Sentences are written for these
tests with made-up figures."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_extraction_en_passages import _extract

PUBLISHED = dt.date(2025, 2, 10)

CASES: list[tuple[str, str, list[tuple[str, int, str, str]]]] = [
    (
        "a year earlier + the same months: the months a year back",
        "In the first eight months of 2024 courts convicted 133 people of espionage. A year "
        "earlier the figure for the same months had been 58.",
        [
            ("espionage", 133, "2024-01-01", "2024-08-31"),
            ("espionage", 58, "2023-01-01", "2023-08-31"),
        ],
    ),
    (
        "'the figure had been N' continues the count before",
        "Courts convicted 76 people of sabotage in 2024. In 2023 the figure had been 41.",
        [
            ("sabotage", 76, "2024-01-01", "2024-12-31"),
            ("sabotage", 41, "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "trap: 'a year earlier' after the reference belongs to the baseline",
        "In the first half of 2024, 40 people were convicted of espionage. Treason "
        "convictions over those six months numbered 87, compared with 52 a year earlier.",
        [
            ("espionage", 40, "2024-01-01", "2024-06-30"),
            ("treason", 87, "2024-01-01", "2024-06-30"),
            ("treason", 52, "2023-01-01", "2023-06-30"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_same_months_a_year_earlier(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    got = [
        (c.offence, c.count, c.period_start, c.period_end)
        for c in _extract(text, PUBLISHED)
        if c.kind == "conviction_count"
    ]
    assert sorted(got, key=repr) == sorted(expected, key=repr)
