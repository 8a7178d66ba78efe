"""The ontology's documentation page: every class and property of the project's namespace.

Read from the build's store (the ontology is part of the graph), one anchor per term, so
the resource pages link each property and class to its definition here.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from kgbuild.site.describe import Describer, local_name
from kgbuild.site.render import Renderer, esc, page

OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
KINDS = (
    ("Classes", OWL + "Class"),
    ("Object properties", OWL + "ObjectProperty"),
    ("Datatype properties", OWL + "DatatypeProperty"),
    ("Annotation properties", OWL + "AnnotationProperty"),
    ("Other terms (roles, datatypes, individuals)", "other"),
)
HERE = "ontology"
OTHER = "other"


def ontology_page(describer: Describer, renderer: Renderer) -> str:
    ns = describer.rsl
    rows = describer.store.query(
        f"""SELECT ?term ?kind ?p ?o WHERE {{
              ?term a ?kind . FILTER(STRSTARTS(STR(?term), "{ns}"))
              OPTIONAL {{ ?term ?p ?o
                VALUES ?p {{ <{RDFS}label> <{RDFS}comment> <{RDFS}domain> <{RDFS}range>
                            <{RDFS}subClassOf> <{RDFS}subPropertyOf> }} }}
            }}"""
    )
    assert isinstance(rows, ox.QuerySolutions)
    terms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    kinds: dict[str, set[str]] = defaultdict(set)
    known = {k for _, k in KINDS}
    for row in rows:
        term = row["term"].value
        kind = row["kind"].value
        kinds[kind if kind in known else OTHER].add(term)
        if row["p"] is not None and row["o"] is not None:
            o = row["o"]
            value = f"<{o.value}>" if isinstance(o, ox.NamedNode) else o.value
            if isinstance(o, ox.BlankNode):
                value = "(an anonymous class: see the Turtle)"
            terms[term][local_name(row["p"].value)].add(value)
    body = [
        "<h1>The ontology</h1>\n",
        f'<p class="iri">{esc(ns)}</p>\n',
        "<p>The classes and properties the graph uses in its own namespace. Standard "
        "vocabularies (ELI, PROV, Web Annotation, RDF Data Cube, SKOS, DCAT, VoID) are used "
        "as they are defined by their publishers. This resource as RDF: "
        '<a href="index.ttl">Turtle</a> · <a href="index.jsonld">JSON-LD</a>.</p>\n',
    ]
    placed: set[str] = set()
    for title, kind in KINDS:
        members = sorted(set(kinds.get(kind, ())) - placed)
        placed |= set(members)
        if not members:
            continue
        body.append(f"<h2>{esc(title)} ({len(members)})</h2>\n<dl>\n")
        for term in members:
            facts = terms.get(term, {})
            label = ", ".join(sorted(facts.get("label", ()))) or local_name(term)
            body.append(
                f'<dt id="{esc(local_name(term))}"><code>rsl:{esc(local_name(term))}</code> '
                f"({esc(label)})</dt>\n<dd>"
            )
            for key in ("comment", "subClassOf", "subPropertyOf", "domain", "range"):
                for value in sorted(facts.get(key, ())):
                    shown = (
                        renderer.link(value[1:-1], HERE) if value.startswith("<") else esc(value)
                    )
                    prefix = "" if key == "comment" else f"{key}: "
                    body.append(f"<div>{esc(prefix)}{shown}</div>")
            body.append("</dd>\n")
        body.append("</dl>\n")
    return page("The ontology", HERE, "".join(body))
