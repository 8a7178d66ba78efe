"""Categories found on real English trial reports, in sentences of our own: a person
sentenced "by a court in <place>" or "by an occupation 'court'" (the court is no person);
a full name's surname alone telling the same term again at the end of the report (one
term); a count of the people sentenced on one day that the next sentences give a term each
(no count of convictions: a trial, not a statistic)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 2, 21)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [(c.kind, c.offence, c.count or c.sentence_years, c.person) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "Pavel Sorokin has been sentenced by a court in Kherson to 13 years for treason.",
        "Pavel Sorokin was sentenced by a court in Nizhny Novgorod to 13 years for treason.",
        "Pavel Sorokin was sentenced by an occupation 'court' to 13 years for treason.",
        "Pavel Sorokin was sentenced by the court of Kursk on Monday to 13 years for treason.",
    ],
)
def test_a_court_with_its_place_is_no_person(lexicon: Lexicon, text: str) -> None:
    assert _claims(lexicon, text) == [("individual_sentence", "treason", 13, "Pavel Sorokin")]


def test_the_surname_alone_tells_the_same_term_again(lexicon: Lexicon) -> None:
    text = (
        "Irina Volkova, a 58-year-old librarian, has been sentenced to 11 years' imprisonment "
        "for treason. She had sent about 4,000 roubles to a Ukrainian fund in 2023. The "
        "verdict was announced by the regional prosecutor on Thursday. Volkova was sentenced "
        "to 11 years in a general-regime colony."
    )
    assert _claims(lexicon, text) == [("individual_sentence", "treason", 11, "Irina Volkova")]


def test_a_surname_with_another_term_is_another_claim(lexicon: Lexicon) -> None:
    text = (
        "Irina Volkova has been sentenced to 11 years for treason. In a separate case last "
        "year, Volkova was sentenced to 4 years for espionage."
    )
    got = _claims(lexicon, text)
    assert got[0] == ("individual_sentence", "treason", 11, "Irina Volkova")
    assert [(c[1], c[2]) for c in got[1:]] == [("espionage", 4)]


def test_the_people_of_one_days_trials_are_no_count(lexicon: Lexicon) -> None:
    text = (
        "Two Russians were sentenced on Wednesday for treason. Ilya Gromov, a 20-year-old "
        "student, was sentenced to eight years in prison, a regional court said. He was "
        "detained in May. Timur Aliyev was sentenced to six years in prison by a court in "
        "Nalchik."
    )
    got = _claims(lexicon, text)
    assert [c[0] for c in got] == ["individual_sentence", "individual_sentence"]
    assert [c[2] for c in got] == [8, 6]


def test_a_years_count_before_the_stories_of_its_people_stays(lexicon: Lexicon) -> None:
    text = (
        "Courts convicted two people of treason in the region in 2024. Ilya Gromov was "
        "sentenced to eight years in prison. Timur Aliyev was sentenced to six years."
    )
    got = _claims(lexicon, text)
    assert got[0] == ("conviction_count", "treason", 2, None)
    assert [c[2] for c in got[1:]] == [8, 6]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Investigators opened 77 treason cases between January and June 2024, a "
            "threefold increase from the 25 cases investigated in all of 2022.",
            [
                ("treason", 77, "2024-01-01", "2024-06-30"),
                ("treason", 25, "2022-01-01", "2022-12-31"),
            ],
        ),
        (
            "Investigators opened 77 treason cases between January and June 2024, up from "
            "the 25 cases opened in 2022.",
            [
                ("treason", 77, "2024-01-01", "2024-06-30"),
                ("treason", 25, "2022-01-01", "2022-12-31"),
            ],
        ),
        (
            "Investigators opened 77 treason cases between January and June 2024, compared "
            "with the 25 cases opened in 2022.",
            [
                ("treason", 77, "2024-01-01", "2024-06-30"),
                ("treason", 25, "2022-01-01", "2022-12-31"),
            ],
        ),
        (
            "Courts convicted 150 people of treason in 2024, a fourfold rise on the 38 "
            "convicted in 2023.",
            [
                ("treason", 150, "2024-01-01", "2024-12-31"),
                ("treason", 38, "2023-01-01", "2023-12-31"),
            ],
        ),
        (  # an item after a baseline keeps the count's period
            "Courts convicted 150 people of treason in 2024, a sharp rise from 38 in 2023, and "
            "21 of espionage.",
            [
                ("treason", 150, "2024-01-01", "2024-12-31"),
                ("treason", 38, "2023-01-01", "2023-12-31"),
                ("espionage", 21, "2024-01-01", "2024-12-31"),
            ],
        ),
    ],
)
def test_a_figure_an_increase_is_counted_from_takes_its_own_year(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    got = [(c.offence, c.count, c.period_start, c.period_end) for c in claims]
    assert sorted(got, key=str) == sorted(want, key=str)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the first half of 2025, 71% of defendants (164 people) were convicted of treason.",
            [("treason", 164, "2025-01-01", "2025-06-30")],
        ),
        (
            "In 2024, 64 per cent of those convicted (93 people) were found guilty of treason.",
            [("treason", 93, "2024-01-01", "2024-12-31")],
        ),
        (  # a share before its own figure in brackets, the figure no count of people
            "In 2024, 130 people were convicted of treason, a 30% rise (30 more) on 2023.",
            [("treason", 130, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_a_share_with_its_figure_in_brackets_counts_the_figure(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    assert [(c.offence, c.count, c.period_start, c.period_end) for c in claims] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the first half of 2025, the majority of convictions—151 people, or 71%—were "
            "for state treason.",
            [("conviction_count", "treason", 151)],
        ),
        (
            "In the first half of 2025, the majority of those convicted - 151 people - were "
            "found guilty of treason.",
            [("conviction_count", "treason", 151)],
        ),
        (  # a kind of term among the people counted: a part by outcome, no count
            "In 2025, courts convicted 420 people of treason. Five defendants were sentenced "
            "to life imprisonment.",
            [("conviction_count", "treason", 420)],
        ),
        (
            "In 2025, 40 people were sentenced for treason; four of them received life.",
            [("conviction_count", "treason", 40)],
        ),
        (  # the majority of people who are no convictions
            "In 2025, most defendants - 30 people - were students.",
            [],
        ),
    ],
)
def test_the_majority_in_apposition_and_life_terms_among_the_convicted(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert [c[:3] for c in _claims(lexicon, text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Oleg Sidorov left Russia in 2022. On Monday a Moscow court sentenced him in "
            "absentia to 13 years for treason.",
            ("treason", 13, "Oleg Sidorov"),
        ),
        (
            "A military court handed a contract soldier 12 years for attempting to defect to "
            "Ukraine.",
            ("treason", 12, "a contract soldier"),
        ),
        (
            "The court gave a conscript 11 years for trying to defect to the Ukrainian side.",
            ("treason", 11, "a conscript"),
        ),
    ],
)
def test_in_absentia_after_the_person_and_defecting_to_ukraine(
    lexicon: Lexicon, text: str, want: tuple[object, ...]
) -> None:
    assert [c[1:] for c in _claims(lexicon, text)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "During the full-scale invasion, investigators opened 380 treason cases.",
            ("case_count", "treason", 380, "2022-02-24", "2025-02-21"),
        ),
        (
            "Throughout the war in Ukraine, courts convicted 650 people of treason.",
            ("conviction_count", "treason", 650, "2022-02-24", "2025-02-21"),
        ),
        (  # another war: no span of the invasion
            "During the war, Soviet courts convicted 30,000 people of treason.",
            ("conviction_count", "treason", 30000, None, None),
        ),
    ],
)
def test_during_the_full_scale_invasion_is_the_span_since_it_began(
    lexicon: Lexicon, text: str, want: tuple[object, ...]
) -> None:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.kind, c.offence, c.count, c.period_start, c.period_end) for c in claims] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The harshest was the sentence of 22 years handed down to engineer Pavel Lukin for "
            "treason.",
            ("treason", 22, "Pavel Lukin"),
        ),
        (
            "A term of 13 years was imposed on a former officer for espionage.",
            ("espionage", 13, "a former officer"),
        ),
    ],
)
def test_a_sentence_of_n_years_handed_down_to_a_person(
    lexicon: Lexicon, text: str, want: tuple[object, ...]
) -> None:
    assert [c[1:] for c in _claims(lexicon, text)] == [want]


def test_every_charge_of_the_verdict_before_is_the_terms(lexicon: Lexicon) -> None:
    text = (
        "The historian Anton Belov was this week convicted of treason in addition to "
        "spreading false information about the army. He was sentenced to 22 years in prison."
    )
    assert [c[1:] for c in _claims(lexicon, text)] == [
        (("treason", "army_fakes"), 22, "Anton Belov")
    ]


def test_a_countrys_count_of_two_offences_names_no_ones_charge(lexicon: Lexicon) -> None:
    text = (
        "Courts convicted 30 people of treason and espionage in 2024. A pensioner from Omsk "
        "was sentenced to 12 years."
    )
    assert [c[:2] for c in _claims(lexicon, text)] == [
        ("conviction_count", ("treason", "espionage")),
        ("individual_sentence", None),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ivan Sorokin lost his appeal against the 13-year prison sentence handed to him in "
            "March for espionage.",
            ("espionage", 13, "Ivan Sorokin"),
        ),
        (
            "An appeals court upheld the 16-year sentence given to the journalist Pavel Orlov "
            "for treason.",
            ("treason", 16, "Pavel Orlov"),
        ),
    ],
)
def test_the_n_year_sentence_handed_to_a_person(
    lexicon: Lexicon, text: str, want: tuple[object, ...]
) -> None:
    assert [c[1:] for c in _claims(lexicon, text)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # one court, a band of terms, no period: a trial, no count
            "A Russian court sentenced five Ukrainian citizens to prison terms of 11 to 16 "
            "years for spying for Ukraine.",
            [],
        ),
        (  # a dated count of one court's people stays a count
            "In 2024, a court sentenced five people to terms of 11 to 16 years for treason.",
            [("conviction_count", "treason", 5)],
        ),
    ],
)
def test_a_band_of_terms_for_one_trial_is_no_count(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert [c[:3] for c in _claims(lexicon, text) if c[0] == "conviction_count"] == want


def test_another_offences_change_is_not_the_count_befores(lexicon: Lexicon) -> None:
    text = (
        "IStories found that 48 people had been convicted of treason in the first six months "
        "of this year. In addition, espionage convictions were found to have grown ninefold "
        "compared to the same period last year."
    )
    claims = extract_claims(
        text, document="d", lexicon=lexicon, lang="en", published=dt.date(2025, 10, 1)
    )
    assert [(c.offence, c.count, c.change) for c in claims] == [("treason", 48, None)]
    same = (
        "Courts convicted 140 people of treason in 2024. Treason convictions quadrupled "
        "compared with 2023."
    )
    claims = extract_claims(
        same, document="d", lexicon=lexicon, lang="en", published=dt.date(2025, 4, 1)
    )
    assert [c.change.factor for c in claims if c.change] == [4]


def test_a_surname_with_an_age_in_apposition_is_a_person(lexicon: Lexicon) -> None:
    text = "Orlov, 34, was given 15 years for sabotage."
    assert [c[1:] for c in _claims(lexicon, text)] == [("sabotage", 15, "Orlov")]


@pytest.mark.parametrize(
    ("text", "offence"),
    [
        ("Under the amended code, anyone involving minors in sabotage faces up to life.",
         "assisting_sabotage"),
        ("A regional court gave Oleg Lunin nine years for recruiting minors for sabotage.",
         "assisting_sabotage"),
        ("A regional court gave Oleg Lunin nine years for sabotage.", "sabotage"),
    ],
)  # fmt: skip
def test_drawing_minors_into_sabotage_is_assisting_it(
    lexicon: Lexicon, text: str, offence: str
) -> None:
    """Involving or recruiting minors for sabotage is 281.1 (assisting sabotage), as the law
    of November 2025 has it, not 281 (sabotage itself)."""
    assert [c[1] for c in _claims(lexicon, text)] == [offence]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Garrison courts carried out 512 sentences in AWOL cases in February 2025.",
         [("leaving_a_unit_without_leave", 512, "2025-02-01")]),
        ("In all, 1,240 sentences for desertion were carried out by military courts in 2024.",
         [("desertion", 1240, "2024-01-01")]),
        ("In 2024 the prison service carried out 700 sentences for desertion.", []),
        (  # the item after the count: its own time after "since", the count's noun again
            "Garrison courts received 2,100 AWOL cases in 2024, and 8,900 since the start "
            "of the war.",
            [("leaving_a_unit_without_leave", 2100, "2024-01-01"),
             ("leaving_a_unit_without_leave", 8900, "2022-02-24")],
        ),
        ("Courts convicted 44 people of treason in 2024 and 9 since January.",
         [("treason", 44, "2024-01-01"), ("treason", 9, "2025-01-01")]),
    ],
)  # fmt: skip
def test_sentences_carried_out_by_courts_and_items_since(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    """A translation's "sentences carried out by courts" are verdicts handed down (not when
    a prison service carries them out); an item after a count may take its own time with
    "since" ("..., and 8,900 since the start of the war"), whose "of" is no charge."""
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.count, c.period_start) for c in claims] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ilya Grachev got eight years for treason; his brother received three years for "
         "failing to report a crime.", [("treason", 8.0)]),
        ("Ilya Grachev was jailed for six years for fraud.", []),
        (  # a charge the lexicon cannot name stays, for a reviewer to correct
            "Ilya Grachev was sentenced to six years for alleged links to a banned group.",
            [(None, 6.0)],
        ),
        ("A garrison court gave Ilya Grachev five years for leaving his unit.",
         [("leaving_a_unit_without_leave", 5.0)]),
    ],
)  # fmt: skip
def test_a_term_for_a_charge_outside_the_scheme(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    """A term for a charge known to lie outside the scheme (failing to report a crime,
    fraud) is no claim; one for a charge the lexicon cannot name is kept without an
    offence; "leaving his unit" is going absent without leave (337), not desertion."""
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.sentence_years) for c in claims] == want


def test_a_year_after_an_offence_against_a_country_is_the_period(lexicon: Lexicon) -> None:
    """ "calls for sanctions against Russia in 2024": a country after "against" is no figure
    compared with ("against four in 2023"), so its year is the count's period."""
    text = "Courts convicted 31 people of calls for sanctions against Russia in 2024."
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.count, c.period_start) for c in claims] == [
        ("calls_for_sanctions", 31, "2024-01-01")
    ]


