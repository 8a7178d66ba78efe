"""Named SPARQL queries: the catalogue in queries/, typed parameters, running (the result
formats are in kgbuild.query_formats).

Queries run on Oxigraph (a local graph loaded into a pyoxigraph Store) or, through
kgbuild.remote, on any SPARQL 1.1 endpoint. Parameters are bound as typed RDF terms:
as a VALUES block first in the outer WHERE group, locally and remotely alike.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

from kgbuild.errors import InputError, Problem, fail

QUERY_KINDS = ("report", "check", "example", "construct")
SEVERITIES = ("violation", "warning", "info")
PARAM_TYPES = ("xsd:date", "xsd:string", "xsd:integer", "xsd:decimal", "iri")
XSD = "http://www.w3.org/2001/XMLSchema#"
_HEADER_RE = re.compile(r"^#\s*([a-z_]+)\s*:\s*(.*)$")


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    description: str
    default: str | None = None
    optional: bool = False
    """Declared with `[optional]`: left unbound when not given, so the query answers for all."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    title: str
    description: str
    kind: str
    text: str
    parameters: tuple[Parameter, ...] = ()
    severity: str | None = None
    columns: tuple[str, ...] = field(default_factory=tuple)
    booleans: tuple[str, ...] = ()
    """Boolean columns (`# boolean: COLUMN ...`): a server may write them as 0/1."""


@dataclass(frozen=True)
class Value:
    """One result cell, as in SPARQL 1.1 Query Results JSON."""

    kind: str  # uri | literal | bnode
    value: str
    datatype: str | None = None
    lang: str | None = None

    def plain(self) -> str:
        """The value as a plain string for CSV/TSV/table (see DESIGN.md)."""
        if self.kind == "literal" and self.datatype in (
            XSD + "decimal",
            XSD + "double",
            XSD + "float",
        ):
            try:
                number = Decimal(self.value)
            except InvalidOperation:
                return self.value
            if number == number.to_integral_value():
                return str(int(number))
            return format(number.normalize(), "f")
        return self.value

    def to_json(self) -> dict[str, str]:
        data = {"type": self.kind, "value": self.value}
        if self.datatype and self.kind == "literal":
            data["datatype"] = self.datatype
        if self.lang:
            data["xml:lang"] = self.lang
        return data


@dataclass(frozen=True)
class Results:
    columns: tuple[str, ...]
    rows: tuple[tuple[Value | None, ...], ...]

    def plain_rows(self) -> list[list[str]]:
        return [[v.plain() if v is not None else "" for v in row] for row in self.rows]


def parse_header(path: Path, text: str, *, own_file: bool = False) -> NamedQuery:
    """Read the comment header of a .rq file; raise InputError naming what is missing.

    `own_file`: a query the user gives by path (`kgbuild query FILE.rq`), not one of the
    catalogue: a missing title, description or kind gets a default (the file's name; kind
    example), since such a file need not be written for the catalogue. What a header does
    say is still checked."""
    fields: dict[str, str] = {}
    params: list[Parameter] = []
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER_RE.match(line)
        if not match:
            continue
        key, value = match.group(1), match.group(2).strip()
        if key == "param":
            parts = value.split(None, 2)
            if len(parts) < 2 or parts[1] not in PARAM_TYPES:
                problems.append(
                    Problem(
                        str(path),
                        number,
                        f"bad param line {value!r}",
                        "write '# param: NAME TYPE description', TYPE one "
                        "of " + ", ".join(PARAM_TYPES),
                    )
                )
                continue
            description = parts[2] if len(parts) > 2 else ""
            default = None
            default_match = re.search(r"\[default:\s*([^\]]+)\]", description)
            if default_match:
                default = default_match.group(1).strip()
            optional = "[optional]" in description
            params.append(Parameter(parts[0], parts[1], description, default, optional))
        elif key in fields and key not in ("description", "boolean"):
            problems.append(
                Problem(str(path), number, f"header field {key!r} repeated", "keep one")
            )
        else:
            fields[key] = (fields[key] + " " + value) if key in fields else value
    if own_file:
        fields.setdefault("title", path.stem)
        fields.setdefault("description", f"the query in {path.name}")
        fields.setdefault("kind", "example")
    for required in ("title", "description", "kind"):
        if not fields.get(required):
            problems.append(
                Problem(
                    str(path),
                    1,
                    f"query header lacks '# {required}:'",
                    f"add a '# {required}: ...' comment line at the top",
                )
            )
    kind = fields.get("kind", "")
    if kind and kind not in QUERY_KINDS:
        problems.append(
            Problem(
                str(path), 1, f"unknown query kind {kind!r}", "use one of " + ", ".join(QUERY_KINDS)
            )
        )
    severity = fields.get("severity")
    if kind == "check" and severity not in SEVERITIES:
        problems.append(
            Problem(
                str(path),
                1,
                "a check query needs '# severity:'",
                "add '# severity: violation|warning|info'",
            )
        )
    projection = re.search(r"(?is)\bSELECT\b(.*?)\bWHERE\b", text)
    for param in params:
        # Every parameter is projected, so each row shows the value it answers for.
        if projection and not re.search(rf"\?{re.escape(param.name)}\b", projection.group(1)):
            problems.append(
                Problem(
                    str(path),
                    1,
                    f"parameter ?{param.name} is not in the SELECT clause",
                    f"add ?{param.name} to the projected "
                    "columns (and to GROUP BY if the query groups)",
                )
            )
    booleans = tuple(fields.get("boolean", "").split())
    for column in booleans:
        if projection and not re.search(rf"\?{re.escape(column)}\b", projection.group(1)):
            problems.append(
                Problem(str(path), 1, f"boolean column ?{column} is not selected", "fix the name")
            )
    if problems:
        raise InputError(problems)
    return NamedQuery(
        path.stem,
        path,
        fields["title"],
        fields["description"],
        kind,
        text,
        tuple(params),
        severity,
        booleans=booleans,
    )


