"""Ranges an explainer gives with no verb of the law (:mod:`.penalties` reads them).

- a dash and «это»: «конфиденциальное сотрудничество — это до восьми лет», «Публичные
  призывы ... — это от двух до четырех лет»;
- «вплоть до»: «— уже статья о госизмене, вплоть до пожизненного срока», «вплоть до 20 лет
  лишения свободы»;
- an offence or an article heading the range after a colon or a dash: «Статья 275 УК РФ:
  от 12 до 20 лет лишения свободы или пожизненное», «Шпионаж (ст. 276 УК) — от 10 до 20
  лет», «• госизмена: от 12 до 20 лет»; or after a comma, an article between, where the
  range names its penalty: «это госизмена, статья 275 УК, от 12 до 20 лет лишения свободы»;
  or the article told of before, at the head: «Лишение свободы по ней — до трех лет».

Traps: durations that are no sanction («Следствие по делам о госизмене — это до двух
лет», «Ожидание приговора — это до двух лет в СИЗО»), a year («вплоть до 2030 года»), the
terms of a digest with no offence before the colon («Сроки: от 12 до 20 лет»), a count
after an offence («госизмена — 37 приговоров»), a time ago («Госизмена: до 20 лет назад
...»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kgbuild.extraction_ru.cards import CARD_TITLE_BODY
from kgbuild.extraction_ru.morphology import gate_open

if TYPE_CHECKING:
    from kgbuild.extraction_ru.clauses import Clause

_EXPLAINED = re.compile(
    r"\bвплоть\s+до\s+(?:пожизненн|\d{1,2}\s+лет|[а-яё]+\s+лет)"
    r"|[—–]\s+(?:уже\s+)?это\s+(?:от\s+[\dа-яё]+\s+)?до\s+(?:\d{1,2}|[а-яё]+)\s+лет",
    re.IGNORECASE,
)
_EXPLAINED_GATE = ("вплоть", "это до", "это от")
_NOT_A_SANCTION = re.compile(
    r"\b(?:следстви|рассмотрени|ожидани|давност|арест|продл|процесс)[а-яё]*|под\s+страж",
    re.IGNORECASE,
)
"""Durations that are no sanction: an investigation, a trial, custody, a limitation
period («Следствие по делам о госизмене — это до двух лет»)."""

HEADED_GATE = (": от", "— от", "– от", ": до", "— до", "– до", ", от")
"""What a sentence needs for a headed range (a cue of :func:`.grammar.claim_cues`)."""
_HEADED = re.compile(
    r"[:—–]\s*(?:от\s+(?:\d{1,2}|[а-яё]+)\s+(?:лет\s+)?до|до)\s+(?:\d{1,2}|[а-яё]+)\s+"
    r"(?:лет|года?)\b(?!\s+назад)",
    re.IGNORECASE,
)
_REFERRED = re.compile(
    r"\W*(?:лишение\s+свободы|наказание|санкция)\s+по\s+(?:ней|нему|этой\s+статье|"
    r"данной\s+статье)\s*[:—–]\s*(?:от\s+(?:\d{1,2}|[а-яё]+)\s+(?:лет\s+)?)?до\s+"
    r"(?:\d{1,2}|[а-яё]+)\s+(?:лет|года?)\b(?!\s+назад)",
    re.IGNORECASE,
)
"""A sentence that opens with the penalty of the article told of before, after a dash
(«Лишение свободы по ней — до трех лет»)."""
_HEAD_GAP = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:УК(?:\s+РФ)?\s*)?")
"""Between the offence (or article) and the colon: an aside «(ст. 276 УК)» or «УК РФ»."""
_HEADED_COMMA = re.compile(
    r",\s*(?:(?:стать[яи]|ст\.)\s*\d{3}(?:\.\d)?(?:\s+УК(?:\s+РФ)?)?\s*,\s*)?"
    r"от\s+(?:\d{1,2}|[а-яё]+)\s+до\s+(?:\d{1,2}|[а-яё]+)\s+лет\s+(?:лишения\s+свободы|колонии)",
    re.IGNORECASE,
)
"""The offence heading a range after a comma, an article between («это госизмена, статья 275
УК, от 12 до 20 лет лишения свободы или пожизненное»): the range names its penalty."""
_AFTER_HEAD = re.compile(r"[—–]\s+(?:уже\s+)?это\s+\Z|[:—–]\s*\Z", re.IGNORECASE)


def explained(quote: str, folded: str) -> bool:
    """Whether the sentence gives a range «— это до N лет» or «вплоть до ...» (no duration
    of an investigation, a trial or custody)."""
    return (
        gate_open(_EXPLAINED_GATE, folded)
        and _EXPLAINED.search(quote) is not None
        and _NOT_A_SANCTION.search(quote) is None
    )


def headed_range(text: str, folded: str, clauses: Sequence[Clause]) -> bool:
    """Whether a range follows the offence or article that heads it, after a colon or a
    dash («Статья 275 УК РФ: от 12 до 20 лет»), or a part of the article whose card the
    lines above open («Статья 205.2 УК РФ — ...» and then «Часть 1: ... от 2 до 5 лет»)."""
    if not clauses:
        return False
    if "част" in folded and _card_part(text, clauses[0].start):
        return True
    if not gate_open(HEADED_GATE, folded):
        return False
    if _REFERRED.match(text, clauses[0].start, clauses[-1].end):
        return True
    m = _HEADED.search(text, clauses[0].start, clauses[-1].end)
    if m is None and ", от" in folded:
        m = _HEADED_COMMA.search(text, clauses[0].start, clauses[-1].end)
    if m is None:
        return False
    return any(
        o.end <= m.start() and _HEAD_GAP.fullmatch(text, o.end, m.start())
        for clause in clauses
        for o in clause.offences
    )


_CARD_PART = re.compile(r"(?:[Чч]асть|[Чч]\.)\s*\d(?:\s*\([^()\n]{0,80}\))?\s*:")
"""«Часть 1:», «Часть 2 (с использованием интернета):»: a line of an article's card that
gives one part's range."""
_CARD_ABOVE = re.compile(
    r"(?:^|(?<=[\n.!?])\s*)(?:[^\w\s«]{1,3}\s*)?" + CARD_TITLE_BODY + r"\.?\s+"
    r"(?:[А-ЯЁ][^:\n.!?]{1,60}:[^\n]{0,200}?[.;]?\s+){0,5}\Z"
)
"""The card's title before a part's line, with other card lines between."""


def _card_part(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens on a part (:data:`_CARD_PART`) and the
    sentences before it, each a card's line, go up to an article's card title."""
    if not _CARD_PART.match(text, start):
        return False
    return _CARD_ABOVE.search(text, max(0, start - 600), start) is not None


def after_head(text: str, start: int, at: int, *, headed: bool) -> bool:
    """Whether the range at ``at`` follows «— это» (or, in a headed sentence, the colon or
    dash after the offence; or, on a card, anywhere in the clause after a part's colon):
    the offence's range, not an age."""
    m = _AFTER_HEAD.search(text, max(0, start - 3), at)  # (a clause opens after a colon)
    if m is not None and (headed or "это" in m.group(0).lower()):
        return True
    # «Часть 1: штраф ... или лишение свободы на срок от 2 до 5 лет» on a card
    return ":" in text[max(0, start - 3) : start] and _card_part(text, _line_start(text, start))


def _line_start(text: str, at: int) -> int:
    """Where the sentence or line holding ``at`` begins (after «. » or a line break)."""
    stop = text.rfind(". ", 0, at)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
