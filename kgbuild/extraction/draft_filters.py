"""Which drafts of a whole document make no claim of their own: a figure or a term told
again (a count named again with "the", a digest's lead told again in its body, a person's
term told again of "the woman" or of "him" with the name), a count with no period that a
dated count near it tells again, the people of one trial who get a term each, a part of a
count told by its outcome ("nine of them were sentenced to real prison terms"), and a
figure told for every year (a rate). Split from english.py."""

from __future__ import annotations

import re
from typing import Final

from kgbuild.extraction.drafts import _Draft
from kgbuild.fastre import compile_narrowed

_COUNT_KINDS = frozenset({"conviction_count", "case_count"})


_DEFINITE_BEFORE = compile_narrowed(r"\b(?:the|these|those|all)\s+$", re.IGNORECASE)


def _without_restated(drafts: list[_Draft], text: str) -> list[_Draft]:
    """The drafts less a count that names again, with "the", a count of the two sentences
    before ("... opened 70 cases in 2023 ... Out of the 70 new cases initiated in 2023,
    ..."): the same figure, offence and period, no new claim; and less a range a sentence
    gives twice, and a person's term told again in the next sentences, and a count told
    again in a later paragraph (a digest's lead, then its body): same figure, offence and
    period; and less a range told again anywhere in the document (same offences, bounds and
    life). A row of a total told again is a row of the total kept."""
    kept: list[_Draft] = []
    replaced: dict[int, _Draft] = {}
    counts: dict[tuple[object, ...], list[_Draft]] = {}  # the counts kept, by figure
    enacted: set[tuple[object, ...]] = set()
    ranges: set[tuple[object, ...]] = set()
    for d in drafts:
        if d.kind == "enactment":
            if (d.offences, d.date) in enacted:
                continue  # "The law ... took effect on 14 November. The law ... changes
                # the articles on treason ...": one law's date for an offence, told twice
            enacted.add((d.offences, d.date))
        if d.kind == "penalty_range":
            # "forced labour for up to five years, or up to five years in prison"; "The law
            # introduces life imprisonment for treason. ... the maximum penalty for treason
            # is life imprisonment": one range, told again
            term = (frozenset(d.offences), d.min_years, d.max_years, d.life)
            if term in ranges:
                continue
            ranges.add(term)
        told = [
            e
            for e in kept[-4:]
            if e.kind == d.kind == "individual_sentence"
            and (e.sentence_years, e.life) == (d.sentence_years, d.life)
            and (
                (e.person == d.person and 0 < d.sentence_index - e.sentence_index <= 2)
                or _told_again_of(e, d, text)
                or (
                    (
                        # "A Moscow court sentenced Ivan Petrov to 13 years ... [three
                        # sentences on the case] ... Ivan Petrov was charged with treason and
                        # sentenced to 13 years": a name (not a description) told again
                        (d.person == e.person and not _described(d.person))
                        or _surname_of(d.person, e.person)
                    )
                    and 0 < d.sentence_index - e.sentence_index <= 6
                    and (not d.offences or not e.offences or d.offences == e.offences)
                )
            )
        ]
        if told:
            # a court's statement quoted after the report: "X was sentenced to eight years
            # ... 'X was convicted under Article 275 ... He was sentenced to eight years'";
            # the charge the statement names, if the report named none
            if not told[-1].offences and d.offences:
                told[-1].offences, told[-1].articles = d.offences, d.articles
            if _described(told[-1].person) and d.person and not _described(d.person):
                told[-1].person = d.person  # the name the later sentence gives
            continue
        if d.part_of is not None and id(d.part_of) in replaced:
            d.part_of = replaced[id(d.part_of)]  # a row of a total told again
        figure = (d.kind, d.count, d.offences, d.period)
        same = counts.get(figure, []) if d.kind in _COUNT_KINDS else []
        again = (
            [
                e
                for e in same
                if d.part_of is None
                and 1 <= d.sentence_index - e.sentence_index <= 2
                and _DEFINITE_BEFORE.search(text, max(0, d.anchor - 12), d.anchor)
            ]
            or [
                e
                for e in same
                if (e.qualifier, e.part_of) == (d.qualifier, d.part_of)
                and e.sentence_index < d.sentence_index
                # a paragraph apart: within one, a figure given again compares ("37 in 2022,
                # and two years later 131") and the keys count it again
                and "\n" in text[e.end : d.start]
            ]
        )
        if again:
            replaced[id(d)] = again[0]
            continue
        kept.append(d)
        if d.kind in _COUNT_KINDS:
            counts.setdefault(figure, []).append(d)
    for d in kept:  # a row given before its total
        while d.part_of is not None and id(d.part_of) in replaced:
            d.part_of = replaced[id(d.part_of)]
    return kept


_BACK_TO_PERSON = compile_narrowed(
    r"(?:the|The)\s+(?:[\w'’-]+\s+){0,2}?(?:convict|convicted\s+(?:man|woman)|defendant|"
    r"accused|man|woman|pensioner|resident|prisoner|serviceman|soldier)"
)
"""A person told of before, named again by a definite noun: "The convict", "the woman"."""
_ANOTHER_PERSON = compile_narrowed(
    r"\b(?:also|too|another|second|third|other|co-defendants?|accomplices?|partners?)\b",
    re.IGNORECASE,
)


