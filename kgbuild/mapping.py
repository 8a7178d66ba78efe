"""Stage 4: map the statute register and the curated claims to RDF.

IRIs are deterministic (derived from article numbers, law numbers, dates and claim content
hashes); blank nodes are never used for data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF, RDFS, SDO, XSD

from kgbuild import __version__
from kgbuild.claims import Claim
from kgbuild.curation import CuratedClaim
from kgbuild.namespaces import (
    DEFAULT_BASE,
    EFFECT_KIND,
    ELI,
    GUILT,
    OA,
    OFF,
    QB,
    RSL,
    SANCTION_ROLE,
    SANCTION_TYPE,
    UNIT,
)
from kgbuild.sources import (
    Article,
    Document,
    Fact,
    Law,
    Register,
    Sanction,
    Source,
    Version,
)

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


def _date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def _decimal(value: float) -> Literal:
    """xsd:decimal in its XSD 1.1 canonical form ("20", "1.5"), the form SPARQL stores such
    as Oxigraph keep: the dumps, the store and a server's answers then carry the same term."""
    return Literal(format(Decimal(repr(value)).normalize(), "f"), datatype=XSD.decimal)


def _add_validity(g: Graph, iris: Iris, node: URIRef, start: Any, end: Any | None) -> None:
    """The version's first day in force and, when it has one, its last: each a fact."""
    _add_fact(
        g, iris, node, ELI.first_date_entry_in_force, start, _date, "first_date_entry_in_force"
    )
    if end is not None:
        _add_fact(g, iris, node, ELI.date_no_longer_in_force, end, _date, "date_no_longer_in_force")


def _add_fact(
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
        g.add((record, RSL.derivedFromPublication, _date(fact.derived_from)))
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


# ---------------------------------------------------------------------------- statutes


def map_statutes(register: Register, iris: Iris) -> Graph:
    """The legal layer: code, articles, parts, versions, sanctions, laws, effects, sources."""
    g = Graph()
    for source in register.sources.values():
        _map_source(g, iris, source)
    code = iris.code
    g.add((code, RDF.type, RSL.Code))
    g.add((code, ELI.id_local, Literal("63-FZ")))
    g.add((code, ELI.title, Literal("Уголовный кодекс Российской Федерации", lang="ru")))
    g.add((code, ELI.title, Literal("Criminal Code of the Russian Federation", lang="en")))
    g.add((code, RDFS.label, Literal("Criminal Code of the Russian Federation", lang="en")))
    versions_by_unit: dict[URIRef, list[Version]] = {}
    for article in register.articles.values():
        _map_article(g, iris, article, versions_by_unit)
    for law in register.laws.values():
        _map_law(g, iris, law, versions_by_unit)
    return g


def _map_source(g: Graph, iris: Iris, source: Source) -> None:
    node = iris.source(source.id)
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, DCTERMS.identifier, Literal(source.id)))
    g.add((node, DCTERMS.title, Literal(source.title)))
    g.add((node, RSL.sourceKind, Literal(source.kind)))
    if source.publisher:
        g.add((node, DCTERMS.publisher, Literal(source.publisher)))
    if source.url:
        g.add((node, SDO.url, Literal(source.url, datatype=XSD.anyURI)))
    if source.language:
        g.add((node, DCTERMS.language, Literal(source.language)))
    if source.says:
        g.add((node, RDFS.comment, Literal(source.says, lang="en")))
    if source.quote:
        g.add((node, RSL.quote, Literal(source.quote)))


