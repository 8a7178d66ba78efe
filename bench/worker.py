"""The worker side: one subprocess per measurement (or group), timing and peak memory."""

from __future__ import annotations

import gc
import hashlib
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.fixtures import CHECK_QUERY, CORE_SHAPES, CROSS_CHECK_MESSAGE, QUERIES, SPARQL_SHAPE

ROOT = Path(__file__).resolve().parents[1]

# ------------------------------------------------------------------------------ worker side


def _rss_kib(field_name: str) -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    raise KeyError(field_name)


class PeakMemory:
    """Peak RSS during a block: Linux VmHWM, reset through /proc/self/clear_refs so the
    stage's own peak is measured, not the setup's. Elsewhere: ru_maxrss (whole process)."""

    def __init__(self) -> None:
        self.exact = False
        self.before_mib = 0.0
        self.peak_mib = 0.0

    def __enter__(self) -> PeakMemory:
        gc.collect()
        try:
            self.before_mib = _rss_kib("VmRSS") / 1024
            with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
                handle.write("5")
            self.exact = True
        except OSError:
            self.exact = False
        return self

    def __exit__(self, *exc: object) -> None:
        if self.exact:
            self.peak_mib = _rss_kib("VmHWM") / 1024
        else:
            scale = 1 if sys.platform == "darwin" else 1024
            self.peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


Setup = Callable[[Path], Any]
Run = Callable[[Any], dict[str, Any]]


def _setup_none(path: Path) -> Any:
    return path


def _setup_graph(path: Path) -> Any:
    from kgbuild.namespaces import PREFIXES
    from kgbuild.store import load_graph

    graph = load_graph(path)
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def _setup_store(path: Path) -> Any:
    from kgbuild.store import load_store

    return load_store(path)


def _run_parse_kgbuild(path: Path) -> dict[str, Any]:
    from kgbuild.store import load_graph

    return {"triples": len(load_graph(path))}


def _run_parse_rdflib(path: Path) -> dict[str, Any]:
    from rdflib import Graph

    return {"triples": len(Graph().parse(path, format="turtle"))}


def _run_to_turtle(graph: Any) -> dict[str, Any]:
    from kgbuild.export import to_turtle

    return {"bytes": len(to_turtle(graph).encode("utf-8"))}


def _run_oxigraph_dump(store: Any) -> dict[str, Any]:
    import pyoxigraph as ox

    from kgbuild.namespaces import PREFIXES

    data = store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
    return {"bytes": len(data)}


def _run_rdflib_serialize(graph: Any) -> dict[str, Any]:
    return {"bytes": len(graph.serialize(format="turtle", encoding="utf-8"))}


def _named_query(name: str) -> Any:
    from kgbuild.queries import NamedQuery, Parameter

    text, params = QUERIES[name]
    return NamedQuery(
        name,
        Path(f"{name}.rq"),
        name,
        "bench query",
        "report",
        text,
        tuple(Parameter(p, "xsd:date", "") for p in params),
    )


def _sparql_kgbuild(name: str) -> Run:
    def run(store: Any) -> dict[str, Any]:
        from kgbuild.queries import bind_parameters, run_local

        query = _named_query(name)
        return {"rows": len(run_local(store, query, bind_parameters(query, QUERIES[name][1])).rows)}

    return run


def _setup_graph_sparql(path: Path) -> Any:
    import rdflib.plugins.sparql  # noqa: F401  (its grammar is built at import: not timed)

    return _setup_graph(path)


def _sparql_rdflib(name: str) -> Run:
    def run(graph: Any) -> dict[str, Any]:
        from rdflib import Literal
        from rdflib.namespace import XSD

        params = {k: Literal(v, datatype=XSD.date) for k, v in QUERIES[name][1].items()}
        return {"rows": len(list(graph.query(QUERIES[name][0], initBindings=params)))}

    return run


def _setup_validate(path: Path, with_sparql: bool) -> Any:
    import pyshacl  # noqa: F401  (imported here, not timed)
    from rdflib import Graph

    shapes = Graph().parse(data=CORE_SHAPES, format="turtle")
    if with_sparql:
        shapes.parse(data=SPARQL_SHAPE, format="turtle")
    return _setup_graph(path), shapes


def _setup_validate_kgbuild(path: Path) -> Any:
    return _setup_validate(path, with_sparql=False)


def _setup_validate_pyshacl(path: Path) -> Any:
    return _setup_validate(path, with_sparql=True)


def _check_query() -> Any:
    from kgbuild.queries import NamedQuery

    return NamedQuery(
        "observation-consistency",
        Path("observation-consistency.rq"),
        "observation consistency",
        CROSS_CHECK_MESSAGE,
        "check",
        CHECK_QUERY,
        (),
        "warning",
    )


def _run_validate_kgbuild(state: Any) -> dict[str, Any]:
    from kgbuild.validation import validate_graph

    graph, shapes = state
    check = _check_query()
    # validate_graph without a store converts the rdflib graph (graph_to_store): timed.
    report = validate_graph(graph, shapes, [check])
    cross = {f.focus for f in report.findings if f.rule == check.name}
    core = sum(1 for f in report.findings if f.rule != check.name)
    return {"findings": core, "cross_check_focus": len(cross)}


