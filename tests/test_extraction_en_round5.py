"""English extraction, fifth round (issue 10): the phrasing categories the first score of
en-heldout10 showed, each in sentences written for these tests (none is in a key), with
the traps that must stay out; and the round's dev key."""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.extraction.scoring import score_key
from tests.test_extraction_en import _enactment
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


@pytest.mark.parametrize(("key", "precision", "recall"), [("en-dev5.yaml", 0.95, 0.9)])
def test_fifth_round_keys_score(key: str, precision: float, recall: float) -> None:
    score = score_key(KEYS / key, LEXICON)
    total = score.by_language()["en"]
    assert total.precision is not None and total.precision >= precision, score.extra
    assert total.recall is not None and total.recall >= recall, score.missed
