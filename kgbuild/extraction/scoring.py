"""Precision and recall of the extractor against an answer key (``kgbuild extract --score``).

A key is a YAML list of items, each one text and the claims a careful reader finds in it::

    - id: en-multi-001
      lang: en                      # en | ru
      text: "..."                   # or file: path/relative/to/the/key.txt
      published: 2025-04-16         # optional: resolves "last year", "on Wednesday"
      claims:
        - {kind: conviction_count, offence: treason, count: 16, qualifier: exact,
           period_start: 2023-01-01, period_end: 2023-12-31}
        - {kind: penalty_range, offence: espionage, min_years: 10, max_years: 20, life: false}
        - {kind: enactment, offence: treason, date: 2022-07-14}
      traps: "what must not be extracted (a note for people)"

Matching is strict, on these fields only (the offence compared as a set):

    conviction_count, case_count   offence, count, qualifier, period_start, period_end
    penalty_range                  offence, min_years, max_years, life
    enactment                      offence, date
    individual_sentence            offence, sentence_years, life

A claim key left out counts as null (``qualifier`` as exact, ``life`` as false).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from kgbuild.claims import CLAIM_KINDS, Claim
from kgbuild.errors import InputError, Problem
from kgbuild.extraction.language import LANGUAGES
from kgbuild.lexicon import Lexicon
from kgbuild.yamlio import line_of, load_yaml

Signature = tuple[Any, ...]

MATCH_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "conviction_count": ("count", "qualifier", "period_start", "period_end"),
    "case_count": ("count", "qualifier", "period_start", "period_end"),
    "penalty_range": ("min_years", "max_years", "life"),
    "enactment": ("date",),
    "individual_sentence": ("sentence_years", "life"),
}
"""Besides kind and offence set, the fields a claim must match exactly."""

_ITEM_KEYS: Final = frozenset(
    {"id", "lang", "text", "file", "published", "report_year", "claims", "traps"}
)
_CLAIM_KEYS: Final = frozenset(
    {"kind", "offence", *(f for fields in MATCH_FIELDS.values() for f in fields), "note"}
)
_DEFAULTS: Final[dict[str, Any]] = {"qualifier": "exact", "life": False}


@dataclass(frozen=True)
class KeyItem:
    """One text of a key and the signatures of the claims it holds."""

    id: str
    lang: str
    text: str
    expected: tuple[Signature, ...]
    published: dt.date | None = None
    report_year: int | None = None


@dataclass
class Tally:
    """True positives, false positives and false negatives of one kind in one language."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        found = self.tp + self.fp
        return None if found == 0 else self.tp / found

    @property
    def recall(self) -> float | None:
        expected = self.tp + self.fn
        return None if expected == 0 else self.tp / expected

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Score:
    """Tallies by (language, kind), and per item what was missed and what was extra."""

    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    missed: list[tuple[str, Signature]] = field(default_factory=list)
    extra: list[tuple[str, Signature]] = field(default_factory=list)

    def by_language(self) -> dict[str, Tally]:
        totals: dict[str, Tally] = {}
        for (lang, _), tally in sorted(self.tallies.items()):
            totals.setdefault(lang, Tally()).add(tally)
        return totals


def _norm_float(value: Any) -> float | None:
    return None if value is None else round(float(value), 3)


def _signature(kind: str, values: Mapping[str, Any]) -> Signature:
    offence = values.get("offence")
    if offence is None:
        offences: frozenset[str] = frozenset()
    elif isinstance(offence, str):
        offences = frozenset({offence})
    else:
        offences = frozenset(str(o) for o in offence)
    parts: list[Any] = [kind, tuple(sorted(offences))]
    for name in MATCH_FIELDS[kind]:
        value = values.get(name)
        if value is None:
            value = _DEFAULTS.get(name)
        if name in {"min_years", "max_years", "sentence_years"}:
            value = _norm_float(value)
        elif name in {"period_start", "period_end", "date", "qualifier"} and value is not None:
            value = str(value)
        elif name == "count" and value is not None:
            value = int(value)
        parts.append(value)
    return tuple(parts)


def claim_signature(claim: Claim) -> Signature:
    """The fields of an extracted claim that a key compares."""
    data = claim.to_json()
    return _signature(claim.kind, data)


def describe(signature: Signature) -> str:
    """A signature as ``kind offence field=value ...`` for people."""
    kind, offences, *values = signature
    fields = MATCH_FIELDS[kind]
    shown = " ".join(f"{n}={v}" for n, v in zip(fields, values, strict=True) if v is not None)
    return f"{kind} {','.join(offences) or '-'} {shown}".rstrip()


