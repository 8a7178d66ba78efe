"""Arts. 275 and 276 before 190-FZ (14.11.2012) in the register: the penalty in force the day
before and the day of each change, the gravity under the Art. 15 of the day, and the laws
behind each version. Expected terms are read from the sources cited in
seeds/statutes/sources/reg-q.yaml (copies of the Code of 2005, 2014-2016 and 2017 with a legal
reference system's edit notes, and an English translation of the original Code), not from
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
# penalties-in-force prints them.
HISTORY: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {
    ("275", ""): [
        ("1997-01-01", "12", "20", "false"),  # the Code: 12-20 years, optional confiscation
        ("2003-12-11", "12", "20", "false"),  # 162-FZ: an optional fine instead
        ("2010-01-01", "12", "20", "false"),  # 377-FZ: restriction of liberty added
        ("2012-11-14", "12", "20", "false"),  # 190-FZ: the new definition of treason
        ("2022-07-14", "12", "20", "false"),  # 260-FZ: going over to the enemy
        ("2023-05-09", "12", "20", "true"),  # 157-FZ: life imprisonment
    ],
    ("276", ""): [
        ("1997-01-01", "10", "20", "false"),  # the Code's text, unchanged until 190-FZ
        ("2012-11-14", "10", "20", "false"),
        ("2022-07-14", "10", "20", "false"),
    ],
}

LAWS: dict[str, list[str]] = {
    "275": [
        "fz-1996-63",
        "fz-2003-162",
        "fz-2009-377",
        "fz-2012-190",
        "fz-2022-260",
        "fz-2023-157",
    ],
    "276": ["fz-1996-63", "fz-2012-190", "fz-2022-260"],
}


@pytest.mark.parametrize(("unit", "index"), boundaries(HISTORY), ids=str)
def test_275_and_276_penalty_the_day_before_and_the_day_of_each_change(
    penalties,  # type: ignore[no-untyped-def]
    unit: tuple[str, str],
    index: int,
) -> None:
    check_day_before_and_day_of(penalties, HISTORY, unit, index)


@pytest.mark.parametrize("article", sorted(LAWS))
def test_275_and_276_have_exactly_these_versions_and_laws(article: str) -> None:
    (unit,) = [u for u in REGISTER.articles[article].units if u.note is None]
    assert [v.start.value.isoformat() for v in unit.versions] == [
        v[0] for v in HISTORY[(article, "")]
    ]
    assert [v.enacted_by for v in unit.versions] == LAWS[article]


@pytest.mark.parametrize(
    ("day", "unit"),
    [
        # Art. 15 of 1997 and every later one: above 10 years is particularly grave
        ("1997-01-01", ("275", "")),
        ("2003-12-11", ("275", "")),
        ("2010-01-01", ("275", "")),
        ("2012-11-13", ("275", "")),
        ("1997-01-01", ("276", "")),
        ("2012-11-13", ("276", "")),
    ],
    ids=str,
)
def test_275_and_276_were_particularly_grave_before_190_fz(
    gravity,  # type: ignore[no-untyped-def]
    day: str,
    unit: tuple[str, str],
) -> None:
    assert gravity(dt.date.fromisoformat(day)).get(unit) == "particularly_grave"


def test_the_sanctions_each_early_law_gave_275() -> None:
    """162-FZ put an optional fine in place of the confiscation (which the register has no
    type for); 377-FZ added restriction of liberty of up to 2 years."""
    code, law_162, law_377 = REGISTER.articles["275"].units[0].versions[:3]
    assert [s.type for s in code.sanctions] == ["imprisonment"]
    assert [s.type for s in law_162.sanctions] == ["imprisonment", "fine"]
    (fine,) = [s for s in law_162.sanctions if s.type == "fine"]
    assert fine.optional and fine.max_amount is not None and fine.max_amount.value == 500000
    assert [s.type for s in law_377.sanctions] == ["imprisonment", "fine", "restriction_of_liberty"]
    (restriction,) = [s for s in law_377.sanctions if s.type == "restriction_of_liberty"]
    assert not restriction.optional
    assert restriction.max_years is not None and restriction.max_years.value == 2


def test_early_facts_read_in_unattributed_copies_are_not_high() -> None:
    for article in LAWS:
        for unit in REGISTER.articles[article].units:
            for version in unit.versions:
                if version.start.value < dt.date(2012, 11, 14):
                    assert version.confidence in ("medium", "low"), (article, version.enacted_by)
                    assert version.start.confidence in ("medium", "low"), article


def test_the_codes_note_on_275_runs_until_260_fz_replaced_the_notes() -> None:
    (note_1,) = [u for u in REGISTER.articles["275"].units if u.note == "1"]
    first, second = note_1.versions[:2]
    assert (first.enacted_by, first.start.value) == ("fz-1996-63", dt.date(1997, 1, 1))
    assert first.end is not None and first.end.value == dt.date(2022, 7, 14)
    assert second.start.value == dt.date(2022, 7, 14)
    assert "276" in (first.summary or "") and "278" in (first.summary or "")
