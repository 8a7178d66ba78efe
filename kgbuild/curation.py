"""Stage 3: apply reviewers' decisions (seeds/curation.yaml) to the extracted claims."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kgbuild.claims import Change, Claim
from kgbuild.errors import InputError, Problem
from kgbuild.sources import Decision, Document

_ANCHOR_FIELDS = {"document", "quote", "start", "end", "rule"}
_CORRECTABLE = {f.name for f in dataclasses.fields(Claim)} - _ANCHOR_FIELDS
"""Fields a reviewer may correct or give: every claim field except its anchor."""


@dataclass(frozen=True)
class CuratedClaim:
    """A claim as it enters the graph. `id` stays the extracted claim's id after a
    correction, so that reviewers' decisions and IRIs stay stable."""

    id: str
    claim: Claim
    status: str  # unreviewed | accepted | corrected | added
    reason: str | None


@dataclass(frozen=True)
class CurationResult:
    claims: tuple[CuratedClaim, ...]
    rejected: tuple[tuple[Claim, str], ...]
    unreviewed: tuple[Claim, ...]


def _convert(key: str, value: Any) -> Any:
    if key == "articles":
        return tuple(str(a) for a in value or ())
    if key == "change" and value is not None:
        return Change(
            float(value["factor"]),
            value.get("qualifier"),
            value.get("baseline_start"),
            value.get("baseline_end"),
        )
    if key == "offence" and isinstance(value, list):
        return tuple(str(v) for v in value)
    return value


def curate_claims(
    claims: Sequence[Claim], decisions: Sequence[Decision], documents: Sequence[Document]
) -> CurationResult:
    """Apply reject/correct/accept/add decisions; raise InputError for decisions that do not
    fit (unknown claim id, unknown field, a quote not found at its offsets)."""
    problems: list[Problem] = []
    by_id = {c.id: c for c in claims}
    texts = {d.path: d.text for d in documents}
    decided: dict[str, Decision] = {}
    added: list[CuratedClaim] = []
    for decision in decisions:
        where = decision.origin
        if decision.action == "add":
            claim = _added_claim(decision, texts, problems)
            if claim is not None:
                added.append(CuratedClaim(claim.id, claim, "added", decision.reason))
            continue
        assert decision.claim is not None
        if decision.claim not in by_id:
            problems.append(
                Problem(
                    where.path,
                    where.line,
                    f"no extracted claim has the id {decision.claim}",
                    "take the id from `kgbuild extract -f json`, or remove "
                    "the decision if the claim is no longer extracted",
                )
            )
            continue
        if decision.claim in decided:
            problems.append(
                Problem(
                    where.path,
                    where.line,
                    f"claim {decision.claim} is decided twice (also line "
                    f"{decided[decision.claim].origin.line})",
                    "keep one decision per claim",
                )
            )
            continue
        unknown = set(decision.values.get("set", {}) or {}) - _CORRECTABLE
        if decision.action == "correct" and (unknown or not decision.values.get("set")):
            problems.append(
                Problem(
                    where.path,
                    where.line,
                    "a correction needs set: with known fields"
                    + (f" (unknown: {', '.join(sorted(unknown))})" if unknown else ""),
                    "write set: {field: value} using the extract JSON keys",
                )
            )
            continue
        decided[decision.claim] = decision
    if problems:
        raise InputError(problems)
    kept: list[CuratedClaim] = []
    rejected: list[tuple[Claim, str]] = []
    unreviewed: list[Claim] = []
    for claim in claims:
        found = decided.get(claim.id)
        if found is None:
            unreviewed.append(claim)
            kept.append(CuratedClaim(claim.id, claim, "unreviewed", None))
        elif found.action == "reject":
            rejected.append((claim, found.reason))
        elif found.action == "accept":
            kept.append(CuratedClaim(claim.id, claim, "accepted", found.reason))
        else:
            changes = {k: _convert(k, v) for k, v in found.values["set"].items()}
            fixed = dataclasses.replace(claim, **changes)
            kept.append(CuratedClaim(claim.id, fixed, "corrected", found.reason))
    kept.extend(added)
    kept.sort(key=lambda c: (c.claim.document, c.claim.start, c.claim.kind, c.id))
    return CurationResult(tuple(kept), tuple(rejected), tuple(unreviewed))


def _added_claim(
    decision: Decision, texts: dict[str, str], problems: list[Problem]
) -> Claim | None:
    where = decision.origin
    values = dict(decision.values)
    required = ("kind", "document", "quote", "start", "end")
    missing = [k for k in required if values.get(k) is None]
    if missing:
        problems.append(
            Problem(
                where.path,
                where.line,
                "an added claim lacks " + ", ".join(missing),
                "give kind, document, quote, start and end",
            )
        )
        return None
    text = texts.get(str(values["document"]))
    if text is None:
        problems.append(
            Problem(
                where.path,
                where.line,
                f"document {values['document']} is not in the catalogue",
                "use a path as listed in seeds/catalogue.yaml, prefixed with seeds/",
            )
        )
        return None
    start, end, quote = int(values["start"]), int(values["end"]), str(values["quote"])
    if text[start:end] != quote:
        found = text.find(quote)
        hint = (
            f"the quote is at {found}..{found + len(quote)}"
            if found >= 0
            else "copy the quote exactly from the document"
        )
        problems.append(
            Problem(
                where.path,
                where.line,
                f"quote not found at {start}..{end} of {values['document']}",
                hint,
            )
        )
        return None
    fields = {k: _convert(k, v) for k, v in values.items() if k in _CORRECTABLE}
    try:
        return Claim(
            document=str(values["document"]),
            quote=quote,
            start=start,
            end=end,
            rule="curator.added",
            **fields,
        )
    except TypeError as exc:
        problems.append(
            Problem(
                where.path,
                where.line,
                f"an added claim is malformed: {exc}",
                "use the extract JSON keys",
            )
        )
        return None
