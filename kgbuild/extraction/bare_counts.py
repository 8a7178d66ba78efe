"""Counts with no noun of their own: "A further 12 were convicted of the same offence",
"..., of whom 790 have already been sentenced", "acquitted two and convicted 17 of
desertion", and "all of them" found guilty after a group told before. Split from lists.py.
"""

from __future__ import annotations

import itertools

from kgbuild.extraction.grammar_en import _CONVICTION_CUE, _is_year_like
from kgbuild.extraction.grammar_en_lists import (
    _ALL_OF_THEM,
    _BARE_ACTIVE,
    _BARE_COUNT,
    _BARE_ITEM,
    _GROUP,
    _KIND_OF_TERM_AFTER,
)
from kgbuild.extraction.lists import ListRules, _Item
from kgbuild.extraction.numbers import _int_number, _qualifier_word, _words
from kgbuild.extraction.references import previous_offences
from kgbuild.fastre import compile_narrowed

_CHARGE_AFTER = compile_narrowed(r"\s+(?:for|of)\s+(?P<w>[a-z][\w-]*)")
_BACK_WORDS = frozenset(
    _words("the a an it this that these those such them their his her its both all similar same ")
    + _words("related each either one crimes offences offenses charges articles")
)


class BareCountRules(ListRules):
    """Counts with no noun, and "all of them"."""

    def extract_all_of_them(self) -> None:
        """ "Nine students were tried for treason. The court found all of them guilty"."""
        if self.counts or "all" not in self.folded:
            return
        m = _ALL_OF_THEM.search(self.s)
        if m is None:
            return
        own = _int_number(m.group("n")) if m.group("n") else None
        group = own if own is not None else self._group_before()
        if group is None:
            return
        offences = tuple(dict.fromkeys(o.slug for o in self.offences)) or previous_offences(
            self.state, self.lexicon
        )
        draft = self._draft("conviction_count", "count.all-of-them", m.start())
        self._finish_count(draft, offences, m.start(), "exact", group, "people", None)
        self.used.append((m.start(), m.end()))
        self.counts.append(draft)

    def _group_before(self) -> int | None:
        """The size of the group the sentence before (or the one before that) names."""
        for index, sentence in reversed(self.state.recent):
            if not 0 < self.index - index <= 2:
                continue
            sizes = [
                _int_number(g.group("num"))
                for g in _GROUP.finditer(sentence)
                if not _is_year_like(g.group("num"))
            ]
            sizes = [n for n in sizes if n is not None]
            if sizes:
                return sizes[-1]
        return None

    def _unknown_charge(self, at: int) -> bool:
        """Whether the verb ending at ``at`` is followed by "for X" or "of X" where X is no
        offence of the scheme nor a word that refers back ("of the same offence")."""
        m = _CHARGE_AFTER.match(self.s, at)
        if m is None or m.group("w").lower() in _BACK_WORDS:
            return False
        return not any(m.start("w") <= o.start < m.start("w") + 30 for o in self.offences)

    def extract_bare_counts(self) -> None:
        """ "A further 12 were convicted of the same offence in January 2025"."""
        if not _CONVICTION_CUE.search(self.s):
            return
        active = (m for m in _BARE_ACTIVE.finditer(self.s) if self._named_after(m.end() + 4))
        listed = _BARE_ITEM.finditer(self.s) if ";" in self.s or ":" in self.s else ()
        for m in itertools.chain(_BARE_COUNT.finditer(self.s), active, listed):
            num = m.group("num")
            if _is_year_like(num) or not self._free(m.start("num"), m.end()):
                continue
            if m.groupdict().get("whom") and (
                any(d.anchor - self.offset < m.start() for d in self.counts)
                or _KIND_OF_TERM_AFTER.match(self.s, m.end())
            ):
                # "convicted 300 people, of whom 40 were sentenced to life": a part
                continue
            head = _Item(
                m.start("num"),
                m.end(),
                m.start("num"),
                num,
                _qualifier_word(m.group("q")),
                "conviction_count",
                "count.bare",
                "people",
                None,
            )
            # "Another eight were found guilty of espionage and three of confidential
            # cooperation": the items after it share its verb
            items = [head, *self.elided_items(head)]
            if self._unknown_charge(m.end()):
                # "366 were sentenced for terrorism; and 340 ... of extremism": a charge
                # the scheme lacks, not the offence named further on
                self.used.append((m.start("num"), m.end()))
                items = items[1:]
            clause_end = self._clause(m.start("num"))[1]
            for i, item in enumerate(items):
                count = _int_number(item.num)
                if count is None:
                    continue
                next_anchor = items[i + 1].start if i + 1 < len(items) else clause_end
                draft = self._draft("conviction_count", item.rule, item.num_start)
                anchor = item.start if item.period_anchor is None else item.period_anchor
                self._finish_count(
                    draft,
                    item.offences or self._count_offences(item.start, next_anchor),
                    anchor,
                    item.qualifier,
                    count,
                    "people",
                    None,
                )
                if item.period is not None:
                    draft.period = item.period  # "and 41 in the second"
                self.used.append((item.start, item.end))
                self.counts.append(draft)
