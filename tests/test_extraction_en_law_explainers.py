"""Explainers of a law that added several articles at once (issue 10), in sentences of our
own: "the first", "the second article", "the third" standing for the articles listed in
the sentence before (also when the sentence goes on to describe the article in words of
another offence), "such a community" after them, the wordings reporters give the three
sabotage articles of December 2022, and life after an added penalty's term ("15 to 20
years with restriction of freedom up to two years, or life"); with the traps beside
them (an ordinal of a period or a reading is no article; a second prison range stays
apart)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2023, 1, 10)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _ranges(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [
        (c.offence, c.min_years, c.max_years, c.life) for c in claims if c.kind == "penalty_range"
    ]


def test_the_first_the_second_and_the_third_article(lexicon: Lexicon) -> None:
    text = (
        "The Code gained three articles last week: promotion of sabotage activities, "
        "training for the purpose of carrying out sabotage activities, and organisation of "
        "a sabotage community. The first carries a penalty of 9 to 16 years in prison. "
        "Under the second article, a convict faces from 14 to 20 years or life "
        "imprisonment. The third provides for 16 to 20 years (for leading or financing "
        "sabotage). Taking part in such a community is punishable by 6 to 11 years."
    )
    assert _ranges(lexicon, text) == [
        ("assisting_sabotage", 9.0, 16.0, False),
        ("sabotage_training", 14.0, 20.0, True),
        ("sabotage_community", 16.0, 20.0, False),
        ("sabotage_community", 6.0, 11.0, False),
    ]


def test_an_ordinal_of_a_period_is_no_article(lexicon: Lexicon) -> None:
    text = (
        "Two articles were amended: treason and espionage. In the first half of the year "
        "espionage remained punishable by 10 to 20 years."
    )
    assert _ranges(lexicon, text) == [("espionage", 10.0, 20.0, False)]


@pytest.mark.parametrize(
    ("text", "offence"),
    [
        ("Participating in a sabotage group is punishable by 5 to 10 years.", "sabotage_community"),
        (
            "Training for the purposes of sabotage is punishable by 15 to 20 years.",
            "sabotage_training",
        ),
        ("Promoting sabotage activities carries 8 to 15 years.", "assisting_sabotage"),
    ],
)
def test_wordings_of_the_sabotage_articles(lexicon: Lexicon, text: str, offence: str) -> None:
    assert [r[0] for r in _ranges(lexicon, text)] == [offence]


def test_life_after_an_added_penalty_joins_the_range(lexicon: Lexicon) -> None:
    text = (
        "Treason is punishable by 12 to 20 years with restricted liberty for one year, or "
        "by a life term."
    )
    assert _ranges(lexicon, text) == [("treason", 12.0, 20.0, True)]


def test_a_suspect_who_could_face_a_range_if_convicted(lexicon: Lexicon) -> None:
    text = (
        "Investigators opened a treason case against the engineer last week. If convicted, "
        "he faces 12 to 20 years behind bars and a fine of 400,000 roubles or of his income "
        "for up to two years."
    )
    assert _ranges(lexicon, text) == [("treason", 12.0, 20.0, False)]


def test_if_convicted_with_no_charge_before_gives_no_range(lexicon: Lexicon) -> None:
    text = "Police detained a courier on Friday. If convicted, he could face up to 20 years."
    assert _ranges(lexicon, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            # the new ceiling, then the old one with "from"
            "Parliament voted to raise the maximum penalty for espionage to life "
            "imprisonment from 20 years.",
            [("espionage", None, 20.0, False), ("espionage", None, None, True)],
        ),
        (
            "The top term for sabotage has been raised to 20 years from 15.",
            [("sabotage", None, 15.0, False), ("sabotage", None, 20.0, False)],
        ),
        (
            # a bare term that replaces another is the new ceiling
            "People found guilty of sabotage could now face 20 years behind bars instead of 15.",
            [("sabotage", None, 15.0, False), ("sabotage", None, 20.0, False)],
        ),
        (
            # the ceiling in force told in brackets
            "The penalty for espionage will be up to 20 years in prison (currently, it is "
            "15 years).",
            [("espionage", None, 15.0, False), ("espionage", None, 20.0, False)],
        ),
    ],
)
def test_the_old_ceiling_after_the_new(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _ranges(lexicon, text) == want


def test_a_term_faced_with_no_other_stays_out(lexicon: Lexicon) -> None:
    # a bare term someone faces is no statutory range without the one it replaces; a
    # year after "from" is no old ceiling
    assert _ranges(lexicon, "He could face 20 years in prison for sabotage.") == []
    text = "Since 2023 espionage has been punishable by up to 20 years from 2024 onwards."
    assert _ranges(lexicon, text) == [("espionage", None, 20.0, False)]


def test_tougher_laws_signed_are_an_enactment(lexicon: Lexicon) -> None:
    text = "On 28 April 2023 Putin signed tougher laws on treason and sabotage."
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.kind, c.offence, c.date) for c in claims] == [
        ("enactment", "treason", "2023-04-28"),
        ("enactment", "sabotage", "2023-04-28"),
    ]


def _enactments(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    return [(c.offence, c.date) for c in claims if c.kind == "enactment"]


def test_the_law_told_again_keeps_its_date(lexicon: Lexicon) -> None:
    # "The law, ..., introduces an article on X" right after the dated law: X, that date;
    # the offences told again are one enactment each
    text = (
        "The law amending the articles on treason and espionage took effect on 14 November "
        "2012. The law, printed in the official gazette, introduces an article on illegally "
        "obtaining information constituting a state secret and changes the treason article."
    )
    assert _enactments(lexicon, text) == [
        ("treason", "2012-11-14"),
        ("espionage", "2012-11-14"),
        ("illegal_obtaining_of_state_secrets", "2012-11-14"),
    ]


def test_a_committee_approving_a_law_is_no_enactment(lexicon: Lexicon) -> None:
    text = (
        "On Monday the upper house's legal affairs committee approved the law on treason and "
        "advised the chamber to pass it at its next sitting."
    )
    assert _enactments(lexicon, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the ceiling now, in brackets, after a possessive "years'"
            "Under the new wording, sabotage aimed at railways will be punishable by up to 20 "
            "years' imprisonment (at present, it is 15 years).",
            [("sabotage", None, 20.0, False), ("sabotage", None, 15.0, False)],
        ),
        (
            "The bill raises the maximum sentence for a terrorist act to 20 years (it is "
            "currently 15 years).",
            [("terrorist_act", None, 20.0, False), ("terrorist_act", None, 15.0, False)],
        ),
        (  # the verb far before "from A to B", past a long title of the article
            "The amendments will toughen punishment under Article 281 of the Criminal Code of "
            'the Russian Federation ("Sabotage") from 15 to 20 years.',
            [("sabotage", None, 15.0, False), ("sabotage", None, 20.0, False)],
        ),
        (  # 'abetting terrorism' is Article 205.1
            "The same law raised the minimum term for abetting terrorism from five to seven years.",
            [("assisting_terrorism", 5.0, None, False), ("assisting_terrorism", 7.0, None, False)],
        ),
    ],
)
def test_an_old_ceiling_or_floor_told_beside_the_new_one(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert sorted(_ranges(lexicon, text), key=str) == sorted(want, key=str)


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers have toughened penalties for many crimes in recent years; under Article "
        "275.1, confidential cooperation with a foreign state is punished with three to eight "
        "years.",
        "Lawmakers have toughened penalties for many crimes; confidential cooperation with a "
        "foreign state now carries from three to eight years.",
    ],
)
def test_a_range_in_a_clause_of_its_own_stays_a_range(lexicon: Lexicon, text: str) -> None:
    assert _ranges(lexicon, text) == [("confidential_cooperation", 3.0, 8.0, False)]


def test_a_range_told_again_later_is_one_claim(lexicon: Lexicon) -> None:
    text = (
        "The amendments introduce life imprisonment for treason. Under the new wording of "
        "Article 275, the maximum penalty for treason is life imprisonment, up from 20 years. "
        "Espionage by a foreigner is punishable by 10 to 20 years. Espionage now carries "
        "10 to 20 years, as before."
    )
    ranges = _ranges(lexicon, text)
    assert sorted(ranges, key=str) == sorted(
        [
            ("treason", None, None, True),
            ("treason", None, 20.0, False),
            ("espionage", 10.0, 20.0, False),
        ],
        key=str,
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The amendments on sabotage will take effect on May 9.", "2023-05-09"),
        ("The amendments on sabotage take effect on 1 March.", "2024-03-01"),
        ("The amendments on sabotage will come into force on May 9, 2023.", "2023-05-09"),
        ("The amendments on sabotage came into force on May 9.", "2022-05-09"),
    ],
)
def test_the_day_a_law_takes_effect_is_the_next_such_day(
    lexicon: Lexicon, text: str, date: str
) -> None:
    claims = extract_claims(
        text, document="d", lexicon=lexicon, lang="en", published=dt.date(2023, 4, 28)
    )
    assert [(c.kind, c.offence, c.date) for c in claims] == [("enactment", "sabotage", date)]


def test_no_day_no_enactment_to_come(lexicon: Lexicon) -> None:
    text = "The amendments on sabotage will take effect soon, a deputy said on Monday."
    claims = extract_claims(
        text, document="d", lexicon=lexicon, lang="en", published=dt.date(2023, 4, 28)
    )
    assert [c for c in claims if c.kind == "enactment"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were convicted of sabotage in 2024. The bill was introduced to the "
        "State Duma in October.",
        "The bill on sabotage was introduced in the State Duma in October 2025.",
        "A group of deputies introduced a draft on sabotage into the Duma in October 2025.",
    ],
)
def test_a_bill_put_before_the_duma_is_no_enactment(lexicon: Lexicon, text: str) -> None:
    claims = extract_claims(
        text, document="d", lexicon=lexicon, lang="en", published=dt.date(2025, 11, 11)
    )
    assert [c for c in claims if c.kind == "enactment"] == []


def test_a_law_that_introduced_a_penalty_is_still_an_enactment(lexicon: Lexicon) -> None:
    text = "The law introduced life terms for sabotage in December 2022."
    claims = extract_claims(
        text, document="d", lexicon=lexicon, lang="en", published=dt.date(2025, 11, 11)
    )
    assert [(c.kind, c.offence, c.date) for c in claims if c.kind == "enactment"] == [
        ("enactment", "sabotage", "2022-12")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Investigators brought 120 cases under the sabotage article this year. Those found "
            "guilty face up to 20 years in prison, or life if the act caused deaths.",
            [("sabotage", None, 20.0, False)],
        ),
        (  # a charge of their own, which the scheme lacks: not the offence before
            "Courts convicted 40 people of treason. Those convicted of organising an armed "
            "group face up to 15 years.",
            [],
        ),
    ],
)
def test_those_found_guilty_are_of_the_charge_before(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _ranges(lexicon, text) == want
