"""Patterns behind literal gates: a substring test before a costly regex."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kgbuild.extraction_ru.morphology import gate_open


@dataclass(frozen=True)
class Gated:
    """A pattern and the words (folded, :func:`.morphology.fold`) of which any match
    holds one: a sentence without any of them is not scanned. A regex with a leading
    ``\\b`` and alternatives is tried at every position; a substring test is ~20 times
    cheaper, and most sentences fail it."""

    pattern: re.Pattern[str]
    gate: tuple[str, ...]

    _long_gate: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # a long gate: one scan by an alternation of its literals, built here once rather
        # than looked up (the tuple hashed) for every sentence
        if len(self.gate) >= 4:
            words = sorted(self.gate, key=len, reverse=True)
            object.__setattr__(self, "_long_gate", re.compile("|".join(map(re.escape, words))))

    def search(self, text: str, folded: str) -> re.Match[str] | None:
        """The first match in ``text``, whose folded form is ``folded``."""
        if self._long_gate is not None:
            return self.pattern.search(text) if self._long_gate.search(folded) else None
        return self.pattern.search(text) if gate_open(self.gate, folded) else None


@dataclass(frozen=True)
class AnyOf:
    """Alternatives, each a :class:`Gated` with its own gate: a sentence is scanned only by
    the alternatives whose words it holds. One alternation gated by the union of the words
    opened on most sentences (the union holds «преступлени» and «стать») and then scanned
    every position with every branch."""

    parts: tuple[Gated, ...]
    gate: tuple[str, ...]
    """Words of the wordings as written (spaces for any whitespace between words): a
    sentence that holds none is not looked at for a reference back at all. Not the union
    of the parts' gates, though the two lists share many words: a part's gate is what
    each of its matches must hold (checked per part), this one is the sentence-level cue
    that `Sentence._cued` reads with the other rules' cues, and holds multi-word cues
    («из них», «за это») that no single part's gate needs."""

    def found(self, text: str, folded: str) -> bool:
        """Whether any alternative matches ``text``, whose folded form is ``folded``."""
        return any(part.search(text, folded) is not None for part in self.parts)
