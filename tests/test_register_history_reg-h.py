"""Arts. 359 (mercenarism) and 332 (failure to obey an order) in the register: the penalty in
force the day before and the day of each change, and the gravity class those penalties give
under the Art. 15 of the day. Expected terms are read from the sources cited in
seeds/statutes/sources/reg-h.yaml (Garant's edition after 162-FZ of 2003, the edition of
17.12.2009, a copy of 2010-2022, the official text of August 2023 and the copy to November
2025), not from the register files themselves."""

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

__all__ = ["gravity", "penalties"]  # the fixtures, imported for this module's tests

# (article, part) -> the versions in order: (first day, min years, max years, life), as the
# penalties-in-force query prints them ("" for a bound the text does not give or that was
# not found). Parts without deprivation of liberty (332 parts 1 and 3) are not listed there.
HISTORY: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {
    # 4-8 years since 1997; restriction of liberty added from 2010 (377-FZ, inferred);
    # 12-18 years from 260-FZ, in force 14.07.2022 per Garant's change note.
    ("359", "1"): [
        ("1997-01-01", "4", "8", "false"),
        ("2010-01-01", "4", "8", "false"),
        ("2022-07-14", "12", "18", "false"),
    ],
    # the sanction before 162-FZ was not found: the row is there with no terms
    ("359", "2"): [
        ("1997-01-01", "", "", "false"),
        ("2003-12-11", "7", "15", "false"),
        ("2010-01-01", "7", "15", "false"),
        ("2022-07-14", "15", "20", "false"),
    ],
    ("359", "3"): [
        ("1997-01-01", "3", "7", "false"),
        ("2010-01-01", "3", "7", "false"),
        ("2022-07-14", "7", "15", "false"),
    ],
    ("332", "2"): [("1997-01-01", "", "5", "false")],
    # 365-FZ, ten days after publication on 24.09.2022 (derived)
    ("332", "2.1"): [("2022-10-05", "2", "3", "false")],
    ("332", "2.2"): [("2022-10-05", "3", "10", "false")],
}


@pytest.mark.parametrize(("unit", "index"), boundaries(HISTORY), ids=str)
def test_359_and_332_penalty_the_day_before_and_the_day_of_each_change(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    index: int,
) -> None:
    check_day_before_and_day_of(penalties, HISTORY, unit, index)


@pytest.mark.parametrize(
    ("day", "unit", "category"),
    [
        # Art. 15 of 1997: up to 5 years medium, up to 10 grave, above particularly grave
        ("1997-01-01", ("359", "1"), "grave"),
        ("1997-01-01", ("359", "3"), "grave"),
        ("1997-01-01", ("332", "2"), "medium"),
        # no deprivation of liberty at all: small under every Art. 15
        ("1997-01-01", ("332", "1"), "small"),
        ("2003-12-11", ("359", "2"), "particularly_grave"),
        ("2022-07-13", ("359", "3"), "grave"),
        ("2022-07-14", ("359", "3"), "particularly_grave"),
        ("2022-07-14", ("359", "1"), "particularly_grave"),
        # Art. 15 after 420-FZ (07.12.2011): up to 3 years small
        ("2022-10-05", ("332", "2.1"), "small"),
        ("2022-10-05", ("332", "2.2"), "grave"),
        ("2011-12-08", ("332", "2"), "medium"),
        ("2011-03-11", ("332", "3"), "small"),
    ],
    ids=str,
)
def test_359_and_332_gravity_under_the_art_15_of_the_day(
    gravity,  # type: ignore[no-untyped-def]
    day: str,
    unit: tuple[str, str],
    category: str,
) -> None:
    assert gravity(dt.date.fromisoformat(day)).get(unit) == category


@pytest.mark.parametrize(
    ("day", "unit"),
    [
        # the part 2 terms before 162-FZ are unverified: unknown is not small
        ("2003-12-07", ("359", "2")),
        # the part 3 sanction before 26-FZ was not found: no sanction, no class
        ("2011-03-10", ("332", "3")),
    ],
    ids=str,
)
def test_versions_whose_sanction_was_not_found_stay_unclassified(
    gravity,  # type: ignore[no-untyped-def]
    day: str,
    unit: tuple[str, str],
) -> None:
    assert unit not in gravity(dt.date.fromisoformat(day))


def test_the_mercenary_definition_is_one_note_version_since_1997() -> None:
    notes = [u for u in REGISTER.articles["359"].units if u.note is not None]
    assert [u.note for u in notes] == ["1"]
    (version,) = notes[0].versions
    assert version.start.value == dt.date(1997, 1, 1)
    assert version.sanctions == ()
    assert version.quote is not None and version.quote.startswith("Наемником признается лицо")


def test_versions_of_162fz_and_26fz_start_on_the_law_s_known_date_or_its_date_as_a_bound() -> None:
    """Neither law's entry into force was found: the versions start at the law's date, marked
    unverified. Should a source give the date later, the versions must move with it."""
    laws = {"fz-2003-162": dt.date(2003, 12, 8), "fz-2011-26": dt.date(2011, 3, 7)}
    seen = set()
    for number in ("359", "332"):
        for unit in REGISTER.articles[number].units:
            for version in unit.versions:
                if version.enacted_by not in laws:
                    continue
                seen.add(version.enacted_by)
                in_force = REGISTER.laws[version.enacted_by].dates.get("in_force")
                if in_force is None:
                    assert version.start.value == laws[version.enacted_by], (number, unit.part)
                    assert version.start.confidence == "unverified", (number, unit.part)
                else:
                    assert version.start.value == in_force.value, (number, unit.part)
    assert seen == set(laws)
