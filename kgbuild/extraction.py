"""Rule-based extraction of claims from reporting on Russian state-security prosecutions.

``extract_claims`` is a pure function: text in, :class:`~kgbuild.claims.Claim` list out.
It works sentence by sentence on a cleaned view of the text (Markdown link markup removed)
and maps every span back to code-point offsets of the original, so ``text[start:end]`` is
always the claim's quote. Offence wordings come from the :class:`~kgbuild.lexicon.Lexicon`
(the SKOS scheme); this module holds only grammar: numbers, periods, qualifiers, units,
verbs of conviction, enactment and sentencing, and statutory penalty phrases.

Rule ids (``Claim.rule``; a claim that took its change from another rule joins both with
"+", e.g. ``count.passive+change.times``):

    count.passive        "145 Russian citizens were convicted of treason"
    count.active         "courts convicted 23 citizens of espionage"
    count.found-guilty   "found 40 people guilty"
    count.verdicts       "52 guilty verdicts", "30 convictions for treason"
    count.number-of      "the number of people convicted of treason rose to 150",
                         "espionage convictions reached 28"
    count.respectively   "... (52 individuals) and ... (18 individuals) higher, respectively"
    count.breakdown      "Of those, 18 were Ukrainian nationals ...", "including 18 Ukrainians"
    count.baseline       "... up from 40 in 2023"
    case.passive         "At least 98 new criminal cases were initiated"
    case.active          "investigators opened 24 criminal cases"
    change.times         "nearly four times higher than in 2023"
    change.fold          "a 2.5-fold increase", "a tenfold increase"
    change.fraction      "a one-third increase", "rose by half"
    change.percent       "a 40% increase"
    change.verb          "doubled", "tripled", "halved"
    penalty.up-to        "punishable by up to eight years"
    penalty.between      "punishable by between 10 and 20 years", "from three to eight years"
    penalty.maximum      "a maximum sentence of 15 years"
    penalty.life         "punishable by life imprisonment"
    enactment.introduced "introduced", "enacted", "adopted", "criminalised", "signed into law"
    enactment.toughened  "toughened", "tightened", "stiffened"
    enactment.passed     "passed", "passed into law"
    sentence.sentenced-to "Oleg Orlov was sentenced to 30 months' imprisonment"
    sentence.jailed-for  "X was jailed for 16 years"
    sentence.given       "X was given a 12-year sentence"
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from kgbuild.claims import Change, Claim, ClaimKind
from kgbuild.lexicon import Lexicon, OffenceMatch, fold

MAX_DOCUMENT_BYTES: Final = 2_000_000
"""The largest source document the build and `kgbuild extract` accept (README: Commands).