def _map_article(
    g: Graph, iris: Iris, article: Article, versions_by_unit: dict[URIRef, list[Version]]
) -> None:
    node = iris.article(article.number)
    g.add((node, RDF.type, RSL.Article))
    g.add((node, RDF.type, RSL.RegisterArticle))
    g.add((iris.code, ELI.has_part, node))
    g.add((node, ELI.is_part_of, iris.code))
    g.add((node, ELI.number, Literal(article.number)))
    g.add((node, RSL.articleNumber, Literal(article.number)))
    g.add((node, RSL.guilt, GUILT[article.guilt]))
    g.add((node, RSL.confidence, Literal(article.confidence)))
    if article.source:
        g.add((node, RSL.source, iris.source(article.source)))
    label = f"Article {article.number}" + (f": {article.title_en}" if article.title_en else "")
    g.add((node, RDFS.label, Literal(label, lang="en")))
    if article.title_ru:
        g.add((node, ELI.title, Literal(article.title_ru, lang="ru")))
        g.add(
            (node, RDFS.label, Literal(f"Статья {article.number}. {article.title_ru}", lang="ru"))
        )
    if article.title_en:
        g.add((node, ELI.title, Literal(article.title_en, lang="en")))
    if article.offence:
        g.add((node, RSL.definesOffence, OFF[article.offence]))
    for unit in article.units:
        unit_node = iris.unit(article.number, unit.part, unit.note)
        versions_by_unit[unit_node] = list(unit.versions)
        if unit.note is not None:  # notes are mapped by mapping_notes
            continue
        if unit.part is not None:
            g.add((unit_node, RDF.type, RSL.Part))
            g.add((node, ELI.has_part, unit_node))
            g.add((unit_node, ELI.is_part_of, node))
            g.add((unit_node, ELI.number, Literal(unit.part)))
            g.add((unit_node, RSL.articleNumber, Literal(article.number)))
            g.add((unit_node, RSL.partNumber, Literal(unit.part)))
            g.add(
                (
                    unit_node,
                    RDFS.label,
                    Literal(f"Article {article.number} part {unit.part}", lang="en"),
                )
            )
            g.add(
                (
                    unit_node,
                    RDFS.label,
                    Literal(f"Статья {article.number} часть {unit.part}", lang="ru"),
                )
            )
            if article.offence:
                g.add((unit_node, RSL.definesOffence, OFF[article.offence]))
        previous: URIRef | None = None
        for version in unit.versions:
            vnode = _map_version(g, iris, article, version, unit_node)
            if previous is not None:
                g.add((vnode, PROV.wasRevisionOf, previous))
            previous = vnode


def _map_version(
    g: Graph, iris: Iris, article: Article, version: Version, unit_node: URIRef
) -> URIRef:
    node = iris.version(version)
    g.add((node, RDF.type, RSL.UnitVersion))
    g.add((node, ELI.realizes, unit_node))
    g.add((node, RSL.articleNumber, Literal(article.number)))
    if version.part is not None:
        g.add((node, RSL.partNumber, Literal(version.part)))
    g.add((node, RSL.guilt, GUILT[article.guilt]))
    g.add((node, RSL.confidence, Literal(version.confidence)))
    if version.source:
        g.add((node, RSL.source, iris.source(version.source)))
    where = f"Article {article.number}" + (f" part {version.part}" if version.part else "")
    g.add(
        (
            node,
            RDFS.label,
            Literal(f"{where}, version in force from {version.start.value}", lang="en"),
        )
    )
    _add_validity(g, iris, node, version.start, version.end)
    if version.quote:
        g.add((node, RSL.sanctionClause, Literal(version.quote, lang="ru")))
    g.add((node, RSL.enactedBy, iris.law(version.enacted_by)))
    max_terms = [
        s.max_years.value
        for s in version.sanctions
        if s.type == "imprisonment" and s.max_years is not None
    ]
    if max_terms:
        g.add((node, RSL.maxImprisonmentYears, _decimal(max(max_terms))))
    life = any(s.type == "life_imprisonment" for s in version.sanctions)
    g.add((node, RSL.life, Literal(life)))
    death = any(s.type == "death_penalty" for s in version.sanctions)
    g.add((node, RSL.deathPenalty, Literal(death)))
    names: dict[str, int] = {}
    for sanction in version.sanctions:
        base_name = f"{sanction.role}-{sanction.type.replace('_', '-')}"
        names[base_name] = names.get(base_name, 0) + 1
        name = base_name if names[base_name] == 1 else f"{base_name}-{names[base_name]}"
        _map_sanction(g, iris, node, URIRef(f"{node}/sanction/{name}"), sanction)
    return node


