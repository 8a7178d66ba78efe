"""Law dates register helper reg-t found (issue 11), written out from the sources cited in
seeds/statutes/sources/reg-t.yaml rather than read back from the register: the entry into
force a Kodeks-style consolidated copy of 2014-2016 gives ten laws ("в редакции, введенной в
действие с ..."), and the publication of 519-FZ on the legal information portal."""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.sources import load_seeds
from tests.conftest import ROOT

REGISTER = load_seeds(ROOT / "seeds").register

# law -> (entry into force as the copy dates its changes, the source cited for it)
KODEKS_DATES = {
    "fz-2002-103": (dt.date(2002, 7, 27), "reg-t-kodeks-103fz"),
    "fz-2002-112": (dt.date(2002, 8, 10), "reg-t-kodeks-112fz"),
    "fz-2003-162": (dt.date(2003, 12, 11), "reg-q-kodeks-uk-282"),
    "fz-2004-73": (dt.date(2004, 8, 8), "reg-q-kodeks-uk-73fz"),
    "fz-2008-321": (dt.date(2009, 1, 11), "reg-t-kodeks-321fz"),
    "fz-2010-195": (dt.date(2010, 8, 10), "reg-t-kodeks-195fz"),
    "fz-2010-352": (dt.date(2010, 12, 24), "reg-t-kodeks-352fz"),
    "fz-2011-250": (dt.date(2011, 8, 6), "reg-t-kodeks-250fz"),
    "fz-2014-128": (dt.date(2014, 5, 16), "reg-t-kodeks-128fz"),
    "fz-2014-274": (dt.date(2014, 8, 2), "reg-t-kodeks-274fz"),
}


def versions_of(law_id: str) -> list[tuple[str, str, object]]:
    return [
        (number, unit.part or f"note {unit.note}", version)
        for number, article in REGISTER.articles.items()
        for unit in article.units
        for version in unit.versions
        if version.enacted_by == law_id
    ]


@pytest.mark.parametrize("law_id", sorted(KODEKS_DATES))
def test_the_law_is_in_force_from_the_day_the_copy_gives(law_id: str) -> None:
    day, source = KODEKS_DATES[law_id]
    in_force = REGISTER.laws[law_id].dates["in_force"]
    assert (in_force.value, in_force.source, in_force.confidence) == (day, source, "medium")
    assert in_force.derived_from is None  # read, not computed from a publication
    assert in_force.value > REGISTER.laws[law_id].dates["signed"].value


@pytest.mark.parametrize("law_id", sorted(KODEKS_DATES))
def test_every_version_the_law_made_starts_on_that_day(law_id: str) -> None:
    day, _ = KODEKS_DATES[law_id]
    made = versions_of(law_id)
    assert made, law_id
    for number, unit, version in made:
        start = version.start  # type: ignore[attr-defined]
        assert start.value == day, (number, unit)
        assert start.confidence == "medium", (number, unit)
    for effect in REGISTER.laws[law_id].effects:
        assert effect.in_force.value == day, (effect.article, effect.part)
        assert effect.in_force.confidence != "unverified", (effect.article, effect.part)


def test_519_fz_is_published_on_the_portal_and_in_force_by_the_ten_day_rule() -> None:
    dates = REGISTER.laws["fz-2018-519"].dates
    assert dates["duma_adopted"].value == dt.date(2018, 12, 19)
    assert dates["council_approved"].value == dt.date(2018, 12, 21)
    published = dates["published"]
    assert (published.value, published.confidence) == (dt.date(2018, 12, 27), "medium")
    in_force = dates["in_force"]
    # the eleventh day after publication on 27.12.2018; never above low when derived
    assert in_force.value == dt.date(2019, 1, 7) and in_force.confidence == "low"
    assert in_force.derived_from == published.value
    # the day a newspaper reports is kept beside it, with its source
    assert [(c.value, c.source) for c in in_force.candidates] == [
        (dt.date(2019, 1, 5), "reg-t-vedomosti-519fz")
    ]
    made = versions_of("fz-2018-519")
    assert {(number, unit) for number, unit, _ in made} == {("282", "1"), ("282", "2")}
    for number, unit, version in made:
        start = version.start  # type: ignore[attr-defined]
        assert (start.value, start.confidence) == (in_force.value, "low"), (number, unit)
        assert start.derived_from == published.value
