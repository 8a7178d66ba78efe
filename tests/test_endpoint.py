"""Named queries against a real SPARQL server (Oxigraph) on loopback."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import kgbuild


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture()
def endpoint(built: Path, tmp_path: Path) -> Iterator[str]:
    store = tmp_path / "store"
    subprocess.run(
        ["oxigraph", "load", "--location", str(store), "--file", str(built / "graph.nt")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    port = _free_port()
    server = subprocess.Popen(
        ["oxigraph", "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("oxigraph server did not start") from None
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("penalties-in-force", ["-p", "date=2023-07-01"]),
        ("article-history", ["-p", "article=275.1"]),
        ("amendments", []),
        ("convictions", []),
        ("conflicts", []),
    ],
)
def test_endpoint_gives_the_same_rows_as_the_local_graph(
    built: Path, endpoint: str, name: str, params: list[str]
) -> None:
    remote = kgbuild("query", name, *params, "-e", endpoint, "-f", "csv")
    local = kgbuild("query", name, *params, "-g", built / "graph.ttl", "-f", "csv")
    assert remote.code == 0, remote.stderr
    assert remote.stdout.splitlines()[0] == local.stdout.splitlines()[0]
    # Row order and the order inside GROUP_CONCAT cells ("283 283.1 284") are not
    # significant and differ between stores; compare rows and list cells as sets.
    assert _rows(remote.stdout) == _rows(local.stdout)
    assert len(local.stdout.splitlines()) > 1


def _rows(text: str) -> list[tuple[str, ...]]:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text)))[1:]
    return sorted(tuple(_normal(cell) for cell in row) for row in rows)


def _normal(cell: str) -> str:
    if "; " in cell:
        return "; ".join(sorted(cell.split("; ")))
    return " ".join(sorted(cell.split(" "))) if _is_list(cell) else cell


def _is_list(cell: str) -> bool:
    parts = cell.split(" ")
    return len(parts) > 1 and all(p.replace(".", "").isdigit() or p.isidentifier() for p in parts)


def test_endpoint_parameters_cannot_inject(endpoint: str) -> None:
    evil = '275" } UNION { ?version ?p ?o } #'
    run = kgbuild("query", "article-history", "-p", f"article={evil}", "-e", endpoint, "-f", "csv")
    assert run.code == 0, run.stderr
    assert len(run.stdout.strip().splitlines()) == 1


def test_unreachable_endpoint_exits_3() -> None:
    run = kgbuild("query", "amendments", "-e", f"http://127.0.0.1:{_free_port()}/query")
    assert run.code == 3
    assert "cannot query the endpoint" in run.stderr
