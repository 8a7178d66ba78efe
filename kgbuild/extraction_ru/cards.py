"""An article's card: a title line naming the article and its offence after a dash, and
lines of a label and a colon under it (a «справка» box):

    Статья 205.2 УК РФ — публичные призывы к ... и оправдание терроризма.
    Часть 1: штраф до 1 млн рублей или лишение свободы на срок от 2 до 5 лет.
    Осуждено в 2025 году: 1 412 человек.

A line with no offence of its own under the title is of the title's offence
(:func:`.grammar_references.item_line`, :func:`.explainer_ranges.headed_range`).
"""

from __future__ import annotations

import re

CARD_TITLE_BODY = r"Стать[яи]\s+\d{3}(?:\.\d{1,2})?(?:\s+УК(?:\s+РФ)?)?\s*[—–]\s*[^.!?:\d\n]{3,200}"
"""An article, a dash and its offence's name."""
CARD_TITLE = re.compile(r"^\s*(?:[^\w\s«]{1,3}\s*)?" + CARD_TITLE_BODY + r"\.?\s*$")
"""«Статья 205.2 УК РФ — публичные призывы к ... и оправдание терроризма.»: the title of an
article's card, its lines after it («Часть 1: ...», «Осуждено в 2025 году: ...»)."""
CARD_LINE = re.compile(r"^\s*[А-ЯЁ][^:\n.!?]{1,60}:[ \t]*[^\s:]")
"""«Часть 1: от 2 до 5 лет.», «Осуждено в 2025 году: 1 412 человек.»: a line of a card, a
label and a colon before its content."""
