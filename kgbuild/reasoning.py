"""Stage 5: classify versions into Art. 15 gravity categories with owlready2's HermiT.

What is classified is a gravity period (kgbuild.mapping.categories): an article version
during the days one version of Art. 15 was in force. The category classes' definitions are
built here from the rules of every Art. 15 version in the data (seeds/statutes/
categories.yaml), so each period is judged by the Art. 15 of its own days.

HermiT runs on Java (installed by .ci/run). It is given the slice of the ontology the
definitions use (SLICE_TERMS), not all of it: classifying the whole ontology's classes and
properties doubled its time and decided nothing here. The same run checks that the periods'
facts are consistent with that slice (one maximum term per version); the whole published
ontology is reasoned over, with individuals, in tests/test_ontology.py. Inferred triples
are returned apart from the asserted graph, and each classified period is marked with the
reasoning activity that inferred its category.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from kgbuild import __version__
from kgbuild.errors import InputError, KgbuildError, Problem
from kgbuild.namespaces import DEFAULT_BASE, GRAVITY, RSL, SANCTION_TYPE

log = logging.getLogger(__name__)

CATEGORY_OF_CLASS = {
    RSL.SmallGravityVersion: GRAVITY.small,
    RSL.MediumGravityVersion: GRAVITY.medium,
    RSL.GraveVersion: GRAVITY.grave,
    RSL.ParticularlyGraveVersion: GRAVITY.particularly_grave,
}
CLASS_OF_CATEGORY = {concept: cls for cls, concept in CATEGORY_OF_CLASS.items()}


JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
"""HermiT's JVM runs a few seconds: the client compiler alone and the serial collector
cut its CPU time about threefold (12 s to 4 s on the seed build), the JIT's optimising
tier and the parallel collector's threads never paying off in so short a run."""


@contextmanager
def _jvm_options() -> Iterator[None]:
    """JVM_OPTIONS for the `java` that owlready2 starts (through JDK_JAVA_OPTIONS, which
    the launcher reads; owlready2 has no argument for them). The user's own options in that
    variable come after ours, so they win."""
    from owlready2 import reasoning

    own = os.environ.get("JDK_JAVA_OPTIONS", "")
    saved = getattr(reasoning, "_subprocess_kargs", None)
    if not isinstance(saved, dict):  # a private attribute: without it, Java's own defaults
        yield
        return
    env = dict(os.environ, JDK_JAVA_OPTIONS=f"{JVM_OPTIONS} {own}".strip())
    reasoning._subprocess_kargs = {**saved, "env": env}
    try:
        yield
    finally:
        reasoning._subprocess_kargs = saved


class ReasonerError(KgbuildError):
    """The reasoner could not run (no Java) or found the ontology inconsistent."""


@dataclass(frozen=True)
class ReasoningResult:
    inferred: Graph
    classified: int
    derived_in_code: int
    seconds: float


def _periods(data: Graph) -> list[URIRef]:
    return sorted({p for p in data.subjects(RDF.type, RSL.GravityPeriod) if isinstance(p, URIRef)})


def _list(g: Graph, items: list[Any]) -> BNode:
    head = BNode()
    Collection(g, head, items)
    return head


def _class(g: Graph, kind: URIRef, members: list[Any]) -> Any:
    """An owl:intersectionOf or owl:unionOf class; one member stands for itself."""
    if len(members) == 1:
        return members[0]
    node = BNode()
    g.add((node, RDF.type, OWL.Class))
    g.add((node, kind, _list(g, members)))
    return node


def _has_value(g: Graph, prop: URIRef, value: Any) -> BNode:
    node = BNode()
    g.add((node, RDF.type, OWL.Restriction))
    g.add((node, OWL.onProperty, prop))
    g.add((node, OWL.hasValue, value))
    return node


def _term_between(g: Graph, above: Any, at_most: Any) -> BNode:
    """maxImprisonmentYears some decimal in (above, at_most]."""
    facets = []
    for facet, value in ((XSD.minExclusive, above), (XSD.maxInclusive, at_most)):
        if value is not None:
            f = BNode()
            g.add((f, facet, Literal(str(value), datatype=XSD.decimal)))
            facets.append(f)
    datatype = BNode()
    g.add((datatype, RDF.type, RDFS.Datatype))
    g.add((datatype, OWL.onDatatype, XSD.decimal))
    g.add((datatype, OWL.withRestrictions, _list(g, facets)))
    node = BNode()
    g.add((node, RDF.type, OWL.Restriction))
    g.add((node, OWL.onProperty, RSL.maxImprisonmentYears))
    g.add((node, OWL.someValuesFrom, datatype))
    return node


