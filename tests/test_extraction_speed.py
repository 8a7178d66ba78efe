"""Extraction stays linear, and its speed-ups (literal gates before costly patterns) never
change what it extracts."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import random
import re
import time
from types import ModuleType

import pytest
import yaml

from kgbuild import extraction, fastre
from kgbuild import lexicon as lexicon_module
from kgbuild.extraction import (
    changes,
    gates,
    grammar_en,
    grammar_en_enactments,
    grammar_en_individual,
    grammar_en_penalties,
    numbers,
    periods,
)
from kgbuild.extraction import (
    sentence as sentencemod,
)
from kgbuild.extraction import text as textmod
from kgbuild.lexicon import Lexicon, load_lexicon
from tests.conftest import ROOT

# The English extractor's seed documents (the Russian ones are extraction_ru's).
DOCUMENTS = sorted(
    ROOT / "seeds" / entry["file"]
    for entry in yaml.safe_load((ROOT / "seeds" / "catalogue.yaml").read_text(encoding="utf-8"))
    if entry["language"] == "en"
)


def _submodules() -> list[ModuleType]:
    return [
        importlib.import_module(f"kgbuild.extraction.{info.name}")
        for info in pkgutil.iter_modules(extraction.__path__)
    ]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _texts() -> list[str]:
    """The seed documents, their sentences shuffled, and shuffled with odd letter cases and
    the four non-ASCII letters that case-insensitive regexes equate with ASCII ones."""
    docs = [p.read_text(encoding="utf-8") for p in DOCUMENTS]
    clean = textmod._clean("\n\n".join(docs))
    sentences = [clean.text[s:e] for s, e in textmod._sentence_spans(clean.text)]
    rng = random.Random(7)
    swaps = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}

    def perturb(text: str) -> str:
        out = []
        for ch in text:
            r = rng.random()
            if r < 0.05:
                ch = ch.upper()
            elif r < 0.10:
                ch = ch.lower()
            elif r < 0.12 and ch.lower() in swaps:
                ch = rng.choice(swaps[ch.lower()])
            out.append(ch)
        return "".join(out)

    texts = list(docs)
    for _ in range(10):
        pick = rng.sample(sentences, 30)
        texts += [" ".join(pick), " ".join(perturb(s) for s in pick)]
    return texts


def test_gates_never_change_the_claims(lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [extraction.extract_claims(t, document="d", lexicon=lexicon) for t in _texts()]
    ungated_lexicon = dataclasses.replace(
        lexicon,
        _patterns=tuple(
            dataclasses.replace(p, gate=None, loose_gate=None) for p in lexicon._patterns
        ),
    )
    patched = 0
    for module in _submodules():
        if hasattr(module, "_gate_open"):
            monkeypatch.setattr(module, "_gate_open", lambda gate, seen: True)
            patched += 1
        for regex_gate in ("_COMPARISON_GATE",):
            if hasattr(module, regex_gate):
                monkeypatch.setattr(module, regex_gate, re.compile(""))
    assert patched >= 3
    ungated = [
        extraction.extract_claims(t, document="d", lexicon=ungated_lexicon) for t in _texts()
    ]
    assert sum(len(c) for c in gated) > 100
    assert gated == ungated


def test_every_gate_is_open_where_its_pattern_matches(lexicon: Lexicon) -> None:
    checked = 0
    for text in _texts():
        clean = textmod._clean(text)
        for s, e in textmod._sentence_spans(clean.text):
            sentence = clean.text[s:e]
            folded = periods.fold(sentence)
            pairs = [
                *zip(periods._TIME_PATTERNS, periods._TIME_GATES, strict=True),
                *zip(changes._CHANGE_PATTERNS, changes._CHANGE_GATES, strict=True),
                *zip(
                    grammar_en_penalties._PENALTY_PATTERNS,
                    grammar_en_penalties._PENALTY_GATES,
                    strict=True,
                ),
                *zip(
                    grammar_en_individual._SENTENCE_PATTERNS,
                    grammar_en_individual._SENTENCE_GATES,
                    strict=True,
                ),
            ]
            for (name, pattern), gate in pairs:
                if pattern.search(sentence):
                    seen = sentence if isinstance(gate, gates._Cased) else folded
                    assert gates._gate_open(gate, seen), (name, sentence)
                    checked += 1
            if grammar_en._COUNT.search(sentence):
                assert gates._gate_open(grammar_en._COUNT_GATE, folded), sentence
                checked += 1
            if grammar_en_enactments._ENACT.search(sentence):
                assert gates._gate_open(grammar_en_enactments._ENACT_PIECES, folded), sentence
                checked += 1
            if sentencemod._ENACTED_BEFORE.search(sentence):
                assert gates._gate_open(sentencemod._ENACTED_GATE, folded), sentence
                checked += 1
            if periods._YEAR_OF_LAW.search(sentence):
                assert gates._gate_open(periods._YEAR_OF_LAW_GATE, folded), sentence
            if changes._COMPARISON.search(sentence):
                assert changes._COMPARISON_GATE.search(folded), sentence
            for label in lexicon._patterns:
                if label.strict.search(sentence):
                    assert label.gate is None or label.gate in folded, (label.label, sentence)
                    checked += 1
    assert checked > 500


def test_the_gate_index_opens_what_substring_tests_open(lexicon: Lexicon) -> None:
    """The lexicon's gates are looked up word by word; a label is tried exactly where its
    fixed piece is a substring of the folded text, the test the index stands for."""
    strict = [p.gate for p in lexicon._patterns]
    gates_ = [*strict, "abc", "abc", "x0y", None]  # shared, digit-bearing and open gates
    index = lexicon_module._GateIndex(gates_)
    texts = [periods.fold(t) for t in _texts()]
    texts += ["", "abcabc", "zabcz x0y9", "ab c", "treason-espionage", "...abc,x0y;", "ABC"]
    opened = 0
    for folded in texts:
        expected = [i for i, g in enumerate(gates_) if g is None or g in folded]
        assert index.open(folded) == expected, folded[:80]
        assert index.open(folded) == expected  # the remembered runs give the same
        opened += len(expected)
    assert opened > len(texts) * 2  # some gates did open
    assert lexicon_module._GateIndex([None, "zzz"]).open("zz z") == [0]


_WIRE_DIGEST = (
    "KAZAN, March 3. /TASS/. A garrison court sentenced a local man to 13 years for "
    "treason. He denied the charge.\n\nOMSK, March 4. /TASS/. Two residents were detained "
    "on suspicion of sabotage. The case was opened last week."
)
"""Wire items, each opening with a dateline (written for this test): no cut may fall
inside a dateline, and keeping cuts out of one may not rescan every cut of the text."""


@pytest.mark.parametrize("kind", ["seed documents", "wire digest"])
def test_sentence_splitting_is_linear(kind: str) -> None:
    if kind == "wire digest":
        text = _WIRE_DIGEST * 40
        assert textmod._sentence_spans(_WIRE_DIGEST)[0] == (0, 87)  # the dateline is kept
    else:
        text = "\n\n".join(p.read_text(encoding="utf-8") for p in DOCUMENTS)

    def seconds(times: int) -> float:
        big = (text + "\n\n") * times
        # CPU time of this process: other work on a busy machine does not count.
        started = time.process_time()
        textmod._sentence_spans(big)
        return time.process_time() - started

    small, large = min(seconds(4) for _ in range(5)), min(seconds(32) for _ in range(5))
    # 8x the text: about 8x the time when linear, 64x when every boundary rescans the prefix.
    assert large < 20 * small, (small, large)


def test_a_number_pattern_tried_at_number_starts_finds_what_finditer_finds() -> None:
    """number_starts holds every place a cardinal can begin, so that _COUNT tried only
    there (finditer_at) gives exactly finditer's matches, odd cases and letters included."""
    number = re.compile(numbers.NUMBER_PATTERN, re.IGNORECASE)
    extra = [
        "Half a dozen men and A DOZEN women; ſix people, fıve citizens and Twenty-One nationals.",
        "x5 people, 5x people, #12 people, 1,200 people, 2.5 people, 3% of people, H1 2024.",
        "From ten to 15 years, tenfold to 3 years, 12-20 years; Ten years remains the ceiling.",
        "A million people, two million citizens, Million nationals, a hundred defendants.",
    ]
    compared = 0
    for text in [*_texts(), *extra]:
        clean = textmod._clean(text)
        for s, e in textmod._sentence_spans(clean.text):
            sentence = clean.text[s:e]
            starts = numbers.number_starts(sentence)
            assert {m.start() for m in number.finditer(sentence)} <= set(starts), sentence
            anchored = [(grammar_en._COUNT, starts)]
            anchored += [
                (pattern, starts)
                for (_, pattern), at_numbers in zip(
                    grammar_en_penalties._PENALTY_PATTERNS,
                    grammar_en_penalties._PENALTY_AT_NUMBERS,
                    strict=True,
                )
                if at_numbers
            ]
            for pattern, at in anchored:
                expected = [(m.span(), m.groupdict()) for m in pattern.finditer(sentence)]
                found = [
                    (m.span(), m.groupdict()) for m in fastre.finditer_at(pattern, sentence, at)
                ]
                assert found == expected, (pattern.pattern[:40], sentence)
                compared += len(expected)
    assert compared > 100
    assert sum(grammar_en_penalties._PENALTY_AT_NUMBERS) == 2  # between 12-20; N years remains
    for raw in extra:  # as written, before _clean folds the odd letters
        assert {m.start() for m in number.finditer(raw)} <= set(numbers.number_starts(raw))


