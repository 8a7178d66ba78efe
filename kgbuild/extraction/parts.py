"""Parts of a count named in the same sentence by an offence of their own: "The figure for
2023 was 278, of whom 189 were convicted of treason" (the breakdowns by nationality or
place are in counts.py)."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _unique
from kgbuild.extraction.grammar_en import _is_year_like
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number
from kgbuild.extraction.references import ReferenceRules
from kgbuild.fastre import compile_narrowed

_WHOM_PART = compile_narrowed(
    rf",\s*(?:of\s+whom|of\s+them|among\s+them)\s+(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"\s+(?:were|had\s+been|have\s+been)\s+(?:convicted|found\s+guilty|sentenced)\s+(?:of|for)\s",
    re.IGNORECASE,
)
"""After a count: ", of whom 189 were convicted of treason"."""


class PartRules(ReferenceRules):
    """A part of a count of this sentence, for one of its offences."""

    def extract_whom_parts(self) -> None:
        if (
            "whom" not in self.folded
            and "of them" not in self.folded
            and "among" not in (self.folded)
        ):
            return
        for m in _WHOM_PART.finditer(self.s):
            count = _int_number(m.group("num"))
            if count is None or _is_year_like(m.group("num")):
                continue
            if not self._free(m.start("num"), m.end("num")):
                continue
            total = next(
                (d for d in reversed(self.counts) if d.anchor - self.offset < m.start()), None
            )
            if total is None or not total.offences or total.count is None:
                continue
            own = _unique(
                [o.slug for o in self._offences_between(m.end(), self._clause(m.end())[1])]
            )
            if not own or not set(own) <= self._within(total) or set(own) == set(total.offences):
                continue
            if count >= total.count:
                continue
            self._add_part(total, own, count, m, (m.start("num"), m.end("num")))
