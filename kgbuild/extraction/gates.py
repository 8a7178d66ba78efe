"""Literal gates: cheap substring tests that decide whether a costly pattern can match.

A gate is a tuple of words; it is open when one of them occurs in the (folded) text. The
English rules ask ~70 gates of every sentence they read, half of them more than once, and
asked one by one those substring scans were an eighth of the extractor's time. So the
sentence being read is `focus`ed: one pass of an Aho-Corasick automaton (pyahocorasick)
over it finds every gate word it holds, as a bit mask, and a gate asked of that very string
is then one AND of two integers. A gate asked of any other string (a window, the sentence
as written) is the plain substring test; both give the same answer by construction.
"""

from __future__ import annotations

import ahocorasick


class _Cased(tuple[str, ...]):
    """Gate words for a case-sensitive pattern: looked for in the sentence as written."""


class _GateIndex:
    """Every gate asked so far, each word a bit, and the focused text's mask.

    Gates are module constants, so after the first sentences the index stops growing; a
    gate met for the first time is answered by the substring test and joins the index at
    the next `focus`. The index keeps each gate it knows (so its id is never reused)."""

    _LIMIT = 4096
    """Gates known at most: a bound in case a caller ever builds gates on the fly."""

    def __init__(self) -> None:
        self.bits: dict[str, int] = {}
        self.masks: dict[int, tuple[tuple[str, ...], int]] = {}
        self.pending: dict[int, tuple[str, ...]] = {}
        self.automaton: ahocorasick.Automaton | None = None
        self.text: str | None = None
        self.mask = 0

    def learn(self, gate: tuple[str, ...]) -> None:
        # an empty word is in every text, and no automaton holds one: such a gate keeps
        # the substring test
        if "" not in gate and len(self.masks) + len(self.pending) < self._LIMIT:
            self.pending[id(gate)] = gate

    def _rebuild(self) -> None:
        for key, gate in self.pending.items():
            mask = 0
            for word in gate:
                bit = self.bits.get(word)
                if bit is None:
                    bit = self.bits[word] = 1 << len(self.bits)
                mask |= bit
            self.masks[key] = (gate, mask)
        self.pending.clear()
        automaton = ahocorasick.Automaton()
        for word, bit in self.bits.items():
            automaton.add_word(word, bit)
        automaton.make_automaton()
        self.automaton = automaton

    def focus(self, text: str) -> None:
        if self.pending:
            self._rebuild()
        mask = 0
        if self.automaton is not None:
            for _, bit in self.automaton.iter(text):
                mask |= bit
        self.text = text
        self.mask = mask


_INDEX = _GateIndex()


def focus(folded: str) -> None:
    """Make ``folded`` (a sentence as `fold` gives it) the text whose gates are answered
    from one scan: call it once per sentence, before its rules ask their gates."""
    _INDEX.focus(folded)


def _gate_open(gate: tuple[str, ...] | None, folded: str) -> bool:
    if gate is None:
        return True
    index = _INDEX
    if folded is index.text:
        known = index.masks.get(id(gate))
        if known is not None:
            return bool(known[1] & index.mask)
        index.learn(gate)
    for word in gate:  # noqa: SIM110 (a plain loop: cheaper than any() for a few words)
        if word in folded:
            return True
    return False


def _gates(words: tuple[tuple[str, ...] | None, ...]) -> tuple[tuple[str, ...] | None, ...]:
    """Gate words as given (substring tests beat a regex alternation here by ~20x)."""
    return words
