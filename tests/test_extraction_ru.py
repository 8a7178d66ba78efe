"""The Russian extractor (kgbuild.extraction_ru) on sentences written for these tests.

Every sentence here is invented in the project's own words, news style, with made-up
figures; none is copied from a real article.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from kgbuild.claims import Claim
from kgbuild.extraction_ru import extract_ru, is_russian, load_ru_lexicon
from kgbuild.extraction_ru.dates import find_dates
from kgbuild.extraction_ru.morphology import tokenize
from kgbuild.extraction_ru.numbers import find_numbers
from kgbuild.extraction_ru.periods import find_periods
from kgbuild.extraction_ru.scoring import load_key, score_key

ROOT = Path(__file__).resolve().parents[1]
LEXICON = load_ru_lexicon(ROOT / "ontology" / "offences.ttl")
KEYS = ROOT / "tests" / "keys"


def run(text: str, published: dt.date | None = None) -> list[Claim]:
    claims = extract_ru(text, "test.txt", published=published, lexicon=LEXICON)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote
    return claims


def counts(text: str, published: dt.date | None = None) -> list[tuple[object, ...]]:
    return [
        (c.kind, c.offence, c.count, c.qualifier, c.period_start, c.period_end)
        for c in run(text, published)
        if c.kind in {"conviction_count", "case_count"}
    ]


# -- offences in any case ------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "slug"),
    [
        ("Госизмена остаётся самой частой статьёй", "treason"),
        ("обвиняли в государственной измене", "treason"),
        ("осудили за госизмену", "treason"),
        ("дело об измене Родине", "treason"),
        ("приговоры за шпионаж", "espionage"),
        ("по делу о шпионаже", "espionage"),
        ("за конфиденциальное сотрудничество с иностранцами", "confidential_cooperation"),
        ("о разглашении государственной тайны", "disclosure_of_state_secrets"),
        ("за разглашение гостайны", "disclosure_of_state_secrets"),
        ("по статье 275.1 УК", "confidential_cooperation"),
        ("по ст. 276 УК РФ", "espionage"),
        ("о содействии противнику", "assistance_to_the_enemy"),
        ("за утрату секретных документов", "loss_of_secret_documents"),
    ],
)
def test_offence_wordings_in_every_case(phrase: str, slug: str) -> None:
    found = LEXICON.find(phrase, tokenize(phrase))
    assert [o.slug for o in found] == [slug]


def test_articles_listed_together_name_each_offence() -> None:
    phrase = "по статьям 275 и 276 УК"
    assert [o.slug for o in LEXICON.find(phrase, tokenize(phrase))] == ["treason", "espionage"]


# -- numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "qualifier"),
    [
        ("осуждены 43 человека", 43, "exact"),
        ("осудили девятерых", 9, "exact"),
        ("около 2,6 тысячи приговоров", 2600, "about"),
        ("более ста человек", 100, "more_than"),
        ("свыше двухсот тридцати человек", 230, "more_than"),
        ("не менее 300 дел", 300, "at_least"),
        ("почти 40 человек", 40, "nearly"),
        ("1,4 тыс. приговоров", 1400, "exact"),
        ("не менее трёх десятков человек", 30, "at_least"),
        ("менее пятидесяти человек", 50, "fewer_than"),
    ],
)
def test_numbers_in_words_and_digits(phrase: str, value: int, qualifier: str) -> None:
    numbers = find_numbers(tokenize(phrase), phrase)
    assert [(n.value, n.qualifier) for n in numbers] == [(value, qualifier)]


@given(st.integers(min_value=1, max_value=999_999))
def test_digit_groups_parse_back(n: int) -> None:
    text = f"осуждены {n:,} человек".replace(",", " ")
    numbers = find_numbers(tokenize(text), text)
    assert [x.value for x in numbers] == [n]


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=0, max_value=9))
def test_decimal_thousands(whole: int, tenth: int) -> None:
    text = f"около {whole},{tenth} тысячи приговоров"
    numbers = find_numbers(tokenize(text), text)
    assert [x.value for x in numbers] == [whole * 1000 + tenth * 100]


# -- periods and dates ---------------------------------------------------------------

PUBLISHED = dt.date(2025, 5, 12)


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("в 2021 году", "2021-01-01", "2021-12-31"),
        ("за второе полугодие 2023 года", "2023-07-01", "2023-12-31"),
        ("в первом квартале 2025 года", "2025-01-01", "2025-03-31"),
        ("за девять месяцев 2024 года", "2024-01-01", "2024-09-30"),
        ("в марте 2024 года", "2024-03-01", "2024-03-31"),
        ("за 2016–2020 годы", "2016-01-01", "2020-12-31"),
        ("с 2016 по 2020 год", "2016-01-01", "2020-12-31"),
        ("в прошлом году", "2024-01-01", "2024-12-31"),
        ("с начала года", "2025-01-01", "2025-05-12"),
        ("с 2010 года", "2010-01-01", "2025-05-12"),
    ],
)
def test_periods(phrase: str, first: str, last: str) -> None:
    periods = find_periods(phrase, 0, len(phrase), published=PUBLISHED, previous=None)
    assert [(str(p.first), str(p.last)) for p in periods] == [(first, last)]


def test_relative_periods_stay_unresolved_without_a_date() -> None:
    phrase = "в прошлом году"
    (period,) = find_periods(phrase, 0, len(phrase), published=None, previous=None)
    assert not period.resolved


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("закон подписан 3 марта 2024 года", "2024-03-03"),
        ("закон подписан 03.03.2024", "2024-03-03"),
        ("в марте 2024 года", "2024-03"),
        ("в 2024 году", "2024"),
    ],
)
def test_dates_as_precise_as_the_text(phrase: str, value: str) -> None:
    assert [d.value for d in find_dates(phrase, 0, len(phrase))] == [value]


# -- counts --------------------------------------------------------------------------


def test_one_count_with_qualifier_and_period() -> None:
    text = "В 2021 году за шпионаж приговорили более 30 человек."
    assert counts(text) == [
        ("conviction_count", "espionage", 30, "more_than", "2021-01-01", "2021-12-31")
    ]


def test_several_counts_in_one_sentence() -> None:
    text = (
        "В 2022 году за госизмену осудили 46 человек, за шпионаж — 12, "
        "за разглашение гостайны — пятерых."
    )
    assert [(c[1], c[2]) for c in counts(text)] == [
        ("treason", 46),
        ("espionage", 12),
        ("disclosure_of_state_secrets", 5),
    ]


def test_respectively_pairs_counts_with_offences() -> None:
    text = "В 2019 году по статьям о госизмене и шпионаже осудили 9 и 4 человека соответственно."
    assert [(c[1], c[2]) for c in counts(text)] == [("treason", 9), ("espionage", 4)]


def test_elided_count_takes_the_period_of_its_clause() -> None:
    text = "За госизмену в 2017 году осудили 4 человека, а в 2018-м — семерых."
    assert [(c[2], c[4]) for c in counts(text)] == [(4, "2017-01-01"), (7, "2018-01-01")]


def test_a_rise_gives_both_ends() -> None:
    text = "Число приговоров за шпионаж выросло с 8 в 2020 году до 19 в 2021 году."
    assert [(c[2], c[4]) for c in counts(text)] == [(8, "2020-01-01"), (19, "2021-01-01")]


def test_reference_back_takes_offence_and_period_from_before() -> None:
    text = (
        "В 2016 году суды рассмотрели 12 дел о шпионаже и по всем вынесли приговоры. "
        "Годом позже таких приговоров было 17."
    )
    assert [(c[1], c[2], c[4]) for c in counts(text)] == [
        ("espionage", 12, "2016-01-01"),
        ("espionage", 17, "2017-01-01"),
    ]


def test_a_sentence_that_does_not_point_back_borrows_no_offence() -> None:
    text = "В 2021 году за госизмену осудили 25 человек. В 2022 году суды осудили 500 000 человек."
    assert [c[2] for c in counts(text)] == [25]


def test_other_conviction_wordings() -> None:
    text = "В 2019 году за шпионаж отправили в колонию 15 человек, за госизмену осуждены 9."
    assert [(c[1], c[2]) for c in counts(text)] == [("espionage", 15), ("treason", 9)]


def test_reference_back_to_counted_convictions() -> None:
    text = "В 2018 году за госизмену осудили 4 человека. В 2019-м их было уже 9."
    assert [(c[1], c[2], c[4]) for c in counts(text)] == [
        ("treason", 4, "2018-01-01"),
        ("treason", 9, "2019-01-01"),
    ]


def test_month_span() -> None:
    text = "С марта по август 2024 года за госизмену осудили 70 человек."
    assert [(c[4], c[5]) for c in counts(text)] == [("2024-03-01", "2024-08-31")]


def test_a_bare_demonstrative_does_not_point_back() -> None:
    text = (
        "Шпионаж карается лишением свободы на срок от 10 до 20 лет. "
        "Незаконный экспорт технологий наказывается лишением свободы на тот же срок."
    )
    assert penalties(text) == [("espionage", 10.0, 20.0, False)]


def test_arrests_beside_convictions_stay_out() -> None:
    text = "В 2023 году по делам о шпионаже арестовали 30 человек, а осудили 21."
    assert [(c[1], c[2]) for c in counts(text)] == [("espionage", 21)]


def test_an_unknown_charge_borrows_no_offence() -> None:
    text = "В 2019 году за госизмену осудили 9 человек, за уклонение от призыва — 400."
    assert [(c[1], c[2]) for c in counts(text)] == [("treason", 9)]


def test_cases_opened_are_case_counts() -> None:
    text = "С начала года возбуждено около 90 уголовных дел о госизмене."
    assert counts(text, PUBLISHED) == [
        ("case_count", "treason", 90, "about", "2025-01-01", "2025-05-12")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Суды выносят в среднем три приговора в неделю по делам о госизмене.",
        "В 2024 году ФСБ задержала 57 человек по делам о шпионаже.",
        "Около 70 процентов приговоров за госизмену в 2023 году вынесли военные суды.",
        "В 2022 году по делу о госизмене суд оправдал одного человека.",
        "Суд приговорил 41-летнего инженера к 17 годам колонии за госизмену.",
        "Из 120 осуждённых за госизмену в 2023 году 35 получили больше 15 лет.",
    ],
)
def test_traps_give_no_wrong_count(text: str) -> None:
    found = counts(text)
    assert all(c[2] == 120 for c in found), found


# -- penalties -----------------------------------------------------------------------


def penalties(text: str) -> list[tuple[object, ...]]:
    return [
        (c.offence, c.min_years, c.max_years, c.life)
        for c in run(text)
        if c.kind == "penalty_range"
    ]


def test_range_with_life_is_one_claim() -> None:
    text = "За госизмену предусмотрено от 12 до 20 лет либо пожизненное лишение свободы."
    assert penalties(text) == [("treason", 12.0, 20.0, True)]


def test_what_a_court_may_impose_is_statutory() -> None:
    text = "За шпионаж суд может назначить от десяти до двадцати лет заключения."
    assert penalties(text) == [("espionage", 10.0, 20.0, False)]


def test_life_added_in_a_later_clause_joins_the_range() -> None:
    text = "За шпионаж грозит от 10 до 20 лет, а в военное время — и пожизненное заключение."
    assert penalties(text) == [("espionage", 10.0, 20.0, True)]


def test_up_to_in_words() -> None:
    text = "Разглашение гостайны карается лишением свободы на срок до четырёх лет."
    assert penalties(text) == [("disclosure_of_state_secrets", None, 4.0, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Осуждённым за шпионаж в основном было от 30 до 50 лет.",
        "Суд приговорил бывшего военного к 14 годам за шпионаж.",
        "По делу о госизмене прокурор запросил 18 лет колонии.",
        "Обвиняемому в шпионаже дали 13 лет строгого режима.",
    ],
)
def test_ages_and_imposed_terms_are_no_ranges(text: str) -> None:
    assert penalties(text) == []


# -- individual sentences ------------------------------------------------------------


def individual(text: str) -> list[tuple[object, ...]]:
    return [
        (c.person, c.sentence_years, c.life, c.offence, c.court)
        for c in run(text)
        if c.kind == "individual_sentence"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Краснодарский краевой суд приговорил Петра Иванова к девятнадцати годам "
            "по статье о госизмене.",
            [("Петр Иванов", 19.0, None, "treason", "Краснодарский краевой суд")],
        ),
        (
            "Бывшего лётчика приговорили к 14 годам и 6 месяцам колонии за шпионаж.",
            [("Бывшего лётчика", 14.5, None, "espionage", None)],
        ),
        (
            "Уроженец Тулы приговорён к пожизненному лишению свободы по делу о госизмене.",
            [("Уроженец Тулы", None, True, "treason", None)],
        ),
        (
            "Мосгорсуд приговорил к 13 годам строгого режима инженера НИИ по делу о шпионаже.",
            [("инженера НИИ", 13.0, None, "espionage", "Мосгорсуд")],
        ),
        ("По делу о госизмене прокурор запросил для инженера 17 лет.", []),
        ("По делу о шпионаже суд назначил 11 лет колонии.", []),
    ],
)
def test_imposed_terms_are_individual_sentences(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert individual(text) == expected
    assert penalties(text) == []


# -- enactments ----------------------------------------------------------------------


def enactments(text: str) -> list[tuple[object, ...]]:
    return [(c.offence, c.date) for c in run(text) if c.kind == "enactment"]


def test_signed_law_with_a_day() -> None:
    text = (
        "Путин подписал закон об ответственности за конфиденциальное сотрудничество "
        "14 июля 2022 года."
    )
    assert enactments(text) == [("confidential_cooperation", "2022-07-14")]


def test_entry_into_force_refers_back() -> None:
    text = "Депутаты расширили статью о госизмене. Закон вступил в силу в июле 2022 года."
    assert enactments(text) == [("treason", "2022-07")]


@pytest.mark.parametrize(
    "text",
    [
        "Поправки о статье за шпионаж утверждены 5 декабря 2024 года.",
        "Закон об ответственности за шпионаж подписан 5 декабря 2024 года.",
    ],
)
def test_passive_and_other_signing_verbs(text: str) -> None:
    assert enactments(text) == [("espionage", "2024-12-05")]


def test_enactment_without_a_date_is_left_out() -> None:
    assert enactments("Президент подписал закон о пожизненном сроке за госизмену.") == []


def test_verdict_entering_into_force_is_no_enactment() -> None:
    text = "Приговор по делу о госизмене вступил в законную силу 2 октября 2024 года."
    assert enactments(text) == []


def test_enactment_stays_with_its_own_clause() -> None:
    text = (
        "В мае 2023 года ужесточили наказание за другие преступления, "
        "но по делам о шпионаже суды ничего не меняли."
    )
    assert enactments(text) == []


# -- documents, determinism, language ------------------------------------------------

NEWS = (ROOT / "tests" / "fixtures" / "extraction_ru" / "verdict-story.txt").read_text(
    encoding="utf-8"
)
"""A made-up news story: one verdict with its imposed term, ages, money, a requested
term, a verdict entering into force, a rate, a share, a phone number; and three claims."""


def test_a_news_story_gives_its_claims_and_nothing_else() -> None:
    claims = run(NEWS, dt.date(2025, 6, 10))
    assert [
        (c.kind, c.offence, c.count, c.qualifier, c.period_start, c.period_end)
        for c in claims
        if c.kind not in {"penalty_range", "individual_sentence"}
    ] == [
        ("conviction_count", "treason", 130, "at_least", "2025-01-01", "2025-06-10"),
        ("conviction_count", "treason", 189, "exact", "2024-01-01", "2024-12-31"),
    ]
    assert penalties(NEWS) == [("treason", 12.0, 20.0, True)]
    assert [
        (c.person, c.sentence_years, c.offence, c.court, c.date)
        for c in claims
        if c.kind == "individual_sentence"
    ] == [
        ("27-летнего жителя Таганрога", 16.0, "treason", "Южный окружной военный суд", "2025-03-12")
    ]


def test_same_text_same_claim_ids() -> None:
    text = (
        "В 2020 году за госизмену осудили 15 человек. Шпионаж наказывается сроком от 10 до 20 лет."
    )
    assert [c.id for c in run(text)] == [c.id for c in run(text)]


@pytest.mark.parametrize(
    ("text", "russian"),
    [
        ("В 2024 году за госизмену осудили 189 человек (Article 275).", True),
        ("In 2024, 189 people were convicted of treason (госизмена).", False),
        ("2024: 189", False),
    ],
)
def test_language_by_share_of_cyrillic(text: str, russian: bool) -> None:
    assert is_russian(text) is russian


SEED_CLAIMS = {
    "004_test_ru_review.txt": (
        dt.date(2025, 8, 20),
        [
            ("conviction_count", "treason", 96, "2025-01-01", "2025-06-30", None),
            ("conviction_count", "espionage", 14, "2025-01-01", "2025-06-30", None),
            ("conviction_count", "confidential_cooperation", 6, "2025-01-01", "2025-06-30", None),
            ("conviction_count", "treason", 198, "2024-01-01", "2024-12-31", None),
            ("conviction_count", "treason", 106, "2023-01-01", "2023-12-31", None),
            ("case_count", "treason", 210, "2025-01-01", "2025-08-20", None),
            ("individual_sentence", None, None, None, None, None),
        ],
    ),
    "005_test_ru_laws.txt": (
        dt.date(2025, 6, 30),
        [
            ("enactment", "confidential_cooperation", None, None, None, "2022-07-14"),
            ("penalty_range", "confidential_cooperation", None, None, None, None),
            ("enactment", "treason", None, None, None, "2023-04-28"),
            ("penalty_range", "treason", None, None, None, None),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(SEED_CLAIMS))
def test_russian_seed_documents(name: str) -> None:
    path = ROOT / "seeds" / "documents" / name
    published, expected = SEED_CLAIMS[name]
    text = path.read_text(encoding="utf-8")
    claims = run(text, published)
    got = [(c.kind, c.offence, c.count, c.period_start, c.period_end, c.date) for c in claims]
    assert got == expected
    catalogue = yaml.safe_load((ROOT / "seeds" / "catalogue.yaml").read_text(encoding="utf-8"))
    (entry,) = [e for e in catalogue if e["file"] == f"documents/{name}"]
    assert entry["language"] == "ru" and entry["kind"] == "test-document"
    assert entry["published"] == published


def test_russian_seed_penalties() -> None:
    text = (ROOT / "seeds" / "documents" / "005_test_ru_laws.txt").read_text(encoding="utf-8")
    assert [(c.offence, c.min_years, c.max_years, c.life) for c in run(text)
            if c.kind == "penalty_range"] == [
        ("confidential_cooperation", None, 8.0, False),
        ("treason", 12.0, 20.0, True),
    ]  # fmt: skip


# -- the answer keys -----------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "ru.yaml",
        "ru-heldout.yaml",
        "ru-probe.yaml",
        "ru-probe2.yaml",
        "ru-dev.yaml",
    ],
)
def test_answer_key_precision_and_recall(key: str) -> None:
    items = load_key(KEYS / key)
    assert len(items) >= 15 and all(item["lang"] == "ru" for item in items)
    scores, misses = score_key(items, lambda text, doc, published: run(text, published), base=KEYS)
    for score in scores:
        assert score.precision >= 0.9, (score, misses)
        assert score.recall >= 0.85, (score, misses)


def test_second_heldout_key_overall() -> None:
    """The second held-out key was never tuned on: it is held to the issue's bar for the
    language as a whole (P 0.9, R 0.85), not kind by kind (it has three imposed terms;
    one of them, after a year of birth and a sum of money, is missed)."""
    items = load_key(KEYS / "ru-heldout2.yaml")
    assert len(items) >= 40 and all(item["lang"] == "ru" for item in items)
    scores, misses = score_key(items, lambda text, doc, published: run(text, published), base=KEYS)
    (total,) = [s for s in scores if s.kind == "all"]
    assert total.expected >= 50
    assert total.precision >= 0.9 and total.recall >= 0.85, (total, misses)


def test_tuning_key_has_sixty_sentences() -> None:
    items = load_key(KEYS / "ru.yaml")
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids)) >= 60


def test_scorer_counts_a_wrong_field_as_a_miss_and_a_false_claim() -> None:
    items = [
        {
            "id": "x",
            "lang": "ru",
            "text": "В 2020 году за госизмену осудили 15 человек.",
            "claims": [
                {"kind": "conviction_count", "offence": "treason", "count": 16,
                 "qualifier": "exact", "period_start": dt.date(2020, 1, 1),
                 "period_end": dt.date(2020, 12, 31)},
            ],
        }
    ]  # fmt: skip
    scores, misses = score_key(items, lambda text, doc, published: run(text, published))
    conviction = next(s for s in scores if s.kind == "conviction_count")
    assert (conviction.expected, conviction.found, conviction.correct) == (1, 1, 0)
    assert sorted(m.missing for m in misses) == [False, True]
