"""Output folders: kgbuild replaces only what it wrote, in one atomic step."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, copy_project, kgbuild

from kgbuild.errors import InputError
from kgbuild.outputs import MARKER, check_output_dir, read_marker, staged_directory


def _tree(folder: Path, store: bool = True) -> dict[str, bytes]:
    """Every file's bytes; `store=False` leaves out the Oxigraph database, whose files
    (RocksDB's manifests and tables) differ between two loads of the same triples."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and (store or p.relative_to(folder).parts[0] != "store")
    }


def _earlier_build(folder: Path, text: str = "old") -> None:
    with staged_directory(folder) as staging:
        (staging / "graph.ttl").write_text(text, encoding="utf-8")


def test_build_into_the_project_folder_is_refused_and_deletes_nothing(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    (project / "README.md").write_text("mine\n", encoding="utf-8")
    before = _tree(project)
    for out in (".", "seeds/.."):
        run = kgbuild("--root", project, "build", "-o", out, cwd=project)
        assert run.code == 3, run.stderr
        assert "project folder" in run.stderr
        assert "Traceback" not in run.stderr
    assert _tree(project) == before


def test_build_into_a_folder_of_someone_elses_files_is_refused(tmp_path: Path) -> None:
    mydata = tmp_path / "mydata"
    mydata.mkdir()
    (mydata / "thesis.docx").write_bytes(b"years of work")
    run = kgbuild("build", "-o", mydata)
    assert run.code == 3
    assert "mydata" in run.stderr and MARKER in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1  # one line: the problem and its fix
    assert _tree(mydata) == {"thesis.docx": b"years of work"}


def test_a_file_added_to_an_earlier_build_is_never_deleted(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    shutil.copytree(built, out)
    (out / "notes.txt").write_text("my notes\n", encoding="utf-8")
    before = _tree(out)
    run = kgbuild("build", "-o", out)
    assert run.code == 3
    assert "notes.txt" in run.stderr
    assert _tree(out) == before


def test_an_earlier_build_is_replaced_and_marked(built: Path, tmp_path: Path) -> None:
    listed = read_marker(built)
    assert listed is not None and "graph.ttl" in listed and "dataset.ttl" in listed
    assert listed == {p.name for p in built.iterdir()} - {MARKER}
    out = tmp_path / "dist"
    _earlier_build(out, "stale")
    run = kgbuild("build", "-o", out)
    assert run.code == 0, run.stderr
    assert _tree(out, store=False) == _tree(built, store=False)
    assert (out / "store" / "CURRENT").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]


@pytest.mark.parametrize("make", ["file", "file_parent"])
def test_output_under_a_file_is_an_input_error(tmp_path: Path, make: str) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    target = afile if make == "file" else afile / "sub"
    run = kgbuild("build", "-o", target)
    assert run.code in (2, 3), run.stderr  # click itself refuses an existing file (usage)
    assert "Traceback" not in run.stderr and "ERROR internal" not in run.stderr
    assert afile.read_text(encoding="utf-8") == "x"


def test_the_check_runs_before_any_work(tmp_path: Path) -> None:
    """A refused folder is reported even when the seeds are broken too: nothing was run."""
    project = copy_project(tmp_path / "p")
    (project / "seeds" / "catalogue.yaml").write_text("- file: [unclosed\n", encoding="utf-8")
    mydata = tmp_path / "mydata"
    mydata.mkdir()
    (mydata / "keep.txt").write_text("k", encoding="utf-8")
    run = kgbuild("--root", project, "build", "-o", mydata)
    assert run.code == 3
    assert "mydata" in run.stderr and "catalogue.yaml" not in run.stderr


def test_empty_and_new_folders_are_accepted(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert check_output_dir(empty) == empty.resolve()
    assert check_output_dir(tmp_path / "new" / "deeper") == (tmp_path / "new/deeper").resolve()


def test_a_marked_folder_is_accepted_only_with_what_the_marker_lists(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    _earlier_build(out)
    assert check_output_dir(out) == out.resolve()
    (out / "extra").mkdir()
    with pytest.raises(InputError, match="extra"):
        check_output_dir(out)


def test_leftovers_of_a_killed_run_are_removed_but_not_foreign_folders(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    _earlier_build(out)
    killed = tmp_path / ".dist.tmp-killed"
    _earlier_build(killed)
    foreign = tmp_path / ".dist.tmp-someone"
    foreign.mkdir()
    (foreign / "keep").write_text("k", encoding="utf-8")
    _earlier_build(out, "new")
    assert not killed.exists()
    assert (foreign / "keep").exists()
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "new"


def test_a_backup_left_between_two_renames_is_restored(tmp_path: Path) -> None:
    """The fallback swap (file systems without RENAME_EXCHANGE) recovers on the next run."""
    out = tmp_path / "dist"
    _earlier_build(out, "old")
    os.rename(out, tmp_path / ".dist.old-abc")  # killed after the first of two renames
    with pytest.raises(RuntimeError), staged_directory(out) as staging:
        (staging / "graph.ttl").write_text("half", encoding="utf-8")
        raise RuntimeError("boom")
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


_WRITER = """
import sys
from pathlib import Path
from kgbuild.outputs import staged_directory
target = Path(sys.argv[1])
generation = 0
while True:
    generation += 1
    with staged_directory(target) as staging:
        for name in ("a.txt", "b.txt", "c.txt"):
            (staging / name).write_text(str(generation) * 2000, encoding="utf-8")
"""


def test_a_kill_at_any_instant_leaves_the_old_or_the_new_outputs(tmp_path: Path) -> None:
    """SIGKILL a writer that rebuilds in a loop; the folder is always one whole build."""
    out = tmp_path / "dist"
    _earlier_build(out)
    rng = random.Random(7)
    generations = set()
    for _ in range(25):
        proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(out)], cwd=ROOT)
        time.sleep(0.25 + rng.random() * 0.25)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        files = _tree(out)
        listed = read_marker(out)
        assert listed is not None
        names = set(files) - {MARKER}
        assert names == listed, names
        if names != {"graph.ttl"}:
            contents = {files[n] for n in names}
            assert len(contents) == 1, "a mixture of two builds"
            generations.add(contents.pop()[:1])
    assert generations, "the writer never completed a build: the test proves nothing"
    _earlier_build(out, "final")
    left = {p.name: sorted(c.name for c in p.iterdir()) for p in tmp_path.iterdir()}
    assert list(left) == ["dist"], left
