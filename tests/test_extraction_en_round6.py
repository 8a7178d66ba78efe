"""English extraction, sixth round (issue 10): the phrasing categories the first score of
en-heldout13 showed, each in sentences written for these tests (none is in a key), with
the traps that must stay out; and the round's dev key."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kgbuild.extraction.scoring import score_key
from tests.test_extraction_en import _count, _penalty, _year
from tests.test_extraction_en_passages import KEYS, LEXICON, _expected, _extract, _signatures

# (name, published, text, expected claims)
PASSAGES: list[tuple[str, dt.date, str, list[dict[str, Any]]]] = [
    (
        "'Of these, N were convicted': offence and period of the group before",
        dt.date(2025, 1, 20),
        "In 2022 border guards detained 64 people on suspicion of treason. Of these, 19 were "
        "convicted within the year.",
        [_count("treason", 19, *_year(2022))],
    ),
    (
        "'convicted N of them' after a group counted since a month",
        dt.date(2024, 11, 5),
        "Police have arrested at least 90 teenagers for sabotage since March 2024. Judges "
        "have convicted 27 of them.",
        [_count("sabotage", 27, "2024-03-01", "2024-11-05")],
    ),
    (
        "'have already been found guilty' with a partitive start",
        dt.date(2025, 6, 1),
        "In 2024 the security service detained 33 suspected spies. Of them, 12 have already "
        "been found guilty of espionage.",
        [_count("espionage", 12, *_year(2024))],
    ),
    (
        "trap: a part of people already convicted is no new count",
        dt.date(2024, 5, 1),
        "A court in Perm jailed 14 men for sabotage in 2023. Ten of them got more than 12 years.",
        [_count("sabotage", 14, *_year(2023))],
    ),
    (
        "trap: 'one of them' and 'every one of them' are people, not counts",
        dt.date(2024, 5, 1),
        "Police detained 40 people on suspicion of espionage in March. One of them was a "
        "teacher. Every one of them denies the charge.",
        [],
    ),
    (
        "'N fewer than a year earlier': the year before is the comparison, not the period",
        dt.date(2025, 2, 1),
        "Courts convicted 51 people of espionage in 2024. Another 23 were convicted of "
        "disclosing state secrets, four more than a year earlier.",
        [
            _count("espionage", 51, *_year(2024)),
            _count("disclosure_of_state_secrets", 23, *_year(2024)),
        ],
    ),
    (
        "'a third more than in 2023' keeps the count in its own year",
        dt.date(2025, 2, 1),
        "Courts convicted 44 people of desertion in 2024, a third more than in 2023.",
        [_count("desertion", 44, *_year(2024))],
    ),
    (
        "a group offence inside a narrower wording gives way to the article named",
        dt.date(2024, 3, 1),
        "Under Article 283.1, a person who gets hold of state secrets by bribery faces up to "
        "four years in prison.",
        [_penalty("illegal_obtaining_of_state_secrets", None, 4)],
    ),
    (
        "trap: a group offence named on its own stays the group",
        dt.date(2024, 3, 1),
        "Courts convicted 17 people of state secrets offences in 2023.",
        [_count("state_secrets", 17, *_year(2023))],
    ),
    (
        "'under it' takes the article of the sentence before",
        dt.date(2024, 3, 1),
        "Article 280.3 punishes repeated discrediting of the army with up to five years. "
        "Judges convicted 41 people under it in 2023.",
        [
            _penalty("discrediting_the_army", None, 5),
            _count("discrediting_the_army", 41, *_year(2023)),
        ],
    ),
    (
        "'N years remains the ceiling for X': the term before the ceiling word",
        dt.date(2024, 3, 1),
        "Even after the reform, eight years remains the ceiling for confidential cooperation.",
        [_penalty("confidential_cooperation", None, 8)],
    ),
    (
        "'the range for X is now A to B years, up from C to D'",
        dt.date(2024, 3, 1),
        "The range for espionage is now 10 to 20 years, up from 10 to 15 years before 2012.",
        [_penalty("espionage", 10, 20), _penalty("espionage", 10, 15)],
    ),
    (
        "trap: imposed terms 'ranging from' stay out",
        dt.date(2024, 3, 1),
        "In the espionage trial the terms handed to the defendants ranged from 11 to 16 "
        "years, and the range of sentences was wide.",
        [],
    ),
    (
        "a partitive count over an open span ends on the day of publication",
        dt.date(2024, 9, 20),
        "Since the start of the year police have charged 70 people with army fakes, a "
        "monitoring group says. Courts have convicted 26 of them.",
        [_count("army_fakes", 26, "2024-01-01", "2024-09-20")],
    ),
    (
        "a wording of the lexicon: losing classified documents",
        dt.date(2024, 3, 1),
        "Losing classified documents led to 4 convictions in 2023.",
        [_count("loss_of_secret_documents", 4, *_year(2023))],
    ),
    (
        "'the number of ... tripled in 2023, to N': a time before the new figure",
        dt.date(2024, 4, 1),
        "The number of people convicted of mercenarism tripled in 2023, to 45.",
        [_count("mercenarism", 45, *_year(2023))],
    ),
    (
        "trap: 'the number of ... fell in 2023 to a third' is no count",
        dt.date(2024, 4, 1),
        "The number of people convicted of mercenarism fell in 2023 to a third of the year before.",
        [],
    ),
    (
        "'If ..., it is punishable by': the offence of the sentence before",
        dt.date(2024, 4, 1),
        "Rehabilitation of Nazism carries up to three years. If it is done through the media, "
        "it is punishable by up to five years.",
        [
            _penalty("rehabilitation_of_nazism", None, 3),
            _penalty("rehabilitation_of_nazism", None, 5),
        ],
    ),
    (
        "trap: a condition before an imposed term stays out",
        dt.date(2024, 4, 1),
        "Espionage carries 10 to 20 years. If the appeal fails, it is likely that the "
        "engineer will serve 14 years.",
        [_penalty("espionage", 10, 20)],
    ),
    (
        "trap: a count under a kind of articles takes no offence from before",
        dt.date(2025, 2, 1),
        "Courts convicted 61 people of treason in 2024. Over the same period, 900 were "
        "convicted under the anti-terrorism articles.",
        [_count("treason", 61, *_year(2024))],
    ),
    (
        "'the same offences' still refers back",
        dt.date(2025, 2, 1),
        "Courts convicted 61 people of treason in 2024. In total, 12 more were convicted of "
        "the same offences in absentia.",
        [_count("treason", 61, *_year(2024)), _count("treason", 12, *_year(2024))],
    ),
    (
        "a partitive count two sentences after its group's span",
        dt.date(2024, 8, 1),
        "Since the start of the year, 80 people have been charged with treason in Crimea. "
        "Half are women. Judges have convicted 31 of them.",
        [_count("treason", 31, "2024-01-01", "2024-08-01")],
    ),
    (
        "a comparison with a figure of its own still gives the baseline count",
        dt.date(2025, 2, 1),
        "Courts convicted 44 people of desertion in 2024, up from 30 in 2023, fewer than in "
        "2022. Desertion carries up to 15 years in wartime.",
        [
            _count("desertion", 44, *_year(2024)),
            _count("desertion", 30, *_year(2023)),
            _penalty("desertion", None, 15),
        ],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [(p, t, e) for _, p, t, e in PASSAGES],
    ids=[c[0] for c in PASSAGES],
)
def test_round6_categories(published: dt.date, text: str, expected: list[dict[str, Any]]) -> None:
    assert _signatures(_extract(text, published)) == _expected(expected)


@pytest.mark.parametrize(
    ("key", "precision", "recall"),
    [
        # tuned on: a floor against regressions
        ("en-dev6.yaml", 0.95, 0.95),
        # first score P 0.76 R 0.52 (blind; key corrected to the aggravated-range
        # convention); misses then fixed only as categories on en-dev6, so this floor
        # guards against regressions and measures nothing unseen
        ("en-heldout13.yaml", 0.95, 0.78),
        # first score P 0.89 R 0.77 (blind, after every change of the round, conventions
        # corrected before any code change): a floor
        ("en-heldout14.yaml", 0.85, 0.75),
    ],
)
def test_sixth_round_keys_score(key: str, precision: float, recall: float) -> None:
    score = score_key(KEYS / key, LEXICON)
    total = score.by_language()["en"]
    assert total.precision is not None and total.precision >= precision, score.extra
    assert total.recall is not None and total.recall >= recall, score.missed
