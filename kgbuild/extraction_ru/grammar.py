"""The Russian grammar, as lists of cue words (dictionary forms) and patterns with examples.

Counts, penalties and enactments each have their cues; traps name what must stay out:
rates («два приговора в день»), arrests, acquittals, ages («34-летний», «ему было 19
лет»), imposed and requested terms («приговорили к 12 годам», «прокурор запросил 15
лет»), shares («60 процентов»).
"""

from __future__ import annotations

import re

from kgbuild.extraction_ru.explainer_ranges import HEADED_GATE
from kgbuild.extraction_ru.gated import Gated
from kgbuild.extraction_ru.grammar_enactments import (  # the enactments' grammar
    _SPAN,
    ENACTMENT_GATES,
)

# -- counts --------------------------------------------------------------------------

CONVICTION_CUES: tuple[tuple[frozenset[str], str], ...] = (
    (
        frozenset({"осудить", "осуждение", "осуждать"}),
        "за госизмену осудили 189 человек; в те годы осуждали по 40 человек",
    ),
    (frozenset({"приговорить"}), "приговорили по делам о содействии противнику 31 человека"),
    (frozenset({"приговор"}), "суды вынесли 82 приговора по делам о госизмене"),
    (frozenset({"виновный"}), "признали виновными в государственной измене 58 человек"),
)
"""A sentence that counts convictions says so with one of these words."""

CONVICTION_WORDS = frozenset().union(*(cue for cue, _ in CONVICTION_CUES))
"""The words of :data:`CONVICTION_CUES` in one set."""

CONVICTION_PHRASES = Gated(
    re.compile(
        r"\b(?:отправил(?:[аи]|ись|ась|ся)?|отправлены?)\s+(?:в\s+(?:колони|тюрьм)|за\s+решётку|"
        r"за\s+решетку)"
        r"|\bв\s+(?:колони|тюрьм)[а-яё]*\s+(?:[^.;]{0,60}?\s)?(?:отправил(?:[аи]|ись|ась|ся)?|"
        r"отправлены?)\b"
        r"|\bлишил[аи]?\s+свободы"
        r"|\b(?:дезертир|диверсант|изменник|шпион)ами\s+(?:[^.;]{0,40}?\s)?призна"
        r"|\bпризна[а-яё]*\s+(?:[^.;]{0,40}?\s)?(?:дезертир|диверсант|изменник|шпион)ами\b",
        re.IGNORECASE,
    ),
    ("отправ", "лишил", "дезертирами", "диверсантами", "изменниками", "шпионами"),
)
"""Convictions in other words: «отправили в колонию 97 человек», «в колонию за госизмену
отправили 39 обвиняемых», «в колонии отправились 58 человек», «лишили свободы»,
«Дезертирами суды признали 930 человек», «шпионами суды признали 43 человека»."""

RECEIVED_TERM = (frozenset({"получить"}), frozenset({"срок"}))

TERM_OF_SOME = re.compile(
    r"\bпожизненн[а-яё]*\s+(?:срок|заключени|лишени)[а-яё]*|"
    r"\bсрок[а-яё]*\s+(?:свыше|более|больше|менее|меньше|ниже|от|до)\s",
    re.IGNORECASE,
)
"""«пожизненный срок получили пять человек», «сроки свыше 15 лет получили 40»: the people
given one kind of term, a part of those convicted; «получили сроки» says no conviction
count then."""
KIND_OF_TERM = re.compile(
    r"\b(?:реальн|условн|пожизненн)[а-яё]*\s+(?:срок|наказани|лишени|заключени)", re.IGNORECASE
)
"""«312 человек получили реальные сроки», «условные сроки назначены 40»: the people given
one kind of term, a part of those convicted; no count in a clause without a conviction
word."""
KIND_OF_TERM_GATE = ("реальн", "условн", "пожизненн")
REAL_TERMS = re.compile(r"\bреальн[а-яё]*\s+(?:срок|наказани|лишени|заключени)", re.IGNORECASE)
"""«В 2025 году реальные сроки по статье о ... получили 37 человек»: the people sent to
prison, a conviction count where the clause names its offence and no count came before."""
"""«получили сроки»: a conviction too («Почти 40 человек получили сроки по делам о ...»)."""

