"""Wordings of wire reports and NGO summaries on the Judicial Department's figures, in our
own sentences: counts of persons in the dative («приговоры 70 лицам»), two offences with
their counts after one verb, a total and its breakdown after a dash, a breakdown by
citizenship that is no breakdown by offence, an elided second count, «в колонию ...
отправили»."""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.extraction_ru import extract_ru

PUBLISHED = dt.date(2025, 10, 20)


def _counts(text: str) -> list[tuple[object, ...]]:
    return [
        (c.offence, c.count, c.period_start)
        for c in extract_ru(text, "d", published=PUBLISHED)
        if c.kind == "conviction_count"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "В 2024 году суды вынесли обвинительные приговоры за госизмену 131 россиянину и "
            "за шпионаж — 14 иностранцам.",
            [("treason", 131, "2024-01-01"), ("espionage", 14, "2024-01-01")],
        ),
        (
            "За 2023 год суды вынесли приговоры 58 лицам по делам о государственной измене.",
            [("treason", 58, "2023-01-01")],
        ),
        (
            "В 2024 году осуждены 26 человек — 20 за госизмену и 6 за шпионаж.",
            [
                (("treason", "espionage"), 26, "2024-01-01"),
                ("treason", 20, "2024-01-01"),
                ("espionage", 6, "2024-01-01"),
            ],
        ),
        (
            # by citizenship and sex: parts of the total, not counts by offence
            "В 2024 году по статьям о госизмене и шпионаже осудили 75 человек — 61 россиянина "
            "и 14 иностранцев.",
            [(("treason", "espionage"), 75, "2024-01-01")],
        ),
        (
            "В 2023 году за шпионаж осуждены 30 человек — 27 мужчин и три женщины.",
            [("espionage", 30, "2023-01-01")],
        ),
        (
            "В 2021 году за госизмену вынесли лишь 9 приговоров и один по делу о шпионаже.",
            [("treason", 9, "2021-01-01"), ("espionage", 1, "2021-01-01")],
        ),
        (
            "В 2024 году в колонию по статье о шпионаже отправили 17 обвиняемых.",
            [("espionage", 17, "2024-01-01")],
        ),
        (
            # the 35 sent to a colony are some of the 40 convicted: no count of their own
            "В прошлом году за госизмену осудили 40 человек, а в колонию отправили 35.",
            [("treason", 40, "2024-01-01")],
        ),
    ],
)
def test_wire_report_counts(text: str, want: list[tuple[object, ...]]) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "В 2024 году ФСБ обвинила в госизмене 200 человек.",  # charged, not convicted
        "В 2024 году в СИЗО по делам о госизмене содержались 300 обвиняемых.",  # detained
    ],
)
def test_charges_and_transfers_are_no_counts(text: str) -> None:
    assert _counts(text) == []


