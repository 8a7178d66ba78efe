"""Round 12 of the English extractor (issue 10), in sentences of our own: a charge told as an
activity ("of having been trained to carry out sabotage"), life added to a range across a
time aside or a date ("and, since 2023, by life"), and the traps next to them."""

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


def _count(offence: object, n: int, start: str, end: str, q: str = "exact") -> tuple[object, ...]:
    return ("conviction_count", offence, n, q, start, end)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A court sentenced a courier to 17 years after convicting him of treason and of"
            " having been trained to carry out sabotage.",
            [("individual_sentence", ("treason", "sabotage_training"), 17.0, None)],
        ),
        (
            "The engineer was jailed for 13 years after being found guilty of sabotage and of"
            " undergoing training for sabotage.",
            [("individual_sentence", ("sabotage", "sabotage_training"), 13.0, None)],
        ),
        (
            "A student was sentenced to 15 years for treason and for training as a saboteur.",
            [("individual_sentence", ("treason", "sabotage_training"), 15.0, None)],
        ),
        (
            "In 2024 courts found 19 people guilty of undergoing training to commit sabotage.",
            [_count("sabotage_training", 19, "2024-01-01", "2024-12-31")],
        ),
        # the training's count is its own, the sabotage count stays sabotage
        (
            "Last year 40 people were convicted of sabotage and eight of having been trained"
            " in sabotage.",
            [
                _count("sabotage", 40, "2024-01-01", "2024-12-31"),
                _count("sabotage_training", 8, "2024-01-01", "2024-12-31"),
            ],
        ),
    ],
)
def test_a_charge_told_as_an_activity(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Treason is punishable by 12 to 20 years in prison and, since 2023, by life imprisonment.",
        "Treason carries 12 to 20 years, and since a law of 28 April 2023 it can also bring life.",
        "Treason carries 12 to 20 years; since 2023 it can also mean life.",
        "Treason carries 12 to 20 years in prison, and since April 2023 it can also be punished"
        " with life.",
    ],
)
def test_life_added_to_a_range_across_a_time_aside(lexicon: Lexicon, text: str) -> None:
    assert _claims(lexicon, text) == [("penalty_range", "treason", 12.0, 20.0, True)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a second term between the range and life: life stays the aggravated part's
        (
            "Espionage carries ten to 20 years; if it leads to deaths, 15 to 20 years can"
            " also bring life.",
            [("penalty_range", "espionage", 10.0, 20.0, False)],
        ),
        # an imposed life term is no range
        ("A court in Omsk sentenced the man to life on Friday for treason.", []),
    ],
)
def test_life_traps(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    got = [c for c in _claims(lexicon, text) if c[0] == "penalty_range"]
    assert got == want


def _case(offence: object, n: int, start: str, end: str, q: str = "exact") -> tuple[object, ...]:
    return ("case_count", offence, n, q, start, end)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In 2023, 52 espionage cases ended in convictions.",
            [_count("espionage", 52, "2023-01-01", "2023-12-31")],
        ),
        (
            "Last year 77 treason cases ended with a guilty verdict, the group said.",
            [_count("treason", 77, "2024-01-01", "2024-12-31")],
        ),
        (
            "In 2024, 19 sabotage cases that were heard in Crimea resulted in prison sentences.",
            [_count("sabotage", 19, "2024-01-01", "2024-12-31")],
        ),
        # a part of the cases counted before: the same offences and period
        (
            "Of the 88 treason cases the project tracked in 2024, 80 ended in guilty verdicts.",
            [
                _case("treason", 88, "2024-01-01", "2024-12-31"),
                _count("treason", 80, "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "Investigators opened 64 sabotage cases in 2023. Of these, 29 have already ended in"
            " convictions.",
            [
                _case("sabotage", 64, "2023-01-01", "2023-12-31"),
                _count("sabotage", 29, "2023-01-01", "2023-12-31"),
            ],
        ),
        (
            "In 2024 the monitor followed 37 cases of confidential cooperation.",
            [_case("confidential_cooperation", 37, "2024-01-01", "2024-12-31")],
        ),
        # traps: acquittals, cases closed without a verdict, a part larger than the whole
        ("In 2024, 12 espionage cases ended in acquittals.", []),
        ("In 2024, 12 espionage cases were closed for lack of evidence.", []),
        (
            "Investigators opened 14 treason cases in 2024. Of these, 20 ended in convictions.",
            [_case("treason", 14, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_cases_told_by_how_they_ended(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


def _claims_on(lexicon: Lexicon, text: str, published: str) -> list[tuple[object, ...]]:
    claims = extract_claims(
        text, document="d", lexicon=lexicon, lang="en", published=dt.date.fromisoformat(published)
    )
    return [
        (c.kind, c.offence, c.count, c.qualifier, c.period_start, c.period_end)
        for c in claims
        if c.kind in ("conviction_count", "case_count")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part of this sentence's count in a period of its own; the baseline after it
        # takes that part's period, not the year to date
        (
            "Courts have handed down 230 espionage verdicts this year, 160 of them in the first"
            " half of 2025, compared with 90 in the same period last year.",
            [
                _count("espionage", 230, "2025-01-01", "2025-10-02"),
                _count("espionage", 160, "2025-01-01", "2025-06-30"),
                _count("espionage", 90, "2024-01-01", "2024-06-30"),
            ],
        ),
        (
            "In 2025 courts convicted 300 people of treason so far, 120 of these in the first"
            " quarter.",
            [
                _count("treason", 300, "2025-01-01", "2025-12-31"),
                _count("treason", 120, "2025-01-01", "2025-03-31"),
            ],
        ),
        # traps: a part by place, a part outside the count's period
        (
            "Courts convicted 310 people of treason in 2024, 52 of them in Crimea.",
            [_count("treason", 310, "2024-01-01", "2024-12-31")],
        ),
        (
            "Courts have convicted 180 people of sabotage this year, 40 of them in 2023.",
            [_count("sabotage", 180, "2025-01-01", "2025-10-02")],
        ),
    ],
)
def test_a_part_of_a_count_in_a_period_of_its_own(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims_on(lexicon, text, "2025-10-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the same three months" is the period before, not the compared figure's after it
        (
            "Police detained 90 people on suspicion of treason in the first quarter."
            " Investigators opened 150 treason cases over the same three months, up from 110"
            " in the first quarter of 2024.",
            [
                _case("treason", 150, "2025-01-01", "2025-03-31"),
                _case("treason", 110, "2024-01-01", "2024-03-31"),
            ],
        ),
        (
            "Courts convicted 70 people of espionage in the first half of 2025. Over the same"
            " period they convicted 210 people of treason, against 160 in the first half of 2024.",
            [
                _count("espionage", 70, "2025-01-01", "2025-06-30"),
                _count("treason", 210, "2025-01-01", "2025-06-30"),
                _count("treason", 160, "2024-01-01", "2024-06-30"),
            ],
        ),
    ],
)
def test_a_period_referred_back_beside_a_compared_one(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims_on(lexicon, text, "2025-07-20") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The number of people convicted of treason in 2025 has already exceeded last"
            " year's total of 402.",
            [
                _count("treason", 402, "2025-01-01", "2025-12-31", "more_than"),
                _count("treason", 402, "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "Sabotage verdicts in 2024 outnumbered the 118 handed down in the whole of 2023.",
            [
                _count("sabotage", 118, "2024-01-01", "2024-12-31", "more_than"),
                _count("sabotage", 118, "2023-01-01", "2023-12-31"),
            ],
        ),
        # no period of its own: only the earlier figure
        (
            "The number of espionage convictions has now surpassed 2023's figure of 71.",
            [_count("espionage", 71, "2023-01-01", "2023-12-31")],
        ),
        (
            "In 2025 investigators' treason cases topped the 2024 tally of 510.",
            [
                _case("treason", 510, "2025-01-01", "2025-12-31", "more_than"),
                _case("treason", 510, "2024-01-01", "2024-12-31"),
            ],
        ),
        # traps: a bare ceiling with a span after it is read elsewhere; money; a term
        (
            "The number of espionage convictions in 2024 exceeded 120 for the first time"
            " since 2010.",
            [_count("espionage", 120, "2024-01-01", "2024-12-31", "more_than")],
        ),
        ("Fines for discrediting the army exceeded 150 million roubles in 2023.", []),
        ("Treason sentences in 2024 often exceeded 15 years in 2023's cases.", []),
    ],
)
def test_a_count_that_passed_an_earlier_periods_figure(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims_on(lexicon, text, "2025-10-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In 2024, 44 and 17 people were convicted of espionage and of confidential"
            " cooperation respectively.",
            [
                _count("espionage", 44, "2024-01-01", "2024-12-31"),
                _count("confidential_cooperation", 17, "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "Last year courts convicted 310, 52 and 26 people of treason, espionage and"
            " sabotage, respectively.",
            [
                _count("treason", 310, "2024-01-01", "2024-12-31"),
                _count("espionage", 52, "2024-01-01", "2024-12-31"),
                _count("sabotage", 26, "2024-01-01", "2024-12-31"),
            ],
        ),
        # a year before the list is no figure of it
        (
            "In 2023, 61 and 8 people were found guilty of treason and espionage respectively.",
            [
                _count("treason", 61, "2023-01-01", "2023-12-31"),
                _count("espionage", 8, "2023-01-01", "2023-12-31"),
            ],
        ),
        # terms shared out are no counts
        (
            "Terms of 12 and 15 years were handed to two men for treason and espionage"
            " respectively.",
            [],
        ),
    ],
)
def test_figures_that_share_the_noun_after_them_respectively(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims_on(lexicon, text, "2025-10-02") == want


def _ranges(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    return [c for c in _claims(lexicon, text) if c[0] == "penalty_range"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an aggravated part's range told alone is no range of the offence
        ("Desertion during mobilisation carries five to 15 years.", []),
        ("Desertion in wartime is punishable by five to 15 years in prison.", []),
        (
            "Spreading fakes about the army for profit or by abusing an official position is"
            " punishable by five to ten years.",
            [],
        ),
        ("Sabotage that results in death is punishable by 15 to 20 years or life.", []),
        ("Disclosing state secrets with grave consequences carries three to seven years.", []),
        # the basic range beside it stays
        (
            "Voluntary surrender carries three to ten years, while desertion during"
            " mobilisation is punishable by five to 15 years.",
            [("penalty_range", "voluntary_surrender", 3.0, 10.0, False)],
        ),
        (
            "Desertion carries up to seven years; desertion in wartime carries five to 15 years.",
            [("penalty_range", "desertion", None, 7.0, False)],
        ),
        (
            "Espionage by a foreign national carries ten to 20 years.",
            [("penalty_range", "espionage", 10.0, 20.0, False)],
        ),
    ],
)
def test_an_aggravated_parts_range_told_alone(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _ranges(lexicon, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part named by one word of one of its total's offences
        (
            "Disclosing state secrets and obtaining them illegally accounted for 44 convictions"
            " in 2024, 30 of which were for disclosure.",
            [
                _count(
                    ("disclosure_of_state_secrets", "illegal_obtaining_of_state_secrets"),
                    44,
                    "2024-01-01",
                    "2024-12-31",
                ),
                _count("disclosure_of_state_secrets", 30, "2024-01-01", "2024-12-31"),
            ],
        ),
        # a word of neither offence, or of a total of one offence: no part
        (
            "Disclosing state secrets and obtaining them illegally accounted for 44 convictions"
            " in 2024, 30 of which were for negligence.",
            [
                _count(
                    ("disclosure_of_state_secrets", "illegal_obtaining_of_state_secrets"),
                    44,
                    "2024-01-01",
                    "2024-12-31",
                ),
            ],
        ),
    ],
)
def test_a_part_named_by_one_word_of_its_offence(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims_on(lexicon, text, "2025-10-02") == want


def _people(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    return [c for c in _claims(lexicon, text) if c[0] == "individual_sentence"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Roman T. got 18 years for treason, and his cousin nine years for aiding it.",
            # no offence "aiding treason" in the scheme: the first charge stays
            [
                ("individual_sentence", "treason", 18.0, None),
                ("individual_sentence", "treason", 9.0, None),
            ],
        ),
        (
            "Ilya G. received 16 years for sabotage and his accomplice 12 years for assisting it.",
            [
                ("individual_sentence", "sabotage", 16.0, None),
                ("individual_sentence", "assisting_sabotage", 12.0, None),
            ],
        ),
        (
            "Maxim O. received 20 years for sabotage, and his two co-defendants 14 and 13 years"
            " for assisting it.",
            [
                ("individual_sentence", "sabotage", 20.0, None),
                ("individual_sentence", "assisting_sabotage", 14.0, None),
                ("individual_sentence", "assisting_sabotage", 13.0, None),
            ],
        ),
        (
            "Ilya G. received 16 years for treason and Oleg P. 12 years for espionage.",
            [
                ("individual_sentence", "treason", 16.0, None),
                ("individual_sentence", "espionage", 12.0, None),
            ],
        ),
        # no charge of its own: the first one's
        (
            "Denis K. received 15 years for sabotage, and his accomplice 11 years.",
            [
                ("individual_sentence", "sabotage", 15.0, None),
                ("individual_sentence", "sabotage", 11.0, None),
            ],
        ),
    ],
)
def test_further_people_with_a_charge_of_their_own(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _people(lexicon, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Nineteen of the 48 espionage cases heard last year ended in prison sentences.",
            [_count("espionage", 19, "2024-01-01", "2024-12-31")],
        ),
        (
            "Last year, 57 treason prosecutions ended in guilty verdicts.",
            [_count("treason", 57, "2024-01-01", "2024-12-31")],
        ),
        (
            "In the first quarter of 2025, 64 espionage trials ended in convictions.",
            [_count("espionage", 64, "2025-01-01", "2025-03-31")],
        ),
        # traps: prosecutions counted alone (as en-heldout16), acquittals, a bare "repeat"
        (
            "OVD-Info has documented 1,012 criminal prosecutions under the censorship laws"
            " since February 2022.",
            [],
        ),
        ("In 2024, 12 treason trials ended in acquittals.", []),
    ],
)
def test_trials_and_parts_of_cases_that_ended_in_convictions(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


def test_a_repeat_offence_after_a_range_is_no_other_offence(lexicon: Lexicon) -> None:
    """ "; repeat offenders face up to 15" named no offence (it gave Nazi symbols, whose
    label begins with "repeat")."""
    text = "Voluntary surrender carries three to ten years; repeat offenders face up to 15."
    assert _ranges(lexicon, text) == [("penalty_range", "voluntary_surrender", 3.0, 10.0, False)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "So far this year 71 people have been convicted of sabotage, compared with 52 in"
            " the whole of last year.",
            [
                _count("sabotage", 71, "2025-01-01", "2025-10-02"),
                _count("sabotage", 52, "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "Treason convictions this year stand at 260, against 190 in the first nine months"
            " of 2024.",
            [
                _count("treason", 260, "2025-01-01", "2025-10-02"),
                _count("treason", 190, "2024-01-01", "2024-09-30"),
            ],
        ),
        # a bare "last year" after a count to date is left alone (the whole year, or the
        # same months?)
        (
            "So far this year 71 people have been convicted of sabotage, compared with 52 last"
            " year.",
            [_count("sabotage", 71, "2025-01-01", "2025-10-02")],
        ),
    ],
)
def test_a_count_to_date_and_the_whole_of_last_year(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims_on(lexicon, text, "2025-10-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Voluntary surrender is the newer offence: three to ten years.",
            [("penalty_range", "voluntary_surrender", 3.0, 10.0, False)],
        ),
        (
            "The sentence range for espionage is ten to 20 years.",
            [("penalty_range", "espionage", 10.0, 20.0, False)],
        ),
        # an imposed term after a colon is no range
        ("The verdict: Ivan P. got 14 years for treason.", []),
    ],
)
def test_a_bare_range_after_a_colon_or_a_sentence_range(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _ranges(lexicon, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the count's own yearless half, not the "this year" of the clause after it
        (
            "Courts convicted 130 people of desertion in the first half, and this year's total"
            " may pass 260.",
            [_count("desertion", 130, "2025-01-01", "2025-06-30")],
        ),
        (
            "Courts convicted 130 people of desertion in the first six months; the total for"
            " this year may pass 260.",
            [_count("desertion", 130, "2025-01-01", "2025-06-30")],
        ),
        # the year the text is on
        (
            "In 2023 courts convicted 280 people of treason. In the first half, 90 people were"
            " convicted of espionage.",
            [
                _count("treason", 280, "2023-01-01", "2023-12-31"),
                _count("espionage", 90, "2023-01-01", "2023-06-30"),
            ],
        ),
        # a part of the text's year that is not over yet stays unresolved
        (
            "Courts convicted 130 people of desertion in the second half.",
            [_count("desertion", 130, None, None)],
        ),
    ],
)
def test_a_yearless_part_of_a_year_keeps_its_own_months(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims_on(lexicon, text, "2025-10-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # people of one trial, a term each: no count of convictions
        ("Three men were jailed for 15, 14 and 12 years for sabotage.", []),
        ("Two teenagers were sentenced to six and seven years for sabotage.", []),
        # a count with one term or none stays
        (
            "In 2024, 40 people were jailed for treason.",
            [_count("treason", 40, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_people_of_one_trial_with_a_term_each_are_no_count(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert [c for c in _claims(lexicon, text) if c[0] == "conviction_count"] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # figures told again "a year earlier" after half-year counts: the same months back
        (
            "Courts convicted 210 people of treason in the first half of 2025 and 40 of"
            " espionage; a year earlier the two figures had been 150 and 29.",
            [
                _count("treason", 210, "2025-01-01", "2025-06-30"),
                _count("espionage", 40, "2025-01-01", "2025-06-30"),
                _count("treason", 150, "2024-01-01", "2024-06-30"),
                _count("espionage", 29, "2024-01-01", "2024-06-30"),
            ],
        ),
        # cases a monitor recorded
        (
            "In 2024 the group recorded 88 criminal cases over calls for sanctions against Russia.",
            [_case("calls_for_sanctions", 88, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_figures_a_year_earlier_and_cases_recorded(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims_on(lexicon, text, "2025-10-02") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Since February 2022 courts have convicted 900 people of treason, at least 250 of"
            " them this year.",
            [
                _count("treason", 900, "2022-02-01", "2025-10-02"),
                _count("treason", 250, "2025-01-01", "2025-10-02", "at_least"),
            ],
        ),
        (
            "Since 2022 courts have convicted 900 people of treason, 310 of them last year.",
            [
                _count("treason", 900, "2022-01-01", "2025-10-02"),
                _count("treason", 310, "2024-01-01", "2024-12-31"),
            ],
        ),
    ],
)
def test_a_part_of_a_total_since_a_date_this_year_or_last(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims_on(lexicon, text, "2025-10-02") == want


def test_a_ceiling_after_an_aggravated_range_is_read(lexicon: Lexicon) -> None:
    """ "Desertion during mobilisation ... five to 15 years; disclosure by up to four": the
    aggravated range is left out, the ceiling after it with an offence of its own is not."""
    text = (
        "Desertion during mobilisation is punishable by five to 15 years; disclosure by up to four."
    )
    assert _ranges(lexicon, text) == [
        ("penalty_range", "disclosure_of_state_secrets", None, 4.0, False)
    ]
