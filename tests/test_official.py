"""The official statistics in the built graph: every figure traceable to its cell.

These tests build the whole graph once with ../shared/official-stats (or the folder in
KGBUILD_OFFICIAL_STATS) and query it as a user would, through the CLI and its store.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import xlrd
from conftest import ROOT, copy_project, kgbuild, official_stats_folder

from kgbuild.outputs import staged_directory
from kgbuild.queries import bind_parameters, inject_values
from kgbuild.queries import load_catalogue as load_queries
from kgbuild.statistics.catalogue import load_catalogue
from kgbuild.statistics.layout import cell_ref

pytestmark = pytest.mark.slow


def _query(built: Path, name: str, *params: str) -> list[dict[str, str]]:
    args: list[str] = []
    for param in params:
        args += ["-p", param]
    run = kgbuild("query", name, *args, "-g", built, "-f", "csv")
    assert run.code == 0, run.stderr
    return list(csv.DictReader(io.StringIO(run.stdout)))


def _cell_value(file: str, sheet: str, cell: str) -> object:
    book = xlrd.open_workbook(str(official_stats_folder() / file), on_demand=True)
    grid = book.sheet_by_name(sheet)
    for row in range(grid.nrows):
        for col in range(grid.ncols):
            if cell_ref(row, col) == cell:
                return grid.cell_value(row, col)
    raise AssertionError(f"no cell {cell} on {file}!{sheet}")


def test_treason_2024_form_10_3_is_145_with_its_cell(built_full: Path) -> None:
    rows = _query(built_full, "official-statistics", "article=275", "year=2024")
    convicted = [r for r in rows if r["form"] == "10.3" and r["measure"] == "convicted"]
    assert len(convicted) == 1, rows
    row = convicted[0]
    assert (row["value"], row["part"], row["row_label"]) == ("145", "", "275")
    assert row["file"] == "10.3/K7-svod_vse_sudy-2024.xls"
    assert _cell_value(row["file"], row["sheet"], row["cell"]) == 145


def test_every_required_measure_code_is_answered(built_full: Path) -> None:
    rows = _query(built_full, "official-statistics", "article=275", "year=2024")
    codes = {(r["form"], r["measure"]) for r in rows}
    for code in ("convicted", "life_imprisonment", "imprisonment", "suspended_imprisonment"):
        assert ("10.3", code) in codes
    for code in ("fine", "acquitted", "unfinished_offence"):
        assert ("10.3", code) in codes
    assert {("10-a", "convicted_main"), ("10-a", "convicted_additional")} <= codes


def test_a_random_sample_of_figures_matches_the_cells_they_cite(built_full: Path) -> None:
    """200 figures of the state-security chapter, each read back from its file and cell."""
    rows = []
    for article in ("275", "276", "283", "280.3", "205.2", "207.3"):
        rows += _query(built_full, "official-statistics", f"article={article}")
    assert len(rows) > 1000
    sample = random.Random(2024).sample(rows, 200)
    for row in sample:
        assert _cell_value(row["file"], row["sheet"], row["cell"]) == float(row["value"]), row


def test_every_catalogued_file_gives_a_dataset_with_observations(built_full: Path) -> None:
    catalogue = load_catalogue(ROOT / "seeds" / "official-stats.yaml")
    rows = _query(built_full, "official-datasets")
    found = {(r["form"], r["year"]): int(r["observations"]) for r in rows}
    for entry in catalogue.files:
        assert found.get((entry.form, str(entry.year)), 0) > 1000, entry.file


def test_the_treason_series_2009_2024(built_full: Path) -> None:
    rows = _query(built_full, "official-series", "article=275")
    series = {int(r["year"]): int(r["value"]) for r in rows if r["form"] == "10.3"}
    assert sorted(series) == list(range(2009, 2025))
    assert series[2024] == 145
    assert all(r["basis"] == "article" for r in rows)


def test_parts_make_up_an_article_without_its_own_row(built_full: Path) -> None:
    """Where a form prints only parts, the series sums them, and says which rows it used."""
    rows = _query(built_full, "official-series", "article=283")
    assert rows
    by_part = [r for r in rows if r["basis"] == "part"]
    for row in by_part:
        assert "ч" in row["rows"], row


def test_news_figures_against_the_official_ones(built_full: Path) -> None:
    rows = _query(built_full, "news-vs-official")
    istories = [
        r
        for r in rows
        if r["article"] == "275" and r["count"] == "145" and "IStories" in r["reported_by"]
    ]
    assert istories and all(r["official_10_3"] == "145" for r in istories), rows
    assert all(r["agrees"] == "true" for r in istories)
    rtvi = [
        r
        for r in rows
        if r["article"] == "276"
        and r["count"] == "28"
        and r["qualifier"] == "at_least"
        and "RTVI" in r["reported_by"]
    ]
    assert rtvi, rows
    assert rtvi[0]["official_10_3"] == "23" and rtvi[0]["agrees"] == "false"
    part_year = [r for r in rows if r["period_end"].endswith("-06-30")]
    assert part_year and all(r["agrees"] == "" for r in part_year)
    assert all("part-year" in r["why_may_differ"] for r in part_year)


def test_conflicts_list_a_news_figure_the_official_data_contradicts(built_full: Path) -> None:
    rows = _query(built_full, "conflicts")
    official = [r for r in rows if "Judicial Department" in r["reported_by_b"]]
    assert any(
        r["offence"] == "espionage" and r["count_a"] == "28" and r["count_b"] == "23"
        for r in official
    ), rows


def test_the_sums_hold_in_every_form_and_year(built_full: Path) -> None:
    run = kgbuild("query", "official-row-sums", "-g", built_full, "-f", "csv")
    assert run.code == 0, run.stderr
    assert run.stdout.strip().splitlines()[1:] == [], run.stdout[:2000]


def test_every_article_named_by_the_forms_is_a_unit_of_the_code(built_full: Path) -> None:
    rows = _query(built_full, "official-units-without-title")
    assert rows == [], rows[:20]


FULL_GOLDEN = {
    "news-vs-official": [],
    "official-series": ["article=275"],
    "official-statistics": ["article=276", "year=2024"],
}


@pytest.mark.parametrize("name", sorted(FULL_GOLDEN))
def test_official_query_matches_its_expected_table(
    built_full: Path, name: str, update_golden: bool
) -> None:
    args: list[str] = []
    for param in FULL_GOLDEN[name]:
        args += ["-p", param]
    run = kgbuild("query", name, *args, "-g", built_full, "-f", "csv")
    assert run.code == 0, run.stderr
    golden = ROOT / "tests" / "golden" / "queries" / f"full-{name}.csv"
    if update_golden:
        golden.write_text(run.stdout, encoding="utf-8")
    assert golden.exists(), f"no expected table: run pytest --update-golden and review {golden}"
    assert run.stdout == golden.read_text(encoding="utf-8"), (
        f"{name} differs from {golden.name} (pytest --update-golden rewrites it)"
    )


def test_imposed_terms_against_the_statutory_range(built_full: Path) -> None:
    rows = _query(built_full, "imposed-vs-prescribed", "article=275")
    assert {r["year"] for r in rows} >= {"2022", "2023", "2024"}
    cells = {
        (r["year"], r["cell"]): r["value"]
        for r in _query(built_full, "official-statistics", "article=275")
        if r["form"] == "10.3.1"
    }
    for row in rows:
        assert cells[(row["year"], row["cell"])] == row["persons"], row
        low, high = int(row["band_min"]), int(row["band_max"])
        minimum = int(row["statutory_min"]) if row["statutory_min"] else None
        maximum = int(row["statutory_max"]) if row["statutory_max"] else None
        if minimum is not None and high <= minimum:
            assert row["position"] == "below_minimum", row
        elif maximum is not None and low >= maximum:
            assert row["position"] == "above_maximum", row
        elif (minimum is None or low >= minimum) and (maximum is None or high <= maximum):
            assert row["position"] == "within", row
        else:
            assert row["position"] == "straddles_a_bound", row
    in_2024 = [r for r in rows if r["year"] == "2024" and r["in_force_from"] <= "2024-01-01"]
    assert {r["statutory_min"] for r in in_2024} == {"12"}, in_2024


def test_two_full_builds_are_byte_identical(built_full: Path, tmp_path: Path) -> None:
    """Every file but the Oxigraph database (RocksDB writes ids and manifests anew)."""
    out = tmp_path / "again"
    run = kgbuild(
        "build",
        "-o",
        out,
        "--official-stats",
        official_stats_folder(),
        env={"PYTHONHASHSEED": "4242"},
    )
    assert run.code == 0, run.stderr
    names = sorted(p.name for p in built_full.iterdir() if p.is_file())
    assert "graph.nt" in names and "graph.ttl" in names
    assert names == sorted(p.name for p in out.iterdir() if p.is_file())
    for name in names:
        with open(built_full / name, "rb") as a, open(out / name, "rb") as b:
            while True:
                chunk_a, chunk_b = a.read(1 << 20), b.read(1 << 20)
                assert chunk_a == chunk_b, name
                if not chunk_a:
                    break


TARGET = "10.3/K7-svod_vse_sudy-2024.xls"


def _broken_copy(tmp_path: Path, how: str) -> tuple[Path, Path]:
    """A copy of the official folder (and of the project, for `other_form`) with one fault."""
    folder = tmp_path / "official"
    shutil.copytree(official_stats_folder(), folder)
    project = copy_project(tmp_path / "project")
    target = folder / TARGET
    target.chmod(0o644)
    data = target.read_bytes()
    if how == "tampered":
        target.write_bytes(data[:5000] + bytes([data[5000] ^ 0xFF]) + data[5001:])
    elif how == "truncated":
        target.write_bytes(data[: len(data) // 2])
    else:  # another form's file, its checksum put in the catalogue: only its content tells
        other = (folder / "10-a/k3-svod_vse_sudy-2024.xls").read_bytes()
        target.write_bytes(other)
        catalogue = project / "seeds" / "official-stats.yaml"
        text = catalogue.read_text(encoding="utf-8")
        old = hashlib.sha256(data).hexdigest()
        catalogue.write_text(text.replace(old, hashlib.sha256(other).hexdigest()), encoding="utf-8")
    return folder, project


@pytest.mark.parametrize("how", ["tampered", "truncated", "other_form"])
def test_a_bad_official_file_is_an_input_error_and_writes_nothing(tmp_path: Path, how: str) -> None:
    folder, project = _broken_copy(tmp_path, how)
    out = tmp_path / "dist"
    with staged_directory(out) as staging:
        (staging / "graph.ttl").write_text("earlier\n", encoding="utf-8")
    run = kgbuild("--root", project, "build", "-o", out, "--official-stats", folder)
    assert run.code == 3, run.stderr
    assert "K7-svod_vse_sudy-2024.xls" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "earlier\n"
    assert sorted(p.name for p in out.iterdir()) == [".kgbuild-output", "graph.ttl"]


def test_without_the_folder_the_build_says_what_is_missing(tmp_path: Path) -> None:
    run = kgbuild("build", "-o", tmp_path / "dist")
    assert run.code == 0, run.stderr
    notes = [line for line in run.stderr.splitlines() if line.startswith("NOTE")]
    assert len(notes) == 1 and "official statistics not read" in notes[0], run.stderr
    assert "KGBUILD_OFFICIAL_STATS" in notes[0]


@pytest.mark.parametrize("how", ["option", "environment", "file"])
def test_a_named_folder_that_is_not_there_is_an_input_error(tmp_path: Path, how: str) -> None:
    """A mistyped --official-stats (or KGBUILD_OFFICIAL_STATS) must not quietly give a build
    without the statistics: one line naming it and the fix, exit 3, nothing written."""
    wrong = tmp_path / "nowhere"
    if how == "file":
        wrong.write_text("not a folder\n", encoding="utf-8")
    out = tmp_path / "dist"
    args = ["build", "-o", out] + (["--official-stats", wrong] if how != "environment" else [])
    env = {"KGBUILD_OFFICIAL_STATS": str(wrong)} if how == "environment" else None
    run = kgbuild(*args, env=env)
    assert run.code == 3, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and str(wrong) in errors[0], run.stderr
    assert ("a file, not a folder" if how == "file" else "does not exist") in errors[0]
    assert "--official-stats (or KGBUILD_OFFICIAL_STATS)" in errors[0]
    assert not out.exists()


def test_reported_penalties_stand_next_to_the_terms_imposed(built_full: Path) -> None:
    rows = _query(built_full, "claims-vs-statute")
    espionage = [r for r in rows if r["article"] == "276"]
    assert espionage and espionage[0]["imposed_year"] == "2021"
    bands = {
        int(r["band_max"])
        for r in _query(built_full, "imposed-vs-prescribed", "article=276")
        if r["year"] == "2021"
    }
    assert espionage[0]["imposed_max_band"] == str(max(bands)), (espionage, bands)


def _order_keys(text: str) -> list[str]:
    match = re.search(r"\bORDER BY\b(.*?)(?:\bLIMIT\b|\bOFFSET\b|\Z)", text, re.S)
    return re.findall(r"\?(\w+)", match.group(1)) if match else []


@pytest.mark.parametrize(
    "name", sorted(n for n, q in load_queries(ROOT / "queries").items() if q.kind != "check")
)
def test_rows_that_tie_on_the_order_keys_are_the_same_row(built_full: Path, name: str) -> None:
    """Oxigraph's row order differs from one build of the same inputs to the next, so a
    named query must order its rows totally: two rows equal on every ORDER BY variable must
    be equal in every column, or the output is not byte-identical from build to build."""
    query = load_queries(ROOT / "queries")[name]
    keys = _order_keys(query.text)
    assert keys or query.kind == "construct", f"{name}: a named query needs an ORDER BY"
    select = re.search(r"^SELECT\s+(?:DISTINCT\s+)?(.*?)\bWHERE\b", query.text, re.S | re.M)
    assert select is not None
    projected = [
        m.group(1) or m.group(2)
        for m in re.finditer(r"\(.*?\bAS\s+\?(\w+)\)|\?(\w+)", select.group(1), re.S)
    ]
    # Without aggregates, SELECT * also binds the order keys that are not projected.
    text = query.text
    if "GROUP BY" not in text:
        text = text[: select.start()] + "SELECT * WHERE" + text[select.end() :]
    values = {p.name: ORDER_CHECK_PARAMS.get(p.name, p.default or "275") for p in query.parameters}
    if name == "evidence":
        values["claim"] = _query(built_full, "convictions")[0]["claim"]
    store = ox.Store.read_only(str(built_full / "store"))
    solutions = store.query(inject_values(text, bind_parameters(query, values)))
    assert isinstance(solutions, ox.QuerySolutions)
    bound = {v.value for v in solutions.variables}
    assert set(keys) <= bound, f"{name}: ORDER BY names {set(keys) - bound}, not in the query"
    first: dict[tuple[str | None, ...], tuple[str | None, ...]] = {}
    rows = 0
    for solution in solutions:
        rows += 1
        key = tuple(None if solution[k] is None else str(solution[k]) for k in keys)
        row = tuple(
            None if p not in bound or solution[p] is None else str(solution[p]) for p in projected
        )
        assert first.setdefault(key, row) == row, (
            f"{name}: rows {first[key]} and {row} tie on ORDER BY {keys}; "
            "add the columns that tell them apart"
        )
    assert rows > 0 or name in EMPTY_ON_THE_SHIPPED_DATA, f"{name}: no rows to check"


ORDER_CHECK_PARAMS = {"date": "2024-01-01", "year": "2024", "article": "275"}
# Findings queries that answer nothing on the shipped data: their findings are fixed.
EMPTY_ON_THE_SHIPPED_DATA = {"official-row-sums", "official-units-without-title"}
