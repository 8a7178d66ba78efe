"""Art. 15 gravity, classified by HermiT (real Java) from the maximum term and guilt."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kgbuild.errors import InputError
from kgbuild.namespaces import GRAVITY, GUILT, RSL
from kgbuild.pipeline import Project, load_ontology
from kgbuild.reasoning import classify_gravity
from tests.conftest import ROOT

BASE = "https://example.org/test/"
# (name, maximum term in years or None, life imprisonment, guilt, expected category)
CASES = [
    ("three-years", 3.0, False, "intentional", "small"),
    ("half-year", 0.5, False, "negligent", "small"),
    ("just-over-three", 3.5, False, "intentional", "medium"),
    ("five-years", 5.0, False, "intentional", "medium"),
    ("negligent-seven", 7.0, False, "negligent", "medium"),
    ("negligent-fifteen", 15.0, False, "negligent", "medium"),
    ("just-over-five", 5.5, False, "intentional", "grave"),
    ("ten-years", 10.0, False, "intentional", "grave"),
    ("just-over-ten", 10.5, False, "intentional", "particularly_grave"),
    ("twenty-or-life", 20.0, True, "intentional", "particularly_grave"),
    ("fine-only", None, False, "intentional", "small"),
]


def _data(cases: list[tuple[str, float | None, bool, str, str]]) -> Graph:
    g = Graph()
    for name, maximum, life, guilt, _ in cases:
        version = URIRef(BASE + name)
        g.add((version, RDF.type, RSL.UnitVersion))
        g.add((version, RSL.guilt, GUILT[guilt]))
        g.add((version, RSL.life, Literal(life)))
        g.add((version, RSL.hasSanction, URIRef(BASE + name + "/sanction")))
        if maximum is not None:
            g.add((version, RSL.maxImprisonmentYears, Literal(str(maximum), datatype=XSD.decimal)))
    return g


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology(Project(ROOT))


def test_each_category_boundary(ontology: Graph) -> None:
    result = classify_gravity(ontology, _data(CASES), BASE)
    found = {
        str(s)[len(BASE) :]: str(o)[len(str(GRAVITY)) :]
        for s, o in result.inferred.subject_objects(RSL.gravity)
    }
    assert found == {name: category for name, *_, category in CASES}
    # only the fine-only version needed the rule in code
    assert result.derived_in_code == 1 and result.classified == len(CASES) - 1
    activity = URIRef(BASE + "activity/reasoning")
    assert set(result.inferred.objects(None, RSL.inferredBy)) == {activity}


def test_a_version_without_recorded_sanctions_stays_unclassified(ontology: Graph) -> None:
    data = _data([("unknown", None, False, "intentional", "")])
    data.remove((None, RSL.hasSanction, None))
    result = classify_gravity(ontology, data, BASE)
    assert list(result.inferred.subject_objects(RSL.gravity)) == []


def test_an_inconsistent_register_is_an_input_error(ontology: Graph) -> None:
    data = _data([("two-maxima", 5.0, False, "intentional", "")])
    # rsl:maxImprisonmentYears is functional: two different values cannot both hold
    data.add(
        (
            URIRef(BASE + "two-maxima"),
            RSL.maxImprisonmentYears,
            Literal("12.0", datatype=XSD.decimal),
        )
    )
    with pytest.raises(InputError) as caught:
        classify_gravity(ontology, data, BASE)
    assert "inconsistent" in str(caught.value)
