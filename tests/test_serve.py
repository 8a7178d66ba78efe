"""`kgbuild serve`: the built graph behind a real Oxigraph SPARQL server on loopback.

Each test starts its own server on a free 127.0.0.1 port and stops it (SIGTERM) before it
ends, whatever happens.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT, kgbuild


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Served:
    url: str
    process: subprocess.Popen[str]
    stderr: str = ""


@contextmanager
def serve(*args: str | Path, tmpdir: Path) -> Iterator[Served]:
    """Run `kgbuild serve ARGS` until its URL is printed; always stop it afterwards."""
    env = dict(os.environ, TMPDIR=str(tmpdir))
    process = subprocess.Popen(
        [sys.executable, "-m", "kgbuild", "serve", *map(str, args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    served = Served(process.stdout.readline().strip(), process)
    try:
        yield served
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            _, served.stderr = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise


def _children(pid: int) -> list[int]:
    """The processes `pid` started (here: the Oxigraph server under `kgbuild serve`)."""
    out = subprocess.run(
        ["ps", "-o", "pid=,args=", "--ppid", str(pid)], capture_output=True, text=True
    )
    return [int(line.split()[0]) for line in out.stdout.splitlines() if "serve-read-only" in line]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_serve_answers_named_queries_like_the_local_graph(built: Path, tmp_path: Path) -> None:
    port = _free_port()
    with serve(built / "graph.nt", "--bind", f"127.0.0.1:{port}", tmpdir=tmp_path) as served:
        assert served.url == f"http://127.0.0.1:{port}/query", served.process.stderr
        servers = _children(served.process.pid)
        assert len(servers) == 1
        question = ("query", "penalties-in-force", "-p", "date=2023-07-01", "-f", "csv")
        remote = kgbuild(*question, "-e", served.url)
        local_csv = kgbuild(*question, "-g", built / "graph.ttl")
        assert remote.code == 0, remote.stderr
        assert local_csv.code == 0
        assert sorted(remote.stdout.splitlines()) == sorted(local_csv.stdout.splitlines())
        assert "275.1,,confidential_cooperation,3,8,false," in remote.stdout
    assert served.process.returncode == 0, served.stderr
    triples = sum(1 for line in (built / "graph.nt").read_text().splitlines() if line.strip())
    assert f"Serving {triples:,} triples" in served.stderr
    assert "Server stopped." in served.stderr
    # The server is gone and its temporary database with it.
    assert not any(_alive(pid) for pid in servers)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("kgbuild-serve-")]


def test_serve_keeps_the_database_with_store_and_replaces_it_atomically(
    built: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    with serve(
        built / "graph.ttl",
        "--store",
        store,
        "--bind",
        f"127.0.0.1:{_free_port()}",
        tmpdir=tmp_path,
    ) as served:
        assert served.url.startswith("http://127.0.0.1:")
    assert served.process.returncode == 0, served.stderr
    kept = sorted(p.name for p in (store / "db").iterdir())
    assert "CURRENT" in kept

    # A broken graph must leave the kept database as it was.
    broken = tmp_path / "broken.nt"
    broken.write_text('<urn:a> <urn:b> "ok" .\n<urn:a> <urn:b> oops .\n', encoding="utf-8")
    run = kgbuild("serve", broken, "--store", store, "--bind", f"127.0.0.1:{_free_port()}")
    assert run.code == 3
    assert f"{broken}:2: Oxigraph could not load the file" in run.stderr
    assert sorted(p.name for p in (store / "db").iterdir()) == kept
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".store.tmp-")]


def test_serve_refuses_a_port_in_use(built: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = kgbuild("serve", built / "graph.nt", "--bind", f"127.0.0.1:{port}")
    assert run.code == 3
    assert f"cannot listen on 127.0.0.1:{port}" in run.stderr
    assert "--bind 127.0.0.1:" in run.stderr  # the fix names the option
    assert run.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.nt"], "missing.nt: no such graph file (fix: run `kgbuild build` first"),
        (["README.md"], "README.md: unknown RDF file type '.md'"),
        (["--bind", "localhost"], "'localhost' is not host:port"),
        (["--bind", "127.0.0.1:70000"], "'127.0.0.1:70000' is not host:port"),
    ],
)
def test_serve_bad_input_is_one_clear_line(args: list[str], message: str) -> None:
    run = kgbuild("serve", *args)
    assert run.code == 3, run.stderr
    assert message in run.stderr
    assert run.stdout == ""


def test_serve_a_build_folder_from_its_own_store(built_full: Path, tmp_path: Path) -> None:
    """A build folder's store is served as it is: no load, the same answers as the folder."""
    port = _free_port()
    with serve(built_full, "--bind", f"127.0.0.1:{port}", tmpdir=tmp_path) as served:
        assert served.url == f"http://127.0.0.1:{port}/query", served.process.stderr
        question = ("query", "official-series", "-p", "article=275", "-f", "csv")
        remote = kgbuild(*question, "-e", served.url)
        local = kgbuild(*question, "-g", built_full)
        assert remote.code == 0, remote.stderr
        assert remote.stdout == local.stdout
        assert "275,convicted,2024,10.3,145,article,275" in remote.stdout
        # Nothing was loaded: the server reads the build's own database.
        (server,) = _children(served.process.pid)
        args = Path(f"/proc/{server}/cmdline").read_bytes().split(b"\0")
        assert str(built_full / "store").encode() in args, args
    assert served.process.returncode == 0, served.stderr
    assert f"from {built_full} (read-only)" in served.stderr


def test_serve_offers_oxigraph_query_page_at_the_root(built: Path, tmp_path: Path) -> None:
    import urllib.request

    port = _free_port()
    with serve(built, "--bind", f"127.0.0.1:{port}", tmpdir=tmp_path) as served:
        assert served.url == f"http://127.0.0.1:{port}/query", served.process.stderr
        root = f"http://127.0.0.1:{port}/"
        with urllib.request.urlopen(root, timeout=30) as response:
            page = response.read().decode("utf-8")
            assert response.headers.get_content_type() == "text/html"
        assert 'id="yasgui"' in page and "yasgui.min.js" in page
        with urllib.request.urlopen(root + "yasgui.min.js", timeout=30) as response:
            assert response.status == 200 and len(response.read()) > 10_000
    assert served.process.returncode == 0, served.stderr
