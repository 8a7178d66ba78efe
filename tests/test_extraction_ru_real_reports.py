"""Categories found on real Russian reports, in sentences of our own: «тогда» shared by
the next clause (kgbuild/extraction_ru/comparisons.py, ``then_continued``: a clause with no
period of its own right after one that looks back with «тогда» is about the same period;
not after a contrast or where it names the present), and a count under named articles of a
chapter («за преступления против основ ... по статьям о госизмене и шпионаже»), which
counts the articles, not the chapter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction_ru import extract_ru

PUBLISHED = dt.date(2024, 4, 20)
LEAD = "В 2023 году за диверсию осудили 30 человек. "


def _counts(text: str) -> list[tuple[object, ...]]:
    claims = extract_ru(text, "d", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [(c.offence, c.count, c.period_start) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "По сравнению с 2022 годом рост заметен: тогда за госизмену осудили 16 человек, "
            "за шпионаж — одного.",
            [("treason", 16, "2022-01-01"), ("espionage", 1, "2022-01-01")],
        ),
        (
            "Это вдвое больше, чем в 2021 году, — тогда по статье о госизмене вынесли 11 "
            "приговоров, по статье о шпионаже был осужден всего один человек.",
            [("treason", 11, "2021-01-01"), ("espionage", 1, "2021-01-01")],
        ),
    ],
)
def test_the_clause_after_then_shares_its_period(
    sentence: str, want: list[tuple[object, ...]]
) -> None:
    assert _counts(LEAD + sentence)[1:] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (  # a contrast: the figure after «а» is not of «тогда»
            "По сравнению с 2022 годом рост заметен: тогда за госизмену осудили 16 человек, "
            "а за шпионаж — 7 человек.",
            [("treason", 16, "2022-01-01"), ("espionage", 7, "2023-01-01")],
        ),
        (  # a period of its own
            "По сравнению с 2022 годом рост заметен: тогда за госизмену осудили 16 человек, "
            "в первом квартале 2024 года за шпионаж осудили 7 человек.",
            [("treason", 16, "2022-01-01"), ("espionage", 7, "2024-01-01")],
        ),
    ],
)
def test_a_clause_of_its_own_keeps_its_period(
    sentence: str, want: list[tuple[object, ...]]
) -> None:
    assert _counts(LEAD + sentence)[1:] == want


def test_a_clause_that_names_the_present_takes_no_period_of_then() -> None:
    text = (
        LEAD + "По сравнению с 2022 годом рост заметен: тогда за госизмену осудили 16 "
        "человек, теперь же за шпионаж осуждены 7 человек."
    )
    found = _counts(text)
    assert found[1] == ("treason", 16, "2022-01-01")
    assert all(period != "2022-01-01" for offence, _, period in found if offence == "espionage")


def test_no_such_sentence_in_the_project_root() -> None:
    """The tests' sentences are our own: none is in a seed document."""
    seeds = Path(__file__).resolve().parents[1] / "seeds" / "documents"
    text = " ".join(p.read_text(encoding="utf-8") for p in seeds.glob("*.txt"))
    assert "тогда за госизмену осудили 16 человек" not in text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Всего в 2024 году за преступления против основ конституционного строя и "
            "безопасности государства по статьям о госизмене и шпионаже осуждены 310 человек.",
            ("treason", "espionage"),
        ),
        (  # the chapter alone stays the chapter
            "Всего в 2024 году за преступления против основ конституционного строя и "
            "безопасности государства осуждены 910 человек.",
            "state_security",
        ),
    ],
)
def test_a_count_under_named_articles_of_a_chapter_counts_the_articles(
    text: str, want: object
) -> None:
    claims = extract_ru(text, "d", published=PUBLISHED)
    assert [c.offence for c in claims] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "С февраля 2022 года за шпионаж осуждены 212 человек, из них 140 — в 2024 году.",
            [("espionage", 212, "2022-02-01"), ("espionage", 140, "2024-01-01")],
        ),
        (
            "С начала войны за госизмену осудили 480 человек, в том числе 301 — в прошлом году.",
            [("treason", 480, "2022-02-24"), ("treason", 301, "2023-01-01")],
        ),
        (
            "За госизмену в 2023 году осуждены 90 человек, из них 41 — в первом полугодии "
            "2023 года.",
            [("treason", 90, "2023-01-01"), ("treason", 41, "2023-01-01")],
        ),
        (  # a part by how it was tried, not by a period: no count
            "За госизмену в 2023 году осуждены 90 человек, из них 12 — заочно.",
            [("treason", 90, "2023-01-01")],
        ),
    ],
)
def test_a_part_told_by_its_own_period_is_a_count(
    text: str, want: list[tuple[object, ...]]
) -> None:
    assert _counts(text) == want


