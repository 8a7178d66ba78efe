"""`kgbuild serve` and `kgbuild publish`: the graph on SPARQL servers."""

from __future__ import annotations

from pathlib import Path

import click

from kgbuild.cli.app import (
    DEFAULT_OUT,
    State,
    _guard,
    _require_graph,
    main,
)
from kgbuild.errors import InputError, KgbuildError, Problem
from kgbuild.publish import SERVERS
from kgbuild.serve import DEFAULT_BIND


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

    from kgbuild.serve import parse_bind, serving
    from kgbuild.store import find_store

    default = state.root / DEFAULT_OUT
    path = graph or (default if find_store(default) else default / "graph.nt")
    if graph is None:
        with _guard(state):
            parse_bind(bind)  # a bad address is the first thing to say
            _require_graph(path, "GRAPH")
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
