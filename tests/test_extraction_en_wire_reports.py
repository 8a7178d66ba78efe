"""Wordings of English reports on the Judicial Department's figures, in our own sentences:
"just 6 months of 2025", "the last six months of 2024", a count whose only year is the one
a change is told from ("up ... from 2023"), a share in brackets after the figure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 9, 1)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _of_kind(
    lexicon: Lexicon, text: str, kind: str, fields: tuple[str, ...], lang: str
) -> list[tuple[object, ...]]:
    """``fields`` of each claim of ``kind`` that ``text`` gives."""
    claims = extract_claims(text, document="d", lexicon=lexicon, lang=lang, published=PUBLISHED)
    return [tuple(getattr(c, f) for f in fields) for c in claims if c.kind == kind]


def _counts(lexicon: Lexicon, text: str, lang: str = "en") -> list[tuple[object, ...]]:
    fields = ("offence", "count", "period_start", "period_end")
    return _of_kind(lexicon, text, "conviction_count", fields, lang)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Military courts handed down 212 treason verdicts in just 6 months of 2025.",
            [("treason", 212, "2025-01-01", "2025-06-30")],
        ),
        (
            "Some 31 people were convicted of espionage in nine months of 2024.",
            [("espionage", 31, "2024-01-01", "2024-09-30")],
        ),
        (
            "Courts convicted 58 people of treason in the last six months of 2024.",
            [("treason", 58, "2024-07-01", "2024-12-31")],
        ),
        (
            # a rolling stretch before publication stays one
            "Over the past six months, courts convicted 40 people of treason.",
            [("treason", 40, "2025-03-01", "2025-09-01")],
        ),
    ],
)
def test_months_of_a_year(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _counts(lexicon, text) == want


def test_a_year_a_change_is_told_from_is_no_period(lexicon: Lexicon) -> None:
    text = (
        "Civilian courts tried more people for extremism in the first half of 2024. "
        "By the outlet's count, 318 were convicted of extremism, up sharply from 2023."
    )
    assert _counts(lexicon, text) == [("extremism", 318, "2024-01-01", "2024-06-30")]
    # with a period of its own, the year after "from" is still the baseline
    text = "Courts convicted 44 people of espionage in 2024, up from 2023."
    assert _counts(lexicon, text) == [("espionage", 44, "2024-01-01", "2024-12-31")]
    # and a count of the baseline year stays a count of that year
    text = "In 2024, 96 people were convicted of sabotage, up from 51 in 2023."
    assert _counts(lexicon, text) == [
        ("sabotage", 96, "2024-01-01", "2024-12-31"),
        ("sabotage", 51, "2023-01-01", "2023-12-31"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "In 2024, 131 people (68%) were convicted of treason.",
            [("treason", 131, "2024-01-01", "2024-12-31")],
        ),
        (
            "en",
            "Courts convicted 23 people (about 12 per cent) of espionage in 2024.",
            [("espionage", 23, "2024-01-01", "2024-12-31")],
        ),
        (
            "ru",
            "В 2024 году за госизмену осудили 131 человека (68%), за шпионаж — 23 (12%).",
            [
                ("treason", 131, "2024-01-01", "2024-12-31"),
                ("espionage", 23, "2024-01-01", "2024-12-31"),
            ],
        ),
    ],
)
def test_a_share_in_brackets_after_the_figure(
    lexicon: Lexicon, lang: str, text: str, want: list[tuple[object, ...]]
) -> None:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang=lang, published=PUBLISHED)
    assert [(c.offence, c.count, c.period_start, c.period_end) for c in claims] == want
    assert all(c.quote == text[c.start : c.end] for c in claims)  # the document's own text


def _ranges(lexicon: Lexicon, text: str, lang: str = "en") -> list[tuple[object, ...]]:
    fields = ("offence", "min_years", "max_years", "life")
    return _of_kind(lexicon, text, "penalty_range", fields, lang)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Organising sabotage now carries either a prison term of 15-20 years or a life "
            "sentence.",
            [("sabotage", 15.0, 20.0, True)],  # one range with life, not two claims
        ),
        (
            "en",
            "The new law imposes life imprisonment for treason.",
            [("treason", None, None, True)],
        ),
        (
            "en",
            "The bill would toughen the penalty for espionage from 20 to 25 years.",
            [("espionage", None, 20.0, False), ("espionage", None, 25.0, False)],
        ),
        (
            # a minimum raised: the old floor and the new one, not a range of 10 to 12
            "en",
            "Lawmakers raised the minimum penalty for espionage from 10 to 12 years.",
            [("espionage", 10.0, None, False), ("espionage", 12.0, None, False)],
        ),
        (
            "ru",
            "Максимальный срок за диверсию увеличен с 15 до 20 лет лишения свободы.",
            [("sabotage", None, 20.0, False), ("sabotage", None, 15.0, False)],
        ),
        (
            "ru",
            "За шпионаж теперь грозит до 25 лет колонии (раньше было 20).",
            [("espionage", None, 25.0, False), ("espionage", None, 20.0, False)],
        ),
        (
            "ru",
            "За шпионаж грозит от 10 до 20 лет лишения свободы.",
            [("espionage", 10.0, 20.0, False)],
        ),
    ],
)
def test_law_reports_on_ranges(
    lexicon: Lexicon, lang: str, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _ranges(lexicon, text, lang) == want


def test_a_whole_named_again_by_its_figure(lexicon: Lexicon) -> None:
    text = (
        "Investigators opened 80 cases in 2024 for treason or confidential cooperation, a "
        "lawyers' group counted. Out of the 80 new cases opened in 2024, courts found "
        "defendants guilty in 41 cases."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    got = [(c.kind, c.offence, c.count, c.period_start) for c in claims]
    offences = ("treason", "confidential_cooperation")
    assert got == [
        ("case_count", offences, 80, "2024-01-01"),  # once, not again for "the 80 new cases"
        ("conviction_count", offences, 41, "2024-01-01"),  # the offences of the whole
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Espionage is punishable by 10 to 20 years in prison and a fine, or restriction "
            "of liberty for up to two years.",
            [("espionage", 10.0, 20.0, False)],  # no second range of two years
        ),
        (
            "Calls for extremism are punishable by forced labour for up to four years, or up "
            "to four years in prison.",
            [("calls_to_extremism", None, 4.0, False)],  # one claim, not the same one twice
        ),
    ],
)
def test_added_penalties_and_repeats(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _ranges(lexicon, text) == want


def test_a_term_with_no_charge_takes_the_one_offence_just_before(lexicon: Lexicon) -> None:
    def sentences(text: str) -> list[tuple[object, ...]]:
        claims = extract_claims(text, document="d", lexicon=lexicon, lang="en")
        return [(c.offence, c.sentence_years) for c in claims if c.kind == "individual_sentence"]

    text = (
        "The treason article now carries up to life. For instance, in 2016 a retired "
        "engineer, Pavel Sokolov, was sentenced to 13 years for passing old blueprints to a "
        "foreign firm."
    )
    assert sentences(text) == [("treason", 13.0)]
    text = "Ivan Petrov was charged with treason in 2021. In 2023 he was sentenced to 14 years."
    assert sentences(text) == [("treason", 14.0)]
    # a charge of its own the scheme lacks: not the offence before, and (fraud is known to
    # lie outside the scheme) no claim at all
    text = (
        "Anna Orlova was convicted of espionage in 2022. Another man, Oleg Sidorov, was "
        "sentenced to 10 years for fraud."
    )
    assert sentences(text) == []
    text = (
        "Anna Orlova was convicted of espionage in 2022. Another man, Oleg Sidorov, was "
        "sentenced to 10 years for sending drone footage abroad."
    )
    assert sentences(text) == [(None, 10.0)]


def test_the_figure_of_another_year_is_a_baseline(lexicon: Lexicon) -> None:
    text = (
        "In 2024 garrison courts convicted 1,870 soldiers of going absent without leave. "
        "Another 512 were convicted of desertion, nearly twice the 2023 figure of 270."
    )
    assert _counts(lexicon, text) == [
        ("leaving_a_unit_without_leave", 1870, "2024-01-01", "2024-12-31"),
        ("desertion", 512, "2024-01-01", "2024-12-31"),  # the year in context, not 2023
        ("desertion", 270, "2023-01-01", "2023-12-31"),  # the baseline, a count of 2023
    ]
    # the year's figure as the subject is the count's own period
    text = "The 2023 figure was 270 desertion convictions."
    assert [(c[1], c[2]) for c in _counts(lexicon, text)] == [(270, "2023-01-01")]


def test_life_said_otherwise_and_the_gravest_sentence(lexicon: Lexicon) -> None:
    text = "Anyone convicted of treason can now be sent to prison for the rest of their life."
    assert _ranges(lexicon, text) == [("treason", None, None, True)]
    text = "For espionage the gravest sentence available is 20 years."
    assert _ranges(lexicon, text) == [("espionage", None, 20.0, False)]


def test_made_a_crime_and_convicted_of_it(lexicon: Lexicon) -> None:
    text = (
        "Looting in wartime was made a crime in September 2022. Over the first half of 2025 "
        "garrison courts convicted 73 soldiers of it, against 50 a year earlier."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    got = [(c.kind, c.offence, c.date or c.count, c.period_start) for c in claims]
    assert ("enactment", "looting", "2022-09", None) in got
    assert ("conviction_count", "looting", 73, "2025-01-01") in got
    assert ("conviction_count", "looting", 50, "2024-01-01") in got


def test_a_defendant_named_with_an_initial(lexicon: Lexicon) -> None:
    text = (
        "A court in Omsk on Tuesday sentenced Denis K., a 31-year-old welder, to 13 years in "
        "a maximum-security colony for treason."
    )
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    assert [(c.kind, c.offence, c.person, c.sentence_years) for c in claims] == [
        ("individual_sentence", "treason", "Denis K.", 13.0)
    ]


def _penalties(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    return [
        (c.offence, c.min_years, c.max_years, c.life) for c in claims if c.kind == "penalty_range"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The minimum term for espionage rose from ten to 12 years.",
            [("espionage", 10.0, None, False), ("espionage", 12.0, None, False)],
        ),
        (
            "Under the new law the minimum for taking part in a terrorist organisation went "
            "up from ten to 15 years.",
            [
                ("terrorist_organisation_participation", 10.0, None, False),
                ("terrorist_organisation_participation", 15.0, None, False),
            ],
        ),
    ],
)
def test_a_minimum_that_rose_is_the_old_floor_and_the_new(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    """ "the minimum ... rose from ten to 12 years": two floors, never a 10-12 range."""
    assert _penalties(lexicon, text) == want


def test_an_international_terrorist_act_is_no_terrorist_act(lexicon: Lexicon) -> None:
    """Art. 361 (an international terrorist act) is outside the scheme: no claim for Art.
    205, whose label its words contain."""
    text = "The minimum term for an international terrorist act increased from ten to 12 years."
    assert _penalties(lexicon, text) == []
    text = "The minimum term for a terrorist act increased from ten to 12 years."
    assert _penalties(lexicon, text) == [
        ("terrorist_act", 10.0, None, False),
        ("terrorist_act", 12.0, None, False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 7 July 2022 the law was signed. A new article, 280.4, is added to the Criminal Code. "
        "Under this article, offenders face two to four years in prison.",
        "On 7 July 2022 the law was signed. A new article is inserted into the Criminal Code "
        "- 280.4. Under this article, offenders face two to four years in prison.",
    ],
)
def test_a_new_article_given_by_its_number_alone(lexicon: Lexicon, text: str) -> None:
    """ "a new article, 280.4," names Art. 280.4: "under this article" is that one (the
    range went to the treason of the sentences before)."""
    assert _penalties(lexicon, text) == [("calls_against_state_security", 2.0, 4.0, False)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In 2024 the country's courts received 81 cases of treason and 9 cases of espionage.",
            [("treason", 81, "2024-01-01"), ("espionage", 9, "2024-01-01")],
        ),
        (
            "Investigators opened 26 cases of sabotage in 2023 and 44 cases in 2024.",
            [("sabotage", 26, "2023-01-01"), ("sabotage", 44, "2024-01-01")],
        ),
        (
            "Last year regional courts took in 57 espionage cases.",
            [("espionage", 57, "2024-01-01")],
        ),
    ],
)
def test_cases_courts_received_and_a_second_count_of_cases(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    """Cases courts "received" or "took in" are counted; "and 9 cases of X" repeats the
    noun of the count before and gives its own count, in its own year."""
    got = _of_kind(lexicon, text, "case_count", ("offence", "count", "period_start"), "en")
    assert got == want


def test_a_range_after_a_participles_condition_is_an_aggravated_parts(lexicon: Lexicon) -> None:
    """ "...; committed online, it is punishable by six to eight years": the aggravated
    part's range, left out as the keys leave it; the basic range stays."""
    text = (
        "Calls against state security carry up to four years in prison; committed using the "
        "media, they are punishable by two to five years."
    )
    assert _penalties(lexicon, text) == [("calls_against_state_security", None, 4.0, False)]
