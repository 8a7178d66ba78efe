"""DCAT-AP 3.0.1 + VoID description of a build, computed by queries on the build's store.

dataset.ttl holds one catalogue, one dataset (the build) and a distribution per published
file, plus the Oxigraph store folder and, when the build is told where it will be served
(`kgbuild build --endpoint URL`), the SPARQL endpoint as a data service. It conforms to the
official DCAT-AP 3.0.1 shapes (tests/test_dcat.py runs them). The controlled values are the
vocabularies DCAT-AP names: IANA media types, the EU's data-theme, file-type, language and
country tables, SPDX checksums. Dates come from the inputs, never from the clock, so the
same inputs give the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SDO, SKOS, VOID, XSD

from kgbuild import __version__
from kgbuild.namespaces import PREFIXES
from kgbuild.sources import Publication

SPDX = Namespace("http://spdx.org/rdf/terms#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
DCAT_VERSION = URIRef(str(DCAT) + "version")
"""DCAT 3's dcat:version (rdflib's DCAT namespace is DCAT 2's)."""
IANA = "https://www.iana.org/assignments/media-types/"
EU = "http://publications.europa.eu/resource/authority/"

DESCRIPTION_PREFIXES = {**PREFIXES, "spdx": str(SPDX), "vcard": str(VCARD), "foaf": str(FOAF)}
"""The prefixes dataset.ttl is written with."""

MEDIA_TYPES = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".jsonld": "application/ld+json",
    ".csv": "text/csv",
    ".json": "application/json",
    ".txt": "text/plain",
    ".owl": "application/rdf+xml",
}
"""IANA media types by file suffix; `*.csv-metadata.json` is application/csvm+json."""
CSVW_MEDIA_TYPE = "application/csvm+json"

FILE_TYPES = {
    "text/turtle": "RDF_TURTLE",
    "application/n-triples": "RDF_N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "text/csv": "CSV",
    "application/json": "JSON",
    CSVW_MEDIA_TYPE: "JSON",
    "text/plain": "TXT",
    "application/rdf+xml": "RDF_XML",
}
"""The EU file-type table's code (dct:format) for each media type."""

THEMES = {"JUST": "Justice, legal system and public safety"}
"""EU data themes of the dataset, with the table's English label."""

KEYWORDS = (
    "criminal law",
    "Criminal Code of the Russian Federation",
    "state security",
    "treason",
    "espionage",
    "state secrets",
    "sanctions",
    "amending laws",
    "convictions",
    "court statistics",
    "linked data",
)

LICENCE = URIRef("https://creativecommons.org/licenses/by/4.0/")

FILE_DESCRIPTIONS = {
    "graph.ttl": "The canonical graph, asserted and inferred triples, in Turtle.",
    "graph.nt": "The canonical graph as sorted N-Triples, one triple a line.",
    "graph.jsonld": "The graph as flattened JSON-LD (context.jsonld holds its prefixes).",
    "context.jsonld": "The JSON-LD context: the prefixes of the graph's vocabularies.",
    "inferred.ttl": "The triples the reasoner inferred (gravity categories), apart.",
    "validation-report.ttl": "The SHACL validation report of the build.",
    "validation-report.txt": "The validation findings as text, one line each.",
    "validation-report.json": "The validation findings as JSON.",
    "claims.json": "Every claim extracted from the source documents, with its review status.",
    "statistics.csv": "Conviction figures reported by the sources, one row per figure.",
    "cases.csv": "Individual convictions reported by the sources.",
    "statutes.csv": "Every dated version of the register's article parts with its penalties.",
}
STORE_DESCRIPTION = (
    "The graph as an Oxigraph database folder (pyoxigraph {version}): open it with "
    "pyoxigraph.Store, serve it with `kgbuild serve` or `oxigraph serve --location`. "
    "Not byte-identical between builds, so it carries no checksum."
)

_COUNTS = """
SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
       (COUNT(DISTINCT ?p) AS ?properties) { ?s ?p ?o }"""
