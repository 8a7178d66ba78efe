"""English extraction, round 17 (issue 10): the categories of en-heldout40's first misses
and false claims, in sentences of our own with made-up figures, each with traps that must
give no claim or keep the claim they gave."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 6, 4)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(
    lexicon: Lexicon, text: str, published: dt.date = PUBLISHED
) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=published)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [
        (
            c.kind,
            c.offence,
            c.count,
            c.period_start,
            c.period_end,
            c.sentence_years,
            c.min_years,
            c.max_years,
            c.date,
        )
        for c in claims
    ]


def _term(offence: object, years: float) -> tuple[object, ...]:
    return ("individual_sentence", offence, None, None, None, years, None, None, None)


def _count(offence: object, n: int, start: str, end: str) -> tuple[object, ...]:
    return ("conviction_count", offence, n, start, end, None, None, None, None)


def _range(offence: object, low: float | None, high: float) -> tuple[object, ...]:
    return ("penalty_range", offence, None, None, None, None, low, high, None)


# -- a sentence adverb between the auxiliary and the verb ----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Police detained the blogger in March. He was in fact sentenced to seven years "
            "for justifying terrorism.",
            [_term("justification_of_terrorism", 7)],
        ),
        (
            "The engineer was detained in Tula in 2023. She was eventually given nine years "
            "for treason.",
            [_term("treason", 9)],
        ),
        (
            "The pensioner was arrested in Kursk last spring. He was ultimately jailed for "
            "11 years for espionage.",
            [_term("espionage", 11)],
        ),
        (
            "Anna Orlova was also given six years for confidential cooperation.",
            [_term("confidential_cooperation", 6)],
        ),
        # traps: no term, or a term with no years
        (
            "The engineer was detained in Tula in 2023 on treason charges. She was in fact "
            "released two weeks later.",
            [],
        ),
        (
            "The court sentenced Ivan Petrov to 15 years for espionage. His co-defendant was "
            "instead given a suspended term.",
            [_term("espionage", 15)],
        ),
        (
            "Prosecutors had asked for 19 years. He was in fact acquitted of treason.",
            [],
        ),
    ],
)
def test_adverb_before_the_verb(lexicon: Lexicon, text: str, want: list[object]) -> None:
    assert _claims(lexicon, text) == want


# -- what an earlier, wrong version of a report said (retracted.py) ------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Correction: an earlier version of this article said a court in Pskov had "
            "sentenced the blogger to 11 years. He was in fact sentenced to seven years for "
            "justifying terrorism.",
            [_term("justification_of_terrorism", 7)],
        ),
        (
            "A previous version of this story stated that 120 people were convicted of "
            "treason in 2024. The correct figure is lower.",
            [],
        ),
        (
            "Kommersant mistakenly reported that courts had convicted 77 people of espionage "
            "in 2024.",
            [],
        ),
        (
            "This article has been corrected: it wrongly said the court sentenced Ivan "
            "Petrov to 15 years for espionage. He received 13 years.",
            [_term("espionage", 13)],
        ),
        # traps: a correction of something else, and "wrongly" of no report
        (
            "An earlier version of this article misspelt the judge's name. The court "
            "sentenced Ivan Petrov to 15 years for espionage.",
            [_term("espionage", 15)],
        ),
        (
            "Ivan Petrov, who says he was wrongly accused, was sentenced to 15 years for "
            "espionage.",
            [_term("espionage", 15)],
        ),
        (
            "Courts convicted 77 people of espionage in 2024, Kommersant reported.",
            [_count("espionage", 77, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_retracted_report(lexicon: Lexicon, text: str, want: list[object]) -> None:
    assert _claims(lexicon, text) == want


# -- a count up to the end of a month: "as of the end of", "by the end of ... this year" ----


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "By the end of September this year, courts had convicted 1,214 people of desertion.",
            [_count("desertion", 1214, "2025-01-01", "2025-09-30")],
        ),
        (
            "As of the end of September, courts had convicted 1,214 people of desertion in 2025.",
            [_count("desertion", 1214, "2025-01-01", "2025-09-30")],
        ),
        (
            "As of the end of August, 73 people had been found guilty of espionage this year.",
            [_count("espionage", 73, "2025-01-01", "2025-08-31")],
        ),
        (
            "By the end of September this year the outlet had counted 1,214 desertion "
            "convictions for 2025 alone.",
            [_count("desertion", 1214, "2025-01-01", "2025-09-30")],
        ),
        (
            "By the end of September this year, 40 people had been convicted of treason, "
            "against 31 a year earlier.",
            [
                _count("treason", 40, "2025-01-01", "2025-09-30"),
                _count("treason", 31, "2024-01-01", "2024-09-30"),
            ],
        ),
        # traps: a whole year; a month that is no cut-off (an event "in late September");
        # another year's cut-off is not this year's
        (
            "Courts convicted 1,214 people of desertion in 2025, and the figure for all of "
            "2024 was 880.",
            [
                _count("desertion", 1214, "2025-01-01", "2025-12-31"),
                _count("desertion", 880, "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "At a hearing in late September, a court convicted 16 people of desertion.",
            [_count("desertion", 16, "2025-09-01", "2025-09-30")],
        ),
        (
            "By the end of September 2024, courts had convicted 900 people of desertion.",
            [_count("desertion", 900, "2024-01-01", "2024-09-30")],
        ),
    ],
)
def test_count_to_the_end_of_a_month(lexicon: Lexicon, text: str, want: list[object]) -> None:
    assert _claims(lexicon, text, dt.date(2025, 11, 14)) == want


# -- a part by offence of a total that names no offence of the scheme ----------------------

_Y25 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In its review of 2025, the group says courts handed down 1,046 sentences for "
            'anti-war speech over the year. Of those, 392 were for spreading "fakes" about '
            "the army, it says.",
            [_count("army_fakes", 392, *_Y25)],
        ),
        (
            "Courts handed down 1,046 verdicts in 2025. Of those, 392 were for treason.",
            [_count("treason", 392, *_Y25)],
        ),
        (
            "Courts handed down 1,046 sentences for anti-war speech in 2025. Of them, 392 "
            "were for spreading fakes about the army and 118 for discrediting the army.",
            [_count("army_fakes", 392, *_Y25), _count("discrediting_the_army", 118, *_Y25)],
        ),
        (
            "Courts handed down 1,046 sentences for anti-war speech in 2025. Fakes about the "
            "army made up the bulk, 612 of them; discrediting the army accounted for 301.",
            [_count("army_fakes", 612, *_Y25), _count("discrediting_the_army", 301, *_Y25)],
        ),
        # traps: a part by no offence of the scheme, a total with no period, a row by kind
        # of person, a part as large as the total
        (
            "Courts handed down 1,046 sentences for anti-war speech in 2025. Of those, 392 "
            "were for posts on VKontakte.",
            [],
        ),
        (
            "Courts handed down 1,046 sentences for anti-war speech. Of those, 392 were for "
            "treason.",
            [],
        ),
        (
            "Courts handed down 1,046 sentences for anti-war speech in 2025. Of those, 392 "
            "were women.",
            [],
        ),
        (
            "Courts handed down 46 sentences for anti-war speech in 2025. Of those, 392 were "
            "for treason.",
            [],
        ),
    ],
)
def test_part_of_a_total_of_no_offence(lexicon: Lexicon, text: str, want: list[object]) -> None:
    assert _claims(lexicon, text, dt.date(2026, 1, 27)) == want


# -- a range told of the people convicted of the offence before ---------------------------

_CC_2022 = "Confidential cooperation became an offence in July 2022. "


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Undergoing training for sabotage is a separate offence. Anyone convicted faces "
            "15 to 20 years or life imprisonment.",
            [("penalty_range", "sabotage_training", None, None, None, None, 15, 20, None)],
        ),
        (
            _CC_2022 + "Those found guilty face three to eight years.",
            [_range("confidential_cooperation", 3, 8)],
        ),
        (
            _CC_2022 + "Offenders face three to eight years in prison.",
            [_range("confidential_cooperation", 3, 8)],
        ),
        (
            _CC_2022 + "Those convicted of it face three to eight years.",
            [_range("confidential_cooperation", 3, 8)],
        ),
        # traps: people convicted of a charge of their own (outside the scheme, or named);
        # terms imposed, not the law's
        (
            _CC_2022 + "Those convicted of organising a terrorist network face 10 to 20 years.",
            [],
        ),
        (
            _CC_2022 + "Those convicted so far received three to eight years.",
            [],
        ),
        (
            _CC_2022 + "Those convicted of treason face 12 to 20 years.",
            [_range("treason", 12, 20)],
        ),
    ],
)
def test_range_of_the_people_convicted(lexicon: Lexicon, text: str, want: list[object]) -> None:
    got = [c for c in _claims(lexicon, text) if c[0] == "penalty_range"]
    assert got == want


# -- a graver form of the act told as a subject of its own: its range is left out ---------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sabotage itself is punishable by 10 to 20 years, while a group attack on a "
            "defence site can bring 12 to 20 years.",
            [_range("sabotage", 10, 20)],
        ),
        (
            "Sabotage is punishable by 10 to 20 years, whereas an organised attack carries 12 "
            "to 20.",
            [_range("sabotage", 10, 20)],
        ),
        (
            "Disclosing state secrets carries up to four years, while repeat offences are "
            "punishable by three to seven years.",
            [_range("disclosure_of_state_secrets", None, 4)],
        ),
        # traps: a second offence of its own keeps its range; people jailed are no range
        (
            "Treason carries 12 to 20 years, while espionage carries 10 to 20 years.",
            [_range("treason", 12, 20), _range("espionage", 10, 20)],
        ),
        (
            "Sabotage is punishable by 10 to 20 years, while confidential cooperation carries "
            "three to eight years.",
            [_range("sabotage", 10, 20), _range("confidential_cooperation", 3, 8)],
        ),
        (
            "Sabotage is punishable by 10 to 20 years, while a group of three men was jailed "
            "for 12 to 20 years.",
            [_range("sabotage", 10, 20)],
        ),
    ],
)
def test_graver_form_as_a_subject(lexicon: Lexicon, text: str, want: list[object]) -> None:
    got = [c for c in _claims(lexicon, text) if c[0] == "penalty_range"]
    assert got == want


# -- the Code's own adoption is no enactment of an offence --------------------------------


def _enacted(offence: str, date: str) -> tuple[object, ...]:
    return ("enactment", offence, None, None, None, None, None, None, date)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russian courts convicted 412 people of treason last year, more than in any year "
            "since the Criminal Code was adopted.",
            [_count("treason", 412, "2021-01-01", "2021-12-31")],
        ),
        (
            "Courts convicted 88 people of espionage last year, the most since the current "
            "Code was adopted in 1996.",
            [_count("espionage", 88, "2021-01-01", "2021-12-31")],
        ),
        (
            "Since the Criminal Code came into force in 1997, treason has carried 12 to 20 years.",
            [_range("treason", 12, 20)],
        ),
        (
            "The whole Code was first adopted in 1996; the article on confidential "
            "cooperation was introduced on July 14, 2022.",
            [_enacted("confidential_cooperation", "2022-07-14")],
        ),
        # traps: the Code amended, an offence added to it, an article introduced into it
        (
            "The Criminal Code was amended to introduce confidential cooperation on July 14, 2022.",
            [_enacted("confidential_cooperation", "2022-07-14")],
        ),
        (
            "Confidential cooperation was added to the Criminal Code in July 2022.",
            [_enacted("confidential_cooperation", "2022-07")],
        ),
        (
            "Article 275.1 was introduced into the Criminal Code on July 14, 2022.",
            [_enacted("confidential_cooperation", "2022-07-14")],
        ),
    ],
)
def test_the_code_adopted(lexicon: Lexicon, text: str, want: list[object]) -> None:
    assert _claims(lexicon, text, dt.date(2022, 8, 18)) == want


# -- yearly figures after a colon, told of the verdicts by a short predicate ----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "When the outlet started its tally of desertion verdicts, the figure looked "
            "small: 36 in the whole of 2023.",
            [_count("desertion", 36, "2023-01-01", "2023-12-31")],
        ),
        (
            "Desertion verdicts were few at first: 36 in 2023 and 412 in 2024.",
            [
                _count("desertion", 36, "2023-01-01", "2023-12-31"),
                _count("desertion", 412, "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "Treason convictions started small: 16 in 2021.",
            [_count("treason", 16, "2021-01-01", "2021-12-31")],
        ),
        # traps: verdicts appealed or overturned, a figure of courts or of people in a place
        ("Desertion verdicts were appealed: 36 in 2023.", []),
        ("Desertion verdicts were overturned on appeal: 36 in 2023.", []),
        ("Desertion verdicts were few at first: 36 people in Moscow in 2023.", []),
        ("Desertion verdicts were handed down by 36 courts: 12 in 2023.", []),
    ],
)
def test_yearly_figures_after_a_predicate(lexicon: Lexicon, text: str, want: list[object]) -> None:
    assert _claims(lexicon, text, dt.date(2025, 11, 14)) == want


# -- the people of one case or trial are no count of convictions ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Eleven defendants in the Chelyabinsk "railway cell" case were sentenced on '
            "Thursday to terms ranging from eight to 22 years for sabotage.",
            [],
        ),
        ("Six people in the same trial were convicted of treason.", []),
        (
            "Four defendants of the Kursk cell were found guilty of sabotage on Tuesday.",
            [],
        ),
        # traps: a statistic of many trials, and one that names a case among its people
        (
            "Eleven defendants were convicted of sabotage in 2024 in cases heard by the "
            "district military court.",
            [_count("sabotage", 11, "2024-01-01", "2024-12-31")],
        ),
        (
            "In 2024, 300 people were sentenced for treason, 12 of them in the Crimea case.",
            [_count("treason", 300, "2024-01-01", "2024-12-31")],
        ),
        (
            "Courts convicted 40 people of treason in 2024, each in a trial of their own.",
            [_count("treason", 40, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_people_of_one_case(lexicon: Lexicon, text: str, want: list[object]) -> None:
    assert _claims(lexicon, text, dt.date(2025, 8, 21)) == want


# -- "over the same months" after a figure of the same sentence: that figure's period -----


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "By the end of September this year the outlet had counted 1,214 desertion "
            "convictions for 2025 alone, a number that does not include the 8,900 servicemen "
            "convicted of going AWOL over the same months.",
            [
                _count("desertion", 1214, "2025-01-01", "2025-09-30"),
                _count("leaving_a_unit_without_leave", 8900, "2025-01-01", "2025-09-30"),
            ],
        ),
        (
            "As of the end of August, 73 people had been convicted of espionage in 2025, and "
            "another 20 of confidential cooperation over the same period.",
            [
                _count("espionage", 73, "2025-01-01", "2025-08-31"),
                _count("confidential_cooperation", 20, "2025-01-01", "2025-08-31"),
            ],
        ),
        (
            "Courts convicted 40 people of treason in the first half of 2025. Over the same "
            "months, 12 people were convicted of espionage.",
            [
                _count("treason", 40, "2025-01-01", "2025-06-30"),
                _count("espionage", 12, "2025-01-01", "2025-06-30"),
            ],
        ),
        # traps: a baseline before the reference is not the figure it refers to; a
        # reference to another year's months is no reference to this figure
        (
            "Courts convicted 40 people of treason in 2024, against 31 in 2023, and over the "
            "same period 12 people were convicted of espionage.",
            [
                _count("treason", 40, "2024-01-01", "2024-12-31"),
                _count("treason", 31, "2023-01-01", "2023-12-31"),
                _count("espionage", 12, "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "In 2024 courts convicted 40 people of treason; over the same months of 2023, 31.",
            [_count("treason", 40, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_same_months_of_a_figure_before(lexicon: Lexicon, text: str, want: list[object]) -> None:
    assert _claims(lexicon, text, dt.date(2025, 11, 14)) == want
