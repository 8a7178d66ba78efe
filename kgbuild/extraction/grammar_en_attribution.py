"""Who counted a figure: "according to the Judicial Department", "OVD-Info reported",
"data compiled by Mediazona" (the claim's ``reported_by``)."""

from __future__ import annotations

from typing import Final

from kgbuild.extraction.gates import _gate_open, _gates
from kgbuild.extraction.grammar_en_individual import _NAME_STOP
from kgbuild.extraction.numbers import _words
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import fold

_ORG = r"(?P<org>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})"
_ATTRIBUTION = (
    compile_narrowed(rf"\b(?i:according)\s+to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,4}}{_ORG}"),
    compile_narrowed(
        rf"{_ORG}\s+(?:has\s+|had\s+|have\s+)?(?:reported|reports|said|says|found|estimated|"
        rf"calculated|counted|wrote|revealed|noted|tallied)\b"
    ),
    compile_narrowed(
        rf"\b(?:data|figures|statistics|estimates|a\s+count|an\s+analysis)\s+(?:from|by|of|"
        rf"compiled\s+by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}{_ORG}"
    ),
)
_ORG_STOP: Final = frozenset(
    _words("he she it they we i the this that these those there russian russia president")
)


_ATTRIBUTION_GATES: Final = _gates(
    (
        ("according",),
        (
            "reported",
            "reports",
            "said",
            "says",
            "found",
            "estimated",
            "calculated",
            "counted",
            "wrote",
            "revealed",
            "noted",
            "tallied",
        ),
        ("data", "figures", "statistics", "estimates", "count", "analysis"),
    )
)


def _find_attribution(sentence: str, folded: str | None = None) -> str | None:
    folded = fold(sentence) if folded is None else folded
    for pattern, gate in zip(_ATTRIBUTION, _ATTRIBUTION_GATES, strict=True):
        if not _gate_open(gate, folded):
            continue
        for m in pattern.finditer(sentence):
            org = m.group("org").strip()
            words = org.split()
            while words and words[0].lower() in _ORG_STOP:
                words = words[1:]
            if words and words[-1].count(".") == 1 and words[-1].endswith("."):
                words[-1] = words[-1][:-1]
            if not words:
                continue
            if m.start("org") == 0 and len(words) == 1 and words[0].lower() in _NAME_STOP:
                continue
            return " ".join(words)
    return None
