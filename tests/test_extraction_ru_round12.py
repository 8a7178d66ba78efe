"""Russian phrasing categories of round 12 (issue 10), each with traps that must stay out.

A region's figures and the country's after them: a region in the nominative before its
figure («Следом идут Крым — 34 — и Краснодарский край — 22») is a region's count; a clause
that says the whole country («а всего по стране — 596», «а по России в целом — 198», «а по
всей России — 361») is the country's, though regions stand before it.

People sentenced after a count of cases: «Возбуждено 40 дел. Приговоры уже вынесены 29
фигурантам» (the offence of the cases counted just before). Traps: a clause with another
verb («, еще пятеро уехали из страны»), a total («Всего суды осудили 500 человек»).

A part in a list on a line of its own: «— из них 704 — по статье о госизмене;».

A baseline told with «столько же, сколько за весь 2023 год»: its year is no period of the
passage («Осуждены за этот период ...» is the period named first). Trap: «подсчитала,
сколько приговоров ... вынесли в 2025 году» compares nothing.

Penalties: two ranges in one sentence, each after its own offence («статью о сдаче в плен
— за нее грозит от трех до десяти лет — и часть о дезертирстве ...: за это можно получить
от пяти до 15 лет»); «самое строгое наказание» is the maximum («Раньше самым строгим
наказанием для дезертира было десять лет»). Traps: one range after two offences («За
шпионаж и госизмену грозит до 20 лет»), a requested term («Прокурор просил самое строгое
наказание — 14 лет»).

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
)

CASES: list[tuple[str, str, Expected]] = [
    # -- a region's figures and the country's -------------------------------------------
    (
        "regions in the nominative, then the country's figure",
        "Больше всего приговоров по делам о шпионаже в 2024 году вынесли в столице. Следом "
        "идут Ростовская область — 9 — и Приморский край — 7, а всего по стране таких "
        "приговоров было 88.",
        [_count("espionage", 88, "2024-01-01", "2024-12-31")],
    ),
    (
        "«в Москве — 23, в Крыму — 12, а по России в целом — 198»",
        "По статье о госизмене в 2024 году больше всего осужденных в Москве — 23, в Крыму — "
        "12, а по России в целом — 198.",
        [_count("treason", 198, "2024-01-01", "2024-12-31")],
    ),
    (
        "«в Крыму осудили 12 человек, а по всей России — 361»",
        "В 2024 году за госизмену в Крыму осудили 12 человек, а по всей России — 361.",
        [_count("treason", 361, "2024-01-01", "2024-12-31")],
    ),
    (
        "«: в Белгородской области — 14, а всего по стране — 230»",
        "Число осужденных за диверсию в 2024 году: в Белгородской области — 14, а всего по "
        "стране — 230.",
        [_count("sabotage", 230, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a region in the nominative alone",
        "В 2024 году по статье о госизмене больше всего приговоров вынесли в трех регионах: "
        "Москва — 31, Крым — 20.",
        [],
    ),
    # -- people sentenced after a count of cases ---------------------------------------
    (
        "«Возбуждено 40 дел. Приговоры уже вынесены 29 фигурантам»",
        "С начала года по статье о госизмене возбуждено 40 дел. Приговоры уже вынесены 29 "
        "фигурантам.",
        [
            _case("treason", 40, "2025-01-01", "2025-06-20"),
            _count("treason", 29, "2025-01-01", "2025-06-20"),
        ],
    ),
    (
        "«заведено не менее 190 дел. Приговоры успели получить 112 обвиняемых»",
        "В 2024 году по статье об оправдании терроризма заведено не менее 190 уголовных дел. "
        "Приговоры успели получить 112 обвиняемых; 14 из них отправили в колонию.",
        [
            _case("justification_of_terrorism", 190, "2024-01-01", "2024-12-31", "at_least"),
            _count("justification_of_terrorism", 112, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "«Осуждены 31 обвиняемый» after cases opened",
        "За 2024 год следователи завели 57 дел о диверсиях. Осуждены пока 31 обвиняемый.",
        [
            _case("sabotage", 57, "2024-01-01", "2024-12-31"),
            _count("sabotage", 31, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: a clause with another verb after the sentenced",
        "В 2024 году по статье о дискредитации армии возбуждено 64 дела. Приговоры уже "
        "вынесены 29 фигурантам, еще пятеро уехали из страны.",
        [
            _case("discrediting_the_army", 64, "2024-01-01", "2024-12-31"),
            _count("discrediting_the_army", 29, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: a total of every charge after cases",
        "В 2024 году возбуждено 40 дел о шпионаже. Всего суды осудили 500 человек.",
        [_case("espionage", 40, "2024-01-01", "2024-12-31")],
    ),
    # -- a part in a list ----------------------------------------------------------------
    (
        "«— из них 704 — по статье о госизмене;» on a line of its own",
        "В 2024 году суды вынесли 812 приговоров по делам о госизмене и шпионаже;\n"
        "— из них 704 — по статье о госизмене;\n"
        "— 30 — по статье о шпионаже.",
        [
            _count(("treason", "espionage"), 812, "2024-01-01", "2024-12-31"),
            _count("treason", 704, "2024-01-01", "2024-12-31"),
            _count("espionage", 30, "2024-01-01", "2024-12-31"),
        ],
    ),
    # -- «столько же, сколько» ---------------------------------------------------------------
    (
        "«почти столько же, сколько за весь 2023 год», then «за этот период»",
        "За первые четыре месяца 2025 года завели 2 100 дел о самовольном оставлении части — "
        "почти столько же, сколько за весь 2023 год. Осуждены за этот период уже более 1 900 "
        "военнослужащих.",
        [
            _case("leaving_a_unit_without_leave", 2100, "2025-01-01", "2025-04-30"),
            _count("leaving_a_unit_without_leave", 1900, "2025-01-01", "2025-04-30", "more_than"),
        ],
    ),
    (
        "trap: «подсчитала, сколько ... в 2024 году» is no baseline",
        "Издание подсчитало, сколько приговоров по делам о госизмене вынесли в 2024 году: их "
        "оказалось 361.",
        [_count("treason", 361, "2024-01-01", "2024-12-31")],
    ),
    # -- penalties -----------------------------------------------------------------------
    (
        "two ranges between dashes and after a colon, each of its own offence",
        "Новый закон ввел статью о переходе на сторону противника — за него грозит от 12 до "
        "20 лет — и статью о добровольной сдаче в плен: за нее можно получить от трех до "
        "десяти лет.",
        [_range("treason", 12, 20), _range("voluntary_surrender", 3, 10)],
    ),
    (
        "trap: one range after two offences",
        "За шпионаж и государственную измену грозит до 20 лет лишения свободы.",
        [_range(("espionage", "treason"), None, 20)],  # type: ignore[arg-type]
    ),
    (
        "«самым строгим наказанием ... было десять лет»: the former maximum",
        "До осени 2022 года самым строгим наказанием для дезертира было десять лет.",
        [_range("desertion", None, 10)],
    ),
    (
        "«Самое строгое наказание за шпионаж — 20 лет»",
        "Самое строгое наказание за шпионаж — 20 лет лишения свободы.",
        [_range("espionage", None, 20)],
    ),
    (
        "trap: a requested term told as the strictest",
        "Прокурор просил самое строгое наказание — 14 лет колонии за госизмену.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
