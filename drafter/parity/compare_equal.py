"""Whether two facts, one from each language, state the same thing: values within the precision they were
written with ("43억" ↔ "4.3 billion"), widened by qualifiers (약, 여, about, more than); dates by the parts
both write; measures in their base unit. Used by the fact comparison (`compare`) and the statement rules.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from drafter.parity.budget import steps
from drafter.parity.facts import FAMILY, FRACTION_PRECISION, DateValue, Fact, Kind, Qualifier
from drafter.parity.measures import Measure, in_base, measure_of

_ABOUT = Decimal("0.05")
# Units of time a count may have on either side: they must agree (other counters and nouns are free).
_TIME_UNITS = {
    **dict.fromkeys(("년", "해", "year", "years"), "year"),
    **dict.fromkeys(("개월", "달", "month", "months"), "month"),
    **dict.fromkeys(("주", "주일", "week", "weeks"), "week"),
    **dict.fromkeys(("일", "day", "days"), "day"),
    **dict.fromkeys(("시간", "hour", "hours"), "hour"),
    **dict.fromkeys(("분", "minute", "minutes"), "minute"),
}
_TIME_UNIT_NAMES = frozenset(_TIME_UNITS)  # "약 43억", "about 4.3 billion": within 5 %


def _numbers_equal(a: Fact, b: Fact, headline: bool = False, strict: bool = False) -> bool:
    """Equal to the finer of the two precisions: "4.3 billion" is "43억" but not "43억 5천만".

    A qualifier widens this: "약/about" to a few per cent, "여/이상/more than" upwards and
    "이하/up to" downwards by one unit of the coarser precision ("7백여 건" covers 750). A headline
    may round to the precision it writes: "12조3,456억원" is "KRW 12.35 trillion" in a title.
    A floor and a ceiling are the same figure, not the same statement: only `strict` refuses them
    (compare_qualifiers reports "3,000곳 이상" against "fewer than 3,000" on its words).
    """
    if (
        a.value is None
        or b.value is None
        or (strict and {a.qualifier, b.qualifier} == {Qualifier.OVER, Qualifier.UNDER})
    ):
        return False
    diff = b.value - a.value
    if abs(diff) < min(a.precision, b.precision) / 2:
        return True
    if headline and abs(diff) <= max(a.precision, b.precision) / 2:
        return True
    coarse = max(a.precision, b.precision)
    qualifiers = {a.qualifier, b.qualifier}
    if Qualifier.ABOUT in qualifiers:
        return abs(diff) <= max(coarse / 2, _ABOUT * max(abs(a.value), abs(b.value)))
    if Qualifier.OVER in qualifiers:
        low = a if a.qualifier == Qualifier.OVER else b
        high = b if low is a else a
        return Decimal(0) <= high.value - low.value < coarse  # type: ignore[operator]
    if Qualifier.UNDER in qualifiers:
        high = a if a.qualifier == Qualifier.UNDER else b
        low = b if high is a else a
        return Decimal(0) <= high.value - low.value < coarse  # type: ignore[operator]
    return False


def _dates_equal(a: DateValue | None, b: DateValue | None, strict: bool = False) -> bool:
    """Every part written on both sides agrees, and at least one is written on both: "2022년" is
    satisfied by "March 3, 2022", but "1일" says nothing about "October 2026".

    `strict` asks for the same parts on both sides, for matches far from where the fact stands.
    """
    if a is None or b is None:
        return a is b
    if strict and [x is None for x in (a.year, a.month, a.day)] != [x is None for x in (b.year, b.month, b.day)]:
        return False
    if a.decade != b.decade:  # "1980년" is not "the 1980s"
        return False
    if a.relative_year is not None or b.relative_year is not None:
        if a.relative_year is not None and b.relative_year is not None:
            return a.relative_year == b.relative_year and _dates_equal(
                replace(a, relative_year=None), replace(b, relative_year=None)
            )
        # One side relative, the other absolute, and no release date to tell: compare the rest.
        a, b = replace(a, relative_year=None, year=None), replace(b, relative_year=None, year=None)
        if not (a.month or a.day or b.month or b.day):
            return True  # "작년" and "2025": nothing left to compare
    parts = ((a.year, b.year), (a.month, b.month), (a.day, b.day))
    both = [(x, y) for x, y in parts if x is not None and y is not None]
    shared = both or (a.weekday is not None and b.weekday is not None) or a == b or _day_and_weekday(a, b)
    return bool(shared) and all(x == y for x, y in both)


def _day_and_weekday(a: DateValue, b: DateValue) -> bool:
    """ "3일" and "on Thursday": the day of the event, told by its date on one side and its weekday on the other."""
    day, weekday = (a, b) if a.day is not None else (b, a)
    return (
        day.day is not None
        and day.year is None
        and day.month is None
        and weekday.weekday is not None
        and (weekday.year, weekday.month, weekday.day) == (None, None, None)
    )


def _year_alone(fact: Fact) -> int | None:
    d = fact.date
    if fact.kind == Kind.DATE and d and d.year and not (d.month or d.day) and d.relative_year is None:
        return d.year
    return None


# Counters of occasions: 11회, 3번, 두 차례.
_OCCASIONS = frozenset(("회", "번", "차례"))


def occasions(a: Fact, b: Fact) -> bool:
    """11회 and "(11 times)": a bare "times" in English counts occasions as well as multiplying, and the Korean
    counter says which (not "11 times as many", which only multiplies)."""
    if {a.kind, b.kind} != {Kind.COUNT, Kind.MULTIPLIER}:
        return False
    count, times = (a, b) if a.kind == Kind.COUNT else (b, a)
    return count.unit in _OCCASIONS and times.unit == "times"


def _numbered_item(a: Fact, b: Fact) -> bool:
    """ "2단계" and "Phase 2", "제1종" and "Type 1", "1군" and "Group 1": an item's number written in digits
    is the same statement as an ordinal, whichever of the two each side reads (not "세 번째" and "three times")."""
    ordinal, other = (a, b) if a.kind == Kind.ORDINAL else (b, a)
    return (
        other.kind in (Kind.COUNT, Kind.NUMBER)
        and other.qualifier == Qualifier.EXACT
        and ordinal.value == other.value
        and any(ch.isdigit() for ch in ordinal.text)
        and any(ch.isdigit() for ch in other.text)
    )


def equal(a: Fact, b: Fact, strict: bool = False, headline: bool = False) -> bool:
    """Whether two facts, one from each language, state the same thing (`strict`: as precisely;
    `headline`: a title or subtitle, which may round)."""
    steps.add()
    if {a.kind, b.kind} == {Kind.NUMBER, Kind.DATE}:  # "2026 서울국제도서전" and "the 2026 fair"
        number, when = (a, b) if a.kind == Kind.NUMBER else (b, a)
        return number.value is not None and number.value == _year_alone(when)
    if {a.kind, b.kind} == {Kind.ORDINAL, Kind.DATE}:  # "24일" and "on the 24th" (of the month)
        ordinal, when = (a, b) if a.kind == Kind.ORDINAL else (b, a)
        d = when.date
        written = any(ch.isdigit() for ch in ordinal.text)  # "24th", not "first"
        return written and d is not None and d.day is not None and ordinal.value == d.day
    if not strict and Kind.ORDINAL in (a.kind, b.kind) and _numbered_item(a, b):
        return True
    if {a.kind, b.kind} == {Kind.NUMBER, Kind.PERCENT}:  # 절반 and "50 percent", "3분의 1" and "33%"
        share, percent = (a, b) if a.kind == Kind.NUMBER else (b, a)
        if not _fraction(share):
            return False
        as_percent = replace(share, value=share.value * 100, precision=percent.precision)  # type: ignore[operator]
        return _numbers_equal(as_percent, percent, strict=strict)
    if occasions(a, b):
        return _numbers_equal(a, b, strict=strict)
    if FAMILY[a.kind] != FAMILY[b.kind]:
        return False
    if a.kind in (Kind.DATE, Kind.QUARTER, Kind.HALF, Kind.TIME, Kind.SEASON) or b.kind in (Kind.DATE, Kind.TIME):
        if a.kind != b.kind:
            return False
        if a.kind == Kind.TIME:
            return (a.hour, a.minute or 0) == (b.hour, b.minute or 0)
        if a.kind == Kind.DATE:
            return _dates_equal(a.date, b.date, strict)
        return a.value == b.value and (a.date is None or b.date is None or _dates_equal(a.date, b.date))
    if {a.kind, b.kind} == {Kind.PERCENT, Kind.POINT}:
        return False  # "3%p" and "3 percent" are different statements
    if a.kind == Kind.AMOUNT and b.kind == Kind.AMOUNT and a.unit and b.unit and a.unit != b.unit:
        return False
    measures = (measure_of(a.unit), measure_of(b.unit)) if a.unit and b.unit else (None, None)
    if measures[0] is not None and measures[1] is not None:
        return _measures_equal(a, b, *measures)
    units = {a.unit, b.unit} & _TIME_UNIT_NAMES
    if units and _TIME_UNITS.get(a.unit, a.unit) != _TIME_UNITS.get(b.unit, b.unit) and (strict or len(units) == 2):
        return False  # "3년간" is not "three hours"; elsewhere in the release, not "twice" either
    return _numbers_equal(*_signed(a, b), headline, strict)


def _signed(a: Fact, b: Fact) -> tuple[Fact, Fact]:
    """A fall written with its sign on one side (가전(-3.2%)는 감소했다) and with a word on the other ("fell 3.2
    percent"): the same figure, the unsigned one read as negative."""
    if a.value is None or b.value is None or (a.value < 0) == (b.value < 0):
        return a, b
    return _negated_fall(a), _negated_fall(b)


def _negated_fall(fact: Fact) -> Fact:
    if fact.value is not None and fact.value > 0 and any(s.aspect == "change" and s.value == "down" for s in fact.said):
        return replace(fact, value=-fact.value)
    return fact


def _measures_equal(a: Fact, b: Fact, ma: Measure, mb: Measure) -> bool:
    """Two measures of one dimension, each in the base unit: "1,000㎡" is "0.1 hectare". A figure converted
    to another unit is rounded where the translator chose (330,000 square meters for 10만 평 = 330,579 ㎡):
    then its last non-zero digit sets the precision, and a few per mille of the conversion are allowed."""
    if ma.dimension != mb.dimension or a.value is None or b.value is None:
        return False
    if ma == mb:
        return _numbers_equal(a, b)
    based = [
        replace(f, value=in_base(f.value, m), precision=_significant(f) * m.factor)  # type: ignore[arg-type]
        for f, m in ((a, ma), (b, mb))
    ]
    return _numbers_equal(*based) or abs(based[0].value - based[1].value) <= _CONVERTED * abs(based[0].value)  # type: ignore[operator]


_CONVERTED = Decimal("0.015")  # conversions rounded by the translator: 400km is "about 250 miles" (0.6 %)


def _significant(fact: Fact) -> Decimal:
    """The place value of the last non-zero digit written: "330,000" → 10,000, "10,764" → 1."""
    precision, value = fact.precision, abs(fact.value or 0)
    while value and precision < value and (value / (precision * 10)) % 1 == 0:
        precision *= 10
    return precision


def _fraction(fact: Fact) -> bool:
    """3분의 1, "two-thirds", 절반: a share of a whole, read as a number below one."""
    return (
        fact.kind == Kind.NUMBER and fact.precision == FRACTION_PRECISION and fact.value is not None and fact.value < 1
    )