@pytest.mark.parametrize(
    "between",
    [
        "A second study looked at verdicts in anti-war cases from March 2022 to June 2023.",
        "A second study looked at verdicts in anti-war cases.",  # no figure: not scanned
    ],
)
def test_a_kind_of_cases_of_its_own_ends_the_reference_back(lexicon: Lexicon, between: str) -> None:
    """ "There were 73 verdicts" after a sentence about anti-war cases counts those cases,
    which no offence of the scheme names: no claim, not the offences told before them."""
    text = (
        "In July about 20 cases were opened under the articles on discrediting the army and "
        f"on army fakes. {between} In the first half of 2023 there were 114 verdicts."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.kind, c.count) for c in claims] == [("case_count", 20)]


def test_a_year_earlier_after_against_is_the_baselines(lexicon: Lexicon) -> None:
    """ "reached 1,240, against 960 a year earlier": "a year earlier" dates the figure after
    "against", not the count (which keeps the year in context)."""
    text = (
        "In 2025 courts convicted 5,870 servicemen of going absent without leave. Desertion "
        "convictions reached 1,310, against 990 a year earlier."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.count, c.period_start) for c in claims] == [
        ("leaving_a_unit_without_leave", 5870, "2025-01-01"),
        ("desertion", 1310, "2025-01-01"),
        ("desertion", 990, "2024-01-01"),
    ]


