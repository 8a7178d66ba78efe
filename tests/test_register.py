"""The statute register: every article's history at the dates around each change, sources
on every fact, and clear errors for bad register files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kgbuild.errors import InputError
from kgbuild.namespaces import RSL
from kgbuild.queries import bind_parameters, load_catalogue, run_local
from kgbuild.sources import Register, Version, load_seeds
from kgbuild.store import load_graph, load_store
from tests.conftest import ROOT, kgbuild

REGISTER = load_seeds(ROOT / "seeds").register


def _expected(version: Version) -> tuple[str, str, str] | None:
    """min, max, life as the query prints them, or None without imprisonment."""
    prison = [s for s in version.sanctions if s.type == "imprisonment"]
    if not prison:
        return None
    mins = [s.min_years.value for s in prison if s.min_years is not None]
    maxes = [s.max_years.value for s in prison if s.max_years is not None]
    life = any(s.type == "life_imprisonment" for s in version.sanctions)
    return (
        f"{min(mins):g}" if mins else "",
        f"{max(maxes):g}" if maxes else "",
        "true" if life else "false",
    )


def _changes(register: Register) -> list[tuple[str, str | None, dt.date]]:
    return sorted(
        {
            (v.article, v.part, v.start.value)
            for a in register.articles.values()
            for u in a.units
            if u.note is None  # a note has no penalty of its own
            for v in u.versions
        },
        key=lambda c: (c[0], c[1] or "", c[2]),
    )


def _in_force(register: Register, article: str, part: str | None, day: dt.date) -> Version | None:
    for unit in register.articles[article].units:
        if unit.part == part and unit.note is None:
            found = [v for v in unit.versions if v.in_force_on(day)]
            assert len(found) <= 1, "register versions overlap"
            return found[0] if found else None
    return None


@pytest.fixture(scope="module")
def penalties(built: Path):  # type: ignore[no-untyped-def]
    store = load_store(built / "graph.ttl")
    query = load_catalogue(ROOT / "queries")["penalties-in-force"]

    def on(day: dt.date) -> dict[tuple[str, str], tuple[str, str, str, str]]:
        rows = run_local(store, query, bind_parameters(query, {"date": day.isoformat()}))
        return {(r[0], r[1]): (r[3], r[4], r[5], r[6]) for r in rows.plain_rows()}

    return on


@pytest.mark.parametrize(("article", "part", "day"), _changes(REGISTER), ids=lambda v: str(v))
def test_history_just_before_and_after_each_change(
    penalties,
    article: str,  # type: ignore[no-untyped-def]
    part: str | None,
    day: dt.date,
) -> None:
    for when in (day - dt.timedelta(days=1), day):
        version = _in_force(REGISTER, article, part, when)
        row = penalties(when).get((article, part or ""))
        expected = _expected(version) if version else None
        if expected is None:
            assert row is None, f"{article}/{part} on {when}: unexpected {row}"
        else:
            assert row is not None, f"{article}/{part} on {when}: missing"
            assert row[:3] == expected, f"{article}/{part} on {when}"
            assert row[3] == version.start.value.isoformat()


def test_every_statute_fact_in_the_graph_has_a_source(built: Path) -> None:
    graph = load_graph(built / "graph.ttl")
    records = set(graph.objects(None, RSL.statuteFact))
    assert len(records) > 100
    unsourced = [
        r
        for r in records
        if graph.value(r, RSL.source) is None
        and graph.value(r, RSL.confidence) != Literal("unverified")
    ]
    assert unsourced == []
    for node in set(graph.subjects(RDF.type, RSL.UnitVersion)):
        assert graph.value(node, RSL.source) is not None or graph.value(
            node, RSL.confidence
        ) == Literal("unverified"), node


def test_disputed_facts_keep_every_candidate(built: Path) -> None:
    run = kgbuild("query", "disputed-facts", "-g", built / "graph.ttl", "-f", "csv")
    assert run.code == 0
    lines = run.stdout.splitlines()
    in_force_260 = [line for line in lines if "260-FZ" in line and "first_date_entry" in line]
    assert any("2022-07-14" in line and "2022-07-25" in line for line in in_force_260), lines


def test_the_covered_articles_and_laws_are_registered() -> None:
    assert {
        "275",
        "275.1",
        "276",
        "276.1",
        "280.4",
        "283",
        "283.1",
        "284",
        "205.2",
        "207.3",
        "280.3",
        "284.1",
        "330.1",
        "284.2",
        "284.3",
        "283.2",
        "208",
    } <= set(REGISTER.articles)
    numbers = {law.number for law in REGISTER.laws.values()}
    assert {"190-FZ", "32-FZ", "260-FZ", "58-FZ", "157-FZ"} <= numbers
    added_2761 = [
        law
        for law in REGISTER.laws.values()
        if any(e.article == "276.1" and e.kind == "inserted" for e in law.effects)
    ]
    assert added_2761 and added_2761[0].dates["signed"].value.isoformat() == "2024-12-28"
    assert added_2761[0].number == "510-FZ"
    assert {"641-FZ", "11-FZ", "220-FZ", "90-FZ", "218-FZ", "378-FZ"} <= numbers
    assert {"377-FZ", "302-FZ", "130-FZ"} <= numbers


# The versions after August 2023, as the consolidated text to November 2025 gives them
# (seeds/statutes/sources/consolidated-2025.yaml): (from, law, min, max) per unit, oldest
# first, from 2022 on.
LATER_HISTORY = {
    ("207.3", "1"): [("2023-03-29", "58-FZ", "", "5"), ("2023-12-25", "641-FZ", "", "5")],
    ("280.3", "2"): [
        ("2023-03-29", "58-FZ", "", "7"),
        ("2023-12-25", "641-FZ", "", "7"),
        ("2025-05-02", "90-FZ", "", "7"),
    ],
    ("280.4", "2"): [("2022-07-14", "260-FZ", "3", "6"), ("2024-02-25", "11-FZ", "3", "6")],
    ("275.1", ""): [("2022-07-14", "260-FZ", "3", "8"), ("2025-01-08", "510-FZ", "3", "8")],
    ("276.1", ""): [("2025-01-08", "510-FZ", "10", "15")],
    ("284", ""): [("1997-01-01", "63-FZ", "", "3"), ("2026-01-20", "218-FZ", "", "3")],
    ("284.1", "3"): [("2022-07-14", "260-FZ", "2", "6"), ("2024-08-19", "220-FZ", "2", "6")],
    ("284.2", "2"): [("2025-05-02", "90-FZ", "", "5")],
    ("283.2", "2"): [
        ("2022-07-14", "260-FZ", "", "4"),
        ("2023-03-29", "82-FZ", "", "4"),
        ("2025-01-08", "510-FZ", "", "4"),
    ],
    ("284.3", ""): [
        ("2023-05-09", "157-FZ", "", "5"),
        ("2023-12-25", "641-FZ", "", "5"),
        ("2025-01-08", "510-FZ", "", "5"),
    ],
    ("284.3", "2"): [("2025-05-02", "90-FZ", "2", "7")],
    ("330.1", "1"): [
        ("2022-12-29", "582-FZ", "", "2"),
        ("2025-10-26", "378-FZ", "", "2"),
        ("2026-01-20", "218-FZ", "", "2"),
    ],
}


@pytest.mark.parametrize(("unit", "expected"), sorted(LATER_HISTORY.items()))
def test_article_history_after_2023_matches_the_consolidated_text(
    built: Path, unit: tuple[str, str], expected: list[tuple[str, str, str, str]]
) -> None:
    article, part = unit
    run = kgbuild(
        "query",
        "article-history",
        "-p",
        f"article={article}",
        "-g",
        built / "graph.ttl",
        "-f",
        "json",
    )
    assert run.code == 0, run.stderr
    rows = [
        {k: v["value"] for k, v in b.items()} for b in json.loads(run.stdout)["results"]["bindings"]
    ]
    got = [
        (r["in_force_from"], r["enacted_by"], r.get("sanctions", ""))
        for r in rows
        if r.get("part", "") == part and "note" not in r and r["in_force_from"] >= "1997"
    ]
    got = [g for g in got if g[0] >= expected[0][0]]
    assert [(d, law) for d, law, _ in got] == [(d, law) for d, law, _, _ in expected]
    for (_, _, sanctions), (_, _, low, high) in zip(got, expected, strict=True):
        term = f"imprisonment {low}-{high} y" if low else f"imprisonment up to {high} y"
        assert term in sanctions, sanctions


# Arts. 282.3 and 282.4 on the day before and the day of each of their changes, as the
# sources give the terms of imprisonment (min, max; "" for no minimum), typed here from the
# sources rather than read back from the register: 179-FZ's 2014 wording (ITAR-TASS on the
# Federation Council's approval; in force ten days after publication on 30.06.2014), 375-FZ's
# sanctions from 20.07.2016 and 260-FZ's Art. 282.4 (official text of August 2023).
EXTREMISM_BOUNDARIES = {
    ("282.3", "1"): [
        ("2014-07-10", None),
        ("2014-07-11", ("", "3", "2014-07-11")),
        ("2016-07-19", ("", "3", "2014-07-11")),
        ("2016-07-20", ("3", "8", "2016-07-20")),
    ],
    ("282.3", "2"): [
        ("2014-07-10", None),
        ("2014-07-11", ("", "6", "2014-07-11")),
        ("2016-07-19", ("", "6", "2014-07-11")),
        ("2016-07-20", ("5", "10", "2016-07-20")),
    ],
    ("282.4", "1"): [("2022-07-13", None), ("2022-07-14", ("", "4", "2022-07-14"))],
    ("282.4", "2"): [("2022-07-13", None), ("2022-07-14", ("", "4", "2022-07-14"))],
}


@pytest.mark.parametrize(("unit", "expected"), sorted(EXTREMISM_BOUNDARIES.items()))
def test_extremism_articles_around_each_change(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    expected: list[tuple[str, tuple[str, str, str] | None]],
) -> None:
    for day, terms in expected:
        row = penalties(dt.date.fromisoformat(day)).get(unit)
        if terms is None:
            assert row is None, f"{unit} on {day}: {row}"
        else:
            assert row is not None, f"{unit} on {day}: missing"
            low, high, start = terms
            assert (row[0], row[1], row[2], row[3]) == (low, high, "false", start), (unit, day)


def test_the_2014_wording_of_282_3_part_2_is_grave_under_the_2011_art_15(gravity) -> None:  # type: ignore[no-untyped-def]
    # six years, more than five: grave; from 20.07.2016, ten years: still grave
    assert gravity(dt.date(2015, 1, 1))[("282.3", "2")][0] == "grave"
    assert gravity(dt.date(2015, 1, 1))[("282.3", "1")][0] == "small"
    assert gravity(dt.date(2016, 7, 20))[("282.3", "1")][0] == "grave"
    assert gravity(dt.date(2022, 7, 14))[("282.4", "1")][0] == "medium"


def test_forced_labour_joins_the_sanctions_only_from_218fz() -> None:
    def types(article: str, part: str | None, day: str) -> set[str]:
        version = _in_force(REGISTER, article, part, dt.date.fromisoformat(day))
        assert version is not None
        return {s.type for s in version.sanctions}

    assert "forced_labour" not in types("284", None, "2026-01-19")
    assert "forced_labour" in types("284", None, "2026-01-20")
    assert "forced_labour" not in types("330.1", "2", "2026-01-19")
    assert "forced_labour" in types("330.1", "2", "2026-01-20")


# The sabotage articles (281 and the three 586-FZ added), written out from their sources rather
# than read back from the register: (first day, min, max, life) of each version, oldest first.
# The original part 2 of 281 (1997 to 321-FZ) is read in the 2005 text (reg-u.yaml).
SABOTAGE_HISTORY = {
    ("281", "1"): [
        ("1997-01-01", "10", "15", "false"),
        ("2010-08-10", "10", "15", "false"),  # 195-FZ (Kodeks copy)
        ("2023-05-09", "10", "20", "false"),
    ],
    ("281", "2"): [
        ("1997-01-01", "12", "20", "false"),
        ("2009-01-11", "12", "20", "false"),  # 321-FZ (Kodeks copy)
        ("2023-05-09", "12", "20", "false"),
    ],
    ("281", "3"): [("2009-01-11", "15", "20", "true"), ("2023-05-09", "15", "20", "true")],
    ("281.1", "1"): [("2022-12-29", "8", "15", "true")],
    ("281.1", "2"): [("2022-12-29", "10", "20", "true"), ("2025-11-17", "10", "20", "true")],
    ("281.1", "3"): [("2022-12-29", "10", "20", "false")],
    ("281.1", "4"): [("2022-12-29", "15", "20", "true")],
    ("281.2", ""): [("2022-12-29", "15", "20", "true")],
    ("281.3", "1"): [("2022-12-29", "15", "20", "true")],
    ("281.3", "2"): [("2022-12-29", "5", "10", "false")],
}


@pytest.mark.parametrize(("unit", "history"), sorted(SABOTAGE_HISTORY.items()), ids=str)
def test_sabotage_penalties_on_the_day_before_and_the_day_of_each_version(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    history: list[tuple[str, str, str, str]],
) -> None:
    previous = None
    for start, low, high, life in history:
        day = dt.date.fromisoformat(start)
        before = penalties(day - dt.timedelta(days=1)).get(unit)
        if previous is None:
            assert before is None, (unit, start, before)
        else:
            assert before == previous, (unit, start, before)
        current = (low, high, life, start)
        assert penalties(day).get(unit) == current, (unit, start)
        previous = current


def test_sabotage_gravity_follows_the_terms_and_the_art_15_of_the_day(gravity) -> None:  # type: ignore[no-untyped-def]
    # the original part 2 of 281, 12 to 20 years (the 2005 text): particularly grave
    assert gravity(dt.date(1997, 1, 1))[("281", "2")][0] == "particularly_grave"
    assert gravity(dt.date(2009, 1, 10))[("281", "2")][0] == "particularly_grave"
    assert gravity(dt.date(2009, 1, 11))[("281", "2")][0] == "particularly_grave"
    # 281 part 1, 10 to 15 years: particularly grave under every Art. 15 since 1997
    for day in ("1997-01-01", "2011-12-07", "2023-05-08", "2023-05-09"):
        assert gravity(dt.date.fromisoformat(day))[("281", "1")][0] == "particularly_grave", day
    # taking part in a sabotage community, at most 10 years: grave, not particularly grave
    assert gravity(dt.date(2022, 12, 29))[("281.3", "2")][0] == "grave"
    assert ("281.3", "2") not in gravity(dt.date(2022, 12, 28))


# Art. 208 (illegal armed formations), written out from its sources (seeds/statutes/sources/
# reg-f.yaml; 130-FZ's terms from the 2014-2016 text, reg-u.yaml) rather than read back from
# the register: (first day, min, max, life) of each version, oldest first. Empty min and max
# are a term no source read gives (the sanction of 377-FZ on part 2 and the minimum of
# 302-FZ's; its maximum and its start on 14.11.2013 are from reg-m.yaml's news reports).
ARMED_FORMATION_HISTORY = {
    ("208", "1"): [
        ("1997-01-01", "2", "7", "false"),
        ("2006-08-09", "2", "7", "false"),
        ("2010-01-01", "2", "7", "false"),
        ("2014-05-05", "8", "15", "false"),
        ("2016-07-20", "10", "20", "false"),
    ],
    ("208", "2"): [
        ("1997-01-01", "", "5", "false"),
        ("2010-01-01", "", "", "false"),
        ("2013-11-14", "", "6", "false"),
        ("2014-05-05", "5", "10", "false"),
        ("2016-07-20", "8", "15", "false"),
        ("2022-07-14", "8", "15", "false"),
    ],
    ("208", "3"): [("2022-07-14", "12", "20", "false")],
}


@pytest.mark.parametrize("unit", sorted(ARMED_FORMATION_HISTORY), ids=str)
def test_armed_formation_penalties_on_the_day_before_and_the_day_of_each_version(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
) -> None:
    previous = None
    for start, low, high, life in ARMED_FORMATION_HISTORY[unit]:
        day = dt.date.fromisoformat(start)
        before = penalties(day - dt.timedelta(days=1)).get(unit)
        assert before == previous, (unit, start, before)
        current = (low, high, life, start)
        assert penalties(day).get(unit) == current, (unit, start)
        previous = current


def test_armed_formation_gravity_follows_the_terms_and_the_art_15_of_the_day(gravity) -> None:  # type: ignore[no-untyped-def]
    # 1997: 2 to 7 years is grave, up to 5 years medium, under the Art. 15 of 1997
    assert gravity(dt.date(1997, 1, 1))[("208", "1")][0] == "grave"
    assert gravity(dt.date(1997, 1, 1))[("208", "2")][0] == "medium"
    assert ("208", "1") not in gravity(dt.date(1996, 12, 31))
    # the 377-FZ part 2 sanction was not found: unclassified, never small
    assert ("208", "2") not in gravity(dt.date(2010, 1, 1))
    # 130-FZ (the 2014-2016 text): 8 to 15 years particularly grave, 5 to 10 grave
    assert gravity(dt.date(2016, 7, 19))[("208", "1")][0] == "particularly_grave"
    assert gravity(dt.date(2016, 7, 19))[("208", "2")][0] == "grave"
    # 375-FZ: 10 to 20 and 8 to 15 years, both particularly grave
    assert gravity(dt.date(2016, 7, 20))[("208", "1")][0] == "particularly_grave"
    assert gravity(dt.date(2016, 7, 20))[("208", "2")][0] == "particularly_grave"
    # part 3 exists from 260-FZ on
    assert ("208", "3") not in gravity(dt.date(2022, 7, 13))
    assert gravity(dt.date(2022, 7, 14))[("208", "3")][0] == "particularly_grave"


# ---------------------------------------------------------------------------- bad input

BAD_EDITS = {
    "malformed date": (
        "articles/275.1.yaml",
        r"(from:\s*\n\s*value:\s*)2022-07-14",
        r"\g<1>2022-13-45",
        "not a real calendar date",
    ),
    "min above max": (
        "articles/276.yaml",
        r"min_years: 10",
        "min_years: 30",
        "is above the maximum",
    ),
    "unknown article in an effect": (
        "laws/2022-260-fz.yaml",
        r'article: "275.1"',
        'article: "999.9"',
        "999.9, which is not in the register",
    ),
    "ten-day date off by one": (
        "laws/2024-11-fz.yaml",
        r"published: 2024-02-14\}",
        "published: 2024-02-15}",
        "the ten-day rule from publication on 2024-02-15 gives 2024-02-26",
    ),
    "Art. 15 bounds reversed": (
        "categories.yaml",
        r"above: 3, at_most: 5",
        "above: 6, at_most: 5",
        "lower bound 6 is not below its upper bound 5",
    ),
    "Art. 15 version out of order": (
        "categories.yaml",
        r"value: 2019-06-28",
        "value: 2010-06-28",
        "does not follow the one from 2011-12-08",
    ),
    "coverage entry not an article number": (
        "coverage.yaml",
        r'"205.1", ',
        '"205.x", ',
        "'205.x' is not an article number",
    ),
    "duplicate version": ("articles/284.yaml", None, None, "duplicate version"),
    "overlapping version": ("articles/275.yaml", None, None, "overlaps"),
}


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize("case", sorted(BAD_EDITS))
def test_bad_register_files_get_one_clear_line_and_exit_3(project: Path, case: str) -> None:
    rel, pattern, replacement, message = BAD_EDITS[case]
    path = project / "seeds" / "statutes" / rel
    text = path.read_text(encoding="utf-8")
    if case == "duplicate version":
        block = _first_version_block(text)
        text = text.replace(block, block + block, 1)
    elif case == "overlapping version":
        block = _first_version_block(text)
        text = text.replace(
            block, re.sub(r"(\n\s*)(enacted_by:)", r"\1until: 2099-01-01\1\2", block, count=1), 1
        )
    else:
        assert pattern is not None and replacement is not None
        text, count = re.subn(pattern, replacement, text, count=1)
        assert count == 1, f"fixture edit for {case} did not apply"
    path.write_text(text, encoding="utf-8")
    run = kgbuild("--root", project, "build", "-o", project / "out")
    assert run.code == 3, run.stderr
    problems = [line for line in run.stderr.splitlines() if line.startswith("ERROR input")]
    assert len(problems) == 1, run.stderr
    assert f"seeds/statutes/{rel}:" in problems[0] and message in problems[0]
    assert "(fix: " in problems[0]
    assert not (project / "out").exists()


def _first_version_block(text: str) -> str:
    """The text of the first `- from:` item of a versions list."""
    match = re.search(r"(?ms)^(\s*)- from:.*?(?=^\1- from:|^\s*- part:|\Z)", text)
    assert match, "no version in file"
    return match.group(0)


def test_all_problems_are_reported_in_one_pass(project: Path) -> None:
    for rel, old, new in (
        ("articles/276.yaml", "min_years: 10", "min_years: 30"),
        ("laws/2022-260-fz.yaml", 'article: "275.1"', 'article: "999.9"'),
    ):
        path = project / "seeds" / "statutes" / rel
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_seeds(project / "seeds")
    assert len(caught.value.problems) == 2


def test_gravity_is_inferred_not_typed(built: Path) -> None:
    graph = Graph().parse(built / "inferred.ttl")
    assert len(set(graph.subjects(RSL.gravity, None))) >= 30
    for path in (ROOT / "seeds").rglob("*.yaml"):
        assert "gravity" not in path.read_text(encoding="utf-8").lower(), path


# ---------------------------------------------------------------------------- Art. 15 in time


def _category(version: Version, day: dt.date) -> str | None:
    """The category under the Art. 15 in force on `day`, worked out here from the register's
    rules, apart from the reasoner: the gravity query must agree with it."""
    art15 = next(c for c in REGISTER.categories if c.in_force_on(day))
    guilt = REGISTER.articles[version.article].guilt
    prison = [s for s in version.sanctions if s.type == "imprisonment"]
    # life imprisonment or the death penalty: Art. 15's "harsher penalty" than any term
    life = any(s.type in {"life_imprisonment", "death_penalty"} for s in version.sanctions)
    maxes = [s.max_years.value for s in prison if s.max_years is not None]
    if not version.sanctions or (prison and not maxes and not life):
        return None  # sanctions or term unknown: left unclassified
    if not prison and not life:
        return "small"
    longest = max(maxes) if maxes else None
    for rule in art15.rules:
        if guilt not in rule.guilt:
            continue
        if life and rule.life:
            return rule.category
        if life or longest is None:
            continue
        if (rule.above is None or longest > rule.above) and (
            rule.at_most is None or longest <= rule.at_most
        ):
            return rule.category
    return None


def _gravity_days() -> list[dt.date]:
    """The day before and the day of every change: of an article version and of Art. 15."""
    days = {d for _, _, d in _changes(REGISTER)} | {c.start.value for c in REGISTER.categories}
    return sorted({x for d in days for x in (d - dt.timedelta(days=1), d)})


@pytest.fixture(scope="module")
def gravity(built: Path):  # type: ignore[no-untyped-def]
    store = load_store(built / "graph.ttl")
    query = load_catalogue(ROOT / "queries")["gravity"]

    def on(day: dt.date) -> dict[tuple[str, str], tuple[str, str]]:
        rows = run_local(store, query, bind_parameters(query, {"date": day.isoformat()}))
        return {(r[0], r[1]): (r[2], r[8]) for r in rows.plain_rows()}

    return on


@pytest.mark.parametrize("day", _gravity_days(), ids=str)
def test_gravity_on_each_boundary_follows_the_art_15_of_that_day(gravity, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    expected = {}
    for article in REGISTER.articles.values():
        for unit in article.units:
            if unit.note is not None:
                continue  # a note has no gravity
            version = _in_force(REGISTER, article.number, unit.part, day)
            category = _category(version, day) if version else None
            if category is not None:
                expected[(article.number, unit.part or "")] = category
    art15 = [c.start.value.isoformat() for c in REGISTER.categories if c.in_force_on(day)]
    got = gravity(day)
    assert {k: v[0] for k, v in got.items()} == expected
    assert {v[1] for v in got.values()} <= set(art15)


def test_art_284_was_medium_until_420fz_and_small_after(gravity) -> None:  # type: ignore[no-untyped-def]
    for day, category in (
        ("1997-01-01", "medium"),
        ("2011-12-07", "medium"),
        ("2011-12-08", "small"),
        ("2026-11-01", "small"),
    ):
        assert gravity(dt.date.fromisoformat(day))[("284", "")][0] == category, day
    # the 2015 wording of 284.1 (a 2017 text, reg-u.yaml): 2 to 6 years, grave
    assert gravity(dt.date(2016, 1, 1))[("284.1", "")][0] == "grave"


def test_the_2015_wording_of_284_1_is_in_force_until_the_2021_parts(penalties) -> None:  # type: ignore[no-untyped-def]
    """129-FZ's term, 2 to 6 years, read in a 2017 text (reg-u.yaml), from the first day of
    the article to the day before 292-FZ's parts replaced it."""
    unit = ("284.1", "")
    assert penalties(dt.date(2015, 6, 2)).get(unit) is None
    assert penalties(dt.date(2015, 6, 3)).get(unit) == ("2", "6", "false", "2015-06-03")
    assert penalties(dt.date(2021, 7, 11)).get(unit) == ("2", "6", "false", "2015-06-03")
    assert penalties(dt.date(2021, 7, 12)).get(unit) is None


