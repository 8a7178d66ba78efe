"""`kgbuild extract`: claims from text files, or the score against an answer key."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kgbuild.cli.app import (
    State,
    _guard,
    _project,
    counted,
    main,
)
from kgbuild.errors import InputError, Problem

# ---------------------------------------------------------------------------- extract


def _require_files(paths: tuple[Path, ...] | list[Path]) -> None:
    """Every path is a readable file: else one input error per path (exit 3)."""
    problems = []
    for path in paths:
        if not path.exists():
            problems.append(Problem(str(path), None, "no such file", "check the path"))
        elif not path.is_file():
            problems.append(Problem(str(path), None, "is a folder, not a file", "give a file"))
    if problems:
        raise InputError(problems)


@main.command()
@click.argument("files", nargs=-1, required=False, type=click.Path(path_type=Path))
@click.option(
    "--published",
    help="Publication date YYYY-MM-DD, to resolve 'last year'. "
    "Default: the seeds catalogue's date for a catalogued file, else the date line or "
    "dateline that opens the file (if any).",
)
@click.option(
    "--lang",
    type=click.Choice(["en", "ru"]),
    help="The documents' language. Default: detected per file (share of Cyrillic letters).",
)
@click.option(
    "--score",
    "key_file",
    type=click.Path(path_type=Path),
    help="Instead of printing claims, score the extractor against this answer key (YAML) "
    "and print precision and recall by language and kind.",
)
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Read this many files at once, in worker processes (a file is always read whole, "
    "so the claims are the same). Default: the cores available.",
)
@click.pass_obj
def extract(
    state: State,
    files: tuple[Path, ...],
    published: str | None,
    lang: str | None,
    key_file: Path | None,
    fmt: str,
    jobs: int | None,
) -> None:
    """Extract claims from text FILEs and print them (or, with --score KEY, score them)."""
    from kgbuild.claims import Claim
    from kgbuild.extraction import MAX_DOCUMENT_BYTES
    from kgbuild.extraction.corpus import Document, extract_documents
    from kgbuild.lexicon import load_lexicon
    from kgbuild.published import catalogue_dates, parse_date

    project = _project(state)
    if key_file is not None:
        if files:
            raise click.UsageError("give either FILEs or --score KEY, not both")
        _score(state, key_file, project.ontology / "offences.ttl")
        return
    if not files:
        raise click.UsageError("give at least one FILE (or --score KEY)")
    date_given = None
    claims: list[Claim] = []
    documents: list[Document] = []
    with _guard(state):
        # Input errors, as elsewhere: one line naming the value and the fix, exit 3.
        if published:
            try:
                date_given = parse_date(published)
            except ValueError as exc:
                raise InputError(
                    [Problem("--published", None, str(exc), "give the date as YYYY-MM-DD")]
                ) from exc
        _require_files(files)
        lexicon = load_lexicon(project.ontology / "offences.ttl")
        known = catalogue_dates(project.seeds)
        for path in files:
            size = path.stat().st_size
            if size > MAX_DOCUMENT_BYTES:
                raise InputError(
                    [
                        Problem(
                            str(path),
                            None,
                            f"document is {size:,} bytes, above the limit of "
                            f"{MAX_DOCUMENT_BYTES:,}",
                            "split it into smaller files",
                        )
                    ]
                )
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    [Problem(str(path), None, "not UTF-8 text", "convert the file to UTF-8")]
                ) from exc
            key = _catalogue_key(path, project.seeds)
            day, year = known.get(key, (None, None)) if key else (None, None)
            documents.append(Document(text, str(path), date_given or day, year, lang))
        for found in extract_documents(documents, lexicon=lexicon, workers=jobs):
            claims.extend(found)
    if fmt == "json":
        click.echo(json.dumps([c.to_json() for c in claims], ensure_ascii=False, indent=1))
        return
    for claim in claims:
        data = claim.to_json()
        skip = ("quote", "document", "id", "start", "end")
        values = ", ".join(
            f"{k}={_plain(v)}" for k, v in data.items() if v not in (None, [], "") and k not in skip
        )
        click.echo(f"{claim.document}:{claim.start}-{claim.end} id={claim.id} {values}")
        click.echo(f'    "{claim.quote}"')
    state.say(f"{counted(len(claims), 'claim')} from {counted(len(files), 'file')}")


def _score(state: State, key: Path, offences: Path) -> None:
    """Print precision and recall by language and kind, then every miss and false claim."""
    from kgbuild.extraction.scoring import describe, score_key
    from kgbuild.lexicon import load_lexicon

    with _guard(state):
        _require_files([key])
        score = score_key(key, load_lexicon(offences))

    def ratio(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}"

    click.echo(
        f"{'lang':4} {'kind':20} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>6}"
    )
    totals = score.by_language()
    for lang, total in totals.items():
        rows = [(k, t) for (lg, k), t in sorted(score.tallies.items()) if lg == lang]
        for kind, t in [*rows, ("all", total)]:
            click.echo(
                f"{lang:4} {kind:20} {t.tp:4} {t.fp:4} {t.fn:4} "
                f"{ratio(t.precision):>9} {ratio(t.recall):>6}"
            )
    for item, sig in score.missed:
        click.echo(f"missed {item}: {describe(sig)}")
    for item, sig in score.extra:
        click.echo(f"false  {item}: {describe(sig)}")


def _plain(value: object) -> str:
    """A JSON value as a reader would write it: 275.1, true, 7, a,b."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ",".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}={_plain(v)}" for k, v in value.items() if v is not None) + "}"
    return str(value)


def _catalogue_key(path: Path, seeds: Path) -> str | None:
    try:
        return str(path.resolve().relative_to(seeds.resolve()))
    except ValueError:
        return None
