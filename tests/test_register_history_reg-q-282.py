"""Arts. 282, 282.1 and 282.2 in the register: the penalty in force the day before and the day
of each change, the gravity under the Art. 15 of the day, and the gaps left open. Expected
terms are read from the sources cited in seeds/statutes/sources/reg-q.yaml (copies of the
Code of 2005, 2014-2016 and 2017 with a legal reference system's edit notes, the official
text of August 2023 and the copy to November 2025) and, for 5-FZ's terms of 282.1 part 1 and
282.2 part 1, in sources/reg-x.yaml (reports of the law), not from the register files."""

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

N = "false"  # no life imprisonment in any of these sanctions

# (article, part) -> the versions in order: (first day, min years, max years, life) as
# penalties-in-force prints them ("" for no minimum, or for a term no source gave).
HISTORY: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {
    ("282", "1"): [
        ("2003-12-11", "", "2", N),  # 162-FZ restated the article (2005 copy)
        ("2011-12-08", "", "", N),  # 420-FZ: wording not read
        ("2014-02-15", "", "4", N),  # 5-FZ: forced labour or prison of up to 4 years
        ("2014-07-11", "", "4", N),  # 179-FZ: the internet in the disposition
        ("2016-07-20", "2", "5", N),  # 375-FZ
        ("2019-01-07", "2", "5", N),  # 519-FZ: administrative prejudice (derived, reg-t)
        ("2025-06-24", "2", "5", N),  # 173-FZ (lower bound)
    ],
    ("282", "2"): [
        ("2003-12-11", "", "5", N),
        ("2011-12-08", "", "", N),
        ("2014-02-15", "", "5", N),
        ("2016-07-20", "3", "6", N),
        ("2019-01-07", "3", "6", N),
        ("2025-06-24", "3", "6", N),
    ],
    ("282.1", "1"): [
        ("2002-08-10", "", "", N),  # 112-FZ: the 2002 sanction not found
        ("2003-12-11", "", "4", N),  # 162-FZ
        ("2007-08-12", "", "4", N),  # 211-FZ: disposition; term inferred (low)
        ("2014-02-15", "", "6", N),  # 5-FZ: up to 6 years in two reports (reg-x); minimum unread
        ("2014-05-05", "2", "8", N),  # 130-FZ (lower bound)
        ("2016-07-20", "6", "10", N),  # 375-FZ
    ],
    ("282.1", "1.1"): [("2014-05-05", "1", "6", N), ("2016-07-20", "4", "8", N)],
    ("282.1", "2"): [
        ("2002-08-10", "", "", N),
        ("2003-12-11", "", "2", N),
        ("2014-02-15", "", "4", N),
        ("2016-07-20", "2", "6", N),
    ],
    ("282.1", "3"): [
        ("2002-08-10", "", "", N),
        ("2003-12-11", "", "", N),  # 162-FZ alone: not read (the 2005 text is after 73-FZ)
        ("2004-08-08", "", "6", N),  # 73-FZ
        ("2014-02-15", "", "", N),
        ("2014-05-05", "4", "10", N),
        ("2016-07-20", "7", "12", N),
    ],
    ("282.2", "1"): [
        ("2002-08-10", "", "", N),
        ("2003-12-11", "", "3", N),
        ("2013-11-14", "", "3", N),  # 302-FZ: disposition; term inferred (low)
        ("2014-02-15", "", "6", N),  # 5-FZ: up to 6 years in Interfax's report (reg-x)
        ("2014-05-05", "", "", N),
        ("2014-07-11", "2", "8", N),  # 179-FZ
        ("2016-07-20", "6", "10", N),
        ("2025-07-23", "6", "10", N),  # 216-FZ (lower bound)
    ],
    ("282.2", "1.1"): [
        ("2014-05-05", "2", "6", N),
        ("2016-07-20", "4", "8", N),
        ("2025-07-23", "4", "8", N),
    ],
    ("282.2", "2"): [
        ("2002-08-10", "", "", N),
        ("2003-12-11", "", "2", N),
        ("2013-11-14", "", "2", N),
        ("2014-02-15", "", "4", N),
        ("2016-07-20", "2", "6", N),
        ("2025-07-23", "2", "6", N),
    ],
    ("282.2", "3"): [("2014-05-05", "", "7", N), ("2016-07-20", "7", "12", N)],
}


@pytest.mark.parametrize(("unit", "index"), boundaries(HISTORY), ids=str)
def test_282_penalty_the_day_before_and_the_day_of_each_change(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    index: int,
) -> None:
    check_day_before_and_day_of(penalties, HISTORY, unit, index)


@pytest.mark.parametrize("article", ["282", "282.1", "282.2"])
def test_282_has_exactly_these_parts_and_versions(article: str) -> None:
    parts = {u.part: u for u in REGISTER.articles[article].units if u.note is None}
    assert set(parts) == {p for a, p in HISTORY if a == article}
    for part, unit in parts.items():
        assert part is not None
        starts = [v.start.value.isoformat() for v in unit.versions]
        assert starts == [v[0] for v in HISTORY[(article, part)]], part


