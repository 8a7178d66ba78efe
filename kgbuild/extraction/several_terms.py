"""Several people sentenced in one clause, a term each: "sentenced two men from Kherson to 13
and 11 years for treason", "Three residents were jailed for 15, 14 and 12 years",
"sentenced three Ukrainians on Tuesday to 12, 14 and 15 years respectively on espionage
charges"; and one more person after them with a term (and maybe a charge) of their own:
"..., and a third defendant, a former policeman, to nine years for espionage". Each term is
one individual sentence; the number of people is no conviction count. Split from
individual.py."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft
from kgbuild.extraction.gapped import GappedSentenceRules
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en_penalties import _NUMD
from kgbuild.extraction.numbers import parse_number
from kgbuild.extraction.periods import _format_date, _nearest
from kgbuild.fastre import compile_narrowed

_PEOPLE = (
    # "the two brothers", "all three men": a determiner before the number
    r"(?P<who>(?:(?:the|both\s+the|all(?:\s+the)?)\s+)?"
    r"(?P<k>two|three|four|five|six|seven|eight|nine|ten|\d)\s+"
    # "two of them have been sentenced to 14 and 16 years": a part of a group told before
    r"(?:of\s+(?:them|those|these)|"
    r"(?!(?:years?|months?|times|of\s+(?:them|those|these))\b)[^.;:\d]{1,80}?)"
    # "two teenagers, aged 16 and 17, to six and seven years": their ages aside
    r"(?:\s*,\s*aged\s+\d{1,2}(?:(?:\s*,\s*|\s*,?\s+and\s+)\d{1,2})+\s*,)?)"
)
_WHERE = (
    r"(?:\s+(?:in\s+prison|behind\s+bars|in\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+colon(?:y|ies)))?"
)
_TERMS = (
    rf"(?:(?P<terms>{_NUMD}(?:\s*,\s*{_NUMD})*\s*,?\s+and\s+{_NUMD})[\s-]+years?['’]?{_WHERE}"
    r"(?:\s*,?\s+respectively)?|"
    # "to 15 years each": one term for every one of them
    rf"(?P<each>{_NUMD})[\s-]+years?['’]?{_WHERE}\s+each\b)"
)
_SEVERAL_TERMS: tuple[re.Pattern[str], ...] = (
    compile_narrowed(
        # "sentenced two men from the Kherson region to 13 and 11 years"
        rf"\b(?:sentenced|jailed)\s+{_PEOPLE}\s+(?:on\s+\w+\s+|in\s+absentia\s+)?(?:to|for)\s+"
        rf"(?:terms\s+of\s+)?{_TERMS}",
        re.IGNORECASE,
    ),
    compile_narrowed(
        # "Three residents were jailed for 15, 14 and 12 years", "The two brothers received
        # 17 and 15 years respectively"
        rf"\b{_PEOPLE}\s+(?:(?:were|ha(?:ve|d)\s+(?:already\s+|since\s+|now\s+)?been)\s+"
        rf"(?:sentenced|jailed|imprisoned)"
        rf"\s+(?:on\s+\w+\s+|in\s+absentia\s+)?(?:to|for)|received|got|were\s+given|"
        rf"were\s+handed)\s+(?:terms\s+of\s+)?{_TERMS}",
        re.IGNORECASE,
    ),
    compile_narrowed(
        # "The court gave the two brothers 12 and 14 years": the people, then their terms
        rf"\b(?:gave|handed)\s+{_PEOPLE}\s+(?:terms\s+of\s+|prison\s+terms\s+of\s+)?{_TERMS}",
        re.IGNORECASE,
    ),
)
_NAMED = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+[A-Z][a-z]?\.)?"
_SEVERAL_TERMS += (
    compile_narrowed(
        # "Ivan Petrov and Oleg Sidorov were sentenced to 13 and 15 years respectively",
        # "Ivan and Oleg Petrov were jailed for 13 and 15 years": as many names as terms
        rf"(?-i:(?P<who>{_NAMED}(?:\s*,\s*{_NAMED})*\s*,?\s+and\s+{_NAMED}))\s+"
        r"(?:were|ha(?:ve|d)\s+been)\s+(?:sentenced|jailed|imprisoned)"
        rf"\s+(?:on\s+\w+\s+|in\s+absentia\s+)?(?:to|for)\s+(?:terms\s+of\s+)?{_TERMS}",
        re.IGNORECASE,
    ),
)
_SEVERAL_TERMS += (
    compile_narrowed(
        # a court-watch line in telegraphic style: "two brothers from Mariupol, 16 and 17
        # years, espionage." (the people, their terms, the charge, each after a comma)
        rf"(?<![\w,] )\b{_PEOPLE}\s*,\s*{_TERMS}\s*,\s*(?P<telegraph>)"
        r"(?=[^,;.\d]{3,80}(?:[.;]|$))",
        re.IGNORECASE | re.MULTILINE,
    ),
)
_SEVERAL_GATES = (
    ("sentenced", "jailed"),
    ("sentenced", "jailed", "imprisoned", "received", "got", "given", "handed"),
    ("gave", "handed"),
    ("sentenced", "jailed", "imprisoned"),
    ("years,",),
)
_NAME_SPLIT = re.compile(r"\s*,?\s+and\s+|\s*,\s*")
_NOT_PEOPLE = frozenset(
    {*("the", "a", "an", "in", "on", "at", "moscow", "russia", "ukraine", "crimea")}
    | {"courts", "court", "prosecutors", "police"}
)
"""First words of a coordinated "name" that is none: "In Moscow and Tver ..."."""
_TERM_SPLIT = re.compile(r"\s*,?\s+and\s+|\s*,\s*")
_ONE_MORE = compile_narrowed(
    r"\s*,?\s+and\s+(?P<obj>(?:an?|the)\s+(?:second|third|fourth|fifth|sixth|another|fourth)"
    r"(?:\s+[a-z][\w-]*)?)"
    r"(?:\s*,\s*(?:an?|the|his|her|their|who|whose)\b[^,;.]{1,80},)?"
    rf"\s+(?:to|for)\s+(?P<n>{_NUMD})[\s-]+years?\b",
    re.IGNORECASE,
)
"""One more person after the terms of several: ", and a third defendant, a 27-year-old
former policeman, to nine years", ", and a fourth to ten years"."""

