"""The query catalogue: headers, prefixes, and expected results for every named query."""

from __future__ import annotations

import csv
import difflib
import io
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgbuild.namespaces import PREFIXES
from kgbuild.queries import (
    QUERY_KINDS,
    bind_parameters,
    inject_values,
    load_catalogue,
    parse_header,
)
from tests.conftest import ROOT, kgbuild

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
GOLDEN = ROOT / "tests" / "golden" / "queries"
# Fixed parameters, so that expected tables do not depend on the day the tests run.
GOLDEN_PARAMS = {
    "penalties-in-force": ["-p", "date=2023-07-01"],
    "gravity": ["-p", "date=2026-11-01"],
    "article-history": ["-p", "article=275"],
    "confiscation": ["-p", "date=2024-02-25"],
    "evidence": None,  # needs a claim id: covered by test_evidence_query
    # The official statistics are not in the seed-only build: tests/test_official.py runs
    # these on the full build.
    "official-statistics": None,
    "official-series": None,
    "official-datasets": None,
    "official-units-without-title": None,
    "news-vs-official": None,
    "imposed-vs-prescribed": None,
}


def test_there_are_at_least_twelve_named_queries() -> None:
    catalogue = load_catalogue(ROOT / "queries")
    assert len([q for q in catalogue.values() if q.kind != "check"]) >= 12


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_every_query_has_a_header_and_parses(path: Path) -> None:
    query = parse_header(path, path.read_text(encoding="utf-8"))
    assert query.title and query.description and query.kind in QUERY_KINDS
    store = ox.Store()
    bindings = {p.name: _example_value(p.type) for p in query.parameters}
    store.query(
        query.text,
        substitutions={ox.Variable(k): v for k, v in bind_parameters(query, bindings).items()},
    )


def _example_value(kind: str) -> str:
    return {
        "xsd:date": "2024-01-01",
        "xsd:integer": "1",
        "xsd:decimal": "1.5",
        "iri": "https://example.org/x",
    }.get(kind, "275")


@pytest.mark.parametrize(
    "path",
    [
        *QUERIES,
        *sorted((ROOT / "ontology").glob("*.ttl")),
        *sorted((ROOT / "shapes").glob("*.ttl")),
    ],
    ids=lambda p: p.name,
)
def test_prefixes_agree_with_the_namespace_module(path: Path) -> None:
    import re

    text = path.read_text(encoding="utf-8")
    pattern = r"(?im)^\s*(?:@prefix|PREFIX)\s+([\w-]*):\s*<([^>]+)>"
    for prefix, iri in re.findall(pattern, text):
        if prefix in PREFIXES:
            assert PREFIXES[prefix] == iri, f"{path.name}: {prefix}: is {iri}"


def test_values_block_goes_first_in_the_outer_group() -> None:
    text = "SELECT ?a WHERE { ?s ?p ?a FILTER(?a < ?d) }"
    literal = ox.Literal(
        "2024-01-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    )
    injected = inject_values(text, {"d": literal})
    assert injected.index("VALUES") < injected.index("?s ?p ?a")
    evil = ox.Literal('x" } } DELETE WHERE { ?s ?p ?o } #')
    assert '\\"' in inject_values(text, {"d": evil})


def test_values_block_skips_a_where_in_a_comment() -> None:
    # A description may say "where {"; a '#' inside an IRI or a string opens no comment.
    text = (
        "# description: rows where { braces } appear in prose\n"
        "SELECT ?a FROM <http://example.org/g#main> WHERE { ?s ?p ?a FILTER(?a < ?d) }"
    )
    literal = ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    injected = inject_values(text, {"d": literal})
    assert injected.startswith("# description: rows where { braces } appear in prose\n")
    assert injected.index("WHERE {") < injected.index("VALUES") < injected.index("?s ?p ?a")
    with pytest.raises(ValueError, match="no WHERE clause"):
        inject_values("# only a comment: WHERE {\nASK { ?s ?p ?o }", {"d": literal})


def _csv(run_stdout: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(run_stdout)))


def _query(built: Path, name: str, *params: str) -> list[dict[str, str]]:
    run = kgbuild("query", name, *params, "-g", built / "graph.ttl", "-f", "csv")
    assert run.code == 0, run.stderr
    return _csv(run.stdout)


def test_penalties_in_force_mid_2023(built: Path) -> None:
    rows = {
        (r["article"], r["part"]): r
        for r in _query(built, "penalties-in-force", "-p", "date=2023-07-01")
    }
    treason = rows[("275", "")]
    assert (treason["min_years"], treason["max_years"], treason["life"]) == ("12", "20", "true")
    cooperation = rows[("275.1", "")]
    assert (cooperation["min_years"], cooperation["max_years"]) == ("3", "8")
    assert cooperation["life"] == "false"


def test_penalties_in_force_early_2022(built: Path) -> None:
    rows = {
        (r["article"], r["part"]): r
        for r in _query(built, "penalties-in-force", "-p", "date=2022-01-01")
    }
    assert ("275.1", "") not in rows
    assert rows[("275", "")]["life"] == "false"
    assert rows[("275", "")]["max_years"] == "20"


def test_amendments_list_260_fz_with_its_dates(built: Path) -> None:
    rows = [r for r in _query(built, "amendments") if r["act_number"] == "260-FZ"]
    inserted = [r for r in rows if r["article"] == "275.1"]
    assert inserted and inserted[0]["effect"] == "inserted"
    assert inserted[0]["signed"] == "2022-07-14"
    assert inserted[0]["in_force"] == inserted[0]["published"] == "2022-07-14"


