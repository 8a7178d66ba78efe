"""Art. 280 (public calls to extremist activity) in the register: the penalty in force the day
before and the day of each change, the gravity those penalties give under the Art. 15 of the
day, and the gaps left open. Expected terms are read from the sources cited in
seeds/statutes/sources/reg-k.yaml (the official text of August 2023 with its edit notes, an
undated copy of the 2003-2011 wording, and reports of 5-FZ of 2014), not from the register
files themselves."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_register_history_278_to_280_2 import (  # the module-scoped query fixtures
    REGISTER,
    boundaries,
    check_day_before_and_day_of,
    gravity,
    penalties,
)

__all__ = ["gravity", "penalties"]

# (article, part) -> the versions in order: (first day, min years, max years, life) as
# penalties-in-force prints them ("" for no minimum, or for a term no source gave).
HISTORY: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {
    ("280", "1"): [
        ("1997-01-01", "", "", "false"),  # the 1996 sanction: not found
        ("2002-08-10", "", "", "false"),  # 112-FZ reworded the disposition only
        ("2003-12-11", "", "3", "false"),  # 162-FZ: up to 3 years (copy of the text)
        ("2011-08-06", "", "3", "false"),  # 250-FZ: change not found, 3 years both sides
        ("2011-12-08", "", "3", "false"),  # 420-FZ: the 3 years that 5-FZ raised
        ("2014-02-15", "", "4", "false"),  # 5-FZ: up to 4 years (official text)
    ],
    ("280", "2"): [
        ("1997-01-01", "", "5", "false"),  # the line no law touched before 420-FZ
        ("2011-12-08", "", "5", "false"),  # 420-FZ: forced labour added beside 5 years
        ("2014-07-11", "", "5", "false"),  # 179-FZ: the internet named; sanction kept
    ],
}

# (article, part) -> the law behind each version, in the order of HISTORY
LAWS: dict[tuple[str, str], list[str]] = {
    ("280", "1"): [
        "fz-1996-63",
        "fz-2002-112",
        "fz-2003-162",
        "fz-2011-250",
        "fz-2011-420",
        "fz-2014-5",
    ],
    ("280", "2"): ["fz-1996-63", "fz-2011-420", "fz-2014-179"],
}


@pytest.mark.parametrize(("unit", "index"), boundaries(HISTORY), ids=str)
def test_280_penalty_the_day_before_and_the_day_of_each_change(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    index: int,
) -> None:
    check_day_before_and_day_of(penalties, HISTORY, unit, index)


def test_280_has_exactly_these_versions_and_laws() -> None:
    units = {u.part: u for u in REGISTER.articles["280"].units}
    assert set(units) == {"1", "2"}, "Art. 280 has two parts and no notes"
    for part, unit in units.items():
        starts = [v.start.value.isoformat() for v in unit.versions]
        assert starts == [v[0] for v in HISTORY[("280", part)]], part
        assert [v.enacted_by for v in unit.versions] == LAWS[("280", part)], part


@pytest.mark.parametrize(
    ("day", "unit", "category"),
    [
        # a version whose prison term was not found is left unclassified, never small
        ("1997-01-01", ("280", "1"), None),
        ("2002-08-10", ("280", "1"), None),
        # up to 5 years: medium under every Art. 15 (1997, 2001, 2011, 2019)
        ("1997-01-01", ("280", "2"), "medium"),
        ("2001-03-08", ("280", "2"), "medium"),
        ("2001-03-09", ("280", "2"), "medium"),
        ("2019-06-28", ("280", "2"), "medium"),
        # up to 3 years: medium while Art. 15 set small at up to 2 years ...
        ("2003-12-11", ("280", "1"), "medium"),
        ("2011-12-07", ("280", "1"), "medium"),
        # ... small from 420-FZ, which raised the small bound to 3 years (08.12.2011)
        ("2011-12-08", ("280", "1"), "small"),
        ("2014-02-14", ("280", "1"), "small"),
        # 5-FZ's 4 years: medium again
        ("2014-02-15", ("280", "1"), "medium"),
        # 146-FZ (28.06.2019) changed only the bounds for negligent crimes
        ("2019-06-27", ("280", "1"), "medium"),
        ("2019-06-28", ("280", "1"), "medium"),
    ],
    ids=str,
)
def test_280_gravity_under_the_art_15_of_the_day(
    gravity,  # type: ignore[no-untyped-def]
    day: str,
    unit: tuple[str, str],
    category: str | None,
) -> None:
    assert gravity(dt.date.fromisoformat(day)).get(unit) == category


def test_the_unfound_1996_sanction_of_280_part_1_stays_unverified() -> None:
    """The 1996 term of part 1 (kept under 112-FZ) was not found: the imprisonment
    sanction is there with its term published as unverified, not typed in."""
    first, second = REGISTER.articles["280"].units[0].versions[:2]
    for version in (first, second):
        (prison,) = [s for s in version.sanctions if s.type == "imprisonment"]
        assert prison.max_years is None
        assert [u.key for u in prison.unknown] == ["max_years"], version.enacted_by


def test_entry_into_force_dates_of_280_rest_on_the_kodeks_copy() -> None:
    """112-FZ, 162-FZ and 250-FZ: once unverified lower bounds (their dates), now the days
    a Kodeks-style consolidated copy gives for their changes to Art. 280 (reg-t)."""
    laws = {
        "fz-2002-112": dt.date(2002, 8, 10),
        "fz-2003-162": dt.date(2003, 12, 11),
        "fz-2011-250": dt.date(2011, 8, 6),
    }
    seen = set()
    for unit in REGISTER.articles["280"].units:
        for version in unit.versions:
            if version.enacted_by in laws:
                seen.add(version.enacted_by)
                assert version.start.value == laws[version.enacted_by], version.enacted_by
                assert version.start.confidence == "medium", version.enacted_by
    assert seen == set(laws)
    for law_id, day in laws.items():
        assert REGISTER.laws[law_id].dates["in_force"].value == day, law_id


def test_the_5_fz_version_starts_ten_days_after_its_reported_publication() -> None:
    law = REGISTER.laws["fz-2014-5"]
    assert law.dates["published"].value == dt.date(2014, 2, 4)
    in_force = law.dates["in_force"]
    assert in_force.value == dt.date(2014, 2, 15) and in_force.confidence == "low"
    assert in_force.derived_from == dt.date(2014, 2, 4)
    last = REGISTER.articles["280"].units[0].versions[-1]
    assert last.enacted_by == "fz-2014-5" and last.end is None
    assert last.start.value == in_force.value and last.start.derived_from == in_force.derived_from


def test_inferred_terms_of_280_are_not_above_low_confidence() -> None:
    """The 250-FZ term and the 1996 term of part 2 are inferred from texts on either side of
    them, so neither may claim more than low confidence."""
    part_1, part_2 = REGISTER.articles["280"].units
    inferred = [
        next(v for v in part_1.versions if v.enacted_by == "fz-2011-250"),
        part_2.versions[0],
    ]
    for version in inferred:
        (prison,) = [s for s in version.sanctions if s.type == "imprisonment"]
        assert prison.max_years is not None and prison.max_years.confidence == "low"