_PREDICATES = "SELECT DISTINCT ?p { ?s ?p ?o }"
_CLASSES = "SELECT ?c (COUNT(?s) AS ?n) { ?s a ?c . FILTER isIRI(?c) } GROUP BY ?c"
_NEWEST_SOURCE = """
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX rsl: <https://w3id.org/ru-seclaw/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT (MAX(?date) AS ?newest) {
  { ?doc rsl:sha256 ?sha ; dct:issued ?date . MINUS { ?doc rsl:testData true } }
  UNION { ?law eli:date_publication ?date }
  UNION { ?law rsl:signatureDate ?date }
  FILTER (DATATYPE(?date) = xsd:date)
}"""
"""The newest publication of a source the build read: a (non-test) document, or the
signature or publication of a law in the register. A build is an edition as of that day."""


@dataclass(frozen=True)
class DistFile:
    """A file of the build: its sha256 and size in bytes."""

    sha256: str
    size: int


@dataclass(frozen=True)
class Describe:
    """What describe_dataset needs besides the store."""

    base: str
    files: Mapping[str, DistFile]
    publication: Publication
    endpoint: str | None = None
    jsonld_scope: str | None = None
    store_folder: str | None = None


def _select(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in result]


def newest_source_date(store: ox.Store) -> str | None:
    """The date dataset.ttl gives as dct:issued and dct:modified (YYYY-MM-DD), if any."""
    rows = _select(store, _NEWEST_SOURCE)
    return rows[0].get("newest") if rows else None


def describe_dataset(store: ox.Store, spec: Describe) -> Graph:
    """The catalogue, the dataset with its VoID statistics, and its distributions."""
    g = Graph()
    base = spec.base
    catalog = URIRef(base + "catalogue")
    dataset = URIRef(base + "dataset")
    publisher = URIRef(base + "publisher")
    contact = URIRef(base + "contact")
    date = newest_source_date(store)

    g.add((catalog, RDF.type, DCAT.Catalog))
    _text(g, catalog, DCTERMS.title, "Russian state-security criminal law knowledge graph")
    _text(
        g,
        catalog,
        DCTERMS.description,
        "The catalogue of one build of kgbuild: the knowledge graph of the Russian Criminal "
        "Code's state-security articles, its dumps, tables and validation report.",
    )
    g.add((catalog, DCAT.dataset, dataset))
    g.add((catalog, DCAT.themeTaxonomy, URIRef(EU + "data-theme")))
    g.add((URIRef(EU + "data-theme"), RDF.type, SKOS.ConceptScheme))
    _text(g, URIRef(EU + "data-theme"), DCTERMS.title, "Data theme")
    for node in (catalog, dataset):
        g.add((node, DCTERMS.publisher, publisher))
        g.add((node, DCAT.contactPoint, contact))
        g.add((node, DCTERMS.license, LICENCE))
        if date is not None:
            g.add((node, DCTERMS.issued, Literal(date, datatype=XSD.date)))
            g.add((node, DCTERMS.modified, Literal(date, datatype=XSD.date)))
    for code in ("ENG", "RUS"):
        language = URIRef(f"{EU}language/{code}")
        g.add((catalog, DCTERMS.language, language))
        g.add((dataset, DCTERMS.language, language))
        g.add((language, RDF.type, DCTERMS.LinguisticSystem))
    g.add((LICENCE, RDF.type, DCTERMS.LicenseDocument))
    _agent(g, publisher, contact, spec.publication)

    g.add((dataset, RDF.type, DCAT.Dataset))
    g.add((dataset, RDF.type, VOID.Dataset))
    _text(
        g,
        dataset,
        DCTERMS.title,
        "Russian state-security criminal law: statutes, penalties, amending laws and "
        "documented convictions",
    )
    _text(
        g,
        dataset,
        DCTERMS.description,
        "Articles of the Criminal Code of the Russian Federation on treason, espionage, "
        "confidential cooperation, state secrets and related wartime offences, their dated "
        "versions and sanctions, the laws that amended them, conviction figures and "
        "cases extracted from news and NGO reports with anchored evidence, and, where "
        "the build read them, the Judicial Department's official conviction statistics "
        "for every article of the Code, each figure cited to its file and cell.",
    )
    for keyword in KEYWORDS:
        g.add((dataset, DCAT.keyword, Literal(keyword, lang="en")))
    for code, label in THEMES.items():
        theme = URIRef(f"{EU}data-theme/{code}")
        g.add((dataset, DCAT.theme, theme))
        g.add((theme, RDF.type, SKOS.Concept))
        g.add((theme, SKOS.prefLabel, Literal(label, lang="en")))
        g.add((theme, SKOS.inScheme, URIRef(EU + "data-theme")))
    russia = URIRef(EU + "country/RUS")
    g.add((dataset, DCTERMS.spatial, russia))
    g.add((russia, RDF.type, DCTERMS.Location))
    g.add((dataset, SDO.version, Literal(__version__)))
    g.add((dataset, DCAT_VERSION, Literal(__version__)))
    g.add((dataset, RDFS.label, Literal(f"kgbuild {__version__}")))
    _void(g, store, dataset, base)
    for name, info in sorted(spec.files.items()):
        _distribution(g, dataset, base, name, info, spec)
    if spec.store_folder is not None:
        _store_distribution(g, dataset, base, spec.store_folder)
    if "graph.ttl" in spec.files:
        g.add((dataset, VOID.dataDump, URIRef(base + "dist/graph.ttl")))
    if spec.endpoint is not None:
        _endpoint(g, catalog, dataset, base, spec.endpoint)
    return g


