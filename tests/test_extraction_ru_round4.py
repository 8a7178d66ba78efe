"""Russian phrasing categories of round 4 (issue 10), each with traps that must stay out.

Amended ranges: a range in force now and the one a new law brings («..., а после вступления
закона в силу — пожизненное», «по новой редакции — до семи лет») are two claims; a range
that only grows with a circumstance («а в военное время — и пожизненное») stays one.

A defendant told over sentences: «Суд вынес приговор жителю Н. по делу о госизмене. Суд
назначил ему 14 лет» is one person's sentence with the offence of the sentence before; so
are «Сам Сергей получил», «Его подзащитному, 38-летнему технику, дали ...» (a word that
points back to the defendant) and a second defendant with the verb left out («..., его
25-летний брат — 9 лет»). A requested term («прокурор запросил ему»), a term for a group
(«назначил им») and a sentence with no offence before it or in it stay without one.

Figures referred back one by one: after «за шпионаж и диверсию осуждены соответственно 31
и 12», «годом ранее эти показатели составляли 20 и 7» pairs each figure with its offence in
order (not «по этим двум статьям — 43», a sum). A sentence opening «Для сравнения» gives
baselines: the next figure keeps the period reported on. «Более 500 фигурантов таких дел»
counts people prosecuted, not convicted.

Penalties said of a part or of «it»: «По ее первой части грозит до трёх лет», «Вторая часть
предусматривает от пяти до десяти лет», «максимальный срок за него вырастет до ...» take
the offence of the sentence before; «за него проголосовали 320 депутатов» is a vote.

Counts after an article referred back: «по этой статье 212 человек» is a count, not
Article 212 (a demonstrative names no article number; a count noun follows); «по статье
275.1 осуждены 4» is still Article 275.1. «Это на 25% больше, чем ..., когда приговоры
получили 60 человек» compares with the figure before and takes its offence. «За полгода
2025 года» is the first half; «военнослужащих» are people.

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_ru_categories import Expected, _claims, _count, _range, _term

CASES: list[tuple[str, str, Expected]] = [
    # -- amended ranges ----------------------------------------------------------------
    (
        "the range in force and the life term a new law brings are two claims",
        "По статье о диверсии сейчас можно получить от 15 до 20 лет, а после вступления "
        "поправок в силу — пожизненное.",
        [_range("sabotage", 15, 20), _range("sabotage", None, None, True)],
    ),
    (
        "«когда закон вступит в силу» starts the amended range too",
        "За помощь противнику грозит от 10 до 15 лет, когда закон вступит в силу, суд сможет "
        "назначить и пожизненное лишение свободы.",
        [
            _range("assistance_to_the_enemy", 10, 15),
            _range("assistance_to_the_enemy", None, None, True),
        ],
    ),
    (
        "trap: a circumstance that adds life keeps one range",
        "За госизмену грозит от 12 до 20 лет, а при отягчающих обстоятельствах — и пожизненное.",
        [_range("treason", 12, 20, True)],
    ),
    (
        "trap: a law named by its life term sets no range",
        "После вступления в силу закона о пожизненном сроке за шпионаж прошло два года.",
        [],
    ),
    # -- a defendant told over sentences -------------------------------------------------
    (
        "«Суд назначил ему» takes the defendant and the offence of the sentence before",
        "Курский областной суд вынес приговор 52-летнему жителю Рыльска, обвинявшемуся в "
        "шпионаже. Суд назначил ему 11 лет колонии строгого режима и штраф 150 тысяч рублей.",
        [_term("espionage", 11)],
    ),
    (
        "trap: a requested term for «ему» stays out",
        "Курский областной суд рассматривает дело о шпионаже. Прокурор запросил ему 16 лет.",
        [],
    ),
    (
        "trap: «назначил им» is a group",
        "Суд рассмотрел дело о диверсии на подстанции. Суд назначил им по девять лет колонии.",
        [],
    ),
    (
        "«Сам ...» in a feature points back to the story's offence",
        "В 2024 году за дезертирство осудили 1 200 человек. Историю одного из них мы и "
        "расскажем. Сам Олег получил пять лет колонии-поселения.",
        [_count("desertion", 1200, "2024-01-01", "2024-12-31"), _term("desertion", 5)],
    ),
    (
        "a person with an age in apposition, and a second one with the verb left out",
        "Военный суд рассмотрел дело о диверсии на железной дороге. Старший из братьев, "
        "31-летний Руслан Т., получил 16 лет колонии, его 25-летний брат — 9 лет.",
        [_term("sabotage", 16), _term("sabotage", 9)],
    ),
    (
        "each of two defendants takes the offence of the term's own clause",
        "Суд назначил ему 19 лет за госизмену и диверсию, а его брату — 7 лет за диверсию.",
        [_term(("treason", "sabotage"), 19), _term("sabotage", 7)],
    ),
    (
        "trap: the prosecution after the term is no second person",
        "Жителя Омска приговорили к 12 годам за госизмену, государственный обвинитель — 14 лет.",
        [_term("treason", 12)],
    ),
    (
        "trap: a maximum or a mean term after the imposed one is no second person",
        "Жителя Омска приговорили к 12 годам колонии за госизмену, хотя максимальный срок по "
        "статье — 20 лет. Жителя Орла приговорили к 11 годам за шпионаж, средний срок по "
        "таким делам — 13 лет.",
        [_term("treason", 12), _term("espionage", 11)],
    ),
    (
        "trap: a term for a charge the scheme lacks takes no offence from before",
        "За госизмену в 2024 году осудили 189 человек. Жителя Курска приговорили к пяти "
        "годам колонии за хулиганство.",
        [_count("treason", 189, "2024-01-01", "2024-12-31"), _term(None, 5)],
    ),
    (
        "trap: no offence before or in the sentence gives no offence",
        "Большинству осуждённых было от 30 до 50 лет. Жителя Тамбова приговорили к 7 годам.",
        [_term(None, 7)],
    ),
    # -- figures referred back, «Для сравнения», people prosecuted ---------------------
    (
        "«эти показатели» pairs the figures with the offences before, in order",
        "В 2024 году за шпионаж и диверсию осуждены соответственно 31 и 12 человек. Годом "
        "ранее эти показатели составляли 20 и 7.",
        [
            _count("espionage", 31, "2024-01-01", "2024-12-31"),
            _count("sabotage", 12, "2024-01-01", "2024-12-31"),
            _count("espionage", 20, "2023-01-01", "2023-12-31"),
            _count("sabotage", 7, "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "trap: a sum «по этим двум статьям» keeps both offences",
        "В 2024 году за шпионаж осудили 31 человека, за диверсию — 12. Всего по этим двум "
        "статьям приговоры получили 43 человека.",
        [
            _count("espionage", 31, "2024-01-01", "2024-12-31"),
            _count("sabotage", 12, "2024-01-01", "2024-12-31"),
            _count(("espionage", "sabotage"), 43, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "a figure after «Для сравнения» keeps the period reported on",
        "За 2024 год за содействие противнику осудили 58 человек. Для сравнения, в 2022 году "
        "по этой статье осудили лишь двоих. Кроме того, шесть человек осуждены за "
        "добровольную сдачу в плен.",
        [
            _count("assistance_to_the_enemy", 58, "2024-01-01", "2024-12-31"),
            _count("assistance_to_the_enemy", 2, "2022-01-01", "2022-12-31"),
            _count("voluntary_surrender", 6, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: people prosecuted referred back are no convictions",
        "За 2024 год за госизмену осудили 189 человек. Всего в базе правозащитников более 500 "
        "фигурантов таких дел.",
        [_count("treason", 189, "2024-01-01", "2024-12-31")],
    ),
    # -- penalties said of a part or of «it» --------------------------------------------
    (
        "a part of the article named before, and its second part",
        "Статья 284 об утрате секретных документов редко применяется. По ее первой части "
        "грозит до трех лет лишения свободы. Вторая часть предусматривает до пяти лет.",
        [_range("loss_of_secret_documents", None, 3), _range("loss_of_secret_documents", None, 5)],
    ),
    (
        "«за него» after the offence named before; the vote stays out",
        "Законопроект касается наказания за дезертирство. Сейчас за дезертирство грозит до "
        "10 лет, а по новой редакции максимальный срок за него вырастет до 15 лет. За него "
        "проголосовали 320 депутатов.",
        [_range("desertion", None, 10), _range("desertion", None, 15)],
    ),
    (
        "trap: the first part of a report is no article",
        "Первая часть доклада посвящена делам о госизмене. Ее авторы изучили 400 страниц "
        "материалов за 12 лет.",
        [],
    ),
    # -- counts after an article referred back, «Это больше, ..., когда» --------------------
    (
        "«по этой статье» before a three-digit count",
        "В 2023 году за оправдание терроризма осудили 380 человек. В 2024 году суды осудили "
        "по этой статье 412 человек.",
        [
            _count("justification_of_terrorism", 380, "2023-01-01", "2023-12-31"),
            _count("justification_of_terrorism", 412, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "an article number after «по этой статье» stays an article",
        "В 2024 году по этой статье 280.3 осуждены 40 человек.",
        [_count("discrediting_the_army", 40, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: an article number before a verb stays an article",
        "За 2024 год по статье 275.1 осуждены 7, по статье 276.1 — 31 человек.",
        [
            _count("confidential_cooperation", 7, "2024-01-01", "2024-12-31"),
            _count("assistance_to_the_enemy", 31, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "«Это ... больше, чем ..., когда» takes the offence of the figure before",
        "За полгода 2025 года за дезертирство осуждены 1 940 человек. Это на 25% больше, чем "
        "за тот же период 2024 года, когда приговоры получили 1 550 военнослужащих.",
        [
            _count("desertion", 1940, "2025-01-01", "2025-06-30"),
            _count("desertion", 1550, "2024-01-01", "2024-06-30"),
        ],
    ),
    (
        "cases opened beside arrests keep their count",
        "В 2024 году возбуждено 400 уголовных дел о госизмене, задержаны 50 человек.",
        [("case_count", "treason", 400, "exact", "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: «Это больше» about arrests gives no count",
        "За 2024 год за госизмену осудили 189 человек. Это меньше, чем за тот же год было "
        "задержано: 240 человек.",
        [_count("treason", 189, "2024-01-01", "2024-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
