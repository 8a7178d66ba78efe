"""Round 22 of the English extractor (issue 10), in sentences of our own: the phrasing
categories of penalty ranges, enactments and individual sentences the first score of
en-heldout50 showed, and the traps next to each rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgbuild.lexicon import Lexicon, load_lexicon
from tests.test_extraction_en_round20 import _claims, _count, _enacted, _range, _term

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2025, 9, 12)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "offences.ttl")


UPHELD = [
    # an appeal ruling: "upheld the N-year sentence of X", the charge in a clause after it
    (
        "The regional court on Monday upheld the 12-year sentence of Pavel Sorokin, a "
        "retired engineer who was convicted of espionage.",
        [_term("espionage", 12.0)],
    ),
    (
        "Judges confirmed the prison term of 9 years handed to Olga Rudneva for treason.",
        [_term("treason", 9.0)],
    ),
    (
        "The Supreme Court left in force the 15-year term of Marat Z. for sabotage.",
        [_term("sabotage", 15.0)],
    ),
    # traps: an upheld ruling with no term, and an upheld ban
    ("The appeals court upheld the treason verdict against Sorokin.", []),
    ("The court upheld the 10-year ban on the group's activity.", []),
]


@pytest.mark.parametrize(("text", "want"), UPHELD)
def test_upheld_sentence(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


LIST_ITEM_TOWN = [
    # a verdicts list: the name, the age, the town, then the term and the charge
    (
        "• Anton Lebedev, 33, Chelyabinsk — 11 years in a strict-regime colony for treason.",
        [_term("treason", 11.0)],
    ),
    (
        "- Maria Zueva, 41, Nizhny Novgorod: 6 years for confidential cooperation with a "
        "foreign state.",
        [_term("confidential_cooperation", 6.0)],
    ),
    # traps: a town and a count, a town and a fine
    ("• Kursk, 2024 — 17 years for sabotage were requested by the prosecutor.", []),
    ("• Oleg Fomin, 62, Kazan — a fine of 400,000 roubles for discrediting the army.", []),
]


@pytest.mark.parametrize(("text", "want"), LIST_ITEM_TOWN)
def test_list_item_with_town(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


GAVE_NOUN_NAME = [
    # "gave blogger X, who ..., N years": a noun before the name, a relative clause after
    (
        "The court gave journalist Irina Volkova, who left Russia in 2022, seven years "
        "for spreading fakes about the army.",
        [_term("army_fakes", 7.0)],
    ),
    (
        "A military court gave activist Denis Kuzmin four years for public calls for "
        "sanctions against Russia.",
        [_term("calls_for_sanctions", 4.0)],
    ),
    # trap: "gave" of something else
    ("The court gave journalist Irina Volkova, who left Russia, ten days to appeal.", []),
]


@pytest.mark.parametrize(("text", "want"), GAVE_NOUN_NAME)
def test_gave_noun_name(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


PUNISHES_WITH = [
    # "punishes ... with imprisonment for A to B years", however long the definition between
    (
        "Article 283.1 punishes anyone who obtains information constituting a state secret "
        "by theft, deception, blackmail or bribery, where it is later used abroad, with "
        "imprisonment for three to eight years.",
        [_range("illegal_obtaining_of_state_secrets", 3.0, 8.0)],
    ),
    (
        "Assistance to the enemy is a separate article. It punishes a citizen who knowingly "
        "helps an adversary of Russia in wartime or in an armed conflict with deprivation of "
        "liberty for ten to fifteen years.",
        [_range("assistance_to_the_enemy", 10.0, 15.0)],
    ),
    # traps: "punished" by a court with a term imposed; a range of ages
    (
        "The court punished Sergei Volkov, who had spied for a foreign service for years, "
        "with a fine.",
        [],
    ),
    (
        "Article 275 punishes citizens who pass secrets abroad; most defendants were aged "
        "between 20 and 35 years.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), PUNISHES_WITH)
def test_punishes_with(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


CALLS_FOR_SANCTIONS = [
    # the offence of Article 284.2 named without "against Russia"
    (
        "Public calls for sanctions are punishable by a fine or up to three years.",
        [_range("calls_for_sanctions", None, 3.0)],
    ),
    (
        "A Samara blogger was jailed for three years for publicly calling for sanctions.",
        [_term("calls_for_sanctions", 3.0)],
    ),
    # trap: a politician's calls for sanctions, no term or range
    ("The minister repeated his calls for international sanctions on Monday.", []),
]


@pytest.mark.parametrize(("text", "want"), CALLS_FOR_SANCTIONS)
def test_calls_for_sanctions(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


NAMED_AFTER_THE_LAW = [
    # after a dated law with no offence of its own: "a crime of its own: X", "becomes X"
    (
        "Putin signed the amendments on 14 July 2022. Working covertly for a foreign service "
        "is now an offence of its own: confidential cooperation with a foreign state.",
        [_enacted("confidential_cooperation", "2022-07-14")],
    ),
    (
        "On 14 July 2022 the president signed a raft of amendments to the Code. Aiding an "
        "adversary in wartime became assistance to the enemy.",
        [_enacted("assistance_to_the_enemy", "2022-07-14")],
    ),
    # traps: "becomes" without a law before it; an offence that "became" something else
    ("Helping an adversary in wartime becomes assistance to the enemy under Article 276.1.", []),
    (
        "Putin signed the package on 14 July 2022. Since then treason has become the most "
        "common charge.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), NAMED_AFTER_THE_LAW)
def test_named_after_the_law(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


SIGNED_FEDERAL_LAW = [
    # "signed Federal Law No. ...": a law's number after "federal law"
    (
        "Since 29 December 2022, when Putin signed Federal Law No. 586-FZ, sabotage "
        "training has been a crime.",
        [_enacted("sabotage_training", "2022-12-29")],
    ),
    (
        "On 14 July 2022 the president signed federal law 260-FZ, which made confidential "
        "cooperation a separate offence.",
        [_enacted("confidential_cooperation", "2022-07-14")],
    ),
    # traps: a federal law read out in court, a signed petition
    ("The judge read out Federal Law No. 260-FZ to the defendant accused of treason.", []),
    ("In 2023, 3,000 people signed a petition against the treason law.", []),
]


@pytest.mark.parametrize(("text", "want"), SIGNED_FEDERAL_LAW)
def test_signed_federal_law(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


MAXIMUM_IN_APPOSITION = [
    # "N years, the maximum under (for) X": the law's ceiling told beside another term
    (
        "Prosecutors asked for four years, the maximum under Article 283.",
        [_range("disclosure_of_state_secrets", None, 4.0)],
    ),
    (
        "The defence noted that prosecutors wanted 20 years, the statutory maximum for espionage.",
        [_range("espionage", None, 20.0)],
    ),
    # traps: a maximum of something else, the maximum of terms imposed
    ("He served 20 years, the maximum number of years anyone served in that colony.", []),
    (
        "The court gave the activist six years, the longest term this year for treason.",
        [_term("treason", 6.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), MAXIMUM_IN_APPOSITION)
def test_maximum_in_apposition(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


AGGRAVATED_AFTER_BASIC_FORM = [
    # "up to N years in its basic form, and (with) up to M years where ...": M is an
    # aggravated part's
    (
        "Discrediting the army is punishable by up to five years in its basic form, and "
        "by up to seven years where it causes deaths.",
        [_range("discrediting_the_army", None, 5.0)],
    ),
    (
        "Article 280.1 punishes public calls for separatism with up to four years in "
        "prison in its basic form, and with up to five years when they are made online.",
        [_range("calls_for_separatism", None, 4.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), AGGRAVATED_AFTER_BASIC_FORM)
def test_aggravated_after_basic_form(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


NEW_PART = [
    # a range of a new part of an article: an aggravated part's, left out
    (
        "The amendments add a new part to Article 280.3 with up to seven years for "
        "discrediting the army by an organised group.",
        [],
    ),
    (
        "Lawmakers introduced a new paragraph in Article 275.1 carrying 5 to 10 years.",
        [],
    ),
    # not a part: a new article's range stays
    (
        "The amendments add a new article on confidential cooperation carrying three to "
        "eight years.",
        [_range("confidential_cooperation", 3.0, 8.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), NEW_PART)
def test_new_part(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


def test_sabotage_communities_plural(lexicon: Lexicon) -> None:
    text = "The court convicted 12 people of organising sabotage communities in 2024."
    got = _claims(lexicon, text, PUBLISHED)
    assert got == [_count("sabotage_community", 12, "2024-01-01", "2024-12-31")]


OFFENCE_IS_RANGE = [
    # "X is A to B years": the offence itself the subject of the copula
    ("Espionage is 10 to 20 years in a penal colony.", [_range("espionage", 10.0, 20.0)]),
    (
        "In short, treason is now 12 to 20 years or life.",
        [_range("treason", 12.0, 20.0, True)],
    ),
    # traps: ages and days, a subject other than the offence
    ("The typical treason defendant is 25 to 35 years old.", []),
    ("The average espionage trial is 10 to 12 months long.", []),
]


@pytest.mark.parametrize(("text", "want"), OFFENCE_IS_RANGE)
def test_offence_is_range(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


UNITLESS_RANGE = [
    # a range whose unit is left to the range in years just before it
    (
        "Espionage carries 10 to 20 years. Disclosure of state secrets, by contrast, "
        "carries three to seven.",
        [_range("espionage", 10.0, 20.0), _range("disclosure_of_state_secrets", 3.0, 7.0)],
    ),
    (
        "Treason is punishable by 12 to 20 years; assistance to the enemy is punishable "
        "by 10 to 15.",
        [_range("treason", 12.0, 20.0), _range("assistance_to_the_enemy", 10.0, 15.0)],
    ),
    # traps: no range in years before it; a count of people after the numbers
    ("Confidential cooperation carries three to eight.", []),
    (
        "Espionage carries 10 to 20 years. The espionage article carries 3 to 8 "
        "convictions a year.",
        [_range("espionage", 10.0, 20.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), UNITLESS_RANGE)
def test_unitless_range(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


ADOPTED_AND_SIGNED = [
    # "adopted (passed) by the Duma on X and signed by Putin on Y": the signature dates the
    # law, in the year told with the vote
    (
        "The law creating Article 280.4 was adopted by the Duma on 6 July 2022 and signed "
        "by Putin on 14 July.",
        [_enacted("calls_against_state_security", "2022-07-14")],
    ),
    (
        "Amendments on sabotage were passed by lawmakers on 20 December 2022 and signed by "
        "President Vladimir Putin on 29 December.",
        [_enacted("sabotage", "2022-12-29")],
    ),
    # trap: people who signed, not a law's signature
    ("A letter on the treason law was drafted and signed by Putin loyalists in 2023.", []),
]


@pytest.mark.parametrize(("text", "want"), ADOPTED_AND_SIGNED)
def test_adopted_and_signed(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


RESPECTIVE_RANGES = [
    # one range per offence, paired in order by "respectively"
    (
        "Sabotage and assistance to the enemy carry 10 to 20 and 10 to 15 years in prison "
        "respectively.",
        [_range("sabotage", 10.0, 20.0), _range("assistance_to_the_enemy", 10.0, 15.0)],
    ),
    (
        "Espionage and confidential cooperation are punishable by up to 20 and up to 8 "
        "years, respectively.",
        [_range("espionage", None, 20.0), _range("confidential_cooperation", None, 8.0)],
    ),
    (
        "Treason and sabotage carry minimum terms of 12 and 10 years respectively.",
        [_range("treason", 12.0, None), _range("sabotage", 10.0, None)],
    ),
    # traps: one item for two offences (the ordinary rule's shared range); terms imposed
    # on two people
    (
        "Treason and espionage carry 12 to 20 years respectively.",
        [("penalty_range", ("treason", "espionage"), 12.0, 20.0, False)],
    ),
    (
        "Ivanov and Petrov were jailed for 14 and 12 years for treason and espionage respectively.",
        [_term("treason", 14.0), _term("espionage", 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), RESPECTIVE_RANGES)
def test_respective_ranges(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


MINIMUM_ALONE = [
    # a statutory minimum told without a ceiling
    ("The minimum sentence for sabotage is ten years.", [_range("sabotage", 10.0, None)]),
    (
        "Espionage carries a minimum prison term of 10 years.",
        [_range("espionage", 10.0, None)],
    ),
    # with a ceiling in the same sentence: one range
    (
        "Treason is punishable by up to 20 years, with a minimum of 12 years.",
        [_range("treason", 12.0, 20.0)],
    ),
    # traps: an age, a changed minimum (another rule's), a lawyer's hope
    ("The minimum age for liability for sabotage is 14 years.", []),
    ("His lawyer asked for the minimum of 12 for treason.", []),
]


@pytest.mark.parametrize(("text", "want"), MINIMUM_ALONE)
def test_minimum_alone(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


CHANGED_ON_APPEAL = [
    # a term an appeal court changed: the new term is the person's
    (
        "The appeals chamber reduced the sentence of Marina Belova for treason from 14 to "
        "12 years.",
        [_term("treason", 12.0)],
    ),
    (
        "The Supreme Court cut Oleg Sitnikov's espionage sentence to 13 years.",
        [_term("espionage", 13.0)],
    ),
    (
        "The military appeals court increased the sentence of Roman Lugin for sabotage to "
        "17 years.",
        [_term("sabotage", 17.0)],
    ),
    # upheld, the person's possessive first
    (
        "Denis Karpov's 16-year sentence for treason was upheld on Thursday.",
        [_term("treason", 16.0)],
    ),
    # traps: a change of the law's maximum; a reduction by some years
    (
        "The Duma cut the maximum sentence for treason to 15 years.",
        [_range("treason", None, 15.0)],
    ),
    ("The court reduced Karpov's treason sentence by two years.", []),
]


@pytest.mark.parametrize(("text", "want"), CHANGED_ON_APPEAL)
def test_changed_on_appeal(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


LIMIT_WENT_UP = [
    # "the maximum (minimum) term for X went up from A to B years": the old and new limits
    (
        "The maximum term for a terrorist act went up from 15 to 20 years.",
        [_range("terrorist_act", None, 15.0), _range("terrorist_act", None, 20.0)],
    ),
    # trap: the longest terms courts handed down, not the law's
    ("The maximum sentence imposed for espionage went from 13 to 18 years in a decade.", []),
]


@pytest.mark.parametrize(("text", "want"), LIMIT_WENT_UP)
def test_limit_went_up(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


def test_calls_for_sanctions_bare(lexicon: Lexicon) -> None:
    text = "The court sentenced Anna Gorina in absentia to 4 years for calls for sanctions."
    assert _claims(lexicon, text, PUBLISHED) == [_term("calls_for_sanctions", 4.0)]


SERVING_AT_CLAUSE_END = [
    # "X, convicted of Y, is serving a N-year sentence.": the charge told before the term
    (
        "Physicist Dmitry Kolker's colleague Anatoly Gubanov, convicted of treason, is "
        "serving a 12-year sentence.",
        [_term("treason", 12.0)],
    ),
    (
        "Pavel Orlov is serving a 14-year term; he was found guilty of espionage.",
        [_term("espionage", 14.0)],
    ),
    # trap: the time served of a longer term
    ("Sergei Petrov has been serving 3 years of his 12-year treason sentence.", []),
]


@pytest.mark.parametrize(("text", "want"), SERVING_AT_CLAUSE_END)
def test_serving_at_clause_end(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


REPLACED_RANGE_UNITLESS = [
    # the range a new one replaced, its unit left to the new one
    (
        "Assisting terrorism now carries 7 to 15 years instead of 5 to 15.",
        [_range("assisting_terrorism", 7.0, 15.0), _range("assisting_terrorism", 5.0, 15.0)],
    ),
    (
        "Under the amendments, sabotage is punishable by 10 to 20 years (previously 10 to 15).",
        [_range("sabotage", 10.0, 20.0), _range("sabotage", 10.0, 15.0)],
    ),
    # trap: numbers of something else after "compared with"
    (
        "Treason carries 12 to 20 years, compared with 10 to 12 convictions a month.",
        [_range("treason", 12.0, 20.0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), REPLACED_RANGE_UNITLESS)
def test_replaced_range_unitless(
    lexicon: Lexicon, text: str, want: list[tuple[object, ...]]
) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want


COURT_CAN_IMPOSE = [
    # "the court can (may) impose A to B years": the law's range, told by a modal
    (
        "For espionage a court may impose 10 to 20 years.",
        [_range("espionage", 10.0, 20.0)],
    ),
    (
        "For treason judges can hand down 12 to 20 years or life imprisonment.",
        [_range("treason", 12.0, 20.0, True)],
    ),
    # trap: a term imposed, no modal
    ("The court imposed 12 years for espionage.", []),
]


@pytest.mark.parametrize(("text", "want"), COURT_CAN_IMPOSE)
def test_court_can_impose(lexicon: Lexicon, text: str, want: list[tuple[object, ...]]) -> None:
    assert _claims(lexicon, text, PUBLISHED) == want
