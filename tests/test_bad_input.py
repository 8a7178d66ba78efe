"""The bad-input catalogue: each problem a user can make gives exit 3 and one clear line.

Every case breaks a scratch copy of the project (or passes a bad option) and runs the
command in-process. Each asserts the exit code, that stderr is one line naming the file
(no traceback), and that the output folder of an earlier build is byte-identical after.
"""

from __future__ import annotations

import hashlib
import http.server
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgbuild.cli import main
from kgbuild.extraction import MAX_DOCUMENT_BYTES
from tests.conftest import ROOT, copy_project

SEEDS = Path("seeds")
CATALOGUE = SEEDS / "catalogue.yaml"
CURATION = SEEDS / "curation.yaml"
DOC0 = SEEDS / "documents" / "000_809e8d8a45c3aa44.txt"
ART_275 = SEEDS / "statutes" / "articles" / "275.yaml"
ART_276 = SEEDS / "statutes" / "articles" / "276.yaml"
LAW_260 = SEEDS / "statutes" / "laws" / "2022-260-fz.yaml"
SOURCES = SEEDS / "statutes" / "sources" / "laws.yaml"
CONFISCATION = SEEDS / "statutes" / "confiscation.yaml"
COVERAGE = SEEDS / "statutes" / "coverage.yaml"
CATEGORIES = SEEDS / "statutes" / "categories.yaml"
PUBLICATION = SEEDS / "publication.yaml"


@dataclass(frozen=True)
class Outcome:
    code: int
    stderr: str
    stdout: str


def invoke(*args: str | Path) -> Outcome:
    """Run the command in this process, as `kgbuild ARGS` would."""
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return Outcome(result.exit_code, result.stderr, result.stdout)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="session")
def earlier_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """An earlier build's output folder, and its bytes."""
    base = tmp_path_factory.mktemp("earlier")
    project = copy_project(base / "project")
    out = base / "out"
    outcome = invoke("--root", project, "build", "-o", out)
    assert outcome.code == 0, outcome.stderr
    return out, snapshot(out)


# ---------------------------------------------------------------------------- mutations


def _line_of(rel: Path, needle: str) -> int:
    """The 1-based line where NEEDLE starts in the shipped file REL."""
    text = (ROOT / rel).read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def edit(rel: Path, old: str, new: str) -> Callable[[Path], None]:
    def mutate(project: Path) -> None:
        path = project / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return mutate


# The 276 note effect in 260-FZ: the line its errors name moves as the law file grows.
_NOTE_EFFECT_LINE = _line_of(LAW_260, '- article: "276"\n    note: "1"')
# Note 3 of Art. 275 and its version's summary: the lines move as the article file grows.
_NOTE_3_LINE = _line_of(ART_275, '  - note: "3"\n')
_NOTE_3_SUMMARY_LINE = 1 + _line_of(
    ART_275, "        confidence: medium\n        summary: >-\n          Exemption: a person who"
)


def _empty(folder: Path) -> None:
    for entry in folder.iterdir():
        entry.unlink()


def write(rel: Path, content: str | bytes) -> Callable[[Path], None]:
    def mutate(project: Path) -> None:
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    return mutate


def catalogue_document(name: str, data: bytes) -> Callable[[Path], None]:
    """Store a document with `data` and catalogue it with its real sha256."""

    def mutate(project: Path) -> None:
        (project / SEEDS / "documents" / name).write_bytes(data)
        with (project / CATALOGUE).open("a", encoding="utf-8") as f:
            f.write(
                f"- file: documents/{name}\n"
                f"  sha256: {hashlib.sha256(data).hexdigest()}\n"
                "  title: A test document\n  publisher: Test\n  language: en\n"
            )

    return mutate


def symlink(rel: Path, target: str | Callable[[Path], Path]) -> Callable[[Path], None]:
    def mutate(project: Path) -> None:
        link = project / rel
        link.unlink(missing_ok=True)
        os.symlink(target(project) if callable(target) else target, link)

    return mutate


def loop(rel: Path) -> Callable[[Path], None]:
    def mutate(project: Path) -> None:
        link = project / rel
        link.unlink(missing_ok=True)
        os.symlink(link.name, link)

    return mutate


def folder(rel: Path) -> Callable[[Path], None]:
    """Put a folder where a file is read: a file the build cannot read."""

    def mutate(project: Path) -> None:
        path = project / rel
        path.unlink(missing_ok=True)
        path.mkdir()

    return mutate


