"""Where a project's inputs live: its own seeds/, and ontology/, shapes/ and queries/.

Kept apart from the pipeline so that commands which only read (validate, query, export)
do not import the builder's stages: the pipeline's imports cost about 0.6 s per command.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass
from pathlib import Path


def packaged(folder: str) -> Path:
    """The copy of ``ontology``, ``shapes`` or ``queries`` installed with the package.

    In a checkout (an editable install) this is the top-level folder itself, reached through
    the symlinks in ``kgbuild/_data/``; in an installed wheel, the copies it carries.
    """
    return Path(str(importlib.resources.files("kgbuild") / "_data" / folder))


@dataclass(frozen=True)
class Project:
    """Where a project's inputs live.

    ``seeds/`` is always the project folder's own. ``ontology/``, ``shapes/`` and
    ``queries/`` are the project folder's where it has them (people who keep their own
    pass ``--root``), else the ones installed with kgbuild, so the tool works from any folder.
    """

    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    def _own_or_packaged(self, folder: str) -> Path:
        own = self.root / folder
        return own if own.is_dir() else packaged(folder)

    @property
    def ontology(self) -> Path:
        return self._own_or_packaged("ontology")

    @property
    def shapes(self) -> Path:
        return self._own_or_packaged("shapes")

    @property
    def queries(self) -> Path:
        return self._own_or_packaged("queries")
