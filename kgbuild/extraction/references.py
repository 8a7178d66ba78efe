"""References back to earlier sentences: the offence, period, source or count a sentence
leaves to its context ("this offence", "the same charges", "under these statutes", "that
year", "all of them").

Sentences the claim gate skips are kept unread in the document state; their offences are
looked up only when a later sentence refers back (see :func:`previous_offences`).
"""

from __future__ import annotations

import re
from functools import cached_property

from kgbuild.extraction.drafts import (
    _Draft,
    _named_offences,
    _remember_offences,
    _State,
    _unique,
)
from kgbuild.extraction.grammar_en import _ANAPHORIC_CHARGE, _is_year_like
from kgbuild.extraction.numbers import _QUAL, NUMBER_PATTERN, _qualifier_word, parse_number
from kgbuild.extraction.periods import _nearest
from kgbuild.extraction.reference_periods import PeriodReferences
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import Lexicon

_CONTEXT_CUE = compile_narrowed(
    r"\b(?:by\s+(?:their|its|our|his|her)\s+count|under\s+(?:the\s+article|it)|"
    r"(?:over|during|in|for)\s+(?:the\s+same|that|this)\s+(?:period|year|time)|"
    r"over\s+the\s+(?:year|period)|in\s+total|altogether|in\s+all|"
    r"under\s+the\s+(?:whole|entire)\s+article|under\s+the\s+article\s+as\s+a\s+whole)\b|"
    # "For context, 167 were sentenced in 2023", "By comparison, 41 people were convicted"
    r"^\W*(?:for\s+(?:context|comparison)|by\s+(?:way\s+of\s+)?comparison|in\s+comparison)\b|"
    # "..., extrapolating from the first half, when 44 people were convicted": a count of
    # the time just told, on the subject of the sentence before
    r",\s+when\s+(?:(?:about|some|around|nearly|at\s+least|more\s+than)\s+)?[\d,]+\s+"
    r"(?:people\s+)?(?:were|had\s+been)\s+(?:convicted|sentenced|found\s+guilty)\b",
    re.IGNORECASE,
)
"""A count with no offence of its own that continues the sentence before: "Judges handed
down guilty verdicts in 52 cases during the same period"."""

_WHOLE_BACK = compile_narrowed(
    rf"\b(?:out\s+)?of\s+(?:the|these|those)\s+(?P<n>{NUMBER_PATTERN})\s+(?:new\s+)?"
    r"(?:criminal\s+)?(?:cases|people|defendants|verdicts|suspects)\b",
    re.IGNORECASE,
)
"""A whole named by its figure: "Out of the 70 new cases ..." (a count before it)."""

_SUCH_COUNTS = compile_narrowed(r"\bsuch\s+(?:verdicts|convictions|sentences|cases)\b", re.I)
_OTHER_GROUP = compile_narrowed(
    r"\b(?:under|of)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:(?!(?:these|those|both|same|two|either|the|such|this|that|its|their)\b)[\w-]+\s+){1,3}?"
    r"(?:articles|statutes|offen[cs]es)\b",
    re.IGNORECASE,
)
"""A count's own group of several articles named by a kind ("under the security articles",
"of terrorist offences"), which a reference back must not replace."""

GROUP_OF_ITS_OWN = compile_narrowed(
    r"\b(?:anti-?war|political(?:ly[\s-]+motivated)?|terror(?:ism|ist)(?:[\s-]+related)?|"
    r"extremis[mt](?:[\s-]+related)?)\s+(?:cases|articles|statutes|offen[cs]es|charges|"
    r"verdicts|sentences|prosecutions|trials)\b",
    re.IGNORECASE,
)
"""A kind of cases that is no offence of the scheme ("verdicts in anti-war cases"): a
sentence that names one and no offence ends what a later "there were 73 verdicts" refers
back to."""
GROUP_GATE = ("anti", "politic", "terror", "extremis")
"""Pieces of GROUP_OF_ITS_OWN's words, in `fold`ed text: its gate."""

