"""Counts that leave their noun to the count after them: "112 espionage and 402 treason
convictions", "160 desertion, 41 sabotage and 7,950 AWOL sentences" (each first item names
its offence as a modifier, the last one carries the noun and the verb).

The pattern is in grammar_en_lists.py (_ELIDED_NOUN_ITEM)."""

from __future__ import annotations

from kgbuild.extraction.bare_counts import BareCountRules
from kgbuild.extraction.drafts import _unique
from kgbuild.extraction.grammar_en import _is_year_like
from kgbuild.extraction.grammar_en_lists import _ELIDED_NOUN_ITEM, _ELIDED_NOUN_WORDS
from kgbuild.extraction.lists import _Item
from kgbuild.extraction.numbers import _qualifier_word

_REACH = 90
"""How far before a count its elided items may begin."""


class ElisionRules(BareCountRules):
    """The items before a count that share its noun ("112 espionage and ...")."""

    def items_before(self, head: _Item) -> list[_Item]:
        """The items before ``head``, a count whose noun has an offence as its modifier,
        that name their own offence the same way and leave the noun to it."""
        m = head.match
        if m is None or not m.group("mods").strip():
            return []
        if not self._offences_between(m.start("mods"), m.end("mods")):
            return []
        items: list[_Item] = []
        end = m.start()
        while True:
            window = max(0, end - _REACH)
            e = _ELIDED_NOUN_ITEM.search(self.s, window, end)
            if e is None or _is_year_like(e.group("num")):
                break
            what_start, what_end = e.start("what"), e.end("what")
            named = self._offences_between(what_start, what_end)
            if not named or any(o.end > what_end for o in named):
                break
            # every word of the item outside the offences' names must be a modifier's
            rest = list(self.s[what_start:what_end])
            for o in named:
                rest[o.start - what_start : o.end - what_start] = " " * (o.end - o.start)
            if not _ELIDED_NOUN_WORDS.fullmatch("".join(rest)):
                break
            items.append(
                _Item(
                    e.start("num"),
                    what_end,
                    e.start("num"),
                    e.group("num"),
                    _qualifier_word(e.group("q")),
                    head.kind,
                    head.rule + "+list",
                    head.unit,
                    head.scope,
                    period_anchor=head.start,
                    offences=tuple(_unique([o.slug for o in named])),
                )
            )
            end = e.start()
        return items[::-1]
