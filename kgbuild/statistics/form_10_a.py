"""Form 10-а: persons convicted under every article charged (main and additional).

2009-2016: one sheet ``Раздел 1`` with the grand total (``ВСЕГО ПО РАЗДЕЛАМ``), section
totals (``ИТОГО ПО РАЗДЕЛУ``), chapter totals (``ВСЕГО ПО ГЛАВЕ``) and the article rows.
From 2017 ``Раздел 1`` holds only the totals and each chapter has its sheet
(``Раздел 15 (Гл. 29)``). Totals name the range of articles they cover (``275 - 284.1``);
a row's parent is the narrowest total whose range holds it. The later sheets without a
chapter are breakdowns (kgbuild.statistics.breakdowns): ``Раздел 21`` breaks parts down
by point (``105 ч. 2 п. <<а>>``: point rows), and 2022-2023's ``Раздел 22``/``23``
count the subsets committed online and against minors (measures of their own). Their
rows have no parent: they are no part of the chapters' sums.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgbuild.statistics.reader import FormSpec
from kgbuild.statistics.records import RowKey, StatRow

# A total's label is the range of articles it covers: "275 - 284.1", "205 - 274.2 (вкл. ...)".
_RANGE_RE = re.compile(r"^(\d{1,3})(?:\.\d+)?\s*-\s*(\d{1,3})(?:\.\d+)?")
# "Сумма стр. 720-724" (2012): the sum of the rows the form numbers 720 to 724.
_SUM_OF_LINES_RE = re.compile(r"^сумма\s+стр\.?\s*(\d+)\s*-\s*(\d+)", re.IGNORECASE)
# "Резервная строка по разделу VIII ...": a row kept for new offences, counted in its section.
_RESERVE_ROW_RE = re.compile(r"резервная строка по разделу\s+([IVXLC]+)\b", re.IGNORECASE)
_SECTION_RE = re.compile(r"итого по разделу\s+([IVXLC]+)\b", re.IGNORECASE)
# A chapter's own sheet, "Раздел 15 (Гл. 29)", and its total, "ВСЕГО ПО ГЛАВЕ 29. ..." or
# "ИТОГО ПО РАЗДЕЛУ XII И ГЛАВЕ 34. ...".
_CHAPTER_SHEET_RE = re.compile(r"\(\s*Гл\.\s*(\d+)\s*\)")
_CHAPTER_TOTAL_RE = re.compile(r"главе\s+(\d+)\b", re.IGNORECASE)
# "ИТОГО: по резервным строкам." (2014): the reserve rows again, already in their chapters.
_RESERVE_TOTAL_RE = re.compile(r"^итого:?\s+по\s+резервным", re.IGNORECASE)


def _span(row: StatRow) -> tuple[int, int] | None:
    match = _RANGE_RE.match(row.label) if row.kind == "group" else None
    if match is None or int(match.group(2)) < int(match.group(1)):
        return None
    return (int(match.group(1)), int(match.group(2)))


def _major(article: str) -> int:
    return int(article.split(".")[0])


def assign_range_parents(rows: list[StatRow]) -> list[StatRow]:
    """Grand total <- section totals <- chapter totals <- rows, by article range.

    From 2017 the rows of a chapter's sheet belong to that chapter's total on "Раздел 1",
    whatever their article numbers. Some rows of the old single-sheet layout say where
    they belong instead: "Сумма стр.
    A-B" is the parent of the rows numbered A to B; "Резервная строка по разделу VIII"
    (a row kept for offences added later) counts in section VIII's total, not in a
    chapter's; "ИТОГО: по резервным строкам" repeats reserve rows already counted in
    their chapters, so it has no parent.
    """
    rows = _assign_by_range(rows)
    sections = {
        (row.sheet, match.group(1).upper()): row.key
        for row in rows
        if row.name and (match := _SECTION_RE.match(row.name.strip()))
    }
    result = []
    lines_of: dict[RowKey, tuple[int, int]] = {}
    for row in rows:
        match = _SUM_OF_LINES_RE.match(row.label)
        if match:
            lines_of[row.key] = (int(match.group(1)), int(match.group(2)))
    chapters = {
        match.group(1): row.key
        for row in rows
        if row.kind == "group" and row.name and (match := _CHAPTER_TOTAL_RE.search(row.name))
    }
    for row in rows:
        sheet_chapter = _CHAPTER_SHEET_RE.search(row.sheet)
        if sheet_chapter and sheet_chapter.group(1) in chapters:
            row = replace(row, parent=chapters[sheet_chapter.group(1)])
        if _RESERVE_TOTAL_RE.match(row.label):
            row = replace(row, parent=None)
        reserve = _RESERVE_ROW_RE.match(row.name.strip()) if row.name else None
        if reserve and (row.sheet, reserve.group(1).upper()) in sections:
            row = replace(row, parent=sections[(row.sheet, reserve.group(1).upper())])
        for key, (first, last) in lines_of.items():
            if row.sheet == key[2] and row.line is not None and first <= row.line <= last:
                row = replace(row, parent=key)
        result.append(row)
    return result


def _assign_by_range(rows: list[StatRow]) -> list[StatRow]:
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
    # The other "Раздел" sheets (from 2017): kgbuild.statistics.breakdowns tells them apart.
    is_breakdown_sheet=lambda name: name.strip().lower().startswith("раздел"),
)
