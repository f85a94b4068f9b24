"""Typed facts found in text (amounts, counts, dates …), shared by the Korean and English extractors.

A fact carries its value, the precision it was written with and its span, so that the
matcher can compare "43억원" with "4.3 billion KRW" by value within the written precision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

# Fractions (3분의 1, "two-thirds", 절반) are values rounded to four places: their precision says so.
FRACTION_PRECISION = Decimal("0.0001")


class Kind(StrEnum):
    AMOUNT = "amount"  # money: value in units of `unit` (a currency code)
    COUNT = "count"  # a number of things: "14명", "fourteen officials", "3개국"
    NUMBER = "number"  # a bare number with no counter or currency
    PERCENT = "percent"  # "15%", "15 percent"
    POINT = "point"  # percentage points: "3%p", "3 percentage points"
    MULTIPLIER = "multiplier"  # "두 배", "twice", "3 times", "double"
    ORDINAL = "ordinal"  # "제37대", "6차", "세번째", "37th", "sixth"
    DATE = "date"  # year/month/day, any of them may be None; "2023년 11월 1일", "Nov. 1"
    TIME = "time"  # hour/minute: "15:00", "3 p.m."
    QUARTER = "quarter"  # "3분기", "third quarter": n = 1..4, year optional
    HALF = "half"  # "상반기", "first half": n = 1..2, year optional
    FREQUENCY = "frequency"  # how often, in days: 매월 / monthly / "a month" after a figure = 30, 매년 = 365
    SEASON = "season"  # 봄/여름/가을/겨울, spring/summer/autumn/winter: n = 1..4 (SEASONS)


# Kinds that may stand for one another: a count in one language is often a bare number in the other.
FAMILY = {
    Kind.AMOUNT: "quantity",
    Kind.COUNT: "quantity",
    Kind.NUMBER: "quantity",
    Kind.PERCENT: "ratio",
    Kind.POINT: "ratio",
    Kind.MULTIPLIER: "multiplier",
    Kind.ORDINAL: "ordinal",
    Kind.DATE: "time",
    Kind.TIME: "time",
    Kind.QUARTER: "time",
    Kind.HALF: "time",
    Kind.FREQUENCY: "frequency",
    Kind.SEASON: "time",
}
SEASONS = {1: "spring", 2: "summer", 3: "autumn", 4: "winter"}
# Frequencies by their number of days, as a finding names them.
FREQUENCIES = {1: "daily", 7: "weekly", 30: "monthly", 91: "quarterly", 182: "half-yearly", 365: "yearly"}


class Qualifier(StrEnum):
    EXACT = ""
    ABOUT = "about"  # 약, 대략, 가량, 정도, about, around, approximately, some, nearly, almost
    OVER = "over"  # 이상, 넘는, 여, 초과, more than, over, above, at least, upwards of
    UNDER = "under"  # 이하, 미만, 이내, less than, under, below, up to, at most


@dataclass(frozen=True)
class DateValue:
    """A calendar reference; unknown parts are None. `weekday` is as written (0 = Monday)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative_year: int | None = None  # -1 작년/last year, 0 올해/this year, +1 내년/next year
    decade: bool = False  # "1980년대", "the 1980s": `year` is the decade's first year


@dataclass(frozen=True)
class Said:
    """What a sentence states about a figure besides its value, and the words that state it: which way it
    moved ("7.4% 증가", "fell 3.4 percent"), read by `facts_ko_qualifiers` / `facts_en_qualifiers`; what may
    or must be done, read by `modality`."""

    aspect: str  # "change" (up/down), "balance" (surplus/deficit), "quality" (better/worse)
    value: str
    start: int  # span of the words, in the same text as the fact's
    end: int
    # What a sentence states (modality): whether the words stand in the figure's own clause, and whether the
    # sentence states both of the pair, this one in the figure's clause (`modality.attach`).
    local: bool = False
    resolved: bool = False


@dataclass(frozen=True)
class Fact:
    kind: Kind
    start: int  # span in the text the extractor was given (str indices, end exclusive)
    end: int
    text: str  # text[start:end], exactly
    value: Decimal | None = None  # numeric kinds; quarter/half: n; ordinal: n
    precision: Decimal = Decimal(1)  # place value of the last written digit: 43억 -> 1E+8, 4.3 billion -> 1E+8
    unit: str = ""  # AMOUNT: ISO code (KRW, USD, EUR, JPY, CNY, GBP); COUNT: the counter or noun as written, lower-case
    qualifier: Qualifier = Qualifier.EXACT
    date: DateValue | None = None  # DATE; also the year for QUARTER/HALF when written
    hour: int | None = None  # TIME
    minute: int | None = None  # TIME
    range_end: Fact | None = field(
        default=None, compare=False
    )  # for "6.14-6.18", "15:00~15:30", "3~5명": the upper bound
    # A number a word implies rather than states: 양국 (the two countries), 2인조, "both sides". It
    # matches a number when there is one, and is never reported missing: translations leave it unsaid.
    implicit: bool = False
    said: tuple[Said, ...] = field(default=(), compare=False)  # what the sentence states about the figure