def _read_query(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise fail(path, None, f"not UTF-8 text ({exc.reason})", "save the file as UTF-8") from exc
    except OSError as exc:
        raise fail(
            path, None, f"cannot read the file ({exc.strerror or exc})", "check the path"
        ) from exc


def load_catalogue(folder: Path) -> dict[str, NamedQuery]:
    """All named queries in a folder, by name (file name without .rq)."""
    problems: list[Problem] = []
    catalogue: dict[str, NamedQuery] = {}
    files = sorted(folder.glob("*.rq"))
    if not files:
        raise fail(
            folder,
            None,
            "no named queries (*.rq) found" + ("" if folder.is_dir() else ": no folder"),
            "restore the queries/ folder of the project, or pass --root DIR",
        )
    for path in files:
        try:
            catalogue[path.stem] = parse_header(path, _read_query(path))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return catalogue


def require_queries(
    catalogue: Mapping[str, NamedQuery], names: Sequence[str], folder: Path
) -> None:
    """The named queries a build needs (its CSV views) must be in the catalogue."""
    missing = [name for name in names if name not in catalogue]
    if missing:
        raise fail(
            folder,
            None,
            "the build needs the named queries " + ", ".join(f"{m}.rq" for m in missing),
            "restore them from the repository",
        )


def resolve_query(name_or_file: str, folder: Path) -> NamedQuery:
    """A named query by name, or any .rq file by path."""
    path = Path(name_or_file)
    if name_or_file.endswith(".rq") and path.is_file():
        return parse_header(path, _read_query(path), own_file=True)
    catalogue = load_catalogue(folder)
    if name_or_file not in catalogue:
        import difflib

        close = difflib.get_close_matches(name_or_file, list(catalogue), n=3, cutoff=0.6)
        fix = (
            "did you mean " + " or ".join(close) + "? (`kgbuild query --list` shows them all)"
            if close
            else f"use one of: {', '.join(sorted(catalogue))}; or give a path to a .rq file"
        )
        raise fail(name_or_file, None, f"no named query {name_or_file!r}", fix)
    return catalogue[name_or_file]


# ---------------------------------------------------------------------------- parameters


def bind_parameters(
    query: NamedQuery, given: Mapping[str, str], today: dt.date | None = None
) -> dict[str, ox.NamedNode | ox.Literal]:
    """Typed RDF terms for the query's parameters; raise InputError on bad or missing ones."""
    declared = {p.name: p for p in query.parameters}
    problems = []
    for name in given:
        if name not in declared:
            problems.append(
                Problem(
                    f"-p {name}",
                    None,
                    f"query {query.name} has no parameter {name!r}",
                    "its parameters: " + (", ".join(declared) or "none"),
                )
            )
    bound: dict[str, ox.NamedNode | ox.Literal] = {}
    for name, param in declared.items():
        raw = given.get(name, param.default)
        if raw is None and param.optional:
            continue
        if raw is None:
            problems.append(
                Problem(
                    f"-p {name}",
                    None,
                    f"query {query.name} needs {name}",
                    f"add -p {name}=VALUE ({param.type})",
                )
            )
            continue
        if raw == "today" and param.type == "xsd:date":
            raw = (today or dt.date.today()).isoformat()
        try:
            bound[name] = _term(param.type, raw)
        except ValueError as exc:
            problems.append(
                Problem(f"-p {name}", None, str(exc), f"give a valid {param.type} value")
            )
    if problems:
        raise InputError(problems)
    return bound


def _term(kind: str, raw: str) -> ox.NamedNode | ox.Literal:
    if kind == "xsd:date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError(f"{raw!r} is not a date in the form YYYY-MM-DD")
        try:
            dt.date.fromisoformat(raw)
        except ValueError as exc:
            raise ValueError(f"{raw!r} is not a real date ({exc})") from exc
        return ox.Literal(raw, datatype=ox.NamedNode(XSD + "date"))
    if kind == "xsd:integer":
        if not re.fullmatch(r"-?\d+", raw):
            raise ValueError(f"{raw!r} is not an integer")
        return ox.Literal(raw, datatype=ox.NamedNode(XSD + "integer"))
    if kind == "xsd:decimal":
        try:
            Decimal(raw)
        except InvalidOperation as exc:
            raise ValueError(f"{raw!r} is not a decimal number") from exc
        return ox.Literal(raw, datatype=ox.NamedNode(XSD + "decimal"))
    if kind == "iri":
        try:
            return ox.NamedNode(raw)
        except ValueError as exc:
            raise ValueError(f"{raw!r} is not an absolute IRI") from exc
    return ox.Literal(raw)


# ---------------------------------------------------------------------------- running


def _value(term: object) -> Value | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Value("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Value("bnode", term.value)
    if isinstance(term, ox.Literal):
        lang = term.language
        datatype = None if lang else term.datatype.value
        if datatype == XSD + "string":
            datatype = None
        return Value("literal", term.value, datatype, lang)
    raise TypeError(f"unexpected result term {term!r}")


_WHERE_RE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_LINE_TOKENS_RE = re.compile(r'<[^>\s]*>|"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')


def _in_comment(text: str, at: int) -> bool:
    """Whether `at` lies after a `#` that opens a comment on its line (a `#` inside an IRI
    or a string does not)."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return "#" in _LINE_TOKENS_RE.sub("", line)


def _values_block(bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    if not bindings:
        return ""
    names = " ".join(f"?{k}" for k in bindings)
    # str() of an Oxigraph term is its escaped N-Triples form: quotes and backslashes
    # cannot break out of the literal.
    terms = " ".join(str(v) for v in bindings.values())
    return f"VALUES ({names}) {{ ({terms}) }}"


def inject_values(text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """Put the VALUES block first in the outer WHERE group.

    Local queries bind their parameters this way too, not through Oxigraph's substitutions:
    Oxigraph plans a query before it substitutes, so a bound article or measure did not
    narrow the joins (official-series: 42 -> 11 ms on the full build). Remote endpoints
    get the same text, so a query answers alike on both.
    """
    block = _values_block(bindings)
    if not block:
        return text
    match = next((m for m in _WHERE_RE.finditer(text) if not _in_comment(text, m.start())), None)
    if match is None:
        raise ValueError("query has no WHERE clause to bind parameters in")
    return text[: match.end()] + "\n  " + block + "\n" + text[match.end() :]


def run_local(
    store: ox.Store, query: NamedQuery, bindings: Mapping[str, ox.NamedNode | ox.Literal]
) -> Results:
    try:
        solutions = store.query(inject_values(query.text, bindings))
    except SyntaxError as exc:
        raise fail(query.path, None, f"SPARQL syntax error: {exc}", "correct the query") from exc
    except ValueError as exc:  # no WHERE clause to bind the parameters in
        raise fail(query.path, None, str(exc), "give the query a WHERE clause") from exc
    except RuntimeError as exc:  # the engine refused the query while evaluating it
        raise fail(query.path, None, f"the query cannot run: {exc}", "correct the query") from exc
    if not isinstance(solutions, ox.QuerySolutions):
        raise fail(
            query.path,
            None,
            "not a SELECT query",
            "named queries are SELECT queries; use CONSTRUCT only with kind: construct",
        )
    columns = tuple(v.value for v in solutions.variables)
    # A solution iterates its values in column order (None where unbound). Terms recur
    # (a class, a source, a property in every row): each is converted once. On the full
    # build this took unverified-facts from 45.8 to 39.0 ms, of which Oxigraph's own
    # evaluation is 35.6.
    seen: dict[object, Value] = {}
    rows = []
    for solution in solutions:
        row: list[Value | None] = []
        for term in solution:
            if term is None:
                row.append(None)
                continue
            value = seen.get(term)
            if value is None:
                converted = _value(term)
                assert converted is not None
                value = seen[term] = converted
            row.append(value)
        rows.append(tuple(row))
    return Results(columns, tuple(rows))


_KNOWN_VALUE = {
    # parameter -> an ASK that is true when the graph holds something with that value
    "article": "ASK { ?x <https://w3id.org/ru-seclaw/ontology#articleNumber> ?v }",
    "claim": "ASK { ?x <http://purl.org/dc/terms/identifier> ?v }",
}


def unknown_values(store: ox.Store, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> list[str]:
    """The bound parameters whose value the graph does not hold at all (an article number
    or a claim id with nothing behind it), to explain an empty answer."""
    unknown = []
    for name, template in _KNOWN_VALUE.items():
        value = bindings.get(name)
        if value is None:
            continue
        ask = template.replace("?v", str(value))
        if not store.query(ask):
            unknown.append(f"{name} {value.value!r}")
    return unknown
