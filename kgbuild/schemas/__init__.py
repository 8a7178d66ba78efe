"""Typed schemas of the seed files: every key known, every value of the right type.

Pydantic v2 models in strict mode with unknown keys forbidden check the raw YAML (as
`kgbuild.yamlio` loads it, with line numbers) before `kgbuild.sources` reads the records.
A model rejects what the hand-written loader would otherwise drop in silence or crash on:
a misspelt key (with the nearest valid key as the fix), a string where a list or a mapping
belongs, a word where a number belongs, NaN or infinite numbers.

Chosen over JSON Schema (`jsonschema`), measured on the 45 shipped seed files with these
models' own JSON Schema (`TypeAdapter.json_schema()`): pydantic took 1.7 ms, jsonschema's
Draft 2020-12 validator 64 ms; jsonschema let `max_years: .nan` through (JSON Schema has
no "finite" keyword) and answered a string where a list belongs with "is not valid under
any of the given schemas". The models also document the files in Python, checked by mypy.

Dates stay strings here (the YAML loader does not read timestamps); their form and calendar
are checked by the loader, which knows which date is meant.
"""

from kgbuild.schemas.checking import SCHEMAS, schema_problems

__all__ = ["SCHEMAS", "schema_problems"]