def _told_again_of(first: _Draft, later: _Draft, text: str) -> bool:
    """Whether ``later`` tells again the term of ``first``, a person named in one of the
    three sentences before and now referred to by a definite noun: "A resident of ...
    was sentenced to 12 years for treason. ... The woman was sentenced to 12 years of
    imprisonment" (one term, not two); not "His accomplice also got 14 years"."""
    return (
        0 < later.sentence_index - first.sentence_index <= 3
        and later.person is not None
        and later.person != first.person
        and (
            _BACK_TO_PERSON.fullmatch(later.person) is not None
            # "A top scientist has been sentenced to seven years ... The court found
            # Kuranov guilty and sentenced him to seven years": the lead's person, named
            or (
                (first.person is None or _INDEFINITE.match(first.person) is not None)
                and _PRONOUN_TERM.search(text, later.start, later.end) is not None
            )
        )
        and (not later.offences or not first.offences or later.offences == first.offences)
        and _ANOTHER_PERSON.search(text, later.start, later.end) is None
    )


_INDEFINITE = compile_narrowed(r"(?:an?|An?)\s")


def _surname_of(later: str | None, first: str | None) -> bool:
    """Whether ``later`` is the surname alone of ``first``'s full name: "Oleksandr Markov
    has been sentenced ... to 14 years' imprisonment ... Markov was sentenced to 14 years in
    a maximum-security colony" (one term, told again at the end of the report)."""
    if not later or not first or " " in later or not later[:1].isupper():
        return False
    words = first.split()
    return len(words) >= 2 and words[-1] == later and words[0][:1].isupper()


def _described(person: str | None) -> bool:
    """Whether a term's person is told by a description ("a 40-year-old engineer", "the
    woman") rather than a name, or not at all."""
    return (
        person is None
        or _INDEFINITE.match(person) is not None
        or _BACK_TO_PERSON.fullmatch(person) is not None
    )


_PRONOUN_TERM = compile_narrowed(
    r"\b(?:sentenced|gave|given|handed|jailed)\s+(?:him|her)\b|"
    r"(?:^|[,;]\s*|\band\s+)(?:[Hh]e|[Ss]he)\s+(?:was|has\s+been|had\s+been|got|received)\b"
)
"""A term given to "him" or "her": a person told of before."""


_OUTCOME_AFTER = compile_narrowed(
    # "12 of whom were sentenced to imprisonment": a part of the count before, by outcome
    r"\s+of\s+(?:them|whom)\s+(?:were|was|have\s+been|had\s+been)\s+(?:(?:sentenced\s+to|given)\s+"
    r"(?:imprisonment|prison|jail|(?:prison|jail)\s+terms?|terms?\s+in\s+(?:prison|jail))\b|"
    # "three of them were jailed for terms of 4 to 6 years"
    r"(?:jailed|imprisoned|sent\s+to\s+(?:prison|jail|a\s+(?:penal\s+)?colony))\b)|"
    r"[^.;:,()]{0,80}?\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+)?"
    r"(?:sentenced\s+to\s+(?:an?\s+)?(?:actual|real|suspended|conditional|probation|hard|forced|"
    r"correctional|compulsory|life)\b|given\s+(?:an?\s+)?(?:suspended|conditional|real|actual|"
    r"non-custodial|life)\b|(?:only\s+)?fined\b|sentenced\s+to\s+(?:a\s+)?fines?\b)|"
    # "Four defendants received life sentences"
    r"[^.;:,()]{0,80}?\b(?:received|got)\s+life\b",
    re.IGNORECASE,
)
"""After the figure of a count, the kind of penalty its people got: "nine of them were
sentenced to real prison terms", "six more ... were given suspended sentences", "Eleven
defendants in such cases were only fined", "Four defendants were sentenced to life
imprisonment" (a part told by outcome, no count of convictions)."""


def _outcome_part(draft: _Draft, text: str) -> bool:
    """Whether a conviction count counts the people of one outcome (real prison terms,
    suspended sentences, fines) rather than those convicted."""
    if draft.kind != "conviction_count":
        return False
    number = _FIGURE_AT.match(text, draft.anchor)
    return number is not None and _OUTCOME_AFTER.match(text, number.end()) is not None


