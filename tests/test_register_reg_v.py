"""Law facts register helper reg-v found (issue 11), written out from the source cited in
seeds/statutes/sources/reg-v.yaml rather than read back from the register: the President's
English site reports on 24.06.2025 the signature of the law amending Art. 282 (173-FZ), and a
report of 08.12.2020 dates the Duma's third reading of 425-FZ (new Art. 280.2), reports of
21.04.2025 and 25.03.2022 date the publication of 90-FZ and of 63-FZ, and news items of May
2014 give 128-FZ's Duma day and a second commencement day."""

from __future__ import annotations

import datetime as dt

from kgbuild.sources import load_seeds
from tests.conftest import ROOT

REGISTER = load_seeds(ROOT / "seeds").register


def test_173_fz_is_signed_on_the_day_the_kremlin_reports() -> None:
    law = REGISTER.laws["fz-2025-173"]
    signed = law.dates["signed"]
    assert (signed.value, signed.source, signed.confidence) == (
        dt.date(2025, 6, 24),
        "reg-v-kremlin-173fz",
        "medium",
    )
    assert law.title_en is not None
    assert law.title_en.startswith(
        "On Amendments to Article 282 of the Criminal Code of the Russian Federation"
    )
    # the report is about Art. 282 only, and so are the law's registered effects
    assert {(e.article, e.part) for e in law.effects} == {("282", "1"), ("282", "2")}


def test_the_kremlin_report_is_a_secondary_source() -> None:
    source = REGISTER.sources["reg-v-kremlin-173fz"]
    assert source.kind == "secondary"
    assert "kremlin.ru" in source.url


def test_425_fz_passed_the_duma_before_the_council_approved_it() -> None:
    dates = REGISTER.laws["fz-2020-425"].dates
    duma = dates["duma_adopted"]
    # a report whose publisher the stored copy does not name: low, never more
    assert (duma.value, duma.source, duma.confidence) == (
        dt.date(2020, 11, 18),
        "reg-v-report-425fz-duma",
        "low",
    )
    assert duma.value < dates["council_approved"].value == dt.date(2020, 12, 2)
    assert dates["council_approved"].value < dates["signed"].value == dt.date(2020, 12, 8)
    # the report gives no publication day, so the ten-day rule still cannot be applied
    assert "published" not in dates and "in_force" not in dates


def test_90_fz_is_published_on_the_day_of_signature_and_its_commencement_disputed() -> None:
    dates = REGISTER.laws["fz-2025-90"].dates
    published = dates["published"]
    assert (published.value, published.source, published.confidence) == (
        dt.date(2025, 4, 21),
        "reg-v-newspravda-90fz",
        "low",
    )
    assert published.value == dates["signed"].value
    in_force = dates["in_force"]
    # the ten-day rule counted from that publication stays preferred, never above low ...
    assert (in_force.value, in_force.confidence) == (dt.date(2025, 5, 2), "low")
    assert in_force.derived_from == published.value
    # ... beside the aggregator's "in force from publication", kept with its source
    assert [(c.value, c.source) for c in in_force.candidates] == [
        (dt.date(2025, 4, 21), "reg-v-newspravda-90fz")
    ]


def test_63_fz_of_2022_is_published_on_the_day_of_signature() -> None:
    dates = REGISTER.laws["fz-2022-63"].dates
    published = dates["published"]
    assert (published.value, published.source, published.confidence) == (
        dt.date(2022, 3, 25),
        "reg-v-vz-63fz",
        "medium",
    )
    # the prosecutor's entry into force is the eleventh day after that publication
    assert dates["in_force"].value == published.value + dt.timedelta(days=11)


def test_128_fz_duma_day_from_a_report_and_a_second_commencement_day_kept() -> None:
    dates = REGISTER.laws["fz-2014-128"].dates
    duma = dates["duma_adopted"]
    assert (duma.value, duma.source, duma.confidence) == (
        dt.date(2014, 4, 23),
        "reg-v-ngs24-128fz",
        "medium",
    )
    in_force = dates["in_force"]
    # the consolidated copy's day stays preferred; the news item's day is a candidate
    assert (in_force.value, in_force.source) == (dt.date(2014, 5, 16), "reg-t-kodeks-128fz")
    assert [(c.value, c.source) for c in in_force.candidates] == [
        (dt.date(2014, 5, 7), "reg-v-colta-128fz")
    ]
