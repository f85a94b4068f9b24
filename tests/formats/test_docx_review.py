"""The review layout: a landscape table, Korean | English | findings, one row per aligned pair."""

from __future__ import annotations

from dataclasses import replace

import pytest

from drafter.formats.docx_writer import build_docx
from drafter.model import Release
from drafter.styles import load
from tests.formats.docx_helpers import FIXED_FINDINGS, NOW, NS, W, paragraph_texts, part, sample_release

GENERIC = load("generic")


@pytest.fixture(scope="module")
def release() -> Release:
    return sample_release()


@pytest.fixture(scope="module")
def packages(release: Release) -> dict[str, bytes]:
    return {"review": build_docx(release, "review", GENERIC, now=NOW, findings=FIXED_FINDINGS)}


def test_review_layout_is_a_table_of_aligned_pairs_with_their_findings(packages: dict[str, bytes], release: Release):
    doc = part(packages["review"], "word/document.xml")
    texts = paragraph_texts(doc)
    assert "검사 결과 3건(오류 1건, 경고 1건, 참고 1건)." in texts
    assert "Findings: 3 (errors 1, warnings 1, info 1)." in texts
    table = doc.find("w:body/w:tbl", NS)
    grid = [int(c.get(f"{W}w")) for c in table.findall("w:tblGrid/w:gridCol", NS)]
    assert len(grid) == 3 and grid[2] < grid[0] == grid[1]  # a narrow third column
    rows = table.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert [" ".join(paragraph_texts(c)) for c in rows[0].findall("w:tc", NS)] == [
        "국문 · Korean",
        "영문 · English",
        "검토 · Findings",
    ]
    cells = [[" ".join(paragraph_texts(c)) for c in r.findall("w:tc", NS)] for r in rows[1:]]
    body_rows = [c for c in cells if c[2].startswith("본문")]
    assert len(body_rows) == len(release.ko.body)  # one row per aligned pair
    second = body_rows[1]
    assert release.ko.body[1].text in second[0] and release.en.body[1].text in second[1]
    assert "오류 · error" in second[2] and "금액이 다릅니다" in second[2] and "Amounts differ" in second[2]
    assert second[2].index("금액이 다릅니다") < second[2].index("Amounts differ")  # Korean first
    assert "주석 수가 다릅니다." in body_rows[0][2]  # a note's finding goes to its paragraph's row
    assert cells[-1][2].startswith("기타") and "배포일 확인" in cells[-1][2]  # no place: the last row
    header = part(packages["review"], "word/header1.xml")
    assert "Findings: 3" in "".join(paragraph_texts(header))


def test_review_layout_lists_accepted_findings_and_approval_progress():

    from drafter.parity import check
    from drafter.parity.review import accept, review_units, set_approved
    from drafter.parity.units import Context

    release = sample_release()
    release.en.body[2].text = release.en.body[2].text.replace("3.8 billion", "3.9 billion")
    [differs] = [f for f in check(release) if f.rule == "fact-differs"]
    review = accept(release.review, differs, "Corrected figure, confirmed by phone")
    review = set_approved(review, Context.of(release).body_units[0], True)
    review = set_approved(review, review_units(Context.of(release))[0], True)  # the title
    doc = part(build_docx(replace(release, review=review), "review"), "word/document.xml")
    texts = paragraph_texts(doc)
    pairs = len(review_units(Context.of(release)))  # title, subtitle, paragraph pairs, footnotes, contact
    assert f"Approved: 2 of {pairs} pairs. Accepted findings: 1 (listed in grey)." in texts
    assert f"승인: {pairs}쌍 중 2쌍. 수용된 지적: 1건(회색으로 표시)." in texts
    errors = sum(1 for f in check(release) if f.severity.value == "error")
    [counts] = [t for t in texts if t.startswith("Findings: ")]
    assert f"errors {errors - 1}," in counts and differs.message.en in texts  # listed, not counted
    accepted = next(p for p in doc.iter(f"{W}p") if "".join(paragraph_texts(p)) == differs.message.en)
    assert "수용 · Accepted: Corrected figure, confirmed by phone" in texts
    assert {r.get(f"{W}val") for r in accepted.iter(f"{W}color")} == {"7F7F7F"}
    assert sum("✓ 승인 · Approved" in t for t in texts) == 2  # the title's row and the first pair's


def test_review_layout_runs_the_checker_when_not_given_findings(release: Release):
    doc = part(build_docx(release, "review"), "word/document.xml")
    assert any(t.startswith("Findings: ") for t in paragraph_texts(doc))
