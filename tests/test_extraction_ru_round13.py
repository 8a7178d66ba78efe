"""Russian phrasing categories of round 13 (issue 10), each with traps that must stay out.

A rate told in an aside after a dash («... осудили 410 человек — в среднем восемь в неделю»)
is no count, but the count before the dash stands; a rate in the clause of its figure
(«почти два приговора в день») still leaves the sentence without a count.

Periods: «за те же восемь (семь, пять ...) месяцев прошлого года» is the months named
before, a year back; «за первые три квартала 2024 года» runs from January to September; a
span from an event in a named month («С тех пор как в марте 2022 года в УК появилась ...»)
runs from that month to publication; a digest's heading of a month and words («⚡️ Май:
итоги по госизмене») is that month for the list below it.

A list item that opens with its offence («🔸 госизмена — 61 приговор», «🔸 по «шпионской»
статье (276 УК) — 9») after an item that counted is a count of its own. Trap: an item
whose head is no offence («🔸 средний срок — 14»).

Offences by nickname: «по «фейковой» статье» (a label word of four letters the adjective
opens with); offenders in the instrumental: «шпионами суды признали 37 человек». Trap: a
spy named otherwise («задержали шпиона») is no offence of its own.

Old and new ceilings in one clause: «вместо трех лет колонии теперь можно получить до пяти»
(the new one's years left out), «вместо 10–15 лет теперь грозит от 10 до 20» (a former
range, then the one in force after «теперь»), «до пяти лет вместо прежних трех».

A court's term with no person after the story of one case: «Марии Л. вменяли шпионаж.
Прокурор просил 15 лет. Мосгорсуд назначил 12 лет колонии» is her term, for the offence of
the story (a sentence that only tells a request keeps the case's offence). Traps: a term
with no story before («Суд назначил 15 лет колонии по делу о госизмене»), after a sentence
of counts («За госизмену осудили 300 человек. Суд назначил 12 лет»), after a sentence that
names nothing («Подсудимый вину не признал»).

A range the law sets, in a clause of its own after an imposed term: «суд назначил три года,
хотя первая часть статьи 283 предусматривает до четырех лет». Traps: a request after
«хотя», a remark with no years («хотя за нее предусмотрено и пожизненное»).

Parts listed after a count: «..., 64 из них — женщины, 12 — несовершеннолетние», «из них 64
— женщины и 12 — иностранцы»: each figure after the first part is a part too (not «..., из
них 64 — заочно, а еще 41 человек осужден за шпионаж», a count of its own). A span from a
quoted event in a named month («за три года, прошедшие с «референдумов» в сентябре 2022
года») runs from that month to publication.

An offence taken from context: a clause that names a charge the scheme lacks with «по статье
о ...» or an opening «об ...» («..., по статье о СОЧ — 7 842, об уклонении от службы — 1
102») gives no count of the offence before it; people entered in a register («в реестр
иноагентов внесли 250 человек») are no convictions. A digest's heading that names an
offence and ends with a colon («📊 Шпионаж в цифрах за 2024 год:») gives its offence and
period to the list items under it («— 96 приговоров»); traps: the items that are no counts
(life terms, a mean term, an age).

Terms and spans: «средний срок — 6,2 года, максимальный — 22 года» tells terms given, not
the law's ceiling (an elided maximum needs a minimum before it); «с 1 января по 30 июня
2025 года» is a span from day to day; «За год» after a span shorter than a year («появилась
в УК в декабре 2022 года») is not that span.

People given one term are a part, not a count: «к пожизненному лишению свободы приговорили
23 человека» (the term before the verb); the defendants of one case («приговорил троих
фигурантов дела о диверсии») are no statistic. A verdict told with a dash to a person in
the dative in «-е» with an initial («Приговор Марине К. по делу о шпионаже — 10 лет») is
her term.

A light noun in an offence's name: «по статье о призывах к введению санкций против России»
is «призывы к санкциям». A long title said short: its first three words and a word that
shares a stem with one of its other words («Прохождение обучения в целях диверсии» for «...
в целях осуществления диверсионной деятельности»); trap: a word the title has itself, the
head several titles share («За публичные призывы к осуществлению деятельности ...»).

Figures after periods, their verb and offence left to the sentence before, several in one
sentence («В 2024-м — 52, в 2023-м — 31.», «В феврале — 71, а в марте — 80.») or after a
quarter told with its year word («За первый квартал 2025 года — уже 31.»).

Figures told again in a row for the counts before, without «соответственно» («В 2025-м
таких приговоров было 790, 96 и 203.»): one by one, in order, as «соответственно» says.

A law's content in a relative clause: «подписал закон, по которому за диверсию теперь ...
— прежде ...» enacts the offence of that clause though a dash follows; the old ceiling told
after a full new range («от 10 до 20 лет — прежде верхняя граница составляла 15 лет»).

A clause with as many counts as offences beside another clause's count («осудили 418
человек по статье о госизмене и 49 — по статье о шпионаже, а за конфиденциальное
сотрудничество — 97»): one offence each, in order. An event of many words before its month
(«С момента появления статьи о добровольной сдаче в плен в сентябре 2022 года»).

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_ru_categories import Expected, _case, _claims, _count, _range, _term

CASES: list[tuple[str, str, Expected]] = [
    # -- rates -------------------------------------------------------------------------
    (
        "a rate in an aside after the count",
        "В 2024 году за диверсию осудили 410 человек — в среднем восемь в неделю.",
        [_count("sabotage", 410, "2024-01-01", "2024-12-31")],
    ),
    (
        "a rate after a qualified count and a span of months",
        "С января по май 2025 года изменниками суды признали более 300 человек — почти "
        "два приговора в день.",
        [_count("treason", 300, "2025-01-01", "2025-05-31", "more_than")],
    ),
    (
        "trap: a rate in the clause of its figure",
        "В 2024 году суды выносили почти два приговора по делам о госизмене в день.",
        [],
    ),
    (
        "trap: a rate after a dash alone",
        "Приговоры по делам о шпионаже в 2024 году — в среднем три в месяц.",
        [],
    ),
    # -- periods -----------------------------------------------------------------------
    (
        "«за те же семь месяцев прошлого года»",
        "За январь — июль 2025 года за шпионаж осуждены 41 человек. За те же семь месяцев "
        "прошлого года таких приговоров было 26.",
        [
            _count("espionage", 41, "2025-01-01", "2025-07-31"),
            _count("espionage", 26, "2024-01-01", "2024-07-31"),
        ],
    ),
    (
        "«за первые три квартала 2024 года»",
        "За первые три квартала 2024 года возбуждено 520 уголовных дел о госизмене.",
        [_case("treason", 520, "2024-01-01", "2024-09-30")],
    ),
    (
        "«за два квартала 2024 года»",
        "По статье о диверсии за два квартала 2024 года осуждены 97 человек.",
        [_count("sabotage", 97, "2024-01-01", "2024-06-30")],
    ),
    (
        "a span from an event in a named month",
        "С тех пор как в июле 2022 года в УК появилась статья о конфиденциальном "
        "сотрудничестве, по ней осудили 96 человек.",
        [_count("confidential_cooperation", 96, "2022-07-01", "2025-06-20")],
    ),
    (
        "a digest's month heading with words after the colon",
        "⚡️ Май: итоги по «антигосударственным» статьям\n▪️ 38 приговоров по делам о "
        "госизмене\n▪️ 6 — по делам о шпионаже",
        [
            _count("treason", 38, "2025-05-01", "2025-05-31"),
            _count("espionage", 6, "2025-05-01", "2025-05-31"),
        ],
    ),
    (
        "trap: a month inside a sentence before a colon is no heading",
        "Суд в мае: приговор по делу о госизмене вынесен бывшему военному.",
        [],
    ),
    # -- list items that open with their offence ----------------------------------------
    (
        "items «offence — figure» after a counted item",
        "Итоги апреля\n🔸 госизмена — 52 приговора\n🔸 по «шпионской» статье (276 УК) — 7\n"
        "🔸 конфиденциальное сотрудничество — 11",
        [
            _count("treason", 52, "2025-04-01", "2025-04-30"),
            _count("espionage", 7, "2025-04-01", "2025-04-30"),
            _count("confidential_cooperation", 11, "2025-04-01", "2025-04-30"),
        ],
    ),
    (
        "trap: an item whose head is no offence",
        "Итоги апреля\n🔸 госизмена — 52 приговора\n🔸 средний срок — 14\n🔸 самому младшему — 17",
        [_count("treason", 52, "2025-04-01", "2025-04-30")],
    ),
    # -- offences by nickname and offenders -----------------------------------------------
    (
        "«по «фейковой» статье»",
        "По «фейковой» статье в 2024 году осуждены 131 человек.",
        [_count("army_fakes", 131, "2024-01-01", "2024-12-31")],
    ),
    (
        "«шпионами суды признали»",
        "В 2024 году шпионами суды признали 37 человек, изменниками — 412.",
        [
            _count("espionage", 37, "2024-01-01", "2024-12-31"),
            _count("treason", 412, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: a spy in another case names no offence",
        "В 2024 году ФСБ сообщила, что задержала 37 шпионов.",
        [],
    ),
    # -- old and new ceilings in one clause -------------------------------------------
    (
        "«вместо трех лет ... теперь можно получить до пяти»",
        "За повторную дискредитацию армии вместо трех лет лишения свободы теперь можно "
        "получить до пяти.",
        [_range("discrediting_the_army", None, 5), _range("discrediting_the_army", None, 3)],
    ),
    (
        "«вместо 10–15 лет теперь грозит от 10 до 20»",
        "За теракт вместо 10–15 лет теперь грозит от 10 до 20.",
        [_range("terrorist_act", 10, 15), _range("terrorist_act", 10, 20)],
    ),
    (
        "«до пяти лет вместо прежних трех»",
        "Теперь за дискредитацию армии грозит до пяти лет вместо прежних трех.",
        [_range("discrediting_the_army", None, 5), _range("discrediting_the_army", None, 3)],
    ),
    (
        "trap: «вместо» before an imposed term",
        "Вместо шести лет, которых просил прокурор, суд назначил обвиняемому в госизмене до "
        "пяти лет колонии.",
        [],
    ),
    # -- a court's term after the story of one case -----------------------------------
    (
        "«Мосгорсуд назначил 12 лет» after a request",
        "Марии Л. вменяли шпионаж. Прокурор просил 15 лет. Мосгорсуд назначил 12 лет колонии.",
        [_term("espionage", 12)],
    ),
    (
        "«Областной суд назначил ...» right after the charge",
        "Бывшего инженера обвиняли в разглашении государственной тайны. Самарский областной "
        "суд назначил два с половиной года колонии-поселения.",
        [_term("disclosure_of_state_secrets", 2.5)],
    ),
    (
        "trap: a court's term with no story before",
        "Суд назначил 15 лет колонии по делу о госизмене.",
        [],
    ),
    (
        "trap: a court's term after a sentence of counts",
        "В 2024 году за госизмену осудили 300 человек. Суд назначил 12 лет.",
        [_count("treason", 300, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a court's term after a sentence that names nothing",
        "Ивана П. обвиняли в госизмене. Подсудимый вину не признал. Суд назначил 13 лет.",
        [],
    ),
    # -- a law's range after an imposed term ------------------------------------------
    (
        "«хотя ... статьи 283 предусматривает до четырех лет»",
        "Суд назначил ему три года колонии за разглашение государственной тайны, хотя первая "
        "часть статьи 283 предусматривает до четырех лет.",
        [_range("disclosure_of_state_secrets", None, 4), _term("disclosure_of_state_secrets", 3)],
    ),
    (
        "trap: a request after «хотя»",
        "Суд назначил ему 12 лет за госизмену, хотя прокурор просил 14 лет.",
        [_term("treason", 12)],
    ),
    # -- parts listed after a count; a span from a quoted event ---------------------
    (
        "trap: parts after «N из них — ...»",
        "За 2024 год за шпионаж осуждены 96 человек, 11 из них — иностранцы, 4 — женщины.",
        [_count("espionage", 96, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: parts after «из них N — ...»",
        "За 2024 год за шпионаж осуждены 96 человек, из них 11 — иностранцы и 4 — женщины.",
        [_count("espionage", 96, "2024-01-01", "2024-12-31")],
    ),
    (
        "a count after a part is a count of its own",
        "За 2024 год за госизмену осуждены 560 человек, из них 70 — заочно, а еще 41 человек "
        "осужден за шпионаж.",
        [
            _count("treason", 560, "2024-01-01", "2024-12-31"),
            _count("espionage", 41, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "a span from a quoted event in a named month",
        "За два года, прошедшие с «выборов» в сентябре 2023 года, по статье о госизмене "
        "осудили 84 человека.",
        [_count("treason", 84, "2023-09-01", "2025-06-20")],
    ),
    # -- an offence taken from context; headings ---------------------------------------
    (
        "trap: clauses on charges the scheme lacks after a count",
        "В 2024 году по статье о дезертирстве осуждены 690 военнослужащих, по статье о СОЧ — "
        "7 310, об уклонении от службы — 980.",
        [_count("desertion", 690, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: people entered in a register",
        "В 2024 году в реестр иноагентов внесли 190 человек, а по статье об уклонении от "
        "обязанностей иноагента осудили 9.",
        [_count("foreign_agent_evasion", 9, "2024-01-01", "2024-12-31")],
    ),
    (
        "a heading with an offence, then list items",
        "📊 Шпионаж в цифрах за 2024 год:\n— 96 приговоров\n— 5 пожизненных сроков\n— средний "
        "срок 13,1 года\n— самому младшему осужденному 19 лет",
        [_count("espionage", 96, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a heading with no offence gives none",
        "📊 Итоги 2024 года:\n— 96 приговоров\n— 5 пожизненных сроков",
        [],
    ),
    # -- terms and spans ------------------------------------------------------------------
    (
        "trap: «максимальный — N» after a mean term",
        "В 2024 году за «фейки» осуждены 131 человек, средний срок — 5,9 года, максимальный — "
        "19 лет.",
        [_count("army_fakes", 131, "2024-01-01", "2024-12-31")],
    ),
    (
        "«максимальный — N» after a minimum",
        "Минимальный срок за диверсию — 10 лет, максимальный — 20.",
        [_range("sabotage", 10, 20)],
    ),
    (
        "a span from day to day",
        "С 1 января по 31 мая 2024 года суды осудили за шпионаж 38 человек.",
        [_count("espionage", 38, "2024-01-01", "2024-05-31")],
    ),
    (
        "trap: «за год» after a month is not that month",
        "Статья о содействии диверсионной деятельности появилась в УК в декабре 2022 года. "
        "За год по ней осудили 41 человека.",
        [_count("assisting_sabotage", 41, None, None)],
    ),
    # -- one term for many; the defendants of one case; a verdict with a dash ---------
    (
        "trap: people given life, the term before the verb",
        "В 2024 году за теракты к пожизненному лишению свободы приговорили 19 человек.",
        [],
    ),
    (
        "trap: people given one term in years, the term before the verb",
        "В 2024 году за госизмену к 20 годам заключения приговорили 12 человек.",
        [],
    ),
    (
        "trap: the defendants of one case",
        "Суд в Курске приговорил четверых фигурантов дела о госизмене к срокам от 12 до 16 лет.",
        [],
    ),
    (
        "a verdict with a dash to a person in «-е» with an initial",
        "Приговор Марине К. по делу о шпионаже — 10 лет общего режима.",
        [_term("espionage", 10)],
    ),
    # -- a light noun in an offence's name -----------------------------------------------
    (
        "«призывы к введению санкций»",
        "В 2024 году суды вынесли 9 приговоров по статье о призывах к введению санкций "
        "против России.",
        [_count("calls_for_sanctions", 9, "2024-01-01", "2024-12-31")],
    ),
    (
        "a long title said short",
        "За прохождение обучения в целях диверсии теперь грозит от 15 до 20 лет либо "
        "пожизненное лишение свободы.",
        [_range("sabotage_training", 15, 20, True)],
    ),
    (
        "trap: the short head of a title with a word of its own",
        "За публичные призывы к осуществлению деятельности экстремистов грозит до пяти лет.",
        [],
    ),
    # -- figures after periods ------------------------------------------------------------
    (
        "two figures after periods in one sentence",
        "В 2024 году за шпионаж осуждены 96 человек. В 2023-м — 52, в 2022-м — 31.",
        [
            _count("espionage", 96, "2024-01-01", "2024-12-31"),
            _count("espionage", 52, "2023-01-01", "2023-12-31"),
            _count("espionage", 31, "2022-01-01", "2022-12-31"),
        ],
    ),
    (
        "months after a month, «а» between",
        "В январе 2025 года за госизмену осудили 58 человек. В феврале — 63, а в марте — 70.",
        [
            _count("treason", 58, "2025-01-01", "2025-01-31"),
            _count("treason", 63, "2025-02-01", "2025-02-28"),
            _count("treason", 70, "2025-03-01", "2025-03-31"),
        ],
    ),
    (
        "a quarter with its year word",
        "В 2024 году за шпионаж осуждены 96 человек. За первый квартал 2025 года — уже 31.",
        [
            _count("espionage", 96, "2024-01-01", "2024-12-31"),
            _count("espionage", 31, "2025-01-01", "2025-03-31"),
        ],
    ),
    # -- figures in a row for the counts before -------------------------------------------
    (
        "«было 176, 31 и 44» after three counts",
        "В 2024 году изменниками суды признали 361 человека, шпионами — 52, за "
        "конфиденциальное сотрудничество осуждены 140. В 2023-м таких приговоров было 176, 31 "
        "и 44.",
        [
            _count("treason", 361, "2024-01-01", "2024-12-31"),
            _count("espionage", 52, "2024-01-01", "2024-12-31"),
            _count("confidential_cooperation", 140, "2024-01-01", "2024-12-31"),
            _count("treason", 176, "2023-01-01", "2023-12-31"),
            _count("espionage", 31, "2023-01-01", "2023-12-31"),
            _count("confidential_cooperation", 44, "2023-01-01", "2023-12-31"),
        ],
    ),
    # -- a law's content in a relative clause; an old ceiling after a range ------------
    (
        "«закон, по которому за ... — прежде верхняя граница составляла N лет»",
        "Весной, 28 апреля 2023 года, президент подписал закон, по которому за теракт грозит "
        "от 10 до 20 лет лишения свободы — прежде верхняя граница составляла 15 лет.",
        [
            _range("terrorist_act", 10, 20),
            _range("terrorist_act", None, 15),
            ("enactment", "terrorist_act", "2023-04-28"),
        ],
    ),
    (
        "trap: a relative clause of something else after a law",
        "28 апреля 2023 года президент подписал закон, который касается банков, а за теракт, "
        "по словам юристов, по-прежнему грозит до 15 лет.",
        [_range("terrorist_act", None, 15)],
    ),
    # -- counts paired in one clause beside another; a long event before its month -------
    (
        "two counts and two offences in a clause, a third count after «, а»",
        "За 2024 год суды осудили 361 человека по статье о госизмене и 52 — по статье о "
        "шпионаже, а за конфиденциальное сотрудничество — 140.",
        [
            _count("treason", 361, "2024-01-01", "2024-12-31"),
            _count("espionage", 52, "2024-01-01", "2024-12-31"),
            _count("confidential_cooperation", 140, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "an event of many words before its month",
        "С момента появления статьи о добровольной сдаче в плен в сентябре 2022 года по ней "
        "осуждены 240 военнослужащих.",
        [_count("voluntary_surrender", 240, "2022-09-01", "2025-06-20")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
