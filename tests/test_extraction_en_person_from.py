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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the secrets handed over are what was done, not the charge; the court's statement
        # quoted next tells the same term again with the article: one claim, treason
        (
            "Oleg Mironov was sentenced to 14 years for handing state secrets to foreign "
            'intelligence, the regional court said. "Oleg Mironov was convicted under '
            "Article 275 of the Criminal Code (high treason). He was sentenced to 14 years "
            'in a strict-regime colony," a court spokeswoman said.',
            [("Oleg Mironov", "treason", 14.0)],
        ),
        # "access to state secrets" describes someone, it is not what he was convicted of
        (
            "The editor, who never had access to state secrets, was jailed last month; and "
            "on Friday Denis Volkov received an 18-year sentence.",
            [("Denis Volkov", None, 18.0)],
        ),
        # disclosure itself stays the charge
        (
            "An engineer from Perm was sentenced to three years for disclosing state secrets.",
            [("An engineer from Perm", "disclosure_of_state_secrets", 3.0)],
        ),
    ],
)
def test_secrets_handed_over_or_reached_are_no_charge(
    text: str, expected: list[tuple[str, str | None, float]]
) -> None:
    got = [
        (c.person, c.offence, c.sentence_years)
        for c in _extract(text, PUBLISHED)
        if c.kind == "individual_sentence"
    ]
    assert got == expected


def _terms(text: str) -> list[tuple[object, ...]]:
    return [
        (c.person, c.offence, c.sentence_years)
        for c in _extract(text, PUBLISHED)
        if c.kind == "individual_sentence"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a name after a rank "in reserve" is no place
            "A garrison court sentenced a retired navy officer and major in reserve Oleg "
            "Vasin to 14 years for treason.",
            [("Oleg Vasin", "treason", 14.0)],
        ),
        (
            "A court sentenced a teacher from the occupied Kherson Region to ten years for "
            "espionage.",
            [("a teacher from the occupied Kherson Region", "espionage", 10.0)],
        ),
        (
            "A court sentenced a resident of the Belgorod Region to 11 years for sabotage.",
            [("a resident of the Belgorod Region", "sabotage", 11.0)],
        ),
    ],
)
def test_a_person_described_to_a_region(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _terms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Russian engineer was sentenced to 16 years in prison for handing drawings to "
            "a foreign firm. The regional court found Pavel Gromov guilty of espionage.",
            [("Pavel Gromov", "espionage", 16.0)],
        ),
        (
            "A pensioner from Bryansk was sentenced to 12 years in a strict-regime colony. "
            "She was found guilty of treason, the court said.",
            [("A pensioner from Bryansk", "treason", 12.0)],
        ),
        (
            "Ivan Lukin was sentenced to 13 years on Monday. The court found him guilty of "
            "sabotage.",
            [("Ivan Lukin", "sabotage", 13.0)],
        ),
        (
            # two sentences on: what he did, then the verdict
            "A court in Tver has sentenced a welder to 14 years in a penal colony. The FSB "
            "says he photographed a rail depot and sent the pictures to a handler. He was "
            "convicted of treason after a closed trial.",
            [("a welder", "treason", 14.0)],
        ),
    ],
)
def test_the_charge_told_in_the_next_sentence(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    """A term without its charge takes the charge (and the name, for a described person) of
    the one verdict the next sentence tells."""
    assert _terms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Lukin was sentenced to 13 years. His cousin was convicted of espionage in 2019.",
        "Ivan Lukin was sentenced to 13 years. Pavel Gromov was convicted of espionage.",
        "A welder was sentenced to 13 years. In 2024 courts found 40 people guilty of treason.",
    ],
)
def test_another_verdict_next_gives_no_charge(text: str) -> None:
    """Another person's verdict, or a count of verdicts, charges nobody."""
    assert [t[1] for t in _terms(text)] == [None]


