"""compile_narrowed compiles from its own parse tree: what reaches the regular expression
engine must be exactly what ``re.compile`` sends it for the same source (its program,
flags and groups), so that the parse it saves changes nothing but the import time."""

from __future__ import annotations

import importlib
import re
import sys
from typing import Any

import pytest

from kgbuild import fastre

_compiler: Any = pytest.importorskip("re._compiler")


def _sources_of_the_extractor() -> list[tuple[str, int]]:
    """Every (source, flags) compile_narrowed is asked for while the extractor imports."""
    asked: list[tuple[str, int]] = []
    original = fastre.compile_narrowed

    def spy(source: str, flags: int = 0) -> re.Pattern[str]:
        asked.append((source, int(flags)))
        return original(source, flags)

    # the grammar modules call compile_narrowed as they import: import them afresh, then
    # put the modules of this run back
    saved = {name: module for name, module in sys.modules.items() if name.startswith("kgbuild")}
    try:
        for name in list(saved):
            if name.startswith("kgbuild.extraction"):
                del sys.modules[name]
        fastre.compile_narrowed = spy  # type: ignore[assignment]
        importlib.import_module("kgbuild.extraction")
    finally:
        fastre.compile_narrowed = original  # type: ignore[assignment]
        for name in [n for n in sys.modules if n.startswith("kgbuild")]:
            del sys.modules[name]
        sys.modules.update(saved)
    return asked


def test_every_pattern_of_the_extractor_reaches_the_engine_as_re_sends_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import _sre

    sent: list[tuple[object, ...]] = []
    engine = _sre.compile

    def record(*args: object) -> object:
        sent.append(args)
        return engine(*args)

    asked = _sources_of_the_extractor()
    assert len(asked) > 300
    monkeypatch.setattr(_sre, "compile", record)
    narrowed = 0
    for source, flags in asked:
        sent.clear()
        re.purge()  # a fallback to re.compile must reach the engine too
        built = fastre.compile_narrowed(source, flags)
        mine = list(sent)
        sent.clear()
        _compiler.compile(built.pattern, flags)  # what re.compile does, past its cache
        assert len(mine) == 1 and mine == sent, source[:60]
        narrowed += built.pattern != source
    assert narrowed > 100


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        (r"\b(?:from|between)\s+(?P<a>\d+)\s+(?:to|and)\s+(?P<b>\d+)", re.I, "From 3 to 5"),
        (r"(?:x|y)?(?i:z)", 0, "yZ xz Z"),
        (r"\b(?:a|b)(?P<n>\d)", 0, "a1 b2 c3"),
        (r"\b(?:a1|b2)|\bc(?P<n>\d)", 0, "a1 b2 c3 d4"),  # a bar outside every group
        (r"years?", 0, "two years"),
    ],
)
def test_a_narrowed_pattern_behaves_as_its_source(source: str, flags: int, text: str) -> None:
    built = fastre.compile_narrowed(source, flags)
    plain = re.compile(source, flags)
    assert [(m.span(), m.groupdict()) for m in built.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]
    assert built.groupindex == plain.groupindex


@pytest.mark.parametrize(
    ("source", "top"),
    [
        (r"a|b", True),
        (r"(?:a)|b", True),
        (r"(a|b)", False),
        (r"a(b|c)d", False),
        (r"[|]a", False),
        (r"\|a", False),
        (r"[]|]x", False),
        (r"[^]|]x", False),
    ],
)
def test_a_bar_outside_every_group_is_found(source: str, top: bool) -> None:
    assert fastre._top_level_alternation(source) is top
