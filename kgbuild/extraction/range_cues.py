"""Whether a bare range "A to B years" is the law's: a statutory cue shortly before it, an
offence heading its item ("Espionage: 10–20 years"), "Treason is 12 to 20 years", or the cue
of the range before (rules of penalties.py)."""

from __future__ import annotations

import re

from kgbuild.extraction.grammar_en_penalties import _STATUTORY_CUE
from kgbuild.extraction.minimum_terms import MinimumTermRules
from kgbuild.fastre import compile_narrowed

_LABEL_GAP = compile_narrowed(r"\)?\s*(?:\([^()]{1,40}\))?\s*(?P<sep>[:—–,])\s*(?:from\s+)?")
"""Between an offence heading an item and its range: "Espionage (Art. 276): 10–20 years"."""
_ITEM_START = compile_narrowed(r"(?:^|[;:.•]|\n)\W*$")
"""Only punctuation between the item's start (or the sentence's) and its offence."""
_LABEL_COORD = compile_narrowed(r"\s*(?:,\s*)?(?:or|and|/)?\s*", re.IGNORECASE)
"""Between two offences that head one item together: "Treason or espionage: ..."."""
_TERMS_TOLD = compile_narrowed(
    r"\b(?:sentences|terms\s+(?:imposed|handed|given)|imposed|handed\s+down|ranged|received|"
    r"got|jailed|sentenced)\b",
    re.IGNORECASE,
)
"""Terms passed on people: a range after a label is then no range of the Code."""
_PUNISHES_WITH = compile_narrowed(
    r"\bpunish(?:es|ed)\s+[^.;()]{1,160}?\bwith\s+(?:(?:imprisonment|deprivation\s+of\s+"
    r"liberty)\s+for\s+|(?:a\s+)?(?:prison\s+)?terms?\s+of\s+)?$",
    re.IGNORECASE,
)
"""A range the verb "punishes" governs through "with", however long the definition between:
"It punishes a citizen who knowingly helps an adversary in wartime with imprisonment for
ten to fifteen years"."""
_OFFENCE_IS = compile_narrowed(r"\s*(?:is|was)\s+(?:now\s+|still\s+)?$", re.IGNORECASE)
"""Between an offence and a bare range: "Treason is 12 to 20 years"."""
_YEARS_OLD = compile_narrowed(r"[^.;]{0,30}?\byears?[\s-]+old\b", re.IGNORECASE)
_PENALTY_HEAD = compile_narrowed(r"\b(?:penalt(?:y|ies)|punishments?|sanctions)\s*:", re.I)
_ARTICLE_NUMBER = re.compile(r"\b(?:Articles?|Art\.|Parts?)\s+\d+(?:\.\d+)?\b")
_ELIDED_CUE = compile_narrowed(
    r"(?:,|;|\band)\s+(?:(?:and|while|whereas)\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?\s+"
    r"by\s+(?:between\s+|from\s+)?$",
    re.IGNORECASE,
)
"""Right before a range whose cue is the range's before it: ", espionage by 10 to 20"."""


class RangeCueRules(MinimumTermRules):
    """The cues of a bare range (see the module)."""

    def _offence_label_before(self, start: int) -> bool:
        """ "Espionage: 10–20 years", "Penalties: treason, 12 to 20 years or life; espionage,
        10 to 20 years": a range right after an offence that heads its item with a colon or
        a dash (or a comma under a head of penalties), no terms imposed told of."""
        before = [o for o in self.offences if o.end <= start]
        if not before or _TERMS_TOLD.search(self.s):
            return False
        head = _LABEL_GAP.fullmatch(self.s, before[-1].end, start)
        label = before[-1]
        if len(before) > 1 and re.fullmatch(r"\s*\(\s*", self.s[before[-2].end : label.start]):
            label = before[-2]  # "Espionage (Art. 276): ...": the article in brackets
        first = len(before) - 1
        while first > 0 and _LABEL_COORD.fullmatch(
            self.s, before[first - 1].end, before[first].start
        ):
            first -= 1  # "Sabotage training or a sabotage community: 15 to 20 years or life"
        if first < len(before) - 1 and label is before[-1]:
            label = before[first]
        if head is None or label.how == "article" or not _ITEM_START.search(self.s, 0, label.start):
            # ("Article 275 — 12 to 20 years for treason": a digest's line, no label)
            return False
        return head.group("sep") != "," or _PENALTY_HEAD.search(self.s, 0, start) is not None

    def _offence_copula(self, start: int) -> bool:
        """ "Treason is 12 to 20 years": the offence itself the subject of "is" before a
        range (not "The defendant is 25 to 35 years old")."""
        copula = _OFFENCE_IS.search(self.s, max(0, start - 30), start)
        return (
            copula is not None
            and any(o.end == copula.start() for o in self.offences)
            and _YEARS_OLD.match(self.s, start) is None
        )

    def _cue_before_range(self, start: int) -> bool:
        """A statutory cue shortly before a bare range "A to B years": within 40 characters,
        or within 80 with no number between ("punishes confidential cooperation with a
        foreign state with three to eight years")."""
        window = self.s[max(0, start - 80) : start]
        for cue in _STATUTORY_CUE.finditer(window):
            if len(window) - cue.start() <= 40 or not re.search(
                r"\d", _ARTICLE_NUMBER.sub("", window[cue.end() :])
            ):
                # "punishable under Article 205.2 by fines or by two to five years": an
                # article's number is no other figure
                return True
        if self._offence_label_before(start):
            return True
        if "punish" in self.folded and _PUNISHES_WITH.search(self.s, max(0, start - 200), start):
            return True
        if self._offence_copula(start):
            return True
        # "Treason is punishable by 12 to 20 years, espionage by 10 to 20": the cue and its
        # verb left to the range before
        return bool(
            _ELIDED_CUE.search(self.s, max(0, start - 70), start)
            and _STATUTORY_CUE.search(self.s, 0, start)
        )
