"""Categories of ru-heldout39's first misses, in sentences of our own: a digest's lines
«Метка: число» under a hashtag or a head are items of their own, a period in brackets on
one of them is that aside's only, a hashtag's words read as words («#итоги_июня»); a day
without its year after a dated day later in the calendar is in the next year; «Студент
проведет в колонии ...» is a term; «прежде ..., а верхняя составляла те же восемь лет» is
the old ceiling."""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.extraction.linebreaks import heading_lines, soft_breaks
from kgbuild.extraction_ru import extract_ru


def _counts(text: str, published: dt.date) -> list[tuple[object, ...]]:
    claims = extract_ru(text, "d", published=published)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [(c.offence, c.count, c.period_start) for c in claims]


@pytest.mark.parametrize("head", ["#итоги_июня", "Итоги июня:"])
def test_a_digests_items_under_a_head(head: str) -> None:
    text = (
        f"{head}\nГосизмена: 61 приговор (в мае было 52)\nШпионаж: 9\n"
        "Конфиденциальное сотрудничество: 14\nОправданных — 0"
    )
    assert _counts(text, dt.date(2026, 7, 3)) == [
        ("treason", 61, "2026-06-01"),
        ("treason", 52, "2026-05-01"),
        ("espionage", 9, "2026-06-01"),
        ("confidential_cooperation", 14, "2026-06-01"),
    ]


def test_label_lines_keep_their_breaks_and_are_no_headings() -> None:
    text = "#итоги_июня\nГосизмена: 61 приговор\nШпионаж: 9"
    assert soft_breaks(text) == []
    assert heading_lines(text) == [(0, len("#итоги_июня"))]
    wrapped = "Суды рассмотрели дела о госизмене:\n61 приговор вынесен в июне"
    assert soft_breaks(wrapped) != []  # a colon and a figure in lower case go on


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Поправки в статью о диверсии, которые Госдума приняла 17 декабря 2025 года, "
            "вступили в силу 8 января.",
            "2026-01-08",
        ),
        (  # later in the calendar: the same year
            "Закон о диверсии Госдума приняла 18 апреля 2023 года, Совет Федерации одобрил его "
            "26 апреля.",
            "2023-04-26",
        ),
    ],
)
def test_a_day_after_a_dated_day(text: str, date: str) -> None:
    claims = extract_ru(text, "d", published=dt.date(2026, 1, 12))
    assert date in {c.date for c in claims if c.kind == "enactment"}


def test_a_noun_at_the_head_will_serve_a_term() -> None:
    text = (
        "Суд оставил в силе приговор 22-летнему студенту, осужденному за оправдание "
        "терроризма. Студент проведет в колонии четыре с половиной года."
    )
    claims = extract_ru(text, "d", published=dt.date(2026, 4, 22))
    assert [(c.kind, c.sentence_years) for c in claims] == [("individual_sentence", 4.5)]


def test_the_same_old_ceiling_after_a_clause_on_the_floor() -> None:
    text = (
        "Теперь за диверсию грозит от 10 до 20 лет лишения свободы; прежде нижняя граница была "
        "ниже, а верхняя составляла те же 20 лет."
    )
    claims = extract_ru(text, "d", published=dt.date(2026, 4, 22))
    assert sorted(((c.min_years, c.max_years) for c in claims), key=str) == sorted(
        [(10.0, 20.0), (None, 20.0)], key=str
    )


def test_a_sentence_ends_after_the_pronoun_nem() -> None:
    from kgbuild.extraction_ru.morphology import sentence_spans

    text = (
        "Закон вводит ответственность за создание террористического сообщества и участие в "
        "нем. Президент подписал закон 14 июля 2022 года."
    )
    assert [text[s:e][:9] for s, e in sentence_spans(text)] == ["Закон вво", "Президент"]
    abbreviation = "Перевод с нем. языка выполнил автор."
    assert len(sentence_spans(abbreviation)) == 1


def test_samovolka_is_leaving_a_unit_without_leave() -> None:
    text = "За «самоволку» в 2024 году суды осудили 5 100 военнослужащих."
    claims = extract_ru(text, "d", published=dt.date(2025, 3, 1))
    assert [(c.offence, c.count) for c in claims] == [("leaving_a_unit_without_leave", 5100)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "В сентябре 2022 года максимальный срок за дезертирство увеличили с 10 до 15 лет.",
            [("desertion", "2022-09")],
        ),
        (
            "Максимальное наказание за дезертирство повысили до 15 лет в сентябре 2022 года.",
            [("desertion", "2022-09")],
        ),
        ("Число приговоров за дезертирство увеличилось в 2023 году до 900.", []),  # a count
    ],
)
def test_a_dated_raise_of_a_bound_is_an_enactment(
    text: str, want: list[tuple[object, ...]]
) -> None:
    claims = extract_ru(text, "d", published=dt.date(2023, 3, 23))
    assert [(c.offence, c.date) for c in claims if c.kind == "enactment"] == want


def test_a_title_with_a_colon_is_still_a_title() -> None:
    text = "Рекорд: 290 приговоров за диверсии\nВ 2026 году суды осудили за диверсии 290 человек."
    assert _counts(text, dt.date(2027, 2, 1)) == [("sabotage", 290, "2026-01-01")]


def test_the_term_after_the_verdict_sentence() -> None:
    text = (
        "Окружной военный суд вынес приговор 48-летнему жителю Пскова по делу о шпионаже. "
        "Наказание — 12 лет в колонии строгого режима."
    )
    claims = extract_ru(text, "d", published=dt.date(2026, 5, 27))
    assert [(c.kind, c.offence, c.sentence_years) for c in claims] == [
        ("individual_sentence", "espionage", 12.0)
    ]


def test_an_article_that_appeared_in_the_code_on_a_day() -> None:
    text = (
        "Статья 280.4 о призывах против безопасности государства появилась в УК 14 июля 2022 года."
    )
    claims = extract_ru(text, "d", published=dt.date(2026, 3, 4))
    assert [(c.kind, c.date) for c in claims] == [("enactment", "2022-07-14")]
