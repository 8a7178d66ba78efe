"""Every named query gives the same rows on the local store, on the Oxigraph server and on
Virtuoso 7, and `kgbuild query -e` writes them in the README's CSV contract.

Both servers run privately on 127.0.0.1 (tests/servers.py) with the seed-only build in one
named graph and each check query's firing fixture (tests/fixtures/shapes/invalid/) in a
graph of its own, which the endpoint URL names as the default graph. Rows are compared as
sets, and cells that list several values (GROUP_CONCAT) as sets of values: neither order
is significant, and servers order them differently. The full build with the official
statistics is compared too, marked slow.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgbuild.portable import normalise, normalise_value
from kgbuild.queries import (
    XSD,
    NamedQuery,
    Results,
    Value,
    bind_parameters,
    load_catalogue,
    run_local,
)
from kgbuild.remote import run_endpoint
from tests.conftest import ROOT, kgbuild
from tests.servers import OxigraphServer, Virtuoso

CATALOGUE = load_catalogue(ROOT / "queries")
FIXTURES = ROOT / "tests" / "fixtures" / "shapes" / "invalid"
SEED_GRAPH = "urn:x-kgbuild:test:seed"
FULL_GRAPH = "urn:x-kgbuild:test:full"
PARAMS = {
    "penalties-in-force": {"date": "2023-07-01"},
    "gravity": {"date": "2026-11-01"},
    "article-history": {"article": "275"},
    "official-series": {"article": "275"},
    "official-statistics": {"article": "275", "year": "2024"},
    "imposed-vs-prescribed": {"article": "275"},
}
CHECKS = sorted(n for n, q in CATALOGUE.items() if q.kind == "check")
REPORTS = sorted(n for n, q in CATALOGUE.items() if q.kind != "check")


def _fixture_graph(name: str) -> str:
    return f"urn:x-kgbuild:test:fixture:{name}"


@pytest.fixture(scope="module")
def servers(
    built: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Virtuoso | OxigraphServer]]:
    """Both servers with the seed build and the check fixtures loaded; stopped at the end."""
    folder = tmp_path_factory.mktemp("servers")
    files = {built / "graph.nt": SEED_GRAPH}
    files.update({FIXTURES / f"{name}.ttl": _fixture_graph(name) for name in CHECKS})
    virtuoso = Virtuoso(folder / "virtuoso")
    oxigraph = OxigraphServer(folder / "oxigraph")
    try:
        virtuoso.start()
        virtuoso.load(files)
        oxigraph.load(files)
        oxigraph.start()
        yield {"virtuoso": virtuoso, "oxigraph": oxigraph}
    finally:
        oxigraph.stop()
        virtuoso.stop()


def _bind(query: NamedQuery, claim: str | None = None) -> dict[str, ox.NamedNode | ox.Literal]:
    given = dict(PARAMS.get(query.name, {}))
    if query.name == "evidence" and claim:
        given["claim"] = claim
    return bind_parameters(query, given)


def _as_sets(results: Results) -> set[tuple[str, ...]]:
    """Rows as a set; list cells (space- or '; '-separated) as sorted lists."""
    return {tuple(_cell(c) for c in row) for row in results.plain_rows()}


def _cell(cell: str) -> str:
    if "; " in cell:  # a list of phrases
        return "; ".join(sorted(cell.split("; ")))
    parts = cell.split(" ")  # a list of codes or numbers ("283 283.1 284")
    if len(parts) > 1 and all(re.fullmatch(r"[\w.:/#-]+", p) for p in parts):
        return " ".join(sorted(parts))
    return cell


def _a_claim(store: ox.Store) -> str:
    results = run_local(store, CATALOGUE["convictions"], {})
    return results.plain_rows()[0][results.columns.index("claim")]


@pytest.mark.parametrize("server", ["oxigraph", "virtuoso"])
@pytest.mark.parametrize("name", REPORTS)
def test_report_query_gives_the_local_rows(
    built: Path, servers: dict[str, Virtuoso | OxigraphServer], server: str, name: str
) -> None:
    query = CATALOGUE[name]
    store = ox.Store.read_only(str(built / "store"))
    bindings = _bind(query, _a_claim(store))
    local = run_local(store, query, bindings)
    remote = run_endpoint(servers[server].endpoint(SEED_GRAPH), query, bindings)
    assert remote.columns == local.columns
    assert _as_sets(remote) == _as_sets(local)
    assert len(remote.rows) == len(local.rows)


@pytest.mark.parametrize("server", ["oxigraph", "virtuoso"])
@pytest.mark.parametrize("name", CHECKS)
def test_check_query_fires_alike_on_its_fixture(
    servers: dict[str, Virtuoso | OxigraphServer], server: str, name: str
) -> None:
    query = CATALOGUE[name]
    store = ox.Store()
    store.load(path=str(FIXTURES / f"{name}.ttl"))
    local = run_local(store, query, {})
    assert local.rows, f"{name} does not fire on its fixture"
    remote = run_endpoint(servers[server].endpoint(_fixture_graph(name)), query, {})
    assert _as_sets(remote) == _as_sets(local)


def test_cli_writes_virtuoso_booleans_and_dates_as_the_contract_says(
    built: Path, servers: dict[str, Virtuoso | OxigraphServer]
) -> None:
    url = servers["virtuoso"].endpoint(SEED_GRAPH)
    remote = kgbuild("query", "statute-table", "-e", url, "-f", "csv")
    local = kgbuild("query", "statute-table", "-g", built / "graph.ttl", "-f", "csv")
    assert remote.code == 0, remote.stderr
    rows = list(csv.DictReader(io.StringIO(remote.stdout)))
    assert {r["life"] for r in rows} == {"true", "false"}
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["in_force_from"]) for r in rows)
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())


def test_every_boolean_column_is_declared(built: Path) -> None:
    """Virtuoso's 0/1 can be read back as booleans only in declared columns."""
    store = ox.Store.read_only(str(built / "store"))
    claim = _a_claim(store)
    for name in REPORTS:
        query = CATALOGUE[name]
        results = run_local(store, query, _bind(query, claim))
        typed = {
            column
            for row in results.rows
            for column, cell in zip(results.columns, row, strict=True)
            if cell is not None and cell.datatype == XSD + "boolean"
        }
        assert typed <= set(query.booleans), f"{name}: add '# boolean: {' '.join(typed)}'"


