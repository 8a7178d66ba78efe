"""Russian phrasing categories of round 14 (issue 10), each with traps that must stay out.

A figure told after «тогда», «в то время», «на тот момент» in a clause with no period of its
own belongs to the period named last before that word, a compared year too («По сравнению
с 2021 годом рост заметен: тогда осудили 16 человек»). Trap: «тогда как» is a contrast.

A digest's month alone on its line («📌 Сентябрь», «Май»), or opening its line before a dash,
is that month for the list below it. Items of a list told «offence: N» («• шпионаж: 6»)
after an item that counted are counts of their own, also when two of them run on one line
(«госизмена: 49 приговоров — шпионаж: 6», «Госизмена: 41 приговор Шпионаж: 3»): each
figure is its own item's, never the next item's. Traps: a month in a sentence, a term after
a colon, a heading's item with no offence.

A figure told for every year, half-year, month («каждый год», «каждое первое полугодие
... не более десяти») is a rate, no count for the span, as «ежегодно» was; the figures
before its clause stand, and a change told «каждый год ... растет» is no rate.

In a sentence that names an article with «статье» or «ст.», «по 275.1 — 88» names
article 275.1, the word left out (not the article named before it).

Ranges told «соответственно», the years said once after the last («от 10 до 20 и от 15 до
20 лет соответственно», «до 20 и до четырех лет соответственно»): a range for each offence,
in order, not one range over both. Trap: figures «соответственно» that count people.

«Ещё 38 дел касаются (связаны с) ...» after a count of cases counts more cases, the verb no
case word. Traps: the same after a count of convictions; people made defendants.

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import pytest

from kgbuild.extraction.linebreaks import soften_line_breaks
from tests.test_extraction_ru_categories import Expected, _case, _claims, _count, _range

CASES: list[tuple[str, str, Expected]] = [
    # -- «тогда» after a compared period -----------------------------------------------
    (
        "«тогда» after a compared year, after a dash",
        "По сравнению с 2021 годом наблюдается рост — тогда за госизмену осудили 16 человек.",
        [_count("treason", 16, "2021-01-01", "2021-12-31")],
    ),
    (
        "«тогда» after a colon, the year compared in the clause before",
        "В 2024 году за шпионаж осудили 40 человек. Это больше, чем в 2022 году: тогда "
        "таких приговоров было всего 12.",
        [
            _count("espionage", 40, "2024-01-01", "2024-12-31"),
            _count("espionage", 12, "2022-01-01", "2022-12-31"),
        ],
    ),
    (
        "«в то время» after a compared half-year",
        "В первом полугодии 2025 года за диверсию осуждены 140 человек. Если сравнивать с "
        "первым полугодием 2023 года, рост заметный — в то время по этой статье вынесли 35 "
        "приговоров.",
        [
            _count("sabotage", 140, "2025-01-01", "2025-06-30"),
            _count("sabotage", 35, "2023-01-01", "2023-06-30"),
        ],
    ),
    (
        "«на тот момент» after a year in the same sentence",
        "За госизмену в 2024 году осудили 360 человек, а в 2021 году, на тот момент, таких "
        "приговоров было 16.",
        [
            _count("treason", 360, "2024-01-01", "2024-12-31"),
            _count("treason", 16, "2021-01-01", "2021-12-31"),
        ],
    ),
    (
        "trap: «тогда как» is a contrast, each figure its own year",
        "В 2024 году за шпионаж осудили 30 человек, тогда как в 2022 году — 12.",
        [
            _count("espionage", 30, "2024-01-01", "2024-12-31"),
            _count("espionage", 12, "2022-01-01", "2022-12-31"),
        ],
    ),
    # -- a month alone on its line -----------------------------------------------------
    (
        "a month after an emoji on its own line",
        "📌 Апрель\n• госизмена — 37 приговоров\n• шпионаж — 4",
        [
            _count("treason", 37, "2025-04-01", "2025-04-30"),
            _count("espionage", 4, "2025-04-01", "2025-04-30"),
        ],
    ),
    (
        "a bare month line, a blank line after it",
        "Май\n\nЗа госизмену осуждены 30 человек, за шпионаж — 3.",
        [
            _count("treason", 30, "2025-05-01", "2025-05-31"),
            _count("espionage", 3, "2025-05-01", "2025-05-31"),
        ],
    ),
    (
        "a month of last year, not yet come in the year of publication",
        "🗓 Октябрь\n— госизмена: 28 приговоров\n— шпионаж: 2",
        [
            _count("treason", 28, "2024-10-01", "2024-10-31"),
            _count("espionage", 2, "2024-10-01", "2024-10-31"),
        ],
    ),
    (
        "a month opening its line before a dash",
        "Январь — рекордный месяц: за госизмену осуждены 60 человек.",
        [_count("treason", 60, "2025-01-01", "2025-01-31")],
    ),
    (
        "trap: a month in a sentence's last words is no heading",
        "Суд в Москве осудил за госизмену троих. Самым тяжелым стал март\nначавшийся с "
        "новых приговоров.",
        [],
    ),
    # -- items told «offence: N» ---------------------------------------------------------
    (
        "items told with a colon, one a line",
        "⚡️ Март\n• госизмена: 49 приговоров\n• шпионаж: 6\n• диверсия: 11",
        [
            _count("treason", 49, "2025-03-01", "2025-03-31"),
            _count("espionage", 6, "2025-03-01", "2025-03-31"),
            _count("sabotage", 11, "2025-03-01", "2025-03-31"),
        ],
    ),
    (
        "items with a colon run together after a dash",
        "Итоги февраля: госизмена: 41 приговор — шпионаж: 3 — диверсия: 12.",
        [
            _count("treason", 41, "2025-02-01", "2025-02-28"),
            _count("espionage", 3, "2025-02-01", "2025-02-28"),
            _count("sabotage", 12, "2025-02-01", "2025-02-28"),
        ],
    ),
    (
        "capitalised items with a colon, wrapped onto one line",
        "Октябрь 2024\nГосизмена: 41 приговор\nШпионаж: 3",
        [
            _count("treason", 41, "2024-10-01", "2024-10-31"),
            _count("espionage", 3, "2024-10-01", "2024-10-31"),
        ],
    ),
    (
        "trap: a term after a colon",
        "Госизмена: 20 лет колонии получил житель Курска.",
        [],
    ),
    (
        "trap: an item with no offence after a colon",
        "⚡️ Март\n• госизмена: 49 приговоров\n• средний срок: 14",
        [_count("treason", 49, "2025-03-01", "2025-03-31")],
    ),
    # -- a figure told for every period ---------------------------------------------------
    (
        "trap: «каждый год» over a span",
        "Каждый год с 2015 по 2020 год суды выносили не более десяти приговоров за госизмену.",
        [],
    ),
    (
        "trap: «каждое первое полугодие» after a count",
        "В первом полугодии 2025 года за госизмену осудили 402 человека. Для сравнения: "
        "каждое первое полугодие с 2015 по 2020 год суды выносили не более десяти таких "
        "приговоров.",
        [_count("treason", 402, "2025-01-01", "2025-06-30")],
    ),
    (
        "trap: «каждый квартал» of last year",
        "Каждый квартал прошлого года за шпионаж осуждали около десяти человек.",
        [],
    ),
    (
        "a count before a clause told for every day stands",
        "В 2024 году за госизмену осудили 360 человек; каждый день суды рассматривали новые "
        "дела.",
        [_count("treason", 360, "2024-01-01", "2024-12-31")],
    ),
    (
        "a change told «каждый год» is no rate",
        "Каждый год число приговоров растет: в 2024 году за госизмену осудили 360 человек.",
        [_count("treason", 360, "2024-01-01", "2024-12-31")],
    ),
    # -- an article named with «статье» left out -----------------------------------------
    (
        "«по 275.1 — 88» after «по статье 276 — 40»",
        "За 2024 год по статье 275 УК вынесено 390 приговоров, по статье 276 — 35, по 275.1 "
        "— 80.",
        [
            _count("treason", 390, "2024-01-01", "2024-12-31"),
            _count("espionage", 35, "2024-01-01", "2024-12-31"),
            _count("confidential_cooperation", 80, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "«по 283 — 12» after «по ст. 276»",
        "В 2024 году по ст. 276 осуждены 30 человек, по 283 — 12.",
        [
            _count("espionage", 30, "2024-01-01", "2024-12-31"),
            _count("disclosure_of_state_secrets", 12, "2024-01-01", "2024-12-31"),
        ],
    ),
    # -- ranges told «соответственно» ------------------------------------------------------
    (
        "two ranges «соответственно», the years said once",
        "Участие в деятельности террористической организации и создание диверсионного "
        "сообщества караются сроком от 10 до 20 и от 15 до 20 лет соответственно.",
        [
            _range("terrorist_organisation_participation", 10, 20),
            _range("sabotage_community", 15, 20),
        ],
    ),
    (
        "two ceilings «соответственно»",
        "За шпионаж и за разглашение государственной тайны грозит до 20 и до четырех лет "
        "соответственно.",
        [_range("espionage", None, 20), _range("disclosure_of_state_secrets", None, 4)],
    ),
    (
        "two full ranges «соответственно»",
        "За госизмену и шпионаж по закону грозит от 12 до 20 лет и от 10 до 20 лет "
        "соответственно.",
        [_range("treason", 12, 20), _range("espionage", 10, 20)],
    ),
    (
        "trap: figures «соответственно» that count people are no ranges",
        "В 2024 году по статьям о госизмене и шпионаже осуждены 20 и четыре человека "
        "соответственно.",
        [
            _count("treason", 20, "2024-01-01", "2024-12-31"),
            _count("espionage", 4, "2024-01-01", "2024-12-31"),
        ],
    ),
    # -- «Ещё N дел ...» after a count of cases -------------------------------------------
    (
        "«Еще 40 дел касаются ...»",
        "В 2024 году возбуждено 300 дел о госизмене. Еще 40 дел касаются шпионажа.",
        [
            _case("treason", 300, "2024-01-01", "2024-12-31"),
            _case("espionage", 40, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "«Ещё 38 уголовных дел связаны с ...», a second item elided",
        "С начала 2025 года силовики возбудили 180 уголовных дел о госизмене. Ещё 38 "
        "уголовных дел связаны с конфиденциальным сотрудничеством, а семь — со шпионажем.",
        [
            _case("treason", 180, "2025-01-01", "2025-06-20"),
            _case("confidential_cooperation", 38, "2025-01-01", "2025-06-20"),
            _case("espionage", 7, "2025-01-01", "2025-06-20"),
        ],
    ),
    (
        "trap: «Еще N дел» after a count of convictions",
        "В 2024 году за госизмену осудили 300 человек. Еще 40 дел касаются шпионажа.",
        [_count("treason", 300, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: people made defendants after a count of cases",
        "В 2024 году возбуждено 300 дел о госизмене. Еще 40 человек стали фигурантами дел о "
        "шпионаже.",
        [_case("treason", 300, "2024-01-01", "2024-12-31")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected


def test_first_item_of_a_dash_list_keeps_its_line() -> None:
    """A heading, then lines that open on a dash: the first item is no wrap of the heading."""
    text = "⚡️ Июль\n— госизмена: 49\n— шпионаж: 6"
    assert soften_line_breaks(text) == text
    wrapped = "Приговоры получили 40 человек\n— больше, чем годом ранее."
    assert soften_line_breaks(wrapped) == wrapped.replace("\n", " ")
