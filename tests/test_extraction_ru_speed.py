"""The Russian extractor's speed-ups change nothing it extracts: literal gates before costly
patterns, the skip of sentences where no rule can fire, the tokenizer's word cache and its
offsets. (Its throughput is measured in bench/extraction.py, not here.)"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from kgbuild.extraction_ru import (
    dates,
    default_lexicon,
    enactments,
    extract_ru,
    extractor,
    grammar,
    individual,
    offences,
    periods,
    vocabulary,
)
from kgbuild.extraction_ru import gated as gated_module
from kgbuild.extraction_ru.morphology import fold, tokenize

ROOT = Path(__file__).resolve().parents[1]
KEYS = ROOT / "tests" / "keys"

# Letters a case-insensitive pattern equates with в, д, о, с, т, т, ъ (and upper case).
_ODD = {"в": "\u1c80", "д": "\u1c81", "о": "\u1c82", "с": "\u1c83", "т": "\u1c84", "ъ": "\u1c86"}


def _items() -> list[tuple[str, str, dt.date | None]]:
    """Every Russian key passage and Russian seed document: (id, text, published)."""
    found: list[tuple[str, str, dt.date | None]] = []
    for key in sorted(KEYS.glob("ru*.yaml")):
        for item in yaml.safe_load(key.read_text(encoding="utf-8")):
            if "text" in item:
                published = item.get("published")
                if isinstance(published, str):
                    published = dt.date.fromisoformat(published)
                found.append((str(item["id"]), str(item["text"]), published))
    for path in sorted((ROOT / "seeds" / "documents").glob("*_test_ru_*.txt")):
        found.append((path.name, path.read_text(encoding="utf-8"), dt.date(2025, 6, 30)))
    return found


def _perturb(text: str, rng: random.Random) -> str:
    """Odd letter cases, and old letter shapes that only a case-insensitive regex reads."""
    out = []
    for ch in text:
        r = rng.random()
        if r < 0.08:
            ch = ch.upper()
        elif r < 0.12 and ch in _ODD:
            ch = _ODD[ch]
        out.append(ch)
    return "".join(out)


def _claims(text: str, published: dt.date | None) -> list[dict[str, object]]:
    return [c.to_json() for c in extract_ru(text, "t.txt", published=published)]


def _texts() -> list[tuple[str, dt.date | None]]:
    rng = random.Random(11)
    items = _items()
    plain = [(text, published) for _, text, published in items]
    return plain + [(_perturb(text, rng), published) for text, published in plain]


def test_gates_and_skips_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    gated = [_claims(text, published) for text, published in texts]
    assert sum(map(len, gated)) > 100  # the texts do give claims
    for module in (gated_module, individual, extractor, offences, dates, enactments):
        monkeypatch.setattr(module, "gate_open", lambda gate, folded: True)
    # a long gate of a grammar pattern is its own compiled alternation: open it too
    monkeypatch.setattr(
        grammar.Gated, "search", lambda self, text, folded: self.pattern.search(text)
    )
    monkeypatch.setattr(periods, "_present_pieces", lambda folded: set(periods._PIECES))
    assert [_claims(text, published) for text, published in texts] == gated


def test_odd_letter_shapes_still_match() -> None:
    """A gate looks at the folded sentence, so an old letter shape that the pattern equates
    with an ordinary letter does not close it."""
    text = "В прошлом году их было меньше."
    odd = text.replace("о", _ODD["о"])
    assert fold(odd) == fold(text) != odd.lower()
    found = periods.find_periods(odd, 0, len(odd), published=dt.date(2025, 3, 1), previous=None)
    assert [(p.how, p.first) for p in found] == [("last-year", dt.date(2024, 1, 1))]


@given(st.text(alphabet="аяё Ж1_2.,\u00a0\t\n—«»\u0301²z", max_size=40))
def test_token_offsets_index_the_text(text: str) -> None:
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_cached_readings_are_the_analysed_ones() -> None:
    """The tokenizer's per-vocabulary cache gives a word the same readings on the second
    sentence as on the first."""
    known = vocabulary.known_words(default_lexicon())
    first = tokenize("Осудили госизменников.", known=known)
    again = tokenize("Снова осудили госизменников.", known=known)
    assert first[0].lemmas == again[1].lemmas and "осудить" in first[0].lemmas
