"""A statutory range that answers the question before it, in explainers written as
questions and answers (rule penalty.answer):

    "Q: How long can you go to prison for treason? A: From 12 to 20 years, or for life."
                                         -> treason, 12 to 20 years and life
    "What is the punishment for espionage? Ten to 20 years in prison."
                                         -> espionage, 10 to 20 years
    "What is the maximum sentence for confidential cooperation? A: Up to eight years."
                                         -> confidential cooperation, up to 8 years

The question asks for the law's penalty for an offence of the scheme ("What is the
penalty (punishment, maximum sentence) for X?", "How long can/could/does one go to prison
(be jailed) for X?"); the answer opens with the range, and says no more of its own than
"in prison" and "or (for) life". A question about a person's term ("How long did Petrov
get?") is none.
"""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.grammar_en_penalties import _NUMD
from kgbuild.extraction.numbers import parse_number
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import Lexicon

_PENALTY_QUESTION = compile_narrowed(
    r"^\s*(?:Q(?:uestion)?\s*[:.]\s*)?(?:What\s+is|What['’]s|What\s+are)\s+the\s+"
    r"(?:(?:maximum|minimum|possible|statutory)\s+)?(?:penalty|penalties|punishment|"
    r"sentence|prison\s+term|term)\s+(?:for|under)\s+(?P<what>[^?]{3,100})\?\s*$|"
    r"^\s*(?:Q(?:uestion)?\s*[:.]\s*)?How\s+long\s+(?:can|could|would|does|do|will)\s+"
    r"(?:you|one|someone|a\s+person|people|they|a\s+\w+)\s+(?:go\s+to\s+prison|be\s+jailed|"
    r"be\s+imprisoned|get|be\s+sentenced)\s+(?:for|over)\s+(?P<what2>[^?]{3,100})\?\s*$",
    re.IGNORECASE,
)
_RANGE_ANSWER = compile_narrowed(
    r"^\s*(?:A(?:nswer)?\s*[:.]\s*)?(?:(?:From|Between)\s+)?"
    rf"(?:(?P<a>{_NUMD})\s+(?:to|and)\s+|(?P<upto>up\s+to)\s+)(?P<b>{_NUMD})\s+years?"
    r"(?:\s+(?:in\s+prison|of\s+imprisonment|behind\s+bars))?"
    r"(?P<life>\s*,?\s+or\s+(?:for\s+)?life(?:\s+imprisonment)?)?\s*[.;]?\s*$",
    re.IGNORECASE,
)


def penalty_answer(
    sentence: str, question: str | None, lexicon: Lexicon, draft: _Draft
) -> _Draft | None:
    """The range ``sentence`` gives in answer to ``question`` (the sentence just before),
    filled into ``draft`` (a penalty_range draft of the sentence), or None."""
    if question is None:
        return None
    q = _PENALTY_QUESTION.match(question)
    m = _RANGE_ANSWER.match(sentence)
    if q is None or m is None:
        return None
    offences = tuple(
        dict.fromkeys(o.slug for o in lexicon.find_offences(q.group("what") or q.group("what2")))
    )
    high = parse_number(m.group("b"))
    low = parse_number(m.group("a")) if m.group("a") else None
    if len(offences) != 1 or high is None or (m.group("a") and low is None):
        return None
    draft.offences = offences
    draft.articles = lexicon.articles_for(offences)
    draft.min_years = low
    draft.max_years = high
    draft.life = bool(m.group("life"))
    return draft
