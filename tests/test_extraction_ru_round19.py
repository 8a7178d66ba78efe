"""Russian phrasing categories of round 19 (issue 10), each with traps that must stay out.

«Санкция статьи — ...», «Наказание по этой статье — ...»: the penalty of the offence just
named, as «Наказание — ...» was. Trap: a term imposed, told so.

A qualified or particularly qualified form of the offence named before, with its part in
brackets and an explaining clause between commas («Квалифицированный состав (ч. 2), то
есть ..., наказывается ... от трех до семи лет»), carries that offence's range, as «Базовый
состав предусматривает ...» did. Trap: ages.

An explainer's answer of terms that names the offence asked about only in a later clause,
a condition on it («Что по ней грозит? До семи лет, а если дезертирство совершено группой —
до десяти лет.»), is read with its question, as an answer naming no offence was. Traps:
ages in such an answer; a count in an answer.

An item of a numbered list («2) шпионаж — 37;», «3. диверсия — 19.») that names only its
offence before a dash and a figure takes the lead's verb and period, as an item after a
dash or a pictograph did. Trap: an item of detainees.

«по 275-й» (the word «статье» left out after the number's ending) names the article.
Trap: «по 10-й колонии».

A span of months with years told relative to publication («с ноября прошлого года по
октябрь этого», «с мая прошлого по апрель текущего года»): from that month of the year
before to the end of that month of the year of publication. Trap: such a span not yet
over on the day of publication stays unresolved.

A time stamp on a line of its own between a question and its answer («14:31.») leaves the
question open. Trap: a line of words between them closes it.

A term told first in a court chronicle: before «назначил ... суд» and the person in the
dative («Пять лет лишения свободы назначил суд 40-летнему мужчине, признанному виновным в
дезертирстве»), or after the charge and before «приговорена» («За участие в ... к двум с
половиной годам ... приговорена жительница ...»). Traps: a term given to each of a group; a
request.

A bare year's item with a qualifier before its figure, or a figure in thousands («2025 —
свыше 1,2 тыс.», «2024 — около 800»), is the year's count, as «2023 — 197» was. Traps: a
factor after a year and a dash («2025 — почти в 30 раз»); a share.

A time stamp of a live text on a line of its own («11:03.») tells nothing of the case told
before: the charge of the verdict goes on to the term after it, whether or not the cue
gates let the stamp's figures be read (the gates change nothing). Trap: a request.

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, so a claim too many fails as a claim missed does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.claims import Claim
from kgbuild.extraction_ru import extract_ru, extractor
from tests.test_extraction_ru_categories import (
    LEXICON,
    Expected,
    _count,
    _range,
    _term,
)


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
    # -- «Санкция статьи — ...» -------------------------------------------------------------
    (
        "«Санкция статьи —» after the offence",
        "2025-05-01",
        "Шпионаж по-прежнему остается одной из самых суровых статей. Санкция статьи — от 10 "
        "до 20 лет лишения свободы.",
        [_range("espionage", 10, 20)],
    ),
    (
        "«Наказание по этой статье —» after the offence",
        "2025-05-01",
        "Речь идет о содействии диверсионной деятельности. Наказание по этой статье — от восьми "
        "до пятнадцати лет или пожизненное лишение свободы.",
        [_range("assisting_sabotage", 8, 15, True)],
    ),
    (
        "trap: a term imposed after the offence",
        "2025-05-01",
        "Мужчину признали виновным в шпионаже. Суд приговорил его к 13 годам колонии.",
        [_term("espionage", 13)],
    ),
    # -- an answer naming the offence in a later clause -----------------------------------
    (
        "an answer's condition naming the offence pointed back to",
        "2025-05-01",
        "Статья 338 УК посвящена дезертирству. Что по ней грозит? До семи лет, а если "
        "дезертирство совершено группой — до десяти лет.",
        [_range("desertion", None, 7), _range("desertion", None, 10)],
    ),
    (
        "trap: ages in an answer naming the offence later",
        "2025-05-01",
        "Кто чаще всего обвиняется в госизмене? Обычно люди в возрасте от 20 до 30 лет, а "
        "госизмену им вменяют за переводы денег.",
        [],
    ),
    (
        "trap: a count in an answer naming the offence",
        "2025-05-01",
        "Что грозит за дезертирство? В 2024 году за дезертирство осудили 410 человек.",
        [_count("desertion", 410, "2024-01-01", "2024-12-31")],
    ),
    # -- numbered list items -----------------------------------------------------------------
    (
        "items after «1)», «2)», «3)» under a count",
        "2025-05-01",
        "За 2024 год осуждены:\n1) за дезертирство — 980 человек;\n2) за сдачу в плен — 211;\n"
        "3) за диверсию — 64.",
        [
            _count("desertion", 980, "2024-01-01", "2024-12-31"),
            _count("voluntary_surrender", 211, "2024-01-01", "2024-12-31"),
            _count("sabotage", 64, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "items after «1.», «2.» under a count",
        "2025-05-01",
        "В 2024 году вынесено приговоров:\n1. госизмена — 360;\n2. шпионаж — 45.",
        [
            _count("treason", 360, "2024-01-01", "2024-12-31"),
            _count("espionage", 45, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: a numbered item of detainees",
        "2025-05-01",
        "В 2024 году вынесено приговоров:\n1. госизмена — 360;\n2. задержано за диверсии — 90.",
        [_count("treason", 360, "2024-01-01", "2024-12-31")],
    ),
    # -- «по 275-й» ----------------------------------------------------------------------------
    (
        "«по 276-й» and «по 275-й» with no «статье»",
        "2025-05-01",
        "В 2024 году по 276-й осудили 52 человека, а по 275-й — 360.",
        [
            _count("espionage", 52, "2024-01-01", "2024-12-31"),
            _count("treason", 360, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: «по 10-й колонии»",
        "2025-05-01",
        "Проверки прошли по 10-й колонии и по 12-й, нарушений нашли 240.",
        [],
    ),
    # -- a bare year's item with a qualifier ---------------------------------------------------
    (
        "«2024 — около 800; 2025 — свыше 1,1 тыс.»",
        "2026-04-01",
        "Осуждены за самовольное оставление части, чел.: 2023 — 512; 2024 — около 800; "
        "2025 — свыше 1,1 тыс.",
        [
            _count("leaving_a_unit_without_leave", 512, "2023-01-01", "2023-12-31"),
            _count("leaving_a_unit_without_leave", 800, "2024-01-01", "2024-12-31", "about"),
            _count("leaving_a_unit_without_leave", 1100, "2025-01-01", "2025-12-31", "more_than"),
        ],
    ),
    (
        "trap: a factor and a share after a year and a dash",
        "2026-04-01",
        "Осуждены за дезертирство, чел.: 2023 — 150; 2024 — 430. Рост к 2025 — почти в 3 раза, "
        "доля реальных сроков в 2025 — около 90%.",
        [
            _count("desertion", 150, "2023-01-01", "2023-12-31"),
            _count("desertion", 430, "2024-01-01", "2024-12-31"),
        ],
    ),
    # -- a span of months with relative years ------------------------------------------------
    (
        "«с ноября прошлого года по октябрь этого»",
        "2026-11-20",
        "С ноября прошлого года по октябрь этого за госизмену осуждены 640 человек.",
        [_count("treason", 640, "2025-11-01", "2026-10-31")],
    ),
    (
        "«с мая прошлого по апрель текущего года»",
        "2026-06-02",
        "С мая прошлого по апрель текущего года за диверсии осудили 210 человек.",
        [_count("sabotage", 210, "2025-05-01", "2026-04-30")],
    ),
    (
        "trap: a span not over on the day of publication",
        "2026-06-02",
        "С мая прошлого года по декабрь этого за диверсии осудили 400 человек.",
        [_count("sabotage", 400, None, None)],
    ),
    # -- a time stamp between a question and its answer ----------------------------------
    (
        "a time stamp line between a question and its answer",
        "2025-05-01",
        "Что грозит за шпионаж?\n14:31.\nОт 10 до 20 лет лишения свободы.",
        [_range("espionage", 10, 20)],
    ),
    (
        "trap: a line of words between a question and a range",
        "2025-05-01",
        "Что грозит за шпионаж?\nСудья объявила перерыв.\nОт 20 до 30 лет — таков возраст "
        "большинства осужденных.",
        [],
    ),
    # -- a term told first in a court chronicle -----------------------------------------------
    (
        "«Пять лет ... назначил суд 40-летнему мужчине, признанному виновным в ...»",
        "2026-02-01",
        "Пять лет лишения свободы назначил гарнизонный военный суд 40-летнему мужчине, "
        "признанному виновным в самовольном оставлении части.",
        [_term("leaving_a_unit_without_leave", 5)],
    ),
    (
        "«За ... к трем с половиной годам ... приговорен житель»",
        "2026-02-01",
        "За призывы к терроризму к трем с половиной годам колонии приговорен житель Тюмени.",
        [_term("justification_of_terrorism", 3.5)],
    ),
    (
        "trap: a term first given to each of a group",
        "2026-02-01",
        "Восемь лет колонии назначил суд каждому из двух обвиняемых по делу о диверсии.",
        [],
    ),
    (
        "trap: a request told first",
        "2026-02-01",
        "Девять лет колонии просил прокурор для жителя Орла, обвиняемого в шпионаже.",
        [],
    ),
    # -- a qualified form with its part in brackets ----------------------------------------
    (
        "«Квалифицированный состав (ч. 2), то есть ..., наказывается»",
        "2025-05-01",
        "Простой состав разглашения государственной тайны карается лишением свободы на срок до "
        "четырех лет. Квалифицированный состав (ч. 2 ст. 283), то есть деяние, повлекшее тяжкие "
        "последствия, наказывается лишением свободы на срок от трех до семи лет.",
        [
            _range("disclosure_of_state_secrets", None, 4),
            _range("disclosure_of_state_secrets", 3, 7),
        ],
    ),
    (
        "«Особо квалифицированный состав» after the offence",
        "2025-05-01",
        "За дезертирство грозит до семи лет. Особо квалифицированный состав (ч. 3) наказывается "
        "лишением свободы на срок от пяти до пятнадцати лет.",
        [_range("desertion", None, 7), _range("desertion", 5, 15)],
    ),
    (
        "trap: ages after a qualified form",
        "2025-05-01",
        "За шпионаж осуждены 40 человек в 2024 году. Квалифицированный состав вменяли людям в "
        "возрасте от 20 до 35 лет.",
        [_count("espionage", 40, "2024-01-01", "2024-12-31")],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_category(published: str, text: str, expected: Expected) -> None:
    assert _claims(text, dt.date.fromisoformat(published)) == expected


_LIVE = (
    "10:40. Судья зачитывает приговор Олегу Т.\n10:52. Олег Т. признан виновным в шпионаже.\n"
    "11:03. Наказание — 13 лет лишения свободы в колонии строгого режима."
)


@pytest.mark.parametrize("gates_open", [False, True])
def test_time_stamp_keeps_the_case(monkeypatch: pytest.MonkeyPatch, gates_open: bool) -> None:
    if gates_open:  # every sentence read in full, as if any rule could fire in it
        monkeypatch.setattr(extractor, "gate_open", lambda gate, folded: True)
    assert _claims(_LIVE, dt.date(2025, 5, 1)) == [_term("espionage", 13)]


def test_time_stamp_trap_request() -> None:
    text = "10:52. Олег Т. признан виновным в шпионаже.\n11:03. Прокурор попросил 15 лет."
    assert _claims(text, dt.date(2025, 5, 1)) == []
