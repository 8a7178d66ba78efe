"""Safe YAML loading that keeps the line of every mapping and sequence item."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import yaml

from kgbuild.errors import fail


class LineDict(dict[str, Any]):
    """A mapping that remembers the 1-based line it started on, and each key's line."""

    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class _LineLoader(yaml.SafeLoader):
    """SafeLoader whose mappings are LineDicts.

    Dates stay strings, so that a malformed one (2024-02-30) is reported by the loader of
    the record with its file and line instead of crashing the YAML parser.
    """


_CSafeLoader: Any = getattr(yaml, "CSafeLoader", None)


class _FastLineLoader(_CSafeLoader or yaml.SafeLoader):  # type: ignore[misc]
    """The same loader on libyaml's parser (PyYAML's C extension) where it is installed:
    the pure-Python parser was a fifth of a seed-only build. Only good input takes this
    path; on any error `load_yaml` parses again with `_LineLoader`, whose messages the
    bad-input tests pin down."""


_IMPLICIT = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.yaml_implicit_resolvers = _IMPLICIT
_FastLineLoader.yaml_implicit_resolvers = _IMPLICIT


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[str(key)] = key_node.start_mark.line + 1
    return result


for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    """Load one YAML file; a syntax error becomes an InputError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise fail(path, None, f"not UTF-8 text ({exc.reason})", "save the file as UTF-8") from exc
    except OSError as exc:
        raise fail(path, None, f"cannot read the file ({exc.strerror or exc})", READ_HINT) from exc
    if len(text) > MAX_YAML_CHARS:
        raise fail(
            path,
            None,
            f"the file has {len(text):,} characters, above the limit of {MAX_YAML_CHARS:,}",
            "split the records into several files, or remove what does not belong",
        )
    if _CSafeLoader is not None:
        try:
            if not any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, _FastLineLoader)):
                return yaml.load(text, Loader=_FastLineLoader)
        except (yaml.YAMLError, RecursionError):
            pass  # parsed again below, for the message
    try:
        for event in yaml.parse(text, Loader=_LineLoader):
            if isinstance(event, yaml.AliasEvent):
                raise fail(
                    path,
                    event.start_mark.line + 1 if event.start_mark else None,
                    "YAML aliases (*name) are not allowed in seed files",
                    "write the value out in full where it is needed",
                )
        return yaml.load(text, Loader=_LineLoader)
    except RecursionError as exc:
        raise fail(path, None, "the YAML is nested too deeply", "flatten the structure") from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = " ".join(str(exc.problem or exc).split())
        raise fail(path, line, f"invalid YAML: {problem}", "correct the YAML syntax") from exc
    except yaml.reader.ReaderError as exc:  # a control or other unprintable character
        line = text.count("\n", 0, exc.position) + 1
        raise fail(
            path,
            line,
            f"invalid YAML: character {exc.character!r} is not allowed in YAML",
            "remove the character, or write it as an escape in a double-quoted string",
        ) from exc
    except yaml.YAMLError as exc:
        raise fail(
            path, None, f"invalid YAML: {' '.join(str(exc).split())}", "correct the YAML syntax"
        ) from exc


MAX_YAML_CHARS = 5_000_000
"""No seed YAML file comes near this; a larger one is a mistake, and slow to check."""

READ_HINT = "make it a readable file (check its permissions, and that it is not a folder)"


def outside_problem(path: Path, root: Path) -> str | None:
    """Why `path` may not be read as a seed: it resolves outside `root`, or nowhere.

    Returns None for a path that resolves to an existing file or folder inside `root`.
    """
    try:
        resolved = path.resolve(strict=True)
    except RuntimeError:
        return "is a symbolic link that loops"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a symbolic link that loops"
        return "is a symbolic link to nothing" if path.is_symlink() else "does not exist"
    if not resolved.is_relative_to(root.resolve()):
        what = "is a symbolic link to" if path.is_symlink() else "resolves to"
        return f"{what} {resolved}, outside {root}"
    return None


def line_of(node: Any, key: str | None = None, default: int | None = None) -> int | None:
    """Line of a loaded node (or of one of its keys), if it is a LineDict."""
    if isinstance(node, LineDict):
        return node.line_of(key) if key else node.line
    return default
