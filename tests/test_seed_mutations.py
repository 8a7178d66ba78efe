"""Property tests: random edits of valid seed files never crash the loader.

Hypothesis renames a key, swaps a value for one of another type, or deletes a key, in one
seed file of a scratch project. Loading the seeds must then either succeed (a valid edit)
or raise an InputError naming the edited file: never any other exception (exit 4).
The check runs the sources stage in-process, where every seed file is read and checked;
a whole build per example would cost 20 s.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgbuild.errors import InputError
from kgbuild.sources import load_seeds
from kgbuild.yamlio import load_yaml
from tests.conftest import ROOT

SEED_FILES = (
    "catalogue.yaml",
    "curation.yaml",
    "statutes/articles/275.yaml",
    "statutes/articles/284.1.yaml",
    "statutes/laws/2022-260-fz.yaml",
    "statutes/laws/2024-510-fz.yaml",
    "statutes/sources/laws.yaml",
)
OTHER_TYPES: tuple[Any, ...] = (["a", "b"], {"a": 1}, 7, math.nan, True, None)
"""Replacement values. No plain strings: a new string can be a valid edit elsewhere (an
id other files cite), and then the problem is rightly reported where the id is cited."""


def plain(node: Any) -> Any:
    """The loaded YAML as plain dicts and lists, for yaml.safe_dump."""
    if isinstance(node, dict):
        return {k: plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    return node


def key_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every mapping key in the document."""
    paths: list[tuple[Any, ...]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            paths.append((*prefix, key))
            paths.extend(key_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            paths.extend(key_paths(value, (*prefix, index)))
    return paths


def mutate(data: Any, path: tuple[Any, ...], op: str, value: Any) -> Any:
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    key = path[-1]
    if op == "rename":
        parent[f"{key}x"] = parent.pop(key)
    elif op == "swap":
        parent[key] = value
    else:
        del parent[key]
    return data


@pytest.fixture(scope="module")
def seeds_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mutations")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_a_random_edit_loads_or_names_the_edited_file(
    seeds_copy: Path, data: st.DataObject
) -> None:
    seeds = seeds_copy / "seeds"
    shutil.rmtree(seeds, ignore_errors=True)
    shutil.copytree(ROOT / "seeds", seeds)
    rel = data.draw(st.sampled_from(SEED_FILES), label="file")
    document = plain(load_yaml(seeds / rel))
    path = data.draw(st.sampled_from(key_paths(document)), label="key")
    op = data.draw(st.sampled_from(["rename", "swap", "delete"]), label="op")
    value = data.draw(st.sampled_from(OTHER_TYPES), label="value") if op == "swap" else None
    mutated = mutate(document, path, op, value)
    (seeds / rel).write_text(
        yaml.safe_dump(mutated, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    try:
        load_seeds(seeds)
    except InputError as exc:
        assert exc.problems
        named = [p for p in exc.problems if str(p.path).endswith(f"seeds/{rel}")]
        assert named, [str(p) for p in exc.problems]
        assert all("\n" not in str(p) for p in exc.problems)
    else:
        assert op != "rename", f"renamed {path} to an unknown key and it loaded"


def test_a_round_trip_through_yaml_dump_changes_nothing(tmp_path: Path) -> None:
    """Re-writing every seed file (same data, other formatting) loads the same register."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    for rel in SEED_FILES:
        document = plain(load_yaml(seeds / rel))
        (seeds / rel).write_text(
            yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    original = load_seeds(ROOT / "seeds")
    rewritten = load_seeds(seeds)

    def facts(loaded: Any) -> Any:
        return (
            sorted(
                str(v.start.value)
                for a in loaded.register.articles.values()
                for u in a.units
                for v in u.versions
            ),
            sorted(
                (law.id, tuple(sorted((k, str(f.value)) for k, f in law.dates.items())))
                for law in loaded.register.laws.values()
            ),
            [(d.path, d.sha256, d.published, d.cites) for d in loaded.documents],
            [(d.action, d.claim, d.values) for d in loaded.decisions],
        )

    assert facts(rewritten) == facts(original)


def test_a_no_op_rewrite_of_every_seed_file_builds_the_same_graph(
    tmp_path: Path, built: Path
) -> None:
    """The same data in other YAML formatting: the build succeeds with a byte-identical
    graph (the no-op end of the property above, run through the whole build)."""
    from click.testing import CliRunner

    from kgbuild.cli import main
    from tests.conftest import copy_project

    project = copy_project(tmp_path / "project")
    rewritten = 0
    for path in sorted((project / "seeds").rglob("*.yaml")):
        document = plain(load_yaml(path))
        path.write_text(
            yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=1000),
            encoding="utf-8",
        )
        rewritten += 1
    assert rewritten > 40
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["--root", str(project), "build", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert (out / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()