NOT_CONVICTED = frozenset(
    {"задержать", "задержание", "арестовать", "арест", "подозревать", "оправдать", "привлекать",
     "обыск", "задерживать", "прекратить", "преследовать", "обвинить", "розыск", "привлечь",
     "разыскивать", "погибнуть", "пострадать", "ранить", "внести", "включить", "реестр",
     "предъявить", "предъявлять", "обвинять"}
)  # fmt: skip
"""A clause with these and no conviction word counts arrests, acquittals or people
prosecuted («преследовали 400 человек, осуждены 300 из них») or wanted («ещё 90 человек
находятся в розыске», «обвинения предъявлены 1 500 людям», «обвиняемыми стали 430
человек»), or the victims of a crime («теракт, в результате которого погибли
двое военных»), or people listed in a register («в реестр иноагентов внесли 250
человек»): no count."""

ADMINISTRATIVE = Gated(
    re.compile(r"\bадминистративн[а-яё]*|\bКоАП\b|\bпротокол(?:ов|а|ы)?\b", re.IGNORECASE),
    ("административн", "коап", "протокол"),
)
"""«2100 административных протоколов», «по статье КоАП»: administrative offences, whose
protocols, fines and cases are no criminal convictions."""

UNKNOWN_CHARGE = re.compile(
    r"\bза\s+(?!(?:т[оеаи]|эт|так|вес|все|последн|прошл|период|год|лет|врем|месяц|недел|полгод|полугод|квартал|"
    r"сутки|день|дн|раз|счет|счёт|рубеж|границ|реш[её]тк|него|нее|неё|них|его|е[её]|их|что|чем|кого|"
    r"один|одн|два|две|двух|оба|обе|три|трех|трёх|четыр|пят|шест|сем|восем|девят|десят|сто)"
    r"[а-яё]*\b)"
    # three letters too: «за акт международного терроризма»
    r"[а-яё]{3,}"
    # «по статье о СОЧ — 7 842», «..., об уклонении от службы — 1 102»
    r"|(?:\bпо\s+(?:стать[а-яё]+|делам|делу)\s+|(?<=,\s)|(?<=;\s))(?:о|об)\s+"
    r"(?!(?:н[её]м|ней|них|этом|этой|том|той|таких|подобных)\b)[а-яё]{3,}",
    re.IGNORECASE,
)
"""«за утрату документов с грифом», «по статье о СОЧ», «, об уклонении от службы — ...»: a
charge the clause names that is no offence of the scheme; a count there must not borrow the
offence of the clause before."""

CASE_CUES = frozenset(
    {"возбудить", "завести", "возбуждение", "насчитать", "узнать", "известно", "зафиксировать",
     "поступить", "возбуждать", "заводить"}
)  # fmt: skip
"""«возбуждено 400 уголовных дел», «насчитали 31 новое дело», «узнал о 198 новых делах»,
«было известно о 171 деле», «зафиксировали 40 дел», «в суды поступило 63 дела»: cases
opened, counted apart from convictions (a count of «приговоров» stays one of verdicts)."""

NUMBER_OF_CASES = Gated(
    re.compile(
        r"\b(?:числ[оа]|количеств[оа])\s+(?:(?:новых|возбужд[её]нных|уголовных|рассмотренных|"
        r"судами)\s+){0,3}дел\b"
        r"|\d\s+новых\s+(?:уголовных\s+)?дел\b"
        # «🔴 новых дел о «фейках» — 21»: a digest's item, the figure after a dash
        r"|(?:^|(?<=\n))[^\w\n]{0,8}новых\s+(?:уголовных\s+)?дел\b(?=[^\n.;]{0,80}\s[—–]\s*\d)",
        re.IGNORECASE,
    ),
    ("число ", "числа ", "количество ", "количества ", "новых ", "рассмотрел"),
)  # («рассмотрел»: a cue for counts.CASES_HEARD, «суды рассмотрели 412 дел»)
"""«число дел о диверсиях за 2024 год превысило 300», «27 новых уголовных дел»: a count of
cases with no verb of opening; the figure after the linking verb counts cases."""

SENT_TO_COURT = Gated(
    re.compile(
        r"\b(?:направ|переда)(?:л[аи]?|ил[аи]?|лен[аоы]?|н[аоы]?|ляет|ляют|ет|ют)\s+"
        r"(?:[а-яё]+\s+){0,2}?в\s+суд"
        r"|\bв\s+суд[а-яё]*\s+(?:[а-яё]+\s+){0,2}?(?:было\s+)?(?:направ|переда)"
        r"(?:л[аи]?|ил[аи]?|лен[аоы]?|н[аоы]?|ляет|ляют|ет|ют)\b",
        re.IGNORECASE,
    ),
    ("направ", "переда"),
)
"""«направили в суды 147 уголовных дел», «в суды направлено 212 дел о диверсиях»,
«передала в суд 87 дел»: cases sent to court, counted as cases (a count of them in «дел»)."""

