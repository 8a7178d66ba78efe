"""seeds/publication.yaml: who publishes the build, as its DCAT description states it."""

from __future__ import annotations

from pathlib import Path

from kgbuild.sources.collector import _Collector
from kgbuild.sources.records import Contact, Publication


def load_publication(root: Path, col: _Collector) -> Publication | None:
    """The publisher and contact point of the catalogue and dataset, or None (a problem)."""
    path = root / "publication.yaml"
    if not path.exists() and not path.is_symlink():
        col.add(
            path,
            None,
            "the publication record is missing",
            "create seeds/publication.yaml with publisher: and contact: (see seeds/README.md)",
        )
        return None
    data = col.load(path, "publication")
    if data is None:
        return None
    publisher, contact = data["publisher"], data["contact"]
    return Publication(
        publisher=str(publisher["name"]),
        publisher_url=publisher.get("url"),
        contact=Contact(
            name=str(contact["name"]), email=contact.get("email"), url=contact.get("url")
        ),
    )
