"""Counts set out quarter by quarter (or half by half) after a head that names the offence
and the year, as a chart's caption or a table told in prose gives them:

    "Convictions under Article 207.3, by quarter, 2024: Q1 — 38; Q2 — 45; Q3 — 29; Q4 — 51"
    "Treason verdicts in 2025: first quarter, 61; second quarter, 74"
    "Sabotage convictions, 2024: H1 — 88, H2 — 107"
    "Convictions for desertion: 2022 — 12; 2023 — 350; 2024 — 1,200" (a year each)

Each item is a quarter (Q1..Q4, "first quarter" ...) or a half (H1, H2, "first half") and
one figure, the year the head's one year or the item's own, or a year and its figure after a
dash or a colon; the head names one offence and
counts convictions (not cases, arrests or fines). A list has at least two items.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from kgbuild.extraction.numbers import _int_number
from kgbuild.extraction.references import ReferenceRules
from kgbuild.fastre import compile_narrowed

QUARTER_GATE = ("q1", "q2", "q3", "h1", "quarter", "half", "—", "–", "; 20", ", 20")
"""Words one of which a sentence holds before the costly item pattern runs."""

_ITEM = compile_narrowed(
    r"(?<![\w.])(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<yr>(?:19|20)\d\d)(?=\s*(?:[—–:=]|\s-))|"
    r"(?P<qw>first|second|third|fourth)\s+quarter|(?P<hw>first|second)\s+half)"
    r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?\s*(?:[—–:,=]|\s-)\s*"
    r"(?P<n>\d{1,3}(?:,\d{3})*|\d+)(?![\w%.,]\d)"
    r"(?=\s*(?:[;,.)]|\band\b|$))",
    re.IGNORECASE,
)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_YEAR = compile_narrowed(r"(?<![\w.])(?:19|20)\d\d(?![\w.]\d)")
_CUE = compile_narrowed(r"\b(?:convictions|(?:guilty\s+)?verdicts|convicted|sentenced)\b", re.I)
_NOT_CONVICTIONS = compile_narrowed(
    r"\b(?:cases?|opened|initiated|detained|arrested|charged|acquitt\w*|fines?|fined|"
    r"average|median|share|per\s+cent|percent)\b",
    re.IGNORECASE,
)
_BETWEEN_ITEMS = re.compile(r"\s*(?:[;,]\s*)?(?:and\s+)?", re.IGNORECASE)


class QuarterTallyRules(ReferenceRules):
    """Counts listed quarter by quarter (or by half) under one head."""

    def extract_quarter_tallies(self) -> None:
        items = list(_ITEM.finditer(self.s))
        if len(items) < 2:
            return
        run = [items[0]]
        for m in items[1:]:
            if not _BETWEEN_ITEMS.fullmatch(self.s, run[-1].end(), m.start()):
                break
            run.append(m)
        if len(run) < 2:
            return
        head = self.s[: run[0].start()]
        if not _CUE.search(head) or _NOT_CONVICTIONS.search(head):
            return
        slugs = {o.slug for o in self.offences if o.end <= run[0].start()}
        if len(slugs) != 1 or any(o.start >= run[0].start() for o in self.offences):
            return
        years = {y.group(0) for y in _YEAR.finditer(head)}
        unit = "verdicts" if re.search(r"convictions|verdicts", head, re.I) else "people"
        for m in run:
            year = m["yr"] or m["y"] or (next(iter(years)) if len(years) == 1 else None)
            n = _int_number(m["n"])
            if year is None or n is None or not self._free(m.start("n"), m.end("n")):
                continue
            period = _span(int(year), m)
            draft = self._draft("conviction_count", "count.by-quarter", m.start("n"))
            offence = (next(iter(slugs)),)
            self._finish_count(draft, offence, m.start("n"), "exact", n, unit, None)
            draft.period = period
            self.used.append((m.start("n"), m.end("n")))
            self.counts.append(draft)


def _span(year: int, m: re.Match[str]) -> tuple[dt.date, dt.date]:
    """The quarter or half an item names, in ``year``, or the item's whole year."""
    if m["yr"]:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if m["q"] or m["qw"]:
        q = int(m["q"]) if m["q"] else _ORDINAL[m["qw"].lower()]
        first, months = 3 * q - 2, 3
    else:
        h = int(m["h"]) if m["h"] else _ORDINAL[m["hw"].lower()]
        first, months = 6 * h - 5, 6
    last = first + months - 1
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
