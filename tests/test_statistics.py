"""The statistics stage: the Judicial Department's forms read into rows and observations.

Small .xls files are written here at test time (xlwt) in the old layout (one header row,
2009-2016) and the new one (merged headers over three rows, another column order, float
article numbers, combined rows, 10-а split by chapter); the real files are read from
../shared/official-stats (or KGBUILD_OFFICIAL_STATS) when present.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import xlrd
import yaml
from conftest import official_stats_folder

from kgbuild.errors import InputError
from kgbuild.statistics.catalogue import (
    Catalogue,
    Missing,
    load_catalogue,
    locate_official_stats,
    sha256_of,
)
from kgbuild.statistics.checks import check_column_sums, check_row_sums, check_sums
from kgbuild.statistics.form_10_a import assign_range_parents
from kgbuild.statistics.labels import article_from_number, classify_label, parse_units
from kgbuild.statistics.layout import cell_ref
from kgbuild.statistics.measures import MEASURES
from kgbuild.statistics.reader import read_official_stats
from kgbuild.statistics.records import OfficialStats, StatRow
from tests.conftest import ROOT

xlwt = pytest.importorskip("xlwt")

CATALOGUE = ROOT / "seeds" / "official-stats.yaml"
REAL = official_stats_folder()


# --- fixtures written at test time ------------------------------------------------------


def _title(book: Any, form_sheet: str) -> None:
    sheet = book.add_sheet(form_sheet)
    sheet.write(3, 3, "ОТЧЕТ")


def write_old_10_3(
    path: Path,
    total: int = 30,
    text_at: tuple[int, int] | None = None,
    extra_header: str | None = None,
) -> None:
    """2009-2016 style: one 'Раздел 1' sheet, one header row, numbers row below it."""
    book = xlwt.Workbook(encoding="utf-8")
    _title(book, "Титул ф.10.3")
    sheet = book.add_sheet("Раздел 1")
    sheet.write(0, 0, "Наименование организации, представившей отчет")
    sheet.write(0, 27, "Форма № 10.3")
    sheet.write(3, 0, "Раздел 1. ВИДЫ НАКАЗАНИЯ ПО НАИБОЛЕЕ ТЯЖКОМУ ПРЕСТУПЛЕНИЮ")
    headers = [
        "Статьи УК РФ",
        "",
        "ВСЕГО ОСУЖДЕНО",
        "Пожизненное лишение свободы",
        "Лишение свободы",
        "Условное осуждение к лишению свободы",
        "Штраф",
        "Оправдано",
        "Преступление не является оконченным (приготовление, покушение)",
    ]
    if extra_header:
        headers.append(extra_header)
    for col, text in enumerate(headers):
        sheet.write(5, col, text)
    for number in range(1, len(headers) - 1):
        sheet.write(6, number + 1, float(number))
    rows: list[tuple[Any, list[float | str]]] = [
        ("Всего по составам УК РФ:", [total, 1, 20, 5, 5, 2, 3]),
        ("  275  ", [10, 1, 9, 0, 0, 1, 2]),
        (276.0, [6, 0, 6, 0, 0, 0, 1]),
        ("283 ч.1", [4, 0, 1, 1, 2, 1, 0]),
        ("283 ч. 2 (в ред. ФЗ от 08.12.2003 № 162-ФЗ)", [1, 0, 1, 0, 0, 0, 0]),
        ("Воинские преступления", [9, 0, 3, 4, 3, 0, ""]),
    ]
    for offset, (label, values) in enumerate(rows):
        sheet.write(7 + offset, 0, label)
        sheet.write(7 + offset, 1, float(offset + 1))
        for col, value in enumerate(values):
            if (7 + offset, 2 + col) == text_at:
                sheet.write(7 + offset, 2 + col, "x")
            elif value != "":
                sheet.write(7 + offset, 2 + col, float(value))
    sheet.write(20, 0, "Руководитель")
    sheet.write(20, 4, "подпись")
    book.save(str(path))


def write_new_10_3(path: Path) -> None:
    """2017+ style: merged headers over three rows, another column order, float labels."""
    book = xlwt.Workbook(encoding="utf-8")
    _title(book, "Титул ф.10.3")
    sheet = book.add_sheet("Раздел 1")
    sheet.write(0, 0, "Наименование организации, представившей отчет")
    sheet.write(0, 33, "Форма № 10.3")
    sheet.write(3, 0, "Раздел 1. ВИДЫ НАКАЗАНИЯ")
    sheet.write_merge(4, 6, 0, 0, "Статьи УК РФ")
    sheet.write_merge(4, 6, 1, 1, "№ п/п")
    sheet.write_merge(4, 6, 2, 2, "ВСЕГО ОСУЖДЕНО")
    sheet.write_merge(4, 4, 3, 5, " ВИДЫ основного НАКАЗАНИЯ")
    sheet.write_merge(5, 6, 3, 3, "штраф")
    sheet.write_merge(5, 6, 4, 4, "лишение свободы")
    sheet.write_merge(5, 6, 5, 5, "пожизненное лишение свободы")
    sheet.write_merge(
        4, 6, 6, 6, "Преступление не является оконченным \n(приготовление, покушение)"
    )
    sheet.write_merge(4, 6, 7, 7, "Оправдано")
    sheet.write(7, 0, "А")
    for number in range(1, 7):
        sheet.write(7, number + 1, float(number))
    rows: list[tuple[Any, list[int]]] = [
        ("Всего по составам УК РФ", [30, 3, 24, 3, 2, 1]),
        (275.0, [12, 0, 10, 2, 1, 0]),
        (275.1, [3, 0, 3, 0, 0, 1]),
        ("264.3 ч. 1, 264.3 ч. 2, 274.2 ч. 1, 275.1", [5, 1, 4, 0, 0, 0]),
        ("283 ч. 1", [10, 2, 7, 1, 1, 0]),
    ]
    for offset, (label, values) in enumerate(rows):
        sheet.write(8 + offset, 0, label)
        sheet.write(8 + offset, 1, float(offset + 1))
        for col, value in enumerate(values):
            sheet.write(8 + offset, 2 + col, float(value))
    book.save(str(path))


def write_new_10_a(path: Path) -> None:
    """10-а from 2017: totals on 'Раздел 1', each chapter on its own sheet."""
    book = xlwt.Workbook(encoding="utf-8")
    add_new_10_a_sheets(book)
    book.save(str(path))


def add_new_10_a_sheets(book: Any) -> None:
    """The title, 'Раздел 1' and one chapter's sheet of a 10-а file from 2017."""
    _title(book, "Титул ф.10-а")
    headers = [
        ("Виды преступлений", None),
        ("Статьи Уголовного кодекса Российской Федерации по частям", None),
        ("№\nстр.", None),
        ("Число \nосужденных по основной статье", None),
        ("Дополнительная квалификация. Осуждено", "по числу лиц*"),
        (None, "по количеству составов преступлений"),
    ]

    def header(sheet: Any) -> None:
        sheet.write(0, 7, "Форма № 10-а")
        for col, (top, sub) in enumerate(headers):
            if top and sub:
                sheet.write_merge(4, 4, col, col + 1, top)
            elif top:
                sheet.write_merge(4, 5, col, col, top)
            if sub:
                sheet.write(5, col, sub)
        sheet.write(6, 0, "А")
        sheet.write(6, 1, "Б")
        for number in range(1, 4):
            sheet.write(6, number + 2, float(number))

    summary = book.add_sheet("Раздел 1")
    header(summary)
    for offset, (name, span, values) in enumerate(
        [
            ("ВСЕГО ПО РАЗДЕЛАМ (сумма строк 2, 3)", "275 - 361", [180, 9, 11]),
            (
                "ИТОГО ПО РАЗДЕЛУ X. ПРЕСТУПЛЕНИЯ ПРОТИВ ГОСУДАРСТВЕННОЙ ВЛАСТИ",
                "275 - 330",
                [180, 9, 11],
            ),
            ("ВСЕГО ПО ГЛАВЕ 29. ПРЕСТУПЛЕНИЯ ПРОТИВ ОСНОВ", "275 - 284.1", [180, 9, 11]),
        ]
    ):
        summary.write(7 + offset, 0, name)
        summary.write(7 + offset, 1, span)
        summary.write(7 + offset, 2, float(offset + 1))
        for col, value in enumerate(values):
            summary.write(7 + offset, 3 + col, float(value))
    chapter = book.add_sheet("Раздел 15 (Гл. 29)")
    header(chapter)
    for offset, (name, label, values) in enumerate(
        [
            ("Государственная измена", 275.0, [145, 5, 6]),
            ("Шпионаж", 276.0, [23, 4, 5]),
            ("Разглашение государственной тайны", "283 ч. 1", [12, 0, 0]),
        ]
    ):
        chapter.write(7 + offset, 0, name)
        chapter.write(7 + offset, 1, label)
        chapter.write(7 + offset, 2, float(offset + 1))
        for col, value in enumerate(values):
            chapter.write(7 + offset, 3 + col, float(value))