_FIGURE = compile_narrowed(NUMBER_PATTERN, re.IGNORECASE)
_OWN_CHARGE = compile_narrowed(
    r"\b(?:convicted|guilty|sentenced|jailed|imprisoned|verdicts|sentences|convictions)\s+"
    r"(?:of|for)\s+"
    r"(?!them\b|it\b|this\b|that\b|these\b|those\b|such\b|the\s+same\b|"
    r"the\s+(?:[\w-]+\s+)?(?:offen[cs]es?|crimes?|articles?|charges?|statutes?)\b)",
    re.IGNORECASE,
)
"""A count's own charge after it ("were found guilty of terrorist acts")."""
_FRONTED_NEXT = compile_narrowed(r",\s+and\s+(?:for|under)\s", re.IGNORECASE)
"""A clause after the count that opens on its own charge: ", and for espionage, 77"."""
_COMPARED_TIME = compile_narrowed(
    r"\b(?:as\s+many\s+as|than|compared\s+(?:with|to)|up\s+from|down\s+from)\s+"
    r"(?:in\s+|during\s+|for\s+)?(?:(?:the\s+)?(?:whole|all|entirety)\s+of\s+)?$",
    re.IGNORECASE,
)
"""Before the time of a figure given to compare with: "almost as many as in the whole of
2023, when 105 people were convicted" (not the period the text goes on with)."""
_BOTH = compile_narrowed(
    r"\b(?:both|the\s+two)\s+(?:articles|offen[cs]es|charges|crimes|statutes|provisions)\b",
    re.IGNORECASE,
)
_COUNT_OWN_CHARGE = compile_narrowed(
    # (not a time's words: "7,400 since the start of the war")
    rf"(?:{NUMBER_PATTERN})(?:\s+(?!(?:since|in|during|over|throughout|from|until|after|"
    rf"before|between)\b)[A-Za-z][\w'’-]*){{0,3}}?\s+(?:for|of)\s+"
    r"(?!(?:them|it|this|that|these|those|such|the\s+same|whom|which)\b|"
    r"the\s+(?:[\w-]+\s+)?(?:offen[cs]es?|crimes?|articles?|charges?|statutes?)\b)[A-Za-z]",
    re.IGNORECASE,
)
"""A count followed by a charge of its own ("1,800 soldiers for going absent ...")."""
_VARIOUS_CHARGES = compile_narrowed(
    r"\b(?:for|of)\s+(?:various|other|different|assorted|unrelated|ordinary|common|"
    r"(?:a\s+(?:range|variety|number)|all\s+kinds|all\s+sorts)\s+of|military|violent|drug)"
    r"(?:\s+[\w-]+)?\s+(?:crimes|offen[cs]es|charges)\b",
    re.IGNORECASE,
)
"""A count's charges told as a kind, not named ("sentenced 5,100 servicemen for various
crimes over the period"): not the offence of the sentence before."""
_UNDER_IT_AFTER = compile_narrowed(
    r"[^.;,]{0,50}?\b(?:convicted|sentenced|found\s+guilty)\s+under\s+"
    r"(?:it|this\s+article|this\s+provision|that\s+article)\b",
    re.IGNORECASE,
)
"""After a count: "41 people convicted under it": the offence named before, not after."""
_PART_AFTER = compile_narrowed(
    rf"[,(]\s*(?:of\s+(?:which|whom|them|these|those)|including|among\s+(?:them|which|whom))"
    rf"\s*,?\s+(?:{_QUAL}\s+)?(?:{NUMBER_PATTERN})",
    re.IGNORECASE,
)
"""A part of a total after it: ", of which 300 ...", ", including 40 ..."."""
_PLURAL_CHARGE = compile_narrowed(
    r"\b(?:these|those|all\s+(?:three|four|these|those|the)|the\s+same(?:\s+(?:three|four))?)\s+"
    r"(?:charges|offen[cs]es|articles|crimes|statutes|provisions)\b",
    re.IGNORECASE,
)
"""A reference back to several offences: "under these statutes", "on all three charges"."""
_CLAUSE_END = compile_narrowed(r";|,?\s+(?:while|whereas)\s+|,\s+but\s+", re.IGNORECASE)


