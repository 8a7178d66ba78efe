"""Stage 1: load the seeds (catalogue, documents, statute register, curation) and check them.

Every record remembers its file and line. All problems found in one pass are raised
together as one InputError, so the user fixes them in one go.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from kgbuild.errors import InputError, Problem
from kgbuild.extraction import MAX_DOCUMENT_BYTES
from kgbuild.schemas import schema_problems
from kgbuild.yamlio import READ_HINT, line_of, load_yaml, outside_problem

T = TypeVar("T")

CONFIDENCE_LEVELS = ("high", "medium", "low", "unverified")
SOURCE_KINDS = ("official", "consolidated", "secondary")
ACT_DATE_KINDS = ("duma_adopted", "council_approved", "signed", "published", "in_force")
EFFECT_KINDS = (
    "inserted",
    "amended",
    "sanction_changed",
    "repealed",
    "note_added",
    "note_amended",
    "note_repealed",
)
SANCTION_TYPES = (
    "imprisonment",
    "life_imprisonment",
    "fine",
    "restriction_of_liberty",
    "forced_labour",
    "arrest",
    "compulsory_works",
    "corrective_labour",
    "deprivation_of_right",
)
SANCTION_ROLES = ("main", "alternative", "additional")
GUILT_FORMS = ("intentional", "negligent")
_ARTICLE_RE = re.compile(r"^\d+(\.\d+)?$")
_LAW_ID_RE = re.compile(r"^fz-(\d{4})-(\d+)$")
_UNNUMBERED_LAW_RE = re.compile(r"^fz-(\d{4})-(\d{2})-(\d{2})$")
"""A law whose number no source confirmed is named by its signature date."""
_SLUG_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_DOCUMENT_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


@dataclass(frozen=True)
class Origin:
    """Where a record was read: a path relative to the seeds folder's parent, and a line."""

    path: str
    line: int | None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Candidate(Generic[T]):
    """A value some source gives that is not the preferred one."""

    value: T
    source: str | None
    note: str | None


@dataclass(frozen=True)
class Fact(Generic[T]):
    """A sourced value, with the other candidates when sources disagree."""

    value: T
    source: str | None
    confidence: str
    reason: str | None = None
    candidates: tuple[Candidate[T], ...] = ()
    origin: Origin | None = None
    note: str | None = None

    @property
    def disputed(self) -> bool:
        return bool(self.candidates)


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str | None
    url: str | None
    kind: str
    language: str | None
    says: str | None
    quote: str | None
    origin: Origin


@dataclass(frozen=True)
class Effect:
    article: str
    part: str | None
    kind: str
    in_force: Fact[dt.date]
    summary: str | None
    origin: Origin


@dataclass(frozen=True)
class Law:
    id: str
    number: str
    year: int
    title_ru: str | None
    title_en: str | None
    dates: dict[str, Fact[dt.date]]
    effects: tuple[Effect, ...]
    source: str | None
    confidence: str
    origin: Origin


@dataclass(frozen=True)
class Sanction:
    type: str
    role: str
    min_years: Fact[float] | None
    max_years: Fact[float] | None
    max_amount: Fact[float] | None
    currency: str | None
    optional: bool
    note: str | None
    origin: Origin


@dataclass(frozen=True)
class Version:
    article: str
    part: str | None
    start: Fact[dt.date]
    end: Fact[dt.date] | None
    """First day no longer in force; None while in force. Explicit or the next start."""
    enacted_by: str
    sanctions: tuple[Sanction, ...]
    quote: str | None
    source: str | None
    confidence: str
    origin: Origin

    def in_force_on(self, day: dt.date) -> bool:
        return self.start.value <= day and (self.end is None or day < self.end.value)


@dataclass(frozen=True)
class Unit:
    article: str
    part: str | None
    versions: tuple[Version, ...]


@dataclass(frozen=True)
class Article:
    number: str
    title_ru: str | None
    title_en: str | None
    offence: str | None
    guilt: str
    units: tuple[Unit, ...]
    source: str | None
    confidence: str
    origin: Origin


