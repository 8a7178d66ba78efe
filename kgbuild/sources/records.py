"""The records the seeds are read into: sourced facts, the statute register, documents,
curation decisions. Each remembers where it was read (Origin)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from kgbuild.errors import Problem

T = TypeVar("T")

CONFIDENCE_LEVELS = ("high", "medium", "low", "unverified")
SOURCE_KINDS = ("official", "consolidated", "secondary")
ACT_DATE_KINDS = ("duma_adopted", "council_approved", "signed", "published", "in_force")
EFFECT_KINDS = (
    "inserted",
    "amended",
    "sanction_changed",
    "repealed",
    "note_added",
    "note_amended",
    "note_repealed",
)
SANCTION_TYPES = (
    "imprisonment",
    "life_imprisonment",
    "death_penalty",
    "fine",
    "restriction_of_liberty",
    "forced_labour",
    "arrest",
    "compulsory_works",
    "corrective_labour",
    "deprivation_of_right",
    "restriction_in_military_service",
    "disciplinary_military_unit",
)
SANCTION_ROLES = ("main", "alternative", "additional")
GUILT_FORMS = ("intentional", "negligent")


@dataclass(frozen=True)
class Origin:
    """Where a record was read: a path relative to the seeds folder's parent, and a line."""

    path: str
    line: int | None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Candidate(Generic[T]):
    """A value some source gives that is not the preferred one."""

    value: T
    source: str | None
    note: str | None


@dataclass(frozen=True)
class Fact(Generic[T]):
    """A sourced value, with the other candidates when sources disagree."""

    value: T
    source: str | None
    confidence: str
    reason: str | None = None
    candidates: tuple[Candidate[T], ...] = ()
    origin: Origin | None = None
    note: str | None = None
    derived_from: dt.date | None = None
    """For a date computed by the ten-day rule (a federal law without its own date is in
    force once ten days have passed after its official publication; law-kakprosto-10days):
    the day of publication it was computed from."""

    @property
    def disputed(self) -> bool:
        return bool(self.candidates)


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str | None
    url: str | None
    kind: str
    language: str | None
    says: str | None
    quote: str | None
    origin: Origin


@dataclass(frozen=True)
class Effect:
    article: str
    part: str | None
    kind: str
    in_force: Fact[dt.date]
    summary: str | None
    origin: Origin
    note: str | None = None
    """The note (примечание) the effect changed, for the note_* kinds that name one."""


@dataclass(frozen=True)
class Law:
    id: str
    number: str
    year: int
    title_ru: str | None
    title_en: str | None
    dates: dict[str, Fact[dt.date]]
    effects: tuple[Effect, ...]
    source: str | None
    confidence: str
    origin: Origin


@dataclass(frozen=True)
class UnknownFact:
    """A fact known to exist whose value no source gave: written `value: null` with
    `confidence: unverified`, and published as such (listed by unverified-facts)."""

    key: str
    source: str | None
    note: str | None
    origin: Origin


@dataclass(frozen=True)
class Sanction:
    type: str
    role: str
    min_years: Fact[float] | None
    max_years: Fact[float] | None
    max_amount: Fact[float] | None
    currency: str | None
    optional: bool
    note: str | None
    origin: Origin
    unknown: tuple[UnknownFact, ...] = ()
    """Amounts the sanction has but no source gives (value null, confidence unverified)."""


@dataclass(frozen=True)
class Version:
    article: str
    part: str | None
    start: Fact[dt.date]
    end: Fact[dt.date] | None
    """First day no longer in force; None while in force. Explicit or the next start."""
    enacted_by: str
    sanctions: tuple[Sanction, ...]
    quote: str | None
    source: str | None
    confidence: str
    origin: Origin
    note: str | None = None
    """The note's number for a version of a note (примечание); part is then None."""
    summary: str | None = None
    """A note version's legal content in our own words (English)."""

    def in_force_on(self, day: dt.date) -> bool:
        return self.start.value <= day and (self.end is None or day < self.end.value)


