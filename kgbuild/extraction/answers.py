"""A figure that answers the question before it, in explainers written as questions and
answers:

    "How many people were convicted of treason in 2025? According to the count kept by
    Perviy Otdel, at least 340, up from 228 a year earlier."  -> 340 treason convictions in
    2025 (the baseline after it is read by baselines.py)
    "How many treason cases were opened last year? 118."      -> 118 cases, last year
    "Q: How many people have been sentenced under it? A: By our count, 64 since July
    2022."                                                    -> 64, the article before,
                                                                 since July 2022

The question gives the kind (convicted, sentenced, found guilty: convictions; opened,
initiated, brought: cases), the offences and the period; the answer opens with the figure,
after "According to ..." at most, and says nothing else of its own ("None." is no figure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.extraction.periods import _find_times
from kgbuild.extraction.references import previous_offences
from kgbuild.extraction.tallies import TallyRules
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import fold

_QUESTION = compile_narrowed(
    r"^\s*(?:Q(?:uestion)?\s*[:.]\s*)?How\s+many\s+(?:[\w-]+\s+){0,3}?(?:(?:were|have\s+been|had\s+been|was)\s+"
    r"(?:[\w-]+\s+)?(?P<v>convicted|sentenced|jailed|found\s+guilty|opened|initiated|brought|"
    r"launched)\b|(?P<n>convictions|verdicts|sentences|cases)\s+(?:were|have|had|did)\b)"
    r"[^?]{0,160}\?\s*$",
    re.IGNORECASE,
)
_ANSWER = compile_narrowed(
    rf"^\s*(?:A(?:nswer)?\s*[:.]\s*)?(?:(?:According\s+to|By)\s+[^,.;]{{1,80}},\s*)?"
    rf"(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})"
    rf"(?=\s*(?:[,.;]|$)|\s+(?:up|down)\s+from\b|\s+(?:since|in|during|over|so\s+far)\b)",
    re.IGNORECASE,
)
_CASE_VERBS = frozenset({"opened", "initiated", "brought", "launched"})
_UNDER_IT = compile_narrowed(r"\b(?:under|of)\s+(?:it|this\s+article|that\s+article)\b")


def answers_question(recent: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether sentence ``index`` comes right after a "How many ...?" question (``recent``:
    the latest sentences with their indices): a bare figure there may answer it."""
    if len(recent) < 2 or recent[-2][0] != index - 1:
        return False
    question = recent[-2][1].lstrip()
    if question[:2].lower() == "q:":
        question = question[2:].lstrip()
    return question[:8].lower() == "how many" and question.rstrip().endswith("?")


class AnswerRules(TallyRules):
    """A count told as the answer to a question in the sentence just before."""

    def extract_answer(self) -> None:
        if self.counts or self.index == 0 or not self.state.recent:
            return
        before = [s for i, s in self.state.recent if i == self.index - 1]
        question = _QUESTION.match(before[0]) if before else None
        if question is None:
            return
        m = _ANSWER.match(self.s)
        if m is None or not self._free(m.start("num"), m.end("num")):
            return
        count = _int_number(m.group("num"))
        offences = tuple(dict.fromkeys(o.slug for o in self.lexicon.find_offences(before[0])))
        if not offences and _UNDER_IT.search(before[0]):
            # "Q: How many people have been sentenced under it?": the article told of before
            offences = previous_offences(self.state, self.lexicon)
        if count is None or not offences:
            return
        word = (question.group("v") or question.group("n")).lower()
        cases = word in _CASE_VERBS or word == "cases"
        draft = self._draft(
            "case_count" if cases else "conviction_count", "count.answer", m.start("num")
        )
        draft.offences = offences
        draft.articles = self.lexicon.articles_for(offences)
        draft.count = count
        draft.qualifier = _qualifier_word(m.group("q"))
        draft.unit = "cases" if cases else "people"
        own = [
            t
            for t in self.times
            if t.role == "period" and t.first and t.last and t.start >= m.end("num")
        ]
        asked = own or [
            t
            for t in _find_times(before[0], self.state.time, fold(before[0]))
            if t.role == "period" and t.first is not None and t.last is not None
        ]
        if asked:
            # the answer's own period ("64 since July 2022"), else the question's
            draft.period = (asked[0].first, asked[0].last)  # type: ignore[assignment]
        draft.reported_by = self.attribution
        self.used.append((m.start("num"), m.end("num")))
        self.counts.append(draft)