@dataclass(frozen=True)
class Register:
    sources: dict[str, Source]
    laws: dict[str, Law]
    articles: dict[str, Article]


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    """Path relative to the project root, e.g. seeds/documents/000_x.txt."""
    sha256: str
    title: str
    publisher: str
    relayed_by: str | None
    published: dt.date | None
    url: str | None
    language: str
    kind: str
    report_year: int | None
    cites: tuple[str, ...]
    text: str
    origin: Origin


@dataclass(frozen=True)
class Decision:
    """A reviewer's decision on one extracted claim, or a claim added by hand."""

    action: str
    claim: str | None
    reason: str
    values: dict[str, Any]
    origin: Origin


@dataclass(frozen=True)
class Seeds:
    root: Path
    documents: tuple[Document, ...]
    register: Register
    decisions: tuple[Decision, ...]
    warnings: tuple[Problem, ...] = ()


_EMPTY_HINTS = {
    "catalogue": "list the documents, one '- file:' entry each",
    "curation": "write the decisions, or [] for none",
    "article": "restore the article's record, or delete the file",
    "law": "restore the law's record (id:, dates:, effects:), or delete the file",
    "sources": "list the sources, or delete the file",
}


_TOP_LEVEL = {
    "catalogue": ("the catalogue must be a list of documents", "start each with '- file:'"),
    "curation": (
        "curation.yaml must be a list of decisions",
        "start each decision with '- action:'",
    ),
    "article": ("an article file must be a mapping with article:", 'add article: "275"'),
    "law": ("a law file must be a mapping with an id", "add id: fz-YYYY-NNN"),
    "sources": ("a sources file must be a list", "start each source with '- id:'"),
}


@dataclass
class _Collector:
    """Collects problems while loading, so that all of them are reported at once."""

    root: Path
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    unloaded: list[Path] = field(default_factory=list)
    """Files that could not be read at all: their records are missing, not wrong."""

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def add(self, path: Path, line: int | None, message: str, hint: str) -> None:
        self.problems.append(Problem(self.rel(path), line, message, hint))

    def warn(self, path: Path, line: int | None, message: str, hint: str) -> None:
        self.warnings.append(Problem(self.rel(path), line, message, hint))

    def load(self, path: Path, kind: str, empty_ok: bool = False) -> Any:
        """The checked YAML of one seed file of `kind` (see kgbuild.schemas), or None.

        An empty file is a problem unless `empty_ok`: then the caller says what it means.
        """
        before = len(self.problems)
        data = self._load(path, kind, empty_ok)
        if len(self.problems) > before:
            self.unloaded.append(path)
            return None
        return data

    def _load(self, path: Path, kind: str, empty_ok: bool) -> Any:
        if not self.inside(path):
            return None
        try:
            data = load_yaml(path)
        except InputError as exc:
            for p in exc.problems:
                self.problems.append(Problem(self.rel(path), p.line, p.message, p.hint))
            return None
        if data is None:
            if not empty_ok:
                self.add(path, None, "the file is empty", _EMPTY_HINTS[kind])
            return None
        top = dict if kind in ("article", "law") else list
        if not isinstance(data, top):
            what, hint = _TOP_LEVEL[kind]
            self.add(path, line_of(data, None, 1), what, hint)
            return None
        for line, what, hint in schema_problems(kind, data):
            self.add(path, line, what, hint)
        return data

    def inside(self, path: Path) -> bool:
        """Whether `path` may be read: it must resolve to something inside the seeds folder."""
        why = outside_problem(path, self.root)
        if why is not None:
            self.add(path, None, why, "keep seed files inside seeds/, as real files")
            return False
        return True


# ---------------------------------------------------------------------------- values


def parse_date(value: Any) -> dt.date:
    """Parse YYYY-MM-DD strictly; raise ValueError with a readable message."""
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real calendar date ({exc})") from exc


