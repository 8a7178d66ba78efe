"""Validation rules: the SHACL shapes in shapes/ and the check queries in queries/.

tests/fixtures/shapes/valid.ttl conforms to all of them. Each invalid/<name>.ttl is a copy of
it with one change marked '# CHANGED' and invalid/<name>.expected.json lists exactly the
findings it must give. <name> is a shape's local name or a check query's name; variants of
the same rule are named <name>--<variant>.ttl. Expected findings are written by hand and
reviewed, never regenerated from the output.

A shape reached through sh:node fails as the shape that delegates to it
(sh:NodeConstraintComponent, as the SHACL spec reports it); the finding's message carries
the inner shapes' messages, and the sidecar lists those inner shapes under "details".
Every fixture runs through both engines, the fast one and pySHACL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from kgbuild.namespaces import PREFIXES, RSLSH
from kgbuild.queries import NamedQuery, load_catalogue
from kgbuild.validation import (
    ENGINES,
    Finding,
    check_shapes_wellformed,
    load_shapes,
    validate_store,
)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "shapes"
INVALID = FIXTURES / "invalid"
INVALID_FILES = sorted(INVALID.glob("*.ttl"))
FIELDS = ("severity", "rule", "focus", "path", "component")
DETAILS = "details"

Key = tuple[str | None, ...]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(ROOT / "shapes")


@pytest.fixture(scope="module")
def checks() -> list[NamedQuery]:
    return check_queries()


def check_queries() -> list[NamedQuery]:
    return [q for q in load_catalogue(ROOT / "queries").values() if q.kind == "check"]


def named_shapes(shapes: Graph) -> dict[str, set[str]]:
    """Every named shape, by local name, with the rules its failures are reported under.

    A property shape reports under its own name; a node shape under its own name (for
    node-level constraints such as sh:or) or the names of its sh:property shapes. A shape
    reached through sh:node (and its sh:property shapes) reports under the shape that
    delegates to it, with its message among the finding's details.
    """
    named: dict[str, set[str]] = {}
    for kind in (SH.NodeShape, SH.PropertyShape):
        for shape in shapes.subjects(RDF.type, kind):
            if not isinstance(shape, URIRef) or not str(shape).startswith(str(RSLSH)):
                continue
            rules = {_short(shape)}
            rules.update(
                _short(p) for p in shapes.objects(shape, SH.property) if isinstance(p, URIRef)
            )
            named[_local(shape)] = rules
    for holder, delegate in shapes.subject_objects(SH.node):
        for member in (delegate, *shapes.objects(delegate, SH.property)):
            if isinstance(member, URIRef) and _local(member) in named:
                named[_local(member)].add(_short(holder))
    return named


def delegated(shapes: Graph) -> set[str]:
    """Shapes (by prefixed name) whose failures are only ever reported through sh:node."""
    out = set()
    for delegate in shapes.objects(None, SH.node):
        out.add(_short(delegate))
        out.update(_short(p) for p in shapes.objects(delegate, SH.property))
    return out


def _local(shape: object) -> str:
    return str(shape)[len(str(RSLSH)) :]


def _short(term: object) -> str:
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return f"<{text}>"


def readable_path(finding: Finding, shapes: Graph) -> str | None:
    """The result path, with a sequence path written as a SPARQL property path.

    run_shapes renders a sequence path (an RDF list) as the id of its blank node, which
    changes from one parse of the shapes to the next; look the path up in the shape instead.
    """
    path = finding.path
    if path is None or ":" in path or path.startswith("<"):
        return path
    shape = URIRef(str(RSLSH) + finding.rule.split(":", 1)[1])
    head = shapes.value(shape, SH.path)
    assert head is not None, f"{finding.rule} has no sh:path, cannot render {path!r}"
    return "/".join(_short(step) for step in Collection(shapes, head))


def validate(
    fixture: Path, shapes: Graph, checks: Sequence[NamedQuery], engine: str
) -> list[Finding]:
    return list(validate_store(fixture, shapes, checks, engine).findings)


def details(finding: Finding, shapes: Graph) -> tuple[str, ...]:
    """The inner shapes whose own sh:message the finding's message carries, sorted."""
    _outer, _sep, inner = finding.message.partition(" Details: ")
    return tuple(
        sorted(
            _short(shape)
            for shape, message in shapes.subject_objects(SH.message)
            if isinstance(shape, URIRef) and str(message) in inner
        )
    )