def _text(g: Graph, node: URIRef, prop: URIRef, text: str) -> None:
    g.add((node, prop, Literal(text, lang="en")))


def _agent(g: Graph, publisher: URIRef, contact: URIRef, publication: Publication) -> None:
    g.add((publisher, RDF.type, FOAF.Agent))
    g.add((publisher, FOAF.name, Literal(publication.publisher)))
    if publication.publisher_url:
        g.add((publisher, FOAF.homepage, URIRef(publication.publisher_url)))
    g.add((contact, RDF.type, VCARD.Kind))
    g.add((contact, VCARD.fn, Literal(publication.contact.name)))
    if publication.contact.email:
        g.add((contact, VCARD.hasEmail, URIRef("mailto:" + publication.contact.email)))
    if publication.contact.url:
        g.add((contact, VCARD.hasURL, URIRef(publication.contact.url)))


def _void(g: Graph, store: ox.Store, dataset: URIRef, base: str) -> None:
    counts = _select(store, _COUNTS)[0]
    g.add((dataset, VOID.triples, Literal(int(counts["triples"]))))
    g.add((dataset, VOID.distinctSubjects, Literal(int(counts["subjects"]))))
    g.add((dataset, VOID.properties, Literal(int(counts["properties"]))))
    g.add((dataset, VOID.uriSpace, Literal(base)))
    predicates = [row["p"] for row in _select(store, _PREDICATES)]
    for ns in sorted(set(PREFIXES.values())):
        if any(p.startswith(ns) for p in predicates):
            g.add((dataset, VOID.vocabulary, URIRef(ns)))
    for example in (
        "eli/ru/fz/1996/63/art_275",
        "eli/ru/fz/1996/63/art_275_1",
        "eli/ru/fz/2022/260",
    ):
        node = ox.NamedNode(base + example)
        if next(iter(store.quads_for_pattern(node, None, None)), None) is not None:
            g.add((dataset, VOID.exampleResource, URIRef(base + example)))
    for row in _select(store, _CLASSES):
        obs_class = row["c"]
        partition = URIRef(f"{dataset}/class/{_local(obs_class)}")
        g.add((dataset, VOID.classPartition, partition))
        g.add((partition, VOID["class"], URIRef(obs_class)))
        g.add((partition, VOID.entities, Literal(int(row["n"]))))


def media_type(name: str) -> str | None:
    if name.endswith(".csv-metadata.json"):
        return CSVW_MEDIA_TYPE
    return MEDIA_TYPES.get(Path(name).suffix)


