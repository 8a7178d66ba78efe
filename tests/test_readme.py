"""The README's example questions: their commands, run on the built graph (official
statistics included, as the README's set-up builds it), print what the README shows."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
# Blocks that start with "$ kgbuild query ..." and show the output in full (no "…").
EXAMPLES = [
    (match.group(1), match.group(2))
    for match in re.finditer(r"```\n\$ (kgbuild query [^\n]+)\n(.*?)```", README, re.S)
    if "…" not in match.group(2)
]


def test_the_readme_has_example_questions() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.slow
@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_output_is_real(built_full: Path, command: str, shown: str) -> None:
    command = command.replace(
        "kgbuild query ", f"{sys.executable} -m kgbuild query -g {built_full} ", 1
    )
    proc = subprocess.run(
        command, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.stdout.strip().splitlines() == shown.strip().splitlines(), proc.stderr