def _parse_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{value!r} is not a number")
    if value < 0:
        raise ValueError(f"{value!r} is negative")
    return float(value)


def _fact(
    col: _Collector,
    path: Path,
    node: Any,
    parent: Any,
    key: str,
    parse: Any,
    default_source: str | None,
    default_confidence: str,
) -> Fact[Any] | None:
    """Read a plain or disputed fact (see seeds/statutes/README.md)."""
    line = line_of(parent, key)
    origin = Origin(col.rel(path), line)
    if node is None:
        return None
    if isinstance(node, dict):
        if "value" not in node:
            col.add(path, line, f"'{key}' is a mapping without 'value'", "add value: ...")
            return None
        if node["value"] is None:
            if str(node.get("confidence")) != "unverified":
                col.add(
                    path,
                    line,
                    f"'{key}' has no value but is not marked unverified",
                    "give the value, or write confidence: unverified",
                )
            # An explicitly unknown value: the caller decides what its absence means.
            return None
        try:
            value = parse(node["value"])
        except ValueError as exc:
            col.add(path, line_of(node, "value", line), f"'{key}': {exc}", _hint_for(parse))
            return None
        confidence = str(node.get("confidence", default_confidence))
        if confidence not in CONFIDENCE_LEVELS:
            col.add(
                path,
                line_of(node, "confidence", line),
                f"unknown confidence {confidence!r}",
                "use one of " + ", ".join(CONFIDENCE_LEVELS),
            )
        candidates = []
        for raw in node.get("candidates") or []:
            cline = line_of(raw, None, line)
            if not isinstance(raw, dict) or "value" not in raw:
                col.add(path, cline, f"a candidate of '{key}' has no value", "add value: ...")
                continue
            if raw["value"] is None:
                candidates.append(Candidate(None, raw.get("source"), raw.get("note")))
                continue
            try:
                cvalue = parse(raw["value"])
            except ValueError as exc:
                col.add(path, cline, f"candidate of '{key}': {exc}", _hint_for(parse))
                continue
            candidates.append(Candidate(cvalue, raw.get("source"), raw.get("note")))
        if candidates and not node.get("reason"):
            col.add(
                path,
                line,
                f"'{key}' lists candidates but gives no reason for the preferred value",
                "add reason: why this value is preferred",
            )
        return Fact(
            value,
            node.get("source", default_source),
            confidence,
            node.get("reason"),
            tuple(candidates),
            origin,
            _opt_str(node.get("note")),
        )
    try:
        value = parse(node)
    except ValueError as exc:
        col.add(path, line, f"'{key}': {exc}", _hint_for(parse))
        return None
    return Fact(value, default_source, default_confidence, origin=origin)


def _is_unknown(node: Any) -> bool:
    return isinstance(node, dict) and node.get("value", "") is None


def _hint_for(parse: Any) -> str:
    if parse is parse_date:
        return "write an existing date as YYYY-MM-DD"
    return "write a non-negative number"


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


# ---------------------------------------------------------------------------- catalogue


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
    listed: set[str] = set()
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
        listed.add(rel)
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


# ---------------------------------------------------------------------------- register


def _load_sources(root: Path, col: _Collector) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for path in _seed_files(root / "statutes" / "sources"):
        data = col.load(path, "sources")
        if data is None:
            continue
        if not isinstance(data, list):
            col.add(path, 1, "a sources file must be a list", "start each source with '- id:'")
            continue
        for entry in data:
            line = line_of(entry)
            if not isinstance(entry, dict) or not entry.get("id") or not entry.get("title"):
                col.add(path, line, "a source needs an id and a title", "add id: and title:")
                continue
            sid = str(entry["id"])
            if sid in sources:
                col.add(
                    path,
                    line,
                    f"duplicate source id {sid!r} (also {sources[sid].origin})",
                    "give each source a unique id",
                )
                continue
            kind = str(entry.get("kind", "secondary"))
            if kind not in SOURCE_KINDS:
                col.add(
                    path,
                    line_of(entry, "kind"),
                    f"unknown source kind {kind!r}",
                    "use one of " + ", ".join(SOURCE_KINDS),
                )
            sources[sid] = Source(
                sid,
                str(entry["title"]),
                _opt_str(entry.get("publisher")),
                _opt_str(entry.get("url")),
                kind,
                _opt_str(entry.get("language")),
                _opt_str(entry.get("says")),
                _opt_str(entry.get("quote")),
                Origin(col.rel(path), line),
            )
    return sources


