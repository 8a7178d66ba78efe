"""The offence lexicon: the SKOS offence scheme turned into a matcher for running text.

Every wording comes from ``ontology/offences.ttl`` (``skos:prefLabel``/``skos:altLabel``
@en); article numbers come from ``skos:notation``. The code holds no offence word list, only
general rules for turning a label into a tolerant pattern: quotation marks and hyphens
between words, a possessive or "the/its/Russia's" in place of "the", -isation/-ization,
co-operation/cooperation, and a plural last word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Final

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from kgbuild.namespaces import OFF

_QUOTES = "\"'“”‘’«»„"
_SEP = rf"(?:[{_QUOTES}]?[\s\-]+[{_QUOTES}]?|-)"
_DETERMINER = (
    rf"(?:(?:the|its|their|his|her|this|that){_SEP})?"
    rf"(?:(?:russia['’]s|russian|the\s+russian|russia['’]s\s+own){_SEP})?"
)
_ARTICLE_WORD = rf"(?:(?:an?|his|her|their|its){_SEP})?"
_STOPWORDS = frozenset({"a", "an", "the", "of", "in", "on", "to", "for", "with", "by", "or", "and"})
_ARTICLE_REF = re.compile(
    r"\b(?:Articles?|Arts?\.)"
    # "a new article, 280.4,", "a new article is added to the Criminal Code - 280.4"
    r"(?:\s*,|\s+(?:is\s+|was\s+|has\s+been\s+)?(?:introduced|added|inserted)\s+"
    r"(?:in)?to\s+the\s+(?:Russian\s+)?Criminal\s+Code\s*[-–—:])?"
    # "the 'fakes' and 'discrediting' articles (207.3 and 280.3)": the numbers in brackets
    r"(?:\s+|\s*\(\s*(?=\d{3}(?:\.\d{1,2})?(?:\s*(?:,|and|or|&)\s*\d{3}(?:\.\d{1,2})?)*\s*\)))"
    r"(?P<first>\d{3}(?:\.\d{1,2})?)"
    r"(?P<rest>(?:\s*(?:,|and|or|&)\s*\d{3}(?:\.\d{1,2})?)*)",
    re.IGNORECASE,
)
_ARTICLE_NUMBER = re.compile(r"\d{3}(?:\.\d{1,2})?")
_LOOSE_GAP = 5


_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The four non-ASCII characters that Python's case-insensitive regexes equate with an
ASCII letter (found by testing every code point against [a-z] with re.IGNORECASE)."""
_FOLD_CHARS: Final = ("\u0130", "\u0131", "\u017f", "\u212a")
"""The same four: `fold` translates only when one occurs (a table lookup per character
costs more than four substring tests, and most sentences have none)."""


def fold(text: str) -> str:
    """`text` lower-cased so that an ASCII word a case-insensitive regex could match in it is
    a plain substring of the result: the test behind the literal gates below."""
    if not text.isascii() and any(map(text.__contains__, _FOLD_CHARS)):
        text = text.translate(_ASCII_FOLD)
    return text.lower()


def _literal_pieces(label: str, *, loose: bool = False) -> list[str]:
    """The plain pieces of a label that its strict (or loose) pattern matches literally
    (quotes, i[sz], co-?op vary; optional articles, and the stopwords a loose pattern skips,
    are left out): every match contains each of them, in `fold`ed text."""
    pieces: list[str] = []
    tokens = label.split()
    for index, token in enumerate(tokens):
        lower = token.lower()
        if loose and lower in _STOPWORDS:
            continue
        if lower in {"the", "a", "an"} and index != len(tokens) - 1:
            continue
        if not loose and index == 0 and index != len(tokens) - 1 and _LEADING_VERB.fullmatch(lower):
            # other forms of a leading verb match too: its stem is the fixed piece
            lower = lower[:-4] if lower.endswith("ying") else lower[:-3]
        lower = re.sub(r"is(?=(?:ation|ations|e|ed|ing)\b)", "i\0", lower)
        lower = re.sub(r"is$", "i\0", lower)
        if lower.startswith("coop"):
            lower = lower[2:]
        pieces.extend(re.findall(r"[a-z0-9]+", lower))
    return pieces


