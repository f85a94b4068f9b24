"""The machinery every Korean extractor module shares: the paragraph being read (`Scan`), its
candidate facts, and the small tables of separators, particles and relative years.

Input is expected in NFC (the editor normalises it). Full-width digits and signs are read as ASCII
in a folded copy of the same length, so that spans found in it index the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from drafter.parity.facts import Fact, Kind

# Same-length replacements, so that spans found in the folded copy index the original text.
_FOLD = str.maketrans("０１２３４５６７８９％，．～：－（）＄", "0123456789%,.~:-()$")
_FULL_WIDTH = re.compile("[０-９％，．～：－（）＄]")

SEP = r"[~∼〜\-–—]"  # range separators between two numbers, dates or times
WEEKDAYS = "월화수목금토일"  # Monday (0) … Sunday (6)

# What may follow a counter: a particle, a qualifier, or anything that is not Hangul. Counters such as
# 대, 번, 채 also start common words (대학, 번호, 채널); the check keeps "3대학" from being 3 vehicles.
PARTICLE_HEAD = "이가을를의은는에도만씩과와로으며까부보뿐께당쯤짜씨였인엔여대라란나야들밖마입"
TAIL_OK = rf"(?=[^가-힣]|$|[{PARTICLE_HEAD}]|정도|내외|안팎|미만|초과|남짓|넘|동안)"

_RUN_START = re.compile(r"(?<![0-9])[0-9]")


@dataclass(frozen=True)
class Candidate:
    fact: Fact
    priority: int  # breaks ties between candidates with the same span: dates over bare numbers


PRIO_NUMBER, PRIO_DATE = 1, 2


class Scan:
    """One paragraph being read: the original text (for spans), a folded copy (for matching), candidates."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.s = text.translate(_FOLD) if _FULL_WIDTH.search(text) else text
        self.runs = [m.start() for m in _RUN_START.finditer(self.s)]  # where digit runs start
        self.candidates: list[Candidate] = []

    def fact(self, kind: Kind, start: int, end: int, priority: int = PRIO_NUMBER, **fields: object) -> Fact:
        fact = self.sub(kind, start, end, **fields)
        self.candidates.append(Candidate(fact, priority))
        return fact

    def sub(self, kind: Kind, start: int, end: int, **fields: object) -> Fact:
        """A fact that is part of another (the upper bound of a range), not a candidate itself."""
        return Fact(kind, start, end, self.text[start:end], **fields)  # type: ignore[arg-type]

    def matches(self, pattern: re.Pattern[str], positions: list[int] | None = None) -> list[re.Match[str]]:
        """pattern tried at each digit run (or at the given positions)."""
        found = (pattern.match(self.s, p) for p in (self.runs if positions is None else positions))
        return [m for m in found if m is not None]


def hangul_before(s: str, pos: int) -> bool:
    return pos > 0 and "가" <= s[pos - 1] <= "힣"


def clean(d: Decimal) -> Decimal:
    """43E+8 → 4300000000, 0.10 → 0.1: the same value, printed plainly (huge values stay as they are)."""
    if d == d.to_integral_value() and d.adjusted() < 25:
        return d.quantize(Decimal(1))
    return d.normalize()
