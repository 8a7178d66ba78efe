"""Source documents as PROV entities with their publishers."""

from __future__ import annotations

from collections.abc import Sequence

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF, RDFS, SDO, XSD

from kgbuild import __version__
from kgbuild.mapping.common import DSD_CONVICTIONS, TEST_DOCUMENT_KIND, Iris, date_literal
from kgbuild.namespaces import QB, RSL
from kgbuild.sources import Document


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
        map_organisation(g, publisher, doc.publisher)
        g.add((node, DCTERMS.publisher, publisher))
        g.add((node, PROV.wasAttributedTo, publisher))
        if doc.relayed_by:
            relay = iris.organisation(doc.relayed_by)
            map_organisation(g, relay, doc.relayed_by)
            g.add((node, RSL.relayedBy, relay))
        if doc.published:
            g.add((node, DCTERMS.issued, date_literal(doc.published)))
        if doc.url:
            g.add((node, SDO.url, Literal(doc.url, datatype=XSD.anyURI)))
        for cited in doc.cites:
            org = iris.organisation(cited)
            map_organisation(g, org, cited)
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


def map_organisation(g: Graph, node: URIRef, name: str) -> None:
    g.add((node, RDF.type, PROV.Organization))
    g.add((node, SDO.name, Literal(name)))
