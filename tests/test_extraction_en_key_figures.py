"""Key figures as web pages lay them out: bullets with an earlier figure in brackets, a
table under a caption that names the offence, a year per line under a head. Sentences
written for these tests; figures made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 5, 20)

Row = tuple[str, int, str, str]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _counts(text: str, lexicon: Lexicon) -> list[Row]:
    claims = extract_claims(text, document="t", lexicon=lexicon, published=PUBLISHED, lang="en")
    return sorted(
        (str(c.offence), c.count or 0, c.period_start or "", c.period_end or "")
        for c in claims
        if c.kind == "conviction_count"
    )


def _year(offence: str, count: int, year: int) -> Row:
    return (offence, count, f"{year}-01-01", f"{year}-12-31")


# -- a bullet with figures in it is no headline ----------------------------------------


def test_a_bullet_of_figures_in_lower_case_is_read(lexicon: Lexicon) -> None:
    text = "- Sabotage: 88 verdicts in 2024 (2023: 31)\n"
    assert _counts(text, lexicon) == [_year("sabotage", 31, 2023), _year("sabotage", 88, 2024)]


def test_a_title_case_headline_with_figures_still_gives_nothing(lexicon: Lexicon) -> None:
    assert _counts("Courts Jail 88 For Sabotage In 2024\n", lexicon) == []


# -- an earlier figure in brackets after a count ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Military courts convicted 412 people of desertion in 2024 (2023: 230).",
        "Military courts convicted 412 people of desertion in 2024 (in 2023: 230).",
        "Military courts convicted 412 people of desertion in 2024 (230 in 2023).",
        "Military courts convicted 412 people of desertion in 2024 (against 230 in 2023).",
        "Military courts convicted 412 people of desertion in 2024 (vs. 230 in 2023).",
        "Military courts convicted 412 people of desertion in 2024 (230 a year earlier).",
        "There were 412 desertion convictions in 2024 (2023 – 230).",
    ],
)
def test_an_earlier_figure_in_brackets_counts_the_same_over_its_time(
    lexicon: Lexicon, sentence: str
) -> None:
    assert _counts(sentence, lexicon) == [
        _year("desertion", 230, 2023),
        _year("desertion", 412, 2024),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a share, an age band, an article's number and a figure of another kind
        "Military courts convicted 412 people of desertion in 2024 (2023: 41%).",
        "Military courts convicted 412 people of desertion in 2024 (aged 19 to 35 in 2023).",
        "Military courts convicted 412 people of desertion in 2024 (Article 338; 230 in 2023).",
        "Military courts convicted 412 people of desertion in 2024 (up 79% on 2023).",
    ],
)
def test_other_brackets_give_no_earlier_count(lexicon: Lexicon, sentence: str) -> None:
    assert _counts(sentence, lexicon) == [_year("desertion", 412, 2024)]


def test_a_bracket_after_something_else_than_the_count_gives_nothing(lexicon: Lexicon) -> None:
    sentence = (
        "Military courts convicted 412 people of desertion in 2024, the court service said in "
        "its yearly review (2023: 230)."
    )
    assert _counts(sentence, lexicon) == [_year("desertion", 412, 2024)]


def test_key_figure_bullets_each_with_an_earlier_figure(lexicon: Lexicon) -> None:
    text = (
        "At a glance\n\n"
        "- Sabotage: 88 verdicts in 2024 (2023: 31)\n"
        "- Espionage: 40 (2023: 17)\n"
        "- Treason: 260 (2023: 101)\n"
    )
    assert _counts(text, lexicon) == [
        _year("espionage", 17, 2023),
        _year("espionage", 40, 2024),
        _year("sabotage", 31, 2023),
        _year("sabotage", 88, 2024),
        _year("treason", 101, 2023),
        _year("treason", 260, 2024),
    ]


def test_a_key_figure_bullet_with_a_share_in_brackets_gives_nothing(lexicon: Lexicon) -> None:
    text = "- Sabotage: 88 verdicts in 2024 (2023: 31)\n- Espionage: 40 (2023: 9%)\n"
    assert _counts(text, lexicon) == [_year("sabotage", 31, 2023), _year("sabotage", 88, 2024)]


# -- a table whose caption names the offence ---------------------------------------------


def test_a_table_of_years_under_a_caption_naming_the_offence(lexicon: Lexicon) -> None:
    text = (
        "Sabotage convictions by year\n"
        "| Year | Convicted |\n"
        "|------|-----------|\n"
        "| 2022 | 6 |\n"
        "| 2023 | 31 |\n"
        "| 2024 | 88 |\n"
    )
    assert _counts(text, lexicon) == [
        _year("sabotage", 6, 2022),
        _year("sabotage", 31, 2023),
        _year("sabotage", 88, 2024),
    ]


def test_only_the_columns_that_count_convictions_are_read(lexicon: Lexicon) -> None:
    text = (
        "Sabotage convictions by year\n"
        "| Year | Convicted | Acquitted | Share of all verdicts, % |\n"
        "|---|---|---|---|\n"
        "| 2023 | 31 | 1 | 2 |\n"
        "| 2024 | 88 | 0 | 4 |\n"
    )
    assert _counts(text, lexicon) == [_year("sabotage", 31, 2023), _year("sabotage", 88, 2024)]


def test_a_caption_naming_no_offence_gives_no_table_counts(lexicon: Lexicon) -> None:
    text = "Convictions by year\n| Year | Convicted |\n|---|---|\n| 2023 | 31 |\n"
    assert _counts(text, lexicon) == []


# -- one time per line under a head naming the offence ---------------------------------


def test_a_year_per_line_under_a_head_naming_the_offence(lexicon: Lexicon) -> None:
    text = "Espionage convictions by year:\n2022 – 11\n2023 – 17\n2024 – 40\n"
    assert _counts(text, lexicon) == [
        _year("espionage", 11, 2022),
        _year("espionage", 17, 2023),
        _year("espionage", 40, 2024),
    ]


def test_bulleted_periods_under_a_head(lexicon: Lexicon) -> None:
    text = "People found guilty of sabotage:\n- In 2023: 31\n- In the first half of 2024: 47\n"
    assert _counts(text, lexicon) == [
        _year("sabotage", 31, 2023),
        ("sabotage", 47, "2024-01-01", "2024-06-30"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # shares, terms and ages are no counts
        "Espionage convictions by year:\n2023 – 17%\n2024 – 40%\n",
        "Sentences for espionage by year:\n2023 – 12 years\n2024 – 14 years\n",
        # a head naming two offences says not which each figure counts
        "Espionage and treason convictions by year:\n2023 – 17\n2024 – 40\n",
        # no head ends with a colon: the lines are not its items
        "Espionage convictions rose again.\n2023 – 17\n2024 – 40\n",
    ],
)
def test_time_lines_that_are_no_counts_of_the_head(lexicon: Lexicon, text: str) -> None:
    assert _counts(text, lexicon) == []


def test_time_items_end_at_the_first_line_of_another_form(lexicon: Lexicon) -> None:
    text = (
        "Espionage convictions by year:\n2023 – 17\nThe review was published in May.\n2024 – 40\n"
    )
    assert _counts(text, lexicon) == [_year("espionage", 17, 2023)]


# -- a label run whose head gives a figure per period -----------------------------------


def test_label_items_with_two_figures_take_the_heads_two_periods(lexicon: Lexicon) -> None:
    text = (
        "The change in two years. Sabotage: 31 verdicts in 2023, 88 in 2024. Espionage: 17 "
        "and 40. Desertion: 230 and 412."
    )
    assert _counts(text, lexicon) == [
        _year("desertion", 230, 2023),
        _year("desertion", 412, 2024),
        _year("espionage", 17, 2023),
        _year("espionage", 40, 2024),
        _year("sabotage", 31, 2023),
        _year("sabotage", 88, 2024),
    ]


def test_a_label_item_with_its_own_years_keeps_them(lexicon: Lexicon) -> None:
    text = "Sabotage: 31 verdicts in 2023, 88 in 2024. Espionage: 11 in 2022 and 40 in 2024."
    assert _counts(text, lexicon) == [
        _year("espionage", 11, 2022),
        _year("espionage", 40, 2024),
        _year("sabotage", 31, 2023),
        _year("sabotage", 88, 2024),
    ]
