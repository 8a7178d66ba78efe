"""The front door served by `kgbuild serve`: the site, the dumps and the SPARQL endpoint on
one address, with content negotiation on every resource's path.

A request for ``/eli/ru/fz/1996/63/art_275`` (the base IRI mapped to this server) returns
the resource's Turtle to ``Accept: text/turtle``, its JSON-LD to ``application/ld+json``,
N-Triples to ``application/n-triples``, and its HTML page to a browser. Resources without a
static page (the official figures) are described and rendered from the store on request.
``/query`` is the SPARQL 1.1 endpoint (the Oxigraph server, proxied); ``/sparql/`` is
Oxigraph's query page; ``/dumps/NAME`` the build's dump files.
"""

from __future__ import annotations

import mimetypes
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from kgbuild.errors import fail
from kgbuild.export import to_jsonld, to_ntriples, to_turtle
from kgbuild.site import build_base
from kgbuild.site.describe import Describer
from kgbuild.site.paths import JSONLD, PAGE, TURTLE, iri_for_path
from kgbuild.site.render import Renderer

DUMPS = ("graph.ttl", "graph.nt", "graph.jsonld", "dataset.ttl", "inferred.ttl")
RDF_TYPES = {
    "text/turtle": TURTLE,
    "application/ld+json": JSONLD,
    "application/n-triples": None,
}
_PROXY_HEADERS = ("Content-Type", "Accept")


def negotiate(accept: str) -> str:
    """The media type to answer with: the client's most preferred of HTML and the RDF ones."""
    best, best_q = "text/html", -1.0
    offered = ("text/html", *RDF_TYPES)
    for position, item in enumerate(accept.split(",") if accept else ["*/*"]):
        parts = [p.strip() for p in item.split(";")]
        kind = parts[0].lower()
        q = 1.0
        for p in parts[1:]:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        q -= position * 1e-6  # the earlier of equal preferences wins
        for media in offered:
            if kind == media or kind == "*/*" or kind == media.split("/")[0] + "/*":
                rank = q - (0.5 if kind != media and media != "text/html" else 0)
                if rank > best_q:
                    best, best_q = media, rank
    return best


class FrontDoor:
    """What the handler needs: the site folder, the build folder, the store, the backend."""

    def __init__(self, site: Path, build: Path | None, store: ox.Store, backend: str) -> None:
        self.site = site.resolve()
        self.build = build
        self.store = store
        self.backend = backend.rstrip("/")
        self.base = build_base(store)
        self.describer = Describer(store, self.base)
        self.renderer = Renderer(self.base, self.describer.label, self._has_page)

    def _has_page(self, iri: str) -> bool:
        from kgbuild.site.paths import page_dir

        folder = page_dir(iri, self.base)
        return folder is not None and (self.site / folder / PAGE).is_file()

    def file(self, path: str) -> Path | None:
        """A file of the site for a request path, never outside the site folder."""
        local = urllib.parse.unquote(path).lstrip("/")
        candidate = (self.site / local).resolve()
        if candidate != self.site and self.site not in candidate.parents:
            return None
        if candidate.is_dir():
            candidate = candidate / PAGE
        return candidate if candidate.is_file() else None

    def describe(self, path: str, media: str) -> tuple[bytes, str] | None:
        """The resource at ``path`` in the media type asked for, or None if it has no triples."""
        iri = iri_for_path(path, self.base)
        graph = self.describer.graph(iri)
        if len(graph) == 0:
            return None
        if media == "text/turtle":
            return to_turtle(graph).encode(), "text/turtle; charset=utf-8"
        if media == "application/ld+json":
            return to_jsonld(graph).encode(), "application/ld+json"
        if media == "application/n-triples":
            return to_ntriples(graph).encode(), "application/n-triples"
        folder = path.strip("/")
        html = self.renderer.resource(self.describer.describe(iri), folder)
        return html.encode(), "text/html; charset=utf-8"


