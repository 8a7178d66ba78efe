"""A sentence that tells what an earlier, wrong version of a report said: its figures and
terms are withdrawn, no claim (issue 10). Patterns, with examples of our own:

- an earlier or previous version of the article, story or report said, stated, reported,
  gave or put: "Correction: an earlier version of this article said a court had sentenced
  the blogger to 11 years."; "A previous version of this story stated that 120 people were
  convicted of treason in 2024."
- this article, story or report "originally" or "initially" said: "Correction: this article
  originally said 412 people were convicted of treason in 2024";
- a report told as wrong by an adverb before its verb: "Kommersant mistakenly reported
  that 77 people had been convicted of espionage"; "it was incorrectly reported that ...";
  "the article wrongly said ...".

A corrected figure told with the retraction or after it: corrections.py.

Not a retraction: a correction of something else ("An earlier version misspelt the
judge's name"), people "wrongly convicted", or a term "wrongly" imposed (the adverb must
stand before a verb of saying).
"""

from __future__ import annotations

import re
from typing import Final

from kgbuild.fastre import compile_narrowed

RETRACTED_PIECES: Final = (
    "earlier version",
    "previous version",
    "original version",
    "incorrectly",
    "wrongly",
    "mistakenly",
    "erroneously",
    "originally",
    "initially",
)
"""Cheap substring tests (on `fold`ed text) before _RETRACTED runs."""

_SAYING = r"(?:said|stated|reported|claimed|wrote|gave|put|cited|quoted|suggested)"

_RETRACTED: Final = compile_narrowed(
    r"\b(?:earlier|previous|original)\s+version\s+of\s+(?:this|the|our)\s+"
    r"(?:article|story|report|piece|text|item|news\s+item)\s+"
    rf"(?:(?:incorrectly|wrongly|mistakenly|erroneously)\s+)?{_SAYING}\b|"
    rf"\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+{_SAYING}\b|"
    # "Correction: this article originally said ..."
    r"\b(?:this|the|our)\s+(?:article|story|report|piece|text|item)\s+(?:had\s+)?"
    rf"(?:originally|initially)\s+{_SAYING}\b|"
    rf"\bwas\s+(?:incorrectly|wrongly|mistakenly|erroneously)\s+{_SAYING}\b",
    re.IGNORECASE,
)


def retracts_report(folded: str) -> bool:
    """Whether a (`fold`ed) sentence tells what a wrong, earlier report said."""
    if not any(p in folded for p in RETRACTED_PIECES):
        return False
    return _RETRACTED.search(folded) is not None
