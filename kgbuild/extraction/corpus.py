"""Several documents at once: each document whole, in one of several worker processes.

What a sentence takes from the sentences before it (a period, an offence, a dateline) never
crosses a document's end, so documents can be read in parallel with no change to any claim:
:func:`extract_documents` returns each document's claims, in the order the documents were
given, exactly as :func:`~kgbuild.extraction.extract_claims` gives them one after another.

The workers are forked from the calling process once the offence scheme is read and the
documents' languages warmed up (patterns compiled, Russian dictionaries loaded), so they
start with all of it and read the documents from the memory they share with it; only the
claims travel back. Where a process cannot be forked (not POSIX), where one worker is asked
for, or where there is too little text for the fork to pay (one document, or under
``PARALLEL_MIN_CHARS`` in all), the documents are read in this process.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Final

from kgbuild.claims import Claim
from kgbuild.extraction.language import detect_language
from kgbuild.lexicon import Lexicon

PARALLEL_MIN_CHARS: Final = 100_000
"""Below this much text in all (about a tenth of a second of reading), forking workers
costs more than it saves."""

_WARM_UP: Final[dict[str, str]] = {
    "en": "Courts convicted 12 people of treason in 2024.",
    "ru": "В 2024 году за госизмену осудили 12 человек.",
}


@dataclass(frozen=True)
class Document:
    """One text to read, with what :func:`extract_claims` needs besides the text."""

    text: str
    name: str
    published: dt.date | None = None
    report_year: int | None = None
    lang: str | None = None


def available_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def extract_documents(
    documents: Sequence[Document], *, lexicon: Lexicon, workers: int | None = None
) -> list[list[Claim]]:
    """The claims of each document, in the order given (one list per document).

    ``workers``: how many processes read documents at once (default: the cores available,
    at most one per document); 1 reads them in this process, one after another.
    """
    from kgbuild.extraction import extract_claims

    count = min(workers or available_workers(), len(documents))
    size = sum(len(d.text) for d in documents)
    if count <= 1 or size < PARALLEL_MIN_CHARS or "fork" not in _start_methods():
        return [_extract(d, lexicon) for d in documents]
    for lang in sorted({d.lang or detect_language(d.text) for d in documents}):
        # compile the patterns, load the dictionaries: the workers inherit them
        extract_claims(_WARM_UP[lang], document="warm-up", lexicon=lexicon, lang=lang)
    global _SHARED
    _SHARED = (tuple(documents), lexicon)
    gc.freeze()  # the workers' collector leaves what they inherit alone: no copied pages
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
            found = pool.map(_extract_shared, _batches(documents, count * BATCHES_PER_WORKER))
            return [claims for batch in found for claims in batch]
    finally:
        gc.unfreeze()
        _SHARED = None


BATCHES_PER_WORKER: Final = 4
"""Documents go to the workers in this many runs of neighbours per worker: few enough that
handing them out costs little (a short news item takes about a millisecond), enough that
no worker is left alone with a long run at the end."""


def _batches(documents: Sequence[Document], wanted: int) -> list[range]:
    """Runs of neighbouring documents of about equal length, about ``wanted`` of them, in
    order and covering every document."""
    target = sum(len(d.text) for d in documents) / wanted
    runs: list[range] = []
    start, size = 0, 0
    for i, document in enumerate(documents):
        size += len(document.text)
        if size >= target:
            runs.append(range(start, i + 1))
            start, size = i + 1, 0
    if start < len(documents):
        runs.append(range(start, len(documents)))
    return runs


_SHARED: tuple[tuple[Document, ...], Lexicon] | None = None
"""The documents and the scheme, set before the workers are forked: they read them from
the memory they share with this process instead of receiving copies."""


def _extract_shared(run: range) -> list[list[Claim]]:
    assert _SHARED is not None, "a worker forked without the shared documents"
    documents, lexicon = _SHARED
    return [_extract(documents[i], lexicon) for i in run]


def _extract(document: Document, lexicon: Lexicon) -> list[Claim]:
    from kgbuild.extraction import extract_claims

    return extract_claims(
        document.text,
        document=document.name,
        lexicon=lexicon,
        published=document.published,
        report_year=document.report_year,
        lang=document.lang,
    )


def _start_methods() -> list[str]:
    return multiprocessing.get_all_start_methods()
