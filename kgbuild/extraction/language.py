"""Which grammar a document needs: English or Russian, from its share of Cyrillic letters."""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("en", "ru")
"""The languages ``extract_claims`` takes (``--lang``, the catalogue's ``language``)."""

CYRILLIC_SHARE: Final = 0.3
"""A text is Russian when at least this share of its letters is Cyrillic: quotes of English
names and article numbers in Latin script do not tip a Russian report, nor a few Russian
words (a quoted law title) an English one."""


def detect_language(text: str) -> str:
    """ "ru" when Cyrillic letters make up at least CYRILLIC_SHARE of the letters, else "en"."""
    letters = cyrillic = 0
    for char in text:
        if char.isalpha():
            letters += 1
            if "\u0400" <= char <= "\u04ff":
                cyrillic += 1
    if letters == 0:
        return "en"
    return "ru" if cyrillic / letters >= CYRILLIC_SHARE else "en"
