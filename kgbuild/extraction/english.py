"""English documents: sentences in, claims out, through the rule families in order."""

from __future__ import annotations

import datetime as dt
import re

from kgbuild.claims import Claim
from kgbuild.extraction.answers import answers_question
from kgbuild.extraction.bracket_figures import BracketFigureRules
from kgbuild.extraction.corrections import corrected_count
from kgbuild.extraction.draft_filters import (
    _banded_trial,
    _outcome_part,
    _recurring,
    _without_restated,
    _without_trial_counts,
    _without_vague_restatements,
)
from kgbuild.extraction.drafts import _Draft, _is_headline, _remember_offences, _State, _unique
from kgbuild.extraction.enactments import EnactmentRules
from kgbuild.extraction.figures_again import FiguresAgainRules
from kgbuild.extraction.gates import _gate_open, focus
from kgbuild.extraction.grammar_en import _RULE_WORDS, _may_claim
from kgbuild.extraction.grammar_en_enactments import (
    _ENACT,
    _ENACT_PIECES,
    _NOW_IN_FORCE_GATE,
)
from kgbuild.extraction.grammar_periods import _MONTH_GATE, _WEEKDAY_GATE
from kgbuild.extraction.how_many import HOW_MANY, HowManyRules
from kgbuild.extraction.item_lists import (
    ItemListRules,
    is_item_line,
    is_time_item_line,
    label_head,
    list_head,
)
from kgbuild.extraction.linebreaks import figure_item_read, heading_lines, within
from kgbuild.extraction.paired_periods import PairedPeriodRules
from kgbuild.extraction.parts import SharePartRules
from kgbuild.extraction.periods import _find_times, _Time, _TimeContext
from kgbuild.extraction.rankings import RankingRules
from kgbuild.extraction.references import GROUP_GATE, GROUP_OF_ITS_OWN
from kgbuild.extraction.related_links import is_related_link
from kgbuild.extraction.retracted import retracts_report
from kgbuild.extraction.tables import table_counts, table_spans
from kgbuild.extraction.text import _Clean, _clean, _sentence_spans
from kgbuild.extraction.topics import count_the_topic, study_topic
from kgbuild.extraction.verdict_after import VerdictAfterRules, awaits_charge
from kgbuild.extraction.whole_parts import WholePartRules
from kgbuild.lexicon import Lexicon, fold

_COUNT_KINDS = frozenset({"conviction_count", "case_count"})
_RELEASED = re.compile(
    r"\b(?:published|released|posted|issued|unveiled|made\s+public|presented)\b", re.IGNORECASE
)
"""A verb of a report coming out: a day after it is when, not what its figures count."""


class SentenceExtractor(
    ItemListRules,
    BracketFigureRules,
    PairedPeriodRules,
    FiguresAgainRules,
    SharePartRules,
    WholePartRules,
    EnactmentRules,
    VerdictAfterRules,
    RankingRules,
    HowManyRules,
):
    """Every rule, applied to one sentence in a fixed order."""

    def run(self) -> list[_Draft]:
        self.extract_part_of_whole()
        self.extract_respectively()
        self.extract_number_list()
        self.extract_breakdown()
        self.extract_from_to()
        self.extract_bracket_pairs()
        self.extract_ranking()
        self.extract_counts()
        self.extract_bracket_figures()
        self.extract_bracket_earlier()
        self.extract_paired_periods()
        self.extract_own_total_part()
        self.extract_own_total_rows()
        self.extract_tallies()
        self.extract_share_parts()
        self.extract_figures_again()
        self.extract_figure_reached()
        self.extract_whom_parts()
        self.extract_bare_counts()
        self.extract_all_of_them()
        self.extract_answer()
        self.extract_baseline_counts()
        self.attach_changes()
        terms = self.extract_sentences()
        self.charge_from_verdict_after(terms)
        # "Q: How long can you go to prison for treason? A: From 12 to 20 years, ..."
        penalties = self.extract_penalties() or self.extract_penalty_answer()
        extra = penalties + self.extract_enactments() + terms
        if not self.counts and ":" in self.s:
            # "... articles: treason – 145, ...", "Treason convictions in 2023: 198."
            extra += self.extract_inline_items() or self.extract_head_figures()
        if not self.offences_read:
            self.state.unscanned.append(self.s)  # read if a later sentence refers back
        elif self.offences:
            # with the offences its counts resolved ("... and 12 of discrediting it")
            named = [m.slug for m in self.offences]
            named += [s for d in self.counts for s in d.offences]
            ordinal = self.state.ordinal_chosen
            if ordinal is not None and ordinal[0] == self.index:
                named = list(ordinal[1])  # "The third sets ... (for leading X)"
            _remember_offences(self.state, _unique(named))
            self.state.unscanned.clear()
        return self.counts + extra


