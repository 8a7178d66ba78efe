"""The typed validation report: findings from the SHACL shapes and the check queries.

A finding keeps a readable form (prefixed names, for people and the text/JSON reports) and
the RDF terms it is about in N-Triples syntax (for the SHACL report graph): the focus node,
the source shape, the result path as a SPARQL property path and the value.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rdflib import URIRef

from kgbuild.namespaces import DEFAULT_BASE, PREFIXES

SEVERITY_ORDER = {"violation": 3, "warning": 2, "info": 1}


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in the data. `rule` is the shape or check query that found it."""

    severity: str
    rule: str
    focus: str
    path: str | None
    message: str
    value: str | None = None
    component: str | None = None
    focus_term: str | None = None
    """The focus node in N-Triples syntax (`<iri>`, `_:b0` or a literal)."""
    shape_term: str | None = None
    """The source shape in N-Triples syntax (a check query's IRI for a check query)."""
    path_term: str | None = None
    """The result path as a SPARQL property path with full IRIs: `<p>` or `<p>/<q>`."""
    value_term: str | None = None
    """The value in N-Triples syntax."""

    def line(self) -> str:
        where = self.focus + (f" {self.path}" if self.path else "")
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity.upper()} {self.rule} {where}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    findings: tuple[Finding, ...]
    shapes: int
    checks: int

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def conforms(self, fail_on: str = "violation") -> bool:
        """No finding at or above `fail_on`: the CLI's verdict, which applies severities.

        The SHACL report's own sh:conforms is stricter: false whenever there is a finding.
        """
        threshold = SEVERITY_ORDER[fail_on]
        return not any(SEVERITY_ORDER[f.severity] >= threshold for f in self.findings)

    def summary(self) -> str:
        return (
            f"{self.count('violation')} violations, {self.count('warning')} warnings, "
            f"{self.count('info')} infos ({self.shapes} shapes, {self.checks} check "
            "queries)"
        )


_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def short(term: object) -> str:
    """A term as people read it: a prefixed name, <path> under the base, or the text."""
    return _short(str(term), isinstance(term, URIRef))


@functools.lru_cache(maxsize=65_536)  # a report names the same shapes and nodes again
def _short(text: str, iri: bool) -> str:
    for prefix, ns in _LONGEST_FIRST:
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns) :]}"
    if text.startswith(DEFAULT_BASE):
        return "<" + text[len(DEFAULT_BASE) :] + ">"
    return f"<{text}>" if iri else text


def short_nt(term: str) -> str:
    """`short` for a term in N-Triples syntax: an IRI shortened, anything else as given."""
    if term.startswith("<") and term.endswith(">"):
        return short(URIRef(term[1:-1]))
    return term


def short_path(path: str) -> str:
    """A SPARQL property path of full IRIs with each IRI shortened: `oa:hasTarget/oa:exact`."""
    out = []
    rest = path
    while rest:
        start = rest.find("<")
        if start < 0:
            out.append(rest)
            break
        end = rest.index(">", start)
        out.append(rest[:start])
        out.append(short(URIRef(rest[start + 1 : end])))
        rest = rest[end + 1 :]
    return "".join(out)
