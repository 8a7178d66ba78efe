"""The records the statistics stage hands to the mapping stage. No RDF here.

A row is identified by its RowKey (form, year, sheet, row); an observation is one numeric
cell of a row, under a measure code of the form's scheme (kgbuild.statistics.measures).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kgbuild.statistics.labels import RowKind, Unit

RowKey = tuple[str, int, str, int]
"""(form, year, sheet, 0-based row): unique across all files read."""


@dataclass(frozen=True, slots=True)
class StatRow:
    """One row of a form as published."""

    form: str
    year: int
    file: str
    """Path relative to the official-stats folder, as in the catalogue."""
    sheet: str
    row: int
    """0-based row index on the sheet (the spreadsheet's row number minus one)."""
    label: str
    """The form's own label of the row (whitespace normalised): the text of the column
    "Статьи УК РФ" (10.3, 10.3.1) or "Статьи Уголовного кодекса ..." (10-а, where a
    total's label is its range of articles, "105 - 125", and its words are in ``name``).
    An article number stored as a number is written as text: 275.0 -> "275"."""
    kind: RowKind
    units: tuple[Unit, ...]
    """(article, part) pairs the row counts; empty for group and total rows."""
    parent: RowKey | None
    """The row whose count includes this row's count (its sum check), or None."""
    name: str | None = None
    """10-а only: the offence's name from the "Виды преступлений" column."""
    line: int | None = None
    """The form's own number of the row ("№ п/п", "№ стр."), where it gives one."""
    point: str | None = None
    """10-а's point rows only: the point (пункт) of the part in ``units``, "а" or "е.1"."""

    @property
    def key(self) -> RowKey:
        return (self.form, self.year, self.sheet, self.row)


@dataclass(frozen=True, slots=True)
class Observation:
    """One numeric cell: a count (or, where the measure says so, an amount in roubles)."""

    form: str
    year: int
    file: str
    sheet: str
    row: int
    col: int
    """0-based column index."""
    cell: str
    """A1 notation, e.g. 'E123'."""
    measure: str
    value: int

    @property
    def row_key(self) -> RowKey:
        return (self.form, self.year, self.sheet, self.row)


@dataclass(frozen=True, slots=True)
class ColumnInfo:
    """How one numbered column of a sheet was understood."""

    sheet: str
    col: int
    number: int
    """The form's column number (графа)."""
    header: str
    """The header text above the column, outermost first, joined by ' | '."""
    measure: str
    parent: str | None
    """Measure code of the column this one is a sub-column of, in this file."""


@dataclass(frozen=True, slots=True)
class FileInfo:
    """What was read from one file."""

    form: str
    year: int
    file: str
    sha256: str
    sheets: tuple[str, ...]
    """Sheets read, in order."""
    skipped_sheets: tuple[str, ...]
    """Sheets present but not read (the title page)."""
    columns: tuple[ColumnInfo, ...]
    rows: int
    observations: int


@dataclass(frozen=True, slots=True)
class OfficialStats:
    """Everything read from the official files."""

    rows: tuple[StatRow, ...]
    observations: tuple[Observation, ...]
    files: tuple[FileInfo, ...]
    rows_by_key: dict[RowKey, StatRow] = field(default_factory=dict, compare=False)
