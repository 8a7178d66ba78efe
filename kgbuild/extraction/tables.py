"""Counts in a Markdown table of offences by period (or periods by offence), under a caption
or a first header cell that says what the figures count:

    Convictions by year
    | Article   | 2023 | 2024 |
    |-----------|------|------|
    | Treason   | 198  | 349  |
    | Espionage | 31   | 64   |

gives four conviction counts, each over its column's period (rule count.table, case.table
for cases). A table
whose rows are periods and whose columns are offences is read the same way, and so is one
whose caption names the offence and whose columns say what they count:

    Treason convictions by year
    | Year | Convicted |
    |------|-----------|
    | 2023 | 39        |

 A cell that is
no whole number (a share, a dash, a range) gives nothing; a row or a column that names no
offence of the scheme, or no period, is left out; a table with no caption or header that
names convictions, verdicts, sentences or cases gives nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import pairwise

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.item_lists import list_head
from kgbuild.extraction.numbers import _int_number
from kgbuild.extraction.periods import _find_times, _TimeContext
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import Lexicon, fold

_TABLE = compile_narrowed(r"(?:^[ \t]*\|[^\n]*\|[ \t]*(?:\n|$)){3,}", re.MULTILINE)
"""Three lines or more that open and close on a pipe: a header, a rule, rows."""
_RULE_ROW = compile_narrowed(r"[ \t]*\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*")
_WHOLE = compile_narrowed(r"\d{1,3}(?:,\d{3})+|\d+")
_COUNT_COLUMN = compile_narrowed(
    r"^(?:(?:people|persons|number|total)\b|convict|verdict|sentenc|found\s+guilty|cases)",
    re.IGNORECASE,
)
"""A column's header that says it counts what the caption names ("Convicted", "Number")."""


@dataclass(frozen=True)
class _Cell:
    start: int
    end: int
    text: str


def _cells(text: str, start: int, end: int) -> list[_Cell]:
    """The cells of the table row text[start:end], with their offsets (stripped)."""
    cells: list[_Cell] = []
    bars = [i for i in range(start, end) if text[i] == "|"]
    for a, b in pairwise(bars):
        raw = text[a + 1 : b]
        lead = len(raw) - len(raw.lstrip())
        cells.append(_Cell(a + 1 + lead, a + 1 + lead + len(raw.strip()), raw.strip()))
    return cells


def table_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every Markdown table of ``text``."""
    return [(m.start(), m.end()) for m in _TABLE.finditer(text)]


def table_counts(
    text: str, span: tuple[int, int], lexicon: Lexicon, ctx: _TimeContext, index: int
) -> list[_Draft]:
    """The counts of the table at ``span`` of ``text`` (see the module), as drafts of
    sentence ``index``; its caption is the line just before it."""
    start, end = span
    above = text.rfind("\n", 0, max(0, start - 1))
    caption = text[above + 1 : max(0, start - 1)] if start else ""
    lines: list[tuple[int, int]] = []
    at = start
    for line in text[start:end].split("\n"):
        if line.strip():
            lines.append((at, at + len(line)))
        at += len(line) + 1
    if len(lines) < 3 or not _RULE_ROW.fullmatch(text, *lines[1]):
        return []
    header = _cells(text, *lines[0])
    rows = [_cells(text, *line) for line in lines[2:]]
    if len(header) < 2 or any(len(r) != len(header) for r in rows):
        return []
    head = list_head(caption.rstrip(" :") + ":") or list_head(header[0].text + ":")
    if head is None:
        return []
    kind, unit = head

    def period(cell: _Cell) -> tuple[dt.date, dt.date] | None:
        times = _find_times(cell.text, ctx, fold(cell.text))
        if len(times) != 1 or times[0].first is None or times[0].last is None:
            return None
        return times[0].first, times[0].last

    def offences(cell: _Cell) -> tuple[str, ...]:
        found = tuple(dict.fromkeys(o.slug for o in lexicon.find_offences(cell.text)))
        return found if len(found) == 1 else ()

    drafts: list[_Draft] = []
    by_column = [period(c) for c in header[1:]]
    transposed = not any(by_column)
    if transposed:
        by_offence = [offences(c) for c in header[1:]]
        named = offences(_Cell(0, len(caption), caption)) if caption else ()
        if named and not any(by_offence):
            # "Treason convictions by year" over "| Year | Convicted |"
            by_offence = [named if _COUNT_COLUMN.match(c.text) else () for c in header[1:]]
    for i, row in enumerate(rows):
        line_start, line_end = lines[i + 2]
        for j, cell in enumerate(row[1:]):
            if transposed:
                what, when = by_offence[j], period(row[0])
            else:
                what, when = offences(row[0]), by_column[j]
            if not what or when is None or not _WHOLE.fullmatch(cell.text):
                continue
            count = _int_number(cell.text)
            if count is None:
                continue
            draft = _Draft(
                kind="case_count" if kind == "case_count" else "conviction_count",
                start=line_start,
                end=line_end,
                anchor=cell.start,
                rule="case.table" if kind == "case_count" else "count.table",
                sentence_index=index,
            )
            draft.offences = what
            draft.articles = lexicon.articles_for(what)
            draft.count = count
            draft.qualifier = "exact"
            draft.unit = unit
            draft.period = when
            drafts.append(draft)
    return drafts
