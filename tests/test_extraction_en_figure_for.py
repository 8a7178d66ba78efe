"""A figure for another offence after a count: "The figure for espionage was 31, and for
sabotage, 16" (figures_reached.py). Sentences written for these tests; figures made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
LEAD = "Military courts convicted 2,340 servicemen of desertion in 2025. "


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _counts(text: str, lexicon: Lexicon) -> list[tuple[str, int, str | None, str | None]]:
    claims = extract_claims(
        text, document="t", lexicon=lexicon, published=dt.date(2026, 3, 2), lang="en"
    )
    return [
        (str(c.offence), c.count or 0, c.period_start, c.period_end)
        for c in claims
        if c.kind == "conviction_count"
    ]


Y2025 = ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("after", "want"),
    [
        ("The figure for voluntary surrender was 410.", [("voluntary_surrender", 410)]),
        ("The number for voluntary surrender was 410.", [("voluntary_surrender", 410)]),
        ("For voluntary surrender, the figure was 410.", [("voluntary_surrender", 410)]),
        (
            "The figure for voluntary surrender was 410, and for sabotage, 96.",
            [("voluntary_surrender", 410), ("sabotage", 96)],
        ),
        (
            "For voluntary surrender, the figure stood at about 410, while for sabotage it was 96.",
            [("voluntary_surrender", 410), ("sabotage", 96)],
        ),
    ],
)
def test_a_figure_for_another_offence_takes_the_counts_period(
    lexicon: Lexicon, after: str, want: list[tuple[str, int]]
) -> None:
    got = _counts(LEAD + after, lexicon)
    assert got == [("desertion", 2340, *Y2025), *[(o, n, *Y2025) for o, n in want]]


@pytest.mark.parametrize(
    ("after", "want"),
    [
        ("The figure for voluntary surrender was 41%.", []),  # a share
        ("For comparison, the figure was 410.", []),  # no offence of its own
        (  # fraud is no offence of the scheme: the item stops the list
            "The figure for voluntary surrender was 410, and for fraud, 96.",
            [("voluntary_surrender", 410, *Y2025)],
        ),
    ],
)
def test_other_figures_for_are_no_counts_of_another_offence(
    lexicon: Lexicon, after: str, want: list[tuple[str, int, str, str]]
) -> None:
    assert [c for c in _counts(LEAD + after, lexicon) if c[0] != "desertion"] == want


def test_a_figure_for_with_no_count_before_gives_nothing(lexicon: Lexicon) -> None:
    assert _counts("The figure for voluntary surrender was 410.", lexicon) == []
