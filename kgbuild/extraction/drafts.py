"""Drafts (claims being built) and the document state the rules share."""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from kgbuild.claims import Change, ClaimKind
from kgbuild.extraction.elided_offences import elided_objects
from kgbuild.extraction.grammar_en import _PURPOSE
from kgbuild.extraction.numbers import _words
from kgbuild.extraction.periods import _TimeContext
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import Lexicon, OffenceMatch


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
    comparison: bool = False
    """A figure given to compare with ("in the same period of 2023 the number was 15"): its
    period is not the one the text goes on with."""


class _RecentLaw(NamedTuple):
    """A dated enactment, for the sentences after it that say what it changed."""

    sentence_index: int
    date: str
    rule: str
    offences: tuple[str, ...]
    """The offences it was found to enact so far."""
    creates: bool
    """Whether it says it creates new offences ("a law that creates two new offences"):
    then a penalty stated for an offence right after it is one of them."""


@dataclass
class _State:
    published: dt.date | None
    report_year: int | None
    time: _TimeContext
    last_enactment_date: str | None = None
    last_in_force_date: str | None = None
    """The entry into force told with the latest dated law's signature."""
    last_enactment_offences: tuple[str, ...] = ()
    """The offences of the latest enactment: what "the bill" of a later sentence is."""
    recent_law: _RecentLaw | None = None
    """The latest dated enactment ("Putin on Saturday signed amendments that ..."): what "X
    is now a crime" or "X will carry ..." in the next two sentences was enacted by."""
    previous_offences: tuple[str, ...] = ()
    """The offences of the latest fully read sentence that names any."""
    earlier_offences: tuple[str, ...] = ()
    latest_group: tuple[str, ...] = ()
    """The latest offences remembered together, two or more: what "these statutes" means
    after a sentence on one of them ("224 verdicts for treason, espionage and confidential
    cooperation ... 177 for treason ... 774 convicted under these statutes")."""
    """The offences named before those (latest last): what "both articles" adds to them."""
    ordinal_group: tuple[str, ...] = ()
    """The offences listed that "the first", "the second article" count through."""
    ordinal_chosen: tuple[int, tuple[str, ...]] | None = None
    """The sentence index and offence of the latest "the second article" resolved."""
    unscanned: list[str] = field(default_factory=list)
    """Sentences the claim gate skipped since then, unread (see references.py)."""
    previous_period: tuple[int, dt.date, dt.date] | None = None
    """The sentence index and bounds of the latest period a sentence named ("since the start
    of 2025"): what "Of these, 31 were convicted" in the next sentence counts over."""
    list_head: tuple[int, str, str, tuple[dt.date, dt.date] | None] | None = None
    """The latest list head or item (sentence index) and the kind, unit and period of its
    items ("Convictions in 2024, by article:"; item_lists.py)."""
    time_list: tuple[int, str, str, str] | None = None
    """The latest list head or time item (sentence index), the kind and unit of its items,
    and the head's sentence, which names what its time items count ("Treason convictions
    by year:" over "2023 – 39"; item_lists.py)."""
    withdrawn: tuple[int, list[_Draft]] | None = None
    """The sentence index of the latest retraction and the counts it withdrew
    (corrections.py)."""
    tables_read: list[tuple[int, int]] = field(default_factory=list)
    """The spans of the Markdown tables read (tables.py)."""
    last_rise: tuple[int, tuple[dt.date, dt.date], tuple[dt.date, dt.date]] | None = None
    """The sentence index and two years of the latest rise told "from A in Y1 to B in Y2"
    (rises.py): what "over the same period" stands for."""
    topic: tuple[str, ...] = ()
    """The offences a study's opening says it is about (topics.py)."""
    label_run: (
        tuple[int, str, str, tuple[dt.date, dt.date], tuple[tuple[dt.date, dt.date], ...]] | None
    ) = None
    """The latest sentence that opened with an offence and a colon before its count, or
    followed one in that form (sentence index), and the kind, unit and period its count gave
    ("Treason (Article 275): 371 people convicted."; item_lists.py), and the periods of all
    its figures."""
    recent: deque[tuple[int, str]] = field(default_factory=lambda: deque(maxlen=3))
    """The latest sentences (index, text): where "all of them" finds its group."""
    drafts: list[_Draft] = field(default_factory=list)

    def drafts_since(self, index: int) -> list[_Draft]:
        """The drafts of sentence ``index`` and after, in order: the tail of ``drafts``
        (kept in sentence order), found from the end so a long document costs no more."""
        first = len(self.drafts)
        while first and self.drafts[first - 1].sentence_index >= index:
            first -= 1
        return self.drafts[first:]


