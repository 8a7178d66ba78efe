"""Round 19 of the English extractor (issue 10), in sentences of our own: the phrasing
categories the first score of en-heldout44 showed (a headline's present tense, a bare noun
phrase after "jails", "received life", a court-watch line in telegraphic style, a subject
after a lead-in of time, "one defendant" of a group counted before), and the traps next to
each rule."""

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


HEADLINE_VERBS = [
    # a headline's present tense: "jails", "sentences", "gives", "hands"
    (
        "Kazan court jails former paratrooper for 11 years over sabotage plot",
        [_term("sabotage", 11.0)],
    ),
    (
        "Military court sentences Oleg Sidorenko to 16 years for espionage",
        [_term("espionage", 16.0)],
    ),
    ("Judge gives Ukrainian engineer 13 years for treason", [_term("treason", 13.0)]),
    ("Court hands Marina Kovalenko 8 1/2 years for treason", [_term("treason", 8.5)]),
    # a headline's bare subject and a passive without its auxiliary; "gets", "receives"
    ("Former conscript sentenced to 11 years for desertion", [_term("desertion", 11.0)]),
    ("Volunteer medic, 28, jailed for 13 years for treason", [_term("treason", 13.0)]),
    ("Retired pilot receives 14 years for espionage", [_term("espionage", 14.0)]),
    ("Krasnoyarsk engineer gets life for sabotage", [_term("sabotage", None, True)]),
    (
        "Moscow court hands 12-year sentence to Belarusian student for confidential cooperation",
        [_term("confidential_cooperation", 12.0)],
    ),
    # traps: "sentences" as a noun; a headline with no person; a bare noun that is no person
    ("Sentences for espionage rose to 20 years in some regions.", []),
    ("Court jails record number for treason in 2025", []),
    ("Court jails dozens for 15 years over protests", []),
    ("Investigators said prisoners jailed for 15 years for treason rarely appeal", []),
    ("Number of people sentenced to 20 years for treason doubles", []),
]


