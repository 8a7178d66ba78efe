"""seeds/statutes/articles/: each article's units, dated versions and sanctions."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from kgbuild.sources.collector import (
    _Collector,
    _confidence,
    _fact,
    _is_unknown,
    _opt_str,
    _parse_number,
    parse_date,
)
from kgbuild.sources.records import (
    GUILT_FORMS,
    SANCTION_ROLES,
    SANCTION_TYPES,
    Article,
    Fact,
    Origin,
    Sanction,
    Unit,
    UnknownFact,
    Version,
)
from kgbuild.yamlio import line_of

_ARTICLE_RE = re.compile(r"^\d+(\.\d+)?$")
_SLUG_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_NOTE_RE = re.compile(r"^\d+(\.\d+)?$")


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
    unknown = tuple(
        UnknownFact(
            key,
            _opt_str(raw[key].get("source")),
            _opt_str(raw[key].get("note")),
            Origin(col.rel(path), line_of(raw, key)),
        )
        for key in ("min_years", "max_years", "max_amount")
        if _is_unknown(raw.get(key))
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
        unknown,
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
    seen: set[tuple[str | None, str | None]] = set()
    for raw_unit in data.get("units") or []:
        uline = line_of(raw_unit)
        if not isinstance(raw_unit, dict):
            col.add(path, uline, "a unit must be a mapping", "write part: and versions:")
            continue
        part, note = _opt_str(raw_unit.get("part")), _opt_str(raw_unit.get("note"))
        if part is not None and note is not None:
            col.add(
                path,
                uline,
                f"a unit of {number} has both part: {part} and note: {note}",
                "a note is a unit of its own: keep either part: or note:",
            )
            continue
        if note is not None and not _NOTE_RE.match(note):
            col.add(
                path,
                line_of(raw_unit, "note"),
                f"note number {note!r} of {number} is not like 1 or 1.1",
                'write the note\'s number as the Code does, e.g. note: "2" or "1.1" '
                '(a lone unnumbered note is "1")',
            )
            continue
        if (part, note) in seen:
            what = f"note {note}" if note is not None else f"part {part}"
            col.add(path, uline, f"{what} is listed twice", "merge the two entries")
            continue
        seen.add((part, note))
        versions = _load_versions(col, path, number, part, raw_unit, source, confidence, note)
        units.append(Unit(number, part, tuple(versions), note))
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
    note: str | None = None,
) -> list[Version]:
    label = f"{number}" + (f" part {part}" if part else "") + (f" note {note}" if note else "")
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
        summary = _opt_str(raw.get("summary"))
        if note is not None:
            _check_note_version(col, path, label, start.value, raw, summary)
        elif summary is not None:
            col.add(
                path,
                line_of(raw, "summary"),
                f"version of {label} from {start.value} has summary:, which only notes have",
                "use note: for a remark on a part's version, or move it to a note unit",
            )
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
            note,
            summary,
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
            version = replace(
                version,
                end=Fact(
                    nxt.start.value, nxt.start.source, nxt.start.confidence, origin=nxt.start.origin
                ),
            )
        versions.append(version)
    return versions


def _check_note_version(
    col: _Collector,
    path: Path,
    label: str,
    start: object,
    raw: dict[str, Any],
    summary: str | None,
) -> None:
    """A note states law (an exemption, a definition) but prescribes no punishment."""
    if raw.get("sanctions"):
        col.add(
            path,
            line_of(raw, "sanctions"),
            f"version of {label} from {start} has sanctions, which a note cannot carry",
            "put the sanctions on the article or part the note belongs to",
        )
    if summary is None:
        col.add(
            path,
            line_of(raw),
            f"version of {label} from {start} has no summary",
            "add summary: what the note provides, in your own words",
        )
