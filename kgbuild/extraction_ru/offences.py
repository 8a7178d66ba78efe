"""Offences named in Russian: the @ru labels of the SKOS scheme, matched in any case.

A label matches when its content words occur in order with the same dictionary forms
(«государственная измена» in «по делам о государственной измене»); prepositions and
conjunctions may differ, commas may fall between words. Article numbers («по статье 275
УК», «ст. 275.1», «статьям 275 и 276») name the most specific offence with that notation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kgbuild.extraction_ru.articles import ARTICLE_GATE, ARTICLE_NUMBER, article_spans
from kgbuild.extraction_ru.morphology import Token, analyzer, gate_open, tokenize
from kgbuild.extraction_ru.offence_labels import (
    LONG_TITLE,
    Label,
    said_short,
    shortened,
    title_heads,
)
from kgbuild.namespaces import OFF

FUNCTION_WORDS = frozenset(
    {"с", "со", "к", "ко", "о", "об", "обо", "в", "во", "на", "и", "либо", "или", "за", "по"}
)
"""Words a label may drop or change («сотрудничество с иностранцами» / «... иностранцам»)."""
_LIGHT_WORDS = frozenset({"введение", "введения", "введению", "введением", "введении"})
"""A light noun reporters put in a label or leave out: «призывы к введению санкций» /
«призывы к санкциям», «призывы к введению мер ограничительного характера»."""

_SKIPPED = FUNCTION_WORDS | _LIGHT_WORDS | {",", "«", "»", '"', "“", "”", "„"}
"""Words and marks a label's words may have between them («за „фейки“ об армии»)."""
_SKIPPED_ANY_CASE = frozenset(
    variant for word in _SKIPPED for variant in (word, word.capitalize(), word.upper())
)


@dataclass(frozen=True)
class OffenceSpan:
    """An offence named at ``start:end`` (document offsets); ``how``: label or article."""

    slug: str
    start: int
    end: int
    how: str


def _content(tokens: Sequence[Token]) -> list[Token]:
    return [
        t
        for t in tokens
        if t.text.lower() not in FUNCTION_WORDS
        and t.text.lower() not in _LIGHT_WORDS
        and t.text != ","
    ]


