"""Law facts register helper reg-w found (issue 11), written out from the sources cited in
seeds/statutes/sources/reg-w.yaml rather than read back from the register: Rossiyskaya
Gazeta's news item of 21.07.2012 dates the Duma's and the Council's votes on the
foreign-agents law 121-FZ, a civil-society statement names its entry into force, and a news
agency's item of 20.01.2026 confirms the day 218-FZ took effect. No publication day was
found for any law on the list, so none is asserted here."""

from __future__ import annotations

import datetime as dt

from kgbuild.sources import load_seeds
from tests.conftest import ROOT

REGISTER = load_seeds(ROOT / "seeds").register


def test_121_fz_passes_the_duma_and_the_council_before_its_signature() -> None:
    dates = REGISTER.laws["fz-2012-121"].dates
    duma, council = dates["duma_adopted"], dates["council_approved"]
    assert (duma.value, duma.source, duma.confidence) == (
        dt.date(2012, 7, 13),
        "regw-rg-121fz",
        "medium",
    )
    assert (council.value, council.source, council.confidence) == (
        dt.date(2012, 7, 18),
        "regw-rg-121fz",
        "medium",
    )
    assert duma.value < council.value < dates["signed"].value == dt.date(2012, 7, 20)
    # the news item gives no publication day, and none is invented
    assert "published" not in dates


def test_121_fz_entry_into_force_rests_on_a_source_that_says_so_and_stays_low() -> None:
    in_force = REGISTER.laws["fz-2012-121"].dates["in_force"]
    assert (in_force.value, in_force.source, in_force.confidence) == (
        dt.date(2012, 11, 21),
        "regw-eurussiacsf-121fz",
        "low",
    )
    # nothing derived: without a publication day the ten-day rule cannot be applied
    assert in_force.derived_from is None


def test_reg_w_sources_are_secondary_and_quote_the_day_they_support() -> None:
    sources = REGISTER.sources
    assert {s for s in sources if s.startswith("regw-")} == {
        "regw-rg-121fz",
        "regw-globalreg-121fz",
        "regw-eurussiacsf-121fz",
        "regw-prime-218fz",
    }
    assert all(sources[s].kind == "secondary" for s in sources if s.startswith("regw-"))
    assert "13 июля" in (sources["regw-rg-121fz"].quote or "")
    assert "18 июля" in (sources["regw-rg-121fz"].quote or "")
    assert "November 21, 2012" in (sources["regw-eurussiacsf-121fz"].quote or "")
    assert "20 января" in (sources["regw-prime-218fz"].quote or "")
