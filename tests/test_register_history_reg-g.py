"""Art. 277 in the register: the penalty in force the day before and the day of each change,
the death penalty among its alternatives, and the gravity those penalties give under the
Art. 15 of the day. Expected values are read from the sources cited in
seeds/statutes/sources/reg-g.yaml (the official text of August 2023 and its edit notes, the
copy to November 2025), not from the register files themselves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.queries import bind_parameters, load_catalogue, run_local
from kgbuild.sources import load_seeds
from kgbuild.store import load_store
from tests.conftest import ROOT
from tests.test_register_history_278_to_280_2 import (  # the module-scoped query fixtures
    boundaries,
    check_day_before_and_day_of,
    gravity,
    penalties,
)

__all__ = ["gravity", "penalties"]  # the fixtures, shared with the 278-280.2 tests

REGISTER = load_seeds(ROOT / "seeds").register

# Art. 277's versions, as penalties-in-force prints them: (first day, min, max, life). The
# 1997 terms were not read ("" for unknown); 73-FZ (2004) starts on its law's date as a lower
# bound, 153-FZ (2006) on its derived entry into force (ten days after publication); 377-FZ
# on 1 January 2010 (Garant, for Art. 208).
HISTORY_277 = [
    ("1997-01-01", "", "", "false"),
    ("2004-08-08", "12", "20", "true"),
    ("2006-08-09", "12", "20", "true"),
    ("2010-01-01", "12", "20", "true"),
]


HISTORY = {("277", ""): HISTORY_277}


@pytest.mark.parametrize(("unit", "index"), boundaries(HISTORY), ids=str)
def test_277_the_day_before_and_the_day_of_each_change(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    index: int,
) -> None:
    check_day_before_and_day_of(penalties, HISTORY, unit, index)


@pytest.fixture(scope="module")
def death_penalty(built: Path):  # type: ignore[no-untyped-def]
    store = load_store(built / "graph.ttl")
    query = load_catalogue(ROOT / "queries")["penalties-in-force"]

    def on(day: str) -> dict[tuple[str, str], str]:
        rows = run_local(store, query, bind_parameters(query, {"date": day}))
        at = rows.columns.index("death_penalty")
        return {(r[0], r[1]): r[at] for r in rows.plain_rows()}

    return on


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # the official text of 2023 and the copy to 2025: "...либо смертной казнью"
        ("2010-01-01", "true"),
        ("2023-08-04", "true"),
        ("2025-11-17", "true"),
        # 73-FZ's sanction (inferred from the 2023 text less 377-FZ's restriction of liberty)
        ("2004-08-08", "true"),
    ],
)
def test_the_death_penalty_shows_among_277s_penalties(
    death_penalty,  # type: ignore[no-untyped-def]
    day: str,
    expected: str,
) -> None:
    assert death_penalty(day)[("277", "")] == expected


def test_no_other_registered_article_carries_the_death_penalty(
    death_penalty,  # type: ignore[no-untyped-def]
) -> None:
    # of the register's articles, only 277 has "смертной казнью" in its sanction (the
    # official text of 2023 names it elsewhere only in Arts. 105, 295, 317 and 357)
    today = death_penalty("2025-11-17")
    assert {unit for unit, flag in today.items() if flag == "true"} == {("277", "")}
    assert set(today.values()) == {"true", "false"}


@pytest.mark.parametrize(
    ("day", "category"),
    [
        # 1997-2004: the terms were not read, so the version is left unclassified, under the
        # Art. 15 of 1997 and under 25-FZ's of 09.03.2001 alike
        ("1997-01-01", None),
        ("2001-03-08", None),
        ("2001-03-09", None),
        ("2004-07-20", None),
        # 12-20 years or life or death: particularly grave under every Art. 15, the day
        # before and the day of each change of the article and of Art. 15
        ("2004-08-08", "particularly_grave"),
        ("2006-08-08", "particularly_grave"),
        ("2006-08-09", "particularly_grave"),
        ("2009-12-31", "particularly_grave"),
        ("2010-01-01", "particularly_grave"),
        ("2011-12-07", "particularly_grave"),
        ("2011-12-08", "particularly_grave"),
        ("2019-06-27", "particularly_grave"),
        ("2019-06-28", "particularly_grave"),
    ],
)
def test_gravity_of_277_under_the_art_15_of_the_day(
    gravity,  # type: ignore[no-untyped-def]
    day: str,
    category: str | None,
) -> None:
    assert gravity(dt.date.fromisoformat(day)).get(("277", "")) == category


def test_277s_unread_facts_stay_unverified() -> None:
    versions = REGISTER.articles["277"].units[0].versions
    first = versions[0]
    assert first.confidence == "unverified"
    assert not any(s.type in {"life_imprisonment", "death_penalty"} for s in first.sanctions)
    # 73-FZ: its entry into force as the Kodeks-style copy dates its changes (reg-t)
    version = versions[1]
    assert version.enacted_by == "fz-2004-73"
    assert version.start.value == dt.date(2004, 8, 8)
    assert version.start.confidence == "medium"
    assert REGISTER.laws["fz-2004-73"].dates["in_force"].value == dt.date(2004, 8, 8)
    # 153-FZ: the law's entry into force, derived from its publication
    version = versions[2]
    assert version.enacted_by == "fz-2006-153"
    assert version.start.value == REGISTER.laws["fz-2006-153"].dates["in_force"].value
    assert version.start.confidence == "low" and version.start.derived_from is not None
    # 73-FZ's sanction is read in the 2005 text (reg-u.yaml); the 153-FZ version of 2006,
    # which kept it, still rests on the inference from the 2023 text
    assert versions[1].confidence == "medium" and versions[1].source == "reg-u-cons2005-uk-277"
    assert (versions[1].quote or "").startswith("наказывается лишением свободы на срок от")
    assert versions[2].confidence == "low"
    # only the 377-FZ version is read in the official text
    assert versions[3].enacted_by == "fz-2009-377" and versions[3].confidence == "high"
