"""Regular expressions made cheaper to scan, with the same matches: a first-character
lookahead before patterns that open with alternatives (compile_narrowed), and a pattern
tried only at the positions where a match can begin (finditer_at). The English extractor
compiles its patterns with compile_narrowed. The Russian one does not: its Cyrillic letters
stay case-insensitive in the lookahead, whose test then costs more than it saves (measured
with callgrind: 9% more instructions)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, Final


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when no match can begin outside ``starts`` (ascending):
    the pattern is tried only at those positions. ``match`` sees the text before a start
    (lookbehinds, ``\\b``), and a match never overlaps the one before, as in ``finditer``.
    The pattern must not match the empty string."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)) is not None:
            end = m.end()
            yield m


# -- a first-character lookahead for patterns that open with alternatives -----------------

_MAX_FIRST = 24
"""The most characters a first-character class may hold (a case-insensitive letter counts
twice): a wider class rejects too few positions to pay for itself."""


def compile_narrowed(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, with a lookahead for the characters a match can begin
    with when the pattern opens with alternatives, optional parts, ``\\b`` or a lookbehind
    (``\\b(?:January|February|...)``, ``(?:from\\s+)?\\d``): at every position where none of
    them stands, the engine then fails one character test instead of trying every
    alternative. The matches are the same: the class holds every character a match can
    begin with. Patterns that open with a plain character or class, that can match the
    empty string, or whose first characters are too many or unknown are left as they are."""
    # Parsed once and compiled from that parse, narrowed or not: compiling is most of an
    # import of the extractor, and parsing is most of compiling (re.compile would parse
    # the source a second time).
    flags = int(flags)
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(source, flags)
        if parsed.data and parsed.data[0][0] in (_constants.LITERAL, _constants.IN):
            return _from_parse(parsed, source, flags)  # the engine scans for these itself
        first, nullable = _first(parsed.data, parsed.state.flags, _constants)
    except (ImportError, AttributeError, TypeError, ValueError):  # another Python's internals
        return re.compile(source, flags)
    except re.error:
        return re.compile(source, flags)  # raises the error with re's own message
    if not first or nullable:
        return _from_parse(parsed, source, flags)
    cased = {c for c, folded in first if not folded}
    caseless = {c.lower() for c, folded in first if folded}
    for letter in [c for c in caseless if c.isascii()]:  # as a plain class: cheaper to test
        cased |= {letter, letter.upper(), *_ODD_CASES.get(letter, "")}
        caseless.discard(letter)
    if len(cased) + 2 * len(caseless) > _MAX_FIRST:
        return _from_parse(parsed, source, flags)
    parts = [f"(?-i:[{''.join(map(_in_class, sorted(cased)))}])"] if cased else []
    parts += [f"(?i:[{''.join(map(_in_class, sorted(caseless)))}])"] if caseless else []
    lookahead = f"(?={'|'.join(parts)})"
    if flags & re.VERBOSE or _top_level_alternation(source):
        # "(?=[ab])a1|b2" puts the lookahead in the first alternative only: that tree is
        # re.compile's to make
        return re.compile(lookahead + source, flags)
    try:
        # the lookahead's node put before the source's nodes: the tree re.compile makes of
        # lookahead + source (tests/test_fastre.py compares the engine code of both)
        parsed.data.insert(0, _parser.parse(lookahead, flags).data[0])
    except (AttributeError, TypeError, IndexError):  # another Python's internals
        return re.compile(lookahead + source, flags)
    return _from_parse(parsed, lookahead + source, flags)


_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)
"""An escape, a character class, a bracket or a bar of a pattern's source."""


def _top_level_alternation(source: str) -> bool:
    """Whether ``source`` has a "|" outside every group (not in a class, not escaped)."""
    if "|" not in source:
        return False
    depth = 0
    for m in _TOKEN.finditer(source):
        token = m.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "|" and depth == 0:
            return True
    return False


def _from_parse(parsed: Any, pattern: str, flags: int) -> re.Pattern[str]:
    """The compiled pattern of ``pattern``, whose parse tree is ``parsed``: what
    ``re.compile(pattern, flags)`` returns (CPython's ``re._compiler.compile`` with the
    source kept), without parsing ``pattern`` again; ``re.compile`` where the internals
    differ."""
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler  # type: ignore[attr-defined]

        code = _compiler._code(parsed, flags)
        groupindex = parsed.state.groupdict
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        compiled: re.Pattern[str] = _sre.compile(
            pattern,
            flags | parsed.state.flags,
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except (ImportError, AttributeError, TypeError):
        return re.compile(pattern, flags)
    return compiled


_ODD_CASES: Final = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""The non-ASCII letters a case-insensitive pattern equates with an ASCII one (İ, ı, K the
Kelvin sign, ſ the long s; see lexicon.fold)."""


def _in_class(char: str) -> str:
    return r"\d" if char == r"\d" else re.escape(char)


def _first(items: Any, flags: int, c: Any) -> tuple[set[tuple[str, bool]] | None, bool]:
    """The characters a match of the parsed ``items`` can begin with, each with whether it
    is matched regardless of case (None: any or unknown), and whether ``items`` can match
    the empty string. ``c`` is the module of the parser's opcodes."""
    found: set[tuple[str, bool]] = set()
    caseless = bool(flags & re.IGNORECASE)
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: look past it
            continue
        if op is c.LITERAL:
            found.add((chr(av), caseless))
            return found, False
        if op is c.IN:
            for item_op, item_av in av:
                if item_op is c.LITERAL:
                    found.add((chr(item_av), caseless))
                elif item_op is c.CATEGORY and item_av is c.CATEGORY_DIGIT:
                    found.add((r"\d", False))
                else:  # negated, ranges, other categories: too wide to list
                    return None, False
            return found, False
        if op is c.BRANCH:
            inner = [_first(branch, flags, c) for branch in av[1]]
        elif op is c.SUBPATTERN:
            _, add, remove, sub = av
            inner = [_first(sub, (flags | add) & ~remove, c)]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, sub = av
            chars, nullable = _first(sub, flags, c)
            inner = [(chars, nullable or low == 0)]
        elif op is c.ATOMIC_GROUP:
            inner = [_first(av, flags, c)]
        else:  # any character, back-references, conditionals
            return None, False
        for chars, _ in inner:
            if chars is None:
                return None, False
            found |= chars
        if not any(nullable for _, nullable in inner):
            return found, False
    return found, True
