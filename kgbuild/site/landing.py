"""The landing page, the chart index and each chart's page (the chart beside its data)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kgbuild.site.charts import Chart
from kgbuild.site.paths import PAGE, page_dir
from kgbuild.site.render import esc, page, table

if TYPE_CHECKING:
    from kgbuild.site.describe import Describer
    from kgbuild.site.networks import Network
    from kgbuild.site.render import Renderer

Run = Callable[..., list[dict[str, str]]]

_RSL = "ontology#"
_CLASSES = (
    ("Articles of the Code in the statute register", _RSL + "Article", ""),
    ("Parts of articles", _RSL + "Part", ""),
    ("Versions of articles and parts", _RSL + "UnitVersion", ""),
    ("Amending laws", _RSL + "AmendingLaw", ""),
    ("Offences", "http://www.w3.org/2004/02/skos/core#Concept", "offence/"),
    ("Source documents", "https://schema.org/CreativeWork", ""),
    ("Official datasets (Judicial Department)", _RSL + "OfficialDataset", ""),
    ("Claims read in the documents", _RSL + "Claim", ""),
    ("Individual cases", _RSL + "Case", ""),
    ("Organisations", "http://www.w3.org/ns/prov#Organization", ""),
    ("Cited sources of the statute register", "http://www.w3.org/ns/prov#Entity", "source/"),
    ("Articles of the whole Code (official statistics)", _RSL + "RegisterArticle", ""),
)


def inline_svg(svg: str) -> str:
    """The SVG document as an element to put in HTML (links inside it stay live)."""
    start = svg.index("<svg")
    return svg[start:]


def chart_page(chart: Chart, here: str) -> str:
    commands = "".join(f"<li><code>{esc(c)}</code></li>" for c in chart.commands)
    body = (
        f"<h1>{esc(chart.title)}</h1>\n"
        f"<figure>{inline_svg(chart.svg)}"
        f"<figcaption>{esc(chart.description)} "
        f'<a href="../{esc(chart.name)}.svg">The chart as an SVG file.</a></figcaption>'
        "</figure>\n"
        f"<p>Drawn from these queries, which anyone can rerun on the build:</p><ul>{commands}"
        "</ul>\n<h2>The data</h2>\n"
        + table(chart.header, [tuple(esc(c) for c in row) for row in chart.rows])
    )
    return page(chart.title, here, body)


def charts_index(charts: Sequence[Chart]) -> str:
    groups: dict[str, list[Chart]] = defaultdict(list)
    for c in charts:
        groups[c.name.split("-", 1)[0]].append(c)
    names = {
        "record": "The record over time: official statistics and reported figures",
        "penalties": "Penalties over time",
        "imposed": "Imposed against prescribed",
    }
    body = ["<h1>Charts</h1>\n"]
    for key in ("record", "penalties", "imposed"):
        if groups.get(key):
            items = "".join(
                f'<li><a href="{esc(c.name)}/{PAGE}">{esc(c.title)}</a></li>\n' for c in groups[key]
            )
            body.append(f"<h2>{esc(names[key])}</h2>\n<ul>\n{items}</ul>\n")
    return page("Charts", "charts", "".join(body))


def _count(describer: Describer, query: str) -> int:
    rows = describer.store.query(query)
    for row in rows:  # type: ignore[union-attr]
        return int(row[0].value)
    return 0


def landing_page(
    run: Run,
    describer: Describer,
    renderer: Renderer,
    resources: Sequence[str],
    charts: Sequence[Chart],
    networks: Sequence[Network],
) -> str:
    base = describer.base
    rsl = describer.rsl
    by_class: dict[str, list[str]] = defaultdict(list)
    shown = set(resources)
    wanted = {(base + c if c.startswith(_RSL) else c): prefix for _, c, prefix in _CLASSES}
    for cls, prefix in wanted.items():
        rows = describer.store.query(f"SELECT ?s WHERE {{ ?s a <{cls}> }}")
        for row in rows:  # type: ignore[union-attr]
            s = row["s"].value
            if s in shown and s.startswith(base + prefix):
                by_class[cls].append(s)
    laws = run("law-dates")
    newest = max((r["signed"] for r in laws if r["signed"]), default="")
    official = run("official-datasets") if "official-datasets" in run.catalogue else []  # type: ignore[attr-defined]
    years = sorted({r.get("year", "") for r in official if r.get("year")})
    triples = _count(describer, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    coverage = [
        # articles with registered versions, as `build` and the report count them (not
        # every rsl:Article: Arts. 15 and 104.1 and the coverage list's unregistered ones)
        (
            "articles in the statute register",
            str(len({r["article"] for r in run("statute-table")})),
        ),
        ("versions of articles and parts", str(len(by_class.get(rsl + "UnitVersion", [])))),
        ("amending laws", str(len(by_class.get(rsl + "AmendingLaw", [])))),
        ("newest law in the register (signed)", newest),
        ("claims read in source documents", str(len(by_class.get(rsl + "Claim", [])))),
        ("official datasets (Judicial Department forms)", str(len(official))),
        ("years of official statistics", f"{years[0]}-{years[-1]}" if years else "none"),
        ("triples in the graph", str(triples)),
    ]
    body = [
        "<h1>Russian state-security criminal law: a knowledge graph</h1>\n",
        "<p>The articles of the Criminal Code of the Russian Federation on treason, espionage, "
        "confidential cooperation with foreigners, state secrets and the related wartime "
        "offences: every dated version of every part, the sanctions each prescribes, the laws "
        "that enacted and amended them with each of their dates, "
        + (
            "the Judicial Department's official conviction statistics for the whole Code, "
            if official
            else "(in a build with them, the Judicial Department's official conviction "
            "statistics for the whole Code; this one was built without them), "
        )
        + "and the figures that news and NGO reports give, each one anchored to the passage it "
        "came from. Every statute fact names its source and how sure we are; conflicting "
        "figures are kept side by side.</p>\n",
        "<h2>Coverage and currency</h2>\n",
        table(("what", "how many"), [(esc(a), esc(b)) for a, b in coverage]),
        "<h2>Look at</h2>\n<ul>\n",
        f'<li><a href="charts/{PAGE}">Charts</a>: {len(charts)} charts of the record, the '
        "penalties and the terms imposed, each beside its data and its query.</li>\n",
        f'<li><a href="networks/{PAGE}">Networks</a>: '
        + ", ".join(esc(n.title.lower()) for n in networks)
        + ".</li>\n",
        f'<li><a href="ontology/{PAGE}">The ontology</a>: the classes and properties used.</li>\n',
        "</ul>\n<h2>Get the data</h2>\n",
        "<p>The dumps (<code>graph.ttl</code>, <code>graph.nt</code>, <code>graph.jsonld</code>)"
        ", the DCAT description (<code>dataset.ttl</code>) and the Oxigraph store are in the "
        "build folder this site was made from. <code>kgbuild serve</code> serves this site "
        "with the SPARQL endpoint at <code>/query</code> and the dumps under "
        "<code>/dumps/</code>; every resource's address returns Turtle to "
        "<code>Accept: text/turtle</code> and this page to a browser.</p>\n",
        "<h2>How to cite</h2>\n",
        "<p>Cite the resource's IRI (shown on its page) and the build's version from "
        "<code>dataset.ttl</code>; for a figure, cite the source the page names with it. Data: "
        "CC BY 4.0.</p>\n",
        "<h2>Every resource</h2>\n",
    ]
    for title, cls, _ in _CLASSES:
        cls = base + cls if cls.startswith(_RSL) else cls
        members = sorted(by_class.get(cls, []), key=lambda s: (describer.label(s), s))
        if not members:
            continue
        items = "".join(
            f'<li><a href="{esc(page_dir(s, base))}/{PAGE}">{esc(describer.label(s))}</a></li>\n'
            for s in members
        )
        body.append(
            f"<details><summary>{esc(title)} ({len(members)})</summary>\n<ul>\n{items}</ul>"
            "</details>\n"
        )
    del renderer
    return page("Russian state-security criminal law KG", "", "".join(body))
