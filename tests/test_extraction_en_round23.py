"""Round 23 of the English extractor (issue 10), in sentences of our own: the phrasing
categories of penalty ranges, enactments and individual sentences the first score of
en-heldout51 showed, and the traps next to each rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.lexicon import Lexicon, load_lexicon
from tests.test_extraction_en_round20 import _claims, _enacted, _range, _term

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 9, 12)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


TOPS_OUT = [
    # "which tops out at N years": the law's ceiling of the offence it follows
    (
        "The defence said the act was at most disclosure of state secrets, which tops out at "
        "four years.",
        [_range("disclosure_of_state_secrets", None, 4.0)],
    ),
    (
        "Confidential cooperation with a foreign state tops out at eight years in prison.",
        [_range("confidential_cooperation", None, 8.0)],
    ),
    (
        "Before 2023, treason topped out at 20 years; now it carries life.",
        [_range("treason", None, 20.0), _range("treason", None, None, True)],
    ),
    # traps: a count that tops out, and "at most" before no term
    ("Treason convictions topped out at 361 in 2024.", []),
    ("Her lawyers argued she was at most an accomplice to espionage.", []),
]


@pytest.mark.parametrize(("text", "want"), TOPS_OUT)
def test_tops_out_at(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


SINCE_THE_LAW_IT = [
    # "Since amendments signed in <month>, it is punishable by ...": "it" is the offence of
    # the sentence before, the law dated to its month
    (
        "A repeat offence within a year is prosecuted under Article 280.3. Since amendments "
        "signed in March 2023, it is punishable by up to five years in prison.",
        [_enacted("discrediting_the_army", "2023-03"), _range("discrediting_the_army", None, 5.0)],
    ),
    (
        "Sabotage is covered by Article 281. After a law signed on 29 December 2022, it "
        "carries 10 to 20 years.",
        [_enacted("sabotage", "2022-12-29"), _range("sabotage", 10.0, 20.0)],
    ),
    # traps: "it" after a clause that is no law, and a law with no date
    (
        "Repeat discrediting falls under Article 280.3. Since the case opened in March 2023, "
        "it has dragged on.",
        [],
    ),
    (
        "Repeat discrediting falls under Article 280.3. Since the amendments, it is "
        "punishable by up to five years.",
        [_range("discrediting_the_army", None, 5.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), SINCE_THE_LAW_IT)
def test_since_the_law_it(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


CITIZEN_INITIAL = [
    # a court's press release: "found citizen X., born in ..., guilty ... and sentenced him"
    (
        "On 3 June 2025, the Central District Military Court found citizen P., born in 1987, "
        "guilty of a crime under Article 275 of the Criminal Code (high treason) and "
        "sentenced him to 14 years of imprisonment in a maximum-security colony.",
        [_term("treason", 14.0)],
    ),
    (
        "The court found resident Sh., born in 2001, guilty under Part 1 of Article 281 "
        "(sabotage) and sentenced her to 12 years.",
        [_term("sabotage", 12.0)],
    ),
    (
        "The garrison court found serviceman T. guilty of desertion and sentenced him to "
        "6 years in a penal colony.",
        [_term("desertion", 6.0)],
    ),
    # traps: a fine, and a term of a ban
    (
        "The court found citizen L., born in 1979, guilty of discrediting the army and "
        "fined him 100,000 roubles.",
        [],
    ),
    (
        "The court found citizen L. guilty of justifying terrorism and banned him from "
        "running websites for 3 years.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), CITIZEN_INITIAL)
def test_citizen_initial(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


DATABASE_ENTRY = [
    # a legal database's article entry: the heading names the offence, "Added by Federal
    # Law No. ... of <date>" dates it, "Sanction:" gives its range
    (
        "Article 275.1. Confidential cooperation with a foreign state. Added by Federal Law "
        "No. 260-FZ of 14 July 2022. Sanction: imprisonment for a term of three to eight "
        "years.",
        [
            _enacted("confidential_cooperation", "2022-07-14"),
            _range("confidential_cooperation", 3.0, 8.0),
        ],
    ),
    (
        "Article 281.2. Undergoing training for the purpose of carrying out sabotage. "
        "Inserted by Federal Law No. 586-FZ of 29 December 2022. Punishment: fifteen to "
        "twenty years of imprisonment.",
        [_enacted("sabotage_training", "2022-12-29"), _range("sabotage_training", 15.0, 20.0)],
    ),
    # traps: a fine alone after "Sanction:", and a sentence added to the record
    (
        "Article 280.3. Public actions aimed at discrediting the armed forces. Sanction: a "
        "fine of up to 100,000 roubles.",
        [],
    ),
    (
        "Article 275. High treason. Added by the editors on 3 March 2024 to the reading list.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), DATABASE_ENTRY)
def test_database_entry(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


TIMELINE_IN_FORCE = [
    # a timeline's line "<date> — the law enters into force." names no offence: the law's
    # offences from the line before
    (
        "How the sabotage articles became law\n"
        "14 December 2022 — the Duma passes the bill.\n"
        "29 December 2022 — the President signs the law: sabotage training becomes "
        "punishable by 15 to 20 years.\n"
        "9 January 2023 — the law enters into force.",
        [
            _enacted("sabotage_training", "2022-12-29"),
            _range("sabotage_training", 15.0, 20.0),
            _enacted("sabotage_training", "2023-01-09"),
        ],
    ),
    (
        "14 July 2022 — Putin signs the law adding confidential cooperation to the Code.\n"
        "25 July 2022 — the amendments take effect.",
        [
            _enacted("confidential_cooperation", "2022-07-14"),
            _enacted("confidential_cooperation", "2022-07-25"),
        ],
    ),
    # trap: a verdict's entry into force is no law's
    (
        "3 April 2025 — Ivan Petrov is sentenced to 13 years for treason.\n"
        "20 May 2025 — the verdict enters into force.",
        [_term("treason", 13.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), TIMELINE_IN_FORCE)
def test_timeline_in_force(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


LAW_THEN_IT = [
    # a law told first with its signature and its entry into force, then "It introduced
    # Article A, which ..., and Article B": both dates for both articles
    (
        "Federal Law No. 586-FZ, signed on 29 December 2022, entered into force on 9 January "
        "2023. It introduced Article 281.2 (sabotage training), which carries 15 to 20 "
        "years, and Article 281.3 (sabotage community).",
        [
            _enacted("sabotage_training", "2022-12-29"),
            _enacted("sabotage_community", "2022-12-29"),
            _enacted("sabotage_training", "2023-01-09"),
            _enacted("sabotage_community", "2023-01-09"),
            _range("sabotage_training", 15.0, 20.0),
        ],
    ),
    (
        "Federal Law No. 260-FZ was signed on 14 July 2022 and took effect on 25 July 2022. "
        "It added Article 275.1 on confidential cooperation with a foreign state.",
        [
            _enacted("confidential_cooperation", "2022-07-14"),
            _enacted("confidential_cooperation", "2022-07-25"),
        ],
    ),
    # traps: "it" of something other than a law, and a law with no date
    (
        "The court's ruling was published on 3 March 2025. It cited Article 275.1 twice.",
        [],
    ),
    (
        "A new federal law was discussed for months. It introduced Article 281.2 on "
        "sabotage training.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), LAW_THEN_IT)
def test_law_then_it(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert sorted(_claims(lexicon, text, PUBLISHED), key=str) == sorted(want, key=str)


CHANGED_ON_APPEAL = [
    # "reduced the sentence of <surname> for X from A to B years", "cut his sentence":
    # the term as changed, of the person told before
    (
        "The appeals court upheld the verdict against Yegor Zaitsev but reduced the sentence "
        "of Zaitsev for espionage from 14 to 12 years.",
        [_term("espionage", 12.0)],
    ),
    (
        "The Supreme Court upheld the conviction of Marina Lapina for treason but cut her "
        "sentence from 15 to 11 years.",
        [_term("treason", 11.0)],
    ),
    (
        "Kirill Orlov was jailed for sabotage in 2024. This week the appeals court reduced his "
        "sentence from 18 to 16 years.",
        [_term("sabotage", 16.0)],
    ),
    # traps: a cut with no person, and a fine reduced
    ("The court reduced the sentence for treason from 16 to 13 years in the draft.", []),
    (
        "The appeals court upheld the verdict against Yegor Zaitsev but reduced his fine for "
        "discrediting the army from 50,000 to 30,000 roubles.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), CHANGED_ON_APPEAL)
def test_changed_on_appeal(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


QUOTED_OFFENCE = [
    # 'the "fakes" offence', 'the "fakes" law': an offence named by a quoted word
    (
        'The basic form of the "fakes" offence carries up to five years, up from three '
        "before the amendments.",
        [_range("army_fakes", None, 3.0), _range("army_fakes", None, 5.0)],
    ),
    (
        'Under the "fakes" law, the basic offence carries up to five years in prison.',
        [_range("army_fakes", None, 5.0)],
    ),
    # traps: a quoted word that is no offence, and a count of cases under the law
    ('The "loyalty" law carries no prison term at all, only fines of up to five years\' pay.', []),
    ('Lawyers counted 212 "fakes" cases in 2024.', []),
]


@pytest.mark.parametrize(("text", "want"), QUOTED_OFFENCE)
def test_quoted_offence(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


SENTENCE_LINE = [
    # a factbox's "- Sentence: A to B years or life" under its offence's heading
    (
        "Russia's espionage law at a glance\n"
        "- Article 276 applies to foreigners and stateless persons.\n"
        "- Sentence: 10 to 20 years.",
        [_range("espionage", 10.0, 20.0)],
    ),
    (
        "High treason\nSentence: 12 to 20 years or life imprisonment.",
        [_range("treason", 12.0, 20.0, True)],
    ),
    # traps: one person's card with one term, and a plural "Sentences:" of a group's terms
    ("Case card. Name: Ivan Petrov. Charge: treason. Sentence: 13 years.", []),
    (
        "Petrov and Sidorov were convicted of sabotage in Kursk. Sentences: 6 to 8 years.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), SENTENCE_LINE)
def test_sentence_line(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


def _joint(offences: tuple[str, ...], lo: float | None, hi: float | None, life: bool = False):
    return ("penalty_range", offences, lo, hi, life)


COORDINATED_LABEL = [
    # "X or Y: A to B years (or life)": an item headed by two offences, one range for both
    (
        "Undergoing sabotage training or organising a sabotage community: 15 to 20 years or life.",
        [_joint(("sabotage_training", "sabotage_community"), 15.0, 20.0, True)],
    ),
    (
        "• Treason and espionage: 12 to 20 years.",
        [_joint(("treason", "espionage"), 12.0, 20.0)],
    ),
    # traps: a label of one offence keeps one; a comma-joined label of terms imposed
    ("Espionage (Art. 276): 10 to 20 years.", [_range("espionage", 10.0, 20.0)]),
    ("Treason and espionage: sentences ranged from 12 to 20 years last year.", []),
]


@pytest.mark.parametrize(("text", "want"), COORDINATED_LABEL)
def test_coordinated_label(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want
