"""Literal gates answered from one automaton scan give the plain substring test's answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kgbuild.extraction import gates
from kgbuild.extraction.gates import _gate_open, focus

_ALPHABET = "abcdeno -’ё"
_WORDS = st.text(alphabet=_ALPHABET, min_size=1, max_size=4)


def _plain(gate: tuple[str, ...], text: str) -> bool:
    return any(word in text for word in gate)


@settings(max_examples=300, deadline=None)
@given(
    gate_words=st.lists(st.lists(_WORDS, min_size=1, max_size=5), min_size=1, max_size=6),
    texts=st.lists(st.text(alphabet=_ALPHABET, max_size=40), min_size=1, max_size=4),
)
def test_focused_text_gives_the_substring_answer(
    gate_words: list[list[str]], texts: list[str]
) -> None:
    built = [tuple(words) for words in gate_words]
    for text in texts:
        focus(text)
        for gate in built:  # the first ask teaches the index; the later ones use it
            assert _gate_open(gate, text) is _plain(gate, text)
            assert _gate_open(gate, text) is _plain(gate, text)
        focus(text)  # the gates learnt are in the automaton now
        for gate in built:
            assert _gate_open(gate, text) is _plain(gate, text)


def test_overlapping_and_nested_words_are_all_found() -> None:
    # "convict" inside "convictions", "ion" overlapping its end, "men" inside "judgments"
    text = "convictions and judgments"
    focus(text)
    for gate in [("convict",), ("ion",), ("men",), ("tions a",), ("ments",)]:
        _gate_open(gate, text)
    focus(text)
    for gate in [("convict",), ("ion",), ("men",), ("tions a",), ("ments",)]:
        assert _gate_open(gate, text)
    assert not _gate_open(("acquit", "verdict"), text)


def test_a_string_not_focused_is_tested_word_by_word() -> None:
    focus("treason and espionage")
    other = "the court fined him"
    assert gates._INDEX.text is not other
    assert _gate_open(("fined",), other)
    assert not _gate_open(("treason",), other)


def test_equal_text_in_another_object_is_not_the_focused_one() -> None:
    # the index trusts identity only: an equal string built elsewhere is tested plainly,
    # with the same answer
    focused = "".join(["espion", "age was charged"])
    focus(focused)
    copy = "".join(["espio", "nage was charged"])
    assert copy == focused and copy is not focused
    assert _gate_open(("charged",), copy) and _gate_open(("charged",), focused)


def test_a_gate_with_an_empty_word_is_always_open() -> None:
    focus("nothing here")
    gate = ("", "absent")
    assert _gate_open(gate, "nothing here")
    focus("nothing here")
    assert _gate_open(gate, "nothing here")
    assert _gate_open(None, "nothing here")
