"""The whole build, composed from the stage modules. No printing, no exiting."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, RDFS, SDO, VOID, XSD

from kgbuild import __version__
from kgbuild.claims import Claim
from kgbuild.curation import CurationResult, curate_claims
from kgbuild.errors import InputError, KgbuildError, Problem
from kgbuild.export import (
    staged_directory,
    to_jsonld,
    to_ntriples,
    to_turtle,
    write_atomic,
)
from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon
from kgbuild.mapping import Iris, map_claims, map_documents, map_statutes
from kgbuild.namespaces import DEFAULT_BASE, PREFIXES
from kgbuild.queries import FORMATTERS, NamedQuery, load_catalogue, run_local
from kgbuild.reasoning import ReasoningResult, classify_gravity
from kgbuild.sources import Seeds, load_seeds
from kgbuild.store import graph_to_store
from kgbuild.validation import (
    REPORT_FORMATS,
    ValidationReport,
    check_shapes_wellformed,
    load_shapes,
    report_turtle,
    validate_store,
)

Progress = Callable[[str], None]

ONTOLOGY_FILES = ("rsl.ttl", "schemes.ttl", "offences.ttl", "gravity.ttl", "cube.ttl")
CSV_VIEWS = {
    "statistics.csv": "convictions",
    "cases.csv": "cases",
    "statutes.csv": "statute-table",
}


@dataclass(frozen=True)
class Project:
    """Where a project's inputs live; by default the folders of a checkout."""

    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def ontology(self) -> Path:
        return self.root / "ontology"

    @property
    def shapes(self) -> Path:
        return self.root / "shapes"

    @property
    def queries(self) -> Path:
        return self.root / "queries"


@dataclass(frozen=True)
class BuildResult:
    graph: Graph
    inferred: Graph
    seeds: Seeds
    curation: CurationResult
    reasoning: ReasoningResult
    report: ValidationReport
    store: ox.Store
    catalogue: dict[str, NamedQuery]
    base: str


def _noop(_: str) -> None:
    return None


def load_ontology(project: Project) -> Graph:
    graph = Graph()
    problems = []
    for name in ONTOLOGY_FILES:
        path = project.ontology / name
        try:
            graph.parse(path, format="turtle")
        except FileNotFoundError:
            problems.append(
                Problem(str(path), None, "ontology file missing", "restore it from the repository")
            )
        except Exception as exc:  # rdflib's parsers raise several exception types
            problems.append(
                Problem(str(path), None, f"does not parse: {exc}", "fix the Turtle syntax")
            )
    if problems:
        raise InputError(problems)
    return graph


def extract_documents(seeds: Seeds, lexicon: Lexicon) -> list[Claim]:
    claims: list[Claim] = []
    for doc in seeds.documents:
        claims.extend(
            extract_claims(
                doc.text,
                document=doc.path,
                lexicon=lexicon,
                published=doc.published,
                report_year=doc.report_year,
            )
        )
    return claims


def check_offences(seeds: Seeds, ontology: Graph) -> None:
    """Every article's offence slug must name a concept of the offence scheme."""
    from rdflib.namespace import SKOS

    from kgbuild.namespaces import OFF

    concepts = {
        str(c)[len(str(OFF)) :]
        for c in ontology.subjects(RDF.type, SKOS.Concept)
        if str(c).startswith(str(OFF))
    }
    problems = [
        Problem(
            article.origin.path,
            article.origin.line,
            f"article {article.number} names offence {article.offence!r}, which is not "
            "in the offence scheme",
            "use a slug from ontology/offences.ttl (kgbuild query offences), or add the "
            "concept there",
        )
        for article in seeds.register.articles.values()
        if article.offence is not None and article.offence not in concepts
    ]
    if problems:
        raise InputError(problems)


def check_anchors(curation: CurationResult, seeds: Seeds) -> None:
    """Every claim's quote must stand exactly at its offsets in the stored document."""
    texts = {d.path: d.text for d in seeds.documents}
    for item in curation.claims:
        claim = item.claim
        if texts[claim.document][claim.start : claim.end] != claim.quote:
            raise KgbuildError(
                f"claim {item.id} ({claim.rule}) quotes text that is not at "
                f"{claim.start}..{claim.end} of {claim.document}"
            )


def build(project: Project, base: str = DEFAULT_BASE, progress: Progress = _noop) -> BuildResult:
    """Run the pipeline in memory: sources, extract, curate, map, reason, validate."""
    progress("loading seeds")
    seeds = load_seeds(project.seeds)
    ontology = load_ontology(project)
    shapes = load_shapes(project.shapes)
    catalogue = load_catalogue(project.queries)
    lexicon = load_lexicon(project.ontology / "offences.ttl")
    check_offences(seeds, ontology)
    progress("extracting claims")
    claims = extract_documents(seeds, lexicon)
    curation = curate_claims(claims, seeds.decisions, seeds.documents)
    check_anchors(curation, seeds)
    progress("mapping to RDF")
    iris = Iris(base)
    asserted = Graph()
    asserted += ontology
    asserted += map_statutes(seeds.register, iris)
    asserted += map_documents(seeds.documents, iris)
    asserted += map_claims(curation.claims, seeds.documents, iris, seeds.register.articles)
    progress("reasoning (HermiT)")
    reasoning = classify_gravity(ontology, asserted, base)
    graph = Graph()
    graph += asserted
    graph += reasoning.inferred
    progress("validating")
    store = graph_to_store(graph)
    checks = [q for q in catalogue.values() if q.kind == "check"]
    report = validate_store(store, shapes, checks)
    meta = check_shapes_wellformed(shapes)
    if meta:
        report = ValidationReport(tuple(meta) + report.findings, report.shapes, report.checks)
    return BuildResult(
        graph, reasoning.inferred, seeds, curation, reasoning, report, store, catalogue, base
    )


