"""A figure told alone, then what it counts: "By the numbers: 1,950. That's how many
servicemen ... convicted of ..." (how_many.py). Sentences written for these tests; figures
made up."""

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
        text, document="t", lexicon=lexicon, published=dt.date(2025, 8, 4), lang="en"
    )
    return [
        (str(c.offence), c.count or 0, c.period_start, c.period_end)
        for c in claims
        if c.kind == "conviction_count"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The quarter in one number: 2,310. That's how many soldiers military courts convicted "
        "of going AWOL in April–June.",
        "2,310. That is how many soldiers were found guilty of going AWOL in April–June.",
        "Our figure of the week: 2,310. This is the number of soldiers sentenced for going "
        "AWOL in April–June.",
    ],
)
def test_a_figure_alone_counts_what_the_next_sentence_says(lexicon: Lexicon, text: str) -> None:
    assert _counts(text, lexicon) == [
        ("leaving_a_unit_without_leave", 2310, "2025-04-01", "2025-06-30")
    ]


def test_the_next_count_over_the_same_months_follows_it(lexicon: Lexicon) -> None:
    text = (
        "2,310. That's how many soldiers were found guilty of going AWOL in April–June. "
        "Desertion accounted for another 380 verdicts over the same months."
    )
    assert _counts(text, lexicon) == [
        ("leaving_a_unit_without_leave", 2310, "2025-04-01", "2025-06-30"),
        ("desertion", 380, "2025-04-01", "2025-06-30"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # people detained, cases opened: no convictions
        "2,310. That's how many soldiers were detained for going AWOL in April–June.",
        "2,310. That's how many cases of going AWOL reached the courts in April–June.",
        # the figure before is no figure told alone
        "The report runs to 310 pages. That's how many soldiers were found guilty of going "
        "AWOL, roughly.",
        # a year told alone is no count
        "2024. That's when most soldiers were found guilty of going AWOL.",
    ],
)
def test_no_count_from_other_figures_or_acts(lexicon: Lexicon, text: str) -> None:
    assert _counts(text, lexicon) == []
