"""Art. 15 gravity, classified by HermiT (real Java) from the maximum term and guilt, under
the version of Art. 15 in force (seeds/statutes/categories.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kgbuild.errors import InputError
from kgbuild.mapping import Iris
from kgbuild.mapping.categories import categories_version_iri, map_categories
from kgbuild.namespaces import GRAVITY, GUILT, RSL, SANCTION_TYPE
from kgbuild.pipeline import load_ontology
from kgbuild.project import Project
from kgbuild.reasoning import _representatives, classify_gravity
from kgbuild.sources import CategoriesVersion, Register, load_seeds
from tests.conftest import ROOT

BASE = "https://example.org/test/"
IRIS = Iris(BASE)
# (name, maximum term in years or None, life imprisonment, guilt, a day under the Art. 15
# version to apply, expected category or None for unclassified)
TODAY = "2025-01-01"
CASES = [
    ("three-years", 3.0, False, "intentional", TODAY, "small"),
    ("half-year", 0.5, False, "negligent", TODAY, "small"),
    ("just-over-three", 3.5, False, "intentional", TODAY, "medium"),
    ("five-years", 5.0, False, "intentional", TODAY, "medium"),
    ("negligent-seven", 7.0, False, "negligent", TODAY, "medium"),
    ("negligent-ten", 10.0, False, "negligent", TODAY, "medium"),
    ("negligent-twelve", 12.0, False, "negligent", TODAY, "grave"),
    ("negligent-fifteen", 15.0, False, "negligent", TODAY, "grave"),
    ("negligent-sixteen", 16.0, False, "negligent", TODAY, None),
    ("just-over-five", 5.5, False, "intentional", TODAY, "grave"),
    ("ten-years", 10.0, False, "intentional", TODAY, "grave"),
    ("just-over-ten", 10.5, False, "intentional", TODAY, "particularly_grave"),
    ("twenty-or-life", 20.0, True, "intentional", TODAY, "particularly_grave"),
    ("fine-only", None, False, "intentional", TODAY, "small"),
    # before 28 June 2019 (420-FZ's wording): every negligent offence above three years is
    # medium, however long its term
    ("negligent-twelve-2018", 12.0, False, "negligent", "2018-01-01", "medium"),
    ("negligent-sixteen-2018", 16.0, False, "negligent", "2018-01-01", "medium"),
    # before 420-FZ (25-FZ's wording): the small bound is two years
    ("three-years-2005", 3.0, False, "intentional", "2005-01-01", "medium"),
    ("negligent-three-2005", 3.0, False, "negligent", "2005-01-01", "medium"),
    ("two-years-2005", 2.0, False, "negligent", "2005-01-01", "small"),
    # the original wording: the same bounds for negligent as for intentional offences
    ("negligent-seven-1998", 7.0, False, "negligent", "1998-01-01", "grave"),
    ("negligent-twelve-1998", 12.0, False, "negligent", "1998-01-01", None),
    ("negligent-three-1998", 3.0, False, "negligent", "1998-01-01", "medium"),
    ("fine-only-1998", None, False, "negligent", "1998-01-01", "small"),
]


@pytest.fixture(scope="module")
def categories() -> tuple[CategoriesVersion, ...]:
    return load_seeds(ROOT / "seeds").register.categories


def _data(
    cases: list[tuple[str, float | None, bool, str, str, str | None]],
    categories: tuple[CategoriesVersion, ...],
) -> Graph:
    g = map_categories(Register({}, {}, {}, categories), IRIS)
    for name, maximum, life, guilt, day, _ in cases:
        version = URIRef(BASE + name)
        g.add((version, RDF.type, RSL.UnitVersion))
        g.add((version, RSL.guilt, GUILT[guilt]))
        g.add((version, RSL.life, Literal(life)))
        sanction = URIRef(BASE + name + "/sanction")
        g.add((version, RSL.hasSanction, sanction))
        kind = SANCTION_TYPE.fine if maximum is None else SANCTION_TYPE.imprisonment
        g.add((sanction, RSL.sanctionType, kind))
        if maximum is not None:
            g.add((version, RSL.maxImprisonmentYears, Literal(str(maximum), datatype=XSD.decimal)))
        art15 = next(c for c in categories if c.in_force_on(dt.date.fromisoformat(day)))
        period = URIRef(BASE + name + "/gravity")
        g.add((period, RDF.type, RSL.GravityPeriod))
        g.add((period, RSL.periodOf, version))
        g.add((period, RSL.underCategories, categories_version_iri(IRIS, art15)))
    return g


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology(Project(ROOT))


def _found(result_graph: Graph) -> dict[str, str]:
    return {
        str(s)[len(BASE) :].removesuffix("/gravity"): str(o)[len(str(GRAVITY)) :]
        for s, o in result_graph.subject_objects(RSL.gravity)
    }


def test_each_category_boundary_under_each_version_of_art_15(
    ontology: Graph, categories: tuple[CategoriesVersion, ...]
) -> None:
    result = classify_gravity(ontology, _data(CASES, categories), BASE)
    assert _found(result.inferred) == {
        name: category for name, *_, category in CASES if category is not None
    }
    # only the fine-only versions needed the rule in code
    classified = sum(1 for *_, category in CASES if category is not None)
    assert result.derived_in_code == 2 and result.classified == classified - 2
    activity = URIRef(BASE + "activity/reasoning")
    assert set(result.inferred.objects(None, RSL.inferredBy)) == {activity}


def test_periods_with_the_same_facts_are_classified_once_and_alike(
    ontology: Graph, categories: tuple[CategoriesVersion, ...]
) -> None:
    """HermiT sees one period per distinct set of facts; every twin gets its class."""
    twins = [(f"{name}-twin", *rest) for name, *rest in CASES]
    # the facts of three-years-2005 under another name: not three-years, whose Art. 15 differs
    odd = [("three-years-under-2005", 3.0, False, "intentional", "2005-01-01", "medium")]
    data = _data(CASES + twins + odd, categories)
    representative = _representatives(data)
    assert len(representative) == 2 * len(CASES) + 1
    # each twin shares its original's signature, the odd one three-years-2005's
    assert len(set(representative.values())) == len(CASES)
    assert (
        representative[URIRef(BASE + "three-years-under-2005/gravity")]
        == representative[URIRef(BASE + "three-years-2005/gravity")]
        != representative[URIRef(BASE + "three-years/gravity")]
    )
    found = _found(classify_gravity(ontology, data, BASE).inferred)
    expected = {name: category for name, *_, category in CASES + odd if category is not None}
    expected.update({f"{name}-twin": category for name, category in list(expected.items())})
    expected.pop("three-years-under-2005-twin")
    assert found == expected


@pytest.mark.parametrize("batches", [1, 3])
def test_the_periods_split_over_several_hermit_runs_classify_as_in_one(
    ontology: Graph,
    categories: tuple[CategoriesVersion, ...],
    batches: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each run gets the whole set of definitions and some of the periods: one run, the
    build's two and three give the same triples."""
    import kgbuild.reasoning as reasoning

    data = _data(CASES, categories)
    two = classify_gravity(ontology, data, BASE).inferred
    monkeypatch.setattr(reasoning, "REASONER_BATCHES", batches)
    other = classify_gravity(ontology, data, BASE).inferred
    assert len(two) > 3 * len(CASES) - 10
    assert set(other) == set(two)


