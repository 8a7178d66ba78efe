"""Form 10-а's breakdown sheets: rows by point (пункт) of a part, and scoped subsets.

From 2017 the form ends with sheets that have no chapter of their own. They are told
apart by the title above their header (the sheet's name is no guide: 2019 calls
"Раздел 21" ``Раздел 20``):

- "квалифицирующие признаки преступления по пунктам статей": the parts of an article
  broken down by the points that qualify the offence (``105 ч. 2 п. <<а>>``, then
  ``п. <<б>>``, ... with the article and part left to the first row). A person charged
  under several points of a part counts under each of them, so the points do not add up
  to their part (checked on the 2017-2024 files); a point row has no parent row.
- "с использованием информационно-телекоммуникационных сетей" (2022-2023): the persons
  whose offence was committed using the internet; "в отношении несовершеннолетних": the
  offences against minors. Their rows count a subset of the persons of the chapter
  sheets, so their figures are kept under measures of their own (the column's code with
  the scope's suffix, ``convicted_main_online``) and their rows have no parent row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kgbuild.statistics.labels import Unit, normalise_text, parse_units

BREAKDOWN_LABEL_HEADERS = ("Составы преступлений по статьям",)
"""The label column's header on the scoped sheets (the point sheet's is the chapters')."""

Scope = str
"""'' for all persons, else the suffix of the measure codes: 'online', 'minors'."""


@dataclass(frozen=True)
class SheetRole:
    """How a breakdown sheet's rows are read."""

    title: str
    points: bool
    """Labels may name a point of a part; a label of only a point continues the last part."""
    scope: Scope


SCOPES: dict[Scope, tuple[str, str]] = {
    "online": (
        "лица, совершившие преступление с использованием информационно-"
        "телекоммуникационных сетей (включая сеть «Интернет»)",
        "offences committed using information and telecommunication networks "
        "(the internet included)",
    ),
    "minors": (
        "преступления в отношении несовершеннолетних",
        "offences against minors",
    ),
}
"""Scope suffix -> (ru, en) qualifier of the measure labels."""

_ROLES: tuple[tuple[str, bool, Scope], ...] = (
    ("квалифицирующие признаки преступления по пунктам", True, ""),
    ("с использованием информационно-телекоммуникационных сетей", True, "online"),
    ("в отношении несовершеннолетних", True, "minors"),
)


def sheet_role(title: str) -> SheetRole | None:
    """The role of a breakdown sheet from its title text; None if it is none of them."""
    text = normalise_text(title).lower()
    for words, points, scope in _ROLES:
        if words in text:
            return SheetRole(normalise_text(title), points, scope)
    return None


# A point: <<а>>, "а", «а», or a bare letter; "е. 1" / "е.1" is point е.1 (added later).
_POINT = r"(?:<<|\"|«)?(?P<point>[а-яё])(?:>>|\"|»)?(?:\.?\s*(?P<sub>\d{1,2})(?![\d.]))?"
_FULL_RE = re.compile(
    r"^(?:ст\.?\s*)?(?P<article>\d{1,3}(?:\.\d{1,2})?)\s*ч\.?\s*(?:часть\s*)?(?P<part>\d{1,2})"
    r"\s*(?:п\.\s*)*" + _POINT + r"(?![а-яё])"
)
_CONTINUATION_RE = re.compile(r"^(?:п\.\s*)+" + _POINT + r"(?![а-яё])")


@dataclass(frozen=True)
class PointLabel:
    article: str
    part: str
    point: str


def parse_point_label(label: str, last: PointLabel | None) -> PointLabel | None:
    """The point a label names: ``111 ч. 2 п. <<а>>`` in full, or ``п. <<б>>`` after it.

    Words after the point (``утратил силу ФЗ от ...``, a bracketed former wording, a
    second point joined with ``;``) are the form's commentary and stay in the row label.
    """
    text = normalise_text(label)
    full = _FULL_RE.match(text)
    if full:
        return PointLabel(full["article"], full["part"], _point(full["point"], full["sub"]))
    more = _CONTINUATION_RE.match(text)
    if more and last is not None:
        return PointLabel(last.article, last.part, _point(more["point"], more["sub"]))
    return None


def _point(letter: str, sub: str | None) -> str:
    return f"{letter}.{sub}" if sub else letter


_INNER_BRACKETS_RE = re.compile(r"\([^()]*\)")
# "Составы преступлений, введенные в УК РФ в 2022 году (ст. 274.2 ч. 1)"
_BRACKETED_UNIT_RE = re.compile(r"\(\s*ст\.\s*(?P<unit>\d[^()]*)\)\s*$")


def parse_breakdown_label(label: str, last: PointLabel | None) -> PointLabel | tuple[Unit, ...]:
    """A breakdown row's point, or else the units it names (``110.2 ч. 2``, ``171.2``).

    A caption that ends with the unit in brackets (``... в 2022 году (ст. 274.2 ч. 1)``)
    counts that unit; a bracketed condition (``(при условии, если ... (Интернет))``) is
    commentary, nested brackets included.
    """
    text = normalise_text(label)
    point = parse_point_label(text, last)
    if point is not None:
        return point
    bare, previous = text, None
    while previous != bare:
        previous = bare
        bare = _INNER_BRACKETS_RE.sub(" ", bare)
    units = parse_units(bare)
    bracketed = _BRACKETED_UNIT_RE.search(text)
    if units or bracketed is None:
        return units
    return parse_point_label(bracketed["unit"], None) or parse_units(bracketed["unit"])
