"""Russian phrasing categories of round 15 (issue 10), each with traps that must stay out.

A dated law told without its offences that adds articles («... дополнил Уголовный кодекс
двумя новыми статьями.»), then a sentence that opens by pointing at them and names them
(«Одна из них касается ..., другая — ...», «Они касаются ...», «Речь идет о ...»): an
enactment of each offence named, on the law's date. Traps: a year and no day, a pointing
sentence that says something else of them («Они применяются ...»), no pointer.

A term told as the final one of a combined sentence («По совокупности преступлений ему
окончательно назначено 18 лет 6 месяцев», «Окончательное наказание — 17 лет», «Итоговый
срок составил три года») or as the one being served («Он отбывает 11 лет в колонии») is the
defendant's of the story before. Traps: a mean, a range for many, a term served before,
the final term a prosecutor asked for, a sum given to many.

Counts told in a row, each with its year right after it and the unit said once («212
приговоров в 2024-м, 655 в 2025-м и 1 104 в 2026-м»): a count for each year. Traps: money
in a row, a part by age («40 в возрасте до 25 лет»), a figure before a year that is no row
(«..., 19 в 2025 году добились пересмотра»).

A range told «а за его создание — ...», «а за их распространение ... — ...» after a range of
an offence: the same offence's, aggravated (a possessive pronoun is no charge of its own).
Traps: a charge the scheme lacks after «а за» («за хулиганство», «за ложный донос»).

«По первой части статьи, как и прежде, грозит до семи лет»: a part of «статьи» with no
number is a part of the article the sentence before named. Trap: «По первой части статьи
283 — до четырех лет» names its own article.

«Средний срок — 14 лет, максимальный — пожизненный»: after a mean, the harshest term given,
its noun left out, is no statutory range. A range the law allows stays («а максимальный
по закону — пожизненное лишение свободы», «а максимальное наказание — пожизненное»).

A total of them told after a rate («в среднем по два приговора ... в день, а всего за год их
набралось 734», «..., а всего за год — 61 человек») is a count for the period; the rate's
own figures stay out. Traps: a second rate after «а всего», a total of something else («а
всего за год они рассмотрели 9 000 уголовных дел», «а всего по уголовным делам осуждены
...»).

Cases «о распространении «фейков» об армии», «о покушении на госизмену», «о подготовке
теракта»: an act before the offence's label is no charge of its own. Traps: «дел о
распространении наркотиков» (a charge the scheme lacks) beside a count of sabotage cases.

A former range told with a dash and no years after a range («от 10 до 20 лет вместо прежних
10–15», «а не 10–15, как раньше», «7–15 лет вместо 5–15») is a range of its own. Traps: a
mean told «13-14», terms courts give «12–15», days of a month «10–15 марта».

A raised minimum and the ceiling kept («поднял нижнюю границу ... с пяти до семи лет;
верхняя осталась прежней — 15 лет»): the new and the former range, each up to that
ceiling. Traps: a raised minimum alone (no ceiling), a range told with its ceiling again, a
mean term that «остался прежним».

An explainer's range with no verb of the law: «конфиденциальное сотрудничество — это до
восьми лет», «— это от двух до четырех лет», «— уже статья о госизмене, вплоть до
пожизненного срока». Traps: an investigation or custody «— это до двух лет», a term asked
«вплоть до 20 лет», a year «вплоть до 2030 года».

An offence or article heading a range after a colon or a dash («Статья 275 УК РФ: от 12 до
20 лет ... или пожизненное», «Шпионаж (ст. 276 УК) — от 10 до 20 лет», «• госизмена: от 12
до 20 лет»). Traps: a digest's terms with no offence before the colon, a time ago, ages of
the people counted.

A half or quarter told after another of the same year in the sentence, its noun or its year
left out («В первом квартале 2024 года ... 150, во втором — 171», «за второе — 40», «во
втором полугодии — 95»): that part of the same year. Traps: «во втором чтении», an ordinal
with no part named before it.

A law «действует с» or «применяется с» a day: in force from that day, as «вступил в силу».
Traps: a year or a season only («действует с 1997 года», «с лета 2022 года»), a verdict
«действует с ...», a month as the start of a count's span.

A term first, then the passive verb and the person («К 12 годам заключения приговорен
житель Ставрополья по делу о шпионаже», «К пожизненному лишению свободы приговорен ...»):
that person's term. Traps: many people («приговорены трое»), a year «К 2030 году».

«Количество (уголовных) дел о X ... выросло до N» counts cases, also beside a count of
verdicts in the next clause («..., а число приговоров — до 780»). Traps: the number of
people convicted «выросло до», money «выросли до».

«По итогам пяти месяцев», «Итоги трех месяцев:» with no year: the first months of the year
of publication, as «за пять месяцев». Traps: «шести месяцев работы комиссии», «за шесть
месяцев войны» (months of something else).

A person, then a participle of being sentenced and the term («Житель Томска, получивший в
2023 году 12 лет за госизмену, ...», «его подзащитному, осужденному за шпионаж на 14 лет,
...», «Жительница Омска, приговоренная к 6 годам ...»): that person's term. Traps: many
people («получившие по 10 лет»), a time ago («получивший 12 лет назад условный срок»),
terms of many («получившие сроки от 12 до 20 лет»).

A group among the people convicted («Женщин среди осужденных ... было 62», «..., среди них
62 женщины»), their ages («самому пожилому — 74») and a share told again as a figure («Почти
40% осужденных ... — жители приграничных регионов; это около 300 человек») are no counts
of convictions. A part that names its own offence after the figure («..., среди них 780 —
за госизмену») still counts.

A law's two days in one sentence, each after its own verb, a participle too («Закон,
принятый Госдумой 16 декабря и одобренный Советом Федерации 19 декабря 2025 года, ...»):
two enactments; a day without its year takes the year of the day after it in the sentence
(«... 21 декабря, а Совет Федерации одобрил его 23 декабря 2022 года»). Trap: a later day
of another event («а 9 января 2026 года задержали первого обвиняемого»).

Every sentence is written for these tests with made-up figures (the laws' dates and
sanctions are the Code's own); each lists every claim it must give, and nothing else.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_ru_categories import Expected, _case, _claims, _count, _range, _term


def _enacted(offence: str, date: str) -> tuple[object, ...]:
    return ("enactment", offence, date)


CASES: list[tuple[str, str, Expected]] = [
    # -- articles a law added, named in the next sentence ------------------------------
    (
        "«Одна из них касается ..., другая — ...» after a law adding two articles",
        "14 июля 2022 года президент подписал закон, который дополнил Уголовный кодекс "
        "двумя статьями. Одна из них касается конфиденциального сотрудничества с "
        "иностранным государством, другая — публичных призывов к деятельности против "
        "безопасности государства.",
        [
            _enacted("confidential_cooperation", "2022-07-14"),
            _enacted("calls_against_state_security", "2022-07-14"),
        ],
    ),
    (
        "«Они касаются ...» after a law that brought in new offences",
        "Закон, подписанный 24 сентября 2022 года, ввел в УК новые составы. Они касаются "
        "добровольной сдачи в плен и мародерства.",
        [
            _enacted("voluntary_surrender", "2022-09-24"),
            _enacted("looting", "2022-09-24"),
        ],
    ),
    (
        "«Речь идет о ...» after articles that appeared",
        "После того как 29 декабря 2022 года президент подписал закон, в УК появились три статьи. "
        "Речь идет о содействии диверсионной деятельности, о прохождении обучения в целях "
        "осуществления диверсионной деятельности и об организации диверсионного сообщества.",
        [
            _enacted("assisting_sabotage", "2022-12-29"),
            _enacted("sabotage_training", "2022-12-29"),
            _enacted("sabotage_community", "2022-12-29"),
        ],
    ),
    (
        "trap: a year and no day is no enactment date",
        "В 2022 году в Уголовном кодексе появились две новые статьи. Одна из них касается "
        "конфиденциального сотрудничества с иностранным государством.",
        [],
    ),
    (
        "trap: the next sentence points at the articles but tells something else",
        "После закона, подписанного 14 июля 2022 года, в УК появились новые статьи. Они "
        "применяются наравне со статьей о шпионаже.",
        [],
    ),
    (
        "trap: no pointer, a count of the new article",
        "14 июля 2022 года президент подписал закон, который дополнил УК двумя статьями. За "
        "2024 год по статье о конфиденциальном сотрудничестве осуждены 15 человек.",
        [_count("confidential_cooperation", 15, "2024-01-01", "2024-12-31")],
    ),
    # -- a final or combined term; a term being served ----------------------------------
    (
        "«ему окончательно назначено» after a finding of two offences",
        "Суд признал жителя Брянска виновным в государственной измене и диверсии. По "
        "совокупности преступлений ему окончательно назначено 17 лет 6 месяцев лишения "
        "свободы.",
        [_term(("treason", "sabotage"), 17.5)],
    ),
    (
        "«Окончательное наказание — N лет» after the story of a case",
        "Центральный окружной военный суд вынес приговор гражданке Молдовы, обвинявшейся в "
        "шпионаже. Окончательное наказание — 12 лет колонии общего режима.",
        [_term("espionage", 12)],
    ),
    (
        "«Итоговый срок составил ...» after a finding",
        "Бывшего сотрудника оборонного завода признали виновным в разглашении государственной "
        "тайны. Итоговый срок составил три года колонии-поселения.",
        [_term("disclosure_of_state_secrets", 3)],
    ),
    (
        "«Он отбывает N лет» after a finding",
        "В 2024 году его признали виновным в содействии террористической деятельности. Он "
        "отбывает девять лет в колонии строгого режима.",
        [_term("assisting_terrorism", 9)],
    ),
    (
        "trap: a mean told as the final term after a count",
        "В 2024 году за госизмену осудили 300 человек. Окончательное наказание — в среднем 13 "
        "лет.",
        [_count("treason", 300, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a final term after a count is no one's",
        "В 2024 году за шпионаж осудили 40 человек. Итоговый срок — 20 лет — получил только "
        "один из них.",
        [_count("espionage", 40, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a term served before, for another crime",
        "Жителя Читы признали виновным в госизмене и приговорили к 14 годам колонии. Ранее он "
        "отбывал четыре года за разбой.",
        [_term("treason", 14)],
    ),
    (
        "trap: many given final terms",
        "Участников ячейки признали виновными в участии в террористической организации. "
        "Осужденным окончательно назначено от 8 до 12 лет.",
        [],
    ),
    (
        "trap: the final term a prosecutor asked for",
        "Гособвинение просило для него окончательное наказание — 19 лет за государственную "
        "измену.",
        [],
    ),
    # -- counts in a row, each with its year -------------------------------------------
    (
        "a row of counts, «-м» years, the unit said once",
        "На графике видно, как росло число приговоров по статье о дезертирстве: 98 приговоров "
        "в 2023-м, 310 в 2024-м и 720 в 2025-м.",
        [
            _count("desertion", 98, "2023-01-01", "2023-12-31"),
            _count("desertion", 310, "2024-01-01", "2024-12-31"),
            _count("desertion", 720, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "a row of counts with «году»",
        "За шпионаж осуждены 11 человек в 2022 году, 19 в 2023 году и 35 в 2024 году.",
        [
            _count("espionage", 11, "2022-01-01", "2022-12-31"),
            _count("espionage", 19, "2023-01-01", "2023-12-31"),
            _count("espionage", 35, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "a row of case counts",
        "Следователи возбудили 64 дела о диверсиях в 2023 году, 150 в 2024-м.",
        [
            _case("sabotage", 64, "2023-01-01", "2023-12-31"),
            _case("sabotage", 150, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: money in a row",
        "С осужденных за дезертирство суды взыскали 212 тысяч рублей в 2023-м, 655 в 2024-м.",
        [],
    ),
    (
        "trap: a part by age after a count",
        "В 2024 году за дезертирство осудили 212 человек, 40 в возрасте до 25 лет.",
        [_count("desertion", 212, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a figure before a later year, no row",
        "В 2023 году за госизмену осудили 212 человек, 19 в 2024 году добились пересмотра.",
        [_count("treason", 212, "2023-01-01", "2023-12-31")],
    ),
    # -- «а за его создание — ...»: the offence before, aggravated ----------------------
    (
        "«а за его создание — ...» after the range of participation",
        "За участие в диверсионном сообществе грозит от пяти до десяти лет, а за его "
        "создание — от 15 до 20 лет либо пожизненное лишение свободы.",
        [
            _range("sabotage_community", 5, 10),
            _range("sabotage_community", 15, 20, life=True),
        ],
    ),
    (
        "«а за их распространение ... — ...» after the basic range",
        "За распространение фейков об армии грозит до пяти лет, а за их распространение из "
        "корыстных побуждений — от пяти до десяти лет.",
        [_range("army_fakes", None, 5), _range("army_fakes", 5, 10)],
    ),
    (
        "trap: another charge after «а за»",
        "За участие в диверсионном сообществе грозит от пяти до десяти лет, а за хулиганство "
        "— до семи.",
        [_range("sabotage_community", 5, 10)],
    ),
    (
        "trap: a charge the scheme lacks that speaks of the offence",
        "За участие в диверсионном сообществе грозит от пяти до десяти лет, а за ложный донос "
        "о нем — до трех лет.",
        [_range("sabotage_community", 5, 10)],
    ),
    # -- «по первой части статьи»: the article named before ---------------------------
    (
        "«По первой части статьи, как и прежде, ...» after a law on the article",
        "Закон дополнил статью о дезертирстве новой частью. По первой части статьи, как и "
        "прежде, грозит до семи лет.",
        [_range("desertion", None, 7)],
    ),
    (
        "«По второй части статьи грозит ...» after the article's description",
        "Статья 283.1 о незаконном получении сведений, составляющих государственную тайну, "
        "состоит из двух частей. По второй части статьи грозит от трех до восьми лет.",
        [_range("illegal_obtaining_of_state_secrets", 3, 8)],
    ),
    (
        "trap: a part of an article named by its number",
        "За шпионаж грозит от 10 до 20 лет. По первой части статьи 283 — до четырех лет.",
        [_range("espionage", 10, 20), _range("disclosure_of_state_secrets", None, 4)],
    ),
    # -- the harshest term given after a mean ------------------------------------------
    (
        "trap: «максимальный — пожизненный» after a mean term and a count",
        "В мае 2025 года за госизмену осуждены 61 человек. Средний срок — 14 лет, "
        "максимальный — пожизненный.",
        [_count("treason", 61, "2025-05-01", "2025-05-31")],
    ),
    (
        "trap: «самый суровый — пожизненный» after a mean term",
        "Средний срок по делам о шпионаже — 13 лет, самый суровый — пожизненный.",
        [],
    ),
    (
        "the law's maximum after a mean stays a range",
        "Средний срок по госизмене — 14 лет, а максимальный по закону — пожизненное лишение "
        "свободы.",
        [_range("treason", None, None, life=True)],
    ),
    (
        "the maximum penalty after a range stays a range",
        "За госизмену грозит от 12 до 20 лет, а максимальное наказание — пожизненное лишение "
        "свободы.",
        [_range("treason", 12, 20, life=True)],
    ),
    # -- a total after a rate -----------------------------------------------------------
    (
        "«а всего за год их набралось N» after a rate per day",
        "В 2024 году суды выносили в среднем по два приговора за госизмену в день, а всего за "
        "год их набралось 690.",
        [_count("treason", 690, "2024-01-01", "2024-12-31")],
    ),
    (
        "«а всего за год — N человек» after a rate per month",
        "В 2024 году за шпионаж ежемесячно осуждали в среднем пятерых, а всего за год — 58 "
        "человек.",
        [_count("espionage", 58, "2024-01-01", "2024-12-31")],
    ),
    (
        "«а всего их вынесли N» after a rate per day",
        "В 2024 году суды выносили почти по два приговора за госизмену в день, а всего их "
        "вынесли 702.",
        [_count("treason", 702, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: a second rate after «а всего»",
        "В 2024 году суды выносили в среднем по два приговора за госизмену в день, а всего за "
        "год — в среднем по 60 в месяц.",
        [],
    ),
    (
        "trap: a total of other cases after a rate",
        "В 2024 году суды выносили в среднем по два приговора за госизмену в день, а всего за "
        "год они рассмотрели 9 000 уголовных дел.",
        [],
    ),
    (
        "trap: a total of all convictions after a rate",
        "В 2024 году суды выносили в среднем по два приговора за госизмену в день, а всего по "
        "уголовным делам осуждены 540 000 человек.",
        [],
    ),
    # -- an act before the label of the cases counted ---------------------------------
    (
        "cases «о распространении «фейков» об армии»",
        "С марта 2022 года правозащитники насчитали 1 020 уголовных дел о распространении "
        "«фейков» об армии.",
        [_case("army_fakes", 1020, "2022-03-01", "2025-06-20")],
    ),
    (
        "cases «о покушении на госизмену»",
        "В 2024 году возбуждено 57 дел о покушении на госизмену.",
        [_case("treason", 57, "2024-01-01", "2024-12-31")],
    ),
    (
        "cases «о подготовке теракта»",
        "За 2024 год следователи возбудили 38 дел о подготовке теракта.",
        [_case("terrorist_act", 38, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: an act of a charge the scheme lacks beside a count of sabotage cases",
        "В 2024 году возбуждено 412 дел о распространении наркотиков и 96 дел о диверсии.",
        [_case("sabotage", 96, "2024-01-01", "2024-12-31")],
    ),
    # -- a former range with a dash and no years ---------------------------------------
    (
        "«вместо прежних 10–15» after a range",
        "По первой части статьи о диверсии теперь грозит от 10 до 20 лет вместо прежних "
        "10–15.",
        [_range("sabotage", 10, 20), _range("sabotage", 10, 15)],
    ),
    (
        "«а не 10–15, как раньше» after a range",
        "За теракт теперь грозит от 10 до 20 лет, а не 10–15, как раньше.",
        [_range("terrorist_act", 10, 20), _range("terrorist_act", 10, 15)],
    ),
    (
        "«7–15 лет вместо 5–15»",
        "За содействие террористической деятельности теперь грозит 7–15 лет вместо 5–15.",
        [_range("assisting_terrorism", 7, 15), _range("assisting_terrorism", 5, 15)],
    ),
    (
        "trap: a mean told with a hyphen",
        "За госизмену грозит от 12 до 20 лет, а средний срок в 2024 году составил 13-14.",
        [_range("treason", 12, 20)],
    ),
    (
        "trap: terms courts give, told with a dash",
        "За теракт грозит от 10 до 20 лет, суды чаще всего назначают 12–15.",
        [_range("terrorist_act", 10, 20)],
    ),
    (
        "trap: days of a month after «а не»",
        "За теракт грозит от 10 до 20 лет, а не 10–15 марта, как писали.",
        [_range("terrorist_act", 10, 20)],
    ),
    # -- a raised minimum, the ceiling kept -------------------------------------------
    (
        "«верхняя осталась прежней — 15 лет» after a raised minimum",
        "Поправки подняли нижнюю границу наказания за содействие террористической "
        "деятельности с пяти до семи лет; верхняя осталась прежней — 15 лет.",
        [_range("assisting_terrorism", 7, 15), _range("assisting_terrorism", 5, 15)],
    ),
    (
        "«а максимальный остался неизменным — 15 лет»",
        "Минимальный срок за содействие террористической деятельности поднят с пяти до семи "
        "лет, а максимальный остался неизменным — 15 лет.",
        [_range("assisting_terrorism", 7, 15), _range("assisting_terrorism", 5, 15)],
    ),
    (
        "trap: a raised minimum, no ceiling told; a mean «остался прежним»",
        "Закон поднял нижнюю границу наказания за содействие террористической деятельности с "
        "пяти до семи лет. Средний срок остался прежним — 9 лет.",
        [_range("assisting_terrorism", 7, None), _range("assisting_terrorism", 5, None)],
    ),
    (
        "trap: a range told with its ceiling again",
        "За содействие террористической деятельности грозит от 7 до 15 лет; верхняя граница "
        "осталась прежней — 15 лет.",
        [_range("assisting_terrorism", 7, 15)],
    ),
    # -- an explainer's range: «— это до N лет», «вплоть до пожизненного» --------------
    (
        "«— это до восьми лет», then «— уже статья о госизмене, вплоть до пожизненного»",
        "За передачу сведений иностранной организации могут вменить конфиденциальное "
        "сотрудничество — это до восьми лет, а за передачу их спецслужбе противника — уже "
        "статья о госизмене, вплоть до пожизненного срока.",
        [_range("confidential_cooperation", None, 8), _range("treason", None, None, life=True)],
    ),
    (
        "«— это от двух до четырех лет»",
        "Публичные призывы к деятельности против безопасности государства — это от двух до "
        "четырех лет, если речь не о призывах в интернете.",
        [_range("calls_against_state_security", 2, 4)],
    ),
    (
        "«вплоть до 20 лет лишения свободы» with no verb",
        "Шпионаж — это уже другая статья, вплоть до 20 лет лишения свободы.",
        [_range("espionage", None, 20)],
    ),
    (
        "trap: custody told «— это до двух лет»",
        "Ожидание приговора по делам о шпионаже — это до двух лет в СИЗО.",
        [],
    ),
    (
        "trap: an investigation told «— это до двух лет»",
        "Следствие по делам о госизмене — это до двух лет.",
        [],
    ),
    (
        "trap: a term asked «вплоть до 20 лет»",
        "Прокурор просил для обвиняемого в госизмене вплоть до 20 лет.",
        [],
    ),
    (
        "trap: a year «вплоть до 2030 года»",
        "Санкции против осужденных за госизмену продлили вплоть до 2030 года.",
        [],
    ),
    # -- a range headed by its offence or article ------------------------------------
    (
        "«Статья 275 УК РФ: от 12 до 20 лет ... или пожизненное»",
        "Статья 275 УК РФ: от 12 до 20 лет лишения свободы или пожизненное лишение свободы.",
        [_range("treason", 12, 20, life=True)],
    ),
    (
        "«Шпионаж (ст. 276 УК) — от 10 до 20 лет»",
        "Шпионаж (ст. 276 УК) — от 10 до 20 лет.",
        [_range("espionage", 10, 20)],
    ),
    (
        "a bulleted item «• дезертирство: до семи лет»",
        "• дезертирство: до семи лет",
        [_range("desertion", None, 7)],
    ),
    (
        "trap: a digest's terms with no offence before the colon",
        "Приговоры за госизмену в июле. Сроки: от 12 до 20 лет.",
        [],
    ),
    (
        "trap: a time ago after an offence and a colon",
        "Госизмена: до 20 лет назад таких дел почти не было.",
        [],
    ),
    (
        "trap: the ages of the people counted after a colon",
        "В 2024 году за госизмену осуждены 700 человек: от 19 до 70 лет.",
        [_count("treason", 700, "2024-01-01", "2024-12-31")],
    ),
    # -- a half or a quarter, its noun or its year left out -------------------------
    (
        "«во втором — 171» after the first quarter of a year",
        "В первом квартале 2024 года за госизмену осуждены 150 человек, во втором — 171.",
        [
            _count("treason", 150, "2024-01-01", "2024-03-31"),
            _count("treason", 171, "2024-04-01", "2024-06-30"),
        ],
    ),
    (
        "«за второе — 40» after the first half of a year",
        "За первое полугодие 2024 года за шпионаж осуждены 31 человек, за второе — 40.",
        [
            _count("espionage", 31, "2024-01-01", "2024-06-30"),
            _count("espionage", 40, "2024-07-01", "2024-12-31"),
        ],
    ),
    (
        "«во втором полугодии — 95»: the year of the half before, not of publication",
        "В первом полугодии 2023 года за диверсию осуждены 80 человек, во втором полугодии — "
        "95.",
        [
            _count("sabotage", 80, "2023-01-01", "2023-06-30"),
            _count("sabotage", 95, "2023-07-01", "2023-12-31"),
        ],
    ),
    (
        "trap: «во втором чтении» after a half",
        "В первом полугодии 2024 года за диверсию осуждены 80 человек, во втором чтении закон "
        "ужесточили.",
        [_count("sabotage", 80, "2024-01-01", "2024-06-30")],
    ),
    (
        "trap: an ordinal with no part named before it",
        "В 2024 году за шпионаж осуждены 40 человек, во втором — по статье о госизмене.",
        [_count("espionage", 40, "2024-01-01", "2024-12-31")],
    ),
    # -- a law «действует с» a day ---------------------------------------------------
    (
        "«Закон ... действует с 25 июля 2022 года»",
        "Закон о конфиденциальном сотрудничестве с иностранцами действует с 25 июля 2022 года.",
        [_enacted("confidential_cooperation", "2022-07-25")],
    ),
    (
        "«Поправки ... применяются с 24 сентября 2022 года»",
        "Поправки о добровольной сдаче в плен применяются с 24 сентября 2022 года.",
        [_enacted("voluntary_surrender", "2022-09-24")],
    ),
    (
        "trap: a law in force from a year only",
        "Закон о госизмене действует с 1997 года.",
        [],
    ),
    (
        "trap: a law in force from a season",
        "Статья о конфиденциальном сотрудничестве действует с лета 2022 года.",
        [],
    ),
    (
        "trap: a verdict «действует с»",
        "Приговор по делу о госизмене действует с 3 марта 2025 года.",
        [],
    ),
    (
        "trap: an article in force from a month, a count since then",
        "Статья о конфиденциальном сотрудничестве действует с июля 2022 года, и за это время "
        "по ней осудили 40 человек.",
        [("conviction_count", "confidential_cooperation", 40, "exact", "2022-07-01", "2025-06-20")],
    ),
    # -- a term first, then «приговорен» and the person ------------------------------
    (
        "«К 12 годам заключения приговорен житель ...»",
        "К 12 годам заключения приговорен житель Ставрополья по делу о шпионаже.",
        [_term("espionage", 12)],
    ),
    (
        "«К пожизненному лишению свободы приговорен ...»",
        "К пожизненному лишению свободы приговорен уроженец Мелитополя, осужденный за теракт.",
        [_term("terrorist_act", None, life=True)],
    ),
    (
        "«К шести с половиной годам ... приговорена жительница ...»",
        "К шести с половиной годам колонии общего режима приговорена жительница Томска, "
        "обвиненная в госизмене.",
        [_term("treason", 6.5)],
    ),
    (
        "trap: many people given one term",
        "К 12 годам колонии приговорены трое жителей Курска по делу о госизмене.",
        [],
    ),
    # -- «количество дел ... выросло до N» ---------------------------------------------
    (
        "«Количество уголовных дел о госизмене, возбужденных в 2024 году, выросло до N»",
        "Количество уголовных дел о госизмене, возбужденных в 2024 году, выросло до 1 030.",
        [_case("treason", 1030, "2024-01-01", "2024-12-31")],
    ),
    (
        "«число дел ... выросло до N с M годом ранее»",
        "Число дел о диверсиях за 2024 год выросло до 300 с 190 годом ранее.",
        [
            _case("sabotage", 300, "2024-01-01", "2024-12-31"),
            _case("sabotage", 190, "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "cases, then verdicts, each «выросло до»",
        "В 2024 году количество дел о госизмене выросло до 1 030, а число приговоров — до 780.",
        [
            _case("treason", 1030, "2024-01-01", "2024-12-31"),
            _count("treason", 780, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "trap: the number of people convicted «выросло до»",
        "В 2024 году число осужденных по делам о госизмене выросло до 780.",
        [_count("treason", 780, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: money «выросли до» after a count of cases rose",
        "В 2024 году количество дел о госизмене выросло, а штрафы по ним выросли до 500 "
        "тысяч рублей.",
        [],
    ),
    # -- «по итогам N месяцев» --------------------------------------------------------
    (
        "«По итогам пяти месяцев» with no year",
        "По итогам пяти месяцев суды вынесли 210 приговоров за госизмену.",
        [_count("treason", 210, "2025-01-01", "2025-05-31")],
    ),
    (
        "«Итоги трех месяцев:» as a digest's lead",
        "Итоги трех месяцев: 98 приговоров за шпионаж.",
        [_count("espionage", 98, "2025-01-01", "2025-03-31")],
    ),
    (
        "trap: months of a commission's work",
        "По итогам шести месяцев работы комиссии за госизмену осудили 40 человек.",
        [_count("treason", 40, None, None)],  # type: ignore[arg-type]
    ),
    (
        "trap: months of a war",
        "За шесть месяцев войны за госизмену осудили 40 человек.",
        [_count("treason", 40, None, None)],  # type: ignore[arg-type]
    ),
    # -- a person, then a participle and the term -------------------------------------
    (
        "«Житель Томска, получивший в 2023 году 12 лет за госизмену, ...»",
        "Житель Томска, получивший в 2023 году 12 лет за госизмену, умер в колонии.",
        [_term("treason", 12)],
    ),
    (
        "«..., что его подзащитному, осужденному за шпионаж на 14 лет, ...»",
        "Адвокат рассказал, что его подзащитному, осужденному за шпионаж на 14 лет, отказали "
        "в УДО.",
        [_term("espionage", 14)],
    ),
    (
        "«Иван Петров, осужденный в 2024 году на 16 лет по делу о госизмене, ...»",
        "Иван Петров, осужденный в 2024 году на 16 лет по делу о госизмене, обжаловал "
        "приговор.",
        [_term("treason", 16)],
    ),
    (
        "trap: two people each given a term",
        "Двое жителей Курска, получившие по 10 лет за госизмену, подали апелляцию.",
        [],
    ),
    (
        "trap: a time ago after the participle",
        "Житель Томска, получивший 12 лет назад условный срок, снова задержан по делу о "
        "госизмене.",
        [],
    ),
    (
        "trap: the terms of many",
        "Осужденные за госизмену, получившие сроки от 12 до 20 лет, отбывают их в колониях.",
        [],
    ),
    # -- groups among the convicted, ages, a share told as a figure -------------------
    (
        "trap: women among the convicted",
        "Женщин среди осужденных за госизмену в 2024 году было 62.",
        [],
    ),
    (
        "trap: «среди них 62 женщины» after a count",
        "В 2024 году за госизмену осудили 780 человек, среди них 62 женщины.",
        [_count("treason", 780, "2024-01-01", "2024-12-31")],
    ),
    (
        "trap: the ages of the youngest and the oldest",
        "Самому молодому осужденному за госизмену было 16 лет, самому пожилому — 74.",
        [],
    ),
    (
        "trap: a share told again as a figure",
        "Почти 40% осужденных за госизмену в 2024 году — жители приграничных регионов; это "
        "около 300 человек.",
        [],
    ),
    (
        "a part by offence after «среди них» still counts",
        "В 2024 году по делам о госизмене и шпионаже осудили 900 человек, среди них 780 — за "
        "госизмену.",
        [
            _count(("treason", "espionage"), 900, "2024-01-01", "2024-12-31"),
            _count("treason", 780, "2024-01-01", "2024-12-31"),
        ],
    ),
    # -- a law's two days in one sentence ---------------------------------------------
    (
        "«принятый ... 16 декабря и одобренный ... 19 декабря 2025 года»",
        "Закон, принятый Госдумой 16 декабря и одобренный Советом Федерации 19 декабря 2025 "
        "года, ужесточил наказание за дезертирство.",
        [_enacted("desertion", "2025-12-19"), _enacted("desertion", "2025-12-16")],
    ),
    (
        "«одобренный сенаторами 23 декабря 2022 года, подписан 29 декабря»",
        "Закон о содействии диверсионной деятельности, одобренный сенаторами 23 декабря 2022 "
        "года, подписан 29 декабря.",
        [
            _enacted("assisting_sabotage", "2022-12-23"),
            _enacted("assisting_sabotage", "2022-12-29"),
        ],
    ),
    (
        "a day without its year before a dated day of the same law",
        "Госдума приняла закон о содействии диверсионной деятельности 21 декабря, а Совет "
        "Федерации одобрил его 23 декабря 2022 года.",
        [
            _enacted("assisting_sabotage", "2022-12-21"),
            _enacted("assisting_sabotage", "2022-12-23"),
        ],
    ),
    (
        "trap: a later day of another event",
        "Президент подписал закон о дезертирстве 29 декабря 2025 года, а 9 января 2026 года "
        "задержали первого обвиняемого.",
        [_enacted("desertion", "2025-12-29")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, expected: Expected) -> None:
    assert _claims(text) == expected
