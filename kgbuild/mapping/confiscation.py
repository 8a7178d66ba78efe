"""Stage 4 (part): Art. 104.1 part 1 point "а" (confiscation of property) and the register's
articles it lists, each listing with the days it is known to apply."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kgbuild.mapping.common import Iris, add_fact, date_literal
from kgbuild.namespaces import ELI, RSL
from kgbuild.sources import Register


def confiscation_point(iris: Iris) -> URIRef:
    return URIRef(f"{iris.article('104.1')}/part_1/point_a")


def map_confiscation(register: Register, iris: Iris) -> Graph:
    g = Graph()
    if not register.confiscation:
        return g
    article, point = iris.article("104.1"), confiscation_point(iris)
    g.add((article, RDF.type, RSL.Article))
    g.add((iris.code, ELI.has_part, article))
    g.add((article, ELI.is_part_of, iris.code))
    g.add((article, ELI.number, Literal("104.1")))
    g.add((article, RSL.articleNumber, Literal("104.1")))
    g.add((article, RDFS.label, Literal("Article 104.1: Confiscation of property", lang="en")))
    g.add((article, RDFS.label, Literal("Статья 104.1. Конфискация имущества", lang="ru")))
    g.add((point, RDF.type, RSL.Point))
    g.add((point, ELI.is_part_of, article))
    g.add((article, ELI.has_part, point))
    g.add((point, ELI.number, Literal("1(а)")))
    g.add((point, RDFS.label, Literal('Article 104.1 part 1 point "а"', lang="en")))
    for listing in register.confiscation:
        node = URIRef(f"{point}/listing/art_{listing.article.replace('.', '_')}")
        g.add((node, RDF.type, RSL.ConfiscationListing))
        g.add((node, RSL.listedIn, point))
        g.add((node, RSL.listedArticle, iris.article(listing.article)))
        g.add((node, RSL.articleNumber, Literal(listing.article)))
        for part in listing.parts:
            g.add((node, RSL.partNumber, Literal(part)))
        label = f'Art. {listing.article} listed in Art. 104.1 part 1 point "а"'
        g.add((node, RDFS.label, Literal(label, lang="en")))
        g.add((node, RSL.confidence, Literal(listing.confidence)))
        if listing.source:
            g.add((node, RSL.source, iris.source(listing.source)))
        if listing.condition:
            g.add((node, RSL.condition, Literal(listing.condition, lang="en")))
        if listing.quote:
            g.add((node, RSL.quote, Literal(listing.quote, lang="ru")))
        if listing.enacted_by:
            g.add((node, RSL.enactedBy, iris.law(listing.enacted_by)))
        add_fact(
            g, iris, node, RSL.shownInForceOn, listing.shown, date_literal, "shown_in_force_on"
        )
        if listing.start is not None:
            add_fact(
                g,
                iris,
                node,
                ELI.first_date_entry_in_force,
                listing.start,
                date_literal,
                "first_date_entry_in_force",
            )
    return g


__all__ = ["confiscation_point", "map_confiscation"]
