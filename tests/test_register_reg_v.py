"""Law facts register helper reg-v found (issue 11), written out from the source cited in
seeds/statutes/sources/reg-v.yaml rather than read back from the register: the President's
English site reports on 24.06.2025 the signature of the law amending Art. 282 (173-FZ)."""

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