_SANCTION_FACT_PROPS = {
    "min_years": RSL.minYears,
    "max_years": RSL.maxYears,
    "max_amount": RSL.maxAmount,
}


def _map_sanction(g: Graph, iris: Iris, version: URIRef, node: URIRef, sanction: Sanction) -> None:
    g.add((version, RSL.hasSanction, node))
    g.add((node, RDF.type, RSL.Sanction))
    owner = g.value(version, RDFS.label)
    kind = f"{sanction.role} sanction: {sanction.type.replace('_', ' ')}"
    g.add((node, RDFS.label, Literal(f"{owner}, {kind}" if owner else kind, lang="en")))
    g.add((node, RSL.sanctionType, SANCTION_TYPE[sanction.type]))
    g.add((node, RSL.sanctionRole, SANCTION_ROLE[sanction.role]))
    g.add((node, RSL.optional, Literal(sanction.optional)))
    if sanction.min_years is not None:
        _add_fact(g, iris, node, RSL.minYears, sanction.min_years, _decimal, "min_years")
    if sanction.max_years is not None:
        _add_fact(g, iris, node, RSL.maxYears, sanction.max_years, _decimal, "max_years")
    for unknown in sanction.unknown:
        # known to exist, value not found: a fact record without a value
        record = URIRef(f"{node}/fact/{unknown.key}")
        g.add((node, RSL.statuteFact, record))
        g.add((record, RSL.statuteProperty, _SANCTION_FACT_PROPS[unknown.key]))
        g.add((record, RSL.confidence, Literal("unverified")))
        g.add((record, RSL.preferred, Literal(True)))
        if unknown.source:
            g.add((record, RSL.source, iris.source(unknown.source)))
        if unknown.note:
            g.add((record, RDFS.comment, Literal(unknown.note, lang="en")))
    if sanction.min_years is not None or sanction.max_years is not None:
        g.add((node, RSL.termUnit, UNIT.year))
    if sanction.max_amount is not None:
        _add_fact(g, iris, node, RSL.maxAmount, sanction.max_amount, _decimal, "max_amount")
        if sanction.currency:
            g.add((node, SDO.currency, Literal(sanction.currency)))
    if sanction.note:
        g.add((node, RDFS.comment, Literal(sanction.note, lang="en")))


_LAW_DATE_PROPS = {
    "duma_adopted": RSL.dumaAdoptionDate,
    "council_approved": RSL.councilApprovalDate,
    "signed": RSL.signatureDate,
    "published": ELI.date_publication,
    "in_force": ELI.first_date_entry_in_force,
}


def _map_law(g: Graph, iris: Iris, law: Law, versions_by_unit: dict[URIRef, list[Version]]) -> None:
    node = iris.law(law.id)
    g.add((node, RDF.type, RSL.Code if law.id == "fz-1996-63" else RSL.AmendingLaw))
    g.add((node, RDF.type, ELI.LegalResource))
    g.add((node, ELI.id_local, Literal(law.number)))
    g.add((node, RSL.confidence, Literal(law.confidence)))
    if law.source:
        g.add((node, RSL.source, iris.source(law.source)))
    if law.title_ru:
        g.add((node, ELI.title, Literal(law.title_ru, lang="ru")))
    if law.title_en:
        g.add((node, ELI.title, Literal(law.title_en, lang="en")))
    signed = law.dates.get("signed")
    if law.number == "number unverified":
        label = "Federal Law" + (f" of {signed.value}" if signed else "") + " (number unverified)"
    else:
        label = f"Federal Law No. {law.number}" + (f" of {signed.value}" if signed else "")
    if node != iris.code:  # the Code has its own name (map_statutes): one English label
        g.add((node, RDFS.label, Literal(label, lang="en")))
    for key, fact in sorted(law.dates.items()):
        _add_fact(g, iris, node, _LAW_DATE_PROPS[key], fact, _date, key)
    for effect in law.effects:
        enode = iris.effect(law.id, effect.article, effect.part, effect.kind, effect.note)
        unit = iris.unit(effect.article, effect.part, effect.note)
        g.add((enode, RDF.type, RSL.Effect))
        g.add((node, ELI.changes, unit))
        g.add((enode, RSL.amendingLaw, node))
        g.add((enode, RSL.affectedUnit, unit))
        g.add((enode, RSL.effectKind, EFFECT_KIND[effect.kind]))
        _add_fact(g, iris, enode, RSL.inForceFrom, effect.in_force, _date, "in_force")
        if effect.summary:
            g.add((enode, RDFS.comment, Literal(effect.summary, lang="en")))
        for unit_node, versions in versions_by_unit.items():
            if unit_node != unit and not str(unit_node).startswith(str(unit) + "/"):
                continue
            for version in versions:
                if version.start.value == effect.in_force.value and version.enacted_by == law.id:
                    g.add((enode, RSL.resultingVersion, iris.version(version)))


