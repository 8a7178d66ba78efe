"""The `kgbuild` command. The only module that prints, exits or configures logging.

Exit codes: 0 success/conforms; 1 the data fails (violations); 2 usage error (click);
3 input or configuration error the user can fix; 4 internal error.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click

from kgbuild import __version__
from kgbuild.errors import InputError, KgbuildError, Problem
from kgbuild.export import SERIALISERS
from kgbuild.publish import SERVERS
from kgbuild.queries import FORMATTERS
from kgbuild.serve import DEFAULT_BIND
from kgbuild.validation import ENGINES, REPORT_FORMATS, SEVERITY_ORDER

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3, 4
DEFAULT_OUT = Path("dist")

fail_on_option = click.option(
    "--fail-on",
    type=click.Choice(list(SEVERITY_ORDER)),
    default="violation",
    show_default=True,
    help="Lowest finding severity that makes the exit code 1.",
)


class State:
    def __init__(self, verbosity: int, debug: bool, root: Path) -> None:
        self.verbosity = verbosity
        self.debug = debug
        self.root = root

    def say(self, message: str) -> None:
        """A diagnostic line on stderr, unless --quiet."""
        if self.verbosity >= 0:
            click.echo(message, err=True)

    def finding(self, message: str) -> None:
        """A finding or warning about the data on stderr: kept under --quiet."""
        click.echo(message, err=True)

    def progress(self) -> Callable[[str], None]:
        started = time.perf_counter()
        tty = sys.stderr.isatty()

        def report(stage: str) -> None:
            if self.verbosity > 0 or (tty and self.verbosity >= 0):
                click.echo(f"[{time.perf_counter() - started:6.1f}s] {stage}...", err=True)

        return report


def _one_line(problem: Problem) -> tuple[str, str | None]:
    """A problem as one line; a library's multi-line message keeps its first line and
    the rest is returned apart, for --debug."""
    lines = [line.strip() for line in str(problem.message).splitlines() if line.strip()]
    if len(lines) <= 1:
        return problem.render("ERROR"), None
    short = Problem(problem.path, problem.line, lines[0].rstrip(":") + " [...]", problem.hint)
    return short.render("ERROR"), "\n".join(lines[1:])


def _fail(state: State, exc: BaseException) -> NoReturn:
    if isinstance(exc, OSError) and exc.filename:
        # The machine refused a read or write (permissions, a full disk): the user can fix it.
        exc = InputError(
            [
                Problem(
                    str(exc.filename),
                    None,
                    f"cannot access the file: {exc.strerror or exc}",
                    "check the permissions and free space of the folder",
                )
            ]
        )
    if isinstance(exc, InputError):
        for problem in exc.problems:
            line, rest = _one_line(problem)
            click.echo(line, err=True)
            if rest and state.debug:
                click.echo(rest, err=True)
        if state.verbosity > 0:
            click.echo(f"{len(exc.problems)} input problem(s); nothing was written.", err=True)
        sys.exit(EXIT_INPUT)
    if state.debug:
        traceback.print_exception(exc, file=sys.stderr)
    if isinstance(exc, KgbuildError):
        click.echo(f"ERROR internal: {exc}", err=True)
    else:
        click.echo(
            f"ERROR internal: {type(exc).__name__}: {exc} "
            "(run with --debug for the traceback, and please report it)",
            err=True,
        )
    sys.exit(EXIT_INTERNAL)


@contextmanager
def _guard(state: State) -> Iterator[None]:
    try:
        yield
    except (click.exceptions.Exit, click.ClickException, SystemExit):
        raise
    except Exception as exc:  # every failure gets its exit code and one clear line
        _fail(state, exc)


class _LogFormat(logging.Formatter):
    """`LEVEL logger: message` on one line; tracebacks and later lines only with --debug."""

    def __init__(self, debug: bool) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")
        self.debug = debug

    def format(self, record: logging.LogRecord) -> str:
        if self.debug:
            return super().format(record)
        message = record.getMessage().strip().split("\n", 1)[0]
        return f"{record.levelname} {record.name}: {message}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgbuild")
@click.option("-v", "--verbose", count=True, help="More diagnostics on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors and findings on stderr.")
@click.option("--debug", is_flag=True, help="Tracebacks for internal errors; debug logging.")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Project folder holding seeds/; its own ontology/, shapes/, queries/ override the "
    "installed ones.",
)
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool, debug: bool, root: Path) -> None:
    """Build, validate and query the knowledge graph of Russian state-security criminal law."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_LogFormat(debug))
    logging.basicConfig(
        level=logging.DEBUG if debug else (logging.INFO if verbose else logging.WARNING),
        handlers=[handler],
        force=True,
    )
    ctx.obj = State(-1 if quiet else verbose, debug, root)