class ReferenceRules(PeriodReferences):
    """Resolution of what a sentence takes from the sentences before it, and the helpers
    that complete a count with it."""

    def _latest_total(self) -> _Draft | None:
        """The latest count of this sentence or the two before that is a total of its own
        (no part of another, no baseline): what "of them", "such verdicts" count."""
        for d in reversed(self.state.drafts):  # in sentence order: stop three back
            if self.index - d.sentence_index > 2:
                return None
            if (
                d.kind in {"conviction_count", "case_count"}
                and d.part_of is None
                and not d.rule.endswith(".baseline")
            ):
                return d
        return None

    def _within(self, total: _Draft) -> set[str]:
        """The offences a part of ``total`` may name: its own and the narrower ones."""
        return set(total.offences) | {
            c.slug for c in self.lexicon.concepts.values() if set(c.broader) & set(total.offences)
        }

    def _add_part(
        self,
        total: _Draft,
        own: tuple[str, ...],
        count: int,
        m: re.Match[str],
        span: tuple[int, int],
    ) -> None:
        """A count that is part of ``total`` by offences of its own ("More than 790 of them
        were for treason"): the total's kind, period, unit and source; ``span`` is used."""
        draft = self._draft(total.kind, "count.offence-part", m.start("num"))
        draft.offences = own
        draft.articles = self.lexicon.articles_for(own)
        draft.period = total.period
        draft.count = count
        draft.qualifier = _qualifier_word(m.group("q"))
        draft.unit = total.unit
        draft.reported_by = total.reported_by
        draft.part_of = total
        self.used.append(span)
        self.counts.append(draft)

    def _referenced_offences(self) -> tuple[str, ...]:
        """The offences of the latest sentence naming any, when this one refers back ("this
        offence", or a count "over the same period", "in total")."""
        if _BOTH.search(self.s):
            return paired_offences(self.state, self.lexicon)
        if "such" in self.folded and _SUCH_COUNTS.search(self.s):
            # "At least 920 verdicts in X, Y and Z cases. More than 790 of them were for X.
            # Last year ... 402 such verdicts": the kind the total counted, not its part
            total = self._latest_total()
            if total is not None and total.offences:
                return total.offences
        whole = _WHOLE_BACK.search(self.s) if "of" in self.folded else None
        if whole is not None:
            # "Out of the 70 new cases initiated in 2023, courts found defendants guilty in
            # 37": the whole is the count of that figure just before, with its offences
            n = parse_number(whole.group("n"))
            for d in reversed(self.state.drafts):
                if self.index - d.sentence_index > 2:
                    break
                if d.count == n and d.offences and d.kind in {"conviction_count", "case_count"}:
                    return d.offences
        if _OTHER_GROUP.search(self.s):
            # "1,120 cases under the security articles over the same period": a group of
            # articles of its own, not the offence of the sentence before
            return ()
        if ("crime" in self.folded or "offen" in self.folded or "charge" in self.folded) and (
            _VARIOUS_CHARGES.search(self.s)
        ):
            return ()  # "5,100 servicemen for various crimes over the period": not the above
        if _OWN_CHARGE.search(self.s) and not _ANAPHORIC_CHARGE.search(self.s):
            # "For comparison, 12 people were convicted of murder": a charge of its own the
            # scheme lacks, not the offence of the sentence before
            return ()
        if (
            _ANAPHORIC_CHARGE.search(self.s)
            or _CONTEXT_CUE.search(self.s)
            or self._part_of_uncounted_group()
            or self._verdicts_follow_counts()
        ):
            found = previous_offences(self.state, self.lexicon)
            group = self.state.latest_group
            if len(found) == 1 and found[0] in group and _PLURAL_CHARGE.search(self.s):
                # "under these statutes" after a sentence on one of them: the group
                return group
            counted = self._latest_counted_group()
            if counted and set(found) < set(counted) and _PLURAL_CHARGE.search(self.s):
                # "151 were sentenced for X, Y and Z. ... for X doubled, for Z grew 12-fold.
                # At least 45 more sentences under the same charges": the count's charges,
                # not those of the sentence on some of them
                return counted
            return found
        return ()

    def _latest_counted_group(self) -> tuple[str, ...]:
        """The offences of the latest count of several offences, if it came at most three
        sentences ago."""
        for d in reversed(self.state.drafts[-8:]):
            if self.index - d.sentence_index > 3:
                break
            if d.kind in {"conviction_count", "case_count"} and len(d.offences) > 1:
                return d.offences
        return ()

    def _verdicts_follow_counts(self) -> bool:
        """A count of verdicts with no charge of its own right after a sentence whose counts
        name their offences: "... 63 under the treason article and seven under the
        confidential cooperation article. Judges delivered 37 verdicts, all of them
        guilty"."""
        if "verdict" not in self.folded or _OWN_CHARGE.search(self.s):
            return False
        return any(
            d.sentence_index == self.index - 1
            and d.kind in {"conviction_count", "case_count"}
            and d.offences
            for d in self.state.drafts[-8:]
        )

    def _carried_attribution(self) -> str | None:
        """The source of the latest figure, if it came at most five sentences ago."""
        for previous in reversed(self.state.drafts):
            if previous.kind in {"conviction_count", "case_count"}:
                if self.index - previous.sentence_index <= 5:
                    return previous.reported_by
                return None
        return None

    # -- counts ------------------------------------------------------------------------

    def _clause(self, position: int) -> tuple[int, int]:
        """The bounds of the clause around ``position`` (";", ", while", ", whereas")."""
        for left, right in self._clauses:
            if left <= position < right or right == len(self.s):
                return left, right
        return 0, len(self.s)

    @cached_property
    def _clauses(self) -> list[tuple[int, int]]:
        """The sentence's clauses, left to right (their breaks between them)."""
        bounds: list[tuple[int, int]] = []
        left = 0
        for b in _CLAUSE_END.finditer(self.s):
            bounds.append((left, b.start()))
            left = b.end()
        bounds.append((left, len(self.s)))
        return bounds

    def _numbers_around(self, start: int, end: int) -> tuple[int, int, int]:
        """A count's anchor, the start of the next figure in its clause and the end of the
        previous one (years aside): the bounds :meth:`_count_offences` pairs it in."""
        left, right = self._clause(start)
        previous_end, next_start = left, right
        if len(self._figures) < 2:
            return start, next_start, previous_end
        for n_start, n_end in self._figures:
            if n_end <= start:
                previous_end = max(previous_end, n_end)
            elif n_start >= end:
                next_start = min(next_start, n_start)
                break
        return start, next_start, previous_end

    @cached_property
    def _figures(self) -> list[tuple[int, int]]:
        """The spans of the sentence's figures, years and article numbers aside."""
        articles = [(o.start, o.end) for o in self.offences if o.how == "article"]
        return [
            (n.start(), n.end())
            for n in _FIGURE.finditer(self.s)
            if not _is_year_like(n.group(0))
            # "(Article 280.3)" is a name, no figure
            and not any(a <= n.start() < b for a, b in articles)
        ]

    def _count_offences(
        self,
        anchor: int,
        next_anchor: int,
        previous_end: int | None = None,
        *,
        before_first: bool = False,
    ) -> tuple[str, ...]:
        """The offences a count at ``anchor`` counts: those after it up to the next count
        (``next_anchor``) in its clause, else those before it back to the previous count
        (``previous_end``) in its clause ("Treason verdicts climbed to 171, and 33 ..."),
        or before it first with ``before_first`` (a nominal count, "X convictions totalled"),
        else the sentence's nearest ones; none across a clause break when the count's own
        clause names no offence and the others' clauses name theirs."""
        if "under" in self.folded and _UNDER_IT_AFTER.match(self.s, anchor):
            # "Article 275.1 ... Of the 41 people convicted under it, more than half were
            # also found guilty of treason": the article before, not the charge after
            named = [m for m in self.offences if m.end <= anchor]
            return (named[-1].slug,) if named else self._referenced_offences()
        if self.offences:
            fronted = _FRONTED_NEXT.search(self.s, anchor) if ", and " in self.s else None
            if fronted is not None and any(m.end <= anchor for m in self.offences):
                # "For treason, 312 people were convicted in 2024, and for espionage, 77":
                # the offence after ", and for" opens the next figure's clause
                next_anchor = min(next_anchor, fronted.start())
            else:
                fronted = None
            if previous_end is not None:
                left, right = self._clause(anchor)
                if fronted is not None:
                    right = min(right, fronted.start())
                next_figure = (
                    self._numbers_around(anchor, anchor + 1)[1] if len(self._figures) > 1 else right
                )
                after = self._offences_between(anchor, min(next_anchor, right, next_figure))
                before = self._offences_between(max(left, previous_end), anchor)
                if (
                    not after
                    and before
                    and _OWN_CHARGE.search(self.s, anchor, min(right, next_figure, anchor + 50))
                ):
                    # "Courts convicted 63 people of treason in 2024, and 12 people were
                    # convicted of fraud": a charge of its own the scheme lacks, not the
                    # offence of the count before
                    return ()
                # "treason convictions totalled 145": a nominal count's offence comes first
                own = (before or after) if before_first else (after or before)
                labelled = {m.slug for m in own if m.how == "label"}
                if labelled:
                    # "7 cases of confidential cooperation (Articles 275 and 275.1)": the
                    # articles of a list's bracket name the other items' offences too
                    own = [m for m in own if m.how == "label" or m.slug in labelled]
                if own:
                    return _unique([m.slug for m in own])
                if (left > 0 or right < len(self.s)) and _OWN_CHARGE.search(self.s, anchor, right):
                    # "..., while 58 people were found guilty of terrorist acts": a charge
                    # the scheme lacks, not the offence of the other clause
                    return ()
                if _COUNT_OWN_CHARGE.match(self.s, anchor, min(next_anchor, right, next_figure)):
                    # "sentenced 1,800 soldiers for going absent without leave ... and 260 for
                    # desertion": a charge of its own the scheme lacks
                    return ()
                part = _PART_AFTER.search(self.s, anchor, right)
                if part is not None:
                    # "opened 1,000 criminal cases, of which 300 concerned treason": the
                    # offence after the part is the part's, not the total's
                    return _unique([m.slug for m in self._offences_between(left, anchor)])
            segment = self._offences_between(anchor, next_anchor)
            if not segment and fronted is None:
                segment = [m for m in self.offences if m.start >= anchor]
            if not segment:
                segment = [m for m in self.offences if m.start < anchor]
            return _unique([m.slug for m in segment])
        return self._referenced_offences()

    def _finish_count(
        self,
        draft: _Draft,
        offences: tuple[str, ...],
        anchor: int,
        qualifier: str,
        count: int,
        unit: str,
        scope: str | None,
    ) -> _Draft:
        draft.offences = offences
        draft.articles = self.lexicon.articles_for(offences)
        draft.count = count
        draft.qualifier = qualifier
        draft.unit = unit
        draft.scope = scope
        self.year_back = False
        draft.period = self._period(anchor)
        t = _nearest(self.times, anchor, ("period",))
        draft.comparison = self.year_back or (
            t is not None
            and (
                self._same_period(t) is not None
                or _COMPARED_TIME.search(self.s, max(0, t.start - 40), t.start) is not None
            )
        )
        draft.reported_by = self.attribution or self._carried_attribution()
        return draft