@pytest.mark.parametrize("art15", REGISTER.categories[1:], ids=lambda c: str(c.start.value))
def test_a_change_of_art_15_alone_leaves_the_penalties_as_they_were(penalties, art15) -> None:  # type: ignore[no-untyped-def]
    day = art15.start.value
    changed = {(a, p or "") for a, p, d in _changes(REGISTER) if d == day}
    before = {k: v[:3] for k, v in penalties(day - dt.timedelta(days=1)).items()}
    after = {k: v[:3] for k, v in penalties(day).items()}
    assert before, day
    assert {k: v for k, v in before.items() if k not in changed} == {
        k: v for k, v in after.items() if k not in changed
    }


def test_ten_day_rule_dates_are_marked_derived_with_their_publication(built: Path) -> None:
    graph = load_graph(built / "graph.ttl")
    derived = {
        (str(node), str(graph.value(record, RSL.value)), str(published))
        for node, record in graph.subject_objects(RSL.statuteFact)
        for published in graph.objects(record, RSL.derivedFromPublication)
    }
    assert len(derived) >= 20
    for _, value, published in derived:
        assert dt.date.fromisoformat(value) - dt.date.fromisoformat(published) == dt.timedelta(
            days=11
        ), (value, published)
    assert any(n.endswith("/eli/ru/fz/2024/11") and v == "2024-02-25" for n, v, _ in derived)
    # every one of them is inferred, so none is above low confidence
    for node, record in graph.subject_objects(RSL.statuteFact):
        if graph.value(record, RSL.derivedFromPublication) is not None:
            assert str(graph.value(record, RSL.confidence)) in ("low", "unverified"), node