def write_catalogue(folder: Path, entries: list[tuple[str, int, str]]) -> Catalogue:
    """A catalogue like the shipped one, listing the given files with their sha256."""
    data = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))
    data["files"] = [
        {
            "form": form,
            "year": year,
            "file": name,
            "sha256": sha256_of(folder / name),
            "url": "http://www.cdep.ru/index.php?id=79",
            "url_kind": "statistics_page",
            "origin": "written by tests/test_statistics.py",
        }
        for form, year, name in entries
    ]
    data["known_exceptions"] = []
    path = folder / "official-stats.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_catalogue(path)


@pytest.fixture()
def old_10_3(tmp_path: Path) -> tuple[Path, Catalogue]:
    write_old_10_3(tmp_path / "old.xls")
    return tmp_path, write_catalogue(tmp_path, [("10.3", 2012, "old.xls")])


def _value(stats: OfficialStats, label: str, measure: str) -> int:
    rows = {r.key: r for r in stats.rows}
    found = [
        o.value
        for o in stats.observations
        if o.measure == measure and rows[o.row_key].label == label
    ]
    assert len(found) == 1, (label, measure, found)
    return found[0]


# --- labels -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "units", "kind"),
    [
        ("275", (("275", None),), "article"),
        ("283 ч. 1", (("283", "1"),), "part"),
        ("283 ч.1", (("283", "1"),), "part"),
        ("224ч.1", (("224", "1"),), "part"),
        ("226.1 ч.1.1", (("226.1", "1.1"),), "part"),
        ("201. 3", (("201.3", None),), "article"),
        (
            "264.3 ч. 1, 264.3 ч. 2, 274.2 ч. 1, 275.1",
            (("264.3", "1"), ("264.3", "2"), ("274.2", "1"), ("275.1", None)),
            "combined",
        ),
        ("222 ч. 5; 222 ч. 6", (("222", "5"), ("222", "6")), "combined"),
        (
            "292 ч.1 (в ред. ФЗ от 08.04.2008 № 43-ФЗ) "
            "и ст. 292 (в ред. ФЗ от 08.12.2003 № 162-ФЗ)",
            (("292", "1"), ("292", None)),
            "combined",
        ),
        (
            "213 ч. 1 (в ред. ФЗ №162 от 08.12.03) вкл. ч.3 ст. 213 старой редакции",
            (("213", "1"),),
            "part",
        ),
        (
            "269 ч. 1 - утрат. силу, Федеральный закон от 23.04.2018 № 114-ФЗ",
            (("269", "1"),),
            "part",
        ),
        (
            "Составы преступлений, введенные в УК РФ в 2019 году: 124.1 ч. 1",
            (("124.1", "1"),),
            "part",
        ),
        (
            "Мошенничество (введ. ФЗ от 29.11.2012 N 207-ФЗ) ст. 159.1-159.3",
            (("159.1", None), ("159.2", None), ("159.3", None)),
            "combined",
        ),
        ("185.6 ч.1-2", (("185.6", "1"), ("185.6", "2")), "combined"),
        ("ст.145-1 ч. 1", (("145.1", "1"),), "part"),
        (
            "204 ч. 5, ч.6, ч.7, 8",
            (("204", "5"), ("204", "6"), ("204", "7"), ("204", "8")),
            "combined",
        ),
        ("Составы преступлений, введенные в УК РФ в 2019 году", (), "group"),
        ("Воинские преступления", (), "group"),
        ("ВСЕГО ПО ГЛАВЕ 29. ПРЕСТУПЛЕНИЯ ПРОТИВ ОСНОВ", (), "group"),
        ("275 - 284.1", (), "group"),
        ("Всего по составам УК РФ:", (), "total"),
        ("Всего лиц по составам УК РФ", (), "total"),
    ],
)
def test_labels(label: str, units: tuple[tuple[str, str | None], ...], kind: str) -> None:
    assert parse_units(label) == units
    assert classify_label(label, units) == kind


