"""Imposed sentences: who was sentenced to what term, by which court.

«Суд приговорил 27-летнего жителя Таганрога к 16 годам колонии», «Жителя Курска
приговорили к 15 годам», «приговорил к 16 годам заключения бывшего сотрудника завода»,
«Житель Омска приговорён к пожизненному лишению свободы», «пенсионеру дали 14 лет», «суд
признал его виновным в госизмене и назначил 13 лет»; without a verb «Приговор инженеру —
15 лет колонии», «Пожизненное — 45-летнему жителю Брянска за теракт»; two people, two terms
«двое ... приговорены к 12 и 10 годам»; the unit left to the sentence «Сергею дали шесть». A
term without a person («суд назначил 12 лет») and a requested one («прокурор запросил 19
лет») are left out. A group («Троих осуждённых приговорили к пожизненному», «12 человек
приговорили к 10 годам») is found but marked, so that neither an individual sentence nor a
count of convictions is read from it: it is the part of a count that got one term.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kgbuild.extraction_ru.morphology import fold, gate_open
from kgbuild.extraction_ru.names import nominative_name

_NUM = r"(?P<n>\d+(?:,\d+)?|[а-яё]+)"
_TERM = (
    rf"(?:{_NUM}(?P<half>\s+с\s+половиной)?\s+(?:годам|году|года|лет|годами|год\b)(?:\s+(?:и\s+)?(?P<mo>\d+|[а-яё]+)\s+месяц[а-яё]*)?"
    r"|(?P<life>пожизненн[а-яё]*)\s+(?:лишени|заключени|срок)[а-яё]*)"
)
_PLACE = (
    r"(?:\s+(?:колони[а-яё]*|заключени[а-яё]*|лишени[а-яё]*\s+свободы|тюрьм[а-яё]*))?"
    r"(?:\s+(?:строгого|общего|особого)\s+режима)?"
)

_DATIVE = r"(?:\d+-|[а-яё]+-)?[А-ЯЁа-яё]+(?:ому|ему|ой|ей|у|ю)\b"
"""A person's first word in the dative («бывшему», «45-летнему», «жителю», «Ивану»)."""

_DATIVE_E = (
    r"(?!(?:кроме|однако|позже|позднее|ранее|также|тоже|вместе|затем|далее|более|менее|"
    r"выше|ниже|больше|меньше|вообще|где|впервые|вскоре|после|вне)\b)"
    r"[А-ЯЁа-яё]*[бвгджзклмнпрстфхцчшщ]е\b"
)
"""A person's first word in the dative in «-е» («Главе ячейки», «Студентке из Перми»), not
an adverb or a preposition that ends so («Кроме того», «Позже»), nor an adjective
(«Максимальное наказание ... — 20 лет»)."""

_OBJ = r"(?:[^.;:]|(?<=\b[А-ЯЁ])\.)"
"""A character of a person named as the object: no full stop, save after an initial («Магомеда
Д. к 17 годам»)."""

_FOR = r"(?:(?:за|по)\s+[^.;:()\d]{3,90}?\s+)?"
"""The offence between the verb and the term («осужден за дезертирство к шести годам»)."""

_BACK_PERSON = (
    r"ему|ей|мужчине|женщине|осужд[её]нному|осужд[её]нной|подсудимому|подсудимой|"
    r"обвиняемому|обвиняемой"
)
"""The one person a court press release names in the sentence before («Суд назначил ему»);
not «им», a group."""

PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE), example)
    for name, pattern, example in (
        ("sentence.active", rf"\b(?:приговорил[аи]?\s+(?P<obj>{_OBJ}{{0,120}}?)\s*\bк|"
         rf"осудил[аи]?\s+(?P<obj4>(?:[^.;:\d]|(?<=\b[А-ЯЁ])\.){{3,80}}?)\s+на)\s+"
         rf"{_TERM}{_PLACE}(?P<after>\s+[^,.;:()]{{3,90}})?",
         "суд приговорил жителя Курска к 15 годам колонии; осудили студентку из Казани на шесть "
         "лет"),
        ("sentence.passive", rf"\b(?:был[аи]?\s+)?(?:приговор[её]н[аы]?\s+(?:заочно\s+)?{_FOR}к|"
         rf"осужд[её]н[аы]?\s+(?:заочно\s+)?{_FOR}(?:на|к)|осудил[аи]?\s+(?:заочно\s+)?на)\s+"
         rf"{_TERM}",
         "Житель Омска приговорён к 12 годам; учёный осуждён на 12 лет; осужден за дезертирство "
         "к шести годам; Студентку из Казани осудили на шесть лет (the object first)"),
        ("sentence.given", rf"\b(?:дали|получил[аи]?)\s+(?:срок\s+в\s+)?{_TERM}",
         "пенсионеру дали 14 лет колонии; фигурант получил 14 лет"),
        ("sentence.found_guilty", rf"(?:\b(?P<obj3>его|е[её])\s+)?\bпризнал[аи]?\s+"
         rf"(?:(?(obj3)|(?P<obj>[^.;:]{{1,80}}?)\s+)"
         rf"виновн(?:ым|ой)\b|виновн(?:ым|ой)\s+(?P<obj2>[^.;:]{{1,80}}?)\s+(?:в|во|по)\s)"
         rf"[^.;:]{{0,150}}?\b(?:назначил|определил)[аи]?\s+(?:(?:{_BACK_PERSON})\s+)?"
         rf"(?:наказание\s+в\s+(?:виде\s+)?)?{_TERM}",
         "суд признал его виновным в госизмене и назначил 13 лет заключения; ... и определил "
         "ему наказание в 13 лет"),
        ("sentence.assigned", rf"\bназначил[аи]?\s+(?P<obj>{_BACK_PERSON}|"
         r"(?!(?:им|по|ещ[её]|также|наказани[а-яё]*|в\s+среднем)\b)(?:\d+-(?=летн))?[А-ЯЁа-яё«]"
         r"(?:[^.;:,\d]|(?<=\b[А-ЯЁ])\.){2,70}?)\s+"
         rf"(?:наказание\s+в\s+виде\s+)?{_TERM}",
         "Суд назначил ему 14 лет лишения свободы; назначил бывшему инженеру Петру В. 18 лет; "
         "назначил Сергею Л. 15 лет"),
        ("sentence.assigned-after", rf"\bназначил[аи]?\s+(?:наказание\s+в\s+виде\s+)?{_TERM}"
         rf"{_PLACE}\s+(?P<obj>(?!(?:по|за|в|во|на|и|с|со|из|как|при|после|колони|заключени|"
         r"лишени|тюрьм|строгого|общего|особого|режим|штраф|условн)[а-яё]*\b)[а-яё][^.;:,\d]{2,60}?)"
         r"(?=\s*[,.;:]|\s+(?:по|за)\b|\s*$)",
         "суд назначил 15 лет колонии жителю острова, признав его виновным"),
        ("sentence.assigned-finding", rf"\b(?:назначил[аи]?\s+(?:наказание\s+в\s+виде\s+)?|"
         rf"приговорил[аи]?\s+к\s+){_TERM}{_PLACE}(?:\s+[^.;:,]{{0,40}}?)?\s*,\s*признав\s+"
         r"(?P<obj>его|е[её])\s+виновн",
         "суд назначил 16 лет колонии, признав его виновным в госизмене (the person is the "
         "one the sentence before names)"),
        ("sentence.after-request", rf"\b(?:за)?просил[аио]?\s+(?:для\s+(?:него|не[её])\s+)?"
         rf"[^.;:,]{{0,40}}?,\s*(?:а\s+)?(?:суд|судья)\s+(?:же\s+)?(?:в\s+итоге\s+)?"
         rf"(?:назначил[аи]?|определил[аи]?)\s+(?:наказание\s+в\s+виде\s+)?{_TERM}",
         "Прокурор просил девять лет, суд назначил семь с половиной лет колонии (the person is "
         "the defendant of the story, not the one who asked)"),
        ("sentence.term-first", rf"(?:(?:а|ещ[её]|также)\s+)?{_TERM}(?:\s+свободы)?{_PLACE}"
         r"(?:\s+(?:по|за)\s+[^.;:]{3,90}?)?\s+получил[аи]?\s+"
         r"(?P<obj>[^.;:,\d]{3,80}?|\d+-летн[^.;:,]{3,80}?)(?=\s*[,.;:]|\s+(?:за|по)\s|\s*$)",
         "Пожизненный срок по делу о взрыве получил 35-летний уроженец Мелитополя (at the head "
         "of a sentence only)"),
        ("sentence.assigned-passive", rf"\b(?P<obj>{_BACK_PERSON}|(?:старш|младш)[а-яё]*ему|"
         r"[А-ЯЁ][а-яё]+(?:ову|еву|ину)(?:\s+[А-ЯЁ][а-яё]+у)?)\s+(?:было\s+|также\s+)?"
         rf"назначен[оаы]?\s+(?:наказание\s+в\s+виде\s+)?{_TERM}",
         "Ему назначено 19 лет лишения свободы"),
        ("sentence.will-serve", rf"\b(?P<obj>осужд[её]нн(?:ый|ая)|подсудим(?:ый|ая)|"
         r"(?<=[,:]\s)(?:он|она)|(?<=что\s)(?:он|она))\s+(?:проведёт|проведет|отбудет|будет\s+"
         rf"отбывать)\s+(?:в\s+(?:колонии|заключении)\s+)?{_TERM}",
         "Суд постановил, что осуждённый проведёт 13 лет в колонии (the person "
         "the sentence before names)"),
        ("sentence.pair", rf"\b(?:приговор[её]н[ыа]?|приговорил[аи]?"
         rf"(?:\s+(?P<obj>{_OBJ}{{1,120}}?))?)\s+к\s+{_NUM}\s+и\s+(?P<n2>\d+|[а-яё]+)\s+годам\b",
         "двое поджигателей приговорены к 12 и 10 годам колонии: two people, two terms"),
        ("sentence.verdict-dash", rf"\bприговор\s+(?:(?:был\s+)?(?:вынесен|оглаш[её]н)\s+)?"
         rf"(?P<obj>{_DATIVE}[^.;:—–\d]{{0,80}}?)\s*[—–:]\s*"
         rf"{_TERM}",
         "Приговор бывшему инженеру Игорю Савельеву — 15 лет колонии; Приговор вынесен "
         "22-летней жительнице Омска — восемь лет"),
        ("sentence.term-dash", rf"(?:\b{_NUM}\s+(?:лет|года)|\b(?P<life>пожизненн(?:ое|ый)))"
         rf"{_PLACE}\s*[—–]\s*(?P<obj>{_DATIVE}[^.;:—–\d]{{0,80}}?)(?=\s+(?:за|по)\s)",
         "Пожизненное — 45-летнему жителю Брянска за теракт; 14 лет колонии — жителю Омска за ..."),
        ("sentence.given-bare",
         r"\b(?:дали|получил[аи]?)\s+(?P<n>\d{1,2}|[а-яё]+)(?=\s*(?:[.;]|$))",
         "от 5 до 15 лет; Сергею дали шесть: the unit is the sentence's"),
        ("sentence.dative-first", rf"(?:(?:а|ещ[её]|также)\s+)?(?P<obj>(?:(?:е[её]|его|их)\s+)?"
         rf"(?:{_DATIVE}|{_DATIVE_E})(?:[^.;:—–\d,]|(?<=\b[А-ЯЁ])\.){{0,60}}?"
         rf"(?:,\s*(?:[^.;:—–,]|(?<=\b[А-ЯЁ])\.){{3,60}}?,)?)\s*"
         rf"(?:(?:суд|судья)\s+(?:также\s+)?)?(?:назначил[аи]?|назначен[оа]?|дали|[—–]|"
         rf"определил[аи]?(?=\s+наказание))\s+(?:наказание\s+в\s+(?:виде\s+)?)?{_TERM}",
         "Организатору кружка, 34-летнему Артему Л., суд назначил 18 лет; Главе ячейки, "
         "41-летнему Руслану Б., назначено 20 лет; Его товарищу, "
         "студенту Кириллу М., — восемь лет; Ещё одному фигуранту дела, его брату, суд "
         "назначил десять лет (at the head of a sentence only)"),
        ("sentence.pronoun-first", rf"(?<=[—–:;]\s)(?P<obj>{_BACK_PERSON})\s+(?:(?:суд|судья)\s+)?"
         rf"(?:также\s+)?(?:назначил[аи]?|дали|определил[аи]?(?=\s+наказание))\s+"
         rf"(?:наказание\s+в\s+(?:виде\s+)?)?{_TERM}",
         "Обвинительный приговор вынесен и второму фигуранту — ему назначили 9 лет (after a "
         "dash or a colon: not «Самому младшему было 15 лет, ему назначили шесть лет», a "
         "statistic's person)"),
        ("sentence.each", rf"\b(?:назначил[аи]?|назначен[оы]?|дали|получили)\s+(?:им\s+)?"
         rf"(?:наказание\s+)?по\s+{_TERM}{_PLACE}",
         "Двоим подсудимым суд назначил по 12 лет: one term for each of a group, no one's own "
         "(found only to anchor «..., третьему — семь лет» after it)"),
        ("sentence.sent", rf"\bотправил[аи]?\s+(?:(?P<obj>(?:[^.;:,\d]|\d+-(?=летн)){{3,60}}?)\s+)?"
         rf"(?:в\s+колонию|за\s+решетку|за\s+решётку|в\s+тюрьму)\s+на\s+{_NUM}\s+(?:лет|год|года)\b"
         rf"(?P<after>\s+[^,.;:()]{{3,90}})?",
         "Суд отправил в колонию на 16 лет жителя Курска; отправил 19-летнего студента за "
         "решетку на 11 лет"),
    )
)  # fmt: skip
"""Imposed-term wordings; the person is the object, else the words before the verb."""

