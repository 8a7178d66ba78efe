"""Cases the courts heard told with «уже», «всего» before the figure (count_checks.py).
Sentences written for these tests; figures made up."""

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


def _claims(text: str, lexicon: Lexicon) -> list[tuple[str, str, int, str | None, str | None]]:
    claims = extract_claims(
        text, document="t", lexicon=lexicon, published=dt.date(2026, 8, 3), lang="ru"
    )
    return [
        (c.kind, str(c.offence), c.count or 0, c.period_start, c.period_end)
        for c in claims
        if c.kind in {"conviction_count", "case_count"}
    ]


@pytest.mark.parametrize("word", ["уже", "всего"])
def test_cases_heard_with_a_word_before_the_figure(lexicon: Lexicon, word: str) -> None:
    text = f"С января 2024 года гарнизонные суды рассмотрели {word} 870 дел о дезертирстве."
    assert _claims(text, lexicon) == [("case_count", "desertion", 870, "2024-01-01", "2026-08-03")]
