"""Relative years resolved against the year a sentence is about, and ranges of months as halves and quarters."""

from __future__ import annotations

from datetime import date

import pytest

from drafter.parity import facts_ko, years
from drafter.parity.facts import Kind

RELEASE = date(2026, 9, 1)  # a budget for next year is announced in September


def resolved(text: str) -> dict[str, int | None]:
    """Each dated fact's text and the calendar year it resolves to."""
    return {
        f.text: f.date.year
        for f, _relative in years.pieces(facts_ko.extract(text), text, RELEASE)
        if f.kind == Kind.DATE and f.date is not None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027년 예산안은 전년 대비 5.2% 늘었다.", {"2027년": 2027, "전년": 2026}),  # the budget year's
        ("내년 예산은 전년보다 3.1% 늘었다.", {"내년": 2027, "전년": 2026}),
        (
            "출생아 수가 2015년 이후 처음으로 전년 대비 증가했다.",
            {"2015년": 2015, "전년": 2025},
        ),  # since: not the topic
        ("2027년 예산이 확정됐다. 전년 대비 5% 늘었다.", {"2027년": 2027, "전년": 2025}),  # another sentence
        ("작년 실적은 2027년 계획과 다르다.", {"작년": 2025, "2027년": 2027}),  # 작년 is relative to now
    ],
)
def test_a_relative_year_counts_from_the_year_its_sentence_is_about(text: str, expected: dict[str, int]):
    assert resolved(text) == expected


def test_a_range_of_whole_months_is_a_half_or_a_quarter():
    text = "올해 1~6월과 7~9월, 3~5월"
    kinds = [(f.kind, f.value) for f, _r in years.pieces(facts_ko.extract(text), text, RELEASE)]
    assert kinds[:2] == [(Kind.HALF, 1), (Kind.QUARTER, 3)] and kinds[2][0] == Kind.DATE  # March-May: neither
