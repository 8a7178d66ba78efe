"""Stage 6: validate a graph with the SHACL shapes in shapes/ and the check queries.

Findings are results, never exceptions. SHACL Core shapes run on rdflib's memory store
(fastest for pySHACL: see DESIGN.md); the cross-checks that compare many nodes are check
queries run set-based on Oxigraph.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from kgbuild.errors import InputError, Problem
from kgbuild.namespaces import DEFAULT_BASE, PREFIXES
from kgbuild.queries import NamedQuery, run_local
from kgbuild.store import graph_to_store

SEVERITY_ORDER = {"violation": 3, "warning": 2, "info": 1}
_SH_SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
_SEVERITY_SH = {v: k for k, v in _SH_SEVERITY.items()}


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
        threshold = SEVERITY_ORDER[fail_on]
        return not any(SEVERITY_ORDER[f.severity] >= threshold for f in self.findings)

    def summary(self) -> str:
        return (
            f"{self.count('violation')} violations, {self.count('warning')} warnings, "
            f"{self.count('info')} infos ({self.shapes} shapes, {self.checks} check "
            "queries)"
        )


def _short(term: object) -> str:
    text = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns) :]}"
    if text.startswith(DEFAULT_BASE):
        return "<" + text[len(DEFAULT_BASE) :] + ">"
    return f"<{text}>" if isinstance(term, URIRef) else text


def require_kgbuild_graph(graph: Graph, path: Path) -> None:
    """Refuse a graph with no resource typed by a class of the rsl: ontology (an empty file,
    or some other RDF): validating it would report "conforms" about nothing."""
    from kgbuild.namespaces import RSL

    if not any(str(o).startswith(str(RSL)) for o in graph.objects(None, RDF.type)):
        what = "the file holds no triples" if len(graph) == 0 else "no rsl: class is used"
        raise InputError(
            [
                Problem(
                    str(path),
                    None,
                    f"no kgbuild graph in {path} ({what})",
                    "validate a graph that `kgbuild build` wrote, e.g. dist/graph.ttl",
                )
            ]
        )


def load_shapes(folder: Path) -> Graph:
    shapes = Graph()
    problems = []
    files = sorted(folder.glob("*.ttl"))
    if not files:
        # No shapes would make every graph "conform": refuse instead.
        raise InputError(
            [
                Problem(
                    str(folder),
                    None,
                    "no SHACL shapes (*.ttl) found" + ("" if folder.is_dir() else ": no folder"),
                    "restore the shapes/ folder of the project, or pass --root DIR",
                )
            ]
        )
    for path in files:
        try:
            shapes.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several parser exception types
            problems.append(
                Problem(
                    str(path), None, f"shapes file does not parse: {exc}", "fix the Turtle syntax"
                )
            )
    if problems:
        raise InputError(problems)
    return shapes


def count_shapes(shapes: Graph) -> int:
    return len(
        set(shapes.subjects(RDF.type, SH.NodeShape))
        | set(shapes.subjects(RDF.type, SH.PropertyShape))
    )


def run_shapes(data: Graph, shapes: Graph, ontology: Graph | None = None) -> list[Finding]:
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
    # One finding per problem: a result that carries sh:detail results (sh:node failures)
    # is replaced by its innermost details, which name the exact constraint that failed.
    for result in _leaf_results(results):
        severity = _SH_SEVERITY.get(results.value(result, SH.resultSeverity), "violation")
        source_shape = results.value(result, SH.sourceShape)
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        component = results.value(result, SH.sourceConstraintComponent)
        findings.append(
            Finding(
                severity,
                _short(source_shape) if source_shape is not None else "shape",
                _short(focus),
                _path_text(results, path) if path is not None else None,
                messages[0] if messages else "does not conform",
                _short(value) if value is not None else None,
                _short(component) if component is not None else None,
            )
        )
    return findings


def _leaf_results(results: Graph) -> list[object]:
    leaves: list[object] = []
    pending = list(results.objects(None, SH.result))
    seen: set[object] = set()
    while pending:
        result = pending.pop()
        if result in seen:
            continue
        seen.add(result)
        details = list(results.objects(result, SH.detail))
        if details:
            pending.extend(details)
        else:
            leaves.append(result)
    return leaves


def _path_text(graph: Graph, path: object) -> str:
    """A SHACL path as text; a sequence path (an RDF list) as a/b/c, never a blank node id."""
    from rdflib import BNode
    from rdflib.collection import Collection

    if isinstance(path, BNode):
        items = list(Collection(graph, path))
        if items:
            return "/".join(_short(item) for item in items)
    return _short(path)


def run_checks(store: ox.Store, checks: Iterable[NamedQuery]) -> list[Finding]:
    """Check queries return one row per problem: ?focus, ?message and optionally ?value."""
    findings = []
    for query in checks:
        results = run_local(store, query, {})
        index = {c: i for i, c in enumerate(results.columns)}
        for row in results.rows:
            focus = row[index["focus"]] if "focus" in index else None
            message = row[index["message"]] if "message" in index else None
            value = row[index["value"]] if "value" in index else None
            findings.append(
                Finding(
                    query.severity or "violation",
                    query.name,
                    _short(URIRef(focus.value))
                    if focus and focus.kind == "uri"
                    else (focus.value if focus else "graph"),
                    None,
                    message.value if message else query.title,
                    value.plain() if value else None,
                    "check-query",
                )
            )
    return findings


def check_shapes_wellformed(shapes: Graph) -> list[Finding]:
    """Validate the shapes graph against the SHACL-SHACL meta-shapes that pySHACL ships."""
    import pyshacl

    meta = Graph().parse(Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl")
    return [
        Finding(f.severity, "shacl-shacl", f.focus, f.path, f.message, f.value, f.component)
        for f in run_shapes(shapes, meta)
    ]


def validate_graph(
    data: Graph,
    shapes: Graph,
    checks: Sequence[NamedQuery],
    ontology: Graph | None = None,
    store: ox.Store | None = None,
) -> ValidationReport:
    """Run the shapes (pySHACL, memory store) and the check queries (Oxigraph)."""
    findings = run_shapes(data, shapes, ontology)
    findings.extend(run_checks(store if store is not None else graph_to_store(data), checks))
    return ValidationReport(
        tuple(sorted(set(findings), key=_order)), count_shapes(shapes), len(checks)
    )


def _order(f: Finding) -> tuple[int, str, str, str, str]:
    return (-SEVERITY_ORDER[f.severity], f.rule, f.focus, f.path or "", f.message)


# ---------------------------------------------------------------------------- reports


def report_text(report: ValidationReport) -> str:
    lines = [f.line() for f in report.findings]
    verdict = "conforms" if report.conforms() else "does not conform"
    lines.append(f"Validation: {verdict}: {report.summary()}")
    return "\n".join(lines) + "\n"


def report_json(report: ValidationReport) -> str:
    data = {
        "conforms": report.conforms(),
        "summary": {s: report.count(s) for s in ("violation", "warning", "info")},
        "shapes": report.shapes,
        "checks": report.checks,
        "findings": [
            {
                "severity": f.severity,
                "rule": f.rule,
                "focus": f.focus,
                "path": f.path,
                "message": f.message,
                "value": f.value,
                "component": f.component,
            }
            for f in report.findings
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def report_junit(report: ValidationReport) -> str:
    """JUnit XML: one test case per finding, failures for violations/warnings."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    failures = sum(1 for f in report.findings if f.severity != "info")
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<testsuites name="kgbuild validate" tests="{max(1, len(report.findings))}" '
        f'failures="{failures}">',
        f'  <testsuite name="kgbuild.validation" tests="{max(1, len(report.findings))}" '
        f'failures="{failures}">',
    ]
    if not report.findings:
        out.append('    <testcase classname="kgbuild.validation" name="graph conforms"/>')
    for rule, findings in sorted(by_rule.items()):
        for finding in findings:
            name = quoteattr(f"{finding.focus} {finding.path or ''}".strip())
            out.append(f"    <testcase classname={quoteattr(rule)} name={name}>")
            if finding.severity == "info":
                out.append(f"      <system-out>{escape(finding.line())}</system-out>")
            else:
                out.append(
                    f'      <failure type="{finding.severity}" '
                    f"message={quoteattr(finding.message)}>{escape(finding.line())}"
                    "</failure>"
                )
            out.append("    </testcase>")
    out.extend(["  </testsuite>", "</testsuites>"])
    return "\n".join(out) + "\n"