def _handler(door: FrontDoor) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kgbuild"

        def log_message(self, format: str, *args: object) -> None:
            return  # requests are not logged on the console

        def _send(self, status: int, body: bytes, media: str, vary: bool = False) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            if vary:
                self.send_header("Vary", "Accept")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _proxy(self, target: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(length) if length else None
            headers = {h: self.headers[h] for h in _PROXY_HEADERS if self.headers.get(h)}
            request = urllib.request.Request(
                door.backend + target, data=data, headers=headers, method=self.command
            )
            try:
                with urllib.request.urlopen(request, timeout=300) as response:
                    body = response.read()
                    status = response.status
                    media = response.headers.get("Content-Type", "application/octet-stream")
            except urllib.error.HTTPError as exc:
                body, status = exc.read(), exc.code
                media = exc.headers.get("Content-Type", "text/plain")
            self._send(status, body, media)

        def do_HEAD(self) -> None:
            self.do_GET()

        def do_POST(self) -> None:
            if self.path.split("?", 1)[0] in ("/query", "/sparql"):
                self._proxy(self.path)
            else:
                self._send(HTTPStatus.METHOD_NOT_ALLOWED, b"read-only\n", "text/plain")

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/query":
                return self._proxy(self.path)
            if path == "/sparql" and "?" in self.path:  # YASGUI's queries go to /sparql
                return self._proxy(self.path)
            if path == "/sparql":
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", "/sparql/")
                self.end_headers()
                return None
            if path.startswith("/sparql/"):
                return self._proxy("/" + self.path[len("/sparql/") :])
            if path.startswith("/dumps/") and door.build is not None:
                name = path[len("/dumps/") :]
                if name in DUMPS and (door.build / name).is_file():
                    media = mimetypes.guess_type(name)[0] or "text/plain"
                    if name.endswith((".ttl", ".nt")):
                        media = "text/turtle" if name.endswith(".ttl") else "application/n-triples"
                    return self._send(HTTPStatus.OK, (door.build / name).read_bytes(), media)
                return self._send(HTTPStatus.NOT_FOUND, b"no such dump\n", "text/plain")
            media = negotiate(self.headers.get("Accept", "*/*"))
            local = path.strip("/")
            static = door.file(path)
            if static is not None and static.name != PAGE:
                kind = mimetypes.guess_type(static.name)[0] or "application/octet-stream"
                if static.suffix == ".ttl":
                    kind = "text/turtle; charset=utf-8"
                elif static.suffix == ".jsonld":
                    kind = "application/ld+json"
                elif static.suffix in (".html", ".css", ".svg"):
                    kind += "; charset=utf-8"
                return self._send(HTTPStatus.OK, static.read_bytes(), kind)
            if static is not None and media == "text/html":
                return self._send(
                    HTTPStatus.OK, static.read_bytes(), "text/html; charset=utf-8", vary=True
                )
            if local and static is not None and RDF_TYPES.get(media):
                rdf = static.parent / str(RDF_TYPES[media])
                if rdf.is_file():
                    kind = "text/turtle; charset=utf-8" if media == "text/turtle" else media
                    return self._send(HTTPStatus.OK, rdf.read_bytes(), kind, vary=True)
            if local:
                found = door.describe(path, media)
                if found is not None:
                    return self._send(HTTPStatus.OK, found[0], found[1], vary=True)
            return self._send(HTTPStatus.NOT_FOUND, b"Not found\n", "text/plain", vary=True)

    return Handler


@contextmanager
def front_door(
    site: Path, build: Path | None, store: ox.Store, backend: str, host: str, port: int
) -> Iterator[str]:
    """Serve the site in front of ``backend`` (the Oxigraph server's base URL) until the
    block ends; yields the front door's URL."""
    try:
        server = ThreadingHTTPServer(
            (host.strip("[]"), port), _handler(FrontDoor(site, build, store, backend))
        )
    except OSError as exc:
        raise fail(
            "--bind",
            None,
            f"cannot listen on {host}:{port}: {exc.strerror}",
            "choose a free port, e.g. --bind 127.0.0.1:7879, or stop the other server",
        ) from None
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        netloc = f"[{host}]" if ":" in host else host
        yield f"http://{netloc}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