_LOOKAHEAD = re.compile(r"\(\?=(?:\(\?-?i:\[(?:\\.|[^\]\\])*\]\)\|?)+\)")
"""The first-character lookahead compile_narrowed puts before a pattern."""


def test_narrowed_patterns_match_what_their_source_matches() -> None:
    """compile_narrowed only speeds a pattern up: every pattern of the English grammar
    finds the same matches with and without its first-character lookahead, in the seed
    documents, the keys' passages, and with odd cases and the letters case-insensitive
    patterns equate with ASCII ones."""
    texts = _texts() + [
        str(item["text"])
        for key in sorted((ROOT / "tests" / "keys").glob("en*.yaml"))
        for item in yaml.safe_load(key.read_text(encoding="utf-8"))
        if "text" in item
    ]
    sentences = []
    for text in texts:
        clean = textmod._clean(text)
        sentences += [clean.text[s:e] for s, e in textmod._sentence_spans(clean.text)]
    sentences += ["ſix people", "FIVE CİTİZENS", "Between 1 and 2 years", "from July to May"]
    narrowed: dict[str, re.Pattern[str]] = {}

    def collect(value: object) -> None:
        if isinstance(value, re.Pattern) and _LOOKAHEAD.match(value.pattern):
            narrowed[value.pattern] = value
        elif isinstance(value, tuple):
            for item in value:
                collect(item)

    for module in _submodules():
        for value in vars(module).values():
            collect(value)
    assert len(narrowed) > 60
    matched = 0
    for pattern in narrowed.values():
        source = _LOOKAHEAD.sub("", pattern.pattern, count=1)
        plain = re.compile(source, pattern.flags)
        for sentence in sentences:
            expected = [(m.span(), m.groups()) for m in plain.finditer(sentence)]
            assert [(m.span(), m.groups()) for m in pattern.finditer(sentence)] == expected, (
                source[:60],
                sentence,
            )
            matched += len(expected)
    assert matched > 2000


