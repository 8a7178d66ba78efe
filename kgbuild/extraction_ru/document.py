"""The Russian document loop: its sentences in order, each read with the context the
sentences before it left (:class:`.extractor.Sentence`), and a term whose charge the
next sentence gives («... Ее признали виновной в госизмене.») given it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from kgbuild.claims import Claim
from kgbuild.extraction.linebreaks import heading_lines, within
from kgbuild.extraction.related_links import is_related_link
from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru.clauses import Context, unique
from kgbuild.extraction_ru.corrections import corrected, corrected_within, told_wrongly
from kgbuild.extraction_ru.extractor import Sentence
from kgbuild.extraction_ru.morphology import sentence_spans
from kgbuild.extraction_ru.offences import RuLexicon
from kgbuild.extraction_ru.period_context import remember_enactment
from kgbuild.extraction_ru.vocabulary import known_words

_GUILTY_OF = re.compile(
    r"\bпризнал[аи]?\s+[^.;]{0,80}?\bвиновн[а-яё]*\s+(?:по\s+стать|в\s+|во\s+)", re.IGNORECASE
)
"""A verdict with its charges and no term: «Суд признал 30-летнего жителя области виновным
по статьям о госизмене и диверсии», «признал его виновным в госизмене»."""


_ANOTHER_PERSON = re.compile(
    r"\b(?:также|тоже|ещ[её]|втор[а-яё]+|друг[а-яё]+|сообщник[а-яё]*|сосед[а-яё]*|"
    r"брат[а-яё]*|сестр[а-яё]*|жен[еаы]|муж[уа]?|отц[уа]|матер[иь]|сын[уа]?|дочер[иь])\b",
    re.IGNORECASE,
)
"""A term of another person than the verdict's: «Ее соседке суд назначил ...»."""


def extract_sentences(
    text: str, *, document: str, lexicon: RuLexicon, published: dt.date | None
) -> list[Claim]:
    """Claims of every sentence of ``text``, in document order."""
    context = Context(published)
    known = known_words(lexicon)
    claims: list[Claim] = []
    headings = heading_lines(text)  # a title's figures are its body's, with its period
    unnamed: list[int] = []  # the last sentence's terms with no offence, by index in claims
    guilty: tuple[int, tuple[str, ...]] | None = None  # a verdict's sentence and its charges
    wrong: list[Claim] = []  # the claims of a sentence a correction says were wrong
    for number, (start, end) in enumerate(sentence_spans(text)):
        if is_related_link(text[start:end]):
            continue  # «Читайте также: ...»: another story's headline
        sentence = Sentence(text, start, end, document, lexicon, context, known)
        found = sentence.run()  # a heading sets the context but gives no claims
        found = corrected_within(found, sentence.quote)  # «..., а на самом деле их 84»
        if wrong and not found:
            found = corrected(wrong, sentence.quote, start)  # «Правильная цифра — 13»
        wrong = found if told_wrongly(sentence.quote) else []
        if wrong:
            found = []  # «В первой версии текста говорилось, что ... 48»: corrected after
        remember_enactment(sentence)  # «... закон от 14 июля 2022 года. С тех пор ...»
        if (
            guilty is not None
            and number - guilty[0] <= 2
            and not sentence.offences
            and not g.UNKNOWN_CHARGE.search(sentence.quote)  # «... за кражу»: its own
            and not _ANOTHER_PERSON.search(sentence.quote)  # «Ее соседке ...»: another
        ):
            # «Суд признал 30-летнего жителя ... виновным по статьям о государственной
            # измене, диверсии ... Суд приговорил обвиняемого к 16 годам»: the verdict's
            # charges are the term's
            named = guilty[1]
            found = [
                replace(
                    c,
                    offence=named[0] if len(named) == 1 else named,
                    articles=lexicon.articles_for(named),
                )
                if c.kind == "individual_sentence" and c.offence is None
                else c
                for c in found
            ]
        if any(c.kind == "individual_sentence" for c in found):
            guilty = None
        elif (
            "призна" in sentence.folded and sentence.offences and _GUILTY_OF.search(sentence.quote)
        ):
            guilty = (number, unique([o.slug for o in sentence.offences]))
        if (
            unnamed
            and sentence.offences
            and g.FOUND_GUILTY.search(sentence.quote)
            and not any(c.kind == "individual_sentence" for c in found)
        ):
            # «... к шести годам за попытку перевести деньги. Ее признали виновной в
            # госизмене.»: the charge of the term just read
            named = unique([o.slug for o in sentence.offences])
            for i in unnamed:
                claims[i] = replace(
                    claims[i],
                    offence=named[0] if len(named) == 1 else named,
                    articles=lexicon.articles_for(named),
                )
        unnamed = [
            len(claims) + i
            for i, c in enumerate(found)
            if c.kind == "individual_sentence" and c.offence is None
        ]
        if not (headings and within(headings, start, end)):
            claims.extend(found)
    return claims