def test_a_range_told_again_later_is_one_claim() -> None:
    text = (
        "Закон вводит пожизненное лишение свободы за госизмену. Теперь по статье 275 "
        "максимальным наказанием за госизмену становится пожизненное лишение свободы, до "
        "этого — до 20 лет."
    )
    claims = extract_ru(text, "d", published=PUBLISHED)
    ranges = [(c.offence, c.min_years, c.max_years, c.life) for c in claims]
    assert sorted(ranges, key=str) == sorted(
        [("treason", None, None, True), ("treason", None, 20.0, False)], key=str
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "26 апреля закон об ужесточении наказания за диверсию одобрил Совет Федерации.",
            "2023-04-26",
        ),
        ("Совет Федерации 19 апреля одобрил поправки о наказании за диверсию.", "2023-04-19"),
        ("Закон об ужесточении наказания за диверсию вступит в силу 9 мая.", "2023-05-09"),
        ("Поправки о наказании за диверсию вступают в силу 1 марта.", "2024-03-01"),
        ("Закон об ужесточении наказания за диверсию вступил в силу 9 мая.", "2022-05-09"),
    ],
)
def test_a_day_without_its_year_takes_the_reports(text: str, date: str) -> None:
    claims = extract_ru(text, "d", published=dt.date(2023, 4, 28))
    assert [(c.kind, c.offence, c.date) for c in claims] == [("enactment", "sabotage", date)]


def test_a_day_without_its_year_in_an_undated_text_is_no_date() -> None:
    claims = extract_ru("Совет Федерации 19 апреля одобрил поправки о наказании за диверсию.", "d")
    assert claims == []


@pytest.mark.parametrize(
    "text",
    [
        "В Курске суд назначил 7 лет воспитательной колонии местному школьнику по статье о "
        "диверсии.",
        "Суд назначил местному школьнику 7 лет воспитательной колонии по статье о диверсии.",
        "Суд назначил ему 7 лет исправительной колонии общего режима по статье о диверсии.",
    ],
)
def test_a_term_in_a_juvenile_or_correctional_colony(text: str) -> None:
    claims = extract_ru(text, "d", published=PUBLISHED)
    assert [(c.kind, c.offence, c.sentence_years) for c in claims] == [
        ("individual_sentence", "sabotage", 7.0)
    ]


def _terms(text: str) -> list[tuple[object, ...]]:
    claims = extract_ru(text, "d", published=PUBLISHED)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    return [(c.kind, c.offence, c.count or c.sentence_years) for c in claims]


def test_the_verdict_before_names_the_terms_charges() -> None:
    text = (
        "Суд признал 27-летнего жителя Орла виновным по статьям о государственной измене и "
        "диверсии. По версии следствия, он поджег трансформаторную будку. Суд приговорил "
        "обвиняемого к 15 годам колонии строгого режима."
    )
    assert _terms(text) == [("individual_sentence", ("treason", "sabotage"), 15.0)]