def _gate_literal(label: str, *, loose: bool = False) -> str | None:
    """The longest plain piece of a label (`_literal_pieces`) of three letters or more, or
    None when there is none."""
    pieces = _literal_pieces(label, loose=loose)
    # the longest piece; of equal ones the last (a leading verb's stem also occurs in its
    # noun, "disclos" in "disclosure": a later word gates more narrowly)
    best = max(reversed(pieces), key=len, default="")
    return best if len(best) >= 3 else None


def _other_pieces(label: str, gate: str | None) -> tuple[str, ...]:
    """The strict pattern's plain pieces of three letters or more besides its gate: a label
    whose gate opens is tried only if the text holds these too ("security" opens every label
    with that word, and a failed search costs a try at each position of the sentence)."""
    return tuple(sorted({p for p in _literal_pieces(label) if len(p) >= 3 and p != gate}))


@dataclass(frozen=True)
class OffenceConcept:
    """One concept of the offence scheme."""

    slug: str
    pref_label: str
    labels: tuple[str, ...]
    articles: tuple[str, ...]
    broader: tuple[str, ...]


@dataclass(frozen=True)
class OffenceMatch:
    """A place in a text where an offence is named (start/end index that text)."""

    slug: str
    start: int
    end: int
    text: str
    how: str = "label"
    """"label" (a wording from the scheme), "article" (an article number), "loose", or
    "pronoun" ("discrediting it" after the army is named: a count's charge, no law's)."""


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


@dataclass(frozen=True)
class _LabelPattern:
    """A label's patterns, compiled when first used: most labels' gates never open in a
    build's documents, and compiling all of them was a tenth of a seed-only build."""

    slug: str
    label: str
    strict_source: str
    loose_source: str | None
    gate: str | None = None
    """A piece of the label every strict match contains (in `fold`ed text); None: none."""
    pieces: tuple[str, ...] = ()
    """The label's other pieces every strict match contains (`_other_pieces`)."""
    loose_gate: str | None = None
    """The same for the loose pattern."""

    @property
    def strict(self) -> re.Pattern[str]:
        return _compiled(self.strict_source)

    @property
    def loose(self) -> re.Pattern[str] | None:
        return None if self.loose_source is None else _compiled(self.loose_source)


_LEADING_VERB = re.compile(r"[a-z]{4,}ing")
"""A label's first word when it is a verb's -ing form ("defecting to the enemy"): its other
forms match too ("defects", "defected to the enemy")."""


def _verb_forms(token: str) -> str:
    """A pattern for a verb's -ing form and its -s, -es, -ed and base forms (a final -y
    becomes -ies, -ied: "justifying", "justifies")."""
    stem = token[:-3]
    if stem.endswith("y"):
        return _co_op(re.escape(stem[:-1])) + "(?:ying|ies|ied|y)"
    body = re.sub(r"is$", "i[sz]", re.escape(stem))
    return _co_op(body) + "(?:ing|es|s|ed|e)?"


def _co_op(body: str) -> str:
    """A pattern body that opens with "coop" with the hyphen optional ("co-operating")."""
    return re.sub(r"^(?i:co)(?=op)", "co-?", body)


def _token_pattern(token: str, *, last: bool, first: bool = False) -> str:
    if first and not last and _LEADING_VERB.fullmatch(token):
        return _verb_forms(token)
    body = re.sub("['’]", "['’]", re.escape(token))
    body = re.sub(r"is(ation|ations|e|ed|ing)\b", r"i[sz]\1", body)
    body = _co_op(body)
    if last and token[-1:].isalpha() and not token.endswith("s"):
        body += "(?:s|es)?"
    return body