def _category_axioms(data: Graph, g: Graph) -> dict[URIRef, URIRef]:
    """One named class per Art. 15 version, rule, form of guilt and branch ("more than
    ten years", "life" or "death"), defined as a plain intersection and a subclass of its category.

    Conjunctions only: HermiT realises individuals against them in milliseconds, while the
    same rules as one union per category took minutes. Returns each class's category class.
    """
    category_of: dict[URIRef, URIRef] = {}
    for version in sorted(data.subjects(RDF.type, RSL.CategoriesVersion), key=str):
        for index, rule in enumerate(sorted(data.objects(version, RSL.categoryRule), key=str), 1):
            category = data.value(rule, RSL.category)
            cls = CLASS_OF_CATEGORY.get(category) if isinstance(category, URIRef) else None
            if cls is None:
                continue
            above = data.value(rule, RSL.maxYearsAbove)
            at_most = data.value(rule, RSL.maxYearsAtMost)
            branches: list[tuple[str, list[Any]]] = []
            if above is not None or at_most is not None:
                branches.append(
                    (
                        "term",
                        [_has_value(g, RSL.life, Literal(False)), _term_between(g, above, at_most)],
                    )
                )
                if data.value(rule, RSL.includesLife) == Literal(True):
                    # "more than ten years or a harsher penalty": the term alone suffices
                    branches[-1] = ("term", [_term_between(g, above, at_most)])
            if data.value(rule, RSL.includesLife) == Literal(True):
                branches.append(("life", [_has_value(g, RSL.life, Literal(True))]))
                # the death penalty is harsher still (Art. 15 part 5, "или более строгое")
                branches.append(("death", [_has_value(g, RSL.deathPenalty, Literal(True))]))
            for guilt in sorted(data.objects(rule, RSL.guilt), key=str):
                for branch, conditions in branches:
                    name = URIRef(
                        f"{version}/rule/{index}/{str(guilt).rsplit('/', 1)[-1]}/{branch}"
                    )
                    g.add((name, RDF.type, OWL.Class))
                    g.add((name, RDFS.subClassOf, cls))
                    g.add(
                        (
                            name,
                            OWL.equivalentClass,
                            _class(
                                g,
                                OWL.intersectionOf,
                                [
                                    RSL.GravityPeriod,
                                    _has_value(g, RSL.underCategories, version),
                                    _has_value(g, RSL.guilt, guilt),
                                    *conditions,
                                ],
                            ),
                        )
                    )
                    category_of[name] = cls
    return category_of


_FACTS = (RSL.guilt, RSL.life, RSL.deathPenalty, RSL.maxImprisonmentYears)
"""The facts of a period's version that the category definitions read."""

SLICE_TERMS = (
    RSL.GravityPeriod,
    RSL.CategoriesVersion,
    *CATEGORY_OF_CLASS,
    RSL.underCategories,
    *_FACTS,
)
"""The ontology's terms the category definitions use; HermiT sees their axioms only."""
_SLICE_PREDICATES = (RDF.type, RDFS.subClassOf, OWL.disjointWith, RDFS.range)

Signature = tuple[tuple[Any, ...], ...]


def _signature(data: Graph, period: URIRef) -> Signature:
    """What the definitions can see of a period: its Art. 15 version and its version's
    facts. Two periods with the same signature fall in the same classes."""
    of = data.value(period, RSL.periodOf)
    return (
        tuple(sorted(data.objects(period, RSL.underCategories), key=str)),
        *(tuple(sorted(data.objects(of, prop), key=str)) for prop in _FACTS),
    )


def _representatives(data: Graph) -> dict[URIRef, URIRef]:
    """Each period -> the first period (in IRI order) with its signature.

    HermiT decides each instance test against the whole ABox, so its time grows with the
    square of the individuals: the seed build's 215 periods took 22 s, their 47 distinct
    signatures 4 s. Only the representatives are given to it; every other period takes
    its representative's classes, which the definitions guarantee (they read nothing
    else)."""
    first: dict[Signature, URIRef] = {}
    return {period: first.setdefault(_signature(data, period), period) for period in _periods(data)}


