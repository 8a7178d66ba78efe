"""Statutory penalty ranges (enactments: enactments.py)."""

from __future__ import annotations

import re

from kgbuild.extraction.aggravated import aggravated_subject
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
    life_joined_after_aside,
)
from kgbuild.extraction.numbers import parse_number
from kgbuild.extraction.range_cues import RangeCueRules
from kgbuild.fastre import compile_narrowed, finditer_at

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
    rf"['’]?(?:\s+(?:in\s+prison|behind\s+bars|of\s+imprisonment|imprisonment))?\s*"
    # "to 20 years, from 15 years at present"
    rf"(?:,?\s*from|,?\s*(?:instead\s+of|up\s+from|rather\s+than|compared\s+with)|"
    # "up to 20 years (at present, it is 15 years)": the ceiling now, in brackets
    rf"\s*\(\s*(?:(?:at\s+present|currently|until\s+now|previously|before)\s*,?\s*"
    rf"(?:it\s+(?:is|was)|the\s+(?:maximum|ceiling)\s+(?:is|was))?"
    # "(it is currently 15 years)"
    rf"|it\s+(?:is|was)\s+(?:currently|now|at\s+present|previously))"
    rf")\s+(?:the\s+(?:current|"
    rf"previous|present)\s+)?(?!(?:1[89]|20)\d\d\b)(?P<n>{_NUMD})\b(?![\s-]+(?:people|cases|times))",
    re.IGNORECASE,
)
"""After a ceiling, the one it replaces: "up to five years in prison, instead of three",
"raised to 20 years from 15", "up to 20 years (at present, it is 15 years)"."""
_INSTEAD_OF_LIFE = compile_narrowed(
    rf"(?:\s+imprisonment|\s+in\s+prison)?\s*(?:,?\s*from|,?\s*(?:instead\s+of|rather\s+than|up\s+from))\s+"
    rf"(?:the\s+(?:current|previous|present|old)\s+)?(?:(?:a\s+)?maximum\s+of\s+)?"
    rf"(?P<n>{_NUMD})[\s-]+years?\b",
    re.IGNORECASE,
)
"""After life, the ceiling it replaces: "life imprisonment rather than 20 years", "to life
imprisonment from 20 years"."""
_ELIDED_PENALTY = compile_narrowed(
    rf"(?:\s+(?:in\s+prison|of\s+imprisonment))?\s*(?:;|,\s*(?:and|while|whereas)|\s+and)\s+"
    rf"(?P<what>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){{0,5}}?)\s+(?:by\s+|with\s+)?"
    rf"(?:up\s+to|at\s+most|no\s+more\s+than)\s+(?P<b>{_NUMD})\b"
    rf"(?![\s-]*(?:years?|months?|weeks?|days?|%|per|people|times|roubles|rubles|dollars))",
    re.IGNORECASE,
)
"""After a range, a ceiling with its verb and unit left out: "; disclosure by up to four"."""


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
    governs, with no statutory cue between them: "three were jailed for terms of 4 to 6
    years" (terms given, not the article's range; "sentenced under an
    article that carries terms of 10 to 20 years" stays statutory)."""
    last = max(statutory, key=lambda s: s[1], default=None)
    if last is None or not _TERM_NOUN_CUE.fullmatch(pre, *last):
        return False
    imposed = [e for e, kind in cues if kind == "imposed" and e <= last[0]]
    if not imposed or last[0] - max(imposed) > 60:
        return False
    return not any(max(imposed) <= s < last[0] for s, _ in statutory)


_LIFE_COUNTED = compile_narrowed(
    r"(?<![\w.,])(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|\w+ty(?:-\w+)?|several|many|a\s+few|dozens\s+of)\s+(?:more\s+|new\s+)?life\s+"
    r"(?:sentences|terms)\b",
    re.IGNORECASE,
)
"""Life terms counted ("11 life sentences"): sentences handed down, no penalty range."""

