"""The files of a build folder: readable by others, and every CSV described by CSVW.

The CSVW metadata are checked by the `csvw` package's validator (the CSV on the Web
implementation of the CLDF project), which reads each CSV through its metadata and
reports every cell that does not match its column's datatype.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from csvw import CSVW

from kgbuild.errors import KgbuildError
from kgbuild.pipeline import CSV_VIEWS
from kgbuild.tables import LIST_SEPARATOR, VIEWS, csvw_metadata, metadata_name
from tests.conftest import ROOT


def header(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def validated(metadata: Path) -> CSVW:
    return CSVW(str(metadata.resolve()), validate=True)


def test_every_csv_has_csvw_metadata_that_a_validator_accepts(built: Path) -> None:
    csvs = sorted(p.name for p in built.glob("*.csv"))
    assert csvs == sorted(CSV_VIEWS) == sorted(VIEWS)
    for name in csvs:
        metadata = built / metadata_name(name)
        document = json.loads(metadata.read_text(encoding="utf-8"))
        assert document["url"] == name
        columns = document["tableSchema"]["columns"]
        assert [c["name"] for c in columns] == header(built / name)
        assert all(c.get("dc:description") for c in columns)
        result = validated(metadata)
        assert result.is_valid, [str(w.message) for w in result.warnings]
        assert [str(w.message) for w in result.warnings] == []
        rows = list(result.tables[0].iterdicts(strict=True))
        with open(built / name, encoding="utf-8", newline="") as handle:
            assert len(rows) == len(list(csv.reader(handle))) - 1 > 0


def test_date_columns_state_their_precision_and_list_columns_their_separator(
    built: Path,
) -> None:
    dated = 0
    for name in CSV_VIEWS:
        document = json.loads((built / metadata_name(name)).read_text(encoding="utf-8"))
        for column in document["tableSchema"]["columns"]:
            text = column["dc:description"]
            if column["datatype"] == "date":
                assert "Precision: day" in text, column["name"]
                dated += 1
            elif "date" in column["name"]:
                assert "precision varies" in text, column["name"]
                assert "YYYY-MM-DD" in text and "YYYY-MM " in text
            if column["name"] in ("articles", "offence") and name == "statistics.csv":
                assert column["separator"] == LIST_SEPARATOR
    assert dated == 4  # period_start, period_end, in_force_from, in_force_until
    rows = list(validated(built / "statistics.csv-metadata.json").tables[0].iterdicts())
    several = [row["articles"] for row in rows if len(row["articles"]) > 1]
    assert several, "a figure covering several articles is read as a list"
    assert all(all(" " not in a for a in articles) for articles in several)


def test_the_validator_rejects_a_cell_that_breaks_its_datatype(built: Path, tmp_path: Path) -> None:
    for name in ("statistics.csv", metadata_name("statistics.csv")):
        shutil.copy(built / name, tmp_path / name)
    lines = (tmp_path / "statistics.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    cells = next(csv.reader([lines[1]]))
    cells[header(built / "statistics.csv").index("period_end")] = "31.12.2024"
    with open(tmp_path / "statistics.csv", "w", encoding="utf-8", newline="") as handle:
        handle.write(lines[0])
        csv.writer(handle, lineterminator="\n").writerow(cells)
    result = validated(tmp_path / metadata_name("statistics.csv"))
    assert not result.is_valid
    assert any("31.12.2024" in str(w.message) for w in result.warnings)


def test_metadata_refuse_a_header_they_do_not_describe() -> None:
    columns = [c.name for c in VIEWS["cases.csv"][1]]
    with pytest.raises(KgbuildError, match=r"cases\.csv: header"):
        csvw_metadata("cases.csv", [*columns[:-1], "excerpt"])


@pytest.mark.slow
def test_a_build_under_umask_022_is_readable_by_everyone(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    env = {k: v for k, v in os.environ.items() if k != "KGBUILD_OFFICIAL_STATS"}
    proc = subprocess.run(
        [sys.executable, "-m", "kgbuild", "build", "-o", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=lambda: os.umask(0o022),
    )
    assert proc.returncode == 0, proc.stderr
    modes = {
        str(path.relative_to(tmp_path)): stat.S_IMODE(path.lstat().st_mode)
        for path in [out, *out.rglob("*")]
    }
    assert any(name.startswith("dist/store/") for name in modes)
    wrong = {
        name: oct(mode)
        for name, mode in modes.items()
        if mode != (0o755 if (tmp_path / name).is_dir() else 0o644)
    }
    assert wrong == {}
