"""DCAT + VoID description of a build, computed by queries on the build's Oxigraph store."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, RDFS, SDO, VOID, XSD

from kgbuild import __version__
from kgbuild.namespaces import PREFIXES

MEDIA_TYPES = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".jsonld": "application/ld+json",
    ".csv": "text/csv",
    ".json": "application/json",
    ".txt": "text/plain",
}

_COUNTS = """
SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
       (COUNT(DISTINCT ?p) AS ?properties) { ?s ?p ?o }"""
_PREDICATES = "SELECT DISTINCT ?p { ?s ?p ?o }"
_CLASSES = "SELECT ?c (COUNT(?s) AS ?n) { ?s a ?c . FILTER isIRI(?c) } GROUP BY ?c"


def _select(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in result]


def describe_dataset(
    store: ox.Store,
    base: str,
    files: Mapping[str, str],
    jsonld_scope: str | None = None,
) -> Graph:
    """Licence, version, VoID counts and class partitions, distributions with checksums.

    `files` maps each distributed file name to its sha256.
    """
    g = Graph()
    dataset = URIRef(base + "dataset")
    catalog = URIRef(base + "catalogue")
    g.add((catalog, RDF.type, DCAT.Catalog))
    g.add(
        (
            catalog,
            DCTERMS.title,
            Literal("Russian state-security criminal law knowledge graph", lang="en"),
        )
    )
    g.add((catalog, DCAT.dataset, dataset))
    g.add((dataset, RDF.type, DCAT.Dataset))
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add(
        (
            dataset,
            DCTERMS.title,
            Literal(
                "Russian state-security criminal law: statutes, penalties, amending laws and "
                "documented convictions",
                lang="en",
            ),
        )
    )
    g.add(
        (
            dataset,
            DCTERMS.description,
            Literal(
                "Articles of the Criminal Code of the Russian Federation on treason, espionage, "
                "confidential cooperation, state secrets and related wartime offences, their dated "
                "versions and sanctions, the laws that amended them, conviction figures and "
                "cases extracted from news and NGO reports with anchored evidence, and, where "
                "the build read them, the Judicial Department's official conviction statistics "
                "for every article of the Code, each figure cited to its file and cell.",
                lang="en",
            ),
        )
    )
    g.add((dataset, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    g.add((dataset, SDO.version, Literal(__version__)))
    g.add((dataset, RDFS.label, Literal(f"kgbuild {__version__}")))
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
    for name, digest in sorted(files.items()):
        dist = URIRef(f"{dataset}/distribution/{name}")
        g.add((dataset, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, URIRef(base + "dist/" + name)))
        g.add((dist, DCTERMS.title, Literal(name)))
        suffix = Path(name).suffix
        if suffix in MEDIA_TYPES:
            g.add((dist, DCAT.mediaType, Literal(MEDIA_TYPES[suffix])))
        if name == "graph.jsonld" and jsonld_scope:
            g.add((dist, DCTERMS.description, Literal(jsonld_scope, lang="en")))
        g.add(
            (
                dist,
                URIRef("http://spdx.org/rdf/terms#checksum"),
                Literal(digest, datatype=XSD.hexBinary),
            )
        )
    if "graph.ttl" in files:
        g.add((dataset, VOID.dataDump, URIRef(base + "dist/graph.ttl")))
    return g


def _local(iri: str) -> str:
    text = iri
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text or "x"
