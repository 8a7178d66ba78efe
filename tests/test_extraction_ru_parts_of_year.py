"""«в первом полугодии», «в первом квартале прошлого года», «за первые девять месяцев этого
года»: a part of a year named without its year is a part of the year of publication (of
the year before, for «прошлого года»); one not over by then names no period. The
sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from kgbuild.extraction_ru import extract_ru


def _periods(text: str, published: dt.date | None) -> list[tuple[str | None, str | None]]:
    return [(c.period_start, c.period_end) for c in extract_ru(text, "d", published=published)]


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "Военные суды в первом полугодии осудили за госизмену 84 человека.",
            dt.date(2025, 9, 3),
            ("2025-01-01", "2025-06-30"),
        ),
        (
            "В первом квартале прошлого года по статье о шпионаже осуждены пять человек.",
            dt.date(2025, 2, 14),
            ("2024-01-01", "2024-03-31"),
        ),
        (
            "За первые девять месяцев этого года за диверсию осудили 210 человек.",
            dt.date(2025, 11, 20),
            ("2025-01-01", "2025-09-30"),
        ),
        (
            "Во второй половине минувшего года за госизмену осуждены 97 человек.",
            dt.date(2026, 4, 2),
            ("2025-07-01", "2025-12-31"),
        ),
        (
            "В третьем квартале суды вынесли 30 приговоров по делам о госизмене.",
            dt.date(2025, 10, 15),
            ("2025-07-01", "2025-09-30"),
        ),
    ],
)
def test_a_part_of_the_year_of_publication(
    text: str, published: dt.date, want: tuple[str, str]
) -> None:
    assert _periods(text, published) == [want]


def test_a_part_not_over_or_with_its_year_is_not_guessed() -> None:
    # the second half is not over on the day of publication: no period
    text = "Во втором полугодии суды осудили за госизмену 80 человек."
    assert _periods(text, dt.date(2025, 10, 21)) == [(None, None)]
    # without a day of publication: none either
    assert _periods("В первом полугодии за шпионаж осуждены 12 человек.", None) == [(None, None)]
    # a year named after it is the half's own (not the year of publication)
    text = "За первые шесть месяцев 2023 года за шпионаж осуждены 4 человека."
    assert _periods(text, dt.date(2025, 10, 21)) == [("2023-01-01", "2023-06-30")]