GATES: dict[str, tuple[str, ...]] = {
    "sentence.active": ("приговорил", "осудил"), "sentence.passive": (
        "приговор", "осужден на", "осужден к", "осуждена на", "осуждена к", "осуждены на",
        "осуждены к", "осужден заочно", "осуждена заочно", "осуждён на", "осуждён к",
        "осуждён заочно", "осужден за", "осуждена за", "осуждён за", "осужден по",
        "осуждена по", "осуждён по", "осудили на", "осудил на", "осудила на",
        "осудили заочно",
    ),
    "sentence.given": ("дали", "получил"), "sentence.assigned": ("назначил",),
    "sentence.each": ("назначил по", "назначили по", "назначила по", "назначено по",
                      "назначены по", "дали по", "получили по", "им по", "наказание по"),
    "sentence.found_guilty": ("виновн",), "sentence.sent": ("отправил",),
    "sentence.assigned-passive": ("назначен",), "sentence.assigned-after": ("назначил",),
    "sentence.assigned-finding": ("назначил", "приговорил"), "sentence.term-first": ("получил",),
    "sentence.pair": ("годам",), "sentence.verdict-dash": ("приговор ",),
    "sentence.will-serve": ("проведет", "проведёт", "отбудет", "будет отбывать"),
    "sentence.term-dash": ("лет колонии —", "лет заключения —", "лет лишения свободы —",
                           "режима —", "лет —", "пожизненное —", "пожизненный —"),
    "sentence.given-bare": ("дали", "получил"), "sentence.after-request": ("просил",),
    "sentence.dative-first": ("назначил", "назначен", "дали", "определил", "—", "–"),
    "sentence.pronoun-first": ("назначил", "дали", "определил"),
}  # fmt: skip
"""Words (folded, :func:`.morphology.fold`) of which each pattern needs one; they are also
the cues that let a sentence be read for terms at all (:mod:`.extractor`)."""
_AT_HEAD = frozenset({"sentence.dative-first"})
"""Patterns tried once at the sentence's head: the match fails on the first word faster than
a scan of the sentence for their gate's six words, so the gate is not tested."""
_HEAD_ONLY = frozenset({"sentence.dative-first", "sentence.term-first"})
"""Patterns matched at the sentence's head only, not searched for."""
_ALSO: dict[str, tuple[str, ...]] = {
    "sentence.verdict-dash": ("—", "–", ":"), "sentence.term-dash": ("—", "–"),
    "sentence.pair": ("приговор",), "sentence.assigned-finding": ("признав",),
    "sentence.after-request": ("назначил", "определил"),
}  # fmt: skip
"""A second gate, tested first (a dash is one test where the gate is an alternation): the
pattern needs a word of each."""

