"""The installed tool works outside a checkout: the wheel carries ontology/, shapes/, queries/.

The wheel is built from this checkout and installed into a fresh virtualenv. The virtualenv
sees the machine's site-packages for kgbuild's dependencies (so the test needs no network),
but kgbuild itself must come from the wheel: the test checks where it is imported from.
Every command then runs in a folder outside the checkout.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_readme import EXAMPLES

pytestmark = pytest.mark.slow


def _run(cmd: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the virtualenv's kgbuild command, an empty working folder outside the checkout)."""
    base = tmp_path_factory.mktemp("install")
    wheels = base / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("kgbuild-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for folder, suffix in (("ontology", ".ttl"), ("shapes", ".ttl"), ("queries", ".rq")):
        shipped = {n.rsplit("/", 1)[1] for n in names if n.startswith(f"kgbuild/_data/{folder}/")}
        expected = {p.name for p in (ROOT / folder).iterdir() if p.suffix == suffix}
        assert expected and expected <= shipped, f"{folder}/ missing from the wheel"

    env_dir = base / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=True)
    py = env_dir / "bin" / "python"
    inst = _run([py, "-m", "pip", "install", "-q", "--no-deps", wheel], cwd=base)
    assert inst.returncode == 0, inst.stderr
    work = base / "elsewhere"
    work.mkdir()
    where = _run([py, "-c", "import kgbuild; print(kgbuild.__file__)"], cwd=work)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(env_dir), where.stdout
    return env_dir / "bin" / "kgbuild", work


def test_query_list_outside_checkout(installed: tuple[Path, Path]) -> None:
    exe, work = installed
    run = _run([exe, "query", "--list"], cwd=work)
    assert run.returncode == 0, run.stderr
    listed = {line.split()[0] for line in run.stdout.splitlines() if line[:1].isalnum()}
    assert {p.stem for p in (ROOT / "queries").glob("*.rq")} == listed


def test_named_query_on_a_graph_file(installed: tuple[Path, Path], built: Path) -> None:
    exe, work = installed
    query = ["query", "penalties-in-force", "-p", "date=2024-06-01", "-f", "csv"]
    run = _run([exe, *query, "-g", built / "graph.ttl"], cwd=work)
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert any(r["article"] == "275" for r in rows), run.stdout[:500]


def test_validate_a_build_outside_checkout(installed: tuple[Path, Path], built: Path) -> None:
    exe, work = installed
    run = _run([exe, "validate", built], cwd=work)
    assert run.returncode == 0, run.stderr
    summary = r"conforms: 0 violations, \d+ warnings, \d+ infos \([1-9]\d* shapes"
    assert re.search(summary, run.stdout), run.stdout


def test_extract_outside_checkout(installed: tuple[Path, Path]) -> None:
    exe, work = installed
    doc = work / "report.txt"
    doc.write_text(
        "A court in Moscow found 12 people guilty of espionage in 2021, the agency said.\n",
        encoding="utf-8",
    )
    run = _run([exe, "extract", doc, "-f", "json"], cwd=work)
    assert run.returncode == 0, run.stderr
    claims = json.loads(run.stdout)
    assert [(c["kind"], c["offence"], c["count"]) for c in claims] == [
        ("conviction_count", "espionage", 12)
    ]


def test_build_with_root_from_outside(installed: tuple[Path, Path], tmp_path: Path) -> None:
    """--root names the project whose seeds are built; the output goes where -o says."""
    exe, work = installed
    out = tmp_path / "out"
    run = _run([exe, "--root", ROOT, "build", "-o", out], cwd=work)
    assert run.returncode == 0, run.stderr
    assert (out / "graph.ttl").is_file() and (out / "store").is_dir()
    assert not (work / "dist").exists()


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_examples_from_the_installed_wheel(
    installed: tuple[Path, Path], built_full: Path, command: str, shown: str
) -> None:
    """Every README example question, run by the installed tool outside the checkout."""
    exe, work = installed
    assert command.startswith("kgbuild query ")
    line = command.replace("kgbuild query ", f"{shlex.quote(str(exe))} query -g {built_full} ", 1)
    run = _run(["/bin/sh", "-c", line], cwd=work)
    assert run.stdout.strip().splitlines() == shown.strip().splitlines(), run.stderr


def test_every_third_party_import_of_the_package_is_a_declared_dependency() -> None:
    """The wheel's virtualenv above borrows the machine's packages; this catches the import
    of a library that pyproject.toml does not declare (pydantic was one)."""
    import ast
    import importlib.metadata
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = project["dependencies"] + project["optional-dependencies"]["docs"]  # kgbuild.owl.docs
    declared = {re.split(r"[<>=!~\[ ;]", s, maxsplit=1)[0].lower().replace("_", "-") for s in specs}
    declared.add("pydantic-core")  # pydantic pins the pydantic-core it is built on
    distributions = importlib.metadata.packages_distributions()
    missing = set()
    for path in (ROOT / "kgbuild").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top == "kgbuild" or top in sys.stdlib_module_names:
                    continue
                dists = {d.lower().replace("_", "-") for d in distributions.get(top, [top])}
                if not dists & declared:
                    missing.add(f"{path.relative_to(ROOT)}: {top} ({', '.join(sorted(dists))})")
    assert not missing, sorted(missing)
