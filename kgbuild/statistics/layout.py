"""Where things are on a sheet of the Judicial Department's forms, found by their text.

Every sheet of data has the same skeleton, whatever the year: a header block whose first
row names the label column (``Статьи УК РФ``, ``Статьи Уголовного кодекса ...``), column
headers over one to three rows with merged cells, then a row of column numbers
(1, 2, 3, ...: the form's "графы"), then the data rows. Nothing here depends on a row or
column position; the positions are discovered per sheet.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import xlrd

from kgbuild.errors import InputError, Problem, fail
from kgbuild.statistics.labels import article_from_number, normalise_text

HEADER_SEARCH_ROWS = 40
"""The column-number row lies within this many rows of the top in every known layout."""

_FORM_RE = re.compile(r"(?:Форма\s*№|\bф\.)\s*(10(?:\.3(?:\.1)?|\s*-\s*[аa]))(?![\d.])")


@dataclass(frozen=True)
class Column:
    """One numbered column of a sheet."""

    col: int
    """0-based column index."""
    number: int
    """The form's own column number (графа)."""
    header: str
    """The header texts above it, outermost first, joined by ' | '."""


@dataclass(frozen=True)
class SheetLayout:
    """The discovered layout of one data sheet."""

    sheet: str
    header_top: int
    numbers_row: int
    label_col: int
    name_col: int | None
    """10-а's "Виды преступлений" column (the offence's name), if the sheet has one."""
    line_col: int | None
    """The form's own row numbers ("№ п/п", "№ стр."), if the sheet has them."""
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class DataRow:
    """A row below the header: its label and its numeric cells (blank cells left out)."""

    row: int
    label: str
    name: str | None
    line: int | None
    """The form's own number of the row, if it gives one."""
    values: tuple[tuple[int, int], ...]
    """(0-based column, value) for every numeric cell of a numbered column."""


