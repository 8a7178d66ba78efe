"""English extraction, seventh round (issue 10): the phrasing categories the first score of
en-heldout15 showed, each in sentences written for these tests (none is in a key), with
the traps that must stay out."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kgbuild.extraction.scoring import score_key
from tests.test_extraction_en import _count, _enactment, _penalty, _year
from tests.test_extraction_en_passages import KEYS, LEXICON, _expected, _extract, _signatures


def _term(offences: list[str], years: float) -> dict[str, Any]:
    """One person's imposed term for several charges."""
    return {"kind": "individual_sentence", "offence": offences, "sentence_years": years}


# (name, published, text, expected claims)
PASSAGES: list[tuple[str, dt.date, str, list[dict[str, Any]]]] = [
    (
        "figures again: 'the corresponding figures were A and B' in the next sentence",
        dt.date(2025, 3, 1),
        "Last year judges convicted 77 people of treason and 15 of espionage. In 2022 the "
        "corresponding figures were 39 and 9.",
        [
            _count("treason", 77, *_year(2024)),
            _count("espionage", 15, *_year(2024)),
            _count("treason", 39, *_year(2022)),
            _count("espionage", 9, *_year(2022)),
        ],
    ),
    (
        "figures again: after a semicolon, three offences",
        dt.date(2024, 8, 1),
        "In 2023 courts found 61 people guilty of sabotage, 12 of desertion and 8 of "
        "mercenarism; in 2021 the respective numbers stood at 20, 5 and 2.",
        [
            _count("sabotage", 61, *_year(2023)),
            _count("desertion", 12, *_year(2023)),
            _count("mercenarism", 8, *_year(2023)),
            _count("sabotage", 20, *_year(2021)),
            _count("desertion", 5, *_year(2021)),
            _count("mercenarism", 2, *_year(2021)),
        ],
    ),
    (
        "figures again: 'under the same two articles', counts from two sentences",
        dt.date(2025, 1, 10),
        "Courts convicted 30 people of espionage in 2020. That year 14 were also convicted "
        "of disclosing state secrets. In 2024 the totals under the same two articles rose "
        "to 58 and 21.",
        [
            _count("espionage", 30, *_year(2020)),
            _count("disclosure_of_state_secrets", 14, *_year(2020)),
            _count("espionage", 58, *_year(2024)),
            _count("disclosure_of_state_secrets", 21, *_year(2024)),
        ],
    ),
    (
        "trap: corresponding figures with no time of their own, or percentages",
        dt.date(2025, 1, 10),
        "In 2024 courts convicted 40 people of treason and 10 of espionage. The "
        "corresponding figures were 30 and 8 in Moscow alone. The corresponding shares "
        "were 60 and 20 per cent.",
        [_count("treason", 40, *_year(2024)), _count("espionage", 10, *_year(2024))],
    ),
    (
        "trap: counts of one offence do not pair with 'the respective figures'",
        dt.date(2025, 1, 10),
        "In 2024 courts convicted 40 people of treason. In 2022 and 2023 the respective "
        "figures were 22 and 31.",
        [_count("treason", 40, *_year(2024))],
    ),
    (
        "an adverb before the verb of an elided offence ('and N of repeatedly discrediting it')",
        dt.date(2025, 1, 10),
        "In 2023, 150 people were convicted of spreading false information about the army "
        "and 41 of publicly discrediting it.",
        [
            _count("army_fakes", 150, *_year(2023)),
            _count("discrediting_the_army", 41, *_year(2023)),
        ],
    ),
    (
        "a time across a semicolon does not date the items before it",
        dt.date(2025, 1, 10),
        "In 2024, 88 people were convicted of treason and 19 of espionage; two years earlier "
        "there had been far fewer.",
        [_count("treason", 88, *_year(2024)), _count("espionage", 19, *_year(2024))],
    ),
    (
        "an article by number, then its group in a description: the offence is the article's",
        dt.date(2024, 10, 2),
        "Article 283 is the one prosecutors use against officials. It concerns people who "
        "reveal a state secret entrusted to them at work. The simple offence carries up to "
        "four years, and the article dates from 1996.",
        [_penalty("disclosure_of_state_secrets", None, 4)],
    ),
    (
        "'the offence' after a description that names only the group",
        dt.date(2024, 10, 2),
        "Under Article 283.1 it is a crime to obtain classified material by bribery or "
        "threats. Lawyers call it the least known of the state secrets offences. The "
        "offence was created in November 2012.",
        [_enactment("illegal_obtaining_of_state_secrets", "2012-11")],
    ),
    (
        "one term for several charges, one of them attempted",
        dt.date(2025, 3, 3),
        "A garrison court in Kaliningrad on Monday sentenced a 31-year-old sailor to 16 years "
        "for espionage, treason and attempted sabotage.",
        [_term(["espionage", "sabotage", "treason"], 16)],
    ),
    (
        "one term for two charges joined by 'and complicity in'",
        dt.date(2025, 3, 3),
        "Judges gave Pavel Orlov 13 years for espionage and complicity in treason.",
        [_term(["espionage", "treason"], 13)],
    ),
    (
        "a part of the total by an offence of its own ('N of them were for X')",
        dt.date(2025, 2, 14),
        "In 2024 military courts delivered 530 verdicts in cases of desertion and voluntary "
        "surrender. About 410 of them were for desertion.",
        [
            _count(["desertion", "voluntary_surrender"], 530, *_year(2024)),
            _count("desertion", 410, *_year(2024), q="about"),
        ],
    ),
    (
        "'Of these, N concerned X' and then 'N such verdicts' for the total's offences",
        dt.date(2025, 2, 14),
        "Since 2022 judges have issued 300 verdicts in espionage and treason cases. Of "
        "these, 48 concerned espionage. In 2024 alone there were 131 such verdicts.",
        [
            _count(["espionage", "treason"], 300, "2022-01-01", "2025-02-14"),
            _count("espionage", 48, "2022-01-01", "2025-02-14"),
            _count(["espionage", "treason"], 131, *_year(2024)),
        ],
    ),
    (
        "trap: a part by a feature, not an offence, and a part as large as the total",
        dt.date(2025, 2, 14),
        "In 2024 courts convicted 90 people of treason and espionage. 12 of them were for "
        "acts in occupied regions. All 90 of them were for treason and espionage.",
        [_count(["espionage", "treason"], 90, *_year(2024))],
    ),
    (
        "a dated law that names no offence, then 'X is now a crime' and 'Y will carry'",
        dt.date(2024, 12, 30),
        "On Saturday the president signed a package of amendments drafted by the security "
        "committee. Helping the enemy is now a crime for foreigners too. Sabotage will carry "
        "longer terms as well.",
        [
            _enactment("assistance_to_the_enemy", "2024-12-28"),
            _enactment("sabotage", "2024-12-28"),
        ],
    ),
    (
        "'put his signature to' a law dated by a day",
        dt.date(2023, 5, 2),
        "On 28 April Putin put his signature to a law that toughens the penalties for sabotage.",
        [_enactment("sabotage", "2023-04-28")],
    ),
    (
        "trap: 'now' in a count after a law that names no offence; an undated law",
        dt.date(2024, 12, 30),
        "Putin signed the amendments on Saturday. Courts have now convicted 40 people of "
        "espionage this year. Lawmakers signed off on other changes. Treason is now "
        "punishable by life.",
        [
            _count("espionage", 40, "2024-01-01", "2024-12-30"),
            _penalty("treason", None, None, life=True),
        ],
    ),
    (
        "a baseline dated by a part of a year ('compared with N in the first half of 2023')",
        dt.date(2024, 8, 20),
        "Military courts convicted 188 soldiers of desertion in the first half of 2024, "
        "against 52 in the first half of 2023.",
        [
            _count("desertion", 188, "2024-01-01", "2024-06-30"),
            _count("desertion", 52, "2023-01-01", "2023-06-30"),
        ],
    ),
    (
        "a baseline dated by nine months",
        dt.date(2024, 10, 20),
        "Courts found 75 people guilty of espionage in the first nine months of 2024, up "
        "from 49 in the first nine months of 2023.",
        [
            _count("espionage", 75, "2024-01-01", "2024-09-30"),
            _count("espionage", 49, "2023-01-01", "2023-09-30"),
        ],
    ),
    (
        "a list item after a source's aside ('..., according to X, along with N of Y')",
        dt.date(2025, 3, 10),
        "In 2024, 58 people were convicted of treason, according to the court's annual "
        "review, along with 13 convicted of espionage.",
        [_count("treason", 58, *_year(2024)), _count("espionage", 13, *_year(2024))],
    ),
    (
        "a figure for the same months a year back is a comparison: the next count keeps the "
        "main period",
        dt.date(2025, 8, 1),
        "Courts convicted 140 people of treason in the first half of 2025. A year earlier "
        "the figure for the same months had been 95. Sabotage accounted for another 60 "
        "convictions.",
        [
            _count("treason", 140, "2025-01-01", "2025-06-30"),
            _count("treason", 95, "2024-01-01", "2024-06-30"),
            _count("sabotage", 60, "2025-01-01", "2025-06-30"),
        ],
    ),
    (
        "'rose from N in YEAR to M' with the second year left out: the text's period",
        dt.date(2025, 4, 2),
        "Courts convicted 230 people of treason in 2024. Espionage verdicts climbed from 30 "
        "in 2023 to 52.",
        [
            _count("treason", 230, *_year(2024)),
            _count("espionage", 30, *_year(2023)),
            _count("espionage", 52, *_year(2024)),
        ],
    ),
    (
        "'rose from N in YEAR to M last year': the time after the second count",
        dt.date(2025, 4, 2),
        "Sabotage convictions went up from 19 in 2022 to 176 last year.",
        [_count("sabotage", 19, *_year(2022)), _count("sabotage", 176, *_year(2024))],
    ),
    (
        "trap: no later period to give the second count; a percentage",
        dt.date(2025, 4, 2),
        "Treason convictions rose from 60 in 2022 to 140. The share of closed trials rose "
        "from 80 in 2021 to 95 per cent.",
        [],
    ),
    (
        "a law that 'creates new offences', then the penalties of each",
        dt.date(2024, 1, 5),
        "On 29 December the president signed legislation that adds three new articles to "
        "the Criminal Code. Under one of them, evading the duties of a foreign agent is "
        "punishable by up to two years. Mercenarism carries up to 15 years, lawyers note.",
        [
            _enactment("foreign_agent_evasion", "2023-12-29"),
            _enactment("mercenarism", "2023-12-29"),
            _penalty("foreign_agent_evasion", None, 2),
            _penalty("mercenarism", None, 15),
        ],
    ),
    (
        "a law that names one offence, and 'the range for Y is now A to B' after it",
        dt.date(2023, 5, 3),
        "The law signed on 28 April 2023 made treason punishable by life. For sabotage the "
        "range is now 10 to 20 years.",
        [
            _enactment("treason", "2023-04-28"),
            _enactment("sabotage", "2023-04-28"),
            _penalty("treason", None, None, life=True),
            _penalty("sabotage", 10, 20),
        ],
    ),
    (
        "trap: a penalty after a law that creates no new offence is no enactment of it",
        dt.date(2024, 1, 5),
        "On 29 December the president signed legislation on confiscation. Espionage is "
        "punishable by 10 to 20 years.",
        [_penalty("espionage", 10, 20)],
    ),
    (
        "a described person with the age in apposition ('a retired chemist, 71, to 15 years')",
        dt.date(2024, 9, 12),
        "A court in Tomsk on Wednesday sentenced a retired chemist, 71, to 15 years for treason.",
        [_term(["treason"], 15)],
    ),
    (
        "'has given a <described person> N years'",
        dt.date(2024, 9, 12),
        "The Khabarovsk regional court has given a 29-year-old volunteer 12 years for treason.",
        [_term(["treason"], 12)],
    ),
    (
        "trap: 'has given' a number of people or a fine is no one's term",
        dt.date(2024, 9, 12),
        "The court has given the defendants 30 days to appeal. It has given a fine of "
        "500,000 roubles to the company.",
        [],
    ),
    (
        "two ranges in one sentence, the second with its cue left out",
        dt.date(2025, 3, 1),
        "Sabotage is punishable by 10 to 20 years, and voluntary surrender by three to ten years.",
        [_penalty("sabotage", 10, 20), _penalty("voluntary_surrender", 3, 10)],
    ),
    (
        "trap: a range after 'by' that is no penalty",
        dt.date(2025, 3, 1),
        "Espionage carries 10 to 20 years, and the Duma passed the bill by 300 to 20.",
        [_penalty("espionage", 10, 20)],
    ),
    (
        "'hit a record N' as a count",
        dt.date(2025, 3, 1),
        "Espionage convictions hit a record 80 in 2024.",
        [_count("espionage", 80, *_year(2024))],
    ),
    (
        "'so far in <this year>' and 'in the first months of <this year>': to publication",
        dt.date(2025, 4, 15),
        "So far in 2025, courts have convicted 70 people of sabotage. In the first months of "
        "2025, 25 people were also convicted of espionage.",
        [
            _count("sabotage", 70, "2025-01-01", "2025-04-15"),
            _count("espionage", 25, "2025-01-01", "2025-04-15"),
        ],
    ),
    (
        "'convicted just/only N people'",
        dt.date(2025, 1, 9),
        "In 2017 courts convicted only four people of espionage. In 2018 they convicted just "
        "three people of disclosing state secrets.",
        [
            _count("espionage", 4, *_year(2017)),
            _count("disclosure_of_state_secrets", 3, *_year(2018)),
        ],
    ),
    (
        "'also voted to widen/extend' continues a dated vote",
        dt.date(2023, 4, 20),
        "On 13 April the Duma voted to make sabotage punishable by up to 20 years. Deputies "
        "also voted to extend the definition of treason.",
        [
            _enactment("sabotage", "2023-04-13"),
            _enactment("treason", "2023-04-13"),
            _penalty("sabotage", None, 20),
        ],
    ),
    (
        "a one-word subject naming the offence the text just named ('Obtaining such material')",
        dt.date(2024, 6, 1),
        "Prosecutors increasingly charge foreigners with illegally obtaining state secrets. "
        "Obtaining such material carries up to four years.",
        [_penalty("illegal_obtaining_of_state_secrets", None, 4)],
    ),
    (
        "trap: a one-word subject that names no offence named before",
        dt.date(2024, 6, 1),
        "Prosecutors charged a teacher with treason. Disclosure carries up to four years.",
        [],
    ),
    (
        "trap: a proportion is no count ('nine in ten defendants', 'four out of five people')",
        dt.date(2025, 3, 1),
        "Nine in ten espionage defendants were convicted in closed hearings in 2024. Four out "
        "of five people tried for sabotage were convicted.",
        [],
    ),
    (
        "a count whose people are described by a participle ('N people tried for X were "
        "convicted')",
        dt.date(2025, 6, 10),
        "Judges acquitted nobody: all 57 people tried for sabotage in 2024 were convicted. "
        "Of those charged, 12 men accused of espionage in 2023 were also found guilty.",
        [_count("sabotage", 57, *_year(2024)), _count("espionage", 12, *_year(2023))],
    ),
    (
        "trap: people described by a participle with no conviction verb",
        dt.date(2025, 6, 10),
        "In 2024, 40 people detained on suspicion of sabotage were released on bail.",
        [],
    ),
    (
        "'X alone accounted for N of them', then a figure that continues the total",
        dt.date(2025, 2, 2),
        "The monitors count 150 people convicted of sabotage or treason in 2024. Sabotage "
        "alone accounted for 96 of them. The figure for 2023 was 71.",
        [
            _count(["sabotage", "treason"], 150, *_year(2024)),
            _count("sabotage", 96, *_year(2024)),
            _count(["sabotage", "treason"], 71, *_year(2023)),
        ],
    ),
    (
        "', of whom N were convicted of X' after a count of a group of offences",
        dt.date(2025, 2, 2),
        "Last year 90 people were convicted of espionage or treason, of whom 62 were "
        "convicted of treason.",
        [
            _count(["espionage", "treason"], 90, *_year(2024)),
            _count("treason", 62, *_year(2024)),
        ],
    ),
    (
        "life 'rather than / instead of' a ceiling: the old ceiling too, once",
        dt.date(2023, 5, 2),
        "Sabotage resulting in deaths now carries life imprisonment rather than 20 years. "
        "Treason is punishable by life, up from a maximum of 20 years.",
        [
            _penalty("sabotage", None, None, life=True),
            _penalty("sabotage", None, 20),
            _penalty("treason", None, None, life=True),
            _penalty("treason", None, 20),
        ],
    ),
    (
        "trap: 'passed' sentences, information or documents is no enactment",
        dt.date(2024, 5, 1),
        "In 2023 judges passed sentences on 120 people convicted of espionage. A sergeant "
        "passed secret documents to a foreign agent in March 2022.",
        [_count("espionage", 120, *_year(2023))],
    ),
    (
        "'had passed it on <date>' stays an enactment of the law before",
        dt.date(2022, 7, 20),
        "On 14 July the president signed a law that creates the offence of confidential "
        "cooperation with a foreign state. Deputies had passed it on 6 July.",
        [
            _enactment("confidential_cooperation", "2022-07-14"),
            _enactment("confidential_cooperation", "2022-07-06"),
        ],
    ),
    (
        "'N years later' from the year the text is on",
        dt.date(2025, 6, 1),
        "In 2021 courts convicted 15 people of treason and 9 of espionage; three years later "
        "those figures stood at 190 and 40 respectively.",
        [
            _count("treason", 15, *_year(2021)),
            _count("espionage", 9, *_year(2021)),
            _count("treason", 190, *_year(2024)),
            _count("espionage", 40, *_year(2024)),
        ],
    ),
    (
        "'the figures had been A and B' in a later year, and a baseline 'in the whole of YEAR'",
        dt.date(2025, 6, 1),
        "Prosecutors opened 48 cases of treason and 9 of espionage in 2024. In 2022 the "
        "figures had been 14 and 3. Sabotage convictions reached 176 in 2024, up from 19 in "
        "the whole of 2022.",
        [
            _count("treason", 48, *_year(2024), kind="case_count"),
            _count("espionage", 9, *_year(2024), kind="case_count"),
            _count("treason", 14, *_year(2022), kind="case_count"),
            _count("espionage", 3, *_year(2022), kind="case_count"),
            _count("sabotage", 176, *_year(2024)),
            _count("sabotage", 19, *_year(2022)),
        ],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [(p, t, e) for _, p, t, e in PASSAGES],
    ids=[c[0] for c in PASSAGES],
)
def test_round7_categories(published: dt.date, text: str, expected: list[dict[str, Any]]) -> None:
    assert _signatures(_extract(text, published)) == _expected(expected)


@pytest.mark.parametrize(
    ("key", "precision", "recall"),
    [
        # first score P 0.90 R 0.64 (blind); its misses then fixed as categories with the
        # passages above, so this floor guards against regressions and measures nothing
        # unseen
        ("en-heldout15.yaml", 0.95, 0.95),
        # first score P 1.00 R 0.87 (blind, written mid-round); three misses then fixed as
        # categories: a floor
        ("en-heldout16.yaml", 0.95, 0.95),
        # first score P 1.00 R 0.86 (blind); three misses then fixed as categories
        ("en-heldout17.yaml", 0.95, 0.95),
        # first score P 0.77 R 0.71 (blind); its categories then fixed
        ("en-heldout18.yaml", 0.95, 0.90),
        # first score P 0.93 R 0.70 (blind, after the round's last change): a floor
        ("en-heldout19.yaml", 0.90, 0.70),
    ],
)
def test_seventh_round_keys_score(key: str, precision: float, recall: float) -> None:
    score = score_key(KEYS / key, LEXICON)
    total = score.by_language()["en"]
    assert total.precision is not None and total.precision >= precision, score.extra
    assert total.recall is not None and total.recall >= recall, score.missed
