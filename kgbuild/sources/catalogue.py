"""seeds/catalogue.yaml and the documents it lists (sha256, size, names, links)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from kgbuild.claims import MAX_DOCUMENT_BYTES
from kgbuild.published import parse_date
from kgbuild.sources.collector import _Collector, _opt_str
from kgbuild.sources.records import (
    Document,
    Origin,
)
from kgbuild.yamlio import READ_HINT, line_of, outside_problem

# ---------------------------------------------------------------------------- catalogue

_DOCUMENT_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def load_documents(root: Path, col: _Collector) -> list[Document]:
    """Read seeds/catalogue.yaml and every document it lists, checking the sha256."""
    path = root / "catalogue.yaml"
    if not path.exists() and not path.is_symlink():
        col.add(path, None, "the document catalogue is missing", "create seeds/catalogue.yaml")
        return []
    before = len(col.problems)
    data = col.load(path, "catalogue", empty_ok=True)
    if data is None:
        if len(col.problems) == before:
            stored = _stored_documents(root)
            col.add(
                path,
                None,
                f"the catalogue is empty, so none of the {len(stored)} documents in "
                f"{col.rel(root / 'documents')}/ is catalogued",
                "add an entry with file:, sha256:, title:, publisher:, language: for each",
            )
        return []
    if not isinstance(data, list):
        col.add(path, 1, "the catalogue must be a list of documents", "start each with '- file:'")
        return []
    documents: list[Document] = []
    listed: dict[str, int | None] = {}
    for entry in data:
        line = line_of(entry)
        if not isinstance(entry, dict):
            col.add(path, line, "a catalogue entry is not a mapping", "write key: value pairs")
            continue
        missing = [
            k for k in ("file", "sha256", "title", "publisher", "language") if not entry.get(k)
        ]
        if missing:
            col.add(path, line, "missing " + ", ".join(missing), "add the missing keys")
            continue
        rel = str(entry["file"])
        if rel in listed:
            col.add(
                path,
                line_of(entry, "file"),
                f"document {rel} is listed twice (also line {listed[rel]})",
                "keep one entry per document",
            )
            continue
        listed[rel] = line_of(entry, "file")
        document = _load_document(root, col, path, entry, rel)
        if document is not None:
            documents.append(document)
    catalogue_ok = len(col.problems) == before
    for doc_path in _stored_documents(root):
        rel = str(doc_path.relative_to(root))
        if rel in listed:
            continue
        why = outside_problem(doc_path, root)
        if why is not None:
            col.add(doc_path, None, why, "store documents in seeds/documents/ as real files")
        elif catalogue_ok and doc_path.is_file() and doc_path.suffix == ".txt":
            # After a broken entry, its document would be reported too: one cause, one line.
            col.add(
                doc_path,
                None,
                "document is not in the catalogue",
                f"add an entry for {rel} with its sha256 to seeds/catalogue.yaml",
            )
    return sorted(documents, key=lambda d: d.path)


def _stored_documents(root: Path) -> list[Path]:
    docs_dir = root / "documents"
    return sorted(docs_dir.iterdir()) if docs_dir.is_dir() else []


def _load_document(
    root: Path, col: _Collector, path: Path, entry: Any, rel: str
) -> Document | None:
    """One catalogued document, read and checked, or None after recording its problems."""
    file_line = line_of(entry, "file")
    doc_path = root / rel
    if Path(rel).is_absolute() or ".." in Path(rel).parts:
        col.add(
            path,
            file_line,
            f"document {rel} is outside {col.rel(root)}/",
            "store the document in seeds/documents/ and give its path relative to seeds/",
        )
        return None
    why = outside_problem(doc_path, root)
    if why is not None:
        col.add(path, file_line, f"document {rel} {why}", "fix the file name, or store the file")
        return None
    if not _DOCUMENT_NAME_RE.match(doc_path.name):
        col.add(
            path,
            file_line,
            f"document name {doc_path.name!r} has characters other than letters, digits, "
            "'.', '_' and '-' (the name becomes part of IRIs)",
            "rename the file, e.g. with _ for spaces, and its catalogue entry",
        )
        return None
    if not doc_path.is_file():
        col.add(path, file_line, f"document {rel} is not a file", "fix the file name")
        return None
    size = doc_path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        col.add(
            doc_path,
            None,
            f"document is {size:,} bytes, above the limit of {MAX_DOCUMENT_BYTES:,}",
            "split it into several documents, each with its own catalogue entry",
        )
        return None
    try:
        data_bytes = doc_path.read_bytes()
    except OSError as exc:
        col.add(doc_path, None, f"cannot read the document ({exc.strerror or exc})", READ_HINT)
        return None
    if not data_bytes.strip():
        col.add(doc_path, None, "document is empty", "restore its text, or remove it and its entry")
        return None
    digest = hashlib.sha256(data_bytes).hexdigest()
    if digest != entry["sha256"]:
        col.add(
            doc_path,
            None,
            f"sha256 is {digest}, but the catalogue ({col.rel(path)}:"
            f"{line_of(entry, 'sha256')}) says {entry['sha256']}",
            "restore the document byte for byte, or, if the edit is intended, "
            "update its sha256 in the catalogue",
        )
        return None
    try:
        text = data_bytes.decode("utf-8")
    except UnicodeDecodeError:
        col.add(doc_path, None, "document is not UTF-8", "store the document as UTF-8")
        return None
    published = None
    if entry.get("published") is not None:
        try:
            published = parse_date(entry["published"])
        except ValueError as exc:
            col.add(path, line_of(entry, "published"), str(exc), "write YYYY-MM-DD")
            return None
    report_year = entry.get("report_year")
    return Document(
        id=Path(rel).stem,
        path=col.rel(doc_path),
        sha256=digest,
        title=str(entry["title"]),
        publisher=str(entry["publisher"]),
        relayed_by=_opt_str(entry.get("relayed_by")),
        published=published,
        url=_opt_str(entry.get("url")),
        language=str(entry["language"]),
        kind=str(entry.get("kind", "news")),
        report_year=int(report_year) if report_year is not None else None,
        cites=tuple(str(c) for c in entry.get("cites") or ()),
        text=text,
        origin=Origin(col.rel(path), line_of(entry)),
    )
