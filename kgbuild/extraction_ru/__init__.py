"""Extraction from Russian text: the same typed claims as the English extractor.

``extract_ru(text, document)`` reads conviction and case counts, statutory penalty ranges
and enactments, each with the sentence it rests on (quote and code-point offsets into
``text``). Parts: :mod:`.morphology` (tokens, dictionary forms, sentences), :mod:`.numbers`,
:mod:`.periods`, :mod:`.dates`, :mod:`.offences` (the scheme's @ru labels), :mod:`.grammar`
(cue and pattern lists with examples), :mod:`.clauses` (clauses and the context carried
between sentences), :mod:`.pairing` (several counts in one sentence), :mod:`.penalties`
(statutory ranges), :mod:`.enactments`, :mod:`.individual` (imposed terms), :mod:`.names`
(defendants' names in the nominative), :mod:`.extractor` (one sentence read with the
context before it), :mod:`.document` (the sentence loop, a charge given forward), and
:mod:`.scoring` (precision and recall against a key).
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Final

from kgbuild.claims import Claim
from kgbuild.extraction.text import clean_text
from kgbuild.extraction_ru.document import extract_sentences
from kgbuild.extraction_ru.offences import RuLexicon, load_ru_lexicon

__all__ = ["RuLexicon", "extract_ru", "is_russian", "load_ru_lexicon"]

# The scheme installed with kgbuild (in a checkout: ontology/ itself, through kgbuild/_data).
_OFFENCES = Path(str(importlib.resources.files("kgbuild") / "_data" / "ontology" / "offences.ttl"))
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LETTER = re.compile(r"[^\W\d_]")


@cache
def default_lexicon() -> RuLexicon:
    """The offence scheme installed with kgbuild (ontology/offences.ttl)."""
    return load_ru_lexicon(_OFFENCES)


_SPACED_HYPHEN = re.compile(r"(?<=\S )-(?= )")
"""A hyphen with a space either side after a word: a dash typed as a hyphen."""
_PIPE_CELL = re.compile(r"(?<=[^\s|] )\|(?=[ \t]+\d)")
"""A pipe between a row's label and its figure («Шпионаж (ст. 276) | 64»): read as a dash."""


def is_russian(text: str) -> bool:
    """Whether most letters of ``text`` are Cyrillic."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_CYRILLIC.findall(text)) / letters > 0.5


def extract_ru(
    text: str,
    document: str,
    *,
    published: dt.date | None = None,
    lexicon: RuLexicon | None = None,
) -> list[Claim]:
    """Claims read in a Russian ``text``; ``published`` resolves «в прошлом году»."""
    # the text as the English extractor cleans it: link and tag markup left out, a
    # sentence wrapped over lines read as one line (offsets map back to the document)
    clean = clean_text(text)
    # a hyphen typed for a dash between words («за шпионаж - 40») read as the dash (one
    # character for one: the offsets stay)
    body = _SPACED_HYPHEN.sub("—", clean.text)
    if "|" in body:
        body = _PIPE_CELL.sub("—", body)  # (one character for one: the offsets stay)
    claims = extract_sentences(
        body,
        document=document,
        lexicon=lexicon if lexicon is not None else default_lexicon(),
        published=published,
    )
    claims = _without_told_again(claims, body)
    if body == text:
        return claims
    # offsets and quotes as the document has them, markup and line ends and all
    fixed: list[Claim] = []
    for c in claims:
        start, end = clean.origin(c.start), clean.origin(c.end - 1) + 1
        if (start, end, c.quote) != (c.start, c.end, text[start:end]):
            c = replace(c, start=start, end=end, quote=text[start:end])
        fixed.append(c)
    return fixed


def _without_told_again(claims: list[Claim], text: str) -> list[Claim]:
    """The claims less a count told again in a later paragraph (a digest's lead, then its
    body): the same kind, figure, offences, period and qualifier make no second claim; and
    less a penalty range told again anywhere (same offences, bounds and life).
    Within a paragraph a figure given again compares («37 человек, а двумя годами позже —
    уже 131») and counts again."""
    seen: dict[tuple[object, ...], int] = {}
    ranges: set[tuple[object, ...]] = set()
    kept: list[Claim] = []
    for c in claims:
        told = _term_told_again(kept, c, text)
        if told is not None:
            # «Жительницу Тамбова приговорили к 11 годам ... Женщине назначили наказание
            # в виде 11 лет»: one term; the charge the later sentence names, if the first
            # named none
            if not told.offences and c.offences:
                kept[kept.index(told)] = replace(told, offence=c.offence, articles=c.articles)
            continue
        if c.kind == "penalty_range":
            # «закон ... вводит пожизненное лишение свободы за госизмену. ... по статье 275
            # максимальным наказанием устанавливается пожизненное лишение свободы»: one range
            term = (frozenset(c.offences), c.min_years, c.max_years, c.life)
            if term in ranges:
                continue
            ranges.add(term)
        if c.kind in ("conviction_count", "case_count"):
            key = (
                c.kind,
                frozenset(c.offences),
                c.count,
                c.qualifier,
                c.period_start,
                c.period_end,
                c.part_of,
            )
            if key in seen and text.find("\n", seen[key], c.start) >= 0:  # (no slice copied)
                continue
            seen.setdefault(key, c.end)
        kept.append(c)
    return kept


_BACK_TO_PERSON: Final = frozenset(
    {
        *("ему", "ей", "мужчине", "женщине", "мужчина", "женщина"),
        *("осужденному", "осужденной", "осужденный", "осужденная"),
        *("подсудимому", "подсудимой", "подсудимый", "подсудимая"),
        *("обвиняемому", "обвиняемой", "обвиняемый", "обвиняемая"),
    }
)
"""A person told of before, named again («Мужчине назначили ...», «осужденный проведёт»)."""


def _term_told_again(kept: list[Claim], later: Claim, text: str) -> Claim | None:
    """The term among ``kept`` that ``later`` tells again: the same years (or life), told of
    a person named before by a word such as «мужчине», «ему», «осужденный», within three
    sentences and with no «также», «ещё», «второй» (another person)."""
    if later.kind != "individual_sentence" or not later.person:
        return None
    if later.person.lower().replace("ё", "е") not in _BACK_TO_PERSON:
        return None
    for earlier in reversed(kept[-6:]):
        if earlier.kind != "individual_sentence" or earlier.person == later.person:
            continue
        if (earlier.sentence_years, earlier.life) != (later.sentence_years, later.life):
            continue
        between = text[earlier.end : later.start]
        if len(between) > 600 or len(_SENTENCE_END.findall(between)) > 3:
            continue
        if _ANOTHER.search(text, later.start, later.end):
            continue
        if later.offences and earlier.offences and later.offences != earlier.offences:
            continue
        return earlier
    return None


_SENTENCE_END = re.compile(r"[.!?](?=\s+[А-ЯЁA-Z«])")
_ANOTHER = re.compile(r"\b(?:также|тоже|ещ[её]|втор[а-яё]+|друг[а-яё]+|сообщник[а-яё]*)\b", re.I)
