"""Stage 4 (part): Art. 15's versions and the gravity periods the reasoner classifies.

A gravity period is an article version during the days one version of Art. 15 was in force:
the intersection of the two half-open validity intervals. A version in force across a change
of Art. 15 has one period on each side, so its category can differ between them.
"""

from __future__ import annotations

import datetime as dt

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kgbuild.mapping.common import Iris, add_validity, date_literal, decimal_literal
from kgbuild.namespaces import ELI, GRAVITY, GUILT, RSL
from kgbuild.sources import CategoriesVersion, Register


def categories_version_iri(iris: Iris, version: CategoriesVersion) -> URIRef:
    return URIRef(f"{iris.article('15')}/version/{version.start.value}")


def map_categories(register: Register, iris: Iris) -> Graph:
    """Art. 15's versions with their rules, and one gravity period per article version and
    Art. 15 version that were in force together."""
    g = Graph()
    article = iris.article("15")
    g.add((article, RDF.type, RSL.Article))
    g.add((iris.code, ELI.has_part, article))
    g.add((article, ELI.is_part_of, iris.code))
    g.add((article, ELI.number, Literal("15")))
    g.add((article, RSL.articleNumber, Literal("15")))
    g.add((article, RDFS.label, Literal("Article 15: Categories of crimes", lang="en")))
    g.add((article, RDFS.label, Literal("Статья 15. Категории преступлений", lang="ru")))
    previous: URIRef | None = None
    for version in register.categories:
        node = categories_version_iri(iris, version)
        g.add((node, RDF.type, RSL.CategoriesVersion))
        g.add((node, ELI.realizes, article))
        g.add((node, RSL.articleNumber, Literal("15")))
        g.add((node, RSL.confidence, Literal(version.confidence)))
        g.add((node, RSL.enactedBy, iris.law(version.enacted_by)))
        label = f"Article 15 (categories of crimes), version in force from {version.start.value}"
        g.add((node, RDFS.label, Literal(label, lang="en")))
        if version.source:
            g.add((node, RSL.source, iris.source(version.source)))
        if version.note:
            g.add((node, RDFS.comment, Literal(version.note, lang="en")))
        if version.quote:
            g.add((node, RSL.quote, Literal(version.quote, lang="ru")))
        add_validity(g, iris, node, version.start, version.end)
        if previous is not None:
            g.add((node, PROV.wasRevisionOf, previous))
        previous = node
        for index, rule in enumerate(version.rules, start=1):
            rnode = URIRef(f"{node}/rule/{index}")
            g.add((node, RSL.categoryRule, rnode))
            g.add((rnode, RDF.type, RSL.CategoryRule))
            g.add((rnode, RSL.category, GRAVITY[rule.category]))
            for guilt in rule.guilt:
                g.add((rnode, RSL.guilt, GUILT[guilt]))
            if rule.above is not None:
                g.add((rnode, RSL.maxYearsAbove, decimal_literal(rule.above)))
            if rule.at_most is not None:
                g.add((rnode, RSL.maxYearsAtMost, decimal_literal(rule.at_most)))
            g.add((rnode, RSL.includesLife, Literal(rule.life)))
    _map_periods(g, register, iris)
    return g


def _map_periods(g: Graph, register: Register, iris: Iris) -> None:
    for article in register.articles.values():
        for unit in article.units:
            if unit.note is not None:  # a note prescribes no punishment: it has no gravity
                continue
            for version in unit.versions:
                vnode = iris.version(version)
                start, end = version.start.value, version.end.value if version.end else None
                for cat in register.categories:
                    cat_end = cat.end.value if cat.end else None
                    first = max(start, cat.start.value)
                    last = _earliest(end, cat_end)
                    if last is not None and first >= last:
                        continue
                    period = URIRef(f"{vnode}/gravity/{first}")
                    g.add((period, RDF.type, RSL.GravityPeriod))
                    g.add((period, RSL.periodOf, vnode))
                    g.add((period, RSL.underCategories, categories_version_iri(iris, cat)))
                    g.add((period, RSL.classifiedFrom, date_literal(first)))
                    if last is not None:
                        g.add((period, RSL.classifiedUntil, date_literal(last)))


def _earliest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)
