"""Shared fixtures: one real build of the shipped project per test session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The official statistics are read only by the tests that ask for them (`built_full`):
# taken out of the environment here, so that no in-process or subprocess build of the
# seed-only tests reads a million cells because CI exported the variable.
_OFFICIAL_STATS = os.environ.pop("KGBUILD_OFFICIAL_STATS", None)
PROJECT_PARTS = ("seeds", "ontology", "shapes", "queries")


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def kgbuild(*args: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> Run:
    """Run the real `kgbuild` command in a subprocess, as a user would.

    KGBUILD_OFFICIAL_STATS is not passed on: a test that wants the official statistics
    says so (the `built_full` fixture), so the seed-only builds stay small and fast.
    """
    full_env = {k: v for k, v in os.environ.items() if k != "KGBUILD_OFFICIAL_STATS"}
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "kgbuild", *map(str, args)],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def copy_project(target: Path) -> Path:
    """A scratch copy of the project's inputs that a test may break."""
    for part in PROJECT_PARTS:
        shutil.copytree(ROOT / part, target / part)
    return target


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped project built once into a temporary folder."""
    out = tmp_path_factory.mktemp("dist")
    run = kgbuild("build", "-o", out)
    assert run.code == 0, run.stderr
    return out


def official_stats_folder() -> Path:
    """The Judicial Department's files: KGBUILD_OFFICIAL_STATS, else ../shared/official-stats."""
    folder = Path(_OFFICIAL_STATS or ROOT.parent / "shared" / "official-stats")
    assert (folder / "MANIFEST.tsv").is_file(), (
        f"no official statistics in {folder}: set KGBUILD_OFFICIAL_STATS to the folder of "
        "the Judicial Department's files (../shared/official-stats in a checkout)"
    )
    return folder


@pytest.fixture(scope="session")
def built_full(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped project built once with the official statistics (millions of triples)."""
    out = tmp_path_factory.mktemp("dist-full")
    run = kgbuild("build", "-o", out, "--official-stats", official_stats_folder())
    assert run.code == 0, run.stderr
    return out


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/ from the current outputs (review the diff).",
    )


@pytest.fixture()
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