def test_280_4_part_2_after_11fz_rests_on_the_2025_copy_only() -> None:
    version = _in_force(REGISTER, "280.4", "2", dt.date(2024, 2, 25))
    assert version is not None and version.start.value == dt.date(2024, 2, 25)
    prison = next(s for s in version.sanctions if s.type == "imprisonment")
    assert prison.max_years is not None and prison.max_years.value == 6
    assert prison.max_years.source == "snap-ukrf-280-4"
    assert prison.max_years.confidence == "medium"
    # no fact of a version that began after August 2023 may rest on the August 2023 text
    for article in REGISTER.articles.values():
        for unit in article.units:
            for v in unit.versions:
                if v.start.value <= dt.date(2023, 8, 4):
                    continue
                for sanction in v.sanctions:
                    for fact in (sanction.min_years, sanction.max_years, sanction.max_amount):
                        if fact is not None:
                            assert not fact.source or not fact.source.startswith("off-pravo"), (
                                article.number,
                                unit.part,
                                v.start.value,
                            )


def test_coverage_names_every_chapter_29_article_and_each_gap(built: Path) -> None:
    from kgbuild.code_text import load_code_articles

    run = kgbuild("query", "coverage", "-g", built / "graph.ttl", "-f", "json")
    assert run.code == 0, run.stderr
    rows = [
        {k: v["value"] for k, v in b.items()} for b in json.loads(run.stdout)["results"]["bindings"]
    ]
    code = load_code_articles(ROOT / "seeds" / "statutes" / "code-articles.tsv")
    chapter = {r["article"]: r for r in rows if r["list"].startswith("Chapter 29")}
    assert set(chapter) == {a.number for a in code.values() if a.chapter == "29"} | {"276.1"}
    related = {r["article"]: r for r in rows if r["list"].startswith("Related")}
    assert {"205", "205.1", "208", "332", "359", "104.1"} <= set(related)
    for number, row in {**chapter, **related}.items():
        article = REGISTER.articles.get(number)
        assert row["registered"] == ("true" if article else "false"), number
        parts = [u for u in article.units if u.note is None] if article else []  # notes apart
        starts = sorted(v.start.value for u in parts for v in u.versions)
        assert int(row["versions"]) == len(starts), number
        assert row.get("first_version", "") == (str(starts[0]) if starts else ""), number
        assert row.get("last_version", "") == (str(starts[-1]) if starts else ""), number
    assert chapter["284"]["first_version"] == "1997-01-01"
    # Art. 282 is registered from 162-FZ's restatement: its 1997-2003 wording was not found
    assert chapter["282"]["first_version"] == "2003-12-11"
    assert related["104.1"]["registered"] == "false"


