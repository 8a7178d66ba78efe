"""Time expressions: years, halves, quarters, months, days, spans and anchors, resolved
against the publication date, the report year and the year in context."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from kgbuild.extraction.events import FULL_SCALE_INVASION, MOBILISATION
from kgbuild.extraction.gates import _Cased, _gate_open
from kgbuild.extraction.grammar_periods import (
    _MONTH_NAMES,
    _ORDINALS,
    _TIME_GATES,
    _TIME_PATTERNS,
    _WEEKDAYS,
)
from kgbuild.extraction.numbers import _YEAR, _int_number
from kgbuild.extraction.time_choice import _format_date as _format_date
from kgbuild.extraction.time_choice import _nearest as _nearest
from kgbuild.extraction.time_choice import other_event_time as other_event_time
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import fold

_REPORT_AFTER = compile_narrowed(
    r"^,?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:reported|said|announced|wrote|published|"
    r"stated|noted|told|revealed|calculated|counted|estimated)\b",
    re.IGNORECASE,
)
_REPORT_BEFORE = compile_narrowed(
    r"\b(?:reported|said|announced|wrote|published|stated|noted|revealed)\s+(?:on|in)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Time:
    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    precision: str
    """"year", "month", "day" or "range" (several months)."""
    explicit_year: int | None
    role: str = "period"
    """"period", "report" (when reported), "baseline" (a comparison), "enacted" (when an
    offence was created) or "restated" ("this year" after "by September"): sentence.py."""


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _shift_year(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _month_number(name: str) -> int:
    return _MONTH_NAMES[name.lower().rstrip(".")]


def _month_year(
    month: int, published: dt.date | None, report_year: int | None, context_year: int | None
) -> int | None:
    if report_year is not None:
        return report_year
    if published is not None:
        return published.year if month <= published.month else published.year - 1
    return context_year


@dataclass
class _TimeContext:
    published: dt.date | None
    report_year: int | None
    context_year: int | None
    context_month: tuple[int, int] | None = None
    since_year: bool = False
    """Whether the year in context opens a span up to publication ("since 2022"): "the
    year" after it is the year of publication, not the span's first."""
    last_told: tuple[dt.date, dt.date, str] | None = None
    """The dates and precision of the last time told (a baseline's too; not a report's
    date): the time "back then", "at that time" and ", when" stand for."""


def _resolve_yearref(m: re.Match[str], ctx: _TimeContext) -> int | None:
    if m.groupdict().get("y"):
        return int(m.group("y"))
    rel = re.sub(r"\s+", " ", (m.groupdict().get("rel") or "").lower())
    if rel == "this":
        # relative to the publication: unresolved in a text with no known date (a year
        # named earlier in the text is not the year it was written)
        return ctx.published.year if ctx.published else None
    if rel == "last":
        return ctx.published.year - 1 if ctx.published else None
    if rel == "next":
        return ctx.published.year + 1 if ctx.published else None
    if rel in {"that", "the same"}:
        return ctx.context_year
    if rel == "the previous":
        return None if ctx.context_year is None else ctx.context_year - 1
    # "the year", "the current year": the report's year, else the year in context.
    if ctx.report_year is not None:
        return ctx.report_year
    if ctx.since_year and ctx.published is not None:
        # "... since 2022. ... in the first eleven months of the year": this year
        return ctx.published.year
    if ctx.context_year is not None:
        return ctx.context_year
    return ctx.published.year if ctx.published else None


