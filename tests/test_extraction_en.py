"""English extraction by category (issue 10), the answer keys, the scorer, and the
language dispatch. Every sentence here is written for these tests; none is in a key."""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
from pathlib import Path
from typing import Any

import pytest

from kgbuild.claims import Claim
from kgbuild.errors import InputError
from kgbuild.extraction import detect_language, extract_claims
from kgbuild.extraction.scoring import (
    KeyItem,
    Signature,
    claim_signature,
    load_key,
    score_claims,
    score_key,
)
from kgbuild.lexicon import load_lexicon
from tests.conftest import ROOT, kgbuild

LEXICON = load_lexicon(ROOT / "ontology" / "offences.ttl")
KEYS = ROOT / "tests" / "keys"
PUBLISHED = dt.date(2025, 3, 20)


def _count(
    offence: str | list[str],
    count: int,
    start: str,
    end: str,
    q: str = "exact",
    kind: str = "conviction_count",
) -> dict[str, Any]:
    return {
        "kind": kind,
        "offence": offence,
        "count": count,
        "qualifier": q,
        "period_start": start,
        "period_end": end,
    }


def _year(year: int) -> tuple[str, str]:
    return f"{year}-01-01", f"{year}-12-31"


def _penalty(
    offence: str | list[str], lo: float | None, hi: float | None, life: bool = False
) -> dict[str, Any]:
    return {
        "kind": "penalty_range",
        "offence": offence,
        "min_years": lo,
        "max_years": hi,
        "life": life,
    }


def _enactment(offence: str, date: str) -> dict[str, Any]:
    return {"kind": "enactment", "offence": offence, "date": date}


def _signatures(claims: list[Claim]) -> list[Signature]:
    # repr: signatures mix None and numbers in one position
    return sorted((claim_signature(c) for c in claims if c.kind != "individual_sentence"), key=repr)


def _expected(items: list[dict[str, Any]]) -> list[Signature]:
    from kgbuild.extraction.scoring import _signature

    return sorted((_signature(str(i["kind"]), i) for i in items), key=repr)


