"""Parts of a count named in the same sentence by an offence of their own: "The figure for
2023 was 278, of whom 189 were convicted of treason" (the breakdowns by nationality or
place are in counts.py)."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _unique
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en import _is_year_like
from kgbuild.extraction.grammar_en_cases import (
    _CASES_ENDED_GATE,
    _CASES_ENDED_OF,
    _CASES_ENDED_PART,
    _TRIALS_ENDED,
)
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _int_number, _qualifier_word
from kgbuild.extraction.references import ReferenceRules
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import OffenceMatch

_WHOM_PART = compile_narrowed(
    rf",\s*(?:of\s+whom|of\s+them|among\s+them|of\s+which)\s+(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})\s+(?:(?:were|had\s+been|have\s+been)\s+(?:convicted|found\s+"
    r"guilty|sentenced)\s+(?:of|for)|(?:were|was)\s+(?:for|under|over|on))\s",
    re.IGNORECASE,
)
"""After a count: ", of whom 189 were convicted of treason", "..., of which 150 were for
treason"."""


_OWN_TOTAL_PART = compile_narrowed(
    r"^\W*(?:of|out\s+of|among)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?"
    rf"(?:{_QUAL}\s+)?(?P<tnum>{NUMBER_PATTERN})\b[^;:]{{1,140}}?,\s*"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:for|under|on|over|related\s+to)\s",
    re.IGNORECASE,
)
"""A part of the total the sentence opens on: "Of the 300 convictions in 2024, 25 were for
disclosure" (the total's offences are those before the comma)."""


_WHICH_FOR_WORD = compile_narrowed(
    rf",\s*(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+of\s+(?:which|whom|them|these)\s+"
    r"(?:were|was)\s+(?:for|over)\s+(?P<word>[A-Za-z]{5,})\s*(?:[.;]|$)",
    re.IGNORECASE,
)
"""A part of the count before named by one word of one of its offences: "accounted for 38
convictions for disclosing and obtaining state secrets, 25 of which were for disclosure"."""


_OF_THEM_IN = compile_narrowed(
    rf",\s*(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+of\s+(?:them|these|those)\s+"
    r"(?:(?:were|was|came|had\s+been)\s+(?:(?:handed\s+down|passed|delivered|convicted)\s+)?)?"
    r"(?:(?:in|during|over|between)\s|(?=(?:this|last)\s+year\b))",
    re.IGNORECASE,
)
"""After a count, a part of it in a period of its own: "212 treason verdicts this year, 154
of them in the first half of 2024" (the count's offences, kind and unit)."""
_PART_CAME_IN = compile_narrowed(
    r"(?:,\s*(?:and\s+)?|;\s*|^\W*of\s+(?:them|these|those),\s*)"
    rf"(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+"
    r"(?:came|(?:were|had\s+been)\s+(?:handed\s+down|passed|delivered|issued))\s+"
    r"(?:(?:in|during|over)\s|(?=(?:this|last)\s+year\b))",
    re.IGNORECASE,
)
"""A part of the count before (in this sentence or the one before) in a period of its own,
with a verb of its own: "..., and 312 came in the first nine months of 2025 alone", "Of
those, 312 were passed in 2025"."""


_OF_THE_CASES = r"of\s+(?:them|these|those|the(?:se)?\s+cases)"
_TO_COURT = (
    r"(?:sent|referred|passed|submitted|forwarded|transferred)\s+(?:on\s+)?to\s+(?:the\s+)?courts?"
)
_CASES_SENT_ON = compile_narrowed(
    rf"\b(?:sent|referred|passed|submitted|forwarded|transferred)\s+(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<num>{NUMBER_PATTERN})\s+{_OF_THE_CASES}\s+(?:on\s+)?to\s+(?:the\s+)?courts?\b",
    re.IGNORECASE,
)
_CASES_WENT_ON = compile_narrowed(
    rf"(?<![\w.,])(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})\s+{_OF_THE_CASES}\s+"
    rf"(?:(?:were|have\s+been|had\s+been)\s+(?:already\s+)?{_TO_COURT}|"
    r"(?:went|have\s+gone|had\s+gone|came|have\s+come)\s+to\s+(?:trial|court)|"
    r"(?:have\s+|had\s+)?reached\s+(?:the\s+)?courts?)\b",
    re.IGNORECASE,
)
"""Of the cases just counted, those that went on to court: "opened 408 cases ..., and
prosecutors sent 176 of them to court", "61 of them went to trial" (the same offence and
period; a count of cases too)."""


