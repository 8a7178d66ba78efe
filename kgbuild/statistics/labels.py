"""Row labels of the forms: which articles and parts a row counts, and what kind of row it is.

A label such as ``283 ч. 1``, ``275.1``, ``264.3 ч. 1, 264.3 ч. 2, 274.2 ч. 1, 275.1`` or
``292 ч.1 (в ред. ФЗ ...) и ст. 292 (в ред. ФЗ ...)`` names units of the Code; anything
else (``Воинские преступления``, ``ВСЕГО ПО ГЛАВЕ 16 ...``) is a group row, and the form's
grand total is recognised by its own wording. Notes in brackets and "including the old
wording" remarks (``вкл. ...``) are commentary, not further units.
"""

from __future__ import annotations

import re
from typing import Literal

Unit = tuple[str, str | None]
"""(article, part): ``("283", "1")``, ``("275.1", None)`` for a whole article."""

RowKind = Literal["article", "part", "point", "combined", "group", "total"]
"""A point row (10-а's breakdown by point) has one (article, part) unit and its point."""

_SPACE_RE = re.compile(r"\s+")
_BRACKETS_RE = re.compile(r"\([^()]*\)?")
# Commentary that follows the units: "вкл. ч.3 ст. 213 старой редакции", "- утрат. силу, ...".
_COMMENT_RE = re.compile(
    r"(?:\bвкл\.|\bвкл\b|\bвключая|\bутрат|\bв\s+ред|\bред\.|\bредакц)", re.IGNORECASE
)
# "204 ч. 5, ч.6, ч.7, 8" and "204 ч.2, 3, 4": further parts of the article named before.
_MORE_PARTS_RE = re.compile(r"^(?:ч\.?\s*)?(?P<part>\d{1,2}(?:\.\d{1,2})?)$")
# 2009's 10-а writes Art. 145.1 as "ст.145-1 ч. 1"; a range ("126 -130") never ends in one digit.
_HYPHENATED_ARTICLE_RE = re.compile(r"(?<!\d)(?<!\d\.)(\d{2,3})-(\d)(?![\d.])")
# "159.1-159.6" (Arts. 159.1 to 159.6) and "185.6 ч.1-2" (parts 1 and 2): short runs.
_ARTICLE_RUN_RE = re.compile(r"^(\d{1,3})\.(\d)\s*-\s*\1\.(\d)$")
_PART_RUN_RE = re.compile(r"^(\d{1,3}(?:\.\d{1,2})?)\s*ч\.?\s*(\d)\s*-\s*(\d)$")
_SEPARATOR_RE = re.compile(r"[,;]|\s+и\s+")
# "ст." may precede the number; "201. 3" (a stray space) occurs in 2024's 10.3.
_UNIT_RE = re.compile(
    r"^(?:ст\.?\s*)?(?P<article>\d{1,3}(?:\.\s?\d{1,2})?)\.?"
    r"(?:\s*ч\.?\s*(?P<part>\d{1,2}(?:\.\d{1,2})?))?(?P<rest>.*)$"
)
# Words that may follow a unit without naming another one.
_TRAILING_RE = re.compile(r"^[-\s.,;:]*(?:[А-Яа-яЁё.\s]*)$")
_TOTAL_RE = re.compile(r"^всего\b(?:\s+лиц)?\s+по\s+(?:составам|разделам)", re.IGNORECASE)


def normalise_text(value: object) -> str:
    """A cell's text with runs of whitespace (newlines included) made one space."""
    return _SPACE_RE.sub(" ", str(value)).strip()


def article_from_number(value: float) -> str:
    """An article number that the spreadsheet stored as a float: 275.0 -> '275'.

    A float cannot tell 282.1 from 282.10; Code articles have at most one digit after
    the point in every file read so far (checked by the tests), so repr() is exact here.
    """
    if value == int(value):
        return str(int(value))
    return repr(value)


def parse_units(label: str) -> tuple[Unit, ...]:
    """The units of the Code a label names, in order, without repeats; () if none.

    A caption followed by units counts those units: "Составы преступлений, введенные в
    УК РФ в 2019 году: 124.1 ч. 1" is the row of Art. 124.1 part 1, and "Мошенничество,
    ... (введ. ФЗ от 29.11.2012 N 207-ФЗ) ст. 159.1-159.6" the row of Arts. 159.1-159.6.
    """
    units = _parse_unit_list(label)
    text = normalise_text(label)
    if units or text[:1].isdigit():  # "105 - 361 (вкл. ... ст. 172.2)" is a range
        return units
    tail = _CAPTIONED_RE.search(text)
    return _parse_unit_list(tail.group("units")) if tail else ()


# "...: 124.1 ч. 1" or "... ст. 159.1-159.6" at the end of a caption
_CAPTIONED_RE = re.compile(r"(?:[:]\s*|\bст\.\s*)(?P<units>\d{1,3}(?:\.\d{1,2})?(?:[^:]*))$")


def _parse_unit_list(label: str) -> tuple[Unit, ...]:
    text = normalise_text(label)
    previous = None
    while previous != text:  # nested brackets: strip innermost first
        previous = text
        text = _BRACKETS_RE.sub(" ", text)
    text = _HYPHENATED_ARTICLE_RE.sub(r"\1.\2", text)
    match = _COMMENT_RE.search(text)
    if match:
        text = text[: match.start()]
    units: list[Unit] = []
    for index, piece in enumerate(_SEPARATOR_RE.split(text)):
        piece = piece.strip()
        if not piece:
            continue
        run = _ARTICLE_RUN_RE.match(piece)
        if run and int(run.group(2)) < int(run.group(3)):
            major, first, last = run.group(1), int(run.group(2)), int(run.group(3))
            units.extend((f"{major}.{n}", None) for n in range(first, last + 1))
            continue
        run = _PART_RUN_RE.match(piece)
        if run and int(run.group(2)) < int(run.group(3)):
            article, first, last = run.group(1), int(run.group(2)), int(run.group(3))
            units.extend((article, str(n)) for n in range(first, last + 1))
            continue
        more = _MORE_PARTS_RE.match(piece)
        if more and units and (units[-1][1] is not None or piece.startswith("ч")):
            found = (units[-1][0], more.group("part"))
            if found not in units:
                units.append(found)
            continue
        unit = _UNIT_RE.match(piece)
        if unit is None or not _TRAILING_RE.match(unit.group("rest")):
            if index == 0:
                return ()
            continue
        article = unit.group("article").replace(" ", "")
        found = (article, unit.group("part"))
        if found not in units:
            units.append(found)
    return tuple(units)


def classify_label(label: str, units: tuple[Unit, ...]) -> RowKind:
    """The kind of a row from its label and the units parsed from it."""
    if _TOTAL_RE.match(normalise_text(label)):
        return "total"
    if not units:
        return "group"
    if len(units) > 1:
        return "combined"
    return "article" if units[0][1] is None else "part"
