"""Counts told as the items of a list, offence first and figure after, under a head that
says what the figures count and when:

    list head     "Convictions in 2024, by article:", "Cases sent to court in 2023:" (a
                  sentence that ends with a colon and names convictions, sentences,
                  verdicts or cases)
    item line     "- treason (Art. 275): 145", "Espionage — 23", "• confidential
                  cooperation: 21" (the lines right after the head, each one item)
    inline items  "... convicted people under these articles: treason – 145, espionage –
                  23, confidential cooperation – 21" (after the colon of a sentence that
                  names convictions or cases)

Each item with an offence of the scheme is a count of the head's kind, over the head's
period. An item with no offence, or a figure of another kind (a share, a sum), gives
nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _qualifier_word, parse_number
from kgbuild.extraction.references import ReferenceRules
from kgbuild.fastre import compile_narrowed

_HEAD_CUE = compile_narrowed(
    r"\b(?P<w>convict\w*|sentenc\w*|verdicts?|found\s+guilty|cases?)\b", re.IGNORECASE
)
"""What a list head counts: convictions, or cases ("cases" alone)."""
_ITEM_LINE = compile_narrowed(
    r"^\W*(?P<what>[A-Za-z][^:–—\d]{2,80}?)\s*(?:\([^)]{0,40}\))?\s*(?::|\s[–—-])\s*"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?:\s+(?:people|persons|convictions|verdicts|sentences|cases))?\s*[.;,]?\s*$",
    re.IGNORECASE,
)
"""A line that is one item: an offence, a colon or a dash, a figure and nothing after."""
_INLINE_ITEM = compile_narrowed(
    r"(?:^|[,;:]\s*|\band\s+)(?P<what>[A-Za-z][^:–—,;\d()]{2,60}?)\s*(?:\([^)]{0,40}\))?"
    rf"\s*(?:[–—]|\s-)\s*(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?=\s*(?:[,;.]|\band\b|$))",
    re.IGNORECASE,
)
"""An item of a list after a colon: "treason – 145", "and espionage – 23"."""


def list_head(sentence: str) -> tuple[str, str] | None:
    """The kind and unit the items after ``sentence`` count, if it is a list head."""
    if not sentence.rstrip().endswith(":"):
        return None
    cue = _HEAD_CUE.search(sentence)
    if cue is None:
        return None
    word = cue.group("w").lower()
    if word.startswith("case"):
        return "case_count", "cases"
    if word.startswith(("verdict", "sentence")):
        return "conviction_count", "verdicts"
    return "conviction_count", "people"


def is_item_line(sentence: str) -> bool:
    return _ITEM_LINE.match(sentence) is not None


class ItemListRules(ReferenceRules):
    """Counts of the items of a list (see the module)."""

    def extract_item_line(
        self, kind: str, unit: str, period: tuple[dt.date, dt.date] | None
    ) -> list[_Draft]:
        """The one count of an item line under a list head."""
        m = _ITEM_LINE.match(self.s)
        if m is None:
            return []
        draft = self._item(m, kind, unit, period)
        return [] if draft is None else [draft]

    def extract_inline_items(self) -> list[_Draft]:
        """The counts of the items after the colon of a sentence that names convictions or
        cases: "... under the following articles: treason – 145, espionage – 23"."""
        colon = self.s.find(":")
        if colon < 0 or (not any(d in self.s for d in "–—") and " - " not in self.s):
            return []
        head = list_head(self.s[: colon + 1])
        if head is None:
            return []
        items = list(_INLINE_ITEM.finditer(self.s, colon))
        if len(items) < 2:
            return []
        t = next((t for t in self.times if t.role == "period" and t.start < colon), None)
        period = (t.first, t.last) if t is not None and t.first and t.last else None
        drafts = [self._item(m, head[0], head[1], period) for m in items]
        return [d for d in drafts if d is not None]

    def _item(
        self, m: re.Match[str], kind: str, unit: str, period: tuple[dt.date, dt.date] | None
    ) -> _Draft | None:
        offences = tuple(dict.fromkeys(o.slug for o in self.lexicon.find_offences(m.group("what"))))
        value = parse_number(m.group("num"))
        if not offences or value is None or value != int(value):
            return None
        draft = self._draft(
            "case_count" if kind == "case_count" else "conviction_count",
            "count.list-item",
            m.start("num"),
        )
        draft.offences = offences
        draft.articles = self.lexicon.articles_for(offences)
        draft.count = int(value)
        draft.qualifier = _qualifier_word(m.group("q"))
        draft.unit = unit
        draft.period = period
        return draft