def _project(state: State) -> Any:
    from kgbuild.pipeline import Project

    if not state.root.is_dir():
        _fail(
            state,
            InputError(
                [
                    Problem(
                        str(state.root),
                        None,
                        "no such project folder",
                        "pass --root DIR with the folder that holds seeds/, ontology/, "
                        "shapes/ and queries/, or run kgbuild in that folder",
                    )
                ]
            ),
        )
    return Project(state.root)


def _check_base(base: str) -> None:
    """The instance base must be an absolute IRI that IRIs can be appended to."""
    import urllib.parse

    parts = urllib.parse.urlsplit(base)
    bad = sorted({c for c in base if c in '<>"{}|\\^`' or c.isspace() or ord(c) < 32})
    if not parts.scheme or not (parts.netloc or parts.scheme == "urn") or bad:
        why = f"contains {', '.join(map(repr, bad))}" if bad else "is not an absolute IRI"
        raise InputError(
            [Problem("--base", None, f"{base!r} {why}", "give an IRI like https://example.org/kg/")]
        )
    if not base.endswith(("/", "#")):
        raise InputError(
            [
                Problem(
                    "--base",
                    None,
                    f"{base!r} does not end with / or #, so minted IRIs would run into it",
                    f"write {base}/",
                )
            ]
        )


def _check_endpoint(endpoint: str, option: str = "-e") -> None:
    import urllib.parse

    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in endpoint:
        raise InputError(
            [
                Problem(
                    option,
                    None,
                    f"{endpoint!r} is not an http(s) URL",
                    "give the endpoint's URL, e.g. http://127.0.0.1:7878/query",
                )
            ]
        )


# ---------------------------------------------------------------------------- build


@main.command()
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(path_type=Path),  # checked by kgbuild.outputs.check_output_dir: exit 3
    default=DEFAULT_OUT,
    show_default=True,
    help="Folder to write the outputs to.",
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
    out: Path,
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
        f"Wrote {len(result.files)} files to {out}/: {result.triples} triples "
        f"({len(result.inferred)} inferred), {len(result.seeds.documents)} documents, "
        f"{len(result.curation.claims)} claims ({unreviewed} not reviewed yet; "
        "see claims.json), "
        f"{len(result.seeds.register.articles)} articles, "
        f"{len(result.seeds.register.laws)} laws."
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
        validate_store,
    )

    project = _project(state)
    path = graph or (DEFAULT_OUT if find_store(DEFAULT_OUT) else DEFAULT_OUT / "graph.ttl")
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
            store = open_graph(path)
            require_kgbuild_store(store, path)
            report = validate_store(path, shapes, checks, engine, loaded=store)
    click.echo(REPORT_FORMATS[fmt](report), nl=False)
    if fmt != "text":
        state.say(f"Validation: {report.summary()}")
    sys.exit(EXIT_OK if report.conforms(fail_on) else EXIT_DATA)


# ---------------------------------------------------------------------------- query


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="-p")
        name, value = item.split("=", 1)
        params[name.strip()] = value
    return params


