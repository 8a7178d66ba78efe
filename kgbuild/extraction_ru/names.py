"""Defendants' names in the nominative: «приговорил Ивана Петрова» names Иван Петров.

A name is put in the nominative only where the morphology leaves no doubt: the verb fixes
the case of its object (accusative after «приговорил», dative after «назначил»), every word
of the name reads as a first name, patronymic or surname in that case and the singular,
the readings agree on one gender, and each word has one nominative form for it. «Петру
Волкову» after «назначил» is Пётр Волков; «Петрова» alone could be a man's surname in the
accusative or a woman's in the nominative, but after «приговорил» only the first reading
is accusative. Anything else («жителя Курска», «бывшего инженера») is left as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgbuild.extraction_ru.morphology import analyzer

_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_GENDERS = ("masc", "femn")
_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
_INITIAL = re.compile(r"[А-ЯЁ]\.")


def nominative_name(person: str, case: str) -> str:
    """``person`` in the nominative when it is only a name («Ивана Петрова», «Андрея К.»)
    in ``case`` (a pymorphy case tag: ``accs``, ``datv``) beyond doubt, else unchanged."""
    words = person.split()
    if not 1 < len(words) <= 4:
        return person
    names = [w for w in words if not _INITIAL.fullmatch(w)]
    if not names or not all(_WORD.fullmatch(w) for w in names):
        return person
    forms = _nominatives(tuple(names), case)
    if forms is None:
        return person
    out = iter(forms)
    named = " ".join(w if _INITIAL.fullmatch(w) else next(out) for w in words)
    return named if "ё" in person.lower() else named.replace("ё", "е").replace("Ё", "Е")


@lru_cache(maxsize=4096)
def _nominatives(words: tuple[str, ...], case: str) -> tuple[str, ...] | None:
    by_gender: dict[str, list[set[str]]] = {g: [] for g in _GENDERS}
    for word in words:
        parses = [
            p
            for p in analyzer().parse(word.lower())
            if not _NAME_TAGS.isdisjoint(p.tag.grammemes) and case in p.tag and "sing" in p.tag
        ]
        for gender in _GENDERS:
            nominatives: set[str] = set()
            for p in parses:
                if gender in p.tag and (form := p.inflect({"nomn"})) is not None:
                    nominatives.add(form.word)
            by_gender[gender].append(nominatives)
    genders = [g for g in _GENDERS if all(by_gender[g])]
    if len(genders) != 1 or any(len(forms) != 1 for forms in by_gender[genders[0]]):
        return None
    return tuple(_capitalised(next(iter(forms))) for forms in by_gender[genders[0]])


def _capitalised(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


_PRONOUN = re.compile(r"(?:его|е[её]|него|н[её][её]|ему|ей|нему|ней)", re.IGNORECASE)
_FOUND_GUILTY = re.compile(
    r"\bпризнал[аи]?\s+(?:[^.;:]{0,100}?\s)?"
    r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2})"
    r"\s+виновн",
)


def named_for_pronoun(person: str, text: str, start: int, end: int) -> str:
    """The name a pronoun person stands for when ``text[start:end]`` (the sentence before
    the term) finds that person guilty by name («суд признал студента Глеба Вердияна
    виновным ... и приговорил его»: Глеб Вердиян); else ``person`` unchanged."""
    if not _PRONOUN.fullmatch(person):
        return person
    found = list(_FOUND_GUILTY.finditer(text, start, end))
    if len(found) != 1:
        return person
    return nominative_name(found[0].group("name"), "accs")