_CHARGE_ON = compile_narrowed(
    r"\s+on\s+(?:[\w-]+\s+){1,4}?charges?(?=\s*,\s*and\s|\s+and\s)", re.IGNORECASE
)
"""A charge told as "on desertion charges" before one more person."""


_RESPECTIVELY = compile_narrowed(r"[^.;]{0,160}?\brespectively\b", re.IGNORECASE)
"""After several terms and as many charges: one charge each, in order."""


class SeveralTermsRules(GappedSentenceRules):
    """A term each for several people sentenced in one clause."""

    def _charge(self, start: int, end: int) -> tuple[str, ...]:
        """The charge of a term between ``start`` and ``end`` (individual.py)."""
        raise NotImplementedError

    def _court(self, start: int, obj: str) -> str | None:
        """The court that passed a term at ``start`` (individual.py)."""
        raise NotImplementedError

    def _offence_at(self, at: int) -> bool:
        """Whether an offence is named right at ``at`` (a quotation mark aside)."""
        return any(at <= o.start <= at + 2 for o in self.offences)

    def extract_several_terms(self, taken: list[tuple[int, int]]) -> list[_Draft]:
        """The terms of several people, their spans added to ``taken``."""
        if " and " not in self.folded and " each" not in self.folded:
            return []
        drafts: list[_Draft] = []
        for pattern, gate in zip(_SEVERAL_TERMS, _SEVERAL_GATES, strict=True):
            if not _gate_open(gate, self.folded):
                continue
            for m in pattern.finditer(self.s):
                if m.groupdict().get("telegraph") is not None and not self._offence_at(m.end()):
                    continue  # "two brothers, 16 and 17 years, espionage": the charge next
                k = m.groupdict().get("k")
                if k is not None:
                    people = parse_number(k)
                else:
                    # the names coordinated, none of them a place or an institution's
                    names = _NAME_SPLIT.split(m["who"])
                    if any(n.split()[0].lower() in _NOT_PEOPLE for n in names):
                        continue
                    people = len(names)
                if m["each"]:
                    terms = [parse_number(m["each"])] * int(people or 0)
                else:
                    terms = [parse_number(t) for t in _TERM_SPLIT.split(m["terms"])]
                if people != len(terms) or any(t is None or not 0 < t <= 30 for t in terms):
                    continue
                at = m.start("terms") if m["terms"] else m.start("each")
                charge = self._charge(at, m.end())
                if not charge and not self.offences and " of th" in m["who"].lower():
                    # "Eleven suspects were detained, and two of them have been sentenced
                    # to 14 and 16 years": the charge of the group told before
                    charge = self.state.previous_offences
                t = _nearest(self.times, m.start(), ("period", "report"))
                date = _format_date(t) if t is not None else None
                court = self._court(m.start(), m["who"])
                who = " ".join(m["who"].split())
                # "... to 14 and 11 years for treason and espionage respectively": a charge
                # each, in the order of the terms
                paired = (
                    len(terms) > 1
                    and len(charge) == len(terms)
                    and _RESPECTIVELY.match(self.s, at) is not None
                )
                for i, years in enumerate(terms):
                    own = (charge[i],) if paired else charge
                    draft = self._draft("individual_sentence", "sentence.several", at)
                    draft.person = f"{who} ({i + 1} of {len(terms)})"
                    draft.sentence_years = years
                    draft.offences = own
                    draft.articles = self.lexicon.articles_for(own)
                    draft.date, draft.court = date, court
                    drafts.append(draft)
                # the number of people given a term each is no conviction count
                anchors = range(self.offset + m.start("who"), self.offset + m.end("who"))
                self.counts = [d for d in self.counts if d.anchor not in anchors]
                more = self._one_more(m.end(), charge, drafts)
                if more is not None:
                    drafts[-1].date, drafts[-1].court = date, court
                taken.append((m.start(), m.end() if more is None else more.end()))
        return drafts

    def _one_more(
        self, end: int, charge: tuple[str, ...], drafts: list[_Draft]
    ) -> re.Match[str] | None:
        """ ", and a third defendant, a former policeman, to nine years for espionage" after
        the terms that end at ``end``: one more term, with its own charge if it names one."""
        on = _CHARGE_ON.match(self.s, end)
        more = _ONE_MORE.match(self.s, on.end() if on else self._after_first_charge(end))
        years = None if more is None else parse_number(more["n"])
        if more is None or years is None or not 0 < years <= 30:
            return None
        own = self._gapped_charge(more.end(), charge) or charge
        draft = self._draft("individual_sentence", "sentence.several", more.start("n"))
        draft.person = " ".join(more["obj"].split())
        draft.sentence_years = years
        draft.offences = own
        draft.articles = self.lexicon.articles_for(own)
        drafts.append(draft)
        return more