# ------------------------------------------- wartime and military-service articles (reg-d)

# The prison term (min, max) of each part on the day before and the day of each change, as
# the official text of August 2023, the 2001 and pre-2013 editions and the consolidated copy
# to late 2025 give it (seeds/statutes/sources/reg-d.yaml); None where the part prescribes no
# imprisonment or did not exist yet. Written out from the sources, not read from the register.
WARTIME_BOUNDARIES: dict[tuple[str, str, str], tuple[tuple[str, str] | None, ...]] = {
    ("274.2", "1", "2022-07-14"): (None, ("", "3")),
    ("274.2", "2", "2022-07-14"): (None, ("", "3")),
    ("330.3", "1", "2023-08-04"): (None, ("", "2")),
    ("330.3", "2", "2023-08-04"): (None, ("", "3")),
    ("337", "1", "2013-11-25"): (None, None),  # arrest or a disciplinary unit only
    ("338", "2", "2011-03-11"): (("3", "10"), ("", "10")),  # 26-FZ drops the minimum
    ("337", "2.1", "2022-10-05"): (None, ("", "5")),
    ("337", "3.1", "2022-10-05"): (None, ("", "7")),
    ("337", "5", "2022-10-05"): (None, ("5", "10")),
    ("338", "3", "2022-10-05"): (None, ("5", "15")),
    ("339", "3", "2022-10-05"): (None, ("5", "10")),
    ("352.1", "", "2022-10-05"): (None, ("3", "10")),
    ("356.1", "1", "2022-10-05"): (None, ("", "6")),
    ("356.1", "2", "2022-10-05"): (None, ("", "10")),
    ("356.1", "3", "2022-10-05"): (None, ("3", "12")),
    ("356.1", "4", "2022-10-05"): (None, ("8", "15")),
    ("337", "2.2", "2026-01-09"): (None, ("2", "6")),
    ("337", "3.1", "2026-01-09"): (("", "7"), ("", "7")),  # disposition reworded only
    ("337", "3.2", "2026-01-09"): (None, ("3", "8")),
    ("337", "6", "2026-01-09"): (None, ("7", "12")),
    ("338", "4", "2026-01-09"): (None, ("10", "20")),
    ("339", "4", "2026-01-09"): (None, ("7", "12")),
}


