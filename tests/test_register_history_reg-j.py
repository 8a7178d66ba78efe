"""Art. 354.1 (rehabilitation of Nazism) in the register: the penalty in force the day before
and the day of each change, the gravity those penalties give under the Art. 15 of the day,
and the law dates its versions rest on. Expected terms are read from the sources cited in
seeds/statutes/sources/reg-j.yaml (the official text of August 2023, Garant, and reports of
the 2014 law), not from the register files themselves."""

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

# (article, part) -> the versions with a term of imprisonment, in order: (first day, min
# years, max years, life) as penalties-in-force prints them ("" for no minimum).
HISTORY: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {
    # 128-FZ: up to 3 years (reports of the law); 59-FZ: up to 3 years with a ban
    ("354.1", "1"): [("2014-05-16", "", "3", "false"), ("2021-04-16", "", "3", "false")],
    # 128-FZ: up to 5 years; 59-FZ: up to 5 years
    ("354.1", "2"): [("2014-05-16", "", "5", "false"), ("2021-04-16", "", "5", "false")],
    # part 3 had no deprivation of liberty until 59-FZ gave it up to 3 years
    ("354.1", "3"): [("2021-04-16", "", "3", "false")],
    # part 4 added by 59-FZ
    ("354.1", "4"): [("2021-04-16", "", "5", "false")],
}


@pytest.mark.parametrize(("unit", "index"), boundaries(HISTORY), ids=str)
def test_354_1_penalty_the_day_before_and_the_day_of_each_change(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    index: int,
) -> None:
    check_day_before_and_day_of(penalties, HISTORY, unit, index)


@pytest.mark.parametrize(
    ("day", "unit", "category"),
    [
        # Art. 15 after 420-FZ (07.12.2011): up to 3 years small, up to 5 medium
        ("2014-05-16", ("354.1", "1"), "small"),
        ("2014-05-16", ("354.1", "2"), "medium"),
        # no prison term at all: small
        ("2014-05-16", ("354.1", "3"), "small"),
        # 146-FZ (28.06.2019) changed only the bounds for negligent crimes
        ("2019-06-27", ("354.1", "2"), "medium"),
        ("2019-06-28", ("354.1", "2"), "medium"),
        ("2021-04-15", ("354.1", "3"), "small"),
        ("2021-04-16", ("354.1", "3"), "small"),
        ("2021-04-16", ("354.1", "4"), "medium"),
    ],
    ids=str,
)
def test_354_1_gravity_under_the_art_15_of_the_day(
    gravity,  # type: ignore[no-untyped-def]
    day: str,
    unit: tuple[str, str],
    category: str,
) -> None:
    assert gravity(dt.date.fromisoformat(day)).get(unit) == category


def test_354_1_is_not_in_force_before_128fz() -> None:
    day = dt.date(2014, 5, 4)
    for unit in REGISTER.articles["354.1"].units:
        assert not any(v.in_force_on(day) for v in unit.versions), unit.part
    assert {u.part for u in REGISTER.articles["354.1"].units} == {"1", "2", "3", "4"}
    assert not [u for u in REGISTER.articles["354.1"].units if u.note is not None]


def test_354_1_part_3_gained_imprisonment_only_from_59fz() -> None:
    unit = next(u for u in REGISTER.articles["354.1"].units if u.part == "3")
    first, second = unit.versions
    assert first.enacted_by == "fz-2014-128"
    assert "imprisonment" not in {s.type for s in first.sanctions}
    assert {"fine", "compulsory_works", "corrective_labour"} <= {s.type for s in first.sanctions}
    assert second.enacted_by == "fz-2021-59"
    assert "imprisonment" in {s.type for s in second.sanctions}


def test_354_1_versions_agree_with_their_laws_dates() -> None:
    law_59 = REGISTER.laws["fz-2021-59"]
    assert law_59.dates["in_force"].value == dt.date(2021, 4, 16)
    assert law_59.dates["signed"].value == dt.date(2021, 4, 5)
    # 16 April is the eleventh day after publication on 5 April: the dates agree
    published = law_59.dates["published"].value
    assert published is not None
    assert law_59.dates["in_force"].value == published + dt.timedelta(days=11)
    law_128 = REGISTER.laws["fz-2014-128"]
    # 128-FZ's entry into force as a Kodeks-style copy dates the article (reg-t)
    assert law_128.dates["in_force"].value == dt.date(2014, 5, 16)
    assert law_128.dates["in_force"].confidence == "medium"
    for unit in REGISTER.articles["354.1"].units:
        for version in unit.versions:
            if version.enacted_by == "fz-2021-59":
                assert version.start.value == law_59.dates["in_force"].value, unit.part
                assert version.start.confidence in ("high", "medium"), unit.part
            else:
                assert version.enacted_by == "fz-2014-128"
                # the law's entry into force, as sourced as the law's own date
                assert version.start.value == law_128.dates["in_force"].value
                assert version.start.confidence == "medium", unit.part
    effects = {(e.part, e.in_force.value) for e in law_59.effects if e.article == "354.1"}
    assert effects == {(p, dt.date(2021, 4, 16)) for p in ("1", "2", "3", "4")}


# Laws whose entry into force reg-j derived from a publication date found in a source: every
# version the law made starts on that day, marked derived from the same publication, low.
DERIVED_LAWS = {
    "fz-2006-153": (dt.date(2006, 7, 29), {("205.2", "2"), ("208", "1")}),
    "fz-2023-82": (dt.date(2023, 3, 18), {("283.2", "2")}),
}


@pytest.mark.parametrize("law_id", sorted(DERIVED_LAWS))
def test_derived_law_dates_agree_with_the_versions_resting_on_them(law_id: str) -> None:
    published, units = DERIVED_LAWS[law_id]
    law = REGISTER.laws[law_id]
    in_force = law.dates["in_force"]
    assert law.dates["published"].value == published
    assert in_force.derived_from == published
    assert in_force.value == published + dt.timedelta(days=11)
    assert in_force.confidence == "low"
    seen = set()
    for article in REGISTER.articles.values():
        for unit in article.units:
            for version in unit.versions:
                if version.enacted_by != law_id or (article.number, unit.part) not in units:
                    continue
                seen.add((article.number, unit.part))
                assert version.start.value == in_force.value, (article.number, unit.part)
                assert version.start.derived_from == published
                assert version.start.confidence == "low"
    assert seen == units
    articles = {article for article, _ in units}
    for effect in law.effects:
        if effect.article in articles:
            assert effect.in_force.value == in_force.value, effect
