"""English grammar for a term an appeal court changed or upheld (rules in individual.py,
after grammar_en_individual.py's). Each pattern with the wordings it covers:

    sentence.changed   "reduced the sentence of Ivan T. for treason from 16 to 14 years",
                       "cut Pavel Orlov's treason sentence to 11 years", "increased the
                       term given to a former officer to 18 years" (the new term)
    sentence.upheld    "Nikita Ivanov's 13-year sentence for treason was upheld"
"""

from __future__ import annotations

import re
from typing import Final

from kgbuild.extraction.gates import _gates
from kgbuild.extraction.grammar_en_individual import _PERSON_OBJ, _SENT_TERM
from kgbuild.fastre import compile_narrowed

_CHANGE_VERB = (
    r"(?P<verb>reduced|reduces|cut|cuts|shortened|shortens|lowered|lowers|commuted|commutes|"
    r"increased|increases|raised|raises|extended|extends|toughened|toughens)"
)
_FROM_TERM = r"(?:from\s+(?:\d{1,2}|[a-z]+)(?:[\s-]+years?)?\s+)?"
_POSSESSOR = r"(?P<obj>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)['’]s\s+"

_APPEAL_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "sentence.changed",
        compile_narrowed(
            rf"\b{_CHANGE_VERB}\s+(?:the\s+)?(?:prison\s+|jail\s+)?(?:sentence|term)\s+"
            # (the name in capitals as written: "of Malakhov for sabotage", not "for" in it)
            rf"(?:of|for|handed\s+(?:down\s+)?to|given\s+to|imposed\s+on)\s+(?-i:{_PERSON_OBJ})"
            rf"(?:\s+for\s+[^,.;\d]{{1,60}}?)?\s+{_FROM_TERM}to\s+{_SENT_TERM}",
            re.IGNORECASE,
        ),
    ),
    (
        "sentence.changed",
        compile_narrowed(
            # "reduced his sentence for sabotage from 16 to 13 years": the person told before
            rf"\b{_CHANGE_VERB}\s+(?:{_POSSESSOR}|(?P<own>his|her)\s+)(?:[\w-]+\s+){{0,2}}?"
            rf"(?:prison\s+|jail\s+)?"
            rf"(?:sentence|term)\s+(?:for\s+[^,.;\d]{{1,60}}?\s+)?{_FROM_TERM}to\s+{_SENT_TERM}",
        ),
    ),
    (
        "sentence.upheld",
        compile_narrowed(
            rf"{_POSSESSOR}{_SENT_TERM}\s+(?:prison\s+|jail\s+)?(?:sentence|term)"
            r"(?:\s+for\s+[^,.;\d]{1,60}?)?\s*,?\s+(?:was|has\s+been|had\s+been|is)\s+"
            r"(?P<verb>upheld|confirmed|left\s+in\s+force)\b",
        ),
    ),
)
_APPEAL_GATES: Final = _gates(
    (
        ("reduc", "cut", "shorten", "lower", "commut", "increas", "raise", "extend", "toughen"),
        ("reduc", "cut", "shorten", "lower", "commut", "increas", "raise", "extend", "toughen"),
        ("upheld", "confirmed", "left in force"),
    )
)
"""As _TIME_GATES, for _APPEAL_PATTERNS."""
