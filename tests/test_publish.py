"""`kgbuild publish`: a build into a named graph of a real server, replaced at once.

The servers are real and private (tests/servers.py). The crash test publishes a small
first version, then kills the server (SIGKILL) while the next version is being uploaded,
restarts it, and finds the first version whole; a new publish then completes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, kgbuild
from tests.servers import OxigraphServer, Virtuoso, free_port

GRAPH = "https://example.org/kgbuild-test/graph/1"
UPLOAD = GRAPH + "/upload-in-progress"
PASSWORD_ENV = "KGBUILD_PUBLISH_PASSWORD"


def _triples(graph_nt: Path) -> int:
    return sum(1 for line in graph_nt.read_bytes().splitlines() if line.strip())


@pytest.fixture()
def small_build(built: Path, tmp_path: Path) -> Path:
    """An earlier 'version': the build's dataset description and its first 2,000 triples
    that name no blank node."""
    folder = tmp_path / "small"
    folder.mkdir()
    shutil.copyfile(built / "dataset.ttl", folder / "dataset.ttl")
    lines = [line for line in (built / "graph.nt").read_bytes().splitlines() if b"_:" not in line]
    (folder / "graph.nt").write_bytes(b"\n".join(lines[:2000]) + b"\n")
    return folder


@pytest.fixture()
def oxigraph(tmp_path: Path) -> Iterator[OxigraphServer]:
    server = OxigraphServer(tmp_path / "oxigraph")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture()
def virtuoso(tmp_path: Path) -> Iterator[Virtuoso]:
    server = Virtuoso(tmp_path / "virtuoso")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _args(server: OxigraphServer | Virtuoso) -> list[str]:
    if isinstance(server, Virtuoso):
        return ["-e", server.base, "--server", "virtuoso"]
    return ["-e", f"{server.base}/store"]


def _env(server: OxigraphServer | Virtuoso) -> dict[str, str]:
    return {PASSWORD_ENV: server.password} if isinstance(server, Virtuoso) else {}


def _count(server: OxigraphServer | Virtuoso, graph: str) -> int:
    import json
    import urllib.parse
    import urllib.request

    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    url = server.endpoint() + "?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def test_a_bad_url_stops_before_any_work(built: Path) -> None:
    run = kgbuild("publish", built, "-e", "ftp://127.0.0.1/store")
    assert run.code == 3
    assert run.stderr.count("\n") == 1
    assert "-e: 'ftp://127.0.0.1/store' is not an http(s) URL" in run.stderr
    run = kgbuild("publish", built, "-e", "http://127.0.0.1:1/store", "--graph", "not an iri")
    assert run.code == 3
    assert "not an absolute IRI" in run.stderr


def test_unreachable_server_exits_3(built: Path) -> None:
    run = kgbuild("publish", built, "-e", f"http://127.0.0.1:{free_port()}/store")
    assert run.code == 3
    assert "cannot reach the server" in run.stderr


def test_wrong_virtuoso_password_exits_3(built: Path, virtuoso: Virtuoso) -> None:
    run = kgbuild(*["publish", built, *_args(virtuoso)], env={PASSWORD_ENV: "wrong"})
    assert run.code == 3
    assert "HTTP 401" in run.stderr


@pytest.mark.parametrize("kind", ["oxigraph", "virtuoso"])
def test_publish_loads_and_replaces_the_graph(
    kind: str, built: Path, small_build: Path, request: pytest.FixtureRequest
) -> None:
    server = request.getfixturevalue(kind)
    first = kgbuild("publish", small_build, *_args(server), env=_env(server))
    assert first.code == 0, first.stderr
    graph = first.stdout.strip()
    assert graph.startswith("https://w3id.org/ru-seclaw/dataset/")  # dataset IRI/version
    assert _count(server, graph) == 2000
    second = kgbuild("publish", built, *_args(server), "--batch", "4000", env=_env(server))
    assert second.code == 0, second.stderr
    assert second.stdout.strip() == graph
    assert _count(server, graph) == _triples(built / "graph.nt")
    assert _count(server, graph + "/upload-in-progress") == 0
    # The blank nodes of the ontology's restrictions arrive linked to their classes.
    url = server.endpoint(graph)
    local = kgbuild("query", "gravity", "-p", "date=2026-11-01", "-g", built / "graph.ttl")
    remote = kgbuild("query", "gravity", "-p", "date=2026-11-01", "-e", url)
    assert remote.code == 0, remote.stderr
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())


@pytest.mark.parametrize("kind", ["oxigraph", "virtuoso"])
def test_a_server_killed_mid_upload_keeps_the_previous_graph(
    kind: str, built: Path, small_build: Path, request: pytest.FixtureRequest
) -> None:
    server = request.getfixturevalue(kind)
    args = [*_args(server), "--graph", GRAPH]
    first = kgbuild("publish", small_build, *args, env=_env(server))
    assert first.code == 0, first.stderr
    publishing = subprocess.Popen(
        [sys.executable, "-m", "kgbuild", "publish", str(built), *args, "--batch", "100"],
        cwd=ROOT,
        env={**os.environ, **_env(server)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert publishing.stderr is not None
    try:
        uploaded = 0
        for line in publishing.stderr:
            if line.startswith("uploaded "):
                uploaded += 1
                if uploaded == 3:  # the upload is under way, far from its end
                    server.kill()
                    break
        _, rest = publishing.communicate(timeout=120)
    finally:
        if publishing.poll() is None:
            publishing.kill()
            publishing.wait()
    assert uploaded == 3
    assert publishing.returncode == 3, rest
    assert "cannot reach the server" in rest or "HTTP" in rest
    time.sleep(0.5)
    server.start()
    assert _count(server, GRAPH) == 2000
    again = kgbuild("publish", built, *args, env=_env(server))
    assert again.code == 0, again.stderr
    assert _count(server, GRAPH) == _triples(built / "graph.nt")
    assert _count(server, UPLOAD) == 0
