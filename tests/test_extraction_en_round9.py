"""English extraction, ninth round (issue 10): the phrasing categories the first score of
en-heldout22 showed, each in sentences written for these tests (none is in a key), with
the traps that must stay out."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kgbuild.extraction.scoring import score_key
from tests.test_extraction_en import _count, _enactment, _penalty, _year
from tests.test_extraction_en_passages import (
    KEYS,
    LEXICON,
    _expected,
    _extract,
    _sentence,
    _signatures,
)

# (name, published, text, expected claims)
PASSAGES: list[tuple[str, dt.date, str, list[dict[str, Any]]]] = [
    (
        "a tally after a colon: 'X, N; Y, M; Z, K'",
        dt.date(2023, 3, 1),
        "Guilty verdicts by charge in 2022, according to court data: sabotage, 46; treason, "
        "71; espionage, 9.",
        [
            _count("sabotage", 46, *_year(2022)),
            _count("treason", 71, *_year(2022)),
            _count("espionage", 9, *_year(2022)),
        ],
    ),
    (
        "a tally without commas: 'X N; Y M'",
        dt.date(2025, 3, 1),
        "Last year's convictions break down as follows: treason 230; espionage 48; sabotage 95.",
        [
            _count("treason", 230, *_year(2024)),
            _count("espionage", 48, *_year(2024)),
            _count("sabotage", 95, *_year(2024)),
        ],
    ),
    (
        "a tally after a count with its verb: 'convicted N of X; M for Y; and K for Z'",
        dt.date(2024, 3, 1),
        "Garrison courts convicted 1,200 soldiers of going AWOL in 2023; 260 for desertion; "
        "and 31 for voluntary surrender.",
        [
            _count("leaving_a_unit_without_leave", 1200, *_year(2023)),
            _count("desertion", 260, *_year(2023)),
            _count("voluntary_surrender", 31, *_year(2023)),
        ],
    ),
    (
        "a tally whose items are figures before bare offences: 'N X; M Y'",
        dt.date(2024, 8, 1),
        "Between January and June the courts delivered 120 guilty verdicts for treason; 26 "
        "espionage; 14 confidential cooperation.",
        [
            _count("treason", 120, "2024-01-01", "2024-06-30"),
            _count("espionage", 26, "2024-01-01", "2024-06-30"),
            _count("confidential_cooperation", 14, "2024-01-01", "2024-06-30"),
        ],
    ),
    (
        "trap: terms listed by offence the same way are no counts",
        dt.date(2025, 3, 1),
        "Average terms for those convicted in 2024: treason, 14; espionage, 13; sabotage, 11.",
        [],
    ),
    (
        "trap: people charged, listed by offence",
        dt.date(2025, 3, 1),
        "Prosecutors charged 40 people with treason last year; 12, espionage; and 5, sabotage. "
        "None of them has been convicted yet.",
        [],
    ),
    (
        "trap: penalties listed by offence",
        dt.date(2025, 3, 1),
        "For those convicted, the ceilings differ: treason, 20; espionage, 20; disclosure of "
        "state secrets, 4.",
        [],
    ),
    (
        "an offence said with a verb: 'troops who voluntarily surrender'",
        dt.date(2023, 5, 10),
        "Troops who voluntarily surrender can be jailed for three to ten years, and those "
        "who surrender voluntarily a second time face the same.",
        [_penalty("voluntary_surrender", 3, 10)],
    ),
    (
        "an offence said with a verb: 'betraying the state'",
        dt.date(2024, 5, 10),
        "Anyone found guilty of betraying the state now risks life imprisonment.",
        [_penalty("treason", None, None, life=True)],
    ),
    (
        "trap: 'the first life terms' are terms handed down, not a second range",
        dt.date(2023, 6, 1),
        "Treason has carried life imprisonment since April, and defence lawyers expect the "
        "first life sentences by the end of the year.",
        [_penalty("treason", None, None, life=True)],
    ),
    (
        "trap: an article introduced for one offence dates no other offence 'now' punished",
        dt.date(2023, 2, 1),
        "The new article on confidential cooperation, introduced in July, carries three to "
        "eight years. Treason is now punishable by 12 to 20 years.",
        [
            _enactment("confidential_cooperation", "2022-07"),
            _penalty("confidential_cooperation", 3, 8),
            _penalty("treason", 12, 20),
        ],
    ),
    (
        "a list of counts 'in X cases': 'N people in X cases, M in Y cases and K in Z'",
        dt.date(2023, 8, 15),
        "In the first half of 2023 judges convicted 97 people in treason cases, 23 in "
        "espionage cases and eight in cases of sabotage, the court department reported.",
        [
            _count("treason", 97, "2023-01-01", "2023-06-30"),
            _count("espionage", 23, "2023-01-01", "2023-06-30"),
            _count("sabotage", 8, "2023-01-01", "2023-06-30"),
        ],
    ),
    (
        "trap: an elided item 'in' a place is no count of its own",
        dt.date(2024, 2, 1),
        "Courts convicted 140 people of sabotage in 2023, 35 in the border regions and 12 in "
        "Crimea.",
        [_count("sabotage", 140, *_year(2023))],
    ),
    (
        "a law dated by its weekday: 'Saturday's law'",
        dt.date(2024, 12, 30),
        "Saturday's law adds assistance to the enemy to the Criminal Code, punishable by ten to 20 "
        "years in prison.",
        [
            _enactment("assistance_to_the_enemy", "2024-12-28"),
            _penalty("assistance_to_the_enemy", 10, 20),
        ],
    ),
    (
        "a person with an age in apposition: 'A former teacher, 58, was jailed for N years'",
        dt.date(2024, 9, 20),
        "A former teacher, 58, was jailed for 11 years for espionage on Thursday.",
        [_sentence("espionage", 11)],
    ),
    (
        "a subject after a lead-in: 'Later that week a courier was jailed for N years'",
        dt.date(2024, 9, 20),
        "Later that week a courier from Bryansk was sentenced to 16 years for sabotage.",
        [_sentence("sabotage", 16)],
    ),
    (
        "'found a X guilty ... and sentenced her to N years': the person described before",
        dt.date(2024, 9, 20),
        "A regional court found a pharmacist guilty of treason and sentenced her to 12 years.",
        [_sentence("treason", 12)],
    ),
    (
        "an object with a place: 'gave a 20-year-old conscript from Omsk N years'",
        dt.date(2024, 9, 20),
        "The garrison court gave a 20-year-old conscript from Omsk six years for desertion.",
        [_sentence("desertion", 6)],
    ),
    (
        "trap: a term someone else reports of a person is not read from the reporter",
        dt.date(2024, 9, 20),
        "Prosecutors, who had asked for 18 years, said they would appeal.",
        [],
    ),
    (
        "a span 'since the outbreak of the war in MONTH YEAR' starts in the month stated",
        dt.date(2024, 10, 1),
        "Since the outbreak of the war in February 2022, courts have convicted at least 95 "
        "people of sabotage.",
        [_count("sabotage", 95, "2022-02-01", "2024-10-01", q="at_least")],
    ),
    (
        "'N people convicted under it' counts the article named before, not the charge after",
        dt.date(2025, 2, 1),
        "Article 280.4 covers public calls against state security. Of the 64 people sentenced "
        "under it in 2024, a third were also convicted of justifying terrorism.",
        [_count("calls_against_state_security", 64, *_year(2024))],
    ),
    (
        "'since the penalty was introduced in YEAR': an enactment of the offence before",
        dt.date(2025, 3, 3),
        "A military court jailed a former sergeant for life for sabotage on Friday. Few such "
        "terms have been handed down since the penalty was introduced in 2023.",
        [
            {"kind": "individual_sentence", "offence": "sabotage", "life": True},
            _enactment("sabotage", "2023"),
        ],
    ),
    (
        "trap: an undated 'after the penalty was introduced' is no enactment",
        dt.date(2025, 3, 3),
        "Treason carries life imprisonment. The first such term came a year after the penalty "
        "was introduced.",
        [_penalty("treason", None, None, life=True)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [(p, t, e) for _, p, t, e in PASSAGES],
    ids=[c[0] for c in PASSAGES],
)
def test_round9_categories(published: dt.date, text: str, expected: list[dict[str, Any]]) -> None:
    assert _signatures(_extract(text, published)) == _expected(expected)


@pytest.mark.parametrize(
    ("key", "precision", "recall"),
    [
        # first score P 0.88 R 0.53 (blind); its categories then fixed with the passages
        # above: a floor, which measures nothing unseen
        ("en-heldout22.yaml", 0.95, 0.88),
    ],
)
def test_ninth_round_keys_score(key: str, precision: float, recall: float) -> None:
    score = score_key(KEYS / key, LEXICON)
    total = score.by_language()["en"]
    assert total.precision is not None and total.precision >= precision, score.extra
    assert total.recall is not None and total.recall >= recall, score.missed
