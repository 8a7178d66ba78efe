"""Round 16 of the English extractor (issue 10), in sentences of our own: a term handed to
"his 34-year-old neighbour" (a possessive and an age before the person), a "her" that stands
for a first name told with an age ("Arina, 19,"), and the traps next to them: an age is no
term ("her 23-year-old son"), a place with a number after it is no person, "by today's
standards" is no period."""

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


def _term(offence: str, years: float) -> tuple[object, ...]:
    return ("individual_sentence", (offence,), years, None)


def _count(
    offence: str, n: int, start: str, end: str, q: str = "exact", kind: str = ""
) -> tuple[object, ...]:
    return (kind or "conviction_count", (offence,), n, q, start, end)


INDIVIDUAL = [
    # a possessive and an age before the person given a term
    (
        "A garrison court jailed a former signaller for 15 years for treason and handed his"
        " 41-year-old neighbour eight years for assisting sabotage.",
        [_term("treason", 15.0), _term("assisting_sabotage", 8.0)],
    ),
    (
        "The judge gave their 27-year-old colleague six years for espionage.",
        [_term("espionage", 6.0)],
    ),
    (
        "A court in Omsk handed her 22-year-old cousin seven years for sabotage.",
        [_term("sabotage", 7.0)],
    ),
    # traps: the age is no term; a group's relative without a term gives nothing
    (
        "The court handed her 23-year-old son five years for treason.",
        [_term("treason", 5.0)],
    ),
    ("Police detained his 34-year-old neighbour on suspicion of sabotage.", []),
    # "her" for a first name told with an age
    (
        "When police came for Arina, 19, she had already spent the money. In May a court in"
        " Tver gave her eight years for sabotage.",
        [_term("sabotage", 8.0)],
    ),
    (
        "Timur, 24, was arrested at the border in 2023. On Monday a military court gave him"
        " 13 years for treason.",
        [_term("treason", 13.0)],
    ),
    # traps: a place with a number after it is no person; no one for "her" to stand for
    (
        "In Moscow, 12, 14 and 19 people were detained at the rallies. A court gave her"
        " eight years for sabotage.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), INDIVIDUAL)
def test_individual_sentences(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


PERIODS = [
    # "today's" is no period: the figure keeps its own
    (
        "Her lawyers call the term lenient by today's standards: of the 143 people sentenced"
        " for sabotage last year, more than half received at least 12 years.",
        [_count("sabotage", 143, "2024-01-01", "2024-12-31")],
    ),
    (
        "By today's standards the 57 convictions for espionage in 2023 look few.",
        [_count("espionage", 57, "2023-01-01", "2023-12-31")],
    ),
    # while "today" itself is the day
    (
        "Today a court in Kazan convicted three people of treason.",
        [_count("treason", 3, "2025-06-18", "2025-06-18")],
    ),
]


@pytest.mark.parametrize(("text", "want"), PERIODS)
def test_periods(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


SINCE = [
    # "since February 24, 2022" told as a date: from the invasion to publication, for the
    # figures after it too
    (
        "The group has identified 1,312 people prosecuted over anti-war posts since February"
        " 24, 2022. Of those, 640 have been convicted of spreading fakes about the army. A"
        " further 97 were convicted of public calls against state security.",
        [
            _count("army_fakes", 640, "2022-02-24", "2025-06-18"),
            _count("calls_against_state_security", 97, "2022-02-24", "2025-06-18"),
        ],
    ),
    (
        "Since 24 February 2022, courts have convicted 208 people of treason.",
        [_count("treason", 208, "2022-02-24", "2025-06-18")],
    ),
    # mobilisation's day told as a date
    (
        "Since September 21, 2022, military courts have convicted 1,240 people of desertion.",
        [_count("desertion", 1240, "2022-09-21", "2025-06-18")],
    ),
    # traps: the day itself, not after "since", stays a day and dates no count of a year
    (
        "On February 24, 2022, the invasion began. Courts convicted 12 people of treason in 2023.",
        [_count("treason", 12, "2023-01-01", "2023-12-31")],
    ),
    (
        "Courts convicted 58 people of sabotage in 2024, more than in the months since"
        " February 2022 combined.",
        [_count("sabotage", 58, "2024-01-01", "2024-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "want"), SINCE)
def test_since_the_invasion_day(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


REPORTS = [
    # "in January-June" with no year: the latest such months before publication
    (
        "Courts handed down 2,470 convictions for leaving a unit without permission in"
        " January-June.",
        dt.date(2025, 7, 24),
        [_count("leaving_a_unit_without_leave", 2470, "2025-01-01", "2025-06-30")],
    ),
    (
        "Military courts convicted 880 people of desertion during January–September.",
        dt.date(2025, 10, 14),
        [_count("desertion", 880, "2025-01-01", "2025-09-30")],
    ),
    # the day or month a report came out dates no figure
    (
        "Statistics published by the Judicial Department on July 23 show 604 convictions"
        " for desertion in the first half of the year.",
        dt.date(2025, 7, 24),
        [_count("desertion", 604, "2025-01-01", "2025-06-30")],
    ),
    (
        "Data released on Monday show 312 convictions for voluntary surrender in 2024.",
        dt.date(2025, 7, 24),
        [_count("voluntary_surrender", 312, "2024-01-01", "2024-12-31")],
    ),
    # a change in per cent between a count and the item that leaves its verb to it
    (
        "The figures show 2,470 convictions for leaving a unit without permission in"
        " January-June, up 30% on the same half of 2024, and 312 for desertion.",
        dt.date(2025, 7, 24),
        [
            _count("leaving_a_unit_without_leave", 2470, "2025-01-01", "2025-06-30"),
            _count("desertion", 312, "2025-01-01", "2025-06-30"),
        ],
    ),
    (
        "Courts convicted 1,150 people of desertion in 2024, a rise of 12 per cent, and 96"
        " of voluntary surrender.",
        dt.date(2025, 7, 24),
        [
            _count("desertion", 1150, "2024-01-01", "2024-12-31"),
            _count("voluntary_surrender", 96, "2024-01-01", "2024-12-31"),
        ],
    ),
    # traps: a day that is no report's stays the period; a part after the aside is no item
    (
        "On July 23, a court in Kursk convicted five people of treason.",
        dt.date(2025, 7, 24),
        [_count("treason", 5, "2025-07-23", "2025-07-23")],
    ),
    (
        "Courts convicted 2,470 people of desertion in 2024, up 30% on 2023, and 312 of them"
        " were officers.",
        dt.date(2025, 7, 24),
        [_count("desertion", 2470, "2024-01-01", "2024-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), REPORTS)
def test_report_dates_and_asides(
    lexicon: Lexicon, text: str, published: dt.date, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text, published) == want


NTH_YEAR = [
    # "the third full year in which the article has been in force": which year of the
    # article's life the figure's year is, no enactment
    (
        "Courts convicted 74 people of voluntary surrender in 2024, the second full year in"
        " which the article has been in force.",
        [_count("voluntary_surrender", 74, "2024-01-01", "2024-12-31")],
    ),
    (
        "In 2024, the second year that the article on confidential cooperation has been in"
        " force, courts convicted 63 people under it.",
        [_count("confidential_cooperation", 63, "2024-01-01", "2024-12-31")],
    ),
    (
        "In 2023, the first year of the war in which the new article on voluntary surrender"
        " was in force, courts convicted 12 people under it.",
        [_count("voluntary_surrender", 12, "2023-01-01", "2023-12-31")],
    ),
    # while a law's own date stays an enactment
    (
        "The article on voluntary surrender came into force in 2022.",
        [("enactment", ("voluntary_surrender",), "2022")],
    ),
    (
        "In the first year, Putin signed the law on treason on April 28, 2023.",
        [("enactment", ("treason",), "2023-04-28")],
    ),
]


@pytest.mark.parametrize(("text", "want"), NTH_YEAR)
def test_nth_year_of_an_article(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


TERM_KINDS = [
    # sentences counted by their kind are a part of the people convicted: no count
    ("The Insider counted 11 life sentences for treason in the twelve months to July.", []),
    ("Courts handed down 14 suspended sentences for desertion in 2024.", []),
    (
        "Courts convicted 311 people of treason in 2024. The average term was 14.6 years, and"
        " 27 people were sentenced in absentia.",
        [_count("treason", 311, "2024-01-01", "2024-12-31")],
    ),
    # while a count of sentences, or of people tried in absentia with their charge, is one
    (
        "Courts handed down 104 treason sentences in 2024.",
        [_count("treason", 104, "2024-01-01", "2024-12-31")],
    ),
    (
        "In 2024, 27 people were sentenced in absentia for treason.",
        [_count("treason", 27, "2024-01-01", "2024-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "want"), TERM_KINDS)
def test_sentences_counted_by_kind(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


def _range(
    offence: str | tuple[str, ...], lo: float | None, hi: float | None, life: bool = False
) -> tuple[object, ...]:
    offences = (offence,) if isinstance(offence, str) else offence
    return ("penalty_range", offences, lo, hi, life)


PENALTIES = [
    # life for an offence told with a deadly outcome is an aggravated part's
    ("A terrorist attack that kills people can bring life imprisonment.", []),
    ("Sabotage that causes deaths is punishable by life.", []),
    (
        "Sabotage carries ten to 20 years; sabotage that killed someone can bring life.",
        [_range("sabotage", 10, 20)],
    ),
    # while the offence itself keeps its life term
    ("Sabotage can now bring life.", [_range("sabotage", None, None, True)]),
    # life terms counted after a range with life are no second range
    (
        "Treason carries 12 to 20 years or life, and judges now use the top of that scale:"
        " the group counted 11 life sentences for treason in the twelve months to July.",
        [_range("treason", 12, 20, True)],
    ),
    (
        "Treason is punishable by up to life; in 2024 courts handed down four life terms for it.",
        [_range("treason", None, None, True)],
    ),
    # an aside naming another offence between the offence and its verb
    (
        "Espionage, the charge brought against foreigners instead of treason, is punishable"
        " by ten to 20 years.",
        [_range("espionage", 10, 20)],
    ),
    (
        "Espionage, unlike treason, carries ten to 20 years.",
        [_range("espionage", 10, 20)],
    ),
    # traps: a list of offences keeps the range for all of them
    (
        "Treason, espionage, and sabotage carry up to 20 years.",
        [_range(("treason", "espionage", "sabotage"), None, 20)],
    ),
]


@pytest.mark.parametrize(("text", "want"), PENALTIES)
def test_penalty_ranges(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


def _sentences(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
    return [(c.offences, c.sentence_years) for c in claims if c.kind == "individual_sentence"]


CO_DEFENDANTS = [
    # a second person's term and charge after ", and": theirs, not the first person's (a
    # first term for a charge known to lie outside the scheme, failing to report a crime,
    # fraud, possessing explosives, is no claim at all: en-heldout38's trap)
    (
        "His former wife, who stood trial with him, received four years for failing to report"
        " a crime, and a friend of the couple was given six and a half years for justifying"
        " terrorism.",
        [(("justification_of_terrorism",), 6.5)],
    ),
    (
        "Ivan Petrov received four years for fraud, and a local teacher was given six years"
        " for justifying terrorism.",
        [(("justification_of_terrorism",), 6.0)],
    ),
    (
        "The pensioner was given three years for possessing explosives, and a student from"
        " Kazan received 13 years for sabotage.",
        [(("sabotage",), 13.0)],
    ),
    # traps: one person's own charge after their term stays theirs
    (
        "Ivan Petrov received 14 years for treason, and his brother was given 12 years for"
        " espionage.",
        [(("treason",), 14.0), (("espionage",), 12.0)],
    ),
    (
        "A court gave Oleg Sidorov six years for espionage, and the case against his wife was"
        " dropped.",
        [(("espionage",), 6.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), CO_DEFENDANTS)
def test_co_defendants_charges(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _sentences(lexicon, text) == want


ADVERB_ASIDES = [
    # a sentence adverb between a count's noun and its verb
    (
        "Courts convicted 311 people of treason in 2025. Espionage convictions, by contrast,"
        " fell to 49.",
        [
            _count("treason", 311, "2025-01-01", "2025-12-31"),
            _count("espionage", 49, "2025-01-01", "2025-12-31"),
        ],
    ),
    (
        "In 2024, convictions for sabotage, however, rose to 143.",
        [_count("sabotage", 143, "2024-01-01", "2024-12-31")],
    ),
    (
        "Treason verdicts, meanwhile, reached 120 in 2023.",
        [_count("treason", 120, "2023-01-01", "2023-12-31")],
    ),
    # traps: a share, a term and people detained give no count
    ("Espionage convictions, by contrast, fell by 12% in 2024.", []),
    ("Treason convictions, however, rose to 14 years on average in 2024.", []),
    ("Espionage convictions, however, fell in 2024, while 49 suspects were detained.", []),
]


@pytest.mark.parametrize(("text", "want"), ADVERB_ASIDES)
def test_adverb_asides(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


YEAR_SERIES = [
    # convictions set out year by year after a colon (a table told in prose)
    (
        "The report sets out convictions for confidential cooperation by year: 19 in 2023 and"
        " 63 in 2024.",
        [
            _count("confidential_cooperation", 19, "2023-01-01", "2023-12-31"),
            _count("confidential_cooperation", 63, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "Treason convictions, year by year: 16 in 2021, 22 in 2022 and 106 in 2023.",
        [
            _count("treason", 16, "2021-01-01", "2021-12-31"),
            _count("treason", 22, "2022-01-01", "2022-12-31"),
            _count("treason", 106, "2023-01-01", "2023-12-31"),
        ],
    ),
    # each item of a list takes the year right after it, not the one before
    (
        "Espionage convictions numbered 4 in 2021, 11 in 2022 and 26 in 2023.",
        [
            _count("espionage", 4, "2021-01-01", "2021-12-31"),
            _count("espionage", 11, "2022-01-01", "2022-12-31"),
            _count("espionage", 26, "2023-01-01", "2023-12-31"),
        ],
    ),
    # a count of the time just told, on the subject of the sentence before, and its months
    (
        "Courts convicted 63 people of confidential cooperation in 2024. For 2025 the authors"
        " project around 90, extrapolating from the first half, when 44 people were"
        " convicted.",
        [
            _count("confidential_cooperation", 63, "2024-01-01", "2024-12-31"),
            _count("confidential_cooperation", 44, "2025-01-01", "2025-06-30"),
        ],
    ),
    # traps: a term after a colon, figures with no year after them, a charge of its own
    ("Convictions for espionage: the average term rose to 14 in 2023.", []),
    ("Convictions for espionage: 19 people, most of them teachers.", []),
    (
        "Courts convicted 63 people of treason in 2024. The worst year before was 2015, when"
        " 12 people were convicted of murder.",
        [_count("treason", 63, "2024-01-01", "2024-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "want"), YEAR_SERIES)
def test_year_series(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, dt.date(2025, 9, 30)) == want


SECOND_CLAUSE = [
    # a clause after ", and" with a charge of its own the scheme lacks: no count
    (
        "Courts convicted 63 people of treason in 2024, and 12 people were convicted of fraud.",
        [_count("treason", 63, "2024-01-01", "2024-12-31")],
    ),
    # a clause after ", and" with its own time after its figure: that time
    (
        "Courts convicted 63 people of treason in 2024, and 12 people were convicted of it"
        " in 2023.",
        [
            _count("treason", 63, "2024-01-01", "2024-12-31"),
            _count("treason", 12, "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "Courts convicted 63 people of treason in 2024, and 12 were convicted of the same"
        " offence in 2023.",
        [
            _count("treason", 63, "2024-01-01", "2024-12-31"),
            _count("treason", 12, "2023-01-01", "2023-12-31"),
        ],
    ),
    # traps: a compared figure's time after the item is not the item's; the item's own
    # offence stays
    (
        "In 2024, 63 people were convicted of treason, and 12 of espionage, up from 5 in 2023.",
        [
            _count("treason", 63, "2024-01-01", "2024-12-31"),
            _count("espionage", 12, "2024-01-01", "2024-12-31"),
            _count("espionage", 5, "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "Treason verdicts climbed to 171 in 2024, and 33 people were convicted of espionage.",
        [
            _count("treason", 171, "2024-01-01", "2024-12-31"),
            _count("espionage", 33, "2024-01-01", "2024-12-31"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), SECOND_CLAUSE)
def test_second_clause(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, dt.date(2025, 11, 12)) == want


AS_OF = [
    # "as of <day>": the end of a cumulative figure's period, no period of its own
    (
        "As of October 1, courts had convicted 412 people of treason this year.",
        [_count("treason", 412, "2025-01-01", "2025-10-01")],
    ),
    (
        "As of November 1, 2025, at least 640 people had been convicted of sabotage since"
        " February 2022.",
        [_count("sabotage", 640, "2022-02-01", "2025-11-01", "at_least")],
    ),
    # "the year to <month>": twelve months to that month's end
    (
        "In the year to June, courts convicted 150 people of desertion.",
        [_count("desertion", 150, "2024-07-01", "2025-06-30")],
    ),
    (
        "In the year to the end of June 2024, 88 people were convicted of sabotage.",
        [_count("sabotage", 88, "2023-07-01", "2024-06-30")],
    ),
    # a report's own date ("dated 1 October") dates no figure
    (
        "The report, dated 1 October, counts 87 convictions for espionage in 2024.",
        [_count("espionage", 87, "2024-01-01", "2024-12-31")],
    ),
    # traps: a day that is the event's stays the period; "the ten months to" as before
    (
        "On October 1, a court in Tver convicted three people of treason.",
        [_count("treason", 3, "2025-10-01", "2025-10-01")],
    ),
    (
        "In the ten months to October, 88 people were convicted of sabotage.",
        [_count("sabotage", 88, "2025-01-01", "2025-10-31")],
    ),
]


@pytest.mark.parametrize(("text", "want"), AS_OF)
def test_as_of_and_year_to(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, dt.date(2025, 11, 12)) == want


OF_WHICH = [
    # ", of which N were for X": a part of the count before, by an offence of its own
    (
        "Treason and espionage convictions totalled 190 in 2024, of which 150 were for treason.",
        [
            (
                "conviction_count",
                ("treason", "espionage"),
                190,
                "exact",
                "2024-01-01",
                "2024-12-31",
            ),
            _count("treason", 150, "2024-01-01", "2024-12-31"),
        ],
    ),
    (
        "Investigators opened 340 cases over army fakes and discrediting the army in 2024, of"
        " which 200 were for army fakes.",
        [
            (
                "case_count",
                ("army_fakes", "discrediting_the_army"),
                340,
                "exact",
                "2024-01-01",
                "2024-12-31",
            ),
            _count("army_fakes", 200, "2024-01-01", "2024-12-31", kind="case_count"),
        ],
    ),
    # traps: a part for a charge outside the total's, or for the total's own charge
    (
        "Courts convicted 190 people of treason in 2024, of which 150 were for murder.",
        [_count("treason", 190, "2024-01-01", "2024-12-31")],
    ),
    (
        "Courts convicted 190 people of treason in 2024, of which 20 were for treason"
        " committed in wartime.",
        [_count("treason", 190, "2024-01-01", "2024-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "want"), OF_WHICH)
def test_of_which_parts(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, dt.date(2025, 11, 12)) == want


ARTICLES = [
    # "Convictions under Article 280.3 (...) fell to 88": an article's dotted number
    (
        "Convictions under Article 280.3 (discrediting the army) fell to 88 in the first half"
        " of 2025, from 140 a year earlier.",
        [
            _count("discrediting_the_army", 88, "2025-01-01", "2025-06-30"),
            _count("discrediting_the_army", 140, "2024-01-01", "2024-06-30"),
        ],
    ),
    (
        "Convictions under Article 275.1 rose to 77 in 2024.",
        [_count("confidential_cooperation", 77, "2024-01-01", "2024-12-31")],
    ),
    # a fronted charge keeps its count; the offence of ", and for/under X, 77" is not it
    (
        "Under Article 275 (high treason), 312 people were convicted in 2024, and under"
        " Article 275.1, 77.",
        [_count("treason", 312, "2024-01-01", "2024-12-31")],
    ),
    (
        "For treason, 312 people were convicted in 2024, and for espionage, 77.",
        [_count("treason", 312, "2024-01-01", "2024-12-31")],
    ),
    # traps: the item after it with its own charge stays an item
    (
        "For treason, 312 people were convicted in 2024, and 77 for espionage.",
        [
            _count("treason", 312, "2024-01-01", "2024-12-31"),
            _count("espionage", 77, "2024-01-01", "2024-12-31"),
        ],
    ),
    ("Convictions for espionage: the average term rose to 14.5 in 2024.", []),
]


@pytest.mark.parametrize(("text", "want"), ARTICLES)
def test_articles_and_fronted_charges(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text, dt.date(2025, 11, 12)) == want


RESPECTIVELY = [
    # several terms and as many charges "respectively": a charge each, in order
    (
        "Two men were sentenced to 14 and 11 years for treason and espionage respectively.",
        [(("treason",), 14.0), (("espionage",), 11.0)],
    ),
    (
        "The court jailed two students for 12 and 8 years, respectively, for sabotage and"
        " assisting sabotage.",
        [(("sabotage",), 12.0), (("assisting_sabotage",), 8.0)],
    ),
    # traps: without "respectively" both charges are each one's; one charge is everyone's
    (
        "Two men were sentenced to 14 and 11 years for treason and espionage.",
        [(("treason", "espionage"), 14.0), (("treason", "espionage"), 11.0)],
    ),
    (
        "Three residents were jailed for 15, 14 and 12 years respectively for sabotage.",
        [(("sabotage",), 15.0), (("sabotage",), 14.0), (("sabotage",), 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), RESPECTIVELY)
def test_charges_respectively(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _sentences(lexicon, text) == want


RUNNING_TOTALS = [
    # "bringing the total for the year to 97" before the year is over: to the day told
    (
        "Courts sentenced 12 people for sabotage in October, bringing the total for the year"
        " to 97.",
        [
            _count("sabotage", 12, "2025-10-01", "2025-10-31"),
            _count("sabotage", 97, "2025-01-01", "2025-11-12"),
        ],
    ),
    (
        "A court in Omsk convicted four men of sabotage on Monday, bringing the number of"
        " people convicted of sabotage this year to 97.",
        [
            _count("sabotage", 4, "2025-11-10", "2025-11-10"),
            _count("sabotage", 97, "2025-01-01", "2025-11-12"),
        ],
    ),
    # traps: a year that is over keeps its whole span
    (
        "Courts convicted 41 people of treason in December 2024, bringing the total for 2024"
        " to 228.",
        [
            _count("treason", 41, "2024-12-01", "2024-12-31"),
            _count("treason", 228, "2024-01-01", "2024-12-31"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), RUNNING_TOTALS)
def test_running_totals(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, dt.date(2025, 11, 12)) == want


THROUGH = [
    # "the 12 months through June", "the year through September": that many months
    (
        "Some 230 people were convicted of treason in the 12 months through June.",
        [_count("treason", 230, "2024-07-01", "2025-06-30", "about")],
    ),
    (
        "In the year through September, 88 people were convicted of sabotage.",
        [_count("sabotage", 88, "2024-10-01", "2025-09-30")],
    ),
    # trap: "Through September" alone is the year to that month, as before
    (
        "Through September, courts convicted 201 people of treason.",
        [_count("treason", 201, "2025-01-01", "2025-09-30")],
    ),
]


@pytest.mark.parametrize(("text", "want"), THROUGH)
def test_months_through(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, dt.date(2025, 11, 12)) == want


TERM_FORMS = [
    # "6 1/2 years", "6½ years"; "will serve 12 years in a ... colony"
    (
        "Ivan Petrov was jailed for 6 1/2 years for justifying terrorism.",
        [(("justification_of_terrorism",), 6.5)],
    ),
    ("Olga Ivanova got 6½ years for treason.", [(("treason",), 6.5)]),
    (
        "Ivan Petrov will serve 12 years in a maximum-security penal colony after being found"
        " guilty of sabotage.",
        [(("sabotage",), 12.0)],
    ),
    # traps: a term he must finish, and a maximum he may face, are no sentences passed
    ("Ivan Petrov, who must serve the rest of his 12-year term, was moved to a colony.", []),
    ("If convicted, Ivan Petrov will serve up to 20 years in prison.", []),
]


@pytest.mark.parametrize(("text", "want"), TERM_FORMS)
def test_term_forms(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _sentences(lexicon, text) == want
