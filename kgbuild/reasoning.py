"""Stage 5: classify versions into Art. 15 gravity categories with owlready2's HermiT.

HermiT runs on Java (installed by .ci/run). The same run checks that the ontology plus the
data are consistent. Inferred triples are returned apart from the asserted graph, and each
classified version is marked with the reasoning activity that inferred its category.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from kgbuild import __version__
from kgbuild.errors import InputError, KgbuildError, Problem
from kgbuild.namespaces import DEFAULT_BASE, GRAVITY, QB, RSL

log = logging.getLogger(__name__)

CATEGORY_OF_CLASS = {
    RSL.SmallGravityVersion: GRAVITY.small,
    RSL.MediumGravityVersion: GRAVITY.medium,
    RSL.GraveVersion: GRAVITY.grave,
    RSL.ParticularlyGraveVersion: GRAVITY.particularly_grave,
}


class ReasonerError(KgbuildError):
    """The reasoner could not run (no Java) or found the ontology inconsistent."""


@dataclass(frozen=True)
class ReasoningResult:
    inferred: Graph
    classified: int
    derived_in_code: int
    seconds: float


def _versions(data: Graph) -> list[URIRef]:
    return sorted({v for v in data.subjects(RDF.type, RSL.UnitVersion) if isinstance(v, URIRef)})


def _reasoner_input(ontology: Graph, data: Graph) -> Graph:
    """What HermiT sees: the ontology and the facts the gravity classes depend on."""
    g = Graph()
    for triple in ontology:
        # HermiT accepts only the OWL 2 datatype map, which has no xsd:date; a range of
        # xsd:date says nothing the classification needs, so it is left out here.
        if triple[1] == RDFS.range and triple[2] == XSD.date:
            continue
        # Data Cube typings (qb:MeasureProperty...) would make owlready2 retype the
        # project's datatype properties, with warnings; classification needs none of them.
        if triple[1] == RDF.type and str(triple[2]).startswith(str(QB)):
            continue
        g.add(triple)
    for version in data.subjects(RDF.type, RSL.UnitVersion):
        g.add((version, RDF.type, RSL.UnitVersion))
        g.add((version, RDF.type, OWL.NamedIndividual))
        for prop in (RSL.guilt, RSL.life, RSL.maxImprisonmentYears):
            for value in data.objects(version, prop):
                g.add((version, prop, value))
                if isinstance(value, URIRef):
                    g.add((value, RDF.type, OWL.NamedIndividual))
    return g


def classify_gravity(ontology: Graph, data: Graph, base: str = DEFAULT_BASE) -> ReasoningResult:
    """Run HermiT and return the inferred gravity triples."""
    import time

    import owlready2

    if shutil.which("java") is None:
        raise ReasonerError(
            "Java is not installed; HermiT needs it. Install a JRE "
            "(apt-get install default-jre-headless) and try again."
        )
    started = time.perf_counter()
    reasoner_graph = _reasoner_input(ontology, data)
    with tempfile.TemporaryDirectory(prefix="kgbuild-reason-") as tmp:
        path = Path(tmp) / "input.nt"
        reasoner_graph.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load(format="ntriples")
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            raise InputError(
                [
                    Problem(
                        "ontology/",
                        None,
                        "HermiT finds the ontology and the register inconsistent (for example a "
                        "version with two different maximum terms)",
                        "check the latest edits to ontology/*.ttl and seeds/statutes/",
                    )
                ]
            ) from exc
        except owlready2.OwlReadyJavaError as exc:
            first = str(exc).strip().splitlines()
            raise ReasonerError("HermiT failed: " + " ".join(first[:3])) from exc
        categories: dict[URIRef, URIRef] = {}
        for version in _versions(data):
            individual = world[str(version)]
            if individual is None:
                continue
            for cls in individual.is_a:
                iri = URIRef(getattr(cls, "iri", ""))
                if iri in CATEGORY_OF_CLASS:
                    categories[version] = iri
    inferred = Graph()
    activity = URIRef(base + "activity/reasoning")
    inferred.add((activity, RDF.type, RSL.ReasoningActivity))
    inferred.add((activity, RDF.type, PROV.Activity))
    inferred.add(
        (
            activity,
            RDFS.label,
            Literal(f"kgbuild {__version__}: Art. 15 gravity classification by owlready2 HermiT"),
        )
    )
    inferred.add(
        (
            activity,
            RSL.toolVersion,
            Literal(f"kgbuild {__version__}; owlready2 {owlready2.VERSION}"),
        )
    )
    derived = 0
    for version in _versions(data):
        cls = categories.get(version)
        if (
            cls is None
            and data.value(version, RSL.maxImprisonmentYears) is None
            and data.value(version, RSL.life) == Literal(False)
            and data.value(version, RSL.hasSanction) is not None
        ):
            # OWL's open world cannot match "prescribes no deprivation of liberty at all";
            # Art. 15 part 2 puts such an offence in the small category. A version whose
            # sanctions are not recorded at all stays unclassified: unknown is not "none".
            cls = RSL.SmallGravityVersion
            derived += 1
        if cls is None:
            continue
        inferred.add((version, RDF.type, cls))
        inferred.add((version, RSL.gravity, CATEGORY_OF_CLASS[cls]))
        inferred.add((version, RSL.inferredBy, activity))
    return ReasoningResult(inferred, len(categories), derived, time.perf_counter() - started)
