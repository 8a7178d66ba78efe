"""The articles of the Criminal Code and their titles, from the official consolidated text.

The text (pravo.gov.ru document 102041891, as amended to 04.08.2023) lives outside the
project (`../shared/criminal-code/`); its article list is extracted once into
`seeds/statutes/code-articles.tsv`, which the build reads, so that a build needs no copy
of the Code. `tests/test_code_text.py` re-extracts it and fails if the two differ.

The portal's text writes inserted articles with a superscript that the conversion to JSON
flattened: "Статья 2751" is Article 275.1, "Статья 531" is Article 53.1. The original
Code numbers its articles 1 to 361 in order, so a number is split where it must be to
keep the sequence ascending with a base of at most 361.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from kgbuild.errors import fail

LAST_BASE_ARTICLE = 361
SOURCE_NAME = "pravo.gov.ru 102041891 (consolidated text as of 04.08.2023)"
_HEADER = (
    "# Generated from {source}, sha256 {sha256}; do not edit.\n"
    "# Regenerate with kgbuild.code_text.write_code_articles (tests/test_code_text.py).\n"
    "# article\tchapter\ttitle (empty for an article repealed or without a title)\n"
)
_TITLE_RE = re.compile(r"^Статья\s+(\d+)\.\s*(.*)$")
_CHAPTER_RE = re.compile(r"^ГЛАВА\s+(\d+)\.")


@dataclass(frozen=True, order=True)
class CodeArticle:
    number: str
    """As the Code writes it in the statistics and the register: '275', '275.1'."""
    chapter: str
    title: str
    """Russian title; empty where the article is repealed or has none."""


def _sort_key(number: str) -> tuple[int, int]:
    base, _, suffix = number.partition(".")
    return int(base), int(suffix or 0)


def split_number(digits: str, previous: tuple[int, int]) -> tuple[int, int]:
    """(base, superscript) for a flattened article number, following `previous`."""
    whole = int(digits)
    if whole <= LAST_BASE_ARTICLE and (whole, 0) > previous:
        return whole, 0
    for cut in range(len(digits) - 1, 0, -1):
        base, suffix = digits[:cut], digits[cut:]
        if suffix.startswith("0"):
            continue
        candidate = (int(base), int(suffix))
        if candidate[0] <= LAST_BASE_ARTICLE and candidate > previous:
            return candidate
    raise ValueError(f"article number {digits} does not follow {previous}")


def read_code_articles(path: Path) -> list[CodeArticle]:
    """Every article of the Code in the portal's JSON, with its chapter and title."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise fail(path, None, f"cannot read the Code's text: {exc}", "check the file") from None
    articles = []
    previous = (0, 0)
    for section in data["sections"]:
        for chapter in section["chapters"]:
            match = _CHAPTER_RE.match(chapter["title"])
            chapter_digits = match.group(1) if match else ""
            for article in chapter["articles"]:
                found = _TITLE_RE.match(article["title"].strip())
                if not found:
                    continue
                base, suffix = split_number(found.group(1), previous)
                previous = (base, suffix)
                number = f"{base}.{suffix}" if suffix else str(base)
                articles.append(
                    CodeArticle(number, _chapter_number(chapter_digits), found.group(2).strip())
                )
    return articles


def _chapter_number(digits: str) -> str:
    """Chapters are flattened the same way: 'ГЛАВА 151' is Chapter 15.1 (there are 34)."""
    if not digits or int(digits) <= 34:
        return digits
    return f"{digits[:-1]}.{digits[-1]}"


def render_code_articles(articles: list[CodeArticle], source: Path) -> str:
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    lines = [_HEADER.format(source=SOURCE_NAME, sha256=sha)]
    for article in sorted(articles, key=lambda a: _sort_key(a.number)):
        lines.append(f"{article.number}\t{article.chapter}\t{article.title}\n")
    return "".join(lines)


def write_code_articles(source: Path, target: Path) -> None:
    target.write_text(render_code_articles(read_code_articles(source), source), encoding="utf-8")


def load_code_articles(path: Path) -> dict[str, CodeArticle]:
    """The extracted list (seeds/statutes/code-articles.tsv), by article number."""
    articles: dict[str, CodeArticle] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return articles
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(path, None, f"cannot read: {exc}", "restore it from the repository") from None
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise fail(
                path,
                line_no,
                "expected three tab-separated fields (article, chapter, title)",
                "regenerate the file (see its header)",
            )
        articles[fields[0]] = CodeArticle(*fields)
    return articles
