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

    label run     "Treason (Article 275): 371 people convicted. Confidential cooperation
                  (Article 275.1): 88." and "Desertion: 412 convictions in 2023, 1,890 in
                  2024. Leaving a unit without leave: 5,106 in 2023, 9,743 in 2024.": a
                  sentence that opens with an offence and a colon before a count is a head
                  too, for the next sentence in its form (offence, colon, bare figures, each
                  with its own period or none)

Each item with an offence of the scheme is a count of the head's kind, over the head's
period (or the item's own). An item with no offence, or a figure of another kind (a share,
a sum), gives nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.grammar_en import _is_year_like
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
_TIME_ITEM_LINE = compile_narrowed(
    r"^\W*(?P<when>[^:–—\d]{0,30}?\d[^:–—]{0,30}?|[A-Za-z][^:–—\d]{2,40}?)"
    r"\s*(?::|\s?[–—]|\s-)\s*"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?:\s+(?:people|persons|convictions|verdicts|sentences|cases))?\s*[.;,]?\s*$",
    re.IGNORECASE,
)
"""A line that is one item of a time: "2023 – 39", "- In the first half of 2024: 52"."""
_AROUND_TIME = compile_narrowed(r"[\W_]*(?:(?:in|for|during|over)\s+(?:the\s+)?)?", re.IGNORECASE)
"""What may stand before a time item's time: a bullet, "in", "for the"."""
_INLINE_ITEM = compile_narrowed(
    r"(?:^|[,;:]\s*|\band\s+)(?P<what>[A-Za-z][^:–—,;\d()]{2,60}?)\s*(?:\([^)]{0,40}\))?"
    rf"\s*(?:[–—]|\s-)\s*(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?=\s*(?:[,;.]|\band\b|$))",
    re.IGNORECASE,
)
"""An item of a list after a colon: "treason – 145", "and espionage – 23"."""
_LABEL = compile_narrowed(
    r"^\W*(?P<what>[A-Za-z][^:–—\d]{2,80}?)\s*(?:\([^)]{0,40}\))?\s*(?::|\s[–—])\s*"
    rf"(?=(?:{_QUAL}\s+)?{NUMBER_PATTERN})",
    re.IGNORECASE,
)
"""An offence and a colon (or a dash) opening a sentence, a figure right after."""
_LABEL_FIGURE = compile_narrowed(
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?P<rest>[^,;]*?)"
    r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+|[.]?\s*$)",
    re.IGNORECASE,
)
"""One figure of a label item and what follows it up to the next figure."""
_NOT_A_COUNT_HEAD = compile_narrowed(
    r"\b(?:were|was|are|is|have|has|had|been|appealed|overturned|quashed|annulled|reversed|"
    r"acquitted|acquittals?|dropped|closed|returned|suspended|requested|asked|sought|average|"
    r"mean|median|share|percent(?:age)?)\b",
    re.IGNORECASE,
)
"""A head that is a clause ("Desertion verdicts were appealed:") or counts something else
(verdicts undone, acquittals, requests, an average, a share): its figures are no counts."""
_SEGMENT = compile_narrowed(r"[^;,]+(?:,(?=\d)[^;,]+)*")
"""An item after a head's colon, up to a semicolon or a comma (not a thousands comma)."""
_HEAD_FIGURE = compile_narrowed(
    r"\s*(?:and\s+)?[—–-]?\s*(?:(?:in|for|during|over)\s+)?\s*[—–:-]?\s*\(?\s*"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s*\)?"
    r"\s*(?:[—–-]\s*|\(\s*|(?:in|for|during|over)\s+)?\s*\)?\s*\.?\s*",
    re.IGNORECASE,
)
"""An item with its time blanked out: a figure, and a dash, a bracket or "in" round the
time: "2023 — 198", "198 in 2023", "64 (2024)", "198"."""
_PAIRED_FIGURE = compile_narrowed(
    rf"\s*(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s*\(\s*[^():]{{2,40}}?\s*:\s*"
    rf"(?:(?P<q2>{_QUAL})\s+)?(?P<num2>{NUMBER_PATTERN})\s*\)\s*\.?\s*",
    re.IGNORECASE,
)
"""A figure and an earlier one in brackets with its time: "381 (2024: 244)"."""
_COLON_OUTSIDE_BRACKETS = compile_narrowed(r":(?![^()]*\))")
"""A colon that is not inside brackets ("381 (2024: 244)" has none)."""
_BEFORE_PERIOD = compile_narrowed(r"\s+(?:in|for|over|during)\s+(?:the\s+)?", re.IGNORECASE)
"""Between a figure of a label item and its own period."""


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


def is_time_item_line(sentence: str) -> bool:
    return _TIME_ITEM_LINE.match(sentence) is not None


Period = tuple[dt.date, dt.date]


