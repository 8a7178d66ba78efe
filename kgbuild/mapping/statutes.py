"""The statute register as RDF: articles, units, versions, sanctions, laws and their
effects, each fact with its source and confidence."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SDO, XSD

from kgbuild.mapping.common import Iris, add_fact, add_validity, date_literal, decimal_literal
from kgbuild.namespaces import EFFECT_KIND, ELI, GUILT, OFF, RSL, SANCTION_ROLE, SANCTION_TYPE, UNIT
from kgbuild.sources import Article, Law, Register, Sanction, Source, Version


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
        if unit.note is not None:  # notes are mapped by mapping.notes
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
    add_validity(g, iris, node, version.start, version.end)
    if version.quote:
        g.add((node, RSL.sanctionClause, Literal(version.quote, lang="ru")))
    g.add((node, RSL.enactedBy, iris.law(version.enacted_by)))
    max_terms = [
        s.max_years.value
        for s in version.sanctions
        if s.type == "imprisonment" and s.max_years is not None
    ]
    if max_terms:
        g.add((node, RSL.maxImprisonmentYears, decimal_literal(max(max_terms))))
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
        add_fact(g, iris, node, RSL.minYears, sanction.min_years, decimal_literal, "min_years")
    if sanction.max_years is not None:
        add_fact(g, iris, node, RSL.maxYears, sanction.max_years, decimal_literal, "max_years")
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
        add_fact(g, iris, node, RSL.maxAmount, sanction.max_amount, decimal_literal, "max_amount")
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
        add_fact(g, iris, node, _LAW_DATE_PROPS[key], fact, date_literal, key)
    for effect in law.effects:
        enode = iris.effect(law.id, effect.article, effect.part, effect.kind, effect.note)
        unit = iris.unit(effect.article, effect.part, effect.note)
        g.add((enode, RDF.type, RSL.Effect))
        g.add((node, ELI.changes, unit))
        g.add((enode, RSL.amendingLaw, node))
        g.add((enode, RSL.affectedUnit, unit))
        g.add((enode, RSL.effectKind, EFFECT_KIND[effect.kind]))
        add_fact(g, iris, enode, RSL.inForceFrom, effect.in_force, date_literal, "in_force")
        if effect.summary:
            g.add((enode, RDFS.comment, Literal(effect.summary, lang="en")))
        for unit_node, versions in versions_by_unit.items():
            if unit_node != unit and not str(unit_node).startswith(str(unit) + "/"):
                continue
            for version in versions:
                if version.start.value == effect.in_force.value and version.enacted_by == law.id:
                    g.add((enode, RSL.resultingVersion, iris.version(version)))
