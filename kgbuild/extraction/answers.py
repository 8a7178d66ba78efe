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

A question about the punishment is answered by a range the same way:

    "Q: What is the punishment? A: Three to eight years in prison, and a fine may be
    added."                                -> 3 to 8 years for the offence told before
    "What penalty does espionage carry? Ten to 20 years."     -> 10 to 20 years, espionage
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.numbers import (
    _QUAL,
    NUMBER_PATTERN,
    _int_number,
    _qualifier_word,
    parse_number,
)
from kgbuild.extraction.periods import _find_times
from kgbuild.extraction.references import previous_offences
from kgbuild.extraction.tallies import TallyRules
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import fold

_SPEAKER = r"(?:Q(?:uestion)?\s*[:.]|(?-i:[A-Z][A-Z'’.-]{1,20}(?:\s+[A-Z][A-Z'’.-]{1,20})?):)\s*"
"""A question's mark or an interviewer's name in capitals ("HOST:", "MEDUZA:")."""
_ANSWER_MARK = r"(?:A(?:nswer)?\s*[:.]|(?-i:[A-Z][A-Z'’.-]{1,20}(?:\s+[A-Z][A-Z'’.-]{1,20})?):)\s*"
"""An answer's mark or the speaker's name in capitals ("GUEST:", "PETROV:")."""
_QUESTION = compile_narrowed(
    rf"^\s*(?:{_SPEAKER})?How\s+many\s+(?:[\w-]+\s+){{0,3}}?(?:(?:were|have\s+been|had\s+been|"
    r"was)\s+(?:[\w-]+\s+)?(?P<v>convicted|sentenced|jailed|found\s+guilty|opened|initiated|"
    r"brought|launched)\b|(?P<n>convictions|verdicts|sentences|cases)\s+(?:were|have|had|did)\b|"
    # "How many people has the regional court convicted of treason this year?"
    r"(?:has|have|had|did)\s+(?:[\w-]+\s+){1,4}?(?P<v2>convicted|sentenced|jailed|opened|"
    r"initiated|brought|launched)\b)"
    r"[^?]{0,160}\?\s*$",
    re.IGNORECASE,
)
_ANSWER = compile_narrowed(
    rf"^\s*(?:{_ANSWER_MARK})?(?:(?:According\s+to|By)\s+[^,.;]{{1,80}},\s*)?"
    rf"(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})"
    rf"(?=\s*(?:[,.;]|$)|\s+(?:up|down)\s+from\b|\s+(?:since|in|during|over|so\s+far)\b)",
    re.IGNORECASE,
)
_PENALTY_QUESTION = compile_narrowed(
    r"^\s*(?:Q(?:uestion)?\s*[:.]\s*)?(?:What\s+(?:is|are|was)\s+the\s+(?:(?:maximum|minimum|"
    r"possible|statutory|usual)\s+)?(?:punishment|penalty|penalties|sentence|prison\s+term|term)|"
    r"What['’]s\s+the\s+(?:(?:maximum|minimum|possible|statutory)\s+)?(?:punishment|penalty|"
    r"sentence)|What\s+(?:punishment|penalty|sentence)\s+(?:does|do|can|could|will|would)\b|"
    # "How long can you go to prison for treason?"
    r"How\s+long\s+(?:can|could|would|does|do|will)\s+(?:you|one|someone|a\s+person|people|"
    r"they|a\s+\w+)\s+(?:go\s+to\s+prison|be\s+jailed|be\s+imprisoned|get|be\s+sentenced)\s+"
    r"(?:for|over)\b)[^?]{0,120}\?\s*$",
    re.IGNORECASE,
)
"""A question about the statutory punishment: "What is the punishment (for X)?", "What
penalty does X carry?", "How long can you go to prison for X?" (not "How long was he jailed
for?" or "How long did Petrov get?": a term handed down)."""
_RANGE_ANSWER = compile_narrowed(
    rf"^\s*(?:A(?:nswer)?\s*[:.]\s*)?(?:(?:From|Between)\s+)?(?:(?P<a>{NUMBER_PATTERN})\s+"
    rf"(?:to|and|-|–)\s+|(?P<upto>up\s+to)\s+)(?P<b>{NUMBER_PATTERN})\s+years\b(?:\s+(?:in\s+prison|"
    r"of\s+imprisonment|behind\s+bars|in\s+a\s+penal\s+colony))?"
    r"(?P<life>\s*,?\s+or\s+(?:for\s+)?life\b(?:\s+imprisonment)?)?"
    r"(?=\s*(?:[,.;]|$|\s+or\b|\s+and\b))",
    re.IGNORECASE,
)
"""An answer that opens with a range: "Three to eight years in prison, ...", "A: From 12
to 20 years, or for life", "Up to eight years"."""
_SPEAKER_AT = compile_narrowed(rf"^{_SPEAKER}")
_CLAUSE_AFTER = compile_narrowed(r"[;:]|,\s+(?:and|but|while|with)\b|\s+(?:and|but)\s+(?!in\b)")
_CASE_VERBS = frozenset({"opened", "initiated", "brought", "launched"})
_UNDER_IT = compile_narrowed(r"\b(?:under|of)\s+(?:it|this\s+article|that\s+article)\b")


