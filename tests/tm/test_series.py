"""The memory on the test series: month N answered from months 1…N−1 (benchmarks/tm_series.py)."""

from __future__ import annotations

import pytest

from benchmarks.tm_series import evaluate
from tests.tm.conftest import DATA


def test_the_series_has_twelve_monthly_releases_and_six_of_another_kind():
    assert len(list((DATA / "monthly").glob("*.txt"))) >= 12
    assert len(list((DATA / "designation").glob("*.txt"))) >= 6


@pytest.mark.parametrize("series", ["monthly", "designation"])
def test_sentences_of_an_earlier_form_come_back_adapted_as_their_own_english(series):
    result = evaluate(DATA / series)
    assert result.shared >= 40
    assert result.rate >= 0.8, result.misses
    assert result.offered_adapted >= result.shared // 2  # the "never flagged" test below is not vacuous


@pytest.mark.parametrize("series", ["monthly", "designation"])
def test_no_adapted_suggestion_is_one_the_checker_flags(series):
    assert evaluate(DATA / series).flagged == []
