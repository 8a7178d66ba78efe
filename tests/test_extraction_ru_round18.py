"""Russian phrasing categories of round 18 (issue 10), each with traps that must stay out.

A year's line of a list under a count, its figure followed by the count's unit («2022 г. —
31 чел.», «В 2023 году — 140 человек.», «2024 год — 77 приговоров»): a figure of the
offence and verb before, of its own year. Traps: a unit of another count (detainees,
cases) after the dash.

«Дискредитация» alone, in quotes or after «повторная» («за повторную «дискредитацию»»),
names the discrediting of the army (Art. 280.3). Trap: an administrative fine.

A line that opens with any pictograph («⚖️ 23 приговора ...», «🔒 ...», «📈 ...») is an item
of its own, as a line after a list mark is, so a Telegram post's lines are sentences of
their own; an item that names its offence, a dash and a figure may close on an aside in
brackets («🔥 диверсии — 19 (из них 4 — подростки)»). Traps: real terms as a part on a line
of its own; the aside's figure.

A range «от N до M лет» in a clause after a colon that follows a statutory cue («санкция
жестче: от 12 до 20 лет»), or with life as its alternative («... либо пожизненное лишение
свободы»), is the law's range. Trap: ages after a colon.

A law told with its dates and no offence («Завтра, 9 января, вступает в силу закон, который
президент подписал 29 декабря 2025 года.»; the subject may follow «вступает в силу») and a
next sentence that opens on the law and a verb of change («Он дополняет статью о ...»,
«Документ вводит ...»): an enactment of each offence named, on each of the law's dates
(kgbuild/extraction_ru/law_content.py). A yearless day of entry into force told before the
law's dated signature is the next such day after it. Traps: a next sentence on a person, a
law two sentences before, a bill, a verdict in force.

«Нежелательная организация» alone («по статье о нежелательных организациях») names Art.
284.1 (a hidden @ru label). Trap: organisations designated undesirable.

A quarter or a half by its Roman numeral («в III квартале 2026 года», «во II полугодии») or
by a figure with an ending («во 2-м квартале»). Trap: «за 3 квартала» (three quarters).

A table typed in text, its label and figure parted by a pipe («Шпионаж (ст. 276) | 64»):
each row is a line of its own (the shared line breaks) and its pipe reads as a dash, so a
row is a list item under the heading's count. Traps: rows of detainees; rows of two
figures.

A bare month in a sentence with no figure at all («Одиннадцать человек осуждены за шпионаж
в марте»: the period gate also opens on a month's name, by substring tests) or before a
count's figure with its unit («в апреле 27 человек», «за март 1 140 человек»). Trap: a
month before a figure with no unit of a count («в мае 3 года назад»).

People whose cases were heard («суды рассмотрели дела в отношении 812 человек», «дела о
госизмене в отношении ...») are no count beside the convicted told after them. Trap:
verdicts given «в отношении N человек» are one.

An article named by its subject that comes into force on a day of this century («Статья о
конфиденциальном сотрудничестве вступила в силу 25 июля 2022 года»): an enactment. Traps:
the Code's own year; a verdict in force.

A court release's term «назначено наказание в виде лишения свободы сроком на 16 лет» («на
срок 16 лет»). Trap: a suspended term so told.

An ordinal half or quarter after a first one of the year of publication («В первом квартале
..., во втором — 97»), when over by the day of publication. Trap: «во втором чтении».

A figure, a noun of the convicted, a dash and who they are («52 осужденных за шпионаж —
иностранцы») is a part, no count; an article's part number after «ч.» or «по части» («по
ч. 2 — 143») is no count either (not «оставление части 7 400 человек»).

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
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


def _enacted(offence: str, date: str) -> tuple[object, ...]:
    return ("enactment", offence, date)


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
    # -- a year's line with the count's unit ------------------------------------------------
    (
        "«2022 г. — 31 чел.» lines under a count",
        "2025-05-01",
        "За шпионаж в 2021 году осуждены 9 человек.\n2022 г. — 14 чел.\n2023 г. — 27 чел.",
        [
            _count("espionage", 9, "2021-01-01", "2021-12-31"),
            _count("espionage", 14, "2022-01-01", "2022-12-31"),
            _count("espionage", 27, "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "«В 2024 году — 140 человек.» after a count",
        "2025-05-01",
        "В 2023 году за дезертирство осудили 95 человек. В 2024 году — 140 человек.",
        [
            _count("desertion", 95, "2023-01-01", "2023-12-31"),
            _count("desertion", 140, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "«2024 год — 77 приговоров» under a heading",
        "2025-05-01",
        "Приговоры по статье о диверсии:\n2023 год — 41 приговор\n2024 год — 77 приговоров",
        [
            _count("sabotage", 41, "2023-01-01", "2023-12-31"),
            _count("sabotage", 77, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: detainees after the dash",
        "2025-05-01",
        "В 2023 году за диверсии осудили 120 человек. В 2024 году — 300 задержанных.",
        [_count("sabotage", 120, "2023-01-01", "2023-12-31")],
    ),
    (
        "trap: cases after the dash of a conviction count",
        "2025-05-01",
        "За госизмену в 2023 году осуждены 105 человек.\n2024 г. — 240 уголовных дел.",
        [_count("treason", 105, "2023-01-01", "2023-12-31")],
    ),
    # -- «дискредитация» alone ----------------------------------------------------------------
    (
        "«за повторную «дискредитацию»» after another offence's figure",
        "2026-03-02",
        "В феврале вынесено 17 приговоров по «фейкам» и 6 — за повторную «дискредитацию».",
        [
            _count("army_fakes", 17, "2026-02-01", "2026-02-28"),
            _count("discrediting_the_army", 6, "2026-02-01", "2026-02-28"),
        ],
    ),
    (
        "«по делам о «дискредитации»»",
        "2026-03-02",
        "С начала года по делам о «дискредитации» осуждены 11 человек.",
        [_count("discrediting_the_army", 11, "2026-01-01", "2026-03-02")],
    ),
    (
        "trap: an administrative fine for «дискредитация»",
        "2026-03-02",
        "За «дискредитацию» в феврале оштрафованы 240 человек.",
        [],
    ),
    # -- lines that open with a pictograph --------------------------------------------------
    (
        "a post of pictograph lines, a part on a line of its own",
        "2026-06-02",
        "🗂 Май в цифрах\n⚖️ 31 приговор по делам о госизмене\n🧨 12 — за диверсии\n"
        "🔒 к реальным срокам приговорены 25 человек\n🌐 с начала года за госизмену осуждены "
        "уже 160 человек",
        [
            _count("treason", 31, "2026-05-01", "2026-05-31"),
            _count("sabotage", 12, "2026-05-01", "2026-05-31"),
            _count("treason", 160, "2026-01-01", "2026-06-02"),
        ],
    ),
    (
        "an item closing on an aside in brackets",
        "2026-09-01",
        "Приговоры за август:\n🟥 госизмена — 44\n🧨 диверсии — 23 (из них 6 — подростки)",
        [
            _count("treason", 44, "2026-08-01", "2026-08-31"),
            _count("sabotage", 23, "2026-08-01", "2026-08-31"),
        ],
    ),
    (
        "trap: a sentence wrapped over lines, no pictograph, stays one",
        "2026-09-01",
        "В августе за шпионаж осудили\n8 человек, а за госизмену — 40.",
        [
            _count("espionage", 8, "2026-08-01", "2026-08-31"),
            _count("treason", 40, "2026-08-01", "2026-08-31"),
        ],
    ),
    # -- a range after a colon, or with life as its alternative ----------------------------
    (
        "«санкция строже: от N до M лет»",
        "2026-04-02",
        "Санкция за шпионаж строже: от 10 до 20 лет.",
        [_range("espionage", 10, 20)],
    ),
    (
        "«где наказание суровее: от N до M лет либо пожизненное»",
        "2026-04-02",
        "Россиянина будут судить по статье о госизмене, где наказание суровее: от 12 до 20 "
        "лет либо пожизненное лишение свободы.",
        [_range("treason", 12, 20, True)],
    ),
    (
        "trap: ages after a colon with no statutory cue",
        "2026-04-02",
        "По делу о диверсии осуждены трое студентов: от 19 до 23 лет.",
        [],
    ),
    # -- a law's dates, then what it does in the next sentence ------------------------------
    (
        "«Он дополняет статью о ...» after a law told with two dates",
        "2026-01-08",
        "Завтра, 12 января, вступает в силу закон, который президент подписал 30 декабря 2025 "
        "года. Он дополняет статью о шпионаже новой частью.",
        [_enacted("espionage", "2025-12-30"), _enacted("espionage", "2026-01-12")],
    ),
    (
        "«Документ вводит ...» after «С 1 марта вступает в силу закон, подписанный ...»",
        "2025-02-25",
        "С 1 марта вступает в силу закон, подписанный 18 февраля 2025 года. Документ вводит "
        "новую часть в статью о диверсии.",
        [_enacted("sabotage", "2025-02-18"), _enacted("sabotage", "2025-03-01")],
    ),
    (
        "a yearless entry into force before a dated signature: the next such day",
        "2026-03-10",
        "9 января вступил в силу закон о дезертирстве, подписанный 29 декабря 2025 года.",
        [_enacted("desertion", "2025-12-29"), _enacted("desertion", "2026-01-09")],
    ),
    (
        "trap: the next sentence opens on a person",
        "2026-03-10",
        "Президент подписал закон 12 мая 2025 года. Он был осужден за госизмену в 2023 году.",
        [],
    ),
    (
        "trap: the law two sentences before",
        "2026-03-10",
        "Президент подписал закон 12 мая 2025 года. Об этом сообщили в Кремле. Он ужесточает "
        "наказание за шпионаж.",
        [],
    ),
    (
        "trap: a bill adopted by the Duma",
        "2026-03-10",
        "Госдума приняла законопроект 12 мая 2025 года. Он ужесточает наказание за шпионаж.",
        [],
    ),
    (
        "trap: a verdict in force, a yearless day before another dated day",
        "2026-03-10",
        "Приговор по делу о госизмене вступил в законную силу 9 января, а жалобу подали 29 "
        "декабря 2025 года.",
        [],
    ),
    # -- «нежелательная организация» -------------------------------------------------------
    (
        "«по статье о нежелательных организациях»",
        "2026-02-01",
        "В 2025 году по статье о нежелательных организациях вынесено 57 приговоров.",
        [_count("undesirable_organisation", 57, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: organisations designated undesirable",
        "2026-02-01",
        "В 2025 году Генпрокуратура признала нежелательными еще 48 организаций.",
        [],
    ),
    # -- a quarter or a half by its Roman numeral or a figure with an ending ---------------
    (
        "«в III квартале 2026 года»",
        "2026-11-05",
        "В III квартале 2026 года суды вынесли 71 приговор по делам о госизмене.",
        [_count("treason", 71, "2026-07-01", "2026-09-30")],
    ),
    (
        "«во 2-м квартале» of the year of publication",
        "2026-11-05",
        "Во 2-м квартале за шпионаж осуждены 13 человек.",
        [_count("espionage", 13, "2026-04-01", "2026-06-30")],
    ),
    (
        "«во II полугодии 2025 года»",
        "2026-11-05",
        "Во II полугодии 2025 года за дезертирство осуждены 880 человек.",
        [_count("desertion", 880, "2025-07-01", "2025-12-31")],
    ),
    (
        "trap: «3 квартала» is three quarters, no ordinal",
        "2026-11-05",
        "За 3 квартала 2026 года за госизмену осуждены 400 человек.",
        [_count("treason", 400, "2026-01-01", "2026-09-30")],
    ),
    # -- a table typed in text, its cells parted by pipes ----------------------------------
    (
        "rows «offence (ст. N) | figure» under a heading with a year",
        "2026-03-01",
        "Приговоры по статьям о безопасности государства в 2025 году\n"
        "Диверсия (ст. 281) | 312\nШпионаж (ст. 276) | 58\nИз них иностранцев | 21",
        [
            _count("sabotage", 312, "2025-01-01", "2025-12-31"),
            _count("espionage", 58, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "trap: rows of detainees by region",
        "2026-03-01",
        "Задержанные по делам о госизмене в 2025 году\nМосква | 120\nПетербург | 64",
        [],
    ),
    (
        "trap: rows of two columns no heading explains",
        "2026-03-01",
        "Осуждены за 2025 год\nГосизмена | 590 | 410\nШпионаж | 64 | 40",
        [],
    ),
    # -- a bare month in a sentence with no figure, or before a count's figure ------------
    (
        "a month in a sentence whose count is in words",
        "2026-05-10",
        "Одиннадцать человек осуждены за шпионаж в марте.",
        [_count("espionage", 11, "2026-03-01", "2026-03-31")],
    ),
    (
        "«в апреле 27 человек»: a figure with its unit after the month",
        "2026-05-10",
        "Осуждены за диверсии в апреле 27 человек.",
        [_count("sabotage", 27, "2026-04-01", "2026-04-30")],
    ),
    (
        "«за март 1 140 человек»: a figure in groups with its unit",
        "2026-05-10",
        "За март 1 140 человек осуждены за самовольное оставление части.",
        [_count("leaving_a_unit_without_leave", 1140, "2026-03-01", "2026-03-31")],
    ),
    (
        "trap: «в мае 3 года назад» is no month of this year",
        "2026-05-10",
        "В мае 3 года назад за госизмену осуждены 40 человек.",
        [_count("treason", 40, None, None)],
    ),
    # -- people whose cases were heard ------------------------------------------------------
    (
        "«рассмотрели дела в отношении N человек ..., осуждены M»",
        "2026-05-10",
        "За прошлый год суды рассмотрели дела в отношении 96 человек по статье о шпионаже, "
        "осуждены 91, оправдан один.",
        [_count("espionage", 91, "2025-01-01", "2025-12-31")],
    ),
    (
        "«рассмотрели дела о X в отношении N человек, осуждены M»",
        "2026-05-10",
        "В 2025 году суды рассмотрели дела о диверсиях в отношении 420 человек, осуждены 401.",
        [_count("sabotage", 401, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: «в отношении N человек» after a verdict verb is a count",
        "2026-05-10",
        "В 2025 году приговоры по делам о госизмене вынесены в отношении 640 человек.",
        [_count("treason", 640, "2025-01-01", "2025-12-31")],
    ),
    # -- «Статья о X вступила в силу DATE» --------------------------------------------------
    (
        "an article named by its subject comes into force on a day",
        "2026-05-10",
        "Статья о призывах к введению санкций вступила в силу 4 марта 2022 года.",
        [_enacted("calls_for_sanctions", "2022-03-04")],
    ),
    (
        "trap: an article in force since the Code's own year",
        "2026-05-10",
        "Статья о шпионаже, по которой осудили инженера, вступила в силу еще в 1997 году.",
        [],
    ),
    (
        "trap: a verdict in force on a day",
        "2026-05-10",
        "Приговор по статье о шпионаже вступил в законную силу 3 марта 2025 года.",
        [],
    ),
    # -- a court release's «наказание в виде лишения свободы сроком на N лет» -------------
    (
        "«назначено наказание в виде лишения свободы сроком на N лет»",
        "2026-05-10",
        "Подсудимой назначено наказание в виде лишения свободы сроком на 9 лет за шпионаж.",
        [_term("espionage", 9)],
    ),
    (
        "«назначил ему наказание в виде лишения свободы на срок N лет»",
        "2026-05-10",
        "Суд назначил ему наказание в виде лишения свободы на срок 6 лет за дезертирство.",
        [_term("desertion", 6)],
    ),
    (
        "trap: a suspended term in the same wording",
        "2026-05-10",
        "Суд назначил ей наказание в виде лишения свободы сроком на 2 года условно за "
        "оправдание терроризма.",
        [],
    ),
    # -- a second quarter after a first of the year of publication ------------------------
    (
        "«В первом квартале ..., во втором — N» with no year named",
        "2026-07-20",
        "В первом квартале за диверсии осудили 84 человека, во втором — 97.",
        [
            _count("sabotage", 84, "2026-01-01", "2026-03-31"),
            _count("sabotage", 97, "2026-04-01", "2026-06-30"),
        ],
    ),
    (
        "trap: «во втором чтении» after a first half",
        "2026-07-20",
        "В первом полугодии за шпионаж осудили 30 человек; закон приняли во втором чтении.",
        [_count("espionage", 30, "2026-01-01", "2026-06-30")],
    ),
    # -- who a part of the convicted are; an article's part number -------------------------
    (
        "trap: «N осужденных за X — граждане других государств» is a part",
        "2026-05-10",
        "За шпионаж в 2025 году осуждены 81 человек, 52 осужденных за шпионаж — иностранцы.",
        [_count("espionage", 81, "2025-01-01", "2025-12-31")],
    ),
    (
        "a count with who they are after a dash stays («осуждены N человек — жители ...»)",
        "2026-05-10",
        "За диверсии в 2025 году осуждены 130 человек — в основном жители приграничья.",
        [_count("sabotage", 130, "2025-01-01", "2025-12-31")],
    ),
    (
        "trap: «по ч. 2 — N»: the part number is no count",
        "2026-05-10",
        "За 2025 год осуждены: по ч. 1 ст. 207.3 — 96 человек, по ч. 2 — 143.",
        [
            _count("army_fakes", 96, "2025-01-01", "2025-12-31"),
            _count("army_fakes", 143, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "«за самовольное оставление части N человек»: «части» is a unit's",
        "2026-05-10",
        "За 2025 год осудили за самовольное оставление части 7 400 человек.",
        [_count("leaving_a_unit_without_leave", 7400, "2025-01-01", "2025-12-31")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_category(published: str, text: str, expected: Expected) -> None:
    assert _claims(text, dt.date.fromisoformat(published)) == expected
