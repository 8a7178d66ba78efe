"""Russian counts that take from the sentence before: offences paired «соответственно» with
the ones it named, and «месяцем ранее» / «за месяц до этого» as the month before the one it
named. Sentences written for these tests; figures made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _counts(text: str, lexicon: Lexicon) -> list[tuple[str, int, str | None, str | None]]:
    claims = extract_claims(
        text, document="t", lexicon=lexicon, published=dt.date(2026, 7, 6), lang="ru"
    )
    return [
        (str(c.offence), c.count or 0, c.period_start, c.period_end)
        for c in claims
        if c.kind == "conviction_count"
    ]


Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    "second",
    [
        "В 2025 году по этим статьям осуждены 40 и 9 человек соответственно.",
        "За 2025 год по ним вынесли 40 и 9 приговоров соответственно.",
    ],
)
def test_respectively_pairs_the_offences_the_sentence_before_named(
    lexicon: Lexicon, second: str
) -> None:
    first = "Суды рассматривают дела о шпионаже и о диверсии в закрытом режиме. "
    assert _counts(first + second, lexicon) == [("espionage", 40, *Y2025), ("sabotage", 9, *Y2025)]


def test_respectively_with_more_figures_than_offences_before_pairs_none(lexicon: Lexicon) -> None:
    text = (
        "Суды рассматривают дела о шпионаже и о диверсии в закрытом режиме. В 2025 году по "
        "этим статьям осуждены 40, 9 и 3 человека соответственно."
    )
    got = _counts(text, lexicon)
    assert ("espionage", 40, *Y2025) not in got
    assert ("sabotage", 9, *Y2025) not in got


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("В июне суды вынесли 48 приговоров по делам о диверсии. Месяцем ранее — 39.", "05"),
        (
            "В июне суды вынесли 48 приговоров по делам о диверсии. За месяц до этого их было 39.",
            "05",
        ),
    ],
)
def test_a_month_before_is_the_month_before_the_one_named(
    lexicon: Lexicon, text: str, month: str
) -> None:
    assert _counts(text, lexicon) == [
        ("sabotage", 48, "2026-06-01", "2026-06-30"),
        ("sabotage", 39, f"2026-{month}-01", f"2026-{month}-31"),
    ]


def test_a_month_before_january_is_last_years_december(lexicon: Lexicon) -> None:
    text = "В январе суды вынесли 12 приговоров по делам о диверсии. Месяцем ранее их было 15."
    assert _counts(text, lexicon) == [
        ("sabotage", 12, "2026-01-01", "2026-01-31"),
        ("sabotage", 15, "2025-12-01", "2025-12-31"),
    ]


def test_a_month_before_a_year_is_no_month(lexicon: Lexicon) -> None:
    text = "В 2025 году суды вынесли 410 приговоров по делам о диверсии. Месяцем ранее — 39."
    assert ("sabotage", 39, *Y2025) not in _counts(text, lexicon)