# ---------------------------------------------------------------------------- documents


def map_documents(documents: Sequence[Document], iris: Iris) -> Graph:
    g = Graph()
    for doc in documents:
        node = iris.document(doc)
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, RDF.type, SDO.CreativeWork))
        g.add((node, DCTERMS.title, Literal(doc.title)))
        g.add((node, DCTERMS.identifier, Literal(doc.path)))
        g.add((node, DCTERMS.language, Literal(doc.language)))
        g.add((node, RSL.sha256, Literal(doc.sha256)))
        g.add((node, RSL.documentKind, Literal(doc.kind)))
        publisher = iris.organisation(doc.publisher)
        _map_organisation(g, publisher, doc.publisher)
        g.add((node, DCTERMS.publisher, publisher))
        g.add((node, PROV.wasAttributedTo, publisher))
        if doc.relayed_by:
            relay = iris.organisation(doc.relayed_by)
            _map_organisation(g, relay, doc.relayed_by)
            g.add((node, RSL.relayedBy, relay))
        if doc.published:
            g.add((node, DCTERMS.issued, _date(doc.published)))
        if doc.url:
            g.add((node, SDO.url, Literal(doc.url, datatype=XSD.anyURI)))
        for cited in doc.cites:
            org = iris.organisation(cited)
            _map_organisation(g, org, cited)
            g.add((node, SDO.citation, org))
        dataset = iris.dataset(doc)
        if doc.kind == TEST_DOCUMENT_KIND:
            g.add((node, RSL.testData, Literal(True)))
            g.add((dataset, RSL.testData, Literal(True)))
        else:
            # A test document's figures are data for the tests, never a published dataset.
            g.add((dataset, RDF.type, DCAT.Dataset))
        g.add((dataset, RDF.type, QB.DataSet))
        g.add((dataset, QB.structure, DSD_CONVICTIONS))
        g.add((dataset, DCTERMS.title, Literal(f"Figures reported in: {doc.title}", lang="en")))
        g.add((dataset, PROV.wasDerivedFrom, node))
        g.add((dataset, DCTERMS.publisher, publisher))
        activity = iris.extraction(doc)
        g.add((activity, RDF.type, PROV.Activity))
        g.add((activity, PROV.used, node))
        g.add((activity, RDFS.label, Literal(f"kgbuild {__version__} extraction of {doc.id}")))
        g.add((activity, RSL.toolVersion, Literal(f"kgbuild {__version__}")))
    return g


def _map_organisation(g: Graph, node: URIRef, name: str) -> None:
    g.add((node, RDF.type, PROV.Organization))
    g.add((node, SDO.name, Literal(name)))


# ---------------------------------------------------------------------------- claims

_KIND_CLASS = {
    "conviction_count": RSL.ConvictionObservation,
    "case_count": RSL.CaseCountObservation,
    "penalty_range": RSL.PenaltyClaim,
    "enactment": RSL.EnactmentClaim,
    "individual_sentence": RSL.Case,
}


