"""Stage 6: validate a graph with the SHACL shapes in shapes/ and the check queries.

Findings are results, never exceptions. `validate_store` takes an Oxigraph store or an RDF
file: the SHACL Core shapes run on the fast engine (`shacl`, which reads the data itself)
or on pySHACL, the reference (which needs an rdflib Graph, so small graphs only); the
cross-checks that compare many nodes are check queries run set-based on Oxigraph.
"""

from kgbuild.findings import SEVERITY_ORDER, Finding, ValidationReport
from kgbuild.validation.reports import (
    REPORT_FORMATS,
    report_graph,
    report_json,
    report_junit,
    report_text,
    report_turtle,
)
from kgbuild.validation.run import (
    CHECKS_NS,
    ENGINES,
    check_shapes_wellformed,
    count_shapes,
    load_shapes,
    require_kgbuild_store,
    run_checks,
    run_shapes,
    validate_build,
    validate_file,
    validate_graph,
    validate_store,
)

__all__ = [
    "CHECKS_NS",
    "ENGINES",
    "REPORT_FORMATS",
    "SEVERITY_ORDER",
    "Finding",
    "ValidationReport",
    "check_shapes_wellformed",
    "count_shapes",
    "load_shapes",
    "report_graph",
    "report_json",
    "report_junit",
    "report_text",
    "report_turtle",
    "require_kgbuild_store",
    "run_checks",
    "run_shapes",
    "validate_build",
    "validate_file",
    "validate_graph",
    "validate_store",
]