def replace_block(rel: Path, key: str, value: str) -> Callable[[Path], None]:
    """Replace a top-level key and everything indented below it with `key: value`."""

    def mutate(project: Path) -> None:
        path = project / rel
        text = path.read_text(encoding="utf-8")
        new, n = re.subn(rf"(?m)^{key}:.*\n(?:[ #].*\n|\n)*", f"{key}: {value}\n", text, count=1)
        assert n == 1, f"no {key}: in {rel}"
        path.write_text(new, encoding="utf-8")

    return mutate


def both(*mutations: Callable[[Path], None]) -> Callable[[Path], None]:
    def mutate(project: Path) -> None:
        for m in mutations:
            m(project)

    return mutate


@dataclass(frozen=True)
class Case:
    id: str
    mutate: Callable[[Path], None] | None
    names: str
    """What the one line must name (a file, or an option)."""
    args: tuple[str, ...] = ("build",)
    code: int = 3


BUILD_CASES = [
    # catalogue.yaml
    Case("catalogue-yaml-syntax", write(CATALOGUE, "- file: [unclosed\n"), "catalogue.yaml:"),
    Case("catalogue-emptied", write(CATALOGUE, ""), "catalogue.yaml"),
    Case("catalogue-only-comments", write(CATALOGUE, "# nothing yet\n"), "catalogue.yaml"),
    Case("catalogue-not-a-list", write(CATALOGUE, "file: x\n"), "catalogue.yaml"),
    Case(
        "catalogue-key-typo",
        edit(CATALOGUE, "published: 2025-04-16", "publised: 2025-04-16"),
        "catalogue.yaml:8",
    ),
    Case(
        "catalogue-cites-string",
        edit(CATALOGUE, "cites: [IStories, RTVI]", "cites: IStories, RTVI"),
        "catalogue.yaml:12",
    ),
    Case(
        "catalogue-title-mapping",
        edit(
            CATALOGUE,
            "title: Russia Introduces Jail Terms for Cooperation With Foreigners",
            "title: {en: Russia Introduces Jail Terms}",
        ),
        "catalogue.yaml:15",
    ),
    Case(
        "catalogue-report-year-word",
        edit(CATALOGUE, "report_year: 2024", "report_year: twenty-four"),
        "catalogue.yaml:",
    ),
    Case(
        "catalogue-file-outside-seeds",
        edit(CATALOGUE, f"documents/{DOC0.name}", "../pyproject.toml"),
        "catalogue.yaml:4",
    ),
    Case(
        "catalogue-file-absolute",
        edit(CATALOGUE, f"documents/{DOC0.name}", "/etc/hostname"),
        "catalogue.yaml:4",
    ),
    Case(
        "catalogue-missing-document",
        edit(CATALOGUE, f"documents/{DOC0.name}", "documents/nope.txt"),
        "catalogue.yaml:4",
    ),
    Case(
        "catalogue-impossible-date",
        edit(CATALOGUE, "published: 2025-04-16", "published: 2025-02-30"),
        "catalogue.yaml:8",
    ),
    Case(
        "catalogue-control-character",
        edit(CATALOGUE, "publisher: The Moscow Times", "publisher: The Moscow\x07Times"),
        "catalogue.yaml:7",
    ),
    Case(
        "catalogue-duplicate-key",
        edit(CATALOGUE, "  language: en\n", "  language: en\n  language: ru\n"),
        "catalogue.yaml:",
    ),
    Case(
        "catalogue-unknown-language",
        edit(CATALOGUE, "  language: en\n", "  language: english\n"),
        "catalogue.yaml:10",
    ),
    Case("catalogue-unreadable", folder(CATALOGUE), "catalogue.yaml"),
    Case(
        "catalogue-document-listed-twice",
        lambda p: (p / CATALOGUE).write_text(
            (p / CATALOGUE).read_text(encoding="utf-8")
            + f"- file: documents/{DOC0.name}\n  sha256: {'0' * 64}\n  title: t\n"
            "  publisher: p\n  language: en\n",
            encoding="utf-8",
        ),
        "catalogue.yaml:",
    ),
    Case(
        "catalogue-url-not-a-url",
        edit(CATALOGUE, "url: https://www.themoscowtimes.com/2025/04/16/", "url: not a url #"),
        "catalogue.yaml:9",
    ),
    Case(
        "catalogue-sha256-short",
        edit(CATALOGUE, "sha256: fd0777a2", "sha256: fd07 #"),
        "catalogue.yaml:5",
    ),
    Case(
        "catalogue-yaml-alias",
        edit(CATALOGUE, "  kind: news\n", "  kind: &k news\n  relayed_by: *k\n"),
        "catalogue.yaml:",
    ),
    Case(
        "catalogue-yaml-python-tag",
        edit(CATALOGUE, "kind: news", "kind: !!python/object/apply:os.system [echo]"),
        "catalogue.yaml:",
    ),
    Case("catalogue-nested-too-deep", write(CATALOGUE, "[" * 5000 + "]" * 5000), "catalogue.yaml"),
    # documents
    Case(
        "document-tampered",
        edit(DOC0, "IStories", "IStorie5"),
        DOC0.name,
    ),
    Case("document-uncatalogued", write(SEEDS / "documents" / "999_new.txt", "Hi."), "999_new"),
    Case(
        "document-symlink-outside",
        symlink(SEEDS / "documents" / "998_link.txt", "/etc/hostname"),
        "998_link.txt",
    ),
    Case("document-symlink-loop", loop(SEEDS / "documents" / "997_loop.txt"), "997_loop.txt"),
    Case(
        "document-symlink-dangling",
        symlink(SEEDS / "documents" / "996_gone.txt", "/no/such/file.txt"),
        "996_gone.txt",
    ),
    Case("document-empty", catalogue_document("995_empty.txt", b""), "995_empty.txt"),
    Case("document-blank", catalogue_document("994_blank.txt", b"  \n\n"), "994_blank.txt"),
    Case(
        "document-not-utf8",
        catalogue_document("993_latin1.txt", "Caf\u00e9 society.".encode("latin-1")),
        "993_latin1.txt",
    ),
    Case(
        "document-too-large",
        catalogue_document("992_big.txt", b"The court sat. " * (MAX_DOCUMENT_BYTES // 15 + 1)),
        "992_big.txt",
    ),
    Case(
        "document-is-a-folder",
        both(
            folder(DOC0),
        ),
        "000_809e8d8a45c3aa44.txt",
    ),
    # articles
    Case("article-key-typo", edit(ART_275, "max_years:", "max_yeras:"), "275.yaml:"),
    Case("article-offense-typo", edit(ART_275, "offence:", "offense:"), "275.yaml:"),
    Case("article-nan", edit(ART_275, "max_years: 20", "max_years: .nan"), "275.yaml:"),
    Case("article-inf", edit(ART_275, "max_years: 20", "max_years: .inf"), "275.yaml:"),
    Case("article-years-word", edit(ART_275, "max_years: 20", "max_years: twenty"), "275.yaml:"),
    Case("article-years-negative", edit(ART_275, "max_years: 20", "max_years: -20"), "275.yaml:"),
    Case("article-title-string", replace_block(ART_275, "title", "treason"), "275.yaml:"),
    Case("article-min-above-max", edit(ART_276, "min_years: 10", "min_years: 30"), "276.yaml:"),
    Case(
        "article-impossible-date",
        edit(ART_275, "value: 2012-11-14", "value: 2012-02-30"),
        "275.yaml:",
    ),
    Case("article-units-string", replace_block(ART_275, "units", "many"), "275.yaml:"),
    # a note (примечание) is a unit of its own, with a summary and no sanctions
    Case(
        "note-with-sanctions",
        edit(
            ART_275,
            "        confidence: medium\n        summary: >-\n          Exemption: a person who",
            "        confidence: medium\n        sanctions: [{type: fine, role: main}]\n"
            "        summary: >-\n          Exemption: a person who",
        ),
        f"275.yaml:{_NOTE_3_SUMMARY_LINE}: version of 275 note 3 from 2025-01-08 has sanctions, "
        "which a note cannot",
    ),
    Case(
        "note-and-part-in-one-unit",
        edit(ART_275, '  - note: "3"\n', '  - note: "3"\n    part: "1"\n'),
        f"275.yaml:{_NOTE_3_LINE}: a unit of 275 has both part: 1 and note: 3",
    ),
    Case(
        "note-number-a-word",
        edit(ART_275, '  - note: "3"\n', '  - note: "third"\n'),
        f"275.yaml:{_NOTE_3_LINE}: note number 'third' of 275 is not like 1 or 1.1",
    ),
    Case(
        "note-without-summary",
        edit(
            ART_275,
            "        confidence: medium\n        summary: >-\n          Exemption: a",
            "        confidence: medium\n        note: >-\n          Exemption: a",
        ),
        f"275.yaml:{_NOTE_3_LINE + 2}: version of 275 note 3 from 2025-01-08 has no summary",
    ),
    # a misspelt key in the register's three single files (these crashed with a KeyError)
    Case(
        "coverage-key-typo",
        edit(COVERAGE, "    added_later:", "    added_latr:"),
        "coverage.yaml:9: unknown key 'added_latr' (fix: did you mean 'added_later'?",
    ),
    Case(
        "categories-key-typo",
        edit(CATEGORIES, "    enacted_by: fz-1996-63", "    enacted_bi: fz-1996-63"),
        "categories.yaml:26: unknown key 'enacted_bi' (fix: did you mean 'enacted_by'?",
    ),
    Case(
        "confiscation-key-typo",
        edit(CONFISCATION, 'listings:\n  - article: "205.2"', 'listings:\n  - artcle: "205.2"'),
        "confiscation.yaml:25: unknown key 'artcle' (fix: did you mean 'article'?",
    ),
    # confiscation.yaml: Art. 104.1's listings name registered articles and parts
    Case(
        "confiscation-article-not-registered",
        edit(CONFISCATION, '  - article: "284.3"', '  - article: "999.9"'),
        "confiscation.yaml:102: listing of Art. 999.9 in Art. 104.1: Art. 999.9 is not in",
    ),
    Case(
        "confiscation-part-not-in-the-article",
        edit(CONFISCATION, 'parts: ["2", "3", "4"]', 'parts: ["2", "3", "9"]'),
        "confiscation.yaml:47: listing of Art. 283.2 in Art. 104.1 names part 9",
    ),
    Case(
        "confiscation-start-after-the-text",
        edit(
            CONFISCATION,
            "      value: 2025-11-17\n      reason: the currency of the consolidated copy (laws up "
            "to 17.11.2025)\n    source: reg-e-snap-ukrf-104-1\n    confidence: medium\n"
            '    quote: "статьей 2073',
            "      value: 2024-01-01\n      reason: the currency of the consolidated copy (laws up "
            "to 17.11.2025)\n    source: reg-e-snap-ukrf-104-1\n    confidence: medium\n"
            '    quote: "статьей 2073',
        ),
        "confiscation.yaml:53: the listing of Art. 207.3 starts (2024-02-25) after the text",
    ),
    Case(
        "confiscation-without-shown",
        edit(
            CONFISCATION,
            '    shown: 2023-08-04\n    quote: "статьями 205,',
            '    quote: "статьями 205,',
        ),
        "confiscation.yaml:",
    ),
    Case(
        "effect-on-a-note-not-registered",
        edit(LAW_260, 'note: "1"\n    kind: note_added', 'note: "9"\n    kind: note_added'),
        f"2022-260-fz.yaml:{_NOTE_EFFECT_LINE}: effect of fz-2022-260 names note 9 of 276, "
        "which has no such note",
    ),
    Case(
        "effect-on-a-note-with-a-part",
        edit(
            LAW_260,
            'note: "1"\n    kind: note_added',
            'note: "1"\n    part: "1"\n    kind: note_added',
        ),
        f"2022-260-fz.yaml:{_NOTE_EFFECT_LINE + 1}: effect of fz-2022-260 on note 1 of 276 "
        "has part: 1",
    ),
    Case("article-emptied", write(ART_275, ""), "275.yaml"),
    Case("article-a-list", write(ART_275, "- 1\n- 2\n"), "275.yaml"),
    Case("article-unreadable", folder(SEEDS / "statutes" / "articles" / "999.yaml"), "999.yaml"),
    Case(
        "article-symlink-outside",
        symlink(SEEDS / "statutes" / "articles" / "999.yaml", "/etc/hostname"),
        "999.yaml",
    ),
    Case(
        "article-unknown-law",
        edit(ART_275, "enacted_by: fz-", "enacted_by: fz-1900-1 #"),
        "275.yaml:",
    ),
    Case(
        "articles-folder-missing",
        lambda project: shutil.rmtree(project / SEEDS / "statutes" / "articles"),
        "statutes/articles",
    ),
    # laws
    Case("law-emptied", write(LAW_260, ""), "2022-260-fz.yaml"),
    Case("law-dates-list", replace_block(LAW_260, "dates", "[2022-07-14]"), "2022-260-fz.yaml:"),
    Case("law-title-string", replace_block(LAW_260, "title", "On amendments"), "2022-260-fz.yaml:"),
    Case("law-in-force-typo", edit(LAW_260, "in_force:", "in_forse:"), "2022-260-fz.yaml:"),
    Case(
        "law-unknown-article",
        edit(LAW_260, 'article: "275.1"', 'article: "999.9"'),
        "2022-260-fz.yaml:",
    ),
    Case(
        "law-bool-date",
        edit(LAW_260, "signed:\n    value: 2022-07-14", "signed:\n    value: true"),
        "2022-260-fz.yaml:",
    ),
    # sources
    Case("sources-key-typo", edit(SOURCES, "title:", "titel:"), "laws.yaml:"),
    Case("sources-emptied", write(SOURCES, ""), "laws.yaml"),
    # curation.yaml
    Case("curation-start-word", edit(CURATION, "start: 9500", 'start: "abc"'), "curation.yaml:"),
    Case(
        "curation-set-typo",
        edit(CURATION, "set: {scope: russian_citizens}", "set: {scop: russian_citizens}"),
        "curation.yaml:",
    ),
    Case(
        "curation-unknown-action",
        edit(CURATION, "- action: accept", "- action: ok"),
        "curation.yaml:",
    ),
    Case(
        "curation-claim-number",
        edit(CURATION, "claim: 593f7cb177f7bc35", "claim: 5937177"),
        "curation.yaml:",
    ),
    Case(
        "curation-unknown-claim",
        edit(CURATION, "claim: 593f7cb177f7bc35", "claim: 0000000000000000x"),
        "curation.yaml:",
    ),
    Case("curation-quote-moved", edit(CURATION, "start: 9500", "start: 9501"), "curation.yaml:"),
    Case(
        "curation-max-years-nan", edit(CURATION, "max_years: 2", "max_years: .nan"), "curation.yaml"
    ),
    Case("curation-emptied", write(CURATION, ""), "curation.yaml"),
    # documents named oddly
    Case(
        "document-named-with-space",
        catalogue_document("990 with space.txt", b"The court sat in 2024."),
        "catalogue.yaml",
    ),
    # project folders
    # A project without shapes/ or queries/ uses the installed ones (tests/test_cli.py); a
    # project's own folder, once there, must hold them.
    Case("shapes-folder-emptied", lambda p: _empty(p / "shapes"), "shapes"),
    Case("queries-folder-emptied", lambda p: _empty(p / "queries"), "queries"),
    Case(
        "view-query-missing",
        lambda p: (p / "queries" / "convictions.rq").unlink(),
        "convictions.rq",
    ),
    Case(
        "ontology-file-broken",
        write(Path("ontology") / "rsl.ttl", "@prefix x: <http://e/> .\nx:a x:b [ .\n"),
        "rsl.ttl",
    ),
    Case(
        "query-file-not-utf8",
        write(Path("queries") / "latin.rq", b"# title: x\n# kind: report\nSELECT ?x {\xe9}\n"),
        "latin.rq",
    ),
    # publication.yaml
    Case("publication-missing", lambda p: (p / PUBLICATION).unlink(), "publication.yaml"),
    Case("publication-not-a-mapping", write(PUBLICATION, "- kgbuild\n"), "publication.yaml:1"),
    Case(
        "publication-email-not-an-address",
        edit(PUBLICATION, "  name: kgbuild maintainers\n", "  name: x\n  email: nobody\n"),
        "publication.yaml:11",
    ),
    Case(
        "publication-url-not-a-url",
        edit(PUBLICATION, "  name: kgbuild project\n", "  name: x\n  url: www.example\n"),
        "publication.yaml:9",
    ),
    Case(
        "publication-contact-missing",
        replace_block(PUBLICATION, "contact", "null"),
        "publication.yaml",
    ),
    # options
    Case(
        "endpoint-not-a-url",
        None,
        "--endpoint",
        args=("build", "--endpoint", "127.0.0.1:7878/query"),
    ),
    Case("base-not-an-iri", None, "--base", args=("build", "--base", "not an iri")),
    Case("base-relative", None, "--base", args=("build", "--base", "kg/")),
    Case("root-missing", None, "/no/such/dir", args=("--root", "/no/such/dir", "build")),
]


@pytest.fixture()
def scratch(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def check_one_line(outcome: Outcome, names: str, code: int = 3) -> str:
    assert outcome.code == code, outcome.stderr
    lines = [line for line in outcome.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, outcome.stderr
    assert "Traceback" not in outcome.stderr
    assert lines[0].startswith("ERROR input "), lines[0]
    assert names in lines[0], lines[0]
    assert "(fix: " in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("case", BUILD_CASES, ids=[c.id for c in BUILD_CASES])
def test_bad_build_input(
    case: Case, scratch: Path, earlier_build: tuple[Path, dict[str, bytes]]
) -> None:
    out, before = earlier_build
    if case.mutate is not None:
        case.mutate(scratch)
    args = list(case.args)
    if args[0] == "build":
        args = ["--root", str(scratch), *args, "-o", str(out)]
    else:
        args = [*args, "-o", str(out)]
    check_one_line(invoke(*args), case.names, case.code)
    assert snapshot(out) == before


def test_messages_name_the_cause_not_a_later_file(scratch: Path) -> None:
    edit(CATALOGUE, "published: 2025-04-16", "publised: 2025-04-16")(scratch)
    line = check_one_line(invoke("--root", scratch, "build", "-o", scratch / "o"), "catalogue")
    assert "did you mean 'published'" in line
    write(LAW_260, "")(scratch)
    edit(CATALOGUE, "publised: 2025-04-16", "published: 2025-04-16")(scratch)
    line = check_one_line(invoke("--root", scratch, "build", "-o", scratch / "o"), "260-fz.yaml")
    assert "no law file" not in line and "empty" in line


def test_emptied_catalogue_reports_the_uncatalogued_documents(scratch: Path) -> None:
    write(CATALOGUE, "")(scratch)
    line = check_one_line(invoke("--root", scratch, "build", "-o", scratch / "o"), "catalogue")
    assert "6 documents" in line and "curation" not in line


def test_missing_root_suggests_an_option_that_exists() -> None:
    line = check_one_line(invoke("--root", "/no/such/dir", "build"), "/no/such/dir")
    assert "--seeds" not in line and "--root" in line


# ---------------------------------------------------------------------------- options


@pytest.mark.parametrize(
    ("case_id", "make", "names"),
    [
        ("output-under-a-file", lambda t: t / "afile" / "sub", "afile"),
        ("output-is-a-file", lambda t: t / "afile", "afile"),
        ("output-not-writable", lambda t: Path("/proc/kgbuild-out"), "/proc/kgbuild-out"),
    ],
)
def test_bad_output_folder(
    case_id: str, make: Callable[[Path], Path], names: str, tmp_path: Path
) -> None:
    (tmp_path / "afile").write_text("mine\n", encoding="utf-8")
    check_one_line(invoke("build", "-o", make(tmp_path)), names)
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "mine\n"


# ---------------------------------------------------------------------------- validate, query


def test_validate_refuses_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.ttl"
    empty.write_text("", encoding="utf-8")
    line = check_one_line(invoke("validate", empty), "empty.ttl")
    assert "no kgbuild graph" in line


def test_validate_refuses_a_graph_that_is_not_ours(tmp_path: Path) -> None:
    other = tmp_path / "other.ttl"
    other.write_text("<http://e/a> a <http://e/Thing> .\n", encoding="utf-8")
    line = check_one_line(invoke("validate", other), "other.ttl")
    assert "no kgbuild graph" in line


def test_validate_malformed_graph(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix x: <http://e/> .\nx:a x:b "unterminated .\n', encoding="utf-8")
    check_one_line(invoke("validate", bad), "bad.ttl:2")


def test_validate_with_a_broken_shapes_file(
    scratch: Path, earlier_build: tuple[Path, dict[str, bytes]]
) -> None:
    out, _ = earlier_build
    (scratch / "shapes" / "broken.ttl").write_text("@prefix sh: <x> .\nsh:a sh:b [ .\n")
    check_one_line(invoke("--root", scratch, "validate", out / "graph.ttl"), "broken.ttl")


def test_query_endpoint_not_a_url() -> None:
    check_one_line(invoke("query", "amendments", "-e", "not a url"), "-e")


def test_query_syntax_error(tmp_path: Path, earlier_build: tuple[Path, dict[str, bytes]]) -> None:
    out, _ = earlier_build
    query = tmp_path / "bad.rq"
    query.write_text(
        "# title: Broken\n# description: A query with a syntax error\n# kind: report\n"
        "SELECT ?x WHERE {\n  ?x ?y \n",
        encoding="utf-8",
    )
    check_one_line(invoke("query", query, "-g", out / "graph.ttl"), "bad.rq")


def test_query_without_a_graph(tmp_path: Path) -> None:
    check_one_line(invoke("query", "amendments", "-g", tmp_path / "none.ttl"), "none.ttl")


@pytest.mark.parametrize(
    "args",
    [("validate",), ("query", "amendments"), ("serve",)],
    ids=["validate", "query", "serve"],
)
def test_the_default_build_folder_missing_is_named_as_such(
    args: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run with no GRAPH where nothing was built: the folder and the command that makes it."""
    monkeypatch.chdir(tmp_path)
    check_one_line(invoke(*args), "dist: no build folder here (fix: run `kgbuild build` first")


class _Answers(http.server.BaseHTTPRequestHandler):
    body = b""
    status = 200
    content_type = "application/json"
    extra: tuple[tuple[str, str], ...] = ()

    def do_POST(self) -> None:
        self.send_response(self.status)
        self.send_header("Content-Type", self.content_type)
        for name, value in self.extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture()
def endpoint() -> Iterator[Callable[[int, str, bytes], str]]:
    servers: list[http.server.ThreadingHTTPServer] = []

    def serve(status: int, content_type: str, body: bytes) -> str:
        handler = type("H", (_Answers,), {"status": status, "content_type": content_type})
        handler.body = body
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/query"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("status", "content_type", "body"),
    [
        (500, "text/html", b"<html>\n<body>\n<h1>Internal error</h1>\n</body>\n</html>\n"),
        (200, "text/html", b"<html>\n<body>\nnot SPARQL\n</body>\n</html>\n"),
        (200, "application/json", b'{"results": {"bindings": []}}'),
        (200, "application/json", b'["a list"]'),
    ],
    ids=["html-error-page", "html-page", "json-without-head", "json-list"],
)
def test_query_endpoint_answers_badly(
    status: int,
    content_type: str,
    body: bytes,
    endpoint: Callable[[int, str, bytes], str],
) -> None:
    url = endpoint(status, content_type, body)
    check_one_line(invoke("query", "amendments", "-e", url), "127.0.0.1")


_PARTIAL = (
    b'{"head": {"vars": ["n"]}, '
    b'"results": {"bindings": [{"n": {"type": "literal", "value": "1"}}]}}'
)


@pytest.mark.parametrize(
    ("status", "headers"),
    [
        (206, ()),
        (200, (("X-SQL-State", "S1TAT"), ("X-SQL-Message", "RC...: Returning incomplete results"))),
    ],
    ids=["http-206", "s1tat-header"],
)
def test_an_endpoint_that_returns_incomplete_results_is_an_error(
    status: int, headers: tuple[tuple[str, str], ...]
) -> None:
    """Virtuoso past its MaxQueryExecutionTime sends the rows found so far as a success,
    marked only by its status and headers: they must not pass for the answer."""
    handler = type("Partial", (_Answers,), {"status": status, "body": _PARTIAL, "extra": headers})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/query"
        line = check_one_line(invoke("query", "amendments", "-e", url), "127.0.0.1")
        assert "incomplete results" in line and "MaxQueryExecutionTime" in line
    finally:
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------------------- extract


def test_extract_refuses_a_document_above_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (MAX_DOCUMENT_BYTES + 1))
    check_one_line(invoke("extract", big), "big.txt")


def test_extract_refuses_text_that_is_not_utf8(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9.".encode("latin-1"))
    check_one_line(invoke("extract", latin), "latin.txt")


# ---------------------------------------------------------------------------- quiet


def test_quiet_keeps_findings_and_errors(scratch: Path, tmp_path: Path) -> None:
    loud = invoke("--root", scratch, "build", "-o", tmp_path / "loud")
    quiet = invoke("-q", "--root", scratch, "build", "-o", tmp_path / "quiet")
    assert loud.code == quiet.code == 0, quiet.stderr
    findings = [line for line in loud.stderr.splitlines() if line.startswith("WARNING ")]
    assert findings, "the shipped seeds have warnings to show"
    assert quiet.stderr.splitlines() == findings
    edit(ART_275, "max_years:", "max_yeras:")(scratch)
    check_one_line(invoke("-q", "--root", scratch, "build", "-o", tmp_path / "o"), "275.yaml")
