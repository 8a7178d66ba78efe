"""A figure told alone, then what it counts (rule count.how-many):

    "By the numbers: 1,950. That's how many servicemen garrison courts convicted of going
    AWOL in April–June."                      -> 1,950, leaving a unit without leave, Q2
    "412. That is the number of people convicted of desertion last year."

The figure ends the sentence before (alone, or after a colon); the sentence that opens with
"That's (This is) how many" or "That's (This is) the number of" names the offence, the
period and that they were convicted (convicted, sentenced, found guilty, verdicts); cases
or people detained give nothing.
"""

from __future__ import annotations

import re

from kgbuild.extraction.grammar_en import _CONVICTION_CUE, _is_year_like
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.extraction.references import ReferenceRules
from kgbuild.fastre import compile_narrowed

HOW_MANY = compile_narrowed(
    r"\W*(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:how\s+many|the\s+number\s+of)\s",
    re.IGNORECASE,
)
"""What opens the sentence after a figure told alone."""
_FIGURE_ALONE = compile_narrowed(
    rf"(?:^|:)\W*(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\W*$", re.IGNORECASE
)
"""A figure that is the whole sentence, or all of it after a colon ("By the numbers: 1,950.")."""
_NOT_CONVICTED = compile_narrowed(
    r"\b(?:cases|detained|arrested|charged|acquitted|suspects?|investigations?)\b", re.IGNORECASE
)


class HowManyRules(ReferenceRules):
    """A figure told alone, counted by the sentence after it (see the module)."""

    def extract_how_many(self) -> None:
        previous = next((s for i, s in self.state.recent if i == self.index - 1), None)
        figure = _FIGURE_ALONE.search(previous) if previous is not None else None
        if figure is None or _is_year_like(figure.group("num")):
            return
        count = _int_number(figure.group("num"))
        cue = _CONVICTION_CUE.search(self.s)
        if count is None or cue is None or _NOT_CONVICTED.search(self.s):
            return
        offences = tuple(dict.fromkeys(o.slug for o in self.offences if o.how != "pronoun"))
        if not offences:
            return
        verdicts = cue.group(0).lower().startswith(("verdict", "conviction"))
        draft = self._draft("conviction_count", "count.how-many", 0)
        self._finish_count(
            draft,
            offences,
            cue.start(),
            _qualifier_word(figure.group("q")),
            count,
            "verdicts" if verdicts else "people",
            None,
        )
        self.counts.append(draft)