@functools.cache
def column_letters(col: int) -> str:
    """Spreadsheet letters of a 0-based column: 0 -> 'A', 27 -> 'AB'."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    """A1 notation of a 0-based cell: (122, 4) -> 'E123'."""
    return f"{column_letters(col)}{row + 1}"


def open_workbook(path: Path) -> xlrd.book.Book:
    """Open a legacy .xls file; a file xlrd cannot read is an InputError naming it."""
    try:
        # formatting_info gives the merged header cells; it costs little on these files.
        # xlrd writes its warnings to a log file (stdout by default): keep them quiet.
        return xlrd.open_workbook(
            str(path), formatting_info=True, on_demand=True, logfile=io.StringIO()
        )
    except FileNotFoundError as exc:
        raise fail(path, None, "file not found", "restore the file from MANIFEST.tsv") from exc
    except Exception as exc:  # xlrd raises many types (XLRDError, CompDocError, struct.error, ...)
        raise fail(
            path,
            None,
            f"not a readable XLS (BIFF) workbook: {exc}",
            "the file is truncated or corrupt: fetch it again and check its sha256",
        ) from exc


def load_sheet(path: Path, book: xlrd.book.Book, index: int) -> xlrd.sheet.Sheet:
    """One sheet of an open workbook; a sheet xlrd cannot parse is an InputError."""
    try:
        return book.sheet_by_index(index)
    except Exception as exc:  # a cut or damaged file fails here with on_demand loading
        raise fail(
            path,
            None,
            f"sheet {index + 1} cannot be read: {exc}",
            "the file is truncated or corrupt: fetch it again and check its sha256",
        ) from exc


def detect_form(book: xlrd.book.Book, path: Path) -> str | None:
    """The form a workbook declares ('10.3', '10.3.1' or '10-a'), from its own text.

    The title sheet's name (``Титул ф.10.3.1``) decides; failing that, the "Форма № ..."
    cells of the first two sheets, if they agree.
    """

    def forms_in(texts: list[str]) -> set[str]:
        found = set()
        for text in texts:
            for match in _FORM_RE.finditer(normalise_text(text)):
                found.add(re.sub(r"\s*-\s*[аa]", "-a", match.group(1)))
        return found

    by_name = forms_in(book.sheet_names()[:1])
    if len(by_name) == 1:
        return by_name.pop()
    texts: list[str] = []
    for index in range(min(book.nsheets, 2)):
        sheet = load_sheet(path, book, index)
        for row in range(min(sheet.nrows, HEADER_SEARCH_ROWS)):
            texts.extend(str(v) for v in sheet.row_values(row) if isinstance(v, str) and v)
    found = forms_in(texts)
    return found.pop() if len(found) == 1 else None


def _number_row(sheet: xlrd.sheet.Sheet) -> int | None:
    for row in range(min(sheet.nrows, HEADER_SEARCH_ROWS)):
        numbers = [
            sheet.cell_value(row, col)
            for col in range(sheet.ncols)
            if sheet.cell_type(row, col) == xlrd.XL_CELL_NUMBER
        ]
        if len(numbers) >= 2 and numbers == [float(i) for i in range(1, len(numbers) + 1)]:
            return row
    return None


def discover_layout(
    path: Path, sheet: xlrd.sheet.Sheet, label_headers: tuple[str, ...]
) -> SheetLayout:
    """Find the header block, the label column and the numbered columns of a sheet."""
    numbers_row = _number_row(sheet)
    if numbers_row is None:
        raise fail(
            path,
            None,
            f"sheet {sheet.name!r}: no row of column numbers (1, 2, 3, ...) in the first "
            f"{HEADER_SEARCH_ROWS} rows",
            "check that the file is the expected form; a new layout needs the reader updated",
        )
    label_col = name_col = line_col = header_top = None
    for row in range(numbers_row - 1, -1, -1):
        for col in range(sheet.ncols):
            text = normalise_text(sheet.cell_value(row, col)).lower()
            if any(text.startswith(h.lower()) for h in label_headers):
                header_top, label_col = row, col
            elif text.startswith("виды преступлений"):
                name_col = col
            elif text.startswith("№"):
                line_col = col
        if header_top is not None:
            break
    if header_top is None or label_col is None:
        wanted = " or ".join(repr(h) for h in label_headers)
        raise fail(
            path,
            None,
            f"sheet {sheet.name!r}: no header cell {wanted} above row {numbers_row + 1}",
            "check that the file is the expected form",
        )
    anchors: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, r1, c0, c1 in sheet.merged_cells:
        if r1 > header_top and r0 < numbers_row:
            for r in range(r0, r1):
                for c in range(c0, c1):
                    anchors[(r, c)] = (r0, c0)
    columns: list[Column] = []
    for col in range(sheet.ncols):
        if sheet.cell_type(numbers_row, col) != xlrd.XL_CELL_NUMBER:
            continue
        parts: list[str] = []
        for row in range(header_top, numbers_row):
            r, c = anchors.get((row, col), (row, col))
            text = normalise_text(sheet.cell_value(r, c))
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        columns.append(Column(col, int(sheet.cell_value(numbers_row, col)), " | ".join(parts)))
    return SheetLayout(
        sheet.name, header_top, numbers_row, label_col, name_col, line_col, tuple(columns)
    )


def _label(sheet: xlrd.sheet.Sheet, row: int, col: int) -> str:
    if sheet.cell_type(row, col) == xlrd.XL_CELL_NUMBER:
        return article_from_number(float(sheet.cell_value(row, col)))
    return normalise_text(sheet.cell_value(row, col))


def iter_data_rows(
    path: Path, sheet: xlrd.sheet.Sheet, layout: SheetLayout, problems: list[Problem]
) -> Iterator[DataRow]:
    """The labelled rows below the column numbers, with their numeric cells.

    A blank cell is no observation (the form left it empty; it is not a zero). A row
    without a label and without numbers (spacing, signatures) is skipped; a number in a
    row without any label, or text where a count belongs, is a problem.
    """
    for row in range(layout.numbers_row + 1, sheet.nrows):
        label = _label(sheet, row, layout.label_col)
        name = _label(sheet, row, layout.name_col) if layout.name_col is not None else None
        types = sheet.row_types(row)
        cells = sheet.row_values(row)
        values: list[tuple[int, int]] = []
        texts: list[Problem] = []
        for column in layout.columns:
            col = column.col
            if col >= len(types):
                continue
            kind = types[col]
            if kind == xlrd.XL_CELL_NUMBER:
                value = float(cells[col])
                if value != int(value):
                    problems.append(_bad_cell(path, layout, row, col, repr(value)))
                    continue
                values.append((col, int(value)))
            elif kind == xlrd.XL_CELL_TEXT and (label or name):
                text = normalise_text(cells[col])
                if text:
                    texts.append(_bad_cell(path, layout, row, col, repr(text)))
        if not values:
            continue  # footers (dates, signatures) hold text, never counts
        problems.extend(texts)
        if not label and not name:
            ref = cell_ref(row, layout.label_col)
            problems.append(
                Problem(
                    path,
                    None,
                    f"sheet {layout.sheet!r} cell {ref}: numbers in a row without a label",
                    "check the file against the publisher's copy",
                )
            )
            continue
        line = None
        lc = layout.line_col
        if lc is not None and lc < len(types) and types[lc] == xlrd.XL_CELL_NUMBER:
            line = int(cells[lc])
        yield DataRow(row, label, name or None, line, tuple(values))


def _bad_cell(path: Path, layout: SheetLayout, row: int, col: int, value: str) -> Problem:
    return Problem(
        path,
        None,
        f"sheet {layout.sheet!r} cell {cell_ref(row, col)}: {value} where a whole count belongs",
        "check the file against the publisher's copy",
    )


def raise_problems(problems: list[Problem]) -> None:
    """Raise the problems collected in a pass, if any, all together."""
    if problems:
        raise InputError(list(problems))
