"""A level convictions reached after a rise over a span: "have increased every year since
2021, reaching 177 in 2025" (counts.py, year_series.level_after_span). Sentences written
for these tests; figures made up."""

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
        text, document="t", lexicon=lexicon, published=dt.date(2026, 4, 1), lang="en"
    )
    return [
        (str(c.offence), c.count or 0, c.period_start, c.period_end)
        for c in claims
        if c.kind == "conviction_count"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Convictions for sabotage have grown every year since 2022, reaching 96 in 2025.",
        "Sabotage convictions have increased fivefold since 2022, reaching 96 in 2025.",
        "Convictions for sabotage have risen since 2022, reaching 96 in 2025.",
        "Sabotage verdicts rose every year, reaching 96 in 2025.",
        "Convictions for sabotage climbed sevenfold between 2022 and 2025, reaching 96.",
    ],
)
def test_the_level_reached_is_a_count_of_its_own_year(lexicon: Lexicon, sentence: str) -> None:
    assert _counts(sentence, lexicon) == [("sabotage", 96, "2025-01-01", "2025-12-31")]


def test_a_level_with_no_time_after_a_span_to_now_is_no_count(lexicon: Lexicon) -> None:
    # the year of the level is not told: neither the span nor the day of publication
    assert _counts("Convictions for sabotage have risen since 2022, reaching 96.", lexicon) == []