def test_a_verdict_after_another_term_is_that_terms() -> None:
    """Two sentences on, after another person's term, the verdict is that person's."""
    text = (
        "A welder was sentenced to 13 years. A driver got 9 years. He was convicted of espionage."
    )
    assert [t[1] for t in _terms(text)] == [None, "espionage"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A garrison court sentenced Ruslan Zh., 41, to 17 years for treason.",
            [("Ruslan Zh", "treason", 17.0)],
        ),
        (
            "The regional court sentenced Irina Sh. to life imprisonment for a terrorist act, "
            "and her accomplice Pavel D. to 19 years.",
            [("Irina Sh", "terrorist_act", None), ("Pavel D.", "terrorist_act", 19.0)],
        ),
    ],
)
def test_two_letter_initials_and_an_accomplice_after_the_charge(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    """Transliterated initials have two letters ("Zh."); "..., and her accomplice Pavel D.
    to 19 years" after the first term's charge is a second person with a term of their own."""
    assert _terms(text) == expected


def test_people_of_one_trial_after_a_colon_are_terms_not_a_count() -> None:
    """ "jailed four men for sabotage: the eldest received 15 years, ..." gives each term,
    and no conviction count of four; a count of a year with one named term stays."""
    text = (
        "A military court jailed two brothers for sabotage on Monday: a 30-year-old welder "
        "received 15 years and his brother 13 years."
    )
    got = [(c.kind, c.count, c.sentence_years) for c in _extract(text, PUBLISHED)]
    assert got == [
        ("individual_sentence", None, 15.0),
        ("individual_sentence", None, 13.0),
    ]
    text = "In 2024 courts convicted four people of espionage. Anton Lebedev received 12 years."
    got = [(c.kind, c.count, c.sentence_years) for c in _extract(text, PUBLISHED)]
    assert got == [("conviction_count", 4, None), ("individual_sentence", None, 12.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a newspaper and a role before the name: one person, not two
            "The same judge once sentenced Kommersant correspondent and former Daily Herald "
            "stringer Pavel Lukin to 14 years for espionage.",
            [("Pavel Lukin", "espionage", 14.0)],
        ),
        (
            "A court sentenced Novaya Gazeta columnist Irina Volkova to 11 years for treason.",
            [("Irina Volkova", "treason", 11.0)],
        ),
        (
            # two people joined by "and": both stay
            "A court sentenced Anton Belov and former police officer Gleb Sorin to 15 years "
            "for treason.",
            [("Anton Belov", "treason", 15.0), ("Gleb Sorin", "treason", 15.0)],
        ),
    ],
)
def test_an_employer_before_a_role_is_no_person(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    got = [
        (c.person, c.offence, c.sentence_years)
        for c in _extract(text, PUBLISHED)
        if c.kind == "individual_sentence"
    ]
    assert got == expected


def test_a_lead_then_the_named_verdict_is_one_term() -> None:
    """A lead tells a described person's term; a later sentence names the person and gives
    "him" the same term: one term, with the name."""
    text = (
        "A veteran rocket engineer has been sentenced to nine years in prison for treason, "
        "a court spokesman said. Boris Melnikov, who once led a design bureau, was detained "
        "in 2022. The regional court found Melnikov guilty of treason and sentenced him to "
        "nine years in a strict-regime colony."
    )
    assert _terms(text) == [("Boris Melnikov", "treason", 9.0)]


@pytest.mark.parametrize(
    "text",
    [
        # two people with the same term: a name given no pronoun is someone else
        "A teacher from Lipetsk was sentenced to nine years for treason. In Tula, Oleg "
        "Sotnikov was sentenced to nine years for treason.",
        # "also": another person's term
        "A pensioner was sentenced to nine years for treason. Her neighbour Oleg Sotnikov, "
        "who was tried with her, also got nine years.",
    ],
)
def test_the_same_term_of_another_person_stays(text: str) -> None:
    assert len(_terms(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court gave the two brothers 13 and 11 years for sabotage.",
            [
                ("the two brothers (1 of 2)", "sabotage", 13.0),
                ("the two brothers (2 of 2)", "sabotage", 11.0),
            ],
        ),
        (
            "All three students were sentenced to 9, 8 and 7 years for treason.",
            [
                ("All three students (1 of 3)", "treason", 9.0),
                ("All three students (2 of 3)", "treason", 8.0),
                ("All three students (3 of 3)", "treason", 7.0),
            ],
        ),
        (
            # a surname alone as the subject: the full name told before
            "Gleb Sorin, a railway worker from Pskov, was detained in 2023. On Tuesday, "
            "Sorin was sentenced in absentia to 12 years for treason.",
            [("Gleb Sorin", "treason", 12.0)],
        ),
        ("Sorin was sentenced to 12 years for treason.", [("Sorin", "treason", 12.0)]),
        # a place or an offence before "was" is no surname
        ("Tula was sentenced to nothing, the mayor joked about the 12 years of work.", []),
    ],
)
def test_people_told_by_number_or_surname(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _terms(text) == expected
