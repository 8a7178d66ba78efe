"""Round 18 of the English extractor (issue 10), in sentences of our own: an offence and a
colon opening a sentence make a head for the next sentence in that form ("Treason (Article
275): 371 people convicted. Confidential cooperation (Article 275.1): 88."), and the traps
next to each rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 6, 18)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(lexicon: Lexicon, text: str, published: dt.date) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=published)
    assert all(c.quote == text[c.start : c.end] for c in claims)
    out: list[tuple[object, ...]] = []
    for c in claims:
        if c.kind in ("conviction_count", "case_count"):
            out.append(
                (c.kind, c.offences, c.count, c.qualifier, str(c.period_start), str(c.period_end))
            )
        elif c.kind == "penalty_range":
            out.append((c.kind, c.offences, c.min_years, c.max_years, c.life))
        elif c.kind == "individual_sentence":
            out.append((c.kind, c.offences, c.sentence_years, c.life))
        else:
            out.append((c.kind, c.offences, c.date))
    return out


def _term(
    offence: str | tuple[str, ...], years: float | None, life: bool | None = None
) -> tuple[object, ...]:
    offences = (offence,) if isinstance(offence, str) else offence
    return ("individual_sentence", offences, years, life)


def _count(
    offence: str, n: int, start: str, end: str, q: str = "exact", kind: str = ""
) -> tuple[object, ...]:
    return (kind or "conviction_count", (offence,), n, q, start, end)


Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")

LABEL_RUNS = [
    # the next sentence in the form of a count that opened with an offence and a colon
    (
        "Figures for 2024. Espionage (Article 276): 64 people convicted. Treason (Article"
        " 275): 302. Confidential cooperation (Article 275.1): 41.",
        [
            _count("espionage", 64, *Y2024),
            _count("treason", 302, *Y2024),
            _count("confidential_cooperation", 41, *Y2024),
        ],
    ),
    # each figure with its own year, the unit of the sentence before
    (
        "Sabotage: 120 convictions in 2023, 251 in 2024. Treason: 198 in 2023, 349 in 2024.",
        [
            _count("sabotage", 120, *Y2023),
            _count("sabotage", 251, *Y2024),
            _count("treason", 198, *Y2023),
            _count("treason", 349, *Y2024),
        ],
    ),
    # traps: a share, a sum, a term, people detained after the colon give nothing; a label
    # sentence after an unrelated one is no item; an item with no offence of the scheme
    (
        "Treason (Article 275): 302 people convicted in 2024. Espionage (Article 276): 18%.",
        [_count("treason", 302, *Y2024)],
    ),
    (
        "Treason (Article 275): 302 people convicted in 2024. Sabotage: 40 people detained.",
        [_count("treason", 302, *Y2024)],
    ),
    (
        "Treason (Article 275): 302 people convicted in 2024. Espionage: 12 years on average.",
        [_count("treason", 302, *Y2024)],
    ),
    (
        "Treason (Article 275): 302 people convicted in 2024. Hooliganism: 55.",
        [_count("treason", 302, *Y2024)],
    ),
    ("The report ran to 40 pages in 2024. Espionage: 64.", []),
]


@pytest.mark.parametrize(("text", "want"), LABEL_RUNS)
def test_label_runs(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


def _enacted(offence: str, date: str) -> tuple[object, ...]:
    return ("enactment", (offence,), date)


SIGNED_THEN_IN_FORCE = [
    # a law named by a participle's phrase, signed in the passive: every offence the
    # phrase names; an entry into force right after the date is a date of its own
    (
        "The law raising the penalties for desertion and for going absent without leave was"
        " signed by the President on 29 December 2025 and took effect on 9 January 2026.",
        [
            _enacted("desertion", "2025-12-29"),
            _enacted("leaving_a_unit_without_leave", "2025-12-29"),
            _enacted("desertion", "2026-01-09"),
            _enacted("leaving_a_unit_without_leave", "2026-01-09"),
        ],
    ),
    (
        "Putin signed the law on voluntary surrender on 24 September 2022, and it came into"
        " force on 5 October.",
        [
            _enacted("voluntary_surrender", "2022-09-24"),
            _enacted("voluntary_surrender", "2022-10-05"),
        ],
    ),
    # traps: a petition against a law signed by people; an entry into force with no date;
    # "and took" something else
    (
        "A petition against the law toughening the penalties for desertion was signed by 3,000"
        " people in December.",
        [],
    ),
    (
        "Putin signed the law on voluntary surrender on 24 September 2022, and it came into"
        " force ten days later.",
        [_enacted("voluntary_surrender", "2022-09-24")],
    ),
    (
        "Putin signed the law on voluntary surrender on 24 September 2022 and took questions.",
        [_enacted("voluntary_surrender", "2022-09-24")],
    ),
]


@pytest.mark.parametrize(("text", "want"), SIGNED_THEN_IN_FORCE)
def test_signed_then_in_force(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, dt.date(2026, 1, 12)), key=str) == sorted(want, key=str)


TERMS = [
    # one name alone as the subject of "got"; a first name after a tie ("His friend
    # Artyom"); a thread's post number before the subject
    ("Petrov got six years for sabotage.", [_term("sabotage", 6.0)]),
    (
        "3/ His friend Artyom, who was 17 at the time, got 6 years in a juvenile colony for"
        " sabotage.",
        [_term("sabotage", 6.0)],
    ),
    ("Her brother Denis got eight years for espionage.", [_term("espionage", 8.0)]),
    # a year or a month between "sentenced" and "to"
    ("Orlova had been sentenced in 2021 to 12 years for treason.", [_term("treason", 12.0)]),
    # a lawyer's client: the offence the lawyer told of just before
    (
        '"The article on confidential cooperation allows three to eight years," her lawyer'
        ' said. "My client was sentenced to seven years in May."',
        [
            ("penalty_range", ("confidential_cooperation",), 3.0, 8.0, False),
            _term("confidential_cooperation", 7.0),
        ],
    ),
    # traps: no term; an offence as the "subject"; a client who may get a term or was
    # acquitted
    ("Russia got six years to prepare.", []),
    ("Petrov got 40 votes in 2021.", []),
    ("Treason got five years.", []),
    ("My client could get up to eight years.", []),
    ("Our client was acquitted of treason in March.", []),
]


@pytest.mark.parametrize(("text", "want"), TERMS)
def test_terms(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


FIGURE_ITEMS = [
    # a newsletter's figures, a figure and a dash opening each line: each line is an item,
    # and the figure counts what follows the dash
    (
        "March in numbers\n14 — espionage verdicts handed down in March\n"
        "3 — acquittals in the same month\n40% — share of them in Moscow",
        [_count("espionage", 14, "2025-03-01", "2025-03-31")],
    ),
    # traps: a share, a sum, an age, people detained after the dash; a year before a dash
    (
        "The year in figures\n35% — share of treason verdicts passed on people under 30\n"
        "900,000 roubles — the largest fine for discrediting the army\n"
        "16 — the age of the youngest person convicted of sabotage\n"
        "41 — people detained on treason charges in May",
        [],
    ),
    ("2024 — a record year for treason convictions", []),
]


@pytest.mark.parametrize(("text", "want"), FIGURE_ITEMS)
def test_figure_items(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


BECAME_A_CRIME = [
    # "became a separate crime", an article number with its dot between the verb and the month
    (
        "Voluntary surrender became a separate crime, Article 352.1, in September 2022.",
        [_enacted("voluntary_surrender", "2022-09")],
    ),
    (
        "Confidential cooperation became a criminal offence under Article 275.1 in July 2022.",
        [_enacted("confidential_cooperation", "2022-07")],
    ),
    # traps: a year alone (as en.yaml reads it); a month of another sentence
    ("Voluntary surrender became a separate crime in 2022.", []),
    ("Treason became a rarer charge. In March 2024 it rose again.", []),
]


@pytest.mark.parametrize(("text", "want"), BECAME_A_CRIME)
def test_became_a_crime(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


STUDIES = [
    # a study's opening names its offence: its later counts that name none count it
    (
        "This study examines prosecutions for treason in the Far East. Drawing on court"
        " records, we find 84 convictions between 2022 and 2024.",
        [_count("treason", 84, "2022-01-01", "2024-12-31")],
    ),
    # traps: a count with an offence of its own (outside the scheme); an opening that is
    # no study's ("The report said", a news "article" that cites figures); an age
    (
        "This paper studies prosecutions for treason. Courts convicted 300 people of fraud"
        " in 2024.",
        [],
    ),
    (
        "The report said prosecutions for treason are rising. Drawing on court records, we"
        " find 84 convictions between 2022 and 2024.",
        [],
    ),
    (
        "This paper studies prosecutions for espionage. The youngest defendant was 19.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), STUDIES)
def test_study_topics(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


WILL_SERVE = [
    # "will serve N years for X", a surname with a noun phrase in apposition as the subject
    (
        "Petrov, a 44-year-old engineer, will serve 13 years for treason.",
        [_term("treason", 13.0)],
    ),
    (
        "Sidorova, the former deputy mayor, was sentenced to nine years for espionage.",
        [_term("espionage", 9.0)],
    ),
    # traps: a condition (no term yet); a maximum; a place in apposition; the rest of a term
    ("If convicted, Petrov will serve 20 years for treason.", []),
    ("If convicted, Ivan Petrov will spend 20 years in prison for treason.", []),
    ("If found guilty, Sidorova could be jailed for 20 years for espionage.", []),
    ("If convicted, Petrov will serve up to 20 years for treason.", []),
    ("Moscow, the capital, got six years of sanctions.", []),
    ("Petrov must serve the rest of his 12-year term for treason.", []),
]


@pytest.mark.parametrize(("text", "want"), WILL_SERVE)
def test_will_serve(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


HEAD_FIGURES = [
    # a head that names an offence and what it counts, a colon, and figures each with a
    # time of its own (a dash, brackets) or the head's
    (
        "Sabotage convictions: 2023 — 120; 2024 — 251.",
        [_count("sabotage", 120, *Y2023), _count("sabotage", 251, *Y2024)],
    ),
    ("Espionage convictions in 2024: 64.", [_count("espionage", 64, *Y2024)]),
    (
        "Treason verdicts: 349 (2024), 198 (2023).",
        [_count("treason", 349, *Y2024), _count("treason", 198, *Y2023)],
    ),
    (
        "Sabotage cases opened in 2024: about 300.",
        [_count("sabotage", 300, *Y2024, q="about", kind="case_count")],
    ),
    # traps: a share, a range of terms, a place, a figure with a word of its own, no
    # offence in the head
    ("Treason convictions in 2024: 40%.", []),
    ("Treason sentences: 12 to 20 years.", []),
    ("Treason convictions: 2 in Moscow.", []),
    ("Treason convictions in 2024: 198 people, most of them men.", []),
    ("Convictions in 2024: 820,000.", []),
    ("Treason verdicts overturned in 2024: 3.", []),
    ("Treason acquittals in 2024: 2.", []),
]


@pytest.mark.parametrize(("text", "want"), HEAD_FIGURES)
def test_head_figures(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


def _range(
    offence: str, low: float | None, high: float | None, life: bool = False
) -> tuple[object, ...]:
    return ("penalty_range", (offence,), low, high, life)


ASIDES_AND_ANSWERS = [
    # an aside between dashes after a count's noun
    (
        "Some 350 people — a record — were convicted of treason in 2024.",
        [_count("treason", 350, *Y2024, q="about")],
    ),
    (
        "At least 40 people — most of them from Crimea — were convicted of espionage in 2024.",
        [_count("espionage", 40, *Y2024, q="at_least")],
    ),
    # a range that answers a question about the law's penalty for an offence
    (
        "Q: How long can you go to prison for sabotage? A: From 10 to 20 years, or for life.",
        [_range("sabotage", 10.0, 20.0, life=True)],
    ),
    (
        "What is the punishment for espionage? Ten to 20 years in prison.",
        [_range("espionage", 10.0, 20.0)],
    ),
    (
        "Q: What is the maximum sentence for confidential cooperation? A: Up to eight years.",
        [_range("confidential_cooperation", None, 8.0)],
    ),
    # traps: a person's term asked about; a request; an answer with words of its own; an
    # aside with a figure of its own
    ("How long did Petrov get for treason? 14 years.", []),
    ("What is the penalty for treason? Prosecutors asked for 20 years.", []),
    ("What is the penalty for treason? Most get 12 to 20 years, lawyers say.", []),
    ("Some 350 people — 40 more than in 2023 — were convicted of treason in 2024.", []),
]


@pytest.mark.parametrize(("text", "want"), ASIDES_AND_ANSWERS)
def test_asides_and_answers(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


CORRECTIONS = [
    # a corrected figure with the retraction, or right after it: what the withdrawn
    # figure counted
    (
        "Correction: this article originally said 98 people were convicted of espionage in"
        " 2024; the correct figure is 64.",
        [_count("espionage", 64, *Y2024)],
    ),
    (
        "Correction: An earlier version of this story said 98 people were convicted of"
        " espionage in 2024. The correct number is 64.",
        [_count("espionage", 64, *Y2024)],
    ),
    (
        "A previous version of this report said 98 people were convicted of espionage in"
        " 2024. It was 64, not 98.",
        [_count("espionage", 64, *Y2024)],
    ),
    # traps: a retraction with no corrected figure; a correction of something else; a
    # "correct figure" with no retraction before it
    (
        "An earlier version of this story said 98 people were convicted of espionage in"
        " 2024. The story also misspelt a name.",
        [],
    ),
    ("The correct figure is 64, the court said.", []),
]


@pytest.mark.parametrize(("text", "want"), CORRECTIONS)
def test_corrections(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


TERM_VERBS = [
    # "handed a life sentence to X"; "was handed N years on <day> for X"; "was found guilty
    # of X and jailed for N years"
    (
        "A court in Ufa has handed a life sentence to a man convicted of a terrorist act and"
        " treason.",
        [_term(("terrorist_act", "treason"), None, True)],
    ),
    (
        "A 31-year-old woman from Tver was handed 14 years on Tuesday for treason.",
        [_term("treason", 14.0)],
    ),
    (
        "Anna V. was found guilty of confidential cooperation with a foreign state and jailed"
        " for six years.",
        [_term("confidential_cooperation", 6.0)],
    ),
    ("Anna V. was found guilty of treason and jailed for life.", [_term("treason", None, True)]),
    # traps: a life term asked for; a man handed over; a term to come
    ("Prosecutors asked the court to hand a life sentence to Ivan Petrov for treason.", []),
    ("Anna V. was found guilty of treason and handed over to the colony on Tuesday.", []),
    ("Anna V. was found guilty of treason and could be jailed for 20 years.", []),
]


@pytest.mark.parametrize(("text", "want"), TERM_VERBS)
def test_term_verbs(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


HAS_BEEN_AN_OFFENCE = [
    # "has been a separate offence since ...", "Since <date>, X has been a separate
    # offence", "The law that created X was signed on <date>"
    (
        "Since 29 December 2022, assisting sabotage has been a separate offence.",
        [_enacted("assisting_sabotage", "2022-12-29")],
    ),
    (
        "Voluntary surrender has been a separate offence since September 2022.",
        [_enacted("voluntary_surrender", "2022-09")],
    ),
    (
        "The law that created the offence of sabotage training was signed on 29 December 2022.",
        [_enacted("sabotage_training", "2022-12-29")],
    ),
    # traps: no date; a "since" of an event; a count since a year
    ("Treason has been a crime for centuries.", []),
    ("Since the war began, treason has been a crime.", []),
    (
        "Since 2023, 40 people have been convicted of treason.",
        [_count("treason", 40, "2023-01-01", "2025-06-18")],
    ),
]


@pytest.mark.parametrize(("text", "want"), HAS_BEEN_AN_OFFENCE)
def test_has_been_an_offence(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


SURNAME_OBJECTS = [
    # a surname alone as the object of "sentenced", "jailed", "gave", "handed"
    (
        "The court sentenced Petrov to two years and six months for discrediting the army.",
        [_term("discrediting_the_army", 2.5)],
    ),
    ("A court jailed Sokolova for 14 years for treason.", [_term("treason", 14.0)]),
    ("The court gave Kovalenko 12 years for espionage.", [_term("espionage", 12.0)]),
    # traps: a plural of nationality, a place, an offence word; no term
    ("A court jailed Ukrainians for 15 years.", []),
    ("The court sentenced Moscow to five years.", []),
    ("The court gave Petrov a week to appeal.", []),
]


@pytest.mark.parametrize(("text", "want"), SURNAME_OBJECTS)
def test_surname_objects(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


NAMED_SEVERAL = [
    # named people coordinated, as many as the terms after them: a term each
    (
        "Ivan Petrov and Oleg Sidorov were sentenced to 13 and 15 years respectively for sabotage.",
        [_term("sabotage", 13.0), _term("sabotage", 15.0)],
    ),
    (
        "Anna K., Oleg M. and Pavel S. were jailed for 12, 14 and 16 years for treason.",
        [_term("treason", 12.0), _term("treason", 14.0), _term("treason", 16.0)],
    ),
    # traps: places coordinated; more terms than names
    ("Moscow and Tver residents were sentenced to 13 and 15 years for sabotage.", []),
    ("In Moscow and Tver, courts were asked for 13 and 15 years for sabotage.", []),
    ("Ivan Petrov and Oleg Sidorov were sentenced to 11, 13 and 15 years for sabotage.", []),
]


@pytest.mark.parametrize(("text", "want"), NAMED_SEVERAL)
def test_named_several(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


TABLES = [
    # a Markdown table of offences by period under a caption that says what is counted
    (
        "Convictions by year\n| Article | 2023 | 2024 |\n|---|---|---|\n"
        "| Treason | 198 | 349 |\n| Espionage | 31 | 64 |\n\nSource: court data.",
        [
            _count("treason", 198, *Y2023),
            _count("treason", 349, *Y2024),
            _count("espionage", 31, *Y2023),
            _count("espionage", 64, *Y2024),
        ],
    ),
    # periods as rows, offences as columns; cases in the first header cell
    (
        "| Cases opened | Treason | Sabotage |\n|---|---|---|\n| 2024 | 792 | 310 |",
        [
            _count("treason", 792, *Y2024, kind="case_count"),
            _count("sabotage", 310, *Y2024, kind="case_count"),
        ],
    ),
    # traps: no caption saying what is counted; a share row; an offence outside the scheme;
    # a dash for a missing figure
    ("| Year | Treason |\n|---|---|\n| 2024 | 349 |", []),
    (
        "Verdicts\n| Article | 2024 |\n|---|---|\n| Share of minors | 29% |\n| Fraud | 2,000 |"
        "\n| Sabotage | — |",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), TABLES)
def test_tables(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


RISES = [
    # a second rise with its verb left out: its own offence, the same two years
    (
        "Sabotage convictions rose from 120 in 2023 to 251 in 2024, and treason convictions"
        " from 198 to 349.",
        [
            _count("sabotage", 120, *Y2023),
            _count("sabotage", 251, *Y2024),
            _count("treason", 198, *Y2023),
            _count("treason", 349, *Y2024),
        ],
    ),
    # "over the same period": the two years of the rise just told
    (
        "Sabotage convictions rose from 120 in 2023 to 251 in 2024. Espionage convictions"
        " rose from 31 to 64 over the same period.",
        [
            _count("sabotage", 120, *Y2023),
            _count("sabotage", 251, *Y2024),
            _count("espionage", 31, *Y2023),
            _count("espionage", 64, *Y2024),
        ],
    ),
    # traps: terms that rose; "the same period" with no rise before
    (
        "Sabotage convictions rose from 120 in 2023 to 251 in 2024, and terms from 12 to 14 years.",
        [_count("sabotage", 120, *Y2023), _count("sabotage", 251, *Y2024)],
    ),
    ("Espionage convictions rose from 31 to 64 over the same period.", []),
]


@pytest.mark.parametrize(("text", "want"), RISES)
def test_rises(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


BRACKETED = [
    # a figure in brackets right after its time, in a sentence on one offence's counts
    (
        "The number of sabotage convictions in 2024 (251) was double the 2023 figure (120).",
        [_count("sabotage", 251, *Y2024), _count("sabotage", 120, *Y2023)],
    ),
    (
        "In 2024, 251 people were convicted of sabotage, more than in 2023 (120).",
        [_count("sabotage", 251, *Y2024), _count("sabotage", 120, *Y2023)],
    ),
    # traps: a share, an article, a year, a term in the brackets; two offences
    ("Sabotage convictions rose in 2024 (by 40%).", []),
    ("Sabotage convictions in 2024 (Article 281) hit a record.", []),
    ("He was convicted of sabotage in 2024 (12 years).", []),
    ("Treason and espionage convictions in 2024 (412) hit a record.", []),
]


@pytest.mark.parametrize(("text", "want"), BRACKETED)
def test_bracketed(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


BASELINES = [
    # "at (by) the same point (time) last year"; a baseline over months of its own year
    (
        "This year's tally of sabotage convictions stands at 131, compared with 74 at the same"
        " point last year.",
        [
            _count("sabotage", 131, "2025-01-01", "2025-06-18"),
            _count("sabotage", 74, "2024-01-01", "2024-06-18"),
        ],
    ),
    (
        "In March, 30 people were convicted of treason, against 21 in March 2024.",
        [
            _count("treason", 30, "2025-03-01", "2025-03-31"),
            _count("treason", 21, "2024-03-01", "2024-03-31"),
        ],
    ),
    (
        "Courts convicted 131 people of sabotage in January–May, versus 74 in January–May 2024.",
        [
            _count("sabotage", 131, "2025-01-01", "2025-05-31"),
            _count("sabotage", 74, "2024-01-01", "2024-05-31"),
        ],
    ),
    # traps: a comparison with no figure; a share
    (
        "In March, 30 people were convicted of treason, more than in March 2024.",
        [_count("treason", 30, "2025-03-01", "2025-03-31")],
    ),
    (
        "In March, 30 people were convicted of treason, against 21% in March 2024.",
        [_count("treason", 30, "2025-03-01", "2025-03-31")],
    ),
]


@pytest.mark.parametrize(("text", "want"), BASELINES)
def test_baselines(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


SENTENCE_OF = [
    # "was given a sentence (term) of N years"; "will serve his N-year sentence for X"
    (
        "The defendant was given a sentence of 13 years in a maximum-security colony for treason.",
        [_term("treason", 13.0)],
    ),
    ("Ivan Petrov was given a term of six years for espionage.", [_term("espionage", 6.0)]),
    (
        "The man will serve his 16-year sentence for treason in a strict-regime colony.",
        [_term("treason", 16.0)],
    ),
    # "found X guilty of Y and imposed a sentence of N years"
    (
        "The court found the defendant guilty under Article 276 of the Criminal Code"
        " (espionage) and imposed a sentence of 14 years' imprisonment.",
        [_term("espionage", 14.0)],
    ),
    (
        "The court found Ivan Petrov guilty of espionage and imposed a 12-year prison term.",
        [_term("espionage", 12.0)],
    ),
    # traps: the rest of a term; a term to be asked for; a case passed on
    ("Petrov must serve the rest of his 12-year term for treason.", []),
    (
        "The court found Ivan Petrov guilty of espionage and passed the case to prosecutors"
        " 12 years later.",
        [],
    ),
    ("Ivan Petrov may be given a sentence of up to 20 years for espionage.", []),
]


@pytest.mark.parametrize(("text", "want"), SENTENCE_OF)
def test_sentence_of(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


NAME_FIRST_ITEMS = [
    # a list's item, the name first, a dash or a colon, the term and its charge
    ("Yulia P. — 8 years for treason (a donation to a fund).", [_term("treason", 8.0)]),
    (
        "Verdicts this week:\n• Anna Sokolova — 9 years for treason\n"
        "• Oleg M., 41: 6 years in a general-regime colony for sabotage",
        [_term("treason", 9.0), _term("sabotage", 6.0)],
    ),
    # traps: a place, an article's range, an age
    ("Moscow Region — 12 years for treason", []),
    ("Article 275 — 12 to 20 years for treason", []),
    ("Ivan Petrov — 34 years old, from Tula", []),
]


@pytest.mark.parametrize(("text", "want"), NAME_FIRST_ITEMS)
def test_name_first_items(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want
