"""The offence scheme (ontology/offences.ttl) and the matcher built from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kgbuild.lexicon import Lexicon, load_lexicon
from kgbuild.namespaces import ICCS, OFF

ROOT = Path(__file__).resolve().parents[1]
SCHEME = ROOT / "ontology" / "offences.ttl"

EXPECTED_ARTICLES = {
    "treason": ("275",),
    "espionage": ("276",),
    "confidential_cooperation": ("275.1",),
    "assistance_to_the_enemy": ("276.1",),
    "calls_against_state_security": ("280.4",),
    "disclosure_of_state_secrets": ("283",),
    "illegal_obtaining_of_state_secrets": ("283.1",),
    "loss_of_secret_documents": ("284",),
    "state_secrets": ("283", "283.1", "284"),
    "justification_of_terrorism": ("205.2",),
    "army_fakes": ("207.3",),
    "discrediting_the_army": ("280.3",),
    "war_censorship": ("207.3", "280.3"),
    "undesirable_organisation": ("284.1",),
    "foreign_agent_evasion": ("330.1",),
    "extremism": ("282.2",),
    "terrorist_organisation_participation": ("205.5",),
    "sabotage": ("281",),
    "extremist_community": ("282.1",),
    "rehabilitation_of_nazism": ("354.1",),
    "desertion": ("338",),
    "voluntary_surrender": ("352.1",),
    "mercenarism": ("359",),
    "state_security": (),
}
SECURITY_OFFENCES = (
    "treason",
    "espionage",
    "confidential_cooperation",
    "assistance_to_the_enemy",
    "calls_against_state_security",
    "state_secrets",
    "sabotage",
    "extremist_community",
)


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(SCHEME, format="turtle")
    return g


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(SCHEME)


def _labels(g: Graph, concept: URIRef, prop: URIRef, lang: str) -> list[str]:
    return [
        str(o) for o in g.objects(concept, prop) if isinstance(o, Literal) and o.language == lang
    ]


# --- the Turtle file ---------------------------------------------------------------------


def test_every_expected_concept_is_in_the_scheme(graph: Graph) -> None:
    concepts = {
        str(s)[len(str(OFF)) :]
        for s in graph.subjects(RDF.type, SKOS.Concept)
        if str(s).startswith(str(OFF))
    }
    assert set(EXPECTED_ARTICLES) <= concepts


@pytest.mark.parametrize("slug", sorted(EXPECTED_ARTICLES))
def test_concept_has_labels_definition_and_scheme(graph: Graph, slug: str) -> None:
    concept = OFF[slug]
    assert len(_labels(graph, concept, SKOS.prefLabel, "en")) == 1
    assert len(_labels(graph, concept, SKOS.prefLabel, "ru")) == 1
    assert _labels(graph, concept, SKOS.definition, "en")
    assert (concept, SKOS.inScheme, OFF["scheme"]) in graph
    notations = sorted(str(o) for o in graph.objects(concept, SKOS.notation))
    assert notations == sorted(EXPECTED_ARTICLES[slug])
    for notation in graph.objects(concept, SKOS.notation):
        assert isinstance(notation, Literal) and notation.datatype is None


def test_pref_and_alt_labels_are_disjoint(graph: Graph) -> None:
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        pref = set(_labels(graph, concept, SKOS.prefLabel, "en"))
        alt = set(_labels(graph, concept, SKOS.altLabel, "en"))
        assert not pref & alt, concept


def test_hidden_labels_repeat_no_shown_label(graph: Graph) -> None:
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        shown = {
            label.lower()
            for prop in (SKOS.prefLabel, SKOS.altLabel)
            for label in _labels(graph, concept, prop, "en")
        }
        hidden = {label.lower() for label in _labels(graph, concept, SKOS.hiddenLabel, "en")}
        assert not shown & hidden, concept


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("he was accused of colluding with foreign security agencies", "confidential_cooperation"),
        ("two officers switched sides in a military conflict", "treason"),
        (
            "a post that publicly called for violating state security",
            "calls_against_state_security",
        ),
        (
            "an engineer charged with receiving top-secret information",
            "illegal_obtaining_of_state_secrets",
        ),
        ("an NGO head charged with breaking the rules on foreign agents", "foreign_agent_evasion"),
    ],
)
def test_hidden_and_new_wordings_are_matched(lexicon: Lexicon, text: str, slug: str) -> None:
    assert [m.slug for m in lexicon.find_offences(text)] == [slug]


def test_no_wording_names_two_offences(graph: Graph) -> None:
    owner: dict[str, URIRef] = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        assert isinstance(concept, URIRef)
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for label in _labels(graph, concept, prop, "en"):
                key = label.lower()
                assert owner.setdefault(key, concept) == concept, label


@pytest.mark.parametrize("slug", SECURITY_OFFENCES)
def test_security_offences_are_narrower_than_state_security(graph: Graph, slug: str) -> None:
    assert (OFF[slug], SKOS.broader, OFF["state_security"]) in graph


def test_state_secret_offences_group_under_state_secrets(graph: Graph) -> None:
    for slug in (
        "disclosure_of_state_secrets",
        "illegal_obtaining_of_state_secrets",
        "loss_of_secret_documents",
    ):
        assert (OFF[slug], SKOS.broader, OFF["state_secrets"]) in graph
    for slug in ("army_fakes", "discrediting_the_army"):
        assert (OFF[slug], SKOS.broader, OFF["war_censorship"]) in graph


def test_top_concepts_agree_both_ways(graph: Graph) -> None:
    has_top = set(graph.objects(OFF["scheme"], SKOS.hasTopConcept))
    top_of = set(graph.subjects(SKOS.topConceptOf, OFF["scheme"]))
    assert has_top == top_of
    assert OFF["state_security"] in has_top
    for concept in has_top:
        assert (concept, SKOS.broader, None) not in graph


def test_iccs_crosswalk(graph: Graph) -> None:
    assert (OFF["state_security"], SKOS.closeMatch, ICCS["0904"]) in graph
    assert (OFF["treason"], SKOS.broadMatch, ICCS["0904"]) in graph
    assert (ICCS["0904"], SKOS.broader, ICCS["09"]) in graph
    assert _labels(graph, ICCS["0904"], SKOS.prefLabel, "en") == ["Acts against state security"]


def test_wordings_the_brief_names_are_labels(graph: Graph) -> None:
    def wordings(slug: str) -> set[str]:
        return {
            label.lower()
            for prop in (SKOS.prefLabel, SKOS.altLabel)
            for label in _labels(graph, OFF[slug], prop, "en")
        }

    assert {"treason", "high treason", "state treason"} <= wordings("treason")
    assert {"espionage", "spying"} <= wordings("espionage")
    assert {"confidential cooperation", "cooperation with foreigners"} <= wordings(
        "confidential_cooperation"
    )
    assert "justification of terrorism" in wordings("justification_of_terrorism")
    assert "discrediting the armed forces" in wordings("discrediting_the_army")
    assert "knowingly false information about the armed forces" in wordings("army_fakes")
    assert "laws governing the disclosure or mishandling of state secrets" in wordings(
        "state_secrets"
    )


# --- the lexicon --------------------------------------------------------------------------


@pytest.mark.parametrize(("slug", "articles"), sorted(EXPECTED_ARTICLES.items()))
def test_articles_come_from_notation(
    lexicon: Lexicon, slug: str, articles: tuple[str, ...]
) -> None:
    assert lexicon.articles_for([slug]) == articles


def test_articles_for_several_offences_keeps_order_without_repeats(lexicon: Lexicon) -> None:
    assert lexicon.articles_for(["war_censorship", "army_fakes", "treason"]) == (
        "207.3",
        "280.3",
        "275",
    )


def test_slug_for_article_prefers_the_specific_offence(lexicon: Lexicon) -> None:
    assert lexicon.slug_for_article("283") == "disclosure_of_state_secrets"
    assert lexicon.slug_for_article("207.3") == "army_fakes"
    assert lexicon.slug_for_article("999") is None


@pytest.mark.parametrize(
    ("text", "slugs"),
    [
        ("He was accused of state treason in Tomsk.", ["treason"]),
        ("charged with spying for Kyiv", ["espionage"]),
        ('maintaining "confidential" co-operation with foreigners', ["confidential_cooperation"]),
        (
            "convicted of confidential cooperation with a foreign state",
            ["confidential_cooperation"],
        ),
        ("for discrediting the Russian army online", ["discrediting_the_army"]),
        ("for discrediting its military forces", ["discrediting_the_army"]),
        ("fined for discreditation of the Armed Forces", ["discrediting_the_army"]),
        ("two posts condoning terrorism", ["justification_of_terrorism"]),
        ("under the wartime censorship laws", ["war_censorship"]),
        ("membership of terrorist organizations", ["terrorist_organisation_participation"]),
        ("taking part in an undesirable organization", ["undesirable_organisation"]),
        ("the disclosure or mishandling of state secrets", ["state_secrets"]),
        ("for leaking state secrets to a blogger", ["disclosure_of_state_secrets"]),
        ("accused of treason and espionage", ["treason", "espionage"]),
        ("accused of helping the enemy, prosecutors said", ["assistance_to_the_enemy"]),
        ("under Article 280.4 of the Criminal Code", ["calls_against_state_security"]),
        ("under Articles 275 and 276.1", ["treason", "assistance_to_the_enemy"]),
    ],
)
def test_find_offences(lexicon: Lexicon, text: str, slugs: list[str]) -> None:
    assert [m.slug for m in lexicon.find_offences(text)] == slugs


@pytest.mark.parametrize(
    "text",
    [
        "The state budget grew.",
        "national security concerns",
        "listed as foreign agents",
        "declared undesirable",
        "an extremist rhetoric",
        "Article 105 of the Criminal Code",
    ],
)
def test_find_offences_ignores_near_misses(lexicon: Lexicon, text: str) -> None:
    assert lexicon.find_offences(text) == []


def test_longest_wording_wins(lexicon: Lexicon) -> None:
    matches = lexicon.find_offences("convicted of high treason")
    assert [(m.slug, m.text) for m in matches] == [("treason", "high treason")]


def test_match_offsets_index_the_text(lexicon: Lexicon) -> None:
    text = "Charges of 'justification of terrorism' were brought."
    (match,) = lexicon.find_offences(text)
    assert text[match.start : match.end] == match.text
    assert match.slug == "justification_of_terrorism"


@pytest.mark.parametrize(
    ("wording", "articles"),
    [
        ("justification of terrorism", ("205.2",)),
        ("discrediting the Armed Forces", ("280.3",)),
        ("knowingly false information about the Armed Forces", ("207.3",)),
        ("disseminating knowingly false information about the Armed Forces", ("207.3",)),
        ("participation in an extremist association", ("282.2",)),
        ("public calls to terrorism", ("205.2",)),
    ],
)
def test_match_charge_wordings(lexicon: Lexicon, wording: str, articles: tuple[str, ...]) -> None:
    matches = lexicon.match_charge(f'on charges of "{wording}" for a post')
    assert lexicon.articles_for(m.slug for m in matches) == articles


def test_match_charge_falls_back_to_loose_wording(lexicon: Lexicon) -> None:
    text = 'links with the "undesirable" European Network of Election Monitoring Organizations'
    assert lexicon.find_offences(text) == []
    matches = lexicon.match_charge(text)
    assert [(m.slug, m.how) for m in matches] == [("undesirable_organisation", "loose")]


_FILLER = st.lists(
    st.sampled_from(["courts", "said", "that", "many", "were", "today", "in", "Moscow"]),
    max_size=4,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), before=_FILLER, after=_FILLER, upper=st.booleans())
def test_every_label_finds_its_concept(
    lexicon: Lexicon, data: st.DataObject, before: str, after: str, upper: bool
) -> None:
    slug = data.draw(st.sampled_from(lexicon.slugs))
    label = data.draw(st.sampled_from(lexicon.concepts[slug].labels))
    wording = label.upper() if upper else label
    text = f"{before} {wording} {after}".strip() + "."
    found = lexicon.find_offences(text)
    assert [m.slug for m in found] == [slug], (text, found)


def _variants(label: str) -> list[str]:
    """A label as written, in capitals, with -ize for -ise spellings, "co-operation" for
    "cooperation", and its last word in the plural: wordings its strict pattern matches."""
    words = label.split()
    last = words[-1]
    plural = label
    if last[-1:].isalpha() and last[-1] != "s":
        plural = " ".join([*words[:-1], last + "s"])
    american = re.sub(r"is(ation|ations|e|ed|ing)\b", r"iz\1", label)
    hyphened = re.sub(r"\b(co)(op)", r"\1-\2", label, flags=re.IGNORECASE)
    return sorted({label, label.upper(), american, hyphened, plural})


def test_every_label_and_its_variants_pass_the_label_gates(lexicon: Lexicon) -> None:
    """Every label of every concept, in the spellings its pattern allows, is found: the
    gates that skip a label (its longest fixed piece, then its other pieces) never skip one
    that matches. A piece taken from a spelling the pattern varies would fail here."""
    missed = []
    for slug in lexicon.slugs:
        for label in lexicon.concepts[slug].labels:
            if not label.isascii():
                continue  # Russian labels: the Russian extractor's lexicon
            for wording in _variants(label):
                text = f"Courts heard cases of {wording} in Moscow."
                if slug not in [m.slug for m in lexicon.find_offences(text)]:
                    missed.append((slug, wording))
    assert missed == []
