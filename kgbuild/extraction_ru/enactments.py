"""Enactments in a Russian sentence: which law was signed, adopted, approved, published
or came into force on which date, for which offences.

Each wording of :data:`.grammar_enactments.ENACTMENT_PATTERNS` takes the date nearest its verb
(«опубликован 14 июля 2022 года, а вступил в силу 25 июля»: two dates, two verbs) that
no other enactment of the sentence took, and the offences of its own clause or those
before it, else of the clauses after it up to one that turns to something else
(«Федеральный закон № 58-ФЗ, подписанный 28 апреля 2023 года, установил ... за
госизмену»); a sentence that names no offence takes those of the sentence before («Закон
вступил в силу ...»). An enactment without a date is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgbuild.extraction_ru import grammar_enactments as ge
from kgbuild.extraction_ru.clauses import CONTRAST, Clause, unique
from kgbuild.extraction_ru.dates import Date
from kgbuild.extraction_ru.morphology import gate_open


def find_enactments(
    text: str,
    folded: str,
    clauses: Sequence[Clause],
    dates: Sequence[Date],
    *,
    sentence: tuple[int, int],
    named: bool,
    before: tuple[str, ...],
) -> list[tuple[str, tuple[str, ...], str]]:
    """(rule, offences, date) of each enactment in ``text[sentence[0]:sentence[1]]``
    (``folded``: that sentence folded; ``named``: whether it names any offence;
    ``before``: the offences of the sentence before)."""
    found: list[tuple[str, tuple[str, ...], str]] = []
    if not dates:
        return found
    seen: set[str] = set()
    for name, pattern, _ in ge.ENACTMENT_PATTERNS:
        if not gate_open(ge.ENACTMENT_GATES[name], folded):
            continue
        for m in pattern.finditer(text, *sentence):
            verb = ge.ENACTMENT_VERB.search(text, m.start(), m.end())
            anchor = m.start() if verb is None else verb.start()
            free = [d for d in dates if d.value not in seen]
            if not free:
                continue
            date = min(free, key=lambda d: abs(d.start - anchor))
            index = next((i for i, c in enumerate(clauses) if c.start <= m.start() < c.end), 0)
            offences = _offences(text, clauses, index, named, before)
            if not offences:
                continue
            seen.add(date.value)
            found.append((name, offences, date.value))
    if found:
        found += _second_verb(text, dates, sentence, seen, found[0])
    return found


def _second_verb(
    text: str,
    dates: Sequence[Date],
    sentence: tuple[int, int],
    seen: set[str],
    first: tuple[str, tuple[str, ...], str],
) -> list[tuple[str, tuple[str, ...], str]]:
    """«Закон, принятый Госдумой 16 декабря и одобренный Советом Федерации 19 декабря 2025
    года, ...»: a day no enactment took, right after a verb of its own (an adoption, an
    approval, a signature), is the same law's other date."""
    more: list[tuple[str, tuple[str, ...], str]] = []
    for d in dates:
        if d.value in seen or len(d.value) != 10:
            continue
        verb = None
        for v in ge.ENACTMENT_VERB.finditer(text, max(sentence[0], d.start - 40), d.start):
            verb = v
        if verb is None or not _VERB_THEN_DAY.fullmatch(text, verb.end(), d.start):
            continue
        seen.add(d.value)
        more.append((first[0], first[1], d.value))
    return more


_VERB_THEN_DAY = re.compile(r"(?:\s+[А-ЯЁа-яё]+){0,3}\s+", re.IGNORECASE)
"""Between the verb and its day: up to three words («одобренный Советом Федерации»)."""


def _offences(
    text: str, clauses: Sequence[Clause], index: int, named: bool, before: tuple[str, ...]
) -> tuple[str, ...]:
    for clause in reversed(clauses[: index + 1]):
        if clause.offences:
            return unique([o.slug for o in clause.offences])
    if not named:
        return before
    for nxt in clauses[index + 1 :]:
        body = text[nxt.start : nxt.end].strip()
        if nxt.offences and _LAW_CONTENT.match(body):
            return unique([o.slug for o in nxt.offences])  # (a dash after it turns no topic)
        if CONTRAST.match(body):
            break
        if nxt.offences:
            return unique([o.slug for o in nxt.offences])
    return ()


_LAW_CONTENT = re.compile(
    r"(?:по|согласно|в\s+соответствии\s+с)\s+котор[а-яё]+\b"
    r"|котор[а-яё]+\s+(?:ввел|ввёл|ужесточ|установил|предусматрива|дополнил|изменил|поднял)",
    re.IGNORECASE,
)
"""«закон, по которому за теракт теперь можно получить ...», «закон, который ужесточил ...»:
a relative clause that says what the law does; its offences are the law's."""


def find_unnamed_enactment(
    text: str, folded: str, dates: Sequence[Date], sentence: tuple[int, int]
) -> tuple[str, str] | None:
    """(rule, date) of a dated enactment in a sentence that names no offence, for the
    ranges of the sentence after it («Закон от 28 апреля 2023 года ужесточил несколько
    статей. За госизмену теперь ...»)."""
    day = [d for d in dates if len(d.value) == 10]
    if not day:
        return None
    for name, pattern, _ in ge.ENACTMENT_PATTERNS:
        if gate_open(ge.ENACTMENT_GATES[name], folded) and pattern.search(text, *sentence):
            return name, day[0].value
    return None
