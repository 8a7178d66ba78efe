"""Arts. 205 (terrorist act) and 205.1 (assisting terrorist activity) in the register: the
penalty in force the day before and the day of each change, the gravity class under the Art. 15
of the day, and the gaps kept as gaps. Expected terms are read from the sources cited in
seeds/statutes/sources/reg-i.yaml (the official text of August 2023 with its edit notes,
Garant's edition after 321-FZ, the 2002 law in translation, copies of earlier texts and reports
of the amending laws), not from the register files themselves."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_register_history_278_to_280_2 import (
    REGISTER,
    boundaries,
    check_day_before_and_day_of,
    gravity,
    penalties,
)

__all__ = ["gravity", "penalties"]  # fixtures imported for use here, not copied

# (article, part) -> versions in order: (first day, min years, max years, life) as the
# penalties-in-force query prints them; "" where the term was not found (unverified).
HISTORY: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {
    ("205", "1"): [
        ("1997-01-01", "5", "10", "false"),  # the 1996 text
        ("2004-07-21", "8", "12", "false"),  # 74-FZ (the 2005 text's edit note)
        ("2006-08-09", "8", "12", "false"),  # 153-FZ (derived: ten days after publication)
        ("2010-01-01", "", "", "false"),  # 377-FZ reworded the sanction: wording not found
        ("2010-12-24", "8", "15", "false"),  # 352-FZ (Kodeks copy)
        ("2014-05-05", "8", "15", "false"),  # 130-FZ reworded the disposition (lower bound)
        ("2016-07-20", "10", "15", "false"),  # 375-FZ
        ("2018-01-11", "10", "15", "false"),  # 501-FZ reworded the disposition (derived: reg-m)
        ("2023-05-09", "10", "20", "false"),  # 157-FZ (derived date)
    ],
    ("205", "2"): [
        ("1997-01-01", "8", "15", "false"),
        ("2004-07-21", "10", "20", "false"),  # 74-FZ (the 2005 text's edit note)
        ("2009-01-11", "", "", "false"),  # 321-FZ restated the part: sanction not found
        ("2010-01-01", "10", "20", "false"),  # 377-FZ, with restriction of liberty
        ("2016-07-20", "12", "20", "false"),  # 375-FZ
        ("2023-05-09", "12", "20", "false"),  # 157-FZ repealed point "б"
    ],
    ("205", "3"): [
        ("1997-01-01", "10", "20", "false"),
        ("2004-07-21", "15", "20", "true"),  # 74-FZ: or life (the 2005 text's edit note)
        ("2009-01-11", "", "", "true"),  # 321-FZ restated the part: prison term not found
        ("2010-01-01", "15", "20", "true"),  # 377-FZ: or life imprisonment
        ("2023-05-09", "15", "20", "true"),  # 157-FZ reworded points "а" and "б"
    ],
    ("205.1", "1"): [
        ("2002-07-27", "4", "8", "false"),  # 103-FZ added the article (Kodeks copy)
        ("2006-08-09", "", "", "false"),  # 153-FZ restated it: sanction not found
        ("2010-01-01", "", "", "false"),  # 377-FZ reworded the sanction: not found
        ("2010-12-24", "5", "10", "false"),  # 352-FZ
        ("2018-01-09", "5", "15", "false"),  # 445-FZ (derived: reg-m.yaml)
        ("2023-05-09", "7", "15", "false"),  # 157-FZ
    ],
    ("205.1", "1.1"): [("2018-01-09", "8", "15", "true")],
    ("205.1", "2"): [
        ("2002-07-27", "7", "15", "false"),
        ("2006-08-09", "", "", "false"),
        ("2010-01-01", "", "", "false"),
        ("2010-12-24", "8", "15", "false"),
        ("2018-01-09", "10", "20", "true"),
        ("2025-11-17", "10", "20", "true"),  # 420-FZ: against a minor
    ],
    ("205.1", "3"): [
        ("2010-12-24", "8", "20", "false"),
        ("2014-05-05", "10", "20", "false"),
        ("2016-07-20", "10", "20", "false"),
        ("2023-05-09", "12", "20", "false"),
    ],
    ("205.1", "4"): [("2014-05-05", "15", "20", "true")],
}


@pytest.mark.parametrize(("unit", "index"), boundaries(HISTORY), ids=str)
def test_penalty_of_205_the_day_before_and_the_day_of_each_change(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    index: int,
) -> None:
    check_day_before_and_day_of(penalties, HISTORY, unit, index)


@pytest.mark.parametrize("article", ["205", "205.1"])
def test_the_register_has_exactly_these_versions(article: str) -> None:
    units = {u.part: u for u in REGISTER.articles[article].units if u.note is None}
    assert set(units) == {p for a, p in HISTORY if a == article}
    for part, unit in units.items():
        starts = [v.start.value.isoformat() for v in unit.versions]
        assert starts == [v[0] for v in HISTORY[(article, part)]], part


@pytest.mark.parametrize(
    ("day", "unit", "category"),
    [
        # Art. 15 of 1997: above 10 years particularly grave, up to 10 grave
        ("1997-01-01", ("205", "1"), "grave"),
        ("1997-01-01", ("205", "2"), "particularly_grave"),
        ("2006-08-09", ("205", "1"), "particularly_grave"),
        # 74-FZ's terms (the 2005 text): 8-12 and 10-20 years, above 10
        ("2004-07-21", ("205", "1"), "particularly_grave"),
        ("2004-07-21", ("205", "2"), "particularly_grave"),
        ("2010-12-24", ("205", "1"), "particularly_grave"),
        ("2010-01-01", ("205", "3"), "particularly_grave"),
        ("2023-05-09", ("205", "1"), "particularly_grave"),
        # a version whose prison term was not found is left unclassified, never small
        ("2010-01-01", ("205", "1"), None),
        ("2009-01-11", ("205", "2"), None),
        # life imprisonment alone makes a version particularly grave
        ("2004-07-21", ("205", "3"), "particularly_grave"),
        ("2009-01-11", ("205", "3"), "particularly_grave"),
        # Art. 205.1: 4-8 years was grave under the Art. 15 of 2001 (up to 10 years)
        ("2002-07-27", ("205.1", "1"), "grave"),
        ("2002-07-27", ("205.1", "2"), "particularly_grave"),
        ("2006-08-09", ("205.1", "1"), None),
        ("2010-12-24", ("205.1", "1"), "grave"),
        ("2018-01-09", ("205.1", "1"), "particularly_grave"),
        ("2014-05-05", ("205.1", "4"), "particularly_grave"),
    ],
    ids=str,
)
def test_gravity_of_205_under_the_art_15_of_the_day(
    gravity,  # type: ignore[no-untyped-def]
    day: str,
    unit: tuple[str, str],
    category: str | None,
) -> None:
    assert gravity(dt.date.fromisoformat(day)).get(unit) == category


def test_unfound_entry_into_force_dates_of_205_stay_unverified_lower_bounds() -> None:
    # 321-FZ and 352-FZ are now dated by a Kodeks-style copy: test_register_kodeks_dates.py
    laws = {
        "fz-2004-74": dt.date(2004, 7, 21),
        "fz-2014-130": dt.date(2014, 5, 5),
    }
    seen = set()
    for unit in REGISTER.articles["205"].units:
        for version in unit.versions:
            if version.enacted_by in laws:
                seen.add(version.enacted_by)
                assert version.start.value == laws[version.enacted_by], version.enacted_by
                assert version.start.confidence == "unverified", (unit.part, unit.note)
    assert seen == set(laws)
    for law_id in laws:
        assert "in_force" not in REGISTER.laws[law_id].dates, law_id


def test_the_153_fz_versions_start_on_the_laws_derived_entry_into_force() -> None:
    """153-FZ's date is derived from its publication (ten days after 29.07.2006): the
    versions it made in 205 and 205.1 start on that day, derived and low, as the law."""
    in_force = REGISTER.laws["fz-2006-153"].dates["in_force"]
    assert in_force.value == dt.date(2006, 8, 9) and in_force.confidence == "low"
    starts = [
        version.start
        for article in ("205", "205.1")
        for unit in REGISTER.articles[article].units
        for version in unit.versions
        if version.enacted_by == "fz-2006-153"
    ]
    assert len(starts) == 5
    for start in starts:
        assert start.value == in_force.value and start.confidence == "low"
        assert start.derived_from == dt.date(2006, 7, 29)


def test_the_1996_wording_of_205_rests_on_copies_at_low_confidence() -> None:
    for unit in REGISTER.articles["205"].units:
        first = unit.versions[0]
        assert first.enacted_by == "fz-1996-63"
        assert first.confidence == "low", (unit.part, unit.note)
        for sanction in first.sanctions:
            for fact in (sanction.min_years, sanction.max_years):
                assert fact is not None and fact.confidence == "low", unit.part


def test_unfound_entry_into_force_dates_of_205_1_stay_unverified_lower_bounds() -> None:
    # 103-FZ and 352-FZ are now dated by a Kodeks-style copy: test_register_kodeks_dates.py
    laws = {
        "fz-2014-130": dt.date(2014, 5, 5),
    }
    seen = set()
    for unit in REGISTER.articles["205.1"].units:
        for version in unit.versions:
            if version.enacted_by in laws:
                seen.add(version.enacted_by)
                assert version.start.value == laws[version.enacted_by], version.enacted_by
                assert version.start.confidence == "unverified", (unit.part, unit.note)
    assert seen == set(laws)


def test_the_notes_of_205_1_follow_the_2006_renumbering() -> None:
    notes = {u.note: u.versions for u in REGISTER.articles["205.1"].units if u.note is not None}
    assert set(notes) == {"1", "1.1", "2"}
    # note 1: the 2002 exemption, then from 2006 the definition of financing of terrorism
    assert [v.enacted_by for v in notes["1"]] == ["fz-2002-103", "fz-2006-153", "fz-2016-375"]
    assert "exempt" in (notes["1"][0].quote or "")
    assert notes["1"][1].quote is None  # the 2006 wording was not read
    assert (notes["1"][2].quote or "").startswith("Под финансированием терроризма")
    assert [v.enacted_by for v in notes["2"]] == ["fz-2006-153"]
    assert all(not v.sanctions and v.summary for vs in notes.values() for v in vs)


def test_the_note_of_205_has_its_1996_and_2008_versions() -> None:
    notes = [u for u in REGISTER.articles["205"].units if u.note is not None]
    assert [u.note for u in notes] == ["1"]
    versions = notes[0].versions
    assert [v.enacted_by for v in versions] == ["fz-1996-63", "fz-2008-321"]
    assert all(not v.sanctions and v.summary for v in versions)
    assert "акта терроризма" in (versions[0].quote or "")
    assert "террористического акта" in (versions[1].quote or "")
