"""Tests the count rules ask of a figure (counts.py): whether it counts the defendants
of cases just counted, convicts in its clause, is a part of a whole before it, is a case
count, or takes its unit from a noun after two conjoined figures. Split from counts.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru.count_scope import regional
from kgbuild.extraction_ru.numbers import Number
from kgbuild.extraction_ru.unit_before import unit_after

if TYPE_CHECKING:
    from kgbuild.extraction_ru.extractor import Sentence


_DEFENDANTS = frozenset({"фигурант", "обвиняемый", "подсудимый"})


def _defendants(s: Sentence, number: Number) -> bool:
    """Whether ``number`` counts defendants («631 подсудимому», «29 фигурантам»)."""
    after = s.tokens[number.last + 1 : number.last + 3]
    return any(not t.lemmas.isdisjoint(_DEFENDANTS) for t in after)


def _convicts_in_clause(s: Sentence, index: int) -> bool:
    """Whether the clause holds a conviction word of its own (not «, еще пятеро уехали из
    страны» after «Приговоры вынесены 29 фигурантам»)."""
    clause = s.clauses[index]
    return any(
        not t.lemmas.isdisjoint(g.CONVICTION_WORDS)
        for t in s.tokens
        if clause.start <= t.start < clause.end
    )


def _no_charge_of_its_own(s: Sentence) -> bool:
    """Whether the sentence gives no charge («за ...» outside its periods) and no total
    («всего»): «Приговоры уже вынесены 29 фигурантам», not «Всего суды осудили 500 человек
    за разные преступления»."""
    return not any(
        t.text.lower() in ("за", "всего") and not any(p.start <= t.start < p.end for p in s.periods)
        for t in s.tokens
    )


_KIND_OF_TERM = re.compile(r"\s*[—–]\s*(?:пожизненн|условн|реальн|оправдательн)", re.I)
_WHOLE = re.compile(r"(?<![а-яё])из\s+(?:(?:более|свыше|почти|около)\s+)?$", re.IGNORECASE)
_CONVICTED_NOUN = re.compile(r"\s+осужд[её]нн", re.IGNORECASE)


def _without_whole(
    s: Sentence, found: list[tuple[int, Number, str | None]]
) -> list[tuple[int, Number, str | None]]:
    """The counts less a whole that a smaller count of the sentence is a part of («по 33 из
    120 дел вынесены приговоры», «Из 890 приговоров 702 вынесены по статье о госизмене»):
    the whole is of cases heard or of verdicts under several articles, not of the part's
    offence. Not «Из 72 осужденных ...» (a count of convicted people)."""
    kept = []
    for f in found:
        number = f[1]
        if (
            _WHOLE.search(s.text, max(s.start, number.start - 20), number.start)
            and not _CONVICTED_NOUN.match(s.text, number.end)
            and any(
                o[1] is not number and o[1].value < number.value and not regional(s, *o[:2])
                for o in found
            )  # (not a region's share of the country's: «На Крым пришлось 31 ... из 245»)
        ):
            continue
        kept.append(f)
    return kept


_MORE_CASES = re.compile(
    r"^\W*(?:а\s+)?ещ[её]\s+(?:(?:около|более|почти|свыше)\s+)?[\d\s]*\d\s+"
    r"(?:уголовн[а-яё]+\s+)?дел(?:а|о)?\b",
    re.IGNORECASE,
)
"""«Ещё 38 дел касаются ...» after a count of cases: more cases, the verb no case word."""
_GIVEN_TERM = re.compile(r"\s*(?:человек[а-яё]*\s*)?[—–]\s*к\s+(?:\d+|[а-яё]+)\b")
"""«еще 5 — к восьми»: the people given a term, the verb left out (a part of a count)."""

_CASES_OF_PEOPLE = re.compile(
    r"\bрассмотрел[иао]?\s+(?:уголовные\s+)?дела(?:\s+[^,.;:\d—–]{1,60}?)??"
    r"(?:\s+в\s+отношении)?\s+(?:(?:более|свыше|около|почти)\s+)?$",
    re.IGNORECASE,
)
"""«рассмотрели дела 18 человек», «рассмотрели дела о госизмене в отношении 812 человек»: the
people whose cases were heard, not the convicted."""
_OF_THEM_ANYWHERE = re.compile(r"\bиз\s+(?:них|которых|этого\s+числа)\b", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+из\s+(?:них|которых|этого\s+числа)\b", re.IGNORECASE)
_HEARD = re.compile(
    r"\bрассмотрел[иао]?\s+(?:(?:уже|всего|только)\s+)?(?:(?:более|свыше|около|почти)\s+)?$",
    re.IGNORECASE,
)
"""«суды рассмотрели 520 дел ...; приговоры вынесены по 498 из них»: the cases heard, before
the part of them that ended in verdicts."""
CASES_HEARD = re.compile(
    r"\bсуд[а-яё]*\s+(?:[А-ЯЁа-яё-]+\s+){0,3}?рассмотрел[иао]?\s+(?:(?:уже|всего|только)\s+)?"
    r"(?:(?:более|свыше|около|почти|не\s+менее)\s+)?\d[\d\s]*\s+(?:уголовн[а-яё]+\s+)?дел(?:а|о)?\b",
    re.IGNORECASE,
)
"""«гарнизонные суды рассмотрели 412 дел о неисполнении приказа»: cases heard by the courts,
counted as cases (not verdicts), unless the next sentence goes on to the verdicts or a part
of them (:data:`PART_NEXT`)."""
PART_NEXT = re.compile(
    r"[^.!?\n]{0,200}?(?:\bиз\s+(?:них|которых)\b|приговор|осужд|осуди)", re.IGNORECASE
)
"""«... рассмотрели 96 дел о диверсиях. Обвинительными приговорами закончились 88 из них»,
«... рассмотрели 212 дел о шпионаже. Обвинительные приговоры вынесены 205 подсудимым»: the
cases heard are the whole the verdicts come from, no count of their own."""
_TRIED_PEOPLE = re.compile(r"\bв\s+отношении\s+(?:(?:более|свыше|около|почти)\s+)?$", re.I)
"""«дела в отношении 140 человек»: the people whose cases were heard, before a part of them
that was convicted."""


def _convicted_of_them(s: Sentence, number: Number) -> bool:
    """«вынесли приговоры 131 из них», «осудили 58 из которых», «по 33 из них вынесли
    приговоры»: a part of the people or cases named before, convicted (a conviction word
    among the three words before the number, or the five after «из них»)."""
    of_them = _OF_THEM.match(s.text, number.end)
    if of_them is None:
        return False
    before = s.tokens[max(0, number.first - 3) : number.first]
    if len(before) == 3 and " ".join(t.text.lower() for t in before[1:]) == "в отношении":
        before = s.tokens[max(0, number.first - 5) : number.first]  # «вынесены в отношении»
    if any(not t.lemmas.isdisjoint(g.CONVICTION_WORDS) for t in before):
        return True
    # «по 33 из них судьи вынесли обвинительные приговоры»: the verb after the part
    after = [t for t in s.tokens[number.last + 1 : number.last + 9] if t.start >= of_them.end()]
    for t in after[:5]:
        if t.text in {",", ";", "."}:
            return False
        if not t.lemmas.isdisjoint(g.CONVICTION_WORDS):
            return True
    return False


def _case_clause(s: Sentence, index: int) -> bool:
    """«..., осуждены двенадцать человек, еще 30 уголовных дел по ней возбуждены»: in a
    sentence that also convicts, a clause with a case verb and no conviction word counts
    cases."""
    clause = s.clauses[index]
    lemmas = [t.lemmas for t in s.tokens if clause.start <= t.start < clause.end]
    cued = any(not w.isdisjoint(g.CASE_CUES) for w in lemmas) or bool(
        # «количество дел о госизмене выросло до 1 030, а число приговоров — до 780»
        g.NUMBER_OF_CASES.pattern.search(s.text, clause.start, clause.end)
    )
    return cued and all(w.isdisjoint(g.CONVICTION_WORDS) for w in lemmas)


def _total_before_part(s: Sentence, found: list[tuple[int, Number, str | None]], at: int) -> bool:
    """Whether count ``at`` names no offence before it and the next count is a part of it
    («Приговоры за это время получили 410 человек, из них 55 — за госизмену»)."""
    if at + 1 >= len(found):
        return False
    number, part = found[at][1], found[at + 1][1]
    if any(o.start < number.start for o in s.offences):
        return False
    return _OF_THEM_ANYWHERE.search(s.text, number.end, part.start) is not None


def _unit_after_conjoined(s: Sentence, number: Number) -> str | None:
    """«189 и 33 человека»: the first number takes the unit of the second."""
    later = [n for n in s.numbers if n.start > number.end]
    if later and s.text[number.end : later[0].start].strip() == "и":
        return unit_after(s, later[0])
    return None