def _run_validate_pyshacl(state: Any) -> dict[str, Any]:
    import pyshacl
    from rdflib.namespace import RDF, SH

    graph, shapes = state
    _conforms, results, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        allow_warnings=True,
        abort_on_first=False,
    )
    core = 0
    cross = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        if results.value(result, SH.sourceConstraintComponent) == SH.SPARQLConstraintComponent:
            cross.add(results.value(result, SH.focusNode))
        else:
            core += 1
    return {"findings": core, "cross_check_focus": len(cross)}


def _run_parse_store(path: Path) -> dict[str, Any]:
    return {"triples": len(_setup_store(path))}


def _setup_project_validation(path: Path) -> Any:
    """The project's own shapes/ and check queries (untimed), and the graph file."""
    import pyshacl  # noqa: F401  (imported here, not timed)
    import shacl  # noqa: F401

    from kgbuild.queries import load_catalogue
    from kgbuild.validation import load_shapes

    shapes = load_shapes(ROOT / "shapes")
    checks = [q for q in load_catalogue(ROOT / "queries").values() if q.kind == "check"]
    return path, shapes, checks


def _setup_project_shapes_only(path: Path) -> Any:
    path, shapes, _checks = _setup_project_validation(path)
    return path, shapes, []


def _setup_project_validation_store(path: Path) -> Any:
    _path, shapes, checks = _setup_project_validation(path)
    return _setup_store(path), shapes, checks


def _validate_store(engine: str) -> Run:
    def run(state: Any) -> dict[str, Any]:

        from kgbuild.validation import validate_store

        source, shapes, checks = state
        report = validate_store(source, shapes, checks, engine)
        identities = sorted(
            repr((f.focus_term, f.path_term, f.shape_term, f.component, f.severity))
            for f in report.findings
        )
        digest = hashlib.sha256("\n".join(identities).encode()).hexdigest()[:16]
        return {"findings": len(report.findings), "results_digest": digest}

    return run


WORKERS: dict[str, tuple[Setup, Run]] = {
    "parse.kgbuild": (_setup_none, _run_parse_kgbuild),
    "parse.oxigraph_store": (_setup_none, _run_parse_store),
    "parse.rdflib": (_setup_none, _run_parse_rdflib),
    "serialise.to_turtle": (_setup_graph, _run_to_turtle),
    "serialise.oxigraph": (_setup_store, _run_oxigraph_dump),
    "serialise.rdflib": (_setup_graph, _run_rdflib_serialize),
    "validate.kgbuild": (_setup_validate_kgbuild, _run_validate_kgbuild),
    "validate.pyshacl": (_setup_validate_pyshacl, _run_validate_pyshacl),
    "validate_store.file.fast": (_setup_project_validation, _validate_store("fast")),
    "validate_store.file.pyshacl": (_setup_project_validation, _validate_store("pyshacl")),
    "validate_store.shapes.fast": (_setup_project_shapes_only, _validate_store("fast")),
    "validate_store.shapes.pyshacl": (_setup_project_shapes_only, _validate_store("pyshacl")),
    "validate_store.store.fast": (_setup_project_validation_store, _validate_store("fast")),
    "validate_store.store.pyshacl": (
        _setup_project_validation_store,
        _validate_store("pyshacl"),
    ),
}
for _name in QUERIES:
    WORKERS[f"sparql.{_name}.oxigraph"] = (_setup_store, _sparql_kgbuild(_name))
    WORKERS[f"sparql.{_name}.rdflib"] = (_setup_graph_sparql, _sparql_rdflib(_name))

# Measurements sharing one worker process (and its setup): the queries of one engine.
# Everything else gets a process of its own, so its peak memory is its own.
GROUPS = {name: name.rsplit(".", 1)[1] for name in WORKERS if name.startswith("sparql.")}


def _emit(out: Path, record: dict[str, Any]) -> None:
    with out.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
        handle.flush()


def worker(names: list[str], path: Path, out: Path, min_time: float, max_runs: int) -> None:
    """Set up once, then time each measurement (best of up to max_runs while under
    min_time) and append its result to `out` as one JSON line. A "start" line before each
    measurement lets the driver enforce --timeout (it kills the worker: rdflib swallows
    exceptions, so an in-process alarm cannot stop it reliably)."""
    setup = WORKERS[names[0]][0]
    assert all(WORKERS[n][0] is setup for n in names), "a group shares one setup"
    t0 = time.perf_counter()
    state = setup(path)
    setup_seconds = time.perf_counter() - t0
    for name in names:
        run = WORKERS[name][1]
        times: list[float] = []
        info: dict[str, Any] = {}
        with PeakMemory() as memory:
            while True:
                _emit(out, {"name": name, "status": "start"})  # --timeout is per run
                start = time.perf_counter()
                info = run(state)
                times.append(time.perf_counter() - start)
                if len(times) >= max_runs or sum(times) >= min_time:
                    break
        _emit(
            out,
            {
                "name": name,
                "status": "ok",
                "seconds": min(times),
                "runs": len(times),
                "setup": setup_seconds,
                "peak_mib": memory.peak_mib,
                "before_mib": memory.before_mib,
                "exact_peak": memory.exact,
                "info": info,
            },
        )
