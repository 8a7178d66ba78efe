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
    command = r"^`kgbuild extract FILE` as a user runs it: start-up \d+\.\d+s .* = \d+\.\d+ MB/s"
    assert re.search(command, done.stdout, re.M), done.stdout
    corpus = r"^Extraction of many documents .* \d+\.\d+ MB/s in one process, \d+\.\d+ MB/s with"
    assert re.search(corpus, done.stdout, re.M), done.stdout


def test_e2e_reads_the_build_stages_and_percentiles() -> None:
    """The end-to-end bench's bookkeeping (no timing is asserted): the stages of a build
    from its -v lines, the last one running until the command exits, and p95."""
    sys.path.insert(0, str(BENCH.parents[1]))
    from bench.e2e_runs import percentile, stage_profile

    stderr = (
        "[   0.0s] loading seeds...\nnoise\n"
        "[   1.5s] reasoning (HermiT)...\n[   4.0s] validating...\n"
    )
    assert stage_profile(stderr, 5.0) == [
        ("reasoning (HermiT)", 2.5),
        ("loading seeds", 1.5),
        ("validating (until exit)", 1.0),
    ]
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 0.5) == 3.0
    assert percentile([1.0, 2.0], 0.95) == 1.95
