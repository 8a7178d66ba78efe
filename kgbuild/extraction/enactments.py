"""Enactments: which law made or changed which offence, and when (grammar in
grammar_en_enactments.py; a law's entry into force told with it: in_force.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from kgbuild.extraction.drafts import _Draft, _RecentLaw, _unique
from kgbuild.extraction.enacted_now import NowEnactedRules
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en_enactments import (
    _CREATES_NEW,
    _ENACT,
    _ENACT_CONTINUES,
    _ENACT_PIECES,
)
from kgbuild.extraction.grammar_en_penalties import (
    _BILL_SUBMITTED,
)
from kgbuild.extraction.grammar_periods import _MONTH
from kgbuild.extraction.in_force import then_in_force
from kgbuild.extraction.ordinal_days import on_the_day
from kgbuild.extraction.periods import _format_date, _nearest, _shift_year
from kgbuild.extraction.references import _BOTH, paired_offences, previous_offences
from kgbuild.fastre import compile_narrowed

_EVENT_BEFORE = compile_narrowed(
    r"\b(?:after|before|following|prior\s+to)\s+(?:(?:the|its|(?:Russia|Moscow|Ukraine)['’]s)\s+)?$",
    re.IGNORECASE,
)
_DATE_AFTER_VERB = compile_narrowed(r"\s+(?:(?:in|on)\s+)?", re.IGNORECASE)
_THE_ARTICLE = compile_narrowed(
    r"\W*(?:the\s+(?:new|current|amended|latest|present)\s+(?:version|wording)\s+of\s+)?"
    r"(?:(?:the|this|that)\s+(?:article|offen[cs]e|crime|provision)|"
    r"(?:both|these|those|the\s+two)\s+(?:articles|offen[cs]es|crimes|provisions))\b",
    re.IGNORECASE,
)
"""A sentence opening on the article or offence of the sentence before."""
_IT_WAS_MADE = compile_narrowed(
    r"^\W*it\s+(?:was|has\s+been|had\s+been)\s+(?:(?:only|first|later|then|also)\s+)?"
    r"(?:added|introduced|created|inserted|enacted|written)\s+(?:in|into|to|by|on)\b"
    r"[^.;]{0,40}?\b(?:code|laws?|legislation|amendments?|statute|signed)\b",
    re.IGNORECASE,
)
"""A sentence opening on "it" made by a law, the article the sentence before defined:
"Article 281.1 punishes ... It was added to the Code by a law signed on 29 December 2022"
(not "It was added to the court's website on 3 May": no code, law or amendment)."""
_THAT_THE_ARTICLE = compile_narrowed(
    r"\b(?:that|and)\s+(?:the|this)\s+(?:article|offen[cs]e|crime|provision)\b", re.IGNORECASE
)
"""A clause opening on it in reported speech: "..., and that the article, which carries up
to eight years, was passed in July 2022"."""
_THE_PENALTY = compile_narrowed(
    r"\b(?:since|after|when|before|until)\s+(?:the|this|that|such\s+a)\s+"
    r"(?:(?:life|new|harsher|tougher|maximum)\s+)?(?:penalty|punishment|sentence|term)\s+"
    r"(?:was|had\s+been|has\s+been)\s+(?:introduced|added|adopted|enacted)\b",
    re.IGNORECASE,
)
"""A penalty of the offence the sentence before named, dated: "one of the first such
sentences since the penalty was introduced in 2023"."""
_NEW_ONES_MADE = compile_narrowed(
    r"\b(?:two|three|four|five|several|\d)\s+new\s+(?:criminal\s+)?(?:offen[cs]es|crimes|"
    r"articles)\s+(?:were|have\s+been|had\s+been)\s+(?:creat|introduc|add|establish)\w*",
    re.IGNORECASE,
)
"""New offences made, told in the passive before the colon of their list: "At the end of 2022
three new offences were added to the Code: assisting sabotage, ... and ..."."""
_IT_CHANGED = compile_narrowed(
    r"\b(?:added|adds|extended|extends|applied|applies)\s+[^.;,]{1,60}?\s+to\s+it\b|"
    r"\b(?:made|makes)\s+it\s+(?:punishable|a\s+crime|an?\s+(?:separate\s+)?offen[cs]e|"
    r"illegal|harsher|tougher)\b|"
    r"\b(?:toughened|toughens|tightened|amended|amends|expanded|broadened|rewrote|"
    r"reworded)\s+it\b|"
    r"^\W*it\s+was\s+(?:(?:later|then|also)\s+)?(?:toughened|tightened|amended|extended|"
    r"expanded|broadened|reworded)\s+by\b|"
    # "Voluntary surrender is punishable by ... It became a crime under amendments signed
    # on 24 September 2022"
    r"^\W*it\s+(?:only\s+)?became\s+(?:an?\s+)?(?:(?:separate|criminal)\s+)?(?:crime|offen[cs]e)\s+"
    r"(?:under|with|through|by)\s+(?:the\s+|a\s+)?(?:amendments?|laws?|legislation)\b",
    re.IGNORECASE,
)
"""A dated law that changed "it", the offence of the sentence before: "Treason carried 12
to 20 years. A law signed on 28 April 2023 added life imprisonment to it"."""
_SINCE_THE_LAW_IT = compile_narrowed(
    # a legal database's entry under the article's heading: "Added by Federal Law No. ..."
    r"^\W*(?:added|inserted|introduced)\s+by\s+(?:the\s+|a\s+)?(?:federal\s+)?law\b|"
    r"^\W*(?:since|after|following|under)\s+(?:the\s+|a\s+|new\s+)?(?:amendments?|laws?|"
    r"legislation|changes)\b[^.;]{0,80}?,\s*it\s",
    re.IGNORECASE,
)
"""A dated law before "it", the offence of the sentence before: "A repeat offence is a crime
under Article 280.3. Since amendments signed in March 2023, it is punishable by ..."."""
_MAKES_CRIME = compile_narrowed(r"(?:makes?|made|making)\s", re.IGNORECASE)
_THE_LAW = compile_narrowed(
    r"\bthe\s+(?:bill|law|legislation|measures?|amendments?)\b|"
    r"\b(?:passed|adopted|approved|signed|backed|endorsed)\s+it\b",
    re.IGNORECASE,
)
_MONTH_IN = compile_narrowed(rf"\b(?:{_MONTH})\b")
_ENACT_CLAUSE_END = compile_narrowed(
    r";|:|\.\s|,?\s+(?:while|whereas|but|which|who|also|only|mentions?|touch(?:ed|es)\s+on)\b",
    re.IGNORECASE,
)


