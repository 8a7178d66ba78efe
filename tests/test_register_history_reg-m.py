"""Law dates established by register helper reg-m (issue 11) and the version boundaries they
move: the penalty in force the day before and the day of each change, and the gravity the
moved version takes. Expected values are read from the sources cited in
seeds/statutes/sources/reg-m.yaml (news reports of each law's publication, with the ten-day
default rule) and, for the neighbouring versions, from the sources the Art. 208 file cites
(a 2003 copy of the text, Garant's change notes, the official text of August 2023), not from
the register files themselves."""

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
    ("208", "2"): [
        ("1997-01-01", "", "5", "false"),  # the 1996 text: up to 5 years
        ("2010-01-01", "", "", "false"),  # 377-FZ: the new term was not read
        ("2013-11-14", "", "6", "false"),  # 302-FZ: up to 6 years by the news reports
        ("2014-05-05", "5", "10", "false"),  # 130-FZ: 5 to 10 years (2014-2016 text, reg-u)
        ("2016-07-20", "8", "15", "false"),  # 375-FZ: 8 to 15 years (official text)
        ("2022-07-14", "8", "15", "false"),  # 260-FZ reworded the disposition only
    ],
}


@pytest.mark.parametrize(("unit", "index"), boundaries(HISTORY), ids=str)
def test_208_part_2_penalty_the_day_before_and_the_day_of_each_change(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    index: int,
) -> None:
    check_day_before_and_day_of(penalties, HISTORY, unit, index)


def test_302_fz_is_in_force_on_the_day_kodeks_gives() -> None:
    """TASS reports publication on the official portal on Sunday 03.11.2013. Kodeks's
    consolidated text dates 302-FZ's changes from 14.11.2013 (register helper reg-n), the day
    the ten-day default would also give: the date is read, high, and no longer derived."""
    law = REGISTER.laws["fz-2013-302"]
    published = law.dates["published"]
    assert published.value == dt.date(2013, 11, 3)
    assert published.confidence == "medium"
    in_force = law.dates["in_force"]
    assert in_force.value == dt.date(2013, 11, 14)
    assert in_force.confidence == "high"
    assert in_force.source == "reg-n-cntd-uk-282-2"
    assert in_force.derived_from is None
    # 208 part 2, and (register helper reg-q) the dispositions of 282.2 parts 1 and 2
    assert [(e.article, e.part) for e in law.effects] == [
        ("208", "2"),
        ("282.2", "1"),
        ("282.2", "2"),
    ]
    assert all(e.in_force.value == in_force.value for e in law.effects)


def test_the_302_fz_version_of_208_part_2_starts_on_the_laws_entry_into_force() -> None:
    part_2 = next(u for u in REGISTER.articles["208"].units if u.part == "2")
    version = next(v for v in part_2.versions if v.enacted_by == "fz-2013-302")
    in_force = REGISTER.laws["fz-2013-302"].dates["in_force"]
    assert version.start.value == in_force.value
    assert version.start.derived_from == in_force.derived_from
    (prison,) = [s for s in version.sanctions if s.type == "imprisonment"]
    # the news reports give only a maximum: the minimum stays unverified, not typed in
    assert prison.max_years is not None and prison.max_years.confidence == "medium"
    assert [u.key for u in prison.unknown] == ["min_years"]


# 445-FZ of 29.12.2017 (Arts. 205.1 and 205.2): published 29.12.2017 (RFE/RL), in force
# 09.01.2018 by the default rule. (unit, penalty the day before, penalty the day of) as
# penalties-in-force prints them: (min, max, life, first day of the version shown).
CHANGES_445_FZ = [
    # 352-FZ's 5 to 10 years, then 5 to 15 (reg-i-utnews-uk-205-1-2018, reg-i-kremlin-2017-445fz)
    (("205.1", "1"), ("5", "10", "false", "2010-12-24"), ("5", "15", "false", "2018-01-09")),
    # part 1.1 did not exist before 445-FZ: 8 to 15 years or life
    (("205.1", "1.1"), None, ("8", "15", "true", "2018-01-09")),
    # 8 to 15 years, then 10 to 20 or life for the acts by an official
    (("205.1", "2"), ("8", "15", "false", "2010-12-24"), ("10", "20", "true", "2018-01-09")),
    # propaganda of terrorism added to the disposition; 375-FZ's 2 to 5 years kept
    (("205.2", "1"), ("2", "5", "false", "2016-07-20"), ("2", "5", "false", "2018-01-09")),
]


@pytest.mark.parametrize(("unit", "before", "after"), CHANGES_445_FZ, ids=str)
def test_445_fz_versions_the_day_before_and_the_day_of_its_entry_into_force(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    before: tuple[str, str, str, str] | None,
    after: tuple[str, str, str, str],
) -> None:
    assert penalties(dt.date(2018, 1, 8)).get(unit) == before, unit
    assert penalties(dt.date(2018, 1, 9)).get(unit) == after, unit


