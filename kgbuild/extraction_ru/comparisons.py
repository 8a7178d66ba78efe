"""Comparisons with an earlier period: which figure a baseline period belongs to.

A period after a comparison word is a baseline (:attr:`.periods.Period.cue`). It is the
period of the figure that word governs, and of no other:

- «14 человек против 6 приговоров в 2021 году», «112 приговоров вместо 87 в 2023 году»,
  «втрое больше, чем годом ранее (11 приговоров)», «76 человек по сравнению с 40 в 2022
  году»: the figure right after the word (a baseline period between them aside);
- «больше, чем в 2022-м, когда по этой статье вынесли 19 приговоров», «По сравнению с 2021
  годом рост заметен: тогда осудили 16 человек»: a figure in a «когда ...» clause, or after
  «тогда», that follows a baseline;
- not «По сравнению с 2022 годом за госизмену осудили вдвое больше людей — 55 человек»:
  the verb stands between the word and the figure.

A figure the word governs that has no unit of its own («72 человека против 31 в 2022-м»)
is a count in the unit of the figure it is compared with, provided a period or the end of
the clause follows it (not «против 3 голосов», and «чем 12 лет» is a term).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kgbuild.extraction_ru.numbers import QUALIFIER_WORDS, Number
from kgbuild.extraction_ru.periods import Period

if TYPE_CHECKING:
    from kgbuild.extraction_ru.clauses import Clause

_WORD = r"(?:чем|против|вместо|(?:по|в)\s+сравнени[юи]\s+с|относительно)"
_GATE = re.compile(r"чем|против|вместо|сравнени|относительно", re.IGNORECASE)
_QUALIFIER = "(?:(?:" + "|".join(sorted(QUALIFIER_WORDS, key=len, reverse=True)) + r")\s+){0,3}"
_GOVERNED = re.compile(
    rf"\b{_WORD}(?:\s+(?:за|в|во))?(?:\s+(?:весь|целый))?[\s(«]*{_QUALIFIER}$", re.IGNORECASE
)
"""The comparison word right before a figure (what stood between them taken out), a
qualifier of the figure aside («против почти 30 в 2022-м»), or the preposition of the period
taken out («больше, чем за весь 2023 год (71)»)."""
_OPENS_WHEN = re.compile(r"\s*когда\b", re.IGNORECASE)
_BEFORE_PERIOD = re.compile(r"\s*(?:(?:в|во|за)\s+)?", re.IGNORECASE)
_PUNCTUATION = re.compile(r"\s*(?:[,;:.)!?—–]|$)")


def _between(text: str, start: int, end: int, periods: Sequence[Period]) -> str:
    """``text[start:end]`` less the periods inside it."""
    pieces: list[str] = []
    cursor = start
    for p in sorted(periods, key=lambda p: p.start):
        if start <= p.start and p.end <= end and p.start >= cursor:
            pieces.append(text[cursor : p.start])
            cursor = p.end
    pieces.append(text[cursor:end])
    return " ".join(pieces)


def governed_baseline(text: str, number: Number, periods: Sequence[Period]) -> Period | None:
    """The baseline period of the comparison word that governs ``number``, if one does
    (``periods``: those of the number's clause)."""
    for p in sorted(periods, key=lambda p: abs(p.start - number.start)):
        if p.cue is None or p.cue > number.start or p.how == "day":
            continue
        if _GOVERNED.search(_between(text, p.cue, number.start, periods)):
            return p
    return None


def governed_by_comparison(
    text: str, clause_start: int, clause_end: int, number: Number, periods: Sequence[Period]
) -> bool:
    """Whether a comparison word stands right before ``number`` and a period, or the end of
    the clause, right after it: a figure compared with the one before."""
    start = max(clause_start, number.start - 80)
    if not _GATE.search(text, start, number.start):
        return False  # most numbers: no comparison word near, no stretch to rebuild
    if not _GOVERNED.search(_between(text, start, number.start, periods)):
        return False
    after = [p.start for p in periods if p.start >= number.end and p.how != "day"]
    if after and _BEFORE_PERIOD.fullmatch(text, number.end, min(after)):
        return True
    return bool(_PUNCTUATION.match(text[number.end : clause_end]))


def when_clause_period(
    text: str, start: int, number_start: int, earlier: Sequence[Period]
) -> Period | None:
    """The period a clause with no period of its own refers back to: a clause opening
    with «когда» («..., чем в 2022-м, когда по этой статье вынесли 19 приговоров»), or one
    with «тогда», «в то время», «на тот момент» before the figure («По сравнению с 2021
    годом рост заметен: тогда осудили 16 человек»), is about the last period named before
    it in the sentence (``earlier``: the periods of the clauses before, in order), a
    baseline too (a period of the figure's own clause before «тогда» among them). Not
    «тогда как» (a contrast)."""
    if _OPENS_WHEN.match(text, start):
        before = start
    elif then := _THEN.search(text, start, number_start):
        before = then.start()
    else:
        return None
    usable = [p for p in earlier if p.how != "day" and p.end <= before]
    return usable[-1] if usable else None


_THEN = re.compile(
    r"\b(?:тогда(?!\s+как\b)|в\s+то\s+время(?!\s+как\b)|на\s+тот\s+момент|в\s+тот\s+(?:год|период))\b",
    re.IGNORECASE,
)


def then_continued(
    text: str, previous_start: int, start: int, end: int, earlier: Sequence[Period]
) -> Period | None:
    """A clause with no period of its own right after a clause that refers back with
    «тогда» is about the same period: «По сравнению с 2022 годом наблюдается рост — тогда
    за госизмену вынесли 16 приговоров, за шпионаж осудили одного человека» (both 2022).
    Not where the clause opens a contrast («а», «но», «однако») or names the present
    («сейчас», «теперь», «в этом году»). ``earlier``: the periods of the sentence's clauses
    up to this one, in order."""
    then = _THEN.search(text, previous_start, start)
    if then is None or _NOT_THEN.match(text, start, end):
        return None
    if any(p.start >= then.start() and p.how != "day" for p in earlier if p.start < start):
        return None  # the clause before names a period of its own after «тогда»
    usable = [p for p in earlier if p.how != "day" and p.end <= then.start()]
    return usable[-1] if usable else None


_NOT_THEN = re.compile(
    r"[\s,;:—–-]*(?:(?:а|но|однако|зато|тогда\s+как)\b"
    r"|.*?\b(?:сейчас|теперь|сегодня|ныне|нынешн\w*|в\s+этом\s+году|в\s+текущем)\b)",
    re.IGNORECASE | re.DOTALL,
)
"""A clause that does not share the «тогда» of the clause before it."""


_ALREADY = re.compile(
    rf"\s*(?:уже|ещ[её]|лишь|только|всего)\s+{_QUALIFIER}$|\s+{_QUALIFIER}$", re.IGNORECASE
)
"""«уже», «лишь», «всего» and a qualifier between a period and a figure («за первые пять
месяцев 2026-го уже 52», «в 2025-м лишь около 30»)."""


def figure_after_period(text: str, clause: Clause, number: Number) -> bool:
    """Whether ``number`` follows a resolved period of its clause with only «уже», «лишь»,
    «всего» or a qualifier between, and ends the clause: a figure of that period, in the
    unit of the count before it («..., осудили 41 человека, а за первые пять месяцев
    2026-го уже 52»). Not a figure with a noun of its own after it («уже 52
    задержанных»), a share («уже 52%»), an age («ему уже 52» has no period right before)."""
    if not _PUNCTUATION.match(text[number.end : clause.end]):
        return False
    return any(
        p.resolved
        and p.how != "day"
        and p.end < number.start
        and _ALREADY.fullmatch(text, p.end, number.start) is not None
        for p in clause.periods
    )
