"""Pages copied from news sites (issue 10), in lines of our own: a link to another story
between paragraphs ("Read also: ...", «Читайте также: ...») gives no claim in either
language, and a standfirst that tells the main figure without its period gives no second
claim beside the body's dated one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.extraction.related_links import is_related_link
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 10, 9)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _counts(lexicon: Lexicon, text: str, lang: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang=lang, published=PUBLISHED)
    return [(c.offence, c.count, c.period_start) for c in claims]


@pytest.mark.parametrize(
    "line",
    [
        "Read also: 14 Russians jailed for sabotage on the railways in 2024",
        "Read more — Espionage convictions tripled in 2023",
        "See also: Treason cases doubled",
        "Читайте также: В Крыму за шпионаж осудили 12 человек",
        "По теме: 40 приговоров по статье о диверсии",
    ],
)
def test_a_link_to_another_story_is_recognised(line: str) -> None:
    assert is_related_link(line)


@pytest.mark.parametrize(
    "line", ["Related to this, 14 people were convicted.", "По данным суда, осуждены 12 человек."]
)
def test_ordinary_sentences_are_no_links(line: str) -> None:
    assert not is_related_link(line)


def test_a_link_line_gives_no_claim(lexicon: Lexicon) -> None:
    text = (
        "In the first half of 2025, courts convicted 171 people of treason.\n"
        "Read also: 14 Russians convicted of treason for railway sabotage in 2024\n"
        "Over the same period, 23 people were convicted of espionage."
    )
    assert _counts(lexicon, text, "en") == [
        ("treason", 171, "2025-01-01"),
        ("espionage", 23, "2025-01-01"),
    ]
    text = (
        "В первом полугодии 2025 года за госизмену осудили 171 человека.\n"
        "Читайте также: В 2024 году за шпионаж осудили 14 человек\n"
    )
    assert _counts(lexicon, text, "ru") == [("treason", 171, "2025-01-01")]


def test_a_standfirst_without_its_period_is_no_second_claim(lexicon: Lexicon) -> None:
    text = (
        "The 231 treason convictions of half a year top the total for all of 2023.\n\n"
        "In the first six months of 2025, courts handed down 231 convictions for treason, "
        "espionage and confidential cooperation, a monitoring group says."
    )
    group = ("treason", "espionage", "confidential_cooperation")
    assert _counts(lexicon, text, "en") == [(group, 231, "2025-01-01")]
