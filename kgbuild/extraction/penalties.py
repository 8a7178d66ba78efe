"""Statutory penalty ranges (enactments: enactments.py)."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _Draft, _round, _slug_for_word, _unique
from kgbuild.extraction.gates import _gate_open
from kgbuild.extraction.grammar_en_penalties import (
    _AGGRAVATED_AFTER,
    _AGGRAVATED_JOIN,
    _CEILING_BEFORE,
    _CONDITION_BETWEEN,
    _IMPOSED_AFTER,
    _IMPOSED_CUE,
    _LIFE_IF_AGGRAVATED,
    _LIFE_JOINS,
    _MODAL_BEFORE,
    _NUMD,
    _PENALTY_AT_NUMBERS,
    _PENALTY_GATES,
    _PENALTY_PATTERNS,
    _RAISED_BEFORE,
    _RESTRICTION_BEFORE,
    _STATUTORY_AFTER,
    _STATUTORY_CUE,
    aggravated_subject,
    life_joined_after_aside,
)
from kgbuild.extraction.numbers import parse_number
from kgbuild.extraction.penalty_life import LifeTermRules
from kgbuild.extraction.references import ordinal_offence, paired_offences, previous_offences
from kgbuild.fastre import compile_narrowed, finditer_at
from kgbuild.lexicon import OffenceMatch, fold

_TOUGHENED_BEFORE = compile_narrowed(
    r"\b(?:tough\w*|tighten\w*|stiffen\w*|harden\w*|rais\w*|increas\w*)\s+(?:the\s+)?"
    r"(?:punishments?|penalt(?:y|ies)|sentences?|prison\s+terms?)\b",
    re.IGNORECASE,
)
"""The same before "from A to B years" with no word for the maximum: "toughen punishment
under Article 281 from 15 to 20 years" (not where a minimum is named)."""
_CHANGED_FLOOR = compile_narrowed(
    r"\bminim(?:um|al)(?:\s+(?:penalty|punishment|sentence|term|prison\s+term))?\b[^.;]{0,80}?"
    r"\b(?:rais\w*|increas\w*|lifted|went\s+up|rose|risen|doubled)\b"
    r"|\b(?:rais\w*|increas\w*|lift\w*)\s+(?:the\s+)?minim(?:um|al)\b",
    re.IGNORECASE,
)
"""Before "from A to B years", a change of the minimum ("raised the minimum penalty from
10 to 12 years", "the minimum term was increased from five to seven years")."""
_INSTEAD_OF = compile_narrowed(
    rf"(?:\s+(?:in\s+prison|behind\s+bars|of\s+imprisonment))?\s*"
    # "to 20 years, from 15 years at present"
    rf"(?:,\s*from|,?\s*(?:instead\s+of|up\s+from|rather\s+than|compared\s+with))\s+(?:the\s+(?:current|"
    rf"previous|present)\s+)?(?!(?:1[89]|20)\d\d\b)(?P<n>{_NUMD})\b(?![\s-]+(?:people|cases|times))",
    re.IGNORECASE,
)
"""After a ceiling, the one it replaces: "up to five years in prison, instead of three"."""
_INSTEAD_OF_LIFE = compile_narrowed(
    rf"(?:\s+imprisonment|\s+in\s+prison)?\s*(?:,\s*from|,?\s*(?:instead\s+of|rather\s+than|up\s+from))\s+"
    rf"(?:the\s+(?:current|previous|present|old)\s+)?(?:(?:a\s+)?maximum\s+of\s+)?"
    rf"(?P<n>{_NUMD})[\s-]+years?\b",
    re.IGNORECASE,
)
"""After life, the ceiling it replaces: "life imprisonment rather than 20 years"."""
_PENALTY_REFERENCE = compile_narrowed(
    # ("Those convicted of organising a terrorist network ...": people, no reference)
    r"^\W*(?:such|these|those)\b(?!\s+(?:who|convicted|found|accused|charged|sentenced|guilty|"
    r"people|persons))|"
    # "If convicted, the suspect could face 12 to 20 years": the charge told before
    r"^\W*if\s+(?:convicted|found\s+guilty)\b|"
    # "If it is committed by a group, it is punishable by ...": after a leading condition
    r"^\W*(?:(?:if|when|where|should)\b[^.;]{1,120}?,\s*)?"
    r"(?:it|they)\s+(?:now\s+|also\s+|still\s+)?(?:carr(?:y|ies)|is|are|can|could|may|"
    r"might|will|would|was|were|provides?|provided|stipulates?|stipulated|prescribes?|"
    r"prescribed|envisages?|envisaged|sets?|imposes?|imposed|punishes|punished)\b|"
    r"\b(?:such|this|that|these|those|the\s+same)\s+(?:[\w-]+\s+)?(?:offen[cs]es?|crimes?|"
    r"acts?|calls|statements|posts|charges?|organi[sz]ations?|groups?|communit(?:y|ies)|"
    r"associations?)\b|"
    r"\b(?P<two>both|the\s+two|either)\s+(?:articles|offen[cs]es|crimes|provisions)\b|"
    # "the new case adds a more serious charge that carries a maximum sentence of life"
    r"\bcharges?\s+(?:that|which)\s+(?:now\s+|also\s+)?(?:carr(?:y|ies)|(?:is|are)\s+punishable)\b|"
    # "Lesser cases carry up to three years": a milder or graver form of the offence before
    r"^\W*(?:lesser|less\s+serious|minor|milder|simple|aggravated|graver|more\s+serious)\s+"
    r"(?:cases|offen[cs]es|violations|forms?|versions?)\b|"
    # "The offence carries", "Until now the offence carried", "Previously, the crime was"
    r"^\W*(?:(?:(?:until|till|before)\s+(?:now|then|that|\d{4})|previously|formerly|earlier|"
    r"now|at\s+present|today|in\s+\d{4}|since\s+\d{4}|"
    r"(?:if|when|where|should)\b[^.;]{1,120}?)\s*,?\s+)?"
    r"(?:(?:the|an?)\s+(?:first|basic|simple|main|repeat(?:ed)?|second)|the)\s+"
    r"(?:offen[cs]e|crime)\b|"
    r"\b(?:the|this|that)\s+(?:(?P<word>[\w-]+)\s+)?article\b|"
    # "Previously the maximum term was 20 years", "Until then the harshest sentence was 20
    # years", "Before the change, ...": the range the offence before carried until a change
    r"^\W*(?:previously|formerly|until\s+(?:then|now)|before\s+(?:then|that|this|the\s+"
    r"(?:change|changes|amendments?|law|reform|new\s+law))|prior\s+to\s+(?:that|this|the\s+"
    r"(?:change|changes|amendments?|law|reform)))\b|"
    # "Repeat offenders now face up to five years": the repeat form of the offence before
    r"^\W*(?:repeat|persistent|second-time|first-time)\s+(?:offenders|offen[cs]es|"
    r"violations|violators)\b",
    re.IGNORECASE,
)
"""A penalty sentence that names no offence but refers to the one before: "Such offences
are punishable by ...", "It carries up to three years", "It provides for three to
eight years", "Both articles carry ...", "The
offence is punishable by ...", "The disclosure article carries ..." (then only the
offence of the sentence before whose labels have that word)."""
_CLAUSE_BREAK = compile_narrowed(r";|:|,?\s+(?:while|whereas|but)\s+|\.\s", re.IGNORECASE)
_COORDINATION = compile_narrowed(
    r"[\s\"'“”‘’«»]*(?:,|and|or|as\s+well\s+as)?(?:\s*(?:and|or))?[\s\"'“”‘’«»]*",
    re.IGNORECASE,
)


