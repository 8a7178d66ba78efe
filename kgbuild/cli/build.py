"""`kgbuild build` and `kgbuild validate`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from kgbuild.cli.app import (
    DEFAULT_OUT,
    EXIT_DATA,
    EXIT_OK,
    State,
    _check_base,
    _check_endpoint,
    _guard,
    _project,
    _require_graph,
    counted,
    fail_on_option,
    main,
)
from kgbuild.validation import ENGINES, REPORT_FORMATS

# ---------------------------------------------------------------------------- build


def _tune_gc() -> None:
    """Fewer passes of Python's cyclic collector during a build.

    The build allocates millions of objects (rdflib terms and triples, Oxigraph results),
    nearly all freed by reference counting, and the default threshold (700 allocations)
    sent the collector over them thousands of times. Freezing what the imports made and a
    threshold of 50,000 took the seed build's CLI wall time from 6.3-6.5 s to 5.7 s, for
    10 MB more peak memory (two runs each, quiet machine)."""
    import gc

    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


@main.command()
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(path_type=Path),  # checked by kgbuild.outputs.check_output_dir: exit 3
    default=None,
    help="Folder to write the outputs to  [default: dist/ in the project folder (--root)]",
)
@click.option(
    "--base",
    default=None,
    help="Base IRI of the instance data (default https://w3id.org/ru-seclaw/).",
)
@click.option(
    "--official-stats",
    "official_stats",
    type=click.Path(path_type=Path),
    envvar="KGBUILD_OFFICIAL_STATS",
    show_envvar=True,
    default=None,
    help="Folder of the Judicial Department's XLS files (seeds/official-stats.yaml lists "
    "them); without it the build leaves the official statistics out and says so.",
)
@click.option(
    "--endpoint",
    default=None,
    metavar="URL",
    help="The SPARQL endpoint the build will be served at (e.g. by kgbuild serve): "
    "dataset.ttl then names it (void:sparqlEndpoint, a dcat:DataService).",
)
@fail_on_option
@click.pass_obj
def build(
    state: State,
    out: Path | None,
    base: str | None,
    official_stats: Path | None,
    endpoint: str | None,
    fail_on: str,
) -> None:
    """Run the whole pipeline and write the graph, its exports and reports to DIR."""
    import resource

    from kgbuild.namespaces import DEFAULT_BASE
    from kgbuild.outputs import check_output_dir
    from kgbuild.pipeline import assemble, write_build

    if out is None:
        out = state.root / DEFAULT_OUT
    _tune_gc()
    started = time.perf_counter()
    with _guard(state):
        _check_base(base or DEFAULT_BASE)
        if endpoint is not None:
            _check_endpoint(endpoint, "--endpoint")
        check_output_dir(out, state.root)
        progress = state.progress()
        assembled = assemble(_project(state), base or DEFAULT_BASE, progress, official_stats)
        result = write_build(assembled, out, progress, protected=state.root, endpoint=endpoint)
    seconds = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for warning in result.seeds.warnings:
        state.finding(warning.render("WARNING"))
    official = result.official
    if official.missing:
        state.say(f"NOTE {official.missing}")
    for finding in result.report.findings:
        state.finding(finding.line())
    reasoning = result.reasoning
    unreviewed = len(result.curation.unreviewed)
    state.say(
        f"Wrote {counted(len(result.files), 'file')} to {out}/: "
        f"{counted(result.triples, 'triple')} ({len(result.inferred)} inferred), "
        f"{counted(len(result.seeds.documents), 'document')}, "
        f"{counted(len(result.curation.claims), 'claim')} ({unreviewed} not reviewed yet; "
        "see claims.json), "
        f"{counted(len(result.seeds.register.articles), 'article')}, "
        f"{counted(len(result.seeds.register.laws), 'law')}."
    )
    if official.stats is not None:
        stats = official.stats
        state.say(
            f"Official statistics: {len(stats.files)} files, {len(stats.rows)} rows, "
            f"{len(stats.observations)} observations, read in {official.seconds:.1f}s."
        )
    state.say(
        f"Reasoner: {reasoning.classified} gravity periods (versions under the Art. 15 of "
        f"their days) classified by HermiT, "
        f"{reasoning.derived_in_code} by the Art. 15 rule in code, "
        f"{reasoning.seconds:.1f}s."
    )
    verdict = "conforms" if result.report.conforms(fail_on) else "does not conform"
    state.say(f"Validation: {verdict}: {result.report.summary()}")
    state.say(f"Build: {seconds:.1f}s wall, peak memory {peak_mib:.0f} MiB.")
    sys.exit(EXIT_OK if result.report.conforms(fail_on) else EXIT_DATA)


# ---------------------------------------------------------------------------- validate


@main.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(list(REPORT_FORMATS)),
    default="text",
    show_default=True,
)
@fail_on_option
@click.option(
    "--engine",
    type=click.Choice(list(ENGINES)),
    default="fast",
    show_default=True,
    help="SHACL engine: fast (the `shacl` package, reads the file itself) or pyshacl "
    "(the reference; builds an rdflib graph, slow on large graphs).",
)
@click.pass_obj
def validate(state: State, graph: Path | None, fmt: str, fail_on: str, engine: str) -> None:
    """Validate GRAPH with the shapes and the check queries.

    GRAPH is a graph file, or a build folder (default dist/): its store is opened for the
    check queries (the official sums among them) and the shapes run on its graph.nt (fast
    engine) or on the graph less the official rows and figures (pyshacl).
    """
    from kgbuild.queries import load_catalogue
    from kgbuild.store import find_store, open_graph
    from kgbuild.validation import (
        load_shapes,
        require_kgbuild_store,
        validate_build,
        validate_file,
    )

    project = _project(state)
    default = state.root / DEFAULT_OUT
    path = graph or (default if find_store(default) else default / "graph.ttl")
    with _guard(state):
        _require_graph(path, "a graph file")
        shapes = load_shapes(project.shapes)
        checks = [q for q in load_catalogue(project.queries).values() if q.kind == "check"]
        if path.is_dir():
            store = open_graph(path)
            require_kgbuild_store(store, path)
            folder = path if (path / "graph.nt").is_file() else path.parent
            report = validate_build(folder, shapes, checks, store, engine)
        else:
            report = validate_file(path, shapes, checks, engine)
    click.echo(REPORT_FORMATS[fmt](report), nl=False)
    if fmt != "text":
        state.say(f"Validation: {report.summary()}")
    sys.exit(EXIT_OK if report.conforms(fail_on) else EXIT_DATA)