def map_claims(
    curated: Iterable[CuratedClaim],
    documents: Sequence[Document],
    iris: Iris,
    known_articles: Iterable[str],
) -> Graph:
    """Every claim with its values, PROV and a Web Annotation anchoring its quote."""
    g = Graph()
    by_path = {doc.path: doc for doc in documents}
    articles = set(known_articles)
    for item in curated:
        claim = item.claim
        doc = by_path[claim.document]
        node = iris.claim(item.id)
        _map_claim_values(g, iris, node, claim, doc, articles)
        g.add((node, RSL.reviewStatus, Literal(item.status)))
        if doc.kind == TEST_DOCUMENT_KIND:
            g.add((node, RSL.testData, Literal(True)))
        if item.reason:
            g.add((node, RSL.reason, Literal(item.reason)))
        _map_provenance(g, iris, node, claim, doc)
        _map_evidence(g, iris, node, claim, doc)
    return g


def _map_claim_values(
    g: Graph, iris: Iris, node: URIRef, claim: Claim, doc: Document, articles: set[str]
) -> None:
    g.add((node, RDF.type, RSL.Claim))
    g.add((node, RDF.type, _KIND_CLASS[claim.kind]))
    g.add((node, RSL.claimKind, Literal(claim.kind)))
    g.add((node, DCTERMS.identifier, Literal(claim.id)))
    offences = [claim.offence] if isinstance(claim.offence, str) else list(claim.offence or ())
    for offence in offences:
        g.add((node, RSL.offence, OFF[offence]))
    for article in claim.articles:
        g.add((node, RSL.articleNumber, Literal(article)))
        if article in articles:
            g.add((node, RSL.aboutArticle, iris.article(article)))
    if claim.period_start:
        g.add((node, RSL.periodStart, Literal(claim.period_start, datatype=XSD.date)))
    if claim.period_end:
        g.add((node, RSL.periodEnd, Literal(claim.period_end, datatype=XSD.date)))
    if claim.count is not None:
        g.add((node, RSL["count"], Literal(claim.count)))
    if claim.qualifier:
        g.add((node, RSL.countQualifier, Literal(claim.qualifier)))
    if claim.unit:
        g.add((node, RSL.countUnit, Literal(claim.unit)))
    if claim.kind in ("conviction_count", "case_count"):
        g.add((node, RDF.type, QB.Observation))
        g.add((node, QB.dataSet, iris.dataset(doc)))
        g.add((node, RSL.scope, Literal(claim.scope or "all")))
    elif claim.scope:
        g.add((node, RSL.scope, Literal(claim.scope)))
    if claim.part_of:
        g.add((node, RSL.partOfTotal, iris.claim(claim.part_of)))
    if claim.min_years is not None:
        g.add((node, RSL.minYears, _decimal(claim.min_years)))
    if claim.max_years is not None:
        g.add((node, RSL.maxYears, _decimal(claim.max_years)))
    if claim.life is not None:
        g.add((node, RSL.life, Literal(claim.life)))
    if claim.date:
        g.add(
            (
                node,
                RSL.enactmentDate if claim.kind == "enactment" else RSL.verdictDate,
                Literal(claim.date),
            )
        )
    if claim.person:
        g.add((node, RSL.defendant, Literal(claim.person)))
    if claim.sentence_years is not None:
        g.add((node, RSL.sentenceYears, _decimal(claim.sentence_years)))
    if claim.court:
        g.add((node, RSL.court, Literal(claim.court)))
    if claim.change is not None:
        _map_change(g, iris, node, claim, doc)