_FIGURE_AT = compile_narrowed(r"[\w,.-]+")
_RECURRING = compile_narrowed(
    r"\b(?:every|each)(?:\s+of\s+the)?(?:\s+(?:past|last|previous|following|single))?"
    r"(?:\s+[a-z]+)?\s+(?:years?|months?|weeks?|days?|quarters?|half(?:-year)?)\b|"
    r"\bannually\b|\byear\s+after\s+year\b|"
    # "fewer than 20 in most years" (not "more than in most years before": a comparison)
    r"(?<!than\s)\bin\s+(?:most|many|typical|a\s+typical|an\s+average|a\s+normal)\s+years?\b",
    re.IGNORECASE,
)
"""A figure told for every year (month ...): "Every year, about 20 people are convicted",
"In the first half of every year since 2018, courts passed no more than two verdicts",
"fewer than 20 people of treason in most years"."""
_RECURRING_GATE: Final = (
    *("every", "each", "annually", "year after year", "most year", "many year"),
    *("typical year", "average year", "normal year"),
)
_CHANGE_BEFORE = compile_narrowed(
    r"\b(?:gr[eo]wn?|growing|r[io]sen?|rising|increas\w*|doubl\w*|tripl\w*|climb\w*|"
    r"f[ae]ll(?:en)?|falling|declin\w*|dropp\w*)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = compile_narrowed(r"[;:]|,\s+(?:but|while|whereas)\s+", re.IGNORECASE)


def _recurring(draft: _Draft, text: str) -> bool:
    """Whether a count is one told for every year (month ...) in its clause: a rate, no
    count for a period (not "convictions have grown every year, reaching 145 in 2024")."""
    if draft.kind not in _COUNT_KINDS:
        return False
    sentence = text[draft.start : draft.end]
    folded = sentence.lower()
    if not any(word in folded for word in _RECURRING_GATE):
        return False
    at = draft.anchor - draft.start
    left = max((b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    right = next((b.start() for b in _CLAUSE_BREAK.finditer(sentence, at)), len(sentence))
    for m in _RECURRING.finditer(sentence, left, right):
        if _CHANGE_BEFORE.search(sentence, max(left, m.start() - 30), m.start()):
            continue
        rate = _RATE_OF.search(sentence, max(left, m.start() - 30), m.start())
        if rate is not None and rate.start("n") != at:
            continue  # "196 verdicts, about one every working day": the rate of "one"
        return True
    return False


_RATE_OF = compile_narrowed(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|\d[\d,.]*)\s+"
    r"(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


def _without_vague_restatements(drafts: list[_Draft]) -> list[_Draft]:
    """The drafts less a count with no period of its own that a count near it tells again
    with its period: the same kind and figure, its offences among the other's ("The 224
    treason convictions handed down in six months ..." over "in the first six months of
    2025, courts handed down 224 convictions in cases of treason, espionage and ...")."""
    dated: dict[tuple[str, int | None], list[_Draft]] = {}
    for d in drafts:
        if d.kind in _COUNT_KINDS and d.period is not None:
            dated.setdefault((d.kind, d.count), []).append(d)
    return [
        d
        for d in drafts
        if not (
            d.kind in _COUNT_KINDS
            and d.period is None
            and any(
                abs(e.sentence_index - d.sentence_index) <= 6 and set(d.offences) <= set(e.offences)
                for e in dated.get((d.kind, d.count), ())
            )
        )
    ]


def _without_trial_counts(drafts: list[_Draft]) -> list[_Draft]:
    """The drafts less a count of the people of one trial that the sentence (or the next)
    gives a term each: "jailed three residents for treason: a woman received 12 years, her
    son 14 years and a neighbour 11 years" (three sentences, no count of convictions)."""
    terms: dict[int, int] = {}
    for d in drafts:
        if d.kind == "individual_sentence":
            terms[d.sentence_index] = terms.get(d.sentence_index, 0) + 1
    return [
        d
        for d in drafts
        if not (
            d.kind == "conviction_count"
            and d.count is not None
            and 2 <= d.count <= 12
            and (
                d.count in {terms.get(d.sentence_index, 0), terms.get(d.sentence_index + 1, 0)}
                or (_days(d) and d.count == sum(terms.get(d.sentence_index + i, 0) for i in _NEXT))
            )
        )
    ]


_NEXT: Final = range(5)
"""A count's sentence and the four after it: where a trial's people get their terms."""


def _days(d: _Draft) -> bool:
    """Whether a count's period is a day or a few (a trial's: "Two Russians were sentenced
    on Wednesday for treason. X was sentenced to nine years ... Y was sentenced to five
    years"), not a statistic's year or months."""
    if d.period is None:
        return False
    first, last = d.period
    return first is not None and last is not None and (last - first).days <= 7


_TERM_BAND = compile_narrowed(
    r"\bterms?\s+(?:of\s+)?(?:between\s+)?(?:\d+(?:\.\d+)?|[a-z]+)\s+(?:to|and)\s+"
    r"(?:\d+(?:\.\d+)?|[a-z]+)\s+years\b",
    re.IGNORECASE,
)
_ONE_COURT: Final = compile_narrowed(r"\bcourt\b(?!s)", re.IGNORECASE)


def _banded_trial(draft: _Draft, text: str) -> bool:
    """Whether a count with no period is the people of one trial given a band of terms
    ("a Russian court sentenced five Ukrainian citizens to long prison terms of 11 to 16
    years for spying"): a trial report, no count of convictions for any period."""
    if draft.kind != "conviction_count" or draft.period is not None:
        return False
    if draft.count is None or not 2 <= draft.count <= 30:
        return False
    quote = text[draft.start : draft.end]
    return (
        _TERM_BAND.search(quote) is not None
        and _ONE_COURT.search(quote) is not None
        and "courts" not in quote.lower()
    )
