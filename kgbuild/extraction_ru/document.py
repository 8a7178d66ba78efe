"""The Russian document loop: its sentences in order, each read with the context the
sentences before it left (:class:`.extractor.Sentence`), and a term whose charge the
next sentence gives («... Ее признали виновной в госизмене.») given it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from kgbuild.claims import Claim
from kgbuild.extraction.linebreaks import heading_lines, within
from kgbuild.extraction.related_links import is_related_link
from kgbuild.extraction_ru import grammar as g
from kgbuild.extraction_ru.clauses import Context, unique
from kgbuild.extraction_ru.extractor import Sentence, known_words
from kgbuild.extraction_ru.morphology import sentence_spans
from kgbuild.extraction_ru.offences import RuLexicon


def extract_sentences(
    text: str, *, document: str, lexicon: RuLexicon, published: dt.date | None
) -> list[Claim]:
    """Claims of every sentence of ``text``, in document order."""
    context = Context(published)
    known = known_words(lexicon)
    claims: list[Claim] = []
    headings = heading_lines(text)  # a title's figures are its body's, with its period
    unnamed: list[int] = []  # the last sentence's terms with no offence, by index in claims
    for start, end in sentence_spans(text):
        if is_related_link(text[start:end]):
            continue  # «Читайте также: ...»: another story's headline
        sentence = Sentence(text, start, end, document, lexicon, context, known)
        found = sentence.run()  # a heading sets the context but gives no claims
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