Extraction is linear in the text's length, but a document far above the size of a long
report is more likely a mistake (a dump, a binary) than a source; split a real one."""

# --------------------------------------------------------------------------------------
# Numbers


def _words(text: str) -> list[str]:
    return text.split()


_UNITS: Final[dict[str, int]] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: Final[dict[str, int]] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES: Final[dict[str, int]] = {"thousand": 1000, "million": 1_000_000}
_ALL_WORDS: Final = sorted(
    [*_UNITS, *_TENS, *_SCALES, "hundred", "dozen"], key=lambda w: (-len(w), w)
)
_WORD = "(?:" + "|".join(_ALL_WORDS) + ")"
_JOIN = r"(?:(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+|[\s-]+)"
_WORDNUM = (
    rf"(?:half\s+a\s+dozen|(?:(?:a|an)\s+(?=dozen|hundred|thousand))?"
    rf"{_WORD}(?:{_JOIN}{_WORD})*\b)"
)
_DIGITS = r"(?<![\w.,$€£¥#№/-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w%])(?![.,]\d)"
NUMBER_PATTERN: Final = rf"(?:{_DIGITS}|\b{_WORDNUM})"
"""A cardinal in digits ("1,200", "2.5") or words ("Twenty-one", "a dozen")."""

_YEAR = r"(?:19[5-9]\d|20\d\d)"
_YEAR_NUMBER = re.compile(r"(?:19[5-9]\d|20\d\d)")


def parse_number_words(phrase: str) -> int | None:
    """The value of an English cardinal in words ("twenty-one" -> 21), or None."""
    words = [w for w in re.split(r"[\s-]+", phrase.lower().strip()) if w]
    if words == ["half", "a", "dozen"]:
        return 6
    total = 0
    current = 0
    seen = False
    for index, word in enumerate(words):
        if word == "and" and index > 0 and words[index - 1] in {"hundred", *_SCALES}:
            continue
        if word in {"a", "an"} and index == 0 and len(words) > 1:
            current = 1
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """The value of a cardinal in digits or words; None if it is neither."""
    cleaned = text.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", cleaned):
        return float(int(cleaned.replace(",", "")))
    if re.fullmatch(r"\d+\.\d+", cleaned):
        return float(cleaned)
    value = parse_number_words(cleaned)
    return None if value is None else float(value)


def _int_number(text: str) -> int | None:
    value = parse_number(text)
    if value is None or value != int(value):
        return None
    return int(value)


# --------------------------------------------------------------------------------------
# Qualifiers

_QUALIFIER_WORDS: Final[dict[str, str]] = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "not fewer than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "well over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "fewer than": "fewer_than",
    "less than": "fewer_than",
    "under": "fewer_than",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "an estimated": "about",
    "circa": "about",
    "at most": "at_most",
    "no more than": "at_most",
    "up to": "at_most",
}
_QUAL = (
    "(?:"
    + "|".join(
        re.escape(k).replace(r"\ ", r"\s+")
        for k in sorted(_QUALIFIER_WORDS, key=lambda k: (-len(k), k))
    )
    + ")"
)
_QUAL_TAIL = re.compile(rf"(?<![\w-])(?P<q>{_QUAL})\s+$", re.IGNORECASE)


def _qualifier_before(prefix: str) -> str:
    m = _QUAL_TAIL.search(prefix)
    if m is None:
        return "exact"
    return _QUALIFIER_WORDS[re.sub(r"\s+", " ", m.group("q").lower())]


def _qualifier_word(word: str | None) -> str:
    if not word:
        return "exact"
    return _QUALIFIER_WORDS.get(re.sub(r"\s+", " ", word.lower()), "exact")


# --------------------------------------------------------------------------------------
# Text cleaning and sentences

_MARKUP = re.compile(r"\[([^\]\n]{1,200})\]\([^)\s]{0,500}\)|</?[a-zA-Z]{1,10}>")
_ABBREVIATIONS: Final = frozenset(
    _words(
        "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st no nos art arts vs "
        "etc e.g i.e u.s u.k gen lt col sgt jr sr inc ltd co approx fig p pp para cf"
    )
)


@dataclass(frozen=True)
class _Clean:
    text: str
    origin: tuple[int, ...]
    """origin[i] = index in the original text of clean character i."""


def _clean(text: str) -> _Clean:
    # Slices and ranges, not a loop per character: this runs over the whole document.
    chars: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _MARKUP.finditer(text):
        chars.append(text[pos : m.start()])
        origin.extend(range(pos, m.start()))
        if m.group(1) is not None:
            chars.append(m.group(1))
            origin.extend(range(m.start(1), m.end(1)))
        pos = m.end()
    chars.append(text[pos:])
    origin.extend(range(pos, len(text)))
    cleaned = "".join(chars).replace("\u00a0", " ")
    return _Clean(cleaned, tuple(origin))


_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*(?P<ws>\s+)(?=[\"“‘(\[]?[A-Z0-9])")
_NEWLINES = re.compile(r"[ \t]*\n\s*")


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
            if token and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
                continue
        cuts.add(m.start("ws"))
    for m in _NEWLINES.finditer(text):
        last = m.start()
        while last > 0 and text[last - 1].isspace():
            last -= 1
        prev = text[last - 1] if last > 0 else ""
        nxt = text[m.end() : m.end() + 1]
        if prev and prev in ",-–—(" and nxt.islower():
            continue
        if prev and prev.isalpha() and prev.islower() and nxt.islower():
            continue
        cuts.add(m.start())
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*sorted(cuts), len(text)]:
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
    return [(clean.origin[s], clean.origin[e - 1] + 1) for s, e in _sentence_spans(clean.text)]


# --------------------------------------------------------------------------------------
# Time expressions

_MONTH_NAMES: Final[dict[str, int]] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
)
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
_YEARREF = (
    rf"(?:(?P<y>{_YEAR})|(?P<rel>(?i:the\s+same|the\s+current|the\s+previous|the|this|that|"
    rf"last|next))\s+(?i:year))"
)
_TIME_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "half",
        re.compile(rf"(?i:(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half\s+of\s+){_YEARREF}"),
    ),
    ("half", re.compile(rf"\bH(?P<h>[12])\s+(?P<y>{_YEAR})\b")),
    (
        "quarter",
        re.compile(
            rf"(?i:(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+)"
            rf"{_YEARREF}"
        ),
    ),
    ("quarter", re.compile(rf"\bQ(?P<q>[1-4])\s+(?P<y>{_YEAR})\b")),
    (
        "first-n",
        re.compile(rf"(?i:(?:the\s+)?first\s+(?P<n>\d{{1,2}}|{_WORD})\s+months\s+of\s+){_YEARREF}"),
    ),
    (
        "months-to",
        re.compile(
            rf"(?i:(?:the\s+)?(?P<n>\d{{1,2}}|{_WORD})\s+months\s+(?:to|until|ending(?:\s+in)?)\s+)"
            rf"(?P<m>{_MONTH})\s+(?P<y>{_YEAR})"
        ),
    ),
    (
        "month-range",
        re.compile(
            rf"(?i:between|from)\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s+"
            rf"(?i:and|to|through|until|till)\s+(?P<m2>{_MONTH})\s+(?P<y>{_YEAR})"
        ),
    ),
    (
        "month-range",
        re.compile(rf"(?P<m1>{_MONTH})\s*[-–—]\s*(?P<m2>{_MONTH})\s+(?P<y>{_YEAR})"),
    ),
    (
        "since",
        re.compile(
            rf"(?i:since\s+(?:the\s+(?:start|beginning)\s+of\s+)?)(?:(?P<m>{_MONTH})\s+)?"
            rf"(?P<y>{_YEAR})\b"
        ),
    ),
    ("day", re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\b")),
    (
        "day",
        re.compile(
            rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>{_YEAR})\b)?"
        ),
    ),
    ("month", re.compile(rf"\b(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?(?![\w.])")),
    ("month", re.compile(rf"\b(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?(?=\.)")),
    ("year", re.compile(rf"(?<![\d.,$€£#/-])(?P<y>{_YEAR})(?![\d%]|[.,]\d|-\d|\s*[-–]\s*\d)")),
    (
        "rel-month",
        re.compile(r"(?i:\b(?P<rel>last|this|that|the\s+same)\s+month\b)"),
    ),
    (
        "rel-year",
        re.compile(
            r"(?i:\b(?P<rel>last|this|that|the\s+same|the\s+current|the\s+previous|"
            r"the\s+preceding|the\s+past)\s+year\b)"
        ),
    ),
    (
        "rel-year",
        re.compile(r"(?i:\b(?P<rel>a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before))"),
    ),
    ("rel-year", re.compile(r"(?i:\b(?P<rel>the)\s+year\b)")),
    (
        "weekday",
        re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ),
    ("weekday", re.compile(r"(?i:\b(?P<wd>yesterday|today))\b")),
)


class _Cased(tuple[str, ...]):
    """Gate words for a case-sensitive pattern: looked for in the sentence as written."""


_MONTH_GATE = _Cased(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
)
"""_MONTH is case-sensitive; every month name and abbreviation starts with one of these."""
_TIME_GATE_WORDS: Final[tuple[tuple[str, ...] | None, ...]] = (
    ("half",),
    ("h1", "h2"),
    ("quarter",),
    ("q1", "q2", "q3", "q4"),
    ("months",),
    ("months",),
    _MONTH_GATE,
    _MONTH_GATE,
    ("since",),
    _MONTH_GATE,
    _MONTH_GATE,
    _MONTH_GATE,
    _MONTH_GATE,
    None,
    ("month",),
    ("year",),
    ("year",),
    ("year",),
    _Cased(_WEEKDAYS),
    ("yesterday", "today"),
)
"""For each of _TIME_PATTERNS, words one of which every match contains (in `fold`ed
text, or as written for a _Cased gate), or None. A pattern whose gate finds none of them
cannot match and is not run: several of these patterns cost ~100 us per sentence, the
gate well under 1 us."""
assert len(_TIME_GATE_WORDS) == len(_TIME_PATTERNS)


def _gate_open(gate: tuple[str, ...] | None, folded: str) -> bool:
    return gate is None or any(map(folded.__contains__, gate))


def _gates(words: tuple[tuple[str, ...] | None, ...]) -> tuple[tuple[str, ...] | None, ...]:
    """Gate words as given (substring tests beat a regex alternation here by ~20x)."""
    return words


_TIME_GATES: Final = _gates(_TIME_GATE_WORDS)


_REPORT_AFTER = re.compile(
    r"^,?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:reported|said|announced|wrote|published|"
    r"stated|noted|told|revealed|calculated|counted|estimated)\b",
    re.IGNORECASE,
)
_REPORT_BEFORE = re.compile(
    r"\b(?:reported|said|announced|wrote|published|stated|noted|revealed)\s+(?:on|in)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Time:
    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    precision: str
    """"year", "month", "day" or "range" (several months)."""
    explicit_year: int | None
    role: str = "period"
    """"period", "report" (when something was reported) or "baseline" (a comparison)."""


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _month_number(name: str) -> int:
    return _MONTH_NAMES[name.lower().rstrip(".")]


def _month_year(
    month: int, published: dt.date | None, report_year: int | None, context_year: int | None
) -> int | None:
    if report_year is not None:
        return report_year
    if published is not None:
        return published.year if month <= published.month else published.year - 1
    return context_year


@dataclass
class _TimeContext:
    published: dt.date | None
    report_year: int | None
    context_year: int | None
    context_month: tuple[int, int] | None = None


def _resolve_yearref(m: re.Match[str], ctx: _TimeContext) -> int | None:
    if m.groupdict().get("y"):
        return int(m.group("y"))
    rel = re.sub(r"\s+", " ", (m.groupdict().get("rel") or "").lower())
    if rel == "this":
        return ctx.published.year if ctx.published else ctx.context_year
    if rel == "last":
        return ctx.published.year - 1 if ctx.published else None
    if rel == "next":
        return ctx.published.year + 1 if ctx.published else None
    if rel in {"that", "the same"}:
        return ctx.context_year
    if rel == "the previous":
        return None if ctx.context_year is None else ctx.context_year - 1
    # "the year", "the current year": the report's year, else the year in context.
    if ctx.report_year is not None:
        return ctx.report_year
    if ctx.context_year is not None:
        return ctx.context_year
    return ctx.published.year if ctx.published else None


def _make_time(kind: str, m: re.Match[str], ctx: _TimeContext) -> _Time:
    g = m.groupdict()
    explicit = int(g["y"]) if g.get("y") else None
    first: dt.date | None = None
    last: dt.date | None = None
    precision = "range"
    if kind in {"half", "quarter", "first-n"}:
        year = _resolve_yearref(m, ctx) if "rel" in g or "y" in g else None
        if kind == "half":
            half = _ORDINALS[g["ord"].lower()] if g.get("ord") else int(g["h"])
            months = (1, 6) if half == 1 else (7, 12)
        elif kind == "quarter":
            q = _ORDINALS[g["ord"].lower()] if g.get("ord") else int(g["q"])
            months = (3 * q - 2, 3 * q)
        else:
            n = _int_number(g["n"]) or 0
            months = (1, max(1, min(12, n)))
        if year is not None:
            first, last = dt.date(year, months[0], 1), _month_end(year, months[1])
    elif kind == "months-to":
        year = int(g["y"])
        month = _month_number(g["m"])
        n = max(1, min(120, _int_number(g["n"]) or 12))
        index = year * 12 + month - 1 - (n - 1)
        first = dt.date(index // 12, index % 12 + 1, 1)
        last = _month_end(year, month)
    elif kind == "month-range":
        year = int(g["y"])
        y1 = int(g["y1"]) if g.get("y1") else year
        first = dt.date(y1, _month_number(g["m1"]), 1)
        last = _month_end(year, _month_number(g["m2"]))
    elif kind == "since":
        year = int(g["y"])
        month = _month_number(g["m"]) if g.get("m") else 1
        first = dt.date(year, month, 1)
        last = ctx.published
    elif kind == "day":
        month = _month_number(g["m"])
        year_opt = explicit or _month_year(month, ctx.published, ctx.report_year, ctx.context_year)
        precision = "day"
        if year_opt is not None:
            try:
                first = last = dt.date(year_opt, month, int(g["d"]))
            except ValueError:
                first = last = None
    elif kind == "month":
        month = _month_number(g["m"])
        year_opt = explicit or _month_year(month, ctx.published, ctx.report_year, ctx.context_year)
        precision = "month"
        if year_opt is not None:
            first, last = dt.date(year_opt, month, 1), _month_end(year_opt, month)
    elif kind == "year":
        year = int(g["y"])
        first, last, precision = dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    elif kind == "rel-month":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        precision = "month"
        ym: tuple[int, int] | None = None
        if rel in {"that", "the same"}:
            ym = ctx.context_month
        elif ctx.published is not None:
            p = ctx.published
            ym = (
                (p.year, p.month)
                if rel == "this"
                else ((p.year, p.month - 1) if p.month > 1 else (p.year - 1, 12))
            )
        if ym is not None:
            first, last = dt.date(ym[0], ym[1], 1), _month_end(ym[0], ym[1])
    elif kind == "rel-year":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        precision = "year"
        year_rel: int | None
        if rel in {
            "the previous",
            "the preceding",
            "a year earlier",
            "a year before",
            "the year before",
        }:
            year_rel = None if ctx.context_year is None else ctx.context_year - 1
        elif rel == "a year ago" or rel == "the past":
            year_rel = ctx.published.year - 1 if ctx.published else None
        else:
            fake = re.match(r"(?P<rel>.*)", rel)
            assert fake is not None
            year_rel = _resolve_yearref(fake, ctx)
        if year_rel is not None:
            first, last = dt.date(year_rel, 1, 1), dt.date(year_rel, 12, 31)
    elif kind == "weekday":
        precision = "day"
        word = g["wd"].lower()
        if ctx.published is not None:
            if word == "today":
                first = last = ctx.published
            elif word == "yesterday":
                first = last = ctx.published - dt.timedelta(days=1)
            else:
                target = [w.lower() for w in _WEEKDAYS].index(word)
                back = (ctx.published.weekday() - target) % 7
                first = last = ctx.published - dt.timedelta(days=back)
    return _Time(m.start(), m.end(), first, last, precision, explicit)


def _find_times(sentence: str, ctx: _TimeContext, folded: str | None = None) -> list[_Time]:
    """Time expressions in a sentence, resolved; updates ``ctx`` as explicit years occur."""
    raw: list[tuple[int, int, str, re.Match[str]]] = []
    folded = fold(sentence) if folded is None else folded
    for (kind, pattern), gate in zip(_TIME_PATTERNS, _TIME_GATES, strict=True):
        if not _gate_open(gate, sentence if isinstance(gate, _Cased) else folded):
            continue
        for m in pattern.finditer(sentence):
            raw.append((m.start(), m.end(), kind, m))
    raw.sort(key=lambda r: (-(r[1] - r[0]), r[0]))
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    for item in raw:
        if all(item[1] <= c[0] or item[0] >= c[1] for c in chosen):
            chosen.append(item)
    chosen.sort(key=lambda r: r[0])
    times: list[_Time] = []
    for start, end, kind, m in chosen:
        if kind == "month" and m.group("m") == "May" and not m.group("y"):
            before = sentence[max(0, start - 12) : start].lower()
            if not re.search(r"\b(?:in|since|by|until|during|of|early|late|mid)\s*-?\s*$", before):
                continue
        t = _make_time(kind, m, ctx)
        role = "period"
        at_start = re.fullmatch(r"\W*(?:(?:in|on|at|during|by)\s+)?", sentence[:start], re.I)
        # "In December 2024, RTVI reported ...": a month or day opening a sentence about a
        # report dates the report; a year there ("In 2024, OVD-Info counted ...") is a period.
        dated = t.precision in {"month", "day"}
        if dated and (
            (at_start and _REPORT_AFTER.search(sentence[end:]))
            or _REPORT_BEFORE.search(sentence[:start])
        ):
            role = "report"
        times.append(_Time(t.start, t.end, t.first, t.last, t.precision, t.explicit_year, role))
        if t.explicit_year is not None:
            ctx.context_year = t.explicit_year
        if t.first is not None and t.precision in {"month", "day"}:
            ctx.context_month = (t.first.year, t.first.month)
            if t.explicit_year is not None:
                ctx.context_year = t.explicit_year
    return times


def resolve_period(
    expression: str,
    *,
    published: dt.date | None = None,
    report_year: int | None = None,
    context_year: int | None = None,
) -> tuple[dt.date, dt.date] | None:
    """The inclusive period the first time expression in ``expression`` denotes."""
    ctx = _TimeContext(published, report_year, context_year)
    for t in _find_times(expression, ctx):
        if t.first is not None and t.last is not None:
            return t.first, t.last
    return None


def _format_date(t: _Time) -> str | None:
    if t.first is None:
        return None
    if t.precision == "day":
        return t.first.isoformat()
    if t.precision == "month":
        return t.first.strftime("%Y-%m")
    return str(t.first.year)


def _nearest(times: list[_Time], anchor: int, roles: tuple[str, ...]) -> _Time | None:
    usable = [t for t in times if t.role in roles and t.first is not None]
    if not usable:
        return None

    def distance(t: _Time) -> tuple[int, int]:
        if t.end <= anchor:
            return (anchor - t.end, 0)
        return (max(0, t.start - anchor), 1)

    return min(usable, key=distance)


# --------------------------------------------------------------------------------------
# Changes ("four times", "a tenfold increase")

_FACTOR_NUM = rf"(?:\d+(?:\.\d+)?|{_WORD}(?:[\s-]+and[\s-]+a[\s-]+half)?)"
_FOLD_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)"
_FRACTIONS: Final[dict[str, float]] = {
    "half": 0.5,
    "one-half": 0.5,
    "third": 1 / 3,
    "one-third": 1 / 3,
    "two-thirds": 2 / 3,
    "quarter": 0.25,
    "one-quarter": 0.25,
    "three-quarters": 0.75,
    "fifth": 0.2,
    "one-fifth": 0.2,
}
_FRACTION = (
    r"(?:one[\s-]half|one[\s-]third|two[\s-]thirds|one[\s-]quarter|three[\s-]quarters|"
    r"one[\s-]fifth|half|third|quarter|fifth)"
)
_UP = r"(?:increase|rise|jump|growth|surge|hike)"
_DOWN = r"(?:decrease|decline|drop|fall|reduction)"
_CHANGE_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "change.times",
        re.compile(
            rf"(?:(?P<q>{_QUAL})\s+)?(?:(?P<f>{_FACTOR_NUM})[\s-]+times|(?P<tw>twice|thrice))\s+"
            rf"(?P<dir>higher|more|greater|larger|as\s+many|as\s+high|the|that|over|lower|fewer|less|smaller)",
            re.IGNORECASE,
        ),
    ),
    (
        "change.fold",
        re.compile(
            rf"(?:(?P<q>{_QUAL})\s+)?(?:an?\s+)?(?:(?P<f>\d+(?:\.\d+)?|{_WORD})\s*-\s*fold|"
            rf"(?P<fw>{_FOLD_WORDS})fold)(?:\s+(?P<dir>{_UP}|{_DOWN}))?",
            re.IGNORECASE,
        ),
    ),
    (
        "change.fraction",
        re.compile(
            rf"\ban?\s+(?:(?P<q>{_QUAL})\s+)?(?P<frac>{_FRACTION})\s+(?P<dir>{_UP}|{_DOWN})",
            re.IGNORECASE,
        ),
    ),
    (
        "change.fraction",
        re.compile(
            rf"\b(?P<dir>increased|rose|grew|jumped|climbed|went\s+up|fell|dropped|declined|"
            rf"decreased|went\s+down)\s+by\s+(?:(?P<q>{_QUAL})\s+)?(?:an?\s+|one[\s-])?"
            rf"(?P<frac>half|third|quarter|fifth)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "change.percent",
        re.compile(
            rf"\ban?\s+(?:(?P<q>{_QUAL})\s+)?(?P<pct>\d+(?:\.\d+)?)\s*(?:%|-?\s*per\s*cent)\s+"
            rf"(?P<dir>{_UP}|{_DOWN})",
            re.IGNORECASE,
        ),
    ),
    (
        "change.percent",
        re.compile(
            rf"\b(?P<dir>increased|rose|grew|jumped|climbed|up|fell|dropped|declined|decreased|"
            rf"down)\s+(?:by\s+)?(?:(?P<q>{_QUAL})\s+)?(?P<pct>\d+(?:\.\d+)?)\s*(?:%|-?\s*per\s*cent)",
            re.IGNORECASE,
        ),
    ),
    (
        "change.verb",
        re.compile(
            rf"(?:(?P<q>{_QUAL})\s+)?\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b",
            re.IGNORECASE,
        ),
    ),
)
_CHANGE_GATE_WORDS: Final[tuple[tuple[str, ...] | None, ...]] = (
    ("times", "twice", "thrice"),
    ("fold",),
    None,
    None,
    ("%", "per"),
    ("%", "per"),
    ("doubled", "tripled", "trebled", "quadrupled", "halved"),
)
"""For each of _CHANGE_PATTERNS, as _TIME_GATES."""
assert len(_CHANGE_GATE_WORDS) == len(_CHANGE_PATTERNS)
_CHANGE_GATES: Final = _gates(_CHANGE_GATE_WORDS)
_COMPARATIVE_CUE = re.compile(
    r"^(?:than|compared|versus|vs|relative|up\s+from|down\s+from)", re.IGNORECASE
)
_BASELINE_BODY = (
    r"(?:compared\s+(?:with|to)|over|from|on|versus|vs\.?|relative\s+to|against|"
    r"up\s+from|down\s+from|since)\s+(?P<what>[^;]{0,70}?)"
    rf"(?P<when>the\s+same\s+period\s+(?:in|of)\s+(?P<sy>{_YEAR})|"
    r"the\s+same\s+period\s+(?:last\s+year|a\s+year\s+(?:earlier|before|ago)|"
    r"of\s+the\s+previous\s+year)|"
    r"(?:the\s+)?(?:previous|preceding|prior)\s+year|the\s+year\s+before|"
    r"a\s+year\s+(?:earlier|before|ago)|last\s+year|"
    rf"(?:the\s+)?(?P<y>{_YEAR})(?:\s+(?:figure|level|total|number|count)s?)?)"
)
# After a change ("three times more than in 2021") any "than" introduces the baseline.
_BASELINE = re.compile(r"\b(?:than|as|" + _BASELINE_BODY[3:], re.IGNORECASE)
# Anywhere else "more/fewer/less than" is a qualifier, not a comparison.
_COMPARISON = re.compile(
    r"\b(?:(?<!more\s)(?<!fewer\s)(?<!less\s)(?<!rather\s)(?<!other\s)than|" + _BASELINE_BODY[3:],
    re.IGNORECASE,
)


_COMPARISON_GATE: Final = re.compile("year|period|19|20")
"""Every comparison ends in a year or a period (the `when` group of _BASELINE_BODY)."""


@dataclass(frozen=True)
class _ChangeHit:
    start: int
    end: int
    rule: str
    factor: float
    qualifier: str
    baseline: str | None
    """"same-period:<year>", "same-period:-1", "previous", "last-year", "year:<year>"."""
    baseline_span: tuple[int, int] | None


def _factor_value(raw: str) -> float | None:
    half = bool(re.search(r"and[\s-]+a[\s-]+half", raw, re.IGNORECASE))
    core = re.sub(r"[\s-]+and[\s-]+a[\s-]+half", "", raw, flags=re.IGNORECASE)
    value = parse_number(core)
    if value is None:
        return None
    return value + (0.5 if half else 0.0)


def _find_changes(sentence: str, folded: str | None = None) -> list[_ChangeHit]:
    hits: list[_ChangeHit] = []
    taken: list[tuple[int, int]] = []
    folded = fold(sentence) if folded is None else folded
    for (rule, pattern), gate in zip(_CHANGE_PATTERNS, _CHANGE_GATES, strict=True):
        if not _gate_open(gate, folded):
            continue
        for m in pattern.finditer(sentence):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            g = m.groupdict()
            direction = (g.get("dir") or "").lower()
            down = bool(
                re.match(
                    rf"{_DOWN}|lower|fewer|less|smaller|fell|dropped|declined|"
                    r"decreased|went down|down",
                    direction,
                )
            )
            factor: float | None
            if rule == "change.times":
                if g.get("tw"):
                    factor = 2.0 if g["tw"].lower() == "twice" else 3.0
                else:
                    factor = _factor_value(g["f"])
                if factor is not None and down:
                    factor = 1 / factor
            elif rule == "change.fold":
                factor = _factor_value(g["f"] or g["fw"])
            elif rule == "change.fraction":
                frac = _FRACTIONS[re.sub(r"\s+", "-", g["frac"].lower())]
                factor = 1 - frac if down else 1 + frac
            elif rule == "change.percent":
                pct = float(g["pct"]) / 100
                factor = 1 - pct if down else 1 + pct
            else:
                factor = {
                    "doubled": 2.0,
                    "tripled": 3.0,
                    "trebled": 3.0,
                    "quadrupled": 4.0,
                    "halved": 0.5,
                }[g["verb"].lower()]
            if factor is None or factor <= 0:
                continue
            baseline: str | None = None
            bspan: tuple[int, int] | None = None
            b = _BASELINE.search(sentence, m.end())
            if b is not None and b.start() - m.end() <= 60:
                baseline, bspan = _baseline_kind(b), (b.start(), b.end())
            hits.append(
                _ChangeHit(
                    m.start(),
                    m.end(),
                    rule,
                    round(factor, 4),
                    _qualifier_word(g.get("q")),
                    baseline,
                    bspan,
                )
            )
            taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def _baseline_kind(b: re.Match[str]) -> str:
    when = b.group("when").lower()
    if b.group("sy"):
        return f"same-period:{b.group('sy')}"
    if "same period" in when:
        return "same-period:-1"
    if b.group("y"):
        return f"year:{b.group('y')}"
    if when.startswith("last"):
        return "last-year"
    return "previous"


def _comparison_hit(comparisons: list[re.Match[str]], after: int) -> _ChangeHit | None:
    """The first comparison ("compared with the same period in 2023") after ``after``."""
    for b in comparisons:
        if b.start() >= after:
            return _ChangeHit(
                b.start(),
                b.end(),
                "change.times",
                1.0,
                "exact",
                _baseline_kind(b),
                (b.start(), b.end()),
            )
    return None


def _shift_year(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _baseline_period(
    hit: _ChangeHit,
    period: tuple[dt.date, dt.date] | None,
    published: dt.date | None,
) -> tuple[str | None, str | None]:
    if hit.baseline is None:
        return None, None
    kind, _, arg = hit.baseline.partition(":")
    start: dt.date | None = None
    end: dt.date | None = None
    if kind == "same-period":
        if period is not None:
            shift = -1 if arg == "-1" else int(arg) - period[0].year
            start, end = _shift_year(period[0], shift), _shift_year(period[1], shift)
        elif arg != "-1":
            start, end = dt.date(int(arg), 1, 1), dt.date(int(arg), 12, 31)
    elif kind == "year":
        start, end = dt.date(int(arg), 1, 1), dt.date(int(arg), 12, 31)
    elif kind == "last-year":
        if published is not None:
            y = published.year - 1
            start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
    elif period is not None:
        y = period[0].year - 1
        start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
    return (
        None if start is None else start.isoformat(),
        None if end is None else end.isoformat(),
    )


# --------------------------------------------------------------------------------------
# Counts

_PEOPLE_NOUNS = (
    r"people|persons|person|individuals|individual|citizens|citizen|nationals|national|"
    r"Russians|Ukrainians|Americans|Belarusians|Georgians|Kazakhs|Moldovans|Britons|foreigners|"
    r"defendants|believers|Jehovah['’]s\s+Witnesses|journalists|activists|residents|men|women|"
    r"servicemen|soldiers|scientists|minors|teenagers|children|civilians|residents|"
    r"protesters|protestors|dissidents|students|lawyers|priests"
)
_VERDICT_NOUNS = r"guilty\s+verdicts|verdicts|convictions"
_CASE_NOUNS = r"cases"
_MOD_STOP = (
    r"(?:were|was|are|is|had|have|has|been|be|of|in|on|for|and|or|who|which|that|to|from|"
    r"with|by|at|as|than|the|a|an|times|fold|years?|months?|days?)"
)
_COUNT = re.compile(
    rf"(?P<num>{NUMBER_PATTERN})(?P<mods>(?:\s+(?!{_MOD_STOP}\b)[A-Za-z][\w'’.-]*){{0,3}}?)"
    rf"\s+(?P<noun>{_VERDICT_NOUNS}|{_PEOPLE_NOUNS}|{_CASE_NOUNS})(?![\w-])",
    re.IGNORECASE,
)
_COUNT_GATE: Final = (
    "people",
    "person",
    "individual",
    "citizen",
    "national",
    "russians",
    "ukrainians",
    "americans",
    "belarusians",
    "georgians",
    "kazakhs",
    "moldovans",
    "britons",
    "foreigners",
    "defendants",
    "believers",
    "witnesses",
    "journalists",
    "activists",
    "residents",
    "men",
    "soldiers",
    "scientists",
    "minors",
    "teenagers",
    "children",
    "civilians",
    "protesters",
    "protestors",
    "dissidents",
    "students",
    "lawyers",
    "priests",
    "verdicts",
    "convictions",
    "cases",
)
"""Every _COUNT match ends in one of its nouns, each of which contains one of these."""


def _counts(sentence: str, folded: str) -> Iterator[re.Match[str]]:
    """_COUNT's matches in a sentence, after its literal gate (see _TIME_GATES)."""
    if _gate_open(_COUNT_GATE, folded):
        yield from _COUNT.finditer(sentence)