_AND_ARTICLE_AFTER = re.compile(r"[^;:]{1,160}?,\s+(?:and|as\s+well\s+as)\s+(?=Articles?\s+\d)")
_SIGNED = re.compile(r"\bsign(?:ed|s|atures?)\b", re.IGNORECASE)

_TO_COME = re.compile(r"will\b|takes\b|comes\b|enters\b|take\b|come\b|enter\b")
"""An in-force verb of what is to come ("will take effect", "takes effect on 1 March")."""


_TERM_FOR_A_CHARGE = compile_narrowed(
    r"\b(?:sentences?|penalt(?:y|ies)|punishments?|terms?|liability)\s+for\s+"
    r"(?!(?:it|them|this|that|these|those|such|both)\b)[a-z]",
    re.IGNORECASE,
)
"""A penalty said of a charge of its own: "The law also increases the minimum sentence for
recruiting people into terrorist crimes" (the scheme lacks it; not the law's earlier
offences)."""
_CHARGED_UNDER = compile_narrowed(r"\b(?:under|of|for|by|on)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
"""Before "new article" naming a charge: "7 under the new Article 275.1"."""
_VERDICT_PASSED = re.compile(
    r"\b(?:sentences?|verdicts?|judg(?:e)?ments?|rulings?)\s+(?:[\w-]+\s+){0,3}$|"
    # "Of 412 verdicts ..., 61 were passed in absentia": a count of them as the subject
    r"(?<![\w.,])\d[\d,]*\s+(?:of\s+(?:them|these|those)\s+)?(?:were|have\s+been|had\s+been)"
    r"\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
"""A verdict noun as the subject of "passed": "five sentences were passed" (no law)."""
_IN_ABSENTIA = re.compile(r"\s+in\s+absentia\b", re.IGNORECASE)
"""After "passed": verdicts, never a law."""
_NOT_YET_LAW = re.compile(
    r"[^.;,]{0,50}?\b(?:in\s+)?(?:(?:its|the|a)\s+)?(?:first|second|1st|2nd)\s+reading\b",
    re.IGNORECASE,
)
"""After "passed" or "approved": a reading of a bill, not yet a law ("passed its first
reading on Tuesday", "approved the bill in the first reading")."""
_COMMITTEE_BEFORE = re.compile(r"\b[Cc]ommittees?\b[^.;]{0,40}?\s+(?:has\s+|had\s+)?$")
"""Before "approved": a parliamentary committee as the subject (not yet a law)."""
_THE_LAW_OPENS = re.compile(
    r"\W*(?:The|This)\s+(?:new\s+)?(?:law|legislation|amendments|package)\b(?!\s+(?:on|of)\b)|"
    # "It introduced Article 352.1 ... and Article 356.1": "it", the law just dated
    r"\W*It\s+(?:also\s+)?(?:introduced|introduces|added|adds|created|creates|inserted)\s"
    r"(?:new\s+)?(?:Articles?|offen[cs]es|crimes|criminal\s+liability)\b"
)
"""A sentence about the law just dated: "The law, published in ..., introduces ..."."""
_AMENDED_OFTEN = re.compile(
    r"\s+(?:(?:\w+|\d+)\s+times|twice|repeatedly|several\s+times|many\s+times|more\s+than\s+once)\b",
    re.IGNORECASE,
)
"""After "amended": how often, not when ("amended four times since 2012")."""
_FOR_A_TIME = re.compile(
    r"\s+(?:only\s+|just\s+|barely\s+)?for\s+(?:(?:only|just|barely|less\s+than|more\s+than|"
    r"about|nearly|almost|some|over|under|roughly|around)\s+){0,2}(?:a\s+few|a\s+couple\s+of|"
    r"a|an|several|\w+)\s+(?:days?|weeks?|months?|years?|decades?)\b",
    re.IGNORECASE,
)
"""After "in force" or "a crime": for how long, not since when ("an article that had been in
force for only a few months" dates no law: the time in the sentence is a count's)."""
_WHOLE_CODE_BEFORE = compile_narrowed(
    r"\b(?:the|Russia['’]s|its)\s+(?:(?:current|present|new|modern|post-Soviet|Russian|"
    r"whole)\s+)?(?:Criminal\s+)?Code\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?"
    r"(?:first\s+)?$",
    re.IGNORECASE,
)
"""Before "adopted", "enacted", "introduced": the Code itself as the subject ("more than in
any year since the Criminal Code was adopted", "since the current Code was enacted in
1996"): the Code's own date, no enactment of an offence."""
_NTH_YEAR_OF_IT = compile_narrowed(
    r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:full\s+|calendar\s+|whole\s+)?year\b(?:\s+(?:of|after)\s+(?:[\w'’-]+\s+){1,3}?|\s+)"
    r"(?:in\s+which\b|that\b|when\b|since\b|(?=(?:the|this|its)\s))[^,.;]{0,60}$",
    re.IGNORECASE,
)
"""Before "in force": which year of the article's life a figure's year is ("in 2025, the
third full year in which the article has been in force") dates no law."""
_PASSED_ON_TO = re.compile(
    r"(?:\s+(?!(?:the\s+|a\s+|this\s+|that\s+)?(?:bill|law|legislation|amendments?|measures?|"
    r"package)\b)[\w'’-]+){1,6}?\s+(?:on\s+)?to\s+(?!law\b)(?:the\s+|an?\s+|his\s+|her\s+|"
    r"their\s+)?[\w'’-]*(?:Ukrain|[A-Z]|foreign|intelligence|handlers?|curators?|enemy|agents?|"
    r"officers?|contacts?|services?|security)",
)
"""What follows "passed" when something was handed over, not a law voted: "had passed
photographs of naval vessels to Ukrainian intelligence", "passed the coordinates on to
his handler"."""


class EnactmentRules(NowEnactedRules):
    """Enactments of offences, dated by the sentence or by the law before them."""

    def _the_law_told_again(self) -> bool:
        """Whether the sentence opens on "The law" right after a dated law: "The law ...
        took effect on 14 November. The law, published in the official gazette, introduces
        an article on X" (the same law, its date)."""
        law = self.state.recent_law
        return (
            law is not None
            and law.date is not None
            and 0 < self.index - law.sentence_index <= 2
            and _THE_LAW_OPENS.match(self.s) is not None
        )

    def _whole_code(self, m: re.Match[str]) -> bool:
        """Whether an enactment verb is told of the Code itself ("the Criminal Code was
        adopted", "since the Code came into force in 1997"): no offence's enactment."""
        verb = m.group("v").lower()
        told = verb.startswith(("adopted", "enacted", "introduced", "passed", "approved"))
        if not told and not verb.endswith(("effect", "force")):
            return False
        before = _WHOLE_CODE_BEFORE.search(self.s, max(0, m.start("v") - 60), m.start("v"))
        return before is not None

    def extract_enactments(self) -> list[_Draft]:
        m = _ENACT.search(self.s) if _gate_open(_ENACT_PIECES, self.folded) else None
        while m is not None and "code" in self.folded and self._whole_code(m):
            m = _ENACT.search(self.s, m.end())  # "since the Criminal Code was adopted"
        if m is None:
            return self._enacted_now()
        if "sign" in self.folded and not _SIGNED.search(m.group("v")):
            # "The Duma voted this month to ..., and Putin signed the amendments on Friday":
            # the signature dates the law, not the vote before it
            signed = next(
                (x for x in _ENACT.finditer(self.s, m.end()) if _SIGNED.search(x.group("v"))),
                None,
            )
            m = signed or m
        verb = m.group("v").lower()
        if verb.startswith(("passed", "approved", "adopted")) and _NOT_YET_LAW.match(
            self.s, m.end()
        ):
            # "The bill, which passed its first reading on Tuesday, ...": not yet a law
            return self._enacted_now()
        if verb.startswith(("passed", "approved", "adopted")) and _COMMITTEE_BEFORE.search(
            self.s, 0, m.start("v")
        ):
            # "The Federation Council committee approved the law on Monday and recommended
            # that the council approve it": a committee's step, not yet a law
            return self._enacted_now()
        bill = _BILL_SUBMITTED.search(self.s) if verb.startswith("introduc") else None
        if bill is not None and bill.start() <= m.start("v") < bill.end():
            return []  # "The bill was introduced to the State Duma in October": no law yet
        if verb == "amended" and _AMENDED_OFTEN.match(self.s, m.end()):
            # "Article 275 has been amended four times since 2012": no one law, no date
            return self._enacted_now()
        if _FOR_A_TIME.match(self.s, m.end()) or (
            "year" in self.folded
            and _NTH_YEAR_OF_IT.search(self.s, max(0, m.start("v") - 120), m.start("v"))
        ):
            return self._enacted_now()
        if verb.endswith("new article") and _CHARGED_UNDER.search(self.s, 0, m.start("v")):
            # "63 under Article 275 and 7 under the new Article 275.1": a charge, no law
            return self._enacted_now()
        if verb.startswith("passed") and (
            _VERDICT_PASSED.search(self.s, 0, m.start("v"))
            or _IN_ABSENTIA.match(self.s, m.end())
            or _PASSED_ON_TO.match(self.s, m.end())
        ):
            # "Five sentences were passed in 2023": verdicts, not a law
            return self._enacted_now()
        if verb in {"toughened", "tightened", "stiffened"}:
            rule = "enactment.toughened"
        elif verb.startswith("passed"):
            rule = "enactment.passed"
        elif _SIGNED.search(verb) or re.search(r"day['’]s\s", verb):
            # "Last Friday's law": the law signed that day
            rule = "enactment.signed"
        elif verb == "amended" or re.search(r"\b(?:expanded|broadened|widened)\b", verb):
            rule = "enactment.amended"
        elif verb.endswith(("effect", "force")):
            rule = "enactment.in-force"
        else:
            rule = "enactment.introduced"
        # "came into force in November of that year": a time right after the verb dates it
        t = next(
            (
                t
                for t in self.times
                if t.first is not None
                and t.role != "baseline"
                and _DATE_AFTER_VERB.fullmatch(self.s, m.end(), t.start)
            ),
            None,
        ) or _nearest(self.times, m.start(), ("period", "report", "enacted"))
        if t is not None and t.precision == "year" and t.first is not None:
            # "The 2023 law on treason was signed by Putin on 28 April": the day in that year
            year = t.first.year
            t = next(
                (
                    d
                    for d in self.times
                    if d.precision in {"day", "month"}
                    and d.first is not None
                    and d.first.year == year
                    and d.role != "baseline"
                ),
                t,
            )
        if (
            t is not None
            and t.explicit_year is None
            and t.precision in {"day", "month"}
            and t.first is not None
            and t.last is not None
        ):
            # "adopted on 5 July 2022 and signed on 14 July": the year told before it
            told = [u for u in self.times if u.end <= t.start and u.explicit_year is not None]
            if told and told[-1].first is not None:
                years = told[-1].first.year - t.first.year
                if _shift_year(t.first, years) < told[-1].first:
                    years += 1
                t = replace(t, first=_shift_year(t.first, years), last=_shift_year(t.last, years))
        if t is not None and t.start > m.end() and _EVENT_BEFORE.search(self.s, 0, t.start):
            # "enacted shortly after Russia's February 2022 incursion": another event's date
            t = None
        if (
            t is not None
            and rule == "enactment.in-force"
            and t.explicit_year is None
            and t.first is not None
            and t.last is not None
            and self.state.published is not None
            and t.first < self.state.published
            and _TO_COME.match(verb)
        ):
            # "will take effect on May 9" in a report of 28 April: the next May 9
            t = replace(t, first=_shift_year(t.first, 1), last=_shift_year(t.last, 1))
        date = _format_date(t) if t is not None else None
        if date is not None and t is not None and t.precision == "month":
            date = on_the_day(self.s, date)
        if (
            t is not None
            and t.precision == "range"
            and t.first is not None
            and t.last == self.state.published
        ):
            # "has been a crime since March 2022", "... since July": the month it began
            date = (
                t.first.strftime("%Y-%m")
                if _MONTH_IN.search(self.s, t.start, t.end)
                else str(t.first.year)
            )
        continues = date is None and (
            bool(_ENACT_CONTINUES.search(self.s)) or self._the_law_told_again()
        )
        if continues:
            date = self.state.last_enactment_date
        if date is None:
            # "Lawmakers have introduced tougher penalties": no date, no enactment claim of
            # its own ("..., under the new Article 280.4, carry ...": the law before's)
            return self._enacted_now()
        enacted: tuple[str, ...] = ()
        if self.offences or self.lexicon.find_offences_loose(self.s):
            enacted = self._enacted_offences(m)
        elif (
            _THE_ARTICLE.match(self.s)
            or _IT_WAS_MADE.match(self.s)
            or _THAT_THE_ARTICLE.search(self.s, 0, m.start())
            or _THE_PENALTY.search(self.s, 0, m.end())
            or _IT_CHANGED.search(self.s)
            or _SINCE_THE_LAW_IT.match(self.s)
        ):
            # "The article, added to the Criminal Code in July 2022, ...": the offence of
            # the sentence before ("Both articles were added ...": the two named before)
            enacted = (
                paired_offences(self.state, self.lexicon)
                if _BOTH.search(self.s)
                else previous_offences(self.state, self.lexicon)
            )
            if _IT_CHANGED.search(self.s):
                enacted = enacted[-1:]  # "... added life to it": the offence named last
        elif (
            _THE_LAW.search(self.s)
            and not _MAKES_CRIME.match(m.group("v"))
            and not _TERM_FOR_A_CHARGE.search(self.s)
        ):
            # ("the law also makes [something the scheme lacks] a criminal offence": not the
            # law's earlier offences)
            # "Putin signed the bill into law on 28 April": the bill of the latest enactment,
            # else of the sentence before ("The Duma had passed the bill on 13 April")
            enacted = self.state.last_enactment_offences or (
                paired_offences(self.state, self.lexicon)
                if _BOTH.search(self.s)
                else previous_offences(self.state, self.lexicon)
            )
        # a dated law with no offence of the scheme still dates "the same law" after it
        self.state.last_enactment_date = date
        if continues and date is not None:
            # "The same law raises the maximum term for sabotage": one law, more offences
            self.state.last_enactment_offences = _unique(
                [*self.state.last_enactment_offences, *enacted]
            )
        else:
            self.state.last_enactment_offences = enacted
        before = self.state.recent_law
        self.state.recent_law = _RecentLaw(
            self.index,
            date,
            rule,
            _unique([*(before.offences if continues and before else ()), *enacted]),
            bool(_CREATES_NEW.search(self.s)) or bool(continues and before and before.creates),
        )
        in_force = (
            then_in_force(self.s, self.folded, self.times, t, m.end())
            if t is not None and rule != "enactment.in-force"
            else []
        )
        if continues:
            # "Federal Law No. 365-FZ, signed on ..., entered into force on .... It
            # introduced Article 352.1": the same law, both its dates
            if self.state.last_in_force_date and self.state.last_in_force_date != date:
                in_force = [("enactment.in-force", m.start(), self.state.last_in_force_date)]
        else:
            self.state.last_in_force_date = in_force[0][2] if in_force else None
        if not enacted:
            return []
        dated = [(rule, m.start(), date), *in_force]
        drafts: list[_Draft] = []
        for rule_of, anchor, date_of in dated:
            for slug in enacted:
                draft = self._draft("enactment", rule_of, anchor)
                draft.offences = (slug,)
                draft.articles = self.lexicon.articles_for(draft.offences)
                draft.date = date_of
                drafts.append(draft)
        return drafts

    def _enacted_offences(self, verb: re.Match[str]) -> tuple[str, ...]:
        """What an enactment is about: every offence after the verb up to the end of its
        clause ("introduced prison terms for X and criminal liability for Y"), not those of
        a later clause ("...; the same package mentions Z"); for a passive or a verb with no
        offence after it ("the definition of treason was expanded"), the nearest before."""
        candidates = self.offences or self.lexicon.find_offences_loose(self.s)
        # "... and 64 of discrediting it": an offence told by a pronoun is a count's
        candidates = [o for o in candidates if o.how != "pronoun"]
        stop = _ENACT_CLAUSE_END.search(self.s, verb.end())
        if (
            stop is not None
            and stop.group(0) == ":"
            and (
                _CREATES_NEW.search(self.s, verb.start(), stop.start())
                or _NEW_ONES_MADE.search(self.s, 0, stop.start())
            )
        ):
            # "created three new offences: assisting sabotage, ... and ...": the list the
            # colon opens
            stop = _ENACT_CLAUSE_END.search(self.s, stop.end())
        if stop is not None and stop.group(0).endswith("which"):
            # "introduced Article 352.1, which is punishable by ..., and Article 356.1": the
            # article coordinated after the relative clause on the first
            more = _AND_ARTICLE_AFTER.match(self.s, stop.end())
            stop = _ENACT_CLAUSE_END.search(self.s, more.end()) if more else stop
        right = stop.start() if stop else len(self.s)
        after = [o for o in candidates if o.start >= verb.end() and o.end <= right]
        if after:
            return _unique([o.slug for o in after])
        inside = [o for o in candidates if o.start >= verb.start("v") and o.end <= verb.end("v")]
        if len(inside) > 1:
            # "The law toughening the penalties for desertion and for leaving a unit
            # without leave ... was signed by": every offence the law's phrase names
            return _unique([o.slug for o in inside])
        return self._governed_offences(verb.start(), verb.end())
