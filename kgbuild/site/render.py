"""HTML for people: one page per resource, the landing page, the chart and network pages.

Plain HTML5 and one stylesheet; no JavaScript, no CDN, so pages work offline and print
well. Every page offers the resource's RDF beside it (Turtle, JSON-LD). Output is a pure
function of its input: the same build gives byte-identical pages.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

from kgbuild.site.describe import RDF_TYPE, Fact, Quote, Resource, Value, local_name
from kgbuild.site.paths import JSONLD, PAGE, TURTLE, page_dir, relative

STYLE = "style.css"
CSS = """\
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:72rem;
margin:0 auto;padding:0 1rem 3rem;color:#1b1b1b;line-height:1.45}
header{border-bottom:1px solid #ccc;padding:.6rem 0;margin-bottom:1rem}
header a{margin-right:1rem}
h1{font-size:1.5rem;margin:.5rem 0}
code,.iri{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:top;padding:.3rem .5rem}
th{background:#f4f4f4}
.quote{background:#fffbe6;border-left:4px solid #e0b400;padding:.5rem .8rem}
.quote mark{background:#ffe27a}
.muted{color:#666}
.conf-high{color:#176f2c}.conf-medium{color:#7a5b00}.conf-low,.conf-unverified{color:#a3211c}
figure{margin:1rem 0 2rem}figure img{max-width:100%;border:1px solid #ddd}
.badge{display:inline-block;padding:0 .4rem;border-radius:.3rem;background:#eee;font-size:.85em}
.test{background:#fde2e1}
"""

Link = Callable[[str], str | None]


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def page(title: str, here: str, body: str, extra_head: str = "") -> str:
    """A whole HTML document; ``here`` is the page's folder in the site ("" at the root)."""
    home = relative(here, PAGE)
    css = relative(here, STYLE)
    charts = relative(here, "charts/" + PAGE)
    networks = relative(here, "networks/" + PAGE)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n"
        '<link rel="icon" href="data:,">\n'  # no /favicon.ico request: the site has none
        f'<link rel="stylesheet" href="{esc(css)}">\n{extra_head}</head>\n<body>\n'
        f'<header><a href="{esc(home)}">Russian state-security criminal law KG</a>'
        f'<a href="{esc(charts)}">Charts</a><a href="{esc(networks)}">Networks</a></header>\n'
        f"<main>\n{body}</main>\n</body>\n</html>\n"
    )


def table(header: Sequence[str], rows: Iterable[Sequence[str]], caption: str = "") -> str:
    """A table of already-escaped cells."""
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return f"<table>{cap}<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody></table>\n"


class Renderer:
    """Renders resources of one site; ``label`` names IRIs, ``base`` decides what has a page."""

    def __init__(self, base: str, label: Callable[[str], str], has_page: Callable[[str], bool]):
        self.base = base
        self.label = label
        self.has_page = has_page

    def link(self, iri: str, here: str, text: str | None = None) -> str:
        shown = esc(text if text is not None else self.label(iri))
        target = page_dir(iri, self.base)
        if target is not None and self.has_page(iri):
            href = relative(here, f"{target}/{PAGE}")
            return f'<a href="{esc(href)}">{shown}</a>'
        if iri.startswith(self.base + "ontology#"):
            href = relative(here, f"ontology/{PAGE}") + "#" + local_name(iri)
            return f'<a href="{esc(href)}">{shown}</a>'
        if iri.startswith(("http://", "https://")):
            return f'<a href="{esc(iri)}" class="iri" title="{esc(iri)}">{shown}</a>'
        return shown

    def value(self, value: Value, here: str) -> str:
        if value.iri is not None:
            return self.link(value.iri, here, value.text)
        text = esc(value.text)
        if value.language:
            lang = esc(value.language)
            return f'<span lang="{lang}">{text}</span> <span class="muted">@{lang}</span>'
        if value.datatype:
            return f'{text} <span class="muted">({esc(local_name(value.datatype))})</span>'
        return text

    def resource(self, res: Resource, here: str) -> str:
        body = [f"<h1>{esc(res.label)}</h1>\n"]
        body.append(f'<p class="iri">{esc(res.iri)}</p>\n')
        kinds = ", ".join(self.link(t, here) for t in res.types)
        if kinds:
            body.append(f"<p>A {kinds}.</p>\n")
        if any(p.endswith("#testData") and v.text == "true" for p, v in res.statements):
            body.append('<p class="badge test">Test data: not a real source.</p>\n')
        body.append(
            f'<p>This resource as RDF: <a href="{TURTLE}" type="text/turtle">Turtle</a> · '
            f'<a href="{JSONLD}" type="application/ld+json">JSON-LD</a></p>\n'
        )
        body.extend(self._quotes(res.quotes, here))
        rows = [
            (self.link(p, here), self.value(v, here)) for p, v in res.statements if p != RDF_TYPE
        ]
        body.append("<h2>Facts</h2>\n" + table(("property", "value"), rows))
        if res.facts:
            body.append("<h2>Sources and confidence</h2>\n" + self._facts(res.facts, here))
        if res.incoming_by:
            rows = [(self.link(p, here), f"{n:,}") for p, n in res.incoming_by]
            body.append(
                f"<h2>Linked from {res.incoming_total:,} resources</h2>\n<p>Too many to list "
                "here: the SPARQL endpoint has them all, e.g. <code>SELECT ?s WHERE { ?s "
                f"?p &lt;{esc(res.iri)}&gt; }}</code>.</p>\n" + table(("as", "how many"), rows)
            )
        if res.incoming:
            shown = len(res.incoming)
            more = (
                f" (the first {shown} of {res.incoming_total}; the SPARQL endpoint has them all)"
                if res.incoming_total > shown
                else ""
            )
            rows = [(self.link(s, here), self.link(p, here)) for s, p in res.incoming]
            body.append(f"<h2>Linked from{esc(more)}</h2>\n" + table(("resource", "as"), rows))
        return page(res.label, here, "".join(body))

    def _quotes(self, quotes: Sequence[Quote], here: str) -> list[str]:
        out = []
        for q in quotes:
            where = f" (characters {q.start}-{q.end})" if q.start is not None else ""
            out.append(
                f'<h2>Quote</h2>\n<blockquote class="quote">…{esc(q.prefix)}<mark>'
                f"{esc(q.exact)}</mark>{esc(q.suffix)}…</blockquote>\n"
                f"<p>From {self.link(q.document, here)}{esc(where)}.</p>\n"
            )
        return out

    def _facts(self, facts: Sequence[Fact], here: str) -> str:
        rows = []
        for f in facts:
            conf = esc(f.confidence or "")
            rows.append(
                (
                    self.link(f.prop, here),
                    self.value(f.value, here) if f.value else "<em>unknown</em>",
                    "preferred" if f.preferred else "candidate",
                    self.link(f.source, here) if f.source else "",
                    f'<span class="conf-{conf}">{conf}</span>',
                    esc(f.reason or ""),
                )
            )
        return table(("property", "value", "status", "source", "confidence", "why"), rows)
