"""The driver side: runs the workers, formats the table, checks that both sides agree."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.synthetic import size_label

SCRIPT = Path(__file__).resolve().parent / "bench.py"
"""The script the workers run (with --worker)."""

# ------------------------------------------------------------------------------ driver side


@dataclass(frozen=True)
class Row:
    stage: str
    kgbuild: str
    baseline: str


ROWS = [
    Row("parse Turtle (load_graph)", "parse.kgbuild", "parse.rdflib"),
    Row("parse Turtle (load_store)", "parse.oxigraph_store", "parse.rdflib"),
    Row("serialise Turtle (to_turtle)", "serialise.to_turtle", "serialise.rdflib"),
    Row("serialise Turtle (pyoxigraph)", "serialise.oxigraph", "serialise.rdflib"),
    Row("SPARQL convictions", "sparql.convictions.oxigraph", "sparql.convictions.rdflib"),
    Row(
        "SPARQL penalties-in-force",
        "sparql.penalties-in-force.oxigraph",
        "sparql.penalties-in-force.rdflib",
    ),
    Row("SPARQL conflicts", "sparql.conflicts.oxigraph", "sparql.conflicts.rdflib"),
    Row("validate (Core + cross-check)", "validate.kgbuild", "validate.pyshacl"),
    Row("validate shapes/ (file)", "validate_store.file.fast", "validate_store.file.pyshacl"),
    Row("validate shapes/ (Store)", "validate_store.store.fast", "validate_store.store.pyshacl"),
    Row(
        "validate shapes/ (file, no checks)",
        "validate_store.shapes.fast",
        "validate_store.shapes.pyshacl",
    ),
]


LEGEND = [
    "parse (load_graph)   kgbuild.store.load_graph: Oxigraph parser -> rdflib Graph "
    "/ rdflib Graph.parse",
    "parse (load_store)   kgbuild.store.load_store: Oxigraph parser -> pyoxigraph Store "
    "/ rdflib Graph.parse",
    "serialise            kgbuild.export.to_turtle (canonical, from the rdflib Graph) or "
    "pyoxigraph Store.dump / rdflib Graph.serialize(format='turtle') (one measurement, "
    "shown on both rows)",
    "SPARQL               kgbuild.queries.run_local on a pyoxigraph Store / rdflib "
    "Graph.query on the rdflib Graph (loading not timed)",
    "validate             kgbuild.validation.validate_graph: pySHACL SHACL Core on the rdflib "
    "memory store, graph_to_store, set-based GROUP BY/HAVING check query on Oxigraph",
    "                     / pySHACL with the same Core shapes plus the cross-check as a "
    "per-node sh:sparql constraint",
    "validate shapes/     kgbuild.validation.validate_store with the project's shapes/ and "
    "check queries: engine 'fast' (shacl) / engine 'pyshacl' (the reference)",
    "                     (file): from the Turtle file, parsing timed; (Store): from a "
    "pyoxigraph Store loaded untimed; (file, no checks): the SHACL engines alone",
]


@dataclass
class Result:
    status: str  # ok | skipped | timeout | error
    seconds: float = 0.0
    peak_mib: float = 0.0
    data: dict[str, Any] = field(default_factory=dict)
    note: str = ""


def run_group(names: list[str], path: Path, args: argparse.Namespace) -> dict[str, Result]:
    """Run measurements in a worker subprocess. A step running longer than --timeout is
    stopped by killing the worker; the measurements after it get a fresh worker."""
    results: dict[str, Result] = {}
    pending = list(names)
    while pending:
        with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as handle:
            out = Path(handle.name)
        command = [sys.executable, str(SCRIPT), "--worker", ",".join(pending)]
        command += ["--data", str(path), "--out", str(out)]
        command += ["--min-time", str(args.min_time), "--max-runs", str(args.max_runs)]
        seen = 0
        current: str | None = None
        started = launched = time.monotonic()
        timed_out: str | None = None
        with subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        ) as proc:
            while proc.poll() is None:
                time.sleep(0.2)
                lines = out.read_text(encoding="utf-8").splitlines()
                for line in lines[seen:]:
                    record = json.loads(line)
                    if record["status"] == "start":
                        current, started = record["name"], time.monotonic()
                    else:
                        current = None
                seen = len(lines)
                now = time.monotonic()
                if current is not None and now - started > args.timeout:
                    timed_out = current
                elif current is None and now - launched > args.timeout + 600:
                    timed_out = pending[0]  # stuck in setup
                if timed_out:
                    proc.kill()
                    proc.wait()
                    break
            stderr = proc.stderr.read() if proc.stderr else ""
        lines = out.read_text(encoding="utf-8").splitlines()
        out.unlink(missing_ok=True)
        for line in lines:
            data = json.loads(line)
            if data["status"] == "ok":
                results[data["name"]] = Result("ok", data["seconds"], data["peak_mib"], data)
        if timed_out:
            results[timed_out] = Result(
                "timeout", args.timeout, note=f"timeout (>{args.timeout:g}s)"
            )
        elif proc.returncode != 0:
            last = (stderr.strip().splitlines() or ["no output"])[-1]
            for name in pending:
                results.setdefault(name, Result("error", note=f"error: {last[:100]}"))
        pending = [n for n in pending if n not in results]
    return results


def machine_info() -> list[str]:
    from importlib.metadata import version

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        mem = f"{memory:.1f} GiB"
    except (ValueError, OSError):
        mem = "unknown"
    libs = ", ".join(f"{p} {version(p)}" for p in ("kgbuild", "rdflib", "pyshacl", "pyoxigraph"))
    return [
        f"date:     {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"machine:  {cpu}; {os.cpu_count()} cores ({usable} usable); {mem} RAM",
        f"system:   {platform.platform()}",
        f"python:   {platform.python_implementation()} {platform.python_version()}",
        f"packages: {libs}",
        f"load:     {_load()} (1, 5, 15 min load average before the run)",
    ]


def _load() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def fmt_seconds(result: Result) -> str:
    if result.status != "ok":
        return result.note
    s = result.seconds
    return f"{s:.3f}" if s < 10 else f"{s:.1f}"


def fmt_ratio(kg: Result, base: Result) -> str:
    if kg.status == "ok" and base.status == "timeout" and base.seconds:
        return f">{base.seconds / max(kg.seconds, 1e-9):.1f}x"  # a lower bound
    if kg.status != "ok" or base.status != "ok":
        return "n/a"
    return f"{base.seconds / max(kg.seconds, 1e-9):.1f}x"


def fmt_mib(result: Result) -> str:
    return f"{result.peak_mib:.0f}" if result.status == "ok" else "-"


def _table(rows: list[list[str]], header: list[str], right: set[int]) -> Iterator[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    yield line(header)
    yield line(["-" * w for w in widths])
    for r in rows:
        yield line(r)


def _skip(before: Result | None, previous: int | None, budget: float) -> Result | None:
    """Skip a measurement when it was skipped, failed or over budget at the last size."""
    if before is None:
        return None
    if before.status == "skipped":
        return Result("skipped", note=before.note)
    if before.status != "ok":
        return Result("skipped", note=f"skipped ({before.status} at {size_label(previous or 0)})")
    if before.seconds > budget:
        return Result("skipped", note=f"skipped (>{budget:g}s budget)")
    return None


def check_agreement(label: str, row: Row, kg: Result, base: Result, triples: int) -> list[str]:
    """Both sides must compute the same thing; say so when they do not."""
    notes = []
    for side, result in (("kgbuild", kg), ("baseline", base)):
        parsed = result.data.get("info", {}).get("triples")
        if parsed is not None and parsed != triples:
            notes.append(
                f"MISMATCH {label} {row.stage}: {side} parsed {parsed} triples, generated {triples}"
            )
    if kg.status != "ok" or base.status != "ok":
        return notes
    a, b = kg.data["info"], base.data["info"]
    for key in ("triples", "rows", "findings", "cross_check_focus", "results_digest"):
        if key in a and key in b and a[key] != b[key]:
            notes.append(f"MISMATCH {label} {row.stage}: {key} kgbuild={a[key]} baseline={b[key]}")
    return notes
