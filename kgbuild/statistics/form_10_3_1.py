"""Form 10.3.1: terms of imprisonment in bands and fines by amount, by most serious offence.

The rows are those of form 10.3 for the same year (one ``Раздел 1`` sheet) and nest the
same way: every row is a leaf of the grand total.
"""

from __future__ import annotations

from kgbuild.statistics.form_10_3 import assign_flat_parents
from kgbuild.statistics.reader import FormSpec

SPEC = FormSpec(
    form="10.3.1",
    label_headers=("Статьи УК",),
    is_data_sheet=lambda name: name.strip().lower().startswith("раздел"),
    assign_parents=assign_flat_parents,
)