def _confidence(col: _Collector, path: Path, node: Any, default: str) -> str:
    value = str(node.get("confidence", default)) if isinstance(node, dict) else default
    if value not in CONFIDENCE_LEVELS:
        col.add(
            path,
            line_of(node, "confidence"),
            f"unknown confidence {value!r}",
            "use one of " + ", ".join(CONFIDENCE_LEVELS),
        )
        return "unverified"
    return value


def _load_laws(root: Path, col: _Collector) -> dict[str, Law]:
    laws: dict[str, Law] = {}
    for path in _seed_files(root / "statutes" / "laws"):
        data = col.load(path, "law")
        if data is None:
            continue
        if not isinstance(data, dict) or not data.get("id"):
            col.add(path, 1, "a law file must be a mapping with an id", "add id: fz-YYYY-NNN")
            continue
        law_id = str(data["id"])
        match = _LAW_ID_RE.match(law_id) or _UNNUMBERED_LAW_RE.match(law_id)
        if not match:
            col.add(
                path,
                line_of(data, "id"),
                f"law id {law_id!r} is not fz-<year>-<number>",
                "write the id as fz-<year of signature>-<number>, e.g. fz-2022-260 (or "
                "fz-YYYY-MM-DD of the signature day while the number is unverified)",
            )
            continue
        expected_name = law_id.removeprefix("fz-") + "-fz.yaml"
        if path.name != expected_name:
            col.add(
                path,
                line_of(data, "id"),
                f"law {law_id} is in the wrong file",
                f"rename the file to {expected_name}",
            )
        if law_id in laws:
            col.add(path, 1, f"duplicate law {law_id}", "keep one file per law")
            continue
        source = _opt_str(data.get("source"))
        confidence = _confidence(col, path, data, "unverified")
        dates: dict[str, Fact[dt.date]] = {}
        raw_dates = data.get("dates") or {}
        for key, raw in raw_dates.items():
            if key not in ACT_DATE_KINDS:
                col.add(
                    path,
                    line_of(raw_dates, key),
                    f"unknown date kind {key!r}",
                    "use one of " + ", ".join(ACT_DATE_KINDS),
                )
                continue
            fact = _fact(col, path, raw, raw_dates, key, parse_date, source, confidence)
            if fact is not None:
                dates[key] = fact
        effects = []
        for raw in data.get("effects") or []:
            eline = line_of(raw)
            if not isinstance(raw, dict) or raw.get("article") is None:
                col.add(path, eline, "an effect needs an article", 'add article: "275.1"')
                continue
            kind = str(raw.get("kind", "amended"))
            if kind not in EFFECT_KINDS:
                col.add(
                    path,
                    line_of(raw, "kind"),
                    f"unknown effect kind {kind!r}",
                    "use one of " + ", ".join(EFFECT_KINDS),
                )
                continue
            in_force = _fact(
                col, path, raw.get("in_force"), raw, "in_force", parse_date, source, confidence
            )
            if in_force is None:
                in_force = dates.get("in_force")
            if in_force is None:
                if (
                    _is_unknown(raw.get("in_force"))
                    or _is_unknown(raw_dates.get("in_force"))
                    or "in_force" not in raw_dates
                ):
                    col.warn(
                        path,
                        eline,
                        f"effect of {law_id} on {raw['article']} has no known "
                        "in-force date; it is left out of the graph",
                        "add the date when a source gives it",
                    )
                    continue
                col.add(
                    path,
                    eline,
                    "effect without an in-force date and the law has none",
                    "add in_force: YYYY-MM-DD to the effect or to dates:",
                )
                continue
            effects.append(
                Effect(
                    str(raw["article"]),
                    _opt_str(raw.get("part")),
                    kind,
                    in_force,
                    _opt_str(raw.get("summary")),
                    Origin(col.rel(path), eline),
                )
            )
        title = data.get("title") or {}
        laws[law_id] = Law(
            id=law_id,
            number=str(
                data.get("number")
                or (f"{match.group(2)}-FZ" if _LAW_ID_RE.match(law_id) else "number unverified")
            ),
            year=int(match.group(1)),
            title_ru=_opt_str(title.get("ru")),
            title_en=_opt_str(title.get("en")),
            dates=dates,
            effects=tuple(effects),
            source=source,
            confidence=confidence,
            origin=Origin(col.rel(path), 1),
        )
    return laws