@pytest.fixture(scope="module")
def full_servers(
    built_full: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Virtuoso | OxigraphServer]]:
    """Both servers with the full build (7M triples; Virtuoso's buffers sized for it)."""
    folder = tmp_path_factory.mktemp("full-servers")
    virtuoso = Virtuoso(folder / "virtuoso", buffers=100000)
    oxigraph = OxigraphServer(folder / "oxigraph")
    try:
        virtuoso.start()
        virtuoso.load({built_full / "graph.nt": FULL_GRAPH})
        oxigraph.load({built_full / "graph.nt": FULL_GRAPH})
        oxigraph.start()
        yield {"virtuoso": virtuoso, "oxigraph": oxigraph}
    finally:
        oxigraph.stop()
        virtuoso.stop()


# Virtuoso 7.2.5 summed a grouped subquery wrongly once the outer query joined it, which
# broke an earlier official-row-sums. The query now reads the sums computed at mapping
# (rsl:sumOfIncludedRows) and gives the same rows there: no known difference is left. A
# pair listed here is run as a strict expected failure.
KNOWN: set[tuple[str, str]] = set()
_FULL_LOCAL: dict[str, set[tuple[str, ...]]] = {}


@pytest.mark.slow
@pytest.mark.parametrize("server", ["oxigraph", "virtuoso"])
@pytest.mark.parametrize("name", REPORTS + CHECKS)
def test_full_build_gives_the_same_rows_on_every_server(
    built_full: Path,
    full_servers: dict[str, Virtuoso | OxigraphServer],
    server: str,
    name: str,
    request: pytest.FixtureRequest,
) -> None:
    """The official statistics too: millions of triples in both servers."""
    if (server, name) in KNOWN:
        request.applymarker(pytest.mark.xfail(reason="a Virtuoso bug, see KNOWN", strict=True))
    store = ox.Store.read_only(str(built_full / "store"))
    query = CATALOGUE[name]
    bindings = _bind(query, _a_claim(store))
    if name not in _FULL_LOCAL:  # once per query, for both servers
        _FULL_LOCAL[name] = _as_sets(run_local(store, query, bindings))
    local = _FULL_LOCAL[name]
    # Minutes, not seconds: the official queries scan millions of observations.
    remote = run_endpoint(full_servers[server].endpoint(FULL_GRAPH), query, bindings, 1800)
    found = _as_sets(remote)
    if found != local and isinstance(full_servers[server], Virtuoso):
        # Keep what the server logged (memory monitor, errors) with the failure.
        print(full_servers[server].log_tail())
    assert found == local


@pytest.mark.parametrize(
    ("value", "declared", "expected"),
    [
        (Value("literal", "1", XSD + "integer"), True, ("true", XSD + "boolean")),
        (Value("literal", "0", XSD + "integer"), True, ("false", XSD + "boolean")),
        (Value("literal", "1", XSD + "integer"), False, ("1", XSD + "integer")),
        (Value("literal", "1", XSD + "boolean"), False, ("true", XSD + "boolean")),
        (Value("literal", "2", XSD + "integer"), True, ("2", XSD + "integer")),
        (Value("literal", "2024-07-14T00:00:00Z", XSD + "date"), False, ("2024-07-14", None)),
        (Value("literal", "2024-07-14+00:00", XSD + "date"), False, ("2024-07-14", None)),
        (Value("literal", "2024-07-14+03:00", XSD + "date"), False, ("2024-07-14+03:00", None)),
        (Value("literal", "+0145", XSD + "int"), False, ("145", XSD + "int")),
        (Value("literal", "true", None, "en"), True, ("true", None)),
    ],
)
def test_server_values_are_normalised(
    value: Value, declared: bool, expected: tuple[str, str | None]
) -> None:
    normal = normalise_value(value, boolean=declared)
    assert normal.value == expected[0]
    assert normal.datatype == (expected[1] or value.datatype)


def test_numbers_are_written_as_the_contract_says() -> None:
    results = Results(
        ("n", "flag"),
        (
            (Value("literal", "12.0", XSD + "decimal"), Value("literal", "1", XSD + "integer")),
            (Value("literal", "1.5E0", XSD + "double"), None),
        ),
    )
    assert normalise(results, ["flag"]).plain_rows() == [["12", "true"], ["1.5", ""]]