@pytest.mark.parametrize(("change", "expected"), sorted(WARTIME_BOUNDARIES.items()), ids=str)
def test_wartime_articles_on_the_day_before_and_the_day_of_each_change(
    penalties,  # type: ignore[no-untyped-def]
    change: tuple[str, str, str],
    expected: tuple[tuple[str, str] | None, tuple[str, str] | None],
) -> None:
    article, part, day = change
    when = dt.date.fromisoformat(day)
    for on, terms in zip((when - dt.timedelta(days=1), when), expected, strict=True):
        row = penalties(on).get((article, part))
        assert (row[:2] if row else None) == terms, f"{article}/{part} on {on}"
    row = penalties(when).get((article, part))
    if row is not None:
        assert row[3] == day, f"{article}/{part}: the version in force should start on {day}"


def test_wartime_articles_change_gravity_with_art_15(gravity) -> None:  # type: ignore[no-untyped-def]
    def category(day: str, article: str, part: str) -> str | None:
        found = gravity(dt.date.fromisoformat(day)).get((article, part))
        return found[0] if found else None

    # up to 3 years: medium while small ended at 2 years, small from 420-FZ
    assert category("2011-12-07", "337", "3") == "medium"
    assert category("2011-12-08", "337", "3") == "small"
    # up to 7 years (desertion): grave throughout
    assert category("1997-01-01", "338", "1") == "grave"
    assert category("2026-01-09", "338", "1") == "grave"
    # the wartime parts: 15 and 20 years are particularly grave, 10 years grave
    assert category("2022-10-05", "338", "3") == "particularly_grave"
    assert category("2022-10-05", "352.1", "") == "grave"
    assert category("2022-10-04", "352.1", "") is None
    assert category("2026-01-09", "338", "4") == "particularly_grave"
    # no imprisonment at all: small
    assert category("2022-10-05", "339", "1") == "small"


