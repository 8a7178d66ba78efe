"""Russian counts compared with an earlier period: the figure after «против», «вместо» or
«чем» takes the baseline period, a «когда ...» clause after a baseline takes the baseline,
«по сравнению с 2022 годом» is a baseline and never a span to the publication date, and
the elided figure of «а за аналогичный период прошлого года — 20» is a count.

Every sentence is written for these tests with made-up figures (the first of each group
comes from issue 10's brief); each lists every claim it must give, and nothing else.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.claims import Claim
from kgbuild.extraction_ru import extract_ru, load_ru_lexicon
from kgbuild.extraction_ru.periods import find_periods

ROOT = Path(__file__).resolve().parents[1]
LEXICON = load_ru_lexicon(ROOT / "ontology" / "offences.ttl")
PUBLISHED = dt.date(2025, 6, 20)

Expected = list[tuple[object, ...]]


def _claims(text: str) -> Expected:
    claims: list[Claim] = extract_ru(text, "passage.txt", published=PUBLISHED, lexicon=LEXICON)
    for c in claims:
        assert text[c.start : c.end] == c.quote
    return [
        (c.kind, c.offence, c.count, c.qualifier, c.unit, c.period_start, c.period_end)
        for c in claims
    ]


def _count(
    offence: str,
    count: int,
    start: str | None,
    end: str | None,
    unit: str = "people",
    qualifier: str = "exact",
) -> tuple[object, ...]:
    return ("conviction_count", offence, count, qualifier, unit, start, end)


def _year(y: int) -> tuple[str, str]:
    return f"{y}-01-01", f"{y}-12-31"


def _q1(y: int) -> tuple[str, str]:
    return f"{y}-01-01", f"{y}-03-31"


CASES: list[tuple[str, str, Expected]] = [
    # -- 1. the figure after «против» / «вместо» takes the period after it ----------
    (
        "против: a figure with its unit takes the year after it",
        "В 2022 году за шпионаж осудили 14 человек против 6 приговоров в 2021 году.",
        [_count("espionage", 14, *_year(2022)), _count("espionage", 6, *_year(2021), "verdicts")],
    ),
    (
        "против: «в 2015-м» after the figure",
        "В 2016 году по статье о госизмене вынесли 11 приговоров против 9 приговоров в 2015-м.",
        [
            _count("treason", 11, *_year(2016), "verdicts"),
            _count("treason", 9, *_year(2015), "verdicts"),
        ],
    ),
    (
        "против with no unit: the figure takes the main figure's unit and offence",
        "В 2023 году за госизмену осудили 72 человека против 31 в 2022-м.",
        [_count("treason", 72, *_year(2023)), _count("treason", 31, *_year(2022))],
    ),
    (
        "вместо with no unit",
        "В 2024 году за шпионаж суды вынесли 112 приговоров вместо 87 в 2023 году.",
        [
            _count("espionage", 112, *_year(2024), "verdicts"),
            _count("espionage", 87, *_year(2023), "verdicts"),
        ],
    ),
    (
        "против with no unit and a relative baseline",
        "За первый квартал 2025 года по статье о диверсии осудили 48 человек против 30 годом "
        "ранее.",
        [_count("sabotage", 48, *_q1(2025)), _count("sabotage", 30, *_q1(2024))],
    ),
    (
        "против with a qualifier before the figure",
        "В 2023 году за госизмену осудили 72 человека против почти 30 в 2022-м.",
        [
            _count("treason", 72, *_year(2023)),
            _count("treason", 30, *_year(2022), qualifier="nearly"),
        ],
    ),
    (
        "trap: a verb between «по сравнению с» and the figure",
        "По сравнению с 2022 годом осудили 55 человек за госизмену.",
        [_count("treason", 55, None, None)],
    ),
    (
        "trap: «против» in «выступил против закона» names no figure",
        "В 2023 году за госизмену осудили 72 человека; адвокат выступил против закона о "
        "тайных процессах.",
        [_count("treason", 72, *_year(2023))],
    ),
    (
        "trap: a prison term after «чем» is no count",
        "В 2024 году за шпионаж осудили 40 человек, и многие получили больше, чем 12 лет.",
        [_count("espionage", 40, *_year(2024))],
    ),
    (
        "trap: an age after «чем» is no count",
        "В 2024 году за госизмену осудили 90 человек, и почти все были старше, чем 25 лет.",
        [_count("treason", 90, *_year(2024))],
    ),
    (
        "trap: «против» before a noun other than a unit",
        "В 2024 году за госизмену осудили 90 человек, а законопроект поддержали 400 депутатов "
        "против 3 голосов.",
        [_count("treason", 90, *_year(2024))],
    ),
    # -- 2. a «когда ...» clause after a baseline takes the baseline ----------------
    (
        "«чем в 2022-м, когда ...»: the figure in the when-clause is the baseline's",
        "В 2023 году за госизмену осудили 26 человек, это на треть больше, чем в 2022-м, когда "
        "по этой статье вынесли 19 приговоров.",
        [_count("treason", 26, *_year(2023)), _count("treason", 19, *_year(2022), "verdicts")],
    ),
    (
        "«чем годом ранее, когда ...»",
        "В 2024 году за шпионаж осудили 36 человек, втрое больше, чем годом ранее, когда "
        "приговоров было 12.",
        [_count("espionage", 36, *_year(2024)), _count("espionage", 12, *_year(2023), "verdicts")],
    ),
    (
        "trap: a figure before «тогда как в 2023 году — 62» keeps the period before",
        "В 2024 году за госизмену осудили 150 человек. Всего по этой статье приговоры получили "
        "150 человек, тогда как в 2023 году — 62.",
        [
            _count("treason", 150, *_year(2024)),
            _count("treason", 150, *_year(2024)),
            _count("treason", 62, *_year(2023)),
        ],
    ),
    # -- 3. «по сравнению с 2022 годом» is a baseline -------------------------------
    (
        "«по сравнению с 2022 годом» before the main figure is not its period",
        "В 2023 году по сравнению с 2022 годом за госизмену осудили вдвое больше людей — 55 "
        "человек.",
        [_count("treason", 55, *_year(2023))],
    ),
    (
        "«по сравнению с 2022 годом» with no other period leaves the figure's period open",
        "По сравнению с 2022 годом за шпионаж осудили втрое больше людей — 27 человек.",
        [_count("espionage", 27, None, None)],
    ),
    (
        "«по сравнению с 40 в 2022 году»: the figure it governs is the baseline's",
        "В 2023 году за госизмену осудили 76 человек по сравнению с 40 в 2022 году.",
        [_count("treason", 76, *_year(2023)), _count("treason", 40, *_year(2022))],
    ),
    # -- 4. elided figures after a comparison of periods ----------------------------
    (
        "«а за аналогичный период прошлого года — 20»: verb and unit elided after a dash",
        "В первом квартале 2025 года за госизмену осудили 33 человека, а за аналогичный период "
        "прошлого года — 20.",
        [_count("treason", 33, *_q1(2025)), _count("treason", 20, *_q1(2024))],
    ),
    (
        "«за аналогичный период прошлого года» in the next sentence, offence from before",
        "В первом квартале 2025 года за госизмену осудили 33 человека. За аналогичный период "
        "прошлого года по этой статье осудили 20 человек.",
        [_count("treason", 33, *_q1(2025)), _count("treason", 20, *_q1(2024))],
    ),
    (
        "«а за первое полугодие 2024 года — 51»: a period after «за» is no unknown charge",
        "За первое полугодие 2025 года за шпионаж осудили 64 человека, а за первое полугодие "
        "2024 года — 51.",
        [
            _count("espionage", 64, "2025-01-01", "2025-06-30"),
            _count("espionage", 51, "2024-01-01", "2024-06-30"),
        ],
    ),
    # -- «за то же полугодие / за тот же квартал»: the last period of that length -------
    (
        "«за то же полугодие» after a whole-year figure: the half-year named before it",
        "В первом полугодии 2024 года за госизмену осудили 64 человека, а за весь 2023 год — "
        "120. За то же полугодие по статье о шпионаже осудили 18 человек.",
        [
            _count("treason", 64, "2024-01-01", "2024-06-30"),
            _count("treason", 120, *_year(2023)),
            _count("espionage", 18, "2024-01-01", "2024-06-30"),
        ],
    ),
    (
        "«за тот же квартал» after a contrasting year",
        "В первом квартале 2025 года за шпионаж осудили 12 человек, тогда как в 2024 году — "
        "40. За тот же квартал за госизмену осудили 35 человек.",
        [
            _count("espionage", 12, *_q1(2025)),
            _count("espionage", 40, *_year(2024)),
            _count("treason", 35, *_q1(2025)),
        ],
    ),
    (
        "«за тот же период» keeps the last period, whatever its length",
        "В первом квартале 2025 года за шпионаж осудили 12 человек, а в 2024 году — 40. За "
        "тот же период за госизмену осудили 150 человек.",
        [
            _count("espionage", 12, *_q1(2025)),
            _count("espionage", 40, *_year(2024)),
            _count("treason", 150, *_year(2024)),
        ],
    ),
    # -- «по N» over two years: the same figure for each ----------------------------
    (
        "«в 2019-м и 2020-м ... осуждали по 5 человек»: one count per year",
        "В 2019-м и 2020-м по статье о шпионаже осуждали по 5 человек.",
        [_count("espionage", 5, *_year(2019)), _count("espionage", 5, *_year(2020))],
    ),
    (
        "«в 2017 и 2018 годах ... по 4 человека»",
        "В 2017 и 2018 годах за госизмену осудили по 4 человека.",
        [_count("treason", 4, *_year(2017)), _count("treason", 4, *_year(2018))],
    ),
    (
        "trap: «по» before a figure with one year is no distribution",
        "В 2018 году за госизмену осудили по меньшей мере 4 человека, в 2019-м — 9.",
        [
            _count("treason", 4, *_year(2018), qualifier="at_least"),
            _count("treason", 9, *_year(2019)),
        ],
    ),
    (
        "trap: the imperfective «осуждают» with «ежегодно» is a yearly rate",
        "По статье о шпионаже ежегодно осуждают примерно по 20 человек.",
        [],
    ),
    # -- administrative offences are no criminal convictions -------------------------
    (
        "trap: administrative protocols and the cases courts heard on them",
        "В 2023 году за госизмену осудили 55 человек. В том же году по статье о дискредитации "
        "армии составили 4300 административных протоколов, а суды рассмотрели 3900 таких дел.",
        [_count("treason", 55, *_year(2023))],
    ),
    (
        "a conviction beside administrative protocols still counts",
        "В 2023 году по статье о дискредитации армии осудили 85 человек, а административных "
        "протоколов составили около 4000.",
        [_count("discrediting_the_army", 85, *_year(2023))],
    ),
    (
        "trap: a charge the scheme lacks after «а за» still gives no count",
        "В 2024 году за госизмену осудили 150 человек, а за мошенничество в особо крупном "
        "размере — 4.",
        [_count("treason", 150, *_year(2024))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_counts_compared_with_an_earlier_period(text: str, expected: Expected) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("по сравнению с 2022 годом", ("2022-01-01", "2022-12-31", True)),
        ("в сравнении с 2021 годом", ("2021-01-01", "2021-12-31", True)),
        ("с 2022 года", ("2022-01-01", "2025-06-20", False)),
    ],
)
def test_a_comparison_with_a_year_is_a_baseline_not_a_span(
    phrase: str, expected: tuple[str, str, bool]
) -> None:
    (period,) = find_periods(phrase, 0, len(phrase), published=PUBLISHED, previous=None)
    assert (str(period.first), str(period.last), period.cue is not None) == expected


def test_a_figure_told_again_in_a_later_paragraph_is_one_claim() -> None:
    """A lead and the body give one figure twice: one claim. Within one paragraph, a figure
    given again to compare («а годом позже — уже 131») stays a claim of its own."""
    lead_and_body = (
        "За январь–июнь 2025 года суды вынесли 131 приговор по делам о шпионаже.\n\n"
        "Цифры взяты из таблиц Судебного департамента.\n\n"
        "В первом полугодии 2025 года суды вынесли 131 приговор по делам о шпионаже."
    )
    assert _claims(lead_and_body) == [
        _count("espionage", 131, "2025-01-01", "2025-06-30", unit="verdicts")
    ]
    one_paragraph = (
        "В 2024 году суды осудили за шпионаж 131 человека. В 2022 году за шпионаж "
        "осудили 37 человек, а двумя годами позже — уже 131."
    )
    assert _claims(one_paragraph) == [
        _count("espionage", 131, *_year(2024)),
        _count("espionage", 37, *_year(2022)),
        _count("espionage", 131, *_year(2024)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "В 2024 году суды рассмотрели дела о госизмене и не вынесли ни одного "
        "оправдательного приговора.",
        "В 2024 году за шпионаж не осудили ни одного иностранца.",
    ],
)
def test_ni_odnogo_is_none_not_one(text: str) -> None:
    """«ни одного», «ни один»: not a single one, never a count of 1."""
    assert [c for c in _claims(text) if c[2] == 1] == []


def test_the_last_quarter_of_a_year_is_its_fourth() -> None:
    assert _claims("В последнем квартале 2023 года за диверсию осудили 29 человек.") == [
        _count("sabotage", 29, "2023-10-01", "2023-12-31")
    ]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # «оправдательных приговоров» counts no conviction: the cases heard stay out
        (
            "В 2023 году суды рассмотрели 97 дел о шпионаже и оправдательных приговоров "
            "не вынесли.",
            [],
        ),
        ("В 2023 году суды рассмотрели 97 дел о шпионаже, оправдательных приговоров не было.", []),
        # a conviction verb of its own keeps the count
        ("В 2023 году за шпионаж осудили 97 человек, оправдательных приговоров не было.", [97]),
    ],
)
def test_acquittals_are_no_conviction_word(text: str, counts: list[int]) -> None:
    assert [c[2] for c in _claims(text)] == counts
