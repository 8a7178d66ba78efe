"""The offence of a count that names none, told by the sentence just before: "Treason cases
have multiplied since the invasion. Last year 145 people were convicted" (treason). Only a
plain count of people convicted whose clause ends with the verb (or a time) takes it, and
only from a sentence right before that names exactly one offence: "In 2024, 145 people were
convicted of crimes of every kind" names its own charge; a sentence before that names two
offences leaves the count without one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kgbuild.extraction.drafts import _named_offences
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import Lexicon, OffenceMatch

_PLAIN_VERB_AFTER = compile_narrowed(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:(?:also|already)\s+)?"
    r"(?:convicted|found\s+guilty|sentenced)"
    r"(?=\s*(?:[,.;]|$|\s+(?:in|last|this|during|over|so\s+far)\b(?![^,.;]{0,40}\b"
    r"(?:of|for|under)\b)))",
    re.IGNORECASE,
)
"""After "N people": a passive verb with no charge after it ("145 people were convicted.",
"... were sentenced last year, ...")."""
_CHARGE_WORDS = compile_narrowed(
    r"\b(?:crimes?|offen[cs]es?|charges?|articles?|murders?|fraud|theft|drugs?)\b",
    re.IGNORECASE,
)
"""Words that tell the count's own charge, outside the scheme: no offence is inherited."""


def offence_before(
    sentence: str,
    count_end: int,
    recent: Iterable[tuple[int, str]],
    index: int,
    lexicon: Lexicon,
) -> tuple[str, ...]:
    """The one offence the sentence right before names, for the count of people ending at
    ``count_end`` whose verb tells no charge; () otherwise."""
    if _PLAIN_VERB_AFTER.match(sentence, count_end) is None or _CHARGE_WORDS.search(sentence):
        return ()
    before = next((s for i, s in recent if i == index - 1), None)
    if before is None:
        return ()
    slugs = tuple(dict.fromkeys(m.slug for m in _named_offences(before, lexicon)))
    return slugs if len(slugs) == 1 else ()


_FRONTED_AT = compile_narrowed(
    r"^\W*(?P<subject>[A-Z][^,;:.]{2,60}?)\s*(?:\([^)]{0,30}\)\s*)?,\s+at\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|just\s+over)\s+)?$"
)
"""Before a count in apposition to the sentence's subject: "Sabotage, at 196 convictions,
overtook espionage" (the subject is what it counts)."""


def fronted_at(
    sentence: str, count_start: int, offences: Sequence[OffenceMatch]
) -> tuple[str, ...]:
    """The offences of the subject a count at ``count_start`` stands in apposition to ("X, at
    N convictions, ..."); () when the count is no such aside."""
    if ", at " not in sentence[:count_start]:
        return ()
    m = _FRONTED_AT.match(sentence, 0, count_start)
    if m is None or m.end() != count_start:
        return ()
    return tuple(dict.fromkeys(o.slug for o in offences if o.start < m.end("subject")))