def _history(built: Path, article: str) -> list[dict[str, str]]:
    run = kgbuild(
        "query",
        "article-history",
        "-p",
        f"article={article}",
        "-g",
        built / "graph.ttl",
        "-f",
        "json",
    )
    assert run.code == 0, run.stderr
    bindings = json.loads(run.stdout)["results"]["bindings"]
    return [{k: v["value"] for k, v in b.items()} for b in bindings]


def test_notes_are_units_with_versions_and_no_sanctions(built: Path) -> None:
    graph = load_graph(built / "graph.ttl")
    notes = {(a.number, u.note): u for a in REGISTER.articles.values() for u in a.units if u.note}
    assert {("275", "3"), ("275.1", "1"), ("205.2", "1.1")} <= set(notes)
    note_versions = set(graph.subjects(RDF.type, RSL.NoteVersion))
    assert len(note_versions) == sum(len(u.versions) for u in notes.values())
    for version in note_versions:
        assert (version, RDF.type, RSL.UnitVersion) not in graph, version
        assert graph.value(version, RSL.hasSanction) is None, version
        unit = graph.value(version, URIRef("http://data.europa.eu/eli/ontology#realizes"))
        assert (unit, RDF.type, RSL.Note) in graph, version
        assert "/note_" in str(unit) and graph.value(unit, RSL.partNumber) is None
    # no gravity period is ever opened for a note version
    assert not {p for p in graph.subjects(RSL.periodOf, None) if "/note_" in str(p)}


