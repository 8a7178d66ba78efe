"""Which grammar a document needs: English or Russian, from its share of Cyrillic letters."""

from __future__ import annotations

from typing import Final

from kgbuild.fastre import compile_narrowed

LANGUAGES: Final = ("en", "ru")
"""The languages ``extract_claims`` takes (``--lang``, the catalogue's ``language``)."""

CYRILLIC_SHARE: Final = 0.5
"""A text is Russian when at least half of its letters are Cyrillic: Latin names and
abbreviations do not tip a Russian report (most of its letters stay Cyrillic), nor a
quoted Russian law title an English sentence."""


_LETTER = compile_narrowed(r"[^\W\d_]")
_CYRILLIC = compile_narrowed(r"[\u0400-\u04ff]")
SAMPLE_CHARS: Final = 200_000
"""Only the first this many characters are counted: a document's language shows well
before, and the count then costs the same for every size."""


def detect_language(text: str) -> str:
    """ "ru" when Cyrillic letters make up at least CYRILLIC_SHARE of the letters, else "en"."""
    sample = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return "en"
    return "ru" if len(_CYRILLIC.findall(sample)) / letters >= CYRILLIC_SHARE else "en"
