"""Counts that are not the country's convictions of an offence: acquittals, people arrested
or prosecuted rather than convicted, a region's figure («В Крыму — 34») and a rate («почти
два приговора в день»)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru.numbers import Number

if TYPE_CHECKING:
    from kgbuild.extraction_ru.clauses import Clause
    from kgbuild.extraction_ru.extractor import Sentence


def acquittals_only(s: Sentence) -> bool:
    """Whether every conviction word of the sentence is an acquittal's verdict
    («оправдательных приговоров не вынесли», «ни одного оправдательного приговора»)."""
    if "оправдательн" not in s.folded:
        return False
    return all(
        k and s.tokens[k - 1].text.lower().startswith("оправдательн")
        for k, t in enumerate(s.tokens)
        if not t.lemmas.isdisjoint(g.CONVICTION_WORDS)
    )


def not_convicted(s: Sentence, index: int) -> bool:
    """«задержали свыше 200 человек, а осудили 189»: a clause about arrests (or
    acquittals) and not convictions gives no count; in a sentence on administrative
    offences («2100 протоколов, а суды рассмотрели 1870 таких дел») only a clause with
    a conviction word does."""
    administrative = g.ADMINISTRATIVE.search(s.quote, s.folded) is not None
    if not administrative and s.lemma_set.isdisjoint(g.NOT_CONVICTED):
        return False
    received = not s.lemma_set.isdisjoint(g.RECEIVED_TERM[0]) and not s.lemma_set.isdisjoint(
        g.RECEIVED_TERM[1]
    )
    # «в колонию ... отправили 17 обвиняемых»: a conviction told by a phrase
    phrase = g.CONVICTION_PHRASES.search(s.quote, s.folded) is not None
    if (
        s.lemma_set.isdisjoint(g.CONVICTION_WORDS)
        and s.lemma_set.isdisjoint(g.CASE_CUES)
        and not received
        and not phrase
    ):
        return True  # «Это меньше, чем было задержано: 240 человек»: no conviction word
    clause = s.clauses[index]
    tokens = [t for t in s.tokens if clause.start <= t.start < clause.end]
    if not administrative and all(t.lemmas.isdisjoint(g.NOT_CONVICTED) for t in tokens):
        return False
    if any(not t.lemmas.isdisjoint(g.RECEIVED_TERM[0]) for t in tokens) and any(
        not t.lemmas.isdisjoint(g.RECEIVED_TERM[1]) for t in tokens
    ):
        return False  # «сроки ... получили 37 человек» (prison terms: no administrative fine)
    if phrase and g.CONVICTION_PHRASES.pattern.search(s.text, clause.start, clause.end):
        return False
    return all(t.lemmas.isdisjoint(g.CONVICTION_WORDS) for t in tokens)


_REGION_GATE = (
    "Крым", "Москв", "Петербург", "Подмосков", "Кубан", "Чечн", "Дагестан", "Татарстан",
    "Башкир", "Севастопол", "област", "кра", "республик", "Республик", "округе", "регион",
)  # fmt: skip
_REGION = re.compile(
    r"\b(?:[Вв]|[Нн]а)\s+(?:Крыму|Москве|(?:Санкт-)?Петербурге|Подмосковье|Кубани|Чечне|Дагестане|"
    r"Татарстане|Башкирии|Севастополе|[А-ЯЁ][а-яё-]+(?:ской|цкой)\s+области|"
    r"[А-ЯЁ][а-яё-]+ом\s+крае|[Рр]еспублике\s+[А-ЯЁ]|[А-ЯЁ][а-яё-]+ом\s+федеральном\s+округе|"
    r"(?:этом|том|их|его|[а-яё]+ом)\s+регионе|регионе)\b"
    r"|\b[Уу]\s+(?:Москвы|(?:Санкт-)?Петербурга|Крыма|Кубани|Чечни|Дагестана|Татарстана|"
    r"Башкирии|Севастополя|[А-ЯЁ][а-яё-]+(?:ской|цкой)\s+области|[А-ЯЁ][а-яё-]+ого\s+края)\b"
    r"|\b[Нн]а\s+(?:Крым|Москву|Кубань|Чечню|Дагестан|[А-ЯЁ][а-яё-]+(?:скую|цкую)\s+область|"
    r"[А-ЯЁ][а-яё-]+ий\s+край)\s+(?:[а-яё]+\s+)?пришл"
)
"""«в Крыму», «в Белгородской области», «в регионе», «На Крым пришлось», «Первое место у
Москвы»: a place narrower than the country (one court's total is no region's: ru-heldout
counts «Мосгорсуд ... рассмотрел 37 дел ... и по всем вынес обвинительные приговоры»)."""


_REGION_NAMED = re.compile(
    r"(?:Крым|Москва|(?:Санкт-)?Петербург|Подмосковье|Кубань|Чечня|Дагестан|Татарстан|"
    r"Башкирия|Севастополь|[А-ЯЁ][а-яё-]+(?:ская|цкая)\s+область|[А-ЯЁ][а-яё-]+(?:ий|ый|ой)\s+"
    r"край|Республика\s+[А-ЯЁ][а-яё-]+)\s*[—–]\s*(?:(?:около|более|свыше|почти)\s+)?$"
)
"""«Следом идут Крым — 34 — и Краснодарский край — 22»: a region in the nominative, its
figure after a dash."""
_COUNTRY = re.compile(
    r"\b(?:(?:по|во)\s+(?:всей\s+)?(?:стране|России)|в\s+целом\s+по\s+(?:стране|России)|"
    r"в\s+(?:России|стране)\s+в\s+целом)\b",
    re.IGNORECASE,
)
"""«а всего по стране — 596», «по всей России», «в целом по стране»: the country's figure,
after regions named before it."""
_ANOTHER = re.compile(r"\d|[—–]|\bа\s|\bи\s")
"""What stands between a figure and a «по стране» that is another figure's."""
_OWN_FIGURE = re.compile(r"\s*(?:[—–]|[,:]?\s*\d)")
"""«..., по всей России — 402»: the country named for a figure of its own."""


