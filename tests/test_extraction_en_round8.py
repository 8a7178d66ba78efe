"""English extraction, eighth round (issue 10): the phrasing categories the first score of
en-heldout20 showed, each in sentences written for these tests (none is in a key), with
the traps that must stay out."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kgbuild.extraction.scoring import score_key
from tests.test_extraction_en import _count, _enactment, _penalty, _year
from tests.test_extraction_en_passages import KEYS, LEXICON, _expected, _extract, _signatures

# (name, published, text, expected claims)
PASSAGES: list[tuple[str, dt.date, str, list[dict[str, Any]]]] = [
    (
        "a shared verb: 'found N guilty of X in YEAR and M guilty of Y'",
        dt.date(2025, 2, 1),
        "Garrison courts found 940 soldiers guilty of desertion in 2023 and 210 guilty of "
        "voluntary surrender.",
        [
            _count("desertion", 940, *_year(2023)),
            _count("voluntary_surrender", 210, *_year(2023)),
        ],
    ),
    (
        "a shared verb: 'found N people guilty of X ... and M guilty of doing it'",
        dt.date(2025, 2, 1),
        "Last year courts found 66 people guilty of spreading false information about the "
        "army and 130 guilty of discrediting it.",
        [
            _count("army_fakes", 66, *_year(2024)),
            _count("discrediting_the_army", 130, *_year(2024)),
        ],
    ),
    (
        "a shared verb: two counts with the same noun ('N X cases and M Y cases')",
        dt.date(2025, 2, 1),
        "The FSB opened 73 treason cases in 2024 and 25 sabotage cases, a regional "
        "prosecutor said.",
        [
            _count("treason", 73, *_year(2024), kind="case_count"),
            _count("sabotage", 25, *_year(2024), kind="case_count"),
        ],
    ),
    (
        "a shared verb: 'handed down N X sentences and M Y sentences'",
        dt.date(2024, 7, 1),
        "In 2023 judges handed down 212 treason sentences and 47 espionage sentences.",
        [_count("treason", 212, *_year(2023)), _count("espionage", 47, *_year(2023))],
    ),
    (
        "trap: the second count with the same noun has a verb of its own",
        dt.date(2025, 2, 1),
        "Investigators opened 40 treason cases in 2024 and closed 12 cases for lack of evidence.",
        [_count("treason", 40, *_year(2024), kind="case_count")],
    ),
    (
        "trap: 'guilty' after a number that is an age or a term",
        dt.date(2025, 2, 1),
        "Courts found 30 people guilty of espionage in 2024; 18 of them were under 30, and "
        "the youngest found guilty was 19.",
        [_count("espionage", 30, *_year(2024))],
    ),
    (
        "a part without a verb: 'The biggest share, N, were for X; M were for Y'",
        dt.date(2025, 2, 1),
        "Courts convicted 860 people of treason, espionage and sabotage in 2024. The "
        "biggest share, 512, were for treason; 190 were for sabotage.",
        [
            _count(["espionage", "sabotage", "treason"], 860, *_year(2024)),
            _count("treason", 512, *_year(2024)),
            _count("sabotage", 190, *_year(2024)),
        ],
    ),
    (
        "a part without a verb: 'X made up the bulk, N of them; Y accounted for M'",
        dt.date(2025, 2, 1),
        "Judges passed 300 verdicts under the treason and espionage articles last year. "
        "Treason made up the bulk, 251 of them; espionage accounted for 49.",
        [
            _count(["espionage", "treason"], 300, *_year(2024)),
            _count("treason", 251, *_year(2024)),
            _count("espionage", 49, *_year(2024)),
        ],
    ),
    (
        "a part without a verb: two parts in one clause, paired in order",
        dt.date(2025, 2, 1),
        "In 2023 courts convicted 240 people of treason, espionage and sabotage. Of these, "
        "150 were for treason and 61 for sabotage.",
        [
            _count(["espionage", "sabotage", "treason"], 240, *_year(2023)),
            _count("treason", 150, *_year(2023)),
            _count("sabotage", 61, *_year(2023)),
        ],
    ),
    (
        "trap: ages, terms and parts that are no offence stay out",
        dt.date(2025, 2, 1),
        "Courts convicted 200 people of treason and espionage in 2023. The majority, 120, "
        "were sentenced to more than 15 years; most were aged 25 to 40. Of them, 14 were "
        "for attempts and 9 were women.",
        [_count(["espionage", "treason"], 200, *_year(2023))],
    ),
    (
        "a penalty said of 'it' after the sentence naming the offence",
        dt.date(2024, 5, 1),
        "Article 283 punishes disclosing state secrets by someone entrusted with them. It "
        "prescribes up to four years in prison.",
        [_penalty("disclosure_of_state_secrets", None, 4)],
    ),
    (
        "a penalty said of 'it' with 'provides for' and a range",
        dt.date(2024, 5, 1),
        "Voluntary surrender became a separate crime under Article 352.1. It provides for "
        "three to ten years.",
        [_penalty("voluntary_surrender", 3, 10)],
    ),
    (
        "trap: 'it provides for' with no penalty after it",
        dt.date(2024, 5, 1),
        "Espionage is defined in Article 276. It provides for the transfer of secrets by "
        "foreigners only, in contrast to Article 275, which covers 2 groups of people.",
        [],
    ),
    (
        "an enactment anchor: 'the provision added in YEAR'",
        dt.date(2025, 3, 1),
        "The court jailed the pilot for life for treason under the provision added in 2023.",
        [
            _enactment("treason", "2023"),
            {"kind": "individual_sentence", "offence": "treason", "life": True},
        ],
    ),
    (
        "an enactment anchor: 'the article ... was added in MONTH YEAR'",
        dt.date(2025, 3, 1),
        "The article punishing confidential cooperation with a foreign state was added in "
        "July 2022.",
        [_enactment("confidential_cooperation", "2022-07")],
    ),
    (
        "trap: 'added' of something that is no provision",
        dt.date(2025, 3, 1),
        "Prosecutors added espionage to the charges in 2024, and five more names were added "
        "in March.",
        [],
    ),
    (
        "a law voted then signed: the signature dates it",
        dt.date(2022, 7, 16),
        "Deputies voted last month to create an article on confidential cooperation, and "
        "the president signed the bill on Thursday.",
        [_enactment("confidential_cooperation", "2022-07-14")],
    ),
    (
        "trap: 'passed N verdicts' is no enactment",
        dt.date(2025, 2, 1),
        "In 2024 military courts passed 96 verdicts in desertion cases.",
        [_count("desertion", 96, *_year(2024))],
    ),
    (
        "figures again with a time phrase: 'the figures for the same half-year were A and B'",
        dt.date(2024, 9, 1),
        "Courts convicted 88 people of treason and 21 of espionage in the first half of "
        "2024. A year earlier, the figures for the same half-year were 40 and 13.",
        [
            _count("treason", 88, "2024-01-01", "2024-06-30"),
            _count("espionage", 21, "2024-01-01", "2024-06-30"),
            _count("treason", 40, "2023-01-01", "2023-06-30"),
            _count("espionage", 13, "2023-01-01", "2023-06-30"),
        ],
    ),
    (
        "a figure that 'had passed' or 'exceeded' a number: more than it",
        dt.date(2025, 6, 1),
        "In 2016 courts convicted 9 people of sabotage. By 2024 the annual sabotage total "
        "had exceeded 170.",
        [
            _count("sabotage", 9, *_year(2016)),
            _count("sabotage", 170, *_year(2024), q="more_than"),
        ],
    ),
    (
        "trap: a figure past a sum of money or an age is no count",
        dt.date(2025, 6, 1),
        "In 2022 courts convicted 40 people of sabotage. In 2024 the fines total exceeded "
        "150 million roubles, and the youngest defendant's age had barely passed 18.",
        [_count("sabotage", 40, *_year(2022))],
    ),
    (
        "'the year' after a span 'since YEAR' is the year of publication",
        dt.date(2024, 12, 5),
        "Dozens of Ukrainian soldiers have been charged with terrorism since 2022, lawyers "
        "say. Courts sentenced 31 people for participating in a terrorist organisation in "
        "the first eleven months of the year.",
        [
            _count("terrorist_organisation_participation", 31, "2024-01-01", "2024-11-30"),
        ],
    ),
    (
        "'the year' after a year named alone stays that year",
        dt.date(2024, 12, 5),
        "In 2021 courts convicted 12 people of espionage. In the first half of the year, "
        "5 were convicted of treason.",
        [
            _count("espionage", 12, *_year(2021)),
            _count("treason", 5, "2021-01-01", "2021-06-30"),
        ],
    ),
    (
        "an old ceiling without a noun: 'before that the maximum was N years'",
        dt.date(2024, 3, 1),
        "Treason can now bring life imprisonment; before that the maximum was 20 years.",
        [_penalty("treason", None, None, life=True), _penalty("treason", None, 20)],
    ),
    (
        "trap: 'the maximum was' of an imposed term, with no offence",
        dt.date(2024, 3, 1),
        "The maximum was 12 years for the defendant, his lawyer argued, but the court gave him 14.",
        [],
    ),
    (
        "an enactment of 'the article' in reported speech ('and that the article ... was "
        "passed in MONTH YEAR')",
        dt.date(2024, 7, 1),
        "The teacher was convicted of confidential cooperation with a foreign state. Her "
        "lawyer said the trial had lasted a year, and that the article, which carries three "
        "to eight years, was introduced in July 2022.",
        [
            _penalty("confidential_cooperation", 3, 8),
            _enactment("confidential_cooperation", "2022-07"),
        ],
    ),
    (
        "a life term for one person with 'jailed ... for life'",
        dt.date(2024, 3, 1),
        "A court in Kaliningrad jailed a retired engineer for life for treason. A pensioner "
        "from Tver was jailed for life for espionage.",
        [
            {"kind": "individual_sentence", "offence": "treason", "life": True},
            {"kind": "individual_sentence", "offence": "espionage", "life": True},
        ],
    ),
    (
        "trap: 'jailed for life' said of the law's reach, with no one jailed",
        dt.date(2024, 3, 1),
        "No one has yet been jailed for life for espionage, lawyers say.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [(p, t, e) for _, p, t, e in PASSAGES],
    ids=[c[0] for c in PASSAGES],
)
def test_round8_categories(published: dt.date, text: str, expected: list[dict[str, Any]]) -> None:
    assert _signatures(_extract(text, published)) == _expected(expected)


@pytest.mark.parametrize(
    ("key", "precision", "recall"),
    [
        # first score P 0.84 R 0.74 (blind, 0.87/0.73 after the key's fix); its categories
        # then fixed with the passages above: a floor, which measures nothing unseen
        ("en-heldout20.yaml", 0.90, 0.80),
    ],
)
def test_eighth_round_keys_score(key: str, precision: float, recall: float) -> None:
    score = score_key(KEYS / key, LEXICON)
    total = score.by_language()["en"]
    assert total.precision is not None and total.precision >= precision, score.extra
    assert total.recall is not None and total.recall >= recall, score.missed
