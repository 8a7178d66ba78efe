"""The catalogue of the official files (seeds/official-stats.yaml): load, locate, verify."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgbuild.errors import InputError, Problem
from kgbuild.yamlio import line_of, load_yaml

FORMS = ("10.3", "10.3.1", "10-a")
ENV_VAR = "KGBUILD_OFFICIAL_STATS"
CATALOGUE_PATH = Path("seeds") / "official-stats.yaml"
URL_KINDS = ("file", "statistics_page")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_FILE_KEYS = ("form", "year", "file", "sha256", "url", "url_kind", "origin")
_FORM_KEYS = ("title_ru", "title_en", "unit_en", "unit_ru", "counted_by")
_EXCEPTION_KEYS = ("form", "year", "check", "sheet", "cell", "measure", "explanation")


@dataclass(frozen=True)
class FormInfo:
    """Facts about one form, stated once."""

    form: str
    title_ru: str
    title_en: str
    unit_en: str
    unit_ru: str
    counted_by: str


@dataclass(frozen=True)
class CatalogueFile:
    """One catalogued XLS file."""

    form: str
    year: int
    file: str
    """Path relative to the official-stats folder."""
    sha256: str
    url: str
    url_kind: str
    origin: str
    line: int | None


@dataclass(frozen=True)
class KnownException:
    """A sum identity the publisher's own figures break, explained."""

    form: str
    year: int
    check: str
    sheet: str
    cell: str
    measure: str
    explanation: str


@dataclass(frozen=True)
class Catalogue:
    publisher_en: str
    publisher_ru: str
    publisher_url: str
    statistics_page: str
    forms: dict[str, FormInfo]
    files: tuple[CatalogueFile, ...]
    known_exceptions: tuple[KnownException, ...]
    path: Path


@dataclass(frozen=True)
class Missing:
    """The official files are not available: one line saying what and how to get them."""

    message: str

    def __str__(self) -> str:
        return self.message


def _text(
    node: Any, key: str, path: Path, problems: list[Problem], allowed: tuple[str, ...] = ()
) -> str:
    value = node.get(key) if isinstance(node, dict) else None
    if not isinstance(value, str) or not value.strip():
        problems.append(
            Problem(path, line_of(node, key), f"{key!r} must be a non-empty string", f"add {key}")
        )
        return ""
    if allowed and value not in allowed:
        problems.append(
            Problem(
                path,
                line_of(node, key),
                f"{key} {value!r} is not one of {', '.join(allowed)}",
                f"use one of {', '.join(allowed)}",
            )
        )
    return value.strip()


def _unknown_keys(node: Any, keys: tuple[str, ...], path: Path, problems: list[Problem]) -> None:
    if isinstance(node, dict):
        for key in node:
            if key not in keys:
                problems.append(
                    Problem(
                        path,
                        line_of(node, str(key)),
                        f"unknown key {key!r}",
                        f"use only {', '.join(keys)}",
                    )
                )