def test_float_article_numbers() -> None:
    assert article_from_number(275.0) == "275"
    assert article_from_number(275.1) == "275.1"
    assert cell_ref(822, 2) == "C823"
    assert cell_ref(5, 27) == "AB6"


# --- fixtures: old and new layouts --------------------------------------------------------


def test_old_layout(old_10_3: tuple[Path, Catalogue]) -> None:
    folder, catalogue = old_10_3
    stats = read_official_stats(folder, catalogue)
    by_label = {r.label: r for r in stats.rows}
    assert list(by_label) == [
        "Всего по составам УК РФ:",
        "275",
        "276",
        "283 ч.1",
        "283 ч. 2 (в ред. ФЗ от 08.12.2003 № 162-ФЗ)",
        "Воинские преступления",
    ]
    total = by_label["Всего по составам УК РФ:"]
    assert total.kind == "total" and total.parent is None
    assert by_label["276"].units == (("276", None),)
    assert by_label["283 ч.1"].kind == "part"
    assert by_label["Воинские преступления"].kind == "group"
    assert all(r.parent == total.key for r in stats.rows if r is not total)
    assert _value(stats, "275", "convicted") == 10
    assert _value(stats, "275", "life_imprisonment") == 1
    assert _value(stats, "283 ч.1", "fine") == 2
    obs = next(o for o in stats.observations if o.cell == "C9")
    assert (obs.sheet, obs.row, obs.col, obs.measure, obs.value) == (
        "Раздел 1",
        8,
        2,
        "convicted",
        10,
    )
    # a blank cell is no observation; a zero is one
    assert not [o for o in stats.observations if o.cell == "I13"]
    assert [o.value for o in stats.observations if o.cell == "F9"] == [0]
    assert check_row_sums(stats) == []
    (info,) = stats.files
    assert info.sha256 == catalogue.files[0].sha256 and info.skipped_sheets == ("Титул ф.10.3",)


