"""`kgbuild query` and `kgbuild export`."""

from __future__ import annotations

from pathlib import Path

import click

from kgbuild.cli.app import (
    DEFAULT_OUT,
    State,
    _check_endpoint,
    _guard,
    _parse_params,
    _project,
    _require_graph,
    main,
)
from kgbuild.export import SERIALISERS
from kgbuild.query_formats import FORMATTERS

# ---------------------------------------------------------------------------- query


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
    from kgbuild.queries import (
        bind_parameters,
        load_catalogue,
        resolve_query,
        run_local,
        unknown_values,
    )
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
            default = state.root / DEFAULT_OUT
            path = graph or (default if find_store(default) else default / "graph.ttl")
            _require_graph(path, "-g GRAPH")
            store = open_graph(path)
            results = run_local(store, named, bindings)
            if not results.rows:
                for what in unknown_values(store, bindings):
                    # an empty answer because of a value the graph does not hold at all
                    state.say(f"NOTE no {what} in {path}: check the value (the answer is empty)")
    click.echo(FORMATTERS[fmt](results), nl=False)


# ---------------------------------------------------------------------------- export


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
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
    """Re-serialise GRAPH canonically as Turtle, N-Triples or JSON-LD.

    GRAPH is a graph file, or a build folder (its graph.nt, else its store).
    """
    from rdflib import Graph

    from kgbuild.export import canonical_of, write_atomic
    from kgbuild.store import load_triples

    with _guard(state):
        text = SERIALISERS[fmt](Graph(), triples=canonical_of(load_triples(graph)))
        if output:
            write_atomic(output, text)
            state.say(f"Wrote {output}")
            return
    click.echo(text, nl=False)