def load_key(path: Path) -> list[KeyItem]:
    """Read a key file; every problem in it (file, line, fix) is reported at once."""
    data = load_yaml(path)
    problems: list[Problem] = []

    def problem(node: Any, message: str, hint: str, key: str | None = None) -> None:
        problems.append(Problem(str(path), line_of(node, key), message, hint))

    if not isinstance(data, list):
        raise InputError(
            [Problem(str(path), None, "a key is a YAML list of items", "start each with `- id:`")]
        )
    items: list[KeyItem] = []
    seen: set[str] = set()
    for node in data:
        if not isinstance(node, dict):
            problem(node, "an item is not a mapping", "give id, lang, text and claims")
            continue
        for key in sorted(set(node) - _ITEM_KEYS):
            problem(node, f"unknown key {key!r}", f"use one of {sorted(_ITEM_KEYS)}", key)
        ident = str(node.get("id") or "")
        if not ident or ident in seen:
            problem(node, f"missing or repeated id {ident!r}", "give each item its own id")
        seen.add(ident)
        lang = node.get("lang")
        if lang not in LANGUAGES:
            problem(node, f"lang is {lang!r}", f"write one of {', '.join(LANGUAGES)}", "lang")
        text = node.get("text")
        if node.get("file") is not None:
            source = path.parent / str(node["file"])
            try:
                text = source.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                problem(node, f"cannot read {source} ({exc})", "give a readable UTF-8 file", "file")
                continue
        if not isinstance(text, str) or not text.strip():
            problem(node, "no text", "give text: or file:", "text")
            continue
        published: dt.date | None = None
        if node.get("published") is not None:
            try:
                published = dt.date.fromisoformat(str(node["published"]))
            except ValueError:
                problem(node, "published is not a date", "write YYYY-MM-DD", "published")
        expected: list[Signature] = []
        for claim in node.get("claims") or []:
            if not isinstance(claim, dict) or claim.get("kind") not in CLAIM_KINDS:
                problem(node, f"a claim of no known kind: {claim!r}", f"kind: {CLAIM_KINDS}")
                continue
            unknown = sorted(set(claim) - _CLAIM_KEYS)
            if unknown:
                problem(claim, f"unknown claim key(s) {unknown}", f"use {sorted(_CLAIM_KEYS)}")
                continue
            try:
                expected.append(_signature(str(claim["kind"]), claim))
            except (TypeError, ValueError) as exc:
                problem(claim, f"a claim value has the wrong type ({exc})", "fix the value")
        report_year = node.get("report_year")
        items.append(
            KeyItem(
                ident,
                str(lang),
                text,
                tuple(expected),
                published,
                report_year if isinstance(report_year, int) else None,
            )
        )
    if problems:
        raise InputError(problems)
    return items


def score_claims(
    items: Iterable[tuple[KeyItem, list[Claim]]],
) -> Score:
    """Compare each item's extracted claims with its expected ones (as multisets)."""
    score = Score()
    for item, claims in items:
        found = Counter(claim_signature(c) for c in claims)
        wanted = Counter(item.expected)
        for kind in CLAIM_KINDS:
            tally = score.tallies.setdefault((item.lang, kind), Tally())
            # In the key's order, then the extractor's: a set's order follows hash(None),
            # which changes from run to run (the signatures hold None).
            for sig in dict.fromkeys([*wanted, *found]):
                if sig[0] != kind:
                    continue
                hit = min(found[sig], wanted[sig])
                tally.tp += hit
                tally.fp += found[sig] - hit
                tally.fn += wanted[sig] - hit
                score.missed += [(item.id, sig)] * (wanted[sig] - hit)
                score.extra += [(item.id, sig)] * (found[sig] - hit)
    score.tallies = {k: v for k, v in score.tallies.items() if v.tp + v.fp + v.fn}
    return score


def score_key(path: Path, lexicon: Lexicon) -> Score:
    """Extract every item of the key at ``path`` and score the claims against it."""
    from kgbuild.extraction import extract_claims

    items = load_key(path)
    return score_claims(
        (
            item,
            extract_claims(
                item.text,
                document=item.id,
                lexicon=lexicon,
                published=item.published,
                report_year=item.report_year,
                lang=item.lang,
            ),
        )
        for item in items
    )
