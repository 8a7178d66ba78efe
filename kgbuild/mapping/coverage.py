"""Stage 4 (part): what the register means to cover, as SKOS collections of articles.

Every article of the covered chapters (the 2023 consolidated text's list, code-articles.tsv,
plus later additions) and every related article is a member of its collection, whether the
register has it or not, so that the coverage query can name the gaps.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kgbuild.code_text import CodeArticle
from kgbuild.mapping.common import Iris
from kgbuild.namespaces import ELI, RSL
from kgbuild.sources import Register


def map_coverage(register: Register, code: dict[str, CodeArticle], iris: Iris) -> Graph:
    g = Graph()
    coverage = register.coverage
    if coverage is None:
        return g
    lists: dict[URIRef, set[str]] = {}
    for chapter in coverage.chapters:
        node = URIRef(f"{iris.base}coverage/chapter-{chapter}")
        g.add((node, RDFS.label, Literal(f"Chapter {chapter} of the Criminal Code", lang="en")))
        members = {a.number for a in code.values() if a.chapter == chapter}
        members |= {a for c, a, _ in coverage.added_later if c == chapter}
        lists[node] = members
    related = URIRef(f"{iris.base}coverage/related")
    g.add((related, RDFS.label, Literal("Related articles outside the chapters", lang="en")))
    lists[related] = set(coverage.related)
    for node, members in lists.items():
        g.add((node, RDF.type, SKOS.Collection))
        for number in sorted(members):
            article = iris.article(number)
            g.add((node, SKOS.member, article))
            if number not in register.articles:
                _map_unregistered(g, iris, article, number, code.get(number))
    return g


def _map_unregistered(
    g: Graph, iris: Iris, node: URIRef, number: str, known: CodeArticle | None
) -> None:
    """The same triples the official statistics' mapping gives an article it names."""
    g.add((node, RDF.type, RSL.Article))
    g.add((iris.code, ELI.has_part, node))
    g.add((node, ELI.is_part_of, iris.code))
    g.add((node, ELI.number, Literal(number)))
    g.add((node, RSL.articleNumber, Literal(number)))
    g.add((node, RDFS.label, Literal(f"Article {number}", lang="en")))
    if known is not None and known.title:
        g.add((node, ELI.title, Literal(known.title, lang="ru")))
        g.add((node, RDFS.label, Literal(f"Статья {number}. {known.title}", lang="ru")))
        g.add((node, RSL.titleSource, Literal("pravo.gov.ru 102041891, 04.08.2023")))
        g.add((node, RSL.chapter, Literal(known.chapter)))
