"""The facts of one version, indexed by what two facts stating the same thing must share.

Whether a fact left over in one paragraph is stated elsewhere in the other version is asked for every
leftover; comparing it with every fact of a long release would cost their product. The index gives the
few facts that can be equal to it (compare.equal decides): the same month and day for a date, the same
hour for a time, and for numbers those of the same family within the widest tolerance equal allows.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal

from drafter.parity.facts import FAMILY, Fact, Kind

_TOLERANCE = Decimal("0.06")  # above what "about" allows: 5 % of the larger value, 5.3 % of the smaller
_NUMERIC = ("quantity", "ratio", "multiplier", "ordinal")


class Stated:
    """(unit index, fact) pairs; `candidates(fact)` yields those that may state `fact`, never missing one."""

    def __init__(self, facts: Iterable[tuple[int, Fact]]) -> None:
        self._exact: dict[tuple[object, ...], list[tuple[int, Fact]]] = defaultdict(list)
        by_precision: dict[str, dict[Decimal, list[tuple[Decimal, int, Fact]]]] = defaultdict(lambda: defaultdict(list))
        seen = set()
        for unit, fact in facts:
            alike = (unit, said(fact))
            if alike in seen:  # the same figure again in the same unit: one is enough to tell
                continue
            seen.add(alike)
            for key in _keys(fact):
                self._exact[key].append((unit, fact))
            if FAMILY[fact.kind] in _NUMERIC and fact.value is not None:
                by_precision[FAMILY[fact.kind]][fact.precision].append((fact.value, unit, fact))
        # Per family and precision, sorted by value: the facts near a value are found by bisection.
        self._near: dict[str, list[tuple[Decimal, list[Decimal], list[tuple[int, Fact]]]]] = defaultdict(list)
        for family, groups in by_precision.items():
            for precision, entries in groups.items():
                entries.sort(key=lambda e: e[0])
                self._near[family].append((precision, [e[0] for e in entries], [(e[1], e[2]) for e in entries]))

    def candidates(self, fact: Fact) -> Iterator[tuple[int, Fact]]:
        for key in _queries(fact):
            yield from self._exact.get(key, ())
        if FAMILY[fact.kind] in _NUMERIC and fact.value is not None:
            value = fact.value
            for precision, values, entries in self._near.get(FAMILY[fact.kind], ()):
                # equal() allows half the finer precision, "about" a few per cent or half the coarser,
                # "over" / "under" one unit of the coarser: never more than this.
                reach = max(fact.precision, precision, abs(value) * _TOLERANCE)
                low, high = bisect.bisect_left(values, value - reach), bisect.bisect_right(values, value + reach)
                yield from entries[low:high]


def said(fact: Fact) -> tuple[object, ...]:
    """What compare.equal reads of a fact: two facts alike in all of it are equal to the same facts."""
    written = any(ch.isdigit() for ch in fact.text)
    return (
        fact.kind,
        fact.value,
        fact.precision,
        fact.unit,
        fact.qualifier,
        fact.date,
        fact.hour,
        fact.minute,
        written,
    )


def _keys(fact: Fact) -> list[tuple[object, ...]]:
    """Where a fact is filed, besides its value: dates by month and day (and by year and day, for the bare
    year "2026" and the ordinal "24th" that equal them), times by hour, quarters and halves by number."""
    if fact.kind == Kind.DATE:
        return _date_keys(fact, "year", "day")
    if fact.kind == Kind.TIME:
        return [("time", fact.hour, fact.minute or 0)]
    if fact.kind in (Kind.QUARTER, Kind.HALF, Kind.SEASON, Kind.NUMBER, Kind.ORDINAL):
        return [(fact.kind, fact.value)]
    return []


def _queries(fact: Fact) -> list[tuple[object, ...]]:
    """The keys under which facts that may equal `fact` are filed (numbers are looked up by value apart)."""
    if fact.kind == Kind.DATE:
        return _date_keys(fact, Kind.NUMBER, Kind.ORDINAL)
    if fact.kind in (Kind.TIME, Kind.QUARTER, Kind.HALF, Kind.SEASON):
        return _keys(fact)
    if fact.kind == Kind.NUMBER:
        return [("year", fact.value)]
    if fact.kind == Kind.ORDINAL:
        return [("day", fact.value)]
    return []


def _date_keys(fact: Fact, year: object, day: object) -> list[tuple[object, ...]]:
    """A date by month and day, and its year and day under the given keys."""
    d = fact.date
    if d is None:
        return [("no date",)]
    keys: list[tuple[object, ...]] = [("date", d.month, d.day)]
    if d.year is not None:
        keys.append((year, d.year))
    if d.day is not None:
        keys.append((day, d.day))
    return keys
