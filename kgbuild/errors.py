"""One exception family. Validation findings are results, not exceptions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input the user can fix."""

    path: Path | str
    line: int | None
    message: str
    hint: str

    def __str__(self) -> str:
        return self.render("ERROR")

    def render(self, severity: str) -> str:
        """`SEVERITY input file:line: message (fix: hint)`."""
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{severity} input {where}: {self.message} (fix: {self.hint})"


class KgbuildError(Exception):
    """Base of every error kgbuild raises on purpose."""


@dataclass
class InputError(KgbuildError):
    """One or more problems in inputs or configuration: exit code 3."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def fail(path: Path | str, line: int | None, message: str, hint: str) -> InputError:
    """Build an InputError holding a single problem."""
    return InputError([Problem(path, line, message, hint)])
