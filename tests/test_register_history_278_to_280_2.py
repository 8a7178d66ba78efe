"""Arts. 278, 279, 280.1 and 280.2 in the register: the penalty in force the day before and
the day of each change, and the gravity class those penalties give under the Art. 15 of the
day. Expected terms are read from the sources cited in seeds/statutes/sources/reg-a.yaml
(the official text of August 2023, the copy to November 2025, and reports of the 2013 text),
not from the register files themselves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from kgbuild.queries import bind_parameters, load_catalogue, run_local
from kgbuild.sources import load_seeds
from kgbuild.store import load_store
from tests.conftest import ROOT

REGISTER = load_seeds(ROOT / "seeds").register

# (article, part) -> the versions in order: (first day, min years, max years, life), as the
# penalties-in-force query prints them ("" for no minimum).
HISTORY: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {
    # 12-20 years since 1997; 377-FZ added restriction of liberty from 10.01.2010.
    ("278", ""): [("1997-01-01", "12", "20", "false"), ("2010-01-10", "12", "20", "false")],
    # the partless article until 510-FZ split it into three parts
    ("279", ""): [("1997-01-01", "12", "20", "false"), ("2010-01-10", "12", "20", "false")],
    ("279", "1"): [("2025-01-08", "15", "20", "false")],
    ("279", "2"): [("2025-01-08", "12", "20", "false")],
    ("279", "3"): [("2025-01-08", "15", "20", "true")],
    # 433-FZ: up to 3 years; 274-FZ (in force 02.08.2014, Kodeks copy): up to 4; 425-FZ:
    # still 4 (administrative prejudice).
    ("280.1", "1"): [
        ("2014-05-09", "", "3", "false"),
        ("2014-08-02", "", "4", "false"),
        ("2020-12-08", "", "4", "false"),
    ],
    ("280.1", "2"): [("2014-05-09", "", "5", "false"), ("2014-08-02", "", "5", "false")],
    ("280.2", ""): [("2020-12-08", "6", "10", "false")],
}

# the day the partless Art. 279 gave way to parts 1-3 (510-FZ, derived date)
ENDS = {("279", ""): "2025-01-08"}


def boundaries(
    history: dict[tuple[str, str], list[tuple[str, str, str, str]]],
) -> list[tuple[tuple[str, str], int]]:
    """(unit, version index) for every version in a history, to parametrize over."""
    return [(unit, i) for unit, versions in sorted(history.items()) for i in range(len(versions))]


@pytest.fixture(scope="module")
def penalties(built: Path):  # type: ignore[no-untyped-def]
    store = load_store(built / "graph.ttl")
    query = load_catalogue(ROOT / "queries")["penalties-in-force"]

    def on(day: dt.date) -> dict[tuple[str, str], tuple[str, str, str, str]]:
        rows = run_local(store, query, bind_parameters(query, {"date": day.isoformat()}))
        return {(r[0], r[1]): (r[3], r[4], r[5], r[6]) for r in rows.plain_rows()}

    return on


def check_day_before_and_day_of(
    penalties: Any,
    history: dict[tuple[str, str], list[tuple[str, str, str, str]]],
    unit: tuple[str, str],
    index: int,
) -> None:
    """penalties-in-force the day before a version begins shows the one before it (or
    nothing), and the day it begins shows it: (first day, min, max, life) per version."""
    versions = history[unit]
    start, low, high, life = versions[index]
    day = dt.date.fromisoformat(start)
    before = penalties(day - dt.timedelta(days=1)).get(unit)
    if index == 0:
        assert before is None, f"{unit} in force before it was enacted: {before}"
    else:
        prev = versions[index - 1]
        assert before == (prev[1], prev[2], prev[3], prev[0]), unit
    assert penalties(day).get(unit) == (low, high, life, start), unit


@pytest.mark.parametrize(("unit", "index"), boundaries(HISTORY), ids=str)
def test_penalty_the_day_before_and_the_day_of_each_change(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    index: int,
) -> None:
    check_day_before_and_day_of(penalties, HISTORY, unit, index)


@pytest.mark.parametrize(("unit", "end"), sorted(ENDS.items()))
def test_a_unit_replaced_by_parts_is_gone_from_the_day_they_begin(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    end: str,
) -> None:
    day = dt.date.fromisoformat(end)
    assert penalties(day - dt.timedelta(days=1)).get(unit) is not None
    assert penalties(day).get(unit) is None
    assert {p for a, p in penalties(day) if a == unit[0]} == {"1", "2", "3"}


@pytest.fixture(scope="module")
def gravity(built: Path):  # type: ignore[no-untyped-def]
    store = load_store(built / "graph.ttl")
    query = load_catalogue(ROOT / "queries")["gravity"]

    def on(day: dt.date) -> dict[tuple[str, str], str]:
        rows = run_local(store, query, bind_parameters(query, {"date": day.isoformat()}))
        return {(r[0], r[1]): r[2] for r in rows.plain_rows()}

    return on


@pytest.mark.parametrize(
    ("day", "unit", "category"),
    [
        # Art. 15 of 1997: up to 2 years small, up to 5 medium, up to 10 grave, above particularly
        ("1997-01-01", ("278", ""), "particularly_grave"),
        ("2009-12-31", ("279", ""), "particularly_grave"),
        # Art. 15 after 420-FZ (07.12.2011): up to 3 years small
        ("2014-05-09", ("280.1", "1"), "small"),
        ("2014-08-02", ("280.1", "1"), "medium"),
        ("2014-08-02", ("280.1", "2"), "medium"),
        ("2020-12-08", ("280.2", ""), "grave"),
        ("2025-01-08", ("279", "2"), "particularly_grave"),
        ("2025-01-08", ("279", "3"), "particularly_grave"),
    ],
    ids=str,
)
def test_gravity_of_the_new_articles_under_the_art_15_of_the_day(
    gravity,  # type: ignore[no-untyped-def]
    day: str,
    unit: tuple[str, str],
    category: str,
) -> None:
    assert gravity(dt.date.fromisoformat(day)).get(unit) == category


def test_unfound_entry_into_force_dates_stay_unverified_lower_bounds() -> None:
    # 274-FZ's date is now read (test_register_kodeks_dates.py)
    laws = {"fz-2020-425": dt.date(2020, 12, 8)}
    seen = set()
    for number in ("280.1", "280.2"):
        for unit in REGISTER.articles[number].units:
            for version in unit.versions:
                if version.enacted_by in laws:
                    seen.add(version.enacted_by)
                    assert version.start.value == laws[version.enacted_by]
                    assert version.start.confidence == "unverified", (number, unit.part)
    assert seen == set(laws)
    for law_id in laws:
        assert "in_force" not in REGISTER.laws[law_id].dates, law_id


def test_the_2013_wording_of_280_1_rests_on_reports_not_the_code() -> None:
    for unit in REGISTER.articles["280.1"].units:
        first = unit.versions[0]
        assert first.enacted_by == "fz-2013-433"
        assert first.start.value == dt.date(2014, 5, 9)
        assert first.start.confidence == "medium"
        for sanction in first.sanctions:
            for fact in (sanction.min_years, sanction.max_years, sanction.max_amount):
                if fact is not None:
                    assert fact.confidence == "medium", (unit.part, sanction.type)
                    assert not (fact.source or "").startswith("reg-a-off-pravo"), unit.part