def _load_sanction(
    col: _Collector, path: Path, raw: Any, source: str | None, confidence: str
) -> Sanction | None:
    line = line_of(raw)
    if not isinstance(raw, dict):
        col.add(path, line, "a sanction must be a mapping", "write type:, role:, ...")
        return None
    stype, role = str(raw.get("type")), str(raw.get("role", "main"))
    if stype not in SANCTION_TYPES:
        col.add(
            path,
            line_of(raw, "type"),
            f"unknown sanction type {stype!r}",
            "use one of " + ", ".join(SANCTION_TYPES),
        )
        return None
    if role not in SANCTION_ROLES:
        col.add(
            path,
            line_of(raw, "role"),
            f"unknown sanction role {role!r}",
            "use one of " + ", ".join(SANCTION_ROLES),
        )
        return None
    facts = {
        key: _fact(col, path, raw.get(key), raw, key, _parse_number, source, confidence)
        for key in ("min_years", "max_years", "max_amount")
    }
    low, high = facts["min_years"], facts["max_years"]
    if low is not None and high is not None and low.value > high.value:
        col.add(
            path,
            line_of(raw, "min_years"),
            f"minimum {low.value:g} years is above the maximum {high.value:g}",
            "swap or correct min_years and max_years",
        )
    return Sanction(
        stype,
        role,
        low,
        high,
        facts["max_amount"],
        _opt_str(raw.get("currency")),
        bool(raw.get("optional", False)),
        _opt_str(raw.get("note")),
        Origin(col.rel(path), line),
    )


def _load_article(col: _Collector, path: Path, data: Any) -> Article | None:
    if not isinstance(data, dict) or data.get("article") is None:
        col.add(path, 1, "an article file must be a mapping with article:", 'add article: "275"')
        return None
    number = str(data["article"])
    if not _ARTICLE_RE.match(number) or path.stem != number:
        col.add(
            path,
            line_of(data, "article"),
            f"article {number!r} does not match the file name {path.name}",
            f"name the file {number}.yaml and write the number like 275 or 275.1",
        )
    source = _opt_str(data.get("source"))
    confidence = _confidence(col, path, data, "unverified")
    guilt = str(data.get("guilt", "intentional"))
    if guilt not in GUILT_FORMS:
        col.add(
            path,
            line_of(data, "guilt"),
            f"unknown form of guilt {guilt!r}",
            "use intentional or negligent",
        )
    offence = _opt_str(data.get("offence"))
    if offence is not None and not _SLUG_RE.match(offence):
        col.add(
            path,
            line_of(data, "offence"),
            f"offence {offence!r} is not a slug",
            "use the offence slug from ontology/offences.ttl, e.g. treason",
        )
    units = []
    seen_parts: set[str | None] = set()
    for raw_unit in data.get("units") or []:
        uline = line_of(raw_unit)
        if not isinstance(raw_unit, dict):
            col.add(path, uline, "a unit must be a mapping", "write part: and versions:")
            continue
        part = _opt_str(raw_unit.get("part"))
        if part in seen_parts:
            col.add(path, uline, f"part {part} is listed twice", "merge the two entries")
            continue
        seen_parts.add(part)
        versions = _load_versions(col, path, number, part, raw_unit, source, confidence)
        units.append(Unit(number, part, tuple(versions)))
    if not units:
        col.add(path, 1, f"article {number} has no units", "add units: with versions")
    title = data.get("title") or {}
    return Article(
        number,
        _opt_str(title.get("ru")),
        _opt_str(title.get("en")),
        offence,
        guilt,
        tuple(units),
        source,
        confidence,
        Origin(col.rel(path), line_of(data)),
    )


