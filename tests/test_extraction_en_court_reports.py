"""Regional court reports on single verdicts (issue 10), in sentences of our own: a long
described subject or an object with a relative clause, a relative clause between the
subject and its verb, a term told again of "the woman" or "the convict", the charge in
the title over the report, and life added to a range in a later clause ("and in some
cases life"); with the traps beside them (an accomplice's equal term is a second term; a
title that tells of no sentence gives no charge; life for another offence stays apart)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 9, 12)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _terms(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [(c.kind, c.offence, c.person, c.sentence_years) for c in claims]


def _ranges(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    return [(c.offence, c.min_years, c.max_years, c.life) for c in claims]


@pytest.mark.parametrize(
    ("text", "person", "years"),
    [
        (
            "A resident of the village of Dolinnoye in the Bakhchisaray district of the Crimea "
            "region has been sentenced to 13 years in prison for treason after sending money "
            "to a volunteer fund.",
            "A resident of the village of Dolinnoye in the Bakhchisaray district of the Crimea "
            "region",
            13.0,
        ),
        (
            "The regional court has sentenced a 47-year-old resident of the Kursk Region, whom "
            "investigators had accused of filming an air-defence battery for a foreign handler, "
            "to 15 years in a strict-regime colony for treason.",
            "a 47-year-old resident of the Kursk Region",
            15.0,
        ),
        (
            "The man, who had worked as a school caretaker, was sentenced to 16 years for treason.",
            "The man",
            16.0,
        ),
    ],
)
def test_long_subjects_and_relative_clauses(
    lexicon: Lexicon, text: str, person: str, years: float
) -> None:
    assert _terms(lexicon, text) == [("individual_sentence", "treason", person, years)]


def test_a_term_told_again_of_the_woman_is_one_term(lexicon: Lexicon) -> None:
    text = (
        "A resident of the Belgorod region has been sentenced to 12 years in prison for "
        "treason. The court heard that she had sent about 30,000 roubles abroad. The woman, "
        "who worked as a nurse until 2019, was sentenced to 12 years in a general-regime "
        "colony."
    )
    assert _terms(lexicon, text) == [
        ("individual_sentence", "treason", "A resident of the Belgorod region", 12.0)
    ]


def test_an_accomplice_with_the_same_term_is_a_second_term(lexicon: Lexicon) -> None:
    text = (
        "A resident of the Belgorod region has been sentenced to 12 years in prison for "
        "treason. His accomplice, a local woman, also got 12 years."
    )
    assert len(_terms(lexicon, text)) == 2


def test_the_charge_in_the_title_over_the_report(lexicon: Lexicon) -> None:
    text = (
        "Bryansk pensioner jailed under treason article\n"
        "The regional court has sentenced a 66-year-old man to 11 years in a strict-regime "
        "colony. The hearing was closed to the public."
    )
    assert _terms(lexicon, text) == [("individual_sentence", "treason", "a 66-year-old man", 11.0)]


def test_a_title_that_tells_of_no_sentence_gives_no_charge(lexicon: Lexicon) -> None:
    text = (
        "Treason investigations multiply in the border regions\n"
        "The regional court has sentenced a 66-year-old man to 11 years in a strict-regime "
        "colony."
    )
    assert _terms(lexicon, text) == [("individual_sentence", None, "a 66-year-old man", 11.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Treason carries 12 to 20 years behind bars and in some cases a life term.",
        "Treason is punishable by twelve to twenty years in prison, and in the gravest cases "
        "by a life term.",
    ],
)
def test_life_in_a_later_clause_joins_the_range(lexicon: Lexicon, text: str) -> None:
    assert _ranges(lexicon, text) == [("treason", 12.0, 20.0, True)]


def test_life_for_another_offence_stays_apart(lexicon: Lexicon) -> None:
    text = (
        "Treason is punishable by twelve to twenty years in prison, while sabotage can bring life."
    )
    assert _ranges(lexicon, text) == [
        ("treason", 12.0, 20.0, False),
        ("sabotage", None, None, True),
    ]
