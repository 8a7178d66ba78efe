"""Moving graphs between rdflib (the API, pySHACL's store) and Oxigraph (parsing, SPARQL).

Measured by bench/bench.py on this 2-core machine: Oxigraph answers the named queries 20 to
over 1,000 times faster than rdflib and loads a file into its own store 4 to 6 times
faster; filling an rdflib Graph from Oxigraph's parser gains only 1.1 to 1.6 times, since
building the rdflib Graph is most of the cost. rdflib stays the graph API and pySHACL's
store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kgbuild.errors import fail

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, from its extension; an input error for any other."""
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise fail(
            path,
            None,
            f"unknown RDF file type {path.suffix!r}",
            "use one of " + ", ".join(sorted(FORMATS)),
        ) from None


def _to_ox(term: Any) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r}")


def _to_rdflib(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(datatype))


def graph_to_store(graph: Graph) -> ox.Store:
    """An in-memory Oxigraph store holding the graph's triples in its default graph.

    Triples go in sorted: rdflib iterates in an order that depends on PYTHONHASHSEED, and
    Oxigraph's results (GROUP_CONCAT, unordered rows) follow insertion order.
    """
    store = ox.Store()
    default = ox.DefaultGraph()
    quads = sorted(
        (ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o), default) for s, p, o in graph), key=str
    )
    store.bulk_extend(quads)
    return store


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """Turn Oxigraph's parse and I/O errors into input errors naming the file and line."""
    try:
        yield
    except SyntaxError as exc:
        raise fail(
            path,
            getattr(exc, "lineno", None),
            f"not valid RDF: {exc}",
            "fix the syntax, or rebuild the file with `kgbuild build`",
        ) from exc
    except OSError as exc:
        if not path.exists():
            raise fail(path, None, "no such file", "check the path") from exc
        why = exc.strerror or str(exc)  # Oxigraph's I/O errors carry no strerror
        raise fail(path, None, f"cannot read: {why}", "check the path") from exc


def _parse(path: Path) -> Iterator[Any]:
    with _reading(path):
        yield from ox.parse(path=str(path), format=rdf_format(path))


def load_store(path: Path) -> ox.Store:
    """An in-memory Oxigraph store loaded straight from a file (Oxigraph's bulk loader)."""
    store = ox.Store()
    with _reading(path):
        store.bulk_load(path=str(path), format=rdf_format(path), to_graph=ox.DefaultGraph())
    return store


def store_to_graph(store: ox.Store) -> Graph:
    """The store's default graph as an rdflib Graph (for pySHACL: small graphs only)."""
    graph = Graph()
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        graph.add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object)))
    return graph


def load_triples(path: Path) -> Iterator[tuple[Any, Any, Any]]:
    """The triples of a graph file, or of a build folder (its graph.nt, else its store), as
    rdflib terms, without the cost of indexing them in a Graph."""
    if not path.is_dir():
        return _rdflib_triples(_parse(path))
    if (path / "graph.nt").is_file():
        return _rdflib_triples(_parse(path / "graph.nt"))
    store = open_graph(path)
    return _rdflib_triples(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def _rdflib_triples(quads: Iterable[Any]) -> Iterator[tuple[Any, Any, Any]]:
    iris: dict[str, URIRef] = {}  # IRIs recur (predicates, classes, a subject's triples)

    def iri(term: Any) -> Any:
        if not isinstance(term, ox.NamedNode):
            return _to_rdflib(term)
        value = term.value
        cached = iris.get(value)
        if cached is None:
            if len(iris) >= 100_000:
                iris.clear()
            cached = iris[value] = URIRef(value)
        return cached

    for quad in quads:
        yield (iri(quad.subject), iri(quad.predicate), iri(quad.object))


def load_graph(path: Path) -> Graph:
    """Parse an RDF file with Oxigraph into an rdflib Graph."""
    graph = Graph()
    for quad in _parse(path):
        graph.add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object)))
    return graph


STORE_DIR = "store"
"""The Oxigraph database a build writes next to its dumps (DIR/store)."""


def find_store(path: Path) -> Path | None:
    """The Oxigraph database of a build folder, or the folder itself if it is one."""
    if (path / STORE_DIR / "CURRENT").is_file():
        return path / STORE_DIR
    if (path / "CURRENT").is_file():
        return path
    return None


def open_graph(path: Path) -> ox.Store:
    """A store to query: a build folder's database opened read-only, or a file loaded.

    Opening the database costs milliseconds whatever its size; loading a file parses it.
    """
    if path.is_dir():
        location = find_store(path)
        if location is None:
            raise fail(
                path,
                None,
                "is a folder without an Oxigraph store (no store/ from `kgbuild build`)",
                "pass a build folder, its store/ or a graph file",
            )
        try:
            return ox.Store.read_only(str(location))
        except OSError as exc:
            raise fail(
                location, None, f"cannot open the store: {exc}", "rebuild with `kgbuild build`"
            ) from None
    return load_store(path)


_SLICE = """
CONSTRUCT { ?s ?p ?o } WHERE {
  ?s ?p ?o .
  FILTER NOT EXISTS { ?s a <https://w3id.org/ru-seclaw/ontology#OfficialObservation> }
  FILTER NOT EXISTS { ?s a <https://w3id.org/ru-seclaw/ontology#OfficialRow> }
}"""


def shapes_slice(store: ox.Store) -> Graph:
    """The graph without the official statistics' rows and figures, as an rdflib Graph.

    pySHACL runs on this slice (tens of thousands of triples); the millions of official
    figures are checked by set-based queries on the store (queries/official-*.rq).
    """
    graph = Graph()
    triples = store.query(_SLICE)
    assert isinstance(triples, ox.QueryTriples)
    for triple in triples:
        graph.add(
            (_to_rdflib(triple.subject), _to_rdflib(triple.predicate), _to_rdflib(triple.object))
        )
    return graph
