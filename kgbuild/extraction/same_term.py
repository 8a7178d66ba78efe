"""One more person given "the same" term as the person sentenced just before.

- "His co-defendant, a former air traffic controller, received the same sentence."
- "Her accomplice got the same term", "was given the same punishment", "was jailed for the
  same term", "was sentenced to the same term".

The term (or life) is that of the latest individual sentence of this sentence or of the one
before; the charge is the one the sentence names, else that one's. A plural subject ("both",
"the others", a number) gives nothing: how many people it stands for is not told.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from kgbuild.extraction.drafts import _Draft
from kgbuild.fastre import compile_narrowed

if TYPE_CHECKING:
    from kgbuild.extraction.individual import IndividualRules

SAME_TERM_PIECES: Final = ("same sentence", "same term", "same punishment", "same prison term")
"""Cheap literal gate of the rule (folded text)."""

_SAME_TERM = compile_narrowed(
    r"(?P<who>\b[^.;:]{1,120}?)\s+(?:also\s+)?(?:received|got|was\s+given|was\s+handed|"
    r"has\s+received|was\s+(?:sentenced|jailed|imprisoned)\s+(?:to|for))\s+"
    r"(?:exactly\s+)?the\s+same\s+(?:prison\s+)?(?:sentence|term|punishment)\b"
    r"(?!\s+(?:as\s+)?(?:requested|sought|demanded|asked))",
    re.IGNORECASE,
)
_PLURAL = compile_narrowed(
    r"\b(?:both|all|others|two|three|four|five|six|seven|eight|nine|ten|several|they|"
    r"\d+|[a-z]+s\s+(?:were|have)|prosecutors?|the\s+prosecution)\b",
    re.IGNORECASE,
)
_CLAUSE_OPEN = re.compile(r".*(?:[,;]\s+(?:while|whereas|but|and)\s+|\b(?:while|whereas)\s+)", re.S)


def same_term_drafts(rules: IndividualRules, drafts: list[_Draft]) -> list[_Draft]:
    """The individual sentences of "the same term" in ``rules``' sentence: the latest
    individual sentence before the match in ``drafts`` (this sentence's), else in the
    sentence before, gives its term."""
    out: list[_Draft] = []
    before = [
        d
        for d in rules.state.drafts_since(rules.index - 1)
        if d.sentence_index == rules.index - 1 and d.kind == "individual_sentence"
    ]
    for m in _SAME_TERM.finditer(rules.s):
        who = m["who"]
        clause = _CLAUSE_OPEN.match(who)
        if clause is not None:
            who = who[clause.end() :]
        who = " ".join(who.strip(" ,").split())
        if not who or _PLURAL.search(who):
            continue
        here = [
            d
            for d in drafts
            if d.kind == "individual_sentence" and d.anchor < rules.offset + m.end("who")
        ]
        source = (here or before)[-1:]
        if not source:
            continue
        charge = rules._charge(m.end(), len(rules.s)) or source[0].offences
        draft = rules._draft("individual_sentence", "sentence.same-term", m.start("who"))
        draft.person = who
        draft.sentence_years = source[0].sentence_years
        draft.life = source[0].life
        draft.offences = charge
        draft.articles = rules.lexicon.articles_for(charge)
        draft.date, draft.court = source[0].date, source[0].court
        out.append(draft)
    return out
