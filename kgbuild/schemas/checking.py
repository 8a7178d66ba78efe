"""Checking a seed file's YAML against its model: one problem per error, with the line,
what was found and the fix (the nearest valid key for a misspelt one)."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from pydantic import (
    BaseModel,
    TypeAdapter,
    ValidationError,
)
from pydantic_core import ErrorDetails

from kgbuild.schemas.models import (
    ArticleFile,
    CatalogueEntry,
    CategoriesFile,
    ConfiscationFile,
    CoverageFile,
    Decision,
    LawFile,
    PublicationFile,
    SourceEntry,
)
from kgbuild.yamlio import LineDict

_ROOTS: dict[str, Any] = {
    "catalogue": list[CatalogueEntry],
    "curation": list[Decision],
    "article": ArticleFile,
    "law": LawFile,
    "categories": CategoriesFile,
    "coverage": CoverageFile,
    "confiscation": ConfiscationFile,
    "sources": list[SourceEntry],
    "publication": PublicationFile,
}
SCHEMAS: dict[str, TypeAdapter[Any]] = {kind: TypeAdapter(root) for kind, root in _ROOTS.items()}
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
    return _ROOTS[kind]


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
