"""Form 10-а: persons convicted under every article charged (main and additional).

2009-2016: one sheet ``Раздел 1`` with the grand total (``ВСЕГО ПО РАЗДЕЛАМ``), section
totals (``ИТОГО ПО РАЗДЕЛУ``), chapter totals (``ВСЕГО ПО ГЛАВЕ``) and the article rows.
From 2017 ``Раздел 1`` holds only the totals and each chapter has its sheet
(``Раздел 15 (Гл. 29)``). Totals name the range of articles they cover (``275 - 284.1``);
a row's parent is the narrowest total whose range holds it. The later sheets without a
chapter (``Раздел 21``-``23``: breakdowns by paragraph of a part) are not read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgbuild.statistics.reader import FormSpec
from kgbuild.statistics.records import RowKey, StatRow

_RANGE_RE = re.compile(r"^(\d{1,3})(?:\.\d+)?\s*-\s*(\d{1,3})(?:\.\d+)?$")
_RANGE_IN_NAME_RE = re.compile(r"(\d{1,3})(?:\.\d+)?\s*-\s*(\d{1,3})(?:\.\d+)?")


def _span(row: StatRow) -> tuple[int, int] | None:
    match = _RANGE_RE.match(row.label.replace(" ", "").replace("-", " - ").strip())
    if match is None and row.name and row.kind == "group":
        match = _RANGE_IN_NAME_RE.search(row.label)
    if match is None or int(match.group(2)) < int(match.group(1)):
        return None
    return (int(match.group(1)), int(match.group(2)))


def _major(article: str) -> int:
    return int(article.split(".")[0])


def assign_range_parents(rows: list[StatRow]) -> list[StatRow]:
    """Grand total <- section totals <- chapter totals <- rows, by article range."""
    total: RowKey | None = next((r.key for r in rows if r.kind == "total"), None)
    spans = [(s, r) for r in rows if r.kind == "group" and (s := _span(r)) is not None]

    def narrowest(low: int, high: int, exclude: RowKey) -> RowKey | None:
        best: tuple[int, RowKey] | None = None
        for (a, b), row in spans:
            inside = row.key != exclude and a <= low and high <= b and (a, b) != (low, high)
            if inside and (best is None or b - a < best[0]):
                best = (b - a, row.key)
        return best[1] if best else total

    result = []
    for row in rows:
        if row.kind == "total":
            result.append(row)
            continue
        span = _span(row) if row.kind == "group" else None
        if span is not None:
            parent = narrowest(span[0], span[1], row.key)
            # "ИТОГО ПО РАЗДЕЛУ XII И ГЛАВЕ 34" and its chapter row share one range.
            if parent == total:
                parent = _same_range_section(row, spans, total)
        elif row.units:
            majors = [_major(a) for a, _ in row.units]
            parent = narrowest(min(majors), max(majors), row.key)
            parent = _prefer_exact(parent, min(majors), max(majors), spans, row.key)
        else:
            parent = total
        result.append(replace(row, parent=parent))
    return result


def _same_range_section(
    row: StatRow, spans: list[tuple[tuple[int, int], StatRow]], total: RowKey | None
) -> RowKey | None:
    span = _span(row)
    if "главе" in row.label.lower() and "раздел" not in row.label.lower():
        for s, other in spans:
            if s == span and other.key != row.key and "раздел" in other.label.lower():
                return other.key
    return total


def _prefer_exact(
    parent: RowKey | None,
    low: int,
    high: int,
    spans: list[tuple[tuple[int, int], StatRow]],
    exclude: RowKey,
) -> RowKey | None:
    """A row inside a chapter whose range is exactly its own article: that chapter."""
    for (a, b), row in spans:
        if row.key != exclude and (a, b) == (low, high) and "главе" in row.label.lower():
            return row.key
    return parent


SPEC = FormSpec(
    form="10-a",
    label_headers=("Статьи Уголовного", "Статьи УК"),
    is_data_sheet=lambda name: name.strip() == "Раздел 1" or "(Гл." in name,
    assign_parents=assign_range_parents,
)
