"""What every mapping shares: the IRI scheme (Iris), slugs, typed literals, and the
validity and cited-fact patterns.

IRIs are deterministic (derived from article numbers, law numbers, dates and claim content
hashes); blank nodes are never used for data.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from kgbuild.namespaces import DEFAULT_BASE, ELI, RSL
from kgbuild.sources import Document, Fact, Version

DSD_CONVICTIONS = URIRef(DEFAULT_BASE + "dsd/convictions")
TEST_DOCUMENT_KIND = "test-document"
"""Catalogue kind of documents written for the tests: their claims are flagged as test data
and left out of the statistics views."""


@dataclass(frozen=True)
class Iris:
    """Mints the IRIs of instance data from one configurable base."""

    base: str = DEFAULT_BASE

    def _iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    @property
    def code(self) -> URIRef:
        return self._iri("eli/ru/fz/1996/63")

    def article(self, number: str) -> URIRef:
        return URIRef(f"{self.code}/art_{number.replace('.', '_')}")

    def unit(self, number: str, part: str | None, note: str | None = None) -> URIRef:
        article = self.article(number)
        if note is not None:
            return URIRef(f"{article}/note_{slug(note)}")
        if part is None:
            return article
        if part.startswith("note"):
            return URIRef(f"{article}/note_{slug(part.removeprefix('note'))}")
        return URIRef(f"{article}/part_{slug(part)}")

    def version(self, version: Version) -> URIRef:
        unit = self.unit(version.article, version.part, version.note)
        return URIRef(f"{unit}/version/{version.start.value}")

    def law(self, law_id: str) -> URIRef:
        parts = law_id.split("-")
        if len(parts) == 3:
            return self._iri(f"eli/ru/fz/{parts[1]}/{parts[2]}")
        # number not verified: named by the signature day until it is
        return self._iri(f"eli/ru/fz/{parts[1]}/signed-{'-'.join(parts[1:])}")

    def effect(
        self, law_id: str, article: str, part: str | None, kind: str, note: str | None = None
    ) -> URIRef:
        unit = f"art_{article.replace('.', '_')}" + (f"_part_{slug(part)}" if part else "")
        unit += f"_note_{slug(note)}" if note else ""
        return URIRef(f"{self.law(law_id)}/effect/{unit}/{kind}")

    def source(self, source_id: str) -> URIRef:
        return self._iri(f"source/{source_id}")

    def document(self, doc: Document) -> URIRef:
        return self._iri(f"document/{doc.id}")

    def dataset(self, doc: Document) -> URIRef:
        return self._iri(f"dataset/{doc.id}")

    def claim(self, claim_id: str) -> URIRef:
        return self._iri(f"claim/{claim_id}")

    def organisation(self, name: str) -> URIRef:
        return self._iri(f"organisation/{slug(name)}")

    def extraction(self, doc: Document) -> URIRef:
        return self._iri(f"activity/extraction/{doc.id}")

    @property
    def reasoning(self) -> URIRef:
        return self._iri("activity/reasoning")

    @property
    def catalogue(self) -> URIRef:
        return self._iri("catalogue")

    @property
    def main_dataset(self) -> URIRef:
        return self._iri("dataset")


def slug(text: str) -> str:
    """Lower-case ASCII slug: letters, digits and single hyphens."""
    value = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return value or "x"


def date_literal(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def decimal_literal(value: float) -> Literal:
    """xsd:decimal in its XSD 1.1 canonical form ("20", "1.5"), the form SPARQL stores such
    as Oxigraph keep: the dumps, the store and a server's answers then carry the same term."""
    return Literal(format(Decimal(repr(value)).normalize(), "f"), datatype=XSD.decimal)


def add_validity(g: Graph, iris: Iris, node: URIRef, start: Any, end: Any | None) -> None:
    """The version's first day in force and, when it has one, its last: each a fact."""
    add_fact(
        g,
        iris,
        node,
        ELI.first_date_entry_in_force,
        start,
        date_literal,
        "first_date_entry_in_force",
    )
    if end is not None:
        add_fact(
            g, iris, node, ELI.date_no_longer_in_force, end, date_literal, "date_no_longer_in_force"
        )


def add_fact(
    g: Graph, iris: Iris, subject: URIRef, prop: URIRef, fact: Fact[Any], to_literal: Any, name: str
) -> None:
    """State the preferred value and document it in a fact record with source, confidence
    and every competing candidate."""
    g.add((subject, prop, to_literal(fact.value)))
    record = URIRef(f"{subject}/fact/{name}")
    g.add((subject, RSL.statuteFact, record))
    g.add((record, RSL.statuteProperty, prop))
    g.add((record, RSL.value, to_literal(fact.value)))
    g.add((record, RSL.confidence, Literal(fact.confidence)))
    g.add((record, RSL.preferred, Literal(True)))
    if fact.source:
        g.add((record, RSL.source, iris.source(fact.source)))
    if fact.reason:
        g.add((record, RSL.reason, Literal(fact.reason)))
    if fact.note:
        g.add((record, RDFS.comment, Literal(fact.note, lang="en")))
    if fact.derived_from is not None:
        g.add((record, RSL.derived, Literal(True)))
        g.add((record, RSL.derivedFromPublication, date_literal(fact.derived_from)))
    for index, cand in enumerate(fact.candidates, start=1):
        other = URIRef(f"{record}/candidate-{index}")
        g.add((subject, RSL.statuteFact, other))
        g.add((other, RSL.statuteProperty, prop))
        if cand.value is not None:
            g.add((other, RSL.value, to_literal(cand.value)))
        g.add((other, RSL.preferred, Literal(False)))
        g.add((other, RSL.confidence, Literal("low")))
        if cand.source:
            g.add((other, RSL.source, iris.source(cand.source)))
        if cand.note:
            g.add((other, RDFS.comment, Literal(cand.note)))
