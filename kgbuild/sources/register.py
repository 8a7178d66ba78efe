"""The statute register: sources, laws, articles, and the references between them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from kgbuild.errors import Problem
from kgbuild.sources.articles import _load_article
from kgbuild.sources.categories import load_categories, load_coverage
from kgbuild.sources.collector import (
    _Collector,
    _confidence,
    _fact,
    _is_unknown,
    _opt_str,
    _seed_files,
    parse_date,
)
from kgbuild.sources.confiscation import load_confiscation
from kgbuild.sources.records import (
    ACT_DATE_KINDS,
    EFFECT_KINDS,
    SOURCE_KINDS,
    Article,
    Effect,
    Fact,
    Law,
    Origin,
    Register,
    Source,
)
from kgbuild.yamlio import line_of

# ---------------------------------------------------------------------------- register

_LAW_ID_RE = re.compile(r"^fz-(\d{4})-(\d+)$")
_UNNUMBERED_LAW_RE = re.compile(r"^fz-(\d{4})-(\d{2})-(\d{2})$")
"""A law whose number no source confirmed is named by its signature date."""


def _load_sources(root: Path, col: _Collector) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for path in _seed_files(root / "statutes" / "sources"):
        data = col.load(path, "sources")
        if data is None:
            continue
        if not isinstance(data, list):
            col.add(path, 1, "a sources file must be a list", "start each source with '- id:'")
            continue
        for entry in data:
            line = line_of(entry)
            if not isinstance(entry, dict) or not entry.get("id") or not entry.get("title"):
                col.add(path, line, "a source needs an id and a title", "add id: and title:")
                continue
            sid = str(entry["id"])
            if sid in sources:
                col.add(
                    path,
                    line,
                    f"duplicate source id {sid!r} (also {sources[sid].origin})",
                    "give each source a unique id",
                )
                continue
            kind = str(entry.get("kind", "secondary"))
            if kind not in SOURCE_KINDS:
                col.add(
                    path,
                    line_of(entry, "kind"),
                    f"unknown source kind {kind!r}",
                    "use one of " + ", ".join(SOURCE_KINDS),
                )
            sources[sid] = Source(
                sid,
                str(entry["title"]),
                _opt_str(entry.get("publisher")),
                _opt_str(entry.get("url")),
                kind,
                _opt_str(entry.get("language")),
                _opt_str(entry.get("says")),
                _opt_str(entry.get("quote")),
                Origin(col.rel(path), line),
            )
    return sources


def _load_laws(root: Path, col: _Collector) -> dict[str, Law]:
    laws: dict[str, Law] = {}
    for path in _seed_files(root / "statutes" / "laws"):
        data = col.load(path, "law")
        if data is None:
            continue
        if not isinstance(data, dict) or not data.get("id"):
            col.add(path, 1, "a law file must be a mapping with an id", "add id: fz-YYYY-NNN")
            continue
        law_id = str(data["id"])
        match = _LAW_ID_RE.match(law_id) or _UNNUMBERED_LAW_RE.match(law_id)
        if not match:
            col.add(
                path,
                line_of(data, "id"),
                f"law id {law_id!r} is not fz-<year>-<number>",
                "write the id as fz-<year of signature>-<number>, e.g. fz-2022-260 (or "
                "fz-YYYY-MM-DD of the signature day while the number is unverified)",
            )
            continue
        expected_name = law_id.removeprefix("fz-") + "-fz.yaml"
        if path.name != expected_name:
            col.add(
                path,
                line_of(data, "id"),
                f"law {law_id} is in the wrong file",
                f"rename the file to {expected_name}",
            )
        if law_id in laws:
            col.add(path, 1, f"duplicate law {law_id}", "keep one file per law")
            continue
        source = _opt_str(data.get("source"))
        confidence = _confidence(col, path, data, "unverified")
        dates: dict[str, Fact[dt.date]] = {}
        raw_dates = data.get("dates") or {}
        for key, raw in raw_dates.items():
            if key not in ACT_DATE_KINDS:
                col.add(
                    path,
                    line_of(raw_dates, key),
                    f"unknown date kind {key!r}",
                    "use one of " + ", ".join(ACT_DATE_KINDS),
                )
                continue
            fact = _fact(col, path, raw, raw_dates, key, parse_date, source, confidence)
            if fact is not None:
                dates[key] = fact
        effects = []
        for raw in data.get("effects") or []:
            eline = line_of(raw)
            if not isinstance(raw, dict) or raw.get("article") is None:
                col.add(path, eline, "an effect needs an article", 'add article: "275.1"')
                continue
            kind = str(raw.get("kind", "amended"))
            if kind not in EFFECT_KINDS:
                col.add(
                    path,
                    line_of(raw, "kind"),
                    f"unknown effect kind {kind!r}",
                    "use one of " + ", ".join(EFFECT_KINDS),
                )
                continue
            if raw.get("note") is not None and (
                raw.get("part") is not None or not kind.startswith("note_")
            ):
                col.add(
                    path,
                    line_of(raw, "note"),
                    f"effect of {law_id} on note {raw['note']} of {raw['article']} has part: "
                    f"{raw.get('part')} or kind {kind}",
                    "an effect on a note has no part: and a kind note_added, note_amended or "
                    "note_repealed",
                )
                continue
            in_force = _fact(
                col, path, raw.get("in_force"), raw, "in_force", parse_date, source, confidence
            )
            if in_force is None:
                in_force = dates.get("in_force")
            if in_force is None:
                if (
                    _is_unknown(raw.get("in_force"))
                    or _is_unknown(raw_dates.get("in_force"))
                    or "in_force" not in raw_dates
                ):
                    col.warn(
                        path,
                        eline,
                        f"effect of {law_id} on {raw['article']} has no known "
                        "in-force date; it is left out of the graph",
                        "add the date when a source gives it",
                    )
                    continue
                col.add(
                    path,
                    eline,
                    "effect without an in-force date and the law has none",
                    "add in_force: YYYY-MM-DD to the effect or to dates:",
                )
                continue
            effects.append(
                Effect(
                    str(raw["article"]),
                    _opt_str(raw.get("part")),
                    kind,
                    in_force,
                    _opt_str(raw.get("summary")),
                    Origin(col.rel(path), eline),
                    _opt_str(raw.get("note")),
                )
            )
        title = data.get("title") or {}
        laws[law_id] = Law(
            id=law_id,
            number=str(
                data.get("number")
                or (f"{match.group(2)}-FZ" if _LAW_ID_RE.match(law_id) else "number unverified")
            ),
            year=int(match.group(1)),
            title_ru=_opt_str(title.get("ru")),
            title_en=_opt_str(title.get("en")),
            dates=dates,
            effects=tuple(effects),
            source=source,
            confidence=confidence,
            origin=Origin(col.rel(path), 1),
        )
    return laws


def _check_references(col: _Collector, root: Path, register: Register) -> None:
    """Cross-file checks: every id a record names must exist."""

    def check_source(sid: str | None, origin: Origin, what: str) -> None:
        if sid is not None and sid not in register.sources:
            col.problems.append(
                Problem(
                    origin.path,
                    origin.line,
                    f"{what} cites unknown source {sid!r}",
                    "add it to seeds/statutes/sources/ or fix the id",
                )
            )

    def check_fact(fact: Fact[Any] | None, origin: Origin, what: str) -> None:
        if fact is None:
            return
        where = fact.origin or origin
        check_source(fact.source, where, what)
        for cand in fact.candidates:
            check_source(cand.source, where, what + " (candidate)")
        if fact.source is None and fact.confidence != "unverified":
            col.problems.append(
                Problem(
                    where.path,
                    where.line,
                    f"{what} has no source",
                    "add source: <id>, or mark confidence: unverified",
                )
            )

    for law in register.laws.values():
        check_source(law.source, law.origin, f"law {law.id}")
        for key, fact in law.dates.items():
            check_fact(fact, law.origin, f"law {law.id} date {key}")
        for eff in law.effects:
            check_fact(eff.in_force, eff.origin, f"effect of {law.id}")
            article = register.articles.get(eff.article)
            if article is None:
                col.problems.append(
                    Problem(
                        eff.origin.path,
                        eff.origin.line,
                        f"effect of {law.id} names article {eff.article}, "
                        "which is not in the register",
                        f"add seeds/statutes/articles/{eff.article}.yaml or fix the article number",
                    )
                )
            elif eff.part is not None and eff.part not in {u.part for u in article.units}:
                col.problems.append(
                    Problem(
                        eff.origin.path,
                        eff.origin.line,
                        f"effect of {law.id} names part {eff.part} of {eff.article}, which has no "
                        "such part",
                        "fix the part, or add the part to the article file",
                    )
                )
            elif eff.note is not None and eff.note not in {u.note for u in article.units}:
                col.problems.append(
                    Problem(
                        eff.origin.path,
                        eff.origin.line,
                        f"effect of {law.id} names note {eff.note} of {eff.article}, which has no "
                        "such note",
                        "fix the note number, or add the note as a unit (note:) of the article",
                    )
                )
    if register.coverage is not None:
        for _, number, sid in register.coverage.added_later:
            check_source(sid, register.coverage.origin, f"coverage entry {number}")
    for cat in register.categories:
        what = f"version of Art. 15 from {cat.start.value}"
        check_source(cat.source, cat.origin, what)
        check_fact(cat.start, cat.origin, what)
        if cat.enacted_by not in register.laws:
            col.problems.append(
                Problem(
                    cat.origin.path,
                    cat.origin.line,
                    f"{what} is enacted by {cat.enacted_by!r}, which has no law file",
                    "add seeds/statutes/laws/<year>-<number>-fz.yaml or fix the id",
                )
            )
    for listing in register.confiscation:
        what = f"listing of Art. {listing.article} in Art. 104.1"
        check_source(listing.source, listing.origin, what)
        check_fact(listing.shown, listing.origin, what)
        check_fact(listing.start, listing.origin, what)
        listed = register.articles.get(listing.article)
        if listed is None:
            col.problems.append(
                Problem(
                    listing.origin.path,
                    listing.origin.line,
                    f"{what}: Art. {listing.article} is not in the register",
                    f"add seeds/statutes/articles/{listing.article}.yaml or fix the number",
                )
            )
        elif missing := [p for p in listing.parts if p not in {u.part for u in listed.units}]:
            col.problems.append(
                Problem(
                    listing.origin.path,
                    listing.origin.line,
                    f"{what} names part {missing[0]}, which the article has not",
                    "fix parts:, or add the part to the article file",
                )
            )
        if listing.enacted_by and listing.enacted_by not in register.laws:
            col.problems.append(
                Problem(
                    listing.origin.path,
                    listing.origin.line,
                    f"{what} is enacted by {listing.enacted_by!r}, which has no law file",
                    "add seeds/statutes/laws/<year>-<number>-fz.yaml or fix the id",
                )
            )
    for article in register.articles.values():
        check_source(article.source, article.origin, f"article {article.number}")
        for unit in article.units:
            for version in unit.versions:
                what = f"version of {article.number} from {version.start.value}"
                check_fact(version.start, version.origin, what)
                if version.enacted_by and version.enacted_by not in register.laws:
                    col.problems.append(
                        Problem(
                            version.origin.path,
                            version.origin.line,
                            f"{what} is enacted by {version.enacted_by!r}, which has no law file",
                            "add seeds/statutes/laws/<year>-<number>-fz.yaml or fix the id",
                        )
                    )
                for sanction in version.sanctions:
                    for amount in (sanction.min_years, sanction.max_years, sanction.max_amount):
                        check_fact(amount, sanction.origin, f"sanction of {what}")
                    for unknown in sanction.unknown:
                        check_source(unknown.source, unknown.origin, f"sanction of {what}")


def load_register(root: Path, col: _Collector) -> Register:
    for name in ("sources", "laws", "articles"):
        folder = root / "statutes" / name
        if not folder.is_dir():
            col.add(folder, None, "the register folder is missing", f"restore {col.rel(folder)}/")
            col.unloaded.append(folder)
        elif not col.inside(folder):  # a link out of seeds/: reported by inside()
            col.unloaded.append(folder)
    sources = _load_sources(root, col)
    laws = _load_laws(root, col)
    articles: dict[str, Article] = {}
    for path in _seed_files(root / "statutes" / "articles"):
        data = col.load(path, "article")
        if data is None:
            continue
        article = _load_article(col, path, data)
        if article is not None:
            articles[article.number] = article
    categories = load_categories(root, col)
    coverage = load_coverage(root, col)
    register = Register(
        sources,
        laws,
        dict(sorted(articles.items(), key=lambda kv: _article_key(kv[0]))),
        categories,
        coverage,
        load_confiscation(root, col),
    )
    if not col.unloaded:
        # A file that did not load would make every reference to it a second, misleading
        # problem ("no law file" for an emptied law file): check references once all load.
        _check_references(col, root, register)
    return register


def _article_key(number: str) -> tuple[int, ...]:
    return tuple(int(x) for x in number.split("."))
