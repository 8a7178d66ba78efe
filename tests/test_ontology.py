"""The ontology against the graph it describes: domains, ranges and RDFS inference."""

from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH, XSD

from kgbuild.namespaces import RSL
from kgbuild.pipeline import Project, load_ontology
from kgbuild.validation import load_shapes
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology(Project(ROOT))


@pytest.fixture(scope="module")
def graph(built: Path) -> Graph:
    return Graph().parse(built / "graph.ttl")


def _members(ontology: Graph, cls: URIRef | BNode) -> set[URIRef]:
    """A named class, or the named classes of an owl:unionOf."""
    union = ontology.value(cls, OWL.unionOf)
    if union is None:
        return {cls} if isinstance(cls, URIRef) else set()
    return {c for c in Collection(ontology, union) if isinstance(c, URIRef)}


def _types(graph: Graph, node: object) -> set[URIRef]:
    """The asserted types of a node with all their superclasses."""
    found: set[URIRef] = set()
    todo = [t for t in graph.objects(node, RDF.type) if isinstance(t, URIRef)]
    while todo:
        t = todo.pop()
        if t not in found:
            found.add(t)
            todo.extend(s for s in graph.objects(t, RDFS.subClassOf) if isinstance(s, URIRef))
    return found


def test_every_use_of_a_property_fits_its_domain(ontology: Graph, graph: Graph) -> None:
    wrong = []
    for prop, domain in ontology.subject_objects(RDFS.domain):
        allowed = _members(ontology, domain)
        assert allowed, f"{prop}: a domain must be a named class or a union of them"
        for subject in set(graph.subjects(prop, None)):
            if not allowed & _types(graph, subject):
                wrong.append((prop, subject, sorted(_types(graph, subject))))
    assert wrong == []


def test_every_use_of_a_property_fits_its_range(ontology: Graph, graph: Graph) -> None:
    wrong = []
    for prop, rng in ontology.subject_objects(RDFS.range):
        for value in set(graph.objects(None, prop)):
            if isinstance(value, Literal):
                # RDF 1.1: a plain literal is an xsd:string
                ok = (value.datatype or XSD.string) == rng
            else:
                ok = bool(_members(ontology, rng) & _types(graph, value))
            if not ok:
                wrong.append((prop, value, rng))
    assert wrong == []


def test_the_used_properties_are_really_used(ontology: Graph, graph: Graph) -> None:
    # The two checks above pass vacuously on a property the build never writes: the
    # properties whose domains were wrong must be there.
    for prop in (RSL.life, RSL.signatureDate, RSL.dumaAdoptionDate, RSL.councilApprovalDate):
        assert set(ontology.objects(prop, RDFS.domain)), prop
        assert len(set(graph.subjects(prop, None))) > 5, prop


def test_the_built_graph_conforms_under_rdfs_inference(built: Path, ontology: Graph) -> None:
    data = Graph().parse(built / "graph.ttl")
    _conforms, report, text = pyshacl.validate(
        data,
        shacl_graph=load_shapes(ROOT / "shapes"),
        ont_graph=ontology,
        inference="rdfs",
        advanced=True,
        allow_warnings=True,
        inplace=True,  # keep the RDFS closure in `data` for the checks below
    )
    violations = [
        r
        for r in report.subjects(SH.resultSeverity, SH.Violation)
        if (r, RDF.type, SH.ValidationResult) in report
    ]
    assert violations == [], text
    # What the RDFS closure must not conclude: claims are not statute versions, and the
    # Code is not a law amending itself.
    assert not set(data.subjects(RDF.type, RSL.PenaltyClaim)) & set(
        data.subjects(RDF.type, RSL.UnitVersion)
    )
    assert not set(data.subjects(RDF.type, RSL.Code)) & set(
        data.subjects(RDF.type, RSL.AmendingLaw)
    )
    # ...and what it must: the closure is there (a penalty claim is a prov:Entity only
    # through rsl:Claim's superclass).
    claims = set(data.subjects(RDF.type, RSL.PenaltyClaim))
    assert claims and claims <= set(data.subjects(RDF.type, PROV.Entity))