def extract_english(
    text: str,
    *,
    document: str,
    lexicon: Lexicon,
    published: dt.date | None = None,
    report_year: int | None = None,
) -> list[Claim]:
    """Extract typed claims from one document.

    ``published`` resolves relative dates ("last year", "on Wednesday", "in March");
    ``report_year`` is the year an annual report covers ("the year", undated figures).
    Claims are ordered by start offset, then kind, then the position of their figure.
    """
    clean = _clean(text)
    state = _State(
        published=published,
        report_year=report_year,
        time=_TimeContext(published, report_year, report_year),
    )
    headings = heading_lines(clean.text)
    tables = table_spans(clean.text) if "|" in clean.text else []
    for index, (start, end) in enumerate(_sentence_spans(clean.text)):
        table = next((t for t in tables if t[0] <= start < t[1]), None)
        if table is not None:
            # "| Treason | 198 | 349 |" under "Convictions by year" (tables.py), read once
            if table not in state.tables_read:
                state.tables_read.append(table)
                state.drafts.extend(table_counts(clean.text, table, lexicon, state.time, index))
            continue
        sentence = figure_item_read(clean.text[start:end])
        if _is_headline(sentence) or is_related_link(sentence):
            continue  # a headline; "Read also: ..." (another story's)
        # a heading (linebreaks.heading_lines) sets the context, but its figures are the
        # body's, with the period the body gives: it gives no claims
        drafts = [] if headings and within(headings, start, end) else state.drafts
        folded = fold(sentence)
        focus(folded)  # its gates answered from one scan (gates.py)
        if "stud" in folded or " exam" in folded or "analy" in folded or "explor" in folded:
            # "This paper studies prosecutions for X ...": what its later counts count
            state.topic = study_topic(sentence, lexicon) or state.topic
        state.recent.append((index, sentence))
        if retracts_report(folded):
            # a wrong, earlier report's figures are withdrawn; a corrected one told with
            # them counts what the withdrawn one counted (corrections.py)
            extractor = SentenceExtractor(sentence, start, index, state, lexicon, folded)
            withdrawn = [d for d in extractor.run() if d.kind in _COUNT_KINDS]
            state.withdrawn = (index, withdrawn)
            fixed = corrected_count(sentence, start, index, withdrawn)
            drafts.extend([fixed] if fixed is not None else [])
            state.unscanned.append(sentence)
            continue
        if state.withdrawn is not None and index - state.withdrawn[0] == 1:
            fixed = corrected_count(sentence, start, index, state.withdrawn[1])
            if fixed is not None:
                drafts.append(fixed)  # "... said 412. The correct figure is 349."
                continue
        run = state.label_run
        if run is not None and index - run[0] == 1:
            # "Confidential cooperation (Article 275.1): 88." after "Treason (Article 275):
            # 371 people convicted." (the count, unit and period of the one before)
            extractor = SentenceExtractor(sentence, start, index, state, lexicon, folded)
            items = extractor.extract_label_items(*run[1:])
            if items:
                drafts.extend(items)
                state.label_run = (index, *run[1:])
                continue
        head = state.list_head
        if head is not None and index - head[0] == 1 and is_item_line(sentence):
            # "- treason (Art. 275): 145" under "Convictions in 2024, by article:"
            extractor = SentenceExtractor(sentence, start, index, state, lexicon, folded)
            drafts.extend(extractor.extract_item_line(head[1], head[2], head[3]))
            state.list_head = (index, *head[1:])
            continue
        times_of = state.time_list
        if times_of is not None and index - times_of[0] == 1 and is_time_item_line(sentence):
            # "2023 – 39" under "Treason convictions by year:"
            extractor = SentenceExtractor(sentence, start, index, state, lexicon, folded)
            items = extractor.extract_time_item(*times_of[1:])
            if items:
                drafts.extend(items)
                state.time_list = (index, *times_of[1:])
                continue
        if (
            index > 0
            and ("how many" in folded or "the number of" in folded)
            and HOW_MANY.match(sentence)
        ):
            # "By the numbers: 1,950. That's how many servicemen ... convicted of ..."
            extractor = SentenceExtractor(sentence, start, index, state, lexicon, folded)
            extractor.extract_how_many()
            if extractor.counts:
                drafts.extend(extractor.counts)
                _remember_offences(state, extractor.counts[0].offences)
                _remember_period(state, index, extractor.times, sentence)
                continue
        # "X is now a crime" after a dated law that named no offence (penalties.py)
        enacted_now = (
            state.recent_law is not None
            and index - state.recent_law.sentence_index <= 2
            and _gate_open(_NOW_IN_FORCE_GATE, folded)
        )
        if not _may_claim(folded) and not enacted_now:
            # No rule can fire: keep the sentence for references back, and let its month
            # or weekday set the month in context ("that month").
            state.unscanned.append(sentence)
            moved = _moves_month(sentence, folded)
            times = _find_times(sentence, state.time, folded) if moved else []
            _note_list_head(state, index, sentence, times)
            if awaits_charge(state.drafts, index):
                # "... was sentenced to 17 years. The court found him guilty of treason."
                verdict = SentenceExtractor(sentence, start, index, state, lexicon, folded)
                verdict.charge_from_verdict_after([])
            continue
        if (
            not _gate_open(_RULE_WORDS, folded)
            and not (_gate_open(_ENACT_PIECES, folded) and _ENACT.search(sentence))
            and not answers_question(state.recent, index)
        ):
            if enacted_now:
                extractor = SentenceExtractor(sentence, start, index, state, lexicon, folded)
                drafts.extend(extractor.extract_enactments())
                _remember_period(state, index, extractor.times, sentence)
                continue
            # A number, but no rule's words: only its years and months move the context.
            state.unscanned.append(sentence)
            times = _find_times(sentence, state.time, folded)
            _remember_period(state, index, times, sentence)
            _note_list_head(state, index, sentence, times)
            continue
        extractor = SentenceExtractor(sentence, start, index, state, lexicon, folded)
        drafts.extend(extractor.run())
        if (
            _gate_open(GROUP_GATE, folded)
            and GROUP_OF_ITS_OWN.search(sentence)
            and not extractor.offences
        ):
            # "... an analysis of verdicts in anti-war cases from March 2022 to June 2023.
            # In 2022 there were 73 verdicts": those cases, not the offences told earlier
            _remember_offences(state, ())
        count_the_topic(extractor.counts, state.topic, lexicon, sentence)
        label = label_head(sentence, extractor.counts, start)
        if label is not None:
            state.label_run = (index, *label)
        _remember_period(state, index, extractor.times, sentence)
        _note_list_head(state, index, sentence, extractor.times)
    drafts = _without_trial_counts(_without_restated(_with_offence(state.drafts), clean.text))
    drafts = _without_vague_restatements(drafts)
    drafts = [
        d
        for d in drafts
        if not _outcome_part(d, clean.text)
        and not _recurring(d, clean.text)
        and not _banded_trial(d, clean.text)
    ]
    return _freeze(drafts, text, clean, document)