@pytest.mark.parametrize(
    ("source", "flags", "first"),
    [
        (r"\b(?:January|February|May)\s+\d", 0, "(?=(?-i:[FJM]))"),
        (r"(?:between\s+)?\d+\s+years", re.IGNORECASE, r"(?=(?-i:[B\db]))"),
        (r"\b(?:sent|kin|ix)", re.IGNORECASE, "(?=(?-i:[IKSiks\u0130\u0131\u017f\u212a]))"),
        (r"\bсуд", re.IGNORECASE, "(?=(?i:[с]))"),
        (r"(?<!\w)(?:the|a)\s+(?i:law)", 0, "(?=(?-i:[at]))"),
        (r"(?:x|y)?(?i:z)", 0, "(?=(?-i:[Zxyz]))"),
    ],
)
def test_compile_narrowed_puts_the_first_characters_before_a_pattern(
    source: str, flags: int, first: str
) -> None:
    assert fastre.compile_narrowed(source, flags).pattern == first + source


@pytest.mark.parametrize(
    "source",
    [
        r"years?",  # opens with a plain character: the engine scans for it itself
        r"[Aa]n?\s",  # opens with a class
        r"(?:a|b)?",  # can match the empty string
        r"\b(?:.|x)y",  # any character
        r"\b(?:[^a]|b)",  # a negated class
        r"\b(?:\w+)x",  # a category other than digits
        r"\b(?:ant|bee|cat|dog|eel|fox|gnu|hen|ibis|jay|kite|lark|mole)",  # too many letters
    ],
)
def test_compile_narrowed_leaves_a_pattern_it_cannot_narrow(source: str) -> None:
    assert fastre.compile_narrowed(source, re.IGNORECASE).pattern == source
