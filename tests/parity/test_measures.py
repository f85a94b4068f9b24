"""Units of measure: how each side writes them, and a converted figure equal to the one it converts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafter.parity import facts_en, facts_ko
from drafter.parity.compare import equal
from drafter.parity.measures import in_base, measure_of
from tests.parity.facts_helpers import fact_in

UNITS = [
    # unit as an extractor writes it, dimension, one unit in the base unit
    ("㎡", "area", "1"),
    ("평", "area", "3.305785"),
    ("hectares", "area", "10000"),
    ("square feet", "area", "0.09290304"),
    ("square-meter", "area", "1"),
    ("km", "length", "1000"),
    ("miles", "length", "1609.344"),
    ("톤", "mass", "1000"),
    ("metric tons", "mass", "1000"),
    ("degrees celsius", "temperature", "1"),
    ("gw", "power", "1000000000"),
    ("megawatts", "power", "1000000"),
    ("teus", "containers", "1"),
    ("miles per hour", "speed", "1.609344"),
]


@pytest.mark.parametrize(("unit", "dimension", "factor"), UNITS)
def test_a_unit_is_known_with_its_dimension(unit: str, dimension: str, factor: str):
    measure = measure_of(unit)
    assert measure is not None and (measure.dimension, measure.factor) == (dimension, Decimal(factor))


@pytest.mark.parametrize("unit", ["명", "people", "times", "개국", ""])
def test_counters_and_nouns_are_no_measures(unit: str):
    assert measure_of(unit) is None


def test_fahrenheit_in_celsius():
    measure = measure_of("°f")
    assert measure is not None and abs(in_base(Decimal(95), measure) - 35) < Decimal("0.01")


SAME = [
    ("부지 1,000㎡", "1,000㎡", "0.1 hectare of land", "0.1 hectare"),
    ("부지 1,000㎡", "1,000㎡", "about 10,764 square feet of land", "about 10,764 square feet"),
    ("10만 평 규모", "10만 평", "a 330,000-square-meter site", "330,000-square-meter"),
    ("용량 2GW", "2GW", "2,000 MW of capacity", "2,000 MW"),
    ("영하 12도", "영하 12도", "minus 12 degrees Celsius", "minus 12 degrees Celsius"),
    ("시속 85마일", "85마일", "85 miles per hour", "85 miles per hour"),
    ("거리 400km", "400km", "about 250 miles", "about 250 miles"),
]


@pytest.mark.parametrize(("ko", "ko_excerpt", "en", "en_excerpt"), SAME)
def test_a_converted_figure_equals_the_original(ko: str, ko_excerpt: str, en: str, en_excerpt: str):
    assert equal(fact_in(facts_ko.extract, ko, ko_excerpt), fact_in(facts_en.extract, en, en_excerpt))


DIFFERENT = [
    ("부지 1,000㎡", "1,000㎡", "1,000 hectares of land", "1,000 hectares"),  # unit changed, number kept
    ("10만 평 규모", "10만 평", "a 100,000-square-meter site", "100,000-square-meter"),  # not converted
    ("거리 400km", "400km", "about 300 miles", "about 300 miles"),  # beyond rounding
    ("용량 2GW", "2GW", "2 MW of capacity", "2 MW"),
    ("쌀 500톤", "500톤", "500 square meters", "500 square meters"),  # another dimension
]


@pytest.mark.parametrize(("ko", "ko_excerpt", "en", "en_excerpt"), DIFFERENT)
def test_a_unit_changed_or_badly_converted_is_another_figure(ko: str, ko_excerpt: str, en: str, en_excerpt: str):
    assert not equal(fact_in(facts_ko.extract, ko, ko_excerpt), fact_in(facts_en.extract, en, en_excerpt))