_COURT = re.compile(r"(?:[А-ЯЁ][а-яё-]*\s+)?(?:[а-яё-]+\s+){0,3}[Сс]уд\b|\b[А-ЯЁ][а-яё]*суд\b")
_LEAD = re.compile(
    r"^(?:(?:в|во|на|по)\s+[А-ЯЁа-яё-]+(?:\s+|$)|[0-3]?\d\s+[а-яё]+\s+\d{4}\s+года\s+|ранее\s+|"
    r"также\s+|кроме\s+того\s+)+",
    re.IGNORECASE,
)
_NOT_A_PERSON = re.compile(
    r"\b(?:суд|прокурор|следстви|обвинени|обвинит|гособвин|защит)", re.IGNORECASE
)


@dataclass(frozen=True)
class ImposedTerm:
    """A term imposed on a person at ``start:end`` (document offsets)."""

    start: int
    end: int
    rule: str
    person: str
    years: float | None
    life: bool
    court: str | None
    numeral_at: int = -1
    """Where a numeral counting the people stands («Троих», «трое», «одного»), else -1."""
    group: bool = False
    """Whether that numeral counts more than one person."""


_CO_DEFENDANT = re.compile(
    r"(?:втор|трет|четв[её]рт|ещ[её]\s+од|друг|последн)[а-яё]*\s+"
    r"(?:фигурант|подсудим|обвиняем|участник)[а-яё]*(?:\s+(?:дела|процесса))?",
    re.IGNORECASE,
)
"""A co-defendant, the subject of the words before the term («Третий фигурант дела»)."""
_TWO = re.compile(r"\b(?:двое|двоих|оба|обоих|обе|обеих)\b[^,.;:]{0,60}", re.IGNORECASE)
"""The two people a pair of terms is given to («двое жителей Подмосковья»)."""
_UNIT = re.compile(r"\b(?:лет|год[а-яё]*)\b", re.IGNORECASE)
_PLURAL = re.compile(
    r"\b(?:осужд[её]нные|подсудимые|обвиняемые|фигуранты|они|все|многие|некоторые)\b",
    re.IGNORECASE,
)
"""Many people as the subject («осужденные получили пожизненный срок»): no one's term."""

