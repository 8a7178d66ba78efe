"""Statutory penalty ranges in a Russian sentence: what the law threatens («карается лишением
свободы на срок от 12 до 20 лет»), not what a court imposed («приговорили к 12 годам»).

The wordings are :data:`.grammar.PENALTY_PATTERNS`; this module decides whether a sentence
speaks of the law at all, which ranges are ages («от 18 до 25 лет»), and how a clause's
matches add up: the matches of one clause are one range, and a later clause with no
offence of its own that only adds to it («..., а в военное время — и пожизненное») joins
the range before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru.clauses import Clause
from kgbuild.extraction_ru.explainer_ranges import after_head, explained, headed_range
from kgbuild.extraction_ru.former_ranges import (
    _INSTEAD,
    _NOW,
    _RAISED_TO_LIFE,
    _former_maximum,
    _raised_floor,
)
from kgbuild.extraction_ru.morphology import Token, gate_open
from kgbuild.extraction_ru.numbers import read_number
from kgbuild.extraction_ru.respective_ranges import pair_in_order, respective_ranges


@dataclass(frozen=True)
class PenaltyRange:
    """One range read in a sentence: the rule of its first match, its offences, its bounds."""

    rule: str
    offences: tuple[str, ...]
    min_years: float | None
    max_years: float | None
    life: bool


def find_penalty_ranges(
    text: str,
    *,
    quote: str,
    folded: str,
    lemmas: frozenset[str],
    tokens: Sequence[Token],
    clauses: Sequence[Clause],
    offences_for: Callable[[int], tuple[str, ...]],
    after_range: bool = False,
) -> list[PenaltyRange]:
    """The ranges of the sentence ``quote`` (``folded`` is its folded form, ``lemmas``
    the dictionary forms of its ``tokens``), cut into ``clauses`` of ``text``;
    ``offences_for(i)`` gives the offences of clause ``i`` (its own or borrowed);
    ``after_range``: the sentence before gave a range (a condition at the head goes on)."""
    condition = after_range and g.CONDITION_HEAD.match(quote) is not None
    # «Вторая — если слова прозвучали в интернете — от пяти до семи.» after the first
    # part's range: the next part's, its years left to the range before
    next_part = after_range and NEXT_PART.match(quote) is not None
    possible = g.POSSIBLE.search(quote, folded) is not None
    part_named = headed = False
    statutory = (
        possible
        or condition
        or not lemmas.isdisjoint(g.STATUTORY_CUES)
        or bool(g.TERM_UNDER.search(quote, folded))
        or bool(g.INTRODUCES.search(quote, folded))
        or (part_named := bool(g.PART_NAMED.search(quote, folded)))
        or explained(quote, folded)
        or (headed := headed_range(text, folded, clauses))
        or next_part
    )
    if not statutory or g.AGE.search(quote, folded):
        return []
    imposed = None if possible else g.IMPOSED.search(quote, folded)
    if imposed is not None and not _CONCESSIVE_GATE.search(folded):
        return []
    patterns = [
        (name, pattern)
        for name, pattern, _ in g.PENALTY_PATTERNS
        if gate_open(g.PENALTY_GATES[name], folded)
    ]
    ranges: list[PenaltyRange] = []
    last_end = 0  # where the last range read ended
    for index, clause in enumerate(clauses):
        if imposed is not None and not _law_aside(text, tokens, clause, clauses[0].start):
            continue  # «суд назначил 12 лет», «прокурор просил 14 лет»: no law's range
        matches: list[Match] = []
        ages: list[tuple[int, int]] = []
        # «вместо трех лет колонии теперь можно получить до пяти»: the years of the new
        # ceiling left to the old one
        instead = "вместо" in folded and _INSTEAD.search(text, clause.start, clause.end)
        for name, pattern in patterns:
            if name in _BARE and not (ranges or instead or next_part or matches):
                continue  # years left out need a range before them: no scan
            for m in pattern.finditer(text, clause.start, clause.end):
                values = {k: read_number(v) for k, v in m.groupdict().items() if v}
                if any(v is None for v in values.values()):
                    continue
                if any(a <= m.start() < b for a, b in ages):
                    continue
                if "life" in name and _PLANNED.search(text, clause.start, m.start()):
                    continue  # «депутаты собираются обсудить поправку о пожизненном»
                if name == "penalty.maximum-elided" and "минимальн" not in folded:
                    continue  # «средний срок — 6,2 года, максимальный — 22 года»: terms given
                if (
                    "life" in name
                    and "средн" in folded
                    and _MOST_GIVEN.search(text, clause.start, m.start())
                ):
                    continue  # «Средний срок — 14 лет, максимальный — пожизненный»: given
                if name in _BARE and (
                    not (ranges or instead or next_part or any(x[1] <= m.start() for x in matches))
                    or not all(0 < v <= 30 for v in values.values() if v is not None)
                ):
                    continue  # «до десяти» only after a range with its years
                if name == "penalty.from-to" and _PEOPLE_BEFORE.search(
                    text, max(clause.start, m.start() - 30), m.start()
                ):
                    ages.append(m.span())  # «Подросткам от 14 до 16 лет грозит ...»
                    continue
                if (
                    name == "penalty.from-to"
                    and not (
                        (part_named or next_part)
                        and _DASH_BEFORE.search(text, clause.start, m.start())
                    )
                    and not _penalty_clause(text, tokens, clause, m.end(), after_range=bool(ranges))
                    and not (condition and _TERM_BEFORE.search(text, clause.start, m.start()))
                    and not after_head(text, clause.start, m.start(), headed=headed)
                ):
                    ages.append(m.span())  # «Фигурантам от 18 до 25 лет, им грозит ...»
                    continue
                matches.append((m.start(), m.end(), name, values))
        if not matches:
            continue
        named = offences_for(index)
        if not named:
            continue
        for group, former in _groups(text, clause.start, sorted(matches)):
            found: dict[str, float | bool | None] = {}
            group_start, previous_end = group[0][0], last_end
            offences = _nearest_offences(
                named, clauses, previous_end, group_start, max(m[1] for m in group)
            )
            last_end = max(last_end, *(m[1] for m in group))
            for _, _, name, values in group:
                if "a" in values and "min" not in found:
                    found["min"] = values["a"]
                if "b" in values and "max" not in found:
                    found["max"] = values["b"]
                if "life" in name:
                    found["life"] = True
            floor = _raised_floor(text, clause.start, clause.end, group_start, last_end, found)
            if floor is not None:  # «повышает с 8 до 10 лет нижний предел наказания»
                ranges.append(PenaltyRange("ru.penalty.minimum", offences, floor[0], None, False))
                ranges.append(PenaltyRange("ru.penalty.former", offences, floor[1], None, False))
                continue
            if found.get("life") and found.get("min") is None and found.get("max") is not None:
                raised = _RAISED_TO_LIFE.search(text, max(clause.start, group_start - 80), last_end)
                if raised is not None and read_number(raised.group("a")) == found["max"]:
                    # «вырос с 20 лет до пожизненного»: life now, and 20 the old ceiling
                    ranges.append(PenaltyRange("ru.penalty.life", offences, None, None, True))
                    ranges.append(
                        PenaltyRange(
                            "ru.penalty.former", offences, None, _years(found, "max"), False
                        )
                    )
                    continue
            last = ranges[-1] if ranges else None
            if (
                last is not None
                and not former
                and not g.NEW_VERSION.search(text, previous_end, group_start)
                and not clause.offences
                and last.offences == offences
                and not any(
                    found.get(k) is not None and v is not None and found.get(k) != v
                    for k, v in (("min", last.min_years), ("max", last.max_years))
                )  # «до четырёх лет, а при отягчающих — от трёх до восьми»: two ranges
            ):
                # «от 12 до 20 лет, а с весны 2023 года — и пожизненный срок»: one range
                ranges[-1] = replace(
                    last,
                    min_years=last.min_years
                    if last.min_years is not None
                    else _years(found, "min"),
                    max_years=last.max_years
                    if last.max_years is not None
                    else _years(found, "max"),
                    life=bool(last.life or found.get("life", False)),
                )
                continue
            ranges.append(
                PenaltyRange(
                    rule="ru." + group[0][2],
                    offences=offences,
                    min_years=_years(found, "min"),
                    max_years=_years(found, "max"),
                    life=bool(found.get("life", False)),
                )
            )
            former_max = _former_maximum(text, clause.start, group_start, last_end, found)
            if former_max is not None:
                ranges.append(PenaltyRange("ru.penalty.former", offences, None, former_max, False))
    if imposed is not None:
        # «..., хотя за неё предусмотрено и пожизненное»: a remark, not the article's range
        ranges = [r for r in ranges if r.min_years is not None or r.max_years is not None]
    if (ranges or "максим" in folded) and "соответственно" in folded:
        # («Суды редко назначают максимум: по статьям о шпионаже и о разглашении ... он
        # составляет 20 и четыре года соответственно»: the ceilings in a clause of their own)
        ranges = _respectively(text, clauses, offences_for, ranges)
    if ranges and "остал" in folded and (kept := _CEILING_KEPT.search(quote)) is not None:
        ranges = _with_kept_ceiling(ranges, read_number(kept.group("b")))
    return ranges


_CEILING_KEPT = re.compile(
    r"\b(?:верхн|максимальн)[а-яё]*(?:\s+(?:границ|планк|предел|срок)[а-яё]*)?\s+"
    r"остал(?:ась|ся|ось)\s+(?:прежн[а-яё]+|неизменн[а-яё]+|без\s+изменений)\s*[—–:,]?\s*"
    r"(?P<b>\d{1,2}|[а-яё]+)\s+лет\b",
    re.IGNORECASE,
)
"""«...; верхняя осталась прежней — 15 лет», «максимальный остался прежним — 15 лет»: the
ceiling of both the raised minimum and the old one."""


def _with_kept_ceiling(ranges: list[PenaltyRange], ceiling: float | None) -> list[PenaltyRange]:
    """The ranges of a raised minimum (new and former, no ceiling of their own) with the
    ceiling the sentence says was kept; nothing changes without such a pair."""
    floors = [r for r in ranges if r.rule in _FLOOR_RULES and r.max_years is None]
    if (
        ceiling is None
        or len(floors) != 2
        or not all(r.min_years is not None and r.min_years < ceiling for r in floors)
    ):
        return ranges
    return [replace(r, max_years=ceiling) if r in floors else r for r in ranges]


_FLOOR_RULES = frozenset({"ru.penalty.minimum", "ru.penalty.former"})


def _respectively(
    text: str,
    clauses: Sequence[Clause],
    offences_for: Callable[[int], tuple[str, ...]],
    ranges: list[PenaltyRange],
) -> list[PenaltyRange]:
    """``ranges`` with the one range read over several offences replaced by a range for
    each, when the sentence tells them «соответственно» (:mod:`.respective_ranges`)."""
    told = respective_ranges(text, clauses[0].start, clauses[-1].end)
    if told is None:
        return ranges
    at, bounds = told
    index = next((i for i, c in enumerate(clauses) if c.start <= at < c.end), 0)
    named = offences_for(index)
    paired = pair_in_order(named, bounds, text[clauses[0].start : at])
    if not paired:
        return ranges
    kept = [r for r in ranges if r.offences != named]
    return kept + [
        PenaltyRange("ru.penalty.respectively", (slug,), low, high, False)
        for slug, (low, high) in paired
    ]


def _nearest_offences(
    named: tuple[str, ...], clauses: Sequence[Clause], since: int, start: int, end: int
) -> tuple[str, ...]:
    """Of the offences ``named`` for a range at ``start:end``, those named between the
    range before it (ending at ``since``) and it, when the others stand apart from it,
    after it or before the range before: «статью о сдаче в плен — за нее грозит от трех до
    десяти лет — и часть о дезертирстве ...: за это можно получить от пяти до 15 лет»
    gives each range its own offence. Not «За шпионаж и госизмену грозит до 20 лет»."""
    if len(named) < 2:
        return named
    mentions = [(o.start, o.slug) for c in clauses for o in c.offences if o.slug in named]
    between = {slug for at, slug in mentions if since <= at < start}
    if not between or between == set(named):
        return named
    others = [at for at, slug in mentions if slug not in between]
    if not others or not all(at >= end or (since and at < since) for at in others):
        return named
    return tuple(o for o in named if o in between)


_CONCESSIVE = re.compile(
    r"\s*(?:хотя|тогда\s+как|при\s+том,?\s+что|притом\s+что|в\s+то\s+время\s+как)\b",
    re.IGNORECASE,
)
_CONCESSIVE_GATE = re.compile(r"хотя|тогда как|при ?том|в то время как")


def _law_aside(text: str, tokens: Sequence[Token], clause: Clause, start: int) -> bool:
    """Whether ``clause``, in a sentence that tells an imposed or requested term, says what
    the law sets, in a clause of its own after the term («суд назначил три с половиной
    года, хотя первая часть статьи 283 предусматривает до четырех лет»)."""
    return (
        clause.start > start
        and _CONCESSIVE.match(text, clause.start) is not None
        and any(
            not t.lemmas.isdisjoint(_LAW_VERBS)
            for t in tokens
            if clause.start <= t.start < clause.end
        )
    )


_LAW_VERBS = frozenset({"предусматривать", "грозить", "караться", "наказываться", "устанавливать"})
"""What the law sets, said with a verb («статья предусматривает до четырех лет»); not «хотя
максимальный срок по статье — 20 лет», a remark on the term."""


Match = tuple[int, int, str, dict[str, float | None]]

_TERM_BEFORE = re.compile(r"\bсрок[а-яё]*\b", re.IGNORECASE)
"""«..., то срок составит от пяти до пятнадцати лет»: a term, not an age («Если обвиняемому
от 14 до 16 лет»)."""

_PEOPLE_BEFORE = re.compile(
    r"\b(?!(?:правил|стать|норм|дел|закон|поправк|обвинени|эпизод|част|пункт|санкци)[а-яё]*\b)"
    r"[а-яё]+(?:ам|ям)\s+$",
    re.IGNORECASE,
)
"""People in the dative plural right before a range («Подросткам от 14 до 16 лет»): their
ages (not «по статьям от», which the statutory check reads)."""
NEXT_PART = re.compile(
    r"\s*(?:а\s+)?(?:по\s+)?(?:втор|трет|четв[её]рт)(?:ая|ой|ую)(?:\s+част[а-яё]*)?\s*[—–]",
    re.IGNORECASE,
)
"""«Вторая —», «По третьей части —» opening a sentence after a range: the next part's."""

