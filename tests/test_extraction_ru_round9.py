"""Russian phrasing categories of round 9 (issue 10), each with traps that must stay out.

Terms shared out in one sentence: a term given to each of a group («Двоим подсудимым суд
назначил по 12 лет», no one's own term) and the terms that follow it with the verb left out
(«..., третьему — семь лет за ...»), one after another, a relative clause between («а самому
младшему, которому было 17, — четыре года»); «его брата — к 10 годам». A person at the
head with an age and a participle between commas («41-летний мужчина, служивший по
контракту, осужден к шести годам»), or a guilty finding before the term («34-летний житель
Самары признан виновным в ... и приговорен к 16 годам»). Traps: a suspended term («получила
два года условно»), many people in the plural («Жители области, ..., приговорены к»).

Verdicts among a stated group («Приговоры получили 760 из них», «Обвинительными
приговорами закончились 88 из них»): the offence and period of the sentence before. Traps:
people wanted («еще около 90 человек находятся в розыске»), the people given one kind of
term («причем 312 человек получили реальные сроки», «условные сроки получили 12 из них»).

«Еще N человек ...» right after a sentence that looked back to an earlier year: the period
reported on. Spans «с начала 2022 года и до конца 2025 года», «с февраля 2022 года по конец
2025 года». «по нему»: the offence («состав») of the sentence before. One law that brings
two articles: an enactment of each. Trap: «появились в Уголовном кодексе» with no law. The
head noun of the label just named opening a sentence («За тайное сотрудничество с
иностранцами грозит ...», «Распространение из корыстных побуждений наказывается ...»).

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_ru_categories import Expected, _claims, _count, _range, _term


def _enacted(offence: str, date: str) -> tuple[object, ...]:
    return ("enactment", offence, date)


CASES: list[tuple[str, str, Expected]] = [
    # -- terms shared out ---------------------------------------------------------------------
    (
        "«Двоим ... назначил по N лет за X, третьему — M лет за Y»",
        "Двоим подсудимым суд назначил по 11 лет колонии за диверсию, третьему — пять лет за "
        "содействие диверсионной деятельности.",
        [_term("assisting_sabotage", 5)],
    ),
    (
        "«Троим назначено по N лет, четвертому — M, а пятому — K»: one after another",
        "Троим фигурантам назначено по 14 лет лишения свободы за государственную измену, "
        "четвертому — 10 лет, а пятому — восемь.",
        [_term("treason", 10), _term("treason", 8)],
    ),
    (
        "«..., а их командиру — N лет за Y» after a group's term",
        "Обоим осужденным суд назначил по семь лет за добровольную сдачу в плен, а их "
        "командиру — 13 лет за дезертирство.",
        [_term("desertion", 13)],
    ),
    (
        "a relative clause between the person and the dash",
        "Суд назначил Сергею Л. 15 лет за шпионаж, а его сыну, которому на момент задержания "
        "было 19, — девять лет.",
        [_term("espionage", 15), _term("espionage", 9)],
    ),
    (
        "«его брата — к N годам» after «приговорил X к M годам»",
        "Суд приговорил Олега Д. к 16 годам за госизмену, его брата — к 12 годам.",
        [_term("treason", 16), _term("treason", 12)],
    ),
    (
        "trap: a term given to each of a group and nothing after it",
        "Суд дал им по шесть лет колонии общего режима за дезертирство.",
        [],
    ),
    # -- a person at the head with an age --------------------------------------------------------
    (
        "«N-летний X признан виновным в ... и приговорен к N годам»",
        "52-летний инженер из Томска признан виновным в шпионаже и приговорен к 13 годам "
        "колонии строгого режима.",
        [_term("espionage", 13)],
    ),
    (
        "«N-летний X, служивший ..., осужден к N годам»",
        "29-летний сержант, служивший в Белгородской области, осужден к семи годам лишения "
        "свободы за добровольную сдачу в плен.",
        [_term("voluntary_surrender", 7)],
    ),
    (
        "«X, работавший ..., приговорена к N годам»",
        "Бывшая сотрудница НИИ, работавшая с секретными документами, приговорена к восьми "
        "годам за разглашение государственной тайны.",
        [_term("disclosure_of_state_secrets", 8)],
    ),
    (
        "trap: a suspended term",
        "Суд приговорил Игоря К. к 12 годам за госизмену. Его знакомая, проходившая по тому "
        "же делу, получила три года условно.",
        [_term("treason", 12)],
    ),
    (
        "trap: many people in the plural after a relative clause",
        "Жители Курска, которых задержали весной, приговорены к 11 годам за диверсию.",
        [],
    ),
    # -- verdicts among a stated group -------------------------------------------------------------
    (
        "«Приговоры получили N из них» after people prosecuted",
        "С 2023 по 2025 год по делам о шпионаже преследовали 210 человек. Приговоры получили "
        "174 из них.",
        [_count("espionage", 174, "2023-01-01", "2025-12-31")],
    ),
    (
        "«Обвинительными приговорами закончились N из них» after cases heard",
        "В 2024 году военные суды рассмотрели 130 дел о диверсиях. Обвинительными приговорами "
        "закончились 121 из них.",
        [_count("sabotage", 121, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: people wanted beside the verdicts among them",
        "В 2025 году уголовное преследование за госизмену вели в отношении 500 человек. "
        "Осуждены 420 из них, еще около 30 человек находятся в розыске.",
        [_count("treason", 420, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: real terms as a part, after a span «с начала ... до конца ...»",
        "С начала 2022 года и до конца 2024 года за «фейки» об армии преследовали 900 "
        "человек. Приговоры вынесены 610 из них, причем 205 человек получили реальные сроки.",
        [_count("army_fakes", 610, "2022-01-01", "2024-12-31")],
    ),
    (
        "trap: suspended terms as a part",
        "В 2024 году за оправдание терроризма осуждены 420 человек, условные сроки получили "
        "35 из них.",
        [_count("justification_of_terrorism", 420, "2024-01-01", "2024-12-31")],
    ),
    (
        "a span «с февраля 2022 года по конец 2025 года»",
        "С февраля 2022 года по конец 2025 года по статье о дискредитации армии осуждены 310 "
        "человек.",
        [_count("discrediting_the_army", 310, "2022-02-01", "2025-12-31")],
    ),
    # -- «Еще N» after a look back -----------------------------------------------------------------
    (
        "«Еще N человек» after a sentence on an earlier year: the period reported on",
        "В 2025 году за шпионаж осуждены 71 человек. В 2024 году по этой статье осудили 52 "
        "человека. Еще 18 человек осуждены за конфиденциальное сотрудничество с иностранным "
        "государством.",
        [_count("espionage", 71, "2025-01-01", "2025-12-31"),
         _count("espionage", 52, "2024-01-01", "2024-12-31"),
         _count("confidential_cooperation", 18, "2025-01-01", "2025-12-31")],
    ),
    (
        "«Кроме того, еще N» after a look back",
        "За первое полугодие 2025 года суды осудили за госизмену 140 человек. За первое "
        "полугодие 2024 года по этой статье осудили 98 человек. Кроме того, еще 23 человека "
        "осуждены за шпионаж.",
        [_count("treason", 140, "2025-01-01", "2025-06-30"),
         _count("treason", 98, "2024-01-01", "2024-06-30"),
         _count("espionage", 23, "2025-01-01", "2025-06-30")],
    ),
    # -- references and enactments ------------------------------------------------------------
    (
        "«по нему» points back to the offence of the sentence before",
        "Чаще других применяется состав о шпионаже. В 2025 году по нему осуждены 60 человек, "
        "годом ранее — 41.",
        [_count("espionage", 60, "2025-01-01", "2025-12-31"),
         _count("espionage", 41, "2024-01-01", "2024-12-31")],
    ),
    (
        "one law, two articles: an enactment of each",
        "Закон о конфиденциальном сотрудничестве с иностранным государством и о публичных "
        "призывах к деятельности против безопасности государства президент подписал 14 июля "
        "2022 года.",
        [_enacted("confidential_cooperation", "2022-07-14"),
         _enacted("calls_against_state_security", "2022-07-14")],
    ),
    (
        "trap: «появились в Уголовном кодексе» with no law is no enactment",
        "Статьи о шпионаже и о государственной измене в нынешнем виде появились в Уголовном "
        "кодексе 13 июня 1996 года.",
        [],
    ),
    (
        "«За тайное сотрудничество ...»: the head of the label named before",
        "Статья 275.1 о конфиденциальном сотрудничестве с иностранным государством введена "
        "14 июля 2022 года. За негласное сотрудничество с иностранцами теперь грозит до "
        "восьми лет лишения свободы.",
        [_enacted("confidential_cooperation", "2022-07-14"),
         _range("confidential_cooperation", None, 8)],
    ),
    (
        "«Распространение ... наказывается» after a range of the «фейки» article",
        "Если «фейк» об армии повлек тяжкие последствия, наказание составляет от 10 до 15 лет. "
        "Распространение из корыстных побуждений наказывается сроком от пяти до десяти лет.",
        [_range("army_fakes", 10, 15), _range("army_fakes", 5, 10)],
    ),
    (
        "trap: a head noun of no offence named before",
        "В 2025 году за госизмену осуждены 300 человек. Сотрудничество со следствием помогло "
        "40 из них получить меньший срок.",
        [_count("treason", 300, "2025-01-01", "2025-12-31")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
