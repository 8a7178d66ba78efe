"""A day told without its year is the next such day only when the verb nearest to it speaks
of what is to come (dates._to_come). Sentences written for these tests."""

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


def _dates(text: str, published: dt.date, lexicon: Lexicon) -> list[tuple[str, str | None]]:
    claims = extract_claims(text, document="t", lexicon=lexicon, published=published, lang="ru")
    return [(c.rule, c.date) for c in claims if c.kind == "enactment"]


@pytest.mark.parametrize(
    "text",
    [
        # a future word elsewhere in the sentence is about what the law allows
        "Президент 14 июля подписал закон, по которому за конфиденциальное сотрудничество с "
        "иностранным государством будет грозить до восьми лет.",
        "14 июля президент подписал закон, после которого за конфиденциальное сотрудничество "
        "с иностранным государством можно будет получить до восьми лет.",
    ],
)
def test_a_signature_told_in_the_past_is_the_last_such_day(lexicon: Lexicon, text: str) -> None:
    got = _dates(text, dt.date(2022, 7, 16), lexicon)
    assert ("ru.enactment.signed", "2022-07-14") in got
    assert all(d != "2023-07-14" for _, d in got)


def test_a_day_done_and_a_day_to_come_in_one_sentence(lexicon: Lexicon) -> None:
    text = (
        "Закон о конфиденциальном сотрудничестве с иностранным государством, подписанный 14 "
        "июля, вступит в силу 25 июля."
    )
    got = _dates(text, dt.date(2022, 7, 16), lexicon)
    assert ("ru.enactment.signed", "2022-07-14") in got
    assert ("ru.enactment.in-force", "2022-07-25") in got


def test_a_day_to_come_after_publication_in_the_next_year(lexicon: Lexicon) -> None:
    text = "Закон об ответственности за диверсию вступит в силу 9 января."
    assert _dates(text, dt.date(2025, 12, 20), lexicon) == [("ru.enactment.in-force", "2026-01-09")]