@main.command()
@click.argument("name", required=False)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter, bound as a typed RDF term.",
)
@click.option(
    "-g",
    "--graph",
    type=click.Path(path_type=Path),
    help="Build folder (its Oxigraph store, opened without parsing) or graph file to query "
    "(default: dist/, else dist/graph.ttl).",
)
@click.option("-e", "--endpoint", help="A SPARQL 1.1 endpoint URL to query instead.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(list(FORMATTERS)),
    default="table",
    show_default=True,
)
@click.option("--list", "list_", is_flag=True, help="List the named queries.")
@click.pass_obj
def query(
    state: State,
    name: str | None,
    params: tuple[str, ...],
    graph: Path | None,
    endpoint: str | None,
    fmt: str,
    list_: bool,
) -> None:
    """Run a named query (queries/NAME.rq) or a FILE.rq against a graph or an endpoint."""
    from kgbuild.queries import bind_parameters, load_catalogue, resolve_query, run_local
    from kgbuild.remote import run_endpoint
    from kgbuild.store import find_store, open_graph

    project = _project(state)
    if list_:
        with _guard(state):
            catalogue = load_catalogue(project.queries)
        for q in catalogue.values():
            params_text = " ".join(f"-p {p.name}=<{p.type}>" for p in q.parameters)
            click.echo(
                f"{q.name:24} [{q.kind}] {q.title}" + (f"  {params_text}" if params_text else "")
            )
            click.echo(f"{'':24} {q.description}")
        return
    if not name:
        raise click.UsageError("give a query NAME or FILE.rq, or --list")
    if graph and endpoint:
        raise click.UsageError("-g and -e exclude each other")
    given = _parse_params(params)
    with _guard(state):
        if endpoint:
            _check_endpoint(endpoint)
        named = resolve_query(name, project.queries)
        bindings = bind_parameters(named, given)
        if endpoint:
            results = run_endpoint(endpoint, named, bindings)
        else:
            path = graph or (DEFAULT_OUT if find_store(DEFAULT_OUT) else DEFAULT_OUT / "graph.ttl")
            _require_graph(path, "-g GRAPH")
            results = run_local(open_graph(path), named, bindings)
    click.echo(FORMATTERS[fmt](results), nl=False)


# ---------------------------------------------------------------------------- extract


@main.command()
@click.argument(
    "files", nargs=-1, required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--published",
    help="Publication date YYYY-MM-DD, to resolve 'last year'. "
    "Default: the seeds catalogue's date for a catalogued file.",
)
@click.option(
    "--lang",
    type=click.Choice(["en", "ru"]),
    help="The documents' language. Default: detected per file (share of Cyrillic letters).",
)
@click.option(
    "--score",
    "key_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Instead of printing claims, score the extractor against this answer key (YAML) "
    "and print precision and recall by language and kind.",
)
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True
)
@click.pass_obj
def extract(
    state: State,
    files: tuple[Path, ...],
    published: str | None,
    lang: str | None,
    key_file: Path | None,
    fmt: str,
) -> None:
    """Extract claims from text FILEs and print them (or, with --score KEY, score them)."""
    from kgbuild.claims import Claim
    from kgbuild.extraction import MAX_DOCUMENT_BYTES, extract_claims
    from kgbuild.lexicon import load_lexicon
    from kgbuild.sources import catalogue_dates, parse_date

    project = _project(state)
    if key_file is not None:
        if files:
            raise click.UsageError("give either FILEs or --score KEY, not both")
        _score(state, key_file, project.ontology / "offences.ttl")
        return
    if not files:
        raise click.UsageError("give at least one FILE (or --score KEY)")
    date_given = None
    if published:
        try:
            date_given = parse_date(published)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--published") from exc
    claims: list[Claim] = []
    with _guard(state):
        lexicon = load_lexicon(project.ontology / "offences.ttl")
        known = catalogue_dates(project.seeds)
        for path in files:
            size = path.stat().st_size
            if size > MAX_DOCUMENT_BYTES:
                raise InputError(
                    [
                        Problem(
                            str(path),
                            None,
                            f"document is {size:,} bytes, above the limit of "
                            f"{MAX_DOCUMENT_BYTES:,}",
                            "split it into smaller files",
                        )
                    ]
                )
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    [Problem(str(path), None, "not UTF-8 text", "convert the file to UTF-8")]
                ) from exc
            key = _catalogue_key(path, project.seeds)
            day, year = known.get(key, (None, None)) if key else (None, None)
            claims.extend(
                extract_claims(
                    text,
                    document=str(path),
                    lexicon=lexicon,
                    published=date_given or day,
                    report_year=year,
                    lang=lang,
                )
            )
    if fmt == "json":
        click.echo(json.dumps([c.to_json() for c in claims], ensure_ascii=False, indent=1))
        return
    for claim in claims:
        data = claim.to_json()
        skip = ("quote", "document", "id", "start", "end")
        values = ", ".join(
            f"{k}={_plain(v)}" for k, v in data.items() if v not in (None, [], "") and k not in skip
        )
        click.echo(f"{claim.document}:{claim.start}-{claim.end} id={claim.id} {values}")
        click.echo(f'    "{claim.quote}"')
    state.say(f"{len(claims)} claims from {len(files)} file(s)")


