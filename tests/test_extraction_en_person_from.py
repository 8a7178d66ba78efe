"""English individual sentences (issue 10, lexicon round): a described person whose
description ends on a home town after "from" ("a 40-year-old man from Tula") is the person
sentenced, as "a resident of Taganrog" already was; a named person keeps the name alone.
Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_extraction_en_passages import _extract

PUBLISHED = dt.date(2025, 2, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A garrison court in Omsk sentenced a 44-year-old driver from Ishim to 12 years "
            "for mercenarism.",
            [("a 44-year-old driver from Ishim", "mercenarism", 12.0)],
        ),
        (
            "A court sentenced a former nurse from Rostov-on-Don to nine years for "
            "confidential cooperation with a foreign state.",
            [("a former nurse from Rostov-on-Don", "confidential_cooperation", 9.0)],
        ),
        (
            "A court in Kursk sentenced Ivan Sedov from Rylsk to eight years for sabotage.",
            [("Ivan Sedov", "sabotage", 8.0)],
        ),
    ],
)
def test_person_from_a_town(text: str, expected: list[tuple[str, str, float]]) -> None:
    got = [
        (c.person, c.offence, c.sentence_years)
        for c in _extract(text, PUBLISHED)
        if c.kind == "individual_sentence"
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name of a law is no person: "he" stands for the defendant named before it
        (
            "Pavel Orlov was found guilty under Article 276 of Russia's Criminal Code. He "
            "was sentenced to eleven years in a strict-regime colony.",
            [("Pavel Orlov", 11.0)],
        ),
        (
            "The Investigative Committee said the court convicted him under Article 275 of "
            "the Criminal Code and sentenced him to 13 years.",
            [],
        ),
        # a possessive names someone else: the lawyer's client is not named here
        ("Artem Lebedev's client was sentenced to seven years for espionage.", []),
    ],
)
def test_laws_institutions_and_possessives_are_no_names(
    text: str, expected: list[tuple[str, float]]
) -> None:
    got = [
        (c.person, c.sentence_years)
        for c in _extract(text, PUBLISHED)
        if c.kind == "individual_sentence"
    ]
    assert got == expected