def test_new_layout(tmp_path: Path) -> None:
    write_new_10_3(tmp_path / "new.xls")
    stats = read_official_stats(tmp_path, write_catalogue(tmp_path, [("10.3", 2022, "new.xls")]))
    by_label = {r.label: r for r in stats.rows}
    assert by_label["275"].kind == "article"
    assert by_label["275.1"].units == (("275.1", None),)
    combined = by_label["264.3 ч. 1, 264.3 ч. 2, 274.2 ч. 1, 275.1"]
    assert combined.kind == "combined" and len(combined.units) == 4
    # columns found by their (merged) headers, whatever their order
    assert _value(stats, "275", "convicted") == 12
    assert _value(stats, "275", "fine") == 0
    assert _value(stats, "275", "imprisonment") == 10
    assert _value(stats, "275", "life_imprisonment") == 2
    assert _value(stats, "275", "unfinished_offence") == 1
    assert _value(stats, "275.1", "acquitted") == 1
    columns = {c.measure: c.header for c in stats.files[0].columns}
    assert columns["fine"] == "ВИДЫ основного НАКАЗАНИЯ | штраф"
    assert check_row_sums(stats) == []


def test_10_a_by_chapter(tmp_path: Path) -> None:
    write_new_10_a(tmp_path / "k3.xls")
    stats = read_official_stats(tmp_path, write_catalogue(tmp_path, [("10-a", 2024, "k3.xls")]))
    rows = {(r.sheet, r.label): r for r in stats.rows}
    treason = rows[("Раздел 15 (Гл. 29)", "275")]
    assert treason.name == "Государственная измена"
    chapter = rows[("Раздел 1", "275 - 284.1")]
    section = rows[("Раздел 1", "275 - 330")]
    total = rows[("Раздел 1", "275 - 361")]
    assert (treason.parent, chapter.parent, section.parent) == (chapter.key, section.key, total.key)
    assert total.kind == "total"
    assert _value(stats, "275", "convicted_main") == 145
    assert _value(stats, "275", "convicted_additional") == 5
    assert _value(stats, "275", "convicted_additional_offences") == 6
    assert check_row_sums(stats) == []