SENT_LEMMAS = frozenset({"направить", "передать"})
"""The verbs of :data:`SENT_TO_COURT`: a sentence without them is not scanned for it."""

UNIT_NOUNS: dict[str, str] = {
    "человек": "people", "фигурант": "people", "осудить": "people", "житель": "people",
    "гражданин": "people", "россиянин": "people", "обвиняемый": "people",
    "подсудимый": "people", "военнослужащий": "people", "дезертир": "people", "изменник": "people",
    "диверсант": "people", "приговор": "verdicts", "дело": "cases", "военный": "people",
    "контрактник": "people", "солдат": "people", "мобилизовать": "people",
    "лицо": "people", "иностранец": "people", "мужчина": "people", "женщина": "people",
    # «39 обвиняемых»: the dictionary reads the participle as a form of its verb
    "обвинять": "people", "чел": "people",
}  # fmt: skip
"""Nouns a count is of («21 человек», «52 чел.», «82 приговора», «37 дел», «из 189
осуждённых», «приговоры 70 лицам», «за шпионаж — 11 иностранцам», «186 военных», «40
контрактников», «12 мобилизованных»)."""

COLLECTIVES = frozenset(
    {"двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро", "девятеро", "десятеро"}
)
"""Collective numerals count people by themselves («осудили четверых»)."""

NOT_A_COUNT_AFTER = frozenset(
    {"год", "лет", "месяц", "день", "неделя", "час", "процент", "раз", "рубль", "доллар",
     "евро", "%", "-", "тысячный", "летний", "кг"}
)  # fmt: skip
"""A number followed by one of these is a term, an age, a share or a factor, not a count."""

LINKING_VERBS = frozenset(
    {"быть", "стать", "составить", "составлять", "достигнуть", "достичь", "превысить",
     "насчитываться", "насчитать", "вынести", "оказаться", "набраться", "прийтись",
     "приходиться"}
)  # fmt: skip
"""«таких приговоров было уже шесть», «превысило 100», «таких приговоров оказалось 512»,
«набралось 512», «на долю госизмены пришлось 395»: the noun stands before the verb."""

CHANGE_VERBS = frozenset(
    {"вырасти", "возрасти", "увеличиться", "снизиться", "сократиться", "уменьшиться",
     "упасть", "подняться"}
)  # fmt: skip
"""«число приговоров выросло с 25 в 2021 году до 45 в 2022 году»: both ends are counts."""

FILLERS = frozenset({"уже", "лишь", "только", "всего", "ещё", "еще", "же"})

RATE_PATTERN = Gated(
    re.compile(
        r"\b(?:в\s+(?:день|сутки|неделю|месяц)|ежедневно|еженедельно|ежемесячно|ежегодно|"
        r"в\s+среднем|за\s+(?:один\s+)?(?:день|сутки)(?!\s+до\b)|"
        # «не более 14 приговоров по делам о шпионаже в год» (not «в год начала войны»)
        r"в\s+год(?=\s*(?:[.;,)!?]|$)))\b",
        re.IGNORECASE,
    ),
    ("день", "сутки", "неделю", "месяц", "ежедн", "еженед", "ежемес", "ежегод", "среднем", "в год"),
)
"""«почти два приговора в день», «ежегодно осуждают около сотни», «Ещё два приговора по
госизмене за день», «не более 14 приговоров в год»: a rate, never a count."""

EVERY_PERIOD = Gated(
    re.compile(
        r"\bкажд(?:ый|ое|ую|ые|ого|ом)\s+(?:[а-яё]+\s+)?"
        r"(?:год|месяц|квартал|полугодие|неделю|день)\b",
        re.IGNORECASE,
    ),
    ("кажд",),
)
"""«каждый год», «каждое первое полугодие», «каждый месяц»: a figure told for every period
is a rate too (not «с каждым годом», and not beside a change: «каждый год число растет,
в 2025 году ...», see :func:`.count_scope.rate_from`)."""

