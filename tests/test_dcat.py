"""dataset.ttl against the official DCAT-AP 3.0.1 shapes, and what it states about the files.

The shapes are the SEMIC release in ../shared/standards/dcat-ap-3.0.1/ (never copied into
the project): dcat-ap-SHACL.ttl and ranges.ttl, run together with pySHACL. ranges.ttl lists
five `sh:property` shapes that neither file defines (no sh:path, no constraint); pySHACL
refuses such an ill-formed shapes graph, so exactly those five links are dropped before
validating, and the test below fails if the release ever has others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, SH, VOID, XSD

from kgbuild.describe import IANA, SPDX, Describe, DistFile, describe_dataset
from kgbuild.mapping import TEST_DOCUMENT_KIND
from kgbuild.sources import load_seeds
from tests.conftest import ROOT

STANDARD = ROOT.parent / "shared" / "standards" / "dcat-ap-3.0.1"
_RELEASE = "https://semiceu.github.io/DCAT-AP/releases/3.0.1#"
UNDEFINED_IN_RELEASE = {
    _RELEASE + "dcat:DatasetShape/4918ff7a6c1c4b0eea6403dca4b992b87ee1f4ab",
    _RELEASE + "dcat:DatasetShape/95c69c99a1e3ade043911b51b942f206dea0e68d",
    _RELEASE + "dcat:DistributionShape/653804840386e33525b3d39d205c174780be414b",
    _RELEASE + "dcat:DistributionShape/a07d6e7a0a1790b89a1ce7ff602cbbd9ea835282",
    _RELEASE + "dcat:RelationshipShape/b7aa98e1befa5130659568aa62e7f38575dc17c1",
}
"""Property shapes ranges.ttl names but the release never defines."""
ACCEPTED_WARNINGS: dict[str, str] = {}
"""Results below Violation that dataset.ttl keeps, by source shape, with the reason. None:
the release's shapes all have the default severity, and the description meets them all."""
BASE = "https://w3id.org/ru-seclaw/"


@pytest.fixture(scope="module")
def dcat_ap_shapes() -> Graph:
    shapes = Graph()
    for name in ("dcat-ap-SHACL.ttl", "ranges.ttl"):
        shapes.parse(STANDARD / name, format="turtle")
    undefined = {
        (shape, prop)
        for shape, prop in shapes.subject_objects(SH.property)
        if shapes.value(prop, SH.path) is None
    }
    assert {str(prop) for _, prop in undefined} == UNDEFINED_IN_RELEASE
    for shape, prop in undefined:
        shapes.remove((shape, SH.property, prop))
    return shapes


def dcat_ap_results(data: Graph, shapes: Graph) -> list[tuple[str, str, str, str]]:
    """(severity, focus node, path, message) of every result the official shapes report."""
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True)
    assert isinstance(report, Graph)
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        results.append(
            (
                str(report.value(result, SH.resultSeverity)),
                str(report.value(result, SH.focusNode)),
                str(report.value(result, SH.resultPath)),
                str(report.value(result, SH.resultMessage)),
            )
        )
    return sorted(results)


def description(built: Path) -> Graph:
    return Graph().parse(built / "dataset.ttl", format="turtle")


def test_dataset_ttl_meets_the_official_dcat_ap_shapes(built: Path, dcat_ap_shapes: Graph) -> None:
    results = dcat_ap_results(description(built), dcat_ap_shapes)
    violations = [r for r in results if r[0] == str(SH.Violation)]
    assert violations == []
    assert [r for r in results if r[2] not in ACCEPTED_WARNINGS] == []


def test_the_shapes_catch_a_distribution_without_an_access_url(
    built: Path, dcat_ap_shapes: Graph
) -> None:
    graph = description(built)
    dist = URIRef(BASE + "dataset/distribution/statutes.csv")
    graph.remove((dist, DCAT.accessURL, None))
    graph.set((dist, DCAT.mediaType, Literal("text/csv")))
    results = dcat_ap_results(graph, dcat_ap_shapes)
    paths = {(r[1], r[2]) for r in results if r[0] == str(SH.Violation)}
    assert (str(dist), str(DCAT.accessURL)) in paths
    assert (str(dist), str(DCAT.mediaType)) in paths


