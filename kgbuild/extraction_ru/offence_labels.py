"""The Russian labels of the offence scheme as word sequences, and the shorter forms
reporters say them in: «гостайна» for «государственная тайна», the head of a long title,
a long title's first words with a word of the same stem («Прохождение обучения в целях
диверсии»)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kgbuild.extraction_ru.morphology import Token


@dataclass(frozen=True)
class Label:
    """An offence's label: its slug, its text and the readings of its content words."""

    slug: str
    text: str
    words: tuple[frozenset[str], ...]


SHORT_FORMS = ((frozenset({"государственный"}), frozenset({"тайна"}), frozenset({"гостайна"})),)
"""Two label words and the one word that says both («государственную тайну» / «гостайну»)."""


def shortened(words: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...] | None:
    """A label's words with a pair of :data:`SHORT_FORMS` said in one word («утрата
    документов, содержащих гостайну»), or None if it has no such pair."""
    for first, second, short in SHORT_FORMS:
        for i in range(len(words) - 1):
            if not first.isdisjoint(words[i]) and not second.isdisjoint(words[i + 1]):
                return (*words[:i], short, *words[i + 2 :])
    return None


LONG_TITLE = 7
"""Content words from which a label is an article's full title, quoted cut short."""
TITLE_HEAD = 5
"""The first content words of a long title that name it («содействие в исполнении решений
международных организаций» of 284.3's title of sixteen)."""
LIGHT_NOUNS = frozenset({"оказание", "осуществление", "совершение"})
"""A title's first word that reporters leave out («Оказание содействия ...»)."""


def title_heads(labels: Sequence[Label]) -> list[Label]:
    """The heads of long titles, with and without a light noun before them, where only
    one offence's title starts so and no label has the same words."""
    heads: dict[tuple[frozenset[str], ...], set[str]] = {}
    texts: dict[tuple[frozenset[str], ...], str] = {}
    for label in labels:
        if len(label.words) < LONG_TITLE:
            continue
        starts = [label.words]
        if not label.words[0].isdisjoint(LIGHT_NOUNS):
            starts.append(label.words[1:])
        for words in starts:
            head = words[:TITLE_HEAD]
            heads.setdefault(head, set()).add(label.slug)
            texts.setdefault(head, label.text)
    taken = {label.words for label in labels}
    return [
        Label(next(iter(slugs)), texts[head], head)
        for head, slugs in sorted(heads.items(), key=lambda h: texts[h[0]])
        if len(slugs) == 1 and head not in taken
    ]


SHORT_HEAD = 3
"""The first words of a long title a short form keeps («Прохождение обучения в целях»)."""


def said_short(label: Label, words: Sequence[Token], i: int) -> int:
    """How many words ``words[i:]`` say a long title (six content words or more) short
    in, else 0: its first :data:`SHORT_HEAD` words (or one more of them), then one word
    that shares a stem of five letters with one of its later words and is none of them
    («Прохождение обучения в целях диверсии», «... в целях осуществления диверсии» for
    «... в целях осуществления диверсионной деятельности»)."""
    for head in (SHORT_HEAD, SHORT_HEAD + 1):
        window = words[i : i + head + 1]
        if len(window) <= head or any(
            w.isdisjoint(t.lemmas) for w, t in zip(label.words, window[:head], strict=False)
        ):
            return 0
        last = window[head].lemmas
        # a stem shared, not the same word («деятельности» after «Публичные призывы к
        # осуществлению» is the head several titles share: none of them)
        rest = {b for w in label.words[head:] for b in w}
        if last.isdisjoint(rest) and any(
            len(a) >= 5 and a[:5] == b[:5] for a in last for b in rest
        ):
            return head + 1
    return 0
