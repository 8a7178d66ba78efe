"""The case a story is about, carried from sentence to sentence for a term told later with
no person or charge («... вынес приговор жителю Пскова по делу о шпионаже. ... Наказание —
13 лет в колонии строгого режима»)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru.clauses import unique

if TYPE_CHECKING:
    from kgbuild.extraction_ru.extractor import Sentence


def note_case(s: Sentence) -> None:
    """Set the offences of the case told of for the next sentence: those ``s`` names or
    claims; kept through a request alone («Гособвинитель просил 16 лет») and through one
    detail of the story, right after a sentence telling of a verdict, that names no offence
    and has no figure («Мужчина, гражданин Эстонии, собирал сведения о передвижении военной
    техники.»). Called before the context takes this sentence's counts and verdict words."""
    if not any(ch.isalpha() for ch in s.quote):
        return  # a time stamp of a live text («14:31.»): no word, nothing of the case
    named = [o.slug for o in s.offences]
    for c in s.claims:
        named += [c.offence] if isinstance(c.offence, str) else list(c.offence or ())
    if named:
        s.context.previous = unique(named)
        return
    if g.REQUESTED.search(s.quote, s.folded):
        return  # (a request alone keeps the case's)
    # one detail right after a verdict's sentence (not after a charge: «Ивана П. обвиняли в
    # госизмене. Подсудимый вину не признал. Суд назначил 13 лет.» gives no term)
    detail = (
        not s.numbers
        and not s.dates
        and bool(s.context.previous)
        and s.context.convictions
        and not (s.context.counted or s.context.cases)
    )
    if not detail:
        s.context.previous = ()
