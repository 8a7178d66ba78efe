"""Conviction and case counts."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft, _unique
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en import (
    _GAPPED_ITEM,
    _INCLUDING_ITEM,
    _PEOPLE_NOUNS,
    _is_year_like,
    _scope,
    _unit,
)
from kgbuild.extraction.grammar_en_cases import INCLUDED_AFTER
from kgbuild.extraction.grammar_en_lists import _COLON_ITEM, _RATE_AFTER
from kgbuild.extraction.grammar_en_reached import (
    _CONVICTIONS_PUT_AT,
    _CONVICTIONS_REACHED,
    _NUMBER_OF,
    _NUMBER_OF_CASES,
)
from kgbuild.extraction.implicit_offences import fronted_at, offence_before
from kgbuild.extraction.lists import _Item
from kgbuild.extraction.numbers import (
    _QUAL,
    NUMBER_PATTERN,
    _int_number,
    _qualifier_before,
    _qualifier_word,
)
from kgbuild.extraction.references import previous_offences
from kgbuild.extraction.respective_counts import RespectiveCountRules
from kgbuild.extraction.year_series import (
    CONVICTIONS_BY_YEAR,
    CONVICTIONS_BY_YEAR_TIME_FIRST,
    level_after_span,
)
from kgbuild.fastre import compile_narrowed

_UNNAMED_ALTERNATIVE = compile_narrowed(
    r"\s*,?\s+(?:or|and(?:/or)?)\s+(?:of|for)\s+[a-z]+ing\b(?!\s+(?:it|them|this|these|so)\b)"
)
"""After an offence: another charge in a gerund phrase ("... or of evading ..."), not the
same one again ("public calls to terrorism or of justifying it")."""

_JOINED = compile_narrowed(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)", re.IGNORECASE)


_OBJECT_BEFORE = compile_narrowed(
    rf"\b(?:against|of|for|to|with|on|at|by|from|among|into|over|under|about|than|"
    rf"opened|charged|detained|arrested)\s+(?:{_QUAL}\s+)?$",
    re.IGNORECASE,
)
"""Before a count that is an object ("cases were opened against 34 believers"), not a
subject that can share a verb with the next count."""


_AND_BEFORE = compile_narrowed(r"(?:,\s*|\s+)(?:and|as\s+well\s+as)\s+$", re.IGNORECASE)
_OTHER_ACT = compile_narrowed(
    r"[;:]|\b(?:detain\w*|arrest\w*|charged|charging|acquitt\w*|suspect\w*|closed|dropped|"
    r"overturned|quashed|upheld|while|whereas|but|of\s+(?:them|which|whom))\b",
    re.IGNORECASE,
)
"""Words that give a later count of a list its own act or make it part of another."""
_OF_THEM = compile_narrowed(r"\s+of\s+(?:them|those|whom)\b", re.IGNORECASE)
"""After a part of the count before it: "..., 161 of them of treason"."""

_PROPORTION_BEFORE = compile_narrowed(
    rf"(?<![\w,.])(?:{NUMBER_PATTERN})\s+(?:in|out\s+of)\s+$",
    re.IGNORECASE,
)
"""Before the whole of a proportion: "Nine in ten treason defendants", "four out of five
people" (a share, not a count)."""
_ADDED_BEFORE = compile_narrowed(
    rf"\b(?:added|contributed|brought)\s+(?:another|a\s+further)\s+(?:{_QUAL}\s+)?$",
    re.IGNORECASE,
)
"""Before a count whose offence is the verb's subject: "Espionage added another 40
convictions, and sabotage 75" (espionage's, not the next item's offence)."""


