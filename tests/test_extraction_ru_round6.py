"""Russian phrasing categories of round 6 (issue 10), each with traps that must stay out.

A span from a year to a month («с 2022 года по конец июля 2025 года», «с 2023 года по
август 2025 года», «с 2021 года до конца марта 2025 года») runs from 1 January of the first
year to the end of that month.

A total whose only offence is its part's («Приговоры получили 290 человек, из них 61 — по
статье о «фейках»») is a total over many articles: it gives no claim, the part keeps its
own. A total that names its offence before the part keeps it.

Cases a counter has learnt of («узнал о 198 новых делах о госизмене», «стало известно о 40
делах», «зафиксировали 64 дела») are cases; people detained that one learnt of are none.

«Суд вправе назначить» is what the law allows, like «может назначить»; «Статья
(предусматривает|устанавливает) ...» and «Норма карается ...» at the head of a sentence are
the offence of the sentence before. A fine, or a sentence below the minimum, stays out.

«Осуждён на 12 лет», «осуждена к 13 годам» are one person's terms; a group («Трое ...
осуждены на 12 лет») is none.

«По первой / второй / последней из этих статей» is that one of the offences named before,
in order; with one offence named before it is unknown. «Год назад» after a year's figures
is the year before it.

A count placed in one region («В Крыму таких приговоров было 48», «в Белгородской области
осудили 17 человек») is no national count.

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_ru_categories import Expected, _claims, _count, _range, _term

CASES: list[tuple[str, str, Expected]] = [
    # -- a span from a year to a month ---------------------------------------------------
    (
        "«с 2022 года по конец июля 2025 года»",
        "С 2022 года по конец июля 2025 года суды осудили за госизмену не менее 1 100 человек.",
        [_count("treason", 1100, "2022-01-01", "2025-07-31", "at_least")],
    ),
    (
        "«с 2023 года по август 2025 года»",
        "По подсчетам издания, с 2023 года по август 2025 года за шпионаж осуждены 187 человек.",
        [_count("espionage", 187, "2023-01-01", "2025-08-31")],
    ),
    (
        "«с 2021 года до конца марта 2025 года»",
        "С 2021 года до конца марта 2025 года по статье о диверсии вынесено 240 приговоров.",
        [_count("sabotage", 240, "2021-01-01", "2025-03-31")],
    ),
    (
        "trap: a month of an earlier year gives no dates",
        "С 2025 года по март 2024 года за шпионаж осуждены 15 человек.",
        [("conviction_count", "espionage", 15, "exact", None, None)],
    ),
    # -- a total with a part that names the offence ----------------------------------------
    (
        "a total over many articles, its part for one",
        "За девять месяцев 2025 года приговоры получили 410 человек, из них 83 — по статье о "
        "дискредитации армии.",
        [_count("discrediting_the_army", 83, "2025-01-01", "2025-09-30")],
    ),
    (
        "«в том числе» a part for one article",
        "В 2024 году по политическим статьям осуждены 700 человек, в том числе 120 — за "
        "«фейки» об армии.",
        [_count("army_fakes", 120, "2024-01-01", "2024-12-31")],
    ),
    (
        "a total that names its offences before the part keeps them",
        "В 2024 году за госизмену и шпионаж осуждены 400 человек, из них 310 — по статье о "
        "госизмене.",
        [
            _count(("treason", "espionage"), 400, "2024-01-01", "2024-12-31"),
            _count("treason", 310, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: a part without an offence stays out, the total stays",
        "В 2024 году за шпионаж осуждены 64 человека, из них 9 — заочно.",
        [_count("espionage", 64, "2024-01-01", "2024-12-31")],
    ),
    # -- cases learnt of ---------------------------------------------------------------------
    (
        "«узнал о N новых делах о X и M делах о Y»",
        "С начала года «Первый отдел» узнал о 150 новых делах о шпионаже и 22 делах о "
        "конфиденциальном сотрудничестве.",
        [
            ("case_count", "espionage", 150, "exact", "2025-01-01", "2025-06-20"),
            ("case_count", "confidential_cooperation", 22, "exact", "2025-01-01", "2025-06-20"),
        ],
    ),
    (
        "«стало известно о N делах»",
        "В 2024 году стало известно не менее чем о 90 делах о диверсии.",
        [("case_count", "sabotage", 90, "at_least", "2024-01-01", "2024-12-31")],
    ),
    (
        "«зафиксировали N дел»",
        "За прошлый год правозащитники зафиксировали 58 дел о госизмене.",
        [("case_count", "treason", 58, "exact", "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: people detained that one learnt of",
        "В 2024 году журналисты узнали о 35 задержанных по делам о госизмене.",
        [],
    ),
    # -- what a court may impose; an article named before -----------------------------
    (
        "«суд вправе назначить от N до M лет либо пожизненное»",
        "За шпионаж суд вправе назначить от 10 до 20 лет либо пожизненный срок.",
        [_range("espionage", 10, 20, True)],
    ),
    (
        "«суд вправе назначить пожизненное»",
        "Теперь за диверсию суд вправе назначить пожизненное лишение свободы.",
        [_range("sabotage", None, None, True)],
    ),
    (
        "trap: a sentence below the minimum",
        "По делу о госизмене суд вправе назначить наказание ниже низшего предела.",
        [],
    ),
    (
        "«Статья предусматривает ...» after a sentence naming the offence",
        "В прошлом году за незаконное получение гостайны осудили семь человек. Статья "
        "предусматривает до четырех лет, а при тяжких последствиях — от трех до восьми лет.",
        [
            _count("illegal_obtaining_of_state_secrets", 7, "2024-01-01", "2024-12-31"),
            _range("illegal_obtaining_of_state_secrets", None, 4),
            _range("illegal_obtaining_of_state_secrets", 3, 8),
        ],
    ),
    (
        "trap: «Статья предусматривает» a fine",
        "В 2024 году за разглашение гостайны осудили трех человек. Статья предусматривает "
        "штраф до 200 тысяч рублей.",
        [_count("disclosure_of_state_secrets", 3, "2024-01-01", "2024-12-31")],
    ),
    # -- «осуждён на N лет» ----------------------------------------------------------------
    (
        "«осуждён на N лет ... по делу о X»",
        "Бывший преподаватель из Томска осужден на 13 лет строгого режима по делу о шпионаже.",
        [_term("espionage", 13)],
    ),
    (
        "«осуждена к N годам за X»",
        "Жительница Херсона осуждена к 11 годам колонии за госизмену.",
        [_term("treason", 11)],
    ),
    (
        "trap: a group «осуждены на N лет» is no one's term and no count",
        "Четверо жителей Курска осуждены на 15 лет за диверсию.",
        [],
    ),
    # -- «по первой из этих статей», «год назад» ----------------------------------------
    (
        "«по второй из этих статей» is the second offence named before",
        "В 2024 году за госизмену осуждены 380 человек, за шпионаж — 60. По второй из этих "
        "статей годом ранее осудили 35 человек.",
        [
            _count("treason", 380, "2024-01-01", "2024-12-31"),
            _count("espionage", 60, "2024-01-01", "2024-12-31"),
            _count("espionage", 35, "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "«Год назад по первой статье»",
        "В 2024 году за диверсию осудили 140 человек, за содействие противнику — 12. Год "
        "назад по первой статье осудили 90 человек.",
        [
            _count("sabotage", 140, "2024-01-01", "2024-12-31"),
            _count("assistance_to_the_enemy", 12, "2024-01-01", "2024-12-31"),
            _count("sabotage", 90, "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "trap: «по первой статье» after one offence is unknown",
        "В 2024 году за госизмену осудили 350 человек. По первой статье годом ранее осудили "
        "120 человек.",
        [_count("treason", 350, "2024-01-01", "2024-12-31")],
    ),
    # -- a region's count ------------------------------------------------------------------
    (
        "trap: a count in Crimea after a national one",
        "В 2024 году за госизмену осудили 350 человек. В Крыму, по данным правозащитников, "
        "таких приговоров было 41.",
        [_count("treason", 350, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a count in a province",
        "В Белгородской области в 2024 году за диверсию осудили 17 человек.",
        [],
    ),
    (
        "trap: a count «в регионе»",
        "Всего в регионе за прошлый год по статье о шпионаже осуждены шесть человек.",
        [],
    ),
    (
        "a count for Russia is no region's",
        "В России в 2024 году за диверсию осудили 130 человек.",
        [_count("sabotage", 130, "2024-01-01", "2024-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