def key(finding: Finding, shapes: Graph) -> Key:
    return (
        finding.severity,
        finding.rule,
        finding.focus,
        readable_path(finding, shapes),
        finding.component,
        *details(finding, shapes),
    )


def expected_keys(fixture: Path) -> set[Key]:
    sidecar = fixture.with_suffix(".expected.json")
    assert sidecar.is_file(), f"{fixture.name} has no {sidecar.name}: write its findings"
    rows = json.loads(sidecar.read_text(encoding="utf-8"))
    assert rows, f"{sidecar.name} lists no finding: an invalid fixture must fail"
    for row in rows:
        assert set(FIELDS) <= set(row) <= {*FIELDS, DETAILS}, (
            f"{sidecar.name}: each finding has exactly {FIELDS}, and optionally {DETAILS!r}"
        )
    return {(*(row[field] for field in FIELDS), *sorted(row.get(DETAILS, []))) for row in rows}


def describe(keys: Iterable[Key]) -> str:
    return "\n".join(
        "    " + " ".join(str(part) for part in k)
        for k in sorted(keys, key=lambda k: tuple(p or "" for p in k))
    )


@pytest.mark.parametrize("engine", ENGINES)
def test_valid_data_conforms(shapes: Graph, checks: list[NamedQuery], engine: str) -> None:
    findings = validate(FIXTURES / "valid.ttl", shapes, checks, engine)
    assert not findings, "valid.ttl should give no finding, got:\n" + "\n".join(
        "    " + f.line() for f in sorted(findings)
    )


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fixture", INVALID_FILES, ids=[p.stem for p in INVALID_FILES])
def test_invalid_fixture_gives_expected_findings(
    fixture: Path, shapes: Graph, checks: list[NamedQuery], engine: str
) -> None:
    findings = validate(fixture, shapes, checks, engine)
    actual = {key(f, shapes) for f in findings}
    expected = expected_keys(fixture)
    if actual != expected:
        lines = {key(f, shapes): f.line() for f in findings}
        pytest.fail(
            f"{fixture.name} ({engine}): findings differ from {fixture.stem}.expected.json "
            f"({', '.join(FIELDS)}, {DETAILS})\n"
            f"  expected but missing:\n{describe(expected - actual) or '    none'}\n"
            f"  found but not expected:\n{describe(actual - expected) or '    none'}\n"
            "  all findings:\n" + "\n".join("    " + line for line in sorted(lines.values())),
            pytrace=False,
        )


def test_every_sidecar_has_a_fixture() -> None:
    orphans = [
        p.name
        for p in sorted(INVALID.glob("*.expected.json"))
        if not p.with_name(p.name.removesuffix(".expected.json") + ".ttl").is_file()
    ]
    assert not orphans, f"expected findings without a fixture: {orphans}"


