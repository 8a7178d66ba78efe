"""How the end-to-end benchmark runs things: a command with its wall time and peak RSS,
the Oxigraph floor, and the named queries on a store.

Every run is a child process, so nothing the benchmark itself holds is counted. Its peak
RSS is the larger of the kernel's figure (`os.wait4`'s rusage: the largest peak of the
process and of each child it waited for, such as HermiT's Java) and the process tree's
total sampled every 20 ms from /proc: processes that run side by side (validate's forked
child beside the parent) add up, which rusage does not.
"""

from __future__ import annotations

import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Measured:
    """One child process: wall seconds, peak RSS (MiB), exit code, its output."""

    label: str
    seconds: float
    peak_mib: float
    code: int
    stdout: str = ""
    stderr: str = ""
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.note


def run_measured(
    label: str, command: list[str], timeout: float, ok_codes: tuple[int, ...] = (0,)
) -> Measured:
    """Run `command` from the checkout's root; a timeout kills it and says so."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8") as out,
        tempfile.TemporaryFile("w+", encoding="utf-8") as err,
    ):
        started = time.perf_counter()
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=err, text=True)
        deadline = started + timeout
        status, usage = 0, None
        tree_peak_kib = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            tree_peak_kib = max(tree_peak_kib, _tree_rss_kib(proc.pid))
            if time.perf_counter() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    peak = max(usage.ru_maxrss if usage is not None else 0, tree_peak_kib) / 1024
    note = ""
    if seconds >= timeout:
        note = f"timeout (>{timeout:g}s)"
    elif proc.returncode not in ok_codes:
        last = (stderr.strip().splitlines() or ["no output"])[-1]
        note = f"exit {proc.returncode}: {last[:90]}"
    return Measured(label, seconds, peak, proc.returncode, stdout, stderr, note)


def _tree_rss_kib(pid: int) -> int:
    """The resident memory of a process and all its descendants now (KiB; 0 if gone)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as kids:
                    todo.extend(int(k) for k in kids.read().split())
        except (OSError, ValueError):
            continue
    return total


def kgbuild(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "kgbuild", *map(str, args)]


_FLOOR = """
import json, sys, time, tempfile
import pyoxigraph as ox
path, fmt = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory(dir=sys.argv[3]) as tmp:
    t0 = time.perf_counter()
    store = ox.Store(tmp + "/store")
    store.bulk_load(path=path, format=ox.RdfFormat.from_extension(fmt))
    t1 = time.perf_counter()
    store.dump(output=tmp + "/dump.nq", format=ox.RdfFormat.N_QUADS)
    t2 = time.perf_counter()
    print(json.dumps({"load": t1 - t0, "dump": t2 - t1}))
    del store
"""


def measure_floor(path: Path, workdir: Path, timeout: float) -> Measured:
    """The floor: Oxigraph bulk-loads the file into a new store, then dumps N-Quads."""
    fmt = path.suffix.lstrip(".")
    run = run_measured(
        "floor", [sys.executable, "-c", _FLOOR, str(path), fmt, str(workdir)], timeout
    )
    if run.ok:
        parts = json.loads(run.stdout)
        run.extra = parts
        run.seconds = parts["load"] + parts["dump"]  # the work, not the interpreter start
    return run


# ------------------------------------------------------------------------------ queries

# The parameters the expected tables use (tests/test_queries.py, tests/test_official.py).
QUERY_PARAMS: dict[str, dict[str, str]] = {
    "penalties-in-force": {"date": "2023-07-01"},
    "gravity": {"date": "2026-11-01"},
    "article-history": {"article": "275"},
    "official-series": {"article": "275"},
    "official-statistics": {"article": "276", "year": "2024"},
    # The tests' article (test_official.py, test_portable.py); the whole table (724 rows on
    # the full build) takes about 280 ms, most of it reading 16,000 cells of form 10.3.1.
    "imposed-vs-prescribed": {"article": "275"},
}
SKIPPED_QUERIES = {"evidence": "needs a claim id"}

