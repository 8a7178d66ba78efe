"""Text cleaning (Markdown link markup removed, offsets kept) and sentence splitting."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

from kgbuild.extraction.linebreaks import soften_line_breaks
from kgbuild.extraction.numbers import _words
from kgbuild.fastre import compile_narrowed

_MARKUP = compile_narrowed(
    r"\[([^\]\n]{1,200})\]\([^)\s]{0,500}\)|</?[a-zA-Z]{1,10}>"
    r"|(?P<share>\((?:about|some|nearly|almost|around|over|около|почти|более|свыше)?\s*"
    r"\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|per\s*cent|percent|процент[а-яё]*)\))"
    # "76% of defendants (177 people) were convicted": the share before, the figure kept
    r"|\b\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|per\s*cent\b|percent\b)\s+(?:of\s+(?:the\s+|all\s+|"
    r"those\s+)?(?:[A-Za-z-]+\s+){0,3}?)?\((?P<inner>\d[\d,]*\s+(?:people|persons|individuals|"
    r"defendants|convicts|men|women|человек|осужденных|осуждённых))\)"
)
"""Link and tag markup, and a share in brackets after a figure, which the figure's wording
reads as a word between the figure and its verb: "177 people (76%) were convicted"; a share
with its figure in brackets after it ("76% of defendants (177 people) were convicted") reads
as the figure alone."""
_ABBREVIATIONS: Final = frozenset(
    _words(
        "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st no nos art arts vs "
        "etc e.g i.e u.s u.k gen lt col sgt jr sr inc ltd co approx fig p pp para cf"
    )
)


@dataclass(frozen=True)
class _Clean:
    text: str
    starts: tuple[int, ...]
    """Where each kept piece of the original starts in the clean text (ascending)."""
    offsets: tuple[int, ...]
    """For each piece, original index minus clean index."""

    def origin(self, index: int) -> int:
        """The index in the original text of clean character ``index``."""
        return index + self.offsets[bisect_right(self.starts, index) - 1]


_HASHTAG = re.compile(r"#[^\W\d_]\w*")

# Letters that case-insensitive patterns match to an ASCII letter but .lower() does not
# turn into it ("at leaſt", a Kelvin sign): one character for one, so offsets hold.
_FOLD = str.maketrans({"\u017f": "s", "\u212a": "K", "\u0131": "i", "\u0130": "I"})


def _clean(text: str) -> _Clean:
    # Pieces, not a map per character: this runs over the whole document, and markup is rare.
    chars: list[str] = []
    starts: list[int] = [0]
    offsets: list[int] = [0]
    pos = 0
    length = 0

    def keep(begin: int, end: int) -> None:
        nonlocal length
        if end <= begin:
            return
        chars.append(text[begin:end])
        starts.append(length)
        offsets.append(begin - length)
        length += end - begin

    for m in _MARKUP.finditer(text):
        # a share in brackets goes with the space before it
        share = m.group("share") is not None and m.start() > pos and text[m.start() - 1] == " "
        keep(pos, m.start() - 1 if share else m.start())
        if m.group(1) is not None:
            keep(m.start(1), m.end(1))
        elif m.group("inner") is not None:
            keep(m.start("inner"), m.end("inner"))
        pos = m.end()
    keep(pos, len(text))
    # a sentence wrapped over lines reads as one line (linebreaks.py); same length
    cleaned = soften_line_breaks("".join(chars).replace("\u00a0", " "))
    if "#" in cleaned and "_" in cleaned:
        # «#итоги_мая», "#treason_cases": a hashtag's words read as words (one for one)
        cleaned = _HASHTAG.sub(lambda m: m.group(0).replace("_", " "), cleaned)
    if not cleaned.isascii() and any(map(cleaned.__contains__, "\u017f\u212a\u0131\u0130")):
        cleaned = cleaned.translate(_FOLD)  # rare: four substring tests are cheaper
    return _Clean(cleaned, tuple(starts), tuple(offsets))


_BOUNDARY = compile_narrowed(
    # a footnote mark may follow the stop: "... under the article.[3] Its sister ..."
    r"(?<=[.!?])(?:\[\d{1,3}\])*[\"'”’)\]]*(?P<ws>\s+)(?=[\"“‘(\[]?[A-Z0-9])"
)
_NEWLINES = re.compile(r"\n\s*")
"""A line break and the space after it; the spaces and tabs before it are walked back over
(a pattern that opens with them is tried at every space of the text)."""
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?!(?:In|On|At|By|From|Since|Until|For|After|Before|During)\b)"
    r"[A-Z][A-Za-z.'’ -]{1,30},[ \t]+"
    r"(?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
    r"|\d{1,2}[ \t]+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?)"
    r"(?:,?[ \t]+\d{4})?(?:[ \t]*\([A-Z][\w/ .-]{0,20}\))?"
    r"(?:\.(?:[ \t]+/[A-Za-z][\w -]{0,20}/\.)?|[ \t]+[-–—])"
    r"(?=[ \t]+[A-Z\"“])"
)
"""A wire dateline that opens a paragraph: "MOSCOW, April 28. /TASS/.", "Staunton, Oct. 18
–", "LONDON, 18 October 2024 (Reuters) -". No sentence of its own; its day dates the lead
("... has signed a law ..."), and is no period of the lead's figures."""


def clean_text(text: str) -> _Clean:
    """``text`` without link and tag markup, NBSPs as spaces and soft line breaks as spaces
    (linebreaks.py), with the map of its offsets back to ``text``; for either language."""
    return _clean(text)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    # Each boundary looks back only over the word before it (a run that ends at the
    # boundary), never over the whole prefix: splitting stays linear in the text length.
    cuts: set[int] = set()
    for m in _BOUNDARY.finditer(text):
        end = m.start()  # just after the [.!?] the lookbehind saw
        if text[end - 1] == ".":
            first = end - 1
            while first > 0 and (text[first - 1].isalnum() or text[first - 1] in "_."):
                first -= 1
            token = text[first : end - 1].lower()
            if token and (token in _ABBREVIATIONS or (len(token) == 1 and "a" <= token <= "z")):
                continue
        cuts.add(m.start("ws"))
    for m in _NEWLINES.finditer(text):
        cut = m.start()
        while cut > 0 and text[cut - 1] in " \t":
            cut -= 1
        last = cut
        while last > 0 and text[last - 1].isspace():
            last -= 1
        prev = text[last - 1] if last > 0 else ""
        nxt = text[m.end() : m.end() + 1]
        if prev and prev in ",-–—(" and nxt.islower():
            continue
        if prev and prev.isalpha() and prev.islower() and nxt.islower():
            continue
        cuts.add(cut)
    ordered = sorted(cuts)
    if "/" in text or "," in text:
        # no cut inside a dateline: one pass over the sorted cuts (a pass per dateline over
        # all of them was quadratic in a file of wire reports)
        for m in _DATELINE.finditer(text):
            low = bisect_right(ordered, m.start())
            high = bisect_right(ordered, m.end())
            del ordered[low:high]
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*ordered, len(text)]:
        seg = text[start:cut]
        lead = len(seg) - len(seg.lstrip())
        s, e = start + lead, start + len(seg.rstrip())
        if e > s:
            spans.append((s, e))
        start = cut
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) as code-point offsets of ``text``."""
    clean = _clean(text)
    return [(clean.origin(s), clean.origin(e - 1) + 1) for s, e in _sentence_spans(clean.text)]
