"""The checker on hand-written sentence pairs: silent when both say the same, speaking when one fact differs.

`data/pairs.tsv` holds Korean/English pairs in the register of press releases, each marked
`same` or `differs` with the values that differ (release date assumed 2026-11-24).
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from drafter.model import Meta, Paragraph, Release, Version
from drafter.parity import Finding, check

ROWS = list(csv.DictReader((Path(__file__).parent / "data" / "pairs.tsv").open(encoding="utf-8"), delimiter="\t"))


def pair_release(ko: str, en: str) -> Release:
    return Release(
        meta=Meta(release_date=date(2026, 11, 24)),
        ko=Version(title="보도자료", body=[Paragraph(ko)]),
        en=Version(title="Press release", body=[Paragraph(en)]),
    )


VOCABULARY = (
    "glossary",
    "glossary-korean",
    "glossary-consistency",
    "acronym",
)  # about wording, tested in test_rules_glossary.py


def findings_for(row: dict[str, str]) -> list[Finding]:
    found = check(pair_release(row["ko"], row["en"]), plain_words=None)  # parity only: plain Korean in test_plain
    return [f for f in found if f.field == "body" and f.rule not in VOCABULARY]


def describe(findings: list[Finding]) -> str:
    return "; ".join(f"{f.rule}: {f.message.en}" for f in findings)


@pytest.mark.parametrize("row", [r for r in ROWS if r["expect"] == "same"], ids=lambda r: r["id"])
def test_same_facts_give_no_finding(row: dict[str, str]):
    assert describe(findings_for(row)) == ""


@pytest.mark.parametrize("row", [r for r in ROWS if r["expect"] == "differs"], ids=lambda r: r["id"])
def test_a_differing_fact_is_reported_in_both_texts(row: dict[str, str]):
    found = findings_for(row)
    assert found, row["why"]
    assert all(f.ko is not None and f.en is not None for f in found)


def test_corpus_is_large_and_balanced():
    assert len(ROWS) >= 150
    assert {r["expect"] for r in ROWS} == {"same", "differs"}
