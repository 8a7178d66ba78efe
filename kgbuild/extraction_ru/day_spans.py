"""A span of days in one month with its year left out («Неделя в цифрах (16–22 ноября)»,
«С 9 по 15 июня ...»): those days of the year of publication, or of the one year named
before (the brackets holding such a span alone: :func:`.period_context.outside_asides`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kgbuild.extraction_ru.morphology import fold
from kgbuild.extraction_ru.period_patterns import _MONTHS

if TYPE_CHECKING:
    from kgbuild.extraction_ru.periods import Period


def _month(stem: str) -> int:
    return next(i for i, pattern in enumerate(_MONTHS, start=1) if re.fullmatch(pattern, stem))


def day_span(
    m: re.Match[str], published: dt.date | None, previous: Period | None
) -> tuple[dt.date | None, dt.date | None]:
    """The days a ``day-span`` match names: of the one year the period named before covers,
    else of the year of publication (of the year before if they are still to come)."""
    if published is None:
        return None, None
    month, first, last = _month(fold(m.group("m"))), int(m.group("d1")), int(m.group("d"))
    if first >= last:
        return None, None
    if (
        previous is not None
        and previous.first is not None
        and previous.last is not None
        and previous.first.year == previous.last.year
    ):
        year = previous.first.year
    else:
        year = published.year - ((month, last) > (published.month, published.day))
    try:
        return dt.date(year, month, first), dt.date(year, month, last)
    except ValueError:  # 30 February
        return None, None