def previous_offences(state: _State, lexicon: Lexicon) -> tuple[str, ...]:
    """The offences named by the latest sentence that names any, reading the sentences the
    claim gate skipped (latest first) only now that a reference needs them."""
    while state.unscanned:
        sentence = state.unscanned.pop()
        found = _named_offences(sentence, lexicon)
        if not found and GROUP_OF_ITS_OWN.search(sentence):
            _remember_offences(state, ())  # "The study covers anti-war cases only."
            state.unscanned.clear()
        if found:
            slugs = _unique([m.slug for m in found])
            _remember_offences(state, _narrower_before(state, slugs, lexicon) or slugs)
            state.unscanned.clear()
    return state.previous_offences


_ORDINAL_REFERENCE = compile_narrowed(
    r"^\W*(?:(?:according\s+to|under|in)\s+)?the\s+(?P<n>first|second|third|fourth|fifth)\b"
    r"(?!\s+(?:half|quarter|time|reading|instance|year|months?|weeks?|days?|part|case|"
    r"defendant|person|man|woman)\b)",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def ordinal_offence(state: _State, lexicon: Lexicon, sentence: str, index: int) -> tuple[str, ...]:
    """The offence "the first", "the second article" ... opening ``sentence`` stands for:
    that one of the offences a sentence before listed ("Three articles were added: X, Y and
    Z. The first carries 8 to 15 years ... The third provides for ..."); () if none. The one
    found becomes the offence a later "the article" or "such a community" refers to."""
    m = _ORDINAL_REFERENCE.match(sentence)
    if m is None:
        return ()
    found = previous_offences(state, lexicon)
    if len(found) > 1:
        state.ordinal_group = found
    n = _ORDINALS[m.group("n").lower()]
    if n > len(state.ordinal_group):
        return ()
    chosen = (state.ordinal_group[n - 1],)
    _remember_offences(state, chosen)
    state.ordinal_chosen = (index, chosen)
    return chosen


def _narrower_before(
    state: _State, slugs: tuple[str, ...], lexicon: Lexicon
) -> tuple[str, ...] | None:
    """The offences the text named just before ``slugs`` when those are the groups they
    belong to: "What does Article 283.1 punish? It covers anyone who obtains a state
    secret by theft. The offence carries ..." is 283.1, not every state-secrets offence."""
    groups = set(slugs)
    if not groups <= {b for c in lexicon.concepts.values() for b in c.broader}:
        return None
    earlier: tuple[str, ...] = state.previous_offences
    for sentence in reversed(state.unscanned):
        named = _unique([m.slug for m in _named_offences(sentence, lexicon)])
        if named:
            earlier = named
            break
    if not earlier or not all(
        e in lexicon.concepts and set(lexicon.concepts[e].broader) & groups for e in earlier
    ):
        return None
    return earlier


def paired_offences(state: _State, lexicon: Lexicon) -> tuple[str, ...]:
    """Two offences for "both articles", "the two offences": the sentence before's, with
    the latest named before them when it names only one."""
    pending = list(state.unscanned)
    found = previous_offences(state, lexicon)
    if len(found) != 1:
        return found
    # the sentences the gate skipped before the one that named it ("Lawyers say treason is
    # the charge they see most. Espionage charges are rarer. Both articles carry ...")
    for sentence in reversed(pending):
        for m in _named_offences(sentence, lexicon):
            if m.slug not in found:
                return (m.slug, *found)
    if state.earlier_offences:
        return (state.earlier_offences[-1], *found)
    return found
