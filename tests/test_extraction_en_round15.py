"""Round 15 of the English extractor (issue 10), in sentences of our own: "the N months to
<month>" with no year, a bare quarter not yet begun at publication (the year before's), a
figure that "rose to" one number "from" another in the other's period, "the same period of
last year", a part "of them" given a term each, and the traps next to them: a time added
("extended by two months to October") is no period, how long an article "has been in force"
dates no law, an age group among the people counted ("40 of them were teenagers") is no
count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims, resolve_period
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 7, 9)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(lexicon: Lexicon, text: str, published: dt.date) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=published)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    out: list[tuple[object, ...]] = []
    for c in claims:
        if c.kind in ("conviction_count", "case_count"):
            out.append(
                (c.kind, c.offences, c.count, c.qualifier, str(c.period_start), str(c.period_end))
            )
        elif c.kind == "penalty_range":
            out.append((c.kind, c.offences, c.min_years, c.max_years, c.life))
        elif c.kind == "individual_sentence":
            out.append((c.kind, c.offences, c.sentence_years, c.life))
        else:
            out.append((c.kind, c.offences, c.date))
    return out


def _term(offence: str, years: float) -> tuple[object, ...]:
    return ("individual_sentence", (offence,), years, None)


def _count(
    offence: str, n: int, start: str, end: str, q: str = "exact", kind: str = ""
) -> tuple[object, ...]:
    return (kind or "conviction_count", (offence,), n, q, start, end)


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # "the N months to <month>" with no year: to the end of the last such month
        (
            "In the eleven months to November, courts convicted 512 people of treason.",
            PUBLISHED,
            [_count("treason", 512, "2024-01-01", "2024-11-30")],
        ),
        (
            "In the ten months to October, investigators opened at least 640 cases over"
            " leaving a unit without permission.",
            dt.date(2025, 11, 20),
            [
                _count(
                    "leaving_a_unit_without_leave",
                    640,
                    "2025-01-01",
                    "2025-10-31",
                    "at_least",
                    "case_count",
                )
            ],
        ),
        (
            "Prosecutors said 44 people were convicted of sabotage in the five months ending"
            " in March.",
            PUBLISHED,
            [_count("sabotage", 44, "2024-11-01", "2025-03-31")],
        ),
        # a bare quarter: the one in the year of publication, or the year before's when it
        # has not yet begun; "In", "During" opening the sentence
        (
            "In the fourth quarter, courts convicted 61 people of treason.",
            dt.date(2025, 2, 5),
            [_count("treason", 61, "2024-10-01", "2024-12-31")],
        ),
        (
            "During the second quarter, 35 people were convicted of espionage.",
            PUBLISHED,
            [_count("espionage", 35, "2025-04-01", "2025-06-30")],
        ),
        # "rose to X, from Y in <period>": the period is Y's; X keeps the one before
        (
            "In the second quarter, 140 people were convicted of treason. Espionage"
            " convictions climbed to 31, from 22 in the first quarter.",
            PUBLISHED,
            [
                _count("treason", 140, "2025-04-01", "2025-06-30"),
                _count("espionage", 31, "2025-04-01", "2025-06-30"),
                _count("espionage", 22, "2025-01-01", "2025-03-31"),
            ],
        ),
        # "the same period of last year"
        (
            "Investigators opened 52 espionage cases in the first half, up from 40 in the same"
            " period of last year.",
            PUBLISHED,
            [
                _count("espionage", 52, "2025-01-01", "2025-06-30", kind="case_count"),
                _count("espionage", 40, "2024-01-01", "2024-06-30", kind="case_count"),
            ],
        ),
        # a part "of them" given a term each: the charge of the group before
        (
            "Nine people were charged with treason in Crimea. Three of them have already been"
            " sentenced to 12, 13 and 15 years.",
            PUBLISHED,
            [_term("treason", 12.0), _term("treason", 13.0), _term("treason", 15.0)],
        ),
        (
            "The FSB detained eleven suspects in sabotage cases in May, and two of them have"
            " since been jailed for 14 and 18 years.",
            PUBLISHED,
            [_term("sabotage", 14.0), _term("sabotage", 18.0)],
        ),
        # a list of case counts whose head has a participle ("cases opened in 2024, 154
        # espionage cases and ..."), and the figures again after a counter's verb
        (
            "Mediazona counted 61 sabotage cases opened in 2024, 40 treason cases and 12"
            " cases of assisting sabotage. A year earlier it had recorded 30, 22 and 5,"
            " respectively.",
            dt.date(2025, 1, 28),
            [
                _count("sabotage", 61, "2024-01-01", "2024-12-31", kind="case_count"),
                _count("treason", 40, "2024-01-01", "2024-12-31", kind="case_count"),
                _count("assisting_sabotage", 12, "2024-01-01", "2024-12-31", kind="case_count"),
                _count("sabotage", 30, "2023-01-01", "2023-12-31", kind="case_count"),
                _count("treason", 22, "2023-01-01", "2023-12-31", kind="case_count"),
                _count("assisting_sabotage", 5, "2023-01-01", "2023-12-31", kind="case_count"),
            ],
        ),
        (
            "The group counted 120 treason convictions in 2024 and 31 espionage convictions."
            " In 2023 it had counted 96 and 24, respectively.",
            dt.date(2025, 1, 28),
            [
                _count("treason", 120, "2024-01-01", "2024-12-31"),
                _count("espionage", 31, "2024-01-01", "2024-12-31"),
                _count("treason", 96, "2023-01-01", "2023-12-31"),
                _count("espionage", 24, "2023-01-01", "2023-12-31"),
            ],
        ),
        # the year of publication named with a present perfect: the year to date
        (
            "Investigators have opened more than 200 treason cases in 2025, the FSB chief said.",
            PUBLISHED,
            [_count("treason", 200, "2025-01-01", "2025-07-09", "more_than", "case_count")],
        ),
        (
            # a past year stays whole
            "Investigators have opened more than 200 treason cases in 2024, the FSB chief said.",
            PUBLISHED,
            [_count("treason", 200, "2024-01-01", "2024-12-31", "more_than", "case_count")],
        ),
        # "both articles" added by a dated law: the two offences named before
        (
            "Spreading fakes about the army is punishable by up to three years in prison."
            " Discrediting the army a second time within a year carries up to five years."
            " Both articles were added to the code when Putin signed the law on March 4, 2022.",
            PUBLISHED,
            [
                ("penalty_range", ("army_fakes",), None, 3.0, False),
                ("penalty_range", ("discrediting_the_army",), None, 5.0, False),
                ("enactment", ("army_fakes",), "2022-03-04"),
                ("enactment", ("discrediting_the_army",), "2022-03-04"),
            ],
        ),
        # a law that "lifted the top term" to life; a cue before an article's number
        (
            "The April 2023 law lifted the top term for terrorist acts to life.",
            PUBLISHED,
            [
                ("enactment", ("terrorist_act",), "2023-04"),
                ("penalty_range", ("terrorist_act",), None, None, True),
            ],
        ),
        (
            "Justifying terrorism in public is punishable under Article 205.2 by fines or by"
            " two to five years in prison.",
            PUBLISHED,
            [("penalty_range", ("justification_of_terrorism",), 2.0, 5.0, False)],
        ),
        (
            "Calls against state security are punished under Part 1 of Article 280.4 with"
            " fines or with two to four years.",
            PUBLISHED,
            [("penalty_range", ("calls_against_state_security",), 2.0, 4.0, False)],
        ),
        # "the new article on training": of the law's offences, the one the word after
        # "article" names, not all of them
        (
            "Parliament's amendments, signed on December 29, 2022, made assisting sabotage"
            " and undergoing training for sabotage crimes of their own. Under the article on"
            " training, offenders face 15 to 20 years or life.",
            dt.date(2022, 12, 30),
            [
                ("enactment", ("assisting_sabotage",), "2022-12-29"),
                ("enactment", ("sabotage_training",), "2022-12-29"),
                ("penalty_range", ("sabotage_training",), 15.0, 20.0, True),
            ],
        ),
        (
            "The law made disclosing state secrets and losing secret documents crimes. This"
            " article on disclosure carries up to four years.",
            PUBLISHED,
            [("penalty_range", ("disclosure_of_state_secrets",), None, 4.0, False)],
        ),
        # "and 9 of organising one": the offence before, when it covers making the group
        (
            "In 2024, 52 people were convicted of taking part in an extremist community and 9"
            " of organising one.",
            PUBLISHED,
            [
                _count("extremist_community", 52, "2024-01-01", "2024-12-31"),
                _count("extremist_community", 9, "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "Courts convicted 30 people of participating in a terrorist organisation in 2024"
            " and 4 of setting one up.",
            PUBLISHED,
            [
                _count("terrorist_organisation_participation", 30, "2024-01-01", "2024-12-31"),
                _count("terrorist_organisation_participation", 4, "2024-01-01", "2024-12-31"),
            ],
        ),
        # "added X and Y to the code" with its date
        (
            "In July 2022 lawmakers added confidential cooperation and calls against state"
            " security to the code.",
            PUBLISHED,
            [
                ("enactment", ("confidential_cooperation",), "2022-07"),
                ("enactment", ("calls_against_state_security",), "2022-07"),
            ],
        ),
        # traps
        (
            # how long an article had been in force dates no law
            "In all of 2022 there were just four convictions under the confidential"
            " cooperation article, which had been in force for only a few months.",
            PUBLISHED,
            [_count("confidential_cooperation", 4, "2022-01-01", "2022-12-31")],
        ),
        (
            "In 2023 there were 12 convictions for confidential cooperation, an article that"
            " had been in effect for just over a year.",
            PUBLISHED,
            [_count("confidential_cooperation", 12, "2023-01-01", "2023-12-31")],
        ),
        (
            # something lifted that is no penalty, and a term served, give nothing
            "The court lifted the ban on his travel; he had served 14 years for espionage.",
            PUBLISHED,
            [],
        ),
        (
            # "one" of an offence that is no group gives no item
            "In 2024, 41 people were convicted of treason and 2 of planning one.",
            PUBLISHED,
            [_count("treason", 41, "2024-01-01", "2024-12-31")],
        ),
        (
            # years added to a term are no law
            "In 2024 the court added two years to his treason sentence.",
            PUBLISHED,
            [],
        ),
        (
            # an age group among the people counted is no count (a nationality is one)
            "In 2024, 131 people were convicted of sabotage. About 40 of them were teenagers.",
            PUBLISHED,
            [_count("sabotage", 131, "2024-01-01", "2024-12-31")],
        ),
        (
            "Since 2022, at least 300 people have been convicted of treason. Roughly 25 of"
            " them were pensioners.",
            PUBLISHED,
            [_count("treason", 300, "2022-01-01", "2025-07-09", "at_least")],
        ),
        (
            "In 2024, 131 people were convicted of sabotage. About 40 of them were Ukrainians.",
            PUBLISHED,
            [
                _count("sabotage", 131, "2024-01-01", "2024-12-31"),
                _count("sabotage", 40, "2024-01-01", "2024-12-31", "about"),
            ],
        ),
    ],
)
def test_round15(
    lexicon: Lexicon, text: str, published: dt.date, want: list[tuple[object, ...]]
) -> None:
    assert sorted(map(repr, _claims(lexicon, text, published))) == sorted(map(repr, want))


@pytest.mark.parametrize(
    ("expression", "want"),
    [
        ("in the seven months to May", ("2024-11-01", "2025-05-31")),
        ("over the 12 months to June 2025", ("2024-07-01", "2025-06-30")),
        # a time added ("extended by two months to October") is no span: the month alone
        ("his arrest was extended by two months to October", ("2024-10-01", "2024-10-31")),
    ],
)
def test_months_to(expression: str, want: tuple[str, str]) -> None:
    got = resolve_period(expression, published=PUBLISHED)
    assert got is not None
    assert (str(got[0]), str(got[1])) == want