def _load_versions(
    col: _Collector,
    path: Path,
    number: str,
    part: str | None,
    raw_unit: Any,
    source: str | None,
    confidence: str,
) -> list[Version]:
    label = f"{number}" + (f" part {part}" if part else "")
    loaded: list[tuple[Version, bool]] = []
    for raw in raw_unit.get("versions") or []:
        vline = line_of(raw)
        if not isinstance(raw, dict):
            col.add(path, vline, "a version must be a mapping", "write from:, enacted_by:, ...")
            continue
        vsource = _opt_str(raw.get("source")) or source
        vconf = _confidence(col, path, raw, confidence)
        start = _fact(col, path, raw.get("from"), raw, "from", parse_date, vsource, vconf)
        if start is None:
            if _is_unknown(raw.get("from")):
                col.warn(
                    path,
                    vline,
                    f"version of {label} ({raw.get('enacted_by')}) has no "
                    "known start date; it is left off the timeline",
                    "add from: when a source gives the date",
                )
            elif raw.get("from") is None:
                col.add(
                    path,
                    vline,
                    f"a version of {label} has no start date",
                    "add from: YYYY-MM-DD (the first day in force)",
                )
            continue
        end = _fact(col, path, raw.get("until"), raw, "until", parse_date, vsource, vconf)
        if end is None and _is_unknown(raw.get("until")):
            col.warn(
                path,
                line_of(raw, "until"),
                f"version of {label} from {start.value} has "
                "an unknown end; it is treated as in force until a later version",
                "add until: when a source gives the date",
            )
        if end is not None and end.value <= start.value:
            col.add(
                path,
                line_of(raw, "until"),
                f"version of {label} ends ({end.value}) on or before it starts ({start.value})",
                "until must be after from",
            )
            continue
        sanctions = [
            s
            for s in (
                _load_sanction(col, path, r, vsource, vconf) for r in raw.get("sanctions") or []
            )
            if s is not None
        ]
        enacted_by = str(raw.get("enacted_by") or "")
        if not enacted_by:
            col.add(
                path,
                vline,
                f"version of {label} from {start.value} has no enacted_by",
                "add enacted_by: fz-YYYY-NNN (fz-1996-63 for the original text)",
            )
        version = Version(
            number,
            part,
            start,
            end,
            enacted_by,
            tuple(sanctions),
            _opt_str(raw.get("quote")),
            vsource,
            vconf,
            Origin(col.rel(path), vline),
        )
        loaded.append((version, end is not None))
    loaded.sort(key=lambda item: item[0].start.value)
    versions: list[Version] = []
    for index, (version, explicit_end) in enumerate(loaded):
        if versions and versions[-1].start.value == version.start.value:
            col.add(
                path,
                version.origin.line,
                f"duplicate version of {label} from {version.start.value} "
                f"(also line {versions[-1].origin.line})",
                "keep one version per start date",
            )
            continue
        nxt = loaded[index + 1][0] if index + 1 < len(loaded) else None
        if (
            explicit_end
            and nxt is not None
            and version.end is not None
            and version.end.value > nxt.start.value
        ):
            col.add(
                path,
                version.origin.line,
                f"version of {label} {version.start.value}..{version.end.value} overlaps "
                f"the version from {nxt.start.value} (line {nxt.origin.line})",
                f"end it on or before {nxt.start.value}, or correct the dates",
            )
        if not explicit_end and nxt is not None:
            version = Version(
                version.article,
                version.part,
                version.start,
                Fact(
                    nxt.start.value, nxt.start.source, nxt.start.confidence, origin=nxt.start.origin
                ),
                version.enacted_by,
                version.sanctions,
                version.quote,
                version.source,
                version.confidence,
                version.origin,
            )
        versions.append(version)
    return versions


