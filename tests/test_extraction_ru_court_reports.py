"""Russian court and FSB press reports on single verdicts and rights groups' digests (issue
10), in sentences of our own: a term the convict «проведёт» in a colony, a term told again
of «мужчине» or «осуждённый» after the lead (one term, with the charge the later sentence
names), and a rate «в год» that is no count; with the traps beside them (an accomplice's
equal term is a second term; «в год начала войны» is no rate)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.extraction_ru import extract_ru

PUBLISHED = dt.date(2026, 2, 10)


def _claims(text: str) -> list[tuple[object, ...]]:
    claims = extract_ru(text, "d", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [(c.kind, c.offences, c.count, c.sentence_years) for c in claims]


def test_a_term_the_convict_will_serve() -> None:
    text = (
        "Южный окружной военный суд вынес приговор 31-летнему жителю Ростова, признанному "
        "виновным в государственной измене. Согласно приговору, осуждённый проведёт 13 лет "
        "в колонии общего режима."
    )
    assert _claims(text) == [("individual_sentence", ("treason",), None, 13.0)]


def test_a_term_told_again_after_the_lead_is_one_term() -> None:
    text = (
        "Жительницу Тамбова приговорили к 11 годам лишения свободы. Её признали виновной по "
        "статье о государственной измене. Женщине суд назначил 11 лет заключения в колонии "
        "общего режима."
    )
    assert _claims(text) == [("individual_sentence", ("treason",), None, 11.0)]


def test_an_accomplice_with_an_equal_term_is_a_second_term() -> None:
    text = (
        "Жителя Тамбова приговорили к 11 годам колонии за госизмену. Его сообщнику также "
        "назначили 11 лет."
    )
    assert len(_claims(text)) == 2


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("В довоенные годы по делам о шпионаже выносилось не больше 14 приговоров в год.", []),
        (
            "В год начала войны суды осудили 18 человек за шпионаж.",
            [("conviction_count", ("espionage",), 18, None)],
        ),
    ],
)
def test_a_rate_per_year_is_no_count(text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(text) == want


def test_a_telegram_list_with_emoji_marks_is_read_line_by_line() -> None:
    text = (
        "Октябрь в цифрах ⬇️\n"
        "🔹 38 приговоров по делам о госизмене\n"
        "🔹 5 — по делам о шпионаже\n"
        "▪️ 2 оправдательных приговора по другим статьям"
    )
    claims = extract_ru(text, "d", published=dt.date(2026, 11, 2))
    assert [(c.offences, c.count, c.period_start, c.period_end) for c in claims] == [
        (("treason",), 38, "2026-10-01", "2026-10-31"),
        (("espionage",), 5, "2026-10-01", "2026-10-31"),
    ]