def test_a_pronoun_at_the_head_after_a_verdict_is_the_person() -> None:
    text = "Суд признал жительницу Орла виновной в госизмене. Ей назначили 11 лет колонии."
    assert _terms(text) == [("individual_sentence", "treason", 11.0)]


def test_the_verdicts_charges_are_not_a_term_with_a_charge_of_its_own() -> None:
    text = (
        "Суд признал жителя Орла виновным в госизмене. Позже суд назначил ему 4 года колонии "
        "за кражу."
    )
    assert ("individual_sentence", "treason", 4.0) not in _terms(text)


def test_the_people_of_one_trial_given_one_term_are_no_count() -> None:
    text = (
        "Военный суд вынес приговор шести фигурантам дела о теракте на железной дороге, "
        "произошедшем в 2023 году, назначив им пожизненное лишение свободы."
    )
    assert [c for c in _terms(text) if c[0] == "conviction_count"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Максимальное наказание за дезертирство увеличили вдвое, с 10 до 15 лет.",
            [("desertion", 15.0), ("desertion", 10.0)],
        ),
        (
            "Летом максимальное наказание за «самовольное оставление части» увеличили в два "
            "раза, с 5 до 10 лет.",
            [("leaving_a_unit_without_leave", 10.0), ("leaving_a_unit_without_leave", 5.0)],
        ),
        (  # another offence's range after the change keeps its own ceiling only
            "Срок за дезертирство увеличили с 10 до 15 лет, а за самовольное оставление части "
            "грозит до 15 лет.",
            [("desertion", 15.0), ("desertion", 10.0), ("leaving_a_unit_without_leave", 15.0)],
        ),
    ],
)
def test_a_raised_ceiling_with_words_between_gives_the_old_one(
    text: str, want: list[tuple[object, ...]]
) -> None:
    claims = extract_ru(text, "d", published=PUBLISHED)
    assert [(c.offence, c.max_years) for c in claims if c.kind == "penalty_range"] == want


@pytest.mark.parametrize(
    ("sentence", "offence"),
    [
        ("За вовлечение подростков в диверсии отныне грозит пожизненное лишение свободы.",
         "assisting_sabotage"),
        ("Суд дал студенту семь лет за склонение к диверсии.", "assisting_sabotage"),
        ("Суд дал студенту семь лет за диверсию.", "sabotage"),
    ],
)  # fmt: skip
def test_drawing_someone_into_sabotage_is_assisting_it(sentence: str, offence: str) -> None:
    """«Вовлечение в диверсию», «склонение к диверсии»: 281.1's hidden @ru labels, read as
    the altLabels are (in any case, words between them allowed); sabotage alone stays 281."""
    claims = extract_ru(sentence, "d", published=PUBLISHED)
    assert [c.offence for c in claims] == [offence]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Суд дал студенту семь лет колонии за диверсию.", [("sabotage", 7.0)]),
        ("Военный суд дал жителю Брянска 12 лет за госизмену.", [("treason", 12.0)]),
        ("Суд дал понять, что 12 лет за госизмену — не предел.", []),
        ("Адвокат дала интервью о деле, по которому грозит до 20 лет.", []),
    ],
)  # fmt: skip
def test_a_court_gave_someone_a_term(sentence: str, want: list[tuple[object, ...]]) -> None:
    """«Суд дал <кому> N лет»: the person in the dative after the verb; «дал понять» and
    an interview given are no term."""
    claims = extract_ru(sentence, "d", published=PUBLISHED)
    terms = [c for c in claims if c.kind == "individual_sentence"]
    assert [(c.offence, c.sentence_years) for c in terms] == want


