"""Categories of en-heldout41's first misses, in sentences of our own: "gave X life
imprisonment for A and a B" (life and both charges); "he" after a verdict on "a 52-year-old
local resident"; a timeline's "July 14, 2022: Putin signs the law ..."; a digest's item "17
years in prison for a teacher from Kherson, convicted of treason"; "rose by 40 per cent in
the first nine months of 2025, to 214; a year earlier the figure for the same months was
153"."""

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


def _claims(lexicon: Lexicon, text: str, published: dt.date) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=published)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    out: list[tuple[object, ...]] = []
    for c in claims:
        if c.kind == "individual_sentence":
            out.append((c.kind, c.offence, c.sentence_years, c.life))
        elif c.kind == "enactment":
            out.append((c.kind, c.offence, c.date))
        else:
            out.append((c.kind, c.offence, c.count, c.period_start, c.period_end))
    return out


def test_life_and_both_charges(lexicon: Lexicon) -> None:
    text = (
        "A court in Kazan gave a former officer life imprisonment for treason and a terrorist act."
    )
    assert _claims(lexicon, text, dt.date(2025, 10, 21)) == [
        ("individual_sentence", ("treason", "terrorist_act"), None, True)
    ]


def test_he_after_a_verdict_on_a_described_person(lexicon: Lexicon) -> None:
    text = (
        "The regional court found a 47-year-old local resident guilty under Article 275.1 of "
        "the Criminal Code. He was sentenced to six years in a general-regime penal colony."
    )
    assert _claims(lexicon, text, dt.date(2025, 10, 2)) == [
        ("individual_sentence", "confidential_cooperation", 6, None)
    ]


def test_a_timelines_signature(lexicon: Lexicon) -> None:
    text = (
        "Timeline\nDecember 29, 2022: Putin signs the law adding assisting sabotage to the "
        "Criminal Code."
    )
    assert _claims(lexicon, text, dt.date(2025, 12, 1)) == [
        ("enactment", "assisting_sabotage", "2022-12-29")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "This week in numbers\n• 16 years in prison for a nurse from Kursk, convicted of "
            "treason on Monday",
            [("individual_sentence", "treason", 16, None)],
        ),
        ("Twelve years in prison for treason is the usual term.", []),
    ],
)
def test_a_digests_term_first(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, dt.date(2026, 1, 9)) == want


def test_a_rise_by_a_percentage_and_the_same_months_a_year_earlier(lexicon: Lexicon) -> None:
    text = (
        "Espionage verdicts rose by 25 per cent in the first nine months of 2025, to 60, the "
        "court data show; a year earlier the figure for the same months was 48."
    )
    assert _claims(lexicon, text, dt.date(2025, 10, 28)) == [
        ("conviction_count", "espionage", 60, "2025-01-01", "2025-09-30"),
        ("conviction_count", "espionage", 48, "2024-01-01", "2024-09-30"),
    ]
