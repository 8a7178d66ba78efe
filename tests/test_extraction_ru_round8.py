"""Russian phrasing categories of round 8 (issue 10), each with traps that must stay out.

A person named at a sentence's head in the dative, with an apposition between commas, then
the term («Организатору группы, 30-летнему Петру Н., суд назначил 16 лет», «Его соседу,
пенсионеру, — шесть лет», «Ещё одному фигуранту, ее мужу, назначено 12 лет»); «шесть с
половиной лет»; a guilty finding and a term in one sentence, the pronoun before the verb
(«Его признали виновным в ... и назначили 14 лет»), «определил ему наказание в 13 лет».

A range whose years are left out after a range of the same sentence («по первой части — от
двух до четырех лет, по второй — от трех до шести», «до семи лет, а с оружием — до
десяти»); a sentence opening with a condition right after a range («Если же речь идет о ...,
то срок составит от пяти до пятнадцати лет»), not an age in a condition.

Cases sent to court («направили в суды 147 дел», «в суд направлено 40 дел») are cases; «38 —
о шпионаже» pairs the count with the offence after its dash. «дел о публичных призывах ...»:
an adjective before a label is still the label. «гостайна» says «государственная тайна» in
every label. «за их публичное оправдание», «о его публичном оправдании»: the head of a label
after a possessive, the rest from the offence the pronoun points back to.

Spans from a month with an aside between the ends («С марта 2022 года, когда ..., и до конца
2025 года»), years written «2022-го» («с июля 2022-го по июль 2025-го»). Traps: a rate «за
день», the people given a life term («пожизненный срок получили пять человек»), a season's
year beside the law's full date in one sentence.

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_ru_categories import Expected, _claims, _count, _range, _term


def _case(offence: str, n: int, start: str, end: str, q: str = "exact") -> tuple[object, ...]:
    return ("case_count", offence, n, q, start, end)


CASES: list[tuple[str, str, Expected]] = [
    # -- a person in the dative at the head, an apposition between commas ----------------------
    (
        "«X-у, N-летнему Y, суд назначил N лет за ...»",
        "Организатору группы, 30-летнему Петру Н., суд назначил 16 лет колонии строгого режима "
        "за государственную измену.",
        [_term("treason", 16)],
    ),
    (
        "«Его соседу, пенсионеру, — N лет» after a term",
        "Суд приговорил жителя Брянска к 13 годам за шпионаж. Его соседу, пенсионеру, — шесть "
        "лет за конфиденциальное сотрудничество с иностранным государством.",
        [_term("espionage", 13), _term("confidential_cooperation", 6)],
    ),
    (
        "«Ещё одному фигуранту, ее мужу, назначено N лет» takes the offence before",
        "Жительницу Орла приговорили к 11 годам за диверсию. Еще одному фигуранту дела, ее "
        "мужу, назначено девять с половиной лет.",
        [_term("sabotage", 11), _term("sabotage", 9.5)],
    ),
    (
        "trap: a dative that is no person heads a range",
        "Статье о шпионаже, по словам юристов, — уже сто лет.",
        [],
    ),
    (
        "trap: many people in the dative",
        "Осужденным по этому делу, жителям Курска, суд назначил от 8 до 12 лет за диверсию.",
        [],
    ),
    # -- a guilty finding and a term in one sentence --------------------------------------------
    (
        "«Его признали виновным в ... и назначили N лет»",
        "Житель Твери передавал сведения о военных эшелонах. Его признали виновным в "
        "госизмене и назначили 15 лет строгого режима.",
        [_term("treason", 15)],
    ),
    (
        "«признал ... виновным в ... и определил ему наказание в N лет»",
        "Суд признал бывшего инженера виновным в шпионаже и определил ему наказание в 12 лет "
        "лишения свободы.",
        [_term("espionage", 12)],
    ),
    # -- ranges whose years are left out ----------------------------------------------------------
    (
        "«по первой части — от 2 до 4 лет, по второй — от трех до шести»",
        "За призывы к деятельности против безопасности государства по первой части грозит от "
        "двух до четырех лет, по второй — от трех до шести.",
        [_range("calls_against_state_security", 2, 4),
         _range("calls_against_state_security", 3, 6)],
    ),
    (
        "«до семи лет, а ... — до десяти»",
        "Дезертирство карается лишением свободы до семи лет, а с оружием — до десяти.",
        [_range("desertion", None, 7), _range("desertion", None, 10)],
    ),
    (
        "trap: a bare range with no range before it",
        "За шпионаж, по данным суда, осудили 12 человек в 2024 году, им от 25 до 40.",
        [_count("espionage", 12, "2024-01-01", "2024-12-31")],
    ),
    (
        "«Если же речь идет о X, то срок составит ...» after a range",
        "Разглашение гостайны карается сроком до четырех лет. Если же речь идет о незаконном "
        "получении сведений, составляющих гостайну, то срок составит до четырех лет, а при "
        "отягчающих — от трех до восьми.",
        [_range("disclosure_of_state_secrets", None, 4),
         _range("illegal_obtaining_of_state_secrets", None, 4),
         _range("illegal_obtaining_of_state_secrets", 3, 8)],
    ),
    (
        "«Если ..., то срок составит от 5 до 15 лет» takes the offence before",
        "Дезертирство наказывается сроком до десяти лет. Если же это случилось в период "
        "мобилизации, то срок составит от пяти до пятнадцати лет.",
        [_range("desertion", None, 10), _range("desertion", 5, 15)],
    ),
    (
        "trap: a condition with no range before it",
        "Если же обвиняемый сотрудничал со следствием, то срок составит около восьми лет.",
        [],
    ),
    # -- cases sent to court ---------------------------------------------------------------------
    (
        "«направили в суды N дел о X, M — о Y»",
        "В 2025 году прокуроры направили в суды 210 уголовных дел о госизмене и 44 — о "
        "шпионаже.",
        [_case("treason", 210, "2025-01-01", "2025-12-31"),
         _case("espionage", 44, "2025-01-01", "2025-12-31")],
    ),
    (
        "«в суд направлено N дел»",
        "За первое полугодие 2025 года в суд направлено 58 уголовных дел о диверсиях.",
        [_case("sabotage", 58, "2025-01-01", "2025-06-30")],
    ),
    (
        "trap: a request sent to court is no case count",
        "В 2025 году следователи направили в суд 30 ходатайств об аресте по делам о госизмене.",
        [],
    ),
    # -- offences: a modifier, a short form, a possessive ---------------------------------------
    (
        "«приговоры N фигурантам дел о публичных призывах ...»",
        "В 2024 году суды вынесли приговоры 41 фигуранту дел о публичных призывах к "
        "деятельности против безопасности государства.",
        [_count("calls_against_state_security", 41, "2024-01-01", "2024-12-31")],
    ),
    (
        "«за утрату документов, содержащих гостайну»",
        "В 2024 году за утрату документов, содержащих гостайну, осуждены четверо.",
        [_count("loss_of_secret_documents", 4, "2024-01-01", "2024-12-31")],
    ),
    (
        "«за теракты — N, за их публичное оправдание — M»",
        "В 2024 году за теракты осуждены 38 человек, за их публичное оправдание — 190.",
        [_count("terrorist_act", 38, "2024-01-01", "2024-12-31"),
         _count("justification_of_terrorism", 190, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a possessive whose words start no label",
        "В 2024 году за теракты осуждены 38 человек, их средний возраст — 27 лет.",
        [_count("terrorist_act", 38, "2024-01-01", "2024-12-31")],
    ),
    # -- spans, rates, parts, dates ------------------------------------------------------------
    (
        "«С марта 2022 года, когда ..., и до конца 2025 года»",
        "С марта 2022 года, когда в УК появилась статья 207.3, и до конца 2024 года по ней "
        "вынесено не менее 410 приговоров.",
        [_count("army_fakes", 410, "2022-03-01", "2024-12-31", "at_least")],
    ),
    (
        "«с июля 2022-го по июль 2025-го»",
        "С июля 2022-го по июль 2025-го за конфиденциальное сотрудничество осудили 58 человек.",
        [_count("confidential_cooperation", 58, "2022-07-01", "2025-07-31")],
    ),
    (
        "trap: «за день» is a rate",
        "В пятницу суды вынесли три приговора по госизмене за день.",
        [],
    ),
    (
        "trap: the people given a life term",
        "В 2024 году пожизненный срок по статье о госизмене получили четыре человека.",
        [],
    ),
    (
        "«получили сроки» is a count when no kind of term is named",
        "В 2024 году сроки по статье о шпионаже получили 23 человека.",
        [_count("espionage", 23, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a season's year beside the law's full date",
        "Весной 2023 года наказание за диверсию ужесточили: закон, подписанный 28 апреля, "
        "добавил в санкцию пожизненное лишение свободы.",
        [_range("sabotage", None, None, True), ("enactment", "sabotage", "2023-04-28")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