def _strict_pattern(label: str) -> str:
    tokens = label.split()
    parts: list[str] = []
    for index, token in enumerate(tokens):
        last = index == len(tokens) - 1
        lower = token.lower()
        if lower == "the" and not last:
            parts.append(_DETERMINER)
            continue
        if lower in {"a", "an"} and not last:
            parts.append(_ARTICLE_WORD)
            continue
        # "leaving a unit" / "leaving their units": the noun after "a" may be plural
        after_a = index > 0 and tokens[index - 1].lower() in {"a", "an"}
        parts.append(_token_pattern(token, last=last or after_a, first=index == 0))
        if not last:
            parts.append(_SEP)
    # "an international terrorist act" (Art. 361) is no "terrorist act" (Art. 205)
    return rf"(?<![\w-])(?<![Ii]nternational\s)[{_QUOTES}]?" + "".join(parts) + r"(?![\w-])"


def _loose_pattern(label: str) -> str | None:
    words = [w for w in label.split() if w.lower() not in _STOPWORDS]
    if len(words) < 2:
        return None
    # a gap word may not make it another offence: "act of international terrorism" (Art.
    # 361) is no "act of terrorism" (Art. 205)
    gap = rf"(?:[^\w.;]+(?!(?i:international|administrative)\b)[\w'’-]+){{0,{_LOOSE_GAP}}}?[^\w.;]+"
    body = gap.join(_token_pattern(w, last=i == len(words) - 1) for i, w in enumerate(words))
    return rf"(?<![\w-])(?<![Ii]nternational\s){body}(?![\w-])"


def _select_longest(candidates: Iterable[OffenceMatch]) -> list[OffenceMatch]:
    """Keep non-overlapping matches, preferring the longest (then the earliest)."""
    chosen: list[OffenceMatch] = []
    ordered = sorted(candidates, key=lambda m: (-(m.end - m.start), m.start, m.slug))
    for match in ordered:
        if all(match.end <= c.start or match.start >= c.end for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: (m.start, m.slug))


_SPEECH_ABOUT: Final = re.compile(
    r"\b(?:justif(?:y|ies|ying|ied|ication\s+of)|glorif(?:y|ies|ying|ied|ication\s+of)|"
    r"propaganda\s+(?:of|for)|apolog(?:y|ia)\s+for)\s+$",
    re.IGNORECASE,
)
"""Before a label: speech about the offence, not the offence ("justifying sabotage")."""

_DISCREDITING_IT: Final = re.compile(r"\bdiscredit(?:ing|ed)?\s+(?:it|them)\b", re.IGNORECASE)
_ARMY: Final = re.compile(r"\b(?:army|armed\s+forces|military)\b", re.IGNORECASE)

_NEVER: Final = "\0"
"""The gate of a label that has no loose pattern: never in a text's words."""

_GATE_WORD = re.compile(r"[a-z0-9]{3,}")
"""A run of the characters gate pieces are made of (`_gate_literal`), three or more."""


class _GateIndex:
    """Which labels' gates a `fold`ed text opens, in one pass over its words.

    A gate is a piece of ``[a-z0-9]`` of three letters or more, so it occurs in a text
    exactly when it occurs in one of the text's maximal runs of those characters. The
    pieces each run contains are worked out once per distinct run and remembered: news
    text repeats its words, and a sentence then costs a few dictionary look-ups in place of
    a substring test for each of the scheme's few hundred gates."""

    _LIMIT = 200_000
    """Runs remembered at most; past that the memory starts again (a bound, not a tuning)."""

    def __init__(self, gates: Sequence[str | None]) -> None:
        self._always = tuple(i for i, g in enumerate(gates) if g is None)
        by_gate: dict[str, list[int]] = {}
        for index, gate in enumerate(gates):
            if gate is not None and gate != _NEVER:
                by_gate.setdefault(gate, []).append(index)
        self._by_gate = {g: tuple(ix) for g, ix in by_gate.items()}
        self._pieces = tuple(sorted(by_gate))
        self._runs: dict[str, tuple[int, ...]] = {}

    def _of_run(self, run: str) -> tuple[int, ...]:
        found = self._runs.get(run)
        if found is None:
            found = tuple(i for g in self._pieces if g in run for i in self._by_gate[g])
            if len(self._runs) >= self._LIMIT:
                self._runs.clear()
            self._runs[run] = found
        return found

    def open(self, folded: str) -> list[int]:
        """The indices (ascending) of the gates that ``folded`` opens."""
        hits: set[int] = set(self._always)
        for run in set(_GATE_WORD.findall(folded)):
            hits.update(self._of_run(run))
        return sorted(hits)


