"""`kgbuild ontology-docs`, `kgbuild site` and `kgbuild report`: pages for people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from kgbuild.cli.app import (
    DEFAULT_OUT,
    State,
    _guard,
    _project,
    main,
)
from kgbuild.errors import InputError, Problem


@main.command("ontology-docs")
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("ontology-docs"),
    show_default=True,
    help="Folder to write the HTML pages to.",
)
@click.pass_obj
def ontology_docs(state: State, output: Path) -> None:
    """Write the ontology's HTML documentation with pyLODE (pip install 'kgbuild[docs]').

    index.html documents the published ontology (ontology.ttl of a build); NAME.html each
    file of ontology/.
    """
    from kgbuild.export import write_atomic
    from kgbuild.owl.docs import ontology_pages
    from kgbuild.owl.publish import published_ontology
    from kgbuild.pipeline import ONTOLOGY_FILES, load_ontology

    project = _project(state)
    with _guard(state):
        published = published_ontology(load_ontology(project))
        pages = ontology_pages(project.ontology, ONTOLOGY_FILES, published)
        output.mkdir(parents=True, exist_ok=True)
        for name, html in sorted(pages.items()):
            write_atomic(output / name, html)
    state.say(f"Wrote {len(pages)} pages to {output}/ (pyLODE): " + ", ".join(sorted(pages)))


# ---------------------------------------------------------------------------- site


@main.command()
@click.argument("build", required=False, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the site into (default: site/ beside dist/).",
)
@click.pass_obj
def site(state: State, build: Path | None, output: Path | None) -> None:
    """Write a static HTML site of BUILD (a build folder; default dist/).

    Every resource gets a page with its facts, sources and confidence, and its RDF beside
    it (index.ttl, index.jsonld); charts (SVG) and networks (GraphML) are drawn from named
    queries. The site works offline; `kgbuild serve` serves it with the endpoint.
    """
    from kgbuild.outputs import check_output_dir
    from kgbuild.site import build_site
    from kgbuild.store import open_graph

    path = build or state.root / DEFAULT_OUT
    out = output or state.root / "site"
    with _guard(state):
        check_output_dir(out, state.root, what="site")
        store = open_graph(path)
        project = _project(state)
        docs = _ontology_docs(state, project)
        summary = build_site(store, project.queries, out, state.say, state.root, docs)
    state.say(
        f"Wrote the site to {out}/: {summary.pages} resource pages, {summary.charts} charts, "
        f"{summary.networks} networks, {summary.seconds:.1f}s."
    )


def _ontology_docs(state: State, project: Any) -> dict[str, str] | None:
    """pyLODE's pages of the ontology for the site, or None (with a note) without pyLODE."""
    import importlib.util

    from kgbuild.owl.docs import ontology_pages
    from kgbuild.owl.publish import published_ontology
    from kgbuild.pipeline import ONTOLOGY_FILES, load_ontology

    if importlib.util.find_spec("pylode") is None:
        state.say("NOTE the site's ontology page has no pyLODE pages: pip install 'kgbuild[docs]'")
        return None
    published = published_ontology(load_ontology(project))
    return ontology_pages(project.ontology, ONTOLOGY_FILES, published)


@main.command()
@click.argument("build", required=False, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write (atomically); default: report.html beside dist/.",
)
@click.pass_obj
def report(state: State, build: Path | None, output: Path | None) -> None:
    """Write one HTML page summarising BUILD (default dist/) for a paper's appendix.

    Coverage and currency, the official headline series, conflicts between sources,
    validation findings, unverified facts and unreviewed claims; self-contained.
    """
    from kgbuild.export import write_atomic
    from kgbuild.site import build_report
    from kgbuild.store import open_graph

    path = build or state.root / DEFAULT_OUT
    out = output or state.root / "report.html"
    with _guard(state):
        if not (path / "validation-report.json").is_file():
            raise InputError(
                [
                    Problem(
                        str(path),
                        None,
                        "is not a build folder (no validation-report.json)",
                        "pass the folder `kgbuild build` wrote",
                    )
                ]
            )
        write_atomic(out, build_report(open_graph(path), _project(state).queries, path))
    state.say(f"Wrote {out}")


# ---------------------------------------------------------------------------- serve