_SMALL_WORDS: Final = frozenset(_words("a an the of for in on to with and or at by from as vs"))


_LABEL_FIGURE_PAIR = re.compile(r":\s*[\d,.]+\s*\(\s*\d{4}\s*:\s*[\d,.]+\s*\)")
"""A figure and an earlier year's in brackets after a label's colon: ": 381 (2024: 244)"."""


def _is_headline(sentence: str) -> bool:
    """Title-case lines without final punctuation: headlines and related-article links."""
    if sentence.rstrip().endswith((".", "!", "?", ":", ";", ",")):
        return False
    words = [
        w for w in re.findall(r"[A-Za-z\d][\w'’-]*", sentence) if w.lower() not in _SMALL_WORDS
    ]
    if len(words) < 3:
        return False
    if _LABEL_FIGURE_PAIR.search(sentence) and sum(1 for w in words if w[0].isalpha()) < 3:
        # "Treason verdicts, 2025: 381 (2024: 244)": a key figure's label, no headline
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    # "- Treason: 145 convictions in 2024 (2023: 39)": figures are no capitals; a line
    # whose words are mostly in lower case is a key figure's item, however many it has
    alpha = [w for w in words if w[0].isalpha()]
    upper = sum(1 for w in alpha if w[0].isupper())
    return capitalised / len(words) >= 0.8 and (not alpha or upper / len(alpha) >= 0.8)


def _unique(items: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)


def _drop_purpose(sentence: str, matches: list[OffenceMatch]) -> list[OffenceMatch]:
    # _PURPOSE ends right before the offence and is a few words long: look no further back
    kept = [m for m in matches if not _PURPOSE.search(sentence[max(0, m.start - 60) : m.start])]
    return kept if kept else matches


def _round(value: float) -> float:
    return round(value, 4)


def _remember_offences(state: _State, slugs: tuple[str, ...]) -> None:
    """Make ``slugs`` the offences a later reference back finds, keeping the ones before."""
    if slugs != state.previous_offences:
        kept = [s for s in state.earlier_offences + state.previous_offences if s not in slugs]
        state.earlier_offences = tuple(kept[-6:])
        state.previous_offences = slugs
        if len(slugs) > 1:
            state.latest_group = slugs


_ARTICLE_WORD = compile_narrowed(
    r"\b(?:the|this|that)\s+(?:[\"“‘']?(?P<w>[A-Za-z][a-z-]{3,})[\"”’']?\s+(?:article|statute|"
    r"charge|figure|"
    r"tally|total)s?|article\s+on\s+(?P<w2>[A-Za-z][a-z-]{3,}))\b",
    re.I,
)
"""An offence named by one word with "article" or "figure": "the disclosure article", "the
article on disclosure", "the justification figure", 'the "fakes" article'."""
_QUOTED_WORD = compile_narrowed(
    r"[\"“‘](?P<w>[A-Za-z][a-z-]{3,})[\"”’]\s+(?:convictions|verdicts|sentences|cases|charges?|"
    r"trials|prosecutions|offen[cs]es?|laws?|crimes?)\b|\b(?:for|of|over|on)\s+[\"“‘](?P<w2>[A-Za-z][a-z-]{3,})[\"”’]"
)
"""An offence named by one word in quotes, the way outlets name an article: '64 "fakes"
convictions', 'convictions for "fakes"', 'the "fakes" offence'."""
_CALLS_BEFORE = compile_narrowed(
    r"\b(?:calls?|calling|appeals?|incitement|inciting|propaganda|financing|funding)\s+"
    r"(?:for|to|of)\s+$",
    re.IGNORECASE,
)
"""Before an offence word that is the object of another act: "calls for extremism" (Art.
280, outside the scheme) is not "extremism" (Art. 282.2)."""


def _drop_broader(found: list[OffenceMatch], lexicon: Lexicon) -> list[OffenceMatch]:
    """Without a group offence the sentence also names by a narrower member: "Under Article
    283.1, anyone who obtains state secrets" is 283.1, not every state-secrets offence."""
    if len(found) < 2:
        return found
    named = {m.slug for m in found}
    broader = {
        b for slug in named if slug in lexicon.concepts for b in lexicon.concepts[slug].broader
    }
    return [m for m in found if m.slug not in broader] if broader & named else found