def regional(s: Sentence, index: int, number: Number) -> bool:
    """Whether the clause of a count, or the clauses before it in the sentence, place it
    in one region («В Крыму, по подсчетам правозащитников, таких приговоров было 48»,
    «Следом идут Крым — 34»), and its own clause does not say the whole country («..., а
    всего по стране — 596»); or the sentence points back to a region's counts just before
    (:func:`_region_before`)."""
    clause = s.clauses[index]
    stretch = s.text[s.start : clause.end]
    if not any(piece in stretch for piece in _REGION_GATE):
        return _region_before(s)
    if _COUNTRY.search(s.text, clause.start, clause.end):
        return False  # «..., а всего по стране — 596»
    after = _COUNTRY.search(s.text, number.end, min(s.end, number.end + 50))
    if (
        after is not None
        and not _ANOTHER.search(s.text, number.end, after.start())
        and not _OWN_FIGURE.match(s.text, after.end())
    ):
        return False  # «из 245, вынесенных по всей стране» (not «— 7, а всего по стране»)
    if _REGION_NAMED.search(s.text, max(s.start, number.start - 60), number.start):
        return True
    return _REGION.search(stretch) is not None


_ABROAD_GATE = (
    "Украин", "Белорус", "Беларус", "Казахстан", "Киргиз", "Кыргызст", "Узбекистан",
    "Грузии", "Армении", "Азербайджан", "Молдов", "Молдави", "Латви", "Литве", "Эстони",
    "Польше", "Финлянди", "Германии", "США", "Британи", "Франци",
)  # fmt: skip
_PLACE = re.compile(
    r"(?<![а-яё])(?:(?P<abroad>(?:[Нн]а|[Вв])\s+Украине|[Вв]\s+(?:Белоруссии|Беларуси|"
    r"Казахстане|Киргизии|Кыргызстане|Узбекистане|Грузии|Армении|Азербайджане|Молдове|"
    r"Молдавии|Латвии|Литве|Эстонии|Польше|Финляндии|Германии|США|(?:Велико)?[Бб]ритании|"
    r"Франции))|(?P<home>[Вв]\s+(?:России|РФ|нашей\s+стране)|[Пп]о\s+(?:всей\s+)?России))"
    r"(?![а-яё])"
)
"""«на Украине», «в Белоруссии» (another country's courts and cases), against «в России»."""
_NOT_THERE = re.compile(
    r"(?:воевал[а-яё]*|служ[а-яё]+|сражал[а-яё]*|операци[а-яё]+|СВО|действи[а-яё]+|"
    r"пользу|сторону|стороне)\s+$",
    re.IGNORECASE,
)
"""«воевавших на Украине», «в зоне операции на Украине»: where a deed was done, not whose
figures these are."""


