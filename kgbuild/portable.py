"""Results from any SPARQL server, in the form Oxigraph gives them (the CSV contract).

Servers agree on which rows a query returns but not on how they write some values:
Virtuoso 7 stores `true` as the integer 1, so a boolean comes back as `"1"^^xsd:integer`
(`"1"^^xsd:boolean` where it was stored as one), and other servers may write a date with a
midnight time or a zero time zone, or an integer with a sign or leading zeros. `normalise`
turns every such value into the canonical form the local store gives: `true`/`false` typed
xsd:boolean, `YYYY-MM-DD` typed xsd:date, integers without sign or padding. A 0/1 integer is
a boolean only in a column the query declares one (`# boolean: COLUMN ...` in its header):
nothing in a result tells the two apart.

>>> normalise_value(Value("literal", "1", XSD + "integer"), boolean=True)
Value(kind='literal', value='true', datatype='http://www.w3.org/2001/XMLSchema#boolean', lang=None)
>>> normalise_value(Value("literal", "2024-01-01T00:00:00Z", XSD + "date")).value
'2024-01-01'
>>> normalise_value(Value("literal", "+007", XSD + "integer")).value
'7'
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kgbuild.queries import XSD, Results, Value

BOOLEAN = XSD + "boolean"
_TRUE = {"true": "true", "1": "true", "false": "false", "0": "false"}
_INTEGERS = {
    XSD + name
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}
_NUMBERS = {XSD + "decimal", XSD + "double", XSD + "float"}
# A date, with at most a midnight time and a zero time zone that carry nothing.
_DATE = re.compile(r"(-?\d{4,}-\d{2}-\d{2})(?:T00:00:00(?:\.0+)?)?(?:Z|[+-]00:00)?")
_INTEGER = re.compile(r"[+-]?\d+")


def normalise_value(value: Value, boolean: bool = False) -> Value:
    """One cell in its canonical form; `boolean` when the column is declared boolean."""
    if value.kind != "literal" or value.lang:
        return value
    text = value.value.strip()
    datatype = value.datatype
    if datatype == BOOLEAN or (boolean and (datatype in _INTEGERS or datatype is None)):
        canonical = _TRUE.get(text.lower())
        return Value("literal", canonical, BOOLEAN) if canonical else value
    if datatype in _INTEGERS and _INTEGER.fullmatch(text):
        return Value("literal", str(int(text)), datatype)
    if datatype in _NUMBERS:
        # Value.plain() writes numbers for CSV; the lexical form is kept for JSON.
        return Value("literal", text, datatype)
    if datatype == XSD + "date":
        match = _DATE.fullmatch(text)
        return Value("literal", match[1], datatype) if match else value
    return value


def normalise(results: Results, booleans: Collection[str] = ()) -> Results:
    """Every cell of `results` in canonical form (see the module's description)."""
    flags = [column in booleans for column in results.columns]
    rows = tuple(
        tuple(
            None if cell is None else normalise_value(cell, flag)
            for cell, flag in zip(row, flags, strict=True)
        )
        for row in results.rows
    )
    return Results(results.columns, rows)