def test_article_history_shows_the_notes_and_510fz_replacing_them(built: Path) -> None:
    rows = [r for r in _history(built, "275") if "note" in r]
    got = [
        (r["note"], r["in_force_from"], r.get("in_force_until", ""), r["enacted_by"]) for r in rows
    ]
    assert got == [
        ("1", "1997-01-01", "2022-07-14", "63-FZ"),  # the Code's own note (release on a report)
        ("1", "2022-07-14", "2025-01-08", "260-FZ"),
        ("1", "2025-01-08", "", "510-FZ"),
        ("2", "2022-07-14", "2025-01-08", "260-FZ"),
        ("2", "2025-01-08", "", "510-FZ"),
        ("3", "2025-01-08", "", "510-FZ"),
    ]
    assert all(not r.get("sanctions") and "life" not in r for r in rows)
    exemption = next(r for r in rows if r["note"] == "3")["provides"]
    assert "276.1" in exemption and "released from criminal liability" in exemption
    # the note of Art. 276 ends when 510-FZ repealed it
    (note_276,) = [r for r in _history(built, "276") if "note" in r]
    assert (note_276["in_force_from"], note_276["in_force_until"]) == ("2022-07-14", "2025-01-08")


def test_penalties_and_the_statute_table_list_no_note(built: Path) -> None:
    def rows(name: str, *args: str) -> list[dict[str, str]]:
        run = kgbuild("query", name, *args, "-g", built / "graph.ttl", "-f", "csv")
        assert run.code == 0, run.stderr
        return list(csv.DictReader(io.StringIO(run.stdout)))

    versions = [
        v for a in REGISTER.articles.values() for u in a.units if u.note is None for v in u.versions
    ]
    assert len(rows("statute-table")) == len(versions)
    day = dt.date(2025, 6, 1)
    in_force = rows("penalties-in-force", "-p", f"date={day}")
    assert len([r for r in in_force if r["article"] == "275"]) == 1
    assert len(in_force) == len(
        [v for v in versions if v.in_force_on(day) and _expected(v) is not None]
    )


