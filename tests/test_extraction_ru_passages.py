"""Russian extraction from sentences and short passages, rule family by rule family: the
baseline after a comparison word («против», «чем годом ранее», «вместо»), periods told
relative to another one («годом ранее» after a half-year, «за тот же период», «за
аналогичный период прошлого года», «с февраля 2022 года», «с 2012 года, ..., и до конца
2021 года»), enumerations of offences over a comma, and the statutory ranges of
:mod:`kgbuild.extraction_ru.penalties`.

Every sentence is written for these tests, with made-up figures; none is taken from a key
or an article. Each passage lists every claim it must give, and nothing else.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.claims import Claim
from kgbuild.extraction_ru import extract_ru, load_ru_lexicon
from kgbuild.extraction_ru.periods import Period, find_periods

ROOT = Path(__file__).resolve().parents[1]
LEXICON = load_ru_lexicon(ROOT / "ontology" / "offences.ttl")
PUBLISHED = dt.date(2025, 3, 15)

Offence = str | tuple[str, ...]


def _claims(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[object, ...]]:
    """Every claim of ``text`` as a tuple of the fields its kind uses."""
    claims: list[Claim] = extract_ru(text, "passage.txt", published=published, lexicon=LEXICON)
    out: list[tuple[object, ...]] = []
    for c in claims:
        assert text[c.start : c.end] == c.quote
        if c.kind == "penalty_range":
            out.append((c.kind, c.offence, c.min_years, c.max_years, c.life))
        else:
            out.append(
                (c.kind, c.offence, c.count, c.qualifier, c.unit, c.period_start, c.period_end)
            )
    return out


def _count(
    offence: Offence,
    count: int,
    start: str | None,
    end: str | None,
    *,
    qualifier: str = "exact",
    unit: str = "people",
) -> tuple[object, ...]:
    return ("conviction_count", offence, count, qualifier, unit, start, end)


def _penalty(offence: str, low: float | None, high: float | None, life: bool) -> tuple[object, ...]:
    return ("penalty_range", offence, low, high, life)


def _year(y: int) -> tuple[str, str]:
    return f"{y}-01-01", f"{y}-12-31"


def _half(y: int) -> tuple[str, str]:
    return f"{y}-01-01", f"{y}-06-30"


# -- a comparison's baseline --------------------------------------------------------

BASELINES: list[tuple[str, str, list[tuple[object, ...]]]] = [
    (
        "the figure in brackets after «чем годом ранее» takes the same half a year before",
        "За первые шесть месяцев 2023 года суды осудили за шпионаж 17 человек, в полтора "
        "раза больше, чем годом ранее (11 приговоров).",
        [
            _count("espionage", 17, *_half(2023)),
            _count("espionage", 11, *_half(2022), unit="verdicts"),
        ],
    ),
    (
        "«вместо ... годом ранее»: the figure after the word takes the year before",
        "В 2024 году суды вынесли 47 приговоров за шпионаж вместо 30 приговоров годом ранее.",
        [
            _count("espionage", 47, *_year(2024), unit="verdicts"),
            _count("espionage", 30, *_year(2023), unit="verdicts"),
        ],
    ),
    (
        "trap: a baseline in the figure's own clause is not the figure's period",
        "В 2024 году, по подсчётам юристов, за госизмену осудили 95 человек — в полтора раза "
        "больше чем в 2023 году.",
        [_count("treason", 95, *_year(2024))],
    ),
    (
        "trap: a figure with no period of its own does not take the baseline",
        "По данным юристов, за госизмену осудили 95 человек — больше чем в 2023 году, когда "
        "статью ещё не меняли.",
        [_count("treason", 95, None, None)],
    ),
    (
        "trap: a baseline period is not carried to the next sentence",
        "В 2024 году за госизмену осудили 95 человек — больше, чем в 2023 году. Ещё 12 "
        "человек осудили за шпионаж.",
        [_count("treason", 95, *_year(2024)), _count("espionage", 12, *_year(2024))],
    ),
    (
        "trap: a baseline is not the period of a clause that names none",
        "В 2023 году суды осудили 40 человек за госизмену, почти вдвое больше, чем в 2021 "
        "году, и ещё 9 человек за шпионаж.",
        [_count("treason", 40, *_year(2023)), _count("espionage", 9, *_year(2023))],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in BASELINES], ids=[n for n, _, _ in BASELINES]
)
def test_a_comparison_baseline_belongs_to_the_figures_after_it(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _claims(text) == expected


# -- periods told relative to another -------------------------------------------------

RELATIVE: list[tuple[str, str, list[tuple[object, ...]]]] = [
    (
        "«годом ранее» after a half-year: the same half a year before",
        "В первом полугодии 2024 года за госизмену осудили 58 человек, а годом ранее — 29.",
        [_count("treason", 58, *_half(2024)), _count("treason", 29, *_half(2023))],
    ),
    (
        "«годом ранее» in the next sentence, after nine months",
        "За девять месяцев 2024 года по статье о шпионаже осудили 41 человека. Годом ранее "
        "по этой статье осудили 26 человек.",
        [
            _count("espionage", 41, "2024-01-01", "2024-09-30"),
            _count("espionage", 26, "2023-01-01", "2023-09-30"),
        ],
    ),
    (
        "«за тот же период» is the period named before, not a later clause's",
        "В первом квартале 2025 года за госизмену осудили 33 человека. За тот же период за "
        "шпионаж осудили 6 человек, а в 2024 году — 25.",
        [
            _count("treason", 33, "2025-01-01", "2025-03-31"),
            _count("espionage", 6, "2025-01-01", "2025-03-31"),
            _count("espionage", 25, *_year(2024)),
        ],
    ),
    (
        "«за аналогичный период прошлого года»: the period before, a year earlier",
        "За девять месяцев 2024 года за шпионаж осудили 41 человека, а за аналогичный период "
        "прошлого года за госизмену — 27 человек.",
        [
            _count("espionage", 41, "2024-01-01", "2024-09-30"),
            _count("treason", 27, "2023-01-01", "2023-09-30"),
        ],
    ),
    (
        "«за аналогичный период предыдущего года» in the next sentence",
        "В первом квартале 2025 года за госизмену осудили 33 человека. За аналогичный период "
        "предыдущего года по статье о шпионаже вынесли 8 приговоров.",
        [
            _count("treason", 33, "2025-01-01", "2025-03-31"),
            _count("espionage", 8, "2024-01-01", "2024-03-31", unit="verdicts"),
        ],
    ),
    (
        "«с октября 2023 года»: from the first of that month to the publication date",
        "С октября 2023 года по статье о содействии противнику осудили не менее 60 человек.",
        [_count("assistance_to_the_enemy", 60, "2023-10-01", "2025-03-15", qualifier="at_least")],
    ),
    (
        "«с 2012 года, <aside>, и до конца 2021 года»: the whole span, the aside skipped",
        "С 2012 года, когда поправки расширили понятие госизмены, и до конца 2021 года за "
        "госизмену осудили 176 человек.",
        [_count("treason", 176, "2012-01-01", "2021-12-31")],
    ),
    (
        "«с 2012 года, <aside>, и по 2021 год»",
        "С 2012 года, когда поправки расширили понятие госизмены, и по 2021 год по статье о "
        "шпионаже осудили 53 человека.",
        [_count("espionage", 53, "2012-01-01", "2021-12-31")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in RELATIVE], ids=[n for n, _, _ in RELATIVE]
)
def test_relative_periods_in_passages(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text) == expected


def test_relative_periods_without_a_publication_date_stay_open() -> None:
    text = "С февраля 2023 года за госизмену осудили около 300 человек."
    assert _claims(text, published=None) == [_count("treason", 300, None, None, qualifier="about")]


def _periods(text: str, previous: Period | None = None) -> list[tuple[str, str, str]]:
    return [
        (text[p.start : p.end], str(p.first), str(p.last))
        for p in find_periods(text, 0, len(text), published=PUBLISHED, previous=previous)
    ]


def _before(first: str, last: str) -> Period:
    return Period(0, 0, dt.date.fromisoformat(first), dt.date.fromisoformat(last), "given")


@pytest.mark.parametrize(
    ("phrase", "previous", "expected"),
    [
        ("годом ранее", ("2024-07-01", "2024-12-31"), ("2023-07-01", "2023-12-31")),
        ("годом позже", ("2023-01-01", "2023-03-31"), ("2024-01-01", "2024-03-31")),
        ("годом ранее", ("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31")),
        ("годом ранее", ("2020-02-01", "2020-02-29"), ("2019-02-01", "2019-02-28")),
        (
            "за аналогичный период прошлого года",
            ("2025-01-01", "2025-09-30"),
            ("2024-01-01", "2024-09-30"),
        ),
        ("за тот же период осудили 17", ("2024-04-01", "2024-06-30"), ("2024-04-01", "2024-06-30")),
        ("за этот квартал их было 9", ("2024-10-01", "2024-12-31"), ("2024-10-01", "2024-12-31")),
    ],
)
def test_a_period_told_relative_to_the_one_before(
    phrase: str, previous: tuple[str, str], expected: tuple[str, str]
) -> None:
    (found,) = _periods(phrase, _before(*previous))
    assert found[1:] == expected


def test_a_shift_over_several_years_is_left_unresolved() -> None:
    (found,) = _periods("годом ранее", _before("2016-01-01", "2020-12-31"))
    assert found[1:] == ("None", "None")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("с февраля 2022 года", ("2022-02-01", "2025-03-15")),
        ("с декабря 2024 года", ("2024-12-01", "2025-03-15")),
        ("с апреля 2025 года", ("None", "None")),  # after the publication date
        ("с 2015 года, когда начался подсчёт, и до конца 2019 года", ("2015-01-01", "2019-12-31")),
        ("с 2019 года, как пишет издание, по 2020 год", ("2019-01-01", "2020-12-31")),
    ],
)
def test_spans_from_a_month_and_spans_around_an_aside(
    phrase: str, expected: tuple[str, str]
) -> None:
    (found,) = _periods(phrase)
    assert found[0] == phrase
    assert found[1:] == expected


@pytest.mark.parametrize(
    ("phrase", "compared"),
    [
        ("осудили 40 человек, больше, чем в 2021 году", True),
        ("12 приговоров против 7 в 2019 году", True),
        ("19 приговоров вместо 11 годом ранее", True),
        ("осудили 40 человек в 2021 году", False),
        ("больше, чем ожидали; в 2021 году", False),  # the clause ends before the period
    ],
)
def test_a_comparison_word_marks_its_period_as_a_baseline(phrase: str, compared: bool) -> None:
    periods = find_periods(phrase, 0, len(phrase), published=PUBLISHED, previous=None)
    assert [p.cue is not None for p in periods] == [compared]


# -- enumerations of offences over a comma --------------------------------------------

LISTS: list[tuple[str, str, list[tuple[object, ...]]]] = [
    (
        "one count for every offence listed over a comma, the count in the last part",
        "В 2023 году по делам о госизмене, шпионаже и содействии противнику суды осудили 151 "
        "человека.",
        [_count(("treason", "espionage", "assistance_to_the_enemy"), 151, *_year(2023))],
    ),
    (
        "the list's last part is the clause that counts",
        "В прошлом году суды рассмотрели дела о шпионаже, госизмене, и осудили по ним 64 человека.",
        [_count(("espionage", "treason"), 64, *_year(2024))],
    ),
    (
        "a new charge whose name runs over a comma keeps one offence per count",
        "В 2024 году за разглашение государственной тайны осудили 7 человек, за незаконное "
        "получение сведений, составляющих государственную тайну, — двоих.",
        [
            _count("disclosure_of_state_secrets", 7, *_year(2024)),
            _count("illegal_obtaining_of_state_secrets", 2, *_year(2024)),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in LISTS], ids=[n for n, _, _ in LISTS]
)
def test_enumerations_of_offences(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text) == expected


# -- statutory ranges ----------------------------------------------------------------

PENALTIES: list[tuple[str, str, list[tuple[object, ...]]]] = [
    (
        "«до ... лет» in everyday words",
        "За конфиденциальное сотрудничество с иностранцами можно получить до восьми лет.",
        [_penalty("confidential_cooperation", None, 8, False)],
    ),
    (
        "from a minimum to life",
        "Госизмена наказывается лишением свободы на срок от двенадцати лет до пожизненного.",
        [_penalty("treason", 12, None, True)],
    ),
    (
        "life added in a later clause joins the range before",
        "За госизмену грозит от 12 до 20 лет, а с 2023 года — и пожизненный срок.",
        [_penalty("treason", 12, 20, True)],
    ),
    (
        "a second range with other bounds is a claim of its own",
        "За разглашение гостайны грозит до четырёх лет, а в военное время — от трёх до восьми лет.",
        [
            _penalty("disclosure_of_state_secrets", None, 4, False),
            _penalty("disclosure_of_state_secrets", 3, 8, False),
        ],
    ),
    (
        "trap: ages in the clause before the range",
        "Обвиняемым от 19 до 24 лет, по статье о госизмене им грозит от 12 до 20 лет лишения "
        "свободы.",
        [_penalty("treason", 12, 20, False)],
    ),
    (
        "trap: a term a court imposed is no range",
        "Суд приговорил бывшего инженера к 15 годам колонии за госизмену, хотя за неё "
        "предусмотрено и пожизненное лишение свободы.",
        [],
    ),
    (
        "trap: ages beside a statutory word",
        "Наказание за шпионаж чаще всего получают люди в возрасте от 30 до 45 лет.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in PENALTIES], ids=[n for n, _, _ in PENALTIES]
)
def test_statutory_ranges(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [c for c in _claims(text) if c[0] != "individual_sentence"] == expected