@dataclass(frozen=True)
class RuLexicon:
    """The offence concepts' Russian labels and article notations."""

    labels: tuple[Label, ...]
    articles: Mapping[str, tuple[str, ...]]
    """Offence slug -> article numbers."""
    by_first: Mapping[str, tuple[Label, ...]]
    """Labels by a dictionary form of their first word."""

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The dictionary forms a label can start with."""
        return frozenset(self.by_first)

    @cached_property
    def _starting_cache(self) -> dict[frozenset[str], tuple[Label, ...]]:
        return {}

    def _labels_starting(self, readings: frozenset[str]) -> tuple[Label, ...]:
        """The labels whose first word is one of ``readings`` (a token's), each once;
        kept per set of readings, as the tokenizer shares one set per word form."""
        found = self._starting_cache.get(readings)
        if found is None:
            labels = (label for lemma in sorted(readings) for label in self.by_first.get(lemma, ()))
            found = self._starting_cache[readings] = tuple(dict.fromkeys(labels))
        return found

    @property
    def dictionary_forms(self) -> frozenset[str]:
        """The dictionary forms of every label word."""
        return frozenset(lemma for label in self.labels for word in label.words for lemma in word)

    @classmethod
    def from_labels(
        cls, labels: Iterable[tuple[str, str]], articles: Mapping[str, tuple[str, ...]]
    ) -> RuLexicon:
        built = []
        for slug, text in sorted(set(labels)):
            words = tuple(t.lemmas for t in _content(tokenize(text)) if t.text != "«")
            if words:
                built.append(Label(slug, text, words))
            short = shortened(words)
            if short is not None:
                built.append(Label(slug, text, short))
        built += title_heads(built)
        built.sort(key=lambda label: (-len(label.words), label.slug, label.text))
        by_first: dict[str, list[Label]] = {}
        for label in built:
            for lemma in sorted(label.words[0]):
                by_first.setdefault(lemma, []).append(label)
        return cls(
            labels=tuple(built),
            articles=dict(articles),
            by_first={k: tuple(v) for k, v in by_first.items()},
        )

    def articles_for(self, slugs: Iterable[str]) -> tuple[str, ...]:
        seen: list[str] = []
        for slug in slugs:
            for article in self.articles.get(slug, ()):
                if article not in seen:
                    seen.append(article)
        return tuple(seen)

    @cached_property
    def _heads(self) -> dict[str, frozenset[str]]:
        """Offence slug -> the dictionary forms of its labels' head nouns (the first noun:
        «сотрудничество» of «конфиденциальное сотрудничество с иностранным государством»)."""
        heads: dict[str, set[str]] = {}
        for label in self.labels:
            for token in _content(tokenize(label.text)):
                if any(p.tag.POS == "NOUN" for p in analyzer().parse(token.text.lower())[:1]):
                    heads.setdefault(label.slug, set()).update(token.lemmas)
                    break
        return {slug: frozenset(words) for slug, words in heads.items()}

    def named_by_head(self, tokens: Sequence[Token], before: Sequence[str]) -> tuple[str, ...]:
        """The offences of ``before`` (those the sentence before named) whose head noun
        opens a sentence of ``tokens`` (within its first four words, after «за»): «За тайное
        сотрудничество с иностранцами теперь грозит до восьми лет», «Распространение из
        корыстных побуждений наказывается ...», a short reference to the offence."""
        opening = [t for t in tokens[:5] if t.text.lower() not in {"за", "а", "же", "но"}][:4]
        return tuple(
            slug
            for slug in before
            if any(not t.lemmas.isdisjoint(self._heads.get(slug, ())) for t in opening)
        )

    def stem_label(self, token: Token, pos: str | None) -> str | None:
        """The offence whose label's first word shares a stem of five letters or more
        (three fifths of the shorter word) with a dictionary form of ``token`` (of part of
        speech ``pos``, if given), not the same word, or opens with a label word of four
        letters: «шпионский» / «шпионаж», «фейковый» / «фейк»,
        «диверсионный» / «диверсия», «терроризм» / «террористический акт». One-word
        labels first; None if no label or two offences fit."""
        if len(token.text) < 5:
            return None
        key = (token.text.lower(), pos)
        if key not in self._stem_cache:
            self._stem_cache[key] = self._stem_label(key[0], pos)
        return self._stem_cache[key]

    @cached_property
    def _stem_cache(self) -> dict[tuple[str, str | None], str | None]:
        return {}

    @cached_property
    def _first_words(self) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
        """(slug, first word's dictionary form) of one-word labels, then of the others."""
        one = {(label.slug, w) for label in self.labels if len(label.words) == 1
               for w in label.words[0]}  # fmt: skip
        many = {(label.slug, w) for label in self.labels if len(label.words) > 1
                for w in label.words[0]}  # fmt: skip
        return tuple(sorted(one)), tuple(sorted(many))

    def _stem_label(self, word: str, pos: str | None) -> str | None:
        readings = analyzer().parse(word)[:1]
        if pos is not None and not any(pos == p.tag.POS for p in readings):
            return None
        lemmas = {p.normal_form.replace("ё", "е") for p in readings}
        for firsts in self._first_words:
            slugs = {
                slug
                for slug, first in firsts
                for lemma in lemmas
                if first != lemma
                and (
                    (
                        first[:5] == lemma[:5]
                        and _shared_prefix(first, lemma)
                        >= max(5, 0.6 * min(len(first), len(lemma)))
                    )
                    # a label word of four letters the word opens with: «фейк» / «фейковый»
                    or (len(first) == 4 and lemma.startswith(first))
                )
            }
            if len(slugs) == 1:
                return slugs.pop()
            if slugs:
                return None
        return None

    def slug_for_article(self, article: str) -> str | None:
        return self._owners.get(article)

    @cached_property
    def _owners(self) -> dict[str, str]:
        """Article number -> the most specific offence with that notation."""
        owners: dict[str, str] = {}
        for article in sorted({a for notations in self.articles.values() for a in notations}):
            ranked = sorted((len(a), slug) for slug, a in self.articles.items() if article in a)
            owners[article] = ranked[0][1]
        return owners

    def find(
        self,
        text: str,
        tokens: Sequence[Token],
        folded: str | None = None,
        *,
        lemmas: frozenset[str] | None = None,
        article_lists: Sequence[tuple[int, int]] | None = None,
    ) -> list[OffenceSpan]:
        """Offences named among ``tokens`` (of ``text``), left to right, longest first;
        ``folded``: the tokens' stretch as :func:`.morphology.fold` gives it, ``lemmas``:
        every reading of the tokens, ``article_lists``: what :func:`article_spans` gives
        for the stretch, where known."""
        firsts = self.first_words
        candidates: list[tuple[int, int, Label]] = []
        # Most sentences name no offence in words: look for a first word before building
        # the list of content words.
        if (
            not lemmas.isdisjoint(firsts)
            if lemmas is not None
            else any(not t.lemmas.isdisjoint(firsts) for t in tokens)
        ):
            words = [t for t in tokens if t.text not in _SKIPPED_ANY_CASE]
        else:
            words = []
        for i, token in enumerate(words):
            if token.lemmas.isdisjoint(firsts):
                continue
            for label in self._labels_starting(token.lemmas):
                n = len(label.words)
                window = words[i : i + n]
                if len(window) == n and all(
                    not w.isdisjoint(t.lemmas) for w, t in zip(label.words, window, strict=True)
                ):
                    candidates.append((i, i + n, label))
                elif n >= LONG_TITLE - 1 and (said := said_short(label, words, i)):
                    candidates.append((i, i + said, label))
        candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2].slug, c[2].text))
        found: list[OffenceSpan] = []
        used: set[int] = set()
        for first, stop, label in candidates:
            if used.isdisjoint(range(first, stop)):
                used.update(range(first, stop))
                found.append(
                    OffenceSpan(label.slug, words[first].start, words[stop - 1].end, "label")
                )
        if found and not (lemmas if lemmas is not None else frozenset()).isdisjoint(_POINTERS):
            found += _elided_label(self, text, words, used, found)
        if folded is None or any(form in folded for form in _ONE_ARTICLE_GATE):
            found += _nicknamed(self, tokens, found)
        if article_lists is None:
            start, end = (tokens[0].start, tokens[-1].end) if tokens else (0, 0)
            if folded is not None and not gate_open(ARTICLE_GATE, folded):
                article_lists = ()  # no «статья», no «ст.»
            else:
                article_lists = article_spans(text, start, end)
        if tokens and (folded is None or "шпион" in folded):
            found += [
                OffenceSpan("espionage", m.start(), m.end(), "label")
                for m in _SPIES.finditer(text, tokens[0].start, tokens[-1].end)
            ]
        if (folded is None or gate_open(_RECRUITMENT_GATE, folded)) and tokens:
            found = _recruitment(text, tokens[0].start, tokens[-1].end, found)
        for first_char, last_char in article_lists:
            for a in ARTICLE_NUMBER.finditer(text, first_char, last_char):
                slug = self.slug_for_article(a.group(0))
                if slug is not None:
                    found.append(OffenceSpan(slug, a.start(), a.end(), "article"))
        return sorted(found, key=lambda o: (o.start, o.slug))