class CountRules(RespectiveCountRules):
    """Counts, breakdowns, baselines and the changes attached to them."""

    def _colon_items(self, head: _Item) -> list[_Item]:
        """The split after a colon: "convicted 202 people of treason and espionage in 2024:
        171 of treason and 31 of espionage"."""
        colon = _COLON_ITEM.search(self.s, head.end)
        if (
            colon is None
            or colon.start() - head.end > 80
            or ";" in self.s[head.end : colon.start()]
        ):
            return []
        after = colon.end()
        if _is_year_like(colon.group("num")) or not any(
            0 <= o.start - after <= 12 for o in self.offences
        ):
            return []
        first = _Item(
            colon.start("num"),
            colon.end("num"),
            colon.start("num"),
            colon.group("num"),
            _qualifier_word(colon.group("q")),
            head.kind,
            head.rule + "+list",
            head.unit,
            head.scope,
        )
        return [first, *self.elided_items(first)]

    def _unnamed_alternative(self, start: int, end: int) -> bool:
        """Whether the last offence named in start:end is followed by "or of <doing>" or
        "and of <doing>", a further charge no label matched."""
        inside = [o for o in self.offences if start <= o.start < end]
        return bool(inside) and _UNNAMED_ALTERNATIVE.match(self.s, inside[-1].end) is not None

    def extract_counts(self) -> None:
        found: list[_Item] = []
        candidates = [
            m
            for m in self.count_matches
            if not _is_year_like(m.group("num"))
            and self._free(m.start(), m.end())
            and not _RATE_AFTER.search(self.s[m.end() :])
            and not _PROPORTION_BEFORE.search(self.s, max(0, m.start() - 24), m.start())
        ]
        kinds = [self._count_kind(m) for m in candidates]
        # "Eighteen Ukrainians and seven Russians were convicted": a count joined to the
        # next one takes its verb
        for i in range(len(candidates) - 2, -1, -1):
            if kinds[i][0] is None and kinds[i + 1][0] is not None:
                between = self.s[candidates[i].end() : candidates[i + 1].start()]
                if _JOINED.fullmatch(between) and not _OBJECT_BEFORE.search(
                    self.s, 0, candidates[i].start()
                ):
                    kinds[i] = kinds[i + 1]
        # "opened 61 treason cases (in 2024) and 19 sabotage cases": a count with the same
        # noun joined to the count before takes that count's verb
        for i in range(1, len(candidates)):
            before, this = candidates[i - 1], candidates[i]
            if kinds[i][0] is not None or kinds[i - 1][0] is None:
                continue
            if before.group("noun").lower() != this.group("noun").lower():
                continue
            gap = list(self.s[before.end() : this.start()])
            for t in self.times:
                if before.end() <= t.start and t.end <= this.start():
                    gap[t.start - before.end() : t.end - before.end()] = " " * (t.end - t.start)
            # "792 treason cases opened in 2024, 154 espionage cases ...": the head's
            # participle is no verb of another clause
            gap_text = re.sub(
                r"\b(?:in|during|over|throughout|opened|initiated|launched|instituted)\b",
                " ",
                "".join(gap),
            )
            if (
                (INCLUDED_AFTER.match(self.s, before.end(), this.start()) and this["mods"].strip())
                or (_JOINED.fullmatch(re.sub(r"\s+", " ", gap_text)))
                or (
                    # "opened 218 sabotage cases in 2024, up from 146 ..., and 96 treason
                    # cases": a later clause of the same verb, with no verb of its own
                    _AND_BEFORE.search(self.s, before.end(), this.start())
                    and not _OTHER_ACT.search(self.s, before.end(), this.start())
                    and this.group("mods").strip()
                )
            ):
                kinds[i] = kinds[i - 1]
        for m, (kind, rule) in zip(candidates, kinds, strict=True):
            unit = _unit(m.group("noun"))
            if kind is None:
                continue
            head = _Item(
                m.start(),
                m.end(),
                m.start("num"),
                m.group("num"),
                _qualifier_before(self.s[: m.start()]),
                kind,
                rule,
                unit,
                _scope(m.group("mods"), m.group("noun")),
                m,
            )
            found.append(head)
            found += self.items_before(head)
            found += self.elided_items(head)
            found += self._colon_items(head)
        found.sort(key=lambda item: item.start)
        # a figure read both as an item of a list and as a count of its own: once
        once: dict[int, _Item] = {}
        for item in found:
            once.setdefault(item.num_start, item)
        found = list(once.values())
        anchors = [item.start for item in found]
        for i, item in enumerate(found):
            count = _int_number(item.num)
            if count is None:
                continue
            next_anchor = anchors[i + 1] if i + 1 < len(anchors) else len(self.s)
            previous_end = found[i - 1].end if i > 0 else 0
            offences = item.offences or self._count_offences(item.start, next_anchor, previous_end)
            offences = fronted_at(self.s, item.start, self.offences) or offences
            if not offences and item.unit == "people" and item.kind == "conviction_count":
                # "Treason cases have soared. Last year 145 people were convicted."
                offences = offence_before(
                    self.s, item.end, self.state.recent, self.index, self.lexicon
                )
            added = self._added_by_subject(item)
            if added:
                offences = added
            noun = "" if item.match is None else item.match.group("noun").lower()
            if len(offences) > 1 and noun == "deserters":
                # "convicted 120 deserters of leaving their units": the charge, not the noun
                offences = tuple(o for o in offences if o != "desertion")
            if offences and self._unnamed_alternative(item.start, next_anchor):
                # "600 people of involvement with undesirable organisations or of evading a
                # foreign agent's duties": one figure for a charge the lexicon cannot name
                # too, so no offence set the graph can give it
                offences = ()
            if (
                i + 1 < len(found)
                and _OF_THEM.match(self.s, found[i + 1].end)
                and not self._offences_between(item.start, next_anchor)
            ):
                # "In total 205 defendants were convicted, 161 of them of treason": the
                # total counts the offences of the sentence before, the part its own
                offences = previous_offences(self.state, self.lexicon) or offences
            draft = self._draft(item.kind, item.rule, item.num_start)
            anchor = item.start if item.period_anchor is None else item.period_anchor
            self._finish_count(
                draft, offences, anchor, item.qualifier, count, item.unit, item.scope
            )
            if item.period is not None:
                draft.period = item.period  # "and 41 in the second" (elided_periods.py)
            if item.rule.startswith("case.continued") and not any(
                t.role == "period" for t in self.times
            ):
                # "There were 88 cases of desertion": the period of the cases told before
                draft.period = next(
                    (
                        d.period
                        for d in reversed(self.state.drafts[-8:])
                        if d.kind == "case_count" and d.sentence_index == self.index - 1
                    ),
                    draft.period,
                )
            self.used.append((item.start, item.end))
            self.counts.append(draft)
            if added:
                # "..., and sabotage 75": items that share the verb, each naming its offence
                self._gapped_counts(draft, item.end)
            if item.match is None:
                continue
            for inc in _INCLUDING_ITEM.finditer(self.s, item.end):
                if inc.start() - item.end > 80:
                    break
                self._breakdown_row(draft, inc, "count.breakdown")
        reached = "convictions" in self.folded or "verdicts" in self.folded
        reached_matches = list(_CONVICTIONS_REACHED.finditer(self.s)) if reached else []
        if reached and ":" in self.s:
            # "convictions for X by year: 19 in 2023 and 63 in 2024" (year_series.py)
            reached_matches += CONVICTIONS_BY_YEAR.finditer(self.s)
            # "Espionage convictions: in 2022 — 40, in 2023 — 61, ..."
            reached_matches += CONVICTIONS_BY_YEAR_TIME_FIRST.finditer(self.s)
        if reached and " at " in self.s:
            # "... puts the number of desertion convictions over the same quarter at 310"
            reached_matches += _CONVICTIONS_PUT_AT.finditer(self.s)
        for m in reached_matches:
            count = _int_number(m.group("num"))
            if count is None or _is_year_like(m.group("num")):
                continue
            if not self._free(m.start("num"), m.end("num")):
                continue
            draft = self._draft("conviction_count", "count.number-of", m.start("num"))
            qual = _qualifier_word((m.group("q") or "").strip() or None)
            if m.groupdict().get("over") and qual == "exact":
                qual = "more_than"  # "convictions exceeded 350"
            self._finish_count(
                draft,
                self._count_offences(
                    *self._numbers_around(m.start("num"), m.end("num")), before_first=True
                ),
                m.start(),
                qual,
                count,
                "verdicts",
                None,
            )
            if m.re is CONVICTIONS_BY_YEAR:
                # a series' first figure: the period of its own "in <year>", not a span the
                # head names ("the 512 ... convictions recorded from 2022 through 2024: 64 in
                # 2022, ...")
                own = next(
                    (
                        t
                        for t in self.times
                        # "64 in 2022", "36 in the whole of 2023"
                        if 0 <= t.start - m.end("num") <= 20 and t.first and t.last
                    ),
                    None,
                )
                if own is not None and own.first and own.last:
                    draft.period = (own.first, own.last)
            if m.re is _CONVICTIONS_REACHED:
                # "have increased every year since 2021, reaching 177 in 2025": 2025
                spanned, level = level_after_span(
                    self.s, m.start(), m.start("num"), m.end("num"), self.times
                )
                if spanned and level is None:
                    continue
                draft.period = level if spanned else draft.period
            if m.re is CONVICTIONS_BY_YEAR_TIME_FIRST:
                own = next(
                    (
                        t
                        for t in self.times
                        if m.start("time") <= t.start and t.end == m.end("time")
                    ),
                    None,
                )
                if own is None or own.first is None or own.last is None:
                    continue  # no time the sentence reads: no item
                draft.period = (own.first, own.last)
            self.used.append((m.start("num"), m.end("num")))
            self.counts.append(draft)
            if m.re is CONVICTIONS_BY_YEAR_TIME_FIRST:
                self._time_first_items(draft, m.end("num"))
                continue
            self._gapped_counts(draft, m.end("num"))
            self._reached_items(m, draft)
        for m in _NUMBER_OF_CASES.finditer(self.s) if "number" in self.folded else ():
            count = _int_number(m.group("num"))
            if count is None or _is_year_like(m.group("num")):
                continue
            if not self._free(m.start("num"), m.end("num")):
                continue
            draft = self._draft("case_count", "case.number-of", m.start("num"))
            qual = _qualifier_word((m.group("q") or "").strip() or None)
            self._finish_count(
                draft,
                self._count_offences(m.start(), self._clause(m.start("num"))[1]),
                m.start(),
                qual,
                count,
                "cases",
                None,
            )
            self.used.append((m.start("num"), m.end("num")))
            self.counts.append(draft)
        for m in _NUMBER_OF.finditer(self.s) if "number" in self.folded else ():
            num_start = m.start("num")
            count = _int_number(m.group("num"))
            if (
                count is None
                or _is_year_like(m.group("num"))
                or not self._free(num_start, m.end("num"))
            ):
                continue
            who = m.group("who")
            unit = (
                "verdicts"
                if re.search(r"convictions", m.group(0), re.I)
                and not re.search(_PEOPLE_NOUNS, who, re.I)
                else "people"
            )
            draft = self._draft("conviction_count", "count.number-of", num_start)
            qual = _qualifier_word((m.group("q") or "").strip() or None)
            if m.group("over") and qual == "exact":
                qual = "more_than"  # "the number of people convicted ... topped 350"
            self._finish_count(
                draft,
                self._count_offences(m.start(), self._clause(num_start)[1]),
                m.start(),
                qual,
                count,
                unit,
                _scope(who, ""),
            )
            self.used.append((num_start, m.end("num")))
            self.counts.append(draft)

    def _reached_items(self, m: re.Match[str], head: _Draft) -> None:
        """ "Convictions for espionage totalled 62 in 2024 and 49 in 2023": the items after
        a count told by what it reached, each with its own time, the head's offences."""
        item0 = _Item(
            m.start("num"),
            m.end("num"),
            m.start("num"),
            m.group("num"),
            head.qualifier or "exact",
            "conviction_count",
            head.rule,
            "verdicts",
            None,
        )
        for item in self.elided_items(item0):
            count = _int_number(item.num)
            if count is None or item.period_anchor is None or item.offences is not None:
                continue
            draft = self._draft(item.kind, item.rule, item.num_start)
            self._finish_count(
                draft, head.offences, item.period_anchor, item.qualifier, count, item.unit, None
            )
            if item.period is not None:
                draft.period = item.period
            self.used.append((item.start, item.end))
            self.counts.append(draft)

    def _added_by_subject(self, item: _Item) -> tuple[str, ...]:
        """The offence that is the subject of "added another N ..." before ``item``, in
        the same clause (none: the usual reading)."""
        if item.offences or not _gate_open(("added", "contribut", "brought"), self.folded):
            return ()
        verb = _ADDED_BEFORE.search(self.s, max(0, item.start - 40), item.start)
        if verb is None:
            return ()
        left, _ = self._clause(verb.start())
        subject = [o for o in self.offences if left <= o.start and o.end <= verb.start()]
        return (subject[-1].slug,) if subject else ()

    def _gapped_counts(self, head: _Draft, position: int) -> None:
        """The counts that share a nominal count's verb: "treason convictions totalled 145,
        espionage convictions 23 and confidential cooperation convictions 21" (each item
        must name an offence)."""
        g = _GAPPED_ITEM.match(self.s, position)
        while g is not None:
            count = _int_number(g.group("num"))
            offences = _unique(
                [o.slug for o in self._offences_between(g.start("what"), g.end("what"))]
            )
            if count is None or _is_year_like(g.group("num")) or not offences:
                return
            # the gapped reading replaces a count read alone from the same figure ("1,500
            # and mercenarism convictions")
            anchor = self.offset + g.start("num")
            self.counts = [d for d in self.counts if d.anchor != anchor]
            draft = self._draft("conviction_count", head.rule + "+list", g.start("num"))
            qualifier = _qualifier_word((g.group("q") or "").strip() or None)
            self._finish_count(draft, offences, g.start("num"), qualifier, count, "verdicts", None)
            draft.period = head.period
            self.used.append((g.start("num"), g.end("num")))
            self.counts.append(draft)
            g = _GAPPED_ITEM.match(self.s, g.end())
