"""An explainer's question and the answer right after it, read as one sentence.

Patterns (each sentence our own, the figures made up):

- a range asked for by a question naming the offence and a cue of the law, the answer
  without them: «Что грозит за шпионаж? От 10 до 20 лет лишения свободы.», «Какое
  наказание предусмотрено за диверсию? От 10 до 15 лет.»;
- the offence pointed back to in the question: «Статья о шпионаже ... Что по ней грозит
  сейчас? От 10 до 20 лет лишения свободы.»;
- the answer after one sentence of background on the offence asked about, with no claim:
  «Что грозит за добровольную сдачу в плен? Статья 352.1 появилась в УК осенью 2022 года.
  Военнослужащему, который сдался в плен, грозит от трех до десяти лет.»;
- an answer that names the offence asked about only in a later clause, a condition: «Что
  за это грозит? Сейчас — до пяти лет, а если «фейк» повлек тяжкие последствия — от 10 до
  15 лет.»;
- an answer after a time stamp on a line of its own between it and its question («Что
  грозит за шпионаж?», then «14:31.», then «От 10 до 20 лет лишения свободы.»);
- a count asked for with its verb, offence and period, the answer a bare figure after a
  source: «Сколько военных осудили за дезертирство в 2026 году? По подсчетам «Медиазоны» —
  1 240.».

The answer names no offence of its own and gave no claim alone; the claim's quote runs
from the question to the end of the answer. Not an answer with its own charge («За кражу
— до двух лет»), a question about something else («Сколько длится следствие ...? Около 12
месяцев.»), people detained («Сколько человек задержали ...? Около 300.»).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru.counts import extract_counts

if TYPE_CHECKING:
    from kgbuild.extraction_ru.extractor import Sentence


def after_question(s: Sentence) -> None:
    """Read ``s`` with the question just before it, if it answers one; then note whether
    ``s`` itself is a question (its start, for the next sentence)."""
    if not any(ch.isalpha() for ch in s.quote):
        return  # a time stamp of a live text («14:31.»): the question is still open
    asked = s.context.asked
    s.context.asked = s.start if s.quote.rstrip().endswith("?") else None
    if asked is not None and _offence_later(s) and _join_penalties(s, asked):
        return
    if asked is not None and _background(s, asked):
        # «Что грозит за сдачу в плен? Статья 352.1 появилась в УК осенью 2022 года.
        # Военнослужащему ... грозит от трех до десяти лет»: the answer comes next
        s.context.asked = asked
        return
    if asked is None or s.claims or s.offences or s.context.asked is not None:
        return
    if not any(ch.isdigit() for ch in s.quote) and "лет" not in s.folded:
        return
    if g.UNKNOWN_CHARGE.search(s.quote):
        return  # «За кражу — до двух лет»: a charge of its own the scheme lacks
    joined = type(s)(
        s.text, asked, s.end, s.document, s.lexicon, replace(s.context, answer=s.start), s.known
    )
    if not joined.cued or not (joined.offences or (s.context.offences and joined.anaphoric)):
        return
    extract_counts(joined)
    joined.extract_penalties()
    s.claims.extend(joined.claims)


_SENTENCE_END = re.compile(r"[.!…]\s")


def _offence_later(s: Sentence) -> bool:
    """Whether ``s`` is an answer of terms that names the offence asked about only in a
    later clause, a condition on it («Сейчас — до пяти лет лишения свободы, а если «фейк»
    повлек тяжкие последствия — от 10 до 15 лет»): no claim alone, no question."""
    return (
        not s.claims
        and bool(s.offences)
        and s.context.asked is None
        and "лет" in s.folded
        and bool(s.clauses)
        and not s.clauses[0].offences
        and {o.slug for o in s.offences} <= set(s.context.offences)
    )


def _join_penalties(s: Sentence, asked: int) -> bool:
    """The ranges of ``s`` read with the question at ``asked``; whether there were any."""
    joined = type(s)(
        s.text, asked, s.end, s.document, s.lexicon, replace(s.context, answer=s.start), s.known
    )
    joined.extract_penalties()
    s.claims.extend(joined.claims)
    return bool(joined.claims)


def _background(s: Sentence, asked: int) -> bool:
    """Whether ``s``, right after the question at ``asked``, is background on the offence
    asked about: no claim, no question, no offence but the question's."""
    return (
        not s.claims
        and bool(s.offences)
        and s.context.asked is None
        and {o.slug for o in s.offences} <= set(s.context.offences)
        and _SENTENCE_END.search(s.text, asked, s.start) is None
    )
