"""The two SHACL engines behind `validate_store`: pySHACL (the reference) and `shacl` (fast).

Both report the spec's results as they are: one finding per sh:result, the shape that
failed, including an sh:node failure on the property shape that delegates (issue 14). The
readable text of what failed inside an sh:node comes from the delegate's own sh:message
and is appended to the message; only messages written in shapes/ are used, so the text is
the same whichever engine ran.

`shacl` (PyPI, a SHACL Core engine in Rust) reads N-Triples or Turtle text or files itself:
the data never becomes an rdflib Graph. tests/test_engines.py holds it to parity with
pySHACL on every shape fixture and on the built graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from kgbuild.errors import fail
from kgbuild.findings import Finding, short, short_nt, short_path

FAST_FILE_TYPES = (".ttl", ".nt")
"""Files the fast engine parses itself; others go through Oxigraph as N-Triples."""

_SEVERITY = {
    str(SH.Violation): "violation",
    str(SH.Warning): "warning",
    str(SH.Info): "info",
}
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf)


def _nt(term: object) -> str:
    return f"<{term}>" if isinstance(term, URIRef) else term.n3()  # type: ignore[attr-defined]


def _component(iri: str) -> str:
    return short(URIRef(iri))


def _with_details(message: str, details: Iterable[str]) -> str:
    inner = sorted(set(details) - {message})
    return message + (" Details: " + " ".join(inner) if inner else "")


def _own_messages(shapes: Graph, shape: object) -> list[str]:
    """The sh:message of a named shape, as written in shapes/ (none for a blank node)."""
    if not isinstance(shape, URIRef):
        return []
    return sorted(str(m) for m in shapes.objects(shape, SH.message))


# ---------------------------------------------------------------------------- pySHACL


def run_pyshacl(data: Graph, shapes: Graph, ontology: Graph | None = None) -> list[Finding]:
    """The reference: pySHACL on an rdflib Graph (small graphs only; see DESIGN.md)."""
    import pyshacl

    _conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=True,
        allow_warnings=True,
        abort_on_first=False,
    )
    findings = []
    for result in results.objects(None, SH.result):
        shape = results.value(result, SH.sourceShape)
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        component = results.value(result, SH.sourceConstraintComponent)
        severity = results.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        details = [
            m
            for d in results.objects(result, SH.detail)
            for m in _own_messages(shapes, results.value(d, SH.sourceShape))
        ]
        path_term = _path_sparql(results, path) if path is not None else None
        findings.append(
            Finding(
                _SEVERITY.get(str(severity), "violation"),
                _rule(shapes, shape),
                short(focus),
                short_path(path_term) if path_term else None,
                _with_details(messages[0] if messages else "does not conform", details),
                short(value) if value is not None else None,
                short(component) if component is not None else None,
                focus_term=_nt(focus),
                shape_term=_nt(shape),
                path_term=path_term,
                value_term=_nt(value) if value is not None else None,
            )
        )
    return findings


def _rule(shapes: Graph, shape: object) -> str:
    """A shape's name; for a blank node, the named shape that holds it (as `shacl` does)."""
    seen = set()
    while isinstance(shape, BNode) and shape not in seen:
        seen.add(shape)
        shape = next(iter(shapes.subjects(SH.property, shape)), shape)
    return short(shape) if isinstance(shape, URIRef) else "shape"


def _path_sparql(graph: Graph, path: Any) -> str:
    """A SHACL path node as a SPARQL property path, as `shacl` writes it."""
    if isinstance(path, URIRef):
        return f"<{path}>"
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path_sparql(graph, inverse)
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        inner = "|".join(_path_sparql(graph, p) for p in Collection(graph, alternatives))
        return f"({inner})"
    for predicate, mark in (
        (SH.zeroOrMorePath, "*"),
        (SH.oneOrMorePath, "+"),
        (SH.zeroOrOnePath, "?"),
    ):
        inner_path = graph.value(path, predicate)
        if inner_path is not None:
            return f"({_path_sparql(graph, inner_path)}){mark}"
    return "/".join(_path_sparql(graph, p) for p in Collection(graph, path))


