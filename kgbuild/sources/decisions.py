"""seeds/curation.yaml: reviewers' decisions on extracted claims."""

from __future__ import annotations

from pathlib import Path

from kgbuild.sources.collector import _Collector, _opt_str
from kgbuild.sources.records import Decision, Origin
from kgbuild.yamlio import line_of

# ---------------------------------------------------------------------------- curation

DECISION_ACTIONS = ("accept", "reject", "correct", "add")


def load_decisions(root: Path, col: _Collector) -> list[Decision]:
    path = root / "curation.yaml"
    if not path.exists():
        return []
    data = col.load(path, "curation")
    if data is None:
        return []
    if not isinstance(data, list):
        col.add(
            path,
            1,
            "curation.yaml must be a list of decisions",
            "start each decision with '- action:'",
        )
        return []
    decisions = []
    for raw in data:
        line = line_of(raw)
        if not isinstance(raw, dict):
            col.add(path, line, "a decision must be a mapping", "write action:, claim:, reason:")
            continue
        action = str(raw.get("action"))
        if action not in DECISION_ACTIONS:
            col.add(
                path,
                line_of(raw, "action"),
                f"unknown action {action!r}",
                "use one of " + ", ".join(DECISION_ACTIONS),
            )
            continue
        if not raw.get("reason"):
            col.add(path, line, f"{action} decision without a reason", "add reason: ...")
            continue
        if isinstance(raw.get("claim"), int | float):
            col.add(
                path,
                line_of(raw, "claim"),
                f"claim id {raw['claim']!r} was read as a number (an all-digit id loses "
                "its leading zeros)",
                'quote the id: claim: "0123456789abcdef"',
            )
            continue
        if action != "add" and not raw.get("claim"):
            col.add(
                path,
                line,
                f"{action} decision names no claim",
                "add claim: <id> (from `kgbuild extract -f json`)",
            )
            continue
        values = {k: v for k, v in raw.items() if k not in ("action", "claim", "reason")}
        decisions.append(
            Decision(
                action,
                _opt_str(raw.get("claim")),
                str(raw["reason"]),
                values,
                Origin(col.rel(path), line),
            )
        )
    return decisions
