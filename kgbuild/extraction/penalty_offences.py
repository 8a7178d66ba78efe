"""Which offences a statutory range is about: those named in or around its clause, those
coordinated with them, an offence named by one word of its label, or the offences a
reference back ("such offences", "the second article", "If convicted, ...") stands for
(rules of penalties.py)."""

from __future__ import annotations

import re

from kgbuild.extraction.drafts import _slug_for_word, _unique
from kgbuild.extraction.penalty_life import LifeTermRules
from kgbuild.extraction.references import ordinal_offence, paired_offences, previous_offences
from kgbuild.fastre import compile_narrowed
from kgbuild.lexicon import OffenceMatch, fold

_CLAUSE_BREAK = compile_narrowed(r";|:|,?\s+(?:while|whereas|but)\s+|\.\s", re.IGNORECASE)
_PENALTY_REFERENCE = compile_narrowed(
    # ("Those convicted of organising a terrorist network ...": people, no reference)
    r"^\W*(?:such|these|those)\b(?!\s+(?:who|convicted|found|accused|charged|sentenced|guilty|"
    r"people|persons))|"
    # "Anyone convicted faces 15 to 20 years", "Those found guilty of it face ...",
    # "Offenders face ...": the people convicted of the offence before, no charge of their own
    r"^\W*(?:anyone|anybody|those|people|persons|offenders|convicts|perpetrators)"
    r"(?:\s+(?:who\s+(?:is|are)\s+)?(?:convicted|found\s+guilty)"
    r"(?:\s+(?:of|under)\s+(?:it|this|that|the\s+(?:offen[cs]e|crime|article)))?)?\s+"
    r"(?:(?:now|could|can|may|might|will|would)\s+)?(?:faces?|risks?)\b|"
    # a legal database's entry under the article's heading: "Sanction: up to five years"
    # (a factbox's "- Sentence: 12 to 20 years or life" under the offence's heading)
    r"^\W*(?:sanction|penalty|punishment|sentence)\s*:|"
    # "If convicted, the suspect could face 12 to 20 years": the charge told before
    r"^\W*if\s+(?:convicted|found\s+guilty)\b|"
    # "Those found guilty face up to 20 years": the people of the charge told before (not
    # "Those convicted of organising ...", a charge of their own)
    r"^\W*(?:those|people|anyone)\s+(?:found\s+guilty|convicted)\b(?!\s+(?:of|for|under|on|in)\b)|"
    # "If it is committed by a group, it is punishable by ...": after a leading condition
    # or time ("Since amendments signed in March 2023, it is punishable by ...")
    r"^\W*(?:(?:if|when|where|should|since|after|following)\b[^.;]{1,120}?,\s*)?"
    r"(?:it|they)\s+(?:now\s+|also\s+|still\s+)?(?:carr(?:y|ies)|is|are|can|could|may|"
    r"might|will|would|was|were|provides?|provided|stipulates?|stipulated|prescribes?|"
    r"prescribed|envisages?|envisaged|sets?|imposes?|imposed|punishes|punished)\b|"
    r"\b(?:such|this|that|these|those|the\s+same)\s+(?:[\w-]+\s+)?(?:offen[cs]es?|crimes?|"
    r"acts?|calls|statements|posts|charges?|organi[sz]ations?|groups?|communit(?:y|ies)|"
    r"associations?)\b|"
    r"\b(?P<two>both|the\s+two|either)\s+(?:articles|offen[cs]es|crimes|provisions)\b|"
    # "In its current wording, part 1 is punishable by one to four years": the article's
    # basic part, the article told before
    r"^\W*(?:(?:in\s+its\s+(?:current|present|original|new|amended)\s+(?:wording|form|"
    r"version|text|edition)|now|today|currently|at\s+present)\s*,?\s+)?(?:its\s+)?"
    r"(?:part\s+(?:1|one)|the\s+(?:first|basic)\s+part)\s+(?:now\s+)?(?:is\s+punishable|"
    r"carries|provides|prescribes)\b|"
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
    # "The new article on training carries ...": the one the word after it names
    r"\b(?:the|this|that)\s+(?:(?P<word>[\w-]+)\s+)?article"
    r"(?:\s+(?:on|about|against)\s+(?P<on>[a-z][\w-]+))?\b|"
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
_REFERENCE_SUBJECT = compile_narrowed(
    r"\W*(?:the|this|that)\s+(?:offen[cs]e|crime|article)\s*,", re.IGNORECASE
)
"""A sentence opening on the offence of the sentence before, an aside after it: "The
offence, punishable by ..., is ..."."""
_ANOTHER_CHARGE = compile_narrowed(
    r"\b(?:(?:a|another|the)\s+(?:separate\s+|further\s+)?charges?\s+(?:of|for|under)|"
    r"combined\s+with|coupled\s+with|alongside|together\s+with|in\s+addition\s+to)\b",
    re.IGNORECASE,
)
"""Before an offence after a range, another charge brought with it: "... combined with a
charge of justifying terrorism"."""
_CHARGE_OF_ITS_OWN = compile_narrowed(
    r"\b(?:convicted|found\s+guilty|accused|charged|guilty)\s+(?:of|with)\s+\S", re.IGNORECASE
)


_ASIDE_THEN_VERB = compile_narrowed(
    r"\s*,\s*(?!and\b|or\b)(?P<aside>[^,;:()]{3,90}?)\s*,\s*(?:which\s+)?"
    r"(?:(?:also|still|now|currently|itself)\s+)?(?:is|are|was|were|can|could|may|might|"
    r"carr(?:y|ies)|brings?|faces?|remains?|has|have)\b"
)
"""An aside between an offence and its verb ("Espionage, unlike treason, is punishable by
..."): the offence named in the aside is not the one the range is told of."""


class PenaltyOffenceRules(LifeTermRules):
    """The offences of a statutory range."""

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
            return self._named_by(
                ref.group("on") or ref.group("word"), previous_offences(self.state, self.lexicon)
            )
        left = max((b.end() for b in _CLAUSE_BREAK.finditer(self.s, 0, start)), default=0)
        right_break = _CLAUSE_BREAK.search(self.s, end)
        right = right_break.start() if right_break else len(self.s)
        inside = [m for m in candidates if m.start >= start and m.end <= end]
        if inside:
            return self._with_coordinated(inside[0], candidates)
        before = [m for m in candidates if left <= m.start and m.end <= start]
        if len(before) > 1 and "," in self.s[before[-2].end : before[-1].start]:
            # "Espionage, the charge brought instead of treason, is punishable by ...":
            # the subject before an aside that names another offence
            aside = _ASIDE_THEN_VERB.match(self.s, before[-2].end, start)
            if aside is not None and before[-1].end <= aside.end("aside"):
                return self._with_coordinated(before[-2], candidates)
        if before:
            return self._with_coordinated(before[-1], candidates)
        after = [m for m in candidates if m.start >= end and m.end <= right]
        if (
            after
            and _REFERENCE_SUBJECT.match(self.s, 0, start)
            and _ANOTHER_CHARGE.search(self.s, end, after[0].start)
        ):
            # "The offence, punishable by 2 to 4 years, is often combined with a charge of
            # justifying terrorism": the offence of the sentence before, not the other charge
            before_offences = previous_offences(self.state, self.lexicon)
            if before_offences:
                return before_offences
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

        # ("Treason or espionage: 12 to 20 years": the label's offences, both)
        return self._with_coordinated(min(candidates, key=distance), candidates)

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