def _check_references(col: _Collector, root: Path, register: Register) -> None:
    """Cross-file checks: every id a record names must exist."""

    def check_source(sid: str | None, origin: Origin, what: str) -> None:
        if sid is not None and sid not in register.sources:
            col.problems.append(
                Problem(
                    origin.path,
                    origin.line,
                    f"{what} cites unknown source {sid!r}",
                    "add it to seeds/statutes/sources/ or fix the id",
                )
            )

    def check_fact(fact: Fact[Any] | None, origin: Origin, what: str) -> None:
        if fact is None:
            return
        where = fact.origin or origin
        check_source(fact.source, where, what)
        for cand in fact.candidates:
            check_source(cand.source, where, what + " (candidate)")
        if fact.source is None and fact.confidence != "unverified":
            col.problems.append(
                Problem(
                    where.path,
                    where.line,
                    f"{what} has no source",
                    "add source: <id>, or mark confidence: unverified",
                )
            )

    for law in register.laws.values():
        check_source(law.source, law.origin, f"law {law.id}")
        for key, fact in law.dates.items():
            check_fact(fact, law.origin, f"law {law.id} date {key}")
        for eff in law.effects:
            check_fact(eff.in_force, eff.origin, f"effect of {law.id}")
            article = register.articles.get(eff.article)
            if article is None:
                col.problems.append(
                    Problem(
                        eff.origin.path,
                        eff.origin.line,
                        f"effect of {law.id} names article {eff.article}, "
                        "which is not in the register",
                        f"add seeds/statutes/articles/{eff.article}.yaml or fix the article number",
                    )
                )
            elif eff.part is not None and eff.part not in {u.part for u in article.units}:
                col.problems.append(
                    Problem(
                        eff.origin.path,
                        eff.origin.line,
                        f"effect of {law.id} names part {eff.part} of {eff.article}, which has no "
                        "such part",
                        "fix the part, or add the part to the article file",
                    )
                )
    for article in register.articles.values():
        check_source(article.source, article.origin, f"article {article.number}")
        for unit in article.units:
            for version in unit.versions:
                what = f"version of {article.number} from {version.start.value}"
                check_fact(version.start, version.origin, what)
                if version.enacted_by and version.enacted_by not in register.laws:
                    col.problems.append(
                        Problem(
                            version.origin.path,
                            version.origin.line,
                            f"{what} is enacted by {version.enacted_by!r}, which has no law file",
                            "add seeds/statutes/laws/<year>-<number>-fz.yaml or fix the id",
                        )
                    )
                for sanction in version.sanctions:
                    for amount in (sanction.min_years, sanction.max_years, sanction.max_amount):
                        check_fact(amount, sanction.origin, f"sanction of {what}")


def _seed_files(folder: Path) -> list[Path]:
    """The *.yaml files of a register folder, dangling and looping links included."""
    return sorted(folder.glob("*.yaml"))


def load_register(root: Path, col: _Collector) -> Register:
    for name in ("sources", "laws", "articles"):
        folder = root / "statutes" / name
        if not folder.is_dir():
            col.add(folder, None, "the register folder is missing", f"restore {col.rel(folder)}/")
            col.unloaded.append(folder)
        elif not col.inside(folder):  # a link out of seeds/: reported by inside()
            col.unloaded.append(folder)
    sources = _load_sources(root, col)
    laws = _load_laws(root, col)
    articles: dict[str, Article] = {}
    for path in _seed_files(root / "statutes" / "articles"):
        data = col.load(path, "article")
        if data is None:
            continue
        article = _load_article(col, path, data)
        if article is not None:
            articles[article.number] = article
    register = Register(
        sources, laws, dict(sorted(articles.items(), key=lambda kv: _article_key(kv[0])))
    )
    if not col.unloaded:
        # A file that did not load would make every reference to it a second, misleading
        # problem ("no law file" for an emptied law file): check references once all load.
        _check_references(col, root, register)
    return register


