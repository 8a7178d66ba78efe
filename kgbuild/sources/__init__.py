"""Stage 1: load the seeds (catalogue, documents, statute register, curation) and check them.

Every record remembers its file and line. All problems found in one pass are raised
together as one InputError, so the user fixes them in one go.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kgbuild.errors import InputError, Problem
from kgbuild.published import catalogue_dates, parse_date
from kgbuild.sources.catalogue import load_documents
from kgbuild.sources.collector import _Collector
from kgbuild.sources.decisions import DECISION_ACTIONS, load_decisions
from kgbuild.sources.publication import load_publication
from kgbuild.sources.records import (
    ACT_DATE_KINDS,
    CONFIDENCE_LEVELS,
    EFFECT_KINDS,
    GUILT_FORMS,
    SANCTION_ROLES,
    SANCTION_TYPES,
    SOURCE_KINDS,
    Article,
    Candidate,
    CategoriesVersion,
    CategoryRule,
    ConfiscationListing,
    Contact,
    Coverage,
    Decision,
    Document,
    Effect,
    Fact,
    Law,
    Origin,
    Publication,
    Register,
    Sanction,
    Seeds,
    Source,
    Unit,
    UnknownFact,
    Version,
)
from kgbuild.sources.register import load_register

__all__ = [
    "ACT_DATE_KINDS",
    "CONFIDENCE_LEVELS",
    "DECISION_ACTIONS",
    "EFFECT_KINDS",
    "GUILT_FORMS",
    "SANCTION_ROLES",
    "SANCTION_TYPES",
    "SOURCE_KINDS",
    "Article",
    "Candidate",
    "CategoriesVersion",
    "CategoryRule",
    "ConfiscationListing",
    "Contact",
    "Coverage",
    "Decision",
    "Document",
    "Effect",
    "Fact",
    "Law",
    "Origin",
    "Publication",
    "Register",
    "Sanction",
    "Seeds",
    "Source",
    "Unit",
    "UnknownFact",
    "Version",
    "catalogue_dates",
    "load_decisions",
    "load_documents",
    "load_register",
    "load_seeds",
    "parse_date",
]

# ---------------------------------------------------------------------------- facade


def load_seeds(root: Path) -> Seeds:
    """Load and check everything under the seeds folder; raise InputError listing all problems."""
    col = _Collector(root)
    if not root.is_dir():
        col.add(
            root,
            None,
            "the seeds folder does not exist",
            "run kgbuild in the project folder, or pass --root DIR with the folder that "
            "holds seeds/",
        )
        raise InputError(col.problems)
    documents = load_documents(root, col)
    register = load_register(root, col)
    decisions = load_decisions(root, col)
    publication = load_publication(root, col)
    if col.problems:
        raise InputError(_dedupe(col.problems))
    return Seeds(
        root, tuple(documents), register, tuple(decisions), tuple(col.warnings), publication
    )


def _dedupe(problems: Iterable[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    result = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            result.append(p)
    return result
