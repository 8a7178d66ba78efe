"""A correction note's wrong figure: a sentence telling what an earlier version of the text
said («В первой версии этого текста говорилось, что в 2025 году ... осудили 48 человек»,
«Ранее мы ошибочно написали, что ...») gives no claim; the figure it is corrected to («Это
ошибка: на самом деле их было 84») is read as the text's own; a bare figure right after
(«Правильная цифра — 13») is the wrong claim told again with it. A sentence that gives the
right figure too («..., а на самом деле — 84») is left to the other rules."""

from __future__ import annotations

import re
from dataclasses import replace

from kgbuild.claims import Claim
from kgbuild.extraction_ru.numbers import read_number

_WRONG_VERSION = re.compile(
    r"\bв\s+(?:перв(?:ой|оначальной)|предыдущей|прежней|ранней)\s+(?:версии|редакции)\b"
    r"[^.!?]{0,80}?\b(?:говорилось|сообщалось|утверждалось|указывалось|было\s+(?:указано|"
    r"написано|сказано))\b"
    r"|\bошибочно\s+(?:было\s+)?(?:указан|написа|сообщ|утвержда|говорило)[а-яё]*",
    re.IGNORECASE,
)
_RIGHT_FIGURE = re.compile(
    r"\b(?:на\s+самом\s+деле|в\s+действительности|правильн|верн(?:ое|ая|ый|о)\b)",
    re.IGNORECASE,
)


def told_wrongly(quote: str) -> bool:
    """Whether the sentence ``quote`` tells what a text said wrongly before, and not the
    right figure."""
    return (
        ("верси" in quote or "редакци" in quote or "ошибочно" in quote)
        and _WRONG_VERSION.search(quote) is not None
        and _RIGHT_FIGURE.search(quote) is None
    )


_RIGHT_BARE = re.compile(
    r"^\W*(?:(?:это\s+ошибка|это\s+неверно)\W+)?(?:правильн[а-яё]+\s+(?:цифра|число|данные)|"
    r"верн[а-яё]+\s+(?:цифра|число))\s*(?:[—–:-]|составля[а-яё]+)\s*(?P<n>\d[\d\s]*\d|\d)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def corrected(wrong: list[Claim], quote: str, start: int) -> list[Claim]:
    """The counts of ``wrong`` (the sentence before's, told wrongly) with the figure of the
    correction ``quote`` at ``start`` («Правильная цифра — 13»), if it is one alone."""
    m = _RIGHT_BARE.match(quote)
    counts = [c for c in wrong if c.kind in ("conviction_count", "case_count")]
    if m is None or len(counts) != 1:
        return []
    value = read_number(m.group("n").replace(" ", "").replace("\u00a0", ""))
    if value is None or value != int(value) or value <= 0:
        return []
    return [
        replace(
            counts[0],
            count=int(value),
            rule=f"{counts[0].rule}.corrected",
            quote=quote,
            start=start,
            end=start + len(quote),
        )
    ]
