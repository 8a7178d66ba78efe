"""Read the official files into rows and observations: the stage's entry point.

Each form module (form_10_3, form_10_3_1, form_10_a) says which sheets hold data, what
heads the label column, and how rows nest (their ``parent``); this module does the
rest, the same way for every form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import xlrd

from kgbuild.errors import InputError, Problem, fail
from kgbuild.statistics.breakdowns import (
    BREAKDOWN_LABEL_HEADERS,
    PointLabel,
    SheetRole,
    parse_breakdown_label,
    sheet_role,
)
from kgbuild.statistics.catalogue import Catalogue, CatalogueFile, verify_files
from kgbuild.statistics.labels import classify_label, normalise_text, parse_units
from kgbuild.statistics.layout import (
    DataRow,
    SheetLayout,
    cell_ref,
    detect_form,
    discover_layout,
    iter_data_rows,
    load_sheet,
    open_workbook,
)
from kgbuild.statistics.measures import match_measure, measure_by_code, of_column
from kgbuild.statistics.records import (
    ColumnInfo,
    FileInfo,
    Observation,
    OfficialStats,
    RowKey,
    StatRow,
)

ParentRule = Callable[[list[StatRow]], list[StatRow]]
"""Given a file's rows in sheet order (parent None), return them with parents set."""


@dataclass(frozen=True)
class FormSpec:
    form: str
    label_headers: tuple[str, ...]
    """Text the label column's header starts with."""
    is_data_sheet: Callable[[str], bool]
    assign_parents: ParentRule
    is_breakdown_sheet: Callable[[str], bool] = lambda _name: False
    """Sheets read by kgbuild.statistics.breakdowns (10-а's points and scoped subsets)."""


def _columns(
    path: Path, form: str, layout: SheetLayout, problems: list[Problem], scope: str = ""
) -> list[ColumnInfo]:
    """The numbered columns' measures; a scoped breakdown's codes get the scope's suffix."""
    known = measure_by_code(form)
    by_number: dict[int, str] = {}
    infos: list[ColumnInfo] = []
    seen: dict[str, int] = {}
    for column in layout.columns:
        code = match_measure(form, column.header)
        if code is not None and scope:
            code = f"{code}_{scope}"
        ref = cell_ref(layout.numbers_row, column.col)
        if code is None:
            problems.append(
                Problem(
                    path,
                    None,
                    f"sheet {layout.sheet!r} column {ref}: header {column.header!r} matches no "
                    f"measure of form {form}",
                    "check that the file is the expected form, or add a rule to "
                    "kgbuild/statistics/measures.py",
                )
            )
            continue
        if code in seen:
            problems.append(
                Problem(
                    path,
                    None,
                    f"sheet {layout.sheet!r} column {ref}: measure {code} already found in "
                    f"column {cell_ref(layout.numbers_row, seen[code])}",
                    "make the rules in kgbuild/statistics/measures.py tell the columns apart",
                )
            )
            continue
        seen[code] = column.col
        by_number[column.number] = code
        infos.append(ColumnInfo(layout.sheet, column.col, column.number, column.header, code, None))
    result = []
    for info in infos:
        parent = known[info.measure].parent
        number = of_column(info.header)
        if number is not None:
            parent = by_number.get(number)
        if parent is not None and parent not in seen:
            parent = None
        result.append(
            ColumnInfo(info.sheet, info.col, info.number, info.header, info.measure, parent)
        )
    return result


def read_file(path: Path, entry: CatalogueFile, spec: FormSpec, sha256: str) -> OfficialStats:
    """Read one file of a known form; InputError naming the file if it is not that form."""
    book = open_workbook(path)
    try:
        return _read_book(path, book, entry, spec, sha256)
    finally:
        book.release_resources()


