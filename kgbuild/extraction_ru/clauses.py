"""A Russian sentence's clauses and the context carried from one sentence to the next.

A sentence is cut into clauses at commas, semicolons and colons, never inside an offence's
name or a list of articles («ст. 275, 276»); an enumeration of offences that runs over a
comma stays with the clause before it. The context remembers what the sentences before
named: offences, the period, whether they counted convictions, the year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kgbuild.extraction_ru.numbers import Number
from kgbuild.extraction_ru.offences import OffenceSpan
from kgbuild.extraction_ru.periods import Period

CONTRAST = re.compile(r"(?:а|но|однако|тогда\s+как)\b|.*[—–]", re.IGNORECASE)
"""A clause that turns to something else: «а ...», «но ...», «... — ...»."""
NEW_CHARGE = re.compile(r"(?:за|по)\s", re.IGNORECASE)
"""A clause that names its own charge: «за шпионаж — 5»."""
_OPENING_QUOTES = "«„“\"'"
"""Quotes an item of an enumeration may open with («о «госизмене», «шпионаже» ...»)."""
CLAUSE_BREAK = re.compile(
    r"[,;:]\s*|\s+[—–]\s+(?=а\b|[а-яёА-ЯЁ][а-яё ]{2,60}:\s*\d)|\s+(?=[А-ЯЁ][а-яё ]{2,60}:\s*\d)"
)
"""Commas, semicolons, colons; a dash before «а ...»; and the start of a list item «шпионаж:
6» after a dash or, capitalised, after a space (items of a list run together on one line:
«госизмена: 49 приговоров — шпионаж: 6», «Госизмена: 41 приговор Шпионаж: 3»)."""


@dataclass
class Context:
    """What the sentences before named, for a sentence that points back."""

    published: dt.date | None
    offences: tuple[str, ...] = ()
    period: Period | None = None
    counted: bool = False
    """Whether the sentence before gave conviction counts."""
    cases: bool = False
    """Whether the sentence before gave counts of cases («В 2023 году таких дел было 76»)."""
    convictions: bool = False
    """Whether the sentence before spoke of convictions («Медиазона изучила приговоры по
    делам о госизмене. Всего за 2024 год их вынесено не менее 230.»)."""
    case_words: bool = False
    """Whether the sentence before spoke of cases (a verb of opening or receiving them)."""
    thread: Period | None = None
    """The period reported on before the last sentence looked back to an earlier one («В
    2025 году осуждены 188. В 2024 году — 101.»): «Ещё 37 человек ...» next is of it."""
    recent: list[Period] = field(default_factory=list)
    """The resolved periods (no baselines) the last sentences named, oldest first."""
    compared: list[Period] = field(default_factory=list)
    """The periods a sentence of baselines just before named («Для сравнения: на Украине за
    2025 год ...»), which the period of the story stays out of: «за тот же год» next is it."""
    year: int | None = None
    """The year of the last date or period named («вступил в силу 25 июля» takes it)."""
    listed: tuple[str, ...] = ()
    """The offences of the sentence before's counts, in order, when it gave two or more
    («за измену и шпионаж осуждены соответственно 90 и 25»): «эти цифры составляли 14 и
    3» pairs them in that order."""
    enacted: dt.date | None = None
    """The day of the last dated enactment read, for «С тех пор» (:mod:`.since_then`)."""
    pending: tuple[str, str] | None = None
    """A dated enactment of the sentence just before that named no offence («Закон от 28
    апреля 2023 года ужесточил несколько статей УК.»): (rule, date), for the offences whose
    ranges the next sentence gives («За госизмену теперь ...»)."""
    told: tuple[tuple[str, str], ...] = ()
    """The dated enactments of a law the sentence just before told of without naming an
    offence: (rule, date) of each, for the offences of a next sentence that opens on the
    law («Он дополняет статью о дезертирстве ...»; :mod:`.law_content`)."""
    added: tuple[str, str] | None = None
    """A dated law of the sentence just before that named no offence but added articles
    («... дополнил Уголовный кодекс двумя новыми статьями.»): (rule, date), for the
    offences the next sentence names («Одна из них касается ...»; :mod:`.added_articles`)."""
    laws: tuple[tuple[str, str], ...] = ()
    """The dated enactments read so far (rule, date), one per date: what «тем же законом» in
    a later sentence means when there is one («Минимальный срок за содействие терроризму тем
    же законом увеличен ...»); after a signature and an adoption on other days it is
    unclear which date is meant."""
    penalised: bool = False
    """Whether the sentence before gave a penalty range: «Если же речь идёт о ..., то
    базовый срок — до четырёх лет» after it is one more range of the law."""
    asked: int | None = None
    """Where the sentence just before began, if it was a question («Что грозит за шпионаж?»):
    the answer next is read with it (:mod:`.answers`)."""
    answer: int | None = None
    """In a question read with its answer, where the answer begins: a bare figure there is
    the count asked for («Сколько ...? По нашим подсчетам, около 700.», :mod:`.answers`)."""
    previous: tuple[str, ...] = ()
    """The offences the sentence just before named or gave its claims («... вынес приговор
    жителю Владивостока по делу о госизмене. Суд назначил ему 14 лет.»)."""
    heading: str = ""
    """Whether a heading line that names an offence and ends with a colon («list») or an
    article's card title («card»: «Статья 205.2 УК РФ — ...») came just before, with only
    list items (a card's lines) after it («📊 Госизмена в цифрах за 2025 год:», then «— 790
    приговоров»): an item with no offence of its own is of the heading's."""
    group: tuple[str, ...] = ()
    """The last offences named together, two or more: what a plural «по этим статьям» means
    when the sentence before narrowed them to one of them («..., 177 из них — по статье о
    госизмене. По этим статьям с начала войны осуждены 774 человека»)."""