def test_a_term_assigned_within_a_case_about_an_offence() -> None:
    """«назначил N лет <кому> в рамках дела о ...»: the person ends where «в рамках» opens
    the case, whose offences are the term's."""
    sentence = (
        "Краевой суд назначил 14 лет лишения свободы местному жителю в рамках уголовного "
        "дела о госизмене и диверсии, сообщили в пресс-службе суда."
    )
    claims = extract_ru(sentence, "d", published=PUBLISHED)
    assert [(c.offence, c.sentence_years) for c in claims] == [(("treason", "sabotage"), 14.0)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Статья 275 (госизмена), осуждено: 2023 — 31; 2024 — 57.",
         [("treason", 31, "2023-01-01"), ("treason", 57, "2024-01-01")]),
        ("За шпионаж осудили: 2022 — 9, 2023 — 14.",
         [("espionage", 9, "2022-01-01"), ("espionage", 14, "2023-01-01")]),
        ("Закон 2022 года — 14 новых статей.", []),  # a year with its word, no count
    ],
)  # fmt: skip
def test_a_bare_year_before_a_dash_and_its_figure(
    text: str, want: list[tuple[object, ...]]
) -> None:
    """«осуждено: 2023 — 19; 2024 — 38»: a bare year before a dash and a figure is that
    figure's period (a year named with «году» was already one)."""
    claims = extract_ru(text, "d", published=PUBLISHED)
    assert [(c.offence, c.count, c.period_start) for c in claims] == want


def test_a_hyphen_typed_for_a_dash() -> None:
    """«за шпионаж - 40»: a hyphen with a space either side is read as the dash it stands
    for; the quotes keep the hyphen as the document has it."""
    text = "В 2024 году осуждены за госизмену 120 человек, за шпионаж - 40."
    claims = extract_ru(text, "d", published=PUBLISHED)
    assert [(c.offence, c.count) for c in claims] == [("treason", 120), ("espionage", 40)]
    assert all(c.quote == text[c.start : c.end] for c in claims)
    assert "- 40" in claims[1].quote


@pytest.mark.parametrize(
    "text",
    [
        "В прошлой версии заметки было указано, что в 2024 году за госизмену осудили 216 "
        "человек, а на самом деле их 261.",
        "В первой версии текста говорилось, что в 2024 году за госизмену осудили 216 "
        "человек; в действительности — 261.",
    ],
)
def test_a_correction_with_the_right_figure_in_the_same_sentence(text: str) -> None:
    """A sentence telling a wrong figure and the right one counts the right one only."""
    claims = extract_ru(text, "d", published=PUBLISHED)
    assert [(c.offence, c.count, c.period_start) for c in claims] == [
        ("treason", 261, "2024-01-01")
    ]


def test_a_right_figure_without_a_wrong_version_changes_nothing() -> None:
    text = "В 2024 году за госизмену осудили 216 человек, а на самом деле их больше."
    claims = extract_ru(text, "d", published=PUBLISHED)
    assert [c.count for c in claims] == [216]


@pytest.mark.parametrize(
    "text",
    [
        "С марта 2022 года в суды направлено 210 уголовных дел о распространении ложной информации "
        "и 90 дел о дискредитации армии.",
        "С марта 2022 года в суды передано 210 уголовных дел по распространению заведомо ложной "
        "информации и 90 дел по дискредитации армии.",
    ],
)
def test_spreading_false_information_is_the_army_fakes_article(text: str) -> None:
    # «распространение (заведомо) ложной информации» beside discrediting the army: 207.3,
    # as its English label "spreading false information" already is
    claims = extract_ru(text, "d", published=PUBLISHED)
    assert [(c.kind, c.offence, c.count) for c in claims] == [
        ("case_count", "army_fakes", 210),
        ("case_count", "discrediting_the_army", 90),
    ]


LEAD_AWOL = (
    "С начала войны военные суды вынесли 15 тысяч приговоров за самовольное оставление части. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "В марте 2024 года суды выносили в среднем по 35 приговоров по таким делам каждый "
        "рабочий день — всего за месяц было вынесено 770 приговоров.",
        "В марте 2024 года суды выносили в среднем по 35 приговоров по таким делам каждый "
        "рабочий день, а всего вынесли 770 приговоров.",
    ],
)
def test_a_total_after_a_rate_is_a_count(sentence: str) -> None:
    claims = extract_ru(LEAD_AWOL + sentence, "d", published=PUBLISHED)
    assert [(c.offence, c.count, c.period_start, c.period_end) for c in claims[1:]] == [
        ("leaving_a_unit_without_leave", 770, "2024-03-01", "2024-03-31")
    ]


