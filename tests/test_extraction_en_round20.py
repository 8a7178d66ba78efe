"""Round 20 of the English extractor (issue 10), in sentences of our own: the phrasing
categories the first score of en-heldout46 showed, and the traps next to each rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 9, 12)


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


def _range(
    offence: str, lo: float | None, hi: float | None, life: bool = False
) -> tuple[object, ...]:
    return ("penalty_range", (offence,), lo, hi, life)


def _enacted(offence: str, date: str) -> tuple[object, ...]:
    return ("enactment", (offence,), date)


COSTS = [
    # "can cost N to M years": a modal and "cost" state the law's range
    (
        "Helping the enemy can now cost a Russian citizen 10 to 15 years in a penal colony.",
        [_range("assistance_to_the_enemy", 10.0, 15.0)],
    ),
    (
        "A single donation to a Ukrainian fund could cost 12 to 20 years for treason.",
        [_range("treason", 12.0, 20.0)],
    ),
    # traps: "cost" of an imposed term, and a cost in money
    ("His espionage conviction cost him 14 years of his life.", []),
    ("The treason trial cost the state 3 million roubles.", []),
]


@pytest.mark.parametrize(("text", "want"), COSTS)
def test_can_cost(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


IT_WAS_ADDED = [
    # "It was added to the Code by a law signed on ...": the article the sentence before
    # defined
    (
        "Article 280.4 punishes public calls for action against the security of the state. "
        "It was introduced by the law of 14 July 2022.",
        [_enacted("calls_against_state_security", "2022-07-14")],
    ),
    (
        "Voluntary surrender is a separate offence. It was written into the Code by "
        "amendments signed on 24 September 2022.",
        [_enacted("voluntary_surrender", "2022-09-24")],
    ),
    # traps: "it" that is a verdict or a case; no date
    (
        "Ivanov lost his appeal against the treason verdict. It was added to the court's "
        "website on 3 May 2024.",
        [],
    ),
    ("Article 281.2 punishes sabotage training. It was added to the Code later.", []),
]


@pytest.mark.parametrize(("text", "want"), IT_WAS_ADDED)
def test_it_was_added(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


def test_wrapped_figure_items_stay_apart(lexicon: Lexicon) -> None:
    # a newsletter's figures, one item wrapped over two lines: each figure still opens its
    # own item, so the item after a wrapped one is not read into it
    items = (
        "The month in figures\n"
        "4 — years given to a Tomsk teacher for treason\n"
        "1,870 — criminal cases over going AWOL opened in\n"
        "August alone, by a lawyers' estimate\n"
        "2 — Germans convicted of espionage since 2020\n"
        "12 — days a blogger spent under arrest"
    )
    published = dt.date(2025, 9, 12)
    want = [
        _term("treason", 4.0),
        _count("leaving_a_unit_without_leave", 1870, "2025-08-01", "2025-08-31", kind="case_count"),
        _count("espionage", 2, "2020-01-01", "2025-09-12"),
    ]
    assert _claims(lexicon, items, published) == want
    # a paragraph of prose with one line that happens to open on a figure and a dash is no
    # list: its wrapped sentence reads on
    prose = (
        "Courts convicted 44 people of treason in the first half of 2025; in the\n"
        "second half, the figure rose to\n"
        "61 — a record — and prosecutors expect more."
    )
    assert _claims(lexicon, prose, published) == [
        _count("treason", 44, "2025-01-01", "2025-06-30"),
        _count("treason", 61, "2025-07-01", "2025-12-31"),
    ]


DEMONYMS = [
    # a count of people named by their nationality, beyond the few listed before
    (
        "Two Germans were convicted of espionage in 2024.",
        [_count("espionage", 2, "2024-01-01", "2024-12-31")],
    ),
    (
        "Courts convicted five Latvians of treason in the first half of 2025.",
        [_count("treason", 5, "2025-01-01", "2025-06-30")],
    ),
    # traps: a nationality that is no count of convictions
    ("Two Germans were detained on suspicion of espionage in 2024.", []),
    ("Three Armenians attended the treason hearing in March 2025.", []),
]


@pytest.mark.parametrize(("text", "want"), DEMONYMS)
def test_demonyms(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


FIGURE_TERMS = [
    # a figure's item, the term first and a participle after it
    (
        "9 — years handed to a Perm engineer for espionage",
        [_term("espionage", 9.0)],
    ),
    (
        "14 years given to a former sailor for treason",
        [_term("treason", 14.0)],
    ),
    # traps: a term requested, and one not at the line's head
    ("15 — years requested by prosecutors for a Perm engineer accused of espionage", []),
    ("Lawyers said 14 years given to anyone for treason is a lot.", []),
]


@pytest.mark.parametrize(("text", "want"), FIGURE_TERMS)
def test_figure_terms(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


UNDONE_VERDICTS = [
    # verdicts a count leaves out, or later undone, are no count of convictions
    (
        "Our tally excludes 41 treason verdicts later quashed on appeal.",
        [],
    ),
    (
        "Courts convicted 120 people of espionage in 2023. Another 9 verdicts were "
        "subsequently overturned.",
        [_count("espionage", 120, "2023-01-01", "2023-12-31")],
    ),
    # traps: verdicts handed down (not undone) still count
    (
        "Military courts handed down 75 sabotage verdicts in 2024, later upheld on appeal.",
        [_count("sabotage", 75, "2024-01-01", "2024-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "want"), UNDONE_VERDICTS)
def test_undone_verdicts(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


TIMELINE_DAYS = [
    # a day told by its ordinal in the month the line gave
    (
        "September 2022: on the 24th, Putin signs amendments making voluntary surrender a crime.",
        [_enacted("voluntary_surrender", "2022-09-24")],
    ),
    (
        "In April 2023 the law adding life terms for treason was signed, on the 28th of the month.",
        [_enacted("treason", "2023-04-28")],
    ),
    # traps: an ordinal that is no day, and a day the month lacks
    (
        "In April 2023 the law on treason was signed after the 3rd reading.",
        [_enacted("treason", "2023-04")],
    ),
    (
        "In November 2012 the treason law was signed, on the 31st.",
        [_enacted("treason", "2012-11")],
    ),
]


@pytest.mark.parametrize(("text", "want"), TIMELINE_DAYS)
def test_timeline_days(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


LAW_ADDS = [
    # a timeline's present tense: the law "adds" or "creates" an offence
    (
        "December 2022: a new law adds sabotage training (Article 281.2) to the Code, on the 29th.",
        [_enacted("sabotage_training", "2022-12-29")],
    ),
    (
        "On 4 March 2022 a law creates the offence of discrediting the army.",
        [_enacted("discrediting_the_army", "2022-03-04")],
    ),
    # trap: a term the law adds is no offence it creates
    ("The law adds five years to the espionage term, critics said in 2023.", []),
]


@pytest.mark.parametrize(("text", "want"), LAW_ADDS)
def test_law_adds(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


ANOTHER_CHARGE = [
    # a range told of "the offence" of the sentence before, another charge named after it
    (
        "Courts convicted 30 people of confidential cooperation in 2024. The offence, "
        "punishable by 3 to 8 years, is often brought together with a charge of treason.",
        [
            _count("confidential_cooperation", 30, "2024-01-01", "2024-12-31"),
            _range("confidential_cooperation", 3.0, 8.0),
        ],
    ),
    # trap: no other charge, the offence after the range is the one it is told of
    (
        "The law was signed in July 2022. The article, punishable by 3 to 8 years, covers "
        "confidential cooperation.",
        [_range("confidential_cooperation", 3.0, 8.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), ANOTHER_CHARGE)
def test_another_charge(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


def test_key_figure_with_the_earlier_year_in_brackets(lexicon: Lexicon) -> None:
    # a press release's key figures: the label's year, and the year before in brackets
    text = (
        "Highlights\n"
        "• Sabotage convictions, 2024: 212 (2023: 150)\n"
        "• Espionage convictions in 2024: 64\n"
        "• Average sabotage term, 2024: 15 (2023: 13)"
    )
    assert _claims(lexicon, text, dt.date(2025, 2, 1)) == [
        _count("sabotage", 212, "2024-01-01", "2024-12-31"),
        _count("sabotage", 150, "2023-01-01", "2023-12-31"),
        _count("espionage", 64, "2024-01-01", "2024-12-31"),
    ]


COURT_STATEMENTS = [
    # a translated court statement: "returned guilty verdicts against N persons", and a
    # person named by a noun and an initial
    (
        "In 2024 the garrison court returned guilty verdicts against 23 persons for desertion.",
        [_count("desertion", 23, "2024-01-01", "2024-12-31")],
    ),
    (
        "The regional court pronounced guilty verdicts on 7 people for espionage in 2023.",
        [_count("espionage", 7, "2023-01-01", "2023-12-31")],
    ),
    (
        "The court sentenced citizen Zh. to 14 years' deprivation of liberty for treason.",
        [_term("treason", 14.0)],
    ),
    # traps: a plural noun is no person; a return that is no verdict
    ("The court sentenced citizens to long terms for treason in 2024.", []),
    ("Investigators returned 12 treason cases to prosecutors in 2024.", []),
]


@pytest.mark.parametrize(("text", "want"), COURT_STATEMENTS)
def test_court_statements(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


SANCTION = [
    # "the sanction" of an article states the law's range
    (
        "For espionage the sanction is 10 to 20 years.",
        [_range("espionage", 10.0, 20.0)],
    ),
    (
        "Under Article 275.1 the sanction now runs from 3 to 8 years.",
        [_range("confidential_cooperation", 3.0, 8.0)],
    ),
    # traps: international sanctions, and a term imposed after them
    ("Western sanctions have lasted 10 to 12 years, a lawyer for a treason convict said.", []),
    (
        "Calls for sanctions against Russia: a blogger got 4 years under Article 284.2.",
        [_term("calls_for_sanctions", 4.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), SANCTION)
def test_sanction(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want
