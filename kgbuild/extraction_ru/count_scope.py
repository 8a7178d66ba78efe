"""Counts that are not the country's convictions of an offence: acquittals, people arrested
or prosecuted rather than convicted, and a region's figure («В Крыму — 34»)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru.numbers import Number

if TYPE_CHECKING:
    from kgbuild.extraction_ru.extractor import Sentence


def acquittals_only(s: Sentence) -> bool:
    """Whether every conviction word of the sentence is an acquittal's verdict
    («оправдательных приговоров не вынесли», «ни одного оправдательного приговора»)."""
    if "оправдательн" not in s.folded:
        return False
    return all(
        k and s.tokens[k - 1].text.lower().startswith("оправдательн")
        for k, t in enumerate(s.tokens)
        if not t.lemmas.isdisjoint(g.CONVICTION_WORDS)
    )


def not_convicted(s: Sentence, index: int) -> bool:
    """«задержали свыше 200 человек, а осудили 189»: a clause about arrests (or
    acquittals) and not convictions gives no count; in a sentence on administrative
    offences («2100 протоколов, а суды рассмотрели 1870 таких дел») only a clause with
    a conviction word does."""
    administrative = g.ADMINISTRATIVE.search(s.quote, s.folded) is not None
    if not administrative and s.lemma_set.isdisjoint(g.NOT_CONVICTED):
        return False
    received = not s.lemma_set.isdisjoint(g.RECEIVED_TERM[0]) and not s.lemma_set.isdisjoint(
        g.RECEIVED_TERM[1]
    )
    if (
        s.lemma_set.isdisjoint(g.CONVICTION_WORDS)
        and s.lemma_set.isdisjoint(g.CASE_CUES)
        and not received
    ):
        return True  # «Это меньше, чем было задержано: 240 человек»: no conviction word
    clause = s.clauses[index]
    tokens = [t for t in s.tokens if clause.start <= t.start < clause.end]
    if not administrative and all(t.lemmas.isdisjoint(g.NOT_CONVICTED) for t in tokens):
        return False
    if any(not t.lemmas.isdisjoint(g.RECEIVED_TERM[0]) for t in tokens) and any(
        not t.lemmas.isdisjoint(g.RECEIVED_TERM[1]) for t in tokens
    ):
        return False  # «сроки ... получили 37 человек» (prison terms: no administrative fine)
    return all(t.lemmas.isdisjoint(g.CONVICTION_WORDS) for t in tokens)


_REGION_GATE = (
    "Крым", "Москв", "Петербург", "Подмосков", "Кубан", "Чечн", "Дагестан", "Татарстан",
    "Башкир", "Севастопол", "област", "крае", "республик", "Республик", "округе", "регион",
)  # fmt: skip
_REGION = re.compile(
    r"\b(?:[Вв]|[Нн]а)\s+(?:Крыму|Москве|(?:Санкт-)?Петербурге|Подмосковье|Кубани|Чечне|Дагестане|"
    r"Татарстане|Башкирии|Севастополе|[А-ЯЁ][а-яё-]+(?:ской|цкой)\s+области|"
    r"[А-ЯЁ][а-яё-]+ом\s+крае|[Рр]еспублике\s+[А-ЯЁ]|[А-ЯЁ][а-яё-]+ом\s+федеральном\s+округе|"
    r"(?:этом|том|их|его|[а-яё]+ом)\s+регионе|регионе)\b"
)
"""«в Крыму», «в Белгородской области», «в регионе»: a place narrower than the country."""


def regional(s: Sentence, index: int) -> bool:
    """Whether the clause of a count, or the sentence before it, places it in one region
    («В Крыму, по подсчетам правозащитников, таких приговоров было 48»)."""
    end = s.clauses[index].end
    stretch = s.text[s.start : end]
    if not any(piece in stretch for piece in _REGION_GATE):
        return False
    return _REGION.search(stretch) is not None


def prosecuted(s: Sentence, number: Number) -> bool:
    """Whether ``number`` counts people prosecuted («800 фигурантов», «40 обвиняемых»)."""
    after = s.tokens[number.last + 1 : number.last + 3]
    return any(not t.lemmas.isdisjoint(g.PROSECUTED_NOUNS) for t in after)