_FILLER = frozenset({"ещё", "еще", "также", "всего"})


def _numeral(
    text: str, person: str, start: int, value: Callable[[str], float | None]
) -> tuple[int, bool]:
    """The offset of a numeral that counts ``person``, first or last word («Двоих
    осуждённых», «ещё четверо», «Из 72 осуждённых ... трое», «ещё одного фигуранта»), or -1;
    and whether it counts more than one."""
    at = text.find(person, start)
    if at < 0:
        return -1, False
    words = [(w.start(), w.group()) for w in re.finditer(r"[\w-]+", person)]
    words = [(i, w) for i, w in words if w.lower() not in _FILLER]
    for offset, word in words[:1] + words[-1:]:
        number = value(word)
        if number is not None and number >= 1:
            return at + offset, number > 1
    return -1, False


_RELATIVE = re.compile(
    r",\s*(?:котор|чей|чья|чь[её]|чьи)[^,;]*,?\s*$|,\s*(?:котор|чей|чья|чь[её]|чьи)[^,;]*,"
    r"|,\s*[а-яё]+(?:вш|ющ|ящ|ущ|ащ)(?:ий|ая|ие|ийся|аяся|иеся)\s[^,;]*,",
    re.IGNORECASE,
)
"""A relative clause or a participle's after the person («, которому 27 лет,», «, служивший
по контракту,»)."""
_MANY_OBJECT = re.compile(r"(?:\d+-)?[а-яё]+(?:ей|ов|ев|их|ых)\b", re.IGNORECASE)
"""People in the accusative plural before «осудили на» («Жителей Омска», «Бывших военных»)."""
_SUSPENDED = re.compile(
    r"(?:\s+(?:лишения\s+свободы|колонии|заключения))?\s*,?\s*условн", re.IGNORECASE
)
"""«два года условно», «три года лишения свободы условно»: a suspended term."""
_FOUND_GUILTY = re.compile(
    r"\s+(?:был[аи]?\s+)?признан[аы]?\s+виновн.*$", re.IGNORECASE | re.DOTALL
)
"""«Житель Самары признан виновным в госизмене и приговорен к 16 годам»: the words before
the finding name the person."""

