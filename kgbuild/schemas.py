"""Typed schemas of the seed files: every key known, every value of the right type.

Pydantic v2 models in strict mode with unknown keys forbidden check the raw YAML (as
`kgbuild.yamlio` loads it, with line numbers) before `kgbuild.sources` reads the records.
A model rejects what the hand-written loader would otherwise drop in silence or crash on:
a misspelt key (with the nearest valid key as the fix), a string where a list or a mapping
belongs, a word where a number belongs, NaN or infinite numbers.

Chosen over JSON Schema (`jsonschema`), measured on the 45 shipped seed files with these
models' own JSON Schema (`TypeAdapter.json_schema()`): pydantic took 1.7 ms, jsonschema's
Draft 2020-12 validator 64 ms; jsonschema let `max_years: .nan` through (JSON Schema has
no "finite" keyword) and answered a string where a list belongs with "is not valid under
any of the given schemas". The models also document the files in Python, checked by mypy.

Dates stay strings here (the YAML loader does not read timestamps); their form and calendar
are checked by the loader, which knows which date is meant.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    TypeAdapter,
    ValidationError,
)
from pydantic_core import ErrorDetails

from kgbuild.yamlio import LineDict

Confidence = Literal["high", "medium", "low", "unverified"]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s/?#]+[^\s]*$")]
"""A web address: published as an xsd:anyURI, so it must be one."""
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False)


# ---------------------------------------------------------------------------- register


class Title(_Strict):
    ru: str | None = None
    en: str | None = None


class DateCandidate(_Strict):
    value: str | None
    source: str | None = None
    note: str | None = None


class DerivedDate(_Strict):
    """A date computed, not read: which rule, and the date it was computed from."""

    rule: Literal["ten_days_after_publication"]
    published: str


class DateFact(_Strict):
    value: str | None
    source: str | None = None
    confidence: Confidence | None = None
    reason: str | None = None
    note: str | None = None
    derived: DerivedDate | None = None
    candidates: list[DateCandidate] | None = None


class NumberCandidate(_Strict):
    value: float | None
    source: str | None = None
    note: str | None = None


class NumberFact(_Strict):
    value: float | None
    source: str | None = None
    confidence: Confidence | None = None
    reason: str | None = None
    note: str | None = None
    candidates: list[NumberCandidate] | None = None


def _plain_or_fact(value: Any) -> str:
    return "fact" if isinstance(value, dict) else "plain"


DateValue = Annotated[
    Annotated[str, Tag("plain")] | Annotated[DateFact, Tag("fact")],
    Discriminator(_plain_or_fact),
]
"""A plain date (YYYY-MM-DD) or a fact mapping with value, source, confidence, ..."""

NumberValue = Annotated[
    Annotated[float, Tag("plain")] | Annotated[NumberFact, Tag("fact")],
    Discriminator(_plain_or_fact),
]


class Sanction(_Strict):
    type: str
    role: str | None = None
    min_years: NumberValue | None = None
    max_years: NumberValue | None = None
    min_amount: NumberValue | None = None
    max_amount: NumberValue | None = None
    currency: str | None = None
    optional: bool | None = None
    note: str | None = None


class Version(_Strict):
    from_: DateValue | None = Field(default=None, alias="from")  # `from` is a keyword
    until: DateValue | None = None
    enacted_by: str | None = None
    sanctions: list[Sanction] | None = None
    quote: str | None = None
    note: str | None = None
    summary: str | None = None
    source: str | None = None
    confidence: Confidence | None = None


class Unit(_Strict):
    part: str | None = None
    note: str | None = None
    versions: list[Version] | None = None


class ArticleFile(_Strict):
    article: str
    title: Title | None = None
    offence: str | None = None
    guilt: str | None = None
    source: str | None = None
    confidence: Confidence | None = None
    units: list[Unit] | None = None


class CategoryRule(_Strict):
    category: Literal["small", "medium", "grave", "particularly_grave"]
    guilt: list[Literal["intentional", "negligent"]]
    above: float | None = None
    at_most: float | None = None
    life: bool | None = None


class CategoriesVersion(_Strict):
    from_: DateValue | None = Field(default=None, alias="from")
    enacted_by: str | None = None
    source: str | None = None
    confidence: Confidence | None = None
    note: str | None = None
    quote: str | None = None
    rules: list[CategoryRule]


class CategoriesFile(_Strict):
    """seeds/statutes/categories.yaml: Art. 15's versions and the bounds of each category."""

    article: str
    title: Title | None = None
    source: str | None = None
    confidence: Confidence | None = None
    versions: list[CategoriesVersion]


class AddedArticle(_Strict):
    article: str
    source: str


class CoverageChapter(_Strict):
    chapter: str
    added_later: list[AddedArticle] | None = None


class CoverageFile(_Strict):
    """seeds/statutes/coverage.yaml: the chapters and related articles the register covers."""

    chapters: list[CoverageChapter]
    related: list[str]


