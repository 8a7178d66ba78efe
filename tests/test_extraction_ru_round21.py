"""Russian extraction, round 21 (issue 10): categories found on held-out keys, each in
several phrasings of our own, with traps.

Another country's figures are no claim: a count placed «на Украине», «в Белоруссии», «в
Казахстане» (the last country named before the figure, or the first in its clause) is that
country's, not Russia's; a deed done there («военных, воевавших на Украине», «в пользу
Украины») places no count. A sentence of baselines («Для сравнения: ...») keeps the period
reported on, but «за тот же год» next points to the year it named.

Ranges told «соответственно» for the parts of one article («части 1 и 2 статьи 280
предусматривают до четырех и до пяти лет соответственно», «первая и вторая части ... до
пяти и до семи лет лишения свободы соответственно») give each range to that article; the
ceilings after «максимум» in a clause of their own («Суды редко назначают максимум: по
статьям о шпионаже и о разглашении ... он составляет 20 и четыре года соответственно»).

«Вторая — ... — от пяти до семи» opening a sentence after the first part's range is the
second part's range, its years left to the range before. Traps: «Вторая — жительница Омска
— получила ...» (a person, no range); more than one offence before.

Of ru-heldout50 (blind): cases the courts heard («гарнизонные суды рассмотрели 412 дел о
неисполнении приказа», «число рассмотренных судами дел ... выросло с примерно 2 900 ... до 4
100») are case counts, unless the next sentence goes on to the verdicts (the whole they come
from) or the sentence speaks of acquittals; «за то же деяние» points back to the offence
before; a participle «Вступивший в силу 9 мая закон» dates an entry into force; «Первая из
этих статей предусматривает ...» is the first of the offences named before.

A person named after the charge («приговорил к 16 годам колонии строгого режима за шпионаж
гражданина Эстонии») takes the term, as one named before it does; not people («жителей»).

A source clause that closes the sentence with a period («..., следует из данных Судебного
департамента за 2025 год») gives it to every figure before it, past clauses with dashes.

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, so a claim too many fails as a claim missed does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_extraction_ru_categories import Expected, _count, _range
from tests.test_extraction_ru_round20 import _claims


def _case(
    offence: str, n: int, start: str | None, end: str | None, q: str = "exact"
) -> tuple[object, ...]:
    return ("case_count", offence, n, q, start, end)


CASES: list[tuple[str, str, str, Expected]] = [
    # -- another country's figures ---------------------------------------------------------
    (
        "another country's cases, then «за тот же год» after a sentence of baselines",
        "2026-02-10",
        "Для сравнения: в Белоруссии за 2024 год за госизмену осудили 40 человек. В России "
        "за тот же год по этой статье осуждены 145 человек.",
        [_count("treason", 145, "2024-01-01", "2024-12-31")],
    ),
    (
        "«на Украине» with cases by the thousand",
        "2026-03-01",
        "Для сравнения: на Украине за 2025 год было открыто свыше 150 тысяч дел о "
        "самовольном оставлении части. В российские гарнизонные суды за тот же год поступило "
        "около 11 000 таких дел.",
        [_case("leaving_a_unit_without_leave", 11000, "2025-01-01", "2025-12-31", "about")],
    ),
    (
        "another country after a dash in the second clause",
        "2026-02-10",
        "В 2024 году в России за госизмену осудили 145 человек, а в Белоруссии — 40.",
        [_count("treason", 145, "2024-01-01", "2024-12-31")],
    ),
    (
        "another country at the end of the clause",
        "2026-02-10",
        "За шпионаж в 2024 году осуждены 30 человек, еще 12 — в Казахстане.",
        [_count("espionage", 30, "2024-01-01", "2024-12-31")],
    ),
    (
        "another country opening the sentence",
        "2026-02-10",
        "В Казахстане в 2024 году по статье о госизмене осудили 11 человек.",
        [],
    ),
    (
        "trap: soldiers who fought there",
        "2026-02-10",
        "В 2024 году суды осудили 300 военных, воевавших на Украине, за самовольное "
        "оставление части.",
        [_count("leaving_a_unit_without_leave", 300, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: treason for another country's benefit",
        "2026-02-10",
        "В 2024 году за госизмену в пользу Украины осудили 145 человек.",
        [_count("treason", 145, "2024-01-01", "2024-12-31")],
    ),
    # -- ranges «соответственно» ------------------------------------------------------------
    (
        "the parts of one article «соответственно», in figures",
        "2026-03-03",
        "Части 1 и 2 статьи 280 УК за призывы к экстремистской деятельности предусматривают "
        "до четырех и до пяти лет лишения свободы соответственно.",
        [_range("calls_to_extremism", None, 4), _range("calls_to_extremism", None, 5)],
    ),
    (
        "the parts of one article «соответственно», in words",
        "2026-03-03",
        "Первая и вторая части статьи 280.3 о дискредитации армии предусматривают до пяти и "
        "до семи лет лишения свободы соответственно.",
        [_range("discrediting_the_army", None, 5), _range("discrediting_the_army", None, 7)],
    ),
    (
        "the parts as «ч. 1 и 2» with two ranges",
        "2026-03-03",
        "По ч. 1 и 2 ст. 205.2 грозит от двух до пяти и от пяти до семи лет соответственно.",
        [
            _range("justification_of_terrorism", 2, 5),
            _range("justification_of_terrorism", 5, 7),
        ],
    ),
    (
        "ceilings after «максимум» in a clause of their own",
        "2026-07-02",
        "Суды почти никогда не назначают максимум: по статьям о шпионаже и о разглашении "
        "государственной тайны он составляет 20 и четыре года соответственно.",
        [_range("espionage", None, 20), _range("disclosure_of_state_secrets", None, 4)],
    ),
    # -- the next part's range -------------------------------------------------------------
    (
        "«Вторая — condition — от N до M» after the first part's range",
        "2026-06-11",
        "Первая часть статьи 205.2 предусматривает от двух до пяти лет лишения свободы. "
        "Вторая — если призывы размещены в соцсетях — от пяти до семи.",
        [
            _range("justification_of_terrorism", 2, 5),
            _range("justification_of_terrorism", 5, 7),
        ],
    ),
    (
        "«По второй — до N лет»",
        "2026-06-11",
        "По первой части статьи 280.3 грозит до пяти лет. По второй — до семи лет.",
        [_range("discrediting_the_army", None, 5), _range("discrediting_the_army", None, 7)],
    ),
    (
        "«Вторая часть — до N лет, если ...»",
        "2026-06-11",
        "По первой части статьи 280.3 грозит до пяти лет. Вторая часть — до семи лет, если "
        "деяние повлекло тяжкие последствия.",
        [_range("discrediting_the_army", None, 5), _range("discrediting_the_army", None, 7)],
    ),
    (
        "trap: «Вторая» a person",
        "2026-06-11",
        "За шпионаж грозит от 10 до 20 лет. Вторая — жительница Омска — получила от пяти до семи.",
        [_range("espionage", 10, 20)],
    ),
]


CASES += [
    # -- cases heard -----------------------------------------------------------------------
    (
        "cases heard by the courts, then «их было» for the same period a year before",
        "2026-07-20",
        "За первое полугодие 2026 года военные суды рассмотрели 530 дел о дезертирстве. За "
        "тот же период прошлого года их было 344.",
        [
            _case("desertion", 530, "2026-01-01", "2026-06-30"),
            _case("desertion", 344, "2025-01-01", "2025-06-30"),
        ],
    ),
    (
        "cases heard, the court's name between",
        "2026-02-01",
        "В 2025 году Московский окружной военный суд рассмотрел 64 уголовных дела о "
        "госизмене, сообщили в пресс-службе.",
        [_case("treason", 64, "2025-01-01", "2025-12-31")],
    ),
    (
        "«число рассмотренных судами дел ... с примерно N до M»",
        "2026-03-15",
        "Число рассмотренных судами дел о дезертирстве выросло с примерно 700 в 2023 году до "
        "1 150 в 2024-м.",
        [
            _case("desertion", 700, "2023-01-01", "2023-12-31", "about"),
            _case("desertion", 1150, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: the next sentence gives the verdicts of the cases heard",
        "2026-07-20",
        "За 2025 год суды рассмотрели 140 дел о диверсиях. Приговоры вынесены по 131 из них.",
        [_count("sabotage", 131, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: the next sentence ends a part of them in verdicts",
        "2026-07-20",
        "Гарнизонные суды за 2025 год рассмотрели 90 дел о сдаче в плен. Обвинительными "
        "приговорами закончились 84 из них.",
        [_count("voluntary_surrender", 84, "2025-01-01", "2025-12-31")],
    ),
    # -- «за то же деяние» ---------------------------------------------------------------
    (
        "«за то же деяние» in the sentence after a range",
        "2026-05-10",
        "Сдача в плен карается лишением свободы от трех до десяти лет. Если военнослужащий "
        "сдался с оружием, за то же деяние грозит от восьми до 15 лет.",
        [_range("voluntary_surrender", 3, 10), _range("voluntary_surrender", 8, 15)],
    ),
    (
        "«за это же преступление»",
        "2026-05-10",
        "Дезертирство наказывается лишением свободы до семи лет. В период мобилизации за это "
        "же преступление грозит от пяти до 15 лет.",
        [_range("desertion", None, 7), _range("desertion", 5, 15)],
    ),
    # -- a participle of entry into force --------------------------------------------------
    (
        "«Вступивший в силу 9 мая закон»",
        "2023-05-12",
        "Вступивший в силу 9 мая закон установил за госизмену пожизненное лишение свободы.",
        [_range("treason", None, None, True), ("enactment", "treason", "2023-05-09")],
    ),
    (
        "«Закон, вступивший в силу ...»",
        "2022-07-28",
        "Закон, вступивший в силу 25 июля 2022 года, ввел статью о конфиденциальном "
        "сотрудничестве с иностранным государством.",
        [("enactment", "confidential_cooperation", "2022-07-25")],
    ),
    (
        "trap: a verdict in force",
        "2026-05-12",
        "Приговор, вступивший в законную силу 9 апреля, назначил за госизмену 12 лет.",
        [("individual_sentence", "treason", 12, False)],
    ),
    # -- «Первая из этих статей» -----------------------------------------------------------
    (
        "«Первая из этих статей предусматривает ...» after two offences",
        "2026-08-20",
        "В 2025 году за шпионаж осуждены 40 человек, за госизмену — 560. Первая из этих статей "
        "предусматривает от 10 до 20 лет лишения свободы.",
        [
            _count("espionage", 40, "2025-01-01", "2025-12-31"),
            _count("treason", 560, "2025-01-01", "2025-12-31"),
            _range("espionage", 10, 20),
        ],
    ),
    (
        "«Вторая из них карается ...»",
        "2026-08-20",
        "В 2025 году за шпионаж осуждены 40 человек, за госизмену — 560. Вторая из них "
        "карается лишением свободы от 12 до 20 лет.",
        [
            _count("espionage", 40, "2025-01-01", "2025-12-31"),
            _count("treason", 560, "2025-01-01", "2025-12-31"),
            _range("treason", 12, 20),
        ],
    ),
]

CASES += [
    (
        "the person after the charge, a citizen",
        "2026-02-01",
        "Мосгорсуд приговорил к 15 годам колонии строгого режима за шпионаж гражданина Латвии. "
        "Обвинение просило 17 лет.",
        [("individual_sentence", "espionage", 15, False)],
    ),
    (
        "the person after the charge, an age and a noun",
        "2026-02-01",
        "Южный окружной военный суд приговорил к 13 годам колонии за госизмену 23-летнего "
        "студента из Ростова.",
        [("individual_sentence", "treason", 13, False)],
    ),
    (
        "the person after the charge, a resident",
        "2026-02-01",
        "Суд приговорил к 11 годам колонии за диверсию жителя Брянска.",
        [("individual_sentence", "sabotage", 11, False)],
    ),
    (
        "trap: residents",
        "2026-02-01",
        "Суды приговорили к 12 годам колонии за госизмену жителей Омска.",
        [],
    ),
    (
        "trap: no person after the charge",
        "2026-02-01",
        "Суд приговорил к 12 годам колонии за госизмену в пользу Украины.",
        [],
    ),
]

CASES += [
    (
        "a source clause closing the sentence with its year",
        "2026-02-01",
        "По статье о дезертирстве осуждены 1 130 военнослужащих, по статье о сдаче в плен — "
        "190, следует из данных Судебного департамента за 2025 год.",
        [
            _count("desertion", 1130, "2025-01-01", "2025-12-31"),
            _count("voluntary_surrender", 190, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "«сообщает ... за 2025 год»",
        "2026-02-01",
        "За госизмену осуждены 610 человек, за шпионаж — 33, сообщает ТАСС со ссылкой на "
        "статистику за 2025 год.",
        [
            _count("treason", 610, "2025-01-01", "2025-12-31"),
            _count("espionage", 33, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "trap: a year of another figure, the source with none",
        "2026-02-01",
        "За госизмену осуждены 610 человек, а в 2024 году — 400, сообщает ТАСС.",
        [
            _count("treason", 610, None, None),
            _count("treason", 400, "2024-01-01", "2024-12-31"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_category(published: str, text: str, expected: Expected) -> None:
    assert _claims(text, dt.date.fromisoformat(published)) == expected