def _note_list_head(state: _State, index: int, sentence: str, times: list[_Time]) -> None:
    """Remember a list head ("Convictions in 2024, by article:"): its items' kind, unit and
    period (its first period, else the report's year)."""
    if not sentence.endswith(":", 0, len(sentence.rstrip())):
        return
    head = list_head(sentence)
    if head is None:
        return
    t = next((t for t in times if t.role == "period" and t.first and t.last), None)
    period = (t.first, t.last) if t is not None and t.first and t.last else None
    if period is None and state.report_year is not None:
        y = state.report_year
        period = (dt.date(y, 1, 1), dt.date(y, 12, 31))
    state.list_head = (index, head[0], head[1], period)
    state.time_list = (index, head[0], head[1], sentence)


def _remember_period(state: _State, index: int, times: list[_Time], sentence: str) -> None:
    """The last period a sentence names, for a partitive reference in the next one; not
    the day figures for a longer time came out ("published its figures for 2025 on
    Monday")."""
    released = None
    if len(times) > 1 and times[-1].precision == "day":
        released = _RELEASED.search(sentence, 0, times[-1].start)
    for t in reversed(times):
        if (
            released is not None
            and t is times[-1]
            and any(u.role == "period" and u.precision != "day" for u in times[:-1])
        ):
            continue
        if t.role == "period" and t.first is not None and t.last is not None:
            state.previous_period = (index, t.first, t.last)
            return


