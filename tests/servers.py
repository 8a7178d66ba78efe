"""Real SPARQL servers for the tests, each private to its test: Virtuoso 7 (Debian
`virtuoso-opensource`) and the Oxigraph server (PyPI `oxigraph`), on 127.0.0.1 and free
ports, with their databases in a folder of the test's own.

Virtuoso runs in the foreground (`virtuoso-t -f`) with a virtuoso.ini written here: its
own database files, loopback ports, the `dba` password changed with SET PASSWORD on first
start, and the result cap raised (the packaged configuration cuts results at 10,000 rows
without saying so). Files are loaded with its bulk loader (ld_add + rdf_loader_run).
"""

from __future__ import annotations

import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(url: str, process: subprocess.Popen[bytes], what: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            query = urllib.parse.urlencode({"query": "ASK {}"})
            urllib.request.urlopen(f"{url}?{query}", timeout=5).read()
            return
        except (OSError, urllib.error.URLError):
            if process.poll() is not None:
                raise RuntimeError(f"{what} stopped with exit code {process.returncode}") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not answer at {url}") from None
            time.sleep(0.3)


def _end(process: subprocess.Popen[bytes] | None, kill: bool = False) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Virtuoso:
    """A private Virtuoso instance; `start`, `stop` (clean) or `kill` (SIGKILL), `start` again."""

    def __init__(self, folder: Path, buffers: int = 20000) -> None:
        self.folder = folder
        self.sql_port = free_port()
        self.http_port = free_port()
        self.password = secrets.token_hex(8)
        self.process: subprocess.Popen[bytes] | None = None
        self._initialised = False
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / "db"
        db.mkdir(exist_ok=True)
        (folder / "virtuoso.ini").write_text(
            f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{self.sql_port}
ServerThreads = 10
; one thread per query: the full-build comparison lost rows twice, without an error, on
; loaded CI machines (Virtuoso issues 437 and 575 report such answers from parallel,
; memory-bounded execution); MaxQueryMem as Virtuoso's documented default, stated
ThreadsPerQuery = 1
MaxQueryMem = 2G
CheckpointInterval = 60
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {buffers * 3 // 4}
DirsAllowed = ., {folder}, /tmp
TransactionAfterImageLimit = 2000000000

[HTTPServer]
ServerPort = 127.0.0.1:{self.http_port}
ServerRoot = {folder}
MaxClientConnections = 4
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = 10000000
; no time limit: past one, Virtuoso returns the rows found so far as a success (a loaded
; CI machine cut imposed-vs-prescribed short at 600 s); the client's timeout governs
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
""",
            encoding="utf-8",
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server's own log: what it said about a query that went wrong."""
        log = self.folder / "db" / "virtuoso.log"
        if not log.exists():
            return "(no virtuoso.log)"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])

    def endpoint(self, graph: str | None = None) -> str:
        """The SPARQL endpoint; with `graph`, querying that graph as the default graph."""
        url = f"{self.base}/sparql"
        if graph:
            url += "?" + urllib.parse.urlencode({"default-graph-uri": graph})
        return url

    def start(self) -> None:
        assert VIRTUOSO, "virtuoso-t not installed (apt-get install virtuoso-opensource)"
        # A killed server leaves its lock file behind, and Virtuoso will not start beside it.
        (self.folder / "db" / "virtuoso.lck").unlink(missing_ok=True)
        log = open(self.folder / "server.log", "ab")  # noqa: SIM115 (the server keeps it)
        self.process = subprocess.Popen(
            [VIRTUOSO, "-f", "-c", str(self.folder / "virtuoso.ini")],
            cwd=self.folder,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        _wait(self.endpoint(), self.process, "Virtuoso")
        if not self._initialised:
            # Quoted: unquoted identifiers are folded to upper case.
            # Checkpointed: without it, Virtuoso 7.2.5 knew only the old password again after
            # a SIGKILL and a restart (the publish crash test does that).
            self.sql(f'SET PASSWORD "dba" "{self.password}"; checkpoint;', password="dba")
            self._initialised = True

    def stop(self) -> None:
        _end(self.process)

    def kill(self) -> None:
        _end(self.process, kill=True)

    def sql(self, statements: str, password: str | None = None) -> str:
        assert ISQL, "isql-vt not installed (apt-get install virtuoso-opensource)"
        done = subprocess.run(
            [
                ISQL,
                f"127.0.0.1:{self.sql_port}",
                "dba",
                password or self.password,
                f"exec={statements}",
            ],
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql failed: {done.stdout[-500:]} {done.stderr[-500:]}")
        return done.stdout

    def load(self, files: dict[Path, str]) -> None:
        """Bulk-load files (N-Triples or Turtle), each into its graph, and checkpoint."""
        # Virtuoso reads only the folders DirsAllowed names: the files are copied into its own.
        inbox = self.folder / "load"
        inbox.mkdir(exist_ok=True)
        adds = []
        for number, (path, graph) in enumerate(files.items()):
            copy = inbox / f"{number}-{path.name}"
            shutil.copyfile(path, copy)
            adds.append(f"ld_add('{copy}', '{graph}');")
        self.sql(" ".join(adds) + " rdf_loader_run(); checkpoint;")
        errors = self.sql(
            "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;"
        )
        assert "0 Rows." in errors, errors


class OxigraphServer:
    """`oxigraph serve` (read-write) on a database folder; files loaded offline beforehand."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def endpoint(self, graph: str | None = None) -> str:
        url = f"{self.base}/query"
        if graph:
            url += "?" + urllib.parse.urlencode({"default-graph-uri": graph})
        return url

    def load(self, files: dict[Path, str]) -> None:
        """Load files into their graphs with `oxigraph load` (the server must be stopped)."""
        assert self.process is None or self.process.poll() is not None
        for path, graph in files.items():
            subprocess.run(
                [
                    "oxigraph",
                    "load",
                    "--location",
                    str(self.folder),
                    "--file",
                    str(path),
                    "--graph",
                    graph,
                ],
                check=True,
                capture_output=True,
                timeout=1800,
            )

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "oxigraph",
                "serve",
                "--location",
                str(self.folder),
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait(self.endpoint(), self.process, "the Oxigraph server")

    def stop(self) -> None:
        _end(self.process)

    def kill(self) -> None:
        _end(self.process, kill=True)