def _reasoner_input(
    ontology: Graph, data: Graph, periods: list[URIRef]
) -> tuple[Graph, dict[URIRef, URIRef]]:
    """What HermiT sees: the ontology's slice, the category definitions of every Art. 15 version,
    and for each given period the facts of its version the definitions depend on."""
    g = Graph()
    for term in SLICE_TERMS:
        for predicate, value in ontology.predicate_objects(term):
            # HermiT accepts only the OWL 2 datatype map, which has no xsd:date; domains
            # (unions of blank nodes) and annotations say nothing the classification needs.
            if predicate in _SLICE_PREDICATES and isinstance(value, URIRef) and value != XSD.date:
                g.add((term, predicate, value))
    for triple in ontology.triples((None, OWL.differentFrom, None)):
        g.add(triple)
    for version in data.subjects(RDF.type, RSL.CategoriesVersion):
        g.add((version, RDF.type, RSL.CategoriesVersion))
        g.add((version, RDF.type, OWL.NamedIndividual))
    for period in periods:
        of = data.value(period, RSL.periodOf)
        g.add((period, RDF.type, RSL.GravityPeriod))
        g.add((period, RDF.type, OWL.NamedIndividual))
        for categories in data.objects(period, RSL.underCategories):
            g.add((period, RSL.underCategories, categories))
        for prop in _FACTS:
            for value in data.objects(of, prop):
                g.add((period, prop, value))
                if isinstance(value, URIRef):
                    g.add((value, RDF.type, OWL.NamedIndividual))
    return g, _category_axioms(data, g)


def _prescribes_no_imprisonment(data: Graph, version: Any) -> bool:
    """Sanctions recorded, none of them deprivation of liberty (for a term or for life) or
    the death penalty."""
    sanctions = list(data.objects(version, RSL.hasSanction))
    if not sanctions or data.value(version, RSL.life) != Literal(False):
        return False
    if data.value(version, RSL.deathPenalty) == Literal(True):
        return False
    return all(data.value(s, RSL.sanctionType) != SANCTION_TYPE.imprisonment for s in sanctions)


REASONER_BATCHES = 2
"""The representatives go to HermiT in this many runs at once, each in its own JVM and
owlready2 World. HermiT's time grows faster than the number of individuals (on the seed
build: 28 of them 0.9 s, 56 of them 2.1 s, the JVM's start 0.4 s of each), and each
period's classes depend only on its own facts and the definitions, which every run gets
whole. Two runs use this machine's two cores while the build's main thread waits."""


def _hermit(ontology: Graph, data: Graph, periods: list[URIRef]) -> dict[URIRef, URIRef]:
    """HermiT's category class for each of these periods that it classifies."""
    import owlready2

    reasoner_graph, rule_classes = _reasoner_input(ontology, data, periods)
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
        found: dict[URIRef, URIRef] = {}
        for period in periods:
            individual = world[str(period)]
            if individual is None:
                continue
            for cls in individual.is_a:
                iri = URIRef(getattr(cls, "iri", ""))
                iri = rule_classes.get(iri, iri)
                if iri in CATEGORY_OF_CLASS:
                    found[period] = iri
        world.close()
    return found


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
    representative = _representatives(data)
    firsts = sorted(set(representative.values()))
    batches = [firsts[i::REASONER_BATCHES] for i in range(REASONER_BATCHES)]
    batches = [batch for batch in batches if batch]
    with _jvm_options():
        if len(batches) < 2:
            found = [_hermit(ontology, data, batch) for batch in batches]
        else:
            with ThreadPoolExecutor(len(batches), thread_name_prefix="kgbuild-hermit") as pool:
                found = list(pool.map(lambda batch: _hermit(ontology, data, batch), batches))
    by_representative = {period: cls for part in found for period, cls in part.items()}
    categories = {
        period: by_representative[first]
        for period, first in representative.items()
        if first in by_representative
    }
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
    for period in _periods(data):
        cls = categories.get(period)
        if cls is None and _prescribes_no_imprisonment(data, data.value(period, RSL.periodOf)):
            # OWL's open world cannot match "prescribes no deprivation of liberty at all";
            # every version of Art. 15 puts such an offence in the small category (part 2).
            # A version whose sanctions are not recorded, or whose term of imprisonment is
            # not known, stays unclassified: unknown is not "none".
            cls = RSL.SmallGravityVersion
            derived += 1
        if cls is None:
            continue
        inferred.add((period, RDF.type, cls))
        inferred.add((period, RSL.gravity, CATEGORY_OF_CLASS[cls]))
        inferred.add((period, RSL.inferredBy, activity))
    return ReasoningResult(inferred, len(categories), derived, time.perf_counter() - started)