_BARE_ANSWER_MARK = compile_narrowed(r"\s*A(?:nswer)?\s*[:.]\s*", re.IGNORECASE)
"""An answer's mark alone on its line's end ("... punishment? A:" wrapped before the
answer): no sentence of its own between a question and its answer."""


def question_before(recent: Sequence[tuple[int, str]], index: int) -> str | None:
    """The sentence just before sentence ``index`` (``recent``: the latest sentences with
    their indices), past a bare "A:" the line breaks left alone; None if not among them."""
    by_index = dict(recent)
    before = by_index.get(index - 1)
    if before is not None and _BARE_ANSWER_MARK.fullmatch(before):
        before = by_index.get(index - 2)
    return before


def answers_question(recent: Sequence[tuple[int, str]], index: int) -> bool:
    """Whether sentence ``index`` comes right after a "How many ...?" or "What is the
    punishment?" question: a bare figure or range there may answer it."""
    question = question_before(recent, index)
    if question is None:
        return False
    question = _SPEAKER_AT.sub("", question.lstrip())
    return (
        question[:8].lower() == "how many" or question[:5].lower() == "what "
    ) and question.rstrip().endswith("?")


class AnswerRules(TallyRules):
    """A count told as the answer to a question in the sentence just before."""

    def extract_answer(self) -> None:
        # (a count of no offence beside the figure, "and two more verdicts are expected",
        # says nothing of the answer's own)
        if any(d.offences for d in self.counts) or self.index == 0 or not self.state.recent:
            return
        prior = question_before(self.state.recent, self.index)
        before = [prior] if prior is not None else []
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
        word = (question.group("v") or question.group("v2") or question.group("n")).lower()
        cases = word in _CASE_VERBS or word == "cases"
        draft = self._draft(
            "case_count" if cases else "conviction_count", "count.answer", m.start("num")
        )
        draft.offences = offences
        draft.articles = self.lexicon.articles_for(offences)
        draft.count = count
        draft.qualifier = _qualifier_word(m.group("q"))
        draft.unit = "cases" if cases else "people"
        # the answer's own time right after its figure ("64 since July 2022"), before any
        # clause of its own (", and two more verdicts are expected in December")
        stop = _CLAUSE_AFTER.search(self.s, m.end("num"))
        own = [
            t
            for t in self.times
            if t.role == "period"
            and t.first
            and t.last
            and m.end("num") <= t.start < (stop.start() if stop else len(self.s))
        ]
        asked = own or [
            t
            for t in _find_times(before[0], self.state.time, fold(before[0]))
            if t.role == "period" and t.first is not None and t.last is not None
        ]
        if asked:
            # the answer's own period ("64 since July 2022"), else the question's
            first, last = asked[0].first, asked[0].last
            published = self.state.time.published
            if published is not None and first <= published < last:  # type: ignore[operator]
                last = published  # "... this year? Twenty-three so far": up to the report
            draft.period = (first, last)  # type: ignore[assignment]
        draft.reported_by = self.attribution
        self.used.append((m.start("num"), m.end("num")))
        self.counts.append(draft)

    def extract_penalty_answer(self) -> list[_Draft]:
        """A range that answers "What is the punishment?" in the sentence just before: the
        offences the question names, else those told before it."""
        if self.index == 0 or not self.state.recent:
            return []
        prior = question_before(self.state.recent, self.index)
        before = [prior] if prior is not None else []
        if not before or _PENALTY_QUESTION.match(before[0]) is None:
            return []
        m = _RANGE_ANSWER.match(self.s)
        if m is None:
            return []
        low = parse_number(m.group("a")) if m.group("a") else None
        high = parse_number(m.group("b"))
        if high is None or not 0 < (low if low is not None else 0.5) < high <= 30:
            return []
        if m.group("a") and low is None:
            return []
        offences = tuple(dict.fromkeys(o.slug for o in self.lexicon.find_offences(before[0])))
        offences = offences or previous_offences(self.state, self.lexicon)
        if not offences:
            return []
        draft = self._draft("penalty_range", "penalty.answer", m.start("a" if low else "b"))
        draft.offences = offences
        draft.articles = self.lexicon.articles_for(offences)
        draft.min_years = float(low) if low is not None else None
        draft.max_years = float(high)
        draft.life = m.group("life") is not None
        return [draft]
