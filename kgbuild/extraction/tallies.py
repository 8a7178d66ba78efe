"""Tallies: counts listed offence by offence between semicolons, the way tables are quoted
in prose. Each item pairs one offence with one figure and leaves the verb to the list's
head:

    "Convictions in 2023 by article: treason (Article 275), 152; espionage (Article 276), 37"
    "... were justification of terrorism, with 408 convictions; discrediting the army, 96"
    "... handed down 2,410 convictions for desertion; 318 voluntary surrender; and 57 ..."

An item is the offence then its figure ("espionage, 37") or the figure then the offence
("318 desertion", "318 for desertion"), with nothing else in it but an article in
brackets; a list has at least two such items.
"""

from __future__ import annotations

import datetime as dt
import re

from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en import _is_year_like
from kgbuild.extraction.numbers import _DIGITS, _int_number
from kgbuild.extraction.quarter_tallies import QUARTER_GATE, QuarterTallyRules
from kgbuild.fastre import compile_narrowed

_TALLY_CUE = compile_narrowed(r"\b(?:convictions|verdicts)\b", re.IGNORECASE)
"""The list counts convictions: its head says so, or holds a count of convictions."""

_NOT_CONVICTIONS = compile_narrowed(
    r"\b(?:opened|initiated|launched|detained|arrested|charged|acquitt\w*|fines?|fined"
    r"|average|median|terms?|ages?|aged|ceilings?|maximum|minimum|penalt\w+|punish\w*)\b",
    re.IGNORECASE,
)
"""Cases, arrests, charges or fines listed the same way are no tally of convictions."""

_FIGURE = compile_narrowed(rf"(?<![\w.,]){_DIGITS}(?![\w%])")
_ASIDE = re.compile(r"\([^()]*\)")
_OFFENCE_THEN_FIGURE = re.compile(
    r"[\s,:\u2013\u2014-]*(?:with\s+)?(?:(?:a\s+total\s+of|some|about|nearly|over)\s+)?",
    re.IGNORECASE,
)
"""Between an item's offence and its figure: "treason, 152", "X, with 408"."""
_FIGURE_THEN_OFFENCE = re.compile(
    r"\s*(?:(?:convictions?|verdicts?|people|persons|defendants)\s+)?(?:(?:for|of|in)\s+)?",
    re.IGNORECASE,
)
"""Between an item's figure and its offence: "318 desertion", "318 for desertion"."""
_ITEM_TAIL = re.compile(
    r"[\s,.]*(?:(?:convictions?|verdicts?|people|persons|defendants|cases)\b)?[\s,.]*"
    r"(?:(?:and|or)\s*)?$",
    re.IGNORECASE,
)
_LAST_TAIL = re.compile(
    r",\s+(?:a|an|which|whose|one|itself)\b(?:(?!\b(?:convict\w*|verdicts?|sentenc\w*)\b)[^;:])*$",
    re.IGNORECASE,
)
"""What may follow the last item's offence: a phrase on it ("..., a charge that did not
exist before 2022"), with no verdict word of its own."""
_ITEM_LEAD = re.compile(r"^[\s,]*(?:(?:and|while|with)\s+)?", re.IGNORECASE)


class TallyRules(QuarterTallyRules):
    """Counts listed by offence between semicolons."""

    def extract_tallies(self) -> None:
        if self.offences and _gate_open(QUARTER_GATE, self.folded):
            self.extract_quarter_tallies()  # "..., by quarter, 2024: Q1 — 38; Q2 — 45"
        if ";" not in self.s or len(self.offences) < 2:
            return
        if _NOT_CONVICTIONS.search(self.s):
            return
        items: list[tuple[int, int, int, tuple[str, ...]]] = []
        left = 0
        for right in [*(m.start() for m in re.finditer(";", self.s)), len(self.s)]:
            start = left
            if not items:
                # the head before a colon is no item: "Convictions in 2023 by article: ..."
                colon = self.s.rfind(":", left, right)
                start = colon + 1 if colon >= 0 else left
            item = self._tally_item(start, right)
            left = right + 1
            if item is None:
                # the list's head may hold a count another rule read ("handed down 2,410
                # convictions for X; 318 Y"); anything else before the items ends the list
                if items or not any(start <= s and e <= right for s, e in self.used):
                    break
                continue
            items.append(item)
        if len(items) < 2:
            return
        # the head and the first item: "... were X, with 408 convictions; Y, 96"
        head = self.s.find(";", items[0][1])
        if not _TALLY_CUE.search(self.s, 0, head) and not any(
            d.kind == "conviction_count" and d.anchor - self.offset < head for d in self.counts
        ):
            return
        unit = "verdicts" if re.search(r"convictions|verdicts", self.s, re.I) else "people"
        previous: tuple[dt.date, dt.date] | None = None
        for num_start, end, count, offences in items:
            if not self._free(num_start, end):
                continue
            draft = self._draft("conviction_count", "count.tally", num_start)
            self._finish_count(draft, offences, num_start, "exact", count, unit, None)
            if previous is not None and self._after_last(num_start):
                # a time in the phrase on the last item's offence is not the item's
                draft.period = previous
            previous = draft.period
            self.used.append((num_start, end))
            self.counts.append(draft)

    def _tally_item(self, start: int, end: int) -> tuple[int, int, int, tuple[str, ...]] | None:
        """(figure start and end, count, offence) of the item in start:end, or None."""
        named = [o for o in self.offences if start <= o.start and o.end <= end]
        if len({o.slug for o in named}) != 1:
            return None
        first, last = named[0], named[-1]
        text = self.s[start:end]
        bare = _ASIDE.sub(lambda m: " " * len(m.group(0)), text)
        figures = [
            f
            for f in _FIGURE.finditer(bare)
            if not (first.start <= start + f.start() < last.end) and not _is_year_like(f.group(0))
        ]
        if len(figures) != 1:
            return None
        f = figures[0]
        num_start = start + f.start()
        count = _int_number(f.group(0))
        if count is None:
            return None
        lead_end = start + _ITEM_LEAD.match(bare).end()  # type: ignore[union-attr]
        if num_start > last.end:
            between = bare[last.end - start : f.start()]
            if not _OFFENCE_THEN_FIGURE.fullmatch(between):
                return None
            head, tail = bare[lead_end - start : first.start - start], bare[f.end() :]
        else:
            between = bare[f.end() : first.start - start]
            if not _FIGURE_THEN_OFFENCE.fullmatch(between):
                return None
            head, tail = bare[lead_end - start : f.start()], bare[last.end - start :]
        if not self._plain_head(head):
            return None
        if not _ITEM_TAIL.fullmatch(tail) and not (
            end == len(self.s) and num_start < first.start and _LAST_TAIL.match(tail)
        ):
            return None
        return num_start, start + f.end(), count, (first.slug,)

    def _after_last(self, num_start: int) -> bool:
        """Whether the item at ``num_start`` is the last and ends on a phrase on its offence."""
        named = [o for o in self.offences if o.start > num_start]
        return bool(named) and _LAST_TAIL.match(self.s, named[-1].end) is not None

    def _plain_head(self, head: str) -> bool:
        """Whether the words before an item's first part leave it a plain item: nothing, or
        the list's own head words when the item is the first ("... were treason, 152")."""
        return not head.strip() or bool(
            re.fullmatch(
                r"[\s\w,'’\"“”-]*\b(?:were|was|are|is|included?|follows?|by\s+offence)\s*",
                head,
                re.IGNORECASE,
            )
        )
