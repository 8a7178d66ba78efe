"""Reviewers' decisions: reject, correct, accept, add; and the mistakes they can make."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgbuild.claims import Claim
from kgbuild.curation import curate_claims
from kgbuild.errors import InputError
from kgbuild.sources import Decision, Document, Origin
from tests.conftest import kgbuild

TEXT = "Courts convicted 12 people of treason in 2024. Police detained 40 people."
DOC = Document(
    "doc",
    "seeds/documents/doc.txt",
    "0" * 64,
    "T",
    "P",
    None,
    None,
    None,
    "en",
    "news",
    None,
    (),
    TEXT,
    Origin("seeds/catalogue.yaml", 1),
)
CLAIM = Claim(
    kind="conviction_count",
    document=DOC.path,
    quote=TEXT[:46],
    start=0,
    end=46,
    rule="count.active",
    offence="treason",
    articles=("275",),
    count=12,
    period_start="2024-01-01",
    period_end="2024-12-31",
    qualifier="exact",
    unit="people",
)


def decision(action: str, line: int = 1, **values: object) -> Decision:
    claim = values.pop("claim", CLAIM.id)
    return Decision(
        action,
        claim if action != "add" else None,  # type: ignore[arg-type]
        "because",
        dict(values),
        Origin("seeds/curation.yaml", line),
    )


def test_unreviewed_claims_are_kept_and_listed() -> None:
    result = curate_claims([CLAIM], [], [DOC])
    assert [c.status for c in result.claims] == ["unreviewed"]
    assert result.unreviewed == (CLAIM,)


def test_reject_keeps_the_claim_out_with_its_reason() -> None:
    result = curate_claims([CLAIM], [decision("reject")], [DOC])
    assert result.claims == () and result.rejected == ((CLAIM, "because"),)


def test_correct_changes_fields_and_keeps_the_id() -> None:
    result = curate_claims(
        [CLAIM], [decision("correct", set={"count": 13, "scope": "russian_citizens"})], [DOC]
    )
    (item,) = result.claims
    assert item.id == CLAIM.id and item.status == "corrected"
    assert (item.claim.count, item.claim.scope) == (13, "russian_citizens")


def test_an_added_claim_must_quote_the_document_at_its_offsets() -> None:
    quote = "Police detained 40 people."
    start = TEXT.index(quote)
    good = decision(
        "add",
        kind="case_count",
        document=DOC.path,
        quote=quote,
        start=start,
        end=start + len(quote),
        count=40,
        unit="people",
    )
    (item,) = [c for c in curate_claims([], [good], [DOC]).claims]
    assert item.status == "added" and item.claim.rule == "curator.added"
    bad = decision(
        "add",
        line=7,
        kind="case_count",
        document=DOC.path,
        quote=quote,
        start=start + 1,
        end=start + 1 + len(quote),
    )
    with pytest.raises(InputError) as caught:
        curate_claims([], [bad], [DOC])
    (problem,) = caught.value.problems
    assert problem.line == 7 and f"the quote is at {start}..{start + len(quote)}" in problem.hint


def test_decisions_that_do_not_fit_are_input_errors() -> None:
    decisions = [
        decision("accept", claim="ffffffffffffffff", line=3),
        decision("accept", line=5),
        decision("reject", line=9),
        decision("correct", line=11, claim=CLAIM.id, set={"colour": "red"}),
    ]
    with pytest.raises(InputError) as caught:
        curate_claims([CLAIM], decisions, [DOC])
    messages = {p.line: p.message for p in caught.value.problems}
    assert "no extracted claim has the id ffffffffffffffff" in messages[3]
    assert "decided twice" in messages[9]
    assert 5 not in messages


def test_the_build_refuses_a_bad_curation_file(project: Path) -> None:
    path = project / "seeds" / "curation.yaml"
    original = path.read_text(encoding="utf-8")
    path.write_text(
        original + '\n- action: accept\n  claim: "00000000000000ab"\n  reason: typo in the id\n',
        encoding="utf-8",
    )
    run = kgbuild("--root", project, "build", "-o", project / "out")
    assert run.code == 3
    assert "seeds/curation.yaml:" in run.stderr and "00000000000000ab" in run.stderr
    path.write_text(
        original + "\n- action: accept\n  claim: 0000000000000000\n  reason: unquoted\n",
        encoding="utf-8",
    )
    run = kgbuild("--root", project, "build", "-o", project / "out")
    assert run.code == 3 and "quote the id" in run.stderr
