"""The pydantic models of each kind of seed file: the register (articles, laws, sources,
Art. 15's categories, coverage, confiscation), the catalogue, publication and curation."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
)

Confidence = Literal["high", "medium", "low", "unverified"]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s/?#]+[^\s]*$")]
"""A web address: published as an xsd:anyURI, so it must be one."""
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False)


# ---------------------------------------------------------------------------- register


class Title(_Strict):
    ru: str | None = None
    en: str | None = None


class DateCandidate(_Strict):
    value: str | None
    source: str | None = None
    note: str | None = None


class DerivedDate(_Strict):
    """A date computed, not read: which rule, and the date it was computed from."""

    rule: Literal["ten_days_after_publication"]
    published: str


class DateFact(_Strict):
    value: str | None
    source: str | None = None
    confidence: Confidence | None = None
    reason: str | None = None
    note: str | None = None
    derived: DerivedDate | None = None
    candidates: list[DateCandidate] | None = None


class NumberCandidate(_Strict):
    value: float | None
    source: str | None = None
    note: str | None = None


class NumberFact(_Strict):
    value: float | None
    source: str | None = None
    confidence: Confidence | None = None
    reason: str | None = None
    note: str | None = None
    candidates: list[NumberCandidate] | None = None


def _plain_or_fact(value: Any) -> str:
    return "fact" if isinstance(value, dict) else "plain"


DateValue = Annotated[
    Annotated[str, Tag("plain")] | Annotated[DateFact, Tag("fact")],
    Discriminator(_plain_or_fact),
]
"""A plain date (YYYY-MM-DD) or a fact mapping with value, source, confidence, ..."""

NumberValue = Annotated[
    Annotated[float, Tag("plain")] | Annotated[NumberFact, Tag("fact")],
    Discriminator(_plain_or_fact),
]


class Sanction(_Strict):
    type: str
    role: str | None = None
    min_years: NumberValue | None = None
    max_years: NumberValue | None = None
    min_amount: NumberValue | None = None
    max_amount: NumberValue | None = None
    currency: str | None = None
    optional: bool | None = None
    note: str | None = None


class Version(_Strict):
    from_: DateValue | None = Field(default=None, alias="from")  # `from` is a keyword
    until: DateValue | None = None
    enacted_by: str | None = None
    sanctions: list[Sanction] | None = None
    quote: str | None = None
    note: str | None = None
    summary: str | None = None
    source: str | None = None
    confidence: Confidence | None = None


class Unit(_Strict):
    part: str | None = None
    note: str | None = None
    versions: list[Version] | None = None


class ArticleFile(_Strict):
    article: str
    title: Title | None = None
    offence: str | None = None
    guilt: str | None = None
    source: str | None = None
    confidence: Confidence | None = None
    units: list[Unit] | None = None


class CategoryRule(_Strict):
    category: Literal["small", "medium", "grave", "particularly_grave"]
    guilt: list[Literal["intentional", "negligent"]]
    above: float | None = None
    at_most: float | None = None
    life: bool | None = None


class CategoriesVersion(_Strict):
    from_: DateValue | None = Field(default=None, alias="from")
    enacted_by: str | None = None
    source: str | None = None
    confidence: Confidence | None = None
    note: str | None = None
    quote: str | None = None
    rules: list[CategoryRule]


class CategoriesFile(_Strict):
    """seeds/statutes/categories.yaml: Art. 15's versions and the bounds of each category."""

    article: str
    title: Title | None = None
    source: str | None = None
    confidence: Confidence | None = None
    versions: list[CategoriesVersion]


class AddedArticle(_Strict):
    article: str
    source: str


class CoverageChapter(_Strict):
    chapter: str
    added_later: list[AddedArticle] | None = None


class CoverageFile(_Strict):
    """seeds/statutes/coverage.yaml: the chapters and related articles the register covers."""

    chapters: list[CoverageChapter]
    related: list[str]


class ConfiscationListing(_Strict):
    article: str
    parts: list[str] | None = None
    condition: str | None = None
    from_: DateValue | None = Field(default=None, alias="from")
    enacted_by: str | None = None
    shown: DateValue
    quote: str | None = None
    source: str | None = None
    confidence: Confidence | None = None


class ConfiscationFile(_Strict):
    """seeds/statutes/confiscation.yaml: the register's articles listed in Art. 104.1(1)(a)."""

    article: str
    title: Title | None = None
    source: str | None = None
    confidence: Confidence | None = None
    listings: list[ConfiscationListing]


class LawDates(_Strict):
    duma_adopted: DateValue | None = None
    council_approved: DateValue | None = None
    signed: DateValue | None = None
    published: DateValue | None = None
    in_force: DateValue | None = None


class Effect(_Strict):
    article: str
    part: str | None = None
    note: str | None = None
    kind: str | None = None
    in_force: DateValue | None = None
    summary: str | None = None


class LawFile(_Strict):
    id: str
    number: str | None = None
    title: Title | None = None
    source: str | None = None
    confidence: Confidence | None = None
    dates: LawDates | None = None
    effects: list[Effect] | None = None


class SourceEntry(_Strict):
    id: str
    title: str
    publisher: str | None = None
    url: Url | None = None
    kind: str | None = None
    language: str | None = None
    says: str | None = None
    quote: str | None = None
    repository: str | None = None


# ---------------------------------------------------------------------------- catalogue


class CatalogueEntry(_Strict):
    file: str
    sha256: Sha256
    title: str
    publisher: str
    # The extractor's grammar for the document (kgbuild.extraction.LANGUAGES).
    language: Literal["en", "ru"]
    published: str | None = None
    url: Url | None = None
    kind: str | None = None
    relayed_by: str | None = None
    report_year: int | None = None
    cites: list[str] | None = None


# ---------------------------------------------------------------------------- publication

Email = Annotated[str, StringConstraints(pattern=r"^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$")]


class PublisherEntry(_Strict):
    name: str
    url: Url | None = None


class ContactEntry(_Strict):
    name: str
    email: Email | None = None
    url: Url | None = None


class PublicationFile(_Strict):
    publisher: PublisherEntry
    contact: ContactEntry


# ---------------------------------------------------------------------------- curation

ClaimKind = Literal[
    "conviction_count", "case_count", "penalty_range", "enactment", "individual_sentence"
]
Qualifier = Literal["exact", "at_least", "about", "more_than", "nearly", "fewer_than", "at_most"]


class Change(_Strict):
    factor: float
    qualifier: str | None = None
    baseline_start: str | None = None
    baseline_end: str | None = None


class ClaimFields(_Strict):
    """The claim fields a reviewer may give or correct (the keys of `kgbuild extract`)."""

    kind: ClaimKind | None = None
    offence: str | list[str] | None = None
    articles: list[str] | None = None
    period_start: str | None = None
    period_end: str | None = None
    count: int | None = None
    qualifier: Qualifier | None = None
    unit: Literal["people", "verdicts", "cases"] | None = None
    scope: str | None = None
    min_years: float | None = None
    max_years: float | None = None
    life: bool | None = None
    date: str | None = None
    person: str | None = None
    sentence_years: float | None = None
    change: Change | None = None
    reported_by: str | None = None
    part_of: str | None = None
    court: str | None = None


class Decision(ClaimFields):
    action: Literal["accept", "reject", "correct", "add"]
    # An all-digit id read as a number gets its own message from the loader.
    claim: str | int | None = None
    reason: str
    set: ClaimFields | None = None
    document: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None
