"""The limits a Russian range replaced, where a sentence tells them: the old ceiling
(«максимальный срок увеличен с 15 до 20 лет», «до 20 лет (раньше было 15)», «от 10 до 20
лет — прежде верхняя граница составляла 15 лет», «пожизненный срок (вместо 20 лет)») and a
raised minimum («поднимает минимальный срок за шпионаж с 10 до 12 лет»). Split from
penalties.py, which asks them of each range it reads."""

from __future__ import annotations

import re

from kgbuild.extraction_ru.numbers import read_number

_RAISED_FROM = re.compile(
    # («увеличили в два раза, с 5 до 10 лет»: a comma after a word between)
    r"\b(?:увелич|повыш|повыс|ужесточ|подня|поднят|вырос|возрос)[а-яё]*\s+(?:[а-яё]+,?\s+){0,7}?"
    r"с\s+(?P<a>\d{1,2}|[а-яё]+)\s+(?:лет\s+)?до\s+(?P<b>\d{1,2}|[а-яё]+)\s+лет",
    re.IGNORECASE,
)
"""«максимальный срок увеличен с 15 до 20 лет», «повысил максимальный срок ... с 15 до 20
лет»: before the new ceiling, the old one."""
_RAISED_TO_LIFE = re.compile(
    r"\b(?:увелич|повыш|повыс|ужесточ|подня|поднят|вырос|возрос)[а-яё]*\s+(?:[а-яё]+\s+){0,7}?"
    r"с\s+(?P<a>\d{1,2}|[а-яё]+)\s+(?:лет\s+)?до\s+пожизненн",
    re.IGNORECASE,
)
"""«максимальный срок вырос с 20 лет до пожизненного»: life, and the old ceiling."""
_FORMER_AFTER = re.compile(
    r"\s*(?:(?:срок|свободы|лишени[ея]\s+свободы|колонии|заключени[ея]|тюрьмы)\s*)?[,(]?\s*"
    r"(?:(?:раньше|ранее|прежде)\s+)?(?:было|был[оа]?\s+|составлял[ао]?\s+|вместо\s+)\s*"
    r"(?:(?:прежних|былых)\s+)?(?:до\s+)?(?P<a>\d{1,2}|[а-яё]+)(?:\s+(?:лет|года?))?\s*\)?",
    re.IGNORECASE,
)
"""«до 20 лет колонии (раньше было 15)», «до 20 лет вместо прежних 15»: the old ceiling
after the new one."""
_FORMER_CEILING = re.compile(
    r"(?:\s+(?:лишения\s+свободы|колонии|заключения))?\s*[—–,(;]?\s*(?:а\s+)?"
    r"(?:прежде|раньше|ранее|до\s+этого|до\s+поправок)\s+(?:верхн[а-яё]+\s+(?:граница|планка|"
    r"предел)|максимум|максимальн[а-яё]+\s+(?:срок|наказание))\s+(?:составлял[аио]?|был[аио]?)\s+"
    r"(?P<a>\d{1,2}|[а-яё]+)\s+(?:лет|года?)\b",
    re.IGNORECASE,
)
"""«от 10 до 20 лет лишения свободы — прежде верхняя граница составляла 15 лет»: the old
ceiling told after the new range."""
_FORMER_UPPER_AFTER = re.compile(
    r"(?:\s+(?:лишения\s+свободы|колонии|заключения))?\s*[—–,(;]?\s*"
    r"(?:прежде|раньше|ранее|до\s+этого|до\s+поправок)\b[^.;]{0,60}?\bверхн[а-яё]+"
    r"(?:\s+(?:граница|планка|предел))?\s+(?:составлял[аио]?|был[аио]?)\s+(?:те\s+же\s+)?"
    r"(?P<a>\d{1,2}|[а-яё]+)\s+(?:лет|года?)\b",
    re.IGNORECASE,
)
"""The old ceiling after a clause on the old floor: «прежде нижней границы не было, а верхняя
составляла те же восемь лет»."""
_INSTEAD = re.compile(
    r"\bвместо\s+(?:(?:прежних|былых)\s+)?(?P<a>\d{1,2}|[а-яё]+)\s+(?:лет|года?)\b"
    r"(?:\s+[а-яё]+){0,5}?\s+до\s+(?P<b>\d{1,2}|[а-яё]+)\b",
    re.IGNORECASE,
)
"""«вместо трех лет колонии теперь можно получить до пяти»: the old ceiling before the new
one, whose years are left out."""
_NOW = re.compile(r"\b(?:теперь|отныне|сейчас|ныне)\b", re.IGNORECASE)
"""«вместо 10–15 лет теперь грозит от 10 до 20»: after a former range, the range in force."""