_LIFE_RATHER_THAN = compile_narrowed(
    r"(?:\s+(?:imprisonment|in\s+prison|terms?|sentences?))?\s*,?\s+(?:rather\s+than|"
    r"instead\s+of)\b",
    re.IGNORECASE,
)
"""After a life term that replaces a ceiling ("life imprisonment rather than 20 years")."""


_NEW_PART_BEFORE = compile_narrowed(
    r"\b(?:adds?|added|adding|creat\w*|introduc\w*|insert\w*)\s+(?:an?\s+)?new\s+"
    r"(?:part|paragraph|clause|subsection)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}$",
    re.IGNORECASE,
)
"""Before a range: a new part of an article, an aggravated one ("would add a new part to
Article 284.2 with a penalty of up to five years"): its range is left out."""
_LIMIT_BEFORE = compile_narrowed(
    r"\b(?:maximum|minimum|top|upper)\s+(?:prison\s+)?(?:terms?|sentences?|penalt(?:y|ies)|"
    r"punishments?)\b(?![^.;]{0,80}?\b(?:handed|imposed|given|passed|served|received)\b)"
    r"[^.;]{0,80}$",
    re.IGNORECASE,
)
_AGED_BEFORE = compile_narrowed(r"\bage[sd]?\s+(?:of\s+)?$", re.IGNORECASE)


class PenaltyRules(RangeCueRules):
    """Penalty ranges, and the offences a phrase is about (shared with enactments)."""

    def extract_penalties(self) -> list[_Draft]:
        respective = self._respective_ranges()
        if respective:
            return respective  # "X and Y carry 12 to 20 and 10 to 20 years respectively"
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
            if "new" in self.folded and _NEW_PART_BEFORE.search(self.s, max(0, start - 120), start):
                dropped_end = end  # a new part of an article: an aggravated one's range
                continue
            if rule == "penalty.between" and _AGED_BEFORE.search(self.s, max(0, start - 12), start):
                continue  # "defendants were aged between 20 and 35 years": ages, no range
            if rule == "penalty.life" and _LIFE_COUNTED.search(self.s, max(0, start - 30), end):
                # "The Insider counted 11 life sentences for treason": terms handed down,
                # counted, after a range told with life
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
            if (
                rule == "penalty.maximum"
                or bracketed
                or _STATUTORY_AFTER.match(self.s, end)
                or self._offence_label_before(start)  # "Espionage: 10–20 years"
                or self._offence_copula(start)  # "Treason is 12 to 20 years"
                or (  # "The maximum term for sabotage went up from 15 to 20 years"
                    self.s[start : start + 5].lower() == "from "
                    and _LIMIT_BEFORE.search(self.s, max(0, start - 100), start) is not None
                )
            ):
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
                continue  # "three were jailed for terms of 4 to 6 years"
            offences = self._governed_offences(start, end)
            if not offences:
                continue
            spans = [(o.start, o.end) for o in self.offences if o.slug in offences]
            if aggravated_subject(self.s, spans, start) and (
                # "... now carries life imprisonment rather than 20 years": a change of
                # the law told as a whole (round 7), kept
                rule != "penalty.life" or not _LIFE_RATHER_THAN.match(self.s, end)
            ):
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
                    # the verb can stand further back, before a long article title ("will
                    # toughen punishment under Article 281 of the Criminal Code of the
                    # Russian Federation ("Sabotage") from 15 to 20 years")
                    wide = self.s[max(0, start - 160) : start]
                    wide = wide[wide.rfind(";") + 1 :]  # not past a clause of its own
                    if self.s[start : m.start("a")].lower().startswith("from") and (
                        _CEILING_BEFORE.search(window)
                        or (_TOUGHENED_BEFORE.search(wide) and "minim" not in wide.lower())
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
        replaced = self._old_ranges(drafts)  # "10 to 20 years instead of 10 to 15"
        return drafts + replaced + self._unitless_ranges(drafts) + self._minimum_terms(drafts)

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
