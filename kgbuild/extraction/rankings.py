"""Offences ranked by their counts: the first with its figure, the others "followed by",
each with its own (rule count.ranking):

    "Treason topped the list with 177 convictions in 2025, followed by espionage (31) and
    confidential cooperation (16)."      -> 177 treason, 31 espionage, 16 confidential
                                            cooperation, each over 2025
    "Most convictions in 2025 were for treason (177), followed by espionage (31)."
    "Treason led with 177 verdicts, followed by espionage with 31 and sabotage with 12."

Patterns:

    _HEAD_BRACKET  the first figure in brackets after its offence: "... for treason (177),"
    _HEAD_WITH     the first figure after "with": "Treason led with 177 convictions in 2025,"
    _RANKED_ITEM   each item after "followed by": "espionage (31)", "sabotage with 12"

The first offence is the last one the sentence names before the first figure; each item
names one offence of the scheme and its figure, and nothing else. The sentence says what
is counted (convictions, verdicts, sentences, people convicted); the items share the first
figure's unit and period. After an item in another form ("followed by a sharp fall",
"followed by espionage (12%)") only the first figure is a count, of the offence before it.
A share or a year as the first figure, or a first item that is a part of a total ("most of
them (512)"), and the sentence gives no ranking (the other rules read it).
"""

from __future__ import annotations

import re

from kgbuild.extraction.grammar_en import _is_year_like
from kgbuild.extraction.item_lists import list_head
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.extraction.references import ReferenceRules
from kgbuild.fastre import compile_narrowed

_FOLLOWED_BY = compile_narrowed(r",?\s+followed\s+by\s+", re.IGNORECASE)
_PART_OF_WHOLE = compile_narrowed(r"\bof\s+(?:them|these|those|which|whom)\b", re.IGNORECASE)
"""A first item that is a part of a total told before ("most of them (512)"): the parts'
rules read it (whole_parts.py)."""
_HEAD_BRACKET = compile_narrowed(
    rf"\(\s*(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s*\)\s*$", re.IGNORECASE
)
_HEAD_WITH = compile_narrowed(
    rf"\bwith\s+(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?:\s+(?:convictions|verdicts|sentences|people|persons|defendants))?"
    r"(?:\s+(?:in|for|during|over)\s+[^,;()]{2,40}?)?\s*$",
    re.IGNORECASE,
)
_RANKED_ITEM = compile_narrowed(
    r"(?P<what>[A-Za-z][^,;()\d]{2,80}?)\s*(?:\(\s*(?:(?P<q>"
    + _QUAL
    + r")\s+)?(?P<num>"
    + NUMBER_PATTERN
    + r")\s*\)|,?\s+with\s+(?:(?P<q2>"
    + _QUAL
    + r")\s+)?(?P<num2>"
    + NUMBER_PATTERN
    + r"))\s*(?:,\s*(?:and\s+)?|\s+and\s+|[.;]?\s*$)",
    re.IGNORECASE,
)


class RankingRules(ReferenceRules):
    """Counts of offences ranked one after another (see the module)."""

    def extract_ranking(self) -> None:
        if "followed by" not in self.folded:
            return
        fb = _FOLLOWED_BY.search(self.s)
        if fb is None:
            return
        head = list_head(self.s + ":")
        if head is None:
            return
        kind, unit = head
        first = _HEAD_BRACKET.search(self.s, 0, fb.start()) or _HEAD_WITH.search(
            self.s, 0, fb.start()
        )
        if first is None or _PART_OF_WHOLE.search(self.s, 0, first.start()):
            return
        named = [o for o in self.offences if o.end <= first.start() and o.how != "pronoun"]
        if not named:
            return
        items = [(named[-1].slug, first)]
        pos = fb.end()
        while pos < len(self.s):
            item = _RANKED_ITEM.match(self.s, pos)
            slugs = (
                {o.slug for o in self.lexicon.find_offences(item.group("what"))}
                if item is not None and item.end() > pos
                else set()
            )
            if item is None or len(slugs) != 1:
                # "..., followed by espionage (12%)": the first count alone, its offence the
                # one before it, not the one "followed by" names
                del items[1:]
                break
            items.append((slugs.pop(), item))
            pos = item.end()
        figures = []
        for slug, m in items:
            group = "num" if m.group("num") else "num2"
            q = m.group("q") if group == "num" else m.group("q2")
            count = _int_number(m.group(group))
            if (
                count is None
                or _is_year_like(m.group(group))
                or not self._free(m.start(group), m.end(group))
            ):
                return
            figures.append((slug, m.start(group), m.end(group), q, count))
        period = None
        for i, (slug, start, end, q, count) in enumerate(figures):
            draft = self._draft(
                "case_count" if kind == "case_count" else "conviction_count", "count.ranking", start
            )
            self._finish_count(draft, (slug,), start, _qualifier_word(q), count, unit, None)
            if i == 0:
                period = draft.period
            else:
                draft.period = period  # the items share the first figure's period
            self.used.append((start, end))
            self.counts.append(draft)
