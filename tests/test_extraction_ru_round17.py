"""Russian phrasing categories of round 17 (issue 10), each with traps that must stay out.

A span of days in one month with its year left out, in a digest's heading or a sentence
(«Неделя в цифрах (16–22 ноября): ...», «Что произошло за неделю (2–8 февраля)» over a list,
«С 9 по 15 июня ...»): those days of the year of publication (of the year before if they are
still to come), and the brackets holding the span alone date the heading, no aside. Traps:
the span's first day is no count; detainees of the week.

People charged («обвинения предъявлены 1 500 людям», «обвиняемыми стали 430 человек») are
no convicts, and a figure after «за то же время» («а осуждены за то же время около 1 100»)
counts in the period before. Trap: the charged alone, or in a clause of their own.

A sentence opening «С тех пор» («А с того времени») after a dated law counts from the law's
day to the publication date (:mod:`kgbuild.extraction_ru.period_context`).

An offence heading a range after a comma, an article between, where the range names its
penalty («это госизмена, статья 275 УК, от 12 до 20 лет лишения свободы или пожизненное»).
Trap: ages after an offence and a comma.

A court that «отправил» a person to a colony of a regime («отправил его в колонию строгого
режима на 12 лет», «в исправительную колонию общего режима»): that person's term. Trap: a
group sent to a colony.

A question answered after one sentence of background on the offence asked about, with no
claim of its own («Что грозит за добровольную сдачу в плен? Статья 352.1 появилась в УК
осенью 2022 года. Военнослужащему, который сдался в плен добровольно, грозит от трех до
десяти лет»). Traps: another offence's count between; two sentences between.

A correction note: the figure an earlier version of the text gave («В первой версии этой
заметки говорилось, что ... 57», «Ранее мы ошибочно написали, что ...») is no claim, the
right one is («на самом деле их было 75»; «Правильная цифра — 310»: the wrong claim with it).
Trap: the wrong figure alone.

A verdict's story goes on through one detail with no offence, figure or date («... вынес
приговор жителю Пскова по делу о шпионаже. Мужчина ... собирал сведения о передвижении
военной техники. Наказание — 13 лет в колонии строгого режима»; kgbuild/extraction_ru/
story.py). Traps: a detail after a count; two details; (round 13's) a detail after a charge.

A digest's item «новых дел о X — N» opening its line counts cases, and a month opening its
line before a colon that ends it («🗓 Октябрь:») is the list's month. Trap: new cases with no
figure.

The penalty of the article told of before, at the head of a sentence after a dash («Лишение
свободы по ней — до трех лет»). Trap: a fine.

A ranking's first item after a colon counts cases as an item after a dash does («больше всего
дел возбуждено по статье о X: 7 400, далее следуют Y — 310 и Z — 220»), and a ranking opening
«Больше всего —» right after a sentence that spoke of cases of a vague group counts cases.
Trap: a ranking after detainees.

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.claims import Claim
from kgbuild.extraction_ru import extract_ru
from tests.test_extraction_ru_categories import (
    LEXICON,
    Expected,
    _case,
    _count,
    _range,
    _term,
)


def _enacted(offence: str, date: str) -> tuple[object, ...]:
    return ("enactment", offence, date)


def _claims(text: str, published: dt.date) -> Expected:
    claims: list[Claim] = extract_ru(text, "passage.txt", published=published, lexicon=LEXICON)
    out: Expected = []
    for c in claims:
        assert text[c.start : c.end] == c.quote
        if c.kind in {"conviction_count", "case_count"}:
            out.append((c.kind, c.offence, c.count, c.qualifier, c.period_start, c.period_end))
        elif c.kind == "penalty_range":
            out.append((c.kind, c.offence, c.min_years, c.max_years, bool(c.life)))
        elif c.kind == "enactment":
            out.append((c.kind, c.offence, c.date))
        else:
            out.append((c.kind, c.offence, c.sentence_years, bool(c.life)))
    return out


CASES: list[tuple[str, str, str, Expected]] = [
    # -- a span of days without its year ------------------------------------------------------
    (
        "«Неделя в цифрах (16–22 ноября): N ..., M — ...»",
        "2026-11-25",
        "Неделя в цифрах (16–22 ноября): 12 новых приговоров по делам о госизмене, 2 — по "
        "статье о шпионаже.",
        [
            _count("treason", 12, "2026-11-16", "2026-11-22"),
            _count("espionage", 2, "2026-11-16", "2026-11-22"),
        ],
    ),
    (
        "a heading «Итоги недели (2–8 февраля)» over a list",
        "2026-02-10",
        "Итоги недели (2–8 февраля)\n• Не менее семи человек осуждены за дискредитацию армии.\n"
        "• Задержаны 30 участников пикетов.",
        [_count("discrediting_the_army", 7, "2026-02-02", "2026-02-08", "at_least")],
    ),
    (
        "«С 9 по 15 июня ...» in a sentence",
        "2026-06-17",
        "С 9 по 15 июня суды вынесли 11 приговоров по делам о государственной измене.",
        [_count("treason", 11, "2026-06-09", "2026-06-15")],
    ),
    (
        "days still to come at publication: the year before",
        "2026-01-05",
        "За неделю 22–28 декабря возбуждено 5 дел о «фейках» об армии.",
        [_case("army_fakes", 5, "2025-12-22", "2025-12-28")],
    ),
    (
        "trap: the span's days alone are no count",
        "2026-03-24",
        "С 16 по 22 марта в Москве шел процесс над обвиняемым в госизмене.",
        [],
    ),
    # -- the charged are no convicts --------------------------------------------------------
    (
        "«обвинения предъявлены N людям, а осуждены за то же время около M»",
        "2026-02-01",
        "За 2023–2025 годы обвинения в шпионаже были предъявлены примерно 400 людям, а "
        "осуждены за то же время около 310.",
        [_count("espionage", 310, "2023-01-01", "2025-12-31", "about")],
    ),
    (
        "«обвиняемыми стали N человек, а приговоры получили M»",
        "2025-06-20",
        "В прошлом году обвиняемыми по делам о госизмене стали 520 человек, а приговоры "
        "получили 470.",
        [_count("treason", 470, "2024-01-01", "2024-12-31")],
    ),
    (
        "«за это время» after a count: the period before",
        "2025-06-20",
        "В 2024 году за диверсию осуждены 150 человек. За это время возбуждено 380 дел о "
        "диверсиях.",
        [
            _count("sabotage", 150, "2024-01-01", "2024-12-31"),
            _case("sabotage", 380, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: the charged alone",
        "2026-02-01",
        "В 2025 году обвинения в диверсии предъявили 210 людям.",
        [],
    ),
    (
        "trap: the charged after a count, in a clause of their own",
        "2026-02-01",
        "В 2025 году за шпионаж осуждены 80 человек; обвиняемыми по этой статье за то же время "
        "стали еще 120.",
        [_count("espionage", 80, "2025-01-01", "2025-12-31")],
    ),
    # -- «С тех пор» after a dated law ----------------------------------------------------
    (
        "«... закон от <day>. С тех пор по ней осудили N»",
        "2026-05-12",
        "Статью о конфиденциальном сотрудничестве с иностранцами ввел в УК закон от 14 июля "
        "2022 года. С тех пор по ней осудили не менее 95 человек.",
        [
            _enacted("confidential_cooperation", "2022-07-14"),
            _count("confidential_cooperation", 95, "2022-07-14", "2026-05-12", "at_least"),
        ],
    ),
    (
        "«А с того времени ...» two sentences on",
        "2026-05-12",
        "Закон о добровольной сдаче в плен президент подписал 24 сентября 2022 года. Статья "
        "появилась в разделе о военной службе. А с того времени по ней вынесено 640 приговоров.",
        [
            _enacted("voluntary_surrender", "2022-09-24"),
            _count("voluntary_surrender", 640, "2022-09-24", "2026-05-12"),
        ],
    ),
    (
        "trap: «С тех пор» after a year named since: that year's count reads its own",
        "2026-05-12",
        "Закон от 14 июля 2022 года ввел статью о конфиденциальном сотрудничестве. В 2025 году "
        "по ней осуждены 40 человек. С тех пор приговоров стало больше.",
        [
            _enacted("confidential_cooperation", "2022-07-14"),
            _count("confidential_cooperation", 40, "2025-01-01", "2025-12-31"),
        ],
    ),
    # -- an offence heading a range after a comma -------------------------------------------
    (
        "«это шпионаж, статья 276 УК, от N до M лет лишения свободы»",
        "2026-03-24",
        "Если коротко: это шпионаж, статья 276 УК, от 10 до 20 лет лишения свободы.",
        [_range("espionage", 10, 20)],
    ),
    (
        "«Это госизмена, ст. 275 УК РФ, от N до M лет колонии или пожизненное»",
        "2026-03-24",
        "Это госизмена, ст. 275 УК РФ, от 12 до 20 лет колонии или пожизненное.",
        [_range("treason", 12, 20, life=True)],
    ),
    (
        "trap: ages after an offence and a comma",
        "2026-03-24",
        "Большинство обвиняемых в диверсии, от 16 до 19 лет, учатся в колледжах.",
        [],
    ),
    # -- sent to a colony of a regime ---------------------------------------------------------
    (
        "«признал ... виновным в X и отправил его в колонию строгого режима на N лет»",
        "2026-03-24",
        "Через год Южный окружной военный суд признал Артема виновным в диверсии и отправил "
        "его в колонию строгого режима на 13 лет.",
        [_term("sabotage", 13)],
    ),
    (
        "«отправил ее в исправительную колонию общего режима на N лет за X»",
        "2026-03-24",
        "Суд отправил ее в исправительную колонию общего режима на семь лет за госизмену.",
        [_term("treason", 7)],
    ),
    (
        "trap: a group sent to a colony",
        "2026-03-24",
        "Суд отправил троих подростков в воспитательную колонию на шесть лет за диверсию.",
        [],
    ),
    # -- a question answered after a sentence of background ---------------------------------
    (
        "«Что грозит за X? <background on X>. <person>, который ..., грозит от N до M лет»",
        "2026-03-24",
        "Что грозит за дезертирство?\nСтатья 338 есть в Уголовном кодексе с 1996 года. "
        "Военнослужащему, который оставил часть, чтобы уклониться от службы, грозит до семи "
        "лет лишения свободы.",
        [_range("desertion", None, 7)],
    ),
    (
        "trap: another offence's count between the question and the range",
        "2026-03-24",
        "Что грозит за шпионаж? За госизмену в прошлом году осудили 20 человек. Студенту "
        "грозит от 10 до 20 лет.",
        [_count("treason", 20, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: two sentences of background: the question is too far",
        "2026-03-24",
        "Что грозит за шпионаж? Статья 276 есть в кодексе давно. Статья 276 менялась редко. "
        "Иностранцу грозит от 10 до 20 лет.",
        [],
    ),
    # -- a correction note ----------------------------------------------------------------
    (
        "«В первой версии ... говорилось, что ... N. Это ошибка: на самом деле их было M»",
        "2026-06-12",
        "Поправка. В первой версии этой заметки говорилось, что в 2025 году за шпионаж "
        "осудили 57 человек. Это ошибка: на самом деле их было 75.",
        [_count("espionage", 75, "2025-01-01", "2025-12-31")],
    ),
    (
        "«Ранее мы ошибочно написали, что ... N. Правильная цифра — M»",
        "2026-06-12",
        "Ранее мы ошибочно написали, что в 2024 году возбуждено 130 дел о диверсиях. "
        "Правильная цифра — 310.",
        [_case("sabotage", 310, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: the wrong figure alone",
        "2026-06-12",
        "В предыдущей версии материала было указано, что за 2025 год за госизмену осуждены "
        "612 человек. Приносим извинения.",
        [],
    ),
    # -- a verdict's story through one detail ------------------------------------------------
    (
        "«... вынес приговор ... по делу о X. <detail>. Наказание — N лет в колонии ...»",
        "2026-06-12",
        "Южный окружной военный суд вынес приговор жителю Майкопа по делу о госизмене. "
        "Мужчина переписывался с куратором из-за границы и фотографировал аэродром. Наказание "
        "— 15 лет в колонии строгого режима.",
        [_term("treason", 15)],
    ),
    (
        "trap: a detail after a count, then a term with no person",
        "2026-06-12",
        "В 2025 году за шпионаж осуждены 60 человек. Суды работали без перерыва. Наказание — "
        "13 лет в колонии строгого режима.",
        [_count("espionage", 60, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: two details after the verdict",
        "2026-06-12",
        "Суд вынес приговор жителю Пскова по делу о шпионаже. Мужчина вину не признал. Он "
        "собирался обжаловать решение. Наказание — 13 лет колонии.",
        [],
    ),
    # -- a digest of new cases under a month with a colon ------------------------------------
    (
        "«📅 Сентябрь:» over «▪️ новых дел о X — N», «▪️ о Y — M»",
        "2026-10-03",
        "📅 Сентябрь:\n▪️ новых дел о госизмене — 34\n▪️ о шпионаже — 5",
        [
            _case("treason", 34, "2026-09-01", "2026-09-30"),
            _case("espionage", 5, "2026-09-01", "2026-09-30"),
        ],
    ),
    (
        "trap: new cases with no figure",
        "2026-10-03",
        "Август:\n▪️ новых дел о «фейках» не было\n▪️ задержаны 12 человек",
        [],
    ),
    # -- the penalty of the article told of before, at the head -----------------------------
    (
        "«Статья ... появилась в УК <day>. Лишение свободы по ней — до N лет»",
        "2026-04-02",
        "Статья 280.3 о дискредитации армии появилась в УК 4 марта 2022 года. Лишение свободы "
        "по ней — до трех лет, хотя чаще суды ограничиваются штрафом.",
        [
            _enacted("discrediting_the_army", "2022-03-04"),
            _range("discrediting_the_army", None, 3),
        ],
    ),
    (
        "«Наказание по этой статье — от N до M лет» after a count",
        "2026-04-02",
        "В 2025 году за шпионаж осудили 60 человек. Наказание по этой статье — от 10 до 20 лет.",
        [_count("espionage", 60, "2025-01-01", "2025-12-31"), _range("espionage", 10, 20)],
    ),
    (
        "trap: a fine by the article told of before",
        "2026-04-02",
        "Статья 280.3 о дискредитации армии появилась в УК 4 марта 2022 года. Штраф по ней — "
        "до 300 тысяч рублей.",
        [_enacted("discrediting_the_army", "2022-03-04")],
    ),
    # -- a ranking's first item after a colon -------------------------------------------------
    (
        "«больше всего дел возбуждено по статье о X: N, далее следуют Y — M и Z — K»",
        "2026-10-06",
        "В 2025 году больше всего дел возбуждено по статье о самовольном оставлении части: "
        "7 400, далее следуют неисполнение приказа — 310 и дезертирство — 220.",
        [
            _case("leaving_a_unit_without_leave", 7400, "2025-01-01", "2025-12-31"),
            _case("disobeying_an_order", 310, "2025-01-01", "2025-12-31"),
            _case("desertion", 220, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "trap: a colon before a figure of no cases («по делам о X: N человек задержаны»)",
        "2026-10-06",
        "По делам о диверсиях в 2025 году: 140 человек задержаны.",
        [],
    ),
    (
        "«... возбуждено N дел по «X» статьям. Больше всего — по статье о Y: M, далее ...»",
        "2026-10-06",
        "За девять месяцев 2026 года возбуждено 2 100 дел по «военным» статьям. Больше всего — "
        "по статье о самовольном оставлении части: 1 850, далее следуют дезертирство — 160 и "
        "неисполнение приказа — 40.",
        [
            _case("leaving_a_unit_without_leave", 1850, "2026-01-01", "2026-09-30"),
            _case("desertion", 160, "2026-01-01", "2026-09-30"),
            _case("disobeying_an_order", 40, "2026-01-01", "2026-09-30"),
        ],
    ),
    (
        "trap: «Больше всего —» after a sentence of no cases",
        "2026-10-06",
        "В 2026 году по «военным» статьям задержаны 900 человек. Больше всего — по статье о "
        "дезертирстве: 300.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_category(published: str, text: str, expected: Expected) -> None:
    assert _claims(text, dt.date.fromisoformat(published)) == expected
