"""The official rows and figures as RDF: the figures kgbuild computes while mapping them.

rsl:sumOfIncludedRows replaces a million-row aggregate that official-row-sums used to run
at every build. The test holds it to that aggregate, kept here as the definition: on a
small form with parent and child rows, an additive and a non-additive measure, a child
without a figure and a known exception, both give the same (figure, sum) pairs.
"""

from __future__ import annotations

import pyoxigraph as ox

from kgbuild.mapping import Iris
from kgbuild.mapping.official import measure_iri, official_blocks
from kgbuild.statistics.records import FileInfo, Observation, OfficialStats, StatRow

# The check before the sums were computed while mapping (queries/official-row-sums.rq
# until this change), less its message: every (figure, sum of its included rows) pair.
AGGREGATE = """
PREFIX rsl: <https://w3id.org/ru-seclaw/ontology#>
SELECT ?focus ?value ?summed WHERE {
  { SELECT ?parent ?measure (SUM(?v) AS ?summed) WHERE {
      ?child rsl:partOfRow ?parent .
      ?o rsl:statRow ?child ; rsl:officialMeasure ?measure ; rsl:figure ?v .
    } GROUP BY ?parent ?measure }
  ?focus rsl:statRow ?parent ; rsl:officialMeasure ?measure ; rsl:figure ?value .
  ?measure rsl:additive true .
}"""

COMPUTED = """
PREFIX rsl: <https://w3id.org/ru-seclaw/ontology#>
SELECT ?focus ?value ?summed WHERE {
  ?focus rsl:sumOfIncludedRows ?summed ; rsl:figure ?value .
}"""

FILE = "10-a/2024.xls"


def _row(row: int, kind: str, parent: int | None, *units: tuple[str, str | None]) -> StatRow:
    key = ("10-a", 2024, "Лист1", parent) if parent is not None else None
    return StatRow("10-a", 2024, FILE, "Лист1", row, f"row {row}", kind, units, key)  # type: ignore[arg-type]


def _obs(row: int, measure: str, value: int) -> Observation:
    return Observation("10-a", 2024, FILE, "Лист1", row, 3, f"D{row + 1}", measure, value)


def _stats() -> OfficialStats:
    rows = (
        _row(5, "total", None),
        _row(6, "article", 5, ("275", None)),
        _row(7, "article", 5, ("276", None)),
        _row(8, "part", 6, ("275", "1")),
        _row(9, "part", 6, ("275", "2")),
    )
    observations = (
        _obs(5, "convicted_main", 40),  # 30 + 9: does not add up
        _obs(6, "convicted_main", 30),
        _obs(7, "convicted_main", 9),
        _obs(8, "convicted_main", 30),  # its sibling has no figure: the sum is 30
        _obs(5, "convicted_additional", 7),  # not additive: no sum
        _obs(6, "convicted_additional", 3),
        _obs(8, "convicted_additional", 1),
        _obs(7, "acquitted_main", 2),  # a leaf: no sum
    )
    info = FileInfo("10-a", 2024, FILE, "00", ("Лист1",), (), (), len(rows), len(observations))
    return OfficialStats(rows, observations, (info,))


def _store(stats: OfficialStats) -> ox.Store:
    lines = []
    for subject, pairs in official_blocks(stats, Iris()):
        lines += [f"{subject} {p} {o} .\n" for p, o in pairs]
    # The measure scheme's additive flags, as map_official_structure states them.
    for code, additive in (("convicted_main", "true"), ("convicted_additional", "false")):
        lines.append(
            f"<{measure_iri('10-a', code)}> "
            f"<https://w3id.org/ru-seclaw/ontology#additive> "
            f'"{additive}"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n'
        )
    store = ox.Store()
    store.load("".join(lines).encode(), format=ox.RdfFormat.N_TRIPLES)
    return store


def _pairs(store: ox.Store, query: str) -> set[tuple[str, int, int]]:
    solutions = store.query(query)
    assert isinstance(solutions, ox.QuerySolutions)
    return {
        (s["focus"].value.rsplit("/", 2)[-2], int(s["value"].value), int(s["summed"].value))
        for s in solutions
    }


def test_computed_sums_are_the_aggregate_they_replace() -> None:
    store = _store(_stats())
    computed = _pairs(store, COMPUTED)
    assert computed == _pairs(store, AGGREGATE)
    # The total's figure against its articles, the article's against its one part figure.
    assert computed == {("0-6", 40, 39), ("0-7", 30, 30)}


def test_a_computed_sum_is_never_a_published_figure() -> None:
    store = _store(_stats())
    figures = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?o <https://w3id.org/ru-seclaw/ontology#figure> ?v }"
    )
    assert isinstance(figures, ox.QuerySolutions)
    assert int(next(iter(figures))["n"].value) == len(_stats().observations)


# The filter news-vs-official and conflicts used before rows were marked while mapping.
STANDS_FILTER = """
PREFIX rsl: <https://w3id.org/ru-seclaw/ontology#>
SELECT ?row ?article WHERE {
  ?row rsl:statArticle ?article ; rsl:rowKind ?kind .
  FILTER (?kind = "article"
          || (?kind = "part" && NOT EXISTS { ?row rsl:partOfRow/rsl:rowKind "article" }))
}"""

STANDS_MARKED = """
PREFIX rsl: <https://w3id.org/ru-seclaw/ontology#>
SELECT ?row ?article WHERE { ?row rsl:standsForArticle ?article }"""


def _stands(store: ox.Store, query: str) -> set[tuple[str, str]]:
    solutions = store.query(query)
    assert isinstance(solutions, ox.QuerySolutions)
    return {
        (s["row"].value.rsplit("/", 1)[-1], s["article"].value.rsplit("_", 1)[-1])
        for s in solutions
    }


def test_rows_standing_for_an_article_are_the_filter_they_replace() -> None:
    rows = (
        _row(5, "total", None),
        _row(6, "article", 5, ("275", None)),  # the article's row
        _row(8, "part", 6, ("275", "1")),  # under its article's row: no
        _row(10, "group", 5),
        _row(11, "part", 10, ("276", "1")),  # no article row above it: stands for 276
        _row(12, "part", None, ("283", "2")),  # no row above it at all: stands for 283
        _row(13, "combined", 5, ("284", None), ("284.1", None)),  # several articles: no
        _row(14, "point", 8, ("275", "1")),  # one point of a part: no
    )
    info = FileInfo("10-a", 2024, FILE, "00", ("Лист1",), (), (), len(rows), 0)
    store = _store(OfficialStats(rows, (), (info,)))
    marked = _stands(store, STANDS_MARKED)
    assert marked == _stands(store, STANDS_FILTER)
    assert {article for _row_iri, article in marked} == {"275", "276", "283"}
