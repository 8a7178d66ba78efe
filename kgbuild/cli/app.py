"""The `kgbuild` command group, its state and its error handling.

kgbuild/cli/ is the only package that prints, exits or configures logging.

Exit codes: 0 success/conforms; 1 the data fails (violations); 2 usage error (click);
3 input or configuration error the user can fix; 4 internal error.
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click

from kgbuild import __version__
from kgbuild.errors import InputError, KgbuildError, Problem
from kgbuild.validation import SEVERITY_ORDER

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3, 4
DEFAULT_OUT = Path("dist")

fail_on_option = click.option(
    "--fail-on",
    type=click.Choice(list(SEVERITY_ORDER)),
    default="violation",
    show_default=True,
    help="Lowest finding severity that makes the exit code 1.",
)


class State:
    def __init__(self, verbosity: int, debug: bool, root: Path) -> None:
        self.verbosity = verbosity
        self.debug = debug
        self.root = root

    def say(self, message: str) -> None:
        """A diagnostic line on stderr, unless --quiet."""
        if self.verbosity >= 0:
            click.echo(message, err=True)

    def finding(self, message: str) -> None:
        """A finding or warning about the data on stderr: kept under --quiet."""
        click.echo(message, err=True)

    def progress(self) -> Callable[[str], None]:
        started = time.perf_counter()
        tty = sys.stderr.isatty()

        def report(stage: str) -> None:
            if self.verbosity > 0 or (tty and self.verbosity >= 0):
                click.echo(f"[{time.perf_counter() - started:6.1f}s] {stage}...", err=True)

        return report


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`1 claim`, `2 claims`: a count with its noun in the right number."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def _one_line(problem: Problem) -> tuple[str, str | None]:
    """A problem as one line; a library's multi-line message keeps its first line and
    the rest is returned apart, for --debug."""
    lines = [line.strip() for line in str(problem.message).splitlines() if line.strip()]
    if len(lines) <= 1:
        return problem.render("ERROR"), None
    short = Problem(problem.path, problem.line, lines[0].rstrip(":") + " [...]", problem.hint)
    return short.render("ERROR"), "\n".join(lines[1:])


def _fail(state: State, exc: BaseException) -> NoReturn:
    if isinstance(exc, OSError) and exc.filename:
        # The machine refused a read or write (permissions, a full disk): the user can fix it.
        exc = InputError(
            [
                Problem(
                    str(exc.filename),
                    None,
                    f"cannot access the file: {exc.strerror or exc}",
                    "check the permissions and free space of the folder",
                )
            ]
        )
    if isinstance(exc, InputError):
        for problem in exc.problems:
            line, rest = _one_line(problem)
            click.echo(line, err=True)
            if rest and state.debug:
                click.echo(rest, err=True)
        if state.verbosity > 0:
            click.echo(f"{len(exc.problems)} input problem(s); nothing was written.", err=True)
        sys.exit(EXIT_INPUT)
    if state.debug:
        traceback.print_exception(exc, file=sys.stderr)
    if isinstance(exc, KgbuildError):
        click.echo(f"ERROR internal: {exc}", err=True)
    else:
        click.echo(
            f"ERROR internal: {type(exc).__name__}: {exc} "
            "(run with --debug for the traceback, and please report it)",
            err=True,
        )
    sys.exit(EXIT_INTERNAL)


@contextmanager
def _guard(state: State) -> Iterator[None]:
    try:
        yield
    except (click.exceptions.Exit, click.ClickException, SystemExit):
        raise
    except Exception as exc:  # every failure gets its exit code and one clear line
        _fail(state, exc)


class _LogFormat(logging.Formatter):
    """`LEVEL logger: message` on one line; tracebacks and later lines only with --debug."""

    def __init__(self, debug: bool) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")
        self.debug = debug

    def format(self, record: logging.LogRecord) -> str:
        if self.debug:
            return super().format(record)
        message = record.getMessage().strip().split("\n", 1)[0]
        return f"{record.levelname} {record.name}: {message}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgbuild")
@click.option("-v", "--verbose", count=True, help="More diagnostics on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors and findings on stderr.")
@click.option("--debug", is_flag=True, help="Tracebacks for internal errors; debug logging.")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Project folder holding seeds/; its own ontology/, shapes/, queries/ override the "
    "installed ones.",
)
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool, debug: bool, root: Path) -> None:
    """Build, validate and query the knowledge graph of Russian state-security criminal law."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_LogFormat(debug))
    logging.basicConfig(
        level=logging.DEBUG if debug else (logging.INFO if verbose else logging.WARNING),
        handlers=[handler],
        force=True,
    )
    ctx.obj = State(-1 if quiet else verbose, debug, root)


def _project(state: State) -> Any:
    from kgbuild.project import Project

    if not state.root.is_dir():
        _fail(
            state,
            InputError(
                [
                    Problem(
                        str(state.root),
                        None,
                        "no such project folder",
                        "pass --root DIR with the folder that holds seeds/, ontology/, "
                        "shapes/ and queries/, or run kgbuild in that folder",
                    )
                ]
            ),
        )
    return Project(state.root)


def _check_base(base: str) -> None:
    """The instance base must be an absolute IRI that IRIs can be appended to."""
    import urllib.parse

    parts = urllib.parse.urlsplit(base)
    bad = sorted({c for c in base if c in '<>"{}|\\^`' or c.isspace() or ord(c) < 32})
    if not parts.scheme or not (parts.netloc or parts.scheme == "urn") or bad:
        why = f"contains {', '.join(map(repr, bad))}" if bad else "is not an absolute IRI"
        raise InputError(
            [Problem("--base", None, f"{base!r} {why}", "give an IRI like https://example.org/kg/")]
        )
    if not base.endswith(("/", "#")):
        raise InputError(
            [
                Problem(
                    "--base",
                    None,
                    f"{base!r} does not end with / or #, so minted IRIs would run into it",
                    f"write {base}/",
                )
            ]
        )


def _check_endpoint(endpoint: str, option: str = "-e") -> None:
    import urllib.parse

    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in endpoint:
        raise InputError(
            [
                Problem(
                    option,
                    None,
                    f"{endpoint!r} is not an http(s) URL",
                    "give the endpoint's URL, e.g. http://127.0.0.1:7878/query",
                )
            ]
        )


def _require_graph(path: Path, how: str) -> None:
    if path.exists():
        return
    folder = path.parent if path.name in ("graph.ttl", "graph.nt") else path
    if folder.name == DEFAULT_OUT.name and not folder.exists():  # the default, not built
        problem = Problem(
            str(folder),
            None,
            "no build folder here",
            f"run `kgbuild build` first (it writes {folder}/), or pass {how}",
        )
    else:
        problem = Problem(
            str(path), None, "no such graph file", f"run `kgbuild build` first, or pass {how}"
        )
    raise InputError([problem])


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="-p")
        name, value = item.split("=", 1)
        name = name.strip()
        if name in params and params[name] != value:
            # A query binds one value per parameter: keeping the last would answer for
            # half of what was asked.
            raise click.BadParameter(
                f"{name} given twice ({params[name]!r} and {value!r}); a query takes one "
                f"value per parameter: run it once for each",
                param_hint="-p",
            )
        params[name] = value
    return params