def _read_book(
    path: Path, book: xlrd.book.Book, entry: CatalogueFile, spec: FormSpec, sha256: str
) -> OfficialStats:
    declared = detect_form(book, path)
    if declared != spec.form:
        raise fail(
            path,
            None,
            f"the file declares form {declared or 'unknown'}, the catalogue says {spec.form}",
            f"give the file of form {spec.form} for {entry.year} (see {entry.origin})",
        )
    problems: list[Problem] = []
    names = book.sheet_names()
    data_sheets = [n for n in names if spec.is_data_sheet(n)]
    breakdown_sheets = [n for n in names if n not in data_sheets and spec.is_breakdown_sheet(n)]
    if not data_sheets:
        raise fail(path, None, f"no data sheet among {names}", "check the file")
    rows: list[StatRow] = []
    breakdown_rows: list[StatRow] = []
    observations: list[Observation] = []
    columns: list[ColumnInfo] = []
    for name in data_sheets + breakdown_sheets:
        sheet = load_sheet(path, book, names.index(name))
        role: SheetRole | None = None
        if name in data_sheets:
            layout = discover_layout(path, sheet, spec.label_headers)
        else:
            layout = discover_layout(path, sheet, spec.label_headers + BREAKDOWN_LABEL_HEADERS)
            role = _breakdown_role(path, sheet, layout, problems)
            if role is None:
                continue
        sheet_columns = _columns(path, spec.form, layout, problems, role.scope if role else "")
        columns.extend(sheet_columns)
        measure_of = {c.col: c.measure for c in sheet_columns}
        last: tuple[PointLabel | None, str | None] = (None, None)
        for data in iter_data_rows(path, sheet, layout, problems):
            if role is None:
                rows.append(_stat_row(spec.form, entry, name, data))
            else:
                row, last = _breakdown_row(spec.form, entry, name, data, last)
                breakdown_rows.append(row)
            observations.extend(
                Observation(
                    spec.form,
                    entry.year,
                    entry.file,
                    name,
                    data.row,
                    col,
                    cell_ref(data.row, col),
                    measure_of[col],
                    value,
                )
                for col, value in data.values
                if col in measure_of
            )
        book.unload_sheet(name)
    if problems:
        raise InputError(problems)
    # Breakdown rows are no part of any sum (see kgbuild.statistics.breakdowns).
    rows = spec.assign_parents(rows) + breakdown_rows
    read = data_sheets + breakdown_sheets
    info = FileInfo(
        spec.form,
        entry.year,
        entry.file,
        sha256,
        tuple(read),
        tuple(n for n in names if n not in read),
        tuple(columns),
        len(rows),
        len(observations),
    )
    return OfficialStats(tuple(rows), tuple(observations), (info,))


def _stat_row(form: str, entry: CatalogueFile, sheet: str, data: DataRow) -> StatRow:
    label = data.label or (data.name or "")
    units = parse_units(data.label) if data.label else ()
    kind = classify_label(label, units)
    if data.name and kind != "total" and classify_label(data.name, ()) == "total":
        # 10-а: the total's own words are in its name ("ВСЕГО ПО РАЗДЕЛАМ ...").
        kind, units = "total", ()
    elif kind == "group" and data.name:
        kind = classify_label(data.name, ())
    year, file = entry.year, entry.file
    return StatRow(
        form, year, file, sheet, data.row, label, kind, units, None, data.name, data.line
    )


def _breakdown_role(
    path: Path, sheet: xlrd.sheet.Sheet, layout: SheetLayout, problems: list[Problem]
) -> SheetRole | None:
    """The role of a breakdown sheet, from the title above its header."""
    title = " ".join(
        normalise_text(value)
        for row in range(layout.header_top)
        for value in sheet.row_values(row)
        if isinstance(value, str) and value.strip()
    )
    role = sheet_role(title)
    if role is None:
        problems.append(
            Problem(
                path,
                None,
                f"sheet {sheet.name!r}: its title names no breakdown the reader knows "
                f"({title[:120]!r})",
                "check that the file is the expected form, or teach "
                "kgbuild/statistics/breakdowns.py the new sheet",
            )
        )
    return role


def _breakdown_row(
    form: str,
    entry: CatalogueFile,
    sheet: str,
    data: DataRow,
    last: tuple[PointLabel | None, str | None],
) -> tuple[StatRow, tuple[PointLabel | None, str | None]]:
    """A row of a breakdown sheet, and the point and offence name the next row continues.

    The offence's name is written once for all the points of a part (a merged cell).
    """
    last_point, last_name = last
    parsed = parse_breakdown_label(data.label, last_point) if data.label else ()
    if isinstance(parsed, PointLabel):
        name = data.name or (last_name if last_point is not None else None)
        row = StatRow(
            form,
            entry.year,
            entry.file,
            sheet,
            data.row,
            data.label,
            "point",
            ((parsed.article, parsed.part),),
            None,
            name,
            data.line,
            parsed.point,
        )
        return row, (parsed, name)
    label = data.label or (data.name or "")
    kind = classify_label(label, parsed) if parsed else "group"
    row = StatRow(
        form,
        entry.year,
        entry.file,
        sheet,
        data.row,
        label,
        kind,
        parsed,
        None,
        data.name,
        data.line,
    )
    return row, (None, None)


def specs() -> dict[str, FormSpec]:
    from kgbuild.statistics import form_10_3, form_10_3_1, form_10_a

    return {s.form: s for s in (form_10_3.SPEC, form_10_3_1.SPEC, form_10_a.SPEC)}


def read_official_stats(folder: Path, catalogue: Catalogue) -> OfficialStats:
    """Verify every catalogued file's sha256, then read them all (in catalogue order)."""
    digests = verify_files(folder, catalogue)
    by_form = specs()
    rows: list[StatRow] = []
    observations: list[Observation] = []
    files: list[FileInfo] = []
    problems: list[Problem] = []
    for entry in catalogue.files:
        path = folder / entry.file
        try:
            part = read_file(path, entry, by_form[entry.form], digests[entry.file])
        except InputError as error:
            problems.extend(error.problems)
            continue
        rows.extend(part.rows)
        observations.extend(part.observations)
        files.extend(part.files)
    if problems:
        raise InputError(problems)
    index: dict[RowKey, StatRow] = {row.key: row for row in rows}
    return OfficialStats(tuple(rows), tuple(observations), tuple(files), index)
