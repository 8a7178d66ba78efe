"""The per-stage benchmark's command line (bench/bench.py without --e2e) and the
extraction throughput line."""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.driver import (
    LEGEND,
    ROWS,
    Result,
    _load,
    _skip,
    _table,
    check_agreement,
    fmt_mib,
    fmt_ratio,
    fmt_seconds,
    machine_info,
    run_group,
)
from bench.extraction import (
    extraction_command_line,
    extraction_corpus_line,
    extraction_dense_line,
    extraction_line,
    extraction_ru_line,
    extraction_run_on_line,
)
from bench.synthetic import parse_size, size_label
from bench.synthetic_claims import generate
from bench.worker import GROUPS, WORKERS, worker

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--sizes",
        default="10k,100k,1M",
        help="comma-separated graph sizes in triples (default 10k,100k,1M)",
    )
    parser.add_argument("--quick", action="store_true", help="10k triples only")
    parser.add_argument(
        "--budget",
        type=float,
        default=60.0,
        help="skip a measurement at a size when it took more than this many "
        "seconds at the previous size (default 60)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=240.0,
        help="stop a measured step after this many seconds (the worker is killed) and "
        "report it as a timeout (default 240)",
    )
    parser.add_argument(
        "--min-time",
        type=float,
        default=1.0,
        help="repeat a measurement (best of) until it has run this long",
    )
    parser.add_argument("--max-runs", type=int, default=3, help="at most this many runs")
    parser.add_argument(
        "--stages",
        help="run only the rows whose stage starts with one of these comma-separated "
        "texts, e.g. 'validate shapes/' (default: every row)",
    )
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--workdir", type=Path, help="keep the generated graphs here")
    parser.add_argument("--json", type=Path, help="also write all raw results as JSON")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        worker(args.worker.split(","), args.data, args.out, args.min_time, args.max_runs)
        return 0

    sizes = [10_000] if args.quick else [parse_size(s) for s in args.sizes.split(",") if s]
    wanted = [w.strip() for w in (args.stages or "").split(",") if w.strip()]
    rows = [r for r in ROWS if not wanted or any(r.stage.startswith(w) for w in wanted)]
    if not rows:
        parser.error(f"--stages {args.stages!r} matches no row")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kgbuild-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    print("kgbuild benchmark: kgbuild's path vs plain rdflib / pySHACL", flush=True)
    for line in machine_info():
        print(line, flush=True)
    print(
        f"settings: sizes {', '.join(size_label(s) for s in sizes)}; seed {args.seed}; "
        f"budget {args.budget:g}s; timeout {args.timeout:g}s; best of up to "
        f"{args.max_runs} runs while under {args.min_time:g}s",
        flush=True,
    )
    print("", flush=True)

    done: dict[tuple[int, str], Result] = {}
    table: list[list[str]] = []
    notes: list[str] = []
    raw: list[dict[str, Any]] = []
    previous: int | None = None
    try:
        for size in sizes:
            label = size_label(size)
            t0 = time.perf_counter()
            text, triples = generate(size, args.seed)
            path = workdir / f"graph-{label}.ttl"
            path.write_text(text, encoding="utf-8")
            del text
            print(
                f"[{label}] generated {triples:,} triples, {path.stat().st_size / 2**20:.1f}"
                f" MiB of Turtle in {time.perf_counter() - t0:.1f}s",
                flush=True,
            )
            for row in rows:
                for name in (row.kgbuild, row.baseline):
                    if (size, name) in done:
                        continue
                    group = [name]
                    if name in GROUPS:
                        group = [n for n in WORKERS if GROUPS.get(n) == GROUPS[name]]
                    runnable = []
                    for member in group:
                        skip = _skip(
                            done.get((previous, member)) if previous else None,
                            previous,
                            args.budget,
                        )
                        if skip is not None:
                            done[(size, member)] = skip
                        else:
                            runnable.append(member)
                    if runnable:
                        done.update(
                            {(size, n): r for n, r in run_group(runnable, path, args).items()}
                        )
                    for member in group:
                        result = done[(size, member)]
                        raw.append(
                            {
                                "size": size,
                                "measurement": member,
                                "status": result.status,
                                "note": result.note,
                                **result.data,
                            }
                        )
                        print(
                            f"[{label}] {member}: {fmt_seconds(result)}"
                            + (
                                f" s, peak {result.peak_mib:.0f} MiB, setup "
                                f"{result.data['setup']:.1f}s, {result.data['runs']} "
                                f"run(s), {json.dumps(result.data['info'])}"
                                if result.status == "ok"
                                else ""
                            ),
                            flush=True,
                        )
                kg, base = done[(size, row.kgbuild)], done[(size, row.baseline)]
                table.append(
                    [
                        label,
                        f"{triples:,}",
                        row.stage,
                        fmt_seconds(kg),
                        fmt_seconds(base),
                        fmt_ratio(kg, base),
                        fmt_mib(kg),
                        fmt_mib(base),
                    ]
                )
                notes.extend(check_agreement(label, row, kg, base, triples))
            path.unlink()
            previous = size
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    print("", flush=True)
    print(
        "Results (seconds: wall clock of the measured step, best run; ratio = baseline / "
        "kgbuild, >1 means kgbuild is faster; MiB: peak RSS of the worker during the "
        "step)"
    )
    header = [
        "size",
        "triples",
        "stage",
        "kgbuild s",
        "baseline s",
        "ratio",
        "kgbuild MiB",
        "baseline MiB",
    ]
    for line in _table(table, header, right={1, 3, 4, 5, 6, 7}):
        print(line)
    print("")
    print("What each side runs (kgbuild / baseline):")
    for line in LEGEND:
        print("  " + line)
    for note in notes:
        print(note)
    if not notes:
        print("Both sides agreed on every result (triples, rows, findings) they were compared on.")
    print(extraction_line(250_000, runs=1) if args.quick else extraction_line(1_000_000))
    print(extraction_dense_line(250_000 if args.quick else 1_000_000))
    print(extraction_ru_line(250_000 if args.quick else 1_000_000))
    print(extraction_run_on_line(100 if args.quick else 200))
    print(extraction_command_line(250_000 if args.quick else 1_000_000, 1 if args.quick else 3))
    print(extraction_corpus_line(300_000 if args.quick else 2_000_000))
    print(f"Total bench time: {time.perf_counter() - began:.0f}s; load average after: {_load()}")
    if args.json:
        args.json.write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
    failed = [r for r in done.values() if r.status == "error"]
    return 1 if failed or notes else 0