@dataclass(frozen=True)
class Lexicon:
    """Offence concepts and the patterns built from their labels."""

    concepts: Mapping[str, OffenceConcept]
    _patterns: tuple[_LabelPattern, ...]

    @classmethod
    def from_concepts(cls, concepts: Iterable[OffenceConcept]) -> Lexicon:
        by_slug = {c.slug: c for c in concepts}
        patterns: list[_LabelPattern] = []
        for concept in sorted(by_slug.values(), key=lambda c: c.slug):
            for label in sorted(set(concept.labels)):
                loose = _loose_pattern(label)
                gate = _gate_literal(label)
                patterns.append(
                    _LabelPattern(
                        slug=concept.slug,
                        label=label,
                        strict_source=_strict_pattern(label),
                        loose_source=loose,
                        gate=gate,
                        pieces=_other_pieces(label, gate),
                        loose_gate=_gate_literal(label, loose=True),
                    )
                )
        patterns.sort(key=lambda p: (-len(p.label), p.label, p.slug))
        return cls(concepts=MappingProxyType(by_slug), _patterns=tuple(patterns))

    @cached_property
    def _strict_index(self) -> _GateIndex:
        return _GateIndex([p.gate for p in self._patterns])

    @cached_property
    def _loose_index(self) -> _GateIndex:
        return _GateIndex(
            [p.loose_gate if p.loose_source is not None else _NEVER for p in self._patterns]
        )

    @property
    def slugs(self) -> tuple[str, ...]:
        return tuple(sorted(self.concepts))

    def articles_for(self, slugs: Iterable[str]) -> tuple[str, ...]:
        """Article numbers of the given offences, in the order given, without repeats."""
        seen: list[str] = []
        for slug in slugs:
            concept = self.concepts.get(slug)
            if concept is None:
                continue
            for article in concept.articles:
                if article not in seen:
                    seen.append(article)
        return tuple(seen)

    def slug_for_article(self, article: str) -> str | None:
        """The most specific offence whose notation is ``article`` (fewest notations wins)."""
        owners = [c for c in self.concepts.values() if article in c.articles]
        if not owners:
            return None
        owners.sort(key=lambda c: (len(c.articles), c.slug))
        return owners[0].slug

    def find_offences(self, text: str, folded: str | None = None) -> list[OffenceMatch]:
        """Offences named in ``text`` by a label or an article number, left to right.

        ``folded`` is ``fold(text)`` when the caller has it already."""
        candidates: list[OffenceMatch] = []
        folded = fold(text) if folded is None else folded
        # Most sentences name few offences: skip a label whose fixed piece is absent.
        for index in self._strict_index.open(folded):
            pattern = self._patterns[index]
            if pattern.pieces and not all(map(folded.__contains__, pattern.pieces)):
                continue
            for m in pattern.strict.finditer(text):
                candidates.append(OffenceMatch(pattern.slug, m.start(), m.end(), m.group(0)))
        for m in _ARTICLE_REF.finditer(text):
            for n in _ARTICLE_NUMBER.finditer(text, m.start(), m.end()):
                slug = self.slug_for_article(n.group(0))
                if slug is not None:
                    start = m.start() if n.start() == m.start("first") else n.start()
                    candidates.append(
                        OffenceMatch(slug, start, n.end(), text[start : n.end()], how="article")
                    )
        by_label = _select_longest(c for c in candidates if c.how == "label")
        if "justif" in folded or "glorif" in folded or "propaganda" in folded:
            # "a separate offence of justifying sabotage": speech about an offence the scheme
            # names only for some ("justifying terrorism" is a label of its own)
            by_label = [m for m in by_label if not _SPEECH_ABOUT.search(text, 0, m.start)]
        if "discredit" in folded and "discrediting_the_army" in self.concepts:
            # "392 were for spreading fakes about the army, and a further 118 for repeatedly
            # discrediting it": the army named before in the sentence
            for m in _DISCREDITING_IT.finditer(text):
                if _ARMY.search(text, 0, m.start()) and not any(
                    b.start < m.end() and m.start() < b.end for b in by_label
                ):
                    by_label.append(
                        OffenceMatch(
                            "discrediting_the_army", m.start(), m.end(), m.group(0), how="pronoun"
                        )
                    )
        by_article = [
            c
            for c in candidates
            if c.how == "article" and all(c.end <= b.start or c.start >= b.end for b in by_label)
        ]
        found = by_label + by_article
        return sorted(found, key=lambda m: (m.start, m.slug))

    def find_offences_loose(self, text: str) -> list[OffenceMatch]:
        """Offences whose label words occur in order with a few other words between them.

        A fallback for charge wordings such as 'the "undesirable" European Network of ...
        Organizations'; callers use it only where :meth:`find_offences` found nothing.
        """
        folded = fold(text)
        candidates = [
            OffenceMatch(p.slug, m.start(), m.end(), m.group(0), how="loose")
            for p in map(self._patterns.__getitem__, self._loose_index.open(folded))
            if p.loose_source is not None
            for m in _compiled(p.loose_source).finditer(text)
        ]
        return _select_longest(candidates)

    def match_charge(self, text: str) -> list[OffenceMatch]:
        """Offences a charge wording names ("justification of terrorism" -> 205.2).

        Exact labels and article numbers first; the loose fallback only when they find none.
        """
        found = self.find_offences(text)
        return found if found else self.find_offences_loose(text)


