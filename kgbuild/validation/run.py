"""Running the shapes and the check queries on a store, a file, a build folder or an
rdflib Graph, and the report they make."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kgbuild.engines import FAST_FILE_TYPES, run_fast, run_pyshacl
from kgbuild.errors import InputError, Problem
from kgbuild.findings import SEVERITY_ORDER, Finding, ValidationReport, short
from kgbuild.namespaces import DEFAULT_BASE
from kgbuild.queries import NamedQuery, run_local
from kgbuild.store import graph_to_store, load_graph, load_store, store_to_graph

ENGINES = ("fast", "pyshacl")
"""SHACL engines: `fast` (the `shacl` package) and `pyshacl` (the reference)."""
CHECKS_NS = DEFAULT_BASE + "queries/"
"""A check query's IRI in the SHACL report (its sh:sourceShape): CHECKS_NS + its name."""


def load_shapes(folder: Path) -> Graph:
    shapes = Graph()
    problems = []
    files = sorted(folder.glob("*.ttl"))
    if not files:
        # No shapes would make every graph "conform": refuse instead.
        raise InputError(
            [
                Problem(
                    str(folder),
                    None,
                    "no SHACL shapes (*.ttl) found" + ("" if folder.is_dir() else ": no folder"),
                    "restore the shapes/ folder of the project, or pass --root DIR",
                )
            ]
        )
    for path in files:
        try:
            shapes.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several parser exception types
            problems.append(
                Problem(
                    str(path), None, f"shapes file does not parse: {exc}", "fix the Turtle syntax"
                )
            )
    if problems:
        raise InputError(problems)
    return shapes


def count_shapes(shapes: Graph) -> int:
    return len(
        set(shapes.subjects(RDF.type, SH.NodeShape))
        | set(shapes.subjects(RDF.type, SH.PropertyShape))
    )


def run_shapes(data: Graph, shapes: Graph, ontology: Graph | None = None) -> list[Finding]:
    """The shapes on an rdflib Graph with pySHACL, the reference engine."""
    return run_pyshacl(data, shapes, ontology)


def run_checks(store: ox.Store, checks: Iterable[NamedQuery]) -> list[Finding]:
    """Check queries return one row per problem: ?focus, ?message and optionally ?value."""
    findings = []
    for query in checks:
        results = run_local(store, query, {})
        index = {c: i for i, c in enumerate(results.columns)}
        for row in results.rows:
            focus = row[index["focus"]] if "focus" in index else None
            message = row[index["message"]] if "message" in index else None
            value = row[index["value"]] if "value" in index else None
            iri = focus.value if focus is not None and focus.kind == "uri" else None
            findings.append(
                Finding(
                    query.severity or "violation",
                    query.name,
                    short(URIRef(iri)) if iri else (focus.value if focus else "graph"),
                    None,
                    message.value if message else query.title,
                    value.plain() if value else None,
                    "check-query",
                    focus_term=f"<{iri}>" if iri else None,
                    shape_term=f"<{CHECKS_NS}{query.name}>",
                )
            )
    return findings


def check_shapes_wellformed(shapes: Graph, engine: str = "fast") -> list[Finding]:
    """Validate the shapes graph against the SHACL-SHACL meta-shapes that pySHACL ships.

    `fast` (the default) runs them with `shacl`, in about 20 ms; pySHACL took 1-2 s of every
    build for the same findings (tests/test_shapes.py holds the two to each other).
    """
    import pyshacl

    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}: use one of {ENGINES}")
    meta = Graph().parse(Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl")
    if engine == "fast":
        found = run_fast(shapes.serialize(format="nt"), meta)
    else:
        found = run_shapes(shapes, meta)
    return [
        Finding(f.severity, "shacl-shacl", f.focus, f.path, f.message, f.value, f.component)
        for f in found
    ]


def validate_store(
    source: ox.Store | Path,
    shapes: Graph,
    checks: Sequence[NamedQuery],
    engine: str = "fast",
    loaded: ox.Store | None = None,
) -> ValidationReport:
    """Run the shapes and the check queries on an Oxigraph store or an RDF file.

    `loaded`: the file already loaded into a store by the caller, for the check queries.

    `fast` hands the data to `shacl` as the file itself (Turtle, N-Triples) or as the
    store's N-Triples: no rdflib Graph is built. `pyshacl`, the reference, converts the
    data to an rdflib Graph. The check queries run on the store (loaded from the file when
    given one and there are checks).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}: use one of {ENGINES}")
    if isinstance(source, ox.Store):
        store: ox.Store | None = source
    elif loaded is not None:
        store = loaded
    elif checks or (engine == "fast" and source.suffix not in FAST_FILE_TYPES):
        store = load_store(source)
    else:
        store = None
    if engine == "pyshacl":
        data = store_to_graph(source) if isinstance(source, ox.Store) else load_graph(source)
        findings = run_pyshacl(data, shapes)
    elif isinstance(source, Path) and source.suffix in FAST_FILE_TYPES:
        findings = run_fast(source, shapes)
    else:
        assert store is not None
        text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""
        findings = run_fast(text.decode("utf-8"), shapes)
    if checks:
        assert store is not None
        findings.extend(run_checks(store, checks))
    return _report(findings, shapes, checks)


def validate_file(
    path: Path, shapes: Graph, checks: Sequence[NamedQuery], engine: str = "fast"
) -> ValidationReport:
    """A graph file: refused unless it holds a kgbuild graph, then the shapes and the checks.

    With the fast engine on a Turtle or N-Triples file, a forked child loads the file into
    Oxigraph and runs the check queries while `shacl` parses and validates it here: the two
    parses are the cost (1M triples: about 3 s each), and they use a core each. The child
    exits without freeing its store (half a second at 1M triples). Elsewhere, or with
    pyshacl, one after the other as `validate_store` does.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}: use one of {ENGINES}")
    if engine != "fast" or path.suffix not in FAST_FILE_TYPES or not _can_fork():
        store = load_store(path)
        require_kgbuild_store(store, path)
        return validate_store(path, shapes, checks, engine, loaded=store)
    kept: list[ox.Store] = []
    with _forked(_load_and_check, path, checks, kept) as check_findings:
        try:
            findings = run_fast(path, shapes)
        except InputError:
            # The child fails on the same file: its call, run again here, raises the error
            # the sequential path gives (Oxigraph's, with the line).
            check_findings()
            raise
        findings.extend(check_findings())
    return _report(findings, shapes, checks)


