"""Reading seed files: the problem collector, safe loading against the schemas, and the
plain-or-disputed facts of seeds/statutes/README.md."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgbuild.errors import InputError, Problem
from kgbuild.published import parse_date as parse_date  # the loaders import it from here
from kgbuild.schemas import schema_problems
from kgbuild.sources.records import CONFIDENCE_LEVELS, Candidate, Fact, Origin
from kgbuild.yamlio import line_of, load_yaml, outside_problem

_EMPTY_HINTS = {
    "catalogue": "list the documents, one '- file:' entry each",
    "curation": "write the decisions, or [] for none",
    "article": "restore the article's record, or delete the file",
    "law": "restore the law's record (id:, dates:, effects:), or delete the file",
    "sources": "list the sources, or delete the file",
    "publication": "write publisher: and contact: (see seeds/README.md)",
    "categories": "restore Art. 15's versions (article:, versions:)",
    "coverage": "restore the covered chapters and related articles (chapters:, related:)",
    "confiscation": "restore Art. 104.1's listings (article:, listings:)",
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
    "publication": ("publication.yaml must be a mapping", "write publisher: and contact:"),
    "categories": ("categories.yaml must be a mapping with versions:", 'add article: "15"'),
    "coverage": ("coverage.yaml must be a mapping", "write chapters: and related:"),
    "confiscation": ("confiscation.yaml must be a mapping", 'write article: "104.1" and listings:'),
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
        top = (
            dict
            if kind in ("article", "law", "publication", "categories", "coverage", "confiscation")
            else list
        )
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
        derived_from = _derived_from(col, path, node, key, value, line)
        return Fact(
            value,
            node.get("source", default_source),
            confidence,
            node.get("reason"),
            tuple(candidates),
            origin,
            _opt_str(node.get("note")),
            derived_from,
        )
    try:
        value = parse(node)
    except ValueError as exc:
        col.add(path, line, f"'{key}': {exc}", _hint_for(parse))
        return None
    return Fact(value, default_source, default_confidence, origin=origin)


TEN_DAY_RULE_DAYS = 11
"""In force once ten days have passed after the day of publication: on the eleventh day
(published 14.02.2024, in force 25.02.2024)."""


def _derived_from(
    col: _Collector, path: Path, node: dict[str, Any], key: str, value: Any, line: int | None
) -> dt.date | None:
    """The publication date a ten-day-rule date rests on, checked against the value."""
    derived = node.get("derived")
    if not isinstance(derived, dict):
        return None
    where = line_of(derived, "published", line)
    try:
        published = parse_date(derived.get("published"))
    except ValueError as exc:
        col.add(path, where, f"'{key}' derived: {exc}", _hint_for(parse_date))
        return None
    expected = published + dt.timedelta(days=TEN_DAY_RULE_DAYS)
    if value != expected:
        col.add(
            path,
            line,
            f"'{key}' is {value} but the ten-day rule from publication on {published} "
            f"gives {expected}",
            "correct the value or the publication date it rests on",
        )
        return None
    return published


def _is_unknown(node: Any) -> bool:
    return isinstance(node, dict) and node.get("value", "") is None


def _hint_for(parse: Any) -> str:
    if parse is parse_date:
        return "write an existing date as YYYY-MM-DD"
    return "write a non-negative number"


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


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


def _seed_files(folder: Path) -> list[Path]:
    """The *.yaml files of a register folder, dangling and looping links included."""
    return sorted(folder.glob("*.yaml"))
