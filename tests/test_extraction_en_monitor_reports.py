"""Wordings of monitoring groups' and news digests' reports on verdict counts (issue 10),
in sentences of our own: verdicts counted in the passive, a count in apposition to "the
majority", the start of the full-scale war said in other ways, "collaboration with
foreign states" for confidential cooperation, and the traps next to them (verdicts
"passed" are no law; terms "handed down" are no statutory range)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 10, 7)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [
        (c.kind, c.offence, c.count, c.qualifier, c.period_start, c.period_end, c.max_years, c.date)
        for c in claims
    ]


def _count(offence: object, n: int, start: str, end: str, q: str = "exact") -> tuple[object, ...]:
    return ("conviction_count", offence, n, q, start, end, None, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In 2023, 61 sentences for espionage were handed down by military courts.",
            [_count("espionage", 61, "2023-01-01", "2023-12-31")],
        ),
        (
            "Over 2024 at least 38 more treason sentences were issued in the annexed regions.",
            [_count("treason", 38, "2024-01-01", "2024-12-31", "at_least")],
        ),
        (
            "Nine sentences were passed in 2022 for sabotage.",
            [_count("sabotage", 9, "2022-01-01", "2022-12-31")],
        ),
        # a verdict upheld is counted again, not a new one
        ("In 2024, 19 treason sentences were upheld on appeal.", []),
    ],
)
def test_verdicts_counted_in_the_passive(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The majority, 141 people, were convicted of treason in 2024.",
        "The bulk of them — 141 people — were convicted of treason in 2024.",
        "The majority — 141 people (71%) — were convicted of treason in 2024.",
        "Most of them — 141 people, or 71% — were found guilty of treason in 2024.",
    ],
)
def test_a_count_in_apposition_to_its_head(lexicon: Lexicon, text: str) -> None:
    assert _claims(lexicon, text) == [_count("treason", 141, "2024-01-01", "2024-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        "Since the start of the all-out war against Ukraine, 418 people have been convicted "
        "of treason.",
        "Since Russia launched its full-scale invasion, 418 people have been found guilty of "
        "treason.",
        "Since Moscow invaded Ukraine, courts have convicted 418 people of treason.",
        "Since the large-scale war began, 418 people have been convicted of treason.",
    ],
)
def test_the_start_of_the_war_said_in_other_ways(lexicon: Lexicon, text: str) -> None:
    assert _claims(lexicon, text) == [_count("treason", 418, "2022-02-24", "2025-10-07")]


def test_collaboration_with_foreign_states_is_confidential_cooperation(lexicon: Lexicon) -> None:
    text = (
        "Courts convicted 205 people of treason, espionage and collaboration with foreign "
        "states in 2024."
    )
    offences = ("treason", "espionage", "confidential_cooperation")
    assert _claims(lexicon, text) == [_count(offences, 205, "2024-01-01", "2024-12-31")]


def test_verdicts_passed_are_no_law_and_terms_handed_down_no_range(lexicon: Lexicon) -> None:
    assert [c[0] for c in _claims(lexicon, "Four sentences were passed in 2023 for treason.")] == [
        "conviction_count"
    ]
    # what courts gave, not what the article allows
    assert _claims(lexicon, "Sentences of up to 19 years were handed down for treason.") == []
    assert _claims(lexicon, "Prison terms of 12 to 18 years were imposed for espionage.") == []
    # the statutory ones stay
    got = _claims(lexicon, "Espionage carries sentences of up to 20 years.")
    assert [(c[0], c[1], c[6]) for c in got] == [("penalty_range", "espionage", 20.0)]
    got = _claims(
        lexicon, "The State Duma passed the law on confidential cooperation in July 2022."
    )
    assert [(c[0], c[1], c[7]) for c in got] == [
        ("enactment", "confidential_cooperation", "2022-07")
    ]


def test_these_statutes_after_a_sentence_on_one_of_them(lexicon: Lexicon) -> None:
    text = (
        "Courts passed 230 verdicts for treason, espionage and confidential cooperation in the "
        "first half of 2025. The majority — 170 people — were convicted of treason. Since the "
        "full-scale invasion, 780 people have been convicted under these statutes."
    )
    got = [(c[1], c[2], c[4]) for c in _claims(lexicon, text)]
    group = ("treason", "espionage", "confidential_cooperation")
    assert got == [
        (group, 230, "2025-01-01"),
        ("treason", 170, "2025-01-01"),
        (group, 780, "2022-02-24"),
    ]
    # one offence named before, and "this offence": that one
    text = (
        "Courts convicted 230 people of treason and espionage in 2024. In 2025, 120 people were "
        "convicted of treason. Another 40 were convicted of this offence in the occupied regions."
    )
    assert [c[1] for c in _claims(lexicon, text)][-1] == "treason"


def test_the_same_charges_after_a_sentence_on_some_of_them(lexicon: Lexicon) -> None:
    # a plural reference after a sentence on two of the three charges counted: all three
    text = (
        "In the first half of 2025, 164 people were sentenced for treason, espionage and "
        "confidential cooperation, official data show. Sentences for treason rose by half, "
        "and those for confidential cooperation tripled. Occupation courts passed at least 38 "
        "more sentences under the same charges over the same months."
    )
    group = ("treason", "espionage", "confidential_cooperation")
    assert [(c[1], c[2], c[4]) for c in _claims(lexicon, text)] == [
        (group, 164, "2025-01-01"),
        (group, 38, "2025-01-01"),
    ]
    # the same charge, singular: the one named last; and a charge of another count
    text = (
        "In the first half of 2025, 164 people were sentenced for treason, espionage and "
        "confidential cooperation, official data show. Sentences for treason rose by half. "
        "Occupation courts passed at least 38 more sentences on the same charge."
    )
    assert [c[1] for c in _claims(lexicon, text)][-1] == "treason"


def test_a_charge_that_carries_a_penalty_is_the_charge_named_before(lexicon: Lexicon) -> None:
    text = (
        "A man from Saratov went on trial on Monday on treason charges. He is already serving "
        "a four-year term for arson, but the new case adds a graver charge that carries a "
        "maximum sentence of life in prison."
    )
    got = [(c[0], c[1]) for c in _claims(lexicon, text)]
    assert got == [("penalty_range", "treason")]
    life = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert life[0].life is True and life[0].max_years is None


def _ranges(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    return [
        (c.offence, c.min_years, c.max_years, c.life) for c in claims if c.kind == "penalty_range"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The bill sets a 6-to 12-year prison term for recruiting a person to commit sabotage.",
            [("assisting_sabotage", 6.0, 12.0, False)],
        ),
        (
            "The bill sets a 6- to 12-year prison term for recruiting a person to commit sabotage.",
            [("assisting_sabotage", 6.0, 12.0, False)],
        ),
        (
            "Leading a network of saboteurs will bring a 14-to-19-year term under the new law.",
            [("sabotage_community", 14.0, 19.0, False)],
        ),
        # life added in the next sentence: one claim with life
        (
            "The new article introduces a 14-to-19-year term for leading a sabotage network. It "
            "may also entail life imprisonment.",
            [("sabotage_community", 14.0, 19.0, True)],
        ),
        # another offence's life stays its own claim
        (
            "Treason carries 12 to 20 years. Espionage can also bring life imprisonment.",
            [("treason", 12.0, 20.0, False), ("espionage", None, None, True)],
        ),
        (
            "Criminal liability of up to life imprisonment for assistance to subversive "
            "activities has been introduced.",
            [("assisting_sabotage", None, None, True)],
        ),
        (
            "Calls for action against the security of the Russian Federation will be punishable "
            "by two to four years in prison.",
            [("calls_against_state_security", 2.0, 4.0, False)],
        ),
        (
            "Assistance in executing illegal decisions of international organizations now "
            "carries up to five years.",
            [("assisting_foreign_prosecution", None, 5.0, False)],
        ),
    ],
)
def test_law_explainers_on_new_sabotage_and_security_articles(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _ranges(lexicon, text) == want


def test_a_wire_dateline_dates_the_lead(lexicon: Lexicon) -> None:
    text = (
        "MOSCOW, March 12. /TASS/. President Vladimir Putin has signed a law on confidential "
        "cooperation with foreigners, with a maximum penalty of eight years in prison.\n\n"
        "The law was published on the legal information portal."
    )
    got = [(c[0], c[1], c[6], c[7]) for c in _claims(lexicon, text)]
    assert got == [
        ("enactment", "confidential_cooperation", None, "2025-03-12"),
        ("penalty_range", "confidential_cooperation", 8.0, None),
    ]
    # the dateline's day is no period of a count
    text = "SAMARA, May 6. /TASS/. Courts convicted 31 people of espionage last year."
    assert _claims(lexicon, text) == [_count("espionage", 31, "2024-01-01", "2024-12-31")]


def _sentences(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    return [
        (c.offence, c.person, c.sentence_years) for c in claims if c.kind == "individual_sentence"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Anna Sokolova was convicted of discrediting the army and received a "
            "three-and-a-half-year prison sentence.",
            [("discrediting_the_army", "Anna Sokolova", 3.5)],
        ),
        (
            "The engineer was sentenced to 13 years in prison for treason.",
            [("treason", "The engineer", 13.0)],
        ),
        (
            "The 64-year-old physicist was convicted of treason and sentenced to 14 years.",
            [("treason", "The 64-year-old physicist", 14.0)],
        ),
        (
            "Prosecutors said the pensioner was sentenced to 12 years for espionage.",
            [("espionage", "the pensioner", 12.0)],
        ),
        # no person in the subject: no individual sentence
        ("The number of those jailed was sentenced to grow, the report said.", []),
    ],
)
def test_a_person_described_before_and_half_years(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _sentences(lexicon, text) == want


def test_the_date_of_another_event_does_not_date_a_law(lexicon: Lexicon) -> None:
    text = (
        "The legislation adopted soon after Russia's February 2022 invasion of Ukraine "
        "punishes discrediting the army."
    )
    assert [c[0] for c in _claims(lexicon, text)] == []
    text = "The law on discrediting the army was adopted in March 2022, after the invasion."
    got = [(c[0], c[1], c[7]) for c in _claims(lexicon, text)]
    assert got == [("enactment", "discrediting_the_army", "2022-03")]
    text = "Since its invasion of Ukraine, courts have convicted 310 people of treason."
    assert _claims(lexicon, text) == [_count("treason", 310, "2022-02-24", "2025-10-07")]


def test_the_person_of_a_second_clause(lexicon: Lexicon) -> None:
    text = (
        "Maria Orlova was sentenced to 11 years in May for treason, while a music teacher from "
        "Tambov was sentenced to 19 years for treason in June."
    )
    assert _sentences(lexicon, text) == [
        ("treason", "Maria Orlova", 11.0),
        ("treason", "a music teacher from Tambov", 19.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, 88 treason cases reached the courts: 80 under Article 275 ('High treason') "
        "and 8 under Article 275.1 ('Confidential cooperation').",
        "In 2024, 88 treason cases reached the courts: 80 under Article 275 of the Criminal "
        "Code of the Russian Federation ('High treason') and 8 under the new Article 275.1 of "
        "the Criminal Code ('Confidential cooperation with a foreign state').",
    ],
)
def test_a_list_by_article_with_titles_in_brackets(lexicon: Lexicon, text: str) -> None:
    got = [(c[0], c[1], c[2]) for c in _claims(lexicon, text)]
    assert got == [
        ("case_count", "treason", 88),
        ("case_count", "treason", 80),
        ("case_count", "confidential_cooperation", 8),
    ]  # and no enactment for "the new Article 275.1"


def test_terms_of_offences_outside_the_scheme_stay_out(lexicon: Lexicon) -> None:
    text = (
        "People found guilty of sabotage could now go to jail for 20 years, while those "
        "convicted of 'international terrorism' could be sentenced to life."
    )
    assert _ranges(lexicon, text) == [("sabotage", None, 20.0, False)]
    text = "An act of international terrorism will be punishable by 12 years to life."
    assert _ranges(lexicon, text) == []
    # "Those convicted of X" names people, not the offence of the sentence before
    text = (
        "Terrorist attacks now carry up to 20 years. Those convicted of running a terrorist "
        "network will be punished with ten to 15 years in prison."
    )
    assert _ranges(lexicon, text) == [("terrorist_act", None, 20.0, False)]
    text = "Treason is punishable by life. Those offences used to carry up to 20 years."
    assert _ranges(lexicon, text) == [("treason", None, None, True), ("treason", None, 20.0, False)]


def test_sentenced_by_a_court_to(lexicon: Lexicon) -> None:
    text = "Opposition figure Pyotr Zimin was sentenced by a Moscow court to 22 years for treason."
    assert _sentences(lexicon, text) == [("treason", "Pyotr Zimin", 22.0)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Deputies approved raising the maximum sentence for a terrorist act to 20 years, "
            "from 15 years at present.",
            [("terrorist_act", None, 15.0, False), ("terrorist_act", None, 20.0, False)],
        ),
        (
            "Deputies had voted to boost the longest sentences for treason to life, up from 20 "
            "years.",
            [("treason", None, 20.0, False), ("treason", None, None, True)],
        ),
        # a year after the comma is no former ceiling
        ("Treason carries up to 20 years, from 2022 onwards.", [("treason", None, 20.0, False)]),
    ],
)
def test_the_old_ceiling_after_a_comma(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _ranges(lexicon, text) == want


def test_a_law_that_raises_a_term_for_a_charge_the_scheme_lacks(lexicon: Lexicon) -> None:
    text = (
        "Putin signed a law on life imprisonment for treason on April 28, 2023. The law also "
        "raises the minimum sentence for recruiting people into terrorist crimes from five to "
        "seven years."
    )
    enactments = [(c[1], c[7]) for c in _claims(lexicon, text) if c[0] == "enactment"]
    assert enactments == [("treason", "2023-04-28")]


def test_a_trial_of_a_group_in_one_court(lexicon: Lexicon) -> None:
    text = (
        "A military court in Omsk has convicted nine men of railway sabotage, a regional "
        "channel reported on Thursday. The longest sentence — 19 years in prison — was handed "
        "to 22-year-old Roman Lagutin. Pavel Semin was sentenced to 17 years and Denis Ukhov to "
        "15 years. Ilya Vorontsov was sentenced to three years for aiding and abetting. The "
        "accomplice received a three-year prison sentence."
    )
    assert _sentences(lexicon, text) == [
        ("sabotage", "Roman Lagutin", 19.0),
        ("sabotage", "Pavel Semin", 17.0),
        ("sabotage", "Denis Ukhov", 15.0),
        (None, "Ilya Vorontsov", 3.0),  # a charge of its own, which the scheme lacks
        ("sabotage", "The accomplice", 3.0),
    ]
    # a country's count gives no charge to a term told after it (en-dev conventions)
    text = "Courts convicted 30 people of espionage in 2024. A pensioner got eight years."
    assert _sentences(lexicon, text) == [(None, "A pensioner", 8.0)]


def test_life_under_aggravating_circumstances_is_the_same_range(lexicon: Lexicon) -> None:
    text = (
        "Sentences for sabotage range from 10 to 20 years in prison, but if there are "
        "aggravating circumstances, the penalty can be as severe as a life sentence."
    )
    assert _ranges(lexicon, text) == [("sabotage", 10.0, 20.0, True)]
    text = "Three defendants were also convicted of plotting an act of terror in 2024."
    assert [(c[1], c[2]) for c in _claims(lexicon, text)] == [("terrorist_act", 3)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "A court on Friday sentenced a resident of east Ukraine's Kherson region to 15 years "
            "for treason.",
            "a resident of east Ukraine's Kherson region",
        ),
        (
            "A court sentenced a man from Nizhny Novgorod to 12 years for treason.",
            "a man from Nizhny Novgorod",
        ),
        (
            "A court sentenced Ivan Petrov, a resident of Tula, to 12 years for treason.",
            "Ivan Petrov",
        ),
    ],
)
def test_a_place_in_the_object_is_no_name(lexicon: Lexicon, text: str, person: str) -> None:
    assert [p for _, p, _ in _sentences(lexicon, text)] == [person]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A garrison court handed Pavel Orlov, 41, a 13-year prison term for treason.",
            [("treason", "Pavel Orlov", 13.0)],
        ),
        (
            "The judge gave Olga Sidorova, aged 51, 14 years in a general-regime colony for "
            "espionage.",
            [("espionage", "Olga Sidorova", 14.0)],
        ),
        # an age with no term after it is no sentence
        ("The court gave Ivan Petrov, 34, and his brother suspended terms.", []),
    ],
)
def test_an_age_between_the_person_and_the_term(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _sentences(lexicon, text) == want


def test_public_calls_worded_with_the_security_of_the_state(lexicon: Lexicon) -> None:
    text = (
        "Calling publicly for actions against the security of the state now carries up to "
        "four years behind bars."
    )
    assert _ranges(lexicon, text) == [("calls_against_state_security", None, 4.0, False)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Convictions for sabotage tripled in 2024, to 92.",
            [_count("sabotage", 92, "2024-01-01", "2024-12-31")],
        ),
        (
            "Sabotage convictions more than tripled in 2024 to 92.",
            [_count("sabotage", 92, "2024-01-01", "2024-12-31")],
        ),
        (
            "Espionage convictions fell in the first half of 2025 to 20.",
            [_count("espionage", 20, "2025-01-01", "2025-06-30")],
        ),
        (
            "Sabotage convictions rose sharply last year, to 92.",
            [_count("sabotage", 92, "2024-01-01", "2024-12-31")],
        ),
        # a term is no count
        ("Sentences for treason rose in 2024 to 16 years on average.", []),
        ("Convictions for treason rose to 10 years.", []),
    ],
)
def test_a_change_with_its_time_before_the_new_figure(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert [c for c in _claims(lexicon, text) if c[0] == "conviction_count"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Courts convicted 1,070 people of treason between March 2022 and the end of 2024.",
            [_count("treason", 1070, "2022-03-01", "2024-12-31")],
        ),
        (
            "From February 2022 through the end of 2024, courts convicted 800 people of treason.",
            [_count("treason", 800, "2022-02-01", "2024-12-31")],
        ),
        (
            "Courts convicted 120 people of treason between 2022 and the end of 2024.",
            [_count("treason", 120, "2022-01-01", "2024-12-31")],
        ),
        (
            'Russia\'s courts convicted 1,070 people under the "fakes" article in 2024.',
            [_count("army_fakes", 1070, "2024-01-01", "2024-12-31")],
        ),
        (
            "Courts convicted 312 people under the ‘discreditation’ article last year.",
            [_count("discrediting_the_army", 312, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_spans_to_the_end_of_a_year_and_a_quoted_article_word(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On Monday a court handed a 38-year-old former railway dispatcher 13 years for "
            "sabotage.",
            [("sabotage", "a 38-year-old former railway dispatcher", 13.0)],
        ),
        (
            "A garrison court jailed Anton S., a 27-year-old courier from Kursk, for 11 years "
            "for treason.",
            [("treason", "Anton S.", 11.0)],
        ),
        (
            "The court jailed Oleg K., 44, for 13 years for espionage.",
            [("espionage", "Oleg K.", 13.0)],
        ),
    ],
)
def test_people_described_at_length_or_by_an_initial(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _sentences(lexicon, text) == want


def test_since_a_long_event_clause_runs_to_publication(lexicon: Lexicon) -> None:
    text = (
        "Since the article on sabotage by a group of people took effect in July 2022, courts "
        "have passed 41 guilty verdicts under it."
    )
    counts = [c for c in _claims(lexicon, text) if c[0] == "conviction_count"]
    assert counts == [_count("sabotage", 41, "2022-07-01", PUBLISHED.isoformat())]


def test_the_subject_of_added_another_is_the_counts_offence(lexicon: Lexicon) -> None:
    text = (
        "Treason accounted for 187 convictions in 2023. Espionage added another 29 "
        "convictions, and sabotage 52."
    )
    assert _claims(lexicon, text) == [
        _count("treason", 187, "2023-01-01", "2023-12-31"),
        _count("espionage", 29, "2023-01-01", "2023-12-31"),
        _count("sabotage", 52, "2023-01-01", "2023-12-31"),
    ]
    # no offence as the subject: the offence the count's own words name
    text = "A regional court added another 14 convictions for treason to the tally."
    assert [(c[1], c[2]) for c in _claims(lexicon, text)] == [("treason", 14)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In March 2022 spreading fakes about the army became a crime punishable by up to "
            "15 years.",
            [("army_fakes", "2022-03")],
        ),
        (
            "In March 2022, discrediting the army became a criminal offence.",
            [("discrediting_the_army", "2022-03")],
        ),
        (
            "In December 2022 lawmakers made sabotage training a separate offence.",
            [("sabotage_training", "2022-12")],
        ),
        # a year alone does not date the law (en.yaml), nor does a month in reported speech
        ("In 2022 discrediting the army became a crime.", []),
        # no date at all: no enactment
        ("The law also made sabotage training a separate offence.", []),
    ],
)
def test_a_month_before_became_a_crime_or_made_an_offence(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.date) for c in claims if c.kind == "enactment"] == want


def test_a_figure_told_again_in_a_later_paragraph_is_one_claim(lexicon: Lexicon) -> None:
    """A digest gives the figure in its lead and again, fuller, further down: one claim;
    another offence or period with the same number stays a claim of its own."""
    text = (
        "Courts handed down 131 verdicts for espionage in just six months of 2025.\n\n"
        "The data came from the court department's tables.\n\n"
        "In the first six months of 2025, courts issued 131 verdicts in espionage cases, "
        "a record. In the first six months of 2024 they issued 131 verdicts for treason."
    )
    assert _claims(lexicon, text) == [
        _count("espionage", 131, "2025-01-01", "2025-06-30"),
        _count("treason", 131, "2024-01-01", "2024-06-30"),
    ]


def test_a_figure_given_again_within_a_paragraph_stays(lexicon: Lexicon) -> None:
    text = (
        "In 2024 courts convicted 131 people of espionage. In 2022 courts convicted 37 "
        "people of espionage, and 131 in 2024."
    )
    got = [c[2] for c in _claims(lexicon, text) if c[0] == "conviction_count"]
    assert got.count(131) == 2


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a charge the scheme lacks keeps its figure out; the next clause keeps its own
        (
            "In 2024, 512 were sentenced for hooliganism; and 77 were convicted of sabotage.",
            [_count("sabotage", 77, "2024-01-01", "2024-12-31")],
        ),
        (
            "In 2024, 512 were sentenced for bribery and 77 were convicted of sabotage.",
            [_count("sabotage", 77, "2024-01-01", "2024-12-31")],
        ),
        # "of the same offence" refers back: it is no unknown charge
        (
            "In 2023, 41 were found guilty of high treason, and 13 were convicted of the same "
            "offence in 2024.",
            [
                _count("treason", 41, "2023-01-01", "2023-12-31"),
                _count("treason", 13, "2024-01-01", "2024-12-31"),
            ],
        ),
    ],
)
def test_a_bare_count_for_a_charge_the_scheme_lacks(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


def test_rows_of_a_total_told_again_belong_to_the_total_kept(lexicon: Lexicon) -> None:
    """A total with its rows ("Of them, ...") told again in a later paragraph: its rows
    are rows of the first total, and every part_of names a claim that is there."""
    paragraph = (
        "About 40 people were convicted of espionage in 2024. Of them, 11 were Ukrainian "
        "nationals and four were Belarusian citizens."
    )
    text = paragraph + "\n\nOther news.\n\n" + paragraph
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    ids = {c.id for c in claims}
    assert [c.count for c in claims if c.kind == "conviction_count" and c.part_of is None] == [40]
    rows = [c for c in claims if c.part_of is not None]
    assert rows and all(c.part_of in ids for c in rows)


def test_of_the_total_counted_just_before_a_part_by_its_offence(lexicon: Lexicon) -> None:
    """ "Of the 410 convictions" names again the total of the sentence before: no second
    total with the part's offence, and the part is a row of the first total."""
    text = (
        "Courts convicted 410 people of state-secrets crimes in 2024. Of the 410 convictions, "
        "37 were for disclosure of state secrets."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    got = [(c.offence, c.count) for c in claims]
    assert got == [("state_secrets", 410), ("disclosure_of_state_secrets", 37)]
    assert claims[1].part_of == claims[0].id


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In the last quarter of 2023, courts convicted 29 people of sabotage.",
            [_count("sabotage", 29, "2023-10-01", "2023-12-31")],
        ),
        (
            "Courts convicted 29 people of sabotage in the final quarter of last year.",
            [_count("sabotage", 29, "2024-10-01", "2024-12-31")],
        ),
    ],
)
def test_the_last_quarter_of_a_year_is_its_fourth(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


def test_past_a_figure_is_more_than_it(lexicon: Lexicon) -> None:
    """ "pushed the tally past 300" is more than 300; "the past 12 months" stays a span."""
    got = _claims(
        lexicon, "December's verdicts pushed the tally for 2024 past 350 treason convictions."
    )
    assert [(c[2], c[3]) for c in got] == [(350, "more_than")]
    got = _claims(lexicon, "In the past 12 months, courts convicted 41 people of treason.")
    assert [(c[2], c[3], c[4]) for c in got] == [(41, "exact", "2024-10-07")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In 2024 the number of espionage convictions exceeded 120.",
            [_count("espionage", 120, "2024-01-01", "2024-12-31", "more_than")],
        ),
        (
            "Last year the number of people convicted of sabotage topped 200.",
            [_count("sabotage", 200, "2024-01-01", "2024-12-31", "more_than")],
        ),
        (
            "Treason convictions surpassed 300 in 2023.",
            [_count("treason", 300, "2023-01-01", "2023-12-31", "more_than")],
        ),
    ],
)
def test_a_count_exceeded_or_topped_is_more_than_it(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


def test_cases_a_monitor_documented_are_a_case_count(lexicon: Lexicon) -> None:
    """ "documented", "tallied", "logged" N cases: a monitor's case count ("counted" cases
    stay out, as en.yaml's probe keys them)."""
    got = _claims(lexicon, "In 2024 the project documented 19 criminal cases over sabotage.")
    assert got == [("case_count", "sabotage", 19, "exact", "2024-01-01", "2024-12-31", None, None)]
    assert _claims(lexicon, "Rights groups counted 35 new treason cases in January 2025.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "From 2001 to 24 February 2022, courts convicted 210 people of treason.",
            [_count("treason", 210, "2001-01-01", "2022-02-24")],
        ),
        (
            "Between 1998 and March 2014, judges handed down 61 espionage convictions.",
            [_count("espionage", 61, "1998-01-01", "2014-03-31")],
        ),
        (
            "Between 2016 and September 30, 2021, courts convicted 75 people of treason.",
            [_count("treason", 75, "2016-01-01", "2021-09-30")],
        ),
    ],
)
def test_a_span_from_a_year_to_a_day_or_a_month(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    """ "between 1998 and March 2014": from the first year's start to that month's end or
    to that day (the day alone was the whole span)."""
    assert _claims(lexicon, text) == want


def test_the_period_of_a_figure_compared_with_is_not_the_counts(lexicon: Lexicon) -> None:
    """ "more than the total for all of 2023": 2023 is the compared figure's period; the
    count keeps its own (or none), never that one."""
    got = _claims(
        lexicon, "The 131 espionage convictions of 2025 already exceed the tally for all of 2024."
    )
    assert got == [_count("espionage", 131, "2025-01-01", "2025-12-31")]
    got = _claims(lexicon, "The 98 treason verdicts of these nine months top the figure for 2023.")
    assert [(c[2], c[4]) for c in got] == [(98, None)]


def test_the_number_of_defendants_continues_no_conviction_count(lexicon: Lexicon) -> None:
    """ "the total number of defendants stood at 1,480" after a conviction count is no
    conviction count; "the total number of sabotage convictions was 188" still is."""
    text = (
        "Courts convicted 302 people of treason in 2024. By November 2025 the total number "
        "of defendants in such cases stood at no fewer than 1,480."
    )
    assert [c[2] for c in _claims(lexicon, text)] == [302]
    text = (
        "Courts convicted 302 people of treason in 2024. In 2023 the total number of treason "
        "convictions was 188."
    )
    got = _claims(lexicon, text)
    assert [(c[2], c[4]) for c in got] == [(302, "2024-01-01"), (188, "2023-01-01")]


def test_a_part_of_those_verdicts_in_a_year(lexicon: Lexicon) -> None:
    """ "...; 260 of those verdicts were handed down in 2024": a count of its own year."""
    text = (
        "Since 2022 courts have convicted at least 700 people of espionage; 260 of those "
        "verdicts were handed down in 2024."
    )
    got = [(c[2], c[4]) for c in _claims(lexicon, text)]
    assert got == [(700, "2022-01-01"), (260, "2024-01-01")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Through August, courts had convicted 133 people of treason.",
            [_count("treason", 133, "2025-01-01", "2025-08-31")],
        ),
        (
            "By the end of March 2024 courts had convicted 40 people of sabotage.",
            [_count("sabotage", 40, "2024-01-01", "2024-03-31")],
        ),
    ],
)
def test_a_count_through_a_month_runs_from_the_years_start(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    """ "Through August", "by the end of March 2024": the year to that month's end (was the
    month alone)."""
    assert _claims(lexicon, text) == want


@pytest.mark.parametrize(
    ("text", "offences"),
    [
        (
            "In the first half of 2025, courts passed 231 verdicts for treason, espionage "
            "and cooperation with foreign powers.",
            ("treason", "espionage", "confidential_cooperation"),
        ),
        (
            "In 2024, 38 people were convicted of collaborating with a foreign state.",
            "confidential_cooperation",
        ),
        (
            "In 2024, 71 people were convicted of spreading 'fakes' about the military.",
            "army_fakes",
        ),
    ],
)
def test_more_wordings_of_the_wartime_articles(
    lexicon: Lexicon, text: str, offences: object
) -> None:
    assert [c[1] for c in _claims(lexicon, text)] == [offences]


def test_the_number_of_people_jailed_is_a_count(lexicon: Lexicon) -> None:
    text = "The number of people jailed for espionage more than doubled in 2024, to 27."
    assert [(c[1], c[2], c[4]) for c in _claims(lexicon, text)] == [("espionage", 27, "2024-01-01")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("In 2024 courts convicted a little over 130 people of espionage.", "more_than"),
        ("In 2024 judges convicted slightly more than 130 people of espionage.", "more_than"),
        ("In 2024, a little under 130 people were convicted of espionage.", "nearly"),
    ],
)
def test_more_qualifier_wordings(lexicon: Lexicon, text: str, qualifier: str) -> None:
    assert [(c[2], c[3]) for c in _claims(lexicon, text)] == [(130, qualifier)]
