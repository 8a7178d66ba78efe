"""Publish a build into a SPARQL server: one named graph per build version, replaced at once.

Two kinds of server:

- `graph-store`: any SPARQL 1.1 server with the Graph Store HTTP Protocol and SPARQL
  Update, e.g. the Oxigraph server (`oxigraph serve`). The URL is its Graph Store endpoint
  (`http://127.0.0.1:7878/store`); updates go to the sibling `update` and queries to the
  sibling `query`, unless given.
- `virtuoso`: a Virtuoso 7 instance, by its HTTP base URL (`http://127.0.0.1:8890`); the
  authenticated endpoints `/sparql-graph-crud-auth` and `/sparql-auth` take the upload and
  the update, with HTTP digest authentication (user `dba` or one with SPARQL_UPDATE).

The previous graph is never touched until the new one is complete on the server:

1. `DROP SILENT GRAPH <upload>` clears what an interrupted run left in the upload graph
   (`<graph>/upload-in-progress`);
2. graph.nt is POSTed into the upload graph in batches of lines (every line that names a
   blank node goes in one last batch, since a blank node label is scoped to its request);
3. the upload graph must hold exactly as many triples as graph.nt has lines;
4. one SPARQL Update request, `MOVE <upload> TO <graph>`, replaces the published graph.

A server that dies during 1-3 keeps the previous graph as it was. Step 4 is one request,
which both servers run as one transaction: Oxigraph documents an update request as applied
whole or not at all; Virtuoso 7.2.5, killed (SIGKILL) 4 s into the MOVE of a 7.3M-triple
graph, came back with both graphs as they were before it, and a MOVE it had answered
survived a SIGKILL right after. Virtuoso's TransactionAfterImageLimit (50 MB by default)
refuses a MOVE of a large graph; raise it in virtuoso.ini for the full build.
"""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kgbuild.errors import fail

SERVERS = ("graph-store", "virtuoso")
"""The kinds of server `kgbuild publish --server` knows; keys feed click.Choice."""
UPLOAD_SUFFIX = "/upload-in-progress"
_BLANK = re.compile(r"^_:|\s_:\S+\s*\.\s*$")
_IRI = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+")


@dataclass(frozen=True)
class Target:
    """Where a build goes: the server's three endpoints and, for Virtuoso, a login."""

    kind: str
    store: str
    update: str
    query: str
    user: str | None = None
    password: str | None = None


@dataclass(frozen=True)
class Published:
    graph: str
    triples: int
    seconds: float