def label_head(
    sentence: str, counts: list[_Draft], offset: int
) -> tuple[str, str, Period, tuple[Period, ...]] | None:
    """The kind and unit of the count that a sentence opening with an offence and a colon
    ("Treason (Article 275): 371 people convicted.") gave for its first figure, and its
    period: what the next sentence in the same form counts; and the periods of all its
    figures in order ("Treason: 36 convictions in 2023, 145 in 2024.")."""
    m = _LABEL.match(sentence)
    if m is None:
        return None
    first = next((d for d in counts if d.anchor == offset + m.end()), None)
    if first is None or first.unit is None or first.period is None:
        return None
    series = tuple(
        d.period
        for d in sorted(counts, key=lambda d: d.anchor)
        if d.anchor >= first.anchor and d.period is not None and d.part_of is None
    )
    return first.kind, first.unit, first.period, series


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

    def extract_time_item(self, kind: str, unit: str, head: str) -> list[_Draft]:
        """The one count of a time item under a head that names one offence: "2023 – 39"
        under "Treason convictions by year:". The item is its time and its figure alone."""
        m = _TIME_ITEM_LINE.match(self.s)
        if m is None:
            return []
        offences = tuple(dict.fromkeys(o.slug for o in self.lexicon.find_offences(head)))
        inside = [t for t in self.times if t.start >= m.start("when") and t.end <= m.end("when")]
        if len(offences) != 1 or len(inside) != 1:
            return []
        t = inside[0]
        value = parse_number(m.group("num"))
        if (
            t.first is None
            or t.last is None
            or value is None
            or value != int(value)
            or _is_year_like(m.group("num"))
            or not _AROUND_TIME.fullmatch(self.s, 0, t.start)
            or self.s[t.end : m.end("when")].strip()
        ):
            return []
        return [self._label_count(kind, unit, offences, m, (t.first, t.last))]

    def extract_label_items(
        self,
        kind: str,
        unit: str,
        period: tuple[dt.date, dt.date] | None,
        series: tuple[Period, ...] = (),
    ) -> list[_Draft]:
        """The counts of a sentence in a label run: "Leaving a unit without leave: 5,106 in
        2023, 9,743 in 2024." (each figure over the period right after it, or the head's),
        "Confidential cooperation (Article 275.1): 88." Any other words after a figure, or
        a figure that is no whole number, and the sentence gives nothing. As many figures
        with no time as the head's (``series``) take its periods in order ("Espionage: 9
        and 23." after "Treason: 36 convictions in 2023, 145 in 2024.")."""
        drafts = self._label_items(kind, unit, period)
        if len(series) == len(drafts) > 1 and all(d.period == period for d in drafts):
            for draft, own in zip(drafts, series, strict=True):
                draft.period = own
        return drafts

    def _label_items(
        self, kind: str, unit: str, period: tuple[dt.date, dt.date] | None
    ) -> list[_Draft]:
        m = _LABEL.match(self.s)
        if m is None:
            return []
        offences = tuple(dict.fromkeys(o.slug for o in self.lexicon.find_offences(m.group("what"))))
        if not offences:
            return []
        drafts: list[_Draft] = []
        pos = m.end()
        while pos < len(self.s):
            f = _LABEL_FIGURE.match(self.s, pos)
            if f is None or f.end() == pos:
                return []
            value = parse_number(f.group("num"))
            if value is None or value != int(value):
                return []
            own = period
            paired = _PAIRED_FIGURE.fullmatch(self.s, f.start(), f.end("rest"))
            if paired is not None and period is not None:
                # "- Espionage: 23 (2023: 9)" under "- Treason: 145 convictions in 2024
                # (2023: 39)": the head's period, and the earlier one in brackets
                inner = [
                    t
                    for t in self.times
                    if paired.end("num") < t.start
                    and t.end <= paired.start("num2")
                    and t.first is not None
                    and t.last is not None
                ]
                then = parse_number(paired.group("num2"))
                if (
                    len(inner) != 1
                    or then is None
                    or then != int(then)
                    or _is_year_like(paired.group("num2"))
                ):
                    return []
                first, last = inner[0].first, inner[0].last
                assert first is not None and last is not None
                drafts += [
                    self._label_count(kind, unit, offences, f, period),
                    self._label_count(kind, unit, offences, paired, (first, last), "2"),
                ]
                pos = f.end()
                continue
            if f.group("rest").strip():
                t = next(
                    (
                        t
                        for t in self.times
                        if t.start >= f.start("rest")
                        and t.end <= f.end("rest")
                        and t.first is not None
                        and t.last is not None
                    ),
                    None,
                )
                if (
                    t is None
                    or not _BEFORE_PERIOD.fullmatch(self.s, f.start("rest"), t.start)
                    or self.s[t.end : f.end("rest")].strip()
                ):
                    return []
                assert t.first is not None and t.last is not None
                own = (t.first, t.last)
            drafts.append(self._label_count(kind, unit, offences, f, own))
            pos = f.end()
        return drafts

    def _label_count(
        self,
        kind: str,
        unit: str,
        offences: tuple[str, ...],
        figure: re.Match[str],
        period: tuple[dt.date, dt.date] | None,
        which: str = "",
    ) -> _Draft:
        """A label item's count: ``figure``'s groups "num" (a whole number) and "q", or
        "num2" and "q2" with ``which`` "2" (the earlier figure of _PAIRED_FIGURE)."""
        draft = self._draft(
            "case_count" if kind == "case_count" else "conviction_count",
            "count.list-item",
            figure.start(f"num{which}"),
        )
        draft.offences = offences
        draft.articles = self.lexicon.articles_for(offences)
        value = parse_number(figure.group(f"num{which}"))
        assert value is not None  # the callers checked it is a whole number
        draft.count = int(value)
        draft.qualifier = _qualifier_word(figure.group(f"q{which}"))
        draft.unit = unit
        draft.period = period
        return draft

    def extract_head_figures(self) -> list[_Draft]:
        """The figures after the colon of a head that names an offence and what it counts:
        "Treason convictions in 2023: 198.", "Treason convictions: 2023 — 198; 2024 — 349.",
        "Espionage verdicts: 64 (2024), 31 (2023)." Each item is a figure and at most one
        time of its own (else the head's); any other word in an item, and nothing."""
        colon = self.s.find(":")
        head = list_head(self.s[: colon + 1]) if colon > 0 else None
        if (
            head is None
            or _COLON_OUTSIDE_BRACKETS.search(self.s, colon + 1)
            or _NOT_A_COUNT_HEAD.search(self.s, 0, colon)
        ):
            return []
        offences = tuple(
            dict.fromkeys(o.slug for o in self.offences if o.end <= colon and o.how != "pronoun")
        )
        if not offences:
            return []
        times = [t for t in self.times if t.first is not None and t.last is not None]
        own = [t for t in times if t.end <= colon]
        if len(own) > 1:
            return []
        drafts: list[_Draft] = []
        for seg in _SEGMENT.finditer(self.s, colon + 1):
            start, end = seg.start(), seg.end()
            inside = [t for t in times if t.start >= start and t.end <= end]
            t = inside[0] if len(inside) == 1 else (own[0] if own and not inside else None)
            if len(inside) > 1 or t is None:
                return []
            paired = _PAIRED_FIGURE.fullmatch(self.s, start, end)
            if paired is not None and own and len(inside) == 1:
                # "Treason verdicts, 2025: 381 (2024: 244)": the head's year, and the
                # earlier year in brackets with its own figure
                inner = inside[0]
                if inner.start < paired.start("num2") and inner.start > paired.end("num"):
                    drafts += self._head_figure(
                        paired, ("q", "num"), own[0], offences, head
                    ) + self._head_figure(paired, ("q2", "num2"), inner, offences, head)
                    continue
            rest = self.s[start:end]
            if inside:
                a, b = inside[0].start - start, inside[0].end - start
                rest = rest[:a] + " " * (b - a) + rest[b:]
            f = _HEAD_FIGURE.fullmatch(rest)
            value = parse_number(f.group("num")) if f is not None else None
            if f is None or value is None or value != int(value):
                return []
            assert t.first is not None and t.last is not None
            draft = self._draft(
                "case_count" if head[0] == "case_count" else "conviction_count",
                "count.list-item",
                start + f.start("num"),
            )
            draft.offences = offences
            draft.articles = self.lexicon.articles_for(offences)
            draft.count = int(value)
            draft.qualifier = _qualifier_word(f.group("q"))
            draft.unit = head[1]
            draft.period = (t.first, t.last)
            drafts.append(draft)
        return drafts

    def _head_figure(
        self,
        m: re.Match[str],
        groups: tuple[str, str],
        t: object,
        offences: tuple[str, ...],
        head: tuple[str, str],
    ) -> list[_Draft]:
        """One count of a head's paired figure (see extract_head_figures)."""
        value = parse_number(m.group(groups[1]))
        first, last = getattr(t, "first", None), getattr(t, "last", None)
        if value is None or value != int(value) or first is None or last is None:
            return []
        draft = self._draft(
            "case_count" if head[0] == "case_count" else "conviction_count",
            "count.list-item",
            m.start(groups[1]),
        )
        draft.offences = offences
        draft.articles = self.lexicon.articles_for(offences)
        draft.count = int(value)
        draft.qualifier = _qualifier_word(m.group(groups[0]))
        draft.unit = head[1]
        draft.period = (first, last)
        return [draft]

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
