"""Categories of en-heldout39's first misses, in sentences of our own: a figure that answers
the "How many ...?" question before it (answers.py); a wire dateline's day is when the
report came out, not the period of its figures; the first figure of a yearly series after
a span ("the 400 ... convictions recorded from 2022 through 2024: 50 in 2022, ...") takes
its own year; "justifying X" is no offence X."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2026, 2, 10)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [(c.kind, c.offence, c.count, c.qualifier, c.period_start, c.period_end) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "How many people were convicted of espionage in 2025? According to the rights "
            "group, at least 61, up from 44 a year earlier.",
            [
                ("conviction_count", "espionage", 61, "at_least", "2025-01-01", "2025-12-31"),
                ("conviction_count", "espionage", 44, "exact", "2024-01-01", "2024-12-31"),
            ],
        ),
        (
            "How many sabotage cases were opened last year? About 240.",
            [("case_count", "sabotage", 240, "about", "2025-01-01", "2025-12-31")],
        ),
        (
            "How many treason convictions were there in 2024? 145.",
            [("conviction_count", "treason", 145, "exact", "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_a_figure_answers_the_question_before_it(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "How many people were convicted of treason in 2025? The court data are not out yet, "
        "but 12 regions have reported.",
        "How many were acquitted? None.",
        "Why were 12 people convicted of treason in one week? Nobody knows.",
    ],
)
def test_no_answer_no_count(lexicon: Lexicon, text: str) -> None:
    assert [c for c in _claims(lexicon, text) if c[2] != 12 or c[0] != "conviction_count"] == []


def test_a_dateline_day_is_no_period_of_the_figures(lexicon: Lexicon) -> None:
    text = (
        "MOSCOW, February 9. /TASS/. Russian courts passed guilty verdicts on 58 people under "
        "the article on espionage last year, according to the Judicial Department."
    )
    assert _claims(lexicon, text) == [
        ("conviction_count", "espionage", 58, "exact", "2025-01-01", "2025-12-31")
    ]


def test_a_dateline_day_still_dates_a_signed_law(lexicon: Lexicon) -> None:
    text = "MOSCOW, February 9. /TASS/. President Vladimir Putin has signed a law on sabotage."
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.kind, c.date) for c in claims] == [("enactment", "2026-02-09")]


def test_a_yearly_series_after_a_span_gives_each_figure_its_year(lexicon: Lexicon) -> None:
    text = (
        "The report breaks down the 400 espionage convictions recorded from 2022 through "
        "2024: 50 in 2022, 120 in 2023 and 230 in 2024."
    )
    assert [(c[2], c[4], c[5]) for c in _claims(lexicon, text)] == [
        (400, "2022-01-01", "2024-12-31"),
        (50, "2022-01-01", "2022-12-31"),
        (120, "2023-01-01", "2023-12-31"),
        (230, "2024-01-01", "2024-12-31"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A bill tabled this month would add an offence of justifying sabotage, punishable "
            "by up to four years.",
            [],
        ),
        (  # a label of its own
            "Publicly justifying terrorism carries two to five years in prison.",
            [("penalty_range", "justification_of_terrorism", None, None, None, None)],
        ),
    ],
)
def test_justifying_an_offence_is_no_such_offence(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text) == want


def test_a_q_and_a_with_the_article_told_before(lexicon: Lexicon) -> None:
    text = (
        "Q: When did sabotage training become a crime? A: In December 2022. Q: How many "
        "people have been sentenced under it? A: By our count, 41 since January 2023, two of "
        "them in absentia."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    counts = [(c.offence, c.count, c.period_start, c.period_end) for c in claims if c.count]
    assert counts == [("sabotage_training", 41, "2023-01-01", "2026-02-10")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Q: What is the penalty for espionage? A: Ten to twenty years in prison.",
         [("espionage", 10.0, 20.0, False)]),
        ("Q: What does the article on sabotage training punish? A: Training to commit "
         "sabotage. Q: What is the maximum punishment? A: Fifteen to 20 years, or life.",
         [("sabotage_training", 15.0, 20.0, True)]),
        ("What penalty does treason carry? Twelve to 20 years, or life.",
         [("treason", 12.0, 20.0, True)]),
        # wrapped after the answer's mark: "A:" at a line's end is no sentence between
        ("Q: What is the punishment for espionage? A:\nTen to twenty years in prison.",
         [("espionage", 10.0, 20.0, False)]),
        # a term handed down, a question about something else, an answer with no range
        ("Q: What sentence did the court hand down for treason? A: Twelve to 20 years.", []),
        ("Q: What is the charge? A: Treason. Twelve to 20 years, lawyers say, is likely.", []),
        ("What is the punishment for treason? It depends on the case.", []),
    ],
)  # fmt: skip
def test_a_range_that_answers_a_question_about_the_punishment(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    """A range opening the answer to "What is the punishment?" (or "What penalty does X
    carry?"): the question's offence, else the one told before; not a term handed down,
    nor a range the answer does not open with."""
    found = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    claims = [c for c in found if c.kind == "penalty_range"]
    assert [(c.offence, c.min_years, c.max_years, c.life) for c in claims] == want


@pytest.mark.parametrize(
    "text",
    [
        "HOST: How many people has the regional court convicted of treason this year?\n"
        "GUEST: Seventeen so far, and two more verdicts are expected in December.",
        "Q: How many people has the regional court convicted of treason this year? "
        "A: Seventeen so far.",
    ],
)
def test_an_interview_answers_a_question_in_the_active_voice(lexicon: Lexicon, text: str) -> None:
    """Speakers' names in capitals mark a question and its answer as "Q:" and "A:" do; "How
    many people has the court convicted ...?" asks for convictions; a count of no offence
    beside the figure says nothing of the answer's own; the year asked about ends at the
    report ("so far")."""
    claims = extract_claims(
        text, document="d", lexicon=lexicon, lang="en", published=dt.date(2025, 11, 20)
    )
    assert [(c.offence, c.count, c.period_start, c.period_end) for c in claims] == [
        ("treason", 17, "2025-01-01", "2025-11-20")
    ]