def _named_offences(
    sentence: str, lexicon: Lexicon, folded: str | None = None
) -> list[OffenceMatch]:
    """The offences a sentence names: by a label or an article number (purposes aside,
    see _drop_purpose), or by one word before "article" that begins the preferred label of
    one offence only, else any label of one offence only ("the disclosure article", "the
    fakes article")."""
    found = _drop_broader(_drop_purpose(sentence, lexicon.find_offences(sentence, folded)), lexicon)
    lower = folded if folded is not None else sentence.lower()
    if found and any(w in lower for w in ("call", "appeal", "incit", "propag", "financ", "fund")):
        found = [
            o for o in found if not _CALLS_BEFORE.search(sentence, max(0, o.start - 20), o.start)
        ]
    if found and (" them" in lower or " it" in lower):
        found = sorted([*found, *_pronoun_objects(sentence, lexicon, found)], key=lambda o: o.start)
    if found and ("ing or " in lower or "ing and " in lower or "ly " in lower):
        found = sorted([*found, *elided_objects(sentence, lexicon, found)], key=lambda o: o.start)
    words: list[re.Match[str]] = []
    if any(w in lower for w in ("article", "statute", "charge", "figure", "tally", "total")):
        words += _ARTICLE_WORD.finditer(sentence)
    if '"' in sentence or "“" in sentence or "‘" in sentence:
        words += _QUOTED_WORD.finditer(sentence)
    for m in words:
        if any(o.start < m.end() and m.start() < o.end for o in found):
            continue
        group = "w" if m.group("w") else "w2"
        slug = _slug_for_word(m.group(group), lexicon)
        if slug is not None:
            found.append(
                OffenceMatch(slug, m.start(group), m.end(group), m.group(group), how="word")
            )
    return sorted(found, key=lambda o: (o.start, o.slug))


_GERUND_PRONOUN = compile_narrowed(
    r"\b(?P<g>[a-z]+ing)\s+(?:them|it)(?:\s+(?P<adv>[a-z]+ly))?\b", re.IGNORECASE
)


def _pronoun_objects(
    sentence: str, lexicon: Lexicon, found: list[OffenceMatch]
) -> list[OffenceMatch]:
    """An offence said with a gerund whose object is a pronoun for the object of an offence
    named just before: "disclosing state secrets and obtaining them illegally" (obtaining
    state secrets illegally), "publicly calling for it" after no such object gives none."""
    extra: list[OffenceMatch] = []
    for m in _GERUND_PRONOUN.finditer(sentence):
        before = [o for o in found if o.end <= m.start() and m.start() - o.end <= 40]
        if not before:
            continue
        words = before[-1].text.split()
        if len(words) < 2 or not words[0].lower().endswith("ing"):
            continue
        obj = " ".join(words[1:])
        gerund, adverb = m.group("g"), m.group("adv")
        wordings = [f"{gerund} {obj}"]
        if adverb:
            wordings = [f"{gerund} {obj} {adverb}", f"{adverb} {gerund} {obj}", *wordings]
        for wording in wordings:
            hits = lexicon.find_offences(wording)
            if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(wording):
                if hits[0].slug != before[-1].slug:
                    extra.append(OffenceMatch(hits[0].slug, m.start(), m.end(), m.group(0)))
                break
    return extra


def _slug_for_word(word: str, lexicon: Lexicon) -> str | None:
    """The one offence whose preferred label, else any label, begins with the first six
    letters of ``word``; where several do, the one offence with a label whose first word is
    ``word`` itself ("justification": "justification of terrorism", not "justifying
    Nazism")."""
    stem = word.lower()[:6]
    for labels_of in (lambda c: (c.pref_label,), lambda c: c.labels):
        slugs = {
            c.slug
            for c in lexicon.concepts.values()
            if any(label.lower().startswith(stem) for label in labels_of(c))
        }
        if len(slugs) == 1:
            return slugs.pop()
        if slugs:
            whole = {
                c.slug
                for c in lexicon.concepts.values()
                if c.slug in slugs
                and any(label.lower().split()[0] == word.lower() for label in labels_of(c))
            }
            return whole.pop() if len(whole) == 1 else None
    return None
