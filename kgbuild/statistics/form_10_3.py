"""Form 10.3: persons convicted by their most serious offence, by punishment imposed.

One data sheet, ``Раздел 1``. Every row below the grand total is a leaf counted in the
total: articles, parts, combined rows, and group rows that count offences not itemised
(``Воинские преступления``: all military offences in one row; ``Декриминализация`` in
2009). The exception is the 2016-2017 breakdown of the total by gravity (``Небольшой
тяжести`` ... ``Особо тяжкие``): an alternative partition of the same persons, kept with
no parent so that it is not counted twice.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgbuild.statistics.reader import FormSpec
from kgbuild.statistics.records import StatRow

_GRAVITY_RE = re.compile(r"^(небольшой тяжести|средней тяжести|тяжкие|особо тяжкие)$", re.I)


def assign_flat_parents(rows: list[StatRow]) -> list[StatRow]:
    """Every row's parent is the grand total of its sheet, gravity rows excepted."""
    totals = {row.sheet: row.key for row in rows if row.kind == "total"}
    result = []
    for row in rows:
        parent = totals.get(row.sheet)
        if row.kind == "total" or _GRAVITY_RE.match(row.label):
            parent = None
        result.append(replace(row, parent=parent))
    return result


SPEC = FormSpec(
    form="10.3",
    label_headers=("Статьи УК",),
    is_data_sheet=lambda name: name.strip().lower().startswith("раздел"),
    assign_parents=assign_flat_parents,
)
