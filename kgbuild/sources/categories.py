"""seeds/statutes/categories.yaml: the versions of Art. 15 (categories of crimes).

Each version gives, as data with its source, the bounds of the four categories, so that the
reasoner can classify every article version under the Art. 15 in force on each of its days.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any

from kgbuild.sources.collector import _Collector, _confidence, _fact, _opt_str, parse_date
from kgbuild.sources.records import CategoriesVersion, CategoryRule, Coverage, Fact, Origin
from kgbuild.yamlio import line_of

CATEGORIES_FILE = Path("statutes") / "categories.yaml"


def _load_rule(col: _Collector, path: Path, raw: dict[str, Any]) -> CategoryRule | None:
    line = line_of(raw)
    above, at_most = raw.get("above"), raw.get("at_most")
    life = bool(raw.get("life"))
    if above is None and at_most is None and not life:
        col.add(
            path,
            line,
            "a category rule needs a bound",
            "add above: and/or at_most: (years of deprivation of liberty), or life: true",
        )
        return None
    if above is not None and at_most is not None and float(above) >= float(at_most):
        col.add(
            path,
            line,
            f"a category rule's lower bound {above} is not below its upper bound {at_most}",
            "check the numbers against the text of Art. 15",
        )
        return None
    return CategoryRule(
        str(raw["category"]),
        tuple(str(g) for g in raw["guilt"]),
        None if above is None else float(above),
        None if at_most is None else float(at_most),
        life,
    )


def load_categories(root: Path, col: _Collector) -> tuple[CategoriesVersion, ...]:
    """Art. 15's versions, oldest first, each closed by the next one's start."""
    path = root / CATEGORIES_FILE
    if not path.is_file():
        col.add(
            path,
            None,
            "the register's Art. 15 file is missing",
            f"restore {col.rel(path)} (the versions of Art. 15 the reasoner classifies by)",
        )
        col.unloaded.append(path)
        return ()
    data = col.load(path, "categories")
    if data is None:
        return ()
    source = _opt_str(data.get("source"))
    confidence = _confidence(col, path, data, "unverified")
    versions: list[CategoriesVersion] = []
    for raw in data["versions"]:
        line = line_of(raw)
        vsource = _opt_str(raw.get("source")) or source
        vconfidence = _confidence(col, path, raw, confidence)
        start = _fact(col, path, raw.get("from"), raw, "from", parse_date, vsource, vconfidence)
        if start is None:
            col.add(
                path,
                line,
                "a version of Art. 15 without a start date",
                "add from: YYYY-MM-DD (a lower bound marked unverified if nothing better)",
            )
            continue
        rules = [_load_rule(col, path, r) for r in raw["rules"]]
        if versions and start.value <= versions[-1].start.value:
            col.add(
                path,
                line,
                f"Art. 15 version from {start.value} does not follow the one from "
                f"{versions[-1].start.value}",
                "list the versions oldest first, each starting after the one before",
            )
            continue
        versions.append(
            CategoriesVersion(
                start=start,
                end=None,
                enacted_by=str(raw.get("enacted_by") or ""),
                rules=tuple(r for r in rules if r is not None),
                quote=_opt_str(raw.get("quote")),
                note=_opt_str(raw.get("note")),
                source=vsource,
                confidence=vconfidence,
                origin=Origin(col.rel(path), line),
            )
        )
    closed = []
    for version, following in zip(versions, [*versions[1:], None], strict=True):
        end: Fact[dt.date] | None = None
        if following is not None:
            end = following.start
        closed.append(dataclasses.replace(version, end=end))
    return tuple(closed)


COVERAGE_FILE = Path("statutes") / "coverage.yaml"
_ARTICLE_NUMBER = re.compile(r"^\d+(\.\d+)?$")


def load_coverage(root: Path, col: _Collector) -> Coverage | None:
    """The chapters and related articles the register means to cover."""
    path = root / COVERAGE_FILE
    if not path.is_file():
        col.add(
            path,
            None,
            "the register's coverage file is missing",
            f"restore {col.rel(path)} (the chapters and related articles it covers)",
        )
        col.unloaded.append(path)
        return None
    data = col.load(path, "coverage")
    if data is None:
        return None
    added = []
    for chapter in data["chapters"]:
        for entry in chapter.get("added_later") or []:
            added.append((str(chapter["chapter"]), str(entry["article"]), str(entry["source"])))
    related = [str(a) for a in data["related"]]
    for number in [a for _, a, _ in added] + related:
        if not _ARTICLE_NUMBER.match(number):
            col.add(
                path,
                line_of(data, "related"),
                f"{number!r} is not an article number",
                "write article numbers like 205 or 205.1, quoted",
            )
    return Coverage(
        tuple(str(c["chapter"]) for c in data["chapters"]),
        tuple(added),
        tuple(related),
        Origin(col.rel(path), 1),
    )
