"""Russian phrasing categories of round 11 (issue 10), each with traps that must stay out.

Imposed terms: «N год» in the nominative («получил 21 год»); the term at the head of the
sentence and its verb after it («Пожизненный срок ... получил 35-летний уроженец ...»), its
charge from the next sentence when a court named in full finds him guilty; «суд назначил N
лет ..., признав его виновным в ...» (the person is the one named before). Traps: a group
after the verb («получили трое»), a kind of term («Такие сроки получили 98 человек»), a
term with no person («суд назначил 12 лет»).

Shares of a total: «На долю госизмены из них пришлось 395, на шпионаж — 47», «Больше всего
— 702 — пришлось на госизмену»; a whole and its part («по 33 из 120 дел вынесены
приговоры», «Из 890 приговоров 702 вынесены по статье о госизмене»): the part is the count.
The whole may stand words and a year away from its part («Из 280 приговоров по делам о X и
Y за 2024 год 41 вынесен по статье о Y»: the part's offence is the one after it). Traps: a
share with no offence of its own («пришлось на Москву»), «Из 72 осужденных ...» stays a
count of the convicted. A share of a period keeps its count («— 98 — пришлась на прошлый
год»); «N и M соответственно» after two counts of cases pairs them too; the victims of a
crime («погибли (пострадали) трое») are no count.

The title of Chapter 29 («преступления против основ конституционного строя и безопасности
государства») names the offences against state security.

Reference back: «Базовый (основной) состав предусматривает», «Вторая часть статьи
предусматривает», «За те же действия ... грозит» (the offence before); «по этой статье и по
статье о X» (the offence before and X together). Offenders named by a noun («дезертиров»,
«дезертирами признали»; trap: deserters detained). Digests: a heading month («Итоги
сентября.», «Май в цифрах.») and «за месяц»; list items on lines of their own after a count
(«— 4 — по делам о шпионаже;»; trap: no count before). Penalty changes: «повысил
максимальный срок ... с 4 до 7 лет» (the new ceiling and the old), «выросло с 20 лет до
пожизненного» (life, and 20 the old ceiling; trap: «от 10 лет до пожизненного», one range).

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_ru_categories import (
    Expected,
    _case,
    _claims,
    _count,
    _range,
    _term,
)

CASES: list[tuple[str, str, Expected]] = [
    # -- imposed terms ----------------------------------------------------------------------
    (
        "«получил 21 год»: the nominative «год»",
        "Бывший связист Руслан Т. получил 21 год колонии строгого режима за госизмену.",
        [_term("treason", 21)],
    ),
    (
        "«приговорил ... к 21 году»",
        "Суд приговорил жителя Пскова к 21 году заключения за диверсию.",
        [_term("sabotage", 21)],
    ),
    (
        "the term first, «получила» and the person after it",
        "Пожизненный срок за теракт в торговом центре получила 29-летняя жительница Нальчика.",
        [_term("terrorist_act", None, life=True)],
    ),
    (
        "the term first, its charge from the next sentence's finding by a named court",
        "Восемнадцать лет колонии по делу о передаче данных о ПВО получил бывший техник "
        "аэродрома. Северо-Кавказский окружной военный суд признал его виновным в шпионаже.",
        [_term("espionage", 18)],
    ),
    (
        "trap: the term first, a group after the verb",
        "Пожизненное лишение свободы за теракт получили трое уроженцев Ингушетии.",
        [],
    ),
    (
        "trap: a kind of term, counted people",
        "По итогам года такие сроки получили 98 человек.",
        [],
    ),
    (
        "«суд назначил N лет ..., признав его виновным»: the person named before",
        "Сотрудника оборонного завода Илью М. задержали в 2024 году. Во вторник суд назначил "
        "15 лет колонии строгого режима, признав его виновным в государственной измене.",
        [_term("treason", 15)],
    ),
    (
        "«приговорил к N годам, признав ее виновной»",
        "Учительницу из Брянска арестовали весной. Суд приговорил к 12 годам колонии, признав "
        "ее виновной в госизмене.",
        [_term("treason", 12)],
    ),
    (
        "a finding told after the term with «Ранее»",
        "Суд назначил ему 13 лет колонии. Ранее его признали виновным в шпионаже.",
        [_term("espionage", 13)],
    ),
    (
        "trap: a term with no person",
        "По делу о поджоге военкомата суд назначил 12 лет.",
        [],
    ),
    # -- shares of a total ------------------------------------------------------------------
    (
        "«На долю X из них пришлось N, на Y — M»",
        "За 2024 год суды осудили 530 человек по статьям о преступлениях против безопасности "
        "государства. На долю госизмены из них пришлось 361, на шпионаж — 38.",
        [_count("state_security", 530, "2024-01-01", "2024-12-31"),
         _count("treason", 361, "2024-01-01", "2024-12-31"),
         _count("espionage", 38, "2024-01-01", "2024-12-31")],
    ),
    (
        "«Больше всего — N — пришлось на X»",
        "В 2024 году суды вынесли 620 приговоров по делам о госизмене и шпионаже. Больше "
        "всего — 571 — пришлось на госизмену.",
        [_count(("treason", "espionage"), 620, "2024-01-01", "2024-12-31"),
         _count("treason", 571, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a share with no offence of its own («пришлось на Москву»)",
        "В 2024 году за шпионаж осуждены 61 человек. Больше всего — 19 — пришлось на Москву. "
        "На Петербург пришлось 8 из них.",
        [_count("espionage", 61, "2024-01-01", "2024-12-31")],
    ),
    (
        "a share of a period («— N — пришлось на прошлый год») keeps its count",
        "С 2021 по 2024 год по статье о шпионаже вынесено 210 приговоров. Почти половина из "
        "них — 98 — пришлась на прошлый год.",
        [_count("espionage", 210, "2021-01-01", "2024-12-31"),
         _count("espionage", 98, "2024-01-01", "2024-12-31")],
    ),
    (
        "«N и M соответственно» after two counts of cases: each its own offence",
        "В 2024 году возбуждено 52 дела о шпионаже и 310 — о госизмене. Годом ранее таких "
        "дел было 31 и 190 соответственно.",
        [_case("espionage", 52, "2024-01-01", "2024-12-31"),
         _case("treason", 310, "2024-01-01", "2024-12-31"),
         _case("espionage", 31, "2023-01-01", "2023-12-31"),
         _case("treason", 190, "2023-01-01", "2023-12-31")],
    ),
    (
        "trap: the victims of a crime are no count",
        "Суд назначил ему 20 лет колонии. Его признали виновным в теракте, в результате "
        "которого пострадали трое полицейских.",
        [_term("terrorist_act", 20)],
    ),
    (
        "«по N из M дел вынесены приговоры»: the part",
        "В 2024 году по статье о диверсии приговоры вынесены по 47 из 150 дел.",
        [_count("sabotage", 47, "2024-01-01", "2024-12-31")],
    ),
    (
        "«Из M приговоров N вынесены по статье о X»: the part, and the offence its own",
        "Суды вынесли в 2024 году 700 приговоров по делам о госизмене, шпионаже и "
        "конфиденциальном сотрудничестве. Из 700 приговоров 588 вынесены по статье о госизмене.",
        [_count(("treason", "espionage", "confidential_cooperation"), 700, "2024-01-01",
                "2024-12-31"),
         _count("treason", 588, "2024-01-01", "2024-12-31")],
    ),
    (
        "«Из M приговоров по ... за YEAR N вынесены ...»: words and a year between",
        "Из 280 приговоров по делам о госизмене и шпионаже за 2024 год 41 вынесен по статье о "
        "шпионаже.",
        [_count("espionage", 41, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: «Из 72 осужденных ...» is a count of the convicted",
        "Из 72 осужденных за госизмену в 2023 году 12 получили максимальный срок.",
        [_count("treason", 72, "2023-01-01", "2023-12-31")],
    ),
    (
        "the title of Chapter 29",
        "В 2024 году по статьям о преступлениях против основ конституционного строя и "
        "безопасности государства осуждены 1 120 человек.",
        [_count("state_security", 1120, "2024-01-01", "2024-12-31")],
    ),
    # -- reference back -------------------------------------------------------------------
    (
        "«Базовый состав предусматривает ...», «За те же действия ... грозит ...»",
        "Статья 280.3 о дискредитации армии действует с марта 2022 года. Основной состав "
        "предусматривает до трех лет лишения свободы. За те же действия, повлекшие гибель "
        "людей, грозит до семи лет.",
        [_range("discrediting_the_army", None, 3), _range("discrediting_the_army", None, 7)],
    ),
    (
        "«Вторая часть статьи предусматривает ...»: the article before",
        "За призывы против безопасности государства грозит до четырех лет. Вторая часть "
        "статьи предусматривает от трех до семи лет.",
        [_range("calls_against_state_security", None, 4),
         _range("calls_against_state_security", 3, 7)],
    ),
    (
        "«по этой статье и по статье о X вместе»: the offence before and the one named",
        "Дел о шпионаже раньше почти не было: в 2020 году по этой статье и по статье о "
        "госизмене вместе осудили 19 человек.",
        [_count(("espionage", "treason"), 19, "2020-01-01", "2020-12-31")],
    ),
    (
        "«по статье о X и по этой статье»: the offence of the sentence before",
        "За дискредитацию армии в 2024 году осуждены 62 человека. По статье о «фейках» и по "
        "этой статье в 2023 году осудили 150 человек.",
        [_count("discrediting_the_army", 62, "2024-01-01", "2024-12-31"),
         _count(("discrediting_the_army", "army_fakes"), 150, "2023-01-01", "2023-12-31")],
    ),
    # -- penalty changes ---------------------------------------------------------------------
    (
        "«повысил максимальный срок ... с N до M лет»: the new ceiling and the old",
        "Закон повысил максимальный срок за разглашение государственной тайны с 4 до 7 лет.",
        [_range("disclosure_of_state_secrets", None, 7),
         _range("disclosure_of_state_secrets", None, 4)],
    ),
    (
        "«вырос с N лет до пожизненного»: life, and the old ceiling",
        "Максимальное наказание за диверсию выросло с 20 лет до пожизненного лишения свободы.",
        [_range("sabotage", None, None, life=True), _range("sabotage", None, 20)],
    ),
    (
        "trap: a range up to life is one range",
        "За диверсию сейчас грозит от 10 лет до пожизненного.",
        [_range("sabotage", 10, None, life=True)],
    ),
    # -- offenders named by a noun ----------------------------------------------------------
    (
        "«осуждены N дезертиров», «дезертирами признали N»",
        "В 2024 году гарнизонные суды осудили 1 480 дезертиров. Диверсантами за тот же год "
        "суды признали 210 человек.",
        [_count("desertion", 1480, "2024-01-01", "2024-12-31"),
         _count("sabotage", 210, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: deserters detained, not convicted",
        "В 2024 году военная полиция задержала 2 300 дезертиров.",
        [],
    ),
    # -- digests ----------------------------------------------------------------------------
    (
        "«Итоги сентября.», list items on lines of their own",
        "Итоги сентября. Суды вынесли:\n— 37 приговоров по делам о госизмене;\n— 4 — по "
        "делам о шпионаже;\n— 12 — за участие в деятельности нежелательной организации.",
        [_count("treason", 37, "2024-09-01", "2024-09-30"),
         _count("espionage", 4, "2024-09-01", "2024-09-30"),
         _count("undesirable_organisation", 12, "2024-09-01", "2024-09-30")],
    ),
    (
        "«Май в цифрах. За месяц ...»",
        "Май в цифрах. За месяц по статье о госизмене осуждены 33 человека.",
        [_count("treason", 33, "2025-05-01", "2025-05-31")],
    ),
    (
        "trap: a list item with no count before",
        "В 2024 году за госизмену задержаны 300 человек.\n— 20 — за шпионаж.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
