"""Dates of the seed documents for `kgbuild extract`: strict YYYY-MM-DD parsing and the
catalogue's publication date and report year of each file. Kept apart from
``kgbuild.sources`` (whose record schemas cost a seventh of a second to import) so that
extracting from one file starts quickly."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from kgbuild.errors import InputError
from kgbuild.yamlio import load_yaml


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