_AUX = (
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|had|have|has|being|been|"
    r"will\s+be|would\s+be)\s+)?"
)
_ADV = (
    r"(?:(?:also|reportedly|subsequently|eventually|already|then|all|each|later|ultimately|"
    r"officially|newly|in\s+total|so\s+far)\s+)*"
)
_CONV_VERB = (
    r"(?:convicted|found\s+guilty|sentenced|jailed|given\s+(?:prison\s+|jail\s+|custodial\s+)?"
    r"(?:sentences|terms)|handed\s+(?:down\s+)?(?:prison\s+|jail\s+)?(?:sentences|terms)|"
    r"received\s+(?:prison\s+|jail\s+|custodial\s+)?(?:sentences|terms))"
)
_CASE_VERB = r"(?:opened|initiated|launched|filed|brought|instituted|registered|started)"
_APPOS = r"(?:\s*,[^,;]{1,80},)?"
_POST_CONV = re.compile(rf"^{_APPOS}\s+{_AUX}{_ADV}(?P<v>{_CONV_VERB})\b", re.IGNORECASE)
_POST_CASE = re.compile(rf"^{_APPOS}\s+{_AUX}{_ADV}(?P<v>{_CASE_VERB})\b", re.IGNORECASE)
_PRE_CONV = re.compile(
    rf"\b(?P<v>convicted|sentenced|jailed)\s+(?:a\s+(?:total|record)\s+of\s+)?(?:{_QUAL}\s+)?$",
    re.IGNORECASE,
)
_PRE_FOUND = re.compile(rf"\bfound\s+(?:a\s+total\s+of\s+)?(?:{_QUAL}\s+)?$", re.IGNORECASE)
_PRE_VERDICT = re.compile(
    rf"\b(?:handed\s+down|issued|delivered|passed|recorded|registered)\s+(?:{_QUAL}\s+)?$",
    re.IGNORECASE,
)
_PRE_CASE = re.compile(rf"\b{_CASE_VERB}\s+(?:a\s+total\s+of\s+)?(?:{_QUAL}\s+)?$", re.IGNORECASE)
_VERDICT_UNDONE = re.compile(
    r"^\s+(?:\w+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+(?:overturned|quashed|annulled|"
    r"reversed|appealed)",
    re.IGNORECASE,
)
_NUMBER_OF = re.compile(
    rf"\bthe\s+number\s+of\s+(?P<who>[^.;]{{0,80}}?)\b(?:convicted|sentenced|found\s+guilty|"
    rf"convictions)\b[^.;]{{0,120}}?\b(?:rose|grew|increased|climbed|jumped|soared|reached|"
    rf"stood\s+at|totall?ed|was|amounted\s+to|hit|came\s+to|fell|dropped|declined)\s+"
    rf"(?:to\s+)?(?P<q>{_QUAL}\s+)?(?P<num>{NUMBER_PATTERN})"
    rf"(?!\s*(?:%|percent|per\s+cent|times|fold|-fold))",
    re.IGNORECASE,
)
_CONVICTIONS_REACHED = re.compile(
    rf"\b(?:convictions|guilty\s+verdicts)\s+(?:for\s+[^,.;]{{1,60}}?\s+)?(?:also\s+)?"
    rf"(?:reached|totall?ed|stood\s+at|numbered|rose\s+to|climbed\s+to|grew\s+to|fell\s+to|"
    rf"dropped\s+to|hit|amounted\s+to|came\s+to)\s+(?P<q>{_QUAL}\s+)?(?P<num>{NUMBER_PATTERN})"
    rf"(?!\s*(?:%|percent|per\s+cent|times|fold|-fold))",
    re.IGNORECASE,
)
_CONVICTION_CUE = re.compile(
    r"\b(?:convictions?|convicted|found\s+guilty|sentenced|verdicts?)\b", re.IGNORECASE
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_FACTOR_BEFORE_PAREN = re.compile(
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<f>{_FACTOR_NUM})[\s-]+(?:times|fold)\s*\(\s*$", re.IGNORECASE
)
_BREAKDOWN_START = re.compile(
    r"^\W*(?:of|among)\s+(?:those|them|these|this\s+number|the\s+total|whom|which|the\s+\w+)\b"
    r"[,:]?",
    re.IGNORECASE,
)
_SCOPE_NOUNS = (
    r"citizens|citizen|nationals|national|people|persons|individuals|Russians|Ukrainians|"
    r"Americans|Belarusians|Georgians|Kazakhs|Moldovans|Britons|Germans|foreigners|"
    r"Chinese|French"
)
_BREAKDOWN_ITEM = re.compile(
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+(?:were|was|are|is)\s+"
    rf"(?P<mods>(?:[A-Za-z][\w'’.-]*\s+){{0,2}}?)(?P<noun>{_SCOPE_NOUNS})\b",
    re.IGNORECASE,
)
_INCLUDING_ITEM = re.compile(
    rf"\b(?:including|among\s+them|of\s+whom)\s+(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})"
    rf"\s+(?:were\s+)?(?P<mods>(?:[A-Za-z][\w'’.-]*\s+){{0,2}}?)(?P<noun>{_SCOPE_NOUNS})\b",
    re.IGNORECASE,
)
_BASELINE_COUNT = re.compile(
    rf"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})(?:\s+(?:people|individuals|convictions|verdicts|cases))?\s+"
    rf"(?:in|during|for)\s+(?P<same>the\s+same\s+period\s+(?:in|of)\s+)?(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)
_ANAPHORIC_CHARGE = re.compile(
    r"\b(?:this|that|these|those|such|the\s+same|the)\s+(?:charges?|offen[cs]es?|articles?|"
    r"crimes?|counts?)\b",
    re.IGNORECASE,
)
_PURPOSE = re.compile(
    r"(?:aimed\s+at|intended\s+to|designed\s+to|in\s+order\s+to|with\s+the\s+aim\s+of|"
    r"so\s+as\s+to|meant\s+to)\s+$",
    re.IGNORECASE,
)

_NATIONALITIES: Final[dict[str, str]] = {
    "russian": "russian",
    "russians": "russian",
    "ukrainian": "ukrainian",
    "ukrainians": "ukrainian",
    "american": "us",
    "americans": "us",
    "us": "us",
    "u.s.": "us",
    "belarusian": "belarusian",
    "belarussian": "belarusian",
    "belarusians": "belarusian",
    "georgian": "georgian",
    "georgians": "georgian",
    "kazakh": "kazakh",
    "kazakhs": "kazakh",
    "moldovan": "moldovan",
    "moldovans": "moldovan",
    "british": "uk",
    "britons": "uk",
    "german": "german",
    "germans": "german",
    "french": "french",
    "chinese": "chinese",
    "foreign": "foreign",
    "foreigners": "foreign",
}


def _scope(mods: str, noun: str) -> str | None:
    words = [w.strip(".,").lower() for w in f"{mods} {noun}".split()]
    nationality = next((_NATIONALITIES[w] for w in words if w in _NATIONALITIES), None)
    if nationality is None:
        return None
    noun_l = noun.lower()
    if noun_l.startswith("national") or (nationality == "foreign" and noun_l == "foreigners"):
        return f"{nationality}_nationals"
    return f"{nationality}_citizens"


def _unit(noun: str) -> str:
    noun_l = re.sub(r"\s+", " ", noun.lower())
    if noun_l in {"verdicts", "convictions", "guilty verdicts"}:
        return "verdicts"
    if noun_l == "cases":
        return "cases"
    return "people"


def _is_year_like(num_text: str) -> bool:
    return bool(_YEAR_NUMBER.fullmatch(num_text.strip()))


# --------------------------------------------------------------------------------------
# Penalties and individual sentences

_NUMD = rf"(?:\d+(?:\.\d+)?|{_WORD})"
_TERM_UNIT = r"(?P<unit>years?|months?)['’]?"
_PENALTY_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "penalty.between",
        re.compile(
            rf"\bbetween\s+(?P<a>{_NUMD})\s+(?:years?\s+)?and\s+(?P<b>{_NUMD})[\s-]+{_TERM_UNIT}",
            re.IGNORECASE,
        ),
    ),
    (
        "penalty.between",
        re.compile(
            rf"(?:\bfrom\s+)?\b(?P<a>{_NUMD})\s*(?:to|-|–|—)\s*(?P<b>{_NUMD})[\s-]+{_TERM_UNIT}",
            re.IGNORECASE,
        ),
    ),
    (
        "penalty.up-to",
        re.compile(
            rf"\b(?:up\s+to|at\s+most|no\s+more\s+than|as\s+(?:much|long)\s+as)\s+"
            rf"(?P<b>{_NUMD})[\s-]+{_TERM_UNIT}",
            re.IGNORECASE,
        ),
    ),
    (
        "penalty.maximum",
        re.compile(
            rf"\b(?:a\s+)?maximum\s+(?:(?:prison\s+|jail\s+)?(?:sentence|penalty|term)\s+)?"
            rf"(?:of\s+)?(?P<b>{_NUMD})[\s-]+{_TERM_UNIT}",
            re.IGNORECASE,
        ),
    ),
    (
        "penalty.life",
        re.compile(
            r"\b(?:life\s+(?:imprisonment|sentences?|terms?|in\s+prison)|imprisonment\s+for\s+life)\b",
            re.IGNORECASE,
        ),
    ),
)
_PENALTY_GATES: Final = _gates((*[("year", "month")] * (len(_PENALTY_PATTERNS) - 1), ("life",)))
"""As _TIME_GATES: every term names its unit (_TERM_UNIT); the last pattern is life terms."""
_STATUTORY_CUE = re.compile(
    r"\b(?:punishable|punished|punishment|carr(?:y|ies|ied|ying)|fac(?:e|es|ed|ing)|"
    r"penalt(?:y|ies)|prison\s+terms?|jail\s+terms?|terms?\s+of|sentences?\s+of|"
    r"threaten(?:s|ed)?|risk(?:s|ed|ing)?|could\s+(?:get|receive|be\s+jailed)|envisag\w*|"
    r"provides?\s+for|prescrib\w*|liable)\b",
    re.IGNORECASE,
)
_IMPOSED_CUE = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|given|handed|received|serving|served|got)\b",
    re.IGNORECASE,
)
_SENT_TERM = (
    rf"(?:(?:an?\s+)?(?:further|additional|another|extra)\s+)?(?P<n>{_NUMD})"
    rf"(?P<half>\s+and\s+a\s+half)?[\s-]+(?P<u>years?|months?)['’]?"
    rf"(?:\s+and\s+(?P<n2>{_NUMD})[\s-]+(?P<u2>months?))?"
)
_SENTENCE_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "sentence.sentenced-to",
        re.compile(
            rf"\b(?P<verb>sentenced)\b(?P<obj>[^.;]{{0,120}}?)\bto\s+(?:(?:serve|spend)\s+)?"
            rf"(?:{_SENT_TERM}|(?P<life>life(?:\s+imprisonment|\s+in\s+prison)?))",
            re.IGNORECASE,
        ),
    ),
    (
        "sentence.jailed-for",
        re.compile(
            rf"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?P<verb>jailed|imprisoned)"
            rf"\s+for\s+{_SENT_TERM}",
            re.IGNORECASE,
        ),
    ),
    (
        "sentence.given",
        re.compile(
            rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<verb>given|handed)\s+"
            rf"(?:an?\s+)?(?P<n>{_NUMD})[\s-]+(?P<u>years?|months?)['’]?\s+"
            rf"(?:prison\s+|jail\s+|custodial\s+)?(?:sentence|term)",
            re.IGNORECASE,
        ),
    ),
)
_NAME_TOKEN = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*"
_NAME = re.compile(rf"\b{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}\b")
_NAME_STOP: Final = frozenset(
    _words(
        "in on at the a an former journalist activist director playwright president pianist "
        "prominent human rights defender co-chair lawyer scientist physicist teacher blogger "
        "artist poet writer opposition politician leader mr mrs ms dr st his her their and "
        "russian russia moscow court military supreme district city regional federal "
        "ukrainian theatre theater municipal councillor councilor deputy historian priest "
        "pastor january february march april may june july august september october november "
        "december monday tuesday wednesday thursday friday saturday sunday also then later"
    )
)
_COURT = re.compile(
    r"\b(?:(?:a|an|the)\s+)?(?P<court>(?:[A-Z][\w'’.-]*\s+){0,5}(?:[a-z]+\s+)?[Cc]ourt"
    r"(?:\s+(?:of|in|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?)"
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they|it)\s*$", re.IGNORECASE)
_INDEFINITE_NP = re.compile(r"\b(?P<np>an?\s+(?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]+)\s*$")

