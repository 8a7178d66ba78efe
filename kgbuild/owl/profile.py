"""The OWL 2 DL structural conditions that matter for this ontology, checked on its RDF.

Python has no OWL API; this checks what the OWL API's OWL 2 DL profile checker reported
against the ontology (undeclared terms, rdf:Property as a range, datatypes outside the
OWL 2 datatype map) and the typing rules behind them (OWL 2 Structural Specification,
section 5.8.1, https://www.w3.org/TR/owl2-syntax/#Typing_Constraints_of_OWL_2_DL):

- every property used in the ontology is declared, and as exactly one of object, data
  or annotation property;
- every class used in an axiom is declared, and no IRI is both a class and a datatype;
- no term of the reserved vocabulary (rdf:Property, rdfs:Resource, ...) stands as a class;
- every datatype is in the OWL 2 datatype map (https://www.w3.org/TR/owl2-syntax/#Datatype_Maps);
- restrictions use a property of the right kind (data restrictions a data property).

The OWL API itself (Debian's libowlapi-java) runs in the tests as the reference.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

DATATYPE_MAP = frozenset(
    [RDFS.Literal, RDF.PlainLiteral, RDF.XMLLiteral, RDF.langString, OWL.real, OWL.rational]
    + [
        XSD[name]
        for name in (
            "decimal",
            "integer",
            "nonNegativeInteger",
            "nonPositiveInteger",
            "positiveInteger",
            "negativeInteger",
            "long",
            "int",
            "short",
            "byte",
            "unsignedLong",
            "unsignedInt",
            "unsignedShort",
            "unsignedByte",
            "double",
            "float",
            "string",
            "normalizedString",
            "token",
            "language",
            "Name",
            "NCName",
            "NMTOKEN",
            "boolean",
            "hexBinary",
            "base64Binary",
            "anyURI",
            "dateTime",
            "dateTimeStamp",
        )
    ]
)
"""The OWL 2 datatype map (OWL 2 Structural Specification, section 4), with rdf:langString."""

BUILTIN_ANNOTATION_PROPERTIES = frozenset(
    [
        RDFS.label,
        RDFS.comment,
        RDFS.seeAlso,
        RDFS.isDefinedBy,
        OWL.versionInfo,
        OWL.deprecated,
        OWL.backwardCompatibleWith,
        OWL.incompatibleWith,
        OWL.priorVersion,
    ]
)

PROPERTY_KINDS = {
    OWL.ObjectProperty: "object property",
    OWL.DatatypeProperty: "data property",
    OWL.AnnotationProperty: "annotation property",
}

# Predicates that build OWL axioms and class expressions in the RDF mapping; their use is
# what tells the kind of the terms around them.
_STRUCTURAL = frozenset(
    [RDF.type, RDF.first, RDF.rest]
    + [RDFS[n] for n in ("subClassOf", "subPropertyOf", "domain", "range")]
    + [
        OWL[n]
        for n in (
            "equivalentClass",
            "equivalentProperty",
            "disjointWith",
            "inverseOf",
            "unionOf",
            "intersectionOf",
            "complementOf",
            "oneOf",
            "onProperty",
            "onClass",
            "onDataRange",
            "onDatatype",
            "withRestrictions",
            "someValuesFrom",
            "allValuesFrom",
            "hasValue",
            "minCardinality",
            "maxCardinality",
            "cardinality",
            "minQualifiedCardinality",
            "maxQualifiedCardinality",
            "qualifiedCardinality",
            "propertyChainAxiom",
            "hasKey",
            "differentFrom",
            "sameAs",
            "distinctMembers",
            "members",
            "imports",
            "versionIRI",
            "annotatedSource",
            "annotatedProperty",
            "annotatedTarget",
        )
    ]
)
_FACETS = frozenset(
    [
        XSD[n]
        for n in (
            "minExclusive",
            "maxExclusive",
            "minInclusive",
            "maxInclusive",
            "length",
            "minLength",
            "maxLength",
            "pattern",
        )
    ]
    + [URIRef(str(RDF) + "langRange")]
)
"""The constraining facets of datatype restrictions (owl:withRestrictions)."""
_RESERVED = (str(RDF), str(RDFS), str(OWL), str(XSD))
_ENTITY_KINDS = {
    OWL.Class,
    OWL.Ontology,
    OWL.Restriction,
    OWL.NamedIndividual,
    RDFS.Datatype,
    OWL.AllDifferent,
    OWL.Axiom,
    OWL.FunctionalProperty,
    OWL.InverseFunctionalProperty,
    OWL.TransitiveProperty,
    OWL.SymmetricProperty,
    OWL.AsymmetricProperty,
    OWL.ReflexiveProperty,
    OWL.IrreflexiveProperty,
    *PROPERTY_KINDS,
}


@dataclass(frozen=True, order=True)
class ProfileProblem:
    term: str
    problem: str

    def __str__(self) -> str:
        return f"{self.term}: {self.problem}"


def _declared(graph: Graph, kind: URIRef) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef)}


def _reserved(term: Node) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(_RESERVED)


def _class_expressions(graph: Graph) -> Iterator[Node]:
    """Every node the RDF mapping reads as a class expression."""
    for _, o in graph.subject_objects(RDFS.subClassOf):
        yield o
    for s in graph.subjects(RDFS.subClassOf, None):
        yield s
    for pred in (OWL.equivalentClass, OWL.disjointWith):
        for s, o in graph.subject_objects(pred):
            yield s
            yield o
    for pred in (OWL.unionOf, OWL.intersectionOf):
        for _, lst in graph.subject_objects(pred):
            yield from Collection(graph, lst)
    for _, o in graph.subject_objects(OWL.complementOf):
        yield o
    for _, o in graph.subject_objects(RDFS.domain):
        yield o
    for prop, o in graph.subject_objects(RDFS.range):
        if (prop, RDF.type, OWL.ObjectProperty) in graph:
            yield o
    for restriction, o in graph.subject_objects(OWL.someValuesFrom):
        on = graph.value(restriction, OWL.onProperty)
        if (on, RDF.type, OWL.ObjectProperty) in graph:
            yield o
    for individual, cls in graph.subject_objects(RDF.type):
        if cls not in _ENTITY_KINDS and isinstance(individual, URIRef | BNode):
            yield cls


def _data_ranges(graph: Graph) -> Iterator[tuple[Node, Node]]:
    """(where, datatype) for every datatype the axioms use."""
    for prop, o in graph.subject_objects(RDFS.range):
        if (prop, RDF.type, OWL.DatatypeProperty) in graph:
            yield prop, o
    for restriction, o in graph.subject_objects(OWL.someValuesFrom):
        on = graph.value(restriction, OWL.onProperty)
        if on is not None and (on, RDF.type, OWL.DatatypeProperty) in graph:
            yield on, o
    for node, o in graph.subject_objects(OWL.onDatatype):
        yield node, o
    for s, _, o in graph:
        if isinstance(o, Literal) and o.datatype is not None:
            yield s, o.datatype


def check_dl(graph: Graph) -> list[ProfileProblem]:
    """What keeps `graph`, read as one OWL ontology, out of OWL 2 DL; [] when nothing."""
    problems: set[ProfileProblem] = set()

    def add(term: Node, text: str) -> None:
        problems.add(ProfileProblem(term.n3(graph.namespace_manager), text))

    kinds: dict[URIRef, set[URIRef]] = {}
    for kind in PROPERTY_KINDS:
        for prop in _declared(graph, kind):
            kinds.setdefault(prop, set()).add(kind)
    for prop, declared in kinds.items():
        if len(declared) > 1:
            names = " and ".join(sorted(PROPERTY_KINDS[k] for k in declared))
            add(prop, f"declared as {names}: OWL 2 DL allows one kind of property per IRI")
        if _reserved(prop):
            add(prop, "a property of the reserved vocabulary cannot be declared")
    for used in {p for _, p, _ in graph}:
        if used in _STRUCTURAL or used in BUILTIN_ANNOTATION_PROPERTIES or used in _FACETS:
            continue
        if isinstance(used, URIRef) and used not in kinds:
            add(used, "used as a property but not declared (object, data or annotation property)")
    for child, sub in graph.subject_objects(RDFS.subPropertyOf):
        for term in (child, sub):
            if isinstance(term, URIRef) and term not in kinds:
                add(term, "used in rdfs:subPropertyOf but not declared")
        if (
            isinstance(child, URIRef)
            and isinstance(sub, URIRef)
            and kinds.get(child) != kinds.get(sub)
        ):
            add(child, f"a sub-property of {sub.n3(graph.namespace_manager)} of another kind")
    classes = _declared(graph, OWL.Class)
    datatypes = _declared(graph, RDFS.Datatype)
    for term in classes & datatypes:
        add(term, "declared both as a class and as a datatype")
    for expression in _class_expressions(graph):
        if not isinstance(expression, URIRef):
            continue
        if _reserved(expression) and expression not in (OWL.Thing, OWL.Nothing):
            add(expression, "reserved vocabulary used as a class (OWL 2 DL forbids it)")
        elif expression not in classes and expression not in (OWL.Thing, OWL.Nothing):
            add(expression, "used as a class but not declared as owl:Class")
    for where, datatype in _data_ranges(graph):
        if not isinstance(datatype, URIRef):
            continue
        if datatype not in DATATYPE_MAP and (_reserved(datatype) or datatype not in datatypes):
            add(
                datatype,
                f"datatype used at {where.n3(graph.namespace_manager)} is not in the OWL 2 "
                "datatype map",
            )
    for restriction in graph.subjects(RDF.type, OWL.Restriction):
        on = graph.value(restriction, OWL.onProperty)
        for pred in (OWL.someValuesFrom, OWL.allValuesFrom, OWL.hasValue):
            value = graph.value(restriction, pred)
            if value is None or on is None:
                continue
            data_valued = isinstance(value, Literal) or (
                (value, RDF.type, RDFS.Datatype) in graph or value in DATATYPE_MAP
            )
            if data_valued and (on, RDF.type, OWL.DatatypeProperty) not in graph:
                add(on, "restricted with a data range or literal but not a data property")
            if not data_valued and (on, RDF.type, OWL.ObjectProperty) not in graph:
                add(on, "restricted with a class or individual but not an object property")
    return sorted(problems)
