"""Which offences a count counts, in sentences of our own: charges told as a kind ("for
various crimes", "of other offences", "for military crimes") count none of the offences
named before, even where the count takes its period from them ("over the period"); an
article number in brackets after an offence ("(Article 280.3)") is a name, not a figure
that ends the count's list of offences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 7, 20)
LEAD = "In the first half of 2025, 48 people were convicted of espionage. "


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _counts(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    return [(c.offence, c.count, c.period_start, c.period_end) for c in claims]


@pytest.mark.parametrize(
    "second",
    [
        "Courts also sentenced 5,100 servicemen for various crimes over the period.",
        "Military courts convicted 3,900 soldiers of other offences in the same months.",
        "Over the period, judges handed 640 people prison terms for drug crimes.",
        "Courts sentenced 2,200 conscripts for a range of military offences over the period.",
    ],
)
def test_a_kind_of_charges_is_no_offence_named_before(lexicon: Lexicon, second: str) -> None:
    assert _counts(lexicon, LEAD + second) == [("espionage", 48, "2025-01-01", "2025-06-30")]


@pytest.mark.parametrize(
    ("second", "count"),
    [
        ("Over the same period, 12 more people were convicted under this article.", 12),
        ("Courts convicted 9 more people of the same crimes over the period.", 9),
    ],
)
def test_a_count_that_refers_back_still_takes_the_offence(
    lexicon: Lexicon, second: str, count: int
) -> None:
    assert _counts(lexicon, LEAD + second)[1] == ("espionage", count, "2025-01-01", "2025-06-30")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "During May, about 24 cases were opened under the articles on discrediting the army "
            "(Article 280.3) and spreading false information about the army (Article 207.3).",
            ("discrediting_the_army", "army_fakes"),
        ),
        (
            "In 2024, 31 people were convicted of espionage (Art. 276) and confidential "
            "cooperation with a foreign state (Art. 275.1) combined.",
            ("espionage", "confidential_cooperation"),
        ),
    ],
)
def test_an_article_number_in_brackets_is_no_figure_between_offences(
    lexicon: Lexicon, text: str, want: tuple[str, ...]
) -> None:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [c.offences for c in claims] == [want]


def test_illegally_accessing_state_secrets_is_article_283_1(lexicon: Lexicon) -> None:
    text = (
        "Over those ten years courts convicted 90 people of disclosing state secrets and "
        "four people of illegally accessing state secrets."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.count) for c in claims] == [
        ("disclosure_of_state_secrets", 90),
        ("illegal_obtaining_of_state_secrets", 4),
    ]


def test_obtaining_state_secrets_illegally_is_article_283_1(lexicon: Lexicon) -> None:
    text = "In 2025, 12 people were convicted of obtaining state secrets illegally."
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.count) for c in claims] == [("illegal_obtaining_of_state_secrets", 12)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Of the 980 sentences handed down in 2025, 341 were for spreading fakes about the "
            "army.",
            [("army_fakes", 341, "2025-01-01")],
        ),
        (
            "Of the 290 people convicted last year, 104 were convicted of treason.",
            [("treason", 104, "2025-01-01")],
        ),
        (  # the whole names its offence: the whole is the count
            "Of the 52 people convicted of treason in 2024, 40 were men.",
            [("treason", 52, "2024-01-01")],
        ),
    ],
)
def test_a_part_of_an_unnamed_whole_is_the_count(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    claims = extract_claims(
        text, document="d", lexicon=lexicon, lang="en", published=dt.date(2026, 1, 10)
    )
    assert [(c.offence, c.count, c.period_start) for c in claims] == want


def test_recruiting_someone_to_commit_sabotage_is_assisting_sabotage(lexicon: Lexicon) -> None:
    text = "Recruiting someone to commit sabotage is punishable by eight to 15 years in prison."
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.min_years, c.max_years) for c in claims] == [
        ("assisting_sabotage", 8.0, 15.0)
    ]


def test_discrediting_it_after_the_army_is_discrediting_the_army(lexicon: Lexicon) -> None:
    text = (
        "In 2025, 350 people were convicted of spreading fakes about the army, and a further "
        "101 of repeatedly discrediting it."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.offence, c.count) for c in claims] == [
        ("army_fakes", 350),
        ("discrediting_the_army", 101),
    ]
    alone = "He was fined for discrediting it, the court said."
    assert extract_claims(alone, document="d", lexicon=lexicon, lang="en") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # one article the scheme lacks: three offences for four figures, no parts at all
            "In 2024 garrison courts heard 640 cases of soldiers refusing to serve. Article 337 "
            "accounted for most of them (512), followed by Article 332 on 'disobeying an "
            "order' (61), Article 334 on 'striking a superior' (30) and Article 338 on "
            "'desertion' (37).",
            [],
        ),
        (  # an article named by number and by label is one item
            "In 2024 garrison courts heard 610 cases of soldiers refusing to serve. Article 337 "
            "accounted for most of them (512), followed by Article 332 on 'disobeying an "
            "order' (61) and Article 338 on 'desertion' (37).",
            [("leaving_a_unit_without_leave", 512), ("disobeying_an_order", 61),
             ("desertion", 37)],
        ),
    ],
)  # fmt: skip
def test_an_article_named_twice_is_one_part(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert [(c[0], c[1]) for c in _counts(lexicon, text)] == want