# --------------------------------------------------------------------------------------
# Enactments and attribution

_ENACT = re.compile(
    r"\b(?P<v>introduced|toughened|tightened|stiffened|passed(?:\s+into\s+law)?|adopted|enacted|"
    r"signed\s+into\s+law|criminali[sz]ed|approved|added\s+to\s+the\s+(?:Criminal\s+)?Code)\b",
    re.IGNORECASE,
)
_ENACT_CONTINUES = re.compile(r"\b(?:also|the\s+same|too|as\s+well|at\s+the\s+same\s+time)\b", re.I)
_ORG = r"(?P<org>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})"
_ATTRIBUTION = (
    re.compile(rf"\b(?i:according)\s+to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,4}}{_ORG}"),
    re.compile(
        rf"{_ORG}\s+(?:has\s+|had\s+|have\s+)?(?:reported|reports|said|says|found|estimated|"
        rf"calculated|counted|wrote|revealed|noted|tallied)\b"
    ),
    re.compile(
        rf"\b(?:data|figures|statistics|estimates|a\s+count|an\s+analysis)\s+(?:from|by|of|"
        rf"compiled\s+by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}{_ORG}"
    ),
)
_ORG_STOP: Final = frozenset(
    _words("he she it they we i the this that these those there russian russia president")
)