_SUBJECT_WORD = compile_narrowed(
    # "Repeat discrediting carries ...": the repeat form of the offence
    r"\W*(?:(?:Repeat(?:ed)?|Aggravated|Basic|Simple)\s+(?=[a-z]))?"
    r"(?P<w>[A-Za-z][a-z]{5,})(?:\s+(?:them|it|(?:such|the|these)\s+[a-z]+))?\s+"
    r"(?:(?:now|still|also)\s+)?(?:is\s+punishable|carries|"
    r"can\s+bring|may\s+bring|is\s+punished)\b"
)
"""A sentence opening on one noun (and its object) before a penalty verb: "Disclosure
carries ...", "Obtaining such material carries ..."."""
_ELIDED_CUE = compile_narrowed(
    r"(?:,|;|\band)\s+(?:(?:and|while|whereas)\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?\s+"
    r"by\s+(?:between\s+|from\s+)?$",
    re.IGNORECASE,
)
"""Right before a range whose cue is the range's before it: ", espionage by 10 to 20"."""
_ELIDED_PENALTY = compile_narrowed(
    rf"(?:\s+(?:in\s+prison|of\s+imprisonment))?\s*(?:;|,\s*(?:and|while|whereas)|\s+and)\s+"
    rf"(?P<what>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){{0,5}}?)\s+(?:by\s+|with\s+)?"
    rf"(?:up\s+to|at\s+most|no\s+more\s+than)\s+(?P<b>{_NUMD})\b"
    rf"(?![\s-]*(?:years?|months?|weeks?|days?|%|per|people|times|roubles|rubles|dollars))",
    re.IGNORECASE,
)
"""After a range, a ceiling with its verb and unit left out: "; disclosure by up to four"."""


