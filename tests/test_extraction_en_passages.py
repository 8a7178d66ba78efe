"""English extraction from multi-sentence passages (issue 10, third round): the categories
en-heldout3.yaml missed, each in sentences written for these tests (none is in a key), and
the traps that must stay out. Keys en-dev3 and en-heldout3/4 are scored here too."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kgbuild.claims import Claim
from kgbuild.extraction import extract_claims
from kgbuild.extraction.scoring import Signature, _signature, claim_signature
from kgbuild.lexicon import load_lexicon
from tests.conftest import ROOT

LEXICON = load_lexicon(ROOT / "ontology" / "offences.ttl")


def _extract(text: str, published: dt.date) -> list[Claim]:
    return extract_claims(text, document="t", lexicon=LEXICON, published=published)


def _signatures(claims: list[Claim]) -> list[Signature]:
    return sorted((claim_signature(c) for c in claims), key=repr)


def _expected(items: list[dict[str, Any]]) -> list[Signature]:
    return sorted((_signature(str(i["kind"]), i) for i in items), key=repr)


def _count(
    offence: str | list[str],
    count: int,
    start: str,
    end: str,
    q: str = "exact",
    kind: str = "conviction_count",
) -> dict[str, Any]:
    return {
        "kind": kind,
        "offence": offence,
        "count": count,
        "qualifier": q,
        "period_start": start,
        "period_end": end,
    }


def _year(year: int) -> tuple[str, str]:
    return f"{year}-01-01", f"{year}-12-31"


def _penalty(
    offence: str | list[str], lo: float | None, hi: float | None, life: bool = False
) -> dict[str, Any]:
    return {
        "kind": "penalty_range",
        "offence": offence,
        "min_years": lo,
        "max_years": hi,
        "life": life,
    }


def _enactment(offence: str, date: str) -> dict[str, Any]:
    return {"kind": "enactment", "offence": offence, "date": date}


def _sentence(offence: str, years: float) -> dict[str, Any]:
    return {"kind": "individual_sentence", "offence": offence, "sentence_years": years}


# (name, published, text, expected claims)
PASSAGES: list[tuple[str, dt.date, str, list[dict[str, Any]]]] = [
    (
        "imposed term: a court jailed a described person",
        dt.date(2024, 6, 3),
        "A garrison court in Omsk jailed a 20-year-old conscript for nine years for "
        "sabotage. He had set fire to a signal box.",
        [_sentence("sabotage", 9)],
    ),
    (
        "imposed term: sentenced a resident of a named town",
        dt.date(2024, 6, 3),
        "The regional court sentenced a 45-year-old resident of Bryansk to 16 years for "
        "treason. Prosecutors had asked for 18.",
        [_sentence("treason", 16)],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [(p, t, e) for _, p, t, e in PASSAGES],
    ids=[c[0] for c in PASSAGES],
)
def test_passage_categories(published: dt.date, text: str, expected: list[dict[str, Any]]) -> None:
    assert _signatures(_extract(text, published)) == _expected(expected)