_BARE = frozenset({"penalty.from-to-bare", "penalty.up-to-bare", "penalty.dash-bare"})
"""Ranges whose years are left to a range read before them in the sentence."""

_DASH_BEFORE = re.compile(r"[—–]\s*$")
"""«Третья часть, о тяжких последствиях, — от 10 до 15 лет»: the range of the part named."""
_MOST_GIVEN = re.compile(
    r"(?:максимальн|самы[йм]\s+(?:больш|суров|строг|длинн))[а-яё]*\s*[—–:]\s*\Z", re.IGNORECASE
)
"""The harshest of the terms given, its noun left out after a mean («средний срок — 14 лет,
максимальный — пожизненный»), told just before the life term."""
_PLANNED = re.compile(
    r"\b(?:планиру|предлага|намерен|собира|хот[ея]т|рассмотр|обсужда|законопроект|"
    r"инициатив)[а-яё]*\b",
    re.IGNORECASE,
)
"""Before a life term in its clause: a plan or a bill, not the law in force («депутаты
собираются обсудить поправку о пожизненном сроке»; not «Поправки вводят пожизненное ...»:
amendments passed)."""


def _groups(text: str, start: int, matches: list[Match]) -> list[tuple[list[Match], bool]]:
    """The matches of one clause cut into ranges: overlapping or adjacent ones make one
    range; a word of :data:`.grammar.FORMER` before a match («вместо прежних 10–15 лет», «а
    не до четырёх») starts a former range, one of :data:`.grammar.NEW_VERSION` («после
    вступления закона в силу — пожизненное») the amended one. Each group says whether it
    is a former one."""
    groups: list[tuple[list[Match], bool]] = []
    end = start
    for match in matches:
        former = match[0] >= end and g.FORMER.search(text, end, match[0]) is not None
        amended = match[0] >= end and (
            g.NEW_VERSION.search(text, end, match[0]) is not None
            or bool(groups and groups[-1][1] and _NOW.search(text, end, match[0]))
        )
        if groups and not former and not amended:
            groups[-1][0].append(match)
        else:
            groups.append(([match], former))
        end = max(end, match[1])
    return groups


