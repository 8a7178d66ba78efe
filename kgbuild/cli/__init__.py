"""The `kgbuild` command. This package is the only one that prints, exits or configures
logging; each module holds a few commands over the pure stage functions.

Exit codes: 0 success/conforms; 1 the data fails (violations); 2 usage error (click);
3 input or configuration error the user can fix; 4 internal error.
"""

from __future__ import annotations

from kgbuild.cli import build, extract, pages, query, serve  # noqa: F401  (they register commands)
from kgbuild.cli.app import main

__all__ = ["main", "run"]


def run() -> None:  # pragma: no cover - console entry for `python -m kgbuild`
    main(prog_name="kgbuild")