def test_undergoing_training_for_sabotage_in_a_courts_release(lexicon: Lexicon) -> None:
    """A court's release naming Article 281.2 with its title in brackets ("undergoing
    training for the purpose of carrying out sabotage"): sabotage training, not sabotage."""
    text = (
        "The court found Oleg Lunin guilty of an offence under Article 281.2 of the Criminal "
        "Code (undergoing training for the purpose of carrying out sabotage) and sentenced "
        "him to 15 years' imprisonment."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.sentence_years) for c in claims] == [("sabotage_training", 15.0)]


def test_a_kin_told_before_is_the_person_of_a_pronoun(lexicon: Lexicon) -> None:
    """ "My brother was detained in 2023. The court gave him 13 years for treason.": the one
    person the sentence before describes by kinship is the "him" of the term."""
    text = "Our son was detained in 2024. The regional court gave him 14 years for treason."
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.sentence_years, c.person) for c in claims] == [
        ("treason", 14.0, "Our son")
    ]


def test_a_second_person_by_first_name_with_the_unit_left_out(lexicon: Lexicon) -> None:
    """ "sentenced Artem to 11 years and Kirill to 12 for sabotage": the second person by a
    first name alone, the unit left to the term before, the charge after both."""
    text = "A garrison court sentenced Lev to nine years and Maxim to 10 for sabotage."
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.sentence_years) for c in claims] == [
        ("sabotage", 9.0),
        ("sabotage", 10.0),
    ]