_POSSESSIVES = frozenset({"его", "её", "ее", "их"})
"""«о его публичном оправдании», «за их публичное оправдание»: an offence named by the first
words of a label, the rest left to the offence the pronoun points back to."""
_DATIVES = frozenset({"им", "ей", "ему", "ним", "ней", "нему"})
"""«за содействие им — 96» after «за диверсии»: the pronoun after the label's head."""
_POINTERS = _POSSESSIVES | _DATIVES


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _elided_label(
    lexicon: RuLexicon, text: str, words: Sequence[Token], used: set[int], found: list[OffenceSpan]
) -> list[OffenceSpan]:
    """Offences named by a possessive and the head of a label («за их публичное
    оправдание» after «За совершение терактов»): the label whose first words follow the
    pronoun (an adjective or two may come before them) and whose other words share a stem
    of at least three letters with the offence named before it in the sentence."""
    more: list[OffenceSpan] = []
    for i, token in enumerate(words):
        pointer = token.text.lower()
        if pointer not in _POINTERS or i in used:
            continue
        before = [o for o in found if o.end <= token.start]
        if not before:
            continue
        antecedent = re.findall(r"[а-яё]{3,}", text[before[-1].start : before[-1].end].lower())
        after: list[tuple[int, Token]] = []
        if pointer in _DATIVES:
            # «за содействие им»: the label's head just before the pronoun
            for j in range(i - 1, max(i - 4, -1), -1):
                if not words[j].text.isalpha() or j in used:
                    break
                after.insert(0, (j, words[j]))
        else:
            for j in range(i + 1, min(i + 4, len(words))):
                if not words[j].text.isalpha():
                    break  # the phrase ends at a dash or a comma
                after.append((j, words[j]))
        best: tuple[int, int, Label] | None = None
        for skip in range(len(after)):
            head = after[skip:]
            for label in lexicon._labels_starting(head[0][1].lemmas):
                k = len(head)
                if k >= len(label.words) or any(
                    lw.isdisjoint(w.lemmas) for lw, (_, w) in zip(label.words, head, strict=False)
                ):
                    continue
                stem = max(
                    (_shared_prefix(lemma, word) for rest in label.words[k:] for lemma in rest
                     for word in antecedent),
                    default=0,
                )  # fmt: skip
                if stem >= 3 and (best is None or stem > best[0]):
                    best = (stem, head[k - 1][0], label)
            if best is not None:
                break
        if best is not None:
            _, last, label = best
            first = min(token.start, words[after[0][0]].start)
            stop = max(token.end, words[last].end)
            more.append(OffenceSpan(label.slug, first, stop, "reference"))
    return more


_ONE_ARTICLE = frozenset({"статья", "статьи", "статье", "статью", "статьей", "статьёй"})
"""«статья» in the singular (and «статьи», which may be a genitive): «по «шпионской»
статье», «по статье о терроризме» name one article; «по статьям о терроризме» many."""
_ONE_ARTICLE_GATE = ("статья", "статьи", "статье", "статью", "статьей", "статьёй")
_QUOTES = frozenset({"«", "»", '"', "“", "”", "„"})


