"""The whole build, composed from the stage modules. No printing, no exiting."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import RDF

from kgbuild.claims import Claim
from kgbuild.code_text import load_code_articles
from kgbuild.curation import CurationResult, curate_claims
from kgbuild.describe import DESCRIPTION_PREFIXES, Describe, DistFile, describe_dataset
from kgbuild.dumps import Block, write_dumps
from kgbuild.errors import InputError, KgbuildError, Problem
from kgbuild.export import (
    canonical_triples,
    to_jsonld,
    to_ntriples,
    to_turtle,
    write_atomic,
)
from kgbuild.findings import Finding
from kgbuild.lexicon import Lexicon, load_lexicon
from kgbuild.mapping import Iris, map_claims, map_documents, map_statutes
from kgbuild.mapping.categories import map_categories
from kgbuild.mapping.confiscation import map_confiscation
from kgbuild.mapping.coverage import map_coverage
from kgbuild.mapping.notes import map_notes
from kgbuild.mapping.official import map_official_structure, official_blocks
from kgbuild.namespaces import DEFAULT_BASE, PREFIXES
from kgbuild.outputs import staged_directory
from kgbuild.owl.publish import published_ontology, to_rdfxml
from kgbuild.project import Project
from kgbuild.queries import (
    NamedQuery,
    load_catalogue,
    require_queries,
    run_local,
)
from kgbuild.query_formats import FORMATTERS
from kgbuild.reasoning import ReasoningResult, classify_gravity
from kgbuild.sources import Seeds, load_seeds
from kgbuild.statistics.catalogue import Catalogue as OfficialCatalogue
from kgbuild.statistics.catalogue import Missing, locate_official_stats
from kgbuild.statistics.catalogue import load_catalogue as load_official_catalogue
from kgbuild.statistics.reader import read_official_stats
from kgbuild.statistics.records import OfficialStats
from kgbuild.store import STORE_DIR
from kgbuild.tables import csvw_metadata, metadata_name
from kgbuild.validation import (
    REPORT_FORMATS,
    ValidationReport,
    check_shapes_wellformed,
    load_shapes,
    report_turtle,
    validate_build,
)

Progress = Callable[[str], None]

ONTOLOGY_FILES = ("rsl.ttl", "schemes.ttl", "offences.ttl", "gravity.ttl", "cube.ttl")
CSV_VIEWS = {
    "statistics.csv": "convictions",
    "cases.csv": "cases",
    "statutes.csv": "statute-table",
}


@dataclass(frozen=True)
class Official:
    """The official statistics of a build, or why there are none."""

    stats: OfficialStats | None
    catalogue: OfficialCatalogue | None
    missing: str | None
    seconds: float = 0.0


@dataclass(frozen=True)
class Assembled:
    """Everything mapped, reasoned and ready to write; the small graph in memory."""

    graph: Graph
    inferred: Graph
    seeds: Seeds
    curation: CurationResult
    reasoning: ReasoningResult
    shapes: Graph
    catalogue: dict[str, NamedQuery]
    base: str
    official: Official
    ontology: Graph = field(default_factory=Graph)
    """ontology/*.ttl as loaded (published as ontology.ttl and ontology.owl)."""
    shapes_meta: tuple[Finding, ...] = ()
    """What the SHACL-SHACL meta-shapes found wrong in `shapes` (check_shapes_wellformed)."""


@dataclass(frozen=True)
class BuildResult:
    assembled: Assembled
    report: ValidationReport
    files: list[str]
    triples: int

    @property
    def seeds(self) -> Seeds:
        return self.assembled.seeds

    @property
    def curation(self) -> CurationResult:
        return self.assembled.curation

    @property
    def reasoning(self) -> ReasoningResult:
        return self.assembled.reasoning

    @property
    def inferred(self) -> Graph:
        return self.assembled.inferred

    @property
    def official(self) -> Official:
        return self.assembled.official


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
    # Imported here, not at the top: its grammars take 0.15 s to compile, which the build
    # spends while HermiT runs (assemble) rather than before it starts.
    from kgbuild.extraction import extract_claims

    claims: list[Claim] = []
    for doc in seeds.documents:
        claims.extend(
            extract_claims(
                doc.text,
                document=doc.path,
                lexicon=lexicon,
                published=doc.published,
                report_year=doc.report_year,
                lang=doc.language,
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


def read_official(project: Project, folder: Path | str | None, progress: Progress) -> Official:
    """The official statistics from `folder` (or KGBUILD_OFFICIAL_STATS), checked, or Missing."""
    located = locate_official_stats(folder)
    if isinstance(located, Missing):
        return Official(None, None, str(located))
    progress("reading official statistics")
    started = time.perf_counter()
    catalogue = load_official_catalogue(project.seeds / "official-stats.yaml")
    stats = read_official_stats(located, catalogue)
    return Official(stats, catalogue, None, time.perf_counter() - started)


def assemble(
    project: Project,
    base: str = DEFAULT_BASE,
    progress: Progress = _noop,
    official_stats: Path | str | None = None,
) -> Assembled:
    """Sources, extract, curate, statistics, map, reason: the graph ready to write."""
    progress("loading seeds")
    seeds = load_seeds(project.seeds)
    ontology = load_ontology(project)
    shapes = load_shapes(project.shapes)
    catalogue = load_catalogue(project.queries)
    require_queries(catalogue, list(CSV_VIEWS.values()), project.queries)
    lexicon = load_lexicon(project.ontology / "offences.ttl")
    check_offences(seeds, ontology)
    official = read_official(project, official_stats, progress)
    iris = Iris(base)
    # The register's graph first: the reasoner needs only it (versions, sanctions, Art. 15's
    # categories and gravity periods), so HermiT's JVM classifies while this thread extracts,
    # curates, maps the rest and checks the shapes graph. The thread that waits for Java
    # holds no lock; nothing changes `register` until the reasoner is done with it.
    progress("mapping the register")
    register = map_statutes(seeds.register, iris)  # the largest part: never copied
    register += map_categories(seeds.register, iris)
    progress("reasoning (HermiT), extracting and mapping meanwhile")
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kgbuild-reasoner") as pool:
        pending = pool.submit(classify_gravity, ontology, register, base)
        claims = extract_documents(seeds, lexicon)
        curation = curate_claims(claims, seeds.decisions, seeds.documents)
        check_anchors(curation, seeds)
        asserted = Graph()  # the rest, added to `register` once the reasoner is done
        asserted += ontology
        asserted += map_notes(seeds.register, iris)
        asserted += map_confiscation(seeds.register, iris)
        code_articles = load_code_articles(project.seeds / "statutes" / "code-articles.tsv")
        asserted += map_coverage(seeds.register, code_articles, iris)
        asserted += map_documents(seeds.documents, iris)
        asserted += map_claims(curation.claims, seeds.documents, iris, seeds.register.articles)
        if official.stats is not None and official.catalogue is not None:
            asserted += map_official_structure(
                official.stats,
                official.catalogue,
                iris,
                code_articles,
                set(seeds.register.articles),
            )
        shapes_meta = tuple(check_shapes_wellformed(shapes))
        reasoning = pending.result()
    graph = register  # no copy: the register's graph is not used apart from here on
    graph += asserted
    graph += reasoning.inferred
    return Assembled(
        graph,
        reasoning.inferred,
        seeds,
        curation,
        reasoning,
        shapes,
        catalogue,
        base,
        official,
        ontology,
        shapes_meta,
    )


JSONLD_SCOPE = (
    "The graph without the official statistics' rows and cells (about six million triples, "
    "in graph.nt, graph.ttl and the store): JSON-LD of that size serves no consumer."
)


def write_build(
    assembled: Assembled,
    out: Path,
    progress: Progress = _noop,
    protected: Path | None = None,
    endpoint: str | None = None,
) -> BuildResult:
    """Write the dumps, load the store, validate, then write the views and reports.

    Everything goes into a staging folder swapped in at the end (kgbuild.outputs): `out`
    keeps its earlier build until the new one is whole. `endpoint`, the SPARQL endpoint the
    build will be served at, goes into dataset.ttl.
    """
    import hashlib

    graph = assembled.graph
    with staged_directory(out, protected) as staging:
        progress("writing dumps")
        blocks: Iterable[Block] = ()
        official = assembled.official
        stats = official.stats
        if stats is not None:
            known = official.catalogue.known_exceptions if official.catalogue else ()
            blocks = official_blocks(stats, Iris(assembled.base), known)
        canonical = canonical_triples(graph)  # once, for every serialisation below
        small_lines = sorted(to_ntriples(graph, triples=canonical).splitlines(keepends=True))
        triples = write_dumps(
            small_lines,
            to_turtle(graph, triples=canonical),
            blocks,
            staging / "graph.nt",
            staging / "graph.ttl",
        )
        del small_lines
        progress("loading the store")
        store = ox.Store(str(staging / STORE_DIR))
        store.bulk_load(path=str(staging / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
        progress("validating")
        checks = [q for q in assembled.catalogue.values() if q.kind == "check"]
        report = validate_build(staging, assembled.shapes, checks, store)
        meta = assembled.shapes_meta
        if meta:
            report = ValidationReport(meta + report.findings, report.shapes, report.checks)
        progress("writing views and reports")
        texts: dict[str, str] = {
            "graph.jsonld": to_jsonld(graph, triples=canonical),
            "inferred.ttl": to_turtle(assembled.inferred),
            "context.jsonld": json.dumps({"@context": dict(sorted(PREFIXES.items()))}, indent=1)
            + "\n",
            "validation-report.ttl": report_turtle(report, assembled.base),
            "validation-report.txt": REPORT_FORMATS["text"](report),
            "validation-report.json": REPORT_FORMATS["json"](report),
            "claims.json": claims_json(assembled),
        }
        if len(assembled.ontology):
            ontology = published_ontology(assembled.ontology)
            texts["ontology.ttl"] = to_turtle(ontology)
            texts["ontology.owl"] = to_rdfxml(ontology)
        for name, query_name in CSV_VIEWS.items():
            query = assembled.catalogue[query_name]
            results = run_local(store, query, {})
            texts[name] = FORMATTERS["csv"](results)
            texts[metadata_name(name)] = csvw_metadata(name, results.columns)
        dist_files = {
            name: DistFile(hashlib.sha256(text.encode()).hexdigest(), len(text.encode()))
            for name, text in texts.items()
        }
        for name in ("graph.nt", "graph.ttl"):
            path = staging / name
            dist_files[name] = DistFile(_sha256_file(path), path.stat().st_size)
        publication = assembled.seeds.publication
        assert publication is not None  # load_seeds refuses seeds without one
        spec = Describe(
            assembled.base,
            dist_files,
            publication,
            endpoint,
            JSONLD_SCOPE if stats is not None else None,
            STORE_DIR,
        )
        texts["dataset.ttl"] = to_turtle(describe_dataset(store, spec), DESCRIPTION_PREFIXES)
        store.flush()
        del store
        for name, text in sorted(texts.items()):
            write_atomic(staging / name, text)
        files = sorted(p.name for p in staging.iterdir() if not p.name.startswith("."))
    return BuildResult(assembled, report, files, triples)


def _sha256_file(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def claims_json(result: Assembled) -> str:
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