def test_445_fz_is_in_force_ten_days_after_its_reported_publication() -> None:
    """RFE/RL reports publication on 29.12.2017; the commencement article was not read, so
    the ten-day default gives 09.01.2018 (derived, low), with the wire report's "immediately"
    (publication day) kept as a candidate, and every 445-FZ version starts on that day."""
    law = REGISTER.laws["fz-2017-445"]
    assert law.dates["published"].value == dt.date(2017, 12, 29)
    in_force = law.dates["in_force"]
    assert in_force.value == dt.date(2018, 1, 9)
    assert in_force.confidence == "low"
    assert in_force.derived_from == dt.date(2017, 12, 29)
    assert [c.value for c in in_force.candidates] == [dt.date(2017, 12, 29)]
    assert all(e.in_force.value == in_force.value for e in law.effects)
    starts = {
        (article, unit.part, unit.note): version.start
        for article in ("205.1", "205.2")
        for unit in REGISTER.articles[article].units
        for version in unit.versions
        if version.enacted_by == "fz-2017-445"
    }
    assert len(starts) == 5
    for key, start in starts.items():
        assert start.value == in_force.value, key
        assert start.confidence == "low" and start.derived_from == in_force.derived_from, key


def test_501_fz_moves_the_205_part_1_boundary_to_its_derived_entry_into_force(
    penalties,  # type: ignore[no-untyped-def]
) -> None:
    """Sputnik reports publication on Sunday 31.12.2017 of the law amending Arts. 205 and 207
    (501-FZ by the official edit notes): in force 11.01.2018 by the default rule. The
    disposition changed, the sanction kept 375-FZ's 10 to 15 years."""
    law = REGISTER.laws["fz-2017-501"]
    assert law.dates["published"].value == dt.date(2017, 12, 31)
    in_force = law.dates["in_force"]
    assert (in_force.value, in_force.confidence) == (dt.date(2018, 1, 11), "low")
    assert in_force.derived_from == dt.date(2017, 12, 31)
    unit = ("205", "1")
    assert penalties(dt.date(2018, 1, 10)).get(unit) == ("10", "15", "false", "2016-07-20")
    assert penalties(dt.date(2018, 1, 11)).get(unit) == ("10", "15", "false", "2018-01-11")


@pytest.mark.parametrize(
    ("day", "unit", "category"),
    [
        # 5 to 10 years (352-FZ): grave; 445-FZ's 15 years: particularly grave
        ("2018-01-08", ("205.1", "1"), "grave"),
        ("2018-01-09", ("205.1", "1"), "particularly_grave"),
        # 377-FZ's term was not read: left unclassified, never small
        ("2013-11-13", ("208", "2"), None),
        # up to 6 years under the Art. 15 of 420-FZ: grave (above 5, at most 10)
        ("2013-11-14", ("208", "2"), "grave"),
        ("2014-05-04", ("208", "2"), "grave"),
        # 130-FZ's 5 to 10 years (the 2014-2016 text): still grave
        ("2014-05-05", ("208", "2"), "grave"),
    ],
    ids=str,
)
def test_gravity_on_either_side_of_the_moved_boundaries(
    gravity,  # type: ignore[no-untyped-def]
    day: str,
    unit: tuple[str, str],
    category: str | None,
) -> None:
    assert gravity(dt.date.fromisoformat(day)).get(unit) == category


def test_the_420_fz_version_of_205_2_part_1_follows_the_laws_entry_into_force() -> None:
    """420-FZ's entry into force on publication (08.12.2011, a law-journal commentary) was
    already in its law file; the 205.2 part 1 version and effect still began on the law's
    date, 07.12.2011, as an unverified lower bound. Both now follow the law."""
    law = REGISTER.laws["fz-2011-420"]
    in_force = law.dates["in_force"]
    assert (in_force.value, in_force.confidence) == (dt.date(2011, 12, 8), "medium")
    assert all(e.in_force.value == in_force.value for e in law.effects)
    part_1 = next(u for u in REGISTER.articles["205.2"].units if u.part == "1")
    first = part_1.versions[0]
    assert first.enacted_by == "fz-2011-420"
    assert (first.start.value, first.start.confidence) == (in_force.value, "medium")


def test_26_fz_is_in_force_on_11_march_2011_and_338_part_2_changes_that_day(
    penalties,  # type: ignore[no-untyped-def]
) -> None:
    """A law firm's alert names 26-FZ of 07.03.2011 and its entry into force on 11.03.2011
    (medium): Art. 338 part 2 keeps 3 to 10 years (the 2001 edition) up to the day before and
    loses the minimum that day (official text); Art. 332 part 3's 26-FZ version starts then."""
    law = REGISTER.laws["fz-2011-26"]
    in_force = law.dates["in_force"]
    assert (in_force.value, in_force.confidence) == (dt.date(2011, 3, 11), "medium")
    assert in_force.derived_from is None  # stated by the source, not derived
    assert all(e.in_force.value == in_force.value for e in law.effects)
    unit = ("338", "2")
    assert penalties(dt.date(2011, 3, 10)).get(unit) == ("3", "10", "false", "1997-01-01")
    assert penalties(dt.date(2011, 3, 11)).get(unit) == ("", "10", "false", "2011-03-11")
    part_3 = next(u for u in REGISTER.articles["332"].units if u.part == "3")
    (version,) = [v for v in part_3.versions if v.enacted_by == "fz-2011-26"]
    assert (version.start.value, version.start.confidence) == (in_force.value, "medium")


def test_157_fz_publication_is_sourced_and_its_derived_entry_into_force_rests_on_it() -> None:
    """TASS reports the treason law published on Friday 28.04.2023: the publication day is
    no longer an unverified assumption, and the ten-day default still gives 09.05.2023."""
    law = REGISTER.laws["fz-2023-157"]
    published = law.dates["published"]
    assert (published.value, published.confidence) == (dt.date(2023, 4, 28), "medium")
    in_force = law.dates["in_force"]
    assert in_force.value == dt.date(2023, 5, 9) and in_force.confidence == "low"
    assert in_force.derived_from == published.value
