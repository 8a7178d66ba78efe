"""Russian phrasing categories of round 17 (issue 10), each with traps that must stay out.

A span of days in one month with its year left out, in a digest's heading or a sentence
(«Неделя в цифрах (16–22 ноября): ...», «Что произошло за неделю (2–8 февраля)» over a list,
«С 9 по 15 июня ...»): those days of the year of publication (of the year before if they are
still to come), and the brackets holding the span alone date the heading, no aside. Traps:
the span's first day is no count; detainees of the week.

Every sentence is written for these tests with made-up figures; each lists every claim it
must give, and nothing else.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.claims import Claim
from kgbuild.extraction_ru import extract_ru
from tests.test_extraction_ru_categories import LEXICON, Expected, _case, _count


def _claims(text: str, published: dt.date) -> Expected:
    claims: list[Claim] = extract_ru(text, "passage.txt", published=published, lexicon=LEXICON)
    out: Expected = []
    for c in claims:
        assert text[c.start : c.end] == c.quote
        if c.kind in {"conviction_count", "case_count"}:
            out.append((c.kind, c.offence, c.count, c.qualifier, c.period_start, c.period_end))
        elif c.kind == "penalty_range":
            out.append((c.kind, c.offence, c.min_years, c.max_years, bool(c.life)))
        elif c.kind == "enactment":
            out.append((c.kind, c.offence, c.date))
        else:
            out.append((c.kind, c.offence, c.sentence_years, bool(c.life)))
    return out


CASES: list[tuple[str, str, str, Expected]] = [
    # -- a span of days without its year ------------------------------------------------------
    (
        "«Неделя в цифрах (16–22 ноября): N ..., M — ...»",
        "2026-11-25",
        "Неделя в цифрах (16–22 ноября): 12 новых приговоров по делам о госизмене, 2 — по "
        "статье о шпионаже.",
        [
            _count("treason", 12, "2026-11-16", "2026-11-22"),
            _count("espionage", 2, "2026-11-16", "2026-11-22"),
        ],
    ),
    (
        "a heading «Итоги недели (2–8 февраля)» over a list",
        "2026-02-10",
        "Итоги недели (2–8 февраля)\n• Не менее семи человек осуждены за дискредитацию армии.\n"
        "• Задержаны 30 участников пикетов.",
        [_count("discrediting_the_army", 7, "2026-02-02", "2026-02-08", "at_least")],
    ),
    (
        "«С 9 по 15 июня ...» in a sentence",
        "2026-06-17",
        "С 9 по 15 июня суды вынесли 11 приговоров по делам о государственной измене.",
        [_count("treason", 11, "2026-06-09", "2026-06-15")],
    ),
    (
        "days still to come at publication: the year before",
        "2026-01-05",
        "За неделю 22–28 декабря возбуждено 5 дел о «фейках» об армии.",
        [_case("army_fakes", 5, "2025-12-22", "2025-12-28")],
    ),
    (
        "trap: the span's days alone are no count",
        "2026-03-24",
        "С 16 по 22 марта в Москве шел процесс над обвиняемым в госизмене.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_category(published: str, text: str, expected: Expected) -> None:
    assert _claims(text, dt.date.fromisoformat(published)) == expected
