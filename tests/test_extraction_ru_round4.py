"""Russian phrasing categories of round 4 (issue 10), each with traps that must stay out.

Amended ranges: a range in force now and the one a new law brings («..., а после вступления
закона в силу — пожизненное», «по новой редакции — до семи лет») are two claims; a range
that only grows with a circumstance («а в военное время — и пожизненное») stays one.

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.claims import Claim
from kgbuild.extraction_ru import extract_ru, load_ru_lexicon

ROOT = Path(__file__).resolve().parents[1]
LEXICON = load_ru_lexicon(ROOT / "ontology" / "offences.ttl")
PUBLISHED = dt.date(2025, 6, 20)

Expected = list[tuple[object, ...]]


def _claims(text: str) -> Expected:
    claims: list[Claim] = extract_ru(text, "passage.txt", published=PUBLISHED, lexicon=LEXICON)
    for c in claims:
        assert text[c.start : c.end] == c.quote
    out: Expected = []
    for c in claims:
        if c.kind in {"conviction_count", "case_count"}:
            out.append((c.kind, c.offence, c.count, c.qualifier, c.period_start, c.period_end))
        elif c.kind == "penalty_range":
            out.append((c.kind, c.offence, c.min_years, c.max_years, bool(c.life)))
        elif c.kind == "enactment":
            out.append((c.kind, c.offence, c.date))
        else:
            out.append((c.kind, c.offence, c.sentence_years, bool(c.life)))
    return out


def _count(
    offence: object, count: int, start: str, end: str, q: str = "exact"
) -> tuple[object, ...]:
    return ("conviction_count", offence, count, q, start, end)


def _range(
    offence: str, lo: float | None, hi: float | None, life: bool = False
) -> tuple[object, ...]:
    return ("penalty_range", offence, lo, hi, life)


def _term(offence: str | None, years: float | None, life: bool = False) -> tuple[object, ...]:
    return ("individual_sentence", offence, years, life)


CASES: list[tuple[str, str, Expected]] = [
    # -- amended ranges ----------------------------------------------------------------
    (
        "the range in force and the life term a new law brings are two claims",
        "По статье о диверсии сейчас можно получить от 15 до 20 лет, а после вступления "
        "поправок в силу — пожизненное.",
        [_range("sabotage", 15, 20), _range("sabotage", None, None, True)],
    ),
    (
        "«когда закон вступит в силу» starts the amended range too",
        "За помощь противнику грозит от 10 до 15 лет, когда закон вступит в силу, суд сможет "
        "назначить и пожизненное лишение свободы.",
        [
            _range("assistance_to_the_enemy", 10, 15),
            _range("assistance_to_the_enemy", None, None, True),
        ],
    ),
    (
        "trap: a circumstance that adds life keeps one range",
        "За госизмену грозит от 12 до 20 лет, а при отягчающих обстоятельствах — и пожизненное.",
        [_range("treason", 12, 20, True)],
    ),
    (
        "trap: a law named by its life term sets no range",
        "После вступления в силу закона о пожизненном сроке за шпионаж прошло два года.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
