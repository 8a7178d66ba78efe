"""Offences told by two gerunds that share one object, the second elided or a pronoun.

- "disclosing or illegally obtaining state secrets": the first gerund takes the object of
  the second ("disclosing state secrets");
- "disclosing state secrets or illegally obtaining them": an adverb before the gerund of a
  pronoun object ("obtaining them illegally" is drafts._pronoun_objects').

Each found wording is checked against the lexicon whole, so a gerund that names no offence
with that object ("reading or disclosing state secrets") gives nothing. Split from drafts.py.
"""

from __future__ import annotations

import re

from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import Lexicon, OffenceMatch

_GERUND_OR_GERUND = compile_narrowed(
    r"\b(?P<g>[a-z]+ing)\s*,?\s+(?:or|and)\s+(?:(?:[a-z]+ly)\s+)?(?P<g2>[a-z]+ing)\s+",
    re.IGNORECASE,
)
_ADVERB_GERUND_PRONOUN = compile_narrowed(
    r"\b(?P<adv>[a-z]+ly)\s+(?P<g>[a-z]+ing)\s+(?:them|it)\b", re.IGNORECASE
)


def _whole(lexicon: Lexicon, wording: str) -> str | None:
    """The one offence ``wording`` names from end to end, if any."""
    hits = lexicon.find_offences(wording)
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(wording):
        return hits[0].slug
    return None


def elided_objects(
    sentence: str, lexicon: Lexicon, found: list[OffenceMatch]
) -> list[OffenceMatch]:
    """The offences of gerunds whose object is elided or a pronoun after an adverb."""
    extra: list[OffenceMatch] = []
    for m in _GERUND_OR_GERUND.finditer(sentence):
        # the second gerund's offence starts at it (or at the adverb before it)
        after = next((o for o in found if m.start("g2") - 12 <= o.start <= m.start("g2")), None)
        if after is None or any(o.start <= m.start("g") < o.end for o in found):
            continue
        words = after.text.split()
        if words[0].lower().endswith("ly"):
            words = words[1:]
        if len(words) < 2 or words[0].lower() != m.group("g2").lower():
            continue
        slug = _whole(lexicon, " ".join([m.group("g"), *words[1:]]))
        if slug is not None and slug != after.slug:
            extra.append(OffenceMatch(slug, m.start("g"), m.end("g"), m.group("g")))
    for m in _ADVERB_GERUND_PRONOUN.finditer(sentence):
        before = [o for o in found if o.end <= m.start() and m.start() - o.end <= 40]
        if not before or any(o.start <= m.start("g") < o.end for o in found):
            continue
        words = before[-1].text.split()
        if len(words) < 2 or not words[0].lower().endswith("ing"):
            continue
        obj = " ".join(words[1:])
        for wording in (f"{m['adv']} {m['g']} {obj}", f"{m['g']} {obj} {m['adv']}"):
            slug = _whole(lexicon, wording)
            if slug is not None:
                if slug != before[-1].slug:
                    extra.append(OffenceMatch(slug, m.start(), m.end(), m.group(0)))
                break
    return extra


_SETTING_ONE_UP = compile_narrowed(
    r"\s+(?:of|for)\s+(?P<verb>organi[sz]ing|setting|creating|founding|forming|establishing|"
    r"leading|running)\s+one(?:\s+up)?\b",
    re.IGNORECASE,
)
_CREATING: tuple[str, ...] = ("organis", "organiz", "creat", "setting up", "establish", "found")
"""Label words of an offence that covers creating its group: "organising or taking part in an
illegal armed formation"."""


def organising_one(text: str, after: int, slug: str, lexicon: Lexicon) -> tuple[str, ...] | None:
    """ "... 39 of taking part in an illegal armed formation and 6 of setting one up": the
    offence ``slug`` named before, when its own labels cover making or leading the group
    "one" stands for; None when the item is not such a phrase or the offence does not."""
    m = _SETTING_ONE_UP.match(text, after)
    if m is None or slug not in lexicon.concepts:
        return None
    verb = m.group("verb").lower()
    words = ("lead", "run") if verb in {"leading", "running"} else _CREATING
    labels = [label.lower() for label in lexicon.concepts[slug].labels]
    return (slug,) if any(w in label for label in labels for w in words) else None
