"""A corrected figure told with a retraction (retracted.py) or in the sentence right after
it ("Correction: an earlier version of this article said 412 people were convicted of
treason in 2024; the correct figure is 349.", "... The correct number is 349.", "It was
349, not 412."): it counts what the one count withdrawn counted (its offences, period and
unit), rule count.corrected."""

from __future__ import annotations

import re
from dataclasses import replace

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.fastre import compile_narrowed

_CORRECTED = compile_narrowed(
    r"(?:^|[;.]\s+|,\s*(?:and|but)\s+)\W*(?:(?:the|The)\s+)?[Cc]orrect(?:ed)?\s+"
    r"(?:figure|number|total|count)\s+(?:is|was|should\s+have\s+been)\s+"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?=\s*(?:[.;,]|$))|"
    r"^\W*(?:It|The\s+(?:figure|number|total))\s+(?:is|was)\s+"
    rf"(?:(?P<q2>{_QUAL})\s+)?(?P<num2>{NUMBER_PATTERN}),\s+not\s+\d",
    re.IGNORECASE,
)
"""A corrected figure: "the correct figure is 349", "It was 349, not 412"."""


def corrected_count(
    sentence: str, offset: int, index: int, withdrawn: list[_Draft]
) -> _Draft | None:
    """The count a corrected figure in ``sentence`` gives, of what the one count
    ``withdrawn`` (by a retraction in this sentence or the one before) counted."""
    m = _CORRECTED.search(sentence)
    if m is None:
        return None
    withdrawn = [d for d in withdrawn if d.anchor < offset + m.start()]
    if len(withdrawn) != 1:
        return None
    num = m.group("num") or m.group("num2")
    count = _int_number(num)
    if count is None:
        return None
    at = m.start("num") if m.group("num") else m.start("num2")
    return replace(
        withdrawn[0],
        start=offset,
        end=offset + len(sentence),
        anchor=offset + at,
        rule="count.corrected",
        count=count,
        qualifier=_qualifier_word(m.group("q") or m.group("q2")),
        change=None,
        part_of=None,
        sentence_index=index,
        comparison=False,
    )
