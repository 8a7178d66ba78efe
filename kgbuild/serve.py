"""Serve a built graph over the SPARQL 1.1 protocol with a real server: Oxigraph's own
`oxigraph` command (PyPI package `oxigraph`), read-only.

The graph file is loaded with `oxigraph load` into a database folder (a temporary one
unless the caller keeps it), then `oxigraph serve-read-only` answers
`GET/POST <url>/query`. The same binary writes and reads the database, so its on-disk
format always matches. Nothing here is a mock: `kgbuild query -e URL` and any SPARQL client
talk to this server.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kgbuild.errors import fail
from kgbuild.outputs import staged_directory
from kgbuild.store import find_store, rdf_format

DEFAULT_BIND = "127.0.0.1:7878"
_LINE = re.compile(r"at line (\d+)")
_BIND = re.compile(r"^(?P<host>[^\s:]+|\[[0-9A-Fa-f:]+\]):(?P<port>\d{1,5})$")


@dataclass(frozen=True)
class Endpoint:
    """A running server: where to query it and how many triples it holds."""

    url: str
    triples: int
    process: subprocess.Popen[bytes]


def oxigraph_command() -> str:
    """The `oxigraph` executable: the one installed beside this Python first, then PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise fail(
            "oxigraph",
            None,
            "the Oxigraph server command is not installed",
            "pip install -e . (it depends on the `oxigraph` package)",
        )
    return found


def parse_bind(bind: str) -> tuple[str, int]:
    """`host:port` as given to --bind, checked."""
    match = _BIND.match(bind)
    if match is None or not 0 < int(match["port"]) < 65536:
        raise fail(
            "--bind",
            None,
            f"{bind!r} is not host:port",
            f"use e.g. {DEFAULT_BIND} (loopback) or 0.0.0.0:7878 (every interface)",
        )
    return match["host"], int(match["port"])


def load_database(graph: Path, location: Path) -> None:
    """Load one RDF file into an Oxigraph database folder; errors name the file and line."""
    if not graph.is_file():
        raise fail(graph, None, "no such graph file", "run `kgbuild build` first, or pass GRAPH")
    rdf_format(graph)  # the same file types as everywhere else, or an input error
    done = subprocess.run(
        [oxigraph_command(), "load", "--location", str(location), "--file", str(graph)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        reason = next(
            (line for line in done.stderr.splitlines() if line.startswith("Error while")),
            done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "unknown error",
        )
        line = _LINE.search(reason)
        raise fail(
            graph,
            int(line[1]) if line else None,
            f"Oxigraph could not load the file: {reason.split(': ', 1)[-1]}",
            "fix the syntax, or rebuild the file with `kgbuild build`",
        )


def _ask(url: str, query: str, timeout: float) -> bytes:
    request = urllib.request.Request(
        f"{url}?{urllib.parse.urlencode({'query': query})}",
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return bytes(response.read())


def _count(url: str) -> int:
    import json

    body = json.loads(_ask(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", 60))
    return int(body["results"]["bindings"][0]["n"]["value"])


def _start(location: Path, bind: str, timeout: float, log: IO[bytes]) -> Endpoint:
    """Start the server with its stderr in `log`, and wait until it answers."""
    host, port = parse_bind(bind)
    connect = "127.0.0.1" if host in {"0.0.0.0", "localhost"} else host.strip("[]")
    if host == "[::]":
        connect = "::1"
    netloc = f"[{connect}]" if ":" in connect else connect
    url = f"http://{netloc}:{port}/query"
    _check_free(host.strip("[]"), port, bind)
    process = subprocess.Popen(
        [oxigraph_command(), "serve-read-only", "--location", str(location), "--bind", bind],
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            log.seek(0)
            said = log.read().decode("utf-8", "replace").strip().splitlines()
            raise fail(
                "--bind",
                None,
                f"the server could not listen on {bind}: "
                + (said[0] if said else f"exit code {process.returncode}"),
                "choose a free port, e.g. --bind 127.0.0.1:7879",
            )
        try:
            _ask(url, "ASK {}", 2)
            if process.poll() is None:
                break
            continue
        except (OSError, urllib.error.URLError):
            if time.monotonic() > deadline:
                _stop(process)
                raise fail(
                    "--bind",
                    None,
                    f"the server did not answer at {url} within {timeout:.0f} s",
                    "check that nothing blocks the port, or choose another with --bind",
                ) from None
            time.sleep(0.1)
    return Endpoint(url, _count(url), process)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (for a server behind ours)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _check_free(host: str, port: int, bind: str) -> None:
    """Refuse a port something else listens on, before the readiness probe could reach it."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As servers do: lingering TIME_WAIT connections must not count as "in use"; on
        # Linux a port another socket listens on still refuses the bind.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise fail(
                "--bind",
                None,
                f"cannot listen on {bind}: {exc.strerror}",
                "choose a free port, e.g. --bind 127.0.0.1:7879, or stop the other server",
            ) from None


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def serving(
    graph: Path, bind: str = DEFAULT_BIND, keep: Path | None = None, timeout: float = 30
) -> Iterator[Endpoint]:
    """Load `graph` and serve it until the block ends; the server is always stopped.

    With `keep`, the database is written to that folder (replacing an older one only once the
    new load succeeded) and left there; otherwise it lives in a temporary folder removed on
    exit.
    """
    parse_bind(bind)
    built = find_store(graph) if graph.is_dir() else None
    if graph.is_dir() and built is None:
        raise fail(
            graph,
            None,
            "is a folder without an Oxigraph store (no store/ from `kgbuild build`)",
            "pass a build folder or a graph file",
        )
    with tempfile.TemporaryDirectory(prefix="kgbuild-serve-") as tmp:
        if built is not None:
            location = built  # a build's own database: served as it is, nothing loaded
        elif keep is None:
            location = Path(tmp) / "db"
            load_database(graph, location)
        else:
            with staged_directory(keep) as staging:
                load_database(graph, staging / "db")
            location = keep.resolve() / "db"
        # The server writes one line at start-up and errors only; they are read back if it
        # fails to start.
        with open(Path(tmp) / "server.log", "w+b") as log:
            endpoint = _start(location, bind, timeout, log)
            try:
                yield endpoint
            finally:
                _stop(endpoint.process)