_APPOSITION = re.compile(
    r"^\s*([^,;:]{3,50}),\s*(?:\d+-летн|[а-яё]+-летн)[^,;:]{0,50},\s*$", re.IGNORECASE
)
"""A person followed by an age in apposition («Старший из них, 27-летний Магомед Д.,»)."""

_ELIDED = re.compile(
    r"[^.;:]{0,60}?,\s*(?:а\s+)?(?P<obj>[^,;:—–]{3,60}?)"
    r"(?:,\s*(?:котор|чей|чья|чь[её])[^,;:—–]{0,70},)?\s*[—–]\s*"
    r"(?:к\s+)?(?P<n>\d+(?:,\d+)?|[а-яё]+)(?:\s+(?:годам|года|лет)\b|(?=\s*[.;]))"
)
"""A second person with the verb left out after a term («..., его 22-летний товарищ — 12
лет»), a relative clause between («а самому младшему, которому было 17, — четыре года»); one
after another («..., третьему — семь лет, а четвертому — пять»)."""

_NO_PERSON = re.compile(
    r"\b\d+\b(?!-)|\bлет\b|\b(?:хотя|тогда|но|однако|срок|максим|минимал|средн|медиан|"
    r"наказани|санкци|штраф|год|месяц|стать|закон|практик|норм)",
    re.IGNORECASE,
)
"""What the words before an elided term name when they are no person («хотя максимальный
срок по статье — 20 лет», «средний срок по таким делам — 13 лет»)."""

_OBJECT_CASE = {
    "sentence.active": "accs", "sentence.found_guilty": "accs", "sentence.sent": "accs",
    "sentence.assigned": "datv", "sentence.assigned-after": "datv",
    "sentence.verdict-dash": "datv", "sentence.term-dash": "datv", "sentence.pair": "accs",
    "sentence.dative-first": "datv",
}  # fmt: skip
"""The case of the person each verb takes as its object («приговорил Ивана Петрова»,
«назначил Петру Волкову»): a name in it is given in the nominative (:mod:`.names`)."""

_MANY = re.compile(
    r"\b(?:[а-яё]+(?:ам|ям)|осужд[её]нным|подсудимым|обвиняемым|фигурантам)\b|\bсредн"
    r"|\b(?:срок[а-яё]*|от|до|свыше|более|менее|около)\b",
    re.IGNORECASE,
)
"""The people a term is given to, when many («назначил жителям», «осуждённым ... в среднем»),
or no person at all («назначили сроки от пяти до семи лет», «сроки свыше 15 лет»)."""