_ATTRIBUTION_GATES: Final = _gates(
    (
        ("according",),
        (
            "reported",
            "reports",
            "said",
            "says",
            "found",
            "estimated",
            "calculated",
            "counted",
            "wrote",
            "revealed",
            "noted",
            "tallied",
        ),
        ("data", "figures", "statistics", "estimates", "count", "analysis"),
    )
)


def _find_attribution(sentence: str, folded: str | None = None) -> str | None:
    folded = fold(sentence) if folded is None else folded
    for pattern, gate in zip(_ATTRIBUTION, _ATTRIBUTION_GATES, strict=True):
        if not _gate_open(gate, folded):
            continue
        for m in pattern.finditer(sentence):
            org = m.group("org").strip()
            words = org.split()
            while words and words[0].lower() in _ORG_STOP:
                words = words[1:]
            if words and words[-1].count(".") == 1 and words[-1].endswith("."):
                words[-1] = words[-1][:-1]
            if not words:
                continue
            if m.start("org") == 0 and len(words) == 1 and words[0].lower() in _NAME_STOP:
                continue
            return " ".join(words)
    return None


# --------------------------------------------------------------------------------------
# Drafts and document state


@dataclass
class _Draft:
    kind: ClaimKind
    start: int
    end: int
    anchor: int
    rule: str
    offences: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    period: tuple[dt.date, dt.date] | None = None
    count: int | None = None
    qualifier: str | None = None
    unit: str | None = None
    scope: str | None = None
    min_years: float | None = None
    max_years: float | None = None
    life: bool | None = None
    date: str | None = None
    person: str | None = None
    sentence_years: float | None = None
    change: Change | None = None
    reported_by: str | None = None
    part_of: _Draft | None = None
    court: str | None = None
    sentence_index: int = 0


