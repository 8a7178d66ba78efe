"""Precision and recall by kind against an answer key in the project's shared format.

A key is a YAML list of items (``id``, ``lang``, ``text`` or ``file``, ``claims``,
optional ``published`` and ``traps``). Matching is strict: a count on (kind, offence set,
count, qualifier, period_start, period_end); a penalty on (kind, offence set, min_years,
max_years, life); an enactment on (kind, offence set, date); an individual sentence on
(kind, offence set, sentence_years, life).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kgbuild.claims import Claim

SCORED_KINDS = (
    "conviction_count",
    "case_count",
    "penalty_range",
    "enactment",
    "individual_sentence",
)

_Key = tuple[object, ...]


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _years(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def _offences(value: object) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(str(v) for v in value)  # type: ignore[attr-defined]


def match_key(fields: Mapping[str, Any]) -> _Key | None:
    """The strict comparison key of a claim given as a mapping (a key entry or claim JSON)."""
    kind = fields.get("kind")
    offences = _offences(fields.get("offence"))
    if kind in {"conviction_count", "case_count"}:
        return (
            kind,
            offences,
            None if fields.get("count") is None else int(fields["count"]),
            fields.get("qualifier"),
            _text(fields.get("period_start")),
            _text(fields.get("period_end")),
        )
    if kind == "penalty_range":
        return (
            kind,
            offences,
            _years(fields.get("min_years")),
            _years(fields.get("max_years")),
            bool(fields.get("life") or False),
        )
    if kind == "enactment":
        return (kind, offences, _text(fields.get("date")))
    if kind == "individual_sentence":
        return (kind, offences, _years(fields.get("sentence_years")), bool(fields.get("life")))
    return None


@dataclass(frozen=True)
class KindScore:
    kind: str
    expected: int
    found: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


@dataclass(frozen=True)
class Miss:
    """A claim of an item that the key has and the extractor did not give, or the reverse."""

    item: str
    missing: bool
    key: _Key


def load_key(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        items = yaml.safe_load(handle)
    if not isinstance(items, list):
        raise ValueError(f"{path}: an answer key is a YAML list of items")
    return items


def score_key(
    items: Sequence[Mapping[str, Any]],
    extract: Callable[[str, str, dt.date | None], Iterable[Claim]],
    *,
    base: Path | None = None,
) -> tuple[list[KindScore], list[Miss]]:
    """Score ``extract(text, item_id, published)`` against every item of a key."""
    expected: Counter[_Key] = Counter()
    found: Counter[_Key] = Counter()
    correct: Counter[str] = Counter()
    misses: list[Miss] = []
    for item in items:
        text = item.get("text")
        if text is None:
            text = ((base or Path()) / str(item["file"])).read_text(encoding="utf-8")
        published = item.get("published")
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        want = Counter(k for c in item.get("claims") or [] if (k := match_key(c)) is not None)
        got = Counter(
            k
            for claim in extract(str(text), str(item["id"]), published)
            if (k := match_key(claim.to_json())) is not None
        )
        expected.update(want)
        found.update(got)
        for key, n in (want & got).items():
            correct[str(key[0])] += n
        misses += [Miss(str(item["id"]), True, k) for k in (want - got).elements()]
        misses += [Miss(str(item["id"]), False, k) for k in (got - want).elements()]
    scores = [
        KindScore(
            kind,
            sum(n for k, n in expected.items() if k[0] == kind),
            sum(n for k, n in found.items() if k[0] == kind),
            correct[kind],
        )
        for kind in SCORED_KINDS
    ]
    total = KindScore(
        "all",
        sum(s.expected for s in scores),
        sum(s.found for s in scores),
        sum(s.correct for s in scores),
    )
    return [*scores, total], misses