TREND_WORDS = CHANGE_VERBS | {
    *("расти", "увеличиваться", "снижаться", "сокращаться", "уменьшаться", "падать"),
    *("рост", "снижение", "увеличение"),
}
"""A change told with its years: «каждый год число приговоров растет» is no rate."""

ONE_CASE = Gated(
    re.compile(
        r"\bпо\s+(?:одному\s+|этому\s+|тому\s+же\s+)?делу\b"
        r"|\b(?:фигурант|обвиняем|подсудим)[а-яё]+\s+(?:одного\s+|этого\s+|того\s+же\s+)?дела\b",
        re.I,
    ),
    ("делу", "дела"),
)
"""«12 человек, осуждённых по делу о шпионаже», «приговорил троих фигурантов дела о
диверсии»: the defendants of one case; with no period named, a count of them is no
statistic."""
TO_ONE_TERM = Gated(
    re.compile(
        r"\bк\s+(?:пожизненн[а-яё]*|(?:\d{1,2}|[а-яё]+)\s+(?:годам|году)\b)[^,;:—–]{0,40}?"
        r"\bприговорил[аи]?\s+(?:[а-яё]+\s+)?$",
        re.I,
    ),
    ("приговорил",),
)
"""«к пожизненному лишению свободы приговорили 23 человека»: the people given one term, a
part of the convictions, not a count of them (the term before the verb; after it the
imposed-term rules find the group)."""

PARTS_BACK = re.compile(r"^\s*(?:из|среди) них\b", re.IGNORECASE)
"""«Из них 148 — за госизмену, 19 — за шпионаж»: parts of the count before; a part takes
only the offence its own clause names («из них 12 — заочно» is no count)."""

PROSECUTED_NOUNS = frozenset({"фигурант", "обвиняемый", "подозреваемый", "задержанный"})
"""«более 800 фигурантов таких дел»: people prosecuted, not convicted; a count of them is
no conviction count unless the sentence itself speaks of convictions."""

FIGURES_BACK = re.compile(
    r"\b(?:(?:эти|те\s+же)\s+(?:цифры|показатели|числа)|соответственно)\b", re.IGNORECASE
)
"""«в 2021 году эти цифры составляли 14 и 3»: figures that stand for the counts of the
sentence before, one by one (not «по этим двум статьям», which sums them)."""

FOR_COMPARISON = re.compile(r"^\s*(?:для\s+сравнения|к\s+сравнению)\b", re.IGNORECASE)
"""«Для сравнения, в 2021 году ...»: a sentence of baselines; the period reported on stays
the one before («Кроме того, 11 человек получили сроки ...» is not about 2021)."""

CASE_OF = re.compile(r"\bпо\s+(?:делу|статье|ст\.)\s", re.IGNORECASE)
"""«по делу о краже», «по статье 158»: a charge of the sentence's own (in a sentence whose
offences the scheme does not know)."""

FOUND_GUILTY = re.compile(
    r"^\s*(?:(?:ранее|также|тогда|позже|при\s+этом),?\s+)?"
    r"(?:(?:[А-ЯЁа-яё-]+\s+){0,5}?(?:суд|[А-ЯЁ][а-яё]*суд)\s+)?(?:е[её]|его|их)?\s*"
    r"(?:признал[аи]?|признан[аы]?)\s+(?:е[её]\s+|его\s+)?"
    r"виновн|^\s*(?:суд\s+|(?:е[её]|его|их)\s+действия\s+)?квалифицирова(?:л[аи]?|ны)\s",
    re.IGNORECASE,
)
"""«Ее признали виновной в госизмене», «Суд квалифицировал это как госизмену», «Второй
западный окружной военный суд признал его виновным в теракте» right after a
term whose charge the scheme lacks: the term's offence."""

AGGRAVATED = (
    r"при\s+(?:наличии\s+)?(?:особо\s+)?(?:отягчающ|квалифицирующ|повторн|тяжк|рецидив)[а-яё]*"
)
"""«При отягчающих обстоятельствах», «при повторном нарушении»: a condition on the offence."""
CONDITION_HEAD = re.compile(
    rf"^\s*(?:а\s+|но\s+)?(?:если|в\s+случае|{AGGRAVATED})\b", re.IGNORECASE
)
"""«Если же речь идёт о периоде мобилизации, то срок составит от пяти до пятнадцати лет»,
«При отягчающих обстоятельствах срок составит от трех до шести лет» right after a range:
a range of the law under a condition, with no statutory verb."""

