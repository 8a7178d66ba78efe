"""A correction note's wrong figure: a sentence telling what an earlier version of the text
said («В первой версии этого текста говорилось, что в 2025 году ... осудили 48 человек»,
«Ранее мы ошибочно написали, что ...») gives no claim; the figure it is corrected to («Это
ошибка: на самом деле их было 84») is read as the text's own; a bare figure right after
(«Правильная цифра — 13») is the wrong claim told again with it. A sentence that gives the
right figure too («В прошлой версии было указано, что ... осудили 48 человек, а на самом
деле их 84») counts the right figure in place of the wrong one (:func:`corrected_within`)."""

from __future__ import annotations

import re
from dataclasses import replace

from kgbuild.claims import Claim
from kgbuild.extraction_ru.numbers import read_number

_WRONG_VERSION = re.compile(
    r"\bв\s+(?:перв(?:ой|оначальной)|предыдущей|прошлой|прежней|ранней)\s+(?:версии|редакции)\b"
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


_RIGHT_AFTER = re.compile(
    r"\b(?:на\s+самом\s+деле|в\s+действительности)\s*(?:[—–:-]\s*)?(?:их\s+)?(?:было\s+)?"
    r"(?P<n>\d[\d\s\u00a0]*\d|\d)(?!\s*%)",
    re.IGNORECASE,
)


def corrected_within(found: list[Claim], quote: str) -> list[Claim]:
    """The claims of a sentence that tells a wrong figure and the right one («В прошлой
    версии заметки было указано, что ... осудили 48 человек, а на самом деле их 84»): the
    one count it gives takes the right figure; a count of the right figure read beside it
    stays alone. Other sentences' claims as they are."""
    if "верси" not in quote and "редакци" not in quote and "ошибочно" not in quote:
        return found
    m = _RIGHT_AFTER.search(quote)
    if m is None or _WRONG_VERSION.search(quote, 0, m.start()) is None:
        return found
    value = read_number(m.group("n").replace(" ", "").replace("\u00a0", ""))
    counts = [c for c in found if c.kind in ("conviction_count", "case_count")]
    if value is None or value != int(value) or value <= 0 or not counts:
        return found
    right = [c for c in counts if c.count == int(value)]
    wrong = [c for c in counts if c.count != int(value)]
    if right:
        return [c for c in found if not any(c is w for w in wrong)]
    if len(wrong) != 1:
        return found
    fixed = replace(wrong[0], count=int(value), rule=f"{wrong[0].rule}.corrected")
    return [fixed if c is wrong[0] else c for c in found]