def abroad(s: Sentence, index: int, number: Number) -> bool:
    """Whether ``number`` is another country's figure: the last country named before it
    in the sentence, or the first in its clause, is not Russia («Для сравнения: на Украине
    за 2025 год было возбуждено более 200 тысяч дел ...», «..., а в Белоруссии — 40»)."""
    if not any(piece in s.quote for piece in _ABROAD_GATE):
        return False
    clause = s.clauses[index]
    places = [
        m
        for m in _PLACE.finditer(s.text, s.start, clause.end)
        if not _NOT_THERE.search(s.text, max(s.start, m.start() - 30), m.start())
    ]
    before = [m for m in places if m.start() < number.start]
    inside = [m for m in places if m.start() >= max(clause.start, number.end)]
    place = before[-1] if before else (inside[0] if inside else None)
    if before and inside and before[-1].start() < clause.start:
        place = inside[0]  # «В России — 12 500, а 200 тысяч дел — на Украине»
    return place is not None and place.group("abroad") is not None


def _region_before(s: Sentence) -> bool:
    """Whether the sentence points back («по первой из этих статей», «таких приговоров») to
    a sentence just before that placed its counts in one region and so gave none («В
    Дагестане ... осудили 46 человек ... В 2024 году по первой из этих статей — 38»)."""
    if s.context.counted or s.context.cases or not s.context.convictions or not s.start:
        return False  # (the sentence before spoke of convictions and gave no count)
    if _COUNTRY.search(s.quote):
        return False
    before = s.text[max(0, s.start - 400) : s.start].rstrip()
    prev = before[max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n")) + 1 :]
    if not any(piece in prev for piece in _REGION_GATE) or _COUNTRY.search(prev):
        return False
    return _REGION.search(prev) is not None and s.anaphoric


def prosecuted(s: Sentence, number: Number) -> bool:
    """Whether ``number`` counts people prosecuted («800 фигурантов», «40 обвиняемых»)."""
    after = s.tokens[number.last + 1 : number.last + 3]
    return any(not t.lemmas.isdisjoint(g.PROSECUTED_NOUNS) for t in after)


_DASH_BEFORE = re.compile(r"\s[—–]\s")
_CLAUSE_CUT = re.compile(r"[;,:]|\s[—–]\s")


def rate_from(s: Sentence) -> int | None:
    """Where the figures of a rate start («почти два приговора в день», «ежегодно осуждают
    около сотни»): the sentence's start, or, when the rate stands in an aside after a
    dash («... признали не менее 540 человек — в среднем больше 15 в неделю»), the
    dash: the count before it stands; for a figure told for every period («каждый год
    выносили не более десяти»), the start of its clause. None if the sentence tells no
    rate."""
    rate = g.RATE_PATTERN.search(s.quote, s.folded)
    if rate is None:
        rate = g.EVERY_PERIOD.search(s.quote, s.folded)
        if rate is None or not s.lemma_set.isdisjoint(g.TREND_WORDS):
            return None
        # the figures of the clause that tells it, and after («400 человек; каждый день
        # ...» keeps the 400)
        cuts = list(_CLAUSE_CUT.finditer(s.quote, 0, rate.start()))
        return s.start + cuts[-1].start() if cuts else s.start
    dashes = list(_DASH_BEFORE.finditer(s.quote, 0, rate.start()))
    return s.start + dashes[-1].start() if dashes else s.start


_TOTAL_AFTER = re.compile(
    r"(?:,\s*(?:а|но|и)|\s[—–])\s+(?:всего|в\s+целом|в\s+сумме|итого)"
    r"(?:\s+за\s+(?:этот\s+|весь\s+|тот\s+)?(?:год|месяц|квартал|полугодие))?"
    r"\s*(?:[—–]|(?:их|таких)\b|[а-яё]+\s+их\b|"
    # «— всего за месяц было вынесено 848 приговоров», «, а всего вынесли 848»: a verb and
    # its figure (not a pronoun's: «а всего за год они рассмотрели 9 000 дел»)
    r"(?:было\s+)?[а-яё]+(?:но|ли|лось|ло)\s+(?=(?:более|около|почти|свыше|не\s+менее\s+)?\s*\d))",
    re.IGNORECASE,
)
"""«..., а всего за год их набралось 734», «..., а всего за год — 61 человек», «... — всего
за месяц было вынесено 848 приговоров»: a total of them after a rate, a count again (not
«а всего за год они рассмотрели 9 000 дел»)."""


def rate_span(s: Sentence) -> tuple[int, int] | None:
    """Where the figures of a rate stand (:func:`rate_from`) up to a total told after it
    («в среднем по два приговора в день, а всего за год их набралось 734»: the 734 is a
    count), else to the sentence's end; None if the sentence tells no rate."""
    start = rate_from(s)
    if start is None:
        return None
    rate = g.RATE_PATTERN.search(s.quote, s.folded) or g.EVERY_PERIOD.search(s.quote, s.folded)
    after = s.start + rate.end() if rate is not None else start
    total = _TOTAL_AFTER.search(s.text, max(start, after), s.end)
    return start, s.end if total is None else total.start()


_OF_THEM_ANYWHERE = re.compile(r"\bиз\s+(?:них|которых|этого\s+числа)\b", re.IGNORECASE)


def kind_of_term(s: Sentence, clause: Clause) -> bool:
    """Whether ``clause`` counts the people given one kind of term («312 человек получили
    реальные сроки») and has no conviction word of its own."""
    if not any(w in s.folded for w in g.KIND_OF_TERM_GATE) or (
        (kind := g.KIND_OF_TERM.search(s.text, clause.start, clause.end)) is None
    ):
        return False
    if (
        g.REAL_TERMS.match(s.text, kind.start())
        and any(o.how != "reference" for o in clause.offences)
        and not (s.context.counted or s.context.convictions)
        and _OF_THEM_ANYWHERE.search(s.text, clause.start, clause.end) is None
    ):
        return False  # the only count of its offence: those sent to prison for it
    return all(
        t.lemmas.isdisjoint(g.CONVICTION_WORDS)
        for t in s.tokens
        if clause.start <= t.start < clause.end
    )


THEM_A_TERM = re.compile(
    r",\s*(?:назначив|определив)\s+им\s+(?:наказани[ея]\s+в\s+виде\s+)?(?:по\s+)?"
    r"(?:пожизненн|\d|[а-яё]+\s+(?:лет|года?)\b)|,\s*приговорив\s+их\s+к\s+",
    re.IGNORECASE,
)
"""After the people counted, the one term they were given: «вынес приговор восьми
фигурантам дела ..., назначив им пожизненное лишение свободы» (the people of one trial, no
count of convictions)."""


_JUST_BEFORE = re.compile(r"\s*(?:(?:в|во|за)\s+)?")


def next_in_a_year_row(s: Sentence, number: Number) -> bool:
    """Whether ``number`` is a bare figure after a comma or «и», its own year right after
    it, following a figure told with a year of its own («212 приговоров в 2024-м, 655 в
    2025-м и 1 104 в 2026-м»): the next count of the row, the unit left out. Not «212
    тысяч рублей в 2024-м, 655 в 2025-м» (no count before: asked only after one)."""
    if number.first < 1 or s.tokens[number.first - 1].text.lower() not in {",", "и"}:
        return False
    own = [
        p
        for p in s.periods
        if p.resolved and p.how != "day" and _JUST_BEFORE.fullmatch(s.text, number.end, p.start)
    ]
    if not own:
        return False
    before = [n for n in s.numbers if n.end <= number.start]
    return bool(before) and any(
        p.resolved and before[-1].end <= p.start < number.start for p in s.periods
    )


_ABOUT = re.compile(
    r"\s+(?:[а-яё]+\s+){0,2}?(?:дел[а-яё]*|приговор[а-яё]*)\s+(?:о|об|по\s+делам\s+о)\s+",
    re.IGNORECASE,
)
"""«412 уголовных дел о содействии ...»: what the counted cases are about."""
_MODIFIERS = re.compile(
    r"(?:(?:[а-яё]+(?:ых|их|ом|ем|ой|ей)|(?:распространени|совершени|подготовк|покушени)[а-яё]*"
    r"(?:\s+на)?)\s+[«\"]?){0,2}",
    re.IGNORECASE,
)


def other_charge(s: Sentence, number: Number) -> bool:
    """Whether the cases or verdicts counted by ``number`` are about a charge the scheme
    lacks («412 дел о содействии террористической деятельности и 96 дел о диверсии»): the
    count must not take the offence named beside it."""
    m = _ABOUT.match(s.text, number.end)
    if m is None:
        return False
    # «дел о публичных призывах к ...», «дел о распространении «фейков» об армии», «дел о
    # покушении на госизмену»: an adjective or an act or two before the label's words
    at = _MODIFIERS.match(s.text, m.end()).end()  # type: ignore[union-attr]
    return not any(m.end() <= o.start <= at + 1 for o in s.offences)


_AMONG = re.compile(
    # («Среди 2 310 осужденных ... — 14 женщин»: the whole's figure before its noun)
    r"\bсреди\s+(?:них\b|которых\b|(?:всех\s+)?(?:(?:почти\s+|более\s+|свыше\s+)?\d[\d\s\u00a0]*\s+)?"
    r"(?:осужд|приговор[её]нн|фигурант|обвиняем))"
    r"|\bсам(?:ому|ой|ым|ая|ый)\s+(?:молод|пожил|старш|младш|юн)",
    re.IGNORECASE,
)
_AGE = re.compile(r"\bвозраст", re.IGNORECASE)
_YEARS_OLD = re.compile(r"\s*г\.(?!\s*\d)")
_THAT_IS = re.compile(r"\s*(?:[;,—–]\s*)?это\s+", re.IGNORECASE)


_CONVICTED_NOUN = re.compile(r"\s+осужд[её]нн(?:ых|ые)\b", re.IGNORECASE)
_GROUP_AFTER_DASH = re.compile(
    r"\s[—–]\s+(?:это\s+)?(?:граждан|иностран|женщин|несовершеннолетн|подрост|жител|"
    r"пенсионер|студент|мужчин|уроженц)[а-яё]*\b",
    re.IGNORECASE,
)
"""«48 осужденных за шпионаж — граждане других государств», «21 осужденный — женщины»: a
group the convicted belong to, said of a part of them (a figure, a noun of the convicted, a
dash and who they are)."""


def subgroup(s: Sentence, index: int, number: Number) -> bool:
    """Whether ``number`` counts a group among the people convicted, or their ages, not
    convictions (a part that names its own offence after the figure does count): «Женщин
    среди осужденных за госизмену в 2025 году было 62», «..., среди них 62 женщины», «Самому
    молодому ... было 16 лет, самому пожилому — 74», «средний возраст осужденных — 41»,
    «Почти 40% осужденных ... — жители
    приграничных регионов; это около 300 человек» (a share told again as a figure)."""
    clause = s.clauses[index]
    if (
        " — " in s.quote
        and _CONVICTED_NOUN.match(s.text, number.end)
        and _GROUP_AFTER_DASH.search(s.text, number.end, min(s.end, number.end + 100))
    ):
        return True  # «48 осужденных за шпионаж — граждане других государств»: who they are
    if any(0 <= o.start - number.end <= 40 for o in s.offences):
        return False  # «Среди осужденных ... 780 — за госизмену»: a part by offence counts
    if _AMONG.search(s.text, s.start, number.start):
        return True
    near = max(clause.start, number.start - 30)
    if _AGE.search(s.text, near, number.start) or _YEARS_OLD.match(s.text, number.end):
        return True  # «средний возраст осужденных — 41», «— 41 г.»
    if "%" not in s.quote and "процент" not in s.folded:
        return False
    return _THAT_IS.match(s.text, clause.start, number.start) is not None


_PART_NUMBER = re.compile(r"(?:\b(?:ч|чч|п|пп)\.|\bпо\s+част(?:и|ям))\s*$", re.IGNORECASE)
"""What stands before an article's part or point number («ч. 2», «по части 2»; not «за
самовольное оставление части 6 210 человек», a unit's)."""


def part_number(s: Sentence, number: Number) -> bool:
    """Whether ``number`` is an article's part or point number («по ч. 1 ст. 205.2 — 210
    человек, по ч. 2 — 175»: the 2), no count."""
    return (
        number.start >= 3
        and s.text[number.start - 1] in " .\u00a0"
        and _PART_NUMBER.search(s.text, max(s.start, number.start - 12), number.start) is not None
    )