def describe_dataset(result: BuildResult, files: dict[str, str]) -> Graph:
    """DCAT + VoID description of the build: licence, version, counts, distributions."""
    base = result.base
    g = Graph()
    dataset = URIRef(base + "dataset")
    catalog = URIRef(base + "catalogue")
    graph = result.graph
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
                "versions and sanctions, the laws that amended them, and conviction figures and "
                "cases extracted from news and NGO reports with anchored evidence.",
                lang="en",
            ),
        )
    )
    g.add((dataset, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
    g.add((dataset, SDO.version, Literal(__version__)))
    g.add((dataset, RDFS.label, Literal(f"kgbuild {__version__}")))
    g.add((dataset, VOID.triples, Literal(len(graph))))
    g.add((dataset, VOID.distinctSubjects, Literal(len(set(graph.subjects())))))
    g.add((dataset, VOID.properties, Literal(len(set(graph.predicates())))))
    g.add((dataset, VOID.uriSpace, Literal(base)))
    for ns in sorted(set(PREFIXES.values())):
        if any(str(p).startswith(ns) for p in set(graph.predicates())):
            g.add((dataset, VOID.vocabulary, URIRef(ns)))
    examples = [
        URIRef(base + "eli/ru/fz/1996/63/art_275"),
        URIRef(base + "eli/ru/fz/1996/63/art_275_1"),
        URIRef(base + "eli/ru/fz/2022/260"),
    ]
    for example in examples:
        if (example, None, None) in graph:
            g.add((dataset, VOID.exampleResource, example))
    for obs_class in sorted({o for o in graph.objects(None, RDF.type) if isinstance(o, URIRef)}):
        count = sum(1 for _ in graph.subjects(RDF.type, obs_class))
        partition = URIRef(f"{dataset}/class/{_local(obs_class)}")
        g.add((dataset, VOID.classPartition, partition))
        g.add((partition, VOID["class"], obs_class))
        g.add((partition, VOID.entities, Literal(count)))
    media = {
        ".ttl": "text/turtle",
        ".nt": "application/n-triples",
        ".jsonld": "application/ld+json",
        ".csv": "text/csv",
    }
    for name, digest in sorted(files.items()):
        dist = URIRef(f"{dataset}/distribution/{name}")
        g.add((dataset, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, URIRef(base + "dist/" + name)))
        g.add((dist, DCTERMS.title, Literal(name)))
        suffix = Path(name).suffix
        if suffix in media:
            g.add((dist, DCAT.mediaType, Literal(media[suffix])))
        g.add(
            (
                dist,
                URIRef("http://spdx.org/rdf/terms#checksum"),
                Literal(digest, datatype=XSD.hexBinary),
            )
        )
    if any(n.endswith(".ttl") and n.startswith("graph") for n in files):
        g.add((dataset, VOID.dataDump, URIRef(base + "dist/graph.ttl")))
    return g


def _local(iri: object) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text or "x"


def write_outputs(
    result: BuildResult, out: Path, progress: Progress = _noop, today: dt.date | None = None
) -> list[str]:
    """Write every output into `out` atomically; returns the file names written."""
    import hashlib

    progress("writing outputs")
    texts: dict[str, str] = {
        "graph.ttl": to_turtle(result.graph),
        "graph.nt": to_ntriples(result.graph),
        "graph.jsonld": to_jsonld(result.graph),
        "inferred.ttl": to_turtle(result.inferred),
        "context.jsonld": json.dumps({"@context": dict(sorted(PREFIXES.items()))}, indent=1) + "\n",
        "validation-report.ttl": report_turtle(result.report, result.base),
        "validation-report.txt": REPORT_FORMATS["text"](result.report),
        "validation-report.json": REPORT_FORMATS["json"](result.report),
        "claims.json": claims_json(result),
    }
    for name, query_name in CSV_VIEWS.items():
        query = result.catalogue[query_name]
        texts[name] = FORMATTERS["csv"](run_local(result.store, query, {}))
    digests = {name: hashlib.sha256(text.encode()).hexdigest() for name, text in texts.items()}
    texts["dataset.ttl"] = to_turtle(describe_dataset(result, digests))
    with staged_directory(out) as staging:
        for name, text in sorted(texts.items()):
            write_atomic(staging / name, text)
    return sorted(texts)


def claims_json(result: BuildResult) -> str:
    """Every claim that entered the graph, with its review status; rejected ones apart."""
    items = []
    for item in result.curation.claims:
        data = item.claim.to_json()
        data["id"] = item.id
        data["review_status"] = item.status
        data["review_reason"] = item.reason
        items.append(data)
    rejected = [
        dict(claim.to_json(), review_reason=reason) for claim, reason in result.curation.rejected
    ]
    return json.dumps({"claims": items, "rejected": rejected}, ensure_ascii=False, indent=1) + "\n"
