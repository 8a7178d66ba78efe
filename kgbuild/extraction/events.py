"""Days of events that reports name in place of a date, shared by both languages."""

from __future__ import annotations

import datetime as dt
from typing import Final

FULL_SCALE_INVASION: Final = dt.date(2022, 2, 24)
"""The day Russia's full-scale invasion of Ukraine began: "since the invasion began",
«с начала полномасштабной войны»."""

MOBILISATION: Final = dt.date(2022, 9, 21)
"""The day Russia's partial mobilisation was announced: "since mobilisation was announced",
"since the start of mobilisation"."""
