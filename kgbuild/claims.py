"""The claim model: typed, immutable records of what the extractor read in a document.

A claim's ``id`` is derived from its content (sha256 of the canonical JSON of every field,
first 16 hex digits), so the same input gives the same ids on every run and machine.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Final, Literal

MAX_DOCUMENT_BYTES: Final = 2_000_000
"""The largest source document the build and `kgbuild extract` accept (README: Commands).

Extraction is linear in the text's length, but a document far above the size of a long
report is more likely a mistake (a dump, a binary) than a source; split a real one. It is
defined beside the claim model so that the seeds' loader can check it without importing
the extractor's grammars (kgbuild.extraction re-exports it)."""

ClaimKind = Literal[
    "conviction_count", "case_count", "penalty_range", "enactment", "individual_sentence"
]
CLAIM_KINDS: tuple[ClaimKind, ...] = (
    "conviction_count",
    "case_count",
    "penalty_range",
    "enactment",
    "individual_sentence",
)
QUALIFIERS: tuple[str, ...] = (
    "exact",
    "at_least",
    "about",
    "more_than",
    "nearly",
    "fewer_than",
    "at_most",
)
UNITS: tuple[str, ...] = ("people", "verdicts", "cases")

JsonValue = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]


@dataclass(frozen=True)
class Change:
    """A relative change reported for a figure: "nearly four times the 2023 number"."""

    factor: float
    qualifier: str | None
    baseline_start: str | None
    baseline_end: str | None

    def to_json(self) -> dict[str, JsonValue]:
        return {
            "factor": self.factor,
            "qualifier": self.qualifier,
            "baseline_start": self.baseline_start,
            "baseline_end": self.baseline_end,
        }


@dataclass(frozen=True)
class Claim:
    """One extracted statement with the exact passage (``quote`` at ``start:end``) it rests on.

    Fields that do not apply to a kind are None (``articles`` is then empty).
    Dates are ISO strings: periods ``YYYY-MM-DD``; ``date`` as precise as the text allows.
    """

    kind: ClaimKind
    document: str
    quote: str
    start: int
    end: int
    rule: str
    offence: str | tuple[str, ...] | None = None
    articles: tuple[str, ...] = ()
    period_start: str | None = None
    period_end: str | None = None
    count: int | None = None
    qualifier: str | None = None
    unit: str | None = None
    scope: str | None = None
    min_years: float | None = None
    max_years: float | None = None
    life: bool | None = None
    date: str | None = None
    person: str | None = None
    sentence_years: float | None = None
    change: Change | None = None
    reported_by: str | None = None
    part_of: str | None = None
    court: str | None = None

    @property
    def offences(self) -> tuple[str, ...]:
        """The offence slugs as a tuple, whatever the shape of ``offence``."""
        if self.offence is None:
            return ()
        if isinstance(self.offence, str):
            return (self.offence,)
        return self.offence

    def _fields_json(self) -> dict[str, JsonValue]:
        offence: JsonValue = list(self.offence) if isinstance(self.offence, tuple) else self.offence
        return {
            "kind": self.kind,
            "offence": offence,
            "articles": list(self.articles),
            "period_start": self.period_start,
            "period_end": self.period_end,
            "count": self.count,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "scope": self.scope,
            "min_years": self.min_years,
            "max_years": self.max_years,
            "life": self.life,
            "date": self.date,
            "person": self.person,
            "sentence_years": self.sentence_years,
            "change": None if self.change is None else self.change.to_json(),
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "document": self.document,
            "reported_by": self.reported_by,
            "part_of": self.part_of,
            "court": self.court,
        }

    @property
    def id(self) -> str:
        """Content-derived id: the first 16 hex digits of sha256 over the canonical JSON."""
        canonical = json.dumps(
            self._fields_json(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict[str, JsonValue]:
        """The record ``kgbuild extract -f json`` prints (DESIGN.md keys plus id and links)."""
        return {"id": self.id, **self._fields_json()}