def _claims(text: str) -> list[tuple[object, ...]]:
    return [
        (c.kind, c.offence, c.count if c.count is not None else c.sentence_years, c.period_start)
        for c in extract_ru(text, "d", published=PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            # a sentence's own case verb after a verdict the sentence before reported
            "Мосгорсуд приговорил студента к семи годам колонии по делу о госизмене. "
            "По подсчётам юристов, за первые восемь месяцев 2025 года стало известно о 140 "
            "делах, возбуждённых по статье о госизмене.",
            [
                ("individual_sentence", "treason", 7.0, None),
                ("case_count", "treason", 140, "2025-01-01"),
            ],
        ),
        (
            # the cases that reached the courts, and the part of them that ended in verdicts
            "С начала года в суды поступило не менее 70 дел о шпионаже, по 41 из них судьи "
            "уже вынесли обвинительные приговоры.",
            [
                ("case_count", "espionage", 70, "2025-01-01"),
                ("conviction_count", "espionage", 41, "2025-01-01"),
            ],
        ),
        (
            # the person after the term
            "В Новосибирске суд назначил 16 лет колонии бывшему инженеру за госизмену.",
            [("individual_sentence", "treason", 16.0, None)],
        ),
        (
            # «остальные» with no verb of its own: the rest, not a count
            "В 2019 году за шпионаж осудили двух иностранцев, остальные четыре дела не освещались.",
            [("conviction_count", "espionage", 2, "2019-01-01")],
        ),
        (
            # ... but «остальные N — за X» is a part of a breakdown
            "В 2024 году осуждены 30 человек: 20 — за госизмену, остальные 10 — за шпионаж.",
            [
                ("conviction_count", ("treason", "espionage"), 30, "2024-01-01"),
                ("conviction_count", "treason", 20, "2024-01-01"),
                ("conviction_count", "espionage", 10, "2024-01-01"),
            ],
        ),
    ],
)
def test_court_reports(text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(text) == want


def test_a_term_with_no_person_is_no_individual_sentence() -> None:
    assert _claims("Суд назначил 15 лет колонии по делу о госизмене.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "С начала полномасштабной войны по статье о госизмене осудили 610 человек.",
            [("treason", 610, "2022-02-24", "2025-10-20")],
        ),
        (
            "За время полномасштабного вторжения суды вынесли больше 900 приговоров по "
            "статье о шпионаже.",
            [("espionage", 900, "2022-02-24", "2025-10-20")],
        ),
        (
            # a year of its own: that war is another
            "С начала войны в 2014 году по статье о госизмене осуждены 58 человек.",
            [("treason", 58, "2014-01-01", "2014-12-31")],
        ),
        (
            "С 2001 года по 24 февраля 2022-го по статье о шпионаже осудили 71 человека.",
            [("espionage", 71, "2001-01-01", "2022-02-24")],
        ),
        (
            "С 2010 года по 1 марта 2014 года за госизмену осуждены 40 человек.",
            [("treason", 40, "2010-01-01", "2014-03-01")],
        ),
    ],
)
def test_spans_since_the_invasion_and_to_a_day(text: str, want: list[tuple[object, ...]]) -> None:
    """«с начала полномасштабной войны»: from 24 February 2022 to publication; «с 2001
    года по 24 февраля 2022-го»: to that day (both gave no period or publication's)."""
    got = [
        (c.offence, c.count, c.period_start, c.period_end)
        for c in extract_ru(text, "d", published=PUBLISHED)
        if c.kind == "conviction_count"
    ]
    assert got == want


def test_a_year_after_a_maximum_is_no_term() -> None:
    """«рекорд с 2001 года», «максимум с 1997 года»: a year, not a prison term of 1997."""
    text = "В 2025 году по статье о шпионаже осудили 96 человек — это максимум с 1997 года."
    assert [c.kind for c in extract_ru(text, "d", published=PUBLISHED)] == ["conviction_count"]
    text = "Максимальное наказание за шпионаж — 20 лет лишения свободы."
    assert [(c.kind, c.max_years) for c in extract_ru(text, "d", published=PUBLISHED)] == [
        ("penalty_range", 20.0)
    ]


def test_the_articles_mentioned_before() -> None:
    """«по упомянутым статьям»: the offences of the sentence before."""
    text = (
        "В 2024 году суды вынесли 190 приговоров по делам о госизмене и шпионаже. За 2023 год "
        "по упомянутым статьям осудили 120 человек."
    )
    assert _counts(text) == [
        (("treason", "espionage"), 190, "2024-01-01"),
        (("treason", "espionage"), 120, "2023-01-01"),
    ]


def test_these_articles_after_a_part_are_the_group_named_before() -> None:
    """«по этим статьям» after a sentence that narrowed the offences to one (a part) means
    the articles named together before; «по этой статье» stays the one."""
    text = (
        "За 2025 год суды вынесли 230 приговоров по делам о госизмене и шпионаже. Большинство "
        "— 180 человек — осуждены по статье о госизмене. С начала войны по этим статьям "
        "осуждены 640 человек."
    )
    assert _counts(text)[-1] == (("treason", "espionage"), 640, "2022-02-24")
    text = text.replace("по этим статьям", "по этой статье")
    assert _counts(text)[-1] == ("treason", 640, "2022-02-24")