CATEGORIES: list[tuple[str, str, list[dict[str, Any]]]] = [
    (
        "several counts, elided nouns",
        "In 2022 military courts convicted 27 people of treason, nine of espionage and "
        "two of confidential cooperation.",
        [
            _count("treason", 27, *_year(2022)),
            _count("espionage", 9, *_year(2022)),
            _count("confidential_cooperation", 2, *_year(2022)),
        ],
    ),
    (
        "several counts, elided period",
        "Judges convicted 71 people of espionage in 2023 and 38 in the first quarter of 2024.",
        [
            _count("espionage", 71, *_year(2023)),
            _count("espionage", 38, "2024-01-01", "2024-03-31"),
        ],
    ),
    (
        "numbers respectively",
        "Convictions for espionage and treason came to 11 and 30, respectively, in 2020.",
        [_count("espionage", 11, *_year(2020)), _count("treason", 30, *_year(2020))],
    ),
    (
        "a rise from one figure to another",
        "Treason convictions climbed from 40 in 2021 to 96 in 2022.",
        [_count("treason", 40, *_year(2021)), _count("treason", 96, *_year(2022))],
    ),
    (
        "enactment: signed legislation",
        "On 12 May 2023 the president signed legislation raising the penalty for espionage.",
        [_enactment("espionage", "2023-05-12")],
    ),
    (
        "enactment: a definition broadened",
        "In October 2012 the legal definition of high treason was widened.",
        [_enactment("treason", "2012-10")],
    ),
    (
        "penalty: the maximum remains",
        "The maximum sentence for disclosing state secrets remains seven years.",
        [_penalty("disclosure_of_state_secrets", None, 7)],
    ),
    (
        "penalty: can get a range",
        "Anyone convicted of assisting the enemy can get from ten to 20 years.",
        [_penalty("assistance_to_the_enemy", 10, 20)],
    ),
    (
        "penalty: one range over two offences",
        "Espionage and treason alike are punishable by 12 to 20 years behind bars.",
        [_penalty(["espionage", "treason"], 12, 20)],
    ),
    (
        "penalty: range with life is one claim",
        "Espionage is punishable by 10 to 20 years in prison or life imprisonment.",
        [_penalty("espionage", 10, 20, life=True)],
    ),
    (
        "offence wording from the scheme's new labels",
        "In 2023 courts convicted 13 men of colluding with foreign security agencies.",
        [_count("confidential_cooperation", 13, *_year(2023))],
    ),
    (
        "reference back: this offence",
        "Espionage trials are closed to the press. In 2022 judges convicted 31 people of "
        "this offence.",
        [_count("espionage", 31, *_year(2022))],
    ),
    (
        "reference back: all of them",
        "Five pensioners from Tula stood trial for treason. In May 2024 the court found "
        "all of them guilty.",
        [_count("treason", 5, "2024-05-01", "2024-05-31")],
    ),
    (
        "conviction wording: verdicts handed down to people",
        "Courts handed down guilty verdicts to 44 people for espionage in 2024.",
        [_count("espionage", 44, *_year(2024))],
    ),
    (
        "span: the past N years",
        "Over the past five years, courts have convicted about 900 people of treason.",
        [_count("treason", 900, "2020-03-20", "2025-03-20", "about")],
    ),
    (
        "span: from one year to another",
        "From 2015 to 2019, 120 people were convicted of espionage.",
        [_count("espionage", 120, "2015-01-01", "2019-12-31")],
    ),
    (
        "a rise stated as a doubling",
        "Espionage convictions more than doubled, from 8 in 2019 to 17 in 2020.",
        [_count("espionage", 8, *_year(2019)), _count("espionage", 17, *_year(2020))],
    ),
    (
        "reference back: a bare count with an adverb",
        "Seven activists were detained on treason charges in 2021. Four were eventually "
        "convicted on the same charges in 2023.",
        [_count("treason", 4, *_year(2023))],
    ),
    (
        "span: so far this year",
        "So far this year, 52 people have been convicted of espionage.",
        [_count("espionage", 52, "2025-01-01", "2025-03-20")],
    ),
    (
        "penalty: a modal before an imposed verb",
        "Anyone found guilty of aiding the enemy may be imprisoned for 10 to 20 years.",
        [_penalty("assistance_to_the_enemy", 10, 20)],
    ),
    (
        "penalty: the maximum is still",
        "The maximum penalty for espionage is still 20 years.",
        [_penalty("espionage", None, 20)],
    ),
    (
        "penalty: raise from a ceiling to life",
        "Deputies proposed to raise the punishment for espionage from 20 years to life.",
        [_penalty("espionage", None, 20), _penalty("espionage", None, None, life=True)],
    ),
    (
        "penalty: life for one offence of a shared range",
        "Treason and espionage carry 12 to 20 years, and treason can also bring life imprisonment.",
        [_penalty("espionage", 12, 20), _penalty("treason", 12, 20, life=True)],
    ),
    (
        "conviction wording: issued guilty verdicts to people",
        "Courts issued guilty verdicts to 18 people for sabotage in 2023.",
        [_count("sabotage", 18, *_year(2023))],
    ),
    (
        "offences added to the scheme",
        "In 2024 courts convicted 95 people of mercenarism and 40 of rehabilitation of Nazism.",
        [
            _count("mercenarism", 95, *_year(2024)),
            _count("rehabilitation_of_nazism", 40, *_year(2024)),
        ],
    ),
    (
        "enactment: an article expanded",
        "In April 2023 parliament expanded the article on sabotage.",
        [_enactment("sabotage", "2023-04")],
    ),
    (
        "an elided count with its year first",
        "In 2021 courts handed down 33 espionage sentences; in 2020, 14.",
        [_count("espionage", 33, *_year(2021)), _count("espionage", 14, *_year(2020))],
    ),
    (
        "reference back: the figure reached",
        "Courts convicted 20 people of sabotage in 2022. The figure kept rising, reaching 47 "
        "in 2023.",
        [_count("sabotage", 20, *_year(2022)), _count("sabotage", 47, *_year(2023))],
    ),
    (
        "span: the past decade, since an event",
        "In the past decade about 400 people were convicted of espionage. Since the start "
        "of the war in February 2022, 61 people have been convicted of sabotage.",
        [
            _count("espionage", 400, "2015-03-20", "2025-03-20", "about"),
            _count("sabotage", 61, "2022-02-01", "2025-03-20"),
        ],
    ),
    (
        "penalty: a fine between the range and life",
        "Sabotage is punishable by 15 to 20 years with a fine of up to 1 million roubles, or "
        "by life imprisonment.",
        [_penalty("sabotage", 15, 20, life=True)],
    ),
    (
        "penalty: life made possible",
        "Since April 2023 life imprisonment has been possible for treason.",
        [_penalty("treason", None, None, life=True)],
    ),
    (
        "enactment: a law Putin signed",
        "The law, which Putin signed on 14 July 2022, creates the offence of confidential "
        "cooperation.",
        [_enactment("confidential_cooperation", "2022-07-14")],
    ),
    (
        "conviction wording: sent to prison",
        "In 2024 judges sent 37 people to prison for aiding the enemy.",
        [_count("assistance_to_the_enemy", 37, *_year(2024))],
    ),
    (
        "trap: a count with no offence of the scheme",
        "In 2024 military courts convicted 3,500 servicemen of stealing fuel.",
        [],
    ),
    (
        "AWOL, in the scheme since its wartime articles were added",
        "In 2024 military courts convicted 3,500 servicemen of going absent without leave.",
        [_count("leaving_a_unit_without_leave", 3500, *_year(2024))],
    ),
    (
        "a split after a colon",
        "In 2020 judges convicted 25 people of espionage and treason: 15 of espionage and 10 "
        "of treason.",
        [
            _count(["espionage", "treason"], 25, *_year(2020)),
            _count("espionage", 15, *_year(2020)),
            _count("treason", 10, *_year(2020)),
        ],
    ),
    (
        "reference back: the following year",
        "In 2019, eight people were convicted of treason. The following year, the number "
        "rose to 15.",
        [_count("treason", 8, *_year(2019)), _count("treason", 15, *_year(2020))],
    ),
    (
        "enactment: appeared in the Code, the Duma voted",
        "Article 276.1 appeared in the Criminal Code in July 2022. On 13 December 2022 the "
        "Duma voted to make desertion in wartime a graver crime.",
        [
            _enactment("assistance_to_the_enemy", "2022-07"),
            _enactment("desertion", "2022-12-13"),
        ],
    ),
    (
        "penalties in brackets after their offences",
        "He faced charges of sabotage (10 to 15 years) and disclosing state secrets (up to "
        "four years).",
        [_penalty("sabotage", 10, 15), _penalty("disclosure_of_state_secrets", None, 4)],
    ),
    (
        "conviction wording: verdicts handed down in cases",
        "In 2021, guilty verdicts were handed down in 19 espionage cases.",
        [_count("espionage", 19, *_year(2021))],
    ),
    (
        "conviction wording: a new high, verdicts numbered",
        "Convictions for espionage hit a new high of 52 in 2024. Treason verdicts numbered 40 "
        "in 2021.",
        [_count("espionage", 52, *_year(2024)), _count("treason", 40, *_year(2021))],
    ),
    (
        "enactment: the bill of the sentence before, an offence created",
        "Deputies passed a bill on sabotage in April 2023. Putin signed the bill into law on "
        "28 April 2023. The offence of rehabilitation of Nazism was created in 2014.",
        [
            _enactment("sabotage", "2023-04"),
            _enactment("sabotage", "2023-04-28"),
            _enactment("rehabilitation_of_nazism", "2014"),
        ],
    ),
    (
        "a figure after a semicolon, a rise by a factor, two months",
        "In 2023, 61 people were convicted of sabotage; a year earlier the figure was 19. The "
        "number of espionage convictions rose threefold to 45 in 2022. At least 9 people were "
        "convicted of treason in March and April 2024.",
        [
            _count("sabotage", 61, *_year(2023)),
            _count("sabotage", 19, *_year(2022)),
            _count("espionage", 45, *_year(2022)),
            _count("treason", 9, "2024-03-01", "2024-04-30", "at_least"),
        ],
    ),
    (
        "trap: a rate is not a count",
        "Courts now hand down roughly three treason convictions per week.",
        [],
    ),
    (
        "trap: an enactment without a date",
        "Parliament has toughened the punishment for spying.",
        [],
    ),
    (
        "trap: detentions and an age band",
        "Police detained 14 people on treason charges; most were between 20 and 35 years old.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in CATEGORIES], ids=[c[0] for c in CATEGORIES]
)
def test_english_categories(text: str, expected: list[dict[str, Any]]) -> None:
    claims = extract_claims(text, document="t", lexicon=LEXICON, published=PUBLISHED)
    assert _signatures(claims) == _expected(expected)


def test_imposed_term_is_an_individual_sentence_not_a_penalty() -> None:
    text = "Engineer Pavel Orlov was sentenced to 14 years for treason in 2023."
    claims = extract_claims(text, document="t", lexicon=LEXICON, published=PUBLISHED)
    assert [(c.kind, c.person, c.sentence_years, c.offence) for c in claims] == [
        ("individual_sentence", "Pavel Orlov", 14.0, "treason")
    ]


def test_an_indefinite_subject_is_the_person_without_its_verb() -> None:
    text = "A 31-year-old teacher from Perm was sentenced to 11 years for espionage."
    claims = extract_claims(text, document="t", lexicon=LEXICON, published=PUBLISHED)
    assert [(c.kind, c.person, c.sentence_years, c.offence) for c in claims] == [
        ("individual_sentence", "A 31-year-old teacher from Perm", 11.0, "espionage")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Engineer Boris Lapin was detained in Omsk in 2022. She was not charged. He was "
            "sentenced to 13 years for espionage in 2024.",
            [("Boris Lapin", 13.0, "espionage")],
        ),
        (
            "Prosecutors asked for 18 years for Yulia Kamenskaya, but the judge gave her 16 "
            "years for treason.",
            [("Yulia Kamenskaya", 16.0, "treason")],
        ),
        (
            "The court passed a nine-year sentence on Roman Fedin for confidential cooperation.",
            [("Roman Fedin", 9.0, "confidential_cooperation")],
        ),
        (
            "Artem Belov received 12 years in a penal colony for sabotage.",
            [("Artem Belov", 12.0, "sabotage")],
        ),
        ("He was sentenced to 14 years for treason.", []),
    ],
)
def test_sentences_given_to_a_named_or_pronoun_person(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    claims = extract_claims(text, document="t", lexicon=LEXICON, published=PUBLISHED)
    found = [
        (c.person, c.sentence_years, c.offence) for c in claims if c.kind == "individual_sentence"
    ]
    assert found == expected
    assert all(c.kind == "individual_sentence" for c in claims)


# ---------------------------------------------------------------------------- the keys


@pytest.mark.parametrize(
    ("key", "precision", "recall"),
    [
        ("en.yaml", 1.0, 0.95),
        ("en-heldout.yaml", 0.9, 0.85),
        ("en-dev2.yaml", 1.0, 0.95),
        # scored once before the second round (P 0.75, R 0.58) and once after it (P 0.95,
        # R 0.85), never tuned on: a floor against regressions, not a target
        ("en-heldout2.yaml", 0.9, 0.8),
    ],
)
def test_english_keys_score(key: str, precision: float, recall: float) -> None:
    score = score_key(KEYS / key, LEXICON)
    total = score.by_language()["en"]
    assert total.tp + total.fn >= 40
    assert total.precision is not None and total.precision >= precision, score.extra
    assert total.recall is not None and total.recall >= recall, score.missed


def test_keys_hold_at_least_80_english_items_together() -> None:
    items = load_key(KEYS / "en.yaml") + load_key(KEYS / "en-heldout.yaml")
    assert len(items) >= 80
    assert len({i.id for i in items}) == len(items)
    assert {i.lang for i in items} == {"en"}


# ---------------------------------------------------------------------------- the scorer


def _claim(**fields: Any) -> Claim:
    return Claim(document="d", quote="q", start=0, end=1, rule="r", **fields)


def test_scorer_counts_hits_misses_and_false_claims() -> None:
    wanted = _expected([_count("treason", 5, *_year(2024)), _penalty("espionage", None, 20)])
    item = KeyItem("x", "en", "text", tuple(wanted))
    found = [
        _claim(
            kind="conviction_count",
            offence="treason",
            count=5,
            qualifier="exact",
            period_start="2024-01-01",
            period_end="2024-12-31",
        ),
        _claim(
            kind="conviction_count",
            offence="treason",
            count=6,
            qualifier="exact",
            period_start="2024-01-01",
            period_end="2024-12-31",
        ),
    ]
    score = score_claims([(item, found)])
    counts = score.tallies[("en", "conviction_count")]
    penalties = score.tallies[("en", "penalty_range")]
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)
    assert (penalties.tp, penalties.fp, penalties.fn) == (0, 0, 1)
    assert counts.precision == 0.5 and penalties.recall == 0.0 and penalties.precision is None
    assert [i for i, _ in score.missed] == ["x"] and len(score.extra) == 1


