"""Map the Judicial Department's forms to RDF Data Cube (issue 9), at whole-Code scale.

Two outputs, by size:
- `map_official_structure`: the small part, as an rdflib Graph that joins the register's
  graph (validated by SHACL, reasoned over where it matters): the publisher, the files
  with their sha256, one qb:DataSet per form and year, a data structure definition per
  form, the measure scheme (SKOS, ru + en labels), and every article or part the forms
  name as a unit of the Code, titled from the consolidated text.
- `official_blocks`: the rows and observations (about a million cells), streamed as
  subjects with their N-Triples terms in canonical order, never held as one graph;
  kgbuild.dumps writes them as N-Triples and Turtle.

An observation is one cell: its dataset (form, year, file), its row (sheet, row number,
the form's own label, the units of the Code it counts), its measure, its value and its
cell in A1 notation, so a person can open the file and check it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF, RDFS, SDO, SKOS, XSD

from kgbuild.code_text import CodeArticle
from kgbuild.mapping.common import Iris
from kgbuild.namespaces import DEFAULT_BASE, ELI, QB, RSL
from kgbuild.statistics.catalogue import Catalogue, KnownException
from kgbuild.statistics.measures import MEASURES, Measure
from kgbuild.statistics.records import OfficialStats, RowKey, StatRow

MEASURE_BASE = DEFAULT_BASE + "official-measure/"
_BAND_RE = re.compile(r"imprisonment_(?:up_to_(\d+)y|(\d+)_(\d+)y)")
DSD_BASE = DEFAULT_BASE + "dsd/official-"


def form_slug(form: str) -> str:
    return form.replace(".", "-")


def measure_iri(form: str, code: str) -> URIRef:
    return URIRef(f"{MEASURE_BASE}{form_slug(form)}/{code}")


def scheme_iri(form: str) -> URIRef:
    return URIRef(f"{MEASURE_BASE}{form_slug(form)}")


def dsd_iri(form: str) -> URIRef:
    return URIRef(DSD_BASE + form_slug(form))


@dataclass(frozen=True)
class OfficialIris:
    base: str

    def dataset(self, form: str, year: int) -> str:
        return f"{self.base}official/{form}/{year}"

    def file(self, sha256: str) -> str:
        return f"{self.base}official/file/{sha256}"

    @property
    def publisher(self) -> str:
        return f"{self.base}organisation/judicial-department"

    def row(self, key: RowKey, sheet_index: int) -> str:
        form, year, _sheet, row = key
        return f"{self.dataset(form, year)}/{sheet_index}-{row + 1}"


def map_official_structure(
    stats: OfficialStats,
    catalogue: Catalogue,
    iris: Iris,
    code_articles: Mapping[str, CodeArticle],
    registered: set[str],
) -> Graph:
    """The publisher, files, datasets, structures, measures and the Code units named."""
    g = Graph()
    oi = OfficialIris(iris.base)
    publisher = URIRef(oi.publisher)
    g.add((publisher, RDF.type, PROV.Organization))
    g.add((publisher, RDF.type, SDO.Organization))
    g.add((publisher, RDFS.label, Literal(catalogue.publisher_en, lang="en")))
    g.add((publisher, RDFS.label, Literal(catalogue.publisher_ru, lang="ru")))
    g.add((publisher, SDO.url, Literal(catalogue.publisher_url, datatype=XSD.anyURI)))
    for code, form_info in sorted(catalogue.forms.items()):
        _map_form_structure(g, code, form_info.title_en, form_info.title_ru)
    by_file = {(f.form, f.year): f for f in catalogue.files}
    counts = _dataset_counts(stats)
    for info in stats.files:
        entry = by_file[(info.form, info.year)]
        form = catalogue.forms[info.form]
        dataset = URIRef(oi.dataset(info.form, info.year))
        file_node = URIRef(oi.file(info.sha256))
        g.add((file_node, RDF.type, RSL.SourceFile))
        g.add((file_node, RDF.type, PROV.Entity))
        g.add((file_node, DCTERMS.identifier, Literal(info.file)))
        g.add((file_node, RSL.sha256, Literal(info.sha256)))
        g.add((file_node, DCTERMS.publisher, publisher))
        g.add((file_node, SDO.url, Literal(entry.url, datatype=XSD.anyURI)))
        g.add((file_node, RSL.mirroredFrom, Literal(entry.origin)))
        for index, sheet in enumerate(info.sheets):
            g.add((file_node, RSL.sheetRead, Literal(f"{index}: {sheet}")))
        g.add((dataset, RDF.type, QB.DataSet))
        g.add((dataset, RDF.type, DCAT.Dataset))
        g.add((dataset, RDF.type, RSL.OfficialDataset))
        g.add((dataset, QB.structure, dsd_iri(info.form)))
        g.add((dataset, RSL.form, Literal(info.form)))
        g.add((dataset, RSL.referenceYear, Literal(info.year)))
        g.add((dataset, RSL.periodStart, Literal(f"{info.year}-01-01", datatype=XSD.date)))
        g.add((dataset, RSL.periodEnd, Literal(f"{info.year}-12-31", datatype=XSD.date)))
        g.add((dataset, RSL.countUnitText, Literal(form.unit_en, lang="en")))
        g.add((dataset, RSL.countUnitText, Literal(form.unit_ru, lang="ru")))
        g.add((dataset, DCTERMS.publisher, publisher))
        g.add((dataset, PROV.wasAttributedTo, publisher))
        g.add((dataset, PROV.wasDerivedFrom, file_node))
        g.add(
            (
                dataset,
                DCTERMS.title,
                Literal(f"Form {info.form} for {info.year}: {form.title_en}", lang="en"),
            )
        )
        g.add((dataset, DCTERMS.title, Literal(f"Форма {info.form} за {info.year} год", lang="ru")))
        counted = counts.get((info.form, info.year))
        if counted is not None:
            g.add((dataset, RSL.rowCount, Literal(len(counted[0]))))
            g.add((dataset, RSL.observationCount, Literal(counted[1])))
    _map_code_units(g, stats, iris, code_articles, registered)
    return g


def _dataset_counts(stats: OfficialStats) -> dict[tuple[str, int], tuple[set[RowKey], int]]:
    """Per (form, year): the rows with a figure and the number of figures.

    Computed once here so that queries/official-datasets.rq reads two triples per dataset
    (rsl:rowCount, rsl:observationCount) instead of counting a million observations.
    """
    counts: dict[tuple[str, int], tuple[set[RowKey], int]] = {}
    for obs in stats.observations:
        rows, n = counts.get((obs.form, obs.year), (set(), 0))
        rows.add(obs.row_key)
        counts[(obs.form, obs.year)] = (rows, n + 1)
    return counts


def _map_form_structure(g: Graph, form: str, title_en: str, title_ru: str) -> None:
    dsd = dsd_iri(form)
    g.add((dsd, RDF.type, QB.DataStructureDefinition))
    g.add((dsd, RDFS.label, Literal(f"Structure of form {form}: {title_en}", lang="en")))
    g.add((dsd, RDFS.label, Literal(f"Форма {form}: {title_ru}", lang="ru")))
    components = [
        ("row", QB.dimension, RSL.statRow, 1),
        ("measure", QB.dimension, RSL.officialMeasure, 2),
        ("year", QB.dimension, RSL.referenceYear, 3),
        ("form", QB.dimension, RSL.form, 4),
        ("value", QB.measure, RSL.figure, 5),
        ("cell", QB.attribute, RSL.cell, 6),
    ]
    for name, kind, prop, order in components:
        component = URIRef(f"{dsd}/{name}")
        g.add((dsd, QB.component, component))
        g.add((component, kind, prop))
        g.add((component, QB.order, Literal(order)))
        if prop in (RSL.referenceYear, RSL.form):
            g.add((component, QB.componentAttachment, QB.DataSet))
    scheme = scheme_iri(form)
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal(f"Columns of form {form}", lang="en")))
    g.add((scheme, SKOS.prefLabel, Literal(f"Графы формы {form}", lang="ru")))
    for measure in MEASURES[form]:
        _map_measure(g, measure)


def _map_measure(g: Graph, measure: Measure) -> None:
    node = measure_iri(measure.form, measure.code)
    g.add((node, RDF.type, SKOS.Concept))
    g.add((node, SKOS.inScheme, scheme_iri(measure.form)))
    g.add((node, SKOS.notation, Literal(measure.code)))
    g.add((node, SKOS.prefLabel, Literal(measure.en, lang="en")))
    g.add((node, SKOS.prefLabel, Literal(measure.ru, lang="ru")))
    g.add((node, RSL.measureUnit, Literal(measure.unit)))
    g.add((node, RSL.additive, Literal(measure.additive)))
    band = _BAND_RE.fullmatch(measure.code)
    if band is not None:
        # The term band a column counts, (min, max] in years, read off its code.
        low, high = band.group(2), band.group(3) or band.group(1)
        if low is not None:
            g.add((node, RSL.bandMinYears, Literal(int(low))))
        g.add((node, RSL.bandMaxYears, Literal(int(high))))
    if measure.parent:
        g.add((node, SKOS.broader, measure_iri(measure.form, measure.parent)))
    else:
        g.add((node, SKOS.topConceptOf, scheme_iri(measure.form)))


def _map_code_units(
    g: Graph,
    stats: OfficialStats,
    iris: Iris,
    code_articles: Mapping[str, CodeArticle],
    registered: set[str],
) -> None:
    """Articles and parts named by the forms, unless the register already describes them.

    Titles come from the consolidated text; an article it does not list (repealed before
    2023) is labelled with the form's own wording of its row.
    """
    seen_label: dict[str, str] = {}
    units: set[tuple[str, str | None]] = set()
    for row in stats.rows:
        for article, part in row.units:
            units.add((article, part))
            units.add((article, None))
            if row.kind == "article" and article not in seen_label:
                seen_label[article] = row.name or row.label
    for article, part in sorted(units, key=lambda u: (_article_key(u[0]), u[1] or "")):
        node = iris.unit(article, part)
        if article in registered:
            if part is not None and (node, None, None) not in g:
                _map_part(g, iris, article, part)
            continue
        if part is not None:
            _map_part(g, iris, article, part)
            continue
        g.add((node, RDF.type, RSL.Article))
        g.add((iris.code, ELI.has_part, node))
        g.add((node, ELI.is_part_of, iris.code))
        g.add((node, ELI.number, Literal(article)))
        g.add((node, RSL.articleNumber, Literal(article)))
        known = code_articles.get(article)
        if known is not None and known.title:
            g.add((node, ELI.title, Literal(known.title, lang="ru")))
            g.add((node, RDFS.label, Literal(f"Статья {article}. {known.title}", lang="ru")))
            g.add((node, RSL.titleSource, Literal("pravo.gov.ru 102041891, 04.08.2023")))
            g.add((node, RSL.chapter, Literal(known.chapter)))
        else:
            label = seen_label.get(article, article)
            g.add((node, RDFS.label, Literal(f"Статья {article} ({label})", lang="ru")))
            g.add((node, RSL.titleSource, Literal("row label of the official form")))
        g.add((node, RDFS.label, Literal(f"Article {article}", lang="en")))


def _map_part(g: Graph, iris: Iris, article: str, part: str) -> None:
    node = iris.unit(article, part)
    parent = iris.article(article)
    g.add((node, RDF.type, RSL.Part))
    g.add((parent, ELI.has_part, node))
    g.add((node, ELI.is_part_of, parent))
    g.add((node, ELI.number, Literal(part)))
    g.add((node, RSL.articleNumber, Literal(article)))
    g.add((node, RSL.partNumber, Literal(part)))
    g.add((node, RDFS.label, Literal(f"Article {article} part {part}", lang="en")))


def _article_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split(".") if p.isdigit())


# ------------------------------------------------------------------------ the bulk part

_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_INT = "<http://www.w3.org/2001/XMLSchema#integer>"


def _lit(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _p(term: URIRef) -> str:
    return f"<{term}>"


@dataclass(frozen=True)
class _Predicates:
    data_set: str = _p(QB.dataSet)
    observation: str = _p(QB.Observation)
    official: str = _p(RSL.OfficialObservation)
    row_class: str = _p(RSL.OfficialRow)
    stat_row: str = _p(RSL.statRow)
    measure: str = _p(RSL.officialMeasure)
    value: str = _p(RSL.figure)
    cell: str = _p(RSL.cell)
    sheet: str = _p(RSL.sheet)
    row_number: str = _p(RSL.rowNumber)
    row_label: str = _p(RSL.rowLabel)
    row_kind: str = _p(RSL.rowKind)
    row_point: str = _p(RSL.rowPoint)
    offence_name: str = _p(RSL.offenceName)
    stat_unit: str = _p(RSL.statUnit)
    part_of_row: str = _p(RSL.partOfRow)
    stat_article: str = _p(RSL.statArticle)
    stands_for_article: str = _p(RSL.standsForArticle)
    known_exception: str = _p(RSL.knownException)
    sum_of_included_rows: str = _p(RSL.sumOfIncludedRows)


P = _Predicates()


Pair = tuple[str, str]
"""(predicate, object) of one triple, as N-Triples terms."""


def official_blocks(
    stats: OfficialStats, iris: Iris, known: tuple[KnownException, ...] = ()
) -> Iterator[tuple[str, list[Pair]]]:
    """(subject term, its predicate-object pairs) for every row and cell, in canonical order.

    Subjects come sorted by their N-Triples term, pairs sorted within a subject. No
    subject term is a prefix of another one followed by a space, so writing each subject's
    sorted lines in subject order sorts all lines, at the cost of sorting a million
    subjects (held as short keys, their triples made on the way out) instead of six
    million lines.
    """
    oi = OfficialIris(iris.base)
    sheet_index: dict[tuple[str, int, str], int] = {}
    for info in stats.files:
        for index, sheet in enumerate(info.sheets):
            sheet_index[(info.form, info.year, sheet)] = index

    def row_term(key: RowKey) -> str:
        return f"<{oi.row(key, sheet_index[key[:3]])}>"

    measure_terms = {
        (form, m.code): f"<{measure_iri(form, m.code)}>"
        for form, measures in MEASURES.items()
        for m in measures
    }
    dataset_terms = {(f.form, f.year): f"<{oi.dataset(f.form, f.year)}>" for f in stats.files}
    rows = {row.key: row for row in stats.rows}
    exceptions: dict[tuple[str, int, str], list[KnownException]] = {}
    for exception in known:
        if exception.check == "rows":
            exceptions.setdefault((exception.form, exception.year, exception.sheet), []).append(
                exception
            )
    included_sums = _included_row_sums(stats, rows)
    keys: list[tuple[str, int]] = [(row_term(row.key), -1 - i) for i, row in enumerate(stats.rows)]
    keys.extend(
        (f"{row_term(obs.row_key)[:-1]}/{obs.measure}>", i)
        for i, obs in enumerate(stats.observations)
    )
    keys.sort()
    for subject, index in keys:
        if index < 0:
            row = stats.rows[-1 - index]
            pairs = _row_pairs(
                row, row_term(row.parent) if row.parent else None, dataset_terms, iris
            )
            parent = rows.get(row.parent) if row.parent else None
            # The row that stands for its article: the article's own row, or a part row
            # with no article row above it (queries match this instead of a negation).
            if row.kind == "article" or (
                row.kind == "part" and (parent is None or parent.kind != "article")
            ):
                pairs.extend(
                    (P.stands_for_article, f"<{iris.article(article)}>")
                    for article in sorted({article for article, _part in row.units})
                )
        else:
            obs = stats.observations[index]
            assert obs.row_key in rows
            pairs = [
                (_TYPE, P.observation),
                (_TYPE, P.official),
                (P.data_set, dataset_terms[(obs.form, obs.year)]),
                (P.stat_row, f"{subject[: subject.rindex('/')]}>"),
                (P.measure, measure_terms[(obs.form, obs.measure)]),
                (P.value, f'"{obs.value}"^^{_INT}'),
                (P.cell, _lit(obs.cell)),
            ]
            summed = included_sums.get((obs.row_key, obs.measure))
            if summed is not None:
                pairs.append((P.sum_of_included_rows, f'"{summed}"^^{_INT}'))
            for exception in exceptions.get((obs.form, obs.year, obs.sheet), ()):
                if exception.measure in ("*", obs.measure) and re.fullmatch(
                    exception.cell, obs.cell
                ):
                    pairs.append((P.known_exception, _lit(exception.explanation)))
        pairs.sort()
        yield subject, pairs


def _included_row_sums(
    stats: OfficialStats, rows: Mapping[RowKey, StatRow]
) -> dict[tuple[RowKey, str], int]:
    """(row, measure) -> the sum of the figures of that measure in the rows it includes.

    Only for measures additive over rows, and only where some included row has a figure of
    that measure: exactly the sums queries/official-row-sums.rq compares with the published
    figures, computed once here instead of by a million-row aggregate at every build.
    """
    additive = {
        (form, m.code) for form, measures in MEASURES.items() for m in measures if m.additive
    }
    sums: dict[tuple[RowKey, str], int] = {}
    for obs in stats.observations:
        parent = rows[obs.row_key].parent
        if parent is not None and (obs.form, obs.measure) in additive:
            key = (parent, obs.measure)
            sums[key] = sums.get(key, 0) + obs.value
    return sums


def _row_pairs(
    row: StatRow,
    parent: str | None,
    dataset_terms: Mapping[tuple[str, int], str],
    iris: Iris,
) -> list[Pair]:
    pairs = [
        (_TYPE, P.row_class),
        (P.data_set, dataset_terms[(row.form, row.year)]),
        (P.sheet, _lit(row.sheet)),
        (P.row_number, f'"{row.row + 1}"^^{_INT}'),
        (P.row_label, _lit(row.label)),
        (P.row_kind, _lit(row.kind)),
    ]
    if row.name:
        pairs.append((P.offence_name, f"{_lit(row.name)}@ru"))
    if row.point:
        pairs.append((P.row_point, _lit(row.point)))
    for article, part in row.units:
        pairs.append((P.stat_unit, f"<{iris.unit(article, part)}>"))
    for article in sorted({article for article, _part in row.units}):
        pairs.append((P.stat_article, f"<{iris.article(article)}>"))
    if parent is not None:
        pairs.append((P.part_of_row, parent))
    return pairs
