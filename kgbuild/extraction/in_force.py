"""A law's entry into force told right after its signature's date ("signed on 24 September
2022 and took effect on 5 October", "...; it enters into force on 9 May 2014"): a date of its
own for each offence the law enacts (rules of enactments.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kgbuild.extraction.periods import _format_date, _shift_year, _Time
from kgbuild.fastre import compile_narrowed

_AND_IN_FORCE = compile_narrowed(
    # ", which took effect on 3 June 2015": a relative clause on the law
    # ("signed by the President on 24 September 2022, entered into force on 5 October")
    r"\s*(?:,?\s+(?:and\s+(?:it\s+|then\s+)?|which\s+(?:then\s+)?)|,\s+)"
    r"(?P<v>took\s+effect|came\s+into\s+(?:force|effect)|in\s+force\s+(?:since|from)|"
    r"entered\s+into\s+force)\s+(?:on\s+|in\s+)?(?=\S)",
    re.IGNORECASE,
)
"""After the date of a law: its entry into force, dated ("... and took effect on 9 January
2026", "..., which took effect on 3 June 2015")."""
_IN_FORCE_CLAUSE = compile_narrowed(
    r"[;,]\s*(?:and\s+)?(?:it|the\s+law|the\s+amendments?)\s+(?:then\s+)?"
    r"(?P<v>entered\s+into\s+force|enters\s+into\s+force|took\s+effect|takes\s+effect|"
    r"came\s+into\s+(?:force|effect)|comes\s+into\s+(?:force|effect))\s+(?:on\s+|in\s+)?(?=\S)",
    re.IGNORECASE,
)
"""A clause of its own after a law's signature: "...: a law adding X to the Code is signed; it
enters into force on 9 May 2014", "... was signed on 2 July, and the law took effect on 13
July"."""


def then_in_force(
    s: str, folded: str, times: Sequence[_Time], law: _Time, verb_end: int
) -> list[tuple[str, int, str]]:
    """ "... was signed by the President on 29 December 2025 and took effect on 9
    January 2026": the entry into force told right after the date of the law, a date of
    its own (rule enactment.in-force); without a year, the first such day after the
    law's date ("signed on 24 September 2022 and took effect on 5 October")."""
    m = _AND_IN_FORCE.match(s, law.end)
    if m is None and ("force" in folded or "effect" in folded):
        # "...: a law adding X is signed; it enters into force on 9 May 2014": a clause
        # of its own after the signature
        m = _IN_FORCE_CLAUSE.search(s, max(law.end, verb_end))
    if m is None or law.first is None:
        return []
    t = next((t for t in times if t.start == m.end() and t.first is not None), None)
    if t is None or t.first is None or t.last is None or t.precision not in {"day", "month"}:
        return []
    if t.explicit_year is None:
        years = law.first.year - t.first.year
        if _shift_year(t.last, years) < law.first:
            years += 1
        t = replace(t, first=_shift_year(t.first, years), last=_shift_year(t.last, years))
    date = _format_date(t)
    return [] if date is None else [("enactment.in-force", m.start("v"), date)]