@dataclass
class _State:
    published: dt.date | None
    report_year: int | None
    time: _TimeContext
    last_enactment_date: str | None = None
    previous_offences: tuple[str, ...] = ()
    drafts: list[_Draft] = field(default_factory=list)


_SMALL_WORDS: Final = frozenset(_words("a an the of for in on to with and or at by from as vs"))


def _is_headline(sentence: str) -> bool:
    """Title-case lines without final punctuation: headlines and related-article links."""
    if sentence.rstrip().endswith((".", "!", "?", ":", ";", ",")):
        return False
    words = [
        w for w in re.findall(r"[A-Za-z\d][\w'’-]*", sentence) if w.lower() not in _SMALL_WORDS
    ]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capitalised / len(words) >= 0.8


def _unique(items: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)


def _drop_purpose(sentence: str, matches: list[OffenceMatch]) -> list[OffenceMatch]:
    kept = [m for m in matches if not _PURPOSE.search(sentence[: m.start])]
    return kept if kept else matches


def _round(value: float) -> float:
    return round(value, 4)


class _SentenceExtractor:
    """Applies every rule to one sentence; appends drafts to the document state."""

    def __init__(
        self, sentence: str, offset: int, index: int, state: _State, lexicon: Lexicon
    ) -> None:
        self.s = sentence
        self.offset = offset
        self.index = index
        self.state = state
        self.lexicon = lexicon
        # Folded once for every literal gate of this sentence (see _TIME_GATES).
        self.folded = folded = fold(sentence)
        self.offences = _drop_purpose(sentence, lexicon.find_offences(sentence, folded))
        self.changes = _find_changes(sentence, folded)
        baseline_spans = [h.baseline_span for h in self.changes if h.baseline_span is not None]
        self.comparisons = (
            [b for b in _COMPARISON.finditer(sentence) if _COMPARATIVE_CUE.match(b.group(0))]
            if _COMPARISON_GATE.search(folded)
            else []
        )
        baseline_spans += [(b.start(), b.end()) for b in self.comparisons]
        times = _find_times(sentence, state.time, folded)
        self.times = [
            _Time(t.start, t.end, t.first, t.last, t.precision, t.explicit_year, "baseline")
            if any(s <= t.start and t.end <= e for s, e in baseline_spans)
            else t
            for t in times
        ]
        self.used: list[tuple[int, int]] = []
        self.counts: list[_Draft] = []
        self.attribution = _find_attribution(sentence, folded)

    # -- helpers -----------------------------------------------------------------------

    def _free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.used)

    def _draft(self, kind: ClaimKind, rule: str, anchor: int) -> _Draft:
        return _Draft(
            kind=kind,
            start=self.offset,
            end=self.offset + len(self.s),
            anchor=self.offset + anchor,
            rule=rule,
            sentence_index=self.index,
        )

    def _period(self, anchor: int) -> tuple[dt.date, dt.date] | None:
        t = _nearest(self.times, anchor, ("period",))
        if t is not None and t.first is not None and t.last is not None:
            return t.first, t.last
        if self.state.report_year is not None:
            y = self.state.report_year
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        for previous in reversed(self.state.drafts):
            if previous.kind in {"conviction_count", "case_count"} and previous.period:
                return previous.period
        return None

    def _offences_between(self, start: int, end: int) -> list[OffenceMatch]:
        return [m for m in self.offences if m.start >= start and m.start < end]

    def _count_offences(self, anchor: int, next_anchor: int) -> tuple[str, ...]:
        if self.offences:
            segment = self._offences_between(anchor, next_anchor)
            if not segment:
                segment = [m for m in self.offences if m.start >= anchor]
            if not segment:
                segment = [m for m in self.offences if m.start < anchor]
            return _unique([m.slug for m in segment])
        if _ANAPHORIC_CHARGE.search(self.s):
            return self.state.previous_offences
        return ()

    def _finish_count(
        self,
        draft: _Draft,
        offences: tuple[str, ...],
        anchor: int,
        qualifier: str,
        count: int,
        unit: str,
        scope: str | None,
    ) -> _Draft:
        draft.offences = offences
        draft.articles = self.lexicon.articles_for(offences)
        draft.count = count
        draft.qualifier = qualifier
        draft.unit = unit
        draft.scope = scope
        draft.period = self._period(anchor)
        draft.reported_by = self.attribution or self._carried_attribution()
        return draft

    def _carried_attribution(self) -> str | None:
        """The source of the latest figure, if it came at most five sentences ago."""
        for previous in reversed(self.state.drafts):
            if previous.kind in {"conviction_count", "case_count"}:
                if self.index - previous.sentence_index <= 5:
                    return previous.reported_by
                return None
        return None

    # -- counts ------------------------------------------------------------------------

    def extract_respectively(self) -> None:
        r = _RESPECTIVELY.search(self.s)
        if r is None or not _CONVICTION_CUE.search(self.s):
            return
        items = [
            m
            for m in _counts(self.s, self.folded)
            if _unit(m.group("noun")) == "people" and not _is_year_like(m.group("num"))
        ]
        offences = _unique([m.slug for m in self.offences if m.start < r.start()])
        if len(items) < 2 or len(items) != len(offences):
            return
        for item, slug in zip(items, offences, strict=True):
            count = _int_number(item.group("num"))
            if count is None:
                continue
            draft = self._draft("conviction_count", "count.respectively", item.start("num"))
            qualifier = _qualifier_before(self.s[: item.start("num")])
            self._finish_count(
                draft,
                (slug,),
                item.start(),
                qualifier,
                count,
                "people",
                _scope(item.group("mods"), item.group("noun")),
            )
            f = _FACTOR_BEFORE_PAREN.search(self.s[: item.start()])
            if f is not None:
                factor = _factor_value(f.group("f"))
                base = _comparison_hit(self.comparisons, item.end())
                if factor is not None:
                    b_start: str | None = None
                    b_end: str | None = None
                    if base is not None:
                        b_start, b_end = _baseline_period(base, draft.period, self.state.published)
                    draft.change = Change(
                        _round(factor), _qualifier_word(f.group("q")), b_start, b_end
                    )
                    draft.rule = "count.respectively+change.times"
                    self.used.append((f.start(), f.end()))
            self.used.append((item.start(), item.end()))
            self.counts.append(draft)
        for h in self.changes:
            if any(s <= h.start < e for s, e in self.used):
                self.used.append((h.start, h.end))

    def extract_breakdown(self) -> None:
        if _BREAKDOWN_START.search(self.s) is None:
            return
        total = next(
            (
                d
                for d in reversed(self.state.drafts)
                if d.kind in {"conviction_count", "case_count"}
                and d.part_of is None
                and self.index - d.sentence_index <= 2
            ),
            None,
        )
        if total is None:
            return
        for m in _BREAKDOWN_ITEM.finditer(self.s):
            self._breakdown_row(total, m, "count.breakdown")

    def _breakdown_row(self, total: _Draft, m: re.Match[str], rule: str) -> None:
        count = _int_number(m.group("num"))
        if count is None or _is_year_like(m.group("num")) or not self._free(m.start(), m.end()):
            return
        draft = self._draft(total.kind, rule, m.start("num"))
        draft.offences = total.offences
        draft.articles = total.articles
        draft.period = total.period
        draft.count = count
        draft.qualifier = _qualifier_word(m.group("q"))
        draft.unit = total.unit
        draft.scope = _scope(m.group("mods"), m.group("noun"))
        draft.reported_by = total.reported_by
        draft.part_of = total
        self.used.append((m.start(), m.end()))
        self.counts.append(draft)

    def extract_counts(self) -> None:
        found: list[tuple[re.Match[str], ClaimKind, str]] = []
        for m in _counts(self.s, self.folded):
            num = m.group("num")
            if _is_year_like(num) or not self._free(m.start(), m.end()):
                continue
            pre, post = self.s[: m.start()], self.s[m.end() :]
            qual_pre = _QUAL_TAIL.search(pre)
            pre_core = pre[: qual_pre.start()] if qual_pre else pre
            unit = _unit(m.group("noun"))
            kind: ClaimKind | None = None
            rule = ""
            if unit == "cases":
                if _POST_CASE.search(post) or _PRE_CASE.search(pre):
                    kind = "case_count"
                    rule = "case.passive" if _POST_CASE.search(post) else "case.active"
            elif unit == "verdicts":
                if not _VERDICT_UNDONE.search(post):
                    kind, rule = "conviction_count", "count.verdicts"
            elif _POST_CONV.search(post):
                kind, rule = "conviction_count", "count.passive"
            elif _PRE_CONV.search(pre):
                kind, rule = "conviction_count", "count.active"
            elif _PRE_FOUND.search(pre_core + (qual_pre.group(0) if qual_pre else "")) and re.match(
                r"^\s+guilty\b", post, re.IGNORECASE
            ):
                kind, rule = "conviction_count", "count.found-guilty"
            if unit == "verdicts" and kind is None and _PRE_VERDICT.search(pre):
                kind, rule = "conviction_count", "count.verdicts"
            if kind is None:
                continue
            found.append((m, kind, rule))
        anchors = [m.start() for m, _, _ in found]
        for i, (m, kind, rule) in enumerate(found):
            count = _int_number(m.group("num"))
            if count is None:
                continue
            next_anchor = anchors[i + 1] if i + 1 < len(anchors) else len(self.s)
            offences = self._count_offences(m.start(), next_anchor)
            draft = self._draft(kind, rule, m.start("num"))
            self._finish_count(
                draft,
                offences,
                m.start(),
                _qualifier_before(self.s[: m.start()]),
                count,
                _unit(m.group("noun")),
                _scope(m.group("mods"), m.group("noun")),
            )
            self.used.append((m.start(), m.end()))
            self.counts.append(draft)
            for inc in _INCLUDING_ITEM.finditer(self.s, m.end()):
                if inc.start() - m.end() > 80:
                    break
                self._breakdown_row(draft, inc, "count.breakdown")
        for m in _CONVICTIONS_REACHED.finditer(self.s):
            count = _int_number(m.group("num"))
            if count is None or _is_year_like(m.group("num")):
                continue
            if not self._free(m.start("num"), m.end("num")):
                continue
            draft = self._draft("conviction_count", "count.number-of", m.start("num"))
            qual = _qualifier_word((m.group("q") or "").strip() or None)
            self._finish_count(
                draft,
                self._count_offences(0, len(self.s)),
                m.start(),
                qual,
                count,
                "verdicts",
                None,
            )
            self.used.append((m.start("num"), m.end("num")))
            self.counts.append(draft)
        for m in _NUMBER_OF.finditer(self.s):
            num_start = m.start("num")
            count = _int_number(m.group("num"))
            if (
                count is None
                or _is_year_like(m.group("num"))
                or not self._free(num_start, m.end("num"))
            ):
                continue
            who = m.group("who")
            unit = (
                "verdicts"
                if re.search(r"convictions", m.group(0), re.I)
                and not re.search(_PEOPLE_NOUNS, who, re.I)
                else "people"
            )
            draft = self._draft("conviction_count", "count.number-of", num_start)
            qual = _qualifier_word((m.group("q") or "").strip() or None)
            self._finish_count(
                draft,
                self._count_offences(m.start(), len(self.s)),
                m.start(),
                qual,
                count,
                unit,
                _scope(who, ""),
            )
            self.used.append((num_start, m.end("num")))
            self.counts.append(draft)

    def extract_baseline_counts(self) -> None:
        convictions = [d for d in self.counts if d.kind == "conviction_count"]
        if not convictions:
            return
        for m in _BASELINE_COUNT.finditer(self.s):
            num, year, q = m.group("num"), m.group("y"), m.group("q")
            count = _int_number(num)
            if count is None or _is_year_like(num):
                continue
            ref = max(
                (d for d in convictions if d.anchor - self.offset < m.start()),
                key=lambda d: d.anchor,
                default=convictions[0],
            )
            draft = self._draft("conviction_count", "count.baseline", m.start("num"))
            draft.offences, draft.articles = ref.offences, ref.articles
            draft.count, draft.qualifier, draft.unit, draft.scope = (
                count,
                _qualifier_word(q),
                ref.unit,
                ref.scope,
            )
            y = int(year)
            draft.period = (dt.date(y, 1, 1), dt.date(y, 12, 31))
            if m.group("same") and ref.period is not None:
                shift = y - ref.period[0].year
                draft.period = (
                    _shift_year(ref.period[0], shift),
                    _shift_year(ref.period[1], shift),
                )
            draft.reported_by = ref.reported_by
            self.used.append((m.start(), m.end()))
            self.counts.append(draft)

    def attach_changes(self) -> None:
        for hit in self.changes:
            if not self._free(hit.start, hit.end):
                continue
            target: _Draft | None = None
            extend = False
            in_sentence = [
                d
                for d in self.counts
                if d.kind == "conviction_count" and d.change is None and d.rule != "count.baseline"
            ]
            if in_sentence:
                before = [d for d in in_sentence if d.anchor - self.offset <= hit.start]
                target = before[-1] if before else in_sentence[0]
            elif not [d for d in self.counts if d.kind == "conviction_count"]:
                for previous in reversed(self.state.drafts):
                    if self.index - previous.sentence_index > 2:
                        break
                    if previous.kind == "conviction_count" and previous.part_of is None:
                        if previous.change is None:
                            target, extend = previous, True
                        break
            if target is None:
                continue
            b_start, b_end = _baseline_period(hit, target.period, self.state.published)
            target.change = Change(hit.factor, hit.qualifier, b_start, b_end)
            target.rule = f"{target.rule}+{hit.rule}"
            if extend:
                target.end = self.offset + len(self.s)
            self.used.append((hit.start, hit.end))

    # -- penalties ---------------------------------------------------------------------

    def extract_penalties(self) -> list[_Draft]:
        hits: list[tuple[int, int, str, re.Match[str]]] = []
        folded = self.folded
        for (rule, pattern), gate in zip(_PENALTY_PATTERNS, _PENALTY_GATES, strict=True):
            if not _gate_open(gate, folded):
                continue
            for m in pattern.finditer(self.s):
                if all(m.end() <= s or m.start() >= e for s, e, _, _ in hits):
                    hits.append((m.start(), m.end(), rule, m))
        hits.sort(key=lambda h: h[0])
        drafts: list[_Draft] = []
        previous: _Draft | None = None
        previous_end = -1
        for start, end, rule, m in hits:
            if (
                rule == "penalty.between"
                and not re.search(
                    r"between|from", self.s[max(0, start - 5) : m.start("a")], re.IGNORECASE
                )
                and not _STATUTORY_CUE.search(self.s[max(0, start - 40) : start])
            ):
                continue
            if (
                rule == "penalty.life"
                and previous is not None
                and re.fullmatch(
                    r"\s*,?\s*(?:or|and|to)\s+(?:even\s+)?",
                    self.s[previous_end:start],
                    re.IGNORECASE,
                )
            ):
                previous.life = True
                previous_end = end
                continue
            pre = self.s[:start]
            cues = [(c.end(), "statutory") for c in _STATUTORY_CUE.finditer(pre)]
            cues += [(c.end(), "imposed") for c in _IMPOSED_CUE.finditer(pre)]
            if rule == "penalty.maximum":
                cues.append((start, "statutory"))
            if not cues or max(cues)[1] != "statutory":
                continue
            offence = self._nearest_offence(start, end)
            if offence is None:
                continue
            draft = self._draft("penalty_range", rule, start)
            draft.offences = (offence,)
            draft.articles = self.lexicon.articles_for(draft.offences)
            draft.life = rule == "penalty.life"
            if rule != "penalty.life":
                factor = 1 / 12 if m.group("unit").lower().startswith("month") else 1.0
                b = parse_number(m.group("b"))
                if b is None:
                    continue
                draft.max_years = _round(b * factor)
                if rule == "penalty.between":
                    a = parse_number(m.group("a"))
                    if a is None or a >= b:
                        continue
                    draft.min_years = _round(a * factor)
            drafts.append(draft)
            previous, previous_end = draft, end
        return drafts

    def _nearest_offence(self, start: int, end: int) -> str | None:
        candidates = self.offences or self.lexicon.find_offences_loose(self.s)
        if not candidates:
            return None

        def distance(m: OffenceMatch) -> int:
            if m.end <= start:
                return start - m.end
            return max(0, m.start - end)

        return min(candidates, key=distance).slug

    # -- enactments --------------------------------------------------------------------

    def extract_enactments(self) -> list[_Draft]:
        m = _ENACT.search(self.s)
        if m is None:
            return []
        offences = self.offences or _drop_purpose(self.s, self.lexicon.find_offences_loose(self.s))
        if not offences:
            return []
        verb = m.group("v").lower()
        if verb in {"toughened", "tightened", "stiffened"}:
            rule = "enactment.toughened"
        elif verb.startswith("passed"):
            rule = "enactment.passed"
        else:
            rule = "enactment.introduced"
        t = _nearest(self.times, m.start(), ("period", "report"))
        date = _format_date(t) if t is not None else None
        if date is None and _ENACT_CONTINUES.search(self.s):
            date = self.state.last_enactment_date
        if date is not None:
            self.state.last_enactment_date = date
        drafts: list[_Draft] = []
        for slug in _unique([o.slug for o in offences]):
            draft = self._draft("enactment", rule, m.start())
            draft.offences = (slug,)
            draft.articles = self.lexicon.articles_for(draft.offences)
            draft.date = date
            drafts.append(draft)
        return drafts

    # -- individual sentences ----------------------------------------------------------

    def extract_sentences(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        taken: list[tuple[int, int]] = []
        for rule, pattern in _SENTENCE_PATTERNS:
            for m in pattern.finditer(self.s):
                if any(m.start() < e and m.end() > s for s, e in taken):
                    continue
                years = self._term_years(m)
                life = bool(m.groupdict().get("life"))
                if years is None and not life:
                    continue
                obj = (m.groupdict().get("obj") or "").strip()
                persons = self._persons(self.s[: m.start()], obj)
                if not persons:
                    continue
                charge = self._charge(m.start(), m.end())
                t = _nearest(self.times, m.start(), ("period", "report"))
                date = _format_date(t) if t is not None else None
                if date is None and self.state.report_year is not None:
                    date = str(self.state.report_year)
                court = self._court(m.start(), obj)
                for person in persons:
                    draft = self._draft("individual_sentence", rule, m.start())
                    draft.person = person
                    draft.sentence_years = years
                    draft.life = True if life else None
                    draft.offences = charge
                    draft.articles = self.lexicon.articles_for(charge)
                    draft.date = date
                    draft.court = court
                    drafts.append(draft)
                taken.append((m.start(), m.end()))
        return drafts

    @staticmethod
    def _term_years(m: re.Match[str]) -> float | None:
        g = m.groupdict()
        if not g.get("n"):
            return None
        n = parse_number(g["n"])
        if n is None:
            return None
        if g.get("half"):
            n += 0.5
        years = n / 12 if g["u"].lower().startswith("month") else n
        if g.get("n2"):
            n2 = parse_number(g["n2"])
            if n2 is not None:
                years += n2 / 12
        return _round(years)

    def _persons(self, before: str, obj: str) -> list[str]:
        if obj:
            names = [n.group(0) for n in _NAME.finditer(obj)]
            names = [n for n in (self._clean_name(x) for x in names) if n]
            if names:
                return names
            np = re.match(r"^(?P<np>an?\s+(?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]+)\s*$", obj)
            return [np.group("np")] if np else []
        clause = re.split(r"[;:]", before)[-1]
        matches = [
            (n.start(), n.end(), self._clean_name(n.group(0))) for n in _NAME.finditer(clause)
        ]
        matches = [(s, e, n) for s, e, n in matches if n]
        if not matches:
            if _PRONOUN_SUBJECT.search(clause):
                return []
            np = _INDEFINITE_NP.search(clause.rstrip(" ,"))
            if np and re.search(r"\b(?:was|is|has\s+been|had\s+been)\s*$", clause):
                return [np.group("np")]
            return []
        chosen = [matches[-1]]
        for s, e, n in reversed(matches[:-1]):
            between = clause[e : chosen[0][0]]
            if re.fullmatch(r"\s*,?\s*and\s+(?:[a-z][\w-]*\s+){0,3}", between):
                chosen.insert(0, (s, e, n))
            else:
                break
        return [n for _, _, n in chosen]

    @staticmethod
    def _clean_name(name: str) -> str:
        words = name.split()
        while words and words[0].lower() in _NAME_STOP:
            words = words[1:]
        while words and words[-1].lower() in _NAME_STOP:
            words = words[:-1]
        if len(words) < 2 or any(w.lower() in _NAME_STOP for w in words):
            return ""
        return " ".join(words)

    def _charge(self, start: int, end: int) -> tuple[str, ...]:
        after = [m for m in self.offences if m.start >= start]
        if after:
            return _unique(
                [after[0].slug]
                + [
                    m.slug
                    for m in after[1:]
                    if re.fullmatch(
                        r"[\s\"'“”‘’«»]*(?:,|and|or)[\s\"'“”‘’«»]*", self.s[after[0].end : m.start]
                    )
                ]
            )
        loose_after = self.lexicon.find_offences_loose(self.s[start:])
        if loose_after:
            return (loose_after[0].slug,)
        before = [m for m in self.offences if m.end <= start]
        if before:
            return (before[-1].slug,)
        return ()

    def _court(self, start: int, obj: str) -> str | None:
        region = self.s[:start] if obj else ""
        by = re.search(r"\bby\s+(?:a|an|the)\s+", self.s[start:])
        candidates = list(_COURT.finditer(region))
        if not candidates and by is not None:
            candidates = list(_COURT.finditer(self.s[start + by.start() :]))[:1]
        if not candidates:
            return None
        court = candidates[-1].group("court").strip()
        court = re.sub(r"^(?:The|A|An|In\s+\w+,?)\s+", "", court)
        return court

    # -- all rules -------------------------------------------------------------------

    def run(self) -> list[_Draft]:
        self.extract_respectively()
        self.extract_breakdown()
        self.extract_counts()
        self.extract_baseline_counts()
        self.attach_changes()
        extra = self.extract_penalties() + self.extract_enactments() + self.extract_sentences()
        if self.offences:
            self.state.previous_offences = _unique([m.slug for m in self.offences])
        return self.counts + extra


def extract_claims(
    text: str,
    *,
    document: str,
    lexicon: Lexicon,
    published: dt.date | None = None,
    report_year: int | None = None,
) -> list[Claim]:
    """Extract typed claims from one document.

    ``published`` resolves relative dates ("last year", "on Wednesday", "in March");
    ``report_year`` is the year an annual report covers ("the year", undated figures).
    Claims are ordered by start offset, then kind, then the position of their figure.
    """
    clean = _clean(text)
    state = _State(
        published=published,
        report_year=report_year,
        time=_TimeContext(published, report_year, report_year),
    )
    for index, (start, end) in enumerate(_sentence_spans(clean.text)):
        if _is_headline(clean.text[start:end]):
            continue
        extractor = _SentenceExtractor(clean.text[start:end], start, index, state, lexicon)
        state.drafts.extend(extractor.run())
    return _freeze(state.drafts, text, clean, document)


def _freeze(drafts: list[_Draft], text: str, clean: _Clean, document: str) -> list[Claim]:
    claims: dict[int, Claim] = {}
    positions = {id(d): i for i, d in enumerate(drafts)}

    def build(i: int) -> Claim:
        if i in claims:
            return claims[i]
        d = drafts[i]
        start = clean.origin[d.start]
        end = clean.origin[d.end - 1] + 1
        part_of = None if d.part_of is None else build(positions[id(d.part_of)]).id
        offence: str | tuple[str, ...] | None
        if not d.offences:
            offence = None
        elif len(d.offences) == 1:
            offence = d.offences[0]
        else:
            offence = d.offences
        claim = Claim(
            kind=d.kind,
            document=document,
            quote=text[start:end],
            start=start,
            end=end,
            rule=d.rule,
            offence=offence,
            articles=d.articles,
            period_start=None if d.period is None else d.period[0].isoformat(),
            period_end=None if d.period is None else d.period[1].isoformat(),
            count=d.count,
            qualifier=d.qualifier,
            unit=d.unit,
            scope=d.scope,
            min_years=d.min_years,
            max_years=d.max_years,
            life=d.life,
            date=d.date,
            person=d.person,
            sentence_years=d.sentence_years,
            change=d.change,
            reported_by=d.reported_by,
            part_of=part_of,
            court=d.court,
        )
        claims[i] = claim
        return claim

    order = sorted(
        range(len(drafts)),
        key=lambda i: (drafts[i].start, drafts[i].kind, drafts[i].anchor, drafts[i].person or ""),
    )
    return [build(i) for i in order]
