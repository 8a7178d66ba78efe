"""Statutory penalty ranges and enactments."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft, _RecentLaw, _round, _slug_for_word, _unique
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en_penalties import (
    _CREATES_NEW,
    _ENACT,
    _ENACT_CONTINUES,
    _ENACT_PIECES,
    _IMPOSED_CUE,
    _NOW_IN_FORCE,
    _NOW_IN_FORCE_GATE,
    _NUMD,
    _PENALTY_GATES,
    _PENALTY_PATTERNS,
    _PENALTY_STATED,
    _STATUTORY_AFTER,
    _STATUTORY_CUE,
)
from kgbuild.extraction.grammar_periods import _MONTH
from kgbuild.extraction.numbers import parse_number
from kgbuild.extraction.periods import _format_date, _nearest
from kgbuild.extraction.references import ReferenceRules, paired_offences, previous_offences
from kgbuild.lexicon import OffenceMatch, fold

_LIFE_JOINS = re.compile(
    r"(?:\s+(?:in\s+(?:prison|jail|a\s+penal\s+colony)|of\s+imprisonment|behind\s+bars))?"
    r"(?:\s*,?\s+(?:with|and|plus)\s+(?:a\s+)?fines?\s+of\s+(?:up\s+to\s+)?[\d.,\s]+"
    r"(?:(?:thousand|million)\s+)?(?:rubles|roubles)(?:\s+or\s+without\s+(?:it|one))?)?"
    r"\s*,?\s*(?:or|and|to)\s+(?:by\s+)?(?:even\s+|with\s+|up\s+to\s+)?",
    re.IGNORECASE,
)
"""Between a term and "life": "12 to 20 years in prison, or life imprisonment", "12 to 20
years with a fine of up to 500,000 rubles, or by life imprisonment"."""
_RAISED_BEFORE = re.compile(
    r"\b(?:maximum|ceiling|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|toughen(?:s|ed|ing)?|"
    r"extend(?:s|ed|ing)?|stiffen(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
_CEILING_BEFORE = re.compile(
    r"\b(?:maximum|ceiling|upper\s+limit|top\s+(?:penalty|sentence|term))\b(?![^.;]*\bminimum\b)",
    re.IGNORECASE,
)
"""Before "from A to B years", a change of the maximum: two ceilings, not one range."""
_INSTEAD_OF = re.compile(
    rf"(?:\s+(?:in\s+prison|behind\s+bars|of\s+imprisonment))?\s*,?\s*"
    rf"(?:instead\s+of|up\s+from|rather\s+than|compared\s+with)\s+(?:the\s+(?:current|"
    rf"previous|present)\s+)?(?P<n>{_NUMD})\b(?![\s-]+(?:people|cases|times))",
    re.IGNORECASE,
)
"""After a ceiling, the one it replaces: "up to five years in prison, instead of three"."""
_PENALTY_REFERENCE = re.compile(
    r"^\W*(?:such|these|those)\b|"
    # "If it is committed by a group, it is punishable by ...": after a leading condition
    r"^\W*(?:(?:if|when|where|should)\b[^.;]{1,120}?,\s*)?"
    r"(?:it|they)\s+(?:now\s+|also\s+|still\s+)?(?:carr(?:y|ies)|is|are|can|could|may|"
    r"might|will|would|was|were)\b|"
    r"\b(?:such|this|that|these|those|the\s+same)\s+(?:[\w-]+\s+)?(?:offen[cs]es?|crimes?|"
    r"acts?|calls|statements|posts|charges?|organi[sz]ations?|groups?|communit(?:y|ies)|"
    r"associations?)\b|"
    r"\b(?P<two>both|the\s+two|either)\s+(?:articles|offen[cs]es|crimes|provisions)\b|"
    # "Lesser cases carry up to three years": a milder or graver form of the offence before
    r"^\W*(?:lesser|less\s+serious|minor|milder|simple|aggravated|graver|more\s+serious)\s+"
    r"(?:cases|offen[cs]es|violations|forms?|versions?)\b|"
    # "The offence carries", "Until now the offence carried", "Previously, the crime was"
    r"^\W*(?:(?:(?:until|till|before)\s+(?:now|then|that|\d{4})|previously|formerly|earlier|"
    r"now|at\s+present|today|in\s+\d{4}|since\s+\d{4}|"
    r"(?:if|when|where|should)\b[^.;]{1,120}?)\s*,?\s+)?"
    r"(?:(?:the|an?)\s+(?:first|basic|simple|main|repeat(?:ed)?|second)|the)\s+"
    r"(?:offen[cs]e|crime)\b|"
    r"\b(?:the|this|that)\s+(?:(?P<word>[\w-]+)\s+)?article\b",
    re.IGNORECASE,
)
"""A penalty sentence that names no offence but refers to the one before: "Such offences
are punishable by ...", "It carries up to three years", "Both articles carry ...", "The
offence is punishable by ...", "The disclosure article carries ..." (then only the
offence of the sentence before whose labels have that word)."""
_DATE_AFTER_VERB = re.compile(r"\s+(?:(?:in|on)\s+)?", re.IGNORECASE)
_AGGRAVATED_JOIN = re.compile(
    r"(?:\s+(?:in\s+prison|behind\s+bars|of\s+imprisonment))?\s*,?\s*"
    r"(?:or|and|rising\s+to|increasing\s+to|going\s+up\s+to)\s+(?:by\s+)?",
    re.IGNORECASE,
)
_AGGRAVATED_AFTER = re.compile(
    r"(?:\s+(?:in\s+prison|behind\s+bars|of\s+imprisonment))?\s*,?\s+(?:if|when|where|"
    r"for\s+(?:those|anyone|officials|repeat|organi[sz]ed))\b",
    re.IGNORECASE,
)
"""Around a second term that is an aggravated part's: "..., or up to 15 years if ..."."""
_MODAL_BEFORE = re.compile(
    r"\b(?:can|could|may|might)\s+(?:now\s+|also\s+|still\s+)?$", re.IGNORECASE
)
_THE_ARTICLE = re.compile(
    r"\W*(?:the\s+(?:new|current|amended|latest|present)\s+(?:version|wording)\s+of\s+)?"
    r"(?:(?:the|this|that)\s+(?:article|offen[cs]e|crime|provision)|"
    r"(?:both|these|those|the\s+two)\s+(?:articles|offen[cs]es|crimes|provisions))\b",
    re.IGNORECASE,
)
"""A sentence opening on the article or offence of the sentence before."""
_MAKES_CRIME = re.compile(r"(?:makes?|made|making)\s", re.IGNORECASE)
_THE_LAW = re.compile(
    r"\bthe\s+(?:bill|law|legislation|measures?|amendments?)\b|"
    r"\b(?:passed|adopted|approved|signed|backed|endorsed)\s+it\b",
    re.IGNORECASE,
)
_ALSO_LIFE = re.compile(r"\b(?:also|as\s+well|even)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|:|,?\s+(?:while|whereas|but)\s+|\.\s", re.IGNORECASE)
_COORDINATION = re.compile(
    r"[\s\"'“”‘’«»]*(?:,|and|or|as\s+well\s+as)?(?:\s*(?:and|or))?[\s\"'“”‘’«»]*",
    re.IGNORECASE,
)


_SUBJECT_WORD = re.compile(
    r"\W*(?P<w>[A-Z][a-z]{5,})(?:\s+(?:them|it|(?:such|the|these)\s+[a-z]+))?\s+"
    r"(?:(?:now|still|also)\s+)?(?:is\s+punishable|carries|"
    r"can\s+bring|may\s+bring|is\s+punished)\b"
)
"""A sentence opening on one noun (and its object) before a penalty verb: "Disclosure
carries ...", "Obtaining such material carries ..."."""
_ELIDED_CUE = re.compile(
    r"(?:,|;|\band)\s+(?:(?:and|while|whereas)\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?\s+"
    r"by\s+(?:between\s+|from\s+)?$",
    re.IGNORECASE,
)
"""Right before a range whose cue is the range's before it: ", espionage by 10 to 20"."""
_MONTH_IN = re.compile(rf"\b(?:{_MONTH})\b")
_ELIDED_PENALTY = re.compile(
    rf"(?:\s+(?:in\s+prison|of\s+imprisonment))?\s*(?:;|,\s*(?:and|while|whereas)|\s+and)\s+"
    rf"(?P<what>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){{0,5}}?)\s+(?:by\s+|with\s+)?"
    rf"(?:up\s+to|at\s+most|no\s+more\s+than)\s+(?P<b>{_NUMD})\b"
    rf"(?![\s-]*(?:years?|months?|weeks?|days?|%|per|people|times|roubles|rubles|dollars))",
    re.IGNORECASE,
)
"""After a range, a ceiling with its verb and unit left out: "; disclosure by up to four"."""
_ENACT_CLAUSE_END = re.compile(
    r";|:|\.\s|,?\s+(?:while|whereas|but|which|who|also|only|mentions?|touch(?:ed|es)\s+on)\b",
    re.IGNORECASE,
)


class PenaltyRules(ReferenceRules):
    """Penalty ranges and enactments."""

    def extract_penalties(self) -> list[_Draft]:
        hits: list[tuple[int, int, str, re.Match[str]]] = []
        folded = self.folded
        for (rule, pattern), gate in zip(_PENALTY_PATTERNS, _PENALTY_GATES, strict=True):
            if not _gate_open(gate, folded):
                continue
            for m in pattern.finditer(self.s):
                if all(m.end() <= s or m.start() >= e for s, e, _, _ in hits):
                    hits.append((m.start(), m.end(), rule, m))
        hits.sort(key=lambda h: h[0])
        drafts: list[_Draft] = []
        previous: _Draft | None = None
        previous_end = -1
        for start, end, rule, m in hits:
            # "espionage (10 to 20 years)": a term in brackets right after an offence
            bracketed = self.s[:start].rstrip().endswith("(") and any(
                0 <= start - o.end <= 3 for o in self.offences
            )
            if (
                rule == "penalty.between"
                and not bracketed
                and not re.search(
                    r"between|from", self.s[max(0, start - 5) : m.start("a")], re.IGNORECASE
                )
                and not self._cue_before_range(start)
            ):
                continue
            if (
                rule == "penalty.life"
                and previous is not None
                and previous.life is not True
                and _LIFE_JOINS.fullmatch(self.s[previous_end:start])
            ):
                previous.life = True
                previous_end = end
                continue
            if (
                previous is not None
                and rule != "penalty.life"
                and _AGGRAVATED_JOIN.fullmatch(self.s, previous_end, start)
                and _AGGRAVATED_AFTER.match(self.s, end)
            ):
                # "up to three years, or up to 15 years if they lead to grave consequences":
                # the ceiling of an aggravated part, not the offence's range
                continue
            pre = self.s[:start]
            statutory = [(c.start(), c.end()) for c in _STATUTORY_CUE.finditer(pre)]
            cues = [(e, "statutory") for _, e in statutory]
            # "may be jailed for": a modal makes an imposed verb statutory
            cues += [
                (c.end(), "imposed")
                for c in _IMPOSED_CUE.finditer(pre)
                if not any(s <= c.start() and c.end() <= e for s, e in statutory)
            ]
            if rule == "penalty.maximum" or bracketed or _STATUTORY_AFTER.match(self.s, end):
                cues.append((start, "statutory"))
            if rule == "penalty.prison-for":
                if not _MODAL_BEFORE.search(pre):
                    continue
                cues.append((start, "statutory"))
            if not cues or max(cues)[1] != "statutory":
                continue
            offences = self._governed_offences(start, end)
            if not offences:
                continue
            if rule == "penalty.life" and self._life_for_some(previous, previous_end, start):
                # "X and Y carry 12 to 20 years, and Y can also bring life": Y's range is
                # the same one with life, X's stays without
                assert previous is not None
                if set(offences) < set(previous.offences):
                    rest = tuple(o for o in previous.offences if o not in offences)
                    previous.offences = rest
                    previous.articles = self.lexicon.articles_for(rest)
                    widened = self._draft("penalty_range", previous.rule, start)
                    widened.offences = offences
                    widened.articles = self.lexicon.articles_for(offences)
                    widened.min_years, widened.max_years = previous.min_years, previous.max_years
                    widened.life = True
                    drafts.append(widened)
                    continue
                if set(offences) == set(previous.offences):
                    previous.life = True
                    continue
            draft = self._draft("penalty_range", rule, start)
            draft.offences = offences
            draft.articles = self.lexicon.articles_for(offences)
            draft.life = rule in {"penalty.life", "penalty.to-life"}
            if rule != "penalty.life":
                factor = 1 / 12 if m.group("unit").lower().startswith("month") else 1.0
                b = parse_number(m.group("b") if rule != "penalty.to-life" else m.group("a"))
                if b is None:
                    continue
                if rule == "penalty.to-life":
                    if _RAISED_BEFORE.search(self.s[max(0, start - 60) : start]):
                        # "raised the maximum from 20 years to life": the old ceiling and the
                        # new one, two claims
                        old = self._draft("penalty_range", rule, start)
                        old.offences, old.articles = offences, draft.articles
                        old.max_years, old.life = _round(b * factor), False
                        drafts.append(old)
                    else:
                        draft.min_years = _round(b * factor)
                else:
                    draft.max_years = _round(b * factor)
                if rule == "penalty.between":
                    a = parse_number(m.group("a"))
                    if a is None or a >= b:
                        continue
                    if self.s[start : m.start("a")].lower().startswith("from") and (
                        _CEILING_BEFORE.search(self.s, max(0, start - 60), start)
                    ):
                        # "raises the ceiling for sabotage from 15 to 20 years": the old
                        # maximum and the new one, two claims
                        old = self._draft("penalty_range", "penalty.raised", start)
                        old.offences, old.articles = offences, draft.articles
                        old.max_years, old.life = _round(a * factor), False
                        drafts.append(old)
                        draft.rule = "penalty.raised"
                    else:
                        draft.min_years = _round(a * factor)
                instead = _INSTEAD_OF.match(self.s, end)
                if instead is not None and draft.min_years is None:
                    # "up to five years in prison, instead of three": the old ceiling too
                    n = parse_number(instead.group("n"))
                    if n is not None and n != b:
                        old = self._draft("penalty_range", "penalty.raised", start)
                        old.offences, old.articles = offences, draft.articles
                        old.max_years, old.life = _round(n * factor), False
                        drafts.append(old)
            drafts.append(draft)
            previous, previous_end = draft, end
            drafts += self._elided_penalties(draft, end, m)
        return drafts

    def _elided_penalties(self, head: _Draft, end: int, m: re.Match[str]) -> list[_Draft]:
        """A ceiling that shares the verb and unit of the range before it: "Espionage is
        punishable by 10 to 20 years; disclosure by up to four" (its offence named by a
        label or by one word that begins one offence's label)."""
        e = _ELIDED_PENALTY.match(self.s, end)
        if e is None or head.life:
            return []
        named = [o for o in self.offences if e.start("what") <= o.start < e.end("what")]
        slugs = _unique([o.slug for o in named])
        if not slugs:
            slug = _slug_for_word(e.group("what").split()[0], self.lexicon)
            slugs = (slug,) if slug is not None else ()
        b = parse_number(e.group("b"))
        if not slugs or b is None or set(slugs) & set(head.offences):
            return []
        months = (m.groupdict().get("unit") or "").lower().startswith("month")
        draft = self._draft("penalty_range", head.rule + "+list", e.start("b"))
        draft.offences = slugs
        draft.articles = self.lexicon.articles_for(slugs)
        draft.max_years = _round(b / 12 if months else b)
        draft.life = False
        return [draft]

    def _cue_before_range(self, start: int) -> bool:
        """A statutory cue shortly before a bare range "A to B years": within 40 characters,
        or within 80 with no number between ("punishes confidential cooperation with a
        foreign state with three to eight years")."""
        window = self.s[max(0, start - 80) : start]
        for cue in _STATUTORY_CUE.finditer(window):
            if len(window) - cue.start() <= 40 or not re.search(r"\d", window[cue.end() :]):
                return True
        # "Treason is punishable by 12 to 20 years, espionage by 10 to 20": the cue and its
        # verb left to the range before
        return bool(
            _ELIDED_CUE.search(self.s, max(0, start - 70), start)
            and _STATUTORY_CUE.search(self.s, 0, start)
        )

    def _life_for_some(self, previous: _Draft | None, previous_end: int, start: int) -> bool:
        """Whether a life term adds to the range just before it: "..., and treason can also
        bring life" (a range without life, then "also" and no other term between)."""
        if previous is None or previous.life or previous.max_years is None:
            return False
        between = self.s[previous_end:start]
        return bool(_ALSO_LIFE.search(between)) and not re.search(r"\d|;", between)

    def _governed_offences(self, start: int, end: int) -> tuple[str, ...]:
        """The offences a phrase at start:end is about: those inside it, else the nearest
        one before it in its clause ("Espionage carries ..."), else the nearest after it
        ("... up to eight years for treason"), each with the offences coordinated with it
        ("both treason and espionage"); else the nearest anywhere in the sentence."""
        candidates = self.offences or self.lexicon.find_offences_loose(self.s)
        if not candidates:
            # "Such offences are punishable by ...", "Until now the article carried a
            # maximum of 20 years": the offences of the sentence before
            ref = _PENALTY_REFERENCE.search(self.s)
            if ref is None:
                return self._subject_word_offence(start)
            if ref.group("two"):
                return paired_offences(self.state, self.lexicon)
            return self._named_by(ref.group("word"), previous_offences(self.state, self.lexicon))
        left = max((b.end() for b in _CLAUSE_BREAK.finditer(self.s, 0, start)), default=0)
        right_break = _CLAUSE_BREAK.search(self.s, end)
        right = right_break.start() if right_break else len(self.s)
        inside = [m for m in candidates if m.start >= start and m.end <= end]
        if inside:
            return self._with_coordinated(inside[0], candidates)
        before = [m for m in candidates if left <= m.start and m.end <= start]
        if before:
            return self._with_coordinated(before[-1], candidates)
        after = [m for m in candidates if m.start >= end and m.end <= right]
        if after:
            return self._with_coordinated(after[0], candidates)

        def distance(m: OffenceMatch) -> int:
            if m.end <= start:
                return start - m.end
            return max(0, m.start - end)

        return (min(candidates, key=distance).slug,)

    def _subject_word_offence(self, start: int) -> tuple[str, ...]:
        """ "Who can be charged with disclosing state secrets? ... Disclosure carries up to
        four years": a one-word subject that begins a label of an offence the text just
        named, right before the penalty's verb."""
        m = _SUBJECT_WORD.match(self.s)
        if m is None or m.end() > start:
            return ()
        slug = _slug_for_word(m.group("w"), self.lexicon)
        if slug is None or slug not in previous_offences(self.state, self.lexicon):
            return ()
        return (slug,)

    def _named_by(self, word: str | None, offences: tuple[str, ...]) -> tuple[str, ...]:
        """Of ``offences``, those a label word names ("the disclosure article": not the
        loss of documents the sentence before also named); all when none or every one."""
        if not word or len(offences) < 2:
            return offences
        stem = fold(word)[:6]
        named = tuple(
            slug
            for slug in offences
            if slug in self.lexicon.concepts
            and any(stem in fold(label) for label in self.lexicon.concepts[slug].labels)
        )
        return named or offences

    def _with_coordinated(
        self, head: OffenceMatch, candidates: list[OffenceMatch]
    ) -> tuple[str, ...]:
        """``head`` and the offences joined to it by "and", "or" or commas, in text order."""
        chain = [head]
        ordered = sorted(candidates, key=lambda m: m.start)
        i = ordered.index(head)
        for m in reversed(ordered[:i]):
            if not _COORDINATION.fullmatch(self.s[m.end : chain[0].start]):
                break
            chain.insert(0, m)
        for m in ordered[i + 1 :]:
            if not _COORDINATION.fullmatch(self.s[chain[-1].end : m.start]):
                break
            chain.append(m)
        return _unique([m.slug for m in chain])

    # -- enactments --------------------------------------------------------------------

    def extract_enactments(self) -> list[_Draft]:
        m = _ENACT.search(self.s) if _gate_open(_ENACT_PIECES, self.folded) else None
        if m is None:
            return self._enacted_now()
        verb = m.group("v").lower()
        if verb in {"toughened", "tightened", "stiffened"}:
            rule = "enactment.toughened"
        elif verb.startswith("passed"):
            rule = "enactment.passed"
        elif re.search(r"\bsign(?:ed|atures?)\b", verb):
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
        date = _format_date(t) if t is not None else None
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
        continues = date is None and bool(_ENACT_CONTINUES.search(self.s))
        if continues:
            date = self.state.last_enactment_date
        if date is None:
            # "Lawmakers have introduced tougher penalties": no date, no enactment claim of
            # its own ("..., under the new Article 280.4, carry ...": the law before's)
            return self._enacted_now()
        enacted: tuple[str, ...] = ()
        if self.offences or self.lexicon.find_offences_loose(self.s):
            enacted = self._enacted_offences(m)
        elif _THE_ARTICLE.match(self.s):
            # "The article, added to the Criminal Code in July 2022, ...": the offence of
            # the sentence before
            enacted = previous_offences(self.state, self.lexicon)
        elif _THE_LAW.search(self.s) and not _MAKES_CRIME.match(m.group("v")):
            # ("the law also makes [something the scheme lacks] a criminal offence": not the
            # law's earlier offences)
            # "Putin signed the bill into law on 28 April": the bill of the latest enactment,
            # else of the sentence before ("The Duma had passed the bill on 13 April")
            enacted = self.state.last_enactment_offences or previous_offences(
                self.state, self.lexicon
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
        if not enacted:
            return []
        drafts: list[_Draft] = []
        for slug in enacted:
            draft = self._draft("enactment", rule, m.start())
            draft.offences = (slug,)
            draft.articles = self.lexicon.articles_for(draft.offences)
            draft.date = date
            drafts.append(draft)
        return drafts

    def _enacted_now(self) -> list[_Draft]:
        """ "Putin on Saturday signed amendments that ... Voluntary surrender is now a crime
        in its own right": an enactment of the offences this sentence says the dated law
        before it (within two sentences) made or changed, those it already enacted aside;
        after a law that "creates new offences", of an offence this sentence gives a
        penalty."""
        law = self.state.recent_law
        if (
            law is None
            or not 0 < self.index - law.sentence_index <= 2
            or not _gate_open(_NOW_IN_FORCE_GATE, self.folded)
        ):
            return []
        cue = _NOW_IN_FORCE.search(self.s) or (
            _PENALTY_STATED.search(self.s) if law.creates else None
        )
        if cue is None:
            return []
        subject = [
            o.slug for o in self.offences if o.start < cue.end() and o.slug not in law.offences
        ]
        drafts: list[_Draft] = []
        for slug in _unique(subject):
            draft = self._draft("enactment", law.rule, cue.start())
            draft.offences = (slug,)
            draft.articles = self.lexicon.articles_for(draft.offences)
            draft.date = law.date
            drafts.append(draft)
        self.state.recent_law = law._replace(offences=_unique([*law.offences, *subject]))
        return drafts

    def _enacted_offences(self, verb: re.Match[str]) -> tuple[str, ...]:
        """What an enactment is about: every offence after the verb up to the end of its
        clause ("introduced prison terms for X and criminal liability for Y"), not those of
        a later clause ("...; the same package mentions Z"); for a passive or a verb with no
        offence after it ("the definition of treason was expanded"), the nearest before."""
        candidates = self.offences or self.lexicon.find_offences_loose(self.s)
        stop = _ENACT_CLAUSE_END.search(self.s, verb.end())
        right = stop.start() if stop else len(self.s)
        after = [o for o in candidates if o.start >= verb.end() and o.end <= right]
        if after:
            return _unique([o.slug for o in after])
        return self._governed_offences(verb.start(), verb.end())
