"""What a count is, from the verbs around its figure: a conviction count ("were
convicted", "handed down 104 treason sentences", "48 espionage cases ended in
convictions"), a case count ("opened", "courts received", "There were 88 cases of ...
after a case count"), or none (rules of counts.py)."""

from __future__ import annotations

import re

from kgbuild.claims import ClaimKind
from kgbuild.extraction.breakdowns import BreakdownRules
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en import (
    _POST_CASE,
    _POST_CONV,
    _POST_SENTENCES,
    _PRE_CONV,
    _PRE_FOUND,
    _PRE_FOUND_IN,
    _PRE_SENT_ON,
    _PRE_VERDICT,
    _VERDICT_UNDONE,
    _unit,
)
from kgbuild.extraction.grammar_en_cases import (
    _CASES_ENDED_AFTER,
    _CASES_GO_ON,
    _CASES_KEPT_AFTER,
    _PARTITIVE_BEFORE,
    _PRE_CASE,
    _PRE_CASE_KEPT,
    _TO_COURT_AFTER,
)
from kgbuild.extraction.grammar_en_individual import _TERM_KIND_AMONG, _TERMS_EACH_AFTER
from kgbuild.extraction.numbers import (
    _QUAL,
    _QUAL_TAIL,
)
from kgbuild.fastre import compile_narrowed

_ONE_TRIAL_AFTER = compile_narrowed(
    r"^\s+(?:in|of)\s+(?:the|a|one)\s+(?:[^.;:]{0,60}?\s)?(?:case|trial|cell)['’\"”]?"
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:convicted|jailed|sentenced|found\s+guilty)\b",
    re.IGNORECASE,
)
"""After a number of people, the one case they were tried in: "Eleven defendants in the
Chelyabinsk 'railway cell' case were sentenced on Thursday to ..." (the people of one trial,
no count of convictions, as "Three men were jailed for 15, 14 and 12 years")."""
_ADMINISTRATIVE = compile_narrowed(
    r"\badministrative(?:ly)?\s+(?:code|cases?|offen[cs]es?|charges?|proceedings|"
    r"protocols?|liability|fines?|violations?)\b|\bCode\s+of\s+Administrative\b",
    re.IGNORECASE,
)
_APPEAL_BEFORE = compile_narrowed(
    r"\b(?:upheld|overturned|quashed|annulled|reversed|appealed|reviewed|challenged|"
    r"cancelled|canceled|confirmed|"
    # verdicts a count leaves out: "We left out 58 verdicts", "excluded 12 verdicts"
    r"left\s+out|leave\s+out|excluded|exclude|omitted|discarded|disregarded)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_PRE_SENT = compile_narrowed(rf"\b(?:sent|put)\s+(?:{_QUAL}\s+)?$", re.IGNORECASE)
_TO_PRISON = compile_narrowed(
    r"\s+(?:to\s+(?:prison|jail|penal\s+colon(?:y|ies))|behind\s+bars)\b", re.IGNORECASE
)
"""Around a count: "judges sent 58 people to prison for espionage"."""

_PARTITIVE = compile_narrowed(r"\bof\s+(?:those|them|these)\b", re.IGNORECASE)
_KIND_REACH = 300
"""How far before a count the words telling its kind are read (_count_kind)."""
_MAJORITY_BEFORE = compile_narrowed(
    rf"\b(?:majority|most|bulk)\s+of\s+(?:the\s+)?(?:convictions|verdicts|sentences|"
    rf"those\s+(?:convicted|sentenced)|convicted\s+people|defendants)\s*(?:[,—–]|\s-)\s*"
    rf"(?:{_QUAL}\s+)?$",
    re.IGNORECASE,
)
_FOR_AFTER = compile_narrowed(
    r"^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*or\s+[\d.,]+\s*(?:%|per\s*cent))?\s*(?:[,—–]|\s-)\s*"
    r"(?:were|was)\s+(?:for|under|on)\b",
    re.IGNORECASE,
)
"""A count in apposition to the majority of the convictions, its charge after "were for":
"The majority of convictions—177 people, or 76%—were for state treason"."""
_TERM_KIND_COUNTED = compile_narrowed(
    r"\b(?:life|suspended|conditional|custodial|non-custodial|probationary|real|actual)\s+"
    r"(?:prison\s+|jail\s+)?(?:sentences|terms)\b",
    re.IGNORECASE,
)
"""Sentences counted by their kind ("11 life sentences for treason", "14 suspended sentences
for desertion"): a part of the people convicted, by punishment, no count of convictions."""
_IN_ABSENTIA_AFTER = compile_narrowed(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:convicted|sentenced|tried)\s+in\s+absentia"
    r"\b(?!\s+(?:of|for|on|under)\b)",
    re.IGNORECASE,
)
"""After "N people": how a part of the people counted was tried ("..., and 27 people were
sentenced in absentia."), no count of its own; one with its charge after it is one."""