@pytest.mark.parametrize(("text", "want"), HEADLINE_VERBS)
def test_headline_verbs(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


RECEIVED_LIFE = [
    # "received life", "got a life sentence": one person's term
    (
        "A retired colonel from Pskov received life imprisonment for treason.",
        [_term("treason", None, True)],
    ),
    ("Viktor Zubarev got a life sentence for sabotage.", [_term("sabotage", None, True)]),
    # traps: several people (a kind of term among those counted); a word that is no term
    (
        "In 2024, 52 people were convicted of treason; three of them received life.",
        [
            _count("treason", 52, "2024-01-01", "2024-12-31"),
        ],
    ),
    ("The activist received life-changing injuries during his arrest for treason.", []),
]


@pytest.mark.parametrize(("text", "want"), RECEIVED_LIFE)
def test_received_life(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


TELEGRAPHIC_LINES = [
    # a court-watch line: the person, the term, the charge, each after a comma
    (
        "Tuesday, Krasnodar garrison court: a 22-year-old contract soldier, 9 years, desertion.",
        [_term("desertion", 9.0)],
    ),
    (
        "Thursday, Rostov: two cousins from Berdyansk, 13 and 15 years, treason.",
        [_term("treason", 13.0), _term("treason", 15.0)],
    ),
    # traps: an age told as years; a duration with no charge after it
    ("Friday: a 19-year-old student, 2 years, in pre-trial detention since March.", []),
    ("The investigation, 3 years, 4 months and 2 days, is over.", []),
]


@pytest.mark.parametrize(("text", "want"), TELEGRAPHIC_LINES)
def test_telegraphic_lines(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


SUBJECT_AFTER_LEAD_IN = [
    # a name or a relative after a lead-in of time, no comma; an intensifier after a name
    ("In March Dmitry was sentenced to 14 years for espionage.", [_term("espionage", 14.0)]),
    ("Last October Arina herself was given nine years for treason.", [_term("treason", 9.0)]),
    (
        "In 2021 her husband was convicted of sabotage and given 12 years.",
        [_term("sabotage", 12.0)],
    ),
    (
        "When their son was sentenced to 17 years for treason, the family left the country.",
        [_term("treason", 17.0)],
    ),
    ("On Monday Petrova was sentenced to six years for treason.", [_term("treason", 6.0)]),
    # traps: a month alone before the verb; a term with no person
    ("By the end of March was sentenced to 14 years for espionage.", []),
    ("In March 2025 was sentenced to 14 years for espionage.", []),
]


@pytest.mark.parametrize(("text", "want"), SUBJECT_AFTER_LEAD_IN)
def test_subject_after_lead_in(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


ONE_OF_THE_GROUP = [
    # "One defendant" / "One man" after a count: the count's one offence
    (
        "Garrison courts convicted 31 servicemen of desertion in 2024. Terms were mostly five"
        " to seven years. One man, a former tank driver, got ten years.",
        [_count("desertion", 31, "2024-01-01", "2024-12-31"), _term("desertion", 10.0)],
    ),
    # traps: two offences counted before (no one charge); a term of no person of the group
    (
        "Courts convicted 40 people of treason and 12 of espionage in 2024. One defendant"
        " received 20 years.",
        [
            _count("treason", 40, "2024-01-01", "2024-12-31"),
            _count("espionage", 12, "2024-01-01", "2024-12-31"),
            _term((), 20.0),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), ONE_OF_THE_GROUP)
def test_one_of_the_group(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


def _q(offence: str, n: int, start: str, end: str) -> tuple[object, ...]:
    return _count(offence, n, start, end)


QUARTER_TALLIES = [
    # a caption's or a table's counts quarter by quarter (or half by half) under one head
    (
        "Figure 2. Guilty verdicts for espionage, 2025, by quarter: Q1 — 12; Q2 — 17; Q3 — 9.",
        [
            _q("espionage", 12, "2025-01-01", "2025-03-31"),
            _q("espionage", 17, "2025-04-01", "2025-06-30"),
            _q("espionage", 9, "2025-07-01", "2025-09-30"),
        ],
    ),
    (
        "People convicted of desertion in 2024: first half, 410; second half, 655.",
        [
            _q("desertion", 410, "2024-01-01", "2024-06-30"),
            _q("desertion", 655, "2024-07-01", "2024-12-31"),
        ],
    ),
    # traps: cases opened by quarter; two offences in the head; one item only; no year
    ("Criminal cases opened for treason in 2025: Q1 — 40; Q2 — 52.", []),
    ("Treason and espionage verdicts, 2025: Q1 — 40; Q2 — 52.", []),
    ("Convictions for sabotage by quarter: Q1 — 40; Q2 — 52.", []),
]


@pytest.mark.parametrize(("text", "want"), QUARTER_TALLIES)
def test_quarter_tallies(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


def _enacted(offence: str, date: str) -> tuple[object, ...]:
    return ("enactment", (offence,), date)


def _range(offence: str, lo: float | None, hi: float, life: bool = False) -> tuple[object, ...]:
    return ("penalty_range", (offence,), lo, hi, life)


LAW_DATES = [
    # an entry into force in a relative clause on the signed law
    (
        "Voluntary surrender became Article 352.1 through a law signed on 24 September 2022,"
        " which came into force on 5 October 2022.",
        [
            _enacted("voluntary_surrender", "2022-09-24"),
            _enacted("voluntary_surrender", "2022-10-05"),
        ],
    ),
    # a dated law that changed "it", the offence named last in the sentence before
    (
        "For years espionage carried 10 to 20 years. A law signed on 14 July 2022 rewrote it.",
        [_range("espionage", 10, 20), _enacted("espionage", "2022-07-14")],
    ),
    (
        "Sabotage carried 10 to 20 years. It was toughened by a law signed on 28 April 2023.",
        [_range("sabotage", 10, 20), _enacted("sabotage", "2023-04-28")],
    ),
    # new offences told in the passive before the colon of their list
    (
        "In 2022 two new offences were created: confidential cooperation with a foreign state"
        " and public calls for activities against state security.",
        [
            _enacted("confidential_cooperation", "2022"),
            _enacted("calls_against_state_security", "2022"),
        ],
    ),
    # traps: "made it public"; a law on something else; a relative clause on no law
    (
        "Treason carried 12 to 20 years. The court signed its ruling on 3 May 2023 and made it"
        " public.",
        [_range("treason", 12, 20)],
    ),
    (
        "Desertion carries up to seven years, and a commander, who took office on 2 May 2023,"
        " said so.",
        [_range("desertion", None, 7)],
    ),
]


@pytest.mark.parametrize(("text", "want"), LAW_DATES)
def test_law_dates(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=repr) == sorted(want, key=repr)


BASIC_PART = [
    # "part 1 is punishable by ...": the basic part of the article told before
    (
        "Article 283 covers the disclosure of state secrets. Its part 1 is punishable by up to"
        " four years in prison.",
        [_range("disclosure_of_state_secrets", None, 4)],
    ),
    # trap: an aggravated part
    (
        "Article 283 covers the disclosure of state secrets. Part 2 is punishable by three to"
        " seven years.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), BASIC_PART)
def test_basic_part(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


ARTICLES_IN_BRACKETS = [
    # article numbers in brackets right after "articles", the offences named by nicknames
    (
        "Courts convicted 96 people under the 'treason' and 'spying' articles (275 and 276)"
        " in 2024.",
        [("conviction_count", ("treason", "espionage"), 96, "exact", "2024-01-01", "2024-12-31")],
    ),
    # traps: numbers in brackets that are no articles
    ("The articles (page 275) were cited 96 times in 2024.", []),
]


@pytest.mark.parametrize(("text", "want"), ARTICLES_IN_BRACKETS)
def test_articles_in_brackets(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


RIVAL_FIGURES = [
    # another source's figure for the count just before: its offences and period
    (
        "Our tally shows 212 people convicted of sabotage in 2024. That is fewer than the 240"
        " recorded by the Judicial Department.",
        [
            _count("sabotage", 212, "2024-01-01", "2024-12-31"),
            _count("sabotage", 240, "2024-01-01", "2024-12-31"),
        ],
    ),
    # traps: a rival figure with a period of its own; no count just before
    (
        "Our tally shows 212 people convicted of sabotage in 2024. That is more than the 150"
        " counted by the court department in 2023.",
        [_count("sabotage", 212, "2024-01-01", "2024-12-31")],
    ),
    ("The new estimate is lower than the 240 reported by state media.", []),
]


@pytest.mark.parametrize(("text", "want"), RIVAL_FIGURES)
def test_rival_figures(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


YEAR_ITEMS_AND_SPANS = [
    # a year and its figure after a dash or a colon, under a head of one offence
    (
        "Guilty verdicts for sabotage: 2022 — 41; 2023 — 96; 2024 — 187.",
        [
            _q("sabotage", 41, "2022-01-01", "2022-12-31"),
            _q("sabotage", 96, "2023-01-01", "2023-12-31"),
            _q("sabotage", 187, "2024-01-01", "2024-12-31"),
        ],
    ),
    # "the first three quarters of", "from the start of the invasion to the end of June"
    (
        "Espionage convictions reached 71 in the first three quarters of 2024.",
        [_q("espionage", 71, "2024-01-01", "2024-09-30")],
    ),
    (
        "From the start of the full-scale invasion to the end of March 2025, 1,020 people were"
        " convicted of treason.",
        [_q("treason", 1020, "2022-02-24", "2025-03-31")],
    ),
    # cases opened by year are case counts (another rule's), never convictions
    (
        "Sabotage cases opened: 2023 — 140; 2024 — 212.",
        [
            _count("sabotage", 140, "2023-01-01", "2023-12-31", kind="case_count"),
            _count("sabotage", 212, "2024-01-01", "2024-12-31", kind="case_count"),
        ],
    ),
    # trap: a year and a number that are no item
    ("The regional court sat on 2024 – 14 occasions for sabotage trials.", []),
]


@pytest.mark.parametrize(("text", "want"), YEAR_ITEMS_AND_SPANS)
def test_year_items_and_spans(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


LABELLED_RANGES = [
    # a range right after an offence that heads its item with a colon or a dash
    (
        "Sabotage: 10–20 years. Espionage (Art. 276): 10 to 20 years in prison.",
        [_range("sabotage", 10, 20), _range("espionage", 10, 20)],
    ),
    (
        "Penalties: voluntary surrender, 3 to 10 years; assisting the enemy, 10 to 15 years.",
        [_range("voluntary_surrender", 3, 10), _range("assistance_to_the_enemy", 10, 15)],
    ),
    # traps: terms imposed, listed the same way; a comma with no head of penalties
    ("Terms imposed in 2024: treason, 12 to 19 years; espionage, 10 to 14 years.", []),
    ("In the Tver case, treason, 13 to 15 years were discussed.", []),
]


@pytest.mark.parametrize(("text", "want"), LABELLED_RANGES)
def test_labelled_ranges(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


SIGNED_BY_THEN_IN_FORCE = [
    (
        "The law, signed by the President on 24 September 2022 and in force since 5 October"
        " 2022, made voluntary surrender a crime.",
        [
            _enacted("voluntary_surrender", "2022-09-24"),
            _enacted("voluntary_surrender", "2022-10-05"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), SIGNED_BY_THEN_IN_FORCE)
def test_signed_by_then_in_force(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=repr) == sorted(want, key=repr)


OWN_FIGURE_PHRASE = [
    # a figure whose own phrase names the offence and counts convictions
    (
        "The figure for sabotage convictions was 187 in 2024.",
        [_q("sabotage", 187, "2024-01-01", "2024-12-31")],
    ),
    # traps: a figure of defendants; a figure with no offence and nothing before
    ("The figure for defendants in treason trials was 400 in 2024.", []),
    ("The figure was 187 in 2024.", []),
]


@pytest.mark.parametrize(("text", "want"), OWN_FIGURE_PHRASE)
def test_own_figure_phrase(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want
