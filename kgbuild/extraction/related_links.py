"""Lines that point to another article ("Read also: 12 Russians convicted of treason in
2024", «Читайте также: ...», «По теме: ...»), as pages copied from news sites carry them
between paragraphs: the headline of another story, whose figures are not this text's. Both
extractors skip such a line: it gives no claim and sets no context."""

from __future__ import annotations

import re

_RELATED_LINK = re.compile(
    r"\W*(?:read\s+(?:also|more|next)|also\s+read|see\s+also|related(?:\s+(?:stories|news|"
    r"articles?))?|recommended|more\s+on\s+(?:this|the\s+topic)|читайте\s+(?:также|тоже)|"
    r"читать\s+(?:также|тоже)|смотрите\s+также|по\s+теме|ранее\s+по\s+теме|"
    r"также\s+читайте|рекомендуем)\s*[:—–-]",
    re.IGNORECASE,
)


def is_related_link(sentence: str) -> bool:
    """Whether ``sentence`` opens as a link to another story does ("Read also: ...")."""
    return _RELATED_LINK.match(sentence) is not None