def test_gravity_of_treason_and_confidential_cooperation(built: Path) -> None:
    rows = {
        (r["article"], r["part"]): r["category"]
        for r in _query(built, "gravity", "-p", "date=2026-11-01")
    }
    assert rows[("275", "")] == "particularly_grave"
    assert rows[("275.1", "")] == "grave"


def test_conflicts_list_espionage_2024_by_istories_and_rtvi(built: Path) -> None:
    rows = [
        r
        for r in _query(built, "conflicts")
        if r["offence"] == "espionage"
        and r["period_start"] == "2024-01-01"
        and r["period_end"] == "2024-12-31"
    ]
    pairs = {
        frozenset([(r["count_a"], r["reported_by_a"]), (r["count_b"], r["reported_by_b"])])
        for r in rows
    }
    assert any({c for c, _ in pair} == {"23", "28"} for pair in pairs), rows
    reporters = " ".join(r["reported_by_a"] + " " + r["reported_by_b"] for r in rows)
    assert "IStories" in reporters and "RTVI" in reporters


def test_evidence_query_shows_who_cited_whom(built: Path) -> None:
    convictions = _query(built, "convictions")
    treason = [r for r in convictions if r["offence"] == "treason" and r["count"] == "145"]
    assert treason, convictions
    rows = _query(built, "evidence", "-p", f"claim={treason[0]['claim']}")
    assert len(rows) == 1
    row = rows[0]
    assert row["originator"] == "IStories" and row["relay"] == "The Moscow Times"
    assert "145" in row["quote"] and row["published"] == "2025-04-16"
    doc = (ROOT / row["document"]).read_text(encoding="utf-8")
    assert doc[int(row["start"]) : int(row["end"])] == row["quote"]


@pytest.mark.parametrize(
    "name",
    sorted(
        q.stem
        for q in QUERIES
        if parse_header(q, q.read_text(encoding="utf-8")).kind != "check"
        and GOLDEN_PARAMS.get(q.stem, []) is not None
    ),
)
def test_named_query_matches_its_expected_table(
    built: Path, name: str, update_golden: bool
) -> None:
    run = kgbuild(
        "query", name, *GOLDEN_PARAMS.get(name, []), "-g", built / "graph.ttl", "-f", "csv"
    )
    assert run.code == 0, run.stderr
    golden = GOLDEN / f"{name}.csv"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(run.stdout, encoding="utf-8")
    assert golden.exists(), f"no expected table: run pytest --update-golden and review {golden}"
    expected = golden.read_text(encoding="utf-8")
    if run.stdout != expected:
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(), run.stdout.splitlines(), "expected", "actual", lineterm=""
            )
        )
        pytest.fail(
            f"{name} differs from {golden.name} (pytest --update-golden "
            f"rewrites it; review the diff):\n{diff}"
        )


def test_law_dates_lists_each_law_once(built: Path) -> None:
    """The Code once, under its own name, though it is also the law 63-FZ of 1996."""
    rows = _query(built, "law-dates")
    keys = [(r["act_number"], r["signed"]) for r in rows]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    code = [r for r in rows if r["act_number"] == "63-FZ" and r["signed"] == "1996-06-13"]
    assert [r["act"] for r in code] == ["Criminal Code of the Russian Federation"]


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_sparqlwrapper_takes_every_query_for_a_query(path: Path) -> None:
    """SPARQLWrapper guesses a request's kind from its text (comments included, since its
    comment filter skips every other comment line): an Update keyword in a header comment
    ("add up", "additive") would make it send the query as an update."""
    from SPARQLWrapper import SPARQLWrapper

    wrapper = SPARQLWrapper("http://127.0.0.1:9/sparql")
    wrapper.setQuery(path.read_text(encoding="utf-8"))
    assert wrapper.queryType == "SELECT"
    assert wrapper.isSparqlQueryRequest()


def test_a_query_file_of_ones_own_needs_no_header(tmp_path: Path) -> None:
    """`kgbuild query FILE.rq`: a plain SELECT runs; what a header does say is still checked,
    and a catalogue query still needs its header."""
    from kgbuild.errors import InputError
    from kgbuild.queries import resolve_query

    own = tmp_path / "count-laws.rq"
    own.write_text(
        "PREFIX rsl: <https://w3id.org/ru-seclaw/ontology#>\n"
        "SELECT (COUNT(?law) AS ?n) WHERE { ?law a rsl:AmendingLaw }\n",
        encoding="utf-8",
    )
    query = resolve_query(str(own), ROOT / "queries")
    assert (query.title, query.kind, query.parameters) == ("count-laws", "example", ())
    store = ox.Store()
    store.add(
        ox.Quad(
            ox.NamedNode("https://example.org/law/1"),
            ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            ox.NamedNode("https://w3id.org/ru-seclaw/ontology#AmendingLaw"),
        )
    )
    from kgbuild.queries import run_local

    assert run_local(store, query, {}).plain_rows() == [["1"]]
    bad = tmp_path / "bad.rq"
    bad.write_text("# kind: nonsense\nSELECT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown query kind 'nonsense'"):
        resolve_query(str(bad), ROOT / "queries")
    with pytest.raises(InputError, match="lacks '# title:'"):
        parse_header(own, own.read_text(encoding="utf-8"))


def test_the_table_format_marks_a_cut_cell() -> None:
    """A newcomer read a cell cut mid-word at 80 characters as the whole value."""
    from kgbuild.queries import Results, Value
    from kgbuild.query_formats import format_table

    long_text = "наказывается лишением свободы на срок " * 4
    results = Results(("a", "b"), ((Value("literal", long_text), Value("literal", "short")),))
    row = format_table(results).splitlines()[2]
    cell = row.split("  ")[0]
    assert len(cell) == 80 and cell.endswith("\u2026") and long_text.startswith(cell[:79])
    assert row.endswith("short")