def _with_offence(drafts: list[_Draft]) -> list[_Draft]:
    """The drafts without counts that no offence could be found for ("convicted 4,000
    servicemen of going absent without leave"): the graph cannot say what they count. A
    breakdown row of a dropped total is dropped with it."""
    dropped: set[int] = set()
    kept: list[_Draft] = []
    for d in drafts:
        orphan = d.part_of is not None and id(d.part_of) in dropped
        if orphan or (d.kind in _COUNT_KINDS and not d.offences):
            dropped.add(id(d))
            continue
        kept.append(d)
    return kept


def _moves_month(sentence: str, folded: str) -> bool:
    """Whether a time expression without digits can set the month in context."""
    return (
        _gate_open(_MONTH_GATE, sentence)
        or _gate_open(_WEEKDAY_GATE, sentence)
        or _gate_open(("month", "yesterday", "today"), folded)
    )


def _freeze(drafts: list[_Draft], text: str, clean: _Clean, document: str) -> list[Claim]:
    claims: dict[int, Claim] = {}
    positions = {id(d): i for i, d in enumerate(drafts)}

    def build(i: int) -> Claim:
        if i in claims:
            return claims[i]
        d = drafts[i]
        start = clean.origin(d.start)
        end = clean.origin(d.end - 1) + 1
        part_of = None if d.part_of is None else build(positions[id(d.part_of)]).id
        offence: str | tuple[str, ...] | None
        if not d.offences:
            offence = None
        elif len(d.offences) == 1:
            offence = d.offences[0]
        else:
            offence = d.offences
        claim = Claim(
            kind=d.kind,
            document=document,
            quote=text[start:end],
            start=start,
            end=end,
            rule=d.rule,
            offence=offence,
            articles=d.articles,
            period_start=None if d.period is None else d.period[0].isoformat(),
            period_end=None if d.period is None else d.period[1].isoformat(),
            count=d.count,
            qualifier=d.qualifier,
            unit=d.unit,
            scope=d.scope,
            min_years=d.min_years,
            max_years=d.max_years,
            life=d.life,
            date=d.date,
            person=d.person,
            sentence_years=d.sentence_years,
            change=d.change,
            reported_by=d.reported_by,
            part_of=part_of,
            court=d.court,
        )
        claims[i] = claim
        return claim

    order = sorted(
        range(len(drafts)),
        key=lambda i: (drafts[i].start, drafts[i].kind, drafts[i].anchor, drafts[i].person or ""),
    )
    return [build(i) for i in order]