def _map_change(g: Graph, iris: Iris, node: URIRef, claim: Claim, doc: Document) -> None:
    change = claim.change
    assert change is not None
    cnode = URIRef(f"{node}/change")
    g.add((node, RSL.change, cnode))
    g.add((cnode, RDF.type, RSL.ChangeClaim))
    g.add((cnode, RSL.changeFactor, _decimal(change.factor)))
    if change.qualifier:
        g.add((cnode, RSL.countQualifier, Literal(change.qualifier)))
    if change.baseline_start:
        g.add((cnode, RSL.baselineStart, Literal(change.baseline_start, datatype=XSD.date)))
    if change.baseline_end:
        g.add((cnode, RSL.baselineEnd, Literal(change.baseline_end, datatype=XSD.date)))
    if claim.count is None or not change.factor or not change.baseline_start:
        return
    # The baseline count a change claim implies: kept, and marked as derived.
    derived = URIRef(f"{node}/derived-baseline")
    g.add((cnode, RSL.impliesBaseline, derived))
    g.add((derived, RDF.type, RSL.ConvictionObservation))
    g.add((derived, RDF.type, QB.Observation))
    g.add((derived, QB.dataSet, iris.dataset(doc)))
    g.add((derived, RSL.derived, Literal(True)))
    g.add((derived, PROV.wasDerivedFrom, cnode))
    g.add((derived, RSL["count"], Literal(round(claim.count / change.factor))))
    g.add((derived, RSL.countQualifier, Literal("about")))
    g.add((derived, RSL.countUnit, Literal(claim.unit or "people")))
    g.add((derived, RSL.scope, Literal(claim.scope or "all")))
    g.add((derived, RSL.periodStart, Literal(change.baseline_start, datatype=XSD.date)))
    g.add((derived, RSL.periodEnd, Literal(change.baseline_end, datatype=XSD.date)))
    offences = [claim.offence] if isinstance(claim.offence, str) else list(claim.offence or ())
    for offence in offences:
        g.add((derived, RSL.offence, OFF[offence]))
    g.add(
        (
            derived,
            RDFS.comment,
            Literal(
                f"Derived: {claim.count} divided by the reported factor "
                f"{change.factor:g}, rounded.",
                lang="en",
            ),
        )
    )


def reporters(claim: Claim, doc: Document) -> list[str]:
    """Who stands behind a figure: the organisation the text credits, then the outlet."""
    names = []
    if claim.reported_by and claim.reported_by != doc.publisher:
        names.append(claim.reported_by)
    names.append(doc.publisher)
    return names


def _map_provenance(g: Graph, iris: Iris, node: URIRef, claim: Claim, doc: Document) -> None:
    names = reporters(claim, doc)
    label = names[0] + (f" (via {names[1]})" if len(names) > 1 else "")
    g.add((node, RSL.reportedBy, Literal(label)))
    g.add((node, PROV.wasDerivedFrom, iris.document(doc)))
    g.add((node, PROV.wasGeneratedBy, iris.extraction(doc)))
    g.add((node, RSL.rule, Literal(claim.rule)))
    for role, name in zip(("originator", "relay"), names, strict=False):
        org = iris.organisation(name)
        _map_organisation(g, org, name)
        g.add((node, PROV.wasAttributedTo, org))
        attribution = URIRef(f"{node}/attribution/{role}")
        g.add((node, PROV.qualifiedAttribution, attribution))
        g.add((attribution, RDF.type, PROV.Attribution))
        g.add((attribution, PROV.agent, org))
        g.add((attribution, PROV.hadRole, RSL[role.capitalize()]))


_CONTEXT = 32


def _map_evidence(g: Graph, iris: Iris, node: URIRef, claim: Claim, doc: Document) -> None:
    annotation = URIRef(f"{node}/evidence")
    target = URIRef(f"{annotation}/target")
    quote_sel = URIRef(f"{annotation}/quote")
    position = URIRef(f"{annotation}/position")
    g.add((node, RSL.evidence, annotation))
    g.add((annotation, RDF.type, OA.Annotation))
    g.add((annotation, OA.motivatedBy, OA.describing))
    g.add((annotation, OA.hasBody, node))
    g.add((annotation, OA.hasTarget, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, iris.document(doc)))
    g.add((target, OA.hasSelector, quote_sel))
    g.add((target, OA.hasSelector, position))
    g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
    g.add((quote_sel, OA.exact, Literal(claim.quote)))
    g.add((quote_sel, OA.prefix, Literal(doc.text[max(0, claim.start - _CONTEXT) : claim.start])))
    g.add((quote_sel, OA.suffix, Literal(doc.text[claim.end : claim.end + _CONTEXT])))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(claim.start)))
    g.add((position, OA.end, Literal(claim.end)))


__all__ = ["Iris", "map_claims", "map_documents", "map_statutes", "reporters", "slug"]