def load_lexicon(path: Path | str) -> Lexicon:
    """Read the offence scheme (Turtle) and build the matcher."""
    graph = Graph()
    graph.parse(str(path), format="turtle")
    concepts: list[OffenceConcept] = []
    subjects = {
        s
        for s in graph.subjects(SKOS.inScheme, OFF["scheme"])
        if isinstance(s, URIRef) and str(s).startswith(str(OFF))
    }
    for subject in sorted(subjects, key=str):
        slug = str(subject)[len(str(OFF)) :]
        pref = [
            str(o)
            for o in graph.objects(subject, SKOS.prefLabel)
            if getattr(o, "language", None) == "en"
        ]
        # hiddenLabel: inflected or verbal wordings ("colluding with ...") that are matched
        # but never shown as a name of the offence.
        alts = [
            str(o)
            for prop in (SKOS.altLabel, SKOS.hiddenLabel)
            for o in graph.objects(subject, prop)
            if getattr(o, "language", None) == "en"
        ]
        notations = sorted(str(o) for o in graph.objects(subject, SKOS.notation))
        broader = sorted(
            str(o)[len(str(OFF)) :]
            for o in graph.objects(subject, SKOS.broader)
            if str(o).startswith(str(OFF))
        )
        pref_label = sorted(pref)[0] if pref else slug.replace("_", " ")
        concepts.append(
            OffenceConcept(
                slug=slug,
                pref_label=pref_label,
                labels=tuple(sorted({pref_label, *alts})),
                articles=tuple(sorted(notations, key=_article_sort_key)),
                broader=tuple(broader),
            )
        )
    return Lexicon.from_concepts(concepts)


def _article_sort_key(article: str) -> tuple[int, ...]:
    return tuple(int(part) for part in article.split(".") if part.isdigit())