def test_deserters_name_desertion(lexicon: Lexicon) -> None:
    """ "Deserters accounted for a further 410 convictions": the offenders' noun names the
    offence (338), as "spies" names espionage."""
    text = "Deserters accounted for 388 convictions in 2024."
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.count, c.period_start) for c in claims] == [
        ("desertion", 388, "2024-01-01")
    ]


def test_a_name_told_again_further_on_with_the_same_term_is_one_term(lexicon: Lexicon) -> None:
    # the lead gives no charge; four sentences on, the same name, the same term and the
    # charge: one term, with that charge
    text = (
        "A court in Perm sentenced 41-year-old Denis Markin to 15 years in a high-security "
        "colony for sending 3,000 roubles to a fund in Kyiv. His lawyer said he would appeal. "
        "The verdict was delivered on 3 February. The FSB had detained him at his office in "
        "2023. Denis Markin was charged with treason and sentenced to 15 years."
    )
    assert _claims(lexicon, text) == [("individual_sentence", "treason", 15, "Denis Markin")]


def test_two_terms_of_different_people_stay_two(lexicon: Lexicon) -> None:
    text = (
        "A court in Perm sentenced Denis Markin to 15 years for treason. His brother Oleg "
        "Markin was sentenced to 15 years for espionage."
    )
    assert [c[1] for c in _claims(lexicon, text)] == ["treason", "espionage"]


