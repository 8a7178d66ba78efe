"""Round 21 of the English extractor (issue 10), in sentences of our own: the count,
period and reference categories the first score of en-heldout48 showed, and the traps next
to each rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.lexicon import Lexicon, load_lexicon
from tests.test_extraction_en_round20 import _claims, _count, _range

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2026, 4, 20)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


STEADY = [
    # "held steady at N", "remained at N", "stayed flat at N": a count told by its level
    (
        "In the first quarter of 2026 treason verdicts held steady at 31.",
        [_count("treason", 31, "2026-01-01", "2026-03-31")],
    ),
    (
        "Espionage convictions in 2025 remained unchanged at 12, court data show.",
        [_count("espionage", 12, "2025-01-01", "2025-12-31")],
    ),
    (
        "Sabotage convictions stayed flat at 40 in 2024.",
        [_count("sabotage", 40, "2024-01-01", "2024-12-31")],
    ),
    # "multiplied ninefold, reaching N"
    (
        "In the first half of 2025, espionage verdicts multiplied sixfold, reaching 24.",
        [_count("espionage", 24, "2025-01-01", "2025-06-30")],
    ),
    # traps: a level that is a term or an address, not a count
    ("Treason sentences held steady at 14 years on average in 2025.", []),
    ("The convicted officer's family remained at 7 Sadovaya Street.", []),
]


@pytest.mark.parametrize(("text", "want"), STEADY)
def test_steady_level(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


SUPERLATIVE_SINCE = [
    # a time a superlative is measured over ("the first ... since X") is not the period
    (
        "Treason convictions in the first quarter of 2026 fell to 60, the first year-on-year"
        " fall since the invasion, while sabotage verdicts stood at 35.",
        [
            _count("treason", 60, "2026-01-01", "2026-03-31"),
            _count("sabotage", 35, "2026-01-01", "2026-03-31"),
        ],
    ),
    (
        "Courts convicted 19 people of espionage in the first quarter of 2026, the highest"
        " quarterly total since 2015, and 9 of confidential cooperation.",
        [
            _count("espionage", 19, "2026-01-01", "2026-03-31"),
            _count("confidential_cooperation", 9, "2026-01-01", "2026-03-31"),
        ],
    ),
    # traps: "since" that is the period, and a "since" clause dating a law
    (
        "Since the invasion, courts have convicted 900 people of treason.",
        [_count("treason", 900, "2022-02-24", "2026-04-20")],
    ),
]


@pytest.mark.parametrize(("text", "want"), SUPERLATIVE_SINCE)
def test_superlative_since(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


BASELINES = [
    # "fell to N from M a year earlier": the earlier figure for the same months a year back
    (
        "Espionage convictions in the first half of 2025 rose to 30 from 12 a year earlier.",
        [
            _count("espionage", 30, "2025-01-01", "2025-06-30"),
            _count("espionage", 12, "2024-01-01", "2024-06-30"),
        ],
    ),
    (
        "Sabotage verdicts in 2025 dropped to 150 from 170 the year before.",
        [
            _count("sabotage", 150, "2025-01-01", "2025-12-31"),
            _count("sabotage", 170, "2024-01-01", "2024-12-31"),
        ],
    ),
    # "double the M of the year before / of the previous year"
    (
        "Courts convicted 64 people of espionage in 2025, almost triple the 22 of the"
        " previous year.",
        [
            _count("espionage", 64, "2025-01-01", "2025-12-31"),
            _count("espionage", 22, "2024-01-01", "2024-12-31"),
        ],
    ),
    # "climbed to N from M" with no time after a whole year's count: the year before
    (
        "Courts convicted 300 people of treason in 2025. Sabotage convictions climbed to 180"
        " from 95, and 40 people were convicted of espionage.",
        [
            _count("treason", 300, "2025-01-01", "2025-12-31"),
            _count("sabotage", 180, "2025-01-01", "2025-12-31"),
            _count("sabotage", 95, "2024-01-01", "2024-12-31"),
            _count("espionage", 40, "2025-01-01", "2025-12-31"),
        ],
    ),
    # traps: a quarter's untimed "from" (which quarter?), and a comma before the baseline's
    # own time
    (
        "Desertion convictions in the third quarter of 2025 rose to 205 from 164.",
        [_count("desertion", 205, "2025-07-01", "2025-09-30")],
    ),
    (
        "Courts convicted 2,000 servicemen of going AWOL in the third quarter of 2025."
        " Desertion convictions rose to 210, from 170 in the second quarter.",
        [
            _count("leaving_a_unit_without_leave", 2000, "2025-07-01", "2025-09-30"),
            _count("desertion", 210, "2025-07-01", "2025-09-30"),
            _count("desertion", 170, "2025-04-01", "2025-06-30"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), BASELINES)
def test_baselines(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


PERIODS = [
    # "between January and June this year": one period, the months of this year
    (
        "Between January and June this year, courts convicted 70 people of treason.",
        [_count("treason", 70, "2026-01-01", "2026-06-30")],
    ),
    (
        "From January to March this year 33 people were convicted of espionage.",
        [_count("espionage", 33, "2026-01-01", "2026-03-31")],
    ),
    # "since January 1" with no year: this year to date
    (
        "Since January 1, military courts have convicted 2,100 servicemen of desertion.",
        [_count("desertion", 2100, "2026-01-01", "2026-04-20")],
    ),
    (
        "Since 1 January, 45 people have been found guilty of sabotage.",
        [_count("sabotage", 45, "2026-01-01", "2026-04-20")],
    ),
    # "since January 1, 2023", "since 1 March 2022": from that month's first day
    (
        "Since January 1, 2023, courts have convicted 610 people of treason.",
        [_count("treason", 610, "2023-01-01", "2026-04-20")],
    ),
    (
        "Since 1 March 2022, at least 1,000 people have been convicted of spreading army fakes.",
        [_count("army_fakes", 1000, "2022-03-01", "2026-04-20", q="at_least")],
    ),
    # trap: a single day is that day only
    (
        "On 1 March 2026, a court convicted three people of treason.",
        [_count("treason", 3, "2026-03-01", "2026-03-01")],
    ),
]


@pytest.mark.parametrize(("text", "want"), PERIODS)
def test_periods(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


PEOPLE_AND_ASIDES = [
    # "N deserters were sentenced": the noun names the offence
    (
        "In the second quarter of 2025 alone, 380 deserters were sentenced.",
        [_count("desertion", 380, "2025-04-01", "2025-06-30")],
    ),
    (
        "Garrison courts convicted 1,150 deserters in 2025.",
        [_count("desertion", 1150, "2025-01-01", "2025-12-31")],
    ),
    # with a charge of its own, the charge is the offence
    (
        "In 2025 the courts convicted 90 deserters of voluntary surrender.",
        [_count("voluntary_surrender", 90, "2025-01-01", "2025-12-31")],
    ),
    # "Of them, N, or about P%, were convicted of X": a share aside after the figure
    (
        "In 2025, 520 people were tried in state-security cases. Of them, 410, or roughly"
        " 79%, were convicted of treason.",
        [_count("treason", 410, "2025-01-01", "2025-12-31")],
    ),
    (
        "In 2025, 300 people stood trial; of them, 240 (80%) were convicted of espionage.",
        [_count("espionage", 240, "2025-01-01", "2025-12-31")],
    ),
    # "..., against a share of P% in YEAR": the year is the share's, not the count's
    (
        "In the first half of 2025, 150 were convicted of treason, against a share of 60% in 2024.",
        [_count("treason", 150, "2025-01-01", "2025-06-30")],
    ),
    # traps: deserters detained or wanted, and a share alone
    ("In 2025, 700 deserters were detained by military police.", []),
    ("Some 2,000 deserters remain on the wanted list.", []),
    ("Of them, 76% were convicted of treason in 2025.", []),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE_AND_ASIDES)
def test_people_and_asides(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


RESPECTIVE_PERIODS = [
    # a list of figures with the years they pair with before "respectively"
    (
        "For espionage, the courts convicted 9, 23 and 31 people in 2023, 2024 and 2025"
        " respectively.",
        [
            _count("espionage", 9, "2023-01-01", "2023-12-31"),
            _count("espionage", 23, "2024-01-01", "2024-12-31"),
            _count("espionage", 31, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "Courts convicted 12 and 20 people of sabotage training in 2024 and 2025, respectively.",
        [
            _count("sabotage_training", 12, "2024-01-01", "2024-12-31"),
            _count("sabotage_training", 20, "2025-01-01", "2025-12-31"),
        ],
    ),
    # "in those N years": the periods of the sentence before's counts
    (
        "Treason convictions by year: 2024 — 145; 2025 — 210. For espionage, courts"
        " convicted 23 and 30 people in those two years respectively.",
        [
            _count("treason", 145, "2024-01-01", "2024-12-31"),
            _count("treason", 210, "2025-01-01", "2025-12-31"),
            _count("espionage", 23, "2024-01-01", "2024-12-31"),
            _count("espionage", 30, "2025-01-01", "2025-12-31"),
        ],
    ),
    # traps: more figures than years, and terms, not counts
    (
        "Courts convicted 5, 8 and 13 people of espionage in 2024 and 2025 respectively.",
        [],
    ),
    (
        "Average treason terms were 12 and 14 years in 2024 and 2025 respectively.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), RESPECTIVE_PERIODS)
def test_respective_periods(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


OFFENCE_BEFORE = [
    # a plain count of people convicted takes the one offence of the sentence right before
    (
        '"Espionage trials used to be rare," the lawyer said. "In 2025, 64 people were convicted."',
        [_count("espionage", 64, "2025-01-01", "2025-12-31")],
    ),
    (
        "Sabotage prosecutions have multiplied since the invasion. Last year 196 people were"
        " sentenced, court data show.",
        [_count("sabotage", 196, "2025-01-01", "2025-12-31")],
    ),
    # traps: two offences before; a charge of its own; a sentence in between
    (
        "Treason and espionage trials are on the rise. In 2025, 300 people were convicted.",
        [],
    ),
    (
        "Treason trials are on the rise. In 2025, 3,000 people were convicted of crimes"
        " against the state.",
        [],
    ),
    (
        "Treason trials are on the rise. Lawyers are scarce. In 2025, 300 people were convicted.",
        [],
    ),
    ("Treason trials are on the rise. In 2025, 300 people were detained.", []),
]


@pytest.mark.parametrize(("text", "want"), OFFENCE_BEFORE)
def test_offence_before(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


SAME_PERIOD_WHOLE = [
    # "over the same period" after a span and a part of it told "alone": the span
    (
        "Since the start of 2023, courts have convicted 600 people of treason; 250 of those"
        " verdicts came in 2025 alone. Espionage convictions over the same period totalled"
        " 90.",
        [
            _count("treason", 600, "2023-01-01", "2026-04-20"),
            _count("treason", 250, "2025-01-01", "2025-12-31"),
            _count("espionage", 90, "2023-01-01", "2026-04-20"),
        ],
    ),
    # trap: with no span around it, the latest period stays the one meant
    (
        "Courts convicted 250 people of treason in 2025. Espionage convictions over the same"
        " period totalled 90.",
        [
            _count("treason", 250, "2025-01-01", "2025-12-31"),
            _count("espionage", 90, "2025-01-01", "2025-12-31"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), SAME_PERIOD_WHOLE)
def test_same_period_whole(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


CASES_LANDED = [
    # cases that "landed on judges' desks" or "in the courts" reached them: a case count
    (
        "The busiest month was January 2026, when 802 new AWOL cases landed on judges' desks.",
        [
            _count(
                "leaving_a_unit_without_leave", 802, "2026-01-01", "2026-01-31", kind="case_count"
            )
        ],
    ),
    (
        "In March 2026, 41 treason cases landed in the courts.",
        [_count("treason", 41, "2026-03-01", "2026-03-31", kind="case_count")],
    ),
    # traps: people who landed in jail; a plane that landed
    ("In March 2026, 41 treason suspects landed in pre-trial detention.", []),
    ("In March 2026, 41 planes landed in Moscow despite drone alerts.", []),
]


@pytest.mark.parametrize(("text", "want"), CASES_LANDED)
def test_cases_landed(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


MODIFIER_LISTS_AND_PARTS = [
    # "N treason, espionage and confidential cooperation convictions": one figure, three
    (
        "Courts handed down 240 treason, espionage and confidential cooperation convictions"
        " in the first half of 2025.",
        [
            (
                "conviction_count",
                ("treason", "espionage", "confidential_cooperation"),
                240,
                "exact",
                "2025-01-01",
                "2025-06-30",
            )
        ],
    ),
    (
        "Investigators opened 95 sabotage, espionage and treason cases in March 2026.",
        [
            (
                "case_count",
                ("sabotage", "espionage", "treason"),
                95,
                "exact",
                "2026-03-01",
                "2026-03-31",
            )
        ],
    ),
    # "received N cases over X, including A AWOL cases and B desertion cases": the parts
    # the total's verb counts
    (
        "In 2025 garrison courts received 12,000 cases over refusals to serve, including"
        " 10,500 AWOL cases and 610 desertion cases.",
        [
            _count(
                "leaving_a_unit_without_leave", 10500, "2025-01-01", "2025-12-31", kind="case_count"
            ),
            _count("desertion", 610, "2025-01-01", "2025-12-31", kind="case_count"),
        ],
    ),
    # traps: a part with no modifier of its own is a kind of case, told once
    (
        "In 2025 investigators opened 300 treason cases, including 80 cases against foreigners.",
        [
            _count("treason", 300, "2025-01-01", "2025-12-31", kind="case_count"),
            _count("treason", 80, "2025-01-01", "2025-12-31", kind="case_count"),
        ],
    ),
    ("In 2025 police detained 500 people, including 90 treason suspects.", []),
]


@pytest.mark.parametrize(("text", "want"), MODIFIER_LISTS_AND_PARTS)
def test_modifier_lists_and_parts(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


MORE_ELIDED_AND_BASELINES = [
    # "N last year and M so far this year": an item with a time and no preposition
    (
        "Courts convicted 150 people of espionage last year and 120 so far this year.",
        [
            _count("espionage", 150, "2025-01-01", "2025-12-31"),
            _count("espionage", 120, "2026-01-01", "2026-04-20"),
        ],
    ),
    (
        "Convictions for sabotage numbered 196 last year and 70 so far this year.",
        [
            _count("sabotage", 196, "2025-01-01", "2025-12-31"),
            _count("sabotage", 70, "2026-01-01", "2026-04-20"),
        ],
    ),
    # "the previous year's figure of N": the year before the count's
    (
        "Courts convicted 210 people of treason in 2025. That was well above the previous"
        " year's figure of 145.",
        [
            _count("treason", 210, "2025-01-01", "2025-12-31"),
            _count("treason", 145, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "Courts convicted 46 people of confidential cooperation in 2025, double the"
        " preceding year's total of 23.",
        [
            _count("confidential_cooperation", 46, "2025-01-01", "2025-12-31"),
            _count("confidential_cooperation", 23, "2024-01-01", "2024-12-31"),
        ],
    ),
    # traps: a part of the count with a verb of its own; this year's figure is no baseline
    (
        "Courts convicted 112 people of sabotage in 2025, and 30 of them last year appealed.",
        [_count("sabotage", 112, "2025-01-01", "2025-12-31")],
    ),
    (
        "Courts convicted 145 people of treason in 2025. This year's figure of 60 is for the"
        " first quarter only.",
        [_count("treason", 145, "2025-01-01", "2025-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "want"), MORE_ELIDED_AND_BASELINES)
def test_more_elided_and_baselines(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


FOOTNOTES_AND_QUARTERS = [
    # a footnote mark after the stop ends the sentence: the next one's offence is its own
    (
        "Sabotage training became a crime in 2023. In 2025 alone, 21 people were convicted"
        " under the article.[4] Its neighbour, sabotage (Article 281), carries 10 to 20 years.",
        [
            _count("sabotage_training", 21, "2025-01-01", "2025-12-31"),
            _range("sabotage", 10.0, 20.0),
        ],
    ),
    # "the N of the third quarter": a baseline in a quarter of the year in context
    (
        "Courts convicted 290 people of desertion in the second quarter of 2025, well above"
        " the 200 of the first quarter.",
        [
            _count("desertion", 290, "2025-04-01", "2025-06-30"),
            _count("desertion", 200, "2025-01-01", "2025-03-31"),
        ],
    ),
    # trap: a number inside brackets that is no footnote stays in its sentence
    (
        "In 2025, 40 people were convicted of espionage [Judicial Department data]. The"
        " average term was 13 years.",
        [_count("espionage", 40, "2025-01-01", "2025-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "want"), FOOTNOTES_AND_QUARTERS)
def test_footnotes_and_quarters(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


RATES_AND_STEPS = [
    # a rate aside after a dash leaves the count before it standing
    (
        "In 2025 courts convicted 10,950 servicemen of going AWOL — 30 every day.",
        [_count("leaving_a_unit_without_leave", 10950, "2025-01-01", "2025-12-31")],
    ),
    (
        "Courts convicted 52 people of sabotage (four every month) in 2025.",
        [_count("sabotage", 52, "2025-01-01", "2025-12-31")],
    ),
    # "rose from A in Y1 to B in Y2 and C in Y3": a further step without "to"
    (
        "Espionage convictions rose from 9 in 2023 to 23 in 2024 and 41 in 2025.",
        [
            _count("espionage", 9, "2023-01-01", "2023-12-31"),
            _count("espionage", 23, "2024-01-01", "2024-12-31"),
            _count("espionage", 41, "2025-01-01", "2025-12-31"),
        ],
    ),
    # traps: a rate alone; a step that is no later year
    ("Courts now convict about 30 servicemen of going AWOL every day.", []),
    (
        "Espionage convictions rose from 9 in 2023 to 23 in 2024 and 5 in 2022 were overturned.",
        [
            _count("espionage", 9, "2023-01-01", "2023-12-31"),
            _count("espionage", 23, "2024-01-01", "2024-12-31"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), RATES_AND_STEPS)
def test_rates_and_steps(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


SUCH_TRIALS = [
    # "such trials", "such prosecutions": the offence of the sentence before
    (
        "Espionage cases are tried behind closed doors. Last year such trials ended in 88"
        " convictions.",
        [_count("espionage", 88, "2025-01-01", "2025-12-31")],
    ),
    (
        "Sabotage charges have multiplied. In 2025 such prosecutions produced 196 convictions.",
        [_count("sabotage", 196, "2025-01-01", "2025-12-31")],
    ),
    # trap: trials with no offence told before
    ("Last year such trials ended in 88 convictions.", []),
]


@pytest.mark.parametrize(("text", "want"), SUCH_TRIALS)
def test_such_trials(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


FRONTED_AT = [
    # "X, at N convictions, ...": the count is the subject's
    (
        "Sabotage, at 196 convictions, overtook espionage in 2025.",
        [_count("sabotage", 196, "2025-01-01", "2025-12-31")],
    ),
    (
        "Confidential cooperation (Article 275.1), at about 46 verdicts in 2025, still trails"
        " treason by far.",
        [_count("confidential_cooperation", 46, "2025-01-01", "2025-12-31", q="about")],
    ),
    # trap: "at" that opens no apposition ("In Moscow, at least 40 ...")
    (
        "In Moscow, at least 40 people were convicted of treason in 2025.",
        [_count("treason", 40, "2025-01-01", "2025-12-31", q="at_least")],
    ),
]


@pytest.mark.parametrize(("text", "want"), FRONTED_AT)
def test_fronted_at(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


BRACKET_BASELINES = [
    # an earlier year's figure in brackets after the count
    (
        "Courts convicted 88 people of espionage in 2025 (70 in 2024).",
        [
            _count("espionage", 88, "2025-01-01", "2025-12-31"),
            _count("espionage", 70, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "Sabotage: 196 people convicted in 2025 (2024: 112).",
        [
            _count("sabotage", 196, "2025-01-01", "2025-12-31"),
            _count("sabotage", 112, "2024-01-01", "2024-12-31"),
        ],
    ),
    # traps: an article number or a page in brackets is no figure
    (
        "Courts convicted 88 people of espionage (Article 276) in 2025.",
        [_count("espionage", 88, "2025-01-01", "2025-12-31")],
    ),
    (
        "Courts convicted 88 people of espionage in 2025 (see page 12).",
        [_count("espionage", 88, "2025-01-01", "2025-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "want"), BRACKET_BASELINES)
def test_bracket_baselines(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


WHEN_THERE_WERE = [
    # "since YEAR, when there were N": that year's count
    (
        "Espionage convictions have grown every year since 2020, when there were just 7.",
        [_count("espionage", 7, "2020-01-01", "2020-12-31")],
    ),
    (
        "Sabotage verdicts have multiplied since 2022, when there were about 20.",
        [_count("sabotage", 20, "2022-01-01", "2022-12-31", q="about")],
    ),
    # traps: no offence; people detained then
    ("Convictions have risen since 2021, when there were 13.", []),
    ("Treason arrests have risen since 2021, when there were 40 detentions.", []),
]


@pytest.mark.parametrize(("text", "want"), WHEN_THERE_WERE)
def test_when_there_were(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)