def _check_url(url: str, option: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.fragment:
        raise fail(
            option,
            None,
            f"{url!r} is not an http(s) URL",
            "give the server's URL, e.g. http://127.0.0.1:7878/store (graph-store) or "
            "http://127.0.0.1:8890 (virtuoso)",
        )
    try:
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError as exc:
        raise fail(option, None, f"{url!r} has a bad port ({exc})", "fix the URL") from exc
    return url


def target(
    kind: str,
    url: str,
    update: str | None = None,
    query: str | None = None,
    user: str | None = None,
    password: str | None = None,
) -> Target:
    """Check the URLs (nothing is sent) and name the endpoints for the kind of server."""
    _check_url(url, "-e")
    if kind == "virtuoso":
        base = url.rstrip("/")
        return Target(
            kind,
            f"{base}/sparql-graph-crud-auth",
            _check_url(update, "--update") if update else f"{base}/sparql-auth",
            _check_url(query, "--query") if query else f"{base}/sparql",
            user or "dba",
            password,
        )
    return Target(
        kind,
        url,
        _check_url(update, "--update") if update else urllib.parse.urljoin(url, "update"),
        _check_url(query, "--query") if query else urllib.parse.urljoin(url, "query"),
        user,
        password,
    )


def check_graph_iri(graph: str) -> str:
    if not _IRI.fullmatch(graph):
        raise fail("--graph", None, f"{graph!r} is not an absolute IRI", "e.g. https://x.org/g")
    return graph


def default_graph(build: Path) -> str:
    """The dataset's IRI and its version from the build's dataset.ttl: `{dataset}/{version}`."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import DCAT, OWL, RDF

    path = build / "dataset.ttl"
    if not path.is_file():
        raise fail(
            path, None, "no dataset description", "publish a folder that `kgbuild build` wrote"
        )
    description = Graph().parse(path, format="turtle")
    versions = [
        URIRef("https://schema.org/version"),
        URIRef(str(DCAT) + "version"),  # DCAT 3; rdflib's namespace predates it
        OWL.versionInfo,
        URIRef("http://purl.org/pav/version"),
    ]
    for dataset in sorted(description.subjects(RDF.type, DCAT.Dataset), key=str):
        for prop in versions:
            version = description.value(dataset, prop)
            if version is not None and isinstance(dataset, URIRef):
                return f"{dataset}/{version}"
    raise fail(
        path, None, "no dataset with a version", "rebuild with `kgbuild build`, or pass --graph"
    )


def _batches(graph_nt: Path, size: int) -> Iterator[tuple[bytes, int]]:
    """N-Triples lines in batches of `size`; lines with blank nodes all in the last one."""
    blank: list[bytes] = []
    batch: list[bytes] = []
    with open(graph_nt, "rb") as lines:
        for line in lines:
            if not line.strip() or line.lstrip().startswith(b"#"):
                continue
            if b"_:" in line and _BLANK.search(line.decode("utf-8")):
                blank.append(line)
                continue
            batch.append(line)
            if len(batch) >= size:
                yield b"".join(batch), len(batch)
                batch = []
    if batch:
        yield b"".join(batch), len(batch)
    if blank:
        yield b"".join(blank), len(blank)


class _Client:
    def __init__(self, target: Target, timeout: float) -> None:
        self.target = target
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        if target.user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in (target.store, target.update):
                passwords.add_password(None, url, target.user, target.password or "")
            handlers.append(urllib.request.HTTPDigestAuthHandler(passwords))
            handlers.append(urllib.request.HTTPBasicAuthHandler(passwords))
        self.opener = urllib.request.build_opener(*handlers)

    def send(self, url: str, body: bytes, content_type: str, accept: str = "*/*") -> bytes:
        request = urllib.request.Request(
            url, data=body, method="POST", headers={"Content-Type": content_type, "Accept": accept}
        )
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return bytes(response.read())
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            hint = (
                "check --user and KGBUILD_PUBLISH_PASSWORD"
                if exc.code in (401, 403)
                else "check the URL and --server; the published graph was not changed"
            )
            raise fail(
                url, None, f"the server answered HTTP {exc.code}: {' '.join(detail)[:300]}", hint
            ) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise fail(
                url,
                None,
                f"cannot reach the server: {getattr(exc, 'reason', exc)}",
                "check that it runs and the URL is right; the published graph was not changed "
                "unless the final MOVE had been sent (see `kgbuild publish --help`)",
            ) from exc

    def update(self, text: str) -> None:
        body = urllib.parse.urlencode({"update": text}).encode()
        self.send(self.target.update, body, "application/x-www-form-urlencoded")

    def count(self, graph: str) -> int:
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        body = urllib.parse.urlencode({"query": query}).encode()
        answer = self.send(
            self.target.query,
            body,
            "application/x-www-form-urlencoded",
            "application/sparql-results+json",
        )
        try:
            return int(json.loads(answer)["results"]["bindings"][0]["n"]["value"])
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise fail(
                self.target.query,
                None,
                "the query endpoint did not answer with SPARQL JSON results",
                "check --query (or the server's URL)",
            ) from exc


def publish(
    build: Path,
    to: Target,
    graph: str,
    batch: int = 50_000,
    progress: Callable[[int, int], None] | None = None,
    timeout: float = 600,
) -> Published:
    """Upload build/graph.nt into `graph` on the server, replacing it in one update."""
    started = time.perf_counter()
    graph_nt = build / "graph.nt"
    if not graph_nt.is_file():
        raise fail(graph_nt, None, "no such file", "publish a folder that `kgbuild build` wrote")
    check_graph_iri(graph)
    total = sum(count for _, count in _batches(graph_nt, batch))
    client = _Client(to, timeout)
    upload = graph + UPLOAD_SUFFIX
    client.update(f"DROP SILENT GRAPH <{upload}>")
    store = to.store + ("&" if "?" in to.store else "?") + urllib.parse.urlencode({"graph": upload})
    done = 0
    for body, count in _batches(graph_nt, batch):
        client.send(store, body, "text/turtle; charset=utf-8")
        done += count
        if progress:
            progress(done, total)
    held = client.count(upload)
    if held != total:
        raise fail(
            to.store,
            None,
            f"the upload graph holds {held} triples, graph.nt has {total}",
            "publish again; the published graph was not changed",
        )
    client.update(f"MOVE <{upload}> TO <{graph}>")
    held = client.count(graph)
    if held != total:
        raise fail(
            to.update,
            None,
            f"after the move the graph holds {held} triples, graph.nt has {total}",
            "check the server's log",
        )
    return Published(graph, total, time.perf_counter() - started)