def test_scorer_lists_misses_in_the_keys_order() -> None:
    """The order of the listed misses is the key's: it followed hash(None), which changes
    from run to run, so the same key printed its misses in a different order each time."""
    claims = [_count(o, n, *_year(2020 + n)) for n, o in enumerate(_OFFENCES_IN_ORDER)]
    wanted = _expected(claims)
    score = score_claims([(KeyItem("x", "en", "text", tuple(wanted)), [])])
    assert [sig for _, sig in score.missed] == wanted


_OFFENCES_IN_ORDER = ("treason", "espionage", "state_secrets", "sabotage", "terrorism")


def test_scorer_compares_offences_as_a_set() -> None:
    wanted = _expected([_count(["treason", "espionage"], 3, *_year(2021))])
    found = [
        _claim(
            kind="conviction_count",
            offence=("espionage", "treason"),
            count=3,
            qualifier="exact",
            period_start="2021-01-01",
            period_end="2021-12-31",
        )
    ]
    score = score_claims([(KeyItem("x", "en", "t", tuple(wanted)), found)])
    assert score.tallies[("en", "conviction_count")].tp == 1


def test_a_bad_key_names_file_line_and_fix(tmp_path: Path) -> None:
    key = tmp_path / "key.yaml"
    key.write_text(
        "- id: a\n  lang: en\n  text: 'Five people were convicted of treason in 2020.'\n"
        "  claims: []\n"
        "- id: b\n  lang: fr\n  txt: oops\n  claims: []\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_key(key)
    messages = [str(p) for p in caught.value.problems]
    assert any(":7:" in m and "unknown key 'txt'" in m for m in messages), messages
    assert any("lang is 'fr'" in m for m in messages), messages


def test_cli_score_prints_precision_and_recall(tmp_path: Path) -> None:
    key = tmp_path / "key.yaml"
    key.write_text(
        "- id: a\n  lang: en\n  published: 2021-02-01\n"
        "  text: 'Last year courts convicted 15 people of espionage.'\n"
        "  claims:\n"
        "    - {kind: conviction_count, offence: espionage, count: 15,"
        " period_start: 2020-01-01, period_end: 2020-12-31}\n"
        "    - {kind: enactment, offence: espionage, date: 2020-05}\n",
        encoding="utf-8",
    )
    run = kgbuild("extract", "--score", key)
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].split() == ["lang", "kind", "tp", "fp", "fn", "precision", "recall"]
    assert "en   conviction_count        1    0    0      1.00   1.00" in lines
    assert "en   enactment               0    0    1         -   0.00" in lines
    assert "missed a: enactment espionage date=2020-05" in lines