def _former_maximum(
    text: str, start: int, group_start: int, group_end: int, found: dict[str, float | bool | None]
) -> float | None:
    """The ceiling a range of ``found`` (a maximum alone) replaced, where the sentence
    says it («увеличен с 15 до 20 лет», «до 20 лет (раньше было 15)»): a claim of its own,
    as the English extractor gives the old ceiling and the new one."""
    new = found.get("max")
    if found.get("life") and new is None and found.get("min") is None:
        # «пожизненный срок (вместо 20 лет)»: the ceiling that life replaced
        m = _FORMER_AFTER.match(text, group_end)
        old = read_number(m.group("a")) if m is not None else None
        return float(old) if old is not None and 0 < old <= 30 else None
    if isinstance(new, float) and (m := _FORMER_CEILING.match(text, group_end)) is not None:
        old = read_number(m.group("a"))  # «от 10 до 20 лет — прежде верхняя граница ... 15»
        return float(old) if old is not None and 0 < old < new else None
    if isinstance(new, float) and (m := _FORMER_UPPER_AFTER.match(text, group_end)) is not None:
        # «от трех до восьми лет; прежде нижней границы не было, а верхняя составляла те же
        # восемь лет»: the old range's ceiling, the same as the new one's
        old = read_number(m.group("a"))
        return float(old) if old is not None and 0 < old <= new else None
    if not isinstance(new, float) or found.get("min") is not None or found.get("life"):
        return None
    m = _RAISED_FROM.search(text, max(start, group_start - 80), group_end + 4)
    if m is None:
        # «увеличили вдвое, с 10 до 15 лет»: the verb in the clause before, the change
        # running on to this range
        m = _RAISED_FROM.search(text, max(0, group_start - 80), group_end + 4)
        if m is not None and not m.start() < group_start <= m.end():
            m = None
    if m is None or read_number(m.group("b")) != new:
        m = _INSTEAD.search(text, max(start, group_start - 80), group_end + 4)
    if m is None or read_number(m.group("b")) != new:
        m = _FORMER_AFTER.match(text, group_end)
    old = read_number(m.group("a")) if m is not None else None
    return float(old) if old is not None and 0 < old < new else None


def _raised_floor(
    text: str,
    start: int,
    end: int,
    group_start: int,
    group_end: int,
    found: dict[str, float | bool | None],
) -> tuple[float, float] | None:
    """(new, old) minimum where the clause says a minimum was raised from one term to the
        other («повышает с 8 до 10 лет колонии минимальное наказание», «поднимает минимальный
        срок за шпионаж с 10 до 12 лет», «Нижняя граница наказания ... поднята с пяти до семи
    лет»): no range up to the new one."""
    clause = text[start:end].lower()
    if (
        ("минимальн" not in clause and "нижн" not in clause)  # «нижняя граница (планка)»
        or "максимальн" in clause
        or "верхн" in clause
        or found.get("life")
    ):
        return None
    low, high = found.get("min"), found.get("max")
    new = high if low is None or low == high else None
    if not isinstance(new, float):
        return None
    # (the offence's label may stand between the verb and the figures)
    m = _RAISED_FROM.search(text, max(start, group_start - 160), min(end, group_end + 4))
    if m is None or read_number(m.group("b")) != new:
        return None
    old = read_number(m.group("a"))
    return (new, float(old)) if old is not None and 0 < old < new else None
