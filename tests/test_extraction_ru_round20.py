"""Russian phrasing categories of round 20 (issue 10), each with traps that must stay out.

A season as a period («за лето», «летом 2025 года», «за весну прошлого года», «зимой»):
June to August, March to May, September to November, December of the year before to
February; of the year named, else of the year of publication (of the year before if it has
not begun by then). Traps: a season not over on the day of publication stays unresolved; a
law «введен летом 2022 года» is dated by its year only.

A count's parts told after a colon by who they are («осуждены 612 человек: 571 гражданин
России и 41 иностранец», «1 200 военнослужащих: 1 150 мужчин и 50 женщин») are no counts, as
parts after a dash were; a part's noun may take two words («гражданин России»). Trap: a
breakdown after a colon by offence («52 человека: 40 — за госизмену, 12 — за шпионаж») keeps
its parts.

«Всего с начала года — 540.», «А всего в 2026 году — 63.»: a total after a count, its verb
and offence left to the sentence before, as «В сентябре — 52.» was. Trap: after a count of
detainees.

A ranking's next place told by its place and then its offence and bare figure («На втором
— дискредитация армии: 640.», «Третье место у госизмены — 97.», «Замыкают тройку призывы к
... — 97.», «Следом идет госизмена — 97.») takes the lead's verb and period, as a list item
did. Trap: a place held by a region, not an offence.

«Ему грозит до 20 лет», «Обвиняемым грозит ...», «Фигурантам грозят ...»: the range the
person or people of the sentence before face for the offence they are charged with or their
cases are of. Traps: a charge the scheme lacks; a person named with no charge.

«Новая статья предусматривает ...», «Эта статья предусматривает ...»: the article just named,
as «Статья предусматривает» was.

An article's card («СПРАВКА», then «Статья 205.2 УК РФ — ... оправдание терроризма.» and
lines of a label and a colon: «Часть 1: штраф ... или лишение свободы на срок от 2 до 5
лет.», «Часть 2 (...): от 5 до 7 лет.», «Осуждено в 2025 году: 1 412 человек.»): each line
with no offence of its own is of the title's. Traps: an age band on a part's line; a line
of detainees.

Soldiers counted by a noun of their own («186 военных», «310 контрактников», «95
мобилизованных», «40 солдат») are people, as «военнослужащих» were. Trap: parts of a total
by such a noun after a colon.

A record before told back («Предыдущий максимум, 51 приговор, был зафиксирован в июле того же
года», «Прежний рекорд — 11 осужденных — пришелся на март») is a count of the offence counted
just before, in its own month («пришелся на март»: that month). Trap: a record before with
no figure.

A law in force told by its day first («С 9 января 2026 года в УК действует новая часть статьи
338», «С 25 июля 2022 года применяется новая статья ...»): an enactment on that day, as «закон
действует с ...» was. Traps: a rule in force that is no law's part («действует порядок»); a day
of custody.

A second person's term with the verb left out after a life term («Организатор получил
пожизненный срок, его сообщник Руслан К. — 19 лет колонии», «... к пожизненному лишению
свободы, а его брата — к 18 годам») is that person's term, as after a term in years. Traps:
after a life term, a figure with no years told; the maximum of the article after a life term.

A sentence that points back («по первой из этих статей», «таких приговоров», «Годом ранее
их было ...») to a region's counts just before is the region's too, no count. Traps: the
country named in it («по стране»); a sentence before on a region that spoke of no
convictions.

A court's term told after another of its acts joined by «и» («Суд согласился с позицией
гособвинения и назначил 14 лет колонии», «Суд учел смягчающие обстоятельства и назначил 11
лет», «признал его виновным и назначил»: agreeing, weighing, finding him guilty) is the
defendant's of the story before, as «Суд назначил 14 лет» was. Traps: a group found guilty
before it; a figure between (a request refused).

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, so a claim too many fails as a claim missed does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.claims import Claim
from kgbuild.extraction_ru import extract_ru
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


def _none_count(offence: str, count: int) -> tuple[object, ...]:
    return ("conviction_count", offence, count, "exact", None, None)


CASES: list[tuple[str, str, str, Expected]] = [
    # -- seasons ---------------------------------------------------------------------------
    (
        "«за лето» after the summer, with the year before after it",
        "2025-09-10",
        "Калининградский гарнизонный военный суд за лето осудил за дезертирство 14 "
        "военнослужащих, а за весь прошлый год — 11.",
        [
            _count("desertion", 14, "2025-06-01", "2025-08-31"),
            _count("desertion", 11, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "«за лето» again in the next sentence",
        "2025-09-10",
        "За прошлый год по статье о неисполнении приказа осудили 40 человек. Еще семерых за "
        "лето осудили за сдачу в плен.",
        [
            _count("disobeying_an_order", 40, "2024-01-01", "2024-12-31"),
            _count("voluntary_surrender", 7, "2025-06-01", "2025-08-31"),
        ],
    ),
    (
        "«летом» with a year",
        "2026-02-01",
        "Летом 2024 года суды вынесли 320 приговоров по делам о самовольном оставлении части.",
        [_count("leaving_a_unit_without_leave", 320, "2024-06-01", "2024-08-31")],
    ),
    (
        "«весной» before the season of the publication year: the year before",
        "2026-02-01",
        "Весной суды осудили за госизмену 77 человек.",
        [_count("treason", 77, "2025-03-01", "2025-05-31")],
    ),
    (
        "«за осень прошлого года»",
        "2026-05-01",
        "За осень прошлого года по статье о шпионаже было вынесено 12 приговоров.",
        [_count("espionage", 12, "2025-09-01", "2025-11-30")],
    ),
    (
        "«зимой» after it: December of the year before to February",
        "2026-03-20",
        "Зимой суды осудили за дезертирство 150 человек.",
        [_count("desertion", 150, "2025-12-01", "2026-02-28")],
    ),
    (
        "trap: a season not yet over stays unresolved",
        "2025-07-15",
        "За лето суды уже осудили за дезертирство 90 человек.",
        [_none_count("desertion", 90)],
    ),
    (
        "trap: a law introduced in a season is dated by its year",
        "2025-05-01",
        "Статья 275.1 о конфиденциальном сотрудничестве введена в кодекс летом 2022 года.",
        [("enactment", "confidential_cooperation", "2022")],
    ),
    # -- parts after a colon -----------------------------------------------------------------
    (
        "citizens and foreigners after a colon",
        "2026-03-01",
        "В 2025 году за шпионаж осуждены 73 человека: 51 гражданин России и 22 иностранца.",
        [_count("espionage", 73, "2025-01-01", "2025-12-31")],
    ),
    (
        "men and women after a colon",
        "2026-03-01",
        "За прошлый год по статье о самовольном оставлении части осудили 9 400 военнослужащих: "
        "9 310 мужчин и 90 женщин.",
        [_count("leaving_a_unit_without_leave", 9400, "2025-01-01", "2025-12-31")],
    ),
    (
        "parts of one word each after a colon, then a comma",
        "2026-03-01",
        "В 2025 году за госизмену осуждены 480 человек: 455 россиян, 25 иностранцев.",
        [_count("treason", 480, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: a breakdown by offence after a colon keeps its parts",
        "2026-03-01",
        "В 2025 году осуждены 61 человек: 49 — за госизмену, 12 — за шпионаж.",
        [
            _count(("treason", "espionage"), 61, "2025-01-01", "2025-12-31"),
            _count("treason", 49, "2025-01-01", "2025-12-31"),
            _count("espionage", 12, "2025-01-01", "2025-12-31"),
        ],
    ),
    # -- «Всего с начала года — N» ----------------------------------------------------------
    (
        "«Всего с начала года —» after a month's count",
        "2025-10-03",
        "В сентябре суды вынесли 48 приговоров по делам о шпионаже. Всего с начала года — 301.",
        [
            _count("espionage", 48, "2025-09-01", "2025-09-30"),
            _count("espionage", 301, "2025-01-01", "2025-10-03"),
        ],
    ),
    (
        "«А всего в 2024 году —»",
        "2025-10-03",
        "В декабре 2024 года за дезертирство осудили 112 человек. А всего в 2024 году — 1 010.",
        [
            _count("desertion", 112, "2024-12-01", "2024-12-31"),
            _count("desertion", 1010, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: «Всего с начала года —» after detainees",
        "2025-10-03",
        "В сентябре по делам о диверсиях задержаны 15 человек. Всего с начала года — 160.",
        [],
    ),
    # -- a ranking's next places -----------------------------------------------------------
    (
        "«На втором — offence: N»",
        "2026-02-01",
        "Первое место по числу приговоров в 2025 году — у статьи о госизмене: 720 осужденных. "
        "На втором — дезертирство: 530.",
        [
            _count("treason", 720, "2025-01-01", "2025-12-31"),
            _count("desertion", 530, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "«Третье место у ... — N» and «Замыкает тройку ... — N»",
        "2026-02-01",
        "Больше всего в 2025 году осудили за самовольное оставление части — 9 800 человек. "
        "Третье место у неисполнения приказа — 610. Замыкает пятерку шпионаж — 44.",
        [
            _count("leaving_a_unit_without_leave", 9800, "2025-01-01", "2025-12-31"),
            _count("disobeying_an_order", 610, "2025-01-01", "2025-12-31"),
            _count("espionage", 44, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "«Следом идет ... — N»",
        "2026-02-01",
        "В 2025 году больше всего приговоров вынесли за госизмену: 720. Следом идет шпионаж — 58.",
        [
            _count("treason", 720, "2025-01-01", "2025-12-31"),
            _count("espionage", 58, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "trap: a place held by a region",
        "2026-02-01",
        "В 2025 году больше всего приговоров вынесли за госизмену: 720. На втором месте Крым — 58.",
        [_count("treason", 720, "2025-01-01", "2025-12-31")],
    ),
    # -- «Ему грозит ...» after the charge ------------------------------------------------------
    (
        "«Ему грозит» after a charge",
        "2025-06-01",
        "Жителя Твери обвиняют в государственной измене. Ему грозит до пожизненного лишения "
        "свободы.",
        [("penalty_range", "treason", None, None, True)],
    ),
    (
        "«Обвиняемым грозит» after a count of cases",
        "2025-06-01",
        "С начала года ФСБ возбудила 48 дел о шпионаже. Обвиняемым грозит от 10 до 20 лет.",
        [
            ("case_count", "espionage", 48, "exact", "2025-01-01", "2025-06-01"),
            _range("espionage", 10, 20),
        ],
    ),
    (
        "«Фигурантам теперь грозят» after a case",
        "2025-06-01",
        "Троих студентов задержали по делу о диверсии. Фигурантам теперь грозят сроки от 10 до "
        "20 лет.",
        [_range("sabotage", 10, 20)],
    ),
    (
        "trap: a charge the scheme lacks",
        "2025-06-01",
        "Мужчину обвиняют в мошенничестве. Ему грозит до 10 лет лишения свободы.",
        [],
    ),
    (
        "trap: a person with no charge",
        "2025-06-01",
        "Мужчину задержали в аэропорту. Ему грозит до 10 лет лишения свободы.",
        [],
    ),
    # -- «Новая статья предусматривает» ------------------------------------------------------
    (
        "«Новая статья предусматривает» after the article",
        "2025-06-01",
        "Закон дополнил кодекс статьей 280.4 о призывах к деятельности против безопасности "
        "государства. Новая статья предусматривает до четырех лет лишения свободы.",
        [_range("calls_against_state_security", None, 4)],
    ),
    (
        "«Эта статья предусматривает»",
        "2025-06-01",
        "Статья 283.1 касается незаконного получения гостайны. Эта статья предусматривает до "
        "четырех лет лишения свободы.",
        [_range("illegal_obtaining_of_state_secrets", None, 4)],
    ),
    # -- an article's card -------------------------------------------------------------------
    (
        "a card's parts and count",
        "2026-02-01",
        "СПРАВКА\nСтатья 283 УК РФ — разглашение государственной тайны.\nЧасть 1: арест "
        "либо лишение свободы на срок до четырех лет.\nЧасть 2 (с тяжкими последствиями): "
        "от 3 до 7 лет.\nОсуждено в 2025 году: 31 человек.",
        [
            _range("disclosure_of_state_secrets", None, 4),
            _range("disclosure_of_state_secrets", 3, 7),
            _count("disclosure_of_state_secrets", 31, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "a card in one paragraph",
        "2026-02-01",
        "Статья 338 УК РФ — дезертирство. Часть 1: лишение свободы на срок до семи лет. Часть 3: "
        "от 5 до 15 лет. Осуждено за 2025 год: 1 870 человек.",
        [
            _range("desertion", None, 7),
            _range("desertion", 5, 15),
            _count("desertion", 1870, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "trap: an age band on a part's line",
        "2026-02-01",
        "Статья 275 УК РФ — государственная измена.\nЧасть 1: для лиц от 16 до 18 лет особых "
        "правил нет.",
        [],
    ),
    (
        "trap: a card's line of detainees",
        "2026-02-01",
        "Статья 281 УК РФ — диверсия.\nЗадержано в 2025 году: 140 человек.",
        [],
    ),
    # -- soldiers by their own nouns ----------------------------------------------------------
    (
        "«военных» after «За тот же период»",
        "2025-08-01",
        "В первом полугодии 2025 года за дезертирство осуждены 640 человек. За тот же период по "
        "статье о неисполнении приказа осудили 186 военных.",
        [
            _count("desertion", 640, "2025-01-01", "2025-06-30"),
            _count("disobeying_an_order", 186, "2025-01-01", "2025-06-30"),
        ],
    ),
    (
        "«контрактников»",
        "2025-08-01",
        "За 2024 год гарнизонные суды осудили за сдачу в плен 310 контрактников.",
        [_count("voluntary_surrender", 310, "2024-01-01", "2024-12-31")],
    ),
    (
        "«мобилизованных»",
        "2025-08-01",
        "В 2024 году за самовольное оставление части приговоры получили 95 мобилизованных.",
        [_count("leaving_a_unit_without_leave", 95, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: soldiers as parts after a colon",
        "2025-08-01",
        "В 2024 году за дезертирство осудили 520 военнослужащих: 400 контрактников и 120 "
        "мобилизованных.",
        [_count("desertion", 520, "2024-01-01", "2024-12-31")],
    ),
    # -- a record before ---------------------------------------------------------------------
    (
        "«Предыдущий максимум, N приговоров, был зафиксирован в ...»",
        "2025-12-02",
        "В ноябре 2025 года суды вынесли 44 приговора по делам о госизмене. Предыдущий "
        "максимум, 39 приговоров, был зафиксирован в мае того же года.",
        [
            _count("treason", 44, "2025-11-01", "2025-11-30"),
            _count("treason", 39, "2025-05-01", "2025-05-31"),
        ],
    ),
    (
        "«Прежний рекорд — N — пришелся на март»",
        "2025-12-02",
        "В ноябре суды осудили за диверсии 27 человек. Прежний рекорд — 21 осужденный — "
        "пришелся на март.",
        [
            _count("sabotage", 27, "2025-11-01", "2025-11-30"),
            _count("sabotage", 21, "2025-03-01", "2025-03-31"),
        ],
    ),
    (
        "trap: a record before with no figure",
        "2025-12-02",
        "В ноябре суды осудили за диверсии 27 человек. Предыдущий рекорд был поставлен в марте "
        "2023 года.",
        [_count("sabotage", 27, "2025-11-01", "2025-11-30")],
    ),
    # -- in force from a day told first --------------------------------------------------------
    (
        "«С <day> в УК действует новая часть статьи»",
        "2025-06-01",
        "С 23 мая 2025 года в УК действует новая редакция статьи 275.1.",
        [("enactment", "confidential_cooperation", "2025-05-23")],
    ),
    (
        "«С <day> применяется норма»",
        "2025-06-01",
        "С 4 марта 2022 года применяется норма о дискредитации армии.",
        [("enactment", "discrediting_the_army", "2022-03-04")],
    ),
    (
        "trap: a procedure in force, no law's part",
        "2025-06-01",
        "С 1 марта 2025 года действует порядок, по которому дела о госизмене слушают закрыто.",
        [],
    ),
    (
        "trap: a day of custody",
        "2025-06-01",
        "С 12 марта 2025 года обвиняемый в шпионаже находится в СИЗО, где действуют строгие "
        "правила.",
        [],
    ),
    # -- a second term after a life term -------------------------------------------------------
    (
        "«получил пожизненный срок, его сообщник — N лет»",
        "2025-06-01",
        "Суд вынес приговор по делу о подготовке теракта. Главарь группы Олег Т. получил "
        "пожизненный срок, его сообщник Денис В. — 17 лет колонии особого режима.",
        [_term("terrorist_act", None, True), _term("terrorist_act", 17)],
    ),
    (
        "«к пожизненному ..., а его брата — к N годам»",
        "2025-06-01",
        "Суд приговорил по делу о госизмене Ивана П. к пожизненному лишению свободы, а его "
        "брата — к 16 годам.",
        [_term("treason", None, True), _term("treason", 16)],
    ),
    (
        "trap: a bare figure after a life term",
        "2025-06-01",
        "Суд приговорил по делу о госизмене Ивана П. к пожизненному лишению свободы, а его "
        "брата — к 16.",
        [_term("treason", None, True)],
    ),
    (
        "trap: the article's maximum after a life term",
        "2025-06-01",
        "За теракт Олег Т. получил пожизненный срок, хотя прежний максимум по статье — 20 лет.",
        [_term("terrorist_act", None, True)],
    ),
    # -- a region's counts told back -----------------------------------------------------------
    (
        "«по первой из этих статей» after a region's counts",
        "2026-01-20",
        "В Чечне в 2025 году за участие в незаконных вооруженных формированиях осудили 33 "
        "человека, за оправдание терроризма — 21. Годом ранее по первой из этих статей вынесли "
        "29 приговоров.",
        [],
    ),
    (
        "«таких приговоров» after a region's count",
        "2026-01-20",
        "В Белгородской области в 2025 году за госизмену осудили 17 человек. Годом ранее таких "
        "приговоров было девять.",
        [],
    ),
    (
        "trap: the country named in the sentence told back",
        "2026-01-20",
        "В Крыму в 2025 году за госизмену осудили 41 человека. По всей стране таких приговоров "
        "было 480.",
        [_count("treason", 480, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: a region before with no convictions",
        "2026-01-20",
        "В Крыму задержали подозреваемого в госизмене. В 2025 году таких приговоров было 480.",
        [_count("treason", 480, "2025-01-01", "2025-12-31")],
    ),
    # -- the court's term after another act ----------------------------------------------------
    (
        "«Суд согласился с позицией гособвинения и назначил»",
        "2025-06-01",
        "Суд вынес приговор жителю Брянска. Его действия квалифицированы как шпионаж. Суд "
        "согласился с позицией гособвинения и назначил 12 лет колонии строгого режима.",
        [_term("espionage", 12)],
    ),
    (
        "«Суд учел смягчающие обстоятельства и назначил»",
        "2025-06-01",
        "Мужчину признали виновным в содействии террористической деятельности. Суд учел "
        "смягчающие обстоятельства и назначил шесть лет колонии.",
        [_term("assisting_terrorism", 6)],
    ),
    (
        "trap: a group found guilty before",
        "2025-06-01",
        "Суд рассмотрел дело о диверсии. Суд признал всех подсудимых виновными и назначил 11 "
        "лет колонии.",
        [],
    ),
    (
        "trap: a request refused between",
        "2025-06-01",
        "Мужчину судили за шпионаж. Суд отклонил просьбу о 15 годах и назначил 11 лет колонии.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_category(published: str, text: str, expected: Expected) -> None:
    assert _claims(text, dt.date.fromisoformat(published)) == expected
