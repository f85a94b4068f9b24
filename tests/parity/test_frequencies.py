"""How often (매월, "a month" after a figure), noon and midnight, and ranges of months that are a half or a
quarter of a year, in both languages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafter.parity import facts_en, facts_ko
from drafter.parity.facts import Kind
from tests.parity.facts_helpers import fact_in

KOREAN = [
    # text, excerpt, kind, value (days for a frequency)
    ("고용동향을 매월 발표한다", "매월", Kind.FREQUENCY, 30),
    ("구직 청년에게 월 50만 원을 지원", "월", Kind.FREQUENCY, 30),
    ("월평균 50만 원", "월", Kind.FREQUENCY, 30),
    ("다중이용시설을 연 2회 점검", "연", Kind.FREQUENCY, 365),
    ("하루 평균 20만 명이 이용", "하루", Kind.FREQUENCY, 1),  # not one day
    ("주 52시간제", "주", Kind.FREQUENCY, 7),
    ("통계를 분기별로 공개", "분기별", Kind.FREQUENCY, 91),
    ("박람회는 격년으로 열린다", "격년", Kind.COUNT, 2),  # every two years, as "biennial"
]

ENGLISH = [
    ("publishes employment trends monthly", "monthly", Kind.FREQUENCY, 30),
    ("gives jobseekers 500,000 won a month", "a month", Kind.FREQUENCY, 30),
    ("serves 200,000 passengers a day", "a day", Kind.FREQUENCY, 1),  # a rate, not one day
    ("inspects them twice a year", "a year", Kind.FREQUENCY, 365),
    ("invests $100 million per year", "per year", Kind.FREQUENCY, 365),
    ("the fair is held every other year", "every other year", Kind.COUNT, 2),
    ("up 283,000 from a year earlier", "a year", Kind.COUNT, 1),  # when, not how often
]


@pytest.mark.parametrize(("text", "excerpt", "kind", "value"), KOREAN)
def test_korean_frequency(text: str, excerpt: str, kind: Kind, value: int):
    fact = fact_in(facts_ko.extract, text, excerpt)
    assert (fact.kind, fact.value, fact.implicit) == (kind, Decimal(value), True)


@pytest.mark.parametrize(("text", "excerpt", "kind", "value"), ENGLISH)
def test_english_frequency(text: str, excerpt: str, kind: Kind, value: int):
    fact = fact_in(facts_en.extract, text, excerpt)
    assert (fact.kind, fact.value) == (kind, Decimal(value))


@pytest.mark.parametrize("text", ["11월 30일(월) 10시", "연구개발 예산", "월요일에 만난다", "1년 만에 다시"])
def test_no_frequency_in_korean(text: str):
    assert all(f.kind != Kind.FREQUENCY for f in facts_ko.extract(text))


@pytest.mark.parametrize("text", ["It closed a year ago.", "He stayed for a year.", "It took a week or so."])
def test_no_rate_where_a_year_is_a_time(text: str):
    assert all(f.kind != Kind.FREQUENCY for f in facts_en.extract(text))


@pytest.mark.parametrize(("text", "hour"), [("정오에 발표한다", 12), ("자정부터 적용", 0), ("새벽 4시 30분을 기해", 4)])
def test_korean_noon_midnight_and_dawn(text: str, hour: int):
    [fact] = [f for f in facts_ko.extract(text) if f.kind == Kind.TIME]
    assert fact.hour == hour


def test_a_range_of_months_in_english():
    [fact] = facts_en.extract("Exports in January-June rose.")
    assert fact.text == "January-June" and fact.range_end is not None and fact.range_end.date.month == 6  # type: ignore[union-attr]