def report_graph(report: ValidationReport, base: str = DEFAULT_BASE) -> Graph:
    """The report as a SHACL validation report graph with deterministic IRIs."""
    g = Graph()
    node = URIRef(base + "validation-report")
    g.add((node, RDF.type, SH.ValidationReport))
    g.add((node, SH.conforms, Literal(report.conforms())))
    for finding in report.findings:
        digest = hashlib.sha256(finding.line().encode()).hexdigest()[:16]
        result = URIRef(f"{node}/result/{digest}")
        g.add((node, SH.result, result))
        g.add((result, RDF.type, SH.ValidationResult))
        g.add((result, SH.resultSeverity, _SEVERITY_SH[finding.severity]))
        g.add((result, SH.resultMessage, Literal(finding.message)))
        g.add((result, SH.focusNode, Literal(finding.focus)))
        g.add((result, SH.sourceShape, Literal(finding.rule)))
        if finding.path:
            g.add((result, SH.resultPath, Literal(finding.path)))
        if finding.value:
            g.add((result, SH.value, Literal(finding.value)))
    return g


def report_turtle(report: ValidationReport, base: str = DEFAULT_BASE) -> str:
    """The SHACL validation report graph as canonical Turtle."""
    from kgbuild.export import to_turtle

    return to_turtle(report_graph(report, base))


REPORT_FORMATS = {
    "text": report_text,
    "turtle": report_turtle,
    "json": report_json,
    "junit": report_junit,
}
"""Registry of report formats; its keys feed click.Choice in the CLI."""
