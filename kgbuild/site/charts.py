"""Charts of the record, each drawn from named queries a scholar can rerun.

matplotlib writes static SVG: readable without JavaScript, with a <title> and <desc> for
screen readers, text kept as text, links on the marks of amending laws, and a fixed hash
salt and no date, so the same build gives the same bytes. Each chart comes with its data
table (the rows it was drawn from) and the `kgbuild query` command that gives them.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

Row = Mapping[str, str]
Rows = Sequence[Row]

plt.rcParams.update(
    {
        "svg.hashsalt": "kgbuild",
        "svg.fonttype": "none",
        "font.family": "DejaVu Sans",
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
)

QUALIFIER_MARK = {
    "exact": ("o", "exact figure"),
    "at_least": ("^", "at least: a lower bound"),
    "more_than": ("^", "more than: a lower bound"),
    "about": ("D", "about"),
    "nearly": ("v", "nearly: an upper bound"),
    "fewer_than": ("v", "fewer than: an upper bound"),
    "at_most": ("v", "at most: an upper bound"),
}


@dataclass(frozen=True)
class Chart:
    """One chart: its file name, accessible title and description, data table, query."""

    name: str
    title: str
    description: str
    svg: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    commands: tuple[str, ...]


def _svg(fig: Figure, title: str, description: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Title": title})
    plt.close(fig)
    text = buf.getvalue()
    # An accessible name and description for the whole image (SVG 1.1 <title>/<desc>).
    esc = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
    title_x = "".join(esc.get(c, c) for c in title)
    desc_x = "".join(esc.get(c, c) for c in description)
    text = re.sub(
        r"(<svg [^>]*)>",
        rf'\1 role="img" aria-labelledby="chart-title chart-desc">'
        rf'<title id="chart-title">{title_x}</title><desc id="chart-desc">{desc_x}</desc>',
        text,
        count=1,
    )
    return text


def _year_fraction(day: str) -> float:
    d = dt.date.fromisoformat(day)
    start = dt.date(d.year, 1, 1)
    return d.year + (d - start).days / 365.0


def _is_full_year(start: str, end: str) -> bool:
    return start[5:] == "01-01" and end[5:] == "12-31" and start[:4] == end[:4]


def record_chart(
    offence: str, label: str, article: str, official: Rows, news: Rows, verdicts: Mapping[str, str]
) -> Chart:
    """The official series of an article (form 10.3, convicted) as a line; news figures
    as points: full-year ones at the year, part-year ones across the months they cover,
    "at least" as an upward caret (a lower bound), disagreement with 10.3 in red."""
    fig, ax = plt.subplots(figsize=(8, 4.2))
    years = [int(r["year"]) for r in official]
    values = [float(r["value"]) for r in official]
    if years:
        ax.plot(years, values, color="#1f4e9a", marker=".", label="Judicial Department, form 10.3")
    seen: set[str] = set()
    rows: list[tuple[str, ...]] = [
        (r["year"], "official 10.3", r["value"], "exact", "full year", "Judicial Department", "")
        for r in official
    ]
    for r in news:
        start, end = r["period_start"], r["period_end"]
        if not start or not end:
            continue
        count = float(r["count"])
        marker, meaning = QUALIFIER_MARK.get(r["qualifier"], ("o", r["qualifier"]))
        verdict = verdicts.get(r.get("claim", ""), "")
        colour = "#b3261e" if verdict == "false" else "#2e7d32" if verdict == "true" else "#555"
        full = _is_full_year(start, end)
        x0, x1 = _year_fraction(start), _year_fraction(end) + 1 / 365
        x = int(start[:4]) if full else (x0 + x1) / 2 - 0.5
        key = f"{meaning}{'' if full else ' (part of a year)'}"
        ax.scatter(
            [x],
            [count],
            marker=marker,
            s=46,
            color=colour,
            facecolors=colour if full else "none",
            zorder=3,
            label="_nolegend_" if key in seen else f"reported: {key}",
        )
        seen.add(key)
        if not full:
            ax.hlines(count, x0 - 0.5, x1 - 0.5, color=colour, linewidth=1)
        rows.append(
            (
                start[:4],
                f"reported {start}..{end}",
                r["count"],
                r["qualifier"],
                "full year" if full else "part of a year",
                r["reported_by"],
                {"true": "agrees with 10.3", "false": "differs from 10.3"}.get(verdict, ""),
            ),
        )
    ax.set_xlabel("year")
    ax.set_ylabel("persons convicted")
    ax.set_title(f"{label} (Art. {article}): convictions per year")
    ax.set_ylim(bottom=0)
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.legend(loc="upper left", fontsize=7, frameon=False)
    fig.tight_layout()
    title = f"Convictions for {label} (Art. {article}) per year, official and reported"
    desc = (
        f"Line: persons convicted under Art. {article} per year, Judicial Department form "
        + (
            f"10.3, {years[0]}-{years[-1]}. "
            if years
            else "10.3 (none here: this build was made without the official statistics). "
        )
        + "Points: figures "
        "reported by news and NGO sources; carets mark lower bounds, hollow marks part-year "
        "figures, red marks figures that differ from the official count."
    )
    return Chart(
        name=f"record-{offence}",
        title=title,
        description=desc,
        svg=_svg(fig, title, desc),
        header=("year", "series", "value", "qualifier", "period", "source", "comparison"),
        rows=tuple(sorted(rows)),
        commands=(
            f"kgbuild query official-series -p article={article} -f csv",
            "kgbuild query convictions -f csv",
            "kgbuild query news-vs-official -f csv",
        ),
    )


def penalty_chart(
    article: str, label: str, versions: Rows, law_link: Callable[[str], str | None], today: str
) -> Chart:
    """Steps of the minimum and maximum prison terms of each part, life imprisonment as a
    band at the top, and a dotted mark (linked to the law's page) at each amendment."""
    fig, ax = plt.subplots(figsize=(8, 4.2))
    by_part: dict[str, list[Row]] = defaultdict(list)
    for r in versions:
        by_part[r["part"]].append(r)
    end_x = _year_fraction(today)
    top = max([float(r["max_years"]) for r in versions if r["max_years"]] + [1.0])
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    rows: list[tuple[str, ...]] = []
    for i, (part, items) in enumerate(sorted(by_part.items())):
        colour = colours[i % len(colours)]
        name = f"part {part}" if part else "whole article"
        for j, r in enumerate(sorted(items, key=lambda r: r["in_force_from"])):
            x0 = _year_fraction(r["in_force_from"])
            x1 = _year_fraction(r["in_force_until"]) if r["in_force_until"] else end_x
            if r["max_years"]:
                ax.hlines(
                    float(r["max_years"]),
                    x0,
                    x1,
                    color=colour,
                    linewidth=2,
                    label=f"{name}: maximum" if j == 0 else "_nolegend_",
                )
            if r["min_years"]:
                ax.hlines(
                    float(r["min_years"]),
                    x0,
                    x1,
                    color=colour,
                    linewidth=1.2,
                    linestyle="--",
                    label=f"{name}: minimum" if j == 0 else "_nolegend_",
                )
            if r["life"] == "true":
                ax.hlines(top * 1.12, x0, x1, color="#7b1fa2", linewidth=5)
            rows.append(
                (
                    part,
                    r["in_force_from"],
                    r["in_force_until"],
                    r["min_years"],
                    r["max_years"],
                    r["life"],
                    r["enacted_by"],
                    r["confidence"],
                )
            )
    for act in sorted({r["enacted_by"] for r in versions if r["enacted_by"]}):
        starts = sorted({r["in_force_from"] for r in versions if r["enacted_by"] == act})
        for day in starts:
            line = ax.axvline(_year_fraction(day), color="#999", linestyle=":", linewidth=1)
            text = ax.text(
                _year_fraction(day),
                top * 1.2,
                act,
                rotation=90,
                fontsize=6,
                va="bottom",
                ha="center",
                color="#444",
            )
            href = law_link(act)
            if href:
                line.set_url(href)
                text.set_url(href)
    if any(r["life"] == "true" for r in versions):
        ax.text(
            ax.get_xlim()[0],
            top * 1.12,
            " life imprisonment possible",
            fontsize=7,
            va="center",
            color="#7b1fa2",
        )
    ax.set_ylim(0, top * 1.45)
    ax.set_xlabel("year")
    ax.set_ylabel("years of deprivation of liberty")
    ax.set_title(f"{label} (Art. {article}): prescribed terms over time")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="lower left", fontsize=7, frameon=False, ncol=2)
    fig.tight_layout()
    title = f"Prescribed prison terms of Art. {article} ({label}) over time"
    desc = (
        f"Step lines: the minimum (dashed) and maximum (solid) terms of each part of Art. "
        f"{article} in every version of the register; a purple band where life imprisonment "
        "is possible; dotted marks at each amendment's entry into force, named by law."
    )
    return Chart(
        name=f"penalties-{article.replace('.', '_')}",
        title=title,
        description=desc,
        svg=_svg(fig, title, desc),
        header=(
            "part",
            "in force from",
            "until",
            "min years",
            "max years",
            "life",
            "law",
            "confidence",
        ),
        rows=tuple(sorted(rows)),
        commands=(
            "kgbuild query statute-table -f csv",
            f"kgbuild query article-history -p article={article} -f csv",
        ),
    )