def _score(state: State, key: Path, offences: Path) -> None:
    """Print precision and recall by language and kind, then every miss and false claim."""
    from kgbuild.extraction.scoring import describe, score_key
    from kgbuild.lexicon import load_lexicon

    with _guard(state):
        score = score_key(key, load_lexicon(offences))

    def ratio(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}"

    click.echo(
        f"{'lang':4} {'kind':20} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>6}"
    )
    totals = score.by_language()
    for lang, total in totals.items():
        rows = [(k, t) for (lg, k), t in sorted(score.tallies.items()) if lg == lang]
        for kind, t in [*rows, ("all", total)]:
            click.echo(
                f"{lang:4} {kind:20} {t.tp:4} {t.fp:4} {t.fn:4} "
                f"{ratio(t.precision):>9} {ratio(t.recall):>6}"
            )
    for item, sig in score.missed:
        click.echo(f"missed {item}: {describe(sig)}")
    for item, sig in score.extra:
        click.echo(f"false  {item}: {describe(sig)}")


def _require_graph(path: Path, how: str) -> None:
    if not path.exists():
        raise InputError(
            [
                Problem(
                    str(path),
                    None,
                    "no such graph file",
                    f"run `kgbuild build` first, or pass {how}",
                )
            ]
        )


def _plain(value: object) -> str:
    """A JSON value as a reader would write it: 275.1, true, 7, a,b."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ",".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}={_plain(v)}" for k, v in value.items() if v is not None) + "}"
    return str(value)


def _catalogue_key(path: Path, seeds: Path) -> str | None:
    try:
        return str(path.resolve().relative_to(seeds.resolve()))
    except ValueError:
        return None


# ---------------------------------------------------------------------------- export


@main.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(list(SERIALISERS)),
    default="turtle",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (atomically); default stdout.",
)
@click.pass_obj
def export(state: State, graph: Path, fmt: str, output: Path | None) -> None:
    """Re-serialise GRAPH canonically as Turtle, N-Triples or JSON-LD."""
    from kgbuild.export import write_atomic
    from kgbuild.store import load_graph

    with _guard(state):
        text = SERIALISERS[fmt](load_graph(graph))
        if output:
            write_atomic(output, text)
            state.say(f"Wrote {output}")
            return
    click.echo(text, nl=False)


@main.command("ontology-docs")
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("ontology-docs"),
    show_default=True,
    help="Folder to write the HTML pages to.",
)
@click.pass_obj
def ontology_docs(state: State, output: Path) -> None:
    """Write the ontology's HTML documentation with pyLODE (pip install 'kgbuild[docs]').

    index.html documents the published ontology (ontology.ttl of a build); NAME.html each
    file of ontology/.
    """
    from kgbuild.export import write_atomic
    from kgbuild.owl.docs import ontology_pages
    from kgbuild.owl.publish import published_ontology
    from kgbuild.pipeline import ONTOLOGY_FILES, load_ontology

    project = _project(state)
    with _guard(state):
        published = published_ontology(load_ontology(project))
        pages = ontology_pages(project.ontology, ONTOLOGY_FILES, published)
        output.mkdir(parents=True, exist_ok=True)
        for name, html in sorted(pages.items()):
            write_atomic(output / name, html)
    state.say(f"Wrote {len(pages)} pages to {output}/ (pyLODE): " + ", ".join(sorted(pages)))


# ---------------------------------------------------------------------------- site


@main.command()
@click.argument("build", required=False, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the site into (default: site/ beside dist/).",
)
@click.pass_obj
def site(state: State, build: Path | None, output: Path | None) -> None:
    """Write a static HTML site of BUILD (a build folder; default dist/).

    Every resource gets a page with its facts, sources and confidence, and its RDF beside
    it (index.ttl, index.jsonld); charts (SVG) and networks (GraphML) are drawn from named
    queries. The site works offline; `kgbuild serve` serves it with the endpoint.
    """
    from kgbuild.outputs import check_output_dir
    from kgbuild.site import build_site
    from kgbuild.store import open_graph

    path = build or state.root / DEFAULT_OUT
    out = output or state.root / "site"
    with _guard(state):
        check_output_dir(out, state.root, what="site")
        store = open_graph(path)
        project = _project(state)
        docs = _ontology_docs(state, project)
        summary = build_site(store, project.queries, out, state.say, state.root, docs)
    state.say(
        f"Wrote the site to {out}/: {summary.pages} resource pages, {summary.charts} charts, "
        f"{summary.networks} networks, {summary.seconds:.1f}s."
    )


def _ontology_docs(state: State, project: Any) -> dict[str, str] | None:
    """pyLODE's pages of the ontology for the site, or None (with a note) without pyLODE."""
    import importlib.util

    from kgbuild.owl.docs import ontology_pages
    from kgbuild.owl.publish import published_ontology
    from kgbuild.pipeline import ONTOLOGY_FILES, load_ontology

    if importlib.util.find_spec("pylode") is None:
        state.say("NOTE the site's ontology page has no pyLODE pages: pip install 'kgbuild[docs]'")
        return None
    published = published_ontology(load_ontology(project))
    return ontology_pages(project.ontology, ONTOLOGY_FILES, published)