def test_the_register_has_four_versions_of_art_15(
    categories: tuple[CategoriesVersion, ...],
) -> None:
    starts = [str(c.start.value) for c in categories]
    assert starts == ["1997-01-01", "2001-03-09", "2011-12-08", "2019-06-28"]
    assert [c.enacted_by for c in categories] == [
        "fz-1996-63",
        "fz-2001-25",
        "fz-2011-420",
        "fz-2019-146",
    ]
    # each version is closed by the next; the last is in force
    assert [c.end.value if c.end else None for c in categories[:-1]] == [
        c.start.value for c in categories[1:]
    ]
    assert categories[-1].end is None


def test_a_version_without_recorded_sanctions_stays_unclassified(
    ontology: Graph, categories: tuple[CategoriesVersion, ...]
) -> None:
    data = _data([("unknown", None, False, "intentional", TODAY, None)], categories)
    data.remove((None, RSL.hasSanction, None))
    result = classify_gravity(ontology, data, BASE)
    assert list(result.inferred.subject_objects(RSL.gravity)) == []


def test_an_imprisonment_of_unknown_term_is_not_small(
    ontology: Graph, categories: tuple[CategoriesVersion, ...]
) -> None:
    data = _data([("term-unknown", None, False, "intentional", TODAY, None)], categories)
    data.set((URIRef(BASE + "term-unknown/sanction"), RSL.sanctionType, SANCTION_TYPE.imprisonment))
    result = classify_gravity(ontology, data, BASE)
    assert list(result.inferred.subject_objects(RSL.gravity)) == []


def test_the_death_penalty_alone_makes_an_intentional_offence_particularly_grave(
    ontology: Graph, categories: tuple[CategoriesVersion, ...]
) -> None:
    # Art. 15 part 5 in every version: "more than ten years or a harsher penalty"; the death
    # penalty is harsher than any term, so a version with it and no term is particularly
    # grave under each Art. 15, never small by the rule in code for sanctions without prison
    days = {"death-1998": "1998-01-01", "death-2005": "2005-01-01", "death-today": TODAY}
    data = _data([(n, None, False, "intentional", d, None) for n, d in days.items()], categories)
    for name in days:
        data.set((URIRef(BASE + name + "/sanction"), RSL.sanctionType, SANCTION_TYPE.death_penalty))
        data.add((URIRef(BASE + name), RSL.deathPenalty, Literal(True)))
    result = classify_gravity(ontology, data, BASE)
    assert _found(result.inferred) == dict.fromkeys(days, "particularly_grave")
    assert result.derived_in_code == 0


def test_a_negligent_offence_with_the_death_penalty_is_not_classified_by_it(
    ontology: Graph, categories: tuple[CategoriesVersion, ...]
) -> None:
    # the "harsher penalty" clause of Art. 15 part 5 covers intentional offences only
    data = _data([("death-negligent", None, False, "negligent", TODAY, None)], categories)
    data.set(
        (URIRef(BASE + "death-negligent/sanction"), RSL.sanctionType, SANCTION_TYPE.death_penalty)
    )
    data.add((URIRef(BASE + "death-negligent"), RSL.deathPenalty, Literal(True)))
    result = classify_gravity(ontology, data, BASE)
    assert list(result.inferred.subject_objects(RSL.gravity)) == []


def test_an_inconsistent_register_is_an_input_error(
    ontology: Graph, categories: tuple[CategoriesVersion, ...]
) -> None:
    data = _data([("two-maxima", 5.0, False, "intentional", TODAY, None)], categories)
    # rsl:maxImprisonmentYears is functional: two different values cannot both hold
    data.add(
        (
            URIRef(BASE + "two-maxima"),
            RSL.maxImprisonmentYears,
            Literal("12.0", datatype=XSD.decimal),
        )
    )
    with pytest.raises(InputError) as caught:
        classify_gravity(ontology, data, BASE)
    assert "inconsistent" in str(caught.value)
