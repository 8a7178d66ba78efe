"""Several counts in one sentence: which offence and which period each number belongs to.

- a whole and its parts: «Из 189 осуждённых ... 40 получили» keeps the whole;
  «осудили 198 человек, из них 12 — заочно», «в том числе 20» and «осуждены 48 человек —
  39 россиян и девять иностранцев» drop the parts unless they name offences of their own;
  a total whose only offence is its part's («290 человек, из них 61 — по статье о ...»)
  is dropped instead;
- a breakdown: «52 человека: 40 — за госизмену, 9 — за шпионаж и трое — за ...» gives
  each part the offence that follows its dash, and the total before the colon all of
  them; «17 приговоров по делам о госизмене и шпионаже: 14 — по статье о госизмене и
  трое — за шпионаж» likewise;
- «соответственно»: «осуждены 189 и 33 человека соответственно» pairs the numbers with
  the offences in order (a total before them takes them all: «64 приговора по статьям о
  госизмене и шпионаже — 58 и 6 соответственно»), or with the years («В 2019 и 2020 годах
  ... 8 и 11 человек соответственно»);
- «по N» over two years: «в 2019-м и 2020-м осуждали по 5 человек» is 5 for each year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kgbuild.extraction_ru.numbers import Number
from kgbuild.extraction_ru.offences import OffenceSpan
from kgbuild.extraction_ru.periods import Period

Found = tuple[int, Number, str | None]
"""A count: its clause index, the number, its unit."""

_WHOLE = re.compile(r"\bиз\s+$", re.IGNORECASE)
"""«Из 189 осуждённых ... 40 получили сроки свыше 15 лет»: the 40 are part of the 189."""

_PART_OF_NEXT = re.compile(r"\s*(?:[а-яё]+\s+)?из\s+", re.IGNORECASE)
"""«8 человек из 402 осужденных»: a figure right before the whole it is part of."""
_CONVICTED_NOUN = re.compile(r"\s*(?:[а-яё]+\s+)?(?:осужд|приговор)", re.IGNORECASE)
"""«Из 189 осуждённых», «из 120 приговоров»: a whole that is itself a count."""
_CONVICTED_BEFORE = re.compile(
    r"\b(?:осужден[оаы]?|осуждён[оаы]?|осудили|приговорены|признаны\s+виновными)\s+"
    r"(?:(?:более|свыше|около|почти|не\s+менее)\s+)?$",
    re.IGNORECASE,
)
"""«..., осуждены 224»: a figure a conviction verb governs."""

_PART = re.compile(r"(?:\bиз\s+(?:них|которых|этого\s+числа)|\bв\s+том\s+числе)\s*$", re.IGNORECASE)
"""«из них 12», «в том числе 20»: a part of the count before."""
_PART_AFTER = re.compile(r"\s+из\s+(?:них|которых|этого\s+числа)\b", re.IGNORECASE)
"""«..., троих из них судили заочно»: a part of the count before, «из них» after it."""
_CONVICTED_WORD = re.compile(r"осужд|осудил|приговор|виновн", re.IGNORECASE)

_DASH_PART = re.compile(r"\s*[а-яё]+\s*[—–:-]\s*", re.IGNORECASE)
"""«осуждены 48 человек — 39 россиян и девять иностранцев», «612 человек: 571 гражданин
России и 41 иностранец»: right after a count, its noun and a dash or a colon, a figure is a
part of it (by citizenship, sex, age), unless it names an offence (not «... в 2023 году —
62»: a year is no count)."""
_NEXT_PART = re.compile(r"\s*(?:[—–]\s*)?[а-яё]+(?:\s+[а-яё]+)?\s*(?:,|\bи\b)\s*$", re.IGNORECASE)
"""«... 39 россиян и девять ...», «из них 64 — женщины и 12 — ...», «571 гражданин России и
41 ...»: the figure after a part and its noun (of one or two words) is one too."""
_AFTER_PART = re.compile(
    r"\bиз\s+(?:них|которых)\s*[—–]\s*[а-яё]+\s*(?:,|\bи\b)\s*$", re.IGNORECASE
)
"""«790 человек, 64 из них — женщины, 12 — несовершеннолетние»: a figure right after a part
told with «из них» and its noun is one too."""

_DASH_AFTER = re.compile(r"\s*(?:[а-яё]+\s*)?[—–]\s*(?:за|по|в|о|об)\b", re.IGNORECASE)
"""«40 — за госизмену», «трое — по статье о шпионаже», «9 человек — за ...», «38 — о шпионаже»."""

_COLON_AFTER = re.compile(r"\s*(?:[а-яё]+\s*){0,3}:", re.IGNORECASE)
"""«осудили 52 человека: ...»: a total that a breakdown follows."""
_HEAD_AFTER = re.compile(
    r"\s*(?:[а-яё]+\s*){0,2}(?::|[—–]\s*(?=\d|[а-яё]+\s+(?:за|по)\b))", re.IGNORECASE
)
"""«осуждены 12 человек — 9 за ...», «52 человека: ...»: a total and the breakdown after it."""
_BARE_AFTER = re.compile(r"\s*(?:[а-яё]+\s+)?(?:за|по)\b", re.IGNORECASE)
"""«9 за госизмену», «трое по статье о шпионаже»: a part of a breakdown after its total."""

RESPECTIVELY = re.compile(r"\bсоответственно\b", re.IGNORECASE)


@dataclass(frozen=True)
class Pairing:
    """Per count (in the order found): its offences and period where the pairing decides
    them, else None (the clause's own and the context's apply)."""

    offences: list[tuple[str, ...] | None]
    periods: list[Period | None]


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def drop_parts(
    text: str,
    start: int,
    found: list[Found],
    offences: Sequence[OffenceSpan],
    *,
    total_named_before: bool = False,
    periods: Sequence[Period] = (),
) -> list[Found]:
    """Counts less those that are parts of another (see the module docstring);
    ``total_named_before``: the sentence points back to an offence named before, which a
    total with no offence of its own takes («Приговоры за это время получили 410 человек,
    из них 55 — за госизмену» after a count of cases of crimes against the state)."""
    kept: list[Found] = []
    after_part: int | None = None  # where the part just dropped ends
    for position, item in enumerate(found):
        number = item[1]
        before = text[start : number.start]
        if _WHOLE.search(before):
            later = found[position + 1 :]
            if not _CONVICTED_NOUN.match(text, number.end) and any(
                _CONVICTED_BEFORE.search(text, start, n.start) for _, n, _ in later
            ):
                # «Из 236 человек, дела которых рассмотрели, осуждены 224»: the whole is of
                # people tried; the count is the figure the conviction verb governs
                return [
                    *kept,
                    *[f for f in later if _CONVICTED_BEFORE.search(text, start, f[1].start)],
                ]
            if (
                kept
                and _CONVICTED_NOUN.match(text, number.end)
                and _PART_OF_NEXT.fullmatch(text, kept[-1][1].end, number.start)
            ):
                kept.pop()  # «Лишь 8 человек из 402 осужденных ...»: 8 are a part of them
            return [*kept, item]
        part = _PART.search(before) if kept else None
        if (
            kept
            and part is None
            and not _CONVICTED_WORD.search(text, kept[-1][1].end, number.start)
            and (after := _PART_AFTER.match(text, number.end)) is not None
            and not _CONVICTED_WORD.search(text[after.end() : after.end() + 60].split(",")[0])
        ):
            # «..., троих из них судили заочно» (not «..., осуждены 290 из них», «по 41 из
            # них судьи вынесли обвинительные приговоры»: the count)
            part = after
        if kept and (
            part
            or _DASH_PART.fullmatch(text, kept[-1][1].end, number.start)
            or (after_part is not None and _NEXT_PART.match(text, after_part, number.start))
            or _AFTER_PART.search(text, kept[-1][1].end, number.start)
        ):
            stop = found[position + 1][1].start if position + 1 < len(found) else len(text)
            own = {o.slug for o in offences if number.end <= o.start < stop}
            total = {o.slug for o in offences if o.start < kept[-1][1].start}
            if not own and _own_period(text, number, stop, periods):
                # «С февраля 2022 года осуждены 536 человек, из них 359 — в 2024 году»: a
                # part told by its own period counts the total's offences in that period
                after_part = None
                kept.append(item)
                continue
            if not own or (part and own == total):
                # «из них 12 — за переход на сторону противника» after «по статье о
                # госизмене»: a part of the total's own offence (a way of committing it)
                after_part = number.end
                continue
            if (
                part
                and not total_named_before
                and not any(o.start < start + part.start() for o in offences)
            ):
                # «Приговоры получили 290 человек, из них 61 — по статье о «фейках»»: the
                # total is of many articles; only its part names one
                kept.pop()
        after_part = None
        kept.append(item)
    return kept


def _own_period(text: str, number: Number, stop: int, periods: Sequence[Period]) -> bool:
    """Whether a period follows ``number`` right after a dash or «в»/«за» («из них 359 — в
    2024 году», «из них 41 — в первом полугодии»), before the next figure at ``stop``."""
    return any(
        number.end <= p.start < stop
        and p.how != "day"
        and p.resolved
        and _PERIOD_AFTER.fullmatch(text, number.end, p.start) is not None
        for p in periods
    )


_PERIOD_AFTER = re.compile(r"\s*(?:[—–-]\s*)?(?:(?:в|во|за|уже)\s+)?", re.IGNORECASE)


def pair_counts(
    text: str,
    end: int,
    found: list[Found],
    offences: Sequence[OffenceSpan],
    periods: Sequence[Period],
    clause_offences: Sequence[Sequence[OffenceSpan]],
) -> Pairing:
    """Offences and periods of the counts of one sentence ending at ``end``."""
    pairs: list[tuple[str, ...] | None] = [None] * len(found)
    paired_periods: list[Period | None] = [None] * len(found)
    slugs = _unique([o.slug for o in offences])
    numbers = [n for _, n, _ in found]
    sentence = text[numbers[0].start : end] if numbers else ""
    if RESPECTIVELY.search(sentence):
        years = [p for p in periods if p.how in {"year", "year-pair"} and p.resolved]
        if len(slugs) > 1 and len(found) >= len(slugs):
            first_offence = min(o.start for o in offences)
            extra = len(found) - len(slugs)
            if all(n.start < first_offence for n in numbers[:extra]):
                for i in range(extra):
                    pairs[i] = slugs
                for i, slug in enumerate(slugs):
                    pairs[extra + i] = (slug,)
                return Pairing(pairs, paired_periods)
        if len(slugs) <= 1 and len(years) == len(found) > 1:
            return Pairing(pairs, list(years))
    # one clause with as many counts as offences («14 приговоров по делам о госизмене и 3
    # — по делам о шпионаже»)
    # (or a clause of them beside others: «осудили 418 человек по статье о госизмене и 49 — по
    # статье о шпионаже, а за конфиденциальное сотрудничество — 97»)
    for index, own in enumerate(clause_offences):
        inside = [i for i, f in enumerate(found) if f[0] == index]
        clause_slugs = _unique([o.slug for o in own])
        if len(inside) == len(clause_slugs) > 1:
            ordered = sorted(own, key=lambda o: o.start)
            mine = [numbers[i] for i in inside]
            counts_first = mine[0].start < ordered[0].start
            if counts_first or all(any(o.start < n.start for o in ordered) for n in mine):
                if len(inside) == len(found):
                    return Pairing([(slug,) for slug in clause_slugs], paired_periods)
                for i, slug in zip(inside, clause_slugs, strict=True):
                    pairs[i] = (slug,)
    broken: list[tuple[str, ...] | None] = [None] * len(found)
    _breakdown(text, end, found, offences, broken)
    pairs = [mine if mine is not None else other for mine, other in zip(pairs, broken, strict=True)]
    return Pairing(pairs, paired_periods)


def _breakdown(
    text: str,
    end: int,
    found: list[Found],
    offences: Sequence[OffenceSpan],
    pairs: list[tuple[str, ...] | None],
) -> None:
    """«N — за X» parts take the offence after their dash; a total before a colon that
    they follow takes all of theirs."""
    numbers = [n for _, n, _ in found]
    parts: list[int] = []
    # «осуждены 12 человек — 9 за госизмену и 3 за шпионаж»: after a total and its dash
    # or colon, the parts need no dash of their own
    headed = bool(numbers) and _HEAD_AFTER.match(text, numbers[0].end) is not None
    for i, number in enumerate(numbers):
        if not (
            _DASH_AFTER.match(text, number.end)
            or (headed and i > 0 and _BARE_AFTER.match(text, number.end))
        ):
            continue
        stop = numbers[i + 1].start if i + 1 < len(numbers) else end
        own = _unique([o.slug for o in offences if number.end <= o.start < stop])
        if own:
            pairs[i] = own
            parts.append(i)
    if len(parts) < 2:
        if parts:
            pairs[parts[0]] = None  # one dash is no breakdown: «... — 29»
        return
    for i, number in enumerate(numbers[: parts[0]]):
        if _COLON_AFTER.match(text, number.end) or (i == 0 and headed):
            named = [o for o in offences if o.start < numbers[parts[0]].start]
            if not named or all(o.start < number.start for o in named):
                pairs[i] = _unique([s for p in parts for s in pairs[p] or ()])


_EACH = re.compile(r"\bпо\s+$", re.IGNORECASE)


def each_year(
    text: str, number: Number, period: Period | None, periods: Sequence[Period]
) -> list[Period | None]:
    """The periods ``number`` counts for: each of a pair of years where it is distributed
    over them («в 2017 и 2018 годах осудили по 4 человека»), else its own ``period``."""
    if period is None or period.how != "year-pair":
        return [period]
    if not _EACH.search(text, max(0, number.start - 4), number.start):
        return [period]
    pair = [p for p in periods if p.how == "year-pair" and p.cue is None]
    return list(pair) if len(pair) == 2 else [period]
