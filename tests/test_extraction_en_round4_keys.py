"""English extraction, fourth round (issue 10): imposed sentences in the wordings the
round added, and the scores of the round's answer keys (floors against regressions; the
first blind scores are in the commits that added the keys and in README.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.extraction.scoring import score_key
from tests.test_extraction_en_passages import KEYS, LEXICON, _extract

# ---------------------------------------------------------------------------- the keys


@pytest.mark.parametrize(
    ("key", "precision", "recall"),
    [
        # tuned on: floors against regressions
        ("en-dev4.yaml", 0.95, 0.95),
        # first score P 0.57 R 0.33 (blind); a dev key since round 4
        ("en-heldout6.yaml", 0.95, 0.7),
        # first scores P 0.89 R 0.65 and P 0.87 R 0.68 (blind); then fixed as categories, so
        # these floors guard against regressions and measure nothing unseen
        ("en-heldout7.yaml", 0.95, 0.9),
        ("en-heldout8.yaml", 0.95, 0.95),
        # first score P 0.71 R 0.56 (blind, after every other change); then fixed likewise
        ("en-heldout9.yaml", 0.95, 0.9),
    ],
)
def test_fourth_round_keys_score(key: str, precision: float, recall: float) -> None:
    score = score_key(KEYS / key, LEXICON)
    total = score.by_language()["en"]
    assert total.precision is not None and total.precision >= precision, score.extra
    assert total.recall is not None and total.recall >= recall, score.missed


# (name, published, text, (offence, years)) for imposed sentences
SENTENCES: list[tuple[str, dt.date, str, tuple[str | tuple[str, ...], float]]] = [
    (
        "jailed the described person",
        dt.date(2024, 7, 10),
        "A court in Kazan jailed the 52-year-old chemist for 12 years on treason charges.",
        ("treason", 12),
    ),
    (
        "was given N years in a colony",
        dt.date(2024, 7, 10),
        "Sergei Volkov, 36, was given 11 years in a high-security colony for spying.",
        ("espionage", 11),
    ),
    (
        "an imposed term 'for X and for Y' is for both",
        dt.date(2024, 4, 12),
        "A court in Perm has sentenced a local teacher to seven years for justifying terrorism "
        "and for rehabilitating Nazism.",
        (("justification_of_terrorism", "rehabilitation_of_nazism"), 7),
    ),
    (
        "gave the activist N years",
        dt.date(2024, 7, 10),
        "The judge gave the blogger six years for justifying terrorism.",
        ("justification_of_terrorism", 6),
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [(p, t, e) for _, p, t, e in SENTENCES],
    ids=[c[0] for c in SENTENCES],
)
def test_round4_imposed_sentences(
    published: dt.date, text: str, expected: tuple[str | tuple[str, ...], float]
) -> None:
    found = [
        (c.offence, c.sentence_years)
        for c in _extract(text, published)
        if c.kind == "individual_sentence"
    ]
    assert found == [expected]