class ConfiscationListing(_Strict):
    article: str
    parts: list[str] | None = None
    condition: str | None = None
    from_: DateValue | None = Field(default=None, alias="from")
    enacted_by: str | None = None
    shown: DateValue
    quote: str | None = None
    source: str | None = None
    confidence: Confidence | None = None


class ConfiscationFile(_Strict):
    """seeds/statutes/confiscation.yaml: the register's articles listed in Art. 104.1(1)(a)."""

    article: str
    title: Title | None = None
    source: str | None = None
    confidence: Confidence | None = None
    listings: list[ConfiscationListing]


class LawDates(_Strict):
    duma_adopted: DateValue | None = None
    council_approved: DateValue | None = None
    signed: DateValue | None = None
    published: DateValue | None = None
    in_force: DateValue | None = None


class Effect(_Strict):
    article: str
    part: str | None = None
    note: str | None = None
    kind: str | None = None
    in_force: DateValue | None = None
    summary: str | None = None


class LawFile(_Strict):
    id: str
    number: str | None = None
    title: Title | None = None
    source: str | None = None
    confidence: Confidence | None = None
    dates: LawDates | None = None
    effects: list[Effect] | None = None


class SourceEntry(_Strict):
    id: str
    title: str
    publisher: str | None = None
    url: Url | None = None
    kind: str | None = None
    language: str | None = None
    says: str | None = None
    quote: str | None = None
    repository: str | None = None


# ---------------------------------------------------------------------------- catalogue


class CatalogueEntry(_Strict):
    file: str
    sha256: Sha256
    title: str
    publisher: str
    # The extractor's grammar for the document (kgbuild.extraction.LANGUAGES).
    language: Literal["en", "ru"]
    published: str | None = None
    url: Url | None = None
    kind: str | None = None
    relayed_by: str | None = None
    report_year: int | None = None
    cites: list[str] | None = None


# ---------------------------------------------------------------------------- publication

Email = Annotated[str, StringConstraints(pattern=r"^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$")]


class PublisherEntry(_Strict):
    name: str
    url: Url | None = None


class ContactEntry(_Strict):
    name: str
    email: Email | None = None
    url: Url | None = None


class PublicationFile(_Strict):
    publisher: PublisherEntry
    contact: ContactEntry


# ---------------------------------------------------------------------------- curation

ClaimKind = Literal[
    "conviction_count", "case_count", "penalty_range", "enactment", "individual_sentence"
]
Qualifier = Literal["exact", "at_least", "about", "more_than", "nearly", "fewer_than", "at_most"]


class Change(_Strict):
    factor: float
    qualifier: str | None = None
    baseline_start: str | None = None
    baseline_end: str | None = None


class ClaimFields(_Strict):
    """The claim fields a reviewer may give or correct (the keys of `kgbuild extract`)."""

    kind: ClaimKind | None = None
    offence: str | list[str] | None = None
    articles: list[str] | None = None
    period_start: str | None = None
    period_end: str | None = None
    count: int | None = None
    qualifier: Qualifier | None = None
    unit: Literal["people", "verdicts", "cases"] | None = None
    scope: str | None = None
    min_years: float | None = None
    max_years: float | None = None
    life: bool | None = None
    date: str | None = None
    person: str | None = None
    sentence_years: float | None = None
    change: Change | None = None
    reported_by: str | None = None
    part_of: str | None = None
    court: str | None = None


class Decision(ClaimFields):
    action: Literal["accept", "reject", "correct", "add"]
    # An all-digit id read as a number gets its own message from the loader.
    claim: str | int | None = None
    reason: str
    set: ClaimFields | None = None
    document: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None


# ---------------------------------------------------------------------------- checking

SCHEMAS: dict[str, TypeAdapter[Any]] = {
    "catalogue": TypeAdapter(list[CatalogueEntry]),
    "curation": TypeAdapter(list[Decision]),
    "article": TypeAdapter(ArticleFile),
    "law": TypeAdapter(LawFile),
    "categories": TypeAdapter(CategoriesFile),
    "coverage": TypeAdapter(CoverageFile),
    "confiscation": TypeAdapter(ConfiscationFile),
    "sources": TypeAdapter(list[SourceEntry]),
    "publication": TypeAdapter(PublicationFile),
}
"""The schema of each kind of seed file, by kind."""

_PATTERN_HINTS = {
    "url": "write the full web address, https://..., without spaces",
    "sha256": "write the 64 lowercase hex digits that `sha256sum FILE` prints",
    "email": "write one e-mail address, name@example.org",
}
_HINTS = {
    "string_type": "write text here (quote it if YAML reads it as a number, date or list)",
    "list_type": "write a list, e.g. [a, b] or one '- item' per line",
    "dict_type": "write a mapping of key: value pairs",
    "model_type": "write a mapping of key: value pairs",
    "model_attributes_type": "write a mapping of key: value pairs",
    "int_type": "write a whole number",
    "float_type": "write a number",
    "finite_number": "write a finite number (not .nan or .inf)",
    "bool_type": "write true or false",
}


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _walk(data: Any, loc: tuple[int | str, ...]) -> Iterator[tuple[Any, Any, int | str]]:
    """(container, value, key) along a pydantic error location, skipping union tags."""
    node = data
    for key in loc:
        in_dict = isinstance(node, dict) and key in node
        in_list = isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)
        if in_dict or in_list:
            yield node, node[key], key
            node = node[key]