class CountKindRules(BreakdownRules):
    """The kind of a count by its verbs."""

    def _count_kind(self, m: re.Match[str]) -> tuple[ClaimKind | None, str]:
        """What a count (_COUNT match) is, from the verbs around it; (None, "") if none."""
        if "administrative" in self.folded and _ADMINISTRATIVE.search(
            self.s, *self._clause(m.start())
        ):
            # "1,500 cases on discrediting the army under the administrative code": fines,
            # not criminal convictions or cases
            return None, ""
        # the words before the count that its kind depends on end at it: a window of them,
        # not the whole of a long run-on sentence (every pattern below is anchored at its
        # end but _CASES_GO_ON, which reads the sentence's opening)
        pre, post = self.s[max(0, m.start() - _KIND_REACH) : m.start()], self.s[m.end() :]
        qual_pre = _QUAL_TAIL.search(pre)
        pre_core = pre[: qual_pre.start()] if qual_pre else pre
        unit = _unit(m.group("noun"))
        if unit == "cases":
            if _CASES_ENDED_AFTER.match(post) and not _PARTITIVE_BEFORE.search(pre):
                # "48 espionage cases ended in convictions": verdicts, as "guilty verdicts
                # in 28 espionage cases"
                return "conviction_count", "count.cases-ended"
            if _CASES_KEPT_AFTER.match(post) or _PRE_CASE_KEPT.search(pre):
                # "the 96 sabotage cases the monitor followed", "had followed 54 such cases"
                return "case_count", "case.active"
            if _POST_CASE.search(post) or _PRE_CASE.search(pre):
                return "case_count", "case.passive" if _POST_CASE.search(post) else "case.active"
            if _PRE_SENT_ON.search(pre) and _TO_COURT_AFTER.match(post):
                # "prosecutors sent 94 treason cases to court in 2024"
                return "case_count", "case.active"
            if _PRE_FOUND_IN.search(pre):
                return "conviction_count", "count.found-guilty"
            if _CASES_GO_ON.match(self.s, 0, m.start()) and any(
                d.kind == "case_count" and d.sentence_index == self.index - 1
                for d in self.state.drafts[-8:]
            ):
                # "... received 1,204 cases. There were 88 cases of desertion, ...": the
                # cases of the sentence before, offence by offence
                return "case_count", "case.continued"
            return None, ""
        if "absentia" in self.folded and _IN_ABSENTIA_AFTER.match(post):
            return None, ""
        if unit in {"verdicts", "sentences"} and _TERM_KIND_COUNTED.search(m.group(0)):
            return None, ""
        if m.group("noun").lower() == "sentences":
            # "handed down 104 treason sentences"; a bare "sentences" is too often a term
            if _PRE_VERDICT.search(pre) or _POST_SENTENCES.search(post):
                return "conviction_count", "count.verdicts"
            return None, ""
        if unit == "verdicts":
            if _APPEAL_BEFORE.search(pre):
                # "upheld 14 treason verdicts on appeal": the same verdicts counted again
                return None, ""
            if not _VERDICT_UNDONE.search(post) or _PRE_VERDICT.search(pre):
                return "conviction_count", "count.verdicts"
            return None, ""
        if _gate_open(("case", "trial", "cell"), self.folded) and _ONE_TRIAL_AFTER.match(post):
            return None, ""
        if _TERMS_EACH_AFTER.match(post) or (
            _PARTITIVE.search(m.group(0)) and _TERM_KIND_AMONG.match(post)
        ):
            # "Three men were jailed for 15, 14 and 12 years", "Nine of those convicted
            # received suspended sentences"
            return None, ""
        if _POST_CONV.search(post):
            return "conviction_count", "count.passive"
        if _MAJORITY_BEFORE.search(pre) and _FOR_AFTER.match(post):
            return "conviction_count", "count.passive"
        if _PRE_CONV.search(pre):
            return "conviction_count", "count.active"
        if _PRE_SENT.search(pre) and _TO_PRISON.match(post):
            return "conviction_count", "count.sent-to-prison"
        if _PRE_FOUND.search(pre_core + (qual_pre.group(0) if qual_pre else "")) and re.match(
            r"^\s+guilty\b", post, re.IGNORECASE
        ):
            return "conviction_count", "count.found-guilty"
        if _PRE_FOUND_IN.search(pre):
            return "conviction_count", "count.found-guilty"
        return None, ""