_CHARGE_OF_ITS_OWN = compile_narrowed(
    r"\b(?:convicted|found\s+guilty|accused|charged|guilty)\s+(?:of|with)\s+\S", re.IGNORECASE
)


_VARIANT_WORD = compile_narrowed(
    r"(?:repeat(?:ed)?|aggravated|organi[sz]ed|group|wartime|serious|grave|second)\b",
    re.IGNORECASE,
)
"""A first word that names a variant of an offence, not another one ("repeat offenders")."""


_TERM_NOUN_CUE = compile_narrowed(
    r"(?:(?:prison|jail)\s+)?terms?\s+of|sentences?\s+of|(?:prison|jail)\s+terms?",
    re.IGNORECASE,
)


def _imposed_terms_of(
    pre: str, statutory: list[tuple[int, int]], cues: list[tuple[int, str]]
) -> bool:
    """Whether the last cue before a range is a term noun ("terms of") that an imposed verb
    governs, with no statutory cue between them: "two were sentenced to real imprisonment
    for terms of 3 to 5 years" (terms given, not the article's range; "sentenced under an
    article that carries terms of 10 to 20 years" stays statutory)."""
    last = max(statutory, key=lambda s: s[1], default=None)
    if last is None or not _TERM_NOUN_CUE.fullmatch(pre, *last):
        return False
    imposed = [e for e, kind in cues if kind == "imposed" and e <= last[0]]
    if not imposed or last[0] - max(imposed) > 60:
        return False
    return not any(max(imposed) <= s < last[0] for s, _ in statutory)