def load_catalogue(path: Path) -> Catalogue:
    """Load and type-check the catalogue; every problem found is raised together."""
    data = load_yaml(path)
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise InputError([Problem(path, None, "not a mapping", "see seeds/README.md")])
    publisher = data.get("publisher", {})
    pub = {
        key: _text(publisher, key, path, problems)
        for key in ("name_en", "name_ru", "url", "statistics_page")
    }
    forms: dict[str, FormInfo] = {}
    raw_forms = data.get("forms") or {}
    for form in FORMS:
        node = raw_forms.get(form)
        if node is None:
            problems.append(Problem(path, line_of(raw_forms), f"form {form} missing", "add it"))
            continue
        _unknown_keys(node, _FORM_KEYS, path, problems)
        forms[form] = FormInfo(form, *(_text(node, key, path, problems) for key in _FORM_KEYS))
    files: list[CatalogueFile] = []
    seen: set[tuple[str, int]] = set()
    for node in data.get("files") or []:
        _unknown_keys(node, _FILE_KEYS, path, problems)
        form = _text(node, "form", path, problems, FORMS)
        year = node.get("year") if isinstance(node, dict) else None
        if not isinstance(year, int) or not 2000 <= year <= 2100:
            problems.append(
                Problem(path, line_of(node, "year"), f"year {year!r} is not a year", "fix it")
            )
            year = 0
        sha = _text(node, "sha256", path, problems)
        if sha and not _SHA256_RE.match(sha):
            problems.append(
                Problem(
                    path,
                    line_of(node, "sha256"),
                    "sha256 must be 64 lower-case hex digits",
                    "copy it from `sha256sum FILE`",
                )
            )
        if (form, year) in seen:
            problems.append(
                Problem(path, line_of(node), f"{form} {year} listed twice", "keep one record")
            )
        seen.add((form, year))
        files.append(
            CatalogueFile(
                form,
                year,
                _text(node, "file", path, problems),
                sha,
                _text(node, "url", path, problems),
                _text(node, "url_kind", path, problems, URL_KINDS),
                _text(node, "origin", path, problems),
                line_of(node),
            )
        )
    exceptions: list[KnownException] = []
    for node in data.get("known_exceptions") or []:
        _unknown_keys(node, _EXCEPTION_KEYS, path, problems)
        values = {key: node.get(key) for key in _EXCEPTION_KEYS}
        if not isinstance(values["year"], int) or not all(
            isinstance(values[k], str) for k in _EXCEPTION_KEYS if k != "year"
        ):
            problems.append(
                Problem(path, line_of(node), "incomplete known exception", "give every key")
            )
            continue
        exceptions.append(KnownException(**values))
    if problems:
        raise InputError(problems)
    return Catalogue(
        pub["name_en"],
        pub["name_ru"],
        pub["url"],
        pub["statistics_page"],
        forms,
        tuple(files),
        tuple(exceptions),
        path,
    )


def locate_official_stats(folder: Path | str | None = None) -> Path | Missing:
    """The official-stats folder from an argument or KGBUILD_OFFICIAL_STATS, or Missing."""
    given = folder if folder is not None else os.environ.get(ENV_VAR)
    if not given:
        return Missing(
            "official statistics not read: no folder given; pass --official-stats DIR or set "
            f"{ENV_VAR} to a folder holding the files of seeds/official-stats.yaml "
            "(e.g. ../shared/official-stats; the publisher's page: http://www.cdep.ru/index.php?id=79)"
        )
    path = Path(given)
    if not path.is_dir():
        # A folder the user named and mistyped must not quietly give a build without the
        # statistics: that is an input error, as a missing file in the folder is.
        raise InputError(
            [
                Problem(
                    str(path),
                    None,
                    f"--official-stats (or {ENV_VAR}) names "
                    + ("a file, not a folder" if path.exists() else "a folder that does not exist"),
                    "give the folder holding the files of seeds/official-stats.yaml (its README "
                    "says where they come from), or leave the option out to build without them",
                )
            ]
        )
    return path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_files(folder: Path, catalogue: Catalogue) -> dict[str, str]:
    """Check that every catalogued file exists with its sha256; all problems at once.

    Returns each file's sha256 by its catalogue path.
    """
    problems: list[Problem] = []
    digests: dict[str, str] = {}
    for entry in catalogue.files:
        path = folder / entry.file
        if not path.is_file():
            problems.append(
                Problem(
                    path,
                    None,
                    f"form {entry.form} {entry.year} is missing",
                    f"copy it from {entry.origin} or the publisher ({entry.url})",
                )
            )
            continue
        actual = digests[entry.file] = sha256_of(path)
        if actual != entry.sha256:
            problems.append(
                Problem(
                    path,
                    None,
                    f"sha256 is {actual}, the catalogue says {entry.sha256}",
                    f"restore the original file (from {entry.origin}), or update "
                    f"{catalogue.path}:{entry.line} if the publisher replaced it",
                )
            )
    if problems:
        raise InputError(problems)
    return digests
