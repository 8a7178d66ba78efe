"""The one place for IRIs and prefixes used by the package, the ontology, shapes and queries."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SDO, SH, SKOS, VOID, XSD

DEFAULT_BASE = "https://w3id.org/ru-seclaw/"

RSL = Namespace(DEFAULT_BASE + "ontology#")
"""Project terms, minted only where no standard term fits."""
OFF = Namespace(DEFAULT_BASE + "offence/")
"""The offence SKOS scheme; concept IRIs are OFF[slug]."""
SANCTION_TYPE = Namespace(DEFAULT_BASE + "sanction-type/")
SANCTION_ROLE = Namespace(DEFAULT_BASE + "sanction-role/")
UNIT = Namespace(DEFAULT_BASE + "unit/")
GUILT = Namespace(DEFAULT_BASE + "guilt/")
EFFECT_KIND = Namespace(DEFAULT_BASE + "effect-kind/")
GRAVITY = Namespace(DEFAULT_BASE + "gravity/")
VANN = Namespace("http://purl.org/vocab/vann/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
QB = Namespace("http://purl.org/linked-data/cube#")
ICCS = Namespace("https://w3id.org/ru-seclaw/iccs/")
RSLSH = Namespace(DEFAULT_BASE + "shapes#")

PREFIXES: dict[str, str] = {
    "rsl": str(RSL),
    "off": str(OFF),
    "stype": str(SANCTION_TYPE),
    "srole": str(SANCTION_ROLE),
    "unit": str(UNIT),
    "guilt": str(GUILT),
    "effect": str(EFFECT_KIND),
    "gravity": str(GRAVITY),
    "vann": str(VANN),
    "eli": str(ELI),
    "oa": str(OA),
    "qb": str(QB),
    "iccs": str(ICCS),
    "rslsh": str(RSLSH),
    "dcat": str(DCAT),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SDO),
    "sh": str(SH),
    "skos": str(SKOS),
    "void": str(VOID),
    "xsd": str(XSD),
}
