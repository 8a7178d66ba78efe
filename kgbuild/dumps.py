"""Whole-graph dumps at scale: canonical N-Triples and Turtle, streamed to disk.

The register's graph (tens of thousands of triples) is serialised by kgbuild.export; the
official statistics (millions) arrive as sorted blocks of N-Triples terms
(kgbuild.mapping.official.official_blocks). One pass writes both files: the Turtle blocks
as they come, and the N-Triples lines merged with the small graph's sorted lines, so that
graph.nt is sorted as a whole without sorting millions of lines or holding them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from kgbuild.namespaces import PREFIXES

Block = tuple[str, list[tuple[str, str]]]

_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_INTEGER_SUFFIX = '"^^<http://www.w3.org/2001/XMLSchema#integer>'


class TermAbbreviator:
    """N-Triples IRI terms to Turtle prefixed names, cached (the same few recur)."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self.cache: dict[str, str] = {}

    def term(self, term: str) -> str:
        if term.startswith("<"):
            cached = self.cache.get(term)
            if cached is not None:
                return cached
            short = self._iri(term)
            if len(self.cache) < 10_000:
                self.cache[term] = short
            return short
        if term.endswith(_INTEGER_SUFFIX) and term[1 : -len(_INTEGER_SUFFIX)].isdigit():
            return term[1 : -len(_INTEGER_SUFFIX)]
        return term

    def _iri(self, term: str) -> str:
        iri = term[1:-1]
        for prefix, ns in self.prefixes:
            if iri.startswith(ns):
                local = iri[len(ns) :]
                if local and local.isascii() and all(c.isalnum() or c in "_-" for c in local):
                    return f"{prefix}:{local}"
        return term


def turtle_block(subject: str, pairs: list[tuple[str, str]], abbrev: TermAbbreviator) -> str:
    """One subject's triples as a Turtle statement; `a` first, as kgbuild.export does."""
    ordered = sorted(pairs, key=lambda pair: (pair[0] != _TYPE, pair))
    lines = []
    previous = None
    for predicate, obj in ordered:
        name = "a" if predicate == _TYPE else abbrev.term(predicate)
        if predicate == previous:
            lines[-1] += f", {abbrev.term(obj)}"
        else:
            lines.append(f"{name} {abbrev.term(obj)}")
        previous = predicate
    return f"{subject} " + " ;\n    ".join(lines) + " .\n"


def write_dumps(
    nt_lines: list[str],
    turtle: str,
    blocks: Iterable[Block],
    nt_path: Path,
    ttl_path: Path,
    prefixes: Mapping[str, str] = PREFIXES,
    used: Iterable[str] = ("qb", "rsl", "xsd"),
) -> int:
    """Write graph.nt and graph.ttl; returns the number of triples written.

    `nt_lines` (sorted) and `turtle` are the small graph's; `blocks` the bulk part's, in
    canonical order. Turtle allows @prefix anywhere, so the bulk part restates the few
    prefixes it uses before its blocks.
    """
    abbrev = TermAbbreviator({p: prefixes[p] for p in used})
    count = 0
    with (
        open(ttl_path, "w", encoding="utf-8", newline="\n") as ttl,
        open(nt_path, "w", encoding="utf-8", newline="\n") as nt,
    ):
        ttl.write(turtle)
        head = "".join(f"@prefix {p}: <{prefixes[p]}> .\n" for p in sorted(used))

        def bulk_lines() -> Iterator[str]:
            first = True
            for subject, pairs in blocks:
                if first:
                    ttl.write("\n# Official statistics (kgbuild.mapping.official)\n" + head)
                    first = False
                ttl.write("\n" + turtle_block(subject, pairs, abbrev))
                prefix = subject + " "
                for predicate, obj in pairs:
                    yield f"{prefix}{predicate} {obj} .\n"

        buffer: list[str] = []
        for line in heapq.merge(nt_lines, bulk_lines()):
            buffer.append(line)
            count += 1
            if len(buffer) >= 50_000:
                nt.write("".join(buffer))
                buffer.clear()
        nt.write("".join(buffer))
    return count
