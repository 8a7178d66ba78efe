"""A part told of a whole that names no offence of its own:

    "Of the 1,046 sentences handed down in 2025, 392 were for spreading fakes about the
    army"  -> 392 army-fakes verdicts in 2025; the 1,046 count no offence of the scheme
    "Of the 310 people convicted last year, 118 were convicted of treason" -> 118 treason

The whole is no claim (its offences are many, and unnamed); the part takes the offences
after it, and the whole's unit and period. Where the whole names its offences ("Of the 52
people convicted of treason, 40 were ...") the other rules read it.
"""

from __future__ import annotations

import re

from kgbuild.extraction.answers import AnswerRules
from kgbuild.extraction.grammar_en import _unit
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.fastre import compile_narrowed

_OF_THE_WHOLE = compile_narrowed(
    rf"^\W*(?:Of|Out\s+of)\s+(?:the\s+)?(?P<whole>{NUMBER_PATTERN})\s+(?P<noun>sentences|verdicts|"
    r"convictions|people|defendants)\b(?P<rest>[^,;:]{0,80}),\s*"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<part>{NUMBER_PATTERN})\s+(?:were|was)\s+"
    r"(?:(?:convicted|sentenced|found\s+guilty)\s+)?(?:for|under|of|on)\b",
    re.IGNORECASE,
)


_CHARGED = compile_narrowed(r"\b(?:under|for|of|on)\b", re.IGNORECASE)


class WholePartRules(AnswerRules):
    """A part of an unnamed whole, by the offence after it (see the module)."""

    def extract_part_of_whole(self) -> None:
        if not self.s.lstrip()[:6].lower().startswith(("of the", "of ", "out of")):
            return
        m = _OF_THE_WHOLE.match(self.s)
        if m is None:
            return
        whole_end = m.end("rest")
        if any(o.start < whole_end for o in self.offences) or _CHARGED.search(m.group("rest")):
            return  # the whole names its offences ("under the censorship articles"): others
        whole = _int_number(m.group("whole"))
        if any(
            d.count == whole and self.index - d.sentence_index <= 2 for d in self.state.drafts[-8:]
        ):
            return  # "... 410 people ... Of the 410 convictions, 37 were for X": a part of it
        part = _int_number(m.group("part"))
        after = [o for o in self.offences if o.start >= m.end("part")]
        if part is None or not after:
            return
        offences = tuple(dict.fromkeys(o.slug for o in after[:1]))
        draft = self._draft("conviction_count", "count.part-of-whole", m.start("part"))
        self._finish_count(
            draft,
            offences,
            m.start("part"),
            _qualifier_word(m.group("q")),
            part,
            _unit(m.group("noun")),
            None,
        )
        # the whole counts no offence of the scheme: no claim, and no rule may read it
        self.used.append((m.start("whole"), m.end("whole")))
        self.used.append((m.start("part"), m.end("part")))
        self.counts.append(draft)