_QUERIES = """
import json, statistics, sys, time
from pathlib import Path
import pyoxigraph as ox
from kgbuild.queries import bind_parameters, load_catalogue, run_local
graph, runs = Path(sys.argv[1]), int(sys.argv[2])
wanted = json.loads(sys.argv[3])
t0 = time.perf_counter()
from kgbuild.store import open_graph
store = open_graph(graph)
opened = time.perf_counter() - t0
catalogue = load_catalogue(Path("queries"))
out = {"open": opened, "queries": {}}
for name, params in wanted.items():
    query = catalogue[name]
    bindings = bind_parameters(query, params)
    times, rows = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        rows = len(run_local(store, query, bindings).rows)
        times.append(time.perf_counter() - t)
    out["queries"][name] = {"times": times, "rows": rows}
print(json.dumps(out))
"""


@dataclass
class QueryTiming:
    name: str
    kind: str
    rows: int
    p50: float
    p95: float


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    index = q * (len(ordered) - 1)
    low = int(index)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (index - low)


def measure_queries(
    graph: Path, kinds: tuple[str, ...], runs: int, timeout: float
) -> tuple[Measured, list[QueryTiming]]:
    """Every named query of these kinds on `graph` (a build folder or a file), `runs` times
    each in one process, after one untimed warm-up run: p50 and p95 of the query alone."""
    sys.path.insert(0, str(ROOT))
    from kgbuild.queries import load_catalogue

    catalogue = load_catalogue(ROOT / "queries")
    wanted = {
        name: QUERY_PARAMS.get(name, {})
        for name, query in sorted(catalogue.items())
        if query.kind in kinds and name not in SKIPPED_QUERIES
    }
    command = [sys.executable, "-c", _QUERIES, str(graph), str(runs + 1), json.dumps(wanted)]
    run = run_measured("queries", command, timeout)
    timings = []
    if run.ok:
        data = json.loads(run.stdout)
        run.extra = {"open": data["open"]}
        for name, result in data["queries"].items():
            times = result["times"][1:]  # the first run warms the store's caches
            timings.append(
                QueryTiming(
                    name,
                    catalogue[name].kind,
                    result["rows"],
                    statistics.median(times),
                    percentile(times, 0.95),
                )
            )
    return run, timings


def stage_profile(stderr: str, wall: float) -> list[tuple[str, float]]:
    """The build's stages from `kgbuild -v build` ("[  12.3s] stage..."), longest first.

    The last stage runs until the command exits (`wall`, so it also holds the interpreter's
    start-up, which comes before the first mark).
    """
    marks: list[tuple[float, str]] = []
    for line in stderr.splitlines():
        if line.startswith("[") and "s] " in line and line.rstrip().endswith("..."):
            stamp, _, stage = line[1:].partition("s] ")
            try:
                marks.append((float(stamp), stage.rstrip(".")))
            except ValueError:
                continue
    spans = [(stage, end - start) for (start, stage), (end, _n) in itertools.pairwise(marks)]
    if marks:
        spans.append((marks[-1][1] + " (until exit)", max(wall - marks[-1][0], 0.0)))
    return sorted(spans, key=lambda s: -s[1])


def python_profile(command: list[str], timeout: float, top: int = 8) -> list[str]:
    """The same kgbuild command under cProfile: its top functions by cumulative time."""
    with tempfile.NamedTemporaryFile(suffix=".prof", delete=False) as handle:
        path = Path(handle.name)
    try:
        assert command[:3] == [sys.executable, "-m", "kgbuild"]
        profiled = [sys.executable, "-m", "cProfile", "-o", str(path), *command[1:]]
        run = run_measured("profile", profiled, timeout, ok_codes=(0, 1))
        if not run.ok or not path.stat().st_size:
            return [f"(profile not taken: {run.note or 'no data'})"]
        import io
        import pstats

        text = io.StringIO()
        stats = pstats.Stats(str(path), stream=text)
        stats.sort_stats("cumulative").print_stats(r"kgbuild|pyshacl|rdflib|pyoxigraph", top)
        lines = [ln for ln in text.getvalue().splitlines() if ln.strip()]
        start = next((i for i, ln in enumerate(lines) if "ncalls" in ln), 0)
        return lines[start : start + top + 1]
    finally:
        path.unlink(missing_ok=True)