def test_every_shape_and_check_query_has_an_invalid_fixture(shapes: Graph) -> None:
    """A new shape or check query fails here until it has a fixture that makes it fire."""
    rules = named_shapes(shapes)
    rules.update({q.name: {q.name} for q in check_queries()})
    inner = delegated(shapes)
    missing = []
    for name, reported_as in sorted(rules.items()):
        fixture = INVALID / f"{name}.ttl"
        if not fixture.is_file() or not fixture.with_suffix(".expected.json").is_file():
            missing.append(f"{name}: add {fixture.relative_to(ROOT)} and its .expected.json")
            continue
        keys = expected_keys(fixture)
        if f"rslsh:{name}" in inner:
            # itself or one of its property shapes among a finding's details
            own = {r for r in reported_as if r in inner}
            if not any(own & set(k[len(FIELDS) :]) for k in keys):
                missing.append(
                    f"{name}: {fixture.name} lists no finding with {' or '.join(sorted(own))} "
                    f"in its {DETAILS}"
                )
        elif not {k[1] for k in keys} & reported_as:
            missing.append(
                f"{name}: {fixture.name} is expected to give no finding from "
                f"{' or '.join(sorted(reported_as))}"
            )
    assert not missing, "rules without an invalid fixture that makes them fire:\n" + "\n".join(
        "  " + m for m in missing
    )


def test_fixtures_name_only_known_rules(shapes: Graph) -> None:
    known = {r for rules in named_shapes(shapes).values() for r in rules}
    known |= {q.name for q in check_queries()}
    unknown = {(p.name, k[1]) for p in INVALID_FILES for k in expected_keys(p) if k[1] not in known}
    assert not unknown, f"expected findings name rules that do not exist: {sorted(unknown)}"


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_shapes_conform_to_shacl_shacl(shapes: Graph, engine: str) -> None:
    assert check_shapes_wellformed(shapes, engine=engine) == []


# Shapes graphs that SHACL-SHACL refuses, each in its own way: the two engines must find the
# same things in them (blank nodes compared by their path, their labels differ by engine).
BROKEN_SHAPES = {
    "minCount not an integer": "ex:S a sh:NodeShape ; sh:targetClass ex:C ;"
    ' sh:property [ sh:path ex:p ; sh:minCount "one" ] .',
    "closed not a boolean": 'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:closed "yes" .',
    "property shape without a path": "ex:T a sh:PropertyShape ; sh:minCount 1 .",
    "two sh:in lists": "ex:U a sh:NodeShape ; sh:targetNode ex:a ; sh:in ( 1 2 ) ; sh:in ( 3 ) .",
    "path is a literal": 'ex:V a sh:PropertyShape ; sh:path "p" ; sh:maxCount 1 .',
    "severity not an IRI": 'ex:W a sh:NodeShape ; sh:targetClass ex:C ; sh:severity "high" .',
}


# A blank node as each engine names it: `shacl` "_:0_b160", pySHACL rdflib's "nd3f...".
BLANK_FOCUS = re.compile(r"_:\S+|n[0-9a-f]{32,}")


def _meta_keys(findings: Sequence[Finding]) -> set[tuple[str, str, str | None, str]]:
    return {
        (f.severity, "_:" if BLANK_FOCUS.fullmatch(f.focus) else f.focus, f.path, f.component)
        for f in findings
    }


@pytest.mark.parametrize("broken", sorted(BROKEN_SHAPES), ids=str)
def test_both_engines_find_the_same_in_a_broken_shapes_graph(shapes: Graph, broken: str) -> None:
    graph = Graph()
    graph += shapes
    graph.parse(
        data="@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix ex: <http://example.org/> .\n" + BROKEN_SHAPES[broken],
        format="turtle",
    )
    fast = check_shapes_wellformed(graph, engine="fast")
    reference = check_shapes_wellformed(graph, engine="pyshacl")
    assert reference, f"pySHACL finds nothing wrong with {broken!r}: the case tests nothing"
    assert _meta_keys(fast) == _meta_keys(reference)


def test_broken_shapes_graph_does_not_conform(shapes: Graph) -> None:
    broken = Graph()
    broken += shapes
    shape = RSLSH["AmendingLawShape-number"]
    broken.set((shape, SH.minCount, Literal("one")))
    findings = check_shapes_wellformed(broken)
    assert {(f.rule, f.focus, f.path, f.component) for f in findings} == {
        (
            "shacl-shacl",
            "rslsh:AmendingLawShape-number",
            "sh:minCount",
            "sh:DatatypeConstraintComponent",
        )
    }
