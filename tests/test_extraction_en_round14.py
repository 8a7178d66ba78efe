"""Round 14 of the English extractor (issue 10), in sentences of our own: two gerunds that
share one object ("disclosing or illegally obtaining state secrets"), a second person told by
a tie to the first ("and his wife Olga to nine years"), "the same term" as the person before,
a part "of whom" people charged "have already been sentenced", a last list item with its own
time first ("and since mobilisation was announced, nearly 39 thousand"), and the traps next
to them: something "passed" to a handler is no law, a part tried in absentia is no count, a
part "of whom" a count "were sentenced to life" is no count, a plural "same term" gives
nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.extraction import extract_claims
from kgbuild.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 7, 9)
TODAY = "2025-07-09"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


def _claims(lexicon: Lexicon, text: str) -> list[tuple[object, ...]]:
    claims = extract_claims(text, document="d", lexicon=lexicon, lang="en", published=PUBLISHED)
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
    offences: tuple[str, ...], n: int, start: str, end: str, q: str = "exact", kind: str = ""
) -> tuple[object, ...]:
    return (kind or "conviction_count", offences, n, q, start, end)


SECRETS = ("disclosure_of_state_secrets", "illegal_obtaining_of_state_secrets")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # two gerunds, one object
        (
            "In 2024, 58 people were found guilty of disclosing or illegally obtaining state"
            " secrets, the court statistics show.",
            [_count(SECRETS, 58, "2024-01-01", "2024-12-31")],
        ),
        (
            "Courts convicted 33 people of disclosing state secrets or illegally obtaining"
            " them in 2023.",
            [_count(SECRETS, 33, "2023-01-01", "2023-12-31")],
        ),
        (
            # a gerund that names no offence with that object adds nothing
            "In 2024, 12 officials were convicted of reading or disclosing state secrets.",
            [_count(("disclosure_of_state_secrets",), 12, "2024-01-01", "2024-12-31")],
        ),
        # a second person told by a tie to the first
        (
            "The regional court sentenced a 52-year-old mechanic to 14 years for treason and"
            " his son Kirill to ten years.",
            [_term("treason", 14.0), _term("treason", 10.0)],
        ),
        (
            "A court in Kursk sentenced Pavel Orlov to 13 years for treason and his brother to"
            " 11 years for espionage.",
            [_term("treason", 13.0), _term("espionage", 11.0)],
        ),
        # the same term as the person before
        (
            "Ilya D., 24, was sentenced to 12 years for sabotage. His friend got the same term.",
            [_term("sabotage", 12.0), _term("sabotage", 12.0)],
        ),
        (
            "A military court jailed a former paratrooper for 15 years for treason, while his"
            " cousin was given the same punishment for espionage.",
            [_term("treason", 15.0), _term("espionage", 15.0)],
        ),
        (
            # a plural subject: how many it stands for is not told
            "Roman K. was sentenced to nine years for sabotage. Both of his friends received"
            " the same sentence.",
            [_term("sabotage", 9.0)],
        ),
        (
            # a request is no sentence
            "Roman K. was sentenced to nine years for sabotage. Prosecutors had asked for the"
            " same term for his brother.",
            [_term("sabotage", 9.0)],
        ),
        # a part already sentenced of people not counted as convicted
        (
            "Rights defenders know of 412 people charged with treason since the start of the"
            " full-scale war, of whom 288 have already been convicted.",
            [_count(("treason",), 288, "2022-02-24", TODAY)],
        ),
        (
            # a part of a count by its term is no count
            "Courts convicted 300 people of treason in 2024, of whom 40 were sentenced to life.",
            [_count(("treason",), 300, "2024-01-01", "2024-12-31")],
        ),
        # a last item with its own time first
        (
            "Military courts have received more than 9,000 AWOL cases since the beginning of"
            " 2025, and since the start of mobilisation, almost 31,000.",
            [
                _count(
                    ("leaving_a_unit_without_leave",),
                    9000,
                    "2025-01-01",
                    TODAY,
                    "more_than",
                    "case_count",
                ),
                _count(
                    ("leaving_a_unit_without_leave",),
                    31000,
                    "2022-09-21",
                    TODAY,
                    "nearly",
                    "case_count",
                ),
            ],
        ),
        (
            "Garrison courts have heard at least 5,200 desertion cases since mobilisation was"
            " announced.",
            [_count(("desertion",), 5200, "2022-09-21", TODAY, "at_least", "case_count")],
        ),
        # a list item that leaves its noun, its charge after "over"
        (
            "In 2024 the monitor logged 44 criminal cases over calls for sanctions against"
            " Russia and 73 over participation in an undesirable organisation.",
            [
                _count(("calls_for_sanctions",), 44, "2024-01-01", "2024-12-31", kind="case_count"),
                _count(
                    ("undesirable_organisation",), 73, "2024-01-01", "2024-12-31", kind="case_count"
                ),
            ],
        ),
        (
            # "over" a time stays a time
            "Courts convicted 130 people of treason in 2024 and 52 over the first half of 2025.",
            [
                _count(("treason",), 130, "2024-01-01", "2024-12-31"),
                _count(("treason",), 52, "2025-01-01", "2025-06-30"),
            ],
        ),
        # an active count with no noun, its charge right after
        (
            "In 2024 the garrison court acquitted three soldiers and convicted 26 of desertion.",
            [_count(("desertion",), 26, "2024-01-01", "2024-12-31")],
        ),
        (
            "In 2024 the court sentenced 5 of the 7 defendants to prison for treason.",
            [],
        ),
        # a term to be spent, a person by a noun the list lacked, ages aside several terms
        (
            "Marina T., a schoolteacher from Kherson, will spend 11 years in a penal colony for"
            " treason, the court ruled.",
            [_term("treason", 11.0)],
        ),
        (
            "The regional court gave the former deputy mayor 13 years in a strict-regime colony"
            " for espionage.",
            [_term("espionage", 13.0)],
        ),
        (
            "A court in Tver sentenced two students, aged 18 and 19, to eight and nine years for"
            " sabotage.",
            [_term("sabotage", 8.0), _term("sabotage", 9.0)],
        ),
        # a list item whose period leaves its noun to the count's
        (
            "Garrison courts convicted 380 soldiers of desertion in the first quarter of 2024,"
            " and 415 in the second.",
            [
                _count(("desertion",), 380, "2024-01-01", "2024-03-31"),
                _count(("desertion",), 415, "2024-04-01", "2024-06-30"),
            ],
        ),
        (
            "In the first half of 2024, 118 people were convicted of espionage and 96 in the"
            " second.",
            [
                _count(("espionage",), 118, "2024-01-01", "2024-06-30"),
                _count(("espionage",), 96, "2024-07-01", "2024-12-31"),
            ],
        ),
        (
            # a whole year has no "second" part to take
            "Courts convicted 30 people of treason in 2024 and 12 in the second.",
            [_count(("treason",), 30, "2024-01-01", "2024-12-31")],
        ),
        # a count told by what it reached: "reaching N", items with their own years
        (
            "The number of people convicted of desertion doubled in 2024, reaching 540.",
            [("conviction_count", ("desertion",), 540, "exact", "2024-01-01", "2024-12-31")],
        ),
        (
            "Convictions for sabotage totalled 208 in 2024 and 97 in 2023, the data show.",
            [
                _count(("sabotage",), 208, "2024-01-01", "2024-12-31"),
                _count(("sabotage",), 97, "2023-01-01", "2023-12-31"),
            ],
        ),
        # more wordings of one person's term
        (
            "A court in Omsk found Stepan Ilyin guilty of espionage on Monday. He was given"
            " 13 years.",
            [_term("espionage", 13.0)],
        ),
        (
            "Arkady Volkov received a prison term of 16 years for treason.",
            [_term("treason", 16.0)],
        ),
        (
            "The judge ordered Lidia K. to serve seven years in a general-regime colony for"
            " justifying terrorism.",
            [_term("justification_of_terrorism", 7.0)],
        ),
        # traps
        (
            # a bill's first or second reading is no law yet
            "Deputies approved the bill on sabotage training in the first reading on Wednesday.",
            [],
        ),
        (
            # how often an article was amended is no dated law
            "The article on espionage has been amended three times since 2014.",
            [],
        ),
        (
            # something passed to a handler is no law
            "On Tuesday the court found that the technician had passed drawings of a drone"
            " factory to his Ukrainian handler and sentenced him to 17 years for treason.",
            [_term("treason", 17.0)],
        ),
        (
            # a part tried in absentia is no count
            "Of the 190 people convicted of espionage in 2024, 23 received terms of 15 years or"
            " more, and 11 were sentenced in absentia.",
            [_count(("espionage",), 190, "2024-01-01", "2024-12-31")],
        ),
    ],
)
def test_round14(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(map(repr, _claims(lexicon, text))) == sorted(map(repr, want))