@dataclass
class Clause:
    """A stretch of a sentence (document offsets) with what it names."""

    start: int
    end: int
    offences: list[OffenceSpan] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)


def unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def split_clauses(
    text: str,
    start: int,
    end: int,
    *,
    offences: Sequence[OffenceSpan],
    article_lists: Sequence[tuple[int, int]],
    periods: Sequence[Period],
    numbers: Sequence[Number],
) -> list[Clause]:
    """The clauses of ``text[start:end]``, each with its offences, periods and numbers."""
    clauses: list[Clause] = []
    cursor = start
    spans = [(o.start, o.end) for o in offences] + list(article_lists)
    for m in CLAUSE_BREAK.finditer(text, start, end):
        at = m.start()
        if spans and any(a < at < b for a, b in spans):
            continue  # inside an offence's name or a list of articles («ст. 275, 276»)
        clauses.append(Clause(cursor, at))
        cursor = m.end()
    clauses.append(Clause(cursor, end))
    for clause in clauses:  # (the lists are mostly empty: no comprehension for those)
        if offences:
            clause.offences = [o for o in offences if clause.start <= o.start < clause.end]
        if periods:
            clause.periods = [p for p in periods if clause.start <= p.start < clause.end]
        if numbers:
            clause.numbers = [n for n in numbers if clause.start <= n.start < clause.end]
    # An enumeration of offences that runs over a comma belongs to the clause before: «по
    # делам о госизмене, шпионаже ...» (the clause that goes on may hold the count:
    # «по статьям о шпионаже, госизмене и ... осуждены 211 человек»); a clause that opens
    # with its own preposition is a new charge («..., за незаконное получение ... — 4»).
    merged: list[Clause] = []
    for clause in clauses:
        if merged and merged[-1].offences and clause.offences:
            # a dash after the clause's last offence turns from the list to a comment
            # («..., шпионаже и сотрудничестве — почти вдвое больше, чем ...»)
            # (a dash before the clause's figure stays: «..., шпионаж — 25»)
            cut = max([clause.offences[-1].end, *(n.end for n in clause.numbers)])
            body = text[clause.start : cut].strip()
            listed = not clause.numbers or (
                merged[-1].offences[-1].end >= merged[-1].end - 1
                and clause.offences[0].start <= clause.start + 1
            )
            if (
                listed
                and not clause.periods
                and body.lstrip(_OPENING_QUOTES)[:1].islower()
                and not CONTRAST.match(body)
                and not NEW_CHARGE.match(body)
            ):
                merged[-1].offences.extend(clause.offences)
                merged[-1].numbers.extend(clause.numbers)
                merged[-1].end = clause.end
                continue
        merged.append(clause)
    return merged


_BARE_ANSWER = re.compile(
    r"\W*(?-i:[А-ЯЁA-Z][А-ЯЁA-Z .-]{2,30}:\s*)?"  # a speaker's name in capitals: «ГОСТЬ:»
    # «По нашим подсчетам,», «Согласно отчету,», «Если верить суду,»
    r"(?:(?:по|согласно|если\s+верить)\s+[^,.;:—–?!\d]{2,60}?,\s*)?"
    r"(?:(?:около|примерно|почти|порядка|свыше|более|больше|меньше|менее|чуть|не|"
    r"уже|всего|лишь|ровно)\s+){0,3}$",
    re.IGNORECASE,
)
"""What may stand before the bare figure of an answer: «КОРРЕСПОНДЕНТ: По нашим подсчетам,
около 700.», «Около 700.»."""


def bare_answer(text: str, answer: int | None, start: int) -> bool:
    """Whether the figure at ``start`` of ``text`` is the bare figure that opens the answer
    at ``answer`` of a question read with it (:attr:`Context.answer`)."""
    return (
        answer is not None
        and answer <= start
        and _BARE_ANSWER.fullmatch(text, answer, start) is not None
    )
