"""Round 13 of the English extractor (issue 10), in sentences of our own: several people
sentenced in one clause with a term each, one more person after them, a further defendant
"given" a term at the end of a sentence, a subject told through "who", and the traps next to
them (the number of people is no count of convictions)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    out: list[tuple[object, ...]] = []
    for c in claims:
        if c.kind in ("conviction_count", "case_count"):
            out.append((c.kind, c.offence, c.count, c.qualifier, c.period_start, c.period_end))
        elif c.kind == "penalty_range":
            out.append((c.kind, c.offence, c.min_years, c.max_years, c.life))
        elif c.kind == "individual_sentence":
            out.append((c.kind, c.offence, c.sentence_years, c.life))
        else:
            out.append((c.kind, c.offence, c.date))
    return out


def _term(offence: object, years: float) -> tuple[object, ...]:
    return ("individual_sentence", offence, years, None)


def _count(offence: object, n: int, start: str, end: str, q: str = "exact") -> tuple[object, ...]:
    return ("conviction_count", offence, n, q, start, end)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A garrison court in Kaliningrad sentenced two former sailors to 17 and 15 years for"
            " espionage on Thursday.",
            [_term("espionage", 17.0), _term("espionage", 15.0)],
        ),
        (
            "The court jailed four members of the group for 19, 16, 14 and 11 years in a"
            " strict-regime colony for sabotage.",
            [_term("sabotage", y) for y in (19.0, 16.0, 14.0, 11.0)],
        ),
        (
            "Three teenagers from Novosibirsk were sentenced to seven, six and five years"
            " respectively for assisting sabotage.",
            [_term("assisting_sabotage", y) for y in (7.0, 6.0, 5.0)],
        ),
        (
            "Judges in Rostov sentenced two brothers from Berdyansk to 14 and 12 years for"
            " treason, and a third man, their cousin, to eight years for espionage.",
            [_term("treason", 14.0), _term("treason", 12.0), _term("espionage", 8.0)],
        ),
        (
            "A military court sentenced two soldiers to 10 and nine years on desertion charges,"
            " and a third to six years.",
            [_term("desertion", 10.0), _term("desertion", 9.0), _term("desertion", 6.0)],
        ),
    ],
)
def test_several_people_sentenced_in_one_clause(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    got = _claims(lexicon, text)
    assert sorted(got, key=str) == sorted(want, key=str)


@pytest.mark.parametrize(
    "text",
    [
        # the terms do not match the number of people: no term is told for each
        "The court sentenced three activists to 12 and 10 years for treason.",
        # ages and a span, not terms
        "Two men aged 19 and 23 were detained for treason in 2024.",
        # a count of people convicted, with no term for each
        "Courts convicted two men of treason and three of espionage in 2024.",
    ],
)
def test_several_people_traps(lexicon: Lexicon, text: str) -> None:
    assert [c for c in _claims(lexicon, text) if c[0] == "individual_sentence"] == []


def test_a_further_defendant_given_a_term_at_the_sentence_end(lexicon: Lexicon) -> None:
    text = (
        "A court in Kursk sentenced two railway workers to 16 and 13 years for sabotage."
        " Their driver, who testified against them, was given five years."
    )
    assert _claims(lexicon, text) == [
        _term("sabotage", 16.0),
        _term("sabotage", 13.0),
        _term("sabotage", 5.0),
    ]


def test_a_subject_told_through_who(lexicon: Lexicon) -> None:
    text = (
        "Courts delivered 64 guilty verdicts for espionage in 2024. Among those convicted"
        " was a retired naval officer, who was given 12 years."
    )
    assert _claims(lexicon, text) == [
        _count("espionage", 64, "2024-01-01", "2024-12-31"),
        _term("espionage", 12.0),
    ]
    # "given ... years" that is no term: a deadline, a span
    assert _claims(lexicon, "The defence was given two years to appeal, the court said.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Courts convicted 96 people of sabotage in 2024, far above the 51 convicted a year"
            " earlier, and 27 of assisting sabotage.",
            [
                _count("sabotage", 96, "2024-01-01", "2024-12-31"),
                _count("sabotage", 51, "2023-01-01", "2023-12-31"),
                _count("assisting_sabotage", 27, "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "In 2024, 212 people were found guilty of treason, almost double the 110 sentenced"
            " in 2023, and 39 of espionage, the project's tally shows.",
            [
                _count("treason", 212, "2024-01-01", "2024-12-31"),
                _count("treason", 110, "2023-01-01", "2023-12-31"),
                _count("espionage", 39, "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "Judges convicted 74 people of sabotage and 18 of assisting it in the first half of"
            " 2024.",
            [
                _count("sabotage", 74, "2024-01-01", "2024-06-30"),
                _count("assisting_sabotage", 18, "2024-01-01", "2024-06-30"),
            ],
        ),
        (
            "In 2024, 40 people were convicted of treason and 12 of justifying it.",
            [_count("treason", 40, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_a_count_elided_after_a_compared_figure_or_with_a_gerund(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


def test_a_paired_comparison_is_no_aside(lexicon: Lexicon) -> None:
    # "against 51 and 30": the figures pair with the ones before, each in its own year
    text = (
        "The tables list 96 sabotage and 27 treason convictions for 2024, against 51 and 30"
        " in 2023."
    )
    got = _claims(lexicon, text)
    assert _count("sabotage", 51, "2023-01-01", "2023-12-31") in got
    assert _count("treason", 30, "2023-01-01", "2023-12-31") in got
    assert not [c for c in got if c[2] == 30 and c[4] == "2024-01-01"]


@pytest.mark.parametrize(
    "tail",
    [
        "Eleven of those found guilty of espionage were given life terms.",
        "Nine of them received suspended sentences.",
        "Twenty of those convicted were sentenced to 15 years or more.",
    ],
)
def test_a_kind_of_term_among_those_counted_is_no_count(lexicon: Lexicon, tail: str) -> None:
    text = f"Courts convicted 180 people of espionage in 2024. {tail}"
    assert _claims(lexicon, text) == [_count("espionage", 180, "2024-01-01", "2024-12-31")]


def test_a_part_of_a_count_by_its_own_period_stays(lexicon: Lexicon) -> None:
    text = (
        "Courts convicted 180 people of espionage since 2023. Sixty of those verdicts were"
        " handed down in 2024."
    )
    assert _count("espionage", 60, "2024-01-01", "2024-12-31") in _claims(lexicon, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Statements that discredit the army are punishable by up to five years if they"
            " are repeated.",
            [("penalty_range", "discrediting_the_army", None, 5.0, False)],
        ),
        (
            "Courts convicted 35 people who helped assist sabotage in 2024.",
            [_count("assisting_sabotage", 35, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_an_offence_told_by_the_verb_s_base_form(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


def test_a_further_provision_of_a_signed_law(lexicon: Lexicon) -> None:
    text = (
        "On 24 September 2022 the president signed a law that makes voluntary surrender a"
        " crime. A separate provision of the same law punishes looting. The law also covers"
        " desertion."
    )
    assert _claims(lexicon, text) == [
        ("enactment", "voluntary_surrender", "2022-09-24"),
        ("enactment", "looting", "2022-09-24"),
        ("enactment", "desertion", "2022-09-24"),
    ]
    # no date, no enactment
    undated = (
        "The president has signed a law that makes voluntary surrender a crime. Another"
        " provision of the law punishes looting."
    )
    assert _claims(lexicon, undated) == []


@pytest.mark.parametrize(
    "text",
    [
        "Garrison courts convicted 640 soldiers of leaving their units without leave in 2024.",
        "In 2024, 640 servicemen were convicted of leaving their units without permission.",
    ],
)
def test_a_label_s_article_as_a_possessive_with_a_plural_noun(lexicon: Lexicon, text: str) -> None:
    assert _claims(lexicon, text) == [
        _count("leaving_a_unit_without_leave", 640, "2024-01-01", "2024-12-31")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Courts found 300 people guilty of treason in 2024, more than twice the 140"
            " convicted in 2023, and 52 of espionage.",
            [
                _count("treason", 300, "2024-01-01", "2024-12-31"),
                _count("treason", 140, "2023-01-01", "2023-12-31"),
                _count("espionage", 52, "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "In the first half of 2024, judges convicted 61 people of sabotage, up from 40 in"
            " the same period of 2023, and 15 of assisting it.",
            [
                _count("sabotage", 61, "2024-01-01", "2024-06-30"),
                _count("sabotage", 40, "2023-01-01", "2023-06-30"),
                _count("assisting_sabotage", 15, "2024-01-01", "2024-06-30"),
            ],
        ),
        (
            # a baseline then another year's figure: "and 16 in 2022" keeps its own year
            "Courts convicted 61 people of sabotage in 2024, up from 40 in 2023 and 16 in 2022.",
            [
                _count("sabotage", 61, "2024-01-01", "2024-12-31"),
                _count("sabotage", 40, "2023-01-01", "2023-12-31"),
                _count("sabotage", 16, "2022-01-01", "2022-12-31"),
            ],
        ),
        (
            "Courts convicted 58 people of espionage in 2024, well up on the 27 of 2023.",
            [
                _count("espionage", 58, "2024-01-01", "2024-12-31"),
                _count("espionage", 27, "2023-01-01", "2023-12-31"),
            ],
        ),
        (
            'Since the law on "discrediting" the army took effect in March 2022, courts have'
            " convicted 140 people of discrediting the army.",
            [
                ("enactment", "discrediting_the_army", "2022-03"),
                _count("discrediting_the_army", 140, "2022-03-01", "2025-03-12"),
            ],
        ),
    ],
)
def test_counts_around_a_compared_figure(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert sorted(_claims(lexicon, text), key=str) == sorted(want, key=str)


def test_the_verdict_of_all_the_people_sentenced_before(lexicon: Lexicon) -> None:
    text = (
        "A court in Omsk jailed three students for 12, 11 and ten years for planning an"
        " arson attack. All three were found guilty of sabotage."
    )
    assert _claims(lexicon, text) == [_term("sabotage", y) for y in (12.0, 11.0, 10.0)]
    # another person's verdict charges none of them
    text = (
        "A court in Omsk jailed three students for 12, 11 and ten years for planning an"
        " arson attack. Their teacher was found guilty of treason."
    )
    assert _claims(lexicon, text) == [_term(None, y) for y in (12.0, 11.0, 10.0)]


def test_verdicts_named_by_their_charge_and_passed_on_people(lexicon: Lexicon) -> None:
    text = "In 2024 courts handed down espionage verdicts to 64 people, the outlet found."
    assert _claims(lexicon, text) == [_count("espionage", 64, "2024-01-01", "2024-12-31")]
    # "passed guilty verdicts" passed no law
    text = "Judges passed guilty verdicts on 52 people accused of treason in 2024."
    assert _claims(lexicon, text) == [_count("treason", 52, "2024-01-01", "2024-12-31")]


def test_a_subject_after_while_or_but(lexicon: Lexicon) -> None:
    text = (
        "A court in Kazan sentenced a nurse to 12 years for treason, while a retired pilot"
        " from Samara got nine years for espionage."
    )
    assert _claims(lexicon, text) == [_term("treason", 12.0), _term("espionage", 9.0)]


def test_a_rise_in_three_steps(lexicon: Lexicon) -> None:
    text = (
        "Sabotage convictions climbed from 12 in 2022 to 48 in 2023, and then to 133 in"
        " 2024, the data show."
    )
    assert _claims(lexicon, text) == [
        _count("sabotage", 12, "2022-01-01", "2022-12-31"),
        _count("sabotage", 48, "2023-01-01", "2023-12-31"),
        _count("sabotage", 133, "2024-01-01", "2024-12-31"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two pensioners from Kursk were sentenced on Friday to 12 years each for treason.",
            [_term("treason", 12.0), _term("treason", 12.0)],
        ),
        (
            "The three students received 9, 8 and 7 years respectively for assisting sabotage.",
            [_term("assisting_sabotage", y) for y in (9.0, 8.0, 7.0)],
        ),
        (
            "The court jailed four men for 20 years each for a terrorist act.",
            [_term("terrorist_act", 20.0)] * 4,
        ),
    ],
)
def test_terms_each_and_terms_received(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


def test_information_passed_to_someone_is_no_law(lexicon: Lexicon) -> None:
    text = (
        "A court in Bryansk jailed a railway worker for 14 years on Monday for treason after"
        " he passed the locations of fuel depots to Ukrainian intelligence."
    )
    assert [c for c in _claims(lexicon, text) if c[0] == "enactment"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The playwright was sentenced to six years for justifying terrorism.",
            [_term("justification_of_terrorism", 6.0)],
        ),
        (
            "The 31-year-old was found guilty of espionage and sentenced to 13 years.",
            [_term("espionage", 13.0)],
        ),
    ],
)
def test_people_described_by_trade_or_age(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


def test_a_tally_that_stands_at_a_figure_and_a_year_s_when_clause(lexicon: Lexicon) -> None:
    text = (
        "Espionage convictions have grown steadily since 2021, when courts convicted just 11"
        " people. This year the tally already stands at 74."
    )
    assert _claims(lexicon, text) == [
        _count("espionage", 11, "2021-01-01", "2021-12-31"),
        _count("espionage", 74, "2025-01-01", "2025-03-12"),
    ]
    # a "when" clause that holds no figure leaves the span whole
    text = "Since 2014, when the law changed, at least 40 people have been convicted of espionage."
    assert _claims(lexicon, text) == [
        _count("espionage", 40, "2014-01-01", "2025-03-12", "at_least")
    ]


def test_cases_of_two_offences_sent_to_court(lexicon: Lexicon) -> None:
    text = "In 2024 prosecutors sent 120 treason cases and 33 cases of espionage to court."
    assert _claims(lexicon, text) == [
        ("case_count", "treason", 120, "exact", "2024-01-01", "2024-12-31"),
        ("case_count", "espionage", 33, "exact", "2024-01-01", "2024-12-31"),
    ]


def test_a_rate_aside_between_list_items(lexicon: Lexicon) -> None:
    text = (
        "In 2024 garrison courts convicted 9,100 servicemen of going AWOL, roughly 25 a day,"
        " and 410 of desertion."
    )
    assert _claims(lexicon, text) == [
        _count("leaving_a_unit_without_leave", 9100, "2024-01-01", "2024-12-31"),
        _count("desertion", 410, "2024-01-01", "2024-12-31"),
    ]


def test_an_offence_committed_online_has_an_aggravated_range(lexicon: Lexicon) -> None:
    text = "Anyone who justifies terrorism online faces five to seven years in prison."
    assert _claims(lexicon, text) == []
    text = "Justifying terrorism on the internet is punishable by five to seven years."
    assert _claims(lexicon, text) == []


def test_what_a_dated_law_made_a_crime_of_its_own_or_created(lexicon: Lexicon) -> None:
    text = (
        "The president signed the amendments on 24 September 2022. They made looting a crime"
        " of its own and created the offence of voluntary surrender."
    )
    assert _claims(lexicon, text) == [
        ("enactment", "looting", "2022-09-24"),
        ("enactment", "voluntary_surrender", "2022-09-24"),
    ]


def test_figures_told_again_after_there_were(lexicon: Lexicon) -> None:
    text = (
        "In 2024 courts convicted 230 people of sabotage and 61 of assisting sabotage. In"
        " 2023 there were 120 and 25 respectively."
    )
    assert _claims(lexicon, text)[2:] == [
        _count("sabotage", 120, "2023-01-01", "2023-12-31"),
        _count("assisting_sabotage", 25, "2023-01-01", "2023-12-31"),
    ]


def test_an_item_after_a_baseline_and_an_attribution(lexicon: Lexicon) -> None:
    text = (
        "Courts convicted 410 people of treason in 2024, compared with 280 in 2023, the"
        " ministry said, and 96 of espionage."
    )
    assert _claims(lexicon, text) == [
        _count("treason", 410, "2024-01-01", "2024-12-31"),
        _count("treason", 280, "2023-01-01", "2023-12-31"),
        _count("espionage", 96, "2024-01-01", "2024-12-31"),
    ]


def test_two_charges_before_the_term(lexicon: Lexicon) -> None:
    text = (
        "A court found a pharmacist guilty of espionage and treason and sentenced her to 15 years."
    )
    assert _claims(lexicon, text) == [("individual_sentence", ("espionage", "treason"), 15.0, None)]
