"""English extraction, fifth round (issue 10): the phrasing categories the first score of
en-heldout10 showed, each in sentences written for these tests (none is in a key), with
the traps that must stay out; and the round's dev key."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kgbuild.extraction.scoring import score_key
from tests.test_extraction_en import _count, _enactment, _penalty, _year
from tests.test_extraction_en_passages import KEYS, LEXICON, _expected, _extract, _signatures

# (name, published, text, (offence, years)) for imposed sentences
SENTENCES: list[tuple[str, dt.date, str, tuple[str | tuple[str, ...], float]]] = [
    (
        "gave an indefinite person N years",
        dt.date(2025, 3, 4),
        "A court in Pskov gave a retired colonel nine years for disclosing state secrets.",
        ("disclosure_of_state_secrets", 9),
    ),
    (
        "handed an N-year term to a described person",
        dt.date(2025, 3, 4),
        "The garrison court handed an 18-year term to a mechanic from Kursk for sabotage.",
        ("sabotage", 18),
    ),
    (
        "a weekday between 'sentenced' and 'to': the subject named before is the person",
        dt.date(2025, 3, 4),
        "Lawyers for Denis Markov appealed at once. He was sentenced on Friday to 13 years "
        "for espionage.",
        ("espionage", 13),
    ),
    (
        "'he' after a sentence describing one unnamed person",
        dt.date(2025, 3, 4),
        "The trial of the young programmer took place behind closed doors. He was sentenced "
        "on Thursday to 11 years for espionage.",
        ("espionage", 11),
    ),
    (
        "'last week' between 'sentenced' and 'to'",
        dt.date(2025, 3, 4),
        "A former engineer was sentenced last week to eight years for confidential "
        "cooperation with a foreign state.",
        ("confidential_cooperation", 8),
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [(p, t, e) for _, p, t, e in SENTENCES],
    ids=[c[0] for c in SENTENCES],
)
def test_round5_imposed_sentences(
    published: dt.date, text: str, expected: tuple[str | tuple[str, ...], float]
) -> None:
    found = [
        (c.offence, c.sentence_years)
        for c in _extract(text, published)
        if c.kind == "individual_sentence"
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a weekday in the object slot with no one named anywhere: no person, no claim
        "It was sentenced on Tuesday to five years for espionage.",
        # two described people before "he": no antecedent to choose
        "The student and the teacher were detained in May. He was sentenced to six years "
        "for sabotage.",
        # the requested term is not imposed
        "Prosecutors asked the court to give a local man 11 years for treason.",
    ],
)
def test_round5_imposed_sentence_traps(text: str) -> None:
    found = [c for c in _extract(text, dt.date(2025, 3, 4)) if c.kind == "individual_sentence"]
    assert found == []


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            dt.date(2023, 4, 30),
            "On Friday the president signed a raft of amendments that lift the maximum "
            "penalty for sabotage to 20 years.",
            [_enactment("sabotage", "2023-04-28")],
        ),
        (
            dt.date(2022, 12, 30),
            "Putin signed a series of laws on 29 December that raise the upper limit for "
            "mercenarism.",
            [_enactment("mercenarism", "2022-12-29")],
        ),
    ],
    ids=["signed a raft of amendments that lift the maximum", "a series of laws that raise"],
)
def test_round5_enactments(published: dt.date, text: str, expected: list[dict[str, str]]) -> None:
    found = [c for c in _extract(text, published) if c.kind == "enactment"]
    assert _signatures(found) == _expected(expected)


# (name, published, text, expected claims)
PASSAGES: list[tuple[str, dt.date, str, list[dict[str, Any]]]] = [
    (
        "baseline: a sentence opening 'That compares with N in YEAR' takes the figure before",
        dt.date(2025, 3, 2),
        "Courts found 130 people guilty of sabotage in 2024. That compares with 88 in 2023.",
        [_count("sabotage", 130, *_year(2024)), _count("sabotage", 88, *_year(2023))],
    ),
    (
        "baseline: 'This was down from N a year earlier'",
        dt.date(2025, 3, 2),
        "In 2024, 17 people were convicted of mercenarism. This was down from 21 a year earlier.",
        [_count("mercenarism", 17, *_year(2024)), _count("mercenarism", 21, *_year(2023))],
    ),
    (
        "baseline: 'in the same period a year earlier' keeps the figure's months",
        dt.date(2024, 10, 15),
        "In the first nine months of 2024, 45 people were convicted of espionage, compared "
        "with 30 in the same period a year earlier.",
        [
            _count("espionage", 45, "2024-01-01", "2024-09-30"),
            _count("espionage", 30, "2023-01-01", "2023-09-30"),
        ],
    ),
    (
        "baseline: 'the same period of YEAR, when the figure stood at N' in one sentence",
        dt.date(2024, 8, 1),
        "Courts convicted 66 people of treason in the first half of 2024, twice as many as in "
        "the same period of 2023, when the figure stood at 33.",
        [
            _count("treason", 66, "2024-01-01", "2024-06-30"),
            _count("treason", 33, "2023-01-01", "2023-06-30"),
        ],
    ),
    (
        "penalty: 'Until now the offence carried' takes the offence of the sentence before",
        dt.date(2023, 5, 2),
        "Espionage is now punishable by up to life. Until now the offence carried 10 to 20 years.",
        [_penalty("espionage", None, None, life=True), _penalty("espionage", 10, 20)],
    ),
    (
        "penalty: 'Previously, the crime ...' after a sentence naming the offence",
        dt.date(2023, 5, 2),
        "Mercenarism now carries up to 15 years. Previously, the crime was punishable by up "
        "to eight years.",
        [_penalty("mercenarism", None, 15), _penalty("mercenarism", None, 8)],
    ),
    (
        "penalty: 'Milder forms carry up to N years': a lesser form of the offence before",
        dt.date(2023, 5, 2),
        "Discrediting the army repeatedly can bring up to five years. Milder forms carry up "
        "to two years.",
        [_penalty("discrediting_the_army", None, 5), _penalty("discrediting_the_army", None, 2)],
    ),
    (
        "penalty: 'can now bring up to N years' is statutory",
        dt.date(2023, 5, 2),
        "Desertion can now bring up to 15 years in prison.",
        [_penalty("desertion", None, 15)],
    ),
    (
        "trap: 'Minor offences carry fines' gives no range",
        dt.date(2023, 5, 2),
        "Treason is punishable by life imprisonment. Minor offences carry fines of 5,000 roubles.",
        [_penalty("treason", None, None, life=True)],
    ),
    (
        "lists: 'along with N convicted of Y' is an item of the count before",
        dt.date(2025, 2, 1),
        "In 2024, 57 people were convicted of espionage, along with 14 convicted of "
        "confidential cooperation with a foreign state.",
        [
            _count("espionage", 57, *_year(2024)),
            _count("confidential_cooperation", 14, *_year(2024)),
        ],
    ),
    (
        "lists: an attribution aside between the items keeps the list",
        dt.date(2025, 2, 1),
        "Courts convicted 57 people of espionage in 2024, the court department reported, and "
        "14 of desertion.",
        [_count("espionage", 57, *_year(2024)), _count("desertion", 14, *_year(2024))],
    ),
    (
        "respectively: 'the two numbers were A and B' takes the offences counted just before",
        dt.date(2025, 2, 1),
        "In 2024, 57 people were convicted of espionage and 14 of desertion. In 2022 the two "
        "numbers were 20 and 5 respectively.",
        [
            _count("espionage", 57, *_year(2024)),
            _count("desertion", 14, *_year(2024)),
            _count("espionage", 20, *_year(2022)),
            _count("desertion", 5, *_year(2022)),
        ],
    ),
    (
        "trap: 'the figures were A and B respectively' after a single count takes nothing",
        dt.date(2025, 2, 1),
        "In 2024, 57 people were convicted of espionage. In 2022 the figures were 20 and 5 "
        "respectively.",
        [_count("espionage", 57, *_year(2024))],
    ),
    (
        "trap: people sentenced after cases opened are convictions, not an item of the cases",
        dt.date(2025, 2, 1),
        "In 2024 at least 40 criminal cases of espionage were opened and 30 people sentenced "
        "for desertion.",
        [
            _count("espionage", 40, *_year(2024), q="at_least", kind="case_count"),
            _count("desertion", 30, *_year(2024)),
        ],
    ),
    (
        "trap: one figure for X 'or of <doing>' a charge no label names gives no count",
        dt.date(2024, 2, 1),
        "In 2023, courts convicted some 350 people of discrediting the army or of insulting "
        "officials online.",
        [],
    ),
    (
        "'or of <doing> it' names the same offence again: the count stays",
        dt.date(2024, 2, 1),
        "In 2023, courts convicted 75 people of rehabilitating Nazism or of approving it.",
        [_count("rehabilitation_of_nazism", 75, *_year(2023))],
    ),
    (
        "trap: 'That compares with' after a sentence with no count of ours takes nothing",
        dt.date(2025, 3, 2),
        "Courts found 130 people guilty of sabotage in 2024. Police held 900 people at "
        "rallies. That compares with 400 in 2023.",
        [_count("sabotage", 130, *_year(2024))],
    ),
    (
        "trap: a comparison sentence naming another offence is not a baseline",
        dt.date(2025, 3, 2),
        "Courts found 130 people guilty of sabotage in 2024. That compares with 12 cases of "
        "desertion in 2023.",
        [_count("sabotage", 130, *_year(2024))],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [(p, t, e) for _, p, t, e in PASSAGES],
    ids=[c[0] for c in PASSAGES],
)
def test_round5_categories(published: dt.date, text: str, expected: list[dict[str, Any]]) -> None:
    assert _signatures(_extract(text, published)) == _expected(expected)


@pytest.mark.parametrize(
    ("key", "precision", "recall"),
    [
        # tuned on: a floor against regressions
        ("en-dev5.yaml", 0.95, 0.9),
        # first score P 0.87 R 0.56 (blind); misses then fixed only as categories on
        # en-dev5, so this floor guards against regressions and measures nothing unseen
        ("en-heldout10.yaml", 0.9, 0.65),
        # first score P 1.00 R 0.60 (blind, after every change of the round): a floor
        ("en-heldout11.yaml", 0.95, 0.55),
    ],
)
def test_fifth_round_keys_score(key: str, precision: float, recall: float) -> None:
    score = score_key(KEYS / key, LEXICON)
    total = score.by_language()["en"]
    assert total.precision is not None and total.precision >= precision, score.extra
    assert total.recall is not None and total.recall >= recall, score.missed