class PartRules(ReferenceRules):
    """A part of a count of this sentence, for one of its offences."""

    def extract_own_total_part(self) -> None:
        """ "Of the 300 state-secrets convictions in 2024, 25 were for disclosing them": the
        part by its own offence, and the total by the offences named before the comma."""
        if not self.counts or not re.match(r"\W*(?:of|out|among)\s", self.folded):
            return
        m = _OWN_TOTAL_PART.match(self.s)
        if m is None or not self._free(m.start("num"), m.end("num")):
            return
        anchor = self.offset + m.start("tnum")
        total = next((d for d in self.counts if d.anchor == anchor and d.part_of is None), None)
        count = _int_number(m.group("num"))
        if total is None or count is None or total.count is None or count >= total.count:
            return
        own = _unique([o.slug for o in self._offences_between(m.end(), self._clause(m.end())[1])])
        if not own:
            return
        before = tuple(_unique([o.slug for o in self._offences_between(0, m.start("num"))]))
        if not before:
            # "Of 520 convictions under the wartime censorship articles ..., 312 were for
            # discrediting the army": the group the sentence's offences leave out for the
            # narrower member named after it
            head = self.s[: m.start("num")]
            before = tuple(_unique([o.slug for o in self.lexicon.find_offences(head)]))
        if not before:
            # "Courts convicted 300 people of state-secrets crimes. Of the 300 convictions,
            # 25 were for disclosure": the total counted just before, by its offences
            told = [
                d.offences
                for d in self.state.drafts_since(self.index - 2)
                if d.kind == total.kind
                and d.count == total.count
                and d.offences
                and d.sentence_index < self.index
            ]
            before = told[-1] if told else ()
        offences = before
        if not offences or set(offences) == set(own) or not set(own) <= self._within_of(offences):
            return
        total.offences = offences
        total.articles = self.lexicon.articles_for(offences)
        self._add_part(total, own, count, m, (m.start("num"), m.end("num")))

    def _within_of(self, offences: tuple[str, ...]) -> set[str]:
        """The offences a part of a total of ``offences`` may name."""
        return set(offences) | {
            c.slug for c in self.lexicon.concepts.values() if set(c.broader) & set(offences)
        }

    def extract_whom_parts(self) -> None:
        if _gate_open(_CASES_ENDED_GATE, self.folded):
            self._cases_ended()
        if "of them" in self.folded or "of these" in self.folded or "of those" in self.folded:
            self._parts_in_periods()
        if " were for " in self.folded or " was for " in self.folded:
            self._parts_by_a_word()
        if (
            "whom" not in self.folded
            and "of them" not in self.folded
            and "among" not in (self.folded)
            and "of which" not in self.folded
        ):
            if "of the" in self.folded:
                self._cases_sent_on()
            return
        self._cases_sent_on()
        for m in _WHOM_PART.finditer(self.s):
            count = _int_number(m.group("num"))
            if count is None or _is_year_like(m.group("num")):
                continue
            if not self._free(m.start("num"), m.end("num")):
                continue
            total = next(
                (d for d in reversed(self.counts) if d.anchor - self.offset < m.start()), None
            )
            if total is None or not total.offences or total.count is None:
                continue
            own = _unique(
                [o.slug for o in self._offences_between(m.end(), self._clause(m.end())[1])]
            )
            if not own or not set(own) <= self._within(total) or set(own) == set(total.offences):
                continue
            if count >= total.count:
                continue
            self._add_part(total, own, count, m, (m.start("num"), m.end("num")))

    def _part_of_cases(self, m: re.Match[str]) -> bool:
        """Adds the figure of ``m`` ("num") as a part of the case count before it (here or
        in the sentence before), of the same offences and period, when it is a free count
        below that total; whether it did."""
        count = _int_number(m.group("num"))
        if count is None or _is_year_like(m.group("num")):
            return False
        if not self._free(m.start("num"), m.end("num")):
            return False
        total = (
            next((d for d in reversed(self.counts) if d.anchor - self.offset < m.start()), None)
            or self._latest_total()
        )
        if (
            total is None
            or total.kind != "case_count"
            or not total.offences
            or total.count is None
            or count >= total.count
        ):
            return False
        self._add_part(total, total.offences, count, m, (m.start("num"), m.end("num")))
        return True

    def _cases_sent_on(self) -> None:
        """Cases counted before (here or in the sentence before) of which some went on to
        court: a case count of the same offences and period."""
        if "court" not in self.folded and "trial" not in self.folded:
            return
        for pattern in (_CASES_SENT_ON, _CASES_WENT_ON):
            for m in pattern.finditer(self.s):
                if self._part_of_cases(m):
                    self.counts[-1].rule = "case.sent-on"

    def _parts_by_a_word(self) -> None:
        """A part named by one word of one of its total's offences ("25 of which were for
        disclosure"): the one offence of the total whose labels have a word of that stem."""
        for m in _WHICH_FOR_WORD.finditer(self.s):
            count = _int_number(m.group("num"))
            if count is None or not self._free(m.start("num"), m.end("num")):
                continue
            if self._offences_between(m.start(), m.end()):
                continue  # named by an offence of its own: read elsewhere
            total = next(
                (d for d in reversed(self.counts) if d.anchor - self.offset < m.start()), None
            )
            if total is None or len(total.offences) < 2 or total.count is None:
                continue
            stem = m.group("word").lower()[:6]
            own = [
                slug
                for slug in total.offences
                if any(
                    w.startswith(stem)
                    for label in self.lexicon.concepts[slug].labels
                    for w in label.lower().split()
                )
            ]
            if len(own) == 1 and count < total.count:
                self._add_part(total, (own[0],), count, m, (m.start("num"), m.end("num")))

    def _parts_in_periods(self) -> None:
        """A part of a count of this sentence in a period within the count's: "Courts have
        passed 212 treason verdicts this year, 154 of them in the first half of 2024"."""
        came = _PART_CAME_IN.finditer(self.s) if self.index > 0 or self.counts else ()
        for m in (*_OF_THEM_IN.finditer(self.s), *came):
            count = _int_number(m.group("num"))
            if count is None or _is_year_like(m.group("num")):
                continue
            if not self._free(m.start("num"), m.end("num")):
                continue
            total = next(
                (d for d in reversed(self.counts) if d.anchor - self.offset < m.start()), None
            )
            if total is None and m.re is _PART_CAME_IN:
                # "... handed down 1,012 sentences ... Of those, 312 were passed in 2025"
                total = next(
                    (
                        d
                        for d in reversed(self.state.drafts)
                        if d.sentence_index == self.index - 1
                        and d.kind in {"conviction_count", "case_count"}
                    ),
                    None,
                )
            t = next((t for t in self.times if t.start >= m.end() - 1), None)
            if (
                total is None
                or total.part_of is not None
                or total.rule.endswith(".baseline")
                or not total.offences
                or total.count is None
                or count >= total.count
                or total.period is None
                or t is None
                or t.start - m.end() > 4
                or t.first is None
                or t.last is None
            ):
                continue
            period = (t.first, t.last)
            if total.period[0] <= t.first <= total.period[1] < t.last:
                # "54 since July 2022, at least 20 of them this year": the year to date
                period = (t.first, total.period[1])
            if period == total.period or not (
                total.period[0] <= period[0] and period[1] <= total.period[1]
            ):
                continue
            self._add_part(total, total.offences, count, m, (m.start("num"), m.end("num")))
            part = self.counts[-1]
            part.period, part.rule, part.part_of = period, "count.period-part", None

    def _cases_ended(self) -> None:
        """Cases counted before (here or in the sentence before) of which some ended in a
        conviction: "Of the 96 sabotage cases the monitor followed, 71 ended in guilty
        verdicts" is a conviction count of those offences over that period."""
        for m in _CASES_ENDED_PART.finditer(self.s):
            if not self._part_of_cases(m):
                continue
            part = self.counts[-1]
            part.kind, part.rule, part.part_of = "conviction_count", "count.cases-ended", None
        ended = [*_CASES_ENDED_OF.finditer(self.s), *_TRIALS_ENDED.finditer(self.s)]
        for m in ended:
            # "Nineteen of the 48 espionage cases heard last year ended in prison sentences",
            # "57 treason prosecutions ended in guilty verdicts"
            count = _int_number(m.group("num"))
            whole = _int_number(m.group("tnum")) if m.re is _CASES_ENDED_OF else None
            if count is None or _is_year_like(m.group("num")):
                continue
            if m.re is _CASES_ENDED_OF and (whole is None or count >= whole):
                continue
            if not self._free(m.start("num"), m.end("num")):
                continue
            own = _unique([o.slug for o in self._offences_between(m.start("what"), m.end("what"))])
            if not own:
                continue
            draft = self._draft("conviction_count", "count.cases-ended", m.start("num"))
            anchor = m.start("tnum") if m.re is _CASES_ENDED_OF else m.start("num")
            self._finish_count(
                draft, own, anchor, _qualifier_word(m.group("q")), count, "cases", None
            )
            self.used.append((m.start("num"), m.end("num")))
            self.counts.append(draft)