def _nicknamed(
    lexicon: RuLexicon, tokens: Sequence[Token], found: Sequence[OffenceSpan]
) -> list[OffenceSpan]:
    """Offences named by an article's nickname: an adjective before «статья» («по
    «шпионской» статье», «по диверсионной статье») or the one noun after «статья о» («по
    статье о терроризме»), whose dictionary form shares a stem with a label's first word
    (:meth:`RuLexicon.stem_label`); nothing where a label already names the offence."""
    more: list[OffenceSpan] = []
    for i, token in enumerate(tokens):
        if token.text.lower() not in _ONE_ARTICLE:
            continue
        j = i - 1
        while j >= 0 and tokens[j].text in _QUOTES:
            j -= 1
        word: Token | None = tokens[j] if j >= 0 and tokens[j].text.isalpha() else None
        after = [t for t in tokens[i + 1 : i + 5] if t.text not in _QUOTES]
        if (
            (word is None or lexicon.stem_label(word, "ADJF") is None)
            and len(after) >= 2
            and after[0].text.lower() in {"о", "об"}
            and after[1].text.isalpha()
        ):
            # «о терроризме»; not «о государственной тайне», a phrase the labels lack
            word = after[1] if lexicon.stem_label(after[1], "NOUN") is not None else None
        if word is None or any(o.start < word.end and word.start < o.end for o in found):
            continue
        slug = lexicon.stem_label(word, None)
        if slug is not None:
            more.append(OffenceSpan(slug, word.start, word.end, "nickname"))
    return more


_RECRUITMENT = re.compile(
    r"\b(?:вербовк|склонени|вовлечени)[а-яё]*(?:\s+[а-яё«»]+){0,4}?\s+"
    r"(?:террор|теракт)[а-яё]*(?:\s+(?:организаци|деятельност|акт|сообществ)[а-яё]*)?",
    re.IGNORECASE,
)
"""«вербовка в террористическую организацию», «склонение к совершению теракта», «вербовка и
иные формы содействия террористической деятельности»: recruiting for terrorism is assisting
it (art. 205.1), not the act or the organisation it recruits for."""
_AND_PARTICIPATION = re.compile(r"\s+и\s+участи", re.IGNORECASE)
"""Recruitment joined with taking part («... и участие в них»): one count over both, read as
the participation it names, as before this rule."""
_RECRUITMENT_GATE = ("вербовк", "склонени", "вовлечени")
_RECRUITING = "assisting_terrorism"


def _recruitment(text: str, start: int, end: int, found: list[OffenceSpan]) -> list[OffenceSpan]:
    """``found`` with recruitment for terrorism read as assisting it, the terrorist
    offence it recruits for left out."""
    for m in _RECRUITMENT.finditer(text, start, end):
        if _AND_PARTICIPATION.match(text, m.end()):
            continue  # «за вербовку в террористические организации и участие в них»
        found = [o for o in found if not (m.start() <= o.start < m.end())]
        found.append(OffenceSpan(_RECRUITING, m.start(), m.end(), "label"))
    return found


_SPIES = re.compile(r"\bшпион(?:ами|ом|кой|ками|кою)\b", re.IGNORECASE)
"""«шпионами суды признали 43 человека», «признана шпионкой»: a spy in the instrumental,
what a court finds someone to be, names espionage; not «шпион» in other cases, said of many
charges («дела о шпионах»)."""

OFFENDER_NOUNS = (("дезертир", "desertion"), ("диверсант", "sabotage"), ("изменник", "treason"))
"""Nouns for the one who commits an offence, read as naming it («осуждены 930 дезертиров»,
«дезертирами суды признали ...», «изменниками суды признали 57 человек»); not «террорист»
or «шпион», said of many charges."""


def load_ru_lexicon(path: Path | str) -> RuLexicon:
    """Read the @ru labels and notations of the offence scheme (Turtle)."""
    graph = Graph()
    graph.parse(str(path), format="turtle")
    labels: list[tuple[str, str]] = []
    articles: dict[str, tuple[str, ...]] = {}
    for subject in set(graph.subjects(SKOS.inScheme, OFF["scheme"])):
        if not isinstance(subject, URIRef) or not str(subject).startswith(str(OFF)):
            continue
        slug = str(subject)[len(str(OFF)) :]
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for label in graph.objects(subject, prop):
                if isinstance(label, Literal) and label.language == "ru":
                    labels.append((slug, str(label)))
        articles[slug] = tuple(sorted(str(o) for o in graph.objects(subject, SKOS.notation)))
    labels += [(slug, noun) for noun, slug in OFFENDER_NOUNS if slug in articles]
    return RuLexicon.from_labels(labels, articles)