def _distribution(
    g: Graph, dataset: URIRef, base: str, name: str, info: DistFile, spec: Describe
) -> None:
    dist = URIRef(f"{dataset}/distribution/{name}")
    url = URIRef(base + "dist/" + name)
    g.add((dataset, DCAT.distribution, dist))
    g.add((dist, RDF.type, DCAT.Distribution))
    g.add((dist, DCAT.accessURL, url))
    g.add((dist, DCAT.downloadURL, url))
    g.add((dist, DCTERMS.title, Literal(name)))
    g.add((dist, DCTERMS.license, LICENCE))
    g.add((dist, DCAT.byteSize, Literal(info.size, datatype=XSD.nonNegativeInteger)))
    description = FILE_DESCRIPTIONS.get(name)
    if name.endswith(".csv-metadata.json"):
        description = f"CSV on the Web metadata (W3C CSVW) of {name[: -len('-metadata.json')]}."
    if name == "graph.jsonld" and spec.jsonld_scope:
        description = f"{description} {spec.jsonld_scope}"
    if description:
        _text(g, dist, DCTERMS.description, description)
    mtype = media_type(name)
    if mtype is not None:
        iana = URIRef(IANA + mtype)
        g.add((dist, DCAT.mediaType, iana))
        g.add((iana, RDF.type, DCTERMS.MediaType))
        file_type = URIRef(f"{EU}file-type/{FILE_TYPES[mtype]}")
        g.add((dist, DCTERMS.format, file_type))
        g.add((file_type, RDF.type, DCTERMS.MediaTypeOrExtent))
    checksum = URIRef(f"{dist}/checksum")
    g.add((dist, SPDX.checksum, checksum))
    g.add((checksum, RDF.type, SPDX.Checksum))
    g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    g.add((checksum, SPDX.checksumValue, Literal(info.sha256, datatype=XSD.hexBinary)))
    g.add((SPDX.checksumAlgorithm_sha256, RDF.type, SPDX.ChecksumAlgorithm))


def _store_distribution(g: Graph, dataset: URIRef, base: str, folder: str) -> None:
    dist = URIRef(f"{dataset}/distribution/{folder}")
    g.add((dataset, DCAT.distribution, dist))
    g.add((dist, RDF.type, DCAT.Distribution))
    g.add((dist, DCAT.accessURL, URIRef(f"{base}dist/{folder}/")))
    g.add((dist, DCTERMS.title, Literal(f"{folder}/")))
    g.add((dist, DCTERMS.license, LICENCE))
    version = ".".join(ox.__version__.split(".")[:2])
    _text(g, dist, DCTERMS.description, STORE_DESCRIPTION.format(version=version))


def _endpoint(g: Graph, catalog: URIRef, dataset: URIRef, base: str, endpoint: str) -> None:
    url = URIRef(endpoint)
    service = URIRef(base + "sparql")
    protocol = URIRef("https://www.w3.org/TR/sparql11-protocol/")
    g.add((dataset, VOID.sparqlEndpoint, url))
    g.add((catalog, DCAT.service, service))
    g.add((service, RDF.type, DCAT.DataService))
    _text(g, service, DCTERMS.title, "SPARQL 1.1 endpoint of the graph")
    g.add((service, DCAT.endpointURL, url))
    g.add((url, RDF.type, RDFS.Resource))  # the class DCAT-AP's ranges.ttl asks of it
    g.add((service, DCAT.servesDataset, dataset))
    g.add((service, DCTERMS.conformsTo, protocol))
    g.add((service, DCTERMS.license, LICENCE))
    g.add((protocol, RDF.type, DCTERMS.Standard))
    dist = URIRef(f"{dataset}/distribution/sparql")
    g.add((dataset, DCAT.distribution, dist))
    g.add((dist, RDF.type, DCAT.Distribution))
    g.add((dist, DCTERMS.title, Literal("SPARQL endpoint")))
    g.add((dist, DCAT.accessURL, url))
    g.add((dist, DCAT.accessService, service))
    g.add((dist, DCTERMS.license, LICENCE))


def _local(iri: str) -> str:
    text = iri
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text or "x"
