"""Facts made ready to compare: ranges as their bounds, ranges of months that are a half or a quarter of a
year as that half or quarter, and relative years as calendar years.

A year relative to now (작년, 올해, 내년, "last year") is resolved against the release date. One relative to
the year the sentence is about (전년, 전년도, 이듬해: "the year before", "the year after") is resolved
against that year where the sentence names it first (2027년 예산은 전년 대비 …: 전년 is 2026, even in a
release of September 2026; 내년 예산은 전년 대비 …: this year), else against the release date. A year that
only dates something else (2018년 이후 처음으로 전년 대비 감소) names no such year.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal

from drafter.parity.facts import DateValue, Fact, Kind

# Ranges of months that are a half or a quarter of a year: "1~6월" and "January-June" are 상반기.
_PERIODS = {
    (1, 6): (Kind.HALF, 1),
    (7, 12): (Kind.HALF, 2),
    (1, 3): (Kind.QUARTER, 1),
    (4, 6): (Kind.QUARTER, 2),
    (7, 9): (Kind.QUARTER, 3),
    (10, 12): (Kind.QUARTER, 4),
}
# The unit of a half or quarter written as its months: a calendar period, which a translation may not leave
# out (unlike 후반전, "the second half" of a match).
MONTHS = "months"
# Words relative to the year a sentence is about, not to now.
_FROM_CONTEXT = re.compile(r"^(?:전년|이듬해|다음\s?해)")
# After a year that dates something else than the sentence's figures: since, until, compared with.
_NOT_THE_SUBJECT = re.compile(
    r"\s?(?:이후|이래|부터|까지|만에|이전|전(?![가-힣])|후(?![가-힣])|대비|보다|에\s?비해|와\s?비교)"
)
_SENTENCE_END = re.compile(r"다\.\s|[.!?]\s|\n")


def pieces(facts: Iterable[Fact], text: str, release_day: date | None) -> Iterator[tuple[Fact, bool]]:
    """Each fact ready to compare, and whether its year was written relative to another."""
    facts = list(facts)
    if not any(f.date is not None and f.date.relative_year is not None and _FROM_CONTEXT.match(f.text) for f in facts):
        for fact in facts:  # most paragraphs: no year relative to another
            for piece in _bounds(as_period(fact)):
                yield (
                    _resolved(piece, None, release_day),
                    piece.date is not None and piece.date.relative_year is not None,
                )
        return
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    topic: tuple[int, int] | None = None  # the year the sentence is about, and the sentence (its number)
    for fact in facts:
        fact = as_period(fact)
        sentence = bisect.bisect_right(ends, fact.start)
        if topic is not None and topic[1] != sentence:
            topic = None
        for piece in _bounds(fact):
            relative = piece.date is not None and piece.date.relative_year is not None
            base = topic[0] if topic is not None and _FROM_CONTEXT.match(piece.text) else None
            yield _resolved(piece, base, release_day), relative
        if topic is None:
            year = _year_about(fact, text, release_day)
            topic = (year, sentence) if year is not None else None


def _bounds(fact: Fact) -> list[Fact]:
    """A range is compared bound by bound; a single fact is its own."""
    if fact.range_end is None:
        return [fact]
    return [replace(fact, range_end=None), fact.range_end]


def _year_about(fact: Fact, text: str, release_day: date | None) -> int | None:
    """The calendar year a date, quarter or half names, if the sentence is about it (2027년 예산은)."""
    d = fact.date
    if fact.kind not in (Kind.DATE, Kind.QUARTER, Kind.HALF) or d is None or d.decade or _FROM_CONTEXT.match(fact.text):
        return None
    if _NOT_THE_SUBJECT.match(text, fact.end):
        return None
    if d.relative_year is not None:
        return release_day.year + d.relative_year if release_day is not None else None
    return d.year


def _resolved(fact: Fact, base: int | None, release_day: date | None) -> Fact:
    """A relative year as a calendar year, counted from `base` or else from the release date's year."""
    d = fact.date
    if d is None or d.relative_year is None:
        return fact
    if base is None:
        if release_day is None:
            return fact
        base = release_day.year
    return replace(fact, date=replace(d, year=base + d.relative_year, relative_year=None))


def as_period(fact: Fact) -> Fact:
    """A range of whole months that makes a half or a quarter, as that half or quarter (with its year),
    so that "January-June" states what 상반기 does; other facts as they are."""
    end = fact.range_end
    a, b = fact.date, end.date if end is not None else None
    if fact.kind != Kind.DATE or a is None or b is None or a.day or b.day or a.decade or b.decade:
        return fact
    found = _PERIODS.get((a.month or 0, b.month or 0))
    if found is None or (a.year and b.year and a.year != b.year):
        return fact
    kind, n = found
    year, relative = a.year or b.year, a.relative_year if a.relative_year is not None else b.relative_year
    when = DateValue(year=year, relative_year=relative) if year or relative is not None else None
    return replace(fact, kind=kind, value=Decimal(n), date=when, range_end=None, unit=MONTHS)
