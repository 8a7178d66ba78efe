"""The fast SHACL engine (`shacl`) against pySHACL, the reference: the same results.

Parity is on the SHACL result's identity: focus node, result path, source shape, source
constraint component and severity, as full RDF terms; the messages must match too. Every
shape fixture (valid and invalid) and the built graph run through both engines, from the
file and from an Oxigraph store.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from rdflib import Graph

import kgbuild.store
import kgbuild.validation.run
from kgbuild.errors import InputError
from kgbuild.queries import NamedQuery, load_catalogue
from kgbuild.store import load_store
from kgbuild.validation import Finding, load_shapes, validate_file, validate_store

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "shapes"
ALL_FIXTURES = [FIXTURES / "valid.ttl", *sorted((FIXTURES / "invalid").glob("*.ttl"))]

Identity = tuple[str | None, ...]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(ROOT / "shapes")


@pytest.fixture(scope="module")
def checks() -> list[NamedQuery]:
    return [q for q in load_catalogue(ROOT / "queries").values() if q.kind == "check"]


def identity(finding: Finding) -> Identity:
    return (
        finding.focus_term,
        finding.path_term,
        finding.shape_term,
        finding.component,
        finding.severity,
    )


def assert_parity(source: Path, shapes: Graph, checks: list[NamedQuery]) -> int:
    """Both engines, from the file and from a store, give the same results; return how many."""
    runs = {
        (engine, kind): validate_store(src, shapes, checks, engine).findings
        for engine in ("pyshacl", "fast")
        for kind, src in (("file", source), ("store", load_store(source)))
    }
    # `kgbuild validate FILE`: the engine in a forked child, the checks here meanwhile.
    runs["fast", "file, forked"] = validate_file(source, shapes, checks, "fast").findings
    reference = runs["pyshacl", "file"]
    for (engine, kind), findings in runs.items():
        want = {identity(f) for f in reference}
        got = {identity(f) for f in findings}
        assert got == want, (
            f"{source.name}: {engine} from a {kind} differs from pySHACL\n"
            f"  missing: {sorted(want - got, key=str)}\n  extra: {sorted(got - want, key=str)}"
        )
        assert {(identity(f), f.message) for f in findings} == {
            (identity(f), f.message) for f in reference
        }, f"{source.name}: {engine} from a {kind} words a message differently"
    assert all(None not in identity(f)[::2] for f in reference if f.component != "check-query")
    return len(reference)


@pytest.mark.parametrize("fixture", ALL_FIXTURES, ids=[p.stem for p in ALL_FIXTURES])
def test_fast_engine_agrees_with_pyshacl_on_every_fixture(
    fixture: Path, shapes: Graph, checks: list[NamedQuery]
) -> None:
    found = assert_parity(fixture, shapes, checks)
    assert (found == 0) == (fixture.name == "valid.ttl")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["graph.nt", "graph.ttl"])
def test_fast_engine_agrees_with_pyshacl_on_the_built_graph(
    built: Path, name: str, shapes: Graph, checks: list[NamedQuery]
) -> None:
    # The build gives warnings (laws without dates): parity over a non-empty set.
    assert assert_parity(built / name, shapes, checks) > 0


def test_fast_engine_builds_no_rdflib_graph(
    monkeypatch: pytest.MonkeyPatch, shapes: Graph, checks: list[NamedQuery]
) -> None:
    def refuse(*_args: object) -> Graph:
        raise AssertionError("the fast path built an rdflib Graph of the data")

    for module in (kgbuild.store, kgbuild.validation.run):
        monkeypatch.setattr(module, "load_graph", refuse, raising=False)
        monkeypatch.setattr(module, "store_to_graph", refuse, raising=False)
    fixture = FIXTURES / "invalid" / "EvidenceShape-start.ttl"
    for source in (fixture, load_store(fixture)):
        report = validate_store(source, shapes, checks, "fast")
        assert {f.rule for f in report.findings} == {
            "rslsh:ClaimShape-evidence",
            "rslsh:PositionSelectorShape-startBeforeEnd",
        }
    with pytest.raises(AssertionError, match="rdflib Graph"):
        validate_store(fixture, shapes, checks, "pyshacl")


def test_unknown_engine_is_refused(shapes: Graph) -> None:
    with pytest.raises(ValueError, match="unknown SHACL engine"):
        validate_store(FIXTURES / "valid.ttl", shapes, [], "turbo")


def test_a_file_without_a_kgbuild_graph_is_refused_and_its_child_stopped(
    tmp_path: Path, shapes: Graph, checks: list[NamedQuery]
) -> None:
    other = tmp_path / "other.ttl"
    other.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
    with pytest.raises(InputError, match="no kgbuild graph"):
        validate_file(other, shapes, checks, "fast")
    assert multiprocessing.active_children() == []


def test_a_file_that_does_not_parse_gives_the_input_error_of_the_sequential_path(
    tmp_path: Path, shapes: Graph, checks: list[NamedQuery]
) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://example.org/a> <http://example.org/b> .\n")
    with pytest.raises(InputError) as forked:
        validate_file(broken, shapes, checks, "fast")
    with pytest.raises(InputError) as sequential:
        validate_file(broken, shapes, checks, "pyshacl")
    assert str(forked.value) == str(sequential.value)
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("count", [0, 1, 3])
def test_the_json_report_is_the_text_json_dumps_writes(count: int) -> None:
    """report_json writes the findings field by field; the text must be json.dumps's."""
    import json

    from kgbuild.validation import ValidationReport, report_json

    findings = (
        Finding("violation", "rslsh:A", "rsl:x", None, 'a "quoted" \\ message\nover two lines'),
        Finding("warning", "check", "graph", "rsl:p/rsl:q", "госизмена: ст. 275", "\t12x", "C"),
        Finding("info", "rslsh:B", "_:b0", None, "non-BMP \U0001f600 and \x7f\x01", None, None),
    )[:count]
    report = ValidationReport(findings, 73, 7)
    expected = {
        "conforms": report.conforms(),
        "summary": {s: report.count(s) for s in ("violation", "warning", "info")},
        "shapes": 73,
        "checks": 7,
        "findings": [
            {
                "severity": f.severity,
                "rule": f.rule,
                "focus": f.focus,
                "path": f.path,
                "message": f.message,
                "value": f.value,
                "component": f.component,
            }
            for f in findings
        ],
    }
    assert report_json(report) == json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