def _years(found: dict[str, float | bool | None], key: str) -> float | None:
    value = found.get(key)
    return None if value is None or isinstance(value, bool) else value


def _penalty_clause(
    text: str, tokens: Sequence[Token], clause: Clause, end: int, *, after_range: bool
) -> bool:
    """Whether a range «от N до M лет» in ``clause`` is a penalty: a clause before it gave
    a range already, the clause has a statutory cue or «можно получить», a penalty noun
    follows the range, or life as the alternative («от 12 до 20 лет либо пожизненное»), or
    the clause follows a colon after a statutory cue («санкция жестче: от 12 до 20 лет»)."""
    if after_range:
        return True  # «до четырёх лет, а при отягчающих — от трёх до восьми лет»
    own = [t for t in tokens if clause.start <= t.start < clause.end]
    if any(not t.lemmas.isdisjoint(g.STATUTORY_CUES) for t in own):
        return True
    body = text[clause.start : clause.end]
    if (
        g.POSSIBLE.pattern.search(body)
        or g.TERM_UNDER.pattern.search(body)
        or g.PENALTY_NOUN.match(text, end)
        or _LIFE_ALTERNATIVE.match(text, end)
    ):
        return True
    colon = text.rfind(":", max(tokens[0].start if tokens else 0, clause.start - 3), clause.start)
    if colon < 0:
        return False
    before = [t for t in tokens if colon - 25 <= t.start < colon]
    return any(not t.lemmas.isdisjoint(g.STATUTORY_CUES) for t in before)


_LIFE_ALTERNATIVE = re.compile(r",?\s+(?:либо|или)\s+(?:к\s+)?пожизненн", re.IGNORECASE)
"""«от 12 до 20 лет либо пожизненное лишение свободы»: the law's range with life beside it."""