def test_note_effects_point_to_the_note_versions_they_made(built: Path) -> None:
    graph = load_graph(built / "graph.ttl")
    effect = URIRef(
        "https://w3id.org/ru-seclaw/eli/ru/fz/2024/11/effect/art_280_4_note_1/note_amended"
    )
    assert graph.value(effect, RSL.resultingVersion) == URIRef(
        "https://w3id.org/ru-seclaw/eli/ru/fz/1996/63/art_280_4/note_1/version/2024-02-25"
    )


def _confiscation_expected(day: dt.date) -> dict[tuple[str, str], str]:
    """yes, no or unknown for each listed article (part), worked out from the register."""
    out = {}
    for listing in REGISTER.confiscation:
        if listing.start is not None:
            answer = "yes" if listing.start.value <= day else "no"
        else:
            answer = "yes" if listing.shown.value <= day else "unknown"
        for part in listing.parts or ("",):
            out[(listing.article, part)] = answer
    return out


def _confiscation_days() -> list[dt.date]:
    days = {d for x in REGISTER.confiscation for d in (x.shown.value, x.start and x.start.value)}
    return sorted({y for d in days if d for y in (d - dt.timedelta(days=1), d)})


@pytest.mark.parametrize("day", _confiscation_days(), ids=str)
def test_confiscation_applies_from_each_listing_s_first_known_day(
    built: Path, day: dt.date
) -> None:
    run = kgbuild(
        "query", "confiscation", "-p", f"date={day}", "-g", built / "graph.ttl", "-f", "csv"
    )
    assert run.code == 0, run.stderr
    got = {
        (r["article"], r["part"]): r["applicable"] for r in csv.DictReader(io.StringIO(run.stdout))
    }
    assert got == _confiscation_expected(day)


def test_confiscation_under_104_1_for_treason_and_calls_against_security(built: Path) -> None:
    def answer(article: str, day: str) -> list[str]:
        run = kgbuild(
            "query",
            "confiscation",
            "-p",
            f"date={day}",
            "-p",
            f"article={article}",
            "-g",
            built / "graph.ttl",
            "-f",
            "csv",
        )
        assert run.code == 0, run.stderr
        return [r["applicable"] for r in csv.DictReader(io.StringIO(run.stdout))]

    assert answer("280.4", "2024-02-24") == ["no"]  # 11-FZ added it
    assert answer("280.4", "2024-02-25") == ["yes"]
    assert answer("275", "2023-08-03") == ["unknown"]  # start before the 2023 text not found
    assert answer("275", "2023-08-04") == ["yes"]
    assert answer("283.2", "2024-01-01") == ["yes", "yes", "yes"]  # parts 2 to 4 only
    assert answer("284", "2025-11-17") == []  # not listed in point "а"