def test_10_a_rows_that_say_where_they_belong() -> None:
    def row(
        n: int, label: str, name: str, kind: str, units: Any = (), line: int | None = None
    ) -> StatRow:
        return StatRow("10-a", 2012, "f.xls", "Раздел 1", n, label, kind, units, None, name, line)

    rows = [
        row(0, "ВСЕГО ПО РАЗДЕЛАМ", "ВСЕГО ПО РАЗДЕЛАМ", "total"),
        row(1, "158-204", "ИТОГО ПО РАЗДЕЛУ VIII. ПРЕСТУПЛЕНИЯ В СФЕРЕ ЭКОНОМИКИ", "group"),
        row(2, "158-168", "ВСЕГО ПО ГЛАВЕ ПРЕСТУПЛЕНИЯ ПРОТИВ СОБСТВЕННОСТИ", "group"),
        row(3, "158 ч.1", "Кража", "part", (("158", "1"),), 3),
        row(
            4,
            "185.6 ч.1-2",
            "Резервная строка по разделу VIII",
            "combined",
            (("185.6", "1"), ("185.6", "2")),
        ),
        row(5, "128.1", "Клевета", "article", (("128.1", None),), 720),
        row(6, "Сумма стр. 720-724", "Составы преступлений, введенные в УК РФ", "group"),
        row(7, "ИТОГО: по резервным строкам.", "ИТОГО: по резервным строкам.", "group"),
    ]
    parents = {r.row: r.parent and r.parent[3] for r in assign_range_parents(rows)}
    assert parents == {0: None, 1: 0, 2: 1, 3: 2, 4: 1, 5: 6, 6: 0, 7: None}


def test_text_where_a_count_belongs(tmp_path: Path) -> None:
    write_old_10_3(tmp_path / "t.xls")
    book = xlrd.open_workbook(str(tmp_path / "t.xls"))
    assert book.sheet_by_name("Раздел 1").cell_value(8, 3) == 1.0
    # rewrite with a text cell in a counted row
    write_old_10_3(tmp_path / "t.xls", text_at=(8, 3))
    with pytest.raises(InputError) as caught:
        read_official_stats(tmp_path, write_catalogue(tmp_path, [("10.3", 2012, "t.xls")]))
    assert "t.xls" in str(caught.value) and "D9" in str(caught.value)


def test_unknown_column(tmp_path: Path) -> None:
    write_old_10_3(tmp_path / "u.xls", extra_header="Новая графа")
    with pytest.raises(InputError) as caught:
        read_official_stats(tmp_path, write_catalogue(tmp_path, [("10.3", 2012, "u.xls")]))
    assert "u.xls" in str(caught.value) and "Новая графа" in str(caught.value)


# --- checks fire ------------------------------------------------------------------------


def test_sum_check_fires(tmp_path: Path) -> None:
    write_old_10_3(tmp_path / "bad.xls", total=32)
    stats = read_official_stats(tmp_path, write_catalogue(tmp_path, [("10.3", 2012, "bad.xls")]))
    (finding,) = check_row_sums(stats)
    assert (finding.file, finding.sheet, finding.cell) == ("bad.xls", "Раздел 1", "C8")
    assert (finding.measure, finding.published, finding.summed) == ("convicted", 32, 30)
    assert "bad.xls" in str(finding) and "C8" in str(finding)


def test_column_check_fires(tmp_path: Path) -> None:
    write_old_10_3(tmp_path / "t.xls")
    stats = read_official_stats(tmp_path, write_catalogue(tmp_path, [("10.3", 2012, "t.xls")]))
    assert check_column_sums(stats) == []  # no sub-columns in this layout


# --- bad inputs -------------------------------------------------------------------------


def test_checksum_mismatch(old_10_3: tuple[Path, Catalogue]) -> None:
    folder, catalogue = old_10_3
    expected = catalogue.files[0].sha256
    with (folder / "old.xls").open("ab") as handle:
        handle.write(b"tampered")
    with pytest.raises(InputError) as caught:
        read_official_stats(folder, catalogue)
    message = str(caught.value)
    assert "old.xls" in message and expected in message and sha256_of(folder / "old.xls") in message


def test_wrong_form(tmp_path: Path) -> None:
    write_new_10_a(tmp_path / "k3.xls")
    catalogue = write_catalogue(tmp_path, [("10.3", 2024, "k3.xls")])
    with pytest.raises(InputError) as caught:
        read_official_stats(tmp_path, catalogue)
    assert "k3.xls" in str(caught.value) and "10-a" in str(caught.value)


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.8, 0.95])
def test_truncated_file(tmp_path: Path, keep: float, capfd: pytest.CaptureFixture[str]) -> None:
    write_old_10_3(tmp_path / "cut.xls")
    data = (tmp_path / "cut.xls").read_bytes()
    (tmp_path / "cut.xls").write_bytes(data[: int(len(data) * keep)])
    catalogue = write_catalogue(tmp_path, [("10.3", 2012, "cut.xls")])
    with pytest.raises(InputError) as caught:
        read_official_stats(tmp_path, catalogue)
    assert "cut.xls" in str(caught.value)
    assert capfd.readouterr() == ("", "")  # xlrd's own warnings stay quiet


