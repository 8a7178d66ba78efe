"""What a dated law does, told in the sentence after it, with the law as the subject.

A law told with its dates but without the offences («Завтра, 9 января, вступает в силу
закон, который президент подписал 29 декабря 2025 года.») and a next sentence that opens
on the law («Он», «Закон», «Документ», «Поправки») and a verb that says what it does to the
Code gives an enactment of each offence that sentence names, on each of the law's dates:

- «Он дополняет статью о дезертирстве четвертой частью: ...»
- «Закон ужесточает наказание за шпионаж.»
- «Документ вводит пожизненное лишение свободы за госизмену.»
- «Поправки касаются статьи о конфиденциальном сотрудничестве.»

Traps: a next sentence that opens on someone else («Он был осужден за госизмену ...»: a
person, no law's verb), a sentence two sentences after the law, a law sentence that names
its own offence (its enactments are its own), a bill («законопроект»: no enactment at
all).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kgbuild.extraction_ru import grammar_enactments as ge
from kgbuild.extraction_ru.clauses import unique
from kgbuild.extraction_ru.enactments import find_enactments
from kgbuild.extraction_ru.morphology import gate_open

if TYPE_CHECKING:
    from kgbuild.extraction_ru.extractor import Sentence

_LAW_SUBJECT = re.compile(
    r"\W*(?:(?:новый|этот|принятый|подписанный)\s+)?(?:он|она|они|закон|документ|поправки|"
    r"изменения)\s+(?:(?:также|в\s+частности|фактически|прежде\s+всего),?\s+)?"
    r"(?:дополня|дополнил|ужесточа|ужесточил|вводит|вв[её]л|устанавлива|установил|"
    r"предусматрива|изменя|изменил|касают|касает|повыша|повысил|поднима|поднял|расширя|"
    r"расширил)[а-яё]*\b",
    re.IGNORECASE,
)
"""How the next sentence opens when it says what the law just told of does: the law as the
subject and a verb of change («Он дополняет ...», «Закон ужесточает ...»)."""

_SENTINEL = ("?",)
"""The offences given to the law's enactments while the offences are still unknown."""


def law_content(s: Sentence) -> None:
    """Enactments of the offences a sentence that opens on the law names, on the dates of
    the law the sentence before told of without them; else remember this sentence's such
    law."""
    law, s.context.told = s.context.told, ()
    if law:
        if s.offences and _LAW_SUBJECT.match(s.quote):
            have = {(c.offence, c.date) for c in s.claims if c.kind == "enactment"}
            for offence in unique([o.slug for o in s.offences]):
                for rule, date in law:
                    if (offence, date) not in have:
                        s._claim("enactment", "ru." + rule, (offence,), date=date)
        return
    if s.offences or s.context.offences or not s.dates or "законопроект" in s.folded:
        return  # (a bill is no law yet)
    if any(c.kind == "enactment" for c in s.claims):
        return
    if not any(gate_open(ge.ENACTMENT_GATES[name], s.folded) for name in ge.ENACTMENT_GATES):
        return
    found = find_enactments(
        s.text,
        s.folded,
        s.clauses,
        s.dates,
        sentence=(s.start, s.end),
        named=False,
        before=_SENTINEL,
    )
    s.context.told = tuple((rule, date) for rule, _, date in found if len(date) == 10)
