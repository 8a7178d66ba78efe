"""Sum checks over the records: rows add up to their parent rows, sub-columns to theirs.

Findings are results, not exceptions: each names the file, sheet, cell, measure, the
published figure and the sum. Known exceptions (seeds/official-stats.yaml) are marked.

What the 46 files bear out (the parent links say exactly this):
- 10.3 and 10.3.1: every row below the grand total is a leaf of it (articles, parts,
  combined rows, and the one-row groups "Воинские преступления", "Декриминализация");
  the total is their sum in every 10.3 file but 2014 and 2018, where the publisher's
  total is off by a few persons; 10.3.1's total is off by a few in 11 of 14 years.
- 10-а: rows add up to their chapter, chapters to their section, for every measure
  counted once per person or per offence; the grand total exceeds its sections by the
  military offences (Chapter 33), which have no row except in 2020. Persons with an
  additional charge are not additive (Measure.additive) and are not checked.
- Columns: term bands add up to "Лишение свободы: всего" (10.3 of 2009-2010, 10.3.1),
  fine bands to their totals (10.3.1 from 2018); an "из графы N" column is at most N.
- Points (10-а from 2017): a point row counts persons under one point of a part, so
  its figure is at most the part's own row on the chapter sheets, measure by measure
  (points do not add up to the part: a person counts under every point charged).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from kgbuild.statistics.catalogue import KnownException
from kgbuild.statistics.measures import measure_by_code
from kgbuild.statistics.records import ColumnInfo, Observation, OfficialStats, RowKey


@dataclass(frozen=True)
class SumFinding:
    check: str
    """'rows' (children rows vs parent row), 'columns' (sub-columns vs parent column) or
    'points' (a point row, ``published``, vs its part's row, ``summed``)."""
    form: str
    year: int
    file: str
    sheet: str
    cell: str
    measure: str
    published: int
    summed: int
    known: bool = False

    def __str__(self) -> str:
        if self.check == "points":
            note = " (known publisher exception)" if self.known else ""
            return (
                f"{self.file} sheet {self.sheet!r} cell {self.cell} ({self.measure}): the "
                f"point row gives {self.published}, more than its part's row, {self.summed}"
                f"{note}"
            )
        what = "rows below add up to" if self.check == "rows" else "sub-columns add up to"
        note = " (known publisher exception)" if self.known else ""
        return (
            f"{self.file} sheet {self.sheet!r} cell {self.cell} ({self.measure}): published "
            f"{self.published}, its {what} {self.summed}{note}"
        )


def check_row_sums(stats: OfficialStats) -> list[SumFinding]:
    """Per measure, the children of every row that has children must add up to it.

    Measures that are not additive over rows (Measure.additive) are not checked.
    """
    additive = {
        (form, m.code)
        for form in ("10.3", "10.3.1", "10-a")
        for m in measure_by_code(form).values()
        if m.additive
    }
    rows = {row.key: row for row in stats.rows}
    children = {row.parent for row in stats.rows if row.parent is not None}
    value: dict[tuple[RowKey, str], Observation] = {}
    sums: dict[tuple[RowKey, str], int] = defaultdict(int)
    for obs in stats.observations:
        key = obs.row_key
        if key in children:
            value[(key, obs.measure)] = obs
        parent = rows[key].parent
        if parent is not None:
            sums[(parent, obs.measure)] += obs.value
    findings = []
    for (key, measure), obs in sorted(value.items()):
        if (key[0], measure) not in additive:
            continue
        published, cell = obs.value, obs.cell
        summed = sums.get((key, measure), 0)
        if summed != published:
            row = rows[key]
            findings.append(
                SumFinding(
                    "rows",
                    row.form,
                    row.year,
                    row.file,
                    row.sheet,
                    cell,
                    measure,
                    published,
                    summed,
                )
            )
    return findings


def check_column_sums(stats: OfficialStats) -> list[SumFinding]:
    """Where the scheme makes columns a breakdown of a column, they must add up to it.

    "из графы N" columns ("of which") are checked as at most their parent.
    """
    parents: dict[tuple[str, int, str], dict[str, ColumnInfo]] = {}
    for info in stats.files:
        for column in info.columns:
            parents.setdefault((info.form, info.year, column.sheet), {})[column.measure] = column
    involved = {
        (form, year, sheet, member)
        for (form, year, sheet), columns in parents.items()
        for code, column in columns.items()
        if column.parent is not None
        for member in (code, column.parent)
    }
    cells: dict[tuple[RowKey, str], tuple[int, str]] = {
        (obs.row_key, obs.measure): (obs.value, obs.cell)
        for obs in stats.observations
        if (obs.form, obs.year, obs.sheet, obs.measure) in involved
    }
    files = {(f.form, f.year): f.file for f in stats.files}
    findings = []
    for row in stats.rows:
        columns = parents.get((row.form, row.year, row.sheet), {})
        scheme = measure_by_code(row.form)
        groups: dict[str, list[str]] = defaultdict(list)
        for code, column in columns.items():
            if column.parent is not None:
                groups[column.parent].append(code)
        for parent, codes in groups.items():
            if (row.key, parent) not in cells:
                continue
            published, cell = cells[(row.key, parent)]
            summed = sum(cells.get((row.key, c), (0, ""))[0] for c in codes)
            partition = all(scheme[c].parent == parent for c in codes)
            bad = summed != published if partition else summed > published
            if bad:
                findings.append(
                    SumFinding(
                        "columns",
                        row.form,
                        row.year,
                        files[(row.form, row.year)],
                        row.sheet,
                        cell,
                        parent,
                        published,
                        summed,
                    )
                )
    return findings


def check_point_rows(stats: OfficialStats) -> list[SumFinding]:
    """Every point row's figure is at most that of its part's row, measure by measure.

    The part's row is the one row of kind 'part' in the form's sums (it has a parent)
    that counts that part alone in the same file; a point whose part has no such row
    (the part is in a combined row, or has two rows) is not checked.
    """
    parts: dict[tuple[str, int, tuple[str, str | None]], list[RowKey]] = defaultdict(list)
    for row in stats.rows:
        if row.kind == "part" and row.parent is not None and len(row.units) == 1:
            parts[(row.form, row.year, row.units[0])].append(row.key)
    part_of: dict[RowKey, RowKey] = {}
    for row in stats.rows:
        if row.kind == "point":
            found = parts.get((row.form, row.year, row.units[0]), [])
            if len(found) == 1:
                part_of[row.key] = found[0]
    wanted = set(part_of) | set(part_of.values())
    value: dict[tuple[RowKey, str], Observation] = {
        (obs.row_key, obs.measure): obs for obs in stats.observations if obs.row_key in wanted
    }
    findings = []
    for (key, measure), obs in sorted(value.items()):
        part = part_of.get(key)
        whole = value.get((part, measure)) if part is not None else None
        if whole is not None and obs.value > whole.value:
            findings.append(
                SumFinding(
                    "points",
                    obs.form,
                    obs.year,
                    obs.file,
                    obs.sheet,
                    obs.cell,
                    measure,
                    obs.value,
                    whole.value,
                )
            )
    return findings


def check_sums(stats: OfficialStats, known: tuple[KnownException, ...] = ()) -> list[SumFinding]:
    """Every sum finding, those listed as known publisher exceptions marked as such."""
    result = []
    for finding in check_row_sums(stats) + check_column_sums(stats) + check_point_rows(stats):
        if any(_is_known(finding, k) for k in known):
            finding = replace(finding, known=True)
        result.append(finding)
    return result


def _is_known(finding: SumFinding, known: KnownException) -> bool:
    """A known exception names form, year, check and sheet; its cell is a regular
    expression (``[A-Z]+8``: every cell of row 8) and its measure may be ``*`` (any)."""
    return (
        (finding.form, finding.year, finding.check, finding.sheet)
        == (known.form, known.year, known.check, known.sheet)
        and re.fullmatch(known.cell, finding.cell) is not None
        and known.measure in ("*", finding.measure)
    )