def _where(data: Any, loc: tuple[int | str, ...]) -> tuple[int | None, list[str], Any]:
    """The line of an error's location, its path of keys, and the value found there."""
    line = data.line if isinstance(data, LineDict) else None
    keys: list[str] = []
    value = data
    for container, value, key in _walk(data, loc):
        if isinstance(container, LineDict) and isinstance(key, str):
            line = container.line_of(key)
            keys.append(key)
        else:  # a list item: the keys above it do not help to find the spot
            keys.clear()
            if isinstance(value, LineDict):
                line = value.line
    return line, keys, value


def _model_at(model: Any, loc: tuple[int | str, ...]) -> set[str]:
    """The keys valid where an unknown key was found, for the nearest-match suggestion."""
    names: set[str] = set()
    for cls in _models_along(model, loc[:-1]):
        names |= {f.alias or name for name, f in cls.model_fields.items()}
    return names


def _models_along(model: Any, loc: tuple[int | str, ...]) -> list[type[BaseModel]]:
    candidates: list[Any] = [model]
    for key in loc:
        nxt: list[Any] = []
        for cand in candidates:
            nxt.extend(_step(cand, key))
        candidates = nxt
    return [c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)]


def _step(annotation: Any, key: int | str) -> list[Any]:
    """Types one step of a location below `annotation` (a model, list, union...)."""
    import typing

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        for name, f in annotation.model_fields.items():
            if key in (name, f.alias):
                return _unwrap(f.annotation)
        return []
    out: list[Any] = []
    for inner in _unwrap(annotation):
        origin = typing.get_origin(inner)
        if origin is list and isinstance(key, int):
            out.extend(_unwrap(typing.get_args(inner)[0]))
        elif isinstance(inner, type) and issubclass(inner, BaseModel):
            out.extend(_step(inner, key))
    return out


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types an annotation admits (through Annotated, unions and Optional)."""
    import types
    import typing

    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg)]
    return [annotation]


def schema_problems(kind: str, data: Any) -> list[tuple[int | None, str, str]]:
    """Check loaded YAML against the schema of its kind: (line, what, fix) per problem."""
    adapter = SCHEMAS[kind]
    try:
        adapter.validate_python(data)
    except ValidationError as exc:
        errors = exc.errors()
    else:
        return []
    # A misspelt required key is one problem, not "unknown key" plus "missing key".
    renamed = set()
    for err in errors:
        if err["type"] == "extra_forbidden":
            loc = tuple(err["loc"])
            valid = sorted(_model_at(_root_model(kind), loc))
            for near in difflib.get_close_matches(str(loc[-1]), valid, n=1, cutoff=0.6):
                renamed.add((*loc[:-1], near))
    return [
        _describe(kind, data, err)
        for err in errors
        if not (err["type"] == "missing" and tuple(err["loc"]) in renamed)
    ]


def _root_model(kind: str) -> Any:
    return {
        "catalogue": list[CatalogueEntry],
        "curation": list[Decision],
        "article": ArticleFile,
        "law": LawFile,
        "sources": list[SourceEntry],
        "publication": PublicationFile,
    }[kind]


def _describe(kind: str, data: Any, err: ErrorDetails) -> tuple[int | None, str, str]:
    loc = tuple(err["loc"])
    line, keys, value = _where(data, loc)
    dotted = ".".join(keys)
    etype = err["type"]
    if etype == "extra_forbidden":
        key = str(loc[-1])
        valid = sorted(_model_at(_root_model(kind), loc))
        near = difflib.get_close_matches(key, valid, n=1, cutoff=0.6)
        hint = (
            f"did you mean '{near[0]}'? rename the key"
            if near
            else "remove it; valid keys here: " + ", ".join(valid)
        )
        return line, f"unknown key '{dotted or key}'", hint
    if etype == "missing":
        key = str(loc[-1])
        where = f" in '{dotted}'" if dotted else ""
        return line, f"missing key '{key}'{where}", f"add {key}: ..."
    if etype == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return line, f"'{dotted}' is {_type_name(value)}", f"use one of {expected}"
    what = f"'{dotted}' is {_type_name(value)}" if dotted else f"found {_type_name(value)}"
    if etype == "string_pattern_mismatch":
        return line, what, _PATTERN_HINTS.get(keys[-1] if keys else "", "correct the value")
    expected = _HINTS.get(etype)
    if expected is None:
        return line, f"{what}: {err['msg'].lower()}", "correct the value"
    return line, what, expected