@pytest.mark.parametrize(
    "text",
    [
        "The department said 6 people were convicted of treason and 3 of espionage last "
        "year, as compared to 11 and 5 respectively in 2022.",
        "Treason and espionage convictions numbered 11 and 5 respectively in 2022, against 6 "
        "and 3 last year.",
    ],
)
def test_figures_paired_by_respectively_take_the_time_right_after_it(
    lexicon: Lexicon, text: str
) -> None:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    by_count = {c.count: (c.offence, c.period_start) for c in claims}
    assert by_count[11] == ("treason", "2022-01-01")
    assert by_count[5] == ("espionage", "2022-01-01")
    assert by_count[6] == ("treason", "2024-01-01")
    assert by_count[3] == ("espionage", "2024-01-01")


def test_a_rise_with_no_time_of_its_own_spans_the_two_years_before(lexicon: Lexicon) -> None:
    text = (
        "Courts found 7 people guilty of treason last year, compared with 19 in 2022. None "
        "was acquitted. The number convicted of disclosing state secrets went up from 21 to "
        "26; and 2 people were sentenced for receipt of top-secret information."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    got = {(c.offence, c.count, c.period_start) for c in claims}
    assert ("disclosure_of_state_secrets", 21, "2022-01-01") in got
    assert ("disclosure_of_state_secrets", 26, "2024-01-01") in got
    # 283.1 by its nominal wording, in the year of the text's counts
    assert ("illegal_obtaining_of_state_secrets", 2, "2024-01-01") in got


def test_a_rise_with_no_time_stays_out_without_two_years_before(lexicon: Lexicon) -> None:
    text = (
        "Courts found 7 people guilty of treason last year. The number convicted of "
        "disclosing state secrets went up from 21 to 26."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [c.count for c in claims] == [7]


@pytest.mark.parametrize(
    "text",
    [
        "On 2 March 2019 a law adding calls for violating Russia's territorial integrity to "
        "the Code was signed.",
        "– 2 March 2019: a law adding calls for violating Russia's territorial integrity to "
        "the Code is signed.",
    ],
)
def test_a_law_signed_in_the_passive_is_an_enactment(lexicon: Lexicon, text: str) -> None:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.kind, c.offence, c.date) for c in claims] == [
        ("enactment", "calls_for_separatism", "2019-03-02")
    ]