@dataclass(frozen=True)
class Unit:
    """A part of an article (or the article itself, part None), or one of its notes."""

    article: str
    part: str | None
    versions: tuple[Version, ...]
    note: str | None = None


@dataclass(frozen=True)
class Article:
    number: str
    title_ru: str | None
    title_en: str | None
    offence: str | None
    guilt: str
    units: tuple[Unit, ...]
    source: str | None
    confidence: str
    origin: Origin


@dataclass(frozen=True)
class CategoryRule:
    """One clause of Art. 15: offences of these forms of guilt whose longest term of
    deprivation of liberty is above `above` and at most `at_most` years (or, with `life`,
    that also allow life imprisonment) belong to `category`."""

    category: str
    guilt: tuple[str, ...]
    above: float | None
    at_most: float | None
    life: bool


@dataclass(frozen=True)
class CategoriesVersion:
    """One version of Art. 15 (categories of crimes), in force from `start` to `end`."""

    start: Fact[dt.date]
    end: Fact[dt.date] | None
    enacted_by: str
    rules: tuple[CategoryRule, ...]
    quote: str | None
    note: str | None
    source: str | None
    confidence: str
    origin: Origin

    def in_force_on(self, day: dt.date) -> bool:
        return self.start.value <= day and (self.end is None or day < self.end.value)


@dataclass(frozen=True)
class Coverage:
    """What the register means to cover (seeds/statutes/coverage.yaml)."""

    chapters: tuple[str, ...]
    added_later: tuple[tuple[str, str, str], ...]
    """(chapter, article, source id) for articles added after the 2023 text."""
    related: tuple[str, ...]
    origin: Origin


@dataclass(frozen=True)
class ConfiscationListing:
    """An article (or some of its parts) listed in Art. 104.1 part 1 point "а": property
    obtained by the offence can be confiscated. `shown` is a day on which the cited text has
    the listing; `start`, when a source gives it, the first day it applied."""

    article: str
    parts: tuple[str, ...]
    condition: str | None
    start: Fact[dt.date] | None
    enacted_by: str | None
    shown: Fact[dt.date]
    quote: str | None
    source: str | None
    confidence: str
    origin: Origin


@dataclass(frozen=True)
class Register:
    sources: dict[str, Source]
    laws: dict[str, Law]
    articles: dict[str, Article]
    categories: tuple[CategoriesVersion, ...] = ()
    """Art. 15's versions, oldest first (seeds/statutes/categories.yaml)."""
    coverage: Coverage | None = None
    confiscation: tuple[ConfiscationListing, ...] = ()
    """The register's articles listed in Art. 104.1(1)(a) (seeds/statutes/confiscation.yaml)."""


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    """Path relative to the project root, e.g. seeds/documents/000_x.txt."""
    sha256: str
    title: str
    publisher: str
    relayed_by: str | None
    published: dt.date | None
    url: str | None
    language: str
    kind: str
    report_year: int | None
    cites: tuple[str, ...]
    text: str
    origin: Origin


@dataclass(frozen=True)
class Decision:
    """A reviewer's decision on one extracted claim, or a claim added by hand."""

    action: str
    claim: str | None
    reason: str
    values: dict[str, Any]
    origin: Origin


@dataclass(frozen=True)
class Contact:
    """A DCAT contact point (vcard:Kind): a name, and an e-mail address or a web page."""

    name: str
    email: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Publication:
    """seeds/publication.yaml: the publisher and contact point that dataset.ttl states."""

    publisher: str
    contact: Contact
    publisher_url: str | None = None


@dataclass(frozen=True)
class Seeds:
    root: Path
    documents: tuple[Document, ...]
    register: Register
    decisions: tuple[Decision, ...]
    warnings: tuple[Problem, ...] = ()
    publication: Publication | None = None
