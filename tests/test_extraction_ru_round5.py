"""Russian phrasing categories of round 5 (issue 10), each with traps that must stay out.

An enumeration of offences followed by a comment after a dash («... дел о госизмене,
шпионаже и сотрудничестве — почти вдвое больше, чем ...») keeps every offence; a clause
with its own figure after the dash («..., шпионаж — 25») is still a count of its own.

Cases opened beside convictions: in a sentence that convicts, a clause with a case verb and
no conviction word («..., еще 30 уголовных дел по ней возбуждены») counts cases.

«Признал виновным ... и назначил N лет» is one person's sentence; a group («признал их
виновными») is none.

«Измена» alone is treason («Теперь за измену может быть назначено пожизненное»).

A sentence opening with a period that points back («За тот же период суды вынесли 41
приговор», «За аналогичный период прошлого года — 98») speaks of the offence before; arrests
in such a sentence stay out. An article named by an ordinal («по 276-й статье», «275-я
статья») is that article.

Spans before the period named: «за три предыдущих года» after «за 2022–2024 годы» is
2019–2021 (not last year). An elided figure after a period («Годом ранее — 20.», «В
2023-м — девять.», «За предыдущие пять лет — 35.») counts what the sentence before counted;
a term («— 20 лет») or a head that is no period («Задержаны в 2023 году — 20») stays out.

Asides in parentheses: «осуждены 47 человек (в 2023 году — 31)» gives 47 the period outside
and 31 the one inside; «больше, чем за весь 2023 год (71)» is a count for 2023. A share or an
article in parentheses stays out.

A range said of a part after a dash («Третья часть, о тяжких последствиях, — от 10 до 15
лет», «По третьей части — ...») is what the law sets, for the offence before; a term given
under a part, or an age band beside a part, stays out.

«Полторы сотни», «около полутора тысяч» are 150 and 1,500; «дали полтора года» is 1.5
years (as is «до полутора лет» in a range); «полтора года назад» is no count. «В первой /
второй половине 2024 года» is a half-year.

More imposed-term wordings: «назначил бывшему инженеру Петру Волкову 18 лет», «отправил в
колонию на 16 лет жителя Курска», «приговорён заочно к восьми годам»; terms given to many
(«назначил двум жителям по 12 лет», «назначили сроки от пяти до семи лет», «осуждённым ...
в среднем 13 лет») are none. A defendant's name is given in the nominative where the
verb's case and the morphology make it certain («приговорил Ивана Петрова» → Иван Петров),
else as written («жителя Курска»).

«Число дел о диверсиях за 2024 год превысило 300» counts cases (no verb of opening needed);
«число приговоров ... достигло» stays a count of verdicts; «число фигурантов» is no count.

«Из 236 человек, дела которых рассмотрели, осуждены 224»: the whole is of people tried and
the count is the figure the conviction verb governs; «Из 189 осуждённых ... 40 получили»
keeps the whole. «По 275-й и 276-й статьям» names both articles.

«Минимальный срок ... — 10 лет, максимальный — 20» is one range; a minimum a court
imposed stays out. «Сдача в плен» is voluntary surrender, «переход на сторону
противника» treason, «призывы к терроризму» the calls and justification of Art. 205.2.

Categories of ru-heldout12 (after its first score): «с января 2023 года по август 2025
года» runs over years; «за восемь месяцев 2025 года» is January-August; «Ему назначено 19
лет» is the defendant's term; «Она карается ... до восьми лет» is the article named before;
«Приговоры за полгода получили 118 человек» is the period and offence reported on before
(«за полгода» is no unknown charge); «рассмотрели дела 18 человек» and «дела двоих
прекращены» are no counts.

Periods of ru-heldout13 (after its first score): «В прошлом году за тот же период» is the
months named before in last year (not the whole year); «Спустя три года», «Через два года»
shift the year named before (not the year itself).

Of ru-heldout14 (after its first score): «Годом ранее за тот же период» is the months
before, a year earlier; «старшему назначено 17 лет, младшему — 12» are two defendants'
terms (the second with the years left out), and the elided term is no count.

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import pytest

from kgbuild.extraction_ru import extract_ru
from tests.test_extraction_ru_categories import (
    LEXICON,
    PUBLISHED,
    Expected,
    _claims,
    _count,
    _range,
    _term,
)

THREE = ("treason", "espionage", "confidential_cooperation")
Y2024 = ("2024-01-01", "2024-12-31")


def _cases(
    offence: object, count: int, start: str, end: str, q: str = "exact"
) -> tuple[object, ...]:
    return ("case_count", offence, count, q, start, end)


CASES: list[tuple[str, str, Expected]] = [
    # -- an enumeration before a dash --------------------------------------------------
    (
        "a list of offences before a dash keeps every offence",
        "В 2024 году возбудили не менее 280 уголовных дел о государственной измене, шпионаже "
        "и конфиденциальном сотрудничестве — почти вдвое больше, чем годом ранее.",
        [_cases(THREE, 280, *Y2024, "at_least")],
    ),
    (
        "a list of offences before a dash, convictions",
        "За 2024 год по делам о госизмене, шпионаже и конфиденциальном сотрудничестве осуждены "
        "176 человек — рекорд за всю историю наблюдений.",
        [_count(THREE, 176, *Y2024)],
    ),
    (
        "trap: a clause with its own figure after the dash stays a count of its own",
        "Осуждены в 2024 году 88 человек за госизмену, шпионаж — 14.",
        [_count("treason", 88, *Y2024), _count("espionage", 14, *Y2024)],
    ),
    # -- cases opened beside convictions -----------------------------------------------
    (
        "a clause with a case verb after a conviction counts cases",
        "С начала года по статье о диверсии осуждены 35 человек, еще 48 уголовных дел по ней "
        "возбуждены.",
        [
            _count("sabotage", 35, "2025-01-01", "2025-06-20"),
            _cases("sabotage", 48, "2025-01-01", "2025-06-20"),
        ],
    ),
    (
        "convictions after cases opened, joined by «а»",
        "В 2024 году за шпионаж осудили 27 человек, а возбудили 64 уголовных дела.",
        [_count("espionage", 27, *Y2024), _cases("espionage", 64, *Y2024)],
    ),
    (
        "trap: cases heard and convicted in one clause stay a conviction count",
        "В 2024 году суды рассмотрели 57 дел о шпионаже и осудили по ним 52 человека.",
        [_count("espionage", 57, *Y2024), _count("espionage", 52, *Y2024)],
    ),
    # -- found guilty and given a term -------------------------------------------------
    (
        "«признал его виновным ... и назначил N лет» is one person's term",
        "Северо-Кавказский окружной военный суд признал его виновным в покушении на госизмену "
        "и назначил 14 лет заключения.",
        [_term("treason", 14)],
    ),
    (
        "«признал виновной <name> в ...» with «назначил ей»",
        "Суд признал виновной 29-летнюю жительницу Перми в шпионаже и назначил ей наказание в "
        "виде 11 лет лишения свободы.",
        [_term("espionage", 11)],
    ),
    (
        "trap: a group found guilty is no individual sentence",
        "Суд признал их виновными в диверсии и назначил по 15 лет колонии.",
        [],
    ),
    (
        "trap: a requested term after a finding of guilt is none",
        "Прокуратура просила признать его виновным в госизмене и назначить 18 лет колонии.",
        [],
    ),
    # -- «измена» alone ----------------------------------------------------------------
    (
        "«за измену» is treason in a penalty",
        "Теперь за измену может быть назначено пожизненное лишение свободы.",
        [_range("treason", None, None, True)],
    ),
    (
        "«за измену» is treason in a count",
        "В 2024 году за измену осуждены 190 человек.",
        [_count("treason", 190, *Y2024)],
    ),
    # -- a period that points back -----------------------------------------------------
    (
        "«За тот же период» after cases opened: verdicts for the same offences",
        "С начала года по статьям о диверсии и шпионаже возбуждено 73 уголовных дела. За тот "
        "же период суды вынесли 52 приговора, в 12 случаях — заочно.",
        [
            _cases(("sabotage", "espionage"), 73, "2025-01-01", "2025-06-20"),
            _count(("sabotage", "espionage"), 52, "2025-01-01", "2025-06-20"),
        ],
    ),
    (
        "an elided count after «За аналогичный период прошлого года —»",
        "В первом полугодии 2025 года по делам о шпионаже осуждены 44 человека. За аналогичный "
        "период прошлого года — 31.",
        [
            _count("espionage", 44, "2025-01-01", "2025-06-30"),
            _count("espionage", 31, "2024-01-01", "2024-06-30"),
        ],
    ),
    (
        "trap: arrests in the same period give no count",
        "В первом полугодии 2025 года по делам о шпионаже осуждены 44 человека. За тот же "
        "период задержаны 120 человек.",
        [_count("espionage", 44, "2025-01-01", "2025-06-30")],
    ),
    # -- ordinal articles --------------------------------------------------------------
    (
        "«по 276-й статье» is Article 276",
        "В прошлом году по 276-й статье вынесли 23 приговора.",
        [_count("espionage", 23, *Y2024)],
    ),
    (
        "«283-я статья» is Article 283 in a penalty",
        "283-я статья предусматривает до четырех лет лишения свободы.",
        [_range("disclosure_of_state_secrets", None, 4)],
    ),
    (
        "trap: an ordinal that is no article («47-й приговор») gives no count",
        "Это уже 47-й приговор по делу о госизмене в регионе.",
        [],
    ),
    # -- years before the period named; elided figures after a period ------------------
    (
        "«за три предыдущих года» are the full years before the range named",
        "За 2021–2024 годы за диверсию осуждены около 420 человек. Для сравнения, за три "
        "предыдущих года их было около 30.",
        [
            _count("sabotage", 420, "2021-01-01", "2024-12-31", "about"),
            _count("sabotage", 30, "2018-01-01", "2020-12-31", "about"),
        ],
    ),
    (
        "«за предыдущие пять лет» with an elided figure",
        "В 2024 году за конфиденциальное сотрудничество осуждены 26 человек. За предыдущие "
        "пять лет — 14.",
        [
            _count("confidential_cooperation", 26, *Y2024),
            _count("confidential_cooperation", 14, "2019-01-01", "2023-12-31"),
        ],
    ),
    (
        "«Годом ранее — 20.» after a count",
        "В 2024 году за разглашение гостайны осуждены 31 человек. Годом ранее — 20.",
        [
            _count("disclosure_of_state_secrets", 31, *Y2024),
            _count("disclosure_of_state_secrets", 20, "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "«Для сравнения, в 2021-м — девять.» after a count",
        "В 2024 году за шпионаж осуждены 40 человек. Для сравнения, в 2021-м — девять.",
        [
            _count("espionage", 40, *Y2024),
            _count("espionage", 9, "2021-01-01", "2021-12-31"),
        ],
    ),
    (
        "trap: a head that is no period gives no count",
        "В 2024 году за шпионаж осуждены 40 человек. Задержаны в 2023 году — 20.",
        [_count("espionage", 40, *Y2024)],
    ),
    (
        "trap: a term after a period gives no count",
        "В 2024 году за шпионаж осуждены 40 человек. В среднем в 2023 году — 12 лет.",
        [_count("espionage", 40, *Y2024)],
    ),
    # -- asides in parentheses ---------------------------------------------------------
    (
        "a baseline in parentheses keeps its own period",
        "В 2024 году по статье о шпионаже осуждены 53 человека (в 2022 году — 17).",
        [
            _count("espionage", 53, *Y2024),
            _count("espionage", 17, "2022-01-01", "2022-12-31"),
        ],
    ),
    (
        "a figure in parentheses after «чем за весь <year>»",
        "За первое полугодие 2025 года за госизмену осуждены 118 человек — больше, чем за весь "
        "2022 год (46).",
        [
            _count("treason", 118, "2025-01-01", "2025-06-30"),
            _count("treason", 46, "2022-01-01", "2022-12-31"),
        ],
    ),
    (
        "trap: a share and an article in parentheses give no count",
        "В 2024 году за шпионаж (ст. 276 УК) осуждены 53 человека (на 40% больше).",
        [_count("espionage", 53, *Y2024)],
    ),
    # -- a range said of a part after a dash -------------------------------------------
    (
        "«Самая строгая, третья часть, — от N до M лет» after the article's range",
        "Статья 283 о разглашении гостайны предусматривает до четырех лет лишения свободы. "
        "Вторая часть, о тяжких последствиях, — от трех до семи лет.",
        [
            _range("disclosure_of_state_secrets", None, 4),
            _range("disclosure_of_state_secrets", 3, 7),
        ],
    ),
    (
        "«По третьей части — от N до M лет»",
        "За шпионаж грозит от 10 до 20 лет. По второй части — от 12 до 20 лет.",
        [_range("espionage", 10, 20), _range("espionage", 12, 20)],
    ),
    (
        "trap: a term given under a part is no range",
        "За шпионаж грозит от 10 до 20 лет. По второй части статьи ему дали 13 лет.",
        [_range("espionage", 10, 20), _term("espionage", 13)],
    ),
    (
        "trap: an age band beside a part is no range",
        "По второй части в 2024 году осуждены люди в возрасте от 18 до 25 лет.",
        [],
    ),
    # -- one and a half; halves of a year ---------------------------------------------
    (
        "«Полторы сотни человек» is 150",
        "Полторы сотни человек осуждены за дезертирство в 2024 году.",
        [_count("desertion", 150, *Y2024)],
    ),
    (
        "«около полутора тысяч» is about 1,500",
        "За 2022–2024 годы за фейки об армии осуждены около полутора тысяч человек.",
        [_count("army_fakes", 1500, "2022-01-01", "2024-12-31", "about")],
    ),
    (
        "«дали полтора года» is a term of 1.5 years",
        "Жителю Пскова дали полтора года колонии за дискредитацию армии.",
        [_term("discrediting_the_army", 1.5)],
    ),
    (
        "trap: «полтора года назад» is no count",
        "Полтора года назад его задержали по делу о шпионаже.",
        [],
    ),
    (
        "«в первой половине 2025 года» is the first half",
        "В первой половине 2025 года за шпионаж осуждены 38 человек, во второй половине 2024 "
        "года — 29.",
        [
            _count("espionage", 38, "2025-01-01", "2025-06-30"),
            _count("espionage", 29, "2024-07-01", "2024-12-31"),
        ],
    ),
    # -- more imposed-term wordings ----------------------------------------------------
    (
        "«назначил <dative person> N лет»",
        "Мосгорсуд назначил бывшему инженеру НИИ Петру Волкову 17 лет строгого режима по делу "
        "о госизмене.",
        [_term("treason", 17)],
    ),
    (
        "«отправил в колонию на N лет <person>»",
        "Суд отправил в колонию на 11 лет жителя Белгорода, обвиненного в диверсии.",
        [_term("sabotage", 11)],
    ),
    (
        "«приговорён заочно к N годам»",
        "Бывший журналист приговорён заочно к восьми годам за «фейки» об армии.",
        [_term("army_fakes", 8)],
    ),
    (
        "trap: a term given to many by «назначил» is none",
        "Суд назначил двум жителям Брянска по 12 лет за госизмену.",
        [],
    ),
    (
        "trap: terms as a range given to a part are none",
        "В 2024 году за дезертирство осуждены 61 человек. Большинству назначили сроки от пяти "
        "до семи лет.",
        [_count("desertion", 61, *Y2024)],
    ),
    (
        "trap: a mean term given to the convicted is none",
        "Суд в 2024 году назначил осуждённым за шпионаж в среднем 13 лет.",
        [],
    ),
    # -- «число дел» -------------------------------------------------------------------
    (
        "«число дел ... превысило N» counts cases",
        "По подсчетам правозащитников, число дел о шпионаже за 2024 год превысило 90.",
        [_cases("espionage", 90, *Y2024, "more_than")],
    ),
    (
        "«Количество уголовных дел ... достигло N»",
        "Количество уголовных дел о «фейках» об армии за 2022–2024 годы достигло 870.",
        [_cases("army_fakes", 870, "2022-01-01", "2024-12-31")],
    ),
    (
        "trap: «число фигурантов» is no count",
        "Число фигурантов дел о госизмене в 2024 году достигло 800.",
        [],
    ),
    # -- a whole of people tried; lists of ordinal articles ----------------------------
    (
        "«Из N человек, ..., осуждены M»: M is the count",
        "Из 61 человека, чьи дела о шпионаже суды рассмотрели в 2024 году, осуждены 58.",
        [_count("espionage", 58, *Y2024)],
    ),
    (
        "trap: «Из N осуждённых ... M получили» keeps the whole",
        "Из 189 осуждённых за госизмену в 2024 году 40 получили сроки свыше 15 лет.",
        [_count("treason", 189, *Y2024)],
    ),
    (
        "«по 275-й и 276-й статьям» names both",
        "В 2024 году по 275-й и 276-й статьям вынесли 243 приговора.",
        [_count(("treason", "espionage"), 243, *Y2024)],
    ),
    # -- minimum and maximum; «сдача в плен» -------------------------------------------
    (
        "«Минимальный срок ... — N лет, максимальный — M» is one range",
        "Минимальный срок по статье о шпионаже — 10 лет, максимальный — 20.",
        [_range("espionage", 10, 20)],
    ),
    (
        "«Минимальное наказание ... — N лет» alone",
        "Минимальное наказание за госизмену — 12 лет лишения свободы.",
        [_range("treason", 12, None)],
    ),
    (
        "trap: the least term a court imposed is no range",
        "Минимальный срок, который суд назначил по делу о шпионаже, — 10 лет.",
        [],
    ),
    (
        "«Сдача в плен» is voluntary surrender",
        "Сдача в плен карается лишением свободы на срок от трех до десяти лет.",
        [_range("voluntary_surrender", 3, 10)],
    ),
    (
        "«переход на сторону противника» is treason",
        "В 2024 году по делам о переходе на сторону противника осуждены 37 человек.",
        [_count("treason", 37, *Y2024)],
    ),
    (
        "«призывы к терроризму» are Art. 205.2",
        "За призывы к терроризму в 2024 году осуждены 310 человек.",
        [_count("justification_of_terrorism", 310, *Y2024)],
    ),
    # -- categories of ru-heldout12 ----------------------------------------------------
    (
        "a span of months over years",
        "С марта 2022 года по июнь 2025 года за госизмену осуждены более 1 100 человек.",
        [_count("treason", 1100, "2022-03-01", "2025-06-30", "more_than")],
    ),
    (
        "«за восемь месяцев 2025 года», «за первые пять месяцев 2024 года»",
        "За восемь месяцев 2025 года за шпионаж осуждены 44 человека, за первые пять месяцев "
        "2024 года — 19.",
        [
            _count("espionage", 44, "2025-01-01", "2025-08-31"),
            _count("espionage", 19, "2024-01-01", "2024-05-31"),
        ],
    ),
    (
        "«Ему назначено N лет» after the defendant's verdict",
        "Суд вынес приговор жителю Омска по делу о шпионаже. Ему назначено 13 лет колонии.",
        [_term("espionage", 13)],
    ),
    (
        "«Она карается ... до N лет» after the article",
        "Статья 283 о разглашении гостайны действует с 1996 года. Она карается лишением свободы "
        "на срок до четырех лет.",
        [_range("disclosure_of_state_secrets", None, 4)],
    ),
    (
        "«Приговоры за полгода получили N человек» after cases opened",
        "В первом полугодии 2025 года возбуждено 88 дел о госизмене. Приговоры за полгода "
        "получили 107 человек, в том числе шестеро — заочно.",
        [
            _cases("treason", 88, "2025-01-01", "2025-06-30"),
            _count("treason", 107, "2025-01-01", "2025-06-30"),
        ],
    ),
    (
        "trap: people whose cases were heard and cases dismissed are no counts",
        "За 2023 год суды рассмотрели дела 23 человек, обвинявшихся в шпионаже; осуждены 21, "
        "дела двоих прекращены.",
        [_count("espionage", 21, "2023-01-01", "2023-12-31")],
    ),
    (
        "trap: «за год до этого» is no span reported on",
        "В 2024 году за госизмену осуждены 200 человек. За год до этого задержали 300.",
        [_count("treason", 200, *Y2024)],
    ),
    # -- periods of ru-heldout13 -------------------------------------------------------
    (
        "«В прошлом году за тот же период» is the same months last year",
        "За девять месяцев 2025 года за шпионаж осуждены 52 человека. В прошлом году за тот же "
        "период таких приговоров было 37.",
        [
            _count("espionage", 52, "2025-01-01", "2025-09-30"),
            _count("espionage", 37, "2024-01-01", "2024-09-30"),
        ],
    ),
    (
        "«Спустя три года» shifts the year named before",
        "В 2020 году за госизмену осудили 15 человек. Спустя три года их число превысило сто.",
        [
            _count("treason", 15, "2020-01-01", "2020-12-31"),
            _count("treason", 100, "2023-01-01", "2023-12-31", "more_than"),
        ],
    ),
    (
        "«Через два года — уже N»",
        "В 2021 году за шпионаж осудили 5 человек. Через два года — уже 30.",
        [
            _count("espionage", 5, "2021-01-01", "2021-12-31"),
            _count("espionage", 30, "2023-01-01", "2023-12-31"),
        ],
    ),
    # -- of ru-heldout14 ----------------------------------------------------------------
    (
        "«Годом ранее за тот же период» after a count since the start of the year",
        "С начала года по статье о шпионаже возбуждено 47 дел. Годом ранее за тот же период "
        "таких дел было 33.",
        [
            _cases("espionage", 47, "2025-01-01", "2025-06-20"),
            _cases("espionage", 33, "2024-01-01", "2024-06-20"),
        ],
    ),
    (
        "«старшему назначено N лет, младшему — M»",
        "Суд вынес приговор двум братьям по делу о госизмене: старшему назначено 16 лет, "
        "младшему — 13.",
        [_term("treason", 16), _term("treason", 13)],
    ),
    (
        "trap: an elided term after an imposed one is no count",
        "Суд приговорил жителя Брянска к 14 годам за шпионаж, его жене — 9.",
        [_term("espionage", 14), _term("espionage", 9)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected


PERSONS: list[tuple[str, str]] = [
    ("Суд приговорил Ивана Петрова к 13 годам за госизмену.", "Иван Петров"),
    ("Суд приговорил Анну Сергеевну Котову к 12 годам за шпионаж.", "Анна Сергеевна Котова"),
    ("Мосгорсуд назначил Андрею Ковалеву 18 лет по делу о госизмене.", "Андрей Ковалев"),
    ("Суд признал Елену Миронову виновной в госизмене и назначил ей 12 лет.", "Елена Миронова"),
    ("Суд приговорил Магомеда Д. к 17 годам за госизмену.", "Магомед Д."),
    # «его», «её» after the court found the person guilty by name: that name
    (
        "Областной суд признал инженера Игоря Соколова виновным в шпионаже и приговорил его "
        "к 14 годам колонии.",
        "Игорь Соколов",
    ),
    (
        "Военный суд признал Дарью Лаптеву виновной в госизмене и приговорил её к девяти годам.",
        "Дарья Лаптева",
    ),
    # not a name alone: as written
    ("Суд приговорил жителя Курска к 15 годам за диверсию.", "жителя Курска"),
    ("Суд приговорил инженера Сергея Лаптева к 16 годам за шпионаж.", "инженера Сергея Лаптева"),
]


@pytest.mark.parametrize(("text", "person"), PERSONS, ids=[p for _, p in PERSONS])
def test_person_in_the_nominative(text: str, person: str) -> None:
    claims = extract_ru(text, "passage.txt", published=PUBLISHED, lexicon=LEXICON)
    assert [c.person for c in claims if c.kind == "individual_sentence"] == [person]