def test_missing_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No folder given: Missing, said once. A folder named but not there: an input error
    (a mistyped path must not quietly give a build without the statistics)."""
    monkeypatch.delenv("KGBUILD_OFFICIAL_STATS", raising=False)
    found = locate_official_stats(None)
    assert isinstance(found, Missing)
    assert "KGBUILD_OFFICIAL_STATS" in str(found) and "\n" not in str(found)
    with pytest.raises(InputError, match="names a folder that does not exist"):
        locate_official_stats(tmp_path / "nowhere")
    monkeypatch.setenv("KGBUILD_OFFICIAL_STATS", str(tmp_path / "nowhere"))
    with pytest.raises(InputError, match="KGBUILD_OFFICIAL_STATS"):
        locate_official_stats(None)
    assert locate_official_stats(tmp_path) == tmp_path


# --- the shipped catalogue and measure scheme ---------------------------------------------


def test_catalogue_lists_the_manifest() -> None:
    catalogue = load_catalogue(CATALOGUE)
    assert set(catalogue.forms) == {"10.3", "10.3.1", "10-a"}
    assert len(catalogue.files) == 46
    manifest = REAL / "MANIFEST.tsv"
    if manifest.exists():
        with manifest.open(encoding="utf-8") as handle:
            listed = {
                (r["form"], int(r["year"]), r["file"], r["sha256"])
                for r in csv.DictReader(handle, delimiter="\t")
            }
        assert {(f.form, f.year, f.file, f.sha256) for f in catalogue.files} == listed


def test_measure_scheme() -> None:
    codes = {form: {m.code for m in measures} for form, measures in MEASURES.items()}
    assert {
        "convicted",
        "life_imprisonment",
        "imprisonment",
        "suspended_imprisonment",
        "fine",
        "acquitted",
        "unfinished_offence",
    } <= codes["10.3"]
    assert {"convicted_main", "convicted_additional"} <= codes["10-a"]
    for form, measures in MEASURES.items():
        assert len(codes[form]) == len(measures)
        for m in measures:
            assert m.ru and m.en and (m.parent is None or m.parent in codes[form]), (form, m)


# --- the real files -----------------------------------------------------------------------

needs_real = pytest.mark.skipif(
    not (REAL / "MANIFEST.tsv").exists(), reason=f"official files not found at {REAL}"
)


@pytest.fixture(scope="module")
def real() -> OfficialStats:
    return read_official_stats(REAL, load_catalogue(CATALOGUE))


@needs_real
@pytest.mark.slow
def test_real_every_file_read(real: OfficialStats) -> None:
    stats = real
    rows = Counter(r.file for r in stats.rows)
    cells = Counter(o.file for o in stats.observations)
    catalogue = load_catalogue(CATALOGUE)
    for entry in catalogue.files:
        assert rows[entry.file] > 0 and cells[entry.file] > 0, entry.file
    assert len({(r.form, r.year) for r in stats.rows if r.kind == "total"}) == 46
    # a float cannot tell 282.10 from 282.1: no label names an article like that
    assert not [u for r in stats.rows for u in r.units if len(u[0].partition(".")[2]) > 1]


SPOT_VALUES = [
    # form, year, sheet, cell, measure, value: read from the files directly
    ("10.3", 2024, "Раздел 1", "C823", "convicted", 145),  # Art. 275
    ("10.3", 2024, "Раздел 1", "D823", "life_imprisonment", 2),  # Art. 275
    ("10.3", 2024, "Раздел 1", "C825", "convicted", 23),  # Art. 276
    ("10.3", 2024, "Раздел 1", "C9", "convicted", 512845),  # grand total
    ("10.3", 2009, "Раздел 1", "C8", "convicted", 892361),  # grand total
    ("10-a", 2024, "Раздел 15 (Гл. 29)", "D6", "convicted_main", 145),  # Art. 275
    ("10-a", 2024, "Раздел 15 (Гл. 29)", "E6", "convicted_additional", 11),  # Art. 275
    ("10.3.1", 2024, "Раздел 1", "C824", "imprisonment", 143),  # Art. 275
]


@needs_real
@pytest.mark.slow
@pytest.mark.parametrize(("form", "year", "sheet", "cell", "measure", "value"), SPOT_VALUES)
def test_real_spot_values(
    real: OfficialStats,
    form: str,
    year: int,
    sheet: str,
    cell: str,
    measure: str,
    value: int,
) -> None:
    stats = real
    (obs,) = [
        o
        for o in stats.observations
        if (o.form, o.year, o.sheet, o.cell) == (form, year, sheet, cell)
    ]
    assert (obs.measure, obs.value) == (measure, value)
    # and the cell reference points at that value in the file itself
    book = xlrd.open_workbook(str(REAL / obs.file), on_demand=True)
    assert book.sheet_by_name(sheet).cell_value(obs.row, obs.col) == value


@needs_real
@pytest.mark.slow
def test_real_treason_2024(real: OfficialStats) -> None:
    stats = real
    rows = {r.key: r for r in stats.rows}
    (obs,) = [
        o
        for o in stats.observations
        if o.form == "10.3"
        and o.year == 2024
        and o.measure == "convicted"
        and rows[o.row_key].units == (("275", None),)
    ]
    assert (obs.value, obs.cell, rows[obs.row_key].label) == (145, "C823", "275")


@needs_real
@pytest.mark.slow
def test_real_sums(real: OfficialStats) -> None:
    """Every sum identity holds, or its failure is a documented publisher exception."""
    stats = real
    catalogue = load_catalogue(CATALOGUE)
    findings = check_sums(stats, catalogue.known_exceptions)
    assert [str(f) for f in findings if not f.known] == []
    # and every listed exception still happens (none is stale)
    for known in catalogue.known_exceptions:
        hits = [
            f
            for f in findings
            if (f.form, f.year, f.sheet) == (known.form, known.year, known.sheet)
        ]
        assert any(f.known and re.fullmatch(known.cell, f.cell) for f in hits), known
    # the identities that hold everywhere: 10.3 rows add up to the total except in 2014 and 2018
    broken = {(f.form, f.year) for f in findings if f.check == "rows" and f.form == "10.3"}
    assert broken == {("10.3", 2014), ("10.3", 2018)}


# Art. 275 (treason), persons convicted under form 10.3, column "ВСЕГО ОСУЖДЕНО", as
# printed in each year's file (sheet "Раздел 1"): the official series.
TREASON_10_3 = {
    2009: ("C400", 4),
    2010: ("C465", 5),
    2011: ("C465", 6),
    2012: ("C465", 6),
    2013: ("C574", 4),
    2014: ("C610", 15),
    2015: ("C645", 6),
    2016: ("C651", 14),
    2017: ("C685", 4),
    2018: ("C726", 4),
    2019: ("C743", 8),
    2020: ("C761", 6),
    2021: ("C773", 14),
    2022: ("C798", 16),
    2023: ("C810", 39),
    2024: ("C823", 145),
}


@needs_real
@pytest.mark.slow
def test_real_treason_series(real: OfficialStats) -> None:
    stats = real
    rows = {r.key: r for r in stats.rows}
    series = {
        o.year: (o.cell, o.value)
        for o in stats.observations
        if o.form == "10.3"
        and o.measure == "convicted"
        and rows[o.row_key].units == (("275", None),)
    }
    assert series == TREASON_10_3


@needs_real
@pytest.mark.parametrize(
    ("given", "claimed", "declared"),
    [
        ("10.3.1/K7.1-svod_vse_sudy-2024.xls", "10.3", "10.3.1"),
        ("10.3/K7-svod_vse_sudy-2024.xls", "10.3.1", "10.3"),
        ("10-a/k3-svod_vse_sudy-2024.xls", "10.3", "10-a"),
    ],
)
def test_real_file_of_another_form(tmp_path: Path, given: str, claimed: str, declared: str) -> None:
    (tmp_path / "f.xls").write_bytes((REAL / given).read_bytes())
    catalogue = write_catalogue(tmp_path, [(claimed, 2024, "f.xls")])
    with pytest.raises(InputError) as caught:
        read_official_stats(tmp_path, catalogue)
    message = str(caught.value)
    assert "f.xls" in message and f"declares form {declared}," in message