@main.command()
@click.argument("build", required=False, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write (atomically); default: report.html beside dist/.",
)
@click.pass_obj
def report(state: State, build: Path | None, output: Path | None) -> None:
    """Write one HTML page summarising BUILD (default dist/) for a paper's appendix.

    Coverage and currency, the official headline series, conflicts between sources,
    validation findings, unverified facts and unreviewed claims; self-contained.
    """
    from kgbuild.export import write_atomic
    from kgbuild.site import build_report
    from kgbuild.store import open_graph

    path = build or state.root / DEFAULT_OUT
    out = output or state.root / "report.html"
    with _guard(state):
        if not (path / "validation-report.json").is_file():
            raise InputError(
                [
                    Problem(
                        str(path),
                        None,
                        "is not a build folder (no validation-report.json)",
                        "pass the folder `kgbuild build` wrote",
                    )
                ]
            )
        write_atomic(out, build_report(open_graph(path), _project(state).queries, path))
    state.say(f"Wrote {out}")


# ---------------------------------------------------------------------------- serve


@main.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option(
    "--bind",
    default=DEFAULT_BIND,
    show_default=True,
    help="host:port to listen on; the default answers this machine only.",
)
@click.option(
    "--store",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep the server's database in DIR (default: a temporary folder removed on exit).",
)
@click.option(
    "--site",
    "site_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Serve this site (from `kgbuild site`) beside the endpoint; default: site/ if it exists.",
)
@click.pass_obj
def serve(
    state: State, graph: Path | None, bind: str, store: Path | None, site_dir: Path | None
) -> None:
    """Serve GRAPH read-only over SPARQL 1.1 (and its site, if any) until Ctrl-C.

    GRAPH is a build folder, whose Oxigraph store is served as it is, or a graph file,
    loaded first (default: dist/, else dist/graph.nt). With a site (`kgbuild site`), the
    same address serves its pages, with content negotiation on every resource's path
    (Accept: text/turtle gives Turtle), the endpoint at /query and the dumps at /dumps/.

    Prints the endpoint URL on stdout; query it with `kgbuild query NAME -e URL` or any
    SPARQL client.
    """
    import signal

    from kgbuild.serve import serving
    from kgbuild.store import find_store

    default = state.root / DEFAULT_OUT
    path = graph or (default if find_store(default) else default / "graph.nt")
    if site_dir is None and (state.root / "site" / "index.html").is_file():
        site_dir = state.root / "site"

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    if site_dir is not None:
        with _guard(state):
            try:
                _serve_site(state, path, bind, store, site_dir)
            except KeyboardInterrupt:
                state.say("Server stopped.")
        return
    with _guard(state):
        try:
            with serving(path, bind, store) as endpoint:
                state.say(f"Serving {endpoint.triples:,} triples from {path} (read-only).")
                click.echo(endpoint.url)
                state.say(
                    f"Try: kgbuild query penalties-in-force -p date=2023-07-01 -e {endpoint.url}"
                )
                state.say("Ctrl-C stops the server.")
                endpoint.process.wait()
                raise KgbuildError(
                    f"the Oxigraph server stopped by itself (exit code "
                    f"{endpoint.process.returncode})"
                )
        except KeyboardInterrupt:
            state.say("Server stopped.")


