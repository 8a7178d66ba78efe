"""Result formats of the named queries: a plain-text table, CSV/TSV and SPARQL JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kgbuild.queries import Results


def format_table(results: Results) -> str:
    rows = results.plain_rows()
    widths = [len(c) for c in results.columns]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = min(max(widths[i], len(cell)), 80)

    def cut(cell: str) -> str:
        # a long cell is cut to the column's 80 characters, with an ellipsis that says so
        # (-f csv or -f json give every cell whole)
        return cell if len(cell) <= 80 else cell[:79] + "\u2026"

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cut(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(results.columns), line(["-" * w for w in widths])]
    out.extend(line(r) for r in rows)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_delimited(results: Results, delimiter: str) -> str:
    from kgbuild.export import rows_to_csv

    rows = results.plain_rows()
    if delimiter == "\t":
        rows = [[c.replace("\t", " ").replace("\n", " ") for c in r] for r in rows]
    return rows_to_csv(list(results.columns), rows, delimiter)


def format_json(results: Results) -> str:
    data = {
        "head": {"vars": list(results.columns)},
        "results": {
            "bindings": [
                {c: v.to_json() for c, v in zip(results.columns, row, strict=True) if v is not None}
                for row in results.rows
            ]
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


FORMATTERS = {
    "table": format_table,
    "csv": lambda r: format_delimited(r, ","),
    "tsv": lambda r: format_delimited(r, "\t"),
    "json": format_json,
}
"""Registry of result formats; keys feed click.Choice."""
