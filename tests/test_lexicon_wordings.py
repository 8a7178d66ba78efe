"""Offence wordings reporters use (issue 10, lexicon round): each new @en/@ru label of the
offence scheme is found by the lexicon alone and carries a count through the extractor,
with traps that must name another offence or none. Sentences are written for these tests
with made-up figures; none is in a key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction.drafts import _slug_for_word
from kgbuild.extraction_ru import extract_ru, load_ru_lexicon
from kgbuild.extraction_ru.morphology import tokenize
from kgbuild.lexicon import load_lexicon
from tests.test_extraction_en_passages import _extract

ROOT = Path(__file__).resolve().parents[1]
EN = load_lexicon(ROOT / "ontology" / "offences.ttl")
RU = load_ru_lexicon(ROOT / "ontology" / "offences.ttl")
PUBLISHED = dt.date(2025, 6, 20)

# (wording inside a sentence, the offence it must name, the article of that offence)
EN_WORDINGS: list[tuple[str, str, str]] = [
    ("was fined for evading a foreign agent's duties", "foreign_agent_evasion", "330.1"),
    ("stood trial for evading the duties of a foreign agent", "foreign_agent_evasion", "330.1"),
    (
        "was found guilty of taking part in a terrorist organisation",
        "terrorist_organisation_participation",
        "205.5",
    ),
    (
        "admitted taking part in the activities of a terrorist organisation",
        "terrorist_organisation_participation",
        "205.5",
    ),
    ("were accused of taking part in armed conflicts as mercenaries", "mercenarism", "359"),
    ("was tried for participating in an armed conflict as a mercenary", "mercenarism", "359"),
    ("was charged with spreading fakes about the army", "army_fakes", "207.3"),
    (
        "was convicted of participating in an undesirable organisation",
        "undesirable_organisation",
        "284.1",
    ),
    ("was accused of justifying Nazism", "rehabilitation_of_nazism", "354.1"),
]

RU_WORDINGS: list[tuple[str, str, str]] = [
    (
        "осудили за участие в деятельности нежелательной организации",
        "undesirable_organisation",
        "284.1",
    ),
    ("приговор по статье о фейках", "army_fakes", "207.3"),
    ("оштрафовали за фейки о российской армии", "army_fakes", "207.3"),
    ("обвинили в повторной дискредитации российской армии", "discrediting_the_army", "280.3"),
    ("судили за оправдание нацизма", "rehabilitation_of_nazism", "354.1"),
    (
        "дело об участии в деятельности террористической организации",
        "terrorist_organisation_participation",
        "205.5",
    ),
    (
        "за уклонение от исполнения обязанностей иностранного агента",
        "foreign_agent_evasion",
        "330.1",
    ),
]


@pytest.mark.parametrize(("text", "slug", "article"), EN_WORDINGS, ids=[w[0] for w in EN_WORDINGS])
def test_english_wording_names_its_article(text: str, slug: str, article: str) -> None:
    assert [m.slug for m in EN.find_offences(text)] == [slug]
    assert article in EN.articles_for([slug])


@pytest.mark.parametrize(("text", "slug", "article"), RU_WORDINGS, ids=[w[0] for w in RU_WORDINGS])
def test_russian_wording_names_its_article(text: str, slug: str, article: str) -> None:
    assert [s.slug for s in RU.find(text, tokenize(text))] == [slug]
    assert article in RU.articles_for([slug])


def test_english_count_with_new_wording() -> None:
    claims = _extract(
        "In 2024 courts convicted 37 people of taking part in a terrorist organisation, "
        "a court spokesman aged 52 said.",
        PUBLISHED,
    )
    assert [(c.kind, c.offence, c.count, c.period_start) for c in claims] == [
        ("conviction_count", "terrorist_organisation_participation", 37, "2024-01-01")
    ]


def test_russian_count_with_new_wording() -> None:
    text = "В 2024 году за оправдание нацизма осудили 23 человека, из них трое — студенты."
    claims = extract_ru(text, "t.txt", published=PUBLISHED, lexicon=RU)
    assert [(c.kind, c.offence, c.count, c.period_start) for c in claims] == [
        ("conviction_count", "rehabilitation_of_nazism", 23, "2024-01-01")
    ]


# traps: words near the new labels that name another offence or none
@pytest.mark.parametrize(
    "text",
    [
        "the organisation was declared undesirable in 2021",
        "a foreign agent's report was filed late",
        "the mercenaries were paid in cash",
    ],
)
def test_english_traps_name_no_offence(text: str) -> None:
    assert EN.find_offences(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "организацию признали нежелательной в 2021 году",
        "обязанности агента по недвижимости",
        "деятельность организации признана законной",
    ],
)
def test_russian_traps_name_no_offence(text: str) -> None:
    assert RU.find(text, tokenize(text)) == []


def test_one_word_prefers_the_label_that_begins_with_it() -> None:
    # "justifying Nazism" (354.1) and "justification of terrorism" (205.2) share a stem;
    # "the justification figure" is the one whose label begins with the whole word
    assert _slug_for_word("justification", EN) == "justification_of_terrorism"
    assert _slug_for_word("justif", EN) is None
