"""`kgbuild report`: one self-contained HTML page that summarises a build for an appendix.

Coverage and currency, the official statistics' headline series (with the record charts
inline), conflicts between sources, the validation findings, the unverified facts and the
claims nobody has reviewed yet. Everything comes from the build folder: its store (named
queries) and its validation report. No external file is referenced, so the page can be
attached to a paper as it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from kgbuild.site.charts import Chart
from kgbuild.site.landing import inline_svg
from kgbuild.site.render import CSS, esc, table

Run = Callable[..., list[dict[str, str]]]

HEADLINE = ("275", "275.1", "276", "276.1", "283", "283.1", "284", "280.4", "207.3", "280.3")


def _rows(rows: Sequence[dict[str, str]], columns: Sequence[str]) -> list[tuple[str, ...]]:
    return [tuple(esc(r.get(c, "")) for c in columns) for r in rows]


def report_html(run: Run, build: Path, charts: Sequence[Chart], title_date: str) -> str:
    laws = run("law-dates")
    newest = max((r["signed"] for r in laws if r["signed"]), default="")
    statute = run("statute-table")
    articles = sorted({r["article"] for r in statute})
    official = run("official-datasets")
    years = sorted({r["year"] for r in official})
    validation = json.loads((build / "validation-report.json").read_text(encoding="utf-8"))
    unverified = run("unverified-facts")
    unreviewed = run("unreviewed-claims")
    conflicts = run("conflicts")
    versus = [r for r in run("news-vs-official") if r["agrees"] == "false"]
    body: list[str] = [
        "<h1>Russian state-security criminal law knowledge graph: build report</h1>\n",
        f"<p>Made from the build in <code>{esc(build.name)}</code>, whose statute data reach "
        f"{esc(title_date)}. "
        "Every figure below is the answer of a named query that can be rerun on the build "
        "(<code>kgbuild query NAME -g BUILD</code>).</p>\n",
        "<h2>Coverage and currency</h2>\n",
        table(
            ("what", "value"),
            [
                ("articles in the statute register", esc(" ".join(articles))),
                ("versions of articles and parts (statute-table rows)", str(len(statute))),
                # one row per law: two laws can share a number (420-FZ of 2011 and of
                # 2025), so laws are told apart by their full name, as `build` counts them
                (
                    "laws in the register (the Code's own and those amending it)",
                    str(len({r["act"] for r in laws})),
                ),
                ("newest law in the register (signed)", esc(newest)),
                ("official datasets", str(len(official))),
                (
                    "years of official statistics",
                    esc(f"{years[0]}-{years[-1]}" if years else "none"),
                ),
            ],
        ),
        "<h2>Official statistics: headline series</h2>\n",
        "<p>Persons convicted per year under each article (Judicial Department, form 10.3, by "
        "the most serious offence; query <code>official-series</code>).</p>\n",
    ]
    series: dict[str, dict[str, str]] = {}
    for article in HEADLINE:
        rows = [r for r in run("official-series", article=article) if r["form"] == "10.3"]
        if rows:
            series[article] = {r["year"]: r["value"] for r in rows}
    all_years = sorted({y for s in series.values() for y in s})
    if series:
        body.append(
            table(
                ("article", *all_years),
                [(esc(a), *(esc(s.get(y, "")) for y in all_years)) for a, s in series.items()],
            )
        )
    else:
        body.append("<p>This build has no official statistics (built without them).</p>\n")
    for chart in charts:
        if chart.name.startswith("record-"):
            body.append(
                f"<figure>{inline_svg(chart.svg)}<figcaption>{esc(chart.description)}"
                "</figcaption></figure>\n"
            )
    body += [
        f"<h2>Conflicts between sources ({len(conflicts)})</h2>\n",
        "<p>The same quantity reported differently by two sources (query "
        "<code>conflicts</code>); both values are kept in the graph.</p>\n",
        table(
            ("offence", "period", "count a", "reported by a", "count b", "reported by b"),
            [
                (
                    esc(r["offence"]),
                    esc(f"{r['period_start']}..{r['period_end']}"),
                    esc(f"{r['count_a']} ({r['qualifier_a']})"),
                    esc(r["reported_by_a"]),
                    esc(f"{r['count_b']} ({r['qualifier_b']})"),
                    esc(r["reported_by_b"]),
                )
                for r in conflicts
            ],
        ),
        f"<h3>Reported figures that differ from the official count ({len(versus)})</h3>\n",
        table(
            ("offence", "period", "reported", "by", "official 10.3", "why they may differ"),
            [
                (
                    esc(r["offence"]),
                    esc(f"{r['period_start']}..{r['period_end']}"),
                    esc(f"{r['count']} ({r['qualifier']})"),
                    esc(r["reported_by"]),
                    esc(r["official_10_3"]),
                    esc(r["why_may_differ"]),
                )
                for r in versus
            ],
        ),
        "<h2>Validation</h2>\n",
        f"<p>{'Conforms' if validation['conforms'] else 'Does not conform'}: "
        f"{validation['summary']['violation']} violations, {validation['summary']['warning']} "
        f"warnings, {validation['summary']['info']} infos ({validation['shapes']} shapes, "
        f"{validation['checks']} check queries).</p>\n",
        table(
            ("severity", "rule", "focus", "path", "message"),
            _rows(validation["findings"], ("severity", "rule", "focus", "path", "message")),
        ),
        f"<h2>Unverified facts ({len(unverified)})</h2>\n",
        "<p>Statute facts for which no source was found (query <code>unverified-facts</code>)."
        "</p>\n",
        table(
            ("subject", "property", "value", "confidence", "note"),
            _rows(unverified, ("subject", "property", "value", "confidence", "note")),
        ),
        f"<h2>Claims not reviewed yet ({len(unreviewed)})</h2>\n",
        "<p>Figures the extractor read that no curator has confirmed (query "
        "<code>unreviewed-claims</code>).</p>\n",
        table(
            ("claim", "kind", "document", "quote"),
            _rows(unreviewed, ("claim", "kind", "document", "quote")),
        ),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>Build report: Russian state-security criminal law KG</title>\n"
        '<link rel="icon" href="data:,">\n'
        f"<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n{''.join(body)}</main>\n"
        "</body>\n</html>\n"
    )
