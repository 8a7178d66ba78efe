"""Curated claims as Data Cube observations, penalty and enactment claims and cases, with
their provenance and the passage that anchors them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from kgbuild.claims import Claim
from kgbuild.curation import CuratedClaim
from kgbuild.mapping.common import TEST_DOCUMENT_KIND, Iris, decimal_literal
from kgbuild.mapping.documents import map_organisation
from kgbuild.namespaces import OA, OFF, QB, RSL
from kgbuild.sources import Document

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
        g.add((node, RSL.minYears, decimal_literal(claim.min_years)))
    if claim.max_years is not None:
        g.add((node, RSL.maxYears, decimal_literal(claim.max_years)))
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
        g.add((node, RSL.sentenceYears, decimal_literal(claim.sentence_years)))
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
    g.add((cnode, RSL.changeFactor, decimal_literal(change.factor)))
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
        map_organisation(g, org, name)
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
