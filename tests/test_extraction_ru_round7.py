"""Russian phrasing categories of round 7 (issue 10), each with traps that must stay out.

A sentence that opens with a condition («Если же деяние повлекло тяжкие последствия, то
грозит ...») or with a penalty noun and a dash («Наказание — от трех до десяти лет») speaks
of the offence of the sentence before. «Пожизненное (лишение свободы) вместо 20 лет» gives
the ceiling that life replaced. «Как минимум о 87 делах» is at least 87. «Годом ранее —
64.» after a count of cases is a count of cases.

Imposed terms without a verb: «Приговор бывшему инженеру — 15 лет колонии за шпионаж»,
«Пожизненное — 45-летнему жителю ... за теракт», «14 лет строгого режима — бывшему военному
за госизмену». Two people and two terms («двое ... приговорены к 12 и 10 годам», «Ивана
Петрова и Олега Сидорова к 14 и 12 годам») are two individual sentences and no count. «Сергею
дали шесть» after a range in years is six years; «Третий фигурант дела ... получил 8 лет»
is a co-defendant of the case before. Many people («осужденные получили пожизненный срок»)
are no one's term.

A change «выросло до 198 со 127 годом ранее», «сократилось до 41 с 57 в 2024 году»: both
ends are counts, and a period after the second figure is not the first one's. Recruitment
for terrorism («вербовка в террористические организации», «склонение к совершению
теракта») is assisting terrorism (205.1), not the act it recruits for.

A dated law that names no offence («Закон от 28 апреля 2023 года ужесточил несколько статей
УК.») is the enactment of the offences whose ranges the very next sentence gives with
«теперь»; a sentence between, or no «теперь», gives none.

A term whose charge the scheme lacks («к шести годам за попытку перевести деньги») takes
the offence of the very next sentence when it finds the person guilty or qualifies the act
(«Ее признали виновной в госизмене», «Суд квалифицировал это как шпионаж»).

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_ru_categories import Expected, _claims, _count, _range, _term


def _case(offence: str, n: int, start: str, end: str, q: str = "exact") -> tuple[object, ...]:
    return ("case_count", offence, n, q, start, end)


CASES: list[tuple[str, str, Expected]] = [
    # -- a condition on the offence before ------------------------------------------------
    (
        "«Если ..., то грозит от N до M лет» after a range",
        "За шпионаж грозит от 10 до 20 лет. Если же шпион действовал по заданию спецслужб, "
        "то суд может назначить пожизненное лишение свободы.",
        [_range("espionage", 10, 20), _range("espionage", None, None, True)],
    ),
    (
        "«Если ..., то наказание составит» with the offence's pronoun",
        "Разглашение государственной тайны карается сроком до четырех лет. Если оно повлекло "
        "тяжкие последствия, то наказание составит от трех до семи лет.",
        [_range("disclosure_of_state_secrets", None, 4),
         _range("disclosure_of_state_secrets", 3, 7)],
    ),
    (
        "trap: a condition with an age range stays out",
        "За госизмену грозит от 12 до 20 лет. Если обвиняемому от 14 до 16 лет, дело "
        "рассматривает другой суд.",
        [_range("treason", 12, 20)],
    ),
    # -- «Наказание — ...» after the sentence that names the offence -------------------------
    (
        "«Наказание — от N до M лет» after an enactment",
        "Закон о статье 275.1 подписан 14 июля 2022 года. Наказание — от трех до восьми лет "
        "лишения свободы.",
        [("enactment", "confidential_cooperation", "2022-07-14"),
         _range("confidential_cooperation", 3, 8)],
    ),
    (
        "«Максимальное наказание — N лет» after a count",
        "В 2024 году за дезертирство осуждены 640 человек. Максимальное наказание — до 15 лет.",
        [_count("desertion", 640, "2024-01-01", "2024-12-31"), _range("desertion", None, 15)],
    ),
    # -- a former ceiling after life ----------------------------------------------------------
    (
        "«пожизненный срок (вместо 20 лет)» and a second offence",
        "Теперь за госизмену можно получить пожизненный срок (вместо 20 лет), а за шпионаж — "
        "от 10 до 20 лет.",
        [_range("treason", None, None, True), _range("treason", None, 20),
         _range("espionage", 10, 20)],
    ),
    (
        "«пожизненное лишение свободы вместо 20 лет»",
        "За диверсию с гибелью людей грозит пожизненное лишение свободы вместо 20 лет.",
        [_range("sabotage", None, None, True), _range("sabotage", None, 20)],
    ),
    # -- qualifiers before a preposition -------------------------------------------------------
    (
        "«как минимум о N делах»",
        "С начала 2025 года стало известно как минимум о 87 новых делах о госизмене.",
        [_case("treason", 87, "2025-01-01", "2025-06-20", "at_least")],
    ),
    (
        "«по меньшей мере о N делах»",
        "В 2024 году правозащитники узнали по меньшей мере о 40 делах о шпионаже.",
        [_case("espionage", 40, "2024-01-01", "2024-12-31", "at_least")],
    ),
    # -- an elided count after cases ---------------------------------------------------------
    (
        "«Годом ранее — N.» after cases",
        "В 2024 году возбуждено 87 дел о госизмене. Годом ранее — 64.",
        [_case("treason", 87, "2024-01-01", "2024-12-31"),
         _case("treason", 64, "2023-01-01", "2023-12-31")],
    ),
    (
        "«За тот же период прошлого года — N.» after cases",
        "С начала 2025 года возбуждено 52 дела о шпионаже. За тот же период прошлого года — 31.",
        [_case("espionage", 52, "2025-01-01", "2025-06-20"),
         _case("espionage", 31, "2024-01-01", "2024-06-20")],
    ),
    # -- imposed terms without a verb ----------------------------------------------------
    (
        "«Приговор X — N лет колонии за ...»",
        "Приговор бывшему сотруднику конструкторского бюро Павлу Ершову — 14 лет колонии "
        "строгого режима за госизмену. Обвинение просило 17 лет.",
        [_term("treason", 14)],
    ),
    (
        "«Пожизненное — N-летнему жителю ... за ...»",
        "Пожизненное — 38-летнему жителю Курской области за теракт и шпионаж.",
        [_term(("terrorist_act", "espionage"), None, True)],
    ),
    (
        "«N лет строгого режима — бывшему военному за ...»",
        "16 лет строгого режима — бывшему военному из Пскова за госизмену.",
        [_term("treason", 16)],
    ),
    (
        "trap: a verdict with no person and a term with no dative person stay out",
        "Типичный приговор по делу о шпионаже — 13 лет колонии. Пожизненное — мера редкая.",
        [],
    ),
    # -- two people, two terms ---------------------------------------------------------------
    (
        "«двое ..., ..., приговорены к N и M годам» and a co-defendant after",
        "Двое жителей Тверской области, поджигавших вышки связи, приговорены к 11 и 9 годам "
        "колонии за диверсию. Прокурор просил для них 13 и 12 лет. Третий фигурант дела "
        "заключил сделку со следствием и получил 7 лет.",
        [_term("sabotage", 11), _term("sabotage", 9), _term("sabotage", 7)],
    ),
    (
        "two named people «к N и M годам»",
        "Суд приговорил Ивана Петрова и Олега Сидорова к 14 и 12 годам колонии за госизмену.",
        [_term("treason", 14), _term("treason", 12)],
    ),
    (
        "«Двоих ... приговорили к N и M годам»",
        "Двоих жителей Курска приговорили к 13 и 11 годам за шпионаж.",
        [_term("espionage", 13), _term("espionage", 11)],
    ),
    # -- the unit left to the sentence -----------------------------------------------------
    (
        "«от N до M лет; X дали шесть»",
        "За дезертирство в военное время грозит от 5 до 15 лет; Сергею дали шесть.",
        [_range("desertion", 5, 15), _term("desertion", 6)],
    ),
    (
        "trap: «дали шесть» with no years spoken of",
        "Волонтерам дали шесть.",
        [],
    ),
    # -- many people are no one's term -------------------------------------------------------
    (
        "trap: «осужденные получили пожизненный срок»",
        "В 2024 году за госизмену осуждены 361 человек. В 12 случаях осужденные получили "
        "пожизненный срок.",
        [_count("treason", 361, "2024-01-01", "2024-12-31")],
    ),
    # -- a change between two figures ------------------------------------------------------
    (
        "«выросло до N со M годом ранее»",
        "Число осужденных за диверсию в 2024 году выросло до 176 со 102 годом ранее.",
        [_count("sabotage", 176, "2024-01-01", "2024-12-31"),
         _count("sabotage", 102, "2023-01-01", "2023-12-31")],
    ),
    (
        "«сократилось до N с M в 2023 году»",
        "В 2024 году число приговоров за шпионаж сократилось до 41 с 57 в 2023 году.",
        [_count("espionage", 41, "2024-01-01", "2024-12-31"),
         _count("espionage", 57, "2023-01-01", "2023-12-31")],
    ),
    (
        "«выросло со N в ... до M в ...»",
        "Число осужденных за госизмену выросло со 116 в 2023 году до 224 в 2024 году.",
        [_count("treason", 116, "2023-01-01", "2023-12-31"),
         _count("treason", 224, "2024-01-01", "2024-12-31")],
    ),
    # -- recruitment for terrorism -----------------------------------------------------------
    (
        "«за вербовку для совершения терактов» is not the act",
        "В 2024 году за теракты осуждены 38 человек, за вербовку для совершения терактов — 21.",
        [_count("terrorist_act", 38, "2024-01-01", "2024-12-31"),
         _count("assisting_terrorism", 21, "2024-01-01", "2024-12-31")],
    ),
    (
        "«по делам о вербовке и иных формах содействия террористической деятельности»",
        "В 2024 году суды вынесли 97 приговоров по делам о вербовке и иных формах содействия "
        "террористической деятельности.",
        [_count("assisting_terrorism", 97, "2024-01-01", "2024-12-31")],
    ),
    (
        "«за склонение подростков к участию в террористической деятельности»",
        "За склонение подростков к участию в террористической деятельности в 2024 году "
        "осудили 15 человек.",
        [_count("assisting_terrorism", 15, "2024-01-01", "2024-12-31")],
    ),
    # -- an enactment whose offences the next sentence names -----------------------------------
    (
        "«Закон от DATE ужесточил несколько статей. За X теперь ...»",
        "Закон от 28 апреля 2023 года ужесточил сразу несколько статей УК. За госизмену "
        "теперь грозит пожизненное лишение свободы, а за содействие террористической "
        "деятельности — от 7 до 15 лет.",
        [_range("treason", None, None, True), _range("assisting_terrorism", 7, 15),
         ("enactment", "treason", "2023-04-28"),
         ("enactment", "assisting_terrorism", "2023-04-28")],
    ),
    (
        "trap: a sentence between the law and the ranges",
        "Закон от 28 апреля 2023 года ужесточил сразу несколько статей УК. Его обсуждали почти "
        "год. За госизмену теперь грозит пожизненное лишение свободы.",
        [_range("treason", None, None, True)],
    ),
    (
        "trap: ranges without «теперь» after the law",
        "Закон от 28 апреля 2023 года ужесточил сразу несколько статей УК. За шпионаж грозит "
        "от 10 до 20 лет.",
        [_range("espionage", 10, 20)],
    ),
    # -- the charge of a term in the sentence after ------------------------------------------
    (
        "«Ее признали виновной в ...» after a term",
        "Суд приговорил 22-летнюю жительницу Перми к семи годам колонии за перевод денег "
        "иностранному фонду. Ее признали виновной в государственной измене.",
        [_term("treason", 7)],
    ),
    (
        "«Суд квалифицировал это как ...» after a term",
        "Житель Тулы осужден на 11 лет за фотографии военного аэродрома. Суд квалифицировал "
        "это как шпионаж.",
        [_term("espionage", 11)],
    ),
    (
        "trap: a later sentence about someone else's guilt with no cue",
        "Житель Тулы осужден на 11 лет за фотографии аэродрома. Ранее его знакомый был "
        "арестован по делу о шпионаже.",
        [_term(None, 11)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
