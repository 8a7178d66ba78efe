"""Extraction throughput: the English extractor on the seed documents and the Russian one
on the Russian test documents and key passages, each repeated to a target size as one
document, in MB/s of wall-clock time and of the process's CPU time (issue 8's target)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

EXTRACTION_TARGET = 1.0
"""MB/s that extraction must reach (issue 8)."""


def _verdict(rate: float) -> str:
    """Whether ``rate`` (MB/s) meets the target, as the lines print it."""
    return "meets" if rate >= EXTRACTION_TARGET else "BELOW"


def _documents(root: Path, language: str) -> list[Path]:
    """The seed documents the catalogue gives in ``language``."""
    import yaml

    catalogue = yaml.safe_load((root / "seeds" / "catalogue.yaml").read_text(encoding="utf-8"))
    entries = catalogue if isinstance(catalogue, list) else catalogue.get("documents", [])
    return sorted(
        root / "seeds" / e["file"] for e in entries if e.get("language", "en") == language
    )


def measure_extraction(target_bytes: int, runs: int = 3) -> tuple[int, float, float, int]:
    """Extract claims from the seed documents repeated to `target_bytes` of UTF-8 text, as
    one document: (bytes, wall seconds, CPU seconds, claims). Dense news text, the kind the
    build reads. The best of `runs` runs."""
    from kgbuild.extraction import extract_claims
    from kgbuild.lexicon import load_lexicon

    root = ROOT
    lexicon = load_lexicon(root / "ontology" / "offences.ttl")
    docs = _documents(root, "en")
    unit = "\n\n".join(p.read_text(encoding="utf-8") for p in docs) + "\n\n"
    text = unit * max(1, target_bytes // len(unit.encode("utf-8")))
    size = len(text.encode("utf-8"))
    wall = cpu = float("inf")
    claims = 0
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        claims = len(extract_claims(text, document="bench.txt", lexicon=lexicon, lang="en"))
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return size, wall, cpu, claims


def _key_passages(root: Path, prefix: str) -> list[str]:
    """The passages of the answer keys ``tests/keys/{prefix}*.yaml``: text written the way
    reports are, with a figure in nearly every sentence."""
    import yaml

    return [
        str(item["text"])
        for key in sorted((root / "tests" / "keys").glob(f"{prefix}*.yaml"))
        for item in yaml.safe_load(key.read_text(encoding="utf-8"))
        if "text" in item
    ]


def extraction_dense_line(target_bytes: int) -> str:
    """The English extractor on the passages of the English answer keys, repeated to
    ``target_bytes`` as one document: the densest English text it reads (the seed
    documents have more sentences the claim gate skips)."""
    from kgbuild.extraction import extract_claims
    from kgbuild.lexicon import load_lexicon

    lexicon = load_lexicon(ROOT / "ontology" / "offences.ttl")
    unit = "\n\n".join(_key_passages(ROOT, "en")) + "\n\n"
    text = unit * max(1, target_bytes // len(unit.encode("utf-8")))
    size = len(text.encode("utf-8"))
    extract_claims(unit, document="warm-up.txt", lexicon=lexicon, lang="en")
    started, started_cpu = time.perf_counter(), time.process_time()
    claims = extract_claims(text, document="bench-dense.txt", lexicon=lexicon, lang="en")
    seconds, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    rate = size / 1e6 / seconds
    verdict = _verdict(rate)
    return (
        f"English extraction throughput on dense text: {size / 1e6:.2f} MB of the English "
        f"key passages (repeated, one document) in {seconds:.1f}s = {rate:.2f} MB/s "
        f"({size / 1e6 / cpu:.2f} MB per CPU second), {len(claims):,} claims ({verdict} the "
        f"{EXTRACTION_TARGET:g} MB/s target)"
    )


def extraction_line(target_bytes: int, runs: int = 3) -> str:
    size, wall, cpu, claims = measure_extraction(target_bytes, runs)
    rate, cpu_rate = size / 1e6 / wall, size / 1e6 / cpu
    verdict = _verdict(rate)
    return (
        f"Extraction throughput: {size / 1e6:.2f} MB of seed documents (repeated, one "
        f"document) in {wall:.1f}s = {rate:.2f} MB/s ({cpu_rate:.2f} MB/s of CPU time; "
        f"best of {runs}), {claims:,} claims ({verdict} the {EXTRACTION_TARGET:g} MB/s target)"
    )


def measure_extraction_ru(target_bytes: int) -> tuple[int, float, float, int]:
    """The Russian extractor on the Russian seed documents and the Russian answer keys'
    passages, repeated to `target_bytes` as one document: (bytes, wall seconds, CPU
    seconds, claims); CPU time shows the speed on a loaded machine too. Nearly
    every sentence holds a figure, the worst case; the word analyses are cached after the
    first repetition."""
    from kgbuild.extraction_ru import extract_ru

    root = ROOT
    docs = sorted((root / "seeds" / "documents").glob("*_test_ru_*.txt"))
    passages = _key_passages(root, "ru")
    unit = "\n\n".join([*(p.read_text(encoding="utf-8") for p in docs), *passages]) + "\n\n"
    text = unit * max(1, target_bytes // len(unit.encode("utf-8")))
    size = len(text.encode("utf-8"))
    extract_ru(unit, "warm-up.txt")  # load the dictionaries and the offence scheme
    started, cpu = time.perf_counter(), time.process_time()
    claims = extract_ru(text, "bench-ru.txt", published=dt.date(2025, 6, 30))
    return size, time.perf_counter() - started, time.process_time() - cpu, len(claims)


def extraction_ru_line(target_bytes: int) -> str:
    size, seconds, cpu, claims = measure_extraction_ru(target_bytes)
    rate = size / 1e6 / seconds
    verdict = _verdict(rate)
    return (
        f"Russian extraction throughput: {size / 1e6:.2f} MB of Russian test documents and "
        f"key passages (repeated, one document) in {seconds:.1f}s = {rate:.2f} MB/s "
        f"({size / 1e6 / cpu:.2f} MB per CPU second), {claims:,} claims ({verdict} the "
        f"{EXTRACTION_TARGET:g} MB/s target)"
    )


def measure_extraction_command(target_bytes: int, runs: int = 3) -> tuple[int, float, float]:
    """`python -m kgbuild extract FILE` as a user runs it, on the seed documents repeated
    to ``target_bytes`` in one file (``target_bytes`` 0: a one-line file, the start-up
    alone): (bytes, wall seconds, CPU seconds of the child), the best of ``runs``. Start-up
    (imports, compiling the patterns, reading the offence scheme) is included."""
    import os
    import resource
    import subprocess
    import sys
    import tempfile

    if target_bytes:
        unit = "\n\n".join(p.read_text(encoding="utf-8") for p in _documents(ROOT, "en"))
        unit += "\n\n"
        text = unit * max(1, target_bytes // len(unit.encode("utf-8")))
    else:
        text = "Courts convicted 12 people of treason in 2024.\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    wall = cpu = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.txt"
        path.write_text(text, encoding="utf-8")
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "kgbuild", "extract", str(path)],
                cwd=tmp,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            wall = min(wall, time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            cpu = min(cpu, used)
    return len(text.encode("utf-8")), wall, cpu


def extraction_command_line(target_bytes: int, runs: int = 3) -> str:
    """The command's start-up, and its rate on one file of ``target_bytes`` with it."""
    _, start_wall, start_cpu = measure_extraction_command(0, runs)
    size, wall, cpu = measure_extraction_command(target_bytes, runs)
    rate = size / 1e6 / wall
    verdict = _verdict(rate)
    return (
        f"`kgbuild extract FILE` as a user runs it: start-up {start_wall:.2f}s "
        f"({start_cpu:.2f}s of CPU) on a one-line file; {size / 1e6:.2f} MB of seed "
        f"documents in one file in {wall:.1f}s = {rate:.2f} MB/s start-up included "
        f"({size / 1e6 / cpu:.2f} MB per CPU second; best of {runs}) ({verdict} the "
        f"{EXTRACTION_TARGET:g} MB/s target)"
    )


