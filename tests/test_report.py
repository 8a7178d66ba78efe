"""validation-report.ttl is a SHACL validation report (SHACL spec, section 3.6)."""

from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from kgbuild.queries import NamedQuery, load_catalogue
from kgbuild.validation import (
    Finding,
    ValidationReport,
    load_shapes,
    report_graph,
    report_turtle,
    validate_store,
)

ROOT = Path(__file__).resolve().parents[1]
INVALID = ROOT / "tests" / "fixtures" / "shapes" / "invalid"
REPORT_SHAPES = ROOT / "tests" / "fixtures" / "report" / "report-shapes.ttl"
RSL = "https://w3id.org/ru-seclaw/ontology#"
RSLSH = "https://w3id.org/ru-seclaw/shapes#"


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(ROOT / "shapes")


@pytest.fixture(scope="module")
def checks() -> list[NamedQuery]:
    return [q for q in load_catalogue(ROOT / "queries").values() if q.kind == "check"]


def conforms_to_report_shapes(report: Graph) -> tuple[bool, str]:
    ok, _graph, text = pyshacl.validate(
        report, shacl_graph=Graph().parse(REPORT_SHAPES), inference="none"
    )
    return bool(ok), str(text)


def report_of(name: str, shapes: Graph, checks: list[NamedQuery]) -> Graph:
    report = validate_store(INVALID / f"{name}.ttl", shapes, checks)
    return Graph().parse(data=report_turtle(report), format="turtle")


@pytest.mark.parametrize(
    "name", ["EvidenceShape-start", "LawDatesShape", "versions-overlap", "ClaimShape-offence"]
)
def test_report_conforms_to_the_report_shapes(
    name: str, shapes: Graph, checks: list[NamedQuery]
) -> None:
    ok, text = conforms_to_report_shapes(report_of(name, shapes, checks))
    assert ok, text


def test_results_name_terms_and_components(shapes: Graph, checks: list[NamedQuery]) -> None:
    g = report_of("EvidenceShape-start", shapes, checks)
    results = set(g.objects(None, SH.result))
    assert len(results) == 2
    by_shape = {g.value(r, SH.sourceShape): r for r in results}
    # the sh:node failure is reported on the shape that failed, with the inner message
    node = by_shape[URIRef(RSLSH + "ClaimShape-evidence")]
    assert g.value(node, SH.focusNode) == URIRef("https://w3id.org/ru-seclaw/claim/year")
    assert g.value(node, SH.resultPath) == URIRef(RSL + "evidence")
    assert g.value(node, SH.sourceConstraintComponent) == SH.NodeConstraintComponent
    assert "start offset (oa:start, an integer)" in str(g.value(node, SH.resultMessage))
    assert isinstance(g.value(node, SH.value), URIRef)
    less = by_shape[URIRef(RSLSH + "PositionSelectorShape-startBeforeEnd")]
    assert g.value(less, SH.sourceConstraintComponent) == SH.LessThanConstraintComponent


def test_warnings_alone_make_conforms_false(shapes: Graph, checks: list[NamedQuery]) -> None:
    g = report_of("LawDatesShape", shapes, checks)
    severities = {g.value(r, SH.resultSeverity) for r in g.objects(None, SH.result)}
    assert severities == {SH.Warning}
    assert set(g.objects(None, SH.conforms)) == {Literal(False)}


def test_no_finding_conforms(shapes: Graph) -> None:
    g = report_graph(ValidationReport((), 1, 0))
    assert set(g.objects(None, SH.conforms)) == {Literal(True)}
    assert conforms_to_report_shapes(g)[0]


def test_check_query_is_a_sparql_constraint(shapes: Graph, checks: list[NamedQuery]) -> None:
    g = report_of("versions-overlap", shapes, checks)
    results = list(g.objects(None, SH.result))
    assert results
    for r in results:
        assert g.value(r, SH.sourceConstraintComponent) == SH.SPARQLConstraintComponent
        assert g.value(r, SH.sourceShape) == URIRef(
            "https://w3id.org/ru-seclaw/queries/versions-overlap"
        )
        assert isinstance(g.value(r, SH.focusNode), URIRef)


def test_sequence_path_is_a_shacl_list() -> None:
    path = "<http://www.w3.org/ns/oa#hasTarget>/<http://www.w3.org/ns/oa#exact>"
    finding = Finding(
        "violation", "rslsh:X", "<x>", "oa:hasTarget/oa:exact", "m", None,
        "sh:MinCountConstraintComponent", focus_term="<http://example.org/x>",
        shape_term=f"<{RSLSH}X>", path_term=path,
    )  # fmt: skip
    g = Graph().parse(data=report_turtle(ValidationReport((finding,), 1, 0)), format="turtle")
    head = next(g.objects(None, SH.resultPath))
    assert isinstance(head, BNode)
    assert list(Collection(g, head)) == [
        URIRef("http://www.w3.org/ns/oa#hasTarget"),
        URIRef("http://www.w3.org/ns/oa#exact"),
    ]


def test_report_shapes_reject_the_old_format() -> None:
    """Strings for terms, no component and conforms true beside a result do not pass."""
    g = Graph()
    report, result = URIRef("http://example.org/r"), URIRef("http://example.org/r/1")
    g.add((report, RDF.type, SH.ValidationReport))
    g.add((report, SH.conforms, Literal(True)))
    g.add((report, SH.result, result))
    g.add((result, RDF.type, SH.ValidationResult))
    g.add((result, SH.focusNode, Literal("<eli/ru/fz/2006/153>")))
    g.add((result, SH.sourceShape, Literal("rslsh:LawDatesShape-inForce")))
    g.add((result, SH.resultPath, Literal("eli:first_date_entry_in_force")))
    g.add((result, SH.resultSeverity, SH.Warning))
    ok, text = conforms_to_report_shapes(g)
    assert not ok
    for part in ("sourceShape", "resultPath", "sourceConstraintComponent", "Xone"):
        assert part in text, f"{part} not reported:\n{text}"
