"""CSV on the Web (W3C CSVW) metadata of the CSV views a build writes.

Each `NAME.csv` in a build folder gets `NAME.csv-metadata.json`, the file CSVW processors
look for beside a CSV (the spec's default "{+url}-metadata.json" location): its columns in
order, with their datatypes, what an empty cell means, and how list cells are written.

Conventions for every view (the `kgbuild query -f csv` contract of README.md):
- an empty cell is an unbound value (CSVW `null` is the empty string);
- dates are ISO 8601; a column's datatype states its precision: `date` is a day
  (YYYY-MM-DD), `gYearMonth` a month, `gYear` a year; a column whose precision varies row
  by row (a verdict date "as precise as published") is a string of the form YYYY, YYYY-MM
  or YYYY-MM-DD, and its description says so;
- a list cell holds its items separated by one space (CSVW `separator`); items never
  contain a space (offence slugs, article numbers such as 275.1);
- booleans are `true`/`false`; numbers are plain decimals (`2.5`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from kgbuild.errors import KgbuildError

LIST_SEPARATOR = " "
DAY = "Precision: day (YYYY-MM-DD)."
VARIABLE_DATE = r"\d{4}(-\d{2}(-\d{2})?)?"


@dataclass(frozen=True)
class Column:
    name: str
    datatype: str | dict[str, str]
    description: str
    is_list: bool = False
    required: bool = False

    def metadata(self) -> dict[str, object]:
        data: dict[str, object] = {
            "name": self.name,
            "titles": self.name,
            "datatype": self.datatype,
            "dc:description": self.description,
        }
        if self.is_list:
            data["separator"] = LIST_SEPARATOR
        if self.required:
            data["required"] = True
        return data


def _enum(*values: str) -> dict[str, str]:
    return {"base": "string", "format": "|".join(values)}


_ARTICLE = {"base": "string", "format": r"\d+(\.\d+)*"}
_DOCUMENT = "The source document's path in the project, seeds/documents/FILE."

VIEWS: dict[str, tuple[str, Sequence[Column]]] = {
    "statistics.csv": (
        "Conviction counts reported by the source documents (named query `convictions`); "
        "claims from test documents are left out.",
        (
            Column("offence", "string", "Offence slugs (the offence scheme).", is_list=True),
            Column("articles", _ARTICLE, "Criminal Code article numbers.", is_list=True),
            Column("period_start", "date", "First day of the reference period. " + DAY),
            Column("period_end", "date", "Last day of the reference period. " + DAY),
            Column("count", "integer", "The number reported."),
            Column(
                "qualifier",
                _enum("exact", "at_least", "about", "more_than", "nearly", "fewer_than"),
                "How the count was stated.",
            ),
            Column("unit", "string", "What is counted (people, verdicts, cases)."),
            Column("scope", "string", "Whom the count covers (all, russian_citizens, ...)."),
            Column("reported_by", "string", "Who counted, and who relayed it."),
            Column("document", "string", _DOCUMENT),
            Column("quote", "string", "The sentence of the document that states the count."),
            Column("claim", "string", "The claim's id (kgbuild query evidence -p claim=ID)."),
        ),
    ),
    "cases.csv": (
        "Individual convictions reported by the source documents (named query `cases`); "
        "claims from test documents are left out.",
        (
            Column("person", "string", "The defendant, as published."),
            Column("article", _ARTICLE, "Articles charged.", is_list=True),
            Column(
                "verdict_date",
                {"base": "string", "format": VARIABLE_DATE},
                "Date of the verdict, as precise as the source gives it: precision varies "
                "by row, YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day).",
            ),
            Column("sentence_years", "decimal", "Term imposed, in years (months as fractions)."),
            Column("court", "string", "The court, where the source names it."),
            Column("offence", "string", "Offence slug (the offence scheme)."),
            Column("document", "string", _DOCUMENT),
            Column("quote", "string", "The sentence of the document that reports the case."),
        ),
    ),
    "statutes.csv": (
        "Every dated version of the register's article parts with its penalties (named "
        "query `statute-table`).",
        (
            Column("article", _ARTICLE, "Criminal Code article number.", required=True),
            Column(
                "part",
                _ARTICLE,
                "Part number as the Code writes it (2.1 is a part inserted after part 2); "
                "empty for an article without parts.",
            ),
            Column("offence", "string", "Offence slug (the offence scheme)."),
            Column("in_force_from", "date", "First day the version was in force. " + DAY),
            Column(
                "in_force_until",
                "date",
                "First day the version was no longer in force (half-open interval); empty "
                "while in force. " + DAY,
            ),
            Column("enacted_by", "string", "The law that gave the version its text (NNN-FZ)."),
            Column("min_years", "decimal", "Minimum term of imprisonment in years."),
            Column("max_years", "decimal", "Maximum term of imprisonment in years."),
            Column("life", "boolean", "Whether life imprisonment is a sanction (true/false)."),
            Column("max_fine_rub", "decimal", "Largest fine, in roubles."),
            Column(
                "category",
                _enum("small", "medium", "grave", "particularly_grave"),
                "Gravity under Article 15, as the reasoner classified the version.",
            ),
            Column(
                "confidence",
                _enum("high", "medium", "low", "unverified"),
                "Confidence in the version's source.",
            ),
            Column("source", "string", "Id of the source in seeds/statutes/sources/."),
            Column(
                "death_penalty",
                "boolean",
                "Whether the death penalty is a sanction (true/false); the moratorium since "
                "1996 did not change the Code's text.",
            ),
        ),
    ),
}
"""The CSV views of a build: file name -> (description, columns in order)."""


def metadata_name(csv_name: str) -> str:
    return csv_name + "-metadata.json"


def csvw_metadata(csv_name: str, header: Sequence[str]) -> str:
    """The CSVW metadata document of one view; its columns must be the CSV's header."""
    description, columns = VIEWS[csv_name]
    names = [c.name for c in columns]
    if list(header) != names:
        raise KgbuildError(
            f"{csv_name}: header {list(header)} differs from its CSVW columns {names}"
        )
    document = {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "en"}],
        "url": csv_name,
        "dc:title": csv_name,
        "dc:description": description,
        "dc:license": {"@id": "https://creativecommons.org/licenses/by/4.0/"},
        "dialect": {"header": True, "delimiter": ",", "encoding": "utf-8"},
        "null": "",
        "tableSchema": {"columns": [c.metadata() for c in columns]},
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
