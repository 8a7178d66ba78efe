"""English counts (issue 10, lexicon round): "<offence> (alone) accounted for N" after a
count is a count of that offence in the same period and unit; a share ("accounted for 64%
of them") or a part named by no offence ("Moscow alone accounted for 120") is not.
Sentences are written for these tests with made-up figures."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_extraction_en_passages import _extract

PUBLISHED = dt.date(2025, 3, 1)
BEFORE = "In 2023 military courts convicted 455 people of crimes against state security. "
TOTAL = ("state_security", 455, "2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            BEFORE + "Treason alone accounted for 301.",
            [TOTAL, ("treason", 301, "2023-01-01", "2023-12-31")],
        ),
        (
            BEFORE + "Espionage accounted for just 37, the court department said.",
            [TOTAL, ("espionage", 37, "2023-01-01", "2023-12-31")],
        ),
        (BEFORE + "Treason accounted for 66% of them.", [TOTAL]),
        (BEFORE + "The Moscow region alone accounted for 58.", [TOTAL]),
        ("Treason alone accounted for 301 of the pages in the file.", []),
    ],
)
def test_accounted_for(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    got = [
        (c.offence, c.count, c.period_start, c.period_end)
        for c in _extract(text, PUBLISHED)
        if c.kind == "conviction_count"
    ]
    assert sorted(got, key=repr) == sorted(expected, key=repr)


SINCE = "Since 2022, courts have convicted 960 people of espionage. "
SINCE_TOTAL = ("espionage", 960, "2022-01-01", "2025-03-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SINCE + "Of these, 405 were convicted in 2024 alone.",
            [SINCE_TOTAL, ("espionage", 405, "2024-01-01", "2024-12-31")],
        ),
        (
            SINCE + "Of them, 88 were sentenced in the first half of 2023.",
            [SINCE_TOTAL, ("espionage", 88, "2023-01-01", "2023-06-30")],
        ),
        (SINCE + "Of these, 31 were sentenced in absentia.", [SINCE_TOTAL]),
        (SINCE + "Of these, 12 were convicted in 2019 for other crimes too.", [SINCE_TOTAL]),
    ],
)
def test_part_in_a_period_of_its_own(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    got = [
        (c.offence, c.count, c.period_start, c.period_end)
        for c in _extract(text, PUBLISHED)
        if c.kind == "conviction_count"
    ]
    assert sorted(got, key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four students stood trial for participation in a terrorist organisation. Taking "
            "part in such an organisation is punishable by 10 to 20 years in prison.",
            [("terrorist_organisation_participation", 10.0, 20.0)],
        ),
        (
            "Prosecutors say the pair took part in a terrorist organisation. Membership of "
            "such a group carries up to 20 years.",
            [("terrorist_organisation_participation", None, 20.0)],
        ),
        (
            "The movement was banned in 2017. Taking part in such an organisation is "
            "punishable by up to six years.",
            [],
        ),
    ],
)
def test_such_an_organisation_refers_back(
    text: str, expected: list[tuple[str, float | None, float]]
) -> None:
    got = [
        (c.offence, c.min_years, c.max_years)
        for c in _extract(text, PUBLISHED)
        if c.kind == "penalty_range"
    ]
    assert got == expected
