"""Form 10-а's breakdown sheets: points of a part and the scoped subsets (2017-2024).

The .xls files are written here (xlwt) in the two layouts the publisher used: the point
sheet (offence name, label "Статьи ... по частям", row numbers, the article and part
given once per offence and then "п. <<б>>", ...) and the scoped sheets of 2022-2023
(one label column "Составы преступлений по статьям УК РФ", labels such as
``110.1 ч. 3 п. "д"``, a float article number and a bracketed condition).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kgbuild.errors import InputError
from kgbuild.statistics.breakdowns import parse_breakdown_label, parse_point_label, sheet_role
from kgbuild.statistics.catalogue import KnownException
from kgbuild.statistics.checks import (
    check_column_sums,
    check_point_rows,
    check_row_sums,
    check_sums,
)
from kgbuild.statistics.measures import MEASURES
from kgbuild.statistics.reader import read_official_stats
from kgbuild.statistics.records import OfficialStats, StatRow
from tests.test_statistics import add_new_10_a_sheets, write_catalogue

xlwt = pytest.importorskip("xlwt")

POINT_TITLE = (
    "Раздел 21. Число осужденных лиц и иные лица, в отношении которых вынесены судебные "
    "акты по уголовным делам (квалифицирующие признаки преступления по пунктам статей "
    "Уголовного кодекса Российской Федерации)"
)
ONLINE_TITLE = (
    "Раздел 22. Число осужденных лиц ... за совершение квалифицированных составов "
    "преступлений с использованием информационно-телекоммуникационных сетей (включая "
    'сеть "Интернет")'
)
MINORS_TITLE = (
    "Раздел 23. Число осужденных лиц ... за совершение преступлений в отношении несовершеннолетних"
)


def _columns(sheet: Any, top: int, first: int) -> None:
    """Main article, then the additional charge in persons and in offences (merged)."""
    sheet.write_merge(top, top + 1, first, first, "Число \nосужденных по основной статье")
    sheet.write_merge(top, top, first + 1, first + 2, "Дополнительная квалификация. Осуждено")
    sheet.write(top + 1, first + 1, "по числу лиц*")
    sheet.write(top + 1, first + 2, "по количеству составов преступлений")
    for number in range(1, 4):
        sheet.write(top + 2, first + number - 1, float(number))


def _point_sheet(book: Any, name: str, title: str, secrets: int = 12) -> None:
    """The 2017-2024 layout: name | label | № стр. | counts; points continue a part.

    ``secrets`` is the point row of 283 ч. 1 (whose part row on the chapter sheet says 12).
    """
    sheet = book.add_sheet(name)
    sheet.write_merge(2, 2, 0, 5, title)
    sheet.write_merge(3, 4, 0, 0, "Виды преступлений")
    sheet.write_merge(3, 4, 1, 1, "Статьи Уголовного кодекса Российской Федерации по частям")
    sheet.write_merge(3, 4, 2, 2, "№\nстр.")
    _columns(sheet, 3, 3)
    sheet.write(5, 0, "А")
    sheet.write(5, 1, "Б")
    rows: list[tuple[str, str, list[int]]] = [
        ("Убийство при отягчающих обстоятельствах", "105 ч. 2 п. <<а>>; <<н>> ФЗ", [407, 17, 99]),
        ("", "п. <<б>>", [38, 0, 10]),
        ("", "п. е. 1", [0, 0, 0]),
        ("", "п. <<в>> \nутратил силу ФЗ от 08.12.2003 № 162-ФЗ", [0, 0, 0]),
        ("Получение сведений, составляющих государственную тайну", "283.1 ч. 2 <<а>>", [2, 1, 1]),
        ("", 'п. <<б>> (ст. 283.1 ч. 3 п. "в" до редакции ФЗ)', [1, 0, 0]),
        ("Разглашение государственной тайны", "283 ч. 1 п. <<а>>", [secrets, 0, 0]),
        ("Составы преступлений, введенные в УК РФ в 2019 году", "", [0, 0, 0]),
    ]
    for offset, (offence, label, values) in enumerate(rows):
        row = 6 + offset
        if offence:
            sheet.write(row, 0, offence)
        if label:
            sheet.write(row, 1, label)
        sheet.write(row, 2, float(offset + 1))
        for col, value in enumerate(values):
            sheet.write(row, 3 + col, float(value))


def _scoped_sheet(book: Any, name: str, title: str, rows: list[tuple[Any, list[int]]]) -> None:
    """The 2022-2023 layout: one label column, row numbers, the same counts."""
    sheet = book.add_sheet(name)
    sheet.write_merge(0, 0, 0, 4, title)
    sheet.write_merge(1, 2, 0, 0, "Составы преступлений по статьям УК РФ")
    sheet.write_merge(1, 2, 1, 1, "№\nстр.")
    _columns(sheet, 1, 2)
    sheet.write(3, 0, "А")
    for offset, (label, values) in enumerate(rows):
        sheet.write(4 + offset, 0, label)
        sheet.write(4 + offset, 1, float(offset + 1))
        for col, value in enumerate(values):
            sheet.write(4 + offset, 2 + col, float(value))
    sheet.write(5 + len(rows), 0, "* В графе учитывается число лиц ...")


ONLINE_ROWS: list[tuple[Any, list[int]]] = [
    ('110.1 ч. 3 п. "д"', [0, 1, 1]),
    ("110.1 ч. 6 (при условии, если лицу вменялся признак ... ИТС (Интернет))", [2, 0, 0]),
    ("205.2 ч. 2", [257, 53, 128]),
    ("Составы преступлений, введенные в УК РФ в 2022 году \n(ст. 274.2 ч. 1)", [0, 0, 0]),
]
MINORS_ROWS: list[tuple[Any, list[int]]] = [
    (106.0, [22, 0, 0]),
    ('105 ч. 2 п. "в"', [65, 1, 4]),
]


def write_breakdowns(
    path: Path, scoped: bool, extra: tuple[str, str] | None = None, secrets: int = 12
) -> None:
    """A 10-а file of 2017+ with its breakdown sheets after the chapters."""
    book = xlwt.Workbook(encoding="utf-8")
    add_new_10_a_sheets(book)
    _point_sheet(book, "Раздел 21" if scoped else "Раздел 20", POINT_TITLE, secrets)
    if scoped:
        _scoped_sheet(book, "Раздел 22", ONLINE_TITLE, ONLINE_ROWS)
        _scoped_sheet(book, "Раздел 23", MINORS_TITLE, MINORS_ROWS)
    if extra:
        _scoped_sheet(book, extra[0], extra[1], MINORS_ROWS)
    book.save(str(path))


def _read(tmp_path: Path, scoped: bool, year: int = 2022) -> OfficialStats:
    write_breakdowns(tmp_path / "k3.xls", scoped)
    return read_official_stats(tmp_path, write_catalogue(tmp_path, [("10-a", year, "k3.xls")]))


def _rows(stats: OfficialStats, sheet: str) -> list[StatRow]:
    return [r for r in stats.rows if r.sheet == sheet]


def _values(stats: OfficialStats, row: StatRow) -> dict[str, int]:
    return {o.measure: o.value for o in stats.observations if o.row_key == row.key}


# --- labels ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "article", "part", "point"),
    [
        ("111 ч. 2 п. <<а>>", "111", "2", "а"),
        ("105 ч. 2 п. <<а>>; <<н>> Федеральный закон от 08.12.2003 N 162-ФЗ", "105", "2", "а"),
        ("127.1 ч. 3 <<а>>", "127.1", "3", "а"),
        ("159.6 ч. 3 п. п. <<а>>", "159.6", "3", "а"),
        ('110 ч. 2 п. "д"', "110", "2", "д"),
        ("126 ч. часть 2 п.<<и>>", "126", "2", "и"),
    ],
)
def test_a_full_point_label(label: str, article: str, part: str, point: str) -> None:
    parsed = parse_point_label(label, None)
    assert parsed is not None and (parsed.article, parsed.part, parsed.point) == (
        article,
        part,
        point,
    )


def test_a_point_label_continues_the_last_part() -> None:
    first = parse_point_label("131 ч. 2 п. <<а>>", None)
    assert first is not None
    for label, point in [
        ("п. <<б>>", "б"),
        ("п. е. 1", "е.1"),
        ("п. <<в>> утратил силу ФЗ от 08.12.2003 № 162-ФЗ", "в"),
        ('п. <<б>> (ст. 132 ч. 3 п. "в" до редакции ФЗ от 27.12.2009 № 377-ФЗ)', "б"),
    ]:
        parsed = parse_point_label(label, first)
        assert parsed is not None and (parsed.article, parsed.part, parsed.point) == (
            "131",
            "2",
            point,
        ), label
    assert parse_point_label("п. <<б>>", None) is None


def test_labels_of_the_scoped_sheets() -> None:
    assert parse_breakdown_label("110.2 ч. 2", None) == (("110.2", "2"),)
    assert parse_breakdown_label("171.2", None) == (("171.2", None),)
    condition = "222 ч. 4 (при условии, если лицу вменялся признак ... ИТС (Интернет))"
    assert parse_breakdown_label(condition, None) == (("222", "4"),)
    caption = "Составы преступлений, введенные в УК РФ в 2022 году (ст. 274.2 ч. 1)"
    assert parse_breakdown_label(caption, None) == (("274.2", "1"),)
    caption_point = 'Составы преступлений, введенные в УК РФ в 2022 году (ст. 286 ч. 3 п. "д")'
    parsed = parse_breakdown_label(caption_point, None)
    assert not isinstance(parsed, tuple) and (parsed.article, parsed.point) == ("286", "д")


def test_sheet_roles_come_from_the_title() -> None:
    points, online, minors = (sheet_role(t) for t in (POINT_TITLE, ONLINE_TITLE, MINORS_TITLE))
    assert points is not None and (points.points, points.scope) == (True, "")
    assert online is not None and online.scope == "online"
    assert minors is not None and minors.scope == "minors"
    assert sheet_role("Раздел 24. Что-то новое") is None


# --- whole files ------------------------------------------------------------------------


def test_points_in_the_older_layout(tmp_path: Path) -> None:
    """2019 names the point sheet "Раздел 20": its title, not its name, says what it is."""
    stats = _read(tmp_path, scoped=False, year=2019)
    (info,) = stats.files
    assert info.skipped_sheets == ("Титул ф.10-а",)
    assert info.sheets[-1] == "Раздел 20"
    rows = _rows(stats, "Раздел 20")
    points = [(r.units, r.point, r.kind) for r in rows if r.kind == "point"]
    assert points == [
        ((("105", "2"),), "а", "point"),
        ((("105", "2"),), "б", "point"),
        ((("105", "2"),), "е.1", "point"),
        ((("105", "2"),), "в", "point"),
        ((("283.1", "2"),), "а", "point"),
        ((("283.1", "2"),), "б", "point"),
        ((("283", "1"),), "а", "point"),
    ]
    b = next(r for r in rows if r.point == "б" and r.units == (("105", "2"),))
    assert (b.label, b.name, b.line) == ("п. <<б>>", "Убийство при отягчающих обстоятельствах", 2)
    assert _values(stats, b) == {
        "convicted_main": 38,
        "convicted_additional": 0,
        "convicted_additional_offences": 10,
    }
    reserve = rows[-1]
    assert (reserve.kind, reserve.units, reserve.point) == ("group", (), None)
    assert reserve.label.startswith("Составы преступлений, введенные")
    # zeros are findings: every cell of every row is an observation, cited by its cell
    cells = [o for o in stats.observations if o.sheet == "Раздел 20"]
    assert len(cells) == 3 * len(rows) and sum(o.value == 0 for o in cells) == 14
    assert {o.cell for o in cells if o.row == 7} == {"D8", "E8", "F8"}
    # breakdown rows are in no sum: the chapters still add up to their totals
    assert all(r.parent is None for r in rows)
    assert check_row_sums(stats) == [] and check_column_sums(stats) == []
    assert check_point_rows(stats) == []  # 283 ч. 1 п. «а» gives 12 of its part's 12


def test_scoped_sheets_in_the_newer_layout(tmp_path: Path) -> None:
    stats = _read(tmp_path, scoped=True)
    (info,) = stats.files
    assert info.sheets[-3:] == ("Раздел 21", "Раздел 22", "Раздел 23")
    online = {r.label: r for r in _rows(stats, "Раздел 22")}
    terror = online["205.2 ч. 2"]
    assert (terror.kind, terror.units) == ("part", (("205.2", "2"),))
    assert _values(stats, terror) == {
        "convicted_main_online": 257,
        "convicted_additional_online": 53,
        "convicted_additional_offences_online": 128,
    }
    first = online['110.1 ч. 3 п. "д"']
    assert (first.kind, first.units, first.point) == ("point", (("110.1", "3"),), "д")
    condition = next(r for label, r in online.items() if label.startswith("110.1 ч. 6"))
    assert (condition.kind, condition.units) == ("part", (("110.1", "6"),))
    minors = {r.label: r for r in _rows(stats, "Раздел 23")}
    assert (minors["106"].kind, minors["106"].units) == ("article", (("106", None),))
    assert _values(stats, minors["106"])["convicted_main_minors"] == 22
    # the chapter sheet's own figure for the same code is untouched
    treason = next(r for r in stats.rows if r.label == "275")
    assert _values(stats, treason)["convicted_main"] == 145
    scoped = {c.measure for c in info.columns if c.sheet in ("Раздел 22", "Раздел 23")}
    assert scoped == {
        f"{code}_{scope}"
        for code in ("convicted_main", "convicted_additional", "convicted_additional_offences")
        for scope in ("online", "minors")
    }


def test_an_unknown_breakdown_sheet_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "k3.xls"
    write_breakdowns(path, scoped=True, extra=("Раздел 24", "Раздел 24. Что-то новое"))
    with pytest.raises(InputError) as caught:
        read_official_stats(tmp_path, write_catalogue(tmp_path, [("10-a", 2023, "k3.xls")]))
    message = str(caught.value)
    assert "k3.xls" in message and "'Раздел 24'" in message and "breakdowns.py" in message


def test_the_scoped_measures_are_in_the_scheme() -> None:
    codes = {m.code: m for m in MEASURES["10-a"]}
    for code in ("convicted_main", "acquitted_additional_offences", "compulsory_medical_main"):
        for scope, words in (("online", "information"), ("minors", "minors")):
            scoped = codes[f"{code}_{scope}"]
            base = codes[code]
            assert scoped.ru.startswith(base.ru) and scoped.ru != base.ru
            assert scoped.en.startswith(base.en) and words in scoped.en
            assert (scoped.unit, scoped.additive) == (base.unit, base.additive)


def test_the_point_check_fires_on_a_point_above_its_part(tmp_path: Path) -> None:
    write_breakdowns(tmp_path / "k3.xls", scoped=False, secrets=13)
    catalogue = write_catalogue(tmp_path, [("10-a", 2019, "k3.xls")])
    stats = read_official_stats(tmp_path, catalogue)
    (finding,) = check_point_rows(stats)
    assert (finding.check, finding.sheet, finding.cell, finding.measure) == (
        "points",
        "Раздел 20",
        "D13",
        "convicted_main",
    )
    assert (finding.published, finding.summed) == (13, 12)
    assert "k3.xls sheet 'Раздел 20' cell D13" in str(finding)
    assert "more than its part's row, 12" in str(finding)
    assert [f.known for f in check_sums(stats)] == [False]
    known = KnownException("10-a", 2019, "points", "Раздел 20", "D13", "*", "explained")
    assert [f.known for f in check_sums(stats, (known,))] == [True]