SAME_LAW = re.compile(
    r"\b(?:тем|этим)\s+же\s+(?:законом|документом)|\bтот\s+же\s+закон\b", re.IGNORECASE
)
"""«тем же законом увеличен минимальный срок за ...»: the law of an enactment read before."""

NOW = re.compile(r"\b(?:теперь|отныне|с\s+тех\s+пор)\b", re.IGNORECASE)
"""«За госизмену теперь грозит ...»: the ranges a law just named set."""

PERSON_BACK = re.compile(
    r"(?:ему|ей|сам[аи]?|е[её]|его|их|старш[а-яё]+\s+из\s+них|младш[а-яё]+\s+из\s+них|"
    r"осужд[её]нн[а-яё]+|подсудим[а-яё]+|мужчин[а-яё]*|женщин[а-яё]*|"
    r"(?:втор|трет|четв[её]рт|ещ[её]\s+од|друг|последн)[а-яё]*\s+"
    r"(?:фигурант|подсудим|обвиняем|участник)[а-яё]*)\b",
    re.IGNORECASE,
)
"""A person named by a word that points back to the defendant of the sentences before
(«Суд назначил ему», «Сам Андрей получил», «Ее подзащитному ... дали», «Третий фигурант
дела ... получил 8 лет»)."""

# -- penalties -----------------------------------------------------------------------

STATUTORY_CUES = frozenset(
    {"наказываться", "караться", "грозить", "предусматривать", "предусмотреть", "санкция",
     "максимальный", "максимум", "минимальный", "наказание", "установить"}
)  # fmt: skip
"""A statutory range is what the law threatens («наказывается», «карается», «грозит»)."""

TERM_UNDER = Gated(
    re.compile(
        r"(?<!ом\s)(?<!ый\s)(?<!ого\s)(?<!им\s)(?<!ым\s)(?<!ий\s)\bсрок[а-яё]*\s+(?:по|за)\s",
        re.IGNORECASE,
    ),
    ("срок",),
)
"""«Срок по статье о шпионаже — от 10 до 20 лет»: the term an article sets (not «закон о
пожизненном сроке», which names the law)."""

INTRODUCES = Gated(
    re.compile(r"\b(?:вводит|вводят|ввод[её]тся|ввел[аи]?|ввёл|введен[аоы]?|введён)\b", re.I),
    ("ввод", "ввел", "ввёл", "введ"),
)
"""«Поправки вводят пожизненное лишение свободы за диверсию»: the law sets the penalty. Not
the participle of «Закон, вводящий пожизненное заключение», which only names the law."""

POSSIBLE = Gated(
    re.compile(
        r"\b(?:можно|может|могут|вправе|рискует|рискуют)\s+(?:быть\s+)?(?:получить|назначить|назначено|"
        r"приговорить|приговорён[аы]?)\b",
        re.IGNORECASE,
    ),
    ("мож", "могут", "вправе", "рискует", "рискуют"),
)
"""«можно получить до четырёх лет», «суд может назначить пожизненное», «суд вправе
назначить»: what the law allows, in everyday words."""

PART_NAMED = Gated(
    re.compile(
        r"\b(?:перв|втор|трет|четв[её]рт)[а-яё]+,?\s+част(?:ь|и|ью)\b|\bч(?:асть|асти|\.)\s*\d\b",
        re.IGNORECASE,
    ),
    (" часть", " части", " частью", " ч."),
)
"""«Третья часть, о тяжких последствиях, — от 10 до 15 лет», «по ч. 2 — до пяти лет»: a range
said of a part of an article is what the law sets."""

IMPOSED = Gated(
    re.compile(
        r"\b(?:приговорил[аио]?|приговорены?|приговорён|дали|назначил[аи]?|назначен[оа]?|"
        r"(?:за)?просил[аи]?|потребовал[аи]?|"
        r"получил[аи]?)\b(?![^,;]*\b(?:можно|может|могут)\b)",
        re.IGNORECASE,
    ),
    ("приговор", "дали", "назначил", "назначен", "просил", "потребовал", "получил"),
)
"""Imposed or requested terms («приговорили к 12 годам», «дали 14 лет», «запросил», «Прокурор
просил самое строгое наказание — 14 лет»)."""

