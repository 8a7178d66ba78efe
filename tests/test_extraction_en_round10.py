"""English extraction, tenth round (issue 10): the phrasing categories the first score of
en-heldout24 showed, each in sentences written for these tests (none is in a key), with
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


def _life_sentence(offence: str) -> dict[str, Any]:
    return {"kind": "individual_sentence", "offence": offence, "life": True}


# (name, published, text, expected claims)
PASSAGES: list[tuple[str, dt.date, str, list[dict[str, Any]]]] = [
    (
        "a bare 'or life' after a range ends its clause: one range with life",
        dt.date(2024, 5, 1),
        "Under Article 281, sabotage carries ten to 20 years, or life.",
        [_penalty("sabotage", 10, 20, life=True)],
    ),
    (
        "'or by life' after a range in a sentence with a dash aside",
        dt.date(2024, 5, 1),
        "Espionage – a charge brought only against foreign nationals – is punishable by ten "
        "to 20 years or by life.",
        [_penalty("espionage", 10, 20, life=True)],
    ),
    (
        "trap: life 'if' a condition holds is an aggravated part's, not the range's",
        dt.date(2024, 5, 1),
        "Sabotage carries ten to 20 years, or life, if people were killed.",
        [_penalty("sabotage", 10, 20)],
    ),
    (
        "'X now carries life', then the old ceiling 'Before the change, ...'",
        dt.date(2024, 5, 1),
        "Espionage now carries life. Before the change, the longest term possible was 20 years.",
        [_penalty("espionage", None, None, life=True), _penalty("espionage", None, 20)],
    ),
    (
        "the old ceiling 'Previously the maximum term was N years' in the sentence after",
        dt.date(2023, 6, 1),
        "A law signed in April made treason punishable by life imprisonment. Previously the "
        "maximum term was 20 years.",
        [
            _enactment("treason", "2023-04"),
            _penalty("treason", None, None, life=True),
            _penalty("treason", None, 20),
        ],
    ),
    (
        "'Until then the harshest sentence a court could impose for it was N years'",
        dt.date(2023, 6, 1),
        "Since last year's amendments, sabotage is punishable by life. Until then the "
        "toughest penalty a judge could hand down for it was 15 years.",
        [_penalty("sabotage", None, None, life=True), _penalty("sabotage", None, 15)],
    ),
    (
        "trap: 'Previously' before an imposed term is no range",
        dt.date(2024, 2, 1),
        "Courts convicted 40 people of treason in 2023. Previously, most of the defendants had "
        "been sentenced to 12 years.",
        [_count("treason", 40, *_year(2023))],
    ),
    (
        "'Repeat offenders face up to N years': the repeat form of the offence before",
        dt.date(2024, 2, 1),
        "Courts convicted 52 people of discrediting the army in 2023. Repeat offenders face up "
        "to five years in prison.",
        [
            _count("discrediting_the_army", 52, *_year(2023)),
            _penalty("discrediting_the_army", None, 5),
        ],
    ),
    (
        "'became a criminal offence in MONTH YEAR' is an enactment",
        dt.date(2025, 1, 20),
        "Spreading fakes about the army became a criminal offence in March 2022, weeks after "
        "the invasion began.",
        [_enactment("army_fakes", "2022-03")],
    ),
    (
        "'became punishable by life in MONTH YEAR': an enactment and the range",
        dt.date(2024, 1, 20),
        "Sabotage became punishable by life in December 2022.",
        [_enactment("sabotage", "2022-12"), _penalty("sabotage", None, None, life=True)],
    ),
    (
        "trap: 'became a crime in YEAR' without its month stays no enactment (en.yaml)",
        dt.date(2025, 2, 20),
        "Public calls against state security became a crime in 2022 and carry up to seven years.",
        [_penalty("calls_against_state_security", None, 7)],
    ),
    (
        "a person with a possessive and an age in apposition: 'His co-defendant, 29,'",
        dt.date(2024, 3, 21),
        "A court in Kursk jailed a railway engineer for 15 years for treason. His co-defendant, "
        "31, received seven years for confidential cooperation.",
        [_sentence("treason", 15), _sentence("confidential_cooperation", 7)],
    ),
    (
        "a person with a participle aside takes the charge before ('the same charge')",
        dt.date(2024, 10, 10),
        "A military court jailed a 30-year-old mechanic for life for sabotage on Monday. Her "
        "brother, convicted on the same charge, got 18 years.",
        [_life_sentence("sabotage"), _sentence("sabotage", 18)],
    ),
    (
        "'In one of them, a student got N years': one of the cases counted before",
        dt.date(2024, 7, 2),
        "Investigators opened 212 sabotage cases in 2024. In one of them, a 17-year-old "
        "schoolboy got nine years for burning a signal box.",
        [_count("sabotage", 212, *_year(2024), kind="case_count"), _sentence("sabotage", 9)],
    ),
    (
        "trap: 'His lawyer' whose years are experience, after no count of cases",
        dt.date(2024, 7, 2),
        "His lawyer has worked on such trials for years.",
        [],
    ),
    (
        "a rise with the span it took: 'doubled over two years, from A in Y1 to B in Y2'",
        dt.date(2023, 3, 2),
        "Convictions for espionage tripled over three years, from 7 in 2019 to 21 in 2022.",
        [_count("espionage", 7, *_year(2019)), _count("espionage", 21, *_year(2022))],
    ),
    (
        "'rose more than fivefold in the past four years, from A in Y1 to B in Y2'",
        dt.date(2023, 3, 2),
        "The number of people convicted of treason rose more than fivefold in the past four "
        "years, from 9 in 2018 to 48 in 2022.",
        [_count("treason", 9, *_year(2018)), _count("treason", 48, *_year(2022))],
    ),
    (
        "cases sent on to court: 'sent M of them to court', 'M of them went to trial'",
        dt.date(2024, 7, 2),
        "The FSB opened 156 treason cases in 2023; 98 of them went to trial.",
        [
            _count("treason", 156, *_year(2023), kind="case_count"),
            _count("treason", 98, *_year(2023), kind="case_count"),
        ],
    ),
    (
        "'investigators referred M of these cases to court' in the sentence after",
        dt.date(2024, 7, 2),
        "Investigators opened 73 espionage cases last year. They have referred 41 of these "
        "cases to court so far.",
        [
            _count("espionage", 73, *_year(2023), kind="case_count"),
            _count("espionage", 41, *_year(2023), kind="case_count"),
        ],
    ),
    (
        "'prosecutors sent N treason cases to court in YEAR' is a case count",
        dt.date(2025, 2, 5),
        "In 2024, prosecutors sent 131 espionage cases to the courts.",
        [_count("espionage", 131, *_year(2024), kind="case_count")],
    ),
    (
        "trap: cases sent to prosecutors, and people of them, are no case count",
        dt.date(2025, 2, 5),
        "The FSB sent 30 sabotage cases to prosecutors in 2024. Courts convicted 25 people of "
        "sabotage that year; 20 of them went to trial in Moscow.",
        [_count("sabotage", 25, *_year(2024))],
    ),
    (
        "'rose to N in YEAR from M a year before': the earlier count, its period relative",
        dt.date(2025, 1, 15),
        "Convictions for rehabilitating Nazism climbed to 61 in 2024 from 44 the year before.",
        [
            _count("rehabilitation_of_nazism", 61, *_year(2024)),
            _count("rehabilitation_of_nazism", 44, *_year(2023)),
        ],
    ),
    (
        "'fell to N last year from M in YEAR'",
        dt.date(2025, 1, 15),
        "Espionage convictions fell to 33 last year from 47 in 2023, the court data show.",
        [_count("espionage", 33, *_year(2024)), _count("espionage", 47, *_year(2023))],
    ),
    (
        "trap: 'from' after a year before no figure of a period",
        dt.date(2025, 1, 15),
        "Courts convicted 58 people of treason in 2024 from 19 regions of the country.",
        [_count("treason", 58, *_year(2024))],
    ),
    (
        "a second offence of the same law: 'It also introduces criminal liability for X'",
        dt.date(2022, 7, 20),
        "The law signed on 14 July makes confidential cooperation with foreigners a crime. It "
        "also introduces liability for public calls against state security.",
        [
            _enactment("confidential_cooperation", "2022-07-14"),
            _enactment("calls_against_state_security", "2022-07-14"),
        ],
    ),
    (
        "'The law also establishes liability for X', 'It also makes X punishable'",
        dt.date(2022, 7, 20),
        "On 14 July Putin signed a law creating the offence of confidential cooperation. The "
        "same law also makes public calls against state security punishable.",
        [
            _enactment("confidential_cooperation", "2022-07-14"),
            _enactment("calls_against_state_security", "2022-07-14"),
        ],
    ),
    (
        "trap: a bill 'introducing liability' that was only submitted has no date",
        dt.date(2022, 5, 20),
        "A bill introducing liability for public calls against state security was submitted "
        "to the Duma.",
        [],
    ),
    (
        "a count for another offence after a total: 'Desertion added another 312'",
        dt.date(2025, 1, 28),
        "Courts convicted 4,120 servicemen of going absent without leave last year. Desertion "
        "added a further 265.",
        [
            _count("leaving_a_unit_without_leave", 4120, *_year(2024)),
            _count("desertion", 265, *_year(2024)),
        ],
    ),
    (
        "'X accounted for another N': the subject's offence, not the one after",
        dt.date(2025, 1, 28),
        "Treason convictions reached 231 in 2024. Espionage accounted for another 40, and "
        "sabotage for 75.",
        [
            _count("treason", 231, *_year(2024)),
            _count("espionage", 40, *_year(2024)),
        ],
    ),
    (
        "trap: 'added another N' said of the same offence, or of no offence",
        dt.date(2025, 1, 28),
        "Courts convicted 200 people of treason in 2024. The war added another 40 cases to the "
        "courts' load.",
        [_count("treason", 200, *_year(2024))],
    ),
    (
        "a law that 'created N new offences:' enacts the list after the colon",
        dt.date(2023, 1, 10),
        "The law Putin signed on 29 December created two new articles: assisting sabotage and "
        "organising a sabotage community.",
        [
            _enactment("assisting_sabotage", "2022-12-29"),
            _enactment("sabotage_community", "2022-12-29"),
        ],
    ),
    (
        "trap: a colon after a law that creates nothing new still ends the clause",
        dt.date(2023, 1, 10),
        "A law signed on 29 December raised the penalty for sabotage: treason and espionage "
        "are unaffected.",
        [_enactment("sabotage", "2022-12-29")],
    ),
    (
        "a subject with a noun phrase in apposition: 'A second man, a courier, was given'",
        dt.date(2024, 4, 16),
        "A court in Bryansk jailed a welder for 14 years for treason. Another defendant, a "
        "19-year-old student, was given eight years for confidential cooperation.",
        [_sentence("treason", 14), _sentence("confidential_cooperation", 8)],
    ),
    (
        "trap: a court in apposition is no sentenced person",
        dt.date(2024, 4, 16),
        "The court, a garrison tribunal, gave no reasons for the 12-year delay.",
        [],
    ),
    (
        "'Repeat X carries ...': the repeat form of an offence named before",
        dt.date(2025, 4, 22),
        "Courts convicted 96 people of discrediting the army in 2024. Repeat discrediting "
        "carries up to five years.",
        [
            _count("discrediting_the_army", 96, *_year(2024)),
            _penalty("discrediting_the_army", None, 5),
        ],
    ),
    (
        "an offence named by a pronoun object: 'leaking state secrets or obtaining them illegally'",
        dt.date(2024, 4, 3),
        "In 2023 courts convicted 41 people of leaking state secrets or obtaining them illegally.",
        [
            _count(
                ["disclosure_of_state_secrets", "illegal_obtaining_of_state_secrets"],
                41,
                *_year(2023),
            )
        ],
    ),
    (
        "trap: 'it' after a gerund that names no offence of the scheme",
        dt.date(2024, 4, 3),
        "Courts convicted 30 people of disclosing state secrets in 2023, finding it hard to "
        "keep up.",
        [_count("disclosure_of_state_secrets", 30, *_year(2023))],
    ),
    (
        "'convicted of such acts' takes the offence of the sentence before",
        dt.date(2025, 2, 1),
        "Spreading fakes about the army remains the commonest wartime charge. Last year 212 "
        "people were convicted of such acts.",
        [_count("army_fakes", 212, *_year(2024))],
    ),
    (
        "'For context, N were sentenced' after a sentence on one part of an article",
        dt.date(2024, 4, 3),
        "Part 2 of Article 275.1 covers confidential cooperation by officials. For context, "
        "52 people were sentenced in 2023.",
        [_count("confidential_cooperation", 52, *_year(2023))],
    ),
    (
        "trap: 'For comparison' before a charge of its own outside the scheme",
        dt.date(2024, 4, 3),
        "Courts convicted 30 people of treason in 2023. For comparison, 12 people were "
        "convicted of murder in the same region.",
        [_count("treason", 30, *_year(2023))],
    ),
    (
        "an offence said with a gerund and an adverb: 'secretly cooperating with foreigners'",
        dt.date(2025, 1, 10),
        "Last year 44 people were found guilty of confidentially cooperating with foreigners.",
        [_count("confidential_cooperation", 44, *_year(2024))],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [(p, t, e) for _, p, t, e in PASSAGES],
    ids=[c[0] for c in PASSAGES],
)
def test_round10_categories(published: dt.date, text: str, expected: list[dict[str, Any]]) -> None:
    assert _signatures(_extract(text, published)) == _expected(expected)


@pytest.mark.parametrize(
    ("key", "precision", "recall"),
    [
        # en-heldout24: first score P 0.86 R 0.62 (blind; P 0.90 R 0.67 with the key's fix);
        # its categories then fixed with the passages above; en-heldout22 and 23 (round 9)
        # gained from the same rules: floors, which measure nothing unseen
        ("en-heldout24.yaml", 1.0, 0.94),
        ("en-heldout23.yaml", 0.95, 1.0),
        ("en-heldout22.yaml", 0.97, 0.93),
        # en-heldout25: the round's fresh key, first score P 0.94 R 0.81 (no change after it)
        ("en-heldout25.yaml", 0.94, 0.8),
    ],
)
def test_tenth_round_keys_score(key: str, precision: float, recall: float) -> None:
    score = score_key(KEYS / key, LEXICON)
    total = score.by_language()["en"]
    assert total.precision is not None and total.precision >= precision, score.extra
    assert total.recall is not None and total.recall >= recall, score.missed
