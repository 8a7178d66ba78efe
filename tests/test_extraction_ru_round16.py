"""Russian phrasing categories of round 16 (issue 10), each with traps that must stay out.

A count of cases told after its noun and a dash, the noun not repeated after the figure
(«Больше всего новых уголовных дел — 410 — возбуждено по статье о ...», «Чаще всего СК
возбуждал дела о дискредитации армии — 180», «... возбуждено по статье о «фейках» об армии —
410»), the verb imperfective too («возбуждал», «заводили»): cases, not convictions. Traps: a
region's share («— 41 — возбуждено в Москве»), people after the figure («— 41 человек»), a
rate («в среднем по три в день»), money, the noun after a preposition («по делам о
госизмене, ..., задержаны — 41»).

An explainer's question and the answer right after it, read as one: a range asked for with
the offence and a cue of the law («Что грозит за шпионаж? От 10 до 20 лет лишения свободы.»,
the offence pointed back to: «Что по ней грозит сейчас? ...»), a count asked for with its
verb, offence and period («Сколько военных осудили за дезертирство в 2026 году? По подсчетам
«Медиазоны» — 1 240.»). Traps: an answer with a charge of its own the scheme lacks («За кражу
— до двух лет»), a question of something else (the length of an investigation, people
detained, a term a prosecutor asked for), a question with no offence.

A long title said short with one more of its first words before the stem-sharing word
(«за прохождение обучения в целях осуществления диверсии»): that title (training for
sabotage), not the offence of the last word (sabotage). Traps: the training of another
offence («... в целях осуществления террористической деятельности», outside the scheme),
the short form without «осуществления» and the full title still read as before.

A term told as the time to be served, with a regime or «за решеткой» («вместо 12 лет она
проведет в колонии общего режима 10 лет», «Он проведет за решеткой 14 лет»), and a charge
told next as «Ее действия квалифицировали как ...»: the person's term, of that charge.
Traps: a former term («вместо 15 лет»), a term of years to come («Через пять лет она
проведет ...»), a charge the scheme lacks in the next sentence (the term stays, no offence).

A further figure right after a period of its own with only «уже», «лишь», «всего» or a
qualifier between, ending its clause («..., а за первые пять месяцев 2026-го уже 52», «а в
2024 году лишь около 120»): a count of that period, in the unit of the count before.
Traps: a noun of its own after the figure («уже 52 задержанных»), a share («уже 52%»),
money, an age after a verb («самому старшему в 2025 году было уже 71»).

People «привлечены к уголовной ответственности» are prosecuted, not convicted: their clause
gives no count beside a clause that convicts («..., к уголовной ответственности привлекли
120 человек, приговоры получили 95»); «приговоры получили 95», the figure after the verb
ending its clause, counts the convicted. Traps: a rate of prosecutions, prosecutions alone,
a term «получил 14» of one man, real terms as a part.

A prosecutor's release opening «Приговором ... суда» before the person in the dative and
the term assigned («Приговором Южного окружного военного суда 29-летнему жителю Ейска,
признанному виновным в диверсии, назначено наказание в виде 15 лет»): that person's term.
Traps: a term for each of a group («всем троим ... по 12 лет», «обвиняемым ... по 8 лет»).

Every sentence is written for these tests with made-up figures (the laws' dates and
sanctions are the Code's own); each lists every claim it must give, and nothing else.
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

Y26 = ("2026-01-01", "2026-12-31")

CASES: list[tuple[str, str, Expected]] = [
    # -- a count of cases after its noun and a dash -------------------------------------
    (
        "«дел — 410 — возбуждено по статье о ...», «еще 290 — по статье о ее ...»",
        "В 2026 году больше всего новых уголовных дел — 410 — возбуждено по статье о «фейках» "
        "об армии, еще 290 — по статье о ее дискредитации.",
        [_case("army_fakes", 410, *Y26), _case("discrediting_the_army", 290, *Y26)],
    ),
    (
        "the figure at the end, after the offence and a dash",
        "В 2026 году больше всего уголовных дел возбуждено по статье о «фейках» об армии — 410.",
        [_case("army_fakes", 410, *Y26)],
    ),
    (
        "an imperfective verb, the figure after the offence, a second one ranked",
        "В 2026 году чаще всего СК возбуждал дела о дискредитации армии — 180, на втором месте "
        "«фейки» — 125.",
        [_case("discrediting_the_army", 180, *Y26), _case("army_fakes", 125, *Y26)],
    ),
    (
        "a year between the noun and the figure",
        "Больше всего уголовных дел в 2026 году возбуждали по статье о дискредитации армии — "
        "540, на втором месте статья о «фейках» — 310.",
        [_case("discrediting_the_army", 540, *Y26), _case("army_fakes", 310, *Y26)],
    ),
    (
        "«заводили дела о ... — 96» (imperfective, plural)",
        "В 2026 году чаще всего силовики заводили дела о диверсиях — 96.",
        [_case("sabotage", 96, *Y26)],
    ),
    (
        "trap: a region's share between dashes",
        "В 2026 году больше всего дел о госизмене — 41 — возбуждено в Москве.",
        [],
    ),
    (
        "trap: people after the figure",
        "В 2026 году чаще всего СК возбуждал дела о госизмене против студентов — 41 человек.",
        [],
    ),
    (
        "trap: a rate",
        "В 2026 году следователи возбуждали дела о госизмене в среднем по три в день.",
        [],
    ),
    (
        "trap: money after the dash",
        "В 2026 году СК возбуждал дела о госизмене из-за переводов ВСУ — в среднем 5 тысяч "
        "рублей.",
        [],
    ),
    (
        "trap: the noun after a preposition, people detained",
        "В 2026 году по делам о госизмене, возбужденным в Крыму, задержаны — 41.",
        [],
    ),
    (
        "trap: the noun after a preposition, detainees ranked",
        "В 2026 году СК часто возбуждал уголовные дела, и больше всего задержанных по делам о "
        "госизмене — 41.",
        [],
    ),
    # -- a question and its answer -----------------------------------------------------
    (
        "«Что грозит за шпионаж? От 10 до 20 лет лишения свободы.»",
        "Что грозит за шпионаж? От 10 до 20 лет лишения свободы.",
        [_range("espionage", 10, 20)],
    ),
    (
        "«Какое наказание предусмотрено за диверсию? От 10 до 15 лет.»",
        "Какое наказание предусмотрено за диверсию? От 10 до 15 лет.",
        [_range("sabotage", 10, 15)],
    ),
    (
        "the offence pointed back to in the question",
        "Статья о шпионаже действует давно. Что по ней грозит сейчас? От 10 до 20 лет лишения "
        "свободы.",
        [_range("espionage", 10, 20)],
    ),
    (
        "a count asked for, the answer a figure after its source",
        "Сколько военных осудили за дезертирство в 2026 году? По подсчетам «Медиазоны» — 1 240.",
        [_count("desertion", 1240, *Y26)],
    ),
    (
        "trap: the answer's own charge the scheme lacks",
        "Что грозит за шпионаж? За кражу — до двух лет.",
        [],
    ),
    (
        "trap: the length of an investigation",
        "Сколько длится следствие по делам о госизмене? Обычно около 12 месяцев.",
        [],
    ),
    (
        "trap: people detained",
        "Сколько человек задержали по делам о госизмене в 2026 году? Около 300.",
        [],
    ),
    (
        "trap: a term a prosecutor asked for",
        "Сколько лет просил прокурор для обвиняемого в шпионаже? 18 лет.",
        [],
    ),
    (
        "trap: a question with no offence",
        "Что грозит за такие действия? От 10 до 20 лет лишения свободы.",
        [],
    ),
    # -- a long title said short, one more head word ------------------------------------
    (
        "«за прохождение обучения в целях осуществления диверсии»",
        "В 2025 году трое были осуждены за прохождение обучения в целях осуществления диверсии.",
        [_count("sabotage_training", 3, "2025-01-01", "2025-12-31")],
    ),
    (
        "the short form without «осуществления»",
        "В 2025 году пятеро были осуждены за прохождение обучения в целях диверсии.",
        [_count("sabotage_training", 5, "2025-01-01", "2025-12-31")],
    ),
    (
        "a count of sabotage, then one of training said short",
        "В 2025 году за диверсии осуждены 162 человека, еще четверо — за прохождение обучения в "
        "целях осуществления диверсии.",
        [
            _count("sabotage", 162, "2025-01-01", "2025-12-31"),
            _count("sabotage_training", 4, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "trap: the training for another offence (outside the scheme)",
        "В 2025 году трое были осуждены за прохождение обучения в целях осуществления "
        "террористической деятельности.",
        [],
    ),
    # -- the time to be served; «Ее действия квалифицировали как ...» -----------------
    (
        "«вместо 15 лет он проведет в колонии строгого режима 13 лет»",
        "Областной суд снизил срок жителю Перми по делу о шпионаже: вместо 15 лет он проведет "
        "в колонии строгого режима 13 лет.",
        [_term("espionage", 13)],
    ),
    (
        "«Ее действия квалифицировали как госизмену» after the term",
        "Суд приговорил жительницу Омска к 7 годам колонии. Ее действия квалифицировали как "
        "госизмену.",
        [_term("treason", 7)],
    ),
    (
        "«Он проведет за решеткой 14 лет» after the verdict",
        "Суд оставил в силе приговор военному из Курска, которого признали виновным в "
        "госизмене. Он проведет за решеткой 14 лет.",
        [_term("treason", 14)],
    ),
    (
        "the term first, the charge next told «квалифицировали как»",
        "Апелляция смягчила приговор жительнице Читы: вместо 12 лет она проведет в колонии "
        "общего режима 10 лет. Ее действия квалифицировали как государственную измену.",
        [_term("treason", 10)],
    ),
    (
        "trap: a charge the scheme lacks told «квалифицировали как»",
        "Суд приговорил жительницу Омска к 7 годам колонии. Ее действия квалифицировали как "
        "мошенничество.",
        [_term(None, 7)],
    ),
    (
        "trap: a time to come, not a term",
        "Через пять лет она проведет в колонии еще 2 года.",
        [],
    ),
    # -- a figure right after its own period, «уже», «лишь» ------------------------------
    (
        "«..., в 2025-м — 77, а за первые пять месяцев 2026-го уже 52»",
        "В 2024-м за призывы против безопасности государства осудили 41 человека, в 2025-м — "
        "77, а за первые пять месяцев 2026-го уже 52.",
        [
            _count("calls_against_state_security", 41, "2024-01-01", "2024-12-31"),
            _count("calls_against_state_security", 77, "2025-01-01", "2025-12-31"),
            _count("calls_against_state_security", 52, "2026-01-01", "2026-05-31"),
        ],
    ),
    (
        "«а в 2024 году лишь около 120»",
        "В 2025 году за госизмену осудили 190 человек, а в 2024 году лишь около 120.",
        [
            _count("treason", 190, "2025-01-01", "2025-12-31"),
            _count("treason", 120, "2024-01-01", "2024-12-31", "about"),
        ],
    ),
    (
        "cases: «а в первом квартале 2026 года уже 31»",
        "В 2025 году возбуждено 90 дел о диверсиях, а в первом квартале 2026 года уже 31.",
        [
            _case("sabotage", 90, "2025-01-01", "2025-12-31"),
            _case("sabotage", 31, "2026-01-01", "2026-03-31"),
        ],
    ),
    (
        "trap: a noun of its own after the figure",
        "В 2025 году за шпионаж осудили 41 человека, а за первые пять месяцев 2026 года уже 52 "
        "задержанных.",
        [_count("espionage", 41, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: a share",
        "В 2025 году за шпионаж осудили 41 человека, а в 2026 году уже 52%.",
        [_count("espionage", 41, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: an age after a verb",
        "За шпионаж в 2025 году осудили 41 человека; самому старшему в 2025 году было уже 71.",
        [_count("espionage", 41, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: money",
        "В 2025 году за госизмену осудили 190 человек, а в 2026 году уже 52 млн рублей ушло "
        "на адвокатов.",
        [_count("treason", 190, "2025-01-01", "2025-12-31")],
    ),
    # -- prosecuted, not convicted; «приговоры получили 95» ----------------------------
    (
        "«привлекли 120 человек, приговоры получили 95»",
        "За дискредитацию армии в 2026 году к уголовной ответственности привлекли 120 "
        "человек, приговоры получили 95.",
        [_count("discrediting_the_army", 95, *Y26)],
    ),
    (
        "«были привлечены 300 человек, а осуждены 210»",
        "В 2026 году за госизмену к уголовной ответственности были привлечены 300 человек, а "
        "осуждены 210.",
        [_count("treason", 210, *Y26)],
    ),
    (
        "the convicted first, the prosecuted after",
        "За дискредитацию армии в 2026 году приговоры получили 95 человек, а к уголовной "
        "ответственности привлекли 120.",
        [_count("discrediting_the_army", 95, *Y26)],
    ),
    (
        "trap: prosecutions alone",
        "За дискредитацию армии в 2026 году к уголовной ответственности привлекли 120 человек.",
        [],
    ),
    (
        "trap: a rate of prosecutions",
        "В 2026 году к ответственности за «фейки» об армии привлекают в среднем 10 человек в "
        "месяц.",
        [],
    ),
    (
        "trap: one man's «получил 14»",
        "Суд вынес приговор по делу о госизмене: обвиняемый получил 14.",
        [],
    ),
    # -- «Приговором ... суда» before the person in the dative ---------------------------
    (
        "«Приговором ... суда 29-летнему жителю Ейска, признанному виновным в диверсии, ...»",
        "Приговором Южного окружного военного суда 29-летнему жителю Ейска, признанному "
        "виновным в диверсии, назначено наказание в виде 15 лет лишения свободы.",
        [_term("sabotage", 15)],
    ),
    (
        "«Приговором суда от <date> ему назначено 10 лет за госизмену»",
        "Приговором суда от 12 марта 2026 года ему назначено 10 лет за госизмену.",
        [_term("treason", 10)],
    ),
    (
        "«Приговором областного суда жительнице Твери ... назначено 6 лет»",
        "Приговором областного суда жительнице Твери, осужденной по статье о «фейках» об "
        "армии, назначено 6 лет колонии общего режима.",
        [_term("army_fakes", 6)],
    ),
    (
        "trap: a term for each of a group",
        "Приговором суда обвиняемым назначено по 8 лет за диверсию.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
