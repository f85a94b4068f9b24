"""Shared by the Korean and English extractor tests: find a fact by its excerpt and check its number."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from drafter.parity.facts import Fact, Kind, Qualifier


def fact_in(extract: Callable[[str], list[Fact]], text: str, excerpt: str) -> Fact:
    """The fact whose excerpt is exactly `excerpt`, checked to sit where the excerpt is in the text."""
    facts = extract(text)
    found = [f for f in facts if f.text == excerpt]
    assert found, f"no fact {excerpt!r} in {text!r}; got {[f.text for f in facts]}"
    f = found[0]
    assert f.start == text.index(excerpt) and f.end == f.start + len(excerpt)
    assert text[f.start : f.end] == f.text
    return f


def check_number(f: Fact, kind: Kind, value: str, precision: str, unit: str, qualifier: Qualifier) -> None:
    assert f.kind is kind
    assert f.value == Decimal(value), f.value
    assert f.precision == Decimal(precision), f.precision
    assert f.unit == unit
    assert f.qualifier is qualifier