def test_a_pronoun_s_total_of_other_things_after_a_rate_stays_out() -> None:
    sentence = (
        "В 2024 году суды выносили в среднем по 30 таких приговоров в неделю, а всего за год "
        "они рассмотрели 9 000 дел."
    )
    assert extract_ru(LEAD_AWOL + sentence, "d", published=PUBLISHED)[1:] == []


def test_against_a_country_is_no_comparison() -> None:
    # «против России в 2024 году» is the charge's wording, not «против 14 в 2016-м»
    text = (
        "Число приговоров по статье о призывах к введению санкций против России в 2024 году "
        "выросло втрое — до 36. За призывы к деятельности против безопасности государства "
        "осуждены 51 человек."
    )
    claims = extract_ru(text, "d", published=dt.date(2025, 2, 10))
    assert [(c.offence, c.count, c.period_start) for c in claims] == [
        ("calls_for_sanctions", 36, "2024-01-01"),
        ("calls_against_state_security", 51, "2024-01-01"),
    ]


def test_against_a_figure_is_still_a_comparison() -> None:
    text = "В 2024 году за шпионаж осудили 40 человек против 12 в 2023-м."
    claims = extract_ru(text, "d", published=dt.date(2025, 2, 10))
    assert [(c.offence, c.count, c.period_start) for c in claims] == [
        ("espionage", 40, "2024-01-01"),
        ("espionage", 12, "2023-01-01"),
    ]


def test_an_entry_s_sentence_with_no_subject_gives_the_article_s_range() -> None:
    text = (
        "Статья 275.1 УК («Конфиденциальное сотрудничество с иностранным государством») "
        "появилась в кодексе в 2022 году. Предусматривает лишение свободы на срок до восьми "
        "лет."
    )
    claims = extract_ru(text, "d", published=dt.date(2025, 2, 10))
    ranges = [(c.offence, c.min_years, c.max_years) for c in claims if c.kind == "penalty_range"]
    assert ranges == [("confidential_cooperation", None, 8.0)]


@pytest.mark.parametrize(
    "text",
    [
        "ВЕДУЩАЯ: Сколько человек осудили за шпионаж в прошлом году?\nГОСТЬ: По нашим "
        "данным, около 120.",
        "Сколько человек осудили за шпионаж в прошлом году? Около 120.",
        "— Сколько человек осудили за шпионаж в прошлом году?\n— Если верить суду, около 120.",
    ],
)
def test_a_bare_figure_answering_a_question_is_the_count_asked_for(text: str) -> None:
    claims = extract_ru(text, "d", published=dt.date(2025, 3, 4))
    assert [(c.offence, c.count, c.qualifier, c.period_start) for c in claims] == [
        ("espionage", 120, "about", "2024-01-01")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Сколько человек задержали по делам о шпионаже в прошлом году? Около 120.",
        "Сколько длится следствие по делам о шпионаже? Около 12 месяцев.",
    ],
)
def test_a_bare_figure_answering_another_question_is_no_count(text: str) -> None:
    assert extract_ru(text, "d", published=dt.date(2025, 3, 4)) == []


def test_women_among_a_counted_whole_are_no_count() -> None:
    text = (
        "Среди 1 870 осужденных во втором полугодии 2025 года за самовольное оставление части "
        "— 9 женщин."
    )
    claims = extract_ru(text, "d", published=dt.date(2026, 3, 1))
    assert [(c.offence, c.count) for c in claims] == [("leaving_a_unit_without_leave", 1870)]