REQUESTED = Gated(
    re.compile(r"\b(?:за|по)?(?:просил|требовал)[аои]?\b", re.IGNORECASE),
    ("просил", "требовал"),
)
"""«Обвинение требовало шести лет.», «Прокурор запросил 19 лет.»: a request in the story of
the case told before; a sentence that says only this keeps that case's offence for the
term the court gives next («Суд назначил ...»)."""

PENALTY_NOUN = re.compile(
    r"\s*(?:лишени[а-яё]*|заключени[а-яё]*|колони[а-яё]*|тюрьм[а-яё]*|срок[а-яё]*|"
    r"(?:строгого|общего|особого)\s+режима)",
    re.IGNORECASE,
)
"""«от 12 до 20 лет лишения свободы / колонии / заключения»: a range that is a term."""

AGE = Gated(
    re.compile(r"\b(?:возраст[а-яё]*|лет\s+от\s+роду|\w+\s+было\s+от)\b", re.IGNORECASE),
    ("возраст", "роду", "было"),
)
"""«в возрасте от 18 до 30 лет», «Большинству было от 25 до 40 лет»: ages, not terms."""

_NUM = r"(?P<{}>\d{{1,2}}(?:,\d+)?(?!\d)|[а-яё]+)"
"""A term in years: two digits at most («рекорд с 2001 года» is a year, not a term)."""
_YEARS = r"(?:лет|года?|годам)\b"
_LIFE = r"пожизненн[а-яё]*"

PENALTY_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE), example)
    for name, pattern, example in (
        ("penalty.from-to-life", rf"\bот\s+{_NUM.format('a')}\s+{_YEARS}\s+до\s+{_LIFE}",
         "от 12 лет до пожизненного заключения"),
        ("penalty.from-to", rf"\bот\s+{_NUM.format('a')}\s+(?:{_YEARS}\s+)?до\s+"
         rf"{_NUM.format('b')}\s+{_YEARS}", "от 12 до 20 лет"),
        ("penalty.up-to-life", rf"\bдо\s+{_LIFE}", "грозит до пожизненного лишения свободы"),
        ("penalty.up-to", rf"\bдо\s+{_NUM.format('b')}\s+{_YEARS}", "до восьми лет лишения"),
        # not the tail of «207.3 – 15 лет» (an article, a dash, a term)
        ("penalty.dash", rf"\b(?<![\d.,])(?P<a>\d{{1,2}})\s*[–-]\s*(?P<b>\d{{1,2}})\s+"
         rf"{_YEARS}", "вместо прежних 10–15 лет"),
        # the years left out after a range of the same sentence: no range by themselves
        ("penalty.from-to-bare", rf"\bот\s+{_NUM.format('a')}\s+до\s+{_NUM.format('b')}"
         r"(?=\s*(?:[.;,)]|$))", "от двух до четырёх лет, по второй — от трёх до шести"),
        ("penalty.up-to-bare", rf"\bдо\s+{_NUM.format('b')}(?=\s*(?:[.;,)]|$))",
         "до семи лет, а если он ушёл с оружием — до десяти"),
        ("penalty.dash-bare", r"(?:(?<=вместо\s)|(?<=прежних\s)|(?<=\bа\sне\s))"
         r"(?P<a>\d{1,2})\s*[–-]\s*(?P<b>\d{1,2})(?=\s*(?:[.;,)]|$))",
         "от 10 до 20 лет вместо прежних 10–15; а не 10–15, как раньше (a former range)"),
        ("penalty.not-up-to", rf"\bа\s+не\s+до\s+{_NUM.format('b')}\b",
         "до шести лет, а не до четырёх"),
        ("penalty.minimum", rf"\bминимальн[а-яё]*\s+(?:наказани|срок)[а-яё]*"
         rf"{_SPAN}{{0,80}}?\b{_NUM.format('a')}\s+{_YEARS}",
         "Минимальный срок по статье о диверсии — 10 лет"),
        ("penalty.maximum-elided", rf"\bмаксимальн(?:ый|ое|ая)\s*[—–]\s*{_NUM.format('b')}"
         rf"(?:\s+{_YEARS}|(?=\s*[.;,]|\s*$))",
         "..., максимальный — 20 (the noun and the years of the minimum before)"),
        ("penalty.maximum", rf"\b(?:максимум|максимальн[а-яё]*\s+(?:наказани|срок)[а-яё]*|"
         rf"сам(?:ое|ым|ой|ая)\s+строг(?:ое|им|ой|ая)\s+(?:наказани|санкци)[а-яё]*)"
         rf"{_SPAN}{{0,80}}?"
         rf"(?<!\bза\s)(?<!последние\s)\b{_NUM.format('b')}\s+{_YEARS}",
         "Максимальное наказание за шпионаж — 20 лет; самым строгим наказанием было десять"
         " лет; not «это максимум за десять лет»"),
        ("penalty.life", rf"\b(?:{_LIFE}\s+(?:лишени|заключени|срок)[а-яё]*|пожизненно\b|"
         r"пожизненн(?:ое|ый)(?=\s*(?:[.;]|$)))",
         "либо пожизненным лишением свободы; можно получить пожизненный срок; либо пожизненно;"
         " а по новой редакции — пожизненное."),
    )
)  # fmt: skip
"""Penalty wordings; within one clause they add up to one range (a 12-20 range «либо
пожизненным лишением свободы» is one claim with life: true), save after a word that marks
the former range (:data:`FORMER`)."""

