"""Claim extraction: number and period parsing, rules on new sentences, and the seeds."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgbuild.claims import Change, Claim
from kgbuild.extraction import (
    extract_claims,
    parse_number,
    parse_number_words,
    resolve_period,
    split_sentences,
)
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "seeds" / "documents"
LEXICON = load_lexicon(ROOT / "ontology" / "offences.ttl")

# publication date and report year of each seed (as the catalogue records them)
SEEDS: dict[str, tuple[dt.date, int | None]] = {
    "000": (dt.date(2025, 4, 16), None),
    "001": (dt.date(2022, 7, 6), None),
    "002": (dt.date(2025, 4, 29), 2024),
    "003": (dt.date(2025, 9, 15), None),
}

JSON_KEYS = {
    "id",
    "kind",
    "offence",
    "articles",
    "period_start",
    "period_end",
    "count",
    "qualifier",
    "unit",
    "scope",
    "min_years",
    "max_years",
    "life",
    "date",
    "person",
    "sentence_years",
    "change",
    "quote",
    "start",
    "end",
    "rule",
    "document",
    "reported_by",
    "part_of",
    "court",
}


def seed_path(prefix: str) -> Path:
    (path,) = DOCS.glob(f"{prefix}_*.txt")
    return path


def seed_claims(prefix: str) -> tuple[str, list[Claim]]:
    path = seed_path(prefix)
    text = path.read_text(encoding="utf-8")
    published, report_year = SEEDS[prefix]
    claims = extract_claims(
        text,
        document=f"seeds/documents/{path.name}",
        lexicon=LEXICON,
        published=published,
        report_year=report_year,
    )
    return text, claims


def extract(
    text: str,
    published: dt.date | None = dt.date(2025, 9, 15),
    report_year: int | None = None,
    lexicon: Lexicon = LEXICON,
) -> list[Claim]:
    return extract_claims(
        text, document="test.txt", lexicon=lexicon, published=published, report_year=report_year
    )


def only(claims: list[Claim], kind: str | None = None) -> Claim:
    selected = [c for c in claims if kind is None or c.kind == kind]
    assert len(selected) == 1, [c.to_json() for c in claims]
    return selected[0]


def counts(claims: list[Claim]) -> list[tuple[object, ...]]:
    """(kind, offence, count, qualifier, period_start, period_end, unit, scope) per count."""
    return [
        (
            c.kind,
            c.offence,
            c.count,
            c.qualifier,
            c.period_start,
            c.period_end,
            c.unit,
            c.scope,
        )
        for c in claims
        if c.kind in {"conviction_count", "case_count"}
    ]


# --- numbers ---------------------------------------------------------------------------------

_SMALL = [
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def to_words(n: int, hyphen: bool = True, use_and: bool = False) -> str:
    """A test-only English rendering of n (0 <= n < 1,000,000)."""
    if n < 20:
        return _SMALL[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return _TENS[tens - 2] + (("-" if hyphen else " ") + _SMALL[rest] if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_SMALL[hundreds]} hundred"
        if not rest:
            return head
        return head + (" and " if use_and else " ") + to_words(rest, hyphen, use_and)
    thousands, rest = divmod(n, 1000)
    head = f"{to_words(thousands, hyphen, use_and)} thousand"
    return head if not rest else f"{head} {to_words(rest, hyphen, use_and)}"


@given(st.integers(min_value=0, max_value=999_999), st.booleans(), st.booleans())
def test_number_words_round_trip(n: int, hyphen: bool, use_and: bool) -> None:
    assert parse_number_words(to_words(n, hyphen, use_and)) == n


@given(st.integers(min_value=1, max_value=10**9))
def test_digits_with_and_without_thousands_separators(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("Twenty-one", 21),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("a hundred", 100),
        ("One hundred and five", 105),
        ("2.5", 2.5),
        ("1,200", 1200),
    ],
)
def test_parse_number_examples(phrase: str, value: float) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize("phrase", ["dozens", "several", "a few", "many", "2024-25", ""])
def test_parse_number_rejects_non_numbers(phrase: str) -> None:
    assert parse_number(phrase) is None


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=4000))
def test_number_words_in_a_sentence(n: int) -> None:
    words = to_words(n)
    text = f"{words[0].upper()}{words[1:]} people were convicted of espionage in 2023."
    claim = only(extract(text))
    assert (claim.count, claim.offence, claim.period_start) == (n, "espionage", "2023-01-01")


# --- periods ----------------------------------------------------------------------------------

YEARS = st.integers(min_value=1990, max_value=2090)


@given(YEARS)
def test_period_in_year(year: int) -> None:
    assert resolve_period(f"in {year}") == (dt.date(year, 1, 1), dt.date(year, 12, 31))


@given(YEARS, st.sampled_from(["first half of", "the first six months of", "H1"]))
def test_period_first_half(year: int, words: str) -> None:
    assert resolve_period(f"in {words} {year}") == (dt.date(year, 1, 1), dt.date(year, 6, 30))


@given(YEARS)
def test_period_second_half_and_quarters(year: int) -> None:
    assert resolve_period(f"the second half of {year}") == (
        dt.date(year, 7, 1),
        dt.date(year, 12, 31),
    )
    assert resolve_period(f"the third quarter of {year}") == (
        dt.date(year, 7, 1),
        dt.date(year, 9, 30),
    )
    assert resolve_period(f"Q1 {year}") == (dt.date(year, 1, 1), dt.date(year, 3, 31))


@given(YEARS, st.integers(min_value=1, max_value=12))
def test_period_first_n_months(year: int, n: int) -> None:
    first, last = resolve_period(f"the first {n} months of {year}") or (None, None)
    assert first == dt.date(year, 1, 1)
    assert last is not None and (last.year, last.month) == (year, n)
    assert (last + dt.timedelta(days=1)).day == 1


@given(YEARS)
def test_period_month_range(year: int) -> None:
    assert resolve_period(f"between February and May {year}") == (
        dt.date(year, 2, 1),
        dt.date(year, 5, 31),
    )


@given(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_relative_years_resolve_against_publication(published: dt.date) -> None:
    y = published.year
    assert resolve_period("last year", published=published) == (
        dt.date(y - 1, 1, 1),
        dt.date(y - 1, 12, 31),
    )
    assert resolve_period("this year", published=published) == (
        dt.date(y, 1, 1),
        dt.date(y, 12, 31),
    )


def test_relative_periods_without_a_date_stay_unresolved() -> None:
    assert resolve_period("last year") is None
    assert resolve_period("that year") is None


def test_the_year_is_the_report_year() -> None:
    assert resolve_period("in the first six months of the year", report_year=2024) == (
        dt.date(2024, 1, 1),
        dt.date(2024, 6, 30),
    )


def test_that_year_is_the_year_in_context() -> None:
    assert resolve_period("that year", context_year=2019) == (
        dt.date(2019, 1, 1),
        dt.date(2019, 12, 31),
    )


def test_month_without_year_is_the_latest_such_month_before_publication() -> None:
    assert resolve_period("in March", published=dt.date(2022, 7, 6)) == (
        dt.date(2022, 3, 1),
        dt.date(2022, 3, 31),
    )
    assert resolve_period("in October", published=dt.date(2022, 7, 6)) == (
        dt.date(2021, 10, 1),
        dt.date(2021, 10, 31),
    )


# --- sentences --------------------------------------------------------------------------------


def test_sentence_split_keeps_abbreviations_and_joins_broken_lines() -> None:
    text = "Troops went in on Feb. 24. A new law\n\nfollowed in March.\n\nHeading\n\nBody text."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans == [
        "Troops went in on Feb. 24.",
        "A new law\n\nfollowed in March.",
        "Heading",
        "Body text.",
    ]


# --- conviction counts in new phrasings -------------------------------------------------------


def test_passive_found_guilty_with_at_least_and_half_year() -> None:
    claim = only(extract("No fewer than 40 people were found guilty of high treason in H1 2025."))
    assert claim.kind == "conviction_count"
    assert claim.offence == "treason"
    assert claim.articles == ("275",)
    assert (claim.count, claim.qualifier, claim.unit) == (40, "at_least", "people")
    assert (claim.period_start, claim.period_end) == ("2025-01-01", "2025-06-30")
    assert claim.rule == "count.passive"


def test_verdicts_with_month_range_and_attribution() -> None:
    claim = only(
        extract(
            "Courts handed down 61 guilty verdicts in espionage cases between January and "
            "June 2025, according to Mediazona."
        )
    )
    assert (claim.count, claim.unit, claim.offence) == (61, "verdicts", "espionage")
    assert (claim.period_start, claim.period_end) == ("2025-01-01", "2025-06-30")
    assert claim.reported_by == "Mediazona"


def test_active_voice_last_year_and_reporter() -> None:
    claim = only(
        extract(
            "Military courts convicted roughly 300 people of treason last year, OVD-Info said.",
            published=dt.date(2025, 2, 1),
        )
    )
    assert (claim.count, claim.qualifier, claim.offence) == (300, "about", "treason")
    assert (claim.period_start, claim.period_end) == ("2024-01-01", "2024-12-31")
    assert claim.reported_by == "OVD-Info"
    assert claim.rule == "count.active"


def test_number_of_people_rose_to() -> None:
    claim = only(extract("The number of people convicted of state treason rose to 176 in 2023."))
    assert (claim.count, claim.offence, claim.period_start) == (176, "treason", "2023-01-01")
    assert claim.rule == "count.number-of"


def test_baseline_figure_becomes_its_own_claim() -> None:
    claims = extract(
        "In 2023, some two dozen Russians were sentenced for spying, up from 11 in 2022."
    )
    assert counts(claims) == [
        (
            "conviction_count",
            "espionage",
            24,
            "about",
            "2023-01-01",
            "2023-12-31",
            "people",
            "russian_citizens",
        ),
        (
            "conviction_count",
            "espionage",
            11,
            "exact",
            "2022-01-01",
            "2022-12-31",
            "people",
            "russian_citizens",
        ),
    ]


def test_one_number_several_offences() -> None:
    claim = only(extract("Over 70 people were convicted of treason or espionage in 2023."))
    assert claim.offence == ("treason", "espionage")
    assert claim.articles == ("275", "276")
    assert claim.to_json()["offence"] == ["treason", "espionage"]
    assert claim.qualifier == "more_than"


def test_respectively_splits_coordinated_counts() -> None:
    claims = extract(
        "In 2022, convictions for espionage and treason rose to (12 people) and (30 people), "
        "respectively."
    )
    assert [(c.offence, c.count) for c in claims] == [("espionage", 12), ("treason", 30)]


def test_article_number_names_the_offence() -> None:
    claim = only(extract("Half a dozen individuals were convicted under Article 283.1 in 2021."))
    assert (claim.count, claim.offence, claim.articles) == (
        6,
        "illegal_obtaining_of_state_secrets",
        ("283.1",),
    )


def test_inline_including_breakdown_points_at_total() -> None:
    total, row = extract(
        "A total of 89 foreign nationals were convicted of espionage in 2024, including 50 "
        "Ukrainians."
    )
    assert (total.count, total.scope) == (89, "foreign_nationals")
    assert (row.count, row.scope, row.part_of) == (50, "ukrainian_citizens", total.id)
    assert row.rule == "count.breakdown"


def test_this_charge_takes_the_offence_of_the_previous_sentence() -> None:
    claims = extract(
        "Prosecutors increasingly use the treason article. In 2024, 81 people were found "
        "guilty on this charge."
    )
    assert [(c.offence, c.count) for c in claims] == [("treason", 81)]


def test_case_counts_are_not_convictions() -> None:
    claim = only(
        extract("Investigators opened 350 criminal cases on charges of discrediting the army.")
    )
    assert (claim.kind, claim.count, claim.unit, claim.offence) == (
        "case_count",
        350,
        "cases",
        "discrediting_the_army",
    )
    claim = only(extract("In 2023, 12 criminal cases were launched over spying."))
    assert (claim.kind, claim.rule) == ("case_count", "case.passive")


# --- changes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "factor", "qualifier", "baseline"),
    [
        ("almost five times as many as in 2021", 5.0, "nearly", ("2021-01-01", "2021-12-31")),
        ("a threefold increase on the previous year", 3.0, "exact", ("2022-01-01", "2022-12-31")),
        ("a 40% rise compared with 2020", 1.4, "exact", ("2020-01-01", "2020-12-31")),
        ("roughly double the year before", None, None, None),
        ("a quarter increase over the previous year", 1.25, "exact", ("2022-01-01", "2022-12-31")),
    ],
)
def test_changes_attach_to_the_count(
    tail: str, factor: float | None, qualifier: str | None, baseline: tuple[str, str] | None
) -> None:
    claim = only(extract(f"In 2023, 90 people were convicted of extremism, {tail}."))
    assert claim.count == 90
    if factor is None:
        assert claim.change is None
    else:
        assert claim.change == Change(factor, qualifier, *(baseline or (None, None)))


def test_change_in_the_next_sentence_modifies_the_previous_figure() -> None:
    text = (
        "Courts convicted 64 people of espionage in 2023. That figure is more than twice as "
        "many as a year earlier, the group said."
    )
    claim = only(extract(text))
    assert claim.change == Change(2.0, "more_than", "2022-01-01", "2022-12-31")
    assert claim.quote == text  # the quote grows to cover the sentence with the change
    assert claim.rule == "count.active+change.times"


def test_doubled_verb() -> None:
    claim = only(
        extract(
            "Convictions for espionage doubled in 2024 compared with 2023, with 60 people "
            "sentenced."
        )
    )
    assert claim.change == Change(2.0, "exact", "2023-01-01", "2023-12-31")
    assert claim.count == 60


# --- penalties ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offence", "min_years", "max_years", "life"),
    [
        (
            "Treason is punishable by 12 to 20 years or life imprisonment.",
            "treason",
            12.0,
            20.0,
            True,
        ),
        ("Spying carries a maximum sentence of 20 years.", "espionage", None, 20.0, False),
        (
            "Those found guilty of foreign agent evasion face up to 18 months in prison.",
            "foreign_agent_evasion",
            None,
            1.5,
            False,
        ),
        (
            "Under the new law, aiding the enemy is to be punished by from eight to fifteen years "
            "in a penal colony.",
            "assistance_to_the_enemy",
            8.0,
            15.0,
            False,
        ),
    ],
)
def test_statutory_penalties(
    text: str, offence: str, min_years: float | None, max_years: float | None, life: bool
) -> None:
    claim = only(extract(text))
    assert claim.kind == "penalty_range"
    assert (claim.offence, claim.min_years, claim.max_years, claim.life) == (
        offence,
        min_years,
        max_years,
        life,
    )


def test_charge_maximum_faced_by_a_defendant_is_a_penalty() -> None:
    claim = only(extract("If convicted of treason, he faces up to 20 years behind bars."))
    assert (claim.kind, claim.max_years, claim.offence) == ("penalty_range", 20.0, "treason")


@pytest.mark.parametrize(
    "text",
    [
        "Seven of the defendants were imprisoned for up to six years for espionage.",
        "She is serving up to four years for treason.",
        "He was sentenced to up to 10 years on treason charges.",
    ],
)
def test_imposed_sentences_are_not_statutory_ranges(text: str) -> None:
    assert [c for c in extract(text) if c.kind == "penalty_range"] == []


# --- enactments --------------------------------------------------------------------------------


def test_enactment_dates_as_precise_as_the_text() -> None:
    (claim,) = extract("Article 276.1 was added to the Criminal Code in December 2024.")
    assert (claim.kind, claim.offence, claim.date) == (
        "enactment",
        "assistance_to_the_enemy",
        "2024-12",
    )
    (claim,) = extract(
        "On Friday the Duma tightened the rules on spying.", published=dt.date(2023, 4, 19)
    )
    assert (claim.offence, claim.date, claim.rule) == (
        "espionage",
        "2023-04-14",
        "enactment.toughened",
    )
    (claim,) = extract("Criminal liability for discrediting the army was introduced in 2022.")
    assert claim.date == "2022"


def test_enactment_without_an_offence_is_ignored() -> None:
    assert extract("A law adopted in March legalised the practice.") == []


# --- individual sentences ----------------------------------------------------------------------


def test_active_sentence_with_court_and_month() -> None:
    claim = only(
        extract(
            "A Moscow court on Tuesday sentenced physicist Anatoly Maslov to 14 years in a "
            "maximum-security colony for treason.",
            published=dt.date(2024, 5, 24),
        )
    )
    assert claim.kind == "individual_sentence"
    assert (claim.person, claim.sentence_years, claim.articles) == (
        "Anatoly Maslov",
        14.0,
        ("275",),
    )
    assert (claim.court, claim.date) == ("Moscow court", "2024-05-21")


def test_passive_sentence_in_months_and_half_years() -> None:
    claim = only(
        extract("Journalist Maria Petrova was jailed for 18 months for spying in June 2023.")
    )
    assert (claim.person, claim.sentence_years, claim.date) == ("Maria Petrova", 1.5, "2023-06")
    claim = only(
        extract(
            "In April, blogger Ilya Volkov was sentenced to six and a half years for condoning "
            "terrorism.",
            report_year=2023,
        )
    )
    assert (claim.person, claim.sentence_years, claim.offence, claim.date) == (
        "Ilya Volkov",
        6.5,
        "justification_of_terrorism",
        "2023-04",
    )


def test_several_people_in_one_sentence() -> None:
    claims = extract(
        "Artist Anna Orlova and poet Boris Lenski were sentenced to five years for "
        "discrediting the Armed Forces."
    )
    assert [(c.person, c.sentence_years, c.articles) for c in claims] == [
        ("Anna Orlova", 5.0, ("280.3",)),
        ("Boris Lenski", 5.0, ("280.3",)),
    ]


# --- distractors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drone strikes killed 12 people and injured 30 in Belgorod in 2024.",
        "About 20% of defendants in treason cases were women.",
        "Human rights lawyers said 15 convicted spies were pardoned in 2024.",
        "Police detained more than 1,200 people at anti-war protests in 2022.",
        "As of May, 40 people were serving sentences for treason.",
        "Prosecutors charged 19 people with treason in 2023.",
        "In 2024, 33 people were designated foreign agents.",
        "The treason law dates back to 1996 and was amended in 2012.",
        "Police arrested 7 people accused of espionage.",
    ],
)
def test_distractors_give_no_counts(text: str) -> None:
    assert counts(extract(text)) == []


def test_headlines_and_related_links_are_skipped() -> None:
    assert extract("Related article: 3 Russian Scientists Jailed for Treason, Colleagues Say") == []


# --- the seeds ---------------------------------------------------------------------------------


def test_seed_000_istories() -> None:
    _, claims = seed_claims("000")
    y24 = ("2024-01-01", "2024-12-31")
    assert counts(claims) == [
        ("conviction_count", "treason", 145, "exact", *y24, "people", "russian_citizens"),
        ("conviction_count", "espionage", 23, "exact", *y24, "people", None),
        ("conviction_count", "confidential_cooperation", 21, "exact", *y24, "people", None),
        ("conviction_count", "state_secrets", 209, "at_least", *y24, "people", None),
        ("conviction_count", "espionage", 28, "at_least", *y24, "people", None),
        ("conviction_count", "espionage", 18, "exact", *y24, "people", "ukrainian_nationals"),
        ("conviction_count", "espionage", 7, "exact", *y24, "people", "russian_citizens"),
        ("conviction_count", "espionage", 2, "exact", *y24, "people", "us_citizens"),
    ]
    by_count = {c.count: c for c in claims if c.count is not None}
    y23 = ("2023-01-01", "2023-12-31")
    assert by_count[145].change == Change(4.0, "nearly", *y23)
    assert by_count[23].change == Change(2.5, "exact", *y23)
    assert by_count[21].change == Change(10.0, "exact", *y23)
    assert by_count[209].change == Change(1.3333, "exact", *y23)
    assert by_count[209].articles == ("283", "283.1", "284")
    assert by_count[28].change is None
    assert [by_count[n].reported_by for n in (145, 23, 21, 209)] == ["IStories"] * 4
    assert [by_count[n].reported_by for n in (28, 18, 7, 2)] == ["RTVI"] * 4
    assert {by_count[n].part_of for n in (18, 7, 2)} == {by_count[28].id}
    assert by_count[28].part_of is None
    enactment = only(claims, "enactment")
    assert (enactment.offence, enactment.date) == ("confidential_cooperation", "2022")
    assert "“[confidential cooperation](#)”" in enactment.quote


def test_seed_001_moscow_times_2022() -> None:
    _, claims = seed_claims("001")
    enactments = [(c.offence, c.date, c.rule) for c in claims if c.kind == "enactment"]
    assert enactments == [
        ("calls_against_state_security", "2022-07-06", "enactment.introduced"),
        ("confidential_cooperation", "2022-07-06", "enactment.introduced"),
        ("treason", "2022-07-06", "enactment.toughened"),
        ("espionage", "2022-07-06", "enactment.toughened"),
        ("army_fakes", "2022-03", "enactment.passed"),
    ]
    penalties = [
        (c.offence, c.articles, c.min_years, c.max_years, c.life)
        for c in claims
        if c.kind == "penalty_range"
    ]
    assert penalties == [
        ("calls_against_state_security", ("280.4",), None, 7.0, False),
        ("confidential_cooperation", ("275.1",), None, 8.0, False),
        ("espionage", ("276",), 10.0, 20.0, False),
        ("army_fakes", ("207.3",), None, 15.0, False),
    ]
    assert counts(claims) == []


def test_seed_002_amnesty_2024() -> None:
    _, claims = seed_claims("002")
    y24 = ("2024-01-01", "2024-12-31")
    h1 = ("2024-01-01", "2024-06-30")
    assert counts(claims) == [
        ("case_count", "war_censorship", 98, "at_least", *y24, "cases", None),
        ("conviction_count", "war_censorship", 171, "exact", *y24, "people", None),
        ("case_count", "justification_of_terrorism", 114, "at_least", *y24, "cases", None),
        ("case_count", "extremism", 24, "exact", *y24, "cases", None),
        ("conviction_count", "extremism", 116, "exact", *y24, "people", None),
        ("conviction_count", "treason", 52, "exact", *h1, "people", None),
        ("conviction_count", "espionage", 18, "exact", *h1, "people", None),
    ]
    changes = {c.count: c.change for c in claims if c.change is not None}
    assert changes == {
        52: Change(3.0, "more_than", "2023-01-01", "2023-06-30"),
        18: Change(9.0, "exact", "2023-01-01", "2023-06-30"),
    }
    sentences = [
        (c.person, c.sentence_years, c.articles, c.date)
        for c in claims
        if c.kind == "individual_sentence"
    ]
    assert sentences == [
        ("Oleg Orlov", 2.5, ("280.3",), "2024-02"),
        ("Roman Ivanov", 7.0, ("207.3",), "2024-03"),
        ("Evgenia Berkovich", 6.0, ("205.2",), "2024-07"),
        ("Svetlana Petriychuk", 6.0, ("205.2",), "2024-07"),
        ("Aleksei Gorinov", 3.0, ("205.2",), "2024"),
        ("Arseniy Turbin", 5.0, (), "2024-06"),
    ]
    turbin = next(c for c in claims if c.person == "Arseniy Turbin")
    assert turbin.court == "military court in Moscow"
    penalties = [(c.offence, c.max_years) for c in claims if c.kind == "penalty_range"]
    assert penalties == [("undesirable_organisation", 6.0), ("extremism", 10.0)]
    assert all(c.reported_by is None for c in claims)


def test_seed_002_traps_are_not_extracted() -> None:
    _, claims = seed_claims("002")
    extracted = {c.count for c in claims if c.count is not None}
    # killed, arrested, prosecuted, pardoned, displaced, serving sentences, raids,
    # organisations listed, "43 of them imprisoned", percentages, years
    for trap in (145, 551, 387, 81, 15, 150000, 50000, 46, 169, 65, 60, 55, 43, 10, 2025):
        assert trap not in extracted, trap
    assert 171 in extracted  # the war-censorship convictions, not the serving Witnesses
    serving = [c for c in claims if "serving sentences" in c.quote]
    assert serving == []
    assert [c for c in claims if c.kind == "penalty_range" and c.max_years == 8.0] == []


def test_seed_003_test_report() -> None:
    _, claims = seed_claims("003")
    assert counts(claims) == [
        ("conviction_count", "treason", 40, "at_least", "2025-01-01", "2025-06-30", "people", None),
        (
            "conviction_count",
            "espionage",
            17,
            "exact",
            "2025-01-01",
            "2025-06-30",
            "verdicts",
            None,
        ),
        (
            "conviction_count",
            "confidential_cooperation",
            24,
            "nearly",
            "2024-01-01",
            "2024-12-31",
            "people",
            None,
        ),
        (
            "conviction_count",
            "confidential_cooperation",
            9,
            "exact",
            "2024-01-01",
            "2024-12-31",
            "people",
            "ukrainian_nationals",
        ),
        (
            "conviction_count",
            "confidential_cooperation",
            3,
            "exact",
            "2024-01-01",
            "2024-12-31",
            "people",
            "belarusian_citizens",
        ),
        (
            "case_count",
            "assistance_to_the_enemy",
            65,
            "at_least",
            "2025-01-01",
            "2025-12-31",
            "cases",
            None,
        ),
        (
            "conviction_count",
            "discrediting_the_army",
            30,
            "about",
            "2024-01-01",
            "2024-12-31",
            "people",
            "russian_citizens",
        ),
        (
            "conviction_count",
            "discrediting_the_army",
            21,
            "exact",
            "2023-01-01",
            "2023-12-31",
            "people",
            "russian_citizens",
        ),
    ]
    by_count = {c.count: c for c in claims if c.count is not None}
    assert by_count[24].change == Change(2.0, "exact", "2023-01-01", "2023-12-31")
    assert by_count[40].reported_by == "Open Docket Monitor"
    penalty = only(claims, "penalty_range")
    assert (penalty.offence, penalty.max_years) == ("assistance_to_the_enemy", 15.0)
    enactment = only(claims, "enactment")
    assert (enactment.offence, enactment.date) == ("assistance_to_the_enemy", "2024-12")
    sentence = only(claims, "individual_sentence")
    assert (sentence.person, sentence.sentence_years, sentence.date, sentence.court) == (
        "Pavel Sidorenko",
        12.5,
        "2025-05",
        "regional court in Khabarovsk",
    )
    extracted = {c.count for c in claims}
    for trap in (300, 12, 14, 2000, 8, 5):
        assert trap not in extracted


# --- the claim records ---------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_every_quote_is_found_at_its_offsets(prefix: str) -> None:
    text, claims = seed_claims(prefix)
    assert claims
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_claims_are_ordered_and_json_has_the_interface_keys(prefix: str) -> None:
    _, claims = seed_claims(prefix)
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for claim in claims:
        record = claim.to_json()
        assert set(record) == JSON_KEYS
        assert record["id"] == claim.id and len(claim.id) == 16
        json.dumps(record)
        if claim.kind != "penalty_range":
            assert claim.min_years is None and claim.max_years is None
        if claim.kind not in {"conviction_count", "case_count"}:
            assert claim.count is None and claim.period_start is None


def test_extraction_is_deterministic_and_ids_are_unique() -> None:
    _, first = seed_claims("000")
    _, second = seed_claims("000")
    assert [c.to_json() for c in first] == [c.to_json() for c in second]
    assert len({c.id for c in first}) == len(first)


def test_ids_do_not_depend_on_hash_seed() -> None:
    script = (
        "import datetime as dt, pathlib;"
        "from kgbuild.extraction import extract_claims;"
        "from kgbuild.lexicon import load_lexicon;"
        f"p = sorted(pathlib.Path({str(DOCS)!r}).glob('000_*.txt'))[0];"
        f"lx = load_lexicon({str(ROOT / 'ontology' / 'offences.ttl')!r});"
        "cs = extract_claims(p.read_text(encoding='utf-8'), document='d', lexicon=lx,"
        " published=dt.date(2025, 4, 16));"
        "print(','.join(c.id for c in cs))"
    )
    outputs = set()
    for seed in ("1", "2", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(result.stdout.strip())
    assert len(outputs) == 1


def test_claim_id_changes_with_content() -> None:
    claim = Claim(kind="conviction_count", document="d", quote="q", start=0, end=1, rule="r")
    other = Claim(
        kind="conviction_count", document="d", quote="q", start=0, end=1, rule="r", count=3
    )
    assert claim.id != other.id
    assert claim.to_json()["offence"] is None and claim.to_json()["articles"] == []


def test_offence_convictions_reached() -> None:
    claim = only(extract("Espionage convictions reached 28 in 2024, RTVI reported."))
    assert (claim.offence, claim.count, claim.unit, claim.reported_by) == (
        "espionage",
        28,
        "verdicts",
        "RTVI",
    )
    assert claim.period_start == "2024-01-01"


def test_same_period_baseline_count_and_twelve_months_to() -> None:
    claims = extract(
        "In the first nine months of 2024, Russian courts handed down 130 treason convictions, "
        "up from 75 in the same period in 2023."
    )
    assert [(c.count, c.period_start, c.period_end, c.rule) for c in claims] == [
        (130, "2024-01-01", "2024-09-30", "count.verdicts"),
        (75, "2023-01-01", "2023-09-30", "count.baseline"),
    ]
    assert resolve_period("in the 12 months to June 2025") == (
        dt.date(2024, 7, 1),
        dt.date(2025, 6, 30),
    )
