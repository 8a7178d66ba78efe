"""HTML documentation of the ontology with pyLODE (optional: pip install 'kgbuild[docs]').

One page per file of ontology/ and one (index.html) for the published ontology as a whole.
pyLODE is pinned to 3.1.4 in pyproject.toml: 3.2 to 3.3 fail on gravity.ttl's class
expressions (a union inside an intersection) and 3.4.1's wheel cannot be imported (it
reads a pyproject.toml that it does not ship).

pyLODE lists the members of a union or intersection in set order (see
_InsertionOrderedSet) and may iterate other sets of strings, whose order follows the
hash seed: the pages are rendered in a child process with a fixed PYTHONHASHSEED, so
that the same ontology gives byte-identical pages.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import OWL, RDF, SKOS

from kgbuild.errors import InputError, KgbuildError, Problem
from kgbuild.export import canonical_triples, to_ntriples
from kgbuild.namespaces import PREFIXES

PYLODE_VERSION = "3.1.4"


class _InsertionOrderedSet(dict[object, None]):
    """What pyLODE 3.1.4 gathers a union's or intersection's members in, in list order.

    pyLODE collects them in a set of HTML elements, which iterates in memory-address
    order; pylode.utils uses set() nowhere else, so its name is pointed here.
    """

    def add(self, item: object) -> None:
        self[item] = None


class DocsError(KgbuildError):
    """pyLODE is missing or failed on a file."""


def render_pages(sources: dict[str, Graph], origin: dict[str, str]) -> dict[str, str]:
    """{page name: HTML} for {page name: ontology graph}, byte-identical run to run.

    `origin` names the file each page documents, for the error message.
    """
    if importlib.util.find_spec("pylode") is None:
        raise InputError(
            [
                Problem(
                    "pylode",
                    None,
                    "pyLODE is not installed; it writes the ontology's HTML documentation",
                    f"pip install 'kgbuild[docs]' (pyLODE {PYLODE_VERSION})",
                )
            ]
        )
    with tempfile.TemporaryDirectory(prefix="kgbuild-docs-") as tmp:
        jobs: list[tuple[str, str, str]] = []
        for name, graph in sorted(sources.items()):
            src = Path(tmp) / f"{len(jobs)}.nt"
            src.write_text(to_ntriples(graph), encoding="utf-8")
            jobs.append((name, str(src), str(Path(tmp) / f"{len(jobs)}.html")))
        env = dict(os.environ, PYTHONHASHSEED="0")
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        proc = subprocess.run(
            [sys.executable, "-c", "import sys; from kgbuild.owl.docs import _child; _child()"],
            input=json.dumps(jobs),
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )
        failed = Path(tmp) / "failed.json"
        if failed.exists():
            page, message = json.loads(failed.read_text(encoding="utf-8"))
            raise InputError(
                [
                    Problem(
                        origin.get(page, page),
                        None,
                        f"pyLODE {PYLODE_VERSION} cannot document it: {message}",
                        "check the file's latest edits against ontology/README.md",
                    )
                ]
            )
        if proc.returncode != 0:
            lines = proc.stderr.strip().splitlines() or ["no message"]
            raise DocsError(f"pyLODE failed: {lines[-1]}")
        return {name: Path(dst).read_text(encoding="utf-8") for name, _, dst in jobs}


def _child() -> None:
    """In the child process: render each (name, source, destination) job read from stdin."""
    for name, src, dst in json.loads(sys.stdin.read()):
        try:
            html = render(Graph().parse(src, format="nt"), name)
        except DocsError as exc:
            failed = Path(dst).with_name("failed.json")
            failed.write_text(json.dumps([name, str(exc.__cause__ or exc)]), encoding="utf-8")
            return
        Path(dst).write_text(html, encoding="utf-8")


def render(graph: Graph, what: str) -> str:
    """The pyLODE (OntPub profile) HTML page of one ontology graph."""
    try:
        import pylode.utils
        from pylode import OntPub
    except ImportError as exc:
        raise DocsError(
            f"pyLODE is not installed: pip install 'kgbuild[docs]' (pyLODE {PYLODE_VERSION})"
        ) from exc
    pylode.utils.set = _InsertionOrderedSet
    documented = Graph()
    for prefix, ns in PREFIXES.items():
        # pyLODE shortens IRIs with the graph's prefixes; scheme IRIs such as
        # https://w3id.org/ru-seclaw/unit/ cannot be split otherwise.
        documented.bind(prefix, ns, override=True, replace=True)
    has_header = (None, RDF.type, OWL.Ontology) in graph
    for triple in canonical_triples(graph):
        # pyLODE takes every owl:Ontology and skos:ConceptScheme for the document itself
        # (the last title wins): where a file has an ontology header, its SKOS schemes are
        # not given to pyLODE as schemes.
        if has_header and triple[1] == RDF.type and triple[2] == SKOS.ConceptScheme:
            continue
        # sorted, blank nodes labelled by content: pyLODE lists things in graph order
        documented.add(triple)
    root = logging.getLogger()
    level = root.level
    try:
        # pyLODE logs progress through the root logger and prints to stdout
        root.setLevel(logging.WARNING)
        with contextlib.redirect_stdout(io.StringIO()):
            html = OntPub(documented).make_html()
    except Exception as exc:  # pyLODE raises bare Exceptions and ValueErrors
        raise DocsError(f"pyLODE failed on {what}: {exc}") from exc
    finally:
        root.setLevel(level)
    return str(html)


def ontology_pages(folder: Path, names: Iterable[str], published: Graph) -> dict[str, str]:
    """{file name: HTML}: index.html for the published ontology, NAME.html per file."""
    sources = {"index.html": published}
    origin = {"index.html": str(folder)}
    for name in names:
        page = Path(name).stem + ".html"
        sources[page] = Graph().parse(folder / name, format="turtle")
        origin[page] = str(folder / name)
    return render_pages(sources, origin)
