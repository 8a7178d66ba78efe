"""The offence a study is about, told in its opening ("This paper studies prosecutions for
spreading 'fakes' about the armed forces under Article 207.3"): what its later counts
that name no offence count ("Using court records, we identify 612 convictions between
2022 and 2024")."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft, _unique
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import Lexicon

_STUDY_OF = compile_narrowed(
    r"\b(?:This|The|Our)\s+(?:paper|article|study|chapter|thesis|dissertation|essay)\s+"
    r"(?:\w+\s+)?(?:studies|examines|analy[sz]es|explores|investigates|looks\s+at|"
    r"focuses\s+on|surveys|traces|maps)\s+(?:the\s+)?(?:(?:criminal\s+)?prosecutions?|"
    r"convictions|cases|verdicts|sentences|trials|the\s+use\s+of|the\s+application\s+of)\b",
)
"""A study's opening that names what it is about: prosecutions, convictions, cases of X."""


def study_topic(sentence: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The offences a study's opening sentence says it is about (those after its verb)."""
    m = _STUDY_OF.search(sentence)
    if m is None:
        return ()
    offences = lexicon.find_offences(sentence[m.end() :])
    return _unique([o.slug for o in offences if o.how != "pronoun"])


_OWN_CHARGE = compile_narrowed(
    r"\b(?:convicted|guilty|charged|accused|people|persons|individuals|defendants|"
    r"convictions|verdicts|sentences|cases)\s+(?:of|for|under|on)\s+(?!(?:it|them|this|these|"
    r"that|those|such)\b)[a-z]",
    re.IGNORECASE,
)
"""A charge of the count's own, one the scheme lacks: "convicted 300 people of fraud"."""


def count_the_topic(
    counts: list[_Draft], topic: tuple[str, ...], lexicon: Lexicon, sentence: str
) -> None:
    """Counts of convictions or cases that name no offence, in a study about ``topic``:
    counts of it (not when the sentence gives them a charge of their own)."""
    if not topic or not counts or _OWN_CHARGE.search(sentence):
        return
    for d in counts:
        if d.kind in ("conviction_count", "case_count") and not d.offences and topic:
            d.offences = topic
            d.articles = lexicon.articles_for(topic)
