"""The networks behind the record, with networkx: amendments and the relay of figures.

Each network is built from a named query (so it can be queried), exported as GraphML,
drawn as SVG, and summarised by measures whose meaning the page states in words.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib.pyplot as plt
import networkx as nx

from kgbuild.site.charts import _svg
from kgbuild.site.paths import PAGE, page_dir, relative
from kgbuild.site.render import esc, page, table

if TYPE_CHECKING:
    from kgbuild.site.render import Renderer

Run = Callable[..., list[dict[str, str]]]
PACKAGE_DAYS = 7


@dataclass(frozen=True)
class Measure:
    """A table of one measure, with what it means in words."""

    title: str
    meaning: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass
class Network:
    name: str
    title: str
    description: str
    graph: Any
    query: str
    measures: list[Measure] = field(default_factory=list)
    svg: str = ""

    def write(self, folder: Path, renderer: Renderer) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        nx.write_graphml(self.graph, folder / f"{self.name}.graphml")
        (folder / f"{self.name}.svg").write_text(self.svg, encoding="utf-8")
        here = f"networks/{self.name}"
        (folder / self.name).mkdir(exist_ok=True)
        (folder / self.name / PAGE).write_text(self.page(here, renderer), encoding="utf-8")

    def page(self, here: str, renderer: Renderer) -> str:
        body = [
            f"<h1>{esc(self.title)}</h1>\n<p>{esc(self.description)}</p>\n",
            f'<figure><img src="../{esc(self.name)}.svg" alt="{esc(self.title)}">'
            f"<figcaption>{esc(self.title)}: {self.graph.number_of_nodes()} nodes, "
            f"{self.graph.number_of_edges()} edges.</figcaption></figure>\n",
            f'<p>Download: <a href="../{esc(self.name)}.graphml">GraphML</a>. The edges come '
            f"from <code>kgbuild query {esc(self.query)} -f csv</code>.</p>\n",
        ]
        for m in self.measures:
            rows = [tuple(self._cell(c, here, renderer) for c in row) for row in m.rows]
            body.append(f"<h2>{esc(m.title)}</h2>\n<p>{esc(m.meaning)}</p>\n")
            body.append(table(m.header, rows))
        return page(self.title, here, "".join(body))

    @staticmethod
    def _cell(cell: str, here: str, renderer: Renderer) -> str:
        if cell.startswith(renderer.base):
            return renderer.link(cell, here)
        return esc(cell)


def _years(start: str, end: dt.date) -> float:
    return max((end - dt.date.fromisoformat(start)).days / 365.25, 1.0)


def amendment_network(run: Run, today: dt.date) -> Network:
    """Laws and the articles/parts they changed (a bipartite graph)."""
    rows = run("amendment-network")
    g = nx.Graph()
    for r in sorted(rows, key=lambda r: (r["law"], r["unit"])):
        g.add_node(
            r["law"], kind="law", label=r["act_number"], signed=r["signed"], in_force=r["in_force"]
        )
        label = r["article"] + (f" part {r['part']}" if r["part"] else "")
        g.add_node(r["unit"], kind="unit", label=label, article=r["article"])
        if g.has_edge(r["law"], r["unit"]):
            effects = set(g.edges[r["law"], r["unit"]]["effect"].split())
            g.edges[r["law"], r["unit"]]["effect"] = " ".join(sorted(effects | {r["effect"]}))
        else:
            g.add_edge(r["law"], r["unit"], effect=r["effect"], in_force=r["in_force"])
    laws = sorted(n for n, d in g.nodes(data=True) if d["kind"] == "law")
    reach = sorted(
        (
            (
                law,
                g.nodes[law]["label"],
                g.nodes[law]["signed"],
                str(len({g.nodes[u]["article"] for u in g[law]})),
                str(g.degree(law)),
            )
            for law in laws
        ),
        key=lambda r: (-int(r[3]), -int(r[4]), r[2], r[0]),
    )
    # Packages: laws signed within PACKAGE_DAYS of each other.
    signed = sorted((g.nodes[law]["signed"], law) for law in laws if g.nodes[law]["signed"])
    packages: list[list[tuple[str, str]]] = []
    for day, law in signed:
        d = dt.date.fromisoformat(day)
        last = packages[-1][-1][0] if packages else None
        if last and (d - dt.date.fromisoformat(last)).days <= PACKAGE_DAYS:
            packages[-1].append((day, law))
        else:
            packages.append([(day, law)])
    clusters = [
        (
            p[0][0],
            p[-1][0],
            " ".join(g.nodes[law]["label"] for _, law in p),
            str(len({u for _, law in p for u in g[law]})),
        )
        for p in packages
        if len(p) > 1
    ]
    end = today
    by_article: dict[str, set[str]] = defaultdict(set)
    first: dict[str, str] = {}
    for r in rows:
        by_article[r["article"]].add(r["law"])
        first[r["article"]] = min(first.get(r["article"], r["in_force"]), r["in_force"])
    velocity = sorted(
        (
            (a, str(len(laws_)), first[a], f"{len(laws_) / _years(first[a], end) * 10:.1f}")
            for a, laws_ in by_article.items()
        ),
        key=lambda r: (-float(r[3]), r[0]),
    )
    net = Network(
        name="amendments",
        title="The amendment network",
        description=(
            "Each amending law is linked to every article or part of an article it inserted, "
            "amended or repealed, as the statute register records it."
        ),
        graph=g,
        query="amendment-network",
        measures=[
            Measure(
                "Laws that reshaped the most",
                "For each law, the number of distinct "
                "articles and of articles or parts it changed: the laws at the top reshaped "
                "the most of the register's articles.",
                ("law", "number", "signed", "articles changed", "units changed"),
                tuple(reach),
            ),
            Measure(
                "Laws passed together",
                f"Laws signed within {PACKAGE_DAYS} days of one "
                "another form a package: they were usually drafted and voted together.",
                ("first signed", "last signed", "laws", "units changed"),
                tuple(clusters),
            ),
            Measure(
                "Amendment velocity",
                "For each article, the number of distinct laws that "
                "changed it, divided by the years since its first recorded version came "
                "into force, per decade: how often the article is rewritten.",
                ("article", "laws", "first in force", "laws per decade"),
                tuple(velocity),
            ),
        ],
    )
    net.svg = _draw_bipartite(g, laws, net.title)
    return net


def relay_network(run: Run) -> Network:
    """Organisations that counted figures and the outlets that relayed them (directed)."""
    rows = run("relay-network")
    g = nx.DiGraph()
    for r in rows:
        g.add_node(r["originator"], label=r["originator_name"])
        if r["relay"]:
            g.add_node(r["relay"], label=r["relay_name"])
    for r in rows:
        if not r["relay"]:
            continue
        if g.has_edge(r["originator"], r["relay"]):
            g.edges[r["originator"], r["relay"]]["figures"] += 1
        else:
            g.add_edge(r["originator"], r["relay"], figures=1)
    versions: dict[tuple[str, str, str, str], set[tuple[str, str]]] = defaultdict(set)
    outlets: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for r in rows:
        key = (r["originator"], r["offence"], r["period_start"], r["period_end"])
        versions[key].add((r["count"], r["qualifier"]))
        outlets[key].add(r["relay"] or r["originator"])
    travel = sorted(
        (
            k[0],
            k[1],
            f"{k[2]}..{k[3]}",
            str(len(outlets[k])),
            "; ".join(f"{c} ({q})" for c, q in sorted(v)),
            "changed" if len(v) > 1 else "same",
        )
        for k, v in versions.items()
        if len(outlets[k]) > 1
    )
    per_origin = sorted(
        (
            (o, str(sum(1 for r in rows if r["originator"] == o)), str(g.out_degree(o)))
            for o in sorted({r["originator"] for r in rows})
        ),
        key=lambda r: (-int(r[1]), r[0]),
    )
    net = Network(
        name="relays",
        title="The relay network of sources",
        description=(
            "An arrow runs from the organisation that counted a figure to each outlet that "
            "published it citing that organisation; its weight is the number of figures."
        ),
        graph=g,
        query="relay-network",
        measures=[
            Measure(
                "Who counts",
                "For each originator, the figures attributed to it and the "
                "number of distinct outlets that relayed them.",
                ("originator", "figures", "outlets"),
                tuple(per_origin),
            ),
            Measure(
                "Figures in transit",
                "A figure for one offence and period that more than "
                "one outlet carried from the same originator; 'changed' where the outlets "
                "do not give the same count and qualifier.",
                ("originator", "offence", "period", "outlets", "versions", "as it travelled"),
                tuple(travel),
            ),
        ],
    )
    net.svg = _draw_relays(g, net.title)
    return net


def _draw_bipartite(g: Any, laws: Sequence[str], title: str) -> str:
    units = sorted(
        (n for n, d in g.nodes(data=True) if d["kind"] == "unit"),
        key=lambda n: (_num(g.nodes[n]["article"]), g.nodes[n]["label"]),
    )
    laws = sorted(laws, key=lambda n: (g.nodes[n]["signed"], n))
    pos = {n: (0.0, -i / max(len(laws) - 1, 1)) for i, n in enumerate(laws)}
    pos.update({n: (1.0, -i / max(len(units) - 1, 1)) for i, n in enumerate(units)})
    fig, ax = plt.subplots(figsize=(8, max(4.0, len(units) * 0.16)))
    for a, b in sorted(g.edges()):
        ax.plot([pos[a][0], pos[b][0]], [pos[a][1], pos[b][1]], color="#9bb", linewidth=0.6)
    for n in laws + units:
        x, y = pos[n]
        ax.plot([x], [y], "o", color="#1f4e9a" if n in laws else "#2e7d32", markersize=4)
        ax.text(
            x + (-0.02 if n in laws else 0.02),
            y,
            g.nodes[n]["label"],
            fontsize=6,
            ha="right" if n in laws else "left",
            va="center",
        )
    ax.set_axis_off()
    ax.set_xlim(-0.35, 1.35)
    ax.set_title("Amending laws (left, by signature date) and the units they changed (right)")
    desc = f"{len(laws)} laws linked to {len(units)} articles and parts they changed."
    return _svg(fig, title, desc)


def _draw_relays(g: Any, title: str) -> str:
    nodes = sorted(g.nodes())
    pos = nx.circular_layout(nodes)
    fig, ax = plt.subplots(figsize=(7, 6))
    for a, b, d in sorted(g.edges(data=True)):
        ax.annotate(
            "",
            xy=pos[b],
            xytext=pos[a],
            arrowprops={"arrowstyle": "->", "color": "#777", "lw": 0.6 + d["figures"] * 0.3},
        )
    for n in nodes:
        x, y = pos[n]
        ax.plot([x], [y], "o", color="#1f4e9a", markersize=6)
        ax.text(x, y + 0.07, g.nodes[n]["label"], fontsize=7, ha="center")
    ax.set_axis_off()
    ax.set_xlim(-1.4, 1.4)
    ax.set_ylim(-1.3, 1.3)
    ax.set_title("Who counted a figure (arrow tail) and who relayed it (arrow head)")
    desc = f"{len(nodes)} organisations; {g.number_of_edges()} relay links."
    return _svg(fig, title, desc)


def _num(article: str) -> tuple[int, ...]:
    return tuple(int(p) for p in article.split(".") if p.isdigit())


def networks_index(networks: Sequence[Network]) -> str:
    items = "".join(
        f'<li><a href="{esc(n.name)}/{PAGE}">{esc(n.title)}</a>: {esc(n.description)}</li>\n'
        for n in networks
    )
    return page("Networks", "networks", f"<h1>Networks</h1>\n<ul>\n{items}</ul>\n")


__all__ = [
    "Network",
    "amendment_network",
    "networks_index",
    "page_dir",
    "relative",
    "relay_network",
]