def test_a_petition_signed_by_many_is_no_enactment(lexicon: Lexicon) -> None:
    text = "In May 2019 a letter against the treason law was signed by 3,000 people."
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [c for c in claims if c.kind == "enactment"] == []


def test_the_entry_into_force_in_a_clause_of_its_own_is_a_second_date(lexicon: Lexicon) -> None:
    text = (
        "– 2 March 2019: a law adding public calls for separatism to the Code is signed; it "
        "enters into force on 13 March 2019."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.rule, c.date) for c in claims] == [
        ("enactment.signed", "2019-03-02"),
        ("enactment.in-force", "2019-03-13"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Write to Pavel. Pavel, 31, is serving 13 years for treason over a small donation.",
        "Pavel is currently serving a 13-year sentence for treason.",
        "Pavel is serving thirteen years in a colony in Mordovia for treason.",
    ],
)
def test_a_named_person_serving_a_term_is_one_term(lexicon: Lexicon, text: str) -> None:
    assert _claims(lexicon, text) == [("individual_sentence", "treason", 13, "Pavel")]


def test_the_years_served_of_a_term_are_no_term(lexicon: Lexicon) -> None:
    text = "Pavel is serving 3 years of his 13-year term for treason in a colony."
    assert 3 not in [c[2] for c in _claims(lexicon, text)]


def test_a_crime_only_since_a_month_is_its_enactment(lexicon: Lexicon) -> None:
    text = "Assisting sabotage has been a crime only since December 2022."
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.kind, c.offence, c.date) for c in claims] == [
        ("enactment", "assisting_sabotage", "2022-12")
    ]


@pytest.mark.parametrize(
    ("text", "offence", "date"),
    [
        ("Life imprisonment was added to Article 275 in April 2023.", "treason", "2023-04"),
        (
            "Life imprisonment was added to Article 281.1 in December 2022.",
            "assisting_sabotage",
            "2022-12",
        ),
        (
            "Voluntary surrender is punishable by three to ten years. It became a crime under "
            "amendments signed on 24 September 2022.",
            "voluntary_surrender",
            "2022-09-24",
        ),
    ],
)
def test_an_addition_to_an_article_and_it_became_a_crime_are_enactments(
    lexicon: Lexicon, text: str, offence: str, date: str
) -> None:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.date) for c in claims if c.kind == "enactment"] == [(offence, date)]


@pytest.mark.parametrize(
    "text",
    [
        "The defendant's name was added to Article 275 cases in 2023.",
        "Voluntary surrender is punishable by three to ten years. It became a hit on social "
        "media on 24 September 2022.",
    ],
)
def test_other_additions_and_becomings_are_no_enactments(lexicon: Lexicon, text: str) -> None:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [c for c in claims if c.kind == "enactment"] == []