def _article_key(number: str) -> tuple[int, ...]:
    return tuple(int(x) for x in number.split("."))


# ---------------------------------------------------------------------------- curation

DECISION_ACTIONS = ("accept", "reject", "correct", "add")


def load_decisions(root: Path, col: _Collector) -> list[Decision]:
    path = root / "curation.yaml"
    if not path.exists():
        return []
    data = col.load(path, "curation")
    if data is None:
        return []
    if not isinstance(data, list):
        col.add(
            path,
            1,
            "curation.yaml must be a list of decisions",
            "start each decision with '- action:'",
        )
        return []
    decisions = []
    for raw in data:
        line = line_of(raw)
        if not isinstance(raw, dict):
            col.add(path, line, "a decision must be a mapping", "write action:, claim:, reason:")
            continue
        action = str(raw.get("action"))
        if action not in DECISION_ACTIONS:
            col.add(
                path,
                line_of(raw, "action"),
                f"unknown action {action!r}",
                "use one of " + ", ".join(DECISION_ACTIONS),
            )
            continue
        if not raw.get("reason"):
            col.add(path, line, f"{action} decision without a reason", "add reason: ...")
            continue
        if isinstance(raw.get("claim"), int | float):
            col.add(
                path,
                line_of(raw, "claim"),
                f"claim id {raw['claim']!r} was read as a number (an all-digit id loses "
                "its leading zeros)",
                'quote the id: claim: "0123456789abcdef"',
            )
            continue
        if action != "add" and not raw.get("claim"):
            col.add(
                path,
                line,
                f"{action} decision names no claim",
                "add claim: <id> (from `kgbuild extract -f json`)",
            )
            continue
        values = {k: v for k, v in raw.items() if k not in ("action", "claim", "reason")}
        decisions.append(
            Decision(
                action,
                _opt_str(raw.get("claim")),
                str(raw["reason"]),
                values,
                Origin(col.rel(path), line),
            )
        )
    return decisions


def catalogue_dates(root: Path) -> dict[str, tuple[dt.date | None, int | None]]:
    """Publication date and report year of each catalogued file, by its path under seeds/.

    Used by `kgbuild extract` for files given on the command line; problems in the
    catalogue are left to the build to report.
    """
    path = root / "catalogue.yaml"
    if not path.exists():
        return {}
    try:
        data = load_yaml(path)
    except InputError:
        return {}
    result: dict[str, tuple[dt.date | None, int | None]] = {}
    for entry in data if isinstance(data, list) else []:
        if not isinstance(entry, dict) or not entry.get("file"):
            continue
        try:
            day = parse_date(entry["published"]) if entry.get("published") else None
        except ValueError:
            day = None
        year = entry.get("report_year")
        result[str(entry["file"])] = (day, int(year) if isinstance(year, int) else None)
    return result


# ---------------------------------------------------------------------------- facade


def load_seeds(root: Path) -> Seeds:
    """Load and check everything under the seeds folder; raise InputError listing all problems."""
    col = _Collector(root)
    if not root.is_dir():
        col.add(
            root,
            None,
            "the seeds folder does not exist",
            "run kgbuild in the project folder, or pass --root DIR with the folder that "
            "holds seeds/",
        )
        raise InputError(col.problems)
    documents = load_documents(root, col)
    register = load_register(root, col)
    decisions = load_decisions(root, col)
    if col.problems:
        raise InputError(_dedupe(col.problems))
    return Seeds(root, tuple(documents), register, tuple(decisions), tuple(col.warnings))


def _dedupe(problems: Iterable[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    result = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            result.append(p)
    return result
