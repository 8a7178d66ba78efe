"""The measure scheme: every column of every form, as a stable code with ru and en labels.

The tables are data, one module per form (measures_10_3, measures_10_3_1, measures_10_a).
Columns are recognised by the words of their header (all header rows above the column,
outermost first, lower-cased): a rule names the words that must all occur (``all_of``)
and those that must not (``none_of``); the first matching rule of the form wins, and a
header no rule matches is an input error. ``parent`` is the column a measure is a
breakdown of, where the form says so (term bands of "Лишение свободы: всего", fine bands
of the fine totals). A column headed "из графы N" ("of which, from column N") gets
column N's measure as parent in that file (ColumnInfo.parent): it is at most its parent.
"""

from __future__ import annotations

import re

from kgbuild.statistics import measures_10_3, measures_10_3_1, measures_10_a
from kgbuild.statistics.measure_types import Measure, Rule

__all__ = ["MEASURES", "RULES", "Measure", "Rule", "match_measure", "measure_by_code"]

MEASURES: dict[str, tuple[Measure, ...]] = {
    "10.3": measures_10_3.MEASURES,
    "10.3.1": measures_10_3_1.MEASURES,
    "10-a": measures_10_a.MEASURES,
}
RULES: dict[str, tuple[Rule, ...]] = {
    "10.3": measures_10_3.RULES,
    "10.3.1": measures_10_3_1.RULES,
    "10-a": measures_10_a.RULES,
}

_HYPHENATION_RE = re.compile(r"(?<=[а-яё])-(?=[а-яё])")
_OF_COLUMN_RE = re.compile(r"из графы (\d+)")


def normalise_header(header: str) -> str:
    """Lower case, Latin look-alikes made Cyrillic, words hyphenated across lines joined."""
    text = header.lower().replace("c", "с").replace("o", "о").replace("p", "р")
    return _HYPHENATION_RE.sub("", text)


def match_measure(form: str, header: str) -> str | None:
    """The measure code of a column header, or None if no rule of the form matches."""
    text = normalise_header(header)
    for rule in RULES[form]:
        if all(w in text for w in rule.all_of) and not any(w in text for w in rule.none_of):
            return rule.code
    return None


def of_column(header: str) -> int | None:
    """N for a header that says "из графы N" (a sub-column of column N), else None."""
    match = _OF_COLUMN_RE.search(normalise_header(header))
    return int(match.group(1)) if match else None


def measure_by_code(form: str) -> dict[str, Measure]:
    return {m.code: m for m in MEASURES[form]}
