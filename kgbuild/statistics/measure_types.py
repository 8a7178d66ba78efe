"""The two record types of the measure scheme (kept apart so the tables can import them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    """One column of a form, under a stable code."""

    form: str
    code: str
    ru: str
    """The column's header in the newest file that has it."""
    en: str
    parent: str | None = None
    """The column this one is a breakdown of (its parts add up to it), if the form says so."""
    unit: str = "persons"
    """'persons', 'offences' (10-а's counts by offence) or 'roubles' (10.3.1 sums)."""
    additive: bool = True
    """Whether rows add up: False for 10-а's persons with an additional charge, since one
    person charged under two articles of a chapter is one person in the chapter's row."""


@dataclass(frozen=True)
class Rule:
    """A column is this measure if its header has all of these words and none of those."""

    code: str
    all_of: tuple[str, ...]
    none_of: tuple[str, ...] = ()
