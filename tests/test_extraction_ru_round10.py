"""Russian phrasing categories of round 10 (issue 10), each with traps that must stay out.

An offence named by its article's nickname: an adjective before «статья» («по «шпионской»
статье», «по дезертирской статье») or one noun after «статья о» («по статье о терроризме»)
that shares a stem with a label's first word. Traps: «по статьям о терроризме» (many
articles), «по статье о государственной тайне» (a phrase no label has), «по новой статье».
«Еще один приговор»: another verdict, no count of one.

Periods told with a month and no year («в апреле», «за март», «с января»): that month of the
year named before, else of the year of publication (the year before for a month still to
come); «за первые семь месяцев года». Trap: a day («задержан 15 августа»).

A count written with a group space that looks like a year («1 950 человек»).

Imposed terms: «5 лет 6 месяцев» without «и»; «осужден за X к N годам» with a relative
clause at the head («Мужчина, который ..., осужден за дезертирство к семи годам»); a person
after a colon with a relative clause («Приговор по ... делу: 20-летнему студенту, который
..., дали 9 лет»).

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
    # -- nicknames ------------------------------------------------------------------------
    (
        "«по «шпионской» статье ..., по статье о диверсии — N»",
        "В 2024 году по «шпионской» статье осудили 44 человека, по статье о диверсии — 131.",
        [_count("espionage", 44, "2024-01-01", "2024-12-31"),
         _count("sabotage", 131, "2024-01-01", "2024-12-31")],
    ),
    (
        "«по диверсионной статье» without quotes",
        "За 2024 год по диверсионной статье суды вынесли 96 приговоров.",
        [_count("sabotage", 96, "2024-01-01", "2024-12-31")],
    ),
    (
        "«по статье о терроризме»: the act (205)",
        "В 2024 году по статье о терроризме осуждены 512 человек.",
        [_count("terrorist_act", 512, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: «по статьям о терроризме» names many articles",
        "В 2024 году по статьям о терроризме осуждены 2 300 человек.",
        [],
    ),
    (
        "trap: «о государственной тайне» is a phrase no label has",
        "В 2024 году по статье о государственной тайне осуждены 17 человек.",
        [],
    ),
    (
        "trap: «по новой статье» names no offence",
        "В 2024 году по новой статье осуждены 17 человек.",
        [],
    ),
    (
        "trap: «Еще один приговор» is no count of one",
        "Еще один приговор по «шпионской» статье вынес Приморский краевой суд.",
        [],
    ),
    # -- months without a year ------------------------------------------------------------
    (
        "«в апреле» of the year of publication",
        "Только в апреле по делам о госизмене осуждены 29 человек.",
        [_count("treason", 29, "2025-04-01", "2025-04-30")],
    ),
    (
        "«за октябрь», a month still to come: the year before",
        "За октябрь суды осудили за дезертирство 210 военнослужащих.",
        [_count("desertion", 210, "2024-10-01", "2024-10-31")],
    ),
    (
        "«с января»: to the publication date",
        "С января за шпионаж осуждены 18 человек.",
        [_count("espionage", 18, "2025-01-01", "2025-06-20")],
    ),
    (
        "a month after a year in the sentence before",
        "В 2023 году за госизмену осудили 190 человек. Только в декабре по этой статье "
        "осуждены 31 человек.",
        [_count("treason", 190, "2023-01-01", "2023-12-31"),
         _count("treason", 31, "2023-12-01", "2023-12-31")],
    ),
    (
        "«за первые пять месяцев года»",
        "За первые пять месяцев года по делам о диверсии осудили 64 человека.",
        [_count("sabotage", 64, "2025-01-01", "2025-05-31")],
    ),
    (
        "trap: a day is no month",
        "Его задержали 15 апреля, а в 2024 году за госизмену осуждены 360 человек.",
        [_count("treason", 360, "2024-01-01", "2024-12-31")],
    ),
    # -- a count that looks like a year ---------------------------------------------------
    (
        "«1 950 человек» with a group space",
        "В 2024 году за самовольное оставление части осуждены 1 950 человек.",
        [_count("leaving_a_unit_without_leave", 1950, "2024-01-01", "2024-12-31")],
    ),
    # -- counts told with other verbs ------------------------------------------------------
    (
        "«в колонии отправились N человек» as the only count",
        "В 2024 году за шпионаж в колонии отправились 33 человека.",
        [_count("espionage", 33, "2024-01-01", "2024-12-31")],
    ),
    (
        "«реальные сроки ... получили N» as the only count, then «таких было M»",
        "В 2024 году реальные сроки за дискредитацию армии получили 26 человек. Годом ранее "
        "таких было 15.",
        [_count("discrediting_the_army", 26, "2024-01-01", "2024-12-31"),
         _count("discrediting_the_army", 15, "2023-01-01", "2023-12-31")],
    ),
    (
        "«реальные сроки» beside administrative protocols",
        "В 2024 году реальные сроки по статье о дискредитации армии получили 26 человек, у "
        "каждого до этого было несколько административных протоколов.",
        [_count("discrediting_the_army", 26, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: real terms after the total are a part",
        "В 2024 году за госизмену осуждены 340 человек. Реальные сроки за госизмену получили "
        "333.",
        [_count("treason", 340, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: real terms «из них»",
        "Сроки за дезертирство получили 700 военнослужащих, реальные сроки за дезертирство "
        "получили 410 из них.",
        [_count("desertion", 700, None, None)],
    ),
    (
        "trap: suspended terms are no count",
        "В 2024 году условные сроки за дискредитацию армии получили 12 человек.",
        [],
    ),
    (
        "trap: those sent to a colony among a total",
        "С января за самовольное оставление части осуждены 900 человек; в колонию общего "
        "режима отправились лишь 95 из них.",
        [_count("leaving_a_unit_without_leave", 900, "2025-01-01", "2025-06-20")],
    ),
    # -- a total told after cases, and its part --------------------------------------------
    (
        "«Приговоры за это время получили N человек» after cases of one offence",
        "За 2024 год по делам о шпионаже возбуждено 95 дел. Обвинительные приговоры за это "
        "время получили 61 человек.",
        [_case("espionage", 95, "2024-01-01", "2024-12-31"),
         _count("espionage", 61, "2024-01-01", "2024-12-31")],
    ),
    (
        "a total of the offence before, «из них N — за X»: each with its offence",
        "В 2024 году по статьям о преступлениях против безопасности государства возбуждено "
        "1 100 дел. Приговоры за тот же период получили 720 человек, из них 240 — за "
        "госизмену.",
        [_case("state_security", 1100, "2024-01-01", "2024-12-31"),
         _count("state_security", 720, "2024-01-01", "2024-12-31"),
         _count("treason", 240, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a part by a trait («из них N — заочно»)",
        "За 2024 год по делам о госизмене возбуждено 180 дел. Приговоры за это время получили "
        "150 человек, из них 14 — заочно.",
        [_case("treason", 180, "2024-01-01", "2024-12-31"),
         _count("treason", 150, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a total of prosecutions outside the scheme stays out",
        "В 2024 году правозащитники узнали о 500 делах за антивоенную позицию. Приговоры за "
        "это время получили 330 человек, из них 70 — по статье о дискредитации армии.",
        [_count("discrediting_the_army", 70, "2024-01-01", "2024-12-31")],
    ),
    # -- ranges under a condition; a long title cut short -----------------------------------
    (
        "«При отягчающих обстоятельствах срок составит ...» after a range",
        "Статья о призывах к сепаратизму предусматривает до четырех лет. При отягчающих "
        "обстоятельствах срок составит до пяти лет.",
        [_range("calls_for_separatism", None, 4), _range("calls_for_separatism", None, 5)],
    ),
    (
        "trap: «При этом» is no condition",
        "Шпионаж наказывается лишением свободы на срок от 10 до 20 лет. При этом суды в 2024 "
        "году вынесли от 40 до 50 приговоров.",
        [_range("espionage", 10, 20)],
    ),
    (
        "the head of a long title, its light noun left out",
        "За содействие в исполнении решений международных организаций, в которых Россия не "
        "участвует, предусмотрено до пяти лет лишения свободы.",
        [_range("assisting_foreign_prosecution", None, 5)],
    ),
    (
        "trap: the first words shared by several titles name none",
        "За публичные призывы к осуществлению деятельности грозит до пяти лет.",
        [],
    ),
    # -- imposed terms --------------------------------------------------------------------
    (
        "«N лет M месяцев» without «и»",
        "Ему назначено 3 года 6 месяцев колонии за призывы к терроризму.",
        [_term("justification_of_terrorism", 3.5)],
    ),
    (
        "«Мужчина, который ..., осужден за X к N годам»",
        "Мужчина, который в 2024 году уехал из части и полгода жил у знакомых, осужден за "
        "дезертирство к семи годам колонии.",
        [_term("desertion", 7)],
    ),
    (
        "«приговорена по статье о X к N годам»",
        "Жительница Томска, которая переводила деньги ВСУ, приговорена по статье о госизмене "
        "к 13 годам.",
        [_term("treason", 13)],
    ),
    (
        "a person after a colon, with a relative clause",
        "Приговор по «диверсионной» статье: 20-летнему курьеру, который поджег трансформатор, "
        "дали 9 лет.",
        [_term("sabotage", 9)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