def test_cli_score_refuses_files_too_and_a_bad_key(tmp_path: Path) -> None:
    key = tmp_path / "key.yaml"
    key.write_text("- id: a\n  lang: xx\n  text: t\n", encoding="utf-8")
    both = kgbuild("extract", "--score", key, ROOT / "README.md")
    assert both.code == 2
    bad = kgbuild("extract", "--score", key)
    assert bad.code == 3
    assert len(bad.stderr.strip().splitlines()) == 1 and "key.yaml" in bad.stderr


# ---------------------------------------------------------------------------- languages


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Courts convicted 16 people of treason in 2023.", "en"),
        ("В 2023 году суды осудили 16 человек по статье 275 УК РФ о госизмене.", "ru"),
        ("The law «О государственной тайне» was amended in 1997 after a long debate.", "en"),
        ("", "en"),
    ],
)
def test_language_is_detected_from_cyrillic_letters(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_russian_goes_to_the_russian_extractor(caplog: pytest.LogCaptureFixture) -> None:
    text = "В 2023 году суды осудили 16 человек за государственную измену."
    with caplog.at_level(logging.WARNING, logger="kgbuild.extraction"):
        claims = extract_claims(text, document="ru.txt", lexicon=LEXICON)
    if importlib.util.find_spec("kgbuild.extraction_ru") is None:
        assert claims == []
        assert "kgbuild.extraction_ru" in caplog.text and "ru.txt" in caplog.text
    else:
        assert all(c.document == "ru.txt" for c in claims)
        assert caplog.text == ""


def test_lang_option_overrides_detection(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("In 2023 courts convicted 16 people of treason.\n", encoding="utf-8")
    english = kgbuild("extract", "--lang", "en", doc)
    assert english.code == 0 and '"count": 16' in english.stdout
    wrong = kgbuild("extract", "--lang", "fr", doc)
    assert wrong.code == 2


@pytest.mark.parametrize("odd", ["\u017f", "\u212a"])
def test_letters_that_fold_to_ascii_do_not_break_a_rule(odd: str) -> None:
    """A long s ("leaſt") or a Kelvin sign matches the patterns case-insensitively; the
    claim must still come out, with its quote exactly as the document has it."""
    text = {
        "\u017f": "At lea\u017ft 7 people were convicted of espionage in 2022.",
        "\u212a": "Courts convicted at least 7 people of espionage in 2022, said \u212aommersant.",
    }[odd]
    (claim,) = extract_claims(text, document="odd.txt", lexicon=LEXICON)
    assert (claim.count, claim.qualifier, claim.offence) == (7, "at_least", "espionage")
    assert text[claim.start : claim.end] == claim.quote