FORMER = re.compile(
    r"\b(?:вместо|а\s+не|раньше|прежде|прежн[а-яё]+|ранее|до\s+этого|до\s+поправок)\b",
    re.IGNORECASE,
)
"""«от 10 до 20 лет вместо прежних 10–15 лет», «а не до четырёх», «раньше максимум
составлял 20 лет»: the range after it is the former one, a claim of its own."""

NEW_VERSION = re.compile(
    r"\b(?:после\s+(?:их\s+|его\s+)?(?:вступлени[яе]|принятия)|с\s+вступлением|"
    r"когда\s+(?:закон|поправки|изменения|они|он)\s+вступ[а-яё]*|по\s+новой\s+редакции|"
    r"в\s+новой\s+редакции)\b",
    re.IGNORECASE,
)
"""«от 10 до 20 лет, а после вступления закона в силу — пожизненное», «по новой редакции —
до семи лет»: the range after it is the amended one, a claim of its own (the range in force
today is not extended by it)."""

PENALTY_GATES: dict[str, tuple[str, ...]] = {
    "penalty.from-to-life": ("пожизнен",), "penalty.from-to": ("от",),
    "penalty.up-to-life": ("пожизнен",), "penalty.up-to": ("до",),
    "penalty.maximum": ("максим", "самое строг", "самым строг", "самая строг", "самой строг"),
    "penalty.minimum": ("минимальн",),
    "penalty.maximum-elided": ("максимальн",), "penalty.life": ("пожизнен",),
    "penalty.dash": ("–", "-"), "penalty.not-up-to": ("до",),
    "penalty.from-to-bare": ("от",), "penalty.up-to-bare": ("до",),
    "penalty.dash-bare": ("вместо", "а не", "прежн"),
}  # fmt: skip
"""Words of which each penalty pattern needs one (see ENACTMENT_GATES)."""


def claim_cues() -> tuple[frozenset[str], tuple[str, ...]]:
    """What a sentence needs for any rule to give a claim: one of these dictionary forms,
    or one of these folded words (any other sentence only sets the context). A superset of
    each rule's own test: conviction and case cues, «получить» (срок), statutory cues,
    and the gates of the conviction phrases, «можно получить», «вводит», enactments and imposed
    terms (those live in :mod:`.individual` and are added by the extractor)."""
    lemmas = frozenset().union(
        *(cue for cue, _ in CONVICTION_CUES), RECEIVED_TERM[0], CASE_CUES, STATUTORY_CUES
    )
    words = (
        *CONVICTION_PHRASES.gate,
        *POSSIBLE.gate,
        *TERM_UNDER.gate,
        *INTRODUCES.gate,
        *PART_NAMED.gate,
        *NUMBER_OF_CASES.gate,
        *SENT_TO_COURT.gate,
        *HEADED_GATE,
        *(word for gate in ENACTMENT_GATES.values() for word in gate),
    )
    return lemmas, words


def vocabulary() -> frozenset[str]:
    """Every dictionary form the lists above ask about."""
    words: set[str] = set()
    for cue, _ in CONVICTION_CUES:
        words |= cue
    for group in (
        *RECEIVED_TERM, CASE_CUES, frozenset(UNIT_NOUNS), COLLECTIVES, NOT_A_COUNT_AFTER,
        LINKING_VERBS, TREND_WORDS, FILLERS, STATUTORY_CUES, NOT_CONVICTED, SENT_LEMMAS,
    ):  # fmt: skip
        words |= group
    return frozenset(w for w in words if w.isalpha())
