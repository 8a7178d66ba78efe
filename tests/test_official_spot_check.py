"""An independent spot check of the official figures: our stand-in for a held-out key.

The cells are chosen here from the XLS files themselves, read with xlrd alone (nothing of
kgbuild.statistics): on every sheet of every file in MANIFEST.tsv, the numeric cells
below the row that numbers the columns (1, 2, 3, ...), in the numbered columns. A seeded
random sample of them (one per sheet, and three more per file) must each be in the built
store as an observation of that file, sheet and cell, with the same value.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pyoxigraph as ox
import pytest
import xlrd
from conftest import official_stats_folder

pytestmark = pytest.mark.slow

SEED = 20250901
HEADER_ROWS = 40


def _letters(col: int) -> str:
    text = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        text = chr(65 + rem) + text
    return text


def _figure_cells(grid: xlrd.sheet.Sheet) -> list[tuple[str, int]]:
    """(A1 cell, value) of every figure on a sheet; none on a sheet without column numbers."""
    for top in range(min(grid.nrows, HEADER_ROWS)):
        numbered = [
            col for col in range(grid.ncols) if grid.cell_type(top, col) == xlrd.XL_CELL_NUMBER
        ]
        values = [grid.cell_value(top, col) for col in numbered]
        if len(values) >= 2 and values == [float(i) for i in range(1, len(values) + 1)]:
            break
    else:
        return []
    cells = []
    for row in range(top + 1, grid.nrows):
        for col in numbered:
            if col < grid.row_len(row) and grid.cell_type(row, col) == xlrd.XL_CELL_NUMBER:
                cells.append((f"{_letters(col)}{row + 1}", int(grid.cell_value(row, col))))
    return cells


def _sample() -> list[tuple[str, str, str, int]]:
    """(file, sheet, cell, value), drawn reproducibly from every sheet of every file."""
    folder = official_stats_folder()
    rng = random.Random(SEED)
    chosen: list[tuple[str, str, str, int]] = []
    with open(folder / "MANIFEST.tsv", encoding="utf-8") as handle:
        files = sorted(r["file"] for r in csv.DictReader(handle, delimiter="\t"))
    for name in files:
        book = xlrd.open_workbook(str(folder / name), on_demand=True)
        pool: list[tuple[str, str, str, int]] = []
        for index in range(book.nsheets):
            grid = book.sheet_by_index(index)
            cells = [(name, grid.name, cell, value) for cell, value in _figure_cells(grid)]
            if cells:
                chosen.append(rng.choice(cells))
            pool.extend(cells)
            book.unload_sheet(index)
        chosen.extend(rng.sample(pool, 3))
    return sorted(set(chosen))


QUERY = """
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX rsl: <https://w3id.org/ru-seclaw/ontology#>
SELECT ?file ?sheet ?cell ?value WHERE {
  VALUES (?file ?sheet ?cell) { %s }
  ?observation rsl:cell ?cell ;
               rsl:statRow ?row ;
               rsl:figure ?value .
  ?row rsl:sheet ?sheet ;
       qb:dataSet/prov:wasDerivedFrom/dcterms:identifier ?file .
}
"""


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def test_a_sample_of_cells_read_with_xlrd_alone_is_in_the_store(built_full: Path) -> None:
    sample = _sample()
    files = {file for file, _, _, _ in sample}
    with open(official_stats_folder() / "MANIFEST.tsv", encoding="utf-8") as handle:
        assert files == {r["file"] for r in csv.DictReader(handle, delimiter="\t")}
    sheets = {sheet for _, sheet, _, _ in sample}
    assert {"Раздел 21", "Раздел 22", "Раздел 23", "Раздел 20"} <= sheets
    assert len(sample) >= 200
    values = " ".join(
        f"({_literal(file)} {_literal(sheet)} {_literal(cell)})" for file, sheet, cell, _ in sample
    )
    store = ox.Store.read_only(str(built_full / "store"))
    found: dict[tuple[str, str, str], list[int]] = {}
    for solution in store.query(QUERY % values):  # type: ignore[union-attr]
        key = (solution["file"].value, solution["sheet"].value, solution["cell"].value)
        found.setdefault(key, []).append(int(solution["value"].value))
    missing = [s for s in sample if (s[0], s[1], s[2]) not in found]
    assert missing == [], missing[:20]
    wrong = [(s, found[s[:3]]) for s in sample if found[s[:3]] != [s[3]]]
    assert wrong == [], wrong[:20]
