"""Sentence adverbs set off by commas between a count's noun and its verb, which the count
patterns of grammar_en.py step over:

    "Espionage convictions, by contrast, fell to 49"
    "Convictions for espionage, however, rose to 31"
    "Treason verdicts, meanwhile, reached 120"

Only these fixed adverbs: an aside with words of its own ("convictions, which the court
published, ...") stays a break."""

from __future__ import annotations

ADVERB_ASIDE = (
    r"(?:\s*,\s*(?:by\s+contrast|in\s+contrast|however|meanwhile|though|too|in\s+turn|"
    r"for\s+(?:its|their)\s+part|on\s+the\s+other\s+hand|in\s+comparison)\s*,)"
)
"""A comma-enclosed sentence adverb (a regex piece, no groups)."""
