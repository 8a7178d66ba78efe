"""Articles a dated law added, named in the sentence after it.

A law told with its date but without the offences («14 июля 2022 года президент подписал
закон, который дополнил Уголовный кодекс двумя новыми статьями.») and a next sentence that
opens by pointing at those articles and names them gives an enactment of each offence
named, on the law's date:

- «Одна из них касается конфиденциального сотрудничества ..., другая — публичных призывов
  к деятельности против безопасности государства.»
- «Они касаются содействия диверсионной деятельности и организации диверсионного
  сообщества.»
- «Речь идет о содействии диверсионной деятельности и ...»
- «Это статьи о ...», «Новые статьи — о ...», «Обе касаются ...», «Первая — о ..., вторая —
  о ...»

The law's sentence must say that it adds or changes articles, parts or offences
(«дополнил ... статьями», «ввел ... составы», «появились две статьи», «изменил
несколько статей»). Traps: a pointing sentence two sentences after the law, a law
sentence that adds nothing («Президент подписал закон 14 июля 2022 года. Они ...»), a
pointing sentence after a law that names its own offence, a sentence that points back
without opening on the pointer («По ним за госизмену осуждены ...»).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kgbuild.extraction_ru.clauses import unique
from kgbuild.extraction_ru.enactments import find_unnamed_enactment
from kgbuild.extraction_ru.morphology import gate_open

if TYPE_CHECKING:
    from kgbuild.extraction_ru.extractor import Sentence

_GATE = ("стат", "состав", "норм")
_ADDS = re.compile(
    r"\b(?:дополн|ввел|ввёл|введ|ввод|появ|добав|включ|измен|поправ)[а-яё]*\b"
    r"[^.!?]{0,80}?\b(?:стать|состав|норм)[а-яё]*\b"
    r"|\b(?:стать|состав|норм)[а-яё]*\b[^.!?]{0,40}?\b(?:появ|добав|введ|включ)[а-яё]*\b",
    re.IGNORECASE,
)
"""«дополнил Уголовный кодекс двумя новыми статьями», «ввел в УК три состава», «в УК
появились две статьи», «статьи, введенные этим законом»."""
_POINTER = re.compile(
    r"\W*(?:(?:так|в\s+частности),?\s+)?(?:речь\s+(?:ид[её]т\s+)?об?\b|"
    r"(?:(?:одн[аоуй]|перв[а-яё]*|втор[а-яё]*)\s+из\s+них|они|обе|оба|все\s+(?:три|четыре|они)"
    r"|(?:эти|новые|это)\s+(?:стать[иья]|нормы|составы)|перв[а-яё]+)"
    r"\s*(?:[—–:]|(?:касают|касает|касал|посвящ|предусматрива|устанавлива|о\b|об\b|за\b)))",
    re.IGNORECASE,
)
"""How the next sentence opens when it names the articles just added: a pointer, then a
word that says what they are about («Одна из них касается ...», «Это статьи о ...»,
«Первая — о ...»; not «Они позволили ...»)."""


def added_articles(s: Sentence) -> None:
    """Enactments of the offences a pointing sentence names, on the date of the law the
    sentence before told of without them; else remember this sentence's such law."""
    law, s.context.added = s.context.added, None
    if law is not None:
        if s.offences and _POINTER.match(s.quote):
            rule, date = law
            for offence in unique([o.slug for o in s.offences]):
                s._claim("enactment", "ru." + rule, (offence,), date=date)
        return
    if s.offences or not s.dates or not gate_open(_GATE, s.folded):
        return
    if _ADDS.search(s.quote):
        s.context.added = find_unnamed_enactment(s.text, s.folded, s.dates, (s.start, s.end))
