"""What a page shows about a resource, read from the build's Oxigraph store.

Every figure on a page comes from the store by a query: the resource's own triples, the
resources that point to it, the cited facts behind its dated and numeric values (source,
confidence, candidates) and, for a claim, the quote it rests on with its context.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph

from kgbuild.store import _to_rdflib

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABELS = (
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://purl.org/dc/terms/title",
)
_OFFICIAL = ("OfficialObservation", "OfficialRow")
INCOMING_SHOWN = 100
INCOMING_SORTED = 5_000


@dataclass(frozen=True)
class Value:
    """An object on a page: an IRI (with its label) or a literal (with language/datatype)."""

    text: str
    iri: str | None = None
    language: str | None = None
    datatype: str | None = None


@dataclass(frozen=True)
class Fact:
    """A cited value behind a dated or numeric statement (rsl:statuteFact)."""

    prop: str
    value: Value | None
    source: str | None
    confidence: str | None
    preferred: bool
    reason: str | None


@dataclass(frozen=True)
class Quote:
    document: str
    exact: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class Resource:
    iri: str
    label: str
    types: tuple[str, ...]
    statements: tuple[tuple[str, Value], ...]
    incoming: tuple[tuple[str, str], ...]
    incoming_total: int
    incoming_by: tuple[tuple[str, int], ...]
    facts: tuple[Fact, ...]
    quotes: tuple[Quote, ...]


def _select(store: ox.Store, query: str) -> list[dict[str, Term]]:
    solutions = store.query(query)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    return [{n: s[n] for n in names if s[n] is not None} for s in solutions]


def _text(term: Term | None) -> str:
    if term is None or isinstance(term, ox.Triple):
        return ""
    return str(term.value)


class Describer:
    """Reads resources of one build's store; labels are looked up once per IRI."""

    def __init__(self, store: ox.Store, base: str) -> None:
        self.store = store
        self.base = base
        self.rsl = base + "ontology#"
        self.label = lru_cache(maxsize=200_000)(self._label)

    def page_resources(self) -> list[str]:
        """Every IRI under the base that is a subject, but the official rows and figures.

        The Judicial Department's million figures are reached through their dataset and
        article pages and, served, by dereferencing (the server describes any IRI).
        """
        query = f"""
            SELECT DISTINCT ?s WHERE {{
              ?s a ?type .
              FILTER(STRSTARTS(STR(?s), "{self.base}") && !CONTAINS(STR(?s), "#"))
              FILTER NOT EXISTS {{ ?s a <{self.rsl}{_OFFICIAL[0]}> }}
              FILTER NOT EXISTS {{ ?s a <{self.rsl}{_OFFICIAL[1]}> }}
            }}"""
        return sorted(_text(row["s"]) for row in _select(self.store, query))

    def _label(self, iri: str) -> str:
        rows = _select(
            self.store,
            f"SELECT ?p ?o WHERE {{ VALUES ?p {{ {' '.join(f'<{p}>' for p in _LABELS)} }} "
            f"<{iri}> ?p ?o }}",
        )
        ranked = sorted(
            (
                _LABELS.index(_text(row["p"])) + (0 if _lang(row["o"]) in ("en", None) else 10),
                _text(row["o"]),
            )
            for row in rows
        )
        if ranked:
            return ranked[0][1]
        return local_name(iri)

    def value(self, term: Term) -> Value:
        if isinstance(term, ox.NamedNode):
            return Value(self.label(term.value), iri=term.value)
        if isinstance(term, ox.Literal):
            datatype: str | None = term.datatype.value if term.datatype is not None else None
            if datatype == "http://www.w3.org/2001/XMLSchema#string" or term.language:
                datatype = None
            return Value(term.value, language=term.language, datatype=datatype)
        return Value(str(term))

    def describe(self, iri: str) -> Resource:
        out = _select(self.store, f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}")
        statements = sorted(
            ((_text(r["p"]), self.value(r["o"])) for r in out),
            key=lambda s: (s[0], s[1].iri or "", s[1].text),
        )
        types = tuple(v.iri for p, v in statements if p == RDF_TYPE and v.iri)
        total = _select(self.store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p <{iri}> }}")
        count = int(_text(total[0]["n"])) if total else 0
        if count <= INCOMING_SORTED:
            incoming = _select(
                self.store,
                f"SELECT ?s ?p WHERE {{ ?s ?p <{iri}> FILTER(isIRI(?s)) }} "
                f"ORDER BY ?p ?s LIMIT {INCOMING_SHOWN}",
            )
        else:  # a dataset's or a measure's thousands of figures: counted, not listed
            incoming = []
        return Resource(
            iri=iri,
            label=self.label(iri),
            types=types,
            statements=tuple(statements),
            incoming=tuple((_text(r["s"]), _text(r["p"])) for r in incoming),
            incoming_total=count,
            incoming_by=self._incoming_by(iri) if count > INCOMING_SORTED else (),
            facts=self._facts(iri),
            quotes=self._quotes(iri),
        )

    def _incoming_by(self, iri: str) -> tuple[tuple[str, int], ...]:
        rows = _select(
            self.store,
            f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ ?s ?p <{iri}> }} GROUP BY ?p ORDER BY ?p",
        )
        return tuple((_text(r["p"]), int(_text(r["n"]))) for r in rows)

    def _facts(self, iri: str) -> tuple[Fact, ...]:
        rsl = self.rsl
        rows = _select(
            self.store,
            f"""SELECT ?fact ?prop ?value ?source ?confidence ?preferred ?reason WHERE {{
                  <{iri}> <{rsl}statuteFact> ?fact . ?fact <{rsl}statuteProperty> ?prop .
                  OPTIONAL {{ ?fact <{rsl}value> ?value }}
                  OPTIONAL {{ ?fact <{rsl}source> ?source }}
                  OPTIONAL {{ ?fact <{rsl}confidence> ?confidence }}
                  OPTIONAL {{ ?fact <{rsl}preferred> ?preferred }}
                  OPTIONAL {{ ?fact <{rsl}reason> ?reason }}
                }} ORDER BY ?prop DESC(?preferred) ?fact""",
        )
        return tuple(
            Fact(
                prop=_text(r["prop"]),
                value=self.value(r["value"]) if "value" in r else None,
                source=_text(r.get("source")) or None,
                confidence=_text(r.get("confidence")) or None,
                preferred=_text(r.get("preferred")) == "true",
                reason=_text(r.get("reason")) or None,
            )
            for r in rows
        )

    def _quotes(self, iri: str) -> tuple[Quote, ...]:
        oa = "http://www.w3.org/ns/oa#"
        rows = _select(
            self.store,
            f"""SELECT ?doc ?exact ?prefix ?suffix ?start ?end WHERE {{
                  ?ann <{oa}hasBody> <{iri}> ; <{oa}hasTarget> ?t .
                  ?t <{oa}hasSource> ?doc ; <{oa}hasSelector> ?q . ?q <{oa}exact> ?exact .
                  OPTIONAL {{ ?q <{oa}prefix> ?prefix }} OPTIONAL {{ ?q <{oa}suffix> ?suffix }}
                  OPTIONAL {{ ?t <{oa}hasSelector> ?pos . ?pos <{oa}start> ?start ;
                              <{oa}end> ?end }}
                }} ORDER BY ?doc ?start""",
        )
        return tuple(
            Quote(
                document=_text(r["doc"]),
                exact=_text(r["exact"]),
                prefix=_text(r.get("prefix")),
                suffix=_text(r.get("suffix")),
                start=int(_text(r["start"])) if "start" in r else None,
                end=int(_text(r["end"])) if "end" in r else None,
            )
            for r in rows
        )

    def graph(self, iri: str) -> Graph:
        """The resource's description as an rdflib Graph: the triples it is the subject of."""
        graph = Graph()
        for triple in self.store.quads_for_pattern(ox.NamedNode(iri), None, None):
            graph.add(
                (
                    _to_rdflib(triple.subject),
                    _to_rdflib(triple.predicate),
                    _to_rdflib(triple.object),
                )
            )
        return graph


def _lang(term: Term) -> str | None:
    return term.language if isinstance(term, ox.Literal) else None


def local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri.rstrip("/"):
            return iri.rstrip("/").rsplit(sep, 1)[1]
    return iri