class PenaltyRules(LifeTermRules):
    """Penalty ranges, and the offences a phrase is about (shared with enactments)."""

    def extract_penalties(self) -> list[_Draft]:
        hits: list[tuple[int, int, str, re.Match[str]]] = []
        folded = self.folded
        for (rule, pattern), gate, at_numbers in zip(
            _PENALTY_PATTERNS, _PENALTY_GATES, _PENALTY_AT_NUMBERS, strict=True
        ):
            if not _gate_open(gate, folded):
                continue
            found = (
                finditer_at(pattern, self.s, self.number_starts)
                if at_numbers
                else pattern.finditer(self.s)
            )
            for m in found:
                if all(m.end() <= s or m.start() >= e for s, e, _, _ in hits):
                    hits.append((m.start(), m.end(), rule, m))
        hits.sort(key=lambda h: h[0])
        drafts: list[_Draft] = []
        previous: _Draft | None = None
        previous_end = -1
        replaced_until = -1  # the end of "rather than 20 years" after life: read already
        dropped_end = -1  # the end of the last term read as no range of the offence
        for start, end, rule, m in hits:
            if start < replaced_until:
                continue
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
                dropped_end = end
                continue
            if previous is not None and _RESTRICTION_BEFORE.search(
                self.s, max(0, start - 50), start
            ):
                # "12 to 20 years ... or restriction of liberty for up to two years": an
                # added penalty's term, not a second prison range
                continue
            if (
                rule == "penalty.life"
                and previous is not None
                and previous.life is not True
                and (
                    _LIFE_JOINS.fullmatch(self.s[previous_end:start])
                    or _LIFE_IF_AGGRAVATED.fullmatch(self.s, previous_end, start)
                    or life_joined_after_aside(self.s[previous_end:start])
                )
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
                dropped_end = end
                continue
            if (
                previous is not None
                and rule != "penalty.life"
                and previous.life is not True
                and _CONDITION_BETWEEN.search(self.s, previous_end, start)
                and set(self._governed_offences(start, end)) <= set(previous.offences)
            ):
                # "ten to 20 years; where it leads to deaths, the range is 15 to 20 years":
                # the range of an aggravated part of the offence before
                dropped_end = end
                continue
            if (
                rule == "penalty.life"
                and dropped_end > previous_end
                and (
                    _LIFE_JOINS.fullmatch(self.s[dropped_end:start])
                    or self._life_for_some(previous, dropped_end, start)
                )
            ):
                # "ten to 15 years; if it causes a death, 15 to 20 years or life": life is
                # the range's left out before it (an aggravated part's), not the offence's
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
            elif _IMPOSED_AFTER.match(self.s, end):
                cues.append((start, "imposed"))
            if rule == "penalty.prison-for":
                if not _MODAL_BEFORE.search(pre):
                    continue
                cues.append((start, "statutory"))
            if not cues or max(cues)[1] != "statutory":
                continue
            if _imposed_terms_of(pre, statutory, cues):
                continue  # "two were sentenced to real imprisonment for terms of 3 to 5 years"
            offences = self._governed_offences(start, end)
            if not offences:
                continue
            spans = [(o.start, o.end) for o in self.offences if o.slug in offences]
            if rule != "penalty.life" and aggravated_subject(self.s, spans, start):
                dropped_end = end  # "Desertion during mobilisation carries 5 to 15 years"
                head = self._draft("penalty_range", rule, start)
                head.offences, head.life = offences, False
                # "..., and voluntary surrender by three to ten": an offence of its own
                drafts += self._elided_penalties(head, end, m)
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
            if rule == "penalty.life" and previous is None and self._life_added(offences):
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
                    window = self.s[max(0, start - 60) : start]
                    if self.s[start : m.start("a")].lower().startswith("from") and (
                        _CEILING_BEFORE.search(window)
                        or (_TOUGHENED_BEFORE.search(window) and "minim" not in window.lower())
                    ):
                        # "raises the ceiling for sabotage from 15 to 20 years": the old
                        # maximum and the new one, two claims
                        old = self._draft("penalty_range", "penalty.raised", start)
                        old.offences, old.articles = offences, draft.articles
                        old.max_years, old.life = _round(a * factor), False
                        drafts.append(old)
                        draft.rule = "penalty.raised"
                    elif self.s[start : m.start("a")].lower().startswith("from") and (
                        _TOUGHENED_BEFORE.search(window)
                        or _CHANGED_FLOOR.search(self.s, max(0, start - 120), start)
                    ):
                        # "raised the minimum penalty for X from 10 to 12 years": the old
                        # floor and the new one, two claims
                        old = self._draft("penalty_range", "penalty.raised", start)
                        old.offences, old.articles = offences, draft.articles
                        old.min_years, old.life = _round(a * factor), False
                        drafts.append(old)
                        draft.rule = "penalty.raised"
                        draft.min_years, draft.max_years = _round(b * factor), None
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
            if rule == "penalty.life":
                # "a maximum of life imprisonment rather than 20 years": the old ceiling too
                instead = _INSTEAD_OF_LIFE.match(self.s, end)
                n = parse_number(instead.group("n")) if instead is not None else None
                if n is not None and instead is not None:
                    old = self._draft("penalty_range", "penalty.raised", start)
                    old.offences, old.articles = offences, draft.articles
                    old.max_years, old.life = _round(n), False
                    drafts.append(old)
                    replaced_until = instead.end()
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
            if _VARIANT_WORD.match(e.group("what")):
                return []  # "; repeat offenders face up to 15": an aggravated part's
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

    def _governed_offences(self, start: int, end: int) -> tuple[str, ...]:
        """The offences a phrase at start:end is about: those inside it, else the nearest
        one before it in its clause ("Espionage carries ..."), else the nearest after it
        ("... up to eight years for treason"), each with the offences coordinated with it
        ("both treason and espionage"); else the nearest anywhere in the sentence."""
        ordinal = ordinal_offence(self.state, self.lexicon, self.s, self.index)
        if ordinal:
            # "The second article provides for 15 to 20 years": that one of the offences
            # listed before, whatever the sentence goes on to describe
            return ordinal
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
        if left > 0 and _CHARGE_OF_ITS_OWN.search(self.s, left, start):
            # "... sabotage could go to jail for 20 years, while people convicted of
            # 'international terrorism' could be sentenced to life": that clause's own
            # charge, outside the scheme, not the other clause's
            return ()

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