def _serve_site(state: State, path: Path, bind: str, keep: Path | None, site_dir: Path) -> None:
    """The front door on BIND: the site, /query proxied to an Oxigraph server on loopback."""
    from kgbuild.serve import free_port, parse_bind, serving
    from kgbuild.site.server import front_door
    from kgbuild.store import open_graph

    if not (site_dir / "index.html").is_file():
        raise InputError(
            [Problem(str(site_dir), None, "holds no site", "write one with `kgbuild site`")]
        )
    host, port = parse_bind(bind)
    with serving(path, f"127.0.0.1:{free_port()}", keep) as endpoint:
        store = open_graph(path)
        backend = endpoint.url.rsplit("/query", 1)[0]
        with front_door(
            site_dir, path if path.is_dir() else None, store, backend, host, port
        ) as url:
            state.say(f"Serving {endpoint.triples:,} triples from {path} and the site {site_dir}/.")
            click.echo(url + "query")
            state.say(f"Pages: {url} (Accept: text/turtle on a resource's path gives Turtle).")
            state.say("Ctrl-C stops the server.")
            endpoint.process.wait()
            raise KgbuildError(
                f"the Oxigraph server stopped by itself (exit code {endpoint.process.returncode})"
            )


@main.command()
@click.argument("build", required=False, type=click.Path(path_type=Path))
@click.option(
    "-e",
    "--endpoint",
    "url",
    required=True,
    help="graph-store: the Graph Store endpoint (http://127.0.0.1:7878/store); "
    "virtuoso: the server's HTTP base (http://127.0.0.1:8890).",
)
@click.option(
    "--server",
    type=click.Choice(SERVERS),
    default="graph-store",
    show_default=True,
    help="The kind of server.",
)
@click.option("--graph", "graph_iri", help="The named graph [default: DATASET_IRI/VERSION].")
@click.option("--update", "update_url", help="SPARQL Update endpoint [default: beside -e].")
@click.option("--query", "query_url", help="SPARQL query endpoint [default: beside -e].")
@click.option(
    "--user",
    help="HTTP login (virtuoso: dba by default); the password is read from the "
    "environment variable KGBUILD_PUBLISH_PASSWORD.",
)
@click.option(
    "--batch",
    type=click.IntRange(min=1),
    default=50_000,
    show_default=True,
    help="Triples per upload request.",
)
@click.pass_obj
def publish(
    state: State,
    build: Path | None,
    url: str,
    server: str,
    graph_iri: str | None,
    update_url: str | None,
    query_url: str | None,
    user: str | None,
    batch: int,
) -> None:
    """Load BUILD (default dist/) into a named graph on a SPARQL server, replacing it at once.

    The graph is uploaded beside the published one, checked, then moved over it in one
    SPARQL Update request: a failure on the way leaves the published graph as it was.
    Prints the graph's IRI on stdout.
    """
    import os

    from kgbuild import publish as publishing

    with _guard(state):
        folder = build or state.root / DEFAULT_OUT
        to = publishing.target(
            server, url, update_url, query_url, user, os.environ.get("KGBUILD_PUBLISH_PASSWORD")
        )
        graph = publishing.check_graph_iri(graph_iri) if graph_iri else None
        graph = graph or publishing.default_graph(folder)
        state.say(f"Publishing {folder} into <{graph}> at {to.store}.")

        def progress(done: int, total: int) -> None:
            if state.verbosity >= 0:
                click.echo(f"uploaded {done:,} of {total:,} triples", err=True)

        result = publishing.publish(folder, to, graph, batch, progress)
        state.say(f"Published {result.triples:,} triples in {result.seconds:.1f}s.")
        click.echo(result.graph)


def run() -> None:  # pragma: no cover - console entry for `python -m kgbuild`
    main(prog_name="kgbuild")