def test_a_served_build_names_its_endpoint_and_still_conforms(
    built: Path, dcat_ap_shapes: Graph
) -> None:
    publication = load_seeds(ROOT / "seeds").publication
    assert publication is not None
    endpoint = "http://127.0.0.1:7878/query"
    store = ox.Store.read_only(str(built / "store"))
    files = {"graph.ttl": DistFile(hashlib.sha256(b"x").hexdigest(), 1)}
    graph = describe_dataset(store, Describe(BASE, files, publication, endpoint, None, "store"))
    dataset = URIRef(BASE + "dataset")
    assert graph.value(dataset, VOID.sparqlEndpoint) == URIRef(endpoint)
    services = list(graph.subjects(DCAT.endpointURL, URIRef(endpoint)))
    assert len(services) == 1
    assert (services[0], DCAT.servesDataset, dataset) in graph
    assert (URIRef(BASE + "catalogue"), DCAT.service, services[0]) in graph
    assert dcat_ap_results(graph, dcat_ap_shapes) == []
    # without --endpoint, nothing claims an endpoint
    assert description(built).value(dataset, VOID.sparqlEndpoint) is None


def test_every_file_is_a_distribution_with_its_checksum_size_and_media_type(
    built: Path,
) -> None:
    graph = description(built)
    dataset = URIRef(BASE + "dataset")
    listed = {}
    for dist in graph.objects(dataset, DCAT.distribution):
        access = str(graph.value(dist, DCAT.accessURL))
        assert access.startswith(BASE + "dist/")
        listed[access[len(BASE + "dist/") :]] = dist
    on_disk = {p.name for p in built.iterdir() if not p.name.startswith(".")}
    assert set(listed) == (on_disk - {"dataset.ttl", "store"}) | {"store/"}
    assert graph.value(listed["store/"], DCAT.downloadURL) is None
    assert graph.value(listed["store/"], SPDX.checksum) is None
    for name, dist in listed.items():
        if name == "store/":
            continue
        data = (built / name).read_bytes()
        assert graph.value(dist, DCAT.downloadURL) == URIRef(BASE + "dist/" + name)
        checksum = graph.value(dist, SPDX.checksum)
        assert graph.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
        value = graph.value(checksum, SPDX.checksumValue)
        assert value == Literal(hashlib.sha256(data).hexdigest(), datatype=XSD.hexBinary)
        assert graph.value(dist, DCAT.byteSize) == Literal(
            len(data), datatype=XSD.nonNegativeInteger
        )
        media = str(graph.value(dist, DCAT.mediaType))
        expected = "application/csvm+json" if name.endswith("-metadata.json") else None
        expected = (
            expected
            or {
                ".ttl": "text/turtle",
                ".nt": "application/n-triples",
                ".jsonld": "application/ld+json",
                ".csv": "text/csv",
                ".json": "application/json",
                ".owl": "application/rdf+xml",
                ".txt": "text/plain",
            }[Path(name).suffix]
        )
        assert media == IANA + expected


def test_issued_and_modified_are_the_newest_source_date(built: Path) -> None:
    seeds = load_seeds(ROOT / "seeds")
    dates: list[dt.date] = [
        d.published for d in seeds.documents if d.published and d.kind != TEST_DOCUMENT_KIND
    ]
    for law in seeds.register.laws.values():
        for kind in ("signed", "published"):
            if kind in law.dates and law.dates[kind].value is not None:
                dates.append(law.dates[kind].value)
    newest = Literal(max(dates).isoformat(), datatype=XSD.date)
    graph = description(built)
    for node in (URIRef(BASE + "catalogue"), URIRef(BASE + "dataset")):
        assert graph.value(node, DCTERMS.issued) == newest
        assert graph.value(node, DCTERMS.modified) == newest


def test_test_documents_are_not_published_as_datasets(built: Path) -> None:
    graph = Graph().parse(built / "graph.nt", format="nt")
    tests = [doc for doc in graph.subjects(URIRef(BASE + "ontology#testData"), Literal(True))]
    assert tests, "the shipped seeds hold a test document"
    for dataset in graph.subjects(RDF.type, DCAT.Dataset):
        for source in graph.objects(dataset, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")):
            assert source not in tests
    for node in tests:
        assert (node, RDF.type, DCAT.Dataset) not in graph


@pytest.mark.slow
def test_the_full_build_description_meets_dcat_ap(built_full: Path, dcat_ap_shapes: Graph) -> None:
    graph = description(built_full)
    assert dcat_ap_results(graph, dcat_ap_shapes) == []
    dataset = URIRef(BASE + "dataset")
    with open(built_full / "graph.nt", "rb") as dump:
        triples = sum(1 for line in dump if line.strip())
    assert graph.value(dataset, VOID.triples) == Literal(triples)
    jsonld = URIRef(BASE + "dataset/distribution/graph.jsonld")
    assert "without the official statistics" in str(graph.value(jsonld, DCTERMS.description))
