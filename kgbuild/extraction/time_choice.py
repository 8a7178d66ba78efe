"""Choosing and telling the time of a claim: the time nearest a figure among those of some
roles, whether a time dates another event than a verdict ("detained in March 2022"), and a
time as a date of the precision the text gives. Split from periods.py, which re-exports
them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from kgbuild.extraction.gates import _gate_open
from kgbuild.fastre import compile_narrowed

if TYPE_CHECKING:
    from kgbuild.extraction.periods import _Time


def _format_date(t: _Time) -> str | None:
    if t.first is None:
        return None
    if t.precision == "day":
        return t.first.isoformat()
    if t.precision == "month":
        return t.first.strftime("%Y-%m")
    return str(t.first.year)


_OTHER_EVENT_BEFORE = compile_narrowed(
    r"\b(?:detained|arrested|apprehended|charged|indicted|born)\s+"
    r"(?:(?!sentenced|jailed|convicted|given|found|handed)[\w'’-]+\s+){0,3}?"
    r"(?:in|on|since|back\s+in)\s+(?:early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)
_OTHER_EVENT_GATE: Final = ("detained", "arrested", "apprehended", "charged", "indicted", "born")


def other_event_time(sentence: str, folded: str, t: _Time) -> bool:
    """Whether ``t`` dates another event than a verdict: "detained in March 2022, then
    sentenced ... in May 2023" (the arrest's month is no date of the sentence)."""
    return _gate_open(_OTHER_EVENT_GATE, folded) and (
        _OTHER_EVENT_BEFORE.search(sentence, max(0, t.start - 60), t.start) is not None
    )


def _nearest(times: list[_Time], anchor: int, roles: tuple[str, ...]) -> _Time | None:
    usable = [t for t in times if t.role in roles and t.first is not None]
    if not usable:
        return None

    def distance(t: _Time) -> tuple[int, int]:
        if t.end <= anchor:
            return (anchor - t.end, 0)
        return (max(0, t.start - anchor), 1)

    return min(usable, key=distance)