POSITION_COLOUR = {
    "within": "#1f4e9a",
    "below_minimum": "#ef6c00",
    "above_maximum": "#b3261e",
    "straddles_a_bound": "#8e8e8e",
}
POSITION_WORDS = {
    "within": "band within the statutory range",
    "below_minimum": "band below the minimum (Art. 64)",
    "above_maximum": "band above the maximum",
    "straddles_a_bound": "band straddling a bound",
}


def imposed_chart(article: str, label: str, bands: Rows) -> Chart:
    """Persons per imposed term band (form 10.3.1) per year, against the statutory range."""
    fig, ax = plt.subplots(figsize=(9.5, 4.2))
    rows: list[tuple[str, ...]] = []
    seen_range = False
    for r in bands:
        if not r["persons"] or float(r["persons"]) == 0:
            continue
        year = int(r["year"])
        lo = float(r["band_min"] or 0)
        hi = float(r["band_max"]) if r["band_max"] else lo + 5
        colour = POSITION_COLOUR.get(r["position"], "#777")
        ax.bar(
            year,
            hi - lo,
            bottom=lo,
            width=0.6,
            color=colour,
            alpha=0.35 + min(0.6, float(r["persons"]) / 60),
        )
        ax.text(year, (lo + hi) / 2, r["persons"], ha="center", va="center", fontsize=6)
        rows.append(
            (
                r["year"],
                r["part"],
                r["band"],
                r["persons"],
                r["statutory_min"],
                r["statutory_max"],
                r["life"],
                r["position"],
                r["cell"],
            )
        )
    for r in bands:
        if r["statutory_max"]:
            year = int(r["year"])
            ax.hlines(
                float(r["statutory_max"]),
                year - 0.4,
                year + 0.4,
                color="black",
                linewidth=1.5,
                label="_nolegend_" if seen_range else "statutory maximum / minimum",
            )
            if r["statutory_min"]:
                ax.hlines(
                    float(r["statutory_min"]),
                    year - 0.4,
                    year + 0.4,
                    color="black",
                    linewidth=1,
                    linestyle="--",
                )
            seen_range = True
    ax.set_xlabel("year")
    ax.set_ylabel("term imposed, years (band)")
    ax.set_title(f"{label} (Art. {article}): terms imposed against the statutory range")
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    from matplotlib.patches import Patch

    handles, _ = ax.get_legend_handles_labels()
    used = [p for p in POSITION_COLOUR if any(r["position"] == p for r in bands)]
    handles += [Patch(color=POSITION_COLOUR[p], alpha=0.6, label=POSITION_WORDS[p]) for p in used]
    if handles:
        ax.legend(
            handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7, frameon=False
        )
    fig.tight_layout()
    title = f"Imposed prison terms for Art. {article} ({label}) against the statutory range"
    desc = (
        f"Bars: the term bands of form 10.3.1 in which courts sentenced persons under Art. "
        f"{article} each year, the number of persons written on each bar; black lines: the "
        "statutory maximum (solid) and minimum (dashed) of the version in force that year."
    )
    return Chart(
        name=f"imposed-{article.replace('.', '_')}",
        title=title,
        description=desc,
        svg=_svg(fig, title, desc),
        header=(
            "year",
            "part",
            "band",
            "persons",
            "statutory min",
            "statutory max",
            "life",
            "position",
            "cell",
        ),
        rows=tuple(rows),
        commands=(f"kgbuild query imposed-vs-prescribed -p article={article} -f csv",),
    )
