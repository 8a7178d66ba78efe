"""Rule-based extraction of claims from reporting on Russian state-security prosecutions.

``extract_claims`` is a pure function: text in, :class:`~kgbuild.claims.Claim` list out.
It works sentence by sentence on a cleaned view of the text (Markdown link markup removed)
and maps every span back to code-point offsets of the original, so ``text[start:end]`` is
always the claim's quote. Offence wordings come from the :class:`~kgbuild.lexicon.Lexicon`
(the SKOS scheme). The language is detected per document (language.py) unless given;
Russian goes to ``kgbuild.extraction_ru``.

The parts, in the order a sentence meets them:

    text.py          cleaning (markup out, offsets kept) and sentence splitting
    dateline.py      the publication day a date line or dateline opening the text gives
    gates.py         literal gates that keep costly patterns from running in vain
    numbers.py       cardinals in digits and words, qualifiers ("at least")
    periods.py       time expressions, spans and anchors, resolved to dates
    changes.py       relative changes ("four times the 2023 figure") and baselines
    grammar_en.py    English patterns: counts, breakdowns, the claim gate
    grammar_en_lists.py      several counts in one sentence, rates, "all of them"
    grammar_en_penalties.py  statutory penalties; grammar_en_enactments.py enactments
    grammar_en_individual.py individual sentences; grammar_en_attribution.py who counted
    grammar_en_baselines.py  the earlier figure a count is compared with ("up from 40 in 2023")
    figures_again.py figures that pair in order with the counts before them
    tallies.py       counts listed offence by offence between semicolons
    figures_reached.py       a figure of the sentence before reached again ("reaching 195")
    rises.py         counts "from" one figure "to" another ("rose from 25 in 2018 to 28 ...")
    several_terms.py several people sentenced in one clause, a term each
    same_term.py     "the same term" as the person sentenced before
    persons.py       who a term is given to: a name, a description, "him", a surname
    item_lists.py    counts as the items of a list under a head ("Convictions in 2024:")
    related_links.py "Read also: ..." lines (another story's), in both languages
    elided_offences.py, elided_periods.py
                     two gerunds sharing one object; "and 41 in the second" (quarter)
    sentence.py      one sentence's recognisers, read lazily
    references.py    what a sentence takes from the ones before ("this offence", "that year")
    counts.py, breakdowns.py, baselines.py, lists.py, parts.py, penalties.py, enactments.py,
    individual.py, bare_counts.py, in_force.py, range_cues.py
                     the rule families
    english.py       the document loop with its claim gates, and the frozen claims
    scoring.py       precision and recall against an answer key
    corpus.py        several documents at once, in worker processes (`kgbuild extract -j`)
    answers.py       a figure answering "How many ...?", a range answering "What is the penalty?"
    whole_parts.py   a part of an unnamed whole ("Of the 1,046 sentences ..., 392 were for X")
    aggravated.py    an aggravating circumstance told with an offence (its range left out)
    enacted_now.py   what a dated law made, told in the sentences after it ("X is now a crime")
    unitless_ranges.py a range whose unit a range just before gives ("carries three to eight")
    respective_ranges.py ranges paired with offences by "respectively"
    minimum_terms.py a statutory minimum told alone ("the minimum sentence for X is 12 years")
    grammar_en_appeals.py  a term an appeal changed or upheld ("cut X's sentence to 11 years")
    topics.py        the offence a study says it is about, for its counts that name none
    corrections.py   a corrected figure after a retraction ("the correct figure is 349")
    tables.py        a Markdown table of offences by period ("| Treason | 198 | 349 |")
    bracket_figures.py  a figure in brackets after its time ("the 2023 figure (198)")
    ordinal_days.py  a law's day told by its ordinal in a timeline ("March 2022: on the 4th")

Rule ids (``Claim.rule``; a claim that took its change from another rule joins both with
"+", e.g. ``count.passive+change.times``; an item of a list joins "+list" to its head's):

    count.passive        "145 Russian citizens were convicted of treason"
    count.active         "courts convicted 23 citizens of espionage"
    count.found-guilty   "found 40 people guilty"
    count.verdicts       "52 guilty verdicts", "30 convictions for treason"
    count.number-of      "the number of people convicted of treason rose to 150",
                         "espionage convictions reached 28", "went up ninefold, to 18",
                         "treason convictions totalled 145, espionage convictions 23" (+list)
    count.respectively   "... (52 individuals) and ... (18 individuals) higher, respectively",
                         "convictions for treason and espionage stood at 16 and 4, respectively"
    count.breakdown      "Of those, 18 were Ukrainian nationals ...", "including 18 Ukrainians"
    count.baseline       "... up from 40 in 2023", "up from eight a year earlier", "... and 16
                         in 2022", "the 2023 figure of 25", "grew to 145 in 2024 from 40"
    case.baseline        "opened 73 cases ... in 2023, up from 19 a year earlier"
    count.from-to        "rose from 25 in 2018 to 28 in 2019", "rose from 11 in 2023 to 37"
    count.figures-again  "... 142 of X and 24 of Y. In 2023 the corresponding numbers were 201
                         and 41", "the numbers under the same two articles rose to 26 and 111"
    count.figures-again.baseline
                         "112 espionage and 402 treason convictions for 2024, against 64 and
                         289 in 2023"
    count.offence-part   "At least 920 verdicts in X, Y and Z cases. More than 790 of them
                         were for X", "Of these, 48 concerned espionage"
    count.all-of-them    "Nine students were tried ... The court found all of them guilty"
    count.tally          "Convictions in 2023 by article: treason, 152; espionage, 37",
                         "2,410 convictions for going AWOL; 318 desertion; and 57 ..."
    count.bare           "A further 12 were convicted of the same offence", "Another eight
                         were found guilty of espionage and three of ..." (+list)
    count.list-item      "- treason (Article 275): 97" under "People convicted in 2024, by
                         article:"; "... under these articles: treason – 41, espionage – 11";
                         "2023 – 39" under "Treason convictions by year:"
    count.table          a Markdown table of offences by period (tables.py)
    count.bracketed-earlier  "412 people ... in 2024 (2023: 230)", "(230 in 2023)"
    count.ranking        "X topped the list with 177 convictions, followed by Y (31)"
    count.figure-reached "The figure has grown every year since, reaching 195 in 2024", "The
                         figure for espionage was 31, and for sabotage, 16"
    count.period-part    "212 treason verdicts this year, 154 of them in the first half",
                         "Of those, 312 were passed in 2025 alone"
    count.how-many       "By the numbers: 1,950. That's how many servicemen ... convicted ..."
    case.passive         "At least 98 new criminal cases were initiated"
    case.active          "investigators opened 24 criminal cases", "prosecutors sent 94
                         treason cases to court"
    case.sent-on         "opened 408 cases ..., and prosecutors sent 176 of them to court"
                         (case.passive also "70 cases of treason reached Russian courts")
    change.times         "nearly four times higher than in 2023"
    change.fold          "a 2.5-fold increase", "a tenfold increase"
    change.fraction      "a one-third increase", "rose by half"
    change.percent       "a 40% increase"
    change.verb          "doubled", "tripled", "halved"
    penalty.to-life      "from 12 years to life" (one range; after "maximum" or "raised", the
                         old ceiling and the new one)
    penalty.up-to        "punishable by up to eight years"
    penalty.prison-for   "could now go to prison for 20 years" (after can/could/may/might)
    penalty.between      "punishable by between 10 and 20 years", "from three to eight years"
    penalty.maximum      "a maximum sentence of 15 years", "the maximum ... remains 20 years"
    penalty.life         "punishable by life imprisonment"
    penalty.raised       "raises the ceiling for sabotage from 15 to 20 years", "up to five
                         years, instead of three": the old maximum and the new one
    penalty.answer       "What is the punishment? Three to eight years in prison." (the
                         question's offence, else the one told before; answers.py)
    enactment.introduced "introduced", "enacted", "adopted", "criminalised", "signed into law"
    enactment.toughened  "toughened", "tightened", "stiffened"
    enactment.passed     "passed", "passed into law"
    enactment.signed     "signed a law", "signed legislation", "Last Friday's law" (dated
                         by its day)
    enactment.amended    "the definition of treason was expanded", "amended"
    enactment.in-force   "took effect", "came into force", "has been in force since 2022"
    sentence.sentenced-to "Oleg Orlov was sentenced to 30 months' imprisonment"
    sentence.jailed-for  "X was jailed for 16 years"
    sentence.jailed-active "a court jailed a former railway worker for 17 years"
    sentence.given       "X was given a 12-year sentence"
    sentence.several     "sentenced two men to 13 and 11 years", "Three residents were jailed
                         for 15 years each", "..., and a third defendant to nine years"
    sentence.will-spend  "X, a nurse from Donetsk, will spend 14 years in prison"
    sentence.same-term   "His accomplice got the same term" (the term of the person before)
    (the other sentence.* rules: grammar_en_individual.py)
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging

from kgbuild.claims import MAX_DOCUMENT_BYTES, Claim
from kgbuild.extraction.dateline import publication_date
from kgbuild.extraction.english import extract_english
from kgbuild.extraction.language import LANGUAGES, detect_language
from kgbuild.extraction.numbers import NUMBER_PATTERN, parse_number, parse_number_words
from kgbuild.extraction.periods import resolve_period
from kgbuild.extraction.text import split_sentences
from kgbuild.lexicon import Lexicon

__all__ = [
    "LANGUAGES",
    "MAX_DOCUMENT_BYTES",
    "NUMBER_PATTERN",
    "detect_language",
    "extract_claims",
    "parse_number",
    "parse_number_words",
    "resolve_period",
    "split_sentences",
]

logger = logging.getLogger(__name__)


def extract_claims(
    text: str,
    *,
    document: str,
    lexicon: Lexicon,
    published: dt.date | None = None,
    report_year: int | None = None,
    lang: str | None = None,
) -> list[Claim]:
    """Extract typed claims from one document in ``lang`` ("en" or "ru").

    Without ``lang`` the language is detected from the share of Cyrillic letters
    (:func:`detect_language`). ``published`` resolves relative dates ("last year", "on
    Wednesday", "in March"); without it, the date line or dateline that opens the text
    gives it, if one does (dateline.py). ``report_year`` is the year an annual report
    covers ("the year", undated figures). Claims are ordered by start offset, then kind,
    then the position of their figure.
    """
    language = lang or detect_language(text)
    if published is None:
        published = publication_date(text)
    if language == "ru":
        return _extract_russian(text, document, published)
    return extract_english(
        text, document=document, lexicon=lexicon, published=published, report_year=report_year
    )


def _extract_russian(text: str, document: str, published: dt.date | None) -> list[Claim]:
    """Russian grammar lives in ``kgbuild.extraction_ru``; without it, no claims."""
    try:
        module = importlib.import_module("kgbuild.extraction_ru")
    except ModuleNotFoundError as exc:
        if exc.name not in {"kgbuild.extraction_ru"}:
            raise
        logger.warning(
            "%s: Russian text, but Russian extraction (kgbuild.extraction_ru) is not "
            "installed: no claims taken from it",
            document,
        )
        return []
    claims: list[Claim] = module.extract_ru(text, document, published=published)
    return claims