_SHARE_CUE = compile_narrowed(
    r"\b(?:(?:were|was)\s+(?:for|over|under)|account(?:s|ed)?\s+for|made\s+up|make\s+up|"
    r"makes\s+up|(?:largest|biggest|greatest|lion's|lion’s)\s+share|bulk|majority|"
    r"of\s+(?:them|these|those|the\s+total))\b",
    re.IGNORECASE,
)
"""A clause that tells a part of a total (its words are in grammar_en._RULE_WORDS): "The
largest share, 545, were for X", "X made up the bulk, 318 of them", "X accounted for 56"."""
_SHARE_NUMBER = compile_narrowed(
    rf"(?<![\w.,])(?:(?P<q>{_QUAL})\s+)?(?P<num>{NUMBER_PATTERN})(?![\w.,]*\d)"
    r"(?!\s*(?:%|per\s*cent|percent|years?|months?|days?|times|-year|-month|roubles?|rubles?))",
    re.IGNORECASE,
)
_NOT_A_SHARE_BEFORE = re.compile(
    r"\b(?:aged?|under|over|than|from|to|with|against|articles?|part|by)\s+$", re.IGNORECASE
)
"""Before a number that is no part of a total: an age, a baseline, an article, a rise."""


class SharePartRules(PartRules):
    """Parts of a total without a verb of their own: "The largest share, 545, were for
    discrediting the army; 212 were for spreading fakes", "Treason made up the bulk, 318 of
    them; espionage accounted for 56", "330 were for treason and 90 for sabotage"."""

    def extract_share_parts(self) -> None:
        total = next(
            (
                d
                for d in reversed(self.counts)
                if d.part_of is None and d.rule != "count.offence-part"
            ),
            None,
        )
        if total is None:
            total = self._latest_total()
            if total is not None and self.index - total.sentence_index > 1:
                total = None
        if total is None or total.count is None:
            return
        # a total of no offence of the scheme ("1,046 sentences for anti-war speech in
        # 2025"): its parts by offences of the scheme are counts of their own, in its period
        unnamed = not total.offences
        if (unnamed and total.period is None) or _SHARE_CUE.search(self.s) is None:
            return
        within = set(self.lexicon.concepts) if unnamed else self._within(total)
        for left, right in self._clauses:
            if _SHARE_CUE.search(self.s, left, right) is None:
                continue
            if any(left <= t.end and t.start < right and t.role == "period" for t in self.times):
                # a part with a time of its own is a count of that time, read elsewhere
                continue
            numbers = [
                m
                for m in _SHARE_NUMBER.finditer(self.s, left, right)
                if self.offset + m.start() > total.anchor
                and not _is_year_like(m.group("num"))
                and not _NOT_A_SHARE_BEFORE.search(self.s, max(0, m.start() - 12), m.start())
            ]
            named = _once_each(
                [o for o in self._offences_between(left, right) if o.slug in within], numbers
            )
            if not numbers or len(numbers) != len(named):
                continue
            if any(o.slug in total.offences and len(total.offences) == 1 for o in named):
                continue
            for m, o in zip(numbers, named, strict=True):
                count = _int_number(m.group("num"))
                if count is None or count >= total.count:
                    continue
                if not self._free(m.start("num"), m.end("num")):
                    continue
                self._add_part(total, (o.slug,), count, m, (m.start("num"), m.end("num")))
                if unnamed:
                    self.counts[-1].part_of = None


def _once_each(named: list[OffenceMatch], numbers: list[re.Match[str]]) -> list[OffenceMatch]:
    """One naming per item: "Article 338 on 'desertion' (14)" names desertion twice, by
    number and by label, with no figure between; it is one item, not two."""
    kept: list[OffenceMatch] = []
    for o in named:
        if (
            kept
            and kept[-1].slug == o.slug
            and not any(kept[-1].end <= m.start() < o.start for m in numbers)
        ):
            continue
        kept.append(o)
    return kept
