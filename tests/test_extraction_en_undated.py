"""English extraction in a text with no known date (no --published, not in the seeds'
catalogue): a period relative to the publication stays unresolved (null, as README says)
and is never taken from the sentence before; a period relative to another figure ("a year
earlier") still resolves. Sentences are written for these tests with made-up figures."""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.extraction import extract_claims
from tests.test_extraction_en_passages import LEXICON

CASES: list[tuple[str, str, dt.date | None, list[tuple[int, str | None, str | None]]]] = [
    (
        "'last year' without a date: unresolved, not the year of the sentence before",
        "Regional courts convicted 41 people of treason in 2022. Last year, 17 people were "
        "sentenced for espionage.",
        None,
        [(41, "2022-01-01", "2022-12-31"), (17, None, None)],
    ),
    (
        "the same text with its publication date: 'last year' is the year before it",
        "Regional courts convicted 41 people of treason in 2022. Last year, 17 people were "
        "sentenced for espionage.",
        dt.date(2025, 5, 6),
        [(41, "2022-01-01", "2022-12-31"), (17, "2024-01-01", "2024-12-31")],
    ),
    (
        "'this year' after a half-year figure, no date: unresolved, not the half-year",
        "In the first half of 2024 courts convicted 63 people of treason. This year 29 people "
        "have been found guilty of espionage.",
        None,
        [(63, "2024-01-01", "2024-06-30"), (29, None, None)],
    ),
    (
        "'a year earlier' refers to the figure before, not to the publication: resolved",
        "Courts convicted 88 people of treason in 2023. A year earlier, 35 people were "
        "convicted of treason.",
        None,
        [(88, "2023-01-01", "2023-12-31"), (35, "2022-01-01", "2022-12-31")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(t, p, e, id=name) for name, t, p, e in CASES],
)
def test_periods_in_a_text_with_or_without_a_date(
    text: str,
    published: dt.date | None,
    expected: list[tuple[int, str | None, str | None]],
) -> None:
    claims = extract_claims(text, document="t", lexicon=LEXICON, published=published)
    found = sorted(
        (c.count, c.period_start, c.period_end) for c in claims if c.kind == "conviction_count"
    )
    assert found == sorted(expected, key=lambda e: (e[0], e[1] or "", e[2] or ""))
