"""Relative changes ("four times the 2023 figure", "a tenfold increase") and baselines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from kgbuild.extraction.gates import _gate_open, _gates
from kgbuild.extraction.numbers import _QUAL, _WORD, _YEAR, _qualifier_word, parse_number
from kgbuild.extraction.periods import _shift_year
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import fold

_FACTOR_NUM = rf"(?:\d+(?:\.\d+)?|{_WORD}(?:[\s-]+and[\s-]+a[\s-]+half)?)"
_FOLD_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)"
_FRACTIONS: Final[dict[str, float]] = {
    "half": 0.5,
    "one-half": 0.5,
    "third": 1 / 3,
    "one-third": 1 / 3,
    "two-thirds": 2 / 3,
    "quarter": 0.25,
    "one-quarter": 0.25,
    "three-quarters": 0.75,
    "fifth": 0.2,
    "one-fifth": 0.2,
}
_FRACTION = (
    r"(?:one[\s-]half|one[\s-]third|two[\s-]thirds|one[\s-]quarter|three[\s-]quarters|"
    r"one[\s-]fifth|half|third|quarter|fifth)"
)
_UP = r"(?:increase|rise|jump|growth|surge|hike)"
_DOWN = r"(?:decrease|decline|drop|fall|reduction)"
_CHANGE_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "change.times",
        compile_narrowed(
            rf"(?:(?P<q>{_QUAL})\s+)?(?:(?P<f>{_FACTOR_NUM})[\s-]+times|(?P<tw>twice|thrice))\s+"
            rf"(?P<dir>higher|more|greater|larger|as\s+many|as\s+high|the|that|over|lower|fewer|less|smaller)",
            re.IGNORECASE,
        ),
    ),
    (
        "change.fold",
        compile_narrowed(
            rf"(?:(?P<q>{_QUAL})\s+)?(?:an?\s+)?(?:(?P<f>\d+(?:\.\d+)?|{_WORD})\s*-\s*fold|"
            rf"(?P<fw>{_FOLD_WORDS})fold)(?:\s+(?P<dir>{_UP}|{_DOWN}))?",
            re.IGNORECASE,
        ),
    ),
    (
        "change.fraction",
        compile_narrowed(
            rf"\ban?\s+(?:(?P<q>{_QUAL})\s+)?(?P<frac>{_FRACTION})\s+(?P<dir>{_UP}|{_DOWN})",
            re.IGNORECASE,
        ),
    ),
    (
        "change.fraction",
        compile_narrowed(
            rf"\b(?P<dir>increased|rose|grew|jumped|climbed|went\s+up|fell|dropped|declined|"
            rf"decreased|went\s+down)\s+by\s+(?:(?P<q>{_QUAL})\s+)?(?:an?\s+|one[\s-])?"
            rf"(?P<frac>half|third|quarter|fifth)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "change.percent",
        compile_narrowed(
            rf"\ban?\s+(?:(?P<q>{_QUAL})\s+)?(?P<pct>\d+(?:\.\d+)?)\s*(?:%|-?\s*per\s*cent)\s+"
            rf"(?P<dir>{_UP}|{_DOWN})",
            re.IGNORECASE,
        ),
    ),
    (
        "change.percent",
        compile_narrowed(
            # ("making up 36% of all defendants", "took up 12%": a share, no change)
            rf"\b(?P<dir>increased|rose|grew|jumped|climbed|(?<!\bmaking\s)(?<!\bmakes\s)"
            rf"(?<!\bmake\s)(?<!\bmade\s)(?<!\btaking\s)(?<!\btakes\s)(?<!\btook\s)"
            rf"(?<!\btake\s)up|fell|dropped|declined|decreased|down)\s+(?:by\s+)?(?:(?P<q>{_QUAL})\s+)?(?P<pct>\d+(?:\.\d+)?)\s*(?:%|-?\s*per\s*cent)",
            re.IGNORECASE,
        ),
    ),
    (
        "change.verb",
        compile_narrowed(
            rf"(?:(?P<q>{_QUAL})\s+)?\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b",
            re.IGNORECASE,
        ),
    ),
)
_CHANGE_GATE_WORDS: Final[tuple[tuple[str, ...] | None, ...]] = (
    ("times", "twice", "thrice"),
    ("fold",),
    ("half", "third", "quarter", "fifth"),
    ("half", "third", "quarter", "fifth"),
    ("%", "per"),
    ("%", "per"),
    ("doubled", "tripled", "trebled", "quadrupled", "halved"),
)
"""For each of _CHANGE_PATTERNS, as _TIME_GATES."""
assert len(_CHANGE_GATE_WORDS) == len(_CHANGE_PATTERNS)
_CHANGE_GATES: Final = _gates(_CHANGE_GATE_WORDS)
_COMPARATIVE_CUE = compile_narrowed(
    r"^(?:than|compared|versus|vs|relative|up\s+from|down\s+from|"
    # "rose to nine, against a single one in the same period of 2023" (not "cases against
    # 34 believers in 2023": a count of its own, with a noun)
    # (a number word in lower case: not "calls for sanctions against Russia in 2024")
    # "..., against 37 and 190 respectively a year earlier": several figures, in order
    r"against\s+(?:(?:a\s+single|just|only)\s+one|[\d,]+(?:\s*(?:,\s*(?:and\s+)?|and\s+)[\d,]+)*"
    r"(?:\s*,?\s+respectively)?|(?-i:[a-z]+))\s+(?:(?:in|during)\s+"
    r"(?:the\s+same\s+period|\d{4})|a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before|"
    r"(?:in\s+)?the\s+previous\s+year|last\s+year))",
    re.IGNORECASE,
)
_BASELINE_BODY = (
    r"(?:compared\s+(?:with|to)|over|from|on|versus|vs\.?|relative\s+to|against|"
    r"up\s+from|down\s+from|since)\s+(?P<what>[^;]{0,70}?)"
    rf"(?P<when>the\s+same\s+period\s+(?:in|of)\s+(?P<sy>{_YEAR})|"
    r"the\s+same\s+period\s+(?:last\s+year|a\s+year\s+(?:earlier|before|ago)|"
    r"of\s+the\s+previous\s+year)|"
    r"(?:the\s+)?(?:previous|preceding|prior)\s+year|the\s+year\s+before|"
    r"a\s+year\s+(?:earlier|before|ago)|last\s+year|"
    rf"(?:the\s+)?(?P<y>{_YEAR})(?:\s+(?:figure|level|total|number|count)s?)?)"
)
# After a change ("three times more than in 2021") any "than" introduces the baseline.
_BASELINE = compile_narrowed(r"\b(?:than|as|" + _BASELINE_BODY[3:], re.IGNORECASE)
# Anywhere else "more/fewer/less than" is a qualifier, not a comparison.
_COMPARISON = compile_narrowed(
    r"\b(?:(?<!more\s)(?<!fewer\s)(?<!less\s)(?<!rather\s)(?<!other\s)than|" + _BASELINE_BODY[3:],
    re.IGNORECASE,
)


_COMPARISON_GATE: Final = compile_narrowed("year|period|19|20")
"""Every comparison ends in a year or a period (the `when` group of _BASELINE_BODY)."""


@dataclass(frozen=True)
class _ChangeHit:
    start: int
    end: int
    rule: str
    factor: float
    qualifier: str
    baseline: str | None
    """"same-period:<year>", "same-period:-1", "previous", "last-year", "year:<year>"."""
    baseline_span: tuple[int, int] | None


def _factor_value(raw: str) -> float | None:
    half = bool(re.search(r"and[\s-]+a[\s-]+half", raw, re.IGNORECASE))
    core = re.sub(r"[\s-]+and[\s-]+a[\s-]+half", "", raw, flags=re.IGNORECASE)
    value = parse_number(core)
    if value is None:
        return None
    return value + (0.5 if half else 0.0)


def _find_changes(sentence: str, folded: str | None = None) -> list[_ChangeHit]:
    hits: list[_ChangeHit] = []
    taken: list[tuple[int, int]] = []
    folded = fold(sentence) if folded is None else folded
    for (rule, pattern), gate in zip(_CHANGE_PATTERNS, _CHANGE_GATES, strict=True):
        if not _gate_open(gate, folded):
            continue
        for m in pattern.finditer(sentence):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            g = m.groupdict()
            direction = (g.get("dir") or "").lower()
            down = bool(
                re.match(
                    rf"{_DOWN}|lower|fewer|less|smaller|fell|dropped|declined|"
                    r"decreased|went down|down",
                    direction,
                )
            )
            factor: float | None
            if rule == "change.times":
                if g.get("tw"):
                    factor = 2.0 if g["tw"].lower() == "twice" else 3.0
                else:
                    factor = _factor_value(g["f"])
                if factor is not None and down:
                    factor = 1 / factor
            elif rule == "change.fold":
                factor = _factor_value(g["f"] or g["fw"])
            elif rule == "change.fraction":
                frac = _FRACTIONS[re.sub(r"\s+", "-", g["frac"].lower())]
                factor = 1 - frac if down else 1 + frac
            elif rule == "change.percent":
                pct = float(g["pct"]) / 100
                factor = 1 - pct if down else 1 + pct
            else:
                factor = {
                    "doubled": 2.0,
                    "tripled": 3.0,
                    "trebled": 3.0,
                    "quadrupled": 4.0,
                    "halved": 0.5,
                }[g["verb"].lower()]
            if factor is None or factor <= 0:
                continue
            baseline: str | None = None
            bspan: tuple[int, int] | None = None
            b = _BASELINE.search(sentence, m.end())
            if b is not None and b.start() - m.end() <= 60:
                baseline, bspan = _baseline_kind(b), (b.start(), b.end())
            hits.append(
                _ChangeHit(
                    m.start(),
                    m.end(),
                    rule,
                    round(factor, 4),
                    _qualifier_word(g.get("q")),
                    baseline,
                    bspan,
                )
            )
            taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def _baseline_kind(b: re.Match[str]) -> str:
    when = b.group("when").lower()
    if b.group("sy"):
        return f"same-period:{b.group('sy')}"
    if "same period" in when:
        return "same-period:-1"
    if b.group("y"):
        return f"year:{b.group('y')}"
    if when.startswith("last"):
        return "last-year"
    return "previous"


def _comparison_hit(comparisons: list[re.Match[str]], after: int) -> _ChangeHit | None:
    """The first comparison ("compared with the same period in 2023") after ``after``."""
    for b in comparisons:
        if b.start() >= after:
            return _ChangeHit(
                b.start(),
                b.end(),
                "change.times",
                1.0,
                "exact",
                _baseline_kind(b),
                (b.start(), b.end()),
            )
    return None


def _baseline_period(
    hit: _ChangeHit,
    period: tuple[dt.date, dt.date] | None,
    published: dt.date | None,
) -> tuple[str | None, str | None]:
    if hit.baseline is None:
        return None, None
    kind, _, arg = hit.baseline.partition(":")
    start: dt.date | None = None
    end: dt.date | None = None
    if kind == "same-period":
        if period is not None:
            shift = -1 if arg == "-1" else int(arg) - period[0].year
            start, end = _shift_year(period[0], shift), _shift_year(period[1], shift)
        elif arg != "-1":
            start, end = dt.date(int(arg), 1, 1), dt.date(int(arg), 12, 31)
    elif kind == "year":
        start, end = dt.date(int(arg), 1, 1), dt.date(int(arg), 12, 31)
    elif kind == "last-year":
        if published is not None:
            y = published.year - 1
            start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
    elif period is not None:
        y = period[0].year - 1
        start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
    return (
        None if start is None else start.isoformat(),
        None if end is None else end.isoformat(),
    )
