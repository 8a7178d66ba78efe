"""Russian extraction (issue 10, lexicon round): a convicted part of the people tried
(«дела в отношении N человек ... осудили M из них»: M is the count, N is not), and the
Federation Council's approval said with «поддержать» («сенаторы поддержали их 17
апреля»), an elided count «За <offence> — N.», with traps. Sentences are written for
these tests with made-up figures."""

from __future__ import annotations

import pytest

from tests.test_extraction_ru_categories import Expected, _claims, _count

CASES: list[tuple[str, str, Expected]] = [
    (
        "«вынесли приговоры M из них»: M counts, the N tried do not",
        "За 2023 год суды рассмотрели дела о шпионаже в отношении 75 человек и вынесли "
        "обвинительные приговоры 69 из них.",
        [_count("espionage", 69, "2023-01-01", "2023-12-31")],
    ),
    (
        "«осуждены были M из них» after «в отношении более N»",
        "В 2022 году военные суды рассмотрели дела о дезертирстве в отношении более 300 "
        "военнослужащих; осуждены были 288 из них.",
        [_count("desertion", 288, "2022-01-01", "2022-12-31")],
    ),
    (
        "trap: «M из них получили сроки» is a part of the convicted, not a count",
        "В 2023 году за диверсию осудили 88 человек, 17 из них получили сроки свыше 15 лет.",
        [_count("sabotage", 88, "2023-01-01", "2023-12-31")],
    ),
    (
        "trap: «в отношении N человек» with verdicts and no part stays the count",
        "За первое полугодие 2024 года суды вынесли приговоры по делам о госизмене в "
        "отношении 154 человек.",
        [_count("treason", 154, "2024-01-01", "2024-06-30")],
    ),
    (
        "«сенаторы поддержали их» refers back to the law of the sentence before",
        "Госдума приняла поправки о наказании за диверсию 9 апреля 2024 года. 16 апреля "
        "сенаторы поддержали их, а 21 апреля закон подписал президент.",
        [
            ("enactment", "sabotage", "2024-04-09"),
            ("enactment", "sabotage", "2024-04-21"),
            ("enactment", "sabotage", "2024-04-16"),
        ],
    ),
    (
        "«Совет Федерации поддержал закон»",
        "Госдума приняла закон о наказании за шпионаж 4 июня 2024 года. Совет Федерации "
        "поддержал закон 12 июня.",
        [("enactment", "espionage", "2024-06-04"), ("enactment", "espionage", "2024-06-12")],
    ),
    (
        "«За <offence> — N.» leaves its verb and period to the count before",
        "В 2022 году за диверсию осудили 58 человек. За государственную измену — 171.",
        [
            _count("sabotage", 58, "2022-01-01", "2022-12-31"),
            _count("treason", 171, "2022-01-01", "2022-12-31"),
        ],
    ),
    (
        "trap: «За последние три года — N.» is a time, not an offence",
        "В 2022 году за диверсию осудили 58 человек. За последние три года — 140.",
        [_count("sabotage", 58, "2022-01-01", "2022-12-31")],
    ),
    (
        "trap: «За <offence> — N» with no count before gives nothing",
        "Суд рассмотрел жалобу адвоката. За государственную измену — 20 томов дела.",
        [],
    ),
    (
        "trap: the Duma backing a bill in a first reading enacts nothing",
        "Законопроект об ужесточении наказания за шпионаж депутаты поддержали в первом "
        "чтении 12 марта 2025 года.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_part_and_senators(text: str, expected: Expected) -> None:
    assert sorted(_claims(text), key=repr) == sorted(expected, key=repr)
