"""Date lines and datelines that open a report: the day they give is when it came out.

Without --published, that day resolves "last year" and «в прошлом году»; a dateline's day
is never the period of the figures in the lead. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.extraction.dateline import publication_date
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3 March 2025\n\nA regional court convicted nine people.", dt.date(2025, 3, 3)),
        ("Courts and the war\nBy A. Writer\nMarch 3, 2025 | 09:40\n\nText.", dt.date(2025, 3, 3)),
        ("Posted on: Sept. 9, 2023\nText follows.", dt.date(2023, 9, 9)),
        ("2022-11-30 18:05\nText follows.", dt.date(2022, 11, 30)),
        ("Wednesday, 5 June 2024\nText follows.", dt.date(2024, 6, 5)),
        ("KAZAN, Feb. 2, 2024 (Reuters) - A court jailed a welder.", dt.date(2024, 2, 2)),
        ("Tver, 14 August 2023 – The court heard the case.", dt.date(2023, 8, 14)),
        ("ОМСК, 7 июля 2024 г. — Суд вынес приговор.", dt.date(2024, 7, 7)),
        ("21 мая 2025, 11:20\n\nСуд вынес приговор.", dt.date(2025, 5, 21)),
        ("Опубликовано 02.12.2024 в 16:45\nТекст.", dt.date(2024, 12, 2)),
    ],
)
def test_the_opening_date_line_or_dateline_gives_the_day(text: str, day: dt.date) -> None:
    assert publication_date(text) == day


@pytest.mark.parametrize(
    "text",
    [
        # an event's date in a sentence, or a timeline's item: no city before it
        "The court convicted nine people on 3 March 2025.\nText.",
        "12 April 2023 — the president signs the amendments.\nText.",
        # a place told with a preposition opens a sentence, not a dateline
        "In Kazan, Feb. 2, 2024 - a court jailed a welder.",
        # no year: it says nothing of which year
        "KAZAN, Feb. 2 (Reuters) - A court jailed a welder.",
        # no such day
        "31 June 2024\nText.",
        # a date line further down than the opening lines is some other day
        "Title\nSubtitle\nBy A. Writer\nPhoto: agency\nCaption\n3 March 2025\nText.",
    ],
)
def test_no_publication_day_from_other_dates(text: str) -> None:
    assert publication_date(text) is None


def _periods(text: str, lexicon: Lexicon, **kw: object) -> list[tuple[str | None, str | None]]:
    claims = extract_claims(text, document="t", lexicon=lexicon, **kw)  # type: ignore[arg-type]
    return [(c.period_start, c.period_end) for c in claims if c.kind == "conviction_count"]


def test_a_date_line_resolves_last_year_without_published(lexicon: Lexicon) -> None:
    text = "9 February 2025\n\nMilitary courts convicted 412 servicemen of desertion last year."
    assert _periods(text, lexicon) == [("2024-01-01", "2024-12-31")]


def test_a_dateline_with_its_year_resolves_this_year(lexicon: Lexicon) -> None:
    text = (
        "Perm, Oct. 21, 2024 – Courts found 37 people guilty of espionage in the first half "
        "of this year, a rights group said."
    )
    assert _periods(text, lexicon) == [("2024-01-01", "2024-06-30")]


def test_a_russian_date_line_resolves_last_year(lexicon: Lexicon) -> None:
    text = "14 марта 2025, 10:05\n\nВ прошлом году суды осудили за шпионаж 63 человека."
    assert _periods(text, lexicon, lang="ru") == [("2024-01-01", "2024-12-31")]


def test_a_given_publication_date_wins_over_the_text(lexicon: Lexicon) -> None:
    text = "9 February 2025\n\nMilitary courts convicted 412 servicemen of desertion last year."
    got = _periods(text, lexicon, published=dt.date(2026, 1, 15))
    assert got == [("2025-01-01", "2025-12-31")]


@pytest.mark.parametrize(
    ("lead", "period"),
    [
        (
            "Perm, Oct. 21 – Courts found 37 people guilty of espionage last year.",
            ("2023-01-01", "2023-12-31"),
        ),
        (
            "PERM, Oct. 21, 2024 – Courts found 37 people guilty of espionage in 2022.",
            ("2022-01-01", "2022-12-31"),
        ),
        (
            "PERM, 21 October (Reuters) - Courts found 37 people guilty of espionage last year.",
            ("2023-01-01", "2023-12-31"),
        ),
        (
            "Perm, 21 October 2024 — Courts found 37 people guilty of espionage in 2022.",
            ("2022-01-01", "2022-12-31"),
        ),
    ],
)
def test_a_datelines_day_is_no_period_of_the_leads_figures(
    lexicon: Lexicon, lead: str, period: tuple[str, str]
) -> None:
    assert _periods(lead, lexicon, published=dt.date(2024, 10, 21)) == [period]


def test_a_wire_datelines_day_still_dates_the_leads_law(lexicon: Lexicon) -> None:
    text = (
        "MOSCOW, July 14 (Interfax) - The president has signed a law that makes confidential "
        "cooperation with a foreign state a crime."
    )
    claims = extract_claims(text, document="t", lexicon=lexicon, published=dt.date(2022, 7, 15))
    assert [c.date for c in claims if c.kind == "enactment"] == ["2022-07-14"]


@pytest.mark.parametrize(
    "text",
    [
        "The court service published its figures for 2025 on Monday. Courts convicted 140 "
        "people of sabotage.",
        "The Judicial Department released its statistics for 2025 on 9 February. Courts "
        "convicted 140 people of sabotage.",
        "The review of 2025 was made public on 9 February. Courts convicted 140 people of "
        "sabotage.",
    ],
)
def test_the_day_figures_came_out_is_no_period_of_the_next_count(
    lexicon: Lexicon, text: str
) -> None:
    assert _periods(text, lexicon, published=dt.date(2026, 2, 10)) == [("2025-01-01", "2025-12-31")]