def test_a_life_term_only_planned_is_not_in_the_range() -> None:
    """«депутаты предлагают ввести ... пожизненное» is a bill, not the range in force;
    «Поправки вводят пожизненное ...» is the law."""
    text = (
        "Сейчас по статье о шпионаже грозит от 10 до 20 лет, а депутаты предлагают ввести "
        "за него пожизненное лишение свободы."
    )
    got = [(c.min_years, c.max_years, c.life) for c in extract_ru(text, "d", published=PUBLISHED)]
    assert got == [(10.0, 20.0, False)]
    text = "По статье о шпионаже грозит от 10 до 20 лет либо пожизненное лишение свободы."
    got = [(c.min_years, c.max_years, c.life) for c in extract_ru(text, "d", published=PUBLISHED)]
    assert got == [(10.0, 20.0, True)]


def test_this_period_points_back_to_the_offences_too() -> None:
    """«За этот период вынесено 68 приговоров» after a sentence on the statistics of one
    article: that article's convictions, in the period named there."""
    text = (
        "С 2011 года данные о применении 276-й статьи публикует Судебный департамент. За этот "
        "период, по его данным, было вынесено 57 приговоров."
    )
    got = [
        (c.offence, c.count, c.period_start, c.period_end)
        for c in extract_ru(text, "d", published=PUBLISHED)
    ]
    assert got == [("espionage", 57, "2011-01-01", "2025-10-20")]


def _penalties(text: str) -> list[tuple[object, ...]]:
    return [
        (c.offence, c.min_years, c.max_years, c.life)
        for c in extract_ru(text, "d", published=PUBLISHED)
        if c.kind == "penalty_range"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Закон повышает с 10 до 12 лет лишения свободы минимальное наказание за шпионаж.",
            [("espionage", 12.0, None, False), ("espionage", 10.0, None, False)],
        ),
        (
            "Поправки увеличивают минимальный срок за госизмену с 10 до 12 лет.",
            [("treason", 12.0, None, False), ("treason", 10.0, None, False)],
        ),
    ],
)
def test_a_raised_minimum_is_the_new_floor_and_the_old(
    text: str, want: list[tuple[object, ...]]
) -> None:
    """«повышает с 10 до 12 лет ... минимальное наказание»: the new floor and the old one (it
    gave a ceiling of 7 and a former ceiling of 5, or a range of 12 to 12)."""
    assert _penalties(text) == want


def test_a_range_after_a_charge_the_scheme_lacks_is_not_the_offences_before() -> None:
    """«, за акт международного терроризма — от 12 лет до пожизненного»: that charge's range
    (Art. 361 is outside the scheme), not more of the terrorist act's before it."""
    text = (
        "За теракт теперь грозит до 20 лет, за акт международного терроризма — от 12 лет до "
        "пожизненного."
    )
    assert _penalties(text) == [("terrorist_act", None, 20.0, False)]
    text = "За шпионаж грозит от 10 до 20 лет, за госизмену — от 12 до 20 лет или пожизненное."
    assert _penalties(text) == [
        ("espionage", 10.0, 20.0, False),
        ("treason", 12.0, 20.0, True),
    ]


def test_a_kind_of_term_among_the_verdicts_is_no_part() -> None:
    """«Из 150 приговоров ..., 22 — условные»: the verdicts are the count; the suspended
    ones among them are no count of the offence."""
    text = (
        "Из 150 приговоров по делам о шпионаже, вынесенных в 2024 году, 22 — условные, "
        "подсчитало издание."
    )
    assert _counts(text) == [("espionage", 150, "2024-01-01")]