@pytest.mark.parametrize(
    ("day", "unit", "category"),
    [
        # Art. 15 of 2001-2011: up to 2 years small, up to 5 medium, up to 10 grave
        ("2003-12-11", ("282", "1"), "small"),
        ("2003-12-11", ("282", "2"), "medium"),
        ("2003-12-11", ("282.2", "1"), "medium"),
        ("2004-08-08", ("282.1", "3"), "grave"),
        # a version whose prison term was not found is left unclassified, never small
        ("2002-08-10", ("282.2", "1"), None),
        ("2011-12-08", ("282", "1"), None),
        # 5-FZ: up to 6 years (reports of the law, reg-x) under 420-FZ's Art. 15: grave
        ("2014-02-15", ("282.1", "1"), "grave"),
        ("2014-02-15", ("282.2", "1"), "grave"),
        # 420-FZ's Art. 15 (08.12.2011): up to 3 years small, so 282.2 part 1 falls a class
        ("2011-12-07", ("282.2", "1"), "medium"),
        ("2013-11-14", ("282.2", "1"), "small"),
        ("2014-07-11", ("282.2", "1"), "grave"),
        ("2014-02-15", ("282", "1"), "medium"),
        ("2016-07-20", ("282.1", "3"), "particularly_grave"),
        ("2016-07-20", ("282.2", "1"), "grave"),
        ("2025-07-23", ("282.2", "2"), "grave"),  # 2 to 6 years
    ],
    ids=str,
)
def test_282_gravity_under_the_art_15_of_the_day(
    gravity,  # type: ignore[no-untyped-def]
    day: str,
    unit: tuple[str, str],
    category: str | None,
) -> None:
    assert gravity(dt.date.fromisoformat(day)).get(unit) == category


def test_unfound_terms_stay_unverified_and_inferred_ones_low() -> None:
    """Ten prison terms were not found: the 2002 ones (282.1 parts 1-3, 282.2 parts 1-2),
    420-FZ's of Art. 282 (both parts), 162-FZ's alone of 282.1 part 3, 5-FZ's of 282.1 part 3
    and 130-FZ's of 282.2 part 1. 5-FZ's maxima of 282.1 part 1 and 282.2 part 1 (6 years)
    are read in reports of the law (sources/reg-x.yaml), their minima stay unverified. The
    2013 terms are inferred from the 162-FZ wording (low); the 2007 term of 282.1 part 1 is
    the maximum Interfax gives as in force in January 2014 (medium)."""
    unknown, minimum_only, inferred = 0, 0, 0
    for article in ("282", "282.1", "282.2"):
        for unit in REGISTER.articles[article].units:
            for version in unit.versions:
                for sanction in version.sanctions:
                    if sanction.type != "imprisonment":
                        continue
                    keys = [u.key for u in sanction.unknown]
                    if keys == ["max_years"]:
                        unknown += 1
                        continue
                    assert sanction.max_years is not None, (article, unit.part)
                    if keys == ["min_years"]:
                        assert version.enacted_by == "fz-2014-5", (article, unit.part)
                        assert sanction.max_years.value == 6
                        assert sanction.max_years.confidence == "medium"
                        assert sanction.max_years.source.startswith("regx-")
                        minimum_only += 1
                    if version.enacted_by == "fz-2013-302":
                        assert sanction.max_years.confidence == "low", (article, unit.part)
                        inferred += 1
                    if version.enacted_by == "fz-2007-211":
                        assert (article, unit.part) == ("282.1", "1")
                        assert sanction.max_years.value == 4
                        assert sanction.max_years.confidence == "medium"
                        assert sanction.max_years.source == "regx-lb-interfax-5fz-duma"
    assert unknown == 10
    assert minimum_only == 2
    assert inferred == 2


def test_versions_of_laws_without_a_found_commencement_start_unverified() -> None:
    laws = {
        "fz-2014-130": dt.date(2014, 5, 5),
        "fz-2025-173": dt.date(2025, 6, 24),
        "fz-2025-216": dt.date(2025, 7, 23),
    }
    seen = set()
    for article in ("282", "282.1", "282.2"):
        for unit in REGISTER.articles[article].units:
            for version in unit.versions:
                if version.enacted_by in laws:
                    seen.add(version.enacted_by)
                    assert version.start.value == laws[version.enacted_by]
                    assert version.start.confidence == "unverified"
    assert seen == set(laws)
    for law_id in laws:
        assert "in_force" not in REGISTER.laws[law_id].dates, law_id
    assert REGISTER.laws["fz-2007-211"].dates["in_force"].value == dt.date(2007, 8, 12)


def test_the_notes_of_282_1_and_282_2() -> None:
    notes = {
        (a, u.note): [v.enacted_by for v in u.versions]
        for a in ("282", "282.1", "282.2")
        for u in REGISTER.articles[a].units
        if u.note is not None
    }
    assert notes == {
        ("282.1", "1"): ["fz-2002-112", "fz-2007-211", "fz-2014-179", "fz-2016-375"],
        ("282.1", "2"): ["fz-2007-211"],
        ("282.2", "1"): ["fz-2002-112", "fz-2016-375", "fz-2025-216"],
    }
