"""Stage 4 (part): the notes (примечания) of articles, as units with their own versions.

A note that carries law (an exemption from liability, a definition) is a unit of its
article, like a part, with dated versions. Its versions are `rsl:NoteVersion`s, not
`rsl:UnitVersion`s: they state what the note provides (in our own words, `eli:description`)
and the verbatim Russian text, but prescribe no punishment, so the penalty and gravity views
never take them for parts.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kgbuild.mapping.common import Iris, add_validity
from kgbuild.namespaces import ELI, RSL
from kgbuild.sources import Article, Register, Version


def map_notes(register: Register, iris: Iris) -> Graph:
    """Every note unit of every registered article, with its versions."""
    g = Graph()
    for article in register.articles.values():
        for unit in article.units:
            if unit.note is None:
                continue
            node = iris.unit(article.number, None, unit.note)
            article_node = iris.article(article.number)
            g.add((node, RDF.type, RSL.Note))
            g.add((article_node, ELI.has_part, node))
            g.add((node, ELI.is_part_of, article_node))
            g.add((node, ELI.number, Literal(f"note {unit.note}")))
            g.add((node, RSL.articleNumber, Literal(article.number)))
            g.add((node, RSL.noteNumber, Literal(unit.note)))
            g.add((node, RDFS.label, Literal(f"Article {article.number} note {unit.note}", "en")))
            g.add(
                (node, RDFS.label, Literal(f"Статья {article.number} примечание {unit.note}", "ru"))
            )
            previous: URIRef | None = None
            for version in unit.versions:
                vnode = _map_note_version(g, iris, article, version, node)
                if previous is not None:
                    g.add((vnode, PROV.wasRevisionOf, previous))
                previous = vnode
    return g


def _map_note_version(
    g: Graph, iris: Iris, article: Article, version: Version, unit_node: URIRef
) -> URIRef:
    node = iris.version(version)
    g.add((node, RDF.type, RSL.NoteVersion))
    g.add((node, ELI.realizes, unit_node))
    g.add((node, RSL.articleNumber, Literal(article.number)))
    g.add((node, RSL.noteNumber, Literal(version.note)))
    g.add((node, RSL.confidence, Literal(version.confidence)))
    g.add((node, RSL.enactedBy, iris.law(version.enacted_by)))
    if version.source:
        g.add((node, RSL.source, iris.source(version.source)))
    label = f"Article {article.number} note {version.note}, version in force from "
    g.add((node, RDFS.label, Literal(f"{label}{version.start.value}", lang="en")))
    if version.summary:
        g.add((node, ELI.description, Literal(version.summary, lang="en")))
    if version.quote:
        g.add((node, RSL.quote, Literal(version.quote, lang="ru")))
    add_validity(g, iris, node, version.start, version.end)
    return node


__all__ = ["map_notes"]