# ---------------------------------------------------------------------------- shacl (fast)


def run_fast(data: Path | str, shapes: Graph) -> list[Finding]:
    """`shacl` on a Turtle/N-Triples file, or on N-Triples text (a dumped Oxigraph store)."""
    results = list(_validate(data, shapes))
    nodes = [r for r in results if r.component_iri == str(SH.NodeConstraintComponent)]
    details = _fast_details(data, shapes, nodes) if nodes else {}
    findings = []
    for r in results:
        shape = _term(r.source_shape)
        inner = [
            m
            for delegate in shapes.objects(shape, SH.node)
            for m in details.get((str(delegate), r.value), [])
        ]
        findings.append(
            Finding(
                r.severity.lower(),
                short_nt(r.root_shape) if r.root_shape.startswith("<") else "shape",
                short_nt(r.focus_node),
                short_path(r.path) if r.path else None,
                _with_details(r.message or "does not conform", inner),
                (short_nt(r.value) if r.value.startswith("<") else r.value_plain)
                if r.value is not None
                else None,
                _component(r.component_iri),
                focus_term=r.focus_node,
                shape_term=r.source_shape,
                path_term=r.path,
                value_term=r.value,
            )
        )
    return findings


def _term(nt: str) -> URIRef | BNode:
    return URIRef(nt[1:-1]) if nt.startswith("<") else BNode(nt[2:])


def _validate(data: Path | str, shapes: Graph) -> Any:
    import shacl

    compiled = shacl.Shapes.from_text(shapes.serialize(format="nt"), format="ntriples")
    if isinstance(data, Path):
        try:
            report = compiled.validate_file(str(data), allow_warnings=True)
        except ValueError as exc:  # the engine's parse and I/O errors
            line = re.search(r"at line (\d+)", str(exc))
            raise fail(
                data,
                int(line[1]) if line else None,
                f"not valid RDF: {exc}",
                "fix the syntax, or rebuild the file with `kgbuild build`",
            ) from exc
    else:
        report = compiled.validate_text(data, format="ntriples", allow_warnings=True)
    return report.results


def _fast_details(
    data: Path | str, shapes: Graph, nodes: list[Any]
) -> dict[tuple[str, str], list[str]]:
    """What failed inside each sh:node: the delegate shapes, targeted at the failing values.

    One more run of the engine over the data, with a shapes graph that holds only the
    delegates (without their own targets) and sh:targetNode for each value that failed.
    """
    detail = Graph()
    members: dict[str, set[str]] = {}
    for result in nodes:
        for delegate in shapes.objects(_term(result.source_shape), SH.node):
            if str(delegate) not in members:
                members[str(delegate)] = _copy_shape(shapes, delegate, detail)
            detail.add((delegate, SH.targetNode, _target(result.value)))
    found: dict[tuple[str, str], list[str]] = {}
    for r in _validate(data, detail):
        root = r.root_shape[1:-1] if r.root_shape.startswith("<") else None
        for name, named in members.items():
            if root is not None and root in named:
                messages = _own_messages(shapes, URIRef(root))
                found.setdefault((name, r.focus_node), []).extend(messages)
    return found


def _target(nt: str) -> Any:
    from rdflib.util import from_n3

    return from_n3(nt)


def _copy_shape(shapes: Graph, shape: Any, into: Graph) -> set[str]:
    """Copy a shape and everything it refers to, less targets; return the named shapes."""
    named: set[str] = set()
    pending = [shape]
    while pending:
        node = pending.pop()
        if isinstance(node, URIRef):
            if str(node) in named:
                continue
            named.add(str(node))
        for predicate, obj in shapes.predicate_objects(node):
            if predicate in _TARGETS:
                continue
            into.add((node, predicate, obj))
            if isinstance(obj, BNode) or predicate in (SH.property, SH.node):
                pending.append(obj)
    return named