_TAIL = re.compile(r"\s+(?:по|за)\s.*$", re.IGNORECASE | re.DOTALL)
"""«... Андрея Смирнова по делу о госизмене»: the charge, not the person."""


def _clean(person: str, *, tail: bool = True) -> str:
    person = person.strip(" ,—–-")
    if tail:
        person = _TAIL.sub("", person)
    return _LEAD.sub("", person).strip(" ,—–-")


def find_imposed_terms(
    text: str,
    start: int,
    end: int,
    *,
    value: Callable[[str], float | None],
    folded: str | None = None,
) -> list[ImposedTerm]:
    """Imposed terms in ``text[start:end]``; ``value`` reads a number («шестнадцати»);
    ``folded``: the stretch as :func:`.morphology.fold` gives it, if known."""
    found: list[ImposedTerm] = []
    if folded is None:
        folded = fold(text[start:end])
    for rule, pattern, _ in PATTERNS:
        also = _ALSO.get(rule)
        if (also is not None and not gate_open(also, folded)) or (
            rule not in _AT_HEAD and not gate_open(GATES[rule], folded)
        ):
            continue
        begin = start
        if rule == "sentence.given-bare":
            # «...до 15 лет; Сергею дали шесть»: the years just spoken of, the figure last
            if not _UNIT.search(text, max(0, start - 120), end):
                continue
            begin = max(start, end - 40)
        matches: Iterable[re.Match[str]]
        if rule in _HEAD_ONLY:
            # the person heads the sentence: one match tried at its first word, not a scan
            stretch = text[start:end]
            head = pattern.match(text, start + len(stretch) - len(stretch.lstrip()), end)
            matches = () if head is None else (head,)
        else:
            matches = pattern.finditer(text, begin, end)
        for m in matches:
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            if _SUSPENDED.match(text, m.end(), min(end, m.end() + 40)):
                continue  # «получила два года условно»: a suspended term is not served
            life = bool(m.groupdict().get("life"))
            years: float | None = None
            if not life:
                years = value(m.group("n"))
                if years is None or not 0 < years <= 40:
                    continue
                if m.groupdict().get("half"):
                    years += 0.5  # «шесть с половиной лет»
                if m.groupdict().get("mo"):
                    months = value(m.group("mo"))
                    if months is None:
                        continue
                    years = round(years + months / 12, 2)
            if rule == "sentence.each":
                # a group's term: never an individual sentence, an anchor for the next ones
                found.append(
                    ImposedTerm(m.start(), m.end(), rule, "", years, False, None, -1, True)
                )
                continue
            if rule == "sentence.after-request":  # the defendant the story is about
                found.append(ImposedTerm(m.start(), m.end(), rule, "подсудимый", years, life, None))
                continue
            clause_start = max(
                start, *(text.rfind(p, start, m.start()) + 1 for p in (",", ";", ":", "—"))
            )
            before = text[clause_start : m.start()]
            groups = m.groupdict()
            court_match = (
                _COURT.search(before) if rule in {"sentence.active", "sentence.sent"} else None
            )
            if court_match is not None:
                before = before[: court_match.start()] + before[court_match.end() :]
            after = groups.get("after") or ""
            obj = (
                groups.get("obj") or groups.get("obj2") or groups.get("obj3") or groups.get("obj4")
            ) or ""
            person = _clean(obj)
            object_named = bool(person)
            person = person or _clean(before, tail=False)
            if not person and not re.match(r"\s*(?:по|за|в|на)\s", after, re.IGNORECASE):
                person, object_named = _clean(after), True
            if rule == "sentence.passive":
                person = _FOUND_GUILTY.sub("", person)
            if not person and (
                rule == "sentence.given"
                or (rule == "sentence.passive" and not re.search(r"[её]ны\b", m.group(0)))
            ):
                # (not «Жители области, которых задержали, приговорены к 12 годам»: many)
                # «Житель Херсона, которому 27 лет, получил 13 лет»
                lead = _RELATIVE.sub("", text[start : m.start()])
                # «Еще один приговор по ... статье: 19-летнему студенту, который ..., дали»
                lead = lead[max(lead.rfind(":"), lead.rfind(" — "), lead.rfind(" – ")) + 1 :]
                if "," not in lead and ";" not in lead:
                    person = _clean(lead, tail=False)
                elif apposition := _APPOSITION.match(lead):
                    # «Ее подзащитному, 41-летнему инженеру, дали 18 лет»
                    person = _clean(apposition.group(1), tail=False)
            if (
                rule == "sentence.passive"
                and "осудил" in m.group(0).lower()
                and (_MANY_OBJECT.match(person) or re.search(r"\d(?!\d*-)", person))
            ):
                continue  # «Жителей Омска ... осудили на 10 лет», «40 человек осудили на»
            if rule == "sentence.pair" and not person:
                # «двое жителей Подмосковья, поджигавших ..., приговорены к 12 и 10 годам»
                two = _TWO.search(text, start, m.start())
                person = two.group(0).strip(" ,") if two else ""
            if co_defendant := _CO_DEFENDANT.match(person):
                person = co_defendant.group(0)  # «Третий фигурант дела заключил сделку и»
            numeral = _numeral(
                text, person, start if rule == "sentence.pair" else clause_start, value
            )
            if len(person.split()) > 8 and not obj:
                # «Ещё одного фигуранта того же дела за разглашение гостайны приговорили»
                person = _clean(before)
            if not person or _NOT_A_PERSON.search(person) or len(person.split()) > 8:
                continue
            if _PLURAL.search(person):
                continue  # «В 31 случае осужденные получили пожизненный срок»
            if rule in {"sentence.assigned", "sentence.assigned-after"} and _MANY.search(person):
                continue
            if object_named and rule in _OBJECT_CASE:
                person = nominative_name(person, _OBJECT_CASE[rule])  # «Ивана Петрова»
            court = None if court_match is None else court_match.group(0).strip()
            if rule == "sentence.pair":
                # «двое ... приговорены к 12 и 10 годам»: one term each, no group
                second = value(m.group("n2"))
                two_named = re.search(r"[А-ЯЁ][а-яё]+\s+и\s+[А-ЯЁ]", person) is not None
                if second is None or not 0 < second <= 40 or (numeral[0] < 0 and not two_named):
                    continue
                for n in (years, second):
                    found.append(
                        ImposedTerm(m.start(), m.end(), rule, person, n, False, court, numeral[0])
                    )
                continue
            found.append(
                ImposedTerm(m.start(), m.end(), rule, person, years, life, court, *numeral)
            )
    found += _elided_terms(text, end, found, value)
    return sorted(found, key=lambda f: f.start)


def _elided_terms(
    text: str, end: int, found: list[ImposedTerm], value: Callable[[str], float | None]
) -> list[ImposedTerm]:
    """The terms of a second person after an imposed term, the verb left out."""
    more: list[ImposedTerm] = []
    queue = list(found)
    while queue:
        term = queue.pop(0)
        if term.life:
            continue  # (a group's term anchors too: «двоих ... к 10 годам, а третьего — к 8»)
        m = _ELIDED.match(text, term.end, end)
        if m is None or _NOT_A_PERSON.search(m.group("obj")) or _NO_PERSON.search(m.group("obj")):
            continue
        years = value(m.group("n"))
        if years is None or not 0 < years <= 40:
            continue
        numeral, group = _numeral(text, m.group("obj"), m.start("obj"), value)
        if group:
            continue
        elided = ImposedTerm(
            m.start("obj"), m.end(), term.rule, m.group("obj").strip(), years, False,
            term.court, numeral, group,
        )  # fmt: skip
        more.append(elided)
        queue.append(elided)  # «..., третьему — семь лет, а четвертому — пять»
    return more
