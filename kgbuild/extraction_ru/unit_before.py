"""The unit of a count told after its noun and a dash, the noun not repeated after the figure.

Patterns (each sentence our own, the figures made up):

- a figure between dashes after its noun, the verb after it: «Больше всего новых уголовных
  дел — 410 — возбуждено по статье о «фейках» об армии» (cases);
- a figure after the noun, the offence and a dash: «Чаще всего СК возбуждал дела о
  дискредитации армии — 180» (cases);
- a figure at the end after a dash: «Больше всего дел возбуждено по статье о «фейках» об
  армии — 410» (cases).

The noun is the nearest one before the dash in the same stretch of the clause (no comma,
colon, semicolon, bracket or figure between; a year may stand between). Not a noun after a
preposition («по делам о госизмене — 40», «среди фигурантов дел ...»: what the figure counts
is said elsewhere), and not one a figure of its own counts («12 дел о госизмене — 40 ...»).
Also a figure after a colon («... по статье о X: 8 960»), a ranking's figures after a
sentence that spoke of cases (:func:`ranking_of_cases`), and the unit noun right after a
figure (:func:`unit_after`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kgbuild.extraction_ru import grammar as g

if TYPE_CHECKING:
    from kgbuild.extraction_ru.extractor import Sentence
    from kgbuild.extraction_ru.numbers import Number

_YEAR = re.compile(r"(?:19|20)\d\d(?:-[а-яё]+)?$")
_DASHES = frozenset({"—", "–"})
_STOPS = frozenset({",", ";", ":", "(", ")", ".", "!", "?"})
_PREPOSITIONS = frozenset({"по", "в", "во", "о", "об", "из", "среди", "на", "при", "от", "для"})
_REACH = 12
"""How many tokens before the dash the noun may stand."""


def cases_before_dash(s: Sentence, number: Number) -> str | None:
    """«cases» if ``number`` follows a dash (or a colon) and the nearest unit noun before it is
    «дело» not governed by a preposition, else None."""
    if number.first == 0 or s.tokens[number.first - 1].text not in (*_DASHES, ":"):
        return None  # (a list's item after a colon: «... по статье о X: 8 960»)
    if "дел" not in s.folded:
        return None
    dash = number.first - 1
    for k in range(dash - 1, max(-1, dash - 1 - _REACH), -1):
        token = s.tokens[k]
        if _YEAR.match(token.text):
            continue  # «дел в 2026 году возбуждали ... — 540»
        if token.text in _STOPS or token.text in _DASHES or token.text[:1].isdigit():
            return None
        if "дело" not in token.lemmas or not token.text.lower().startswith("дел"):
            continue
        # the words before the noun, adjectives skipped: «новых уголовных дел»
        j = k - 1
        while j >= 0 and s.tokens[j].text.lower().endswith(("ых", "их", "ые", "ие")):
            j -= 1
        if j >= 0 and s.tokens[j].text.lower() in _PREPOSITIONS:
            return None
        if j >= 0 and s.tokens[j].text[:1].isdigit():
            return None
        return "cases"
    return None


_MOST = re.compile(r"\W*(?:больше|чаще)\s+всего\s*[—–:]", re.IGNORECASE)


def ranking_of_cases(s: Sentence) -> bool:
    """Whether ``s`` opens a ranking («Больше всего — по статье о ...: 8 960, далее следуют
    ...») right after a sentence that spoke of cases with a verb of opening or receiving
    them («в военные суды поступило 9 870 дел по «армейским» статьям»): its figures count
    cases."""
    return s.context.case_words and _MOST.match(s.quote) is not None


_ADJECTIVE = re.compile(
    r"(?:ых|их|ые|ие|ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ыми|ими)$", re.IGNORECASE
)
"""An adjective's or participle's ending: «46 новых приговоров», «400 уголовных дел»."""


UNIT_LEMMAS = frozenset(g.UNIT_NOUNS)


def unit_after(s: Sentence, number: Number) -> str | None:
    """The unit noun of ``number`` within three words after it, adjectives between («46
    новых приговоров»), else None."""
    for token in s.tokens[number.last + 1 : number.last + 4]:
        if not token.lemmas.isdisjoint(UNIT_LEMMAS):
            return next(unit for lemma, unit in g.UNIT_NOUNS.items() if lemma in token.lemmas)
        if not token.text.isalpha() or token.text.lower() in {"за", "по", "в", "о", "и"}:
            return None
        if not _ADJECTIVE.search(token.text):
            return None  # «14 томов дела»: the number counts another noun
    return None
