"""The benchmark script runs end to end on the smallest graph and prints a full table."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench.py"

STAGES = [
    "parse Turtle (load_graph)",
    "parse Turtle (load_store)",
    "serialise Turtle (to_turtle)",
    "serialise Turtle (pyoxigraph)",
    "SPARQL convictions",
    "SPARQL penalties-in-force",
    "SPARQL conflicts",
    "validate (Core + cross-check)",
    "validate shapes/ (file)",
    "validate shapes/ (Store)",
    "validate shapes/ (file, no checks)",
]

# size, triples, stage, kgbuild s, baseline s, ratio, kgbuild MiB, baseline MiB
ROW = re.compile(
    r"^10k\s+[\d,]+\s+(?P<stage>.+?)\s+(?P<kg>\d+\.\d+)\s+(?P<base>\d+\.\d+)\s+"
    r"(?P<ratio>\d+\.\d+)x\s+\d+\s+\d+$"
)


def test_quick_bench_prints_every_stage_with_a_ratio() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--max-runs", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    rows = {}
    for line in done.stdout.splitlines():
        match = ROW.match(line)
        if match:
            rows[match["stage"]] = match
    assert sorted(rows) == sorted(STAGES), done.stdout
    for stage, match in rows.items():
        assert float(match["ratio"]) > 0, stage
    assert "python:" in done.stdout and "rdflib" in done.stdout and "pyoxigraph" in done.stdout
    assert "MISMATCH" not in done.stdout
    assert re.search(r"^Extraction throughput: .* = \d+\.\d+ MB/s", done.stdout, re.M), done.stdout
