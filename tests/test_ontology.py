"""The ontology: its domains and ranges against the built graph, RDFS inference, the OWL 2
DL profile (the Python check and the OWL API), the published files as owlready2, HermiT and
py-horned-owl read them, and the pyLODE pages."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, XSD

from kgbuild.namespaces import GUILT, PREFIXES, RSL
from kgbuild.owl.profile import check_dl
from kgbuild.owl.publish import ONTOLOGY_IRI, PUBLISHED_FILES, published_ontology
from kgbuild.pipeline import ONTOLOGY_FILES, load_ontology
from kgbuild.project import Project
from kgbuild.validation import load_shapes
from tests.conftest import ROOT, kgbuild


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


# ---------------------------------------------------------------------------- OWL 2 DL

OWLAPI_JARS = [
    "owlapi-distribution",
    "guava",
    "caffeine",
    "commons-io",
    "commons-codec",
    "commons-rdf-api",
    "hppcrt",
    "jsr305",
    "atinject-jsr330-api",
    "slf4j-api",
    "slf4j-nop",
    "xz",
    "jackson-core",
    "jackson-databind",
    "jackson-annotations",
    "httpclient",
    "httpcore",
    "commons-logging",
]
JAVA_LIBS = Path("/usr/share/java")


def test_the_published_ontology_passes_the_dl_check(ontology: Graph) -> None:
    assert check_dl(published_ontology(ontology)) == []


BREAKS = {
    "rdf-property-range": (
        "rsl:x a owl:ObjectProperty ; rdfs:range rdf:Property .",
        "rdf:Property: reserved vocabulary used as a class",
    ),
    "xsd-date-range": (
        "rsl:x a owl:DatatypeProperty ; rdfs:range xsd:date .",
        "xsd:date: datatype used at rsl:x is not in the OWL 2 datatype map",
    ),
    "two-kinds": (
        "rsl:x a owl:DatatypeProperty, owl:ObjectProperty .",
        "rsl:x: declared as data property and object property",
    ),
    "undeclared-class": (
        "rsl:X a owl:Class ; rdfs:subClassOf <http://example.org/Thing> .",
        "<http://example.org/Thing>: used as a class but not declared as owl:Class",
    ),
    "undeclared-property": (
        'rsl:X a owl:Class ; <http://example.org/note> "a note" .',
        "<http://example.org/note>: used as a property but not declared",
    ),
    "data-range-on-object-property": (
        "rsl:X a owl:Class ; rdfs:subClassOf [ a owl:Restriction ; "
        "owl:onProperty rsl:guilt ; owl:someValuesFrom xsd:decimal ] .",
        "rsl:guilt: restricted with a data range or literal but not a data property",
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_the_dl_check_finds_each_kind_of_problem(ontology: Graph, name: str) -> None:
    turtle, expected = BREAKS[name]
    broken = published_ontology(ontology)
    prefixes = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
    broken.parse(data=prefixes + turtle, format="turtle")
    found = [str(p) for p in check_dl(broken)]
    assert [p for p in found if p.startswith(expected)], found


def _owlapi(*files: Path) -> subprocess.CompletedProcess[str]:
    jars = [JAVA_LIBS / f"{name}.jar" for name in OWLAPI_JARS]
    jars += sorted(JAVA_LIBS.glob("rdf4j-*[!0-9].jar"))
    missing = [str(j) for j in jars if not j.exists()]
    assert shutil.which("java") and not missing, (
        f"the OWL API is not installed ({missing[:3]}): apt-get install libowlapi-java "
        "default-jdk-headless (.ci/run does)"
    )
    return subprocess.run(
        ["java", "-cp", ":".join(map(str, jars)), str(ROOT / "tests/owlapi/ProfileCheck.java")]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_owl_api_finds_the_published_ontology_owl2_dl(built: Path, tmp_path: Path) -> None:
    run = _owlapi(built / "ontology.owl", built / "ontology.ttl")
    assert run.returncode == 0, run.stdout + run.stderr
    rows = [line.split("\t") for line in run.stdout.splitlines() if line.startswith("FILE")]
    # both documents: the same axioms, none out of the profile
    assert [(r[2], r[3]) for r in rows] == [(rows[0][2], "0")] * 2
    assert int(rows[0][2]) > 900
    # ...and the checker does reject what the issue found (an xsd:date range)
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        (built / "ontology.ttl").read_text(encoding="utf-8")
        + "\nrsl:periodStart rdfs:range xsd:date .\n",
        encoding="utf-8",
    )
    run = _owlapi(broken)
    assert run.returncode == 1
    assert "xsd:date" in run.stdout and "VIOLATION" in run.stdout


def test_the_build_publishes_the_ontology(built: Path, ontology: Graph) -> None:
    turtle = Graph().parse(built / "ontology.ttl", format="turtle")
    rdfxml = Graph().parse(built / "ontology.owl", format="xml")
    assert isomorphic(turtle, rdfxml)
    assert isomorphic(turtle, published_ontology(ontology))
    assert list(turtle.subjects(RDF.type, OWL.Ontology)) == [ONTOLOGY_IRI]
    parts = set(turtle.objects(ONTOLOGY_IRI, DCTERMS.hasPart))
    assert len(parts) == 3 and all(turtle.value(p, DCTERMS.title) for p in parts)


def test_owlready2_and_hermit_read_the_published_rdfxml(built: Path, tmp_path: Path) -> None:
    """The published file as it is, with individuals beside it, reasoned over by HermiT.

    The gravity categories are not static axioms of the ontology: the reasoner generates them
    from each version of Art. 15 in the register (kgbuild/reasoning.py, tested in
    tests/test_reasoning.py). Here HermiT must load the published ontology, find it
    consistent with data, and keep the declared class hierarchy.
    """
    import owlready2

    world = owlready2.World()
    onto = world.get_ontology((built / "ontology.owl").as_uri()).load()
    for term in (RSL.UnitVersion, RSL.ParticularlyGraveVersion, RSL.GravityPeriod):
        assert world[str(term)] is not None, term
    data = Graph()
    version = URIRef("https://example.org/test/version")
    data.add((version, RDF.type, OWL.NamedIndividual))
    data.add((version, RDF.type, RSL.UnitVersion))
    data.add((version, RSL.guilt, GUILT.intentional))
    data.add((version, RSL.life, Literal(False)))
    data.add((version, RSL.maxImprisonmentYears, Literal("12", datatype=XSD.decimal)))
    path = tmp_path / "data.nt"
    data.serialize(path, format="nt", encoding="utf-8")
    world.get_ontology(path.as_uri()).load(format="ntriples")
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    assert list(world.inconsistent_classes()) == []
    classes = {getattr(c, "iri", "") for c in world[str(version)].is_a}
    assert str(RSL.UnitVersion) in classes


def test_py_horned_owl_reads_the_published_files_and_every_source(built: Path) -> None:
    import pyhornedowl

    counts = {
        name: len(pyhornedowl.open_ontology(str(built / name)).get_axioms())
        for name in PUBLISHED_FILES
    }
    assert counts["ontology.ttl"] == counts["ontology.owl"] > 900
    for name in ONTOLOGY_FILES:
        assert pyhornedowl.open_ontology(str(ROOT / "ontology" / name)).get_axioms(), name


@pytest.mark.slow
def test_ontology_docs_has_a_page_for_every_file(tmp_path: Path) -> None:
    pages = {}
    for seed in ("0", "4242"):
        out = tmp_path / seed
        run = kgbuild("ontology-docs", "-o", out, env={"PYTHONHASHSEED": seed})
        assert run.code == 0, run.stderr
        pages[seed] = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    expected = {"index.html"} | {Path(n).stem + ".html" for n in ONTOLOGY_FILES}
    assert set(pages["0"]) == expected
    assert pages["0"] == pages["4242"]
    # each page documents its own file: its title, and its classes and properties
    for name in ONTOLOGY_FILES:
        source = Graph().parse(ROOT / "ontology" / name, format="turtle")
        html = pages["0"][Path(name).stem + ".html"]
        for header in source.subjects(RDF.type, OWL.Ontology):
            assert f"<title>{source.value(header, DCTERMS.title)}</title>" in html, name
        terms = {
            s
            for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
            for s in source.subjects(RDF.type, kind)
            if isinstance(s, URIRef) and str(s).startswith(str(RSL))
        }
        for term in terms:
            assert f"<code>{term}</code>" in html, (name, term)
    index = pages["0"]["index.html"]
    assert "<title>Russian state-security criminal law ontology</title>" in index
    assert "particularly grave crime period" in pages["0"]["gravity.html"]
    assert "particularly grave crime period" in index