def _make_time(kind: str, m: re.Match[str], ctx: _TimeContext) -> _Time:
    g = m.groupdict()
    explicit = int(g["y"]) if g.get("y") else None
    first: dt.date | None = None
    last: dt.date | None = None
    precision = "range"
    if kind in {"half", "quarter", "first-n"}:
        year = _resolve_yearref(m, ctx) if "rel" in g or "y" in g else None
        if kind == "half":
            half = _ORDINALS[g["ord"].lower()] if g.get("ord") else int(g["h"])
            months = (1, 6) if half == 1 else (7, 12)
        elif kind == "quarter":
            q = _ORDINALS[g["ord"].lower()] if g.get("ord") else int(g["q"])
            months = (3 * q - 2, 3 * q)
        elif g.get("nq"):
            months = (1, 3 * (_int_number(g["nq"]) or 1))  # "the first three quarters of"
        else:
            n = max(1, min(12, _int_number(g["n"]) or 0))
            months = (13 - n, 12) if g.get("last") else (1, n)
        if year is not None and g.get("rel") == "" and ctx.report_year is None and ctx.published:
            # a bare "in the fourth quarter" not yet begun at publication: the year before's
            year -= dt.date(year, months[0], 1) > ctx.published
        if year is not None:
            first, last = dt.date(year, months[0], 1), _month_end(year, months[1])
    elif kind == "months-to":
        month = _month_number(g["m"])
        year_to = explicit or _month_year(month, ctx.published, ctx.report_year, ctx.context_year)
        n = max(1, min(120, _int_number(g["n"]) or 12))
        if year_to is not None:
            index = year_to * 12 + month - 1 - (n - 1)
            first, last = dt.date(index // 12, index % 12 + 1, 1), _month_end(year_to, month)
    elif kind == "to-month":
        month = _month_number(g["m"])
        year_opt = explicit or _month_year(month, ctx.published, ctx.report_year, ctx.context_year)
        if year_opt is not None:
            first, last = dt.date(year_opt, 1, 1), _month_end(year_opt, month)
    elif kind == "month-range" and g.get("m1c"):
        first = dt.date(int(g["y1c"]), _month_number(g["m1c"]), 1)
        last = dt.date(int(g["yc"]), 12, 31)
        if last < first:
            first = last = None
    elif kind == "month-range" and g.get("m2b"):
        m1, m2 = _month_number(g["m1b"]), _month_number(g["m2b"])
        year_opt = _month_year(m2, ctx.published, ctx.report_year, ctx.context_year)
        if g.get("ty") and ctx.published is not None:
            year_opt = ctx.published.year  # "between January and June this year"
        if year_opt is not None and m1 <= m2:
            first, last = dt.date(year_opt, m1, 1), _month_end(year_opt, m2)
    elif kind == "month-range":
        year = int(g["y"])
        y1 = int(g["y1"]) if g.get("y1") else year
        first = dt.date(y1, _month_number(g["m1"]), 1)
        last = _month_end(year, _month_number(g["m2"]))
    elif kind == "day-range":
        # "between 1 August 2024 and 31 January 2025"
        y2 = int(g["y2"])
        y1 = int(g["y1"]) if g.get("y1") else y2
        with contextlib.suppress(ValueError):  # "31 February": no such day, no time
            first = dt.date(y1, _month_number(g["m1"] or g["m1u"]), int(g["d1"] or g["d1u"]))
            last = dt.date(y2, _month_number(g["m2"] or g["m2u"]), int(g["d2"] or g["d2u"]))
        if first is not None and last is not None and last < first:
            if g.get("y1"):
                first = last = None
            else:  # "between 1 December and 31 January 2025": the December before
                first = _shift_year(first, -1)
    elif kind == "invasion-to":
        # "from the start of the full-scale invasion to the end of June 2025"
        year = int(g["y"])
        last = _month_end(year, _month_number(g["m"]) if g.get("m") else 12)
        first = FULL_SCALE_INVASION if last > FULL_SCALE_INVASION else None
        last = last if first is not None else None
    elif kind == "since-invasion":
        first, last = MOBILISATION if g.get("mob") else FULL_SCALE_INVASION, ctx.published
    elif kind == "since":
        year = int(g["y"])
        month = _month_number(g["m"]) if g.get("m") else 1
        first = dt.date(year, month, 1)
        last = ctx.published
    elif kind == "to-date":
        if ctx.published is not None and (not g.get("y") or int(g["y"]) == ctx.published.year):
            # "so far in 2025" in a text of 2025: the year to date (of another year, none)
            first, last = dt.date(ctx.published.year, 1, 1), ctx.published
    elif kind == "past-n" and g.get("nm"):
        # "over the past 12 months": to publication, the same day that many months before
        n_months = _int_number(g["nm"])
        if n_months is not None and ctx.published is not None:
            total = ctx.published.year * 12 + ctx.published.month - 1 - n_months
            y, m0 = divmod(total, 12)
            day = min(ctx.published.day, _month_end(y, m0 + 1).day)
            first, last = dt.date(y, m0 + 1, day), ctx.published
    elif kind == "past-n":
        span = 10 if g.get("decade") else _int_number(g["n"])
        if span is not None and ctx.published is not None:
            first, last = _shift_year(ctx.published, -span), ctx.published
    elif kind == "year-range":
        y1 = int(g["y1"])
        y2 = int(g["y"]) if g.get("y") else int(g["y2"])
        if y2 < 100:
            y2 += y1 // 100 * 100
        end_month = g.get("em") or g.get("em2")
        if end_month and y1 <= y2:
            # "between 1997 and February 24, 2022": to that day, else to the month's end
            end_day = g.get("ed") or g.get("ed2")
            with contextlib.suppress(ValueError):  # 30 February
                last = (
                    dt.date(y2, _month_number(end_month), int(end_day))
                    if end_day
                    else _month_end(y2, _month_number(end_month))
                )
                first = dt.date(y1, 1, 1)
        elif y1 < y2:
            # "from 2012 to the first half of 2023": the span ends with that half
            last_month_day = (6, 30) if g.get("half") else (12, 31)
            first, last = dt.date(y1, 1, 1), dt.date(y2, *last_month_day)
    elif kind == "day":
        month = _month_number(g["m"])
        year_opt = explicit or _month_year(month, ctx.published, ctx.report_year, ctx.context_year)
        precision = "day"
        if year_opt is not None:
            try:
                first = last = dt.date(year_opt, month, int(g["d"]))
            except ValueError:
                first = last = None
    elif kind == "month":
        month = _month_number(g["m"])
        year_opt = explicit or _month_year(month, ctx.published, ctx.report_year, ctx.context_year)
        precision = "month"
        if year_opt is not None:
            first, last = dt.date(year_opt, month, 1), _month_end(year_opt, month)
    elif kind == "year":
        year = int(g["y"])
        first, last, precision = dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    elif kind == "rel-month":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        precision = "month"
        ym: tuple[int, int] | None = None
        if rel in {"that", "the same"}:
            ym = ctx.context_month
        elif ctx.published is not None:
            p = ctx.published
            ym = (
                (p.year, p.month)
                if rel == "this"
                else ((p.year, p.month - 1) if p.month > 1 else (p.year - 1, 12))
            )
        if ym is not None:
            first, last = dt.date(ym[0], ym[1], 1), _month_end(ym[0], ym[1])
    elif kind == "rel-year":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        precision = "year"
        year_rel: int | None
        if rel in {
            "the previous",
            "the preceding",
            "a year earlier",
            "a year before",
            "the year before",
        }:
            year_rel = None if ctx.context_year is None else ctx.context_year - 1
        elif rel in _YEAR_AFTER:
            year_rel = None if ctx.context_year is None else ctx.context_year + 1
        elif rel.endswith(" years later") or rel.endswith(" years on"):
            # "two years later": from the year the text is on
            later = _int_number(rel.split()[0])
            year_rel = (
                None if ctx.context_year is None or later is None else ctx.context_year + later
            )
        elif rel.endswith(" years earlier") or rel.endswith(" years before"):
            back = _int_number(rel.split()[0])
            year_rel = None if ctx.context_year is None or back is None else ctx.context_year - back
        elif rel == "a year ago" or rel == "the past":
            year_rel = ctx.published.year - 1 if ctx.published else None
        else:
            fake = re.match(r"(?P<rel>.*)", rel)
            assert fake is not None
            year_rel = _resolve_yearref(fake, ctx)
        if year_rel is not None:
            first, last = dt.date(year_rel, 1, 1), dt.date(year_rel, 12, 31)
    elif kind == "then":
        if ctx.last_told is not None:
            first, last, precision = ctx.last_told
    elif kind == "weekday":
        precision = "day"
        word = g["wd"].lower()
        if ctx.published is not None:
            if word == "today":
                first = last = ctx.published
            elif word == "yesterday":
                first = last = ctx.published - dt.timedelta(days=1)
            else:
                target = [w.lower() for w in _WEEKDAYS].index(word)
                back = (ctx.published.weekday() - target) % 7
                first = last = ctx.published - dt.timedelta(days=back)
    return _Time(m.start(), m.end(), first, last, precision, explicit)


def _group_by_gate() -> tuple[
    tuple[tuple[str, ...] | None, bool, tuple[tuple[int, str, re.Pattern[str]], ...]], ...
]:
    """_TIME_PATTERNS grouped by their gate, so that a gate several patterns share
    (_MONTH_GATE) is tested once per sentence."""
    groups: dict[int, tuple[tuple[str, ...] | None, list[tuple[int, str, re.Pattern[str]]]]] = {}
    for index, ((kind, pattern), gate) in enumerate(zip(_TIME_PATTERNS, _TIME_GATES, strict=True)):
        groups.setdefault(id(gate), (gate, []))[1].append((index, kind, pattern))
    return tuple(
        (gate, isinstance(gate, _Cased), tuple(patterns)) for gate, patterns in groups.values()
    )


_TIME_GROUPS: Final = _group_by_gate()
_YEAR_AFTER: Final = frozenset(
    {"a year later", "the year after", "the following year", "the next year", "the subsequent year"}
)
_MAY_AS_MONTH = compile_narrowed(r"\b(?:in|since|by|until|during|of|early|late|mid)\s*-?\s*$")
_YEAR_OF_LAW = compile_narrowed(
    rf"\b(?:the|its|their)\s+(?P<y>{_YEAR})\s+(?:amendments?|laws?|changes|bill|reform|"
    r"legislation|version|edition|package)\b",
    re.IGNORECASE,
)
_YEAR_OF_LAW_GATE: Final = (
    *("amendment", "law", "change", "bill", "reform", "version", "edition", "package"),
)
"""Pieces of _YEAR_OF_LAW's nouns, in `fold`ed text: its gate."""
_SINCE_BEFORE = compile_narrowed(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_OF_THAT_YEAR = compile_narrowed(r"\s+of\s+(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_OPENING = compile_narrowed(r"\W*(?:(?:in|on|at|during|by)\s+)?", re.IGNORECASE)


def _find_times(sentence: str, ctx: _TimeContext, folded: str | None = None) -> list[_Time]:
    """Time expressions in a sentence, resolved; updates ``ctx`` as explicit years occur."""
    raw: list[tuple[int, int, str, re.Match[str], int]] = []
    folded = fold(sentence) if folded is None else folded
    for gate, cased, patterns in _TIME_GROUPS:
        if gate is not None and not _gate_open(gate, sentence if cased else folded):
            continue
        for index, kind, pattern in patterns:
            for m in pattern.finditer(sentence):
                raw.append((m.start(), m.end(), kind, m, index))
    # longest first; ties as the patterns are listed
    raw.sort(key=lambda r: (-(r[1] - r[0]), r[0], r[4]))
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    for r_start, r_end, r_kind, r_match, _ in raw:
        if all(r_end <= c[0] or r_start >= c[1] for c in chosen):
            chosen.append((r_start, r_end, r_kind, r_match))
    chosen.sort(key=lambda r: r[0])
    # "the 2012 amendments, which took effect in November of that year": a year naming a
    # law sets the year a later "that year" of the same sentence means
    # "The 2023 law on treason was signed on 28 April": a year naming a law also dates a
    # day or month after it in the sentence
    named_years = (
        [(y.start(), int(y.group("y"))) for y in _YEAR_OF_LAW.finditer(sentence)]
        if chosen
        and (
            any(c[2] in {"month", "day"} for c in chosen)
            or "that year" in folded
            or "same year" in folded
        )
        and _gate_open(_YEAR_OF_LAW_GATE, folded)
        else []
    )
    law_year: int | None = None
    times: list[_Time] = []
    for start, end, kind, m in chosen:
        while named_years and named_years[0][0] < start:
            law_year = ctx.context_year = named_years.pop(0)[1]
        if kind == "month" and m.group("m") == "May" and not m.group("y"):
            before = sentence[max(0, start - 12) : start].lower()
            if not _MAY_AS_MONTH.search(before):
                continue
        t = _make_time(kind, m, ctx)
        if (
            law_year is not None
            and kind in {"month", "day"}
            and not m.group("y")
            and t.first is not None
            and t.last is not None
        ):
            with contextlib.suppress(ValueError):  # 29 February of a year that has none
                t = _Time(
                    t.start,
                    t.end,
                    t.first.replace(year=law_year),
                    t.last.replace(year=law_year),
                    t.precision,
                    None,
                )
        if (
            kind == "month"
            and not m.group("y")
            and ctx.context_year is not None
            and _OF_THAT_YEAR.match(sentence, end)
        ):
            # "in November of that year": the month of the year in context
            month = _month_number(m.group("m"))
            y = ctx.context_year
            t = _Time(t.start, t.end, dt.date(y, month, 1), _month_end(y, month), "month", None)
        if (
            kind == "month"
            and not m.group("y")
            and t.first is not None
            and ctx.published is not None
            and _SINCE_BEFORE.search(sentence, 0, start)
            and t.first <= ctx.published
        ):
            # "Since January, courts have convicted ...": from that month to publication
            t = _Time(t.start, t.end, t.first, ctx.published, "range", None)
        role = "period"
        # "In December 2024, RTVI reported ...": a month or day opening a sentence about a
        # report dates the report; a year there ("In 2024, OVD-Info counted ...") is a period.
        dated = t.precision in {"month", "day"}
        if dated and (
            (_OPENING.fullmatch(sentence, 0, start) and _REPORT_AFTER.search(sentence[end:]))
            or _REPORT_BEFORE.search(sentence[:start])
        ):
            role = "report"
        times.append(_Time(t.start, t.end, t.first, t.last, t.precision, t.explicit_year, role))
        if role != "report" and t.first is not None and t.last is not None:
            ctx.last_told = (t.first, t.last, t.precision)
        if t.explicit_year is not None:
            ctx.context_year = t.explicit_year
            ctx.since_year = (
                t.precision == "range" and t.last is not None and t.last == ctx.published
            )
        elif (
            kind == "rel-year"
            and ctx.context_year is None
            and t.first is not None
            and m.group("rel").lower() in {"last", "this", "the current", "the past"}
        ):
            # "Last year courts convicted 41 people. The year before, there had been 12":
            # the year told by publication sets the year "the year before" counts from,
            # when no year was told before it
            ctx.context_year = t.first.year
            ctx.since_year = False
        if t.first is not None and t.precision in {"month", "day"}:
            ctx.context_month = (t.first.year, t.first.month)
            if t.explicit_year is not None:
                ctx.context_year = t.explicit_year
                ctx.since_year = False
    return times


def resolve_period(
    expression: str,
    *,
    published: dt.date | None = None,
    report_year: int | None = None,
    context_year: int | None = None,
) -> tuple[dt.date, dt.date] | None:
    """The inclusive period the first time expression in ``expression`` denotes."""
    ctx = _TimeContext(published, report_year, context_year)
    for t in _find_times(expression, ctx):
        if t.first is not None and t.last is not None:
            return t.first, t.last
    return None