def _load_and_check(
    path: Path, checks: Sequence[NamedQuery], kept: list[ox.Store]
) -> list[Finding]:
    """The check queries on the file loaded into a store, which `kept` holds on to: in the
    forked child it ends with the process instead of being freed object by object."""
    store = load_store(path)
    kept.append(store)
    require_kgbuild_store(store, path)
    return run_checks(store, checks)


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


@contextmanager
def _forked(
    function: Callable[..., list[Finding]], *args: Any
) -> Iterator[Callable[[], list[Finding]]]:
    """`function(*args)` in a forked child; yields the call that waits for its result.

    Forked, so nothing is pickled on the way in. The child exits as soon as it has sent
    its result, with `os._exit`: what it built is released with its memory, not freed by
    Python. Should the child fail, the call runs again here, so that its error (an input
    error naming the file, say) is raised as usual. A child still running when the block
    is left early is stopped.
    """
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child() -> None:
        try:
            send.send(("ok", function(*args)))
        except BaseException as exc:  # reported back; the parent calls again to raise it
            send.send(("failed", repr(exc)))
        finally:
            send.close()
            os._exit(0)

    process = context.Process(target=child, daemon=True)
    process.start()
    send.close()

    def result() -> list[Finding]:
        try:
            status, value = receive.recv()
        except EOFError:
            status, value = "failed", "the child process ended without a result"
        if status == "ok":
            return list(value)
        return function(*args)

    try:
        yield result
    finally:
        if process.is_alive():
            process.terminate()
        process.join()
        receive.close()


def validate_build(
    folder: Path,
    shapes: Graph,
    checks: Sequence[NamedQuery],
    store: ox.Store,
    engine: str = "fast",
) -> ValidationReport:
    """A build folder: the shapes on its graph.nt (fast) or on the store's graph less the
    official rows and figures (pyshacl, which cannot hold millions of triples), the check
    queries on its store."""
    from kgbuild.store import shapes_slice

    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}: use one of {ENGINES}")
    if engine == "fast":
        findings = run_fast(folder / "graph.nt", shapes)
    else:
        findings = run_pyshacl(shapes_slice(store), shapes)
    findings.extend(run_checks(store, checks))
    return _report(findings, shapes, checks)


def require_kgbuild_store(store: ox.Store, path: Path) -> None:
    """Refuse a store with no resource typed by a class of the rsl: ontology (an empty
    file, or some other RDF): validating it would report "conforms" about nothing."""
    from kgbuild.namespaces import RSL

    typed = store.query(f"ASK {{ ?s a ?c . FILTER STRSTARTS(STR(?c), {str(RSL)!r}) }}")
    if not bool(typed):
        raise InputError(
            [
                Problem(
                    str(path),
                    None,
                    f"no kgbuild graph in {path} (no rsl: class is used)",
                    "validate a graph that `kgbuild build` wrote, e.g. dist/",
                )
            ]
        )


def validate_graph(
    data: Graph,
    shapes: Graph,
    checks: Sequence[NamedQuery],
    ontology: Graph | None = None,
    store: ox.Store | None = None,
) -> ValidationReport:
    """Run the shapes with pySHACL on an rdflib Graph and the check queries (Oxigraph)."""
    findings = run_shapes(data, shapes, ontology)
    findings.extend(run_checks(store if store is not None else graph_to_store(data), checks))
    return _report(findings, shapes, checks)


def _report(
    findings: list[Finding], shapes: Graph, checks: Sequence[NamedQuery]
) -> ValidationReport:
    return ValidationReport(
        tuple(sorted(set(findings), key=_order)), count_shapes(shapes), len(checks)
    )


def _order(f: Finding) -> tuple[int, str, str, str, str]:
    return (-SEVERITY_ORDER[f.severity], f.rule, f.focus, f.path or "", f.message)
