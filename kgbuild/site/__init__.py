"""`kgbuild site`: a static HTML site generated from a build, which a portal can host as is.

Parts: describe (what a page shows, read from the store), render (HTML), charts (SVG from
named queries), networks (networkx: amendments and relays), landing (the front page). The
whole site is written to a temporary folder and swapped in atomically, like a build.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kgbuild.export import to_jsonld, to_turtle
from kgbuild.namespaces import DEFAULT_BASE
from kgbuild.outputs import staged_directory
from kgbuild.queries import NamedQuery, bind_parameters, load_catalogue, run_local
from kgbuild.site.charts import Chart, imposed_chart, penalty_chart, record_chart
from kgbuild.site.describe import Describer
from kgbuild.site.landing import chart_page, charts_index, landing_page
from kgbuild.site.networks import amendment_network, networks_index, relay_network
from kgbuild.site.ontodoc import ontology_page
from kgbuild.site.paths import JSONLD, PAGE, TURTLE, page_dir, relative
from kgbuild.site.render import CSS, STYLE, Renderer

Progress = Callable[[str], None]


@dataclass(frozen=True)
class SiteSummary:
    pages: int
    charts: int
    networks: int
    seconds: float


def build_base(store: ox.Store) -> str:
    """The base IRI the build was made with (its VoID uriSpace), else the default."""
    rows = store.query(
        "SELECT ?b WHERE { ?d <http://rdfs.org/ns/void#uriSpace> ?b } ORDER BY ?b LIMIT 1"
    )
    assert isinstance(rows, ox.QuerySolutions)
    for row in rows:
        return str(row["b"].value)
    return DEFAULT_BASE


class _Queries:
    """Runs the named queries the charts and networks are drawn from."""

    def __init__(self, store: ox.Store, catalogue: dict[str, NamedQuery]) -> None:
        self.store = store
        self.catalogue = catalogue

    def __call__(self, name: str, **params: str) -> list[dict[str, str]]:
        query = self.catalogue[name]
        results = run_local(self.store, query, bind_parameters(query, params))
        return [dict(zip(results.columns, row, strict=True)) for row in results.plain_rows()]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build_site(
    store: ox.Store,
    queries_dir: Path,
    out: Path,
    progress: Progress,
    protected: Path | None = None,
    ontology_docs: dict[str, str] | None = None,
) -> SiteSummary:
    """Write the site of the build in ``store`` into ``out`` (atomically)."""
    import time

    started = time.perf_counter()
    base = build_base(store)
    describer = Describer(store, base)
    resources = describer.page_resources()
    has_page = set(resources).__contains__
    renderer = Renderer(base, describer.label, has_page)
    run = _Queries(store, load_catalogue(queries_dir))
    day = currency(run)
    with staged_directory(out, protected) as site:
        _write(site / STYLE, CSS)
        progress(f"site: {len(resources)} resource pages")
        for iri in resources:
            folder = page_dir(iri, base)
            assert folder is not None
            res = describer.describe(iri)
            graph = describer.graph(iri)
            _write(site / folder / PAGE, renderer.resource(res, folder))
            _write(site / folder / TURTLE, to_turtle(graph))
            _write(site / folder / JSONLD, to_jsonld(graph))
        charts = _charts(run, renderer, base, day)
        for chart in charts:
            _write(site / "charts" / f"{chart.name}.svg", chart.svg)
            _write(site / "charts" / chart.name / PAGE, chart_page(chart, f"charts/{chart.name}"))
        _write(site / "charts" / PAGE, charts_index(charts))
        networks = [amendment_network(run, dt.date.fromisoformat(day)), relay_network(run)]
        for net in networks:
            net.write(site / "networks", renderer)
        _write(site / "networks" / PAGE, networks_index(networks))
        _write(
            site / "ontology" / PAGE,
            ontology_page(describer, renderer, sorted(ontology_docs or {})),
        )
        for name, text in sorted((ontology_docs or {}).items()):
            _write(site / "ontology" / "docs" / name, text)
        _write(site / PAGE, landing_page(run, describer, renderer, resources, charts, networks))
    return SiteSummary(len(resources), len(charts), len(networks), time.perf_counter() - started)


def currency(run: _Queries) -> str:
    """The day the build's statute data reaches: the latest date any version or law names.

    Open-ended versions are drawn up to it, and rates are computed to it, so the same build
    gives the same pages whatever day the site is made.
    """
    days = [d for r in run("statute-table") for d in (r["in_force_from"], r["in_force_until"]) if d]
    days += [r["signed"] for r in run("law-dates") if r["signed"]]
    return max(days, default="1997-01-01")


def build_report(store: ox.Store, queries_dir: Path, build: Path) -> str:
    """The HTML of `kgbuild report` for the build in ``store`` (folder ``build``)."""
    from kgbuild.site.report import report_html

    base = build_base(store)
    describer = Describer(store, base)
    renderer = Renderer(base, describer.label, lambda iri: False)
    run = _Queries(store, load_catalogue(queries_dir))
    charts = [
        c for c in _charts(run, renderer, base, currency(run)) if c.name.startswith("record-")
    ]
    return report_html(run, build, charts, currency(run))


def _charts(run: _Queries, renderer: Renderer, base: str, today: str) -> list[Chart]:
    charts: list[Chart] = []
    offences = run("offences")
    convictions = run("convictions")
    verdicts = {r["claim"]: r["agrees"] for r in run("news-vs-official") if r["claim"]}
    statute = run("statute-table")
    laws = {r["act_number"]: r["law"] for r in run("amendment-network")}
    for off in offences:
        articles = off["articles"].split()
        if len(articles) != 1:
            continue
        article = articles[0]
        official = [r for r in run("official-series", article=article) if r["form"] == "10.3"]
        news = [r for r in convictions if r["offence"] == off["offence"]]
        if official or news:
            charts.append(
                record_chart(off["offence"], off["label_en"], article, official, news, verdicts)
            )
    for article in sorted({r["article"] for r in statute}, key=_article_key):
        versions = [r for r in statute if r["article"] == article]
        label = next((o["label_en"] for o in offences if article in o["articles"].split()), "")
        here = f"charts/penalties-{article.replace('.', '_')}"

        def law_link(act: str, here: str = here) -> str | None:
            folder = page_dir(laws.get(act, ""), base)
            return relative(here, f"{folder}/{PAGE}") if folder else None

        charts.append(penalty_chart(article, label or f"Art. {article}", versions, law_link, today))
        bands = run("imposed-vs-prescribed", article=article)
        if bands:
            charts.append(imposed_chart(article, label or f"Art. {article}", bands))
    del renderer
    return charts


def _article_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split(".") if p.isdigit())