def measure_extraction_corpus(target_bytes: int) -> tuple[int, int, float, float, int, int]:
    """Many documents at once (`kgbuild.extraction.corpus.extract_documents`): the seed
    documents and every passage of the English and Russian answer keys, each its own
    document, repeated to ``target_bytes``. (documents, bytes, seconds in one process,
    seconds with a worker per core, workers, claims); both sides' claims must agree."""
    from kgbuild.extraction.corpus import Document, available_workers, extract_documents
    from kgbuild.lexicon import load_lexicon

    lexicon = load_lexicon(ROOT / "ontology" / "offences.ttl")
    seeds = sorted((ROOT / "seeds" / "documents").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    texts += _key_passages(ROOT, "en") + _key_passages(ROOT, "ru")
    unit = sum(len(t.encode("utf-8")) for t in texts)
    texts = texts * max(1, target_bytes // unit)
    published = dt.date(2025, 6, 30)
    documents = [Document(t, f"doc-{i}.txt", published) for i, t in enumerate(texts)]
    workers = available_workers()
    extract_documents(documents[: len(documents) // 10], lexicon=lexicon, workers=1)  # warm-up
    started = time.perf_counter()
    one = extract_documents(documents, lexicon=lexicon, workers=1)
    alone = time.perf_counter() - started
    started = time.perf_counter()
    many = extract_documents(documents, lexicon=lexicon, workers=workers)
    together = time.perf_counter() - started
    if one != many:
        raise AssertionError("claims differ between one process and several workers")
    size = sum(len(t.encode("utf-8")) for t in texts)
    return len(documents), size, alone, together, workers, sum(map(len, many))


def extraction_corpus_line(target_bytes: int) -> str:
    docs, size, alone, together, workers, claims = measure_extraction_corpus(target_bytes)
    rate, rate_alone = size / 1e6 / together, size / 1e6 / alone
    return (
        f"Extraction of many documents (`kgbuild extract` of several files): {docs:,} "
        f"documents, {size / 1e6:.2f} MB (the seed documents and every key passage, both "
        f"languages): {rate_alone:.2f} MB/s in one process, {rate:.2f} MB/s with {workers} "
        f"worker{'s' if workers != 1 else ''} ({alone / together:.2f}x; same "
        f"{claims:,} claims) ({_verdict(rate)} the {EXTRACTION_TARGET:g} MB/s target)"
    )


def measure_run_on(clauses: int) -> tuple[int, float]:
    """One run-on sentence of ``clauses`` counts with their offences and years, joined by
    commas and no full stop (a table pasted as prose): (bytes, best-of-three seconds)."""
    from kgbuild.extraction import extract_claims
    from kgbuild.lexicon import load_lexicon

    lexicon = load_lexicon(ROOT / "ontology" / "offences.ttl")
    unit = "in {y} courts convicted {a} people of treason and {b} of espionage, "
    text = "".join(unit.format(y=2000 + i % 25, a=10 + i % 90, b=1 + i % 9) for i in range(clauses))
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        extract_claims(text, document="run-on.txt", lexicon=lexicon, lang="en")
        best = min(best, time.perf_counter() - started)
    return len(text.encode("utf-8")), best


def extraction_run_on_line(clauses: int) -> str:
    """How the time for one long sentence grows with its length: a sentence twice as long
    should take about twice as long (a ratio near 4 or more means quadratic work)."""
    small, small_s = measure_run_on(clauses)
    large, large_s = measure_run_on(2 * clauses)
    return (
        f"Run-on sentence (one sentence, no full stop): {small / 1e3:.0f} KB in "
        f"{small_s:.2f}s, {large / 1e3:.0f} KB in {large_s:.2f}s: twice the length takes "
        f"{large_s / small_s:.1f}x the time"
    )
