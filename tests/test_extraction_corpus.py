"""Several documents read at once (kgbuild/extraction/corpus.py): worker processes give each
document exactly the claims it gives alone, in the order the documents were given."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from kgbuild.extraction import extract_claims
from kgbuild.extraction.corpus import (
    PARALLEL_MIN_CHARS,
    Document,
    _batches,
    extract_documents,
)
from kgbuild.lexicon import Lexicon, load_lexicon
from tests.conftest import ROOT, kgbuild


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _passages(prefix: str) -> list[tuple[str, dt.date | None]]:
    out = []
    for key in sorted((ROOT / "tests" / "keys").glob(f"{prefix}-heldout3*.yaml")):
        for item in yaml.safe_load(key.read_text(encoding="utf-8")):
            if "text" in item:
                out.append((str(item["text"]), item.get("published")))
    return out


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    """English and Russian passages in turn, each its own document with its own date, and
    some of them long (many passages in one), enough text for the workers to be forked."""
    passages = _passages("en") + _passages("ru")
    docs = [Document(t, f"p{i}.txt", day) for i, (t, day) in enumerate(passages)]
    long_en = "\n\n".join(t for t, _ in _passages("en"))
    long_ru = "\n\n".join(t for t, _ in _passages("ru"))
    docs.insert(3, Document(long_en, "long-en.txt", dt.date(2025, 6, 30), 2024))
    docs.append(Document(long_ru, "long-ru.txt", dt.date(2025, 6, 30), lang="ru"))
    while sum(len(d.text) for d in docs) < 2 * PARALLEL_MIN_CHARS:
        docs += [Document(d.text, f"again-{len(docs)}-{d.name}", d.published) for d in docs]
    return docs


def test_workers_give_each_document_its_own_claims_in_order(
    lexicon: Lexicon, documents: list[Document]
) -> None:
    alone = [
        extract_claims(
            d.text,
            document=d.name,
            lexicon=lexicon,
            published=d.published,
            report_year=d.report_year,
            lang=d.lang,
        )
        for d in documents
    ]
    together = extract_documents(documents, lexicon=lexicon, workers=2)
    assert together == alone
    assert [c[0].document for c in together if c] == [c[0].document for c in alone if c]
    assert sum(map(len, together)) > 100  # the passages hold claims: the check compares some
    long_ru = next(i for i, d in enumerate(documents) if d.name == "long-ru.txt")
    assert any(c.offence == "treason" and c.document == "long-ru.txt" for c in together[long_ru])


def test_one_worker_or_little_text_reads_in_this_process(lexicon: Lexicon) -> None:
    docs = [Document("Courts convicted 12 people of treason in 2024.", "a.txt")]
    docs.append(Document("В 2024 году за госизмену осудили 9 человек.", "b.txt"))
    found = extract_documents(docs, lexicon=lexicon, workers=8)
    assert [[c.count for c in claims] for claims in found] == [[12], [9]]
    assert extract_documents([], lexicon=lexicon) == []


@pytest.mark.parametrize("wanted", [1, 2, 3, 8, 50])
def test_batches_cover_every_document_once_in_order(wanted: int) -> None:
    lengths = [5, 300, 1, 1, 80, 0, 40, 2_000, 7, 7, 7]
    docs = [Document("x" * n, f"d{i}") for i, n in enumerate(lengths)]
    runs = _batches(docs, wanted)
    assert [i for run in runs for i in run] == list(range(len(docs)))
    assert all(len(run) > 0 for run in runs)
    assert len(runs) <= wanted + 1


def test_the_command_gives_the_same_claims_with_and_without_workers(
    tmp_path: Path, documents: list[Document]
) -> None:
    files = []
    for i, doc in enumerate(documents[:40]):
        path = tmp_path / f"{i:03d}.txt"
        path.write_text(doc.text * (1 + PARALLEL_MIN_CHARS // 20 // len(doc.text)), "utf-8")
        files.append(path)
    one = kgbuild("extract", *files, "--published", "2025-06-30", "-j", "1")
    two = kgbuild("extract", *files, "--published", "2025-06-30", "-j", "2")
    assert one.code == 0 and two.code == 0, one.stderr + two.stderr
    assert one.stdout == two.stdout
    claims = json.loads(two.stdout)
    assert len({c["document"] for c in claims}) > 20
    assert [c["document"] for c in claims] == sorted(c["document"] for c in claims)


def test_the_command_refuses_zero_workers(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Courts convicted 12 people of treason in 2024.", "utf-8")
    run = kgbuild("extract", path, "-j", "0")
    assert run.code == 2
    assert "--jobs" in run.stderr and "0" in run.stderr
