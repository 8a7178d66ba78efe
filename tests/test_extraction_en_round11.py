"""Round 11 of the English extraction (issue 10), in sentences of our own: counts that leave
their noun to the count after them ("98 espionage and 361 treason convictions"), figures of
an earlier period compared in a list ("against 64 and 289 in 2023"), and the traps next to
them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 10, 7)
Y24 = ("2024-01-01", "2024-12-31")
Y23 = ("2023-01-01", "2023-12-31")


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return sorted(
        (
            (c.kind, _set(c.offence), c.count, c.qualifier, c.period_start, c.period_end)
            for c in claims
        ),
        key=repr,
    )


def _set(offence: object) -> object:
    """One offence as its slug, several as their sorted tuple."""
    return tuple(sorted(offence)) if isinstance(offence, (tuple, list)) else offence


def _count(
    offence: str | list[str], n: int, period: tuple[str, str], q: str = "exact"
) -> tuple[object, ...]:
    return ("conviction_count", _set(offence), n, q, *period)


def _check(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text) == sorted(want, key=repr)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Courts handed down 98 espionage and 361 treason convictions in 2024.",
            [_count("espionage", 98, Y24), _count("treason", 361, Y24)],
        ),
        (
            "In 2023 judges delivered 14 sabotage, 9 espionage and 230 treason verdicts.",
            [_count("sabotage", 14, Y23), _count("espionage", 9, Y23), _count("treason", 230, Y23)],
        ),
        (
            "The register lists 52 desertion and 4,310 AWOL convictions for 2024.",
            [_count("desertion", 52, Y24), _count("leaving_a_unit_without_leave", 4310, Y24)],
        ),
        # a figure before "and" that is no offence's count keeps out
        (
            "Of its 12 regional offices and 75 treason convictions in 2024, most were in Moscow.",
            [_count("treason", 75, Y24)],
        ),
        # an article's number before "and" is no count
        (
            "Under Articles 275 and 276, 361 treason and espionage convictions came in 2024.",
            [_count(["espionage", "treason"], 361, Y24)],
        ),
    ],
)
def test_counts_that_leave_their_noun_to_the_next(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    _check(lexicon, text, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The tables list 112 espionage and 402 treason convictions for 2024, against 64"
            " and 289 in 2023.",
            [
                _count("espionage", 112, Y24),
                _count("treason", 402, Y24),
                _count("espionage", 64, Y23),
                _count("treason", 289, Y23),
            ],
        ),
        (
            "In 2024, 41 people were convicted of sabotage and 17 of espionage, compared with"
            " 26 and 11 in 2023.",
            [
                _count("sabotage", 41, Y24),
                _count("espionage", 17, Y24),
                _count("sabotage", 26, Y23),
                _count("espionage", 11, Y23),
            ],
        ),
        # no time of their own: not figures of another period
        (
            "In 2024, 41 people were convicted of sabotage and 17 of espionage, against 26 and"
            " 11 acquittals.",
            [_count("sabotage", 41, Y24), _count("espionage", 17, Y24)],
        ),
        # percentages compared are no counts
        (
            "In 2024, 41 people were convicted of sabotage and 17 of espionage, up from 30"
            " and 12 per cent in 2023.",
            [_count("sabotage", 41, Y24), _count("espionage", 17, Y24)],
        ),
    ],
)
def test_figures_compared_in_a_list(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    _check(lexicon, text, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The monitor counted 98 espionage sentences in 2024.",
            [_count("espionage", 98, Y24)],
        ),
        (
            "Analysts tallied 31 sentences for sabotage training in 2023 and nine for"
            " assisting saboteurs.",
            [_count("sabotage_training", 31, Y23), _count("assisting_sabotage", 9, Y23)],
        ),
        (
            "The project logged 17 treason verdicts in 2024.",
            [_count("treason", 17, Y24)],
        ),
        # terms counted are no verdicts of an offence
        ("In 2024 the group counted 12 sentences of more than 20 years.", []),
    ],
)
def test_counts_after_counted_or_tallied(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    _check(lexicon, text, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Courts convicted 1,210 soldiers of going AWOL in 2024, nearly double the 640"
            " recorded in 2023.",
            [
                _count("leaving_a_unit_without_leave", 1210, Y24),
                _count("leaving_a_unit_without_leave", 640, Y23),
            ],
        ),
        (
            "In 2024, 78 people were convicted of discrediting the army, a quarter fewer than"
            " the 104 convicted in 2023.",
            [_count("discrediting_the_army", 78, Y24), _count("discrediting_the_army", 104, Y23)],
        ),
        (
            "Judges found 166 people guilty of treason in 2024, three times as many as the 55"
            " sentenced the year before.",
            [_count("treason", 166, Y24), _count("treason", 55, Y23)],
        ),
        # a share compared is no count
        (
            "In 2024, 14 people were convicted of treason, a larger share than the 9 per cent"
            " of 2023.",
            [_count("treason", 14, Y24)],
        ),
    ],
)
def test_a_count_compared_with_an_earlier_one(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    _check(lexicon, text, want)


SINCE = ("2022-02-01", "2025-10-07")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Since February 2022, 870 people have been convicted of treason, the group says;"
            " 140 of espionage; and 61 of confidential cooperation, an offence created in"
            " July 2022.",
            [
                _count("treason", 870, SINCE),
                _count("espionage", 140, SINCE),
                _count("confidential_cooperation", 61, SINCE),
                ("enactment", "confidential_cooperation", None, None, None, None),
            ],
        ),
        # a phrase with a verdict word of its own is no tail of the last item
        (
            "Since February 2022, 870 people have been convicted of treason; 140 of espionage;"
            " 61 of confidential cooperation; and 12 of sabotage, which courts sentenced with"
            " 1,200 others.",
            [
                _count("treason", 870, SINCE),
                _count("espionage", 140, SINCE),
                _count("confidential_cooperation", 61, SINCE),
            ],
        ),
    ],
)
def test_a_tally_whose_last_item_has_a_phrase_after_it(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    _check(lexicon, text, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'In 2023 the monitor recorded 64 "fakes" convictions.',
            [_count("army_fakes", 64, Y23)],
        ),
        (
            "In 2024 courts handed down 51 convictions for “fakes” and 19 for justifying"
            " terrorism.",
            [_count("army_fakes", 51, Y24), _count("justification_of_terrorism", 19, Y24)],
        ),
        # a quoted word that begins no offence's label names none
        ('In 2024 the "Kontur" group counted 12 treason verdicts.', [_count("treason", 12, Y24)]),
    ],
)
def test_an_offence_named_by_one_word_in_quotes(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    _check(lexicon, text, want)


def _ranges(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    return [
        (c.offence, c.min_years, c.max_years, c.life) for c in claims if c.kind == "penalty_range"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A terrorist act carries ten to 15 years; if it causes a death, 15 to 20 years"
            " or life.",
            [("terrorist_act", 10.0, 15.0, False)],
        ),
        (
            "Sabotage is punishable by ten to 20 years; where people die, 15 to 20 years or"
            " life imprisonment.",
            [("sabotage", 10.0, 20.0, False)],
        ),
        # life joined to the basic range itself stays with it
        (
            "Espionage is punishable by ten to 20 years or life.",
            [("espionage", 10.0, 20.0, True)],
        ),
    ],
)
def test_life_of_an_aggravated_part_stays_with_its_part(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _ranges(lexicon, text) == want


def _individual(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    return [
        (c.offence, c.sentence_years, bool(c.life))
        for c in claims
        if c.kind == "individual_sentence"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A court in Kazan tried four men for sabotage: Oleg T. received 19 years, Ruslan"
            " G. 17 years and a 16-year-old, whose name was not released, five years.",
            [("sabotage", 19.0, False), ("sabotage", 17.0, False), ("sabotage", 5.0, False)],
        ),
        (
            "Maxim Orlov received 14 years, and a second defendant 12 years, for treason.",
            [("treason", 14.0, False), ("treason", 12.0, False)],
        ),
        # an age after the first term is no term of a further person
        (
            "Maxim Orlov received 14 years for treason, and his brother, 17, was released.",
            [("treason", 14.0, False)],
        ),
    ],
)
def test_further_people_and_terms_after_received(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _individual(lexicon, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In May courts convicted 19 people of sabotage, bringing the total for the first"
            " five months of 2025 to 88.",
            [
                _count("sabotage", 19, ("2025-05-01", "2025-05-31")),
                _count("sabotage", 88, ("2025-01-01", "2025-05-31")),
            ],
        ),
        (
            "Judges handed down 7 espionage verdicts in September 2024, taking the tally for"
            " 2024 to 61.",
            [
                _count("espionage", 7, ("2024-09-01", "2024-09-30")),
                _count("espionage", 61, Y24),
            ],
        ),
        # a total with no period of its own stays out
        (
            "Judges handed down 7 espionage verdicts in September 2024, bringing the year's"
            " total to 61.",
            [_count("espionage", 7, ("2024-09-01", "2024-09-30"))],
        ),
    ],
)
def test_a_total_the_count_brings_up(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    _check(lexicon, text, want)


def _kinds(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    return sorted(((c.kind, _set(c.offence), c.count) for c in claims), key=repr)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # verdicts "passed" are no law
        (
            "Of 412 treason verdicts handed down in 2024, 61 were passed in absentia.",
            [("conviction_count", "treason", 412)],
        ),
        (
            "Of the 230 treason verdicts of 2023, 18 were passed by the court in Rostov.",
            [("conviction_count", "treason", 230)],
        ),
        (
            "Of the 300 convictions for treason and espionage in 2024, 41 were for espionage.",
            [
                ("conviction_count", ("espionage", "treason"), 300),
                ("conviction_count", "espionage", 41),
            ],
        ),
        (
            "Out of 150 verdicts for sabotage and treason in 2023, 38 were for sabotage.",
            [
                ("conviction_count", ("sabotage", "treason"), 150),
                ("conviction_count", "sabotage", 38),
            ],
        ),
        # a part by no offence of the scheme: the total alone
        (
            "Of the 96 treason convictions in 2024, 31 were for cases in Crimea.",
            [("conviction_count", "treason", 96)],
        ),
    ],
)
def test_parts_of_a_total_the_sentence_opens_on(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _kinds(lexicon, text) == sorted(want, key=repr)


def _case(offence: str, n: int, period: tuple[str, str]) -> tuple[object, ...]:
    return ("case_count", offence, n, "exact", *period)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Investigators opened 61 sabotage cases in 2024, up from 33 the year before, the"
            " committee said, and 27 espionage cases compared with 19.",
            [
                _case("sabotage", 61, Y24),
                _case("sabotage", 33, Y23),
                _case("espionage", 27, Y24),
                _case("espionage", 19, Y23),
            ],
        ),
        # a later count with an act of its own does not take the first verb
        (
            "Investigators opened 61 sabotage cases in 2024, and 14 espionage suspects were"
            " detained.",
            [_case("sabotage", 61, Y24)],
        ),
        # a baseline with no time, and no other baseline to take it from, stays out
        (
            "Courts convicted 52 people of treason in 2024, up from 40.",
            [_count("treason", 52, Y24)],
        ),
    ],
)
def test_a_later_count_of_the_same_verb_and_an_untimed_baseline(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    _check(lexicon, text, want)


def test_a_second_offence_the_same_law_creates(lexicon: Lexicon) -> None:
    text = (
        "On Thursday the president signed amendments that create an offence of confidential"
        " cooperation and make it a crime to publicly call for actions against the security"
        " of the state."
    )
    claims = extract_claims(
        text, document="d", lexicon=lexicon, lang="en", published=dt.date(2022, 7, 16)
    )
    assert sorted((c.offence, c.date) for c in claims if c.kind == "enactment") == [
        ("calls_against_state_security", "2022-07-14"),
        ("confidential_cooperation", "2022-07-14"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Of 520 convictions under the wartime censorship articles in 2023, 312 were for"
            " discrediting the army.",
            [
                ("conviction_count", "war_censorship", 520),
                ("conviction_count", "discrediting_the_army", 312),
            ],
        ),
        (
            "Military judges sentenced 3,410 servicemen for unauthorised absence in 2024,"
            " well above the 2,020 handed down over the same months of 2023.",
            [
                ("conviction_count", "leaving_a_unit_without_leave", 3410),
                ("conviction_count", "leaving_a_unit_without_leave", 2020),
            ],
        ),
        (
            "In August alone, 29 people were convicted of treason, pushing the tally for 2025"
            " past 300.",
            [("conviction_count", "treason", 29), ("conviction_count", "treason", 300)],
        ),
    ],
)
def test_round11_probes_of_counts(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _kinds(lexicon, text) == sorted(want, key=repr)


def test_people_named_by_an_initial_and_in_apposition(lexicon: Lexicon) -> None:
    text = (
        "A Kursk court gave Yegor D. 11 years for treason; his friend Kirill S. got eight"
        " years and a third man, a 22-year-old courier, four years."
    )
    assert _individual(lexicon, text) == [
        ("treason", 11.0, False),
        ("treason", 8.0, False),
        ("treason", 4.0, False),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sabotage is punishable by ten to 20 years in prison; where it leads to deaths, the"
            " range is 15 to 20 years or life.",
            [("sabotage", 10.0, 20.0, False)],
        ),
        (
            "Desertion carries up to seven years; in wartime, five to 15 years.",
            [("desertion", None, 7.0, False)],
        ),
        # two offences, two basic ranges
        (
            "Treason carries 12 to 20 years; espionage, ten to 20 years.",
            [("treason", 12.0, 20.0, False), ("espionage", 10.0, 20.0, False)],
        ),
    ],
)
def test_the_range_of_an_aggravated_part_after_a_condition(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _ranges(lexicon, text) == want


H1_25 = ("2025-01-01", "2025-06-30")
H1_24 = ("2024-01-01", "2024-06-30")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the first half of 2025 courts convicted 38 people of sabotage and 12 of"
            " espionage, nearly twice the 20 and 7 recorded a year earlier.",
            [
                _count("sabotage", 38, H1_25),
                _count("espionage", 12, H1_25),
                _count("sabotage", 20, H1_24),
                _count("espionage", 7, H1_24),
            ],
        ),
        # rows of the total the sentence opens on are rows of that total
        (
            "Courts handed down 90 treason verdicts in 2024. Of the 41 people convicted of"
            " espionage in 2023, 22 were foreigners.",
            [
                _count("treason", 90, Y24),
                _count("espionage", 41, Y23),
                _count("espionage", 22, Y23),
            ],
        ),
    ],
)
def test_round11_probes_of_compared_lists_and_rows(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    _check(lexicon, text, want)


def test_a_quarter_with_no_year_is_the_year_in_context(lexicon: Lexicon) -> None:
    text = "Military courts handed down 1,460 AWOL convictions for the first quarter."
    assert _claims(lexicon, text) == [
        (
            "conviction_count",
            "leaving_a_unit_without_leave",
            1460,
            "exact",
            "2025-01-01",
            "2025-03-31",
        )
    ]
    # a quarter with its year keeps it
    text = "In the first quarter of 2024, 40 people were convicted of treason."
    assert _claims(lexicon, text) == [
        ("conviction_count", "treason", 40, "exact", "2024-01-01", "2024-03-31")
    ]
