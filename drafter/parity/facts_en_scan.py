"""What the English extractor modules share: the scanning machinery and the number words.

`_Claims` (characters already used by a fact or a non-fact), `_Index` (where words and digit runs
start, so that each pattern is tried only where it can start), `_scan` and `_take_longest`; the
words for numbers ("fourteen", "million"), stopwords and qualifiers. See `facts_en` for the conventions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

from drafter.parity.facts import Fact, Kind


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so that "sixteen" is not read as "six"."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_WORD_RE = re.compile(r"[A-Za-z]+")
_DIGIT_RUN_RE = re.compile(r"[0-9]+")


def _fact(text: str, kind: Kind, start: int, end: int, **fields: object) -> Fact:
    return Fact(kind=kind, start=start, end=end, text=text[start:end], **fields)  # type: ignore[arg-type]


def _group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


class _Claims:
    """Characters already used by a fact or by a non-fact (a phone number, a code …)."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def release(self, start: int, end: int) -> None:
        self._mask[start:end] = bytes(end - start)

    def block(self, spans: Iterable[tuple[int, int]]) -> None:
        for start, end in spans:
            if self.free(start, end):
                self.take(start, end)


class _Index:
    """Where the words (lower-cased) and the digit runs of the paragraph start.

    Running every pattern over the whole paragraph is slow; trying each only where it
    can start (at a month name, at a digit) is several times faster.
    """

    def __init__(self, text: str) -> None:
        self.words: dict[str, list[int]] = {}
        for m in _WORD_RE.finditer(text):
            self.words.setdefault(m.group().lower(), []).append(m.start())
        self.digits = [m.start() for m in _DIGIT_RUN_RE.finditer(text)]

    def has(self, words: frozenset[str]) -> bool:
        return not words.isdisjoint(self.words)

    def at(self, words: frozenset[str]) -> list[int]:
        found = words.intersection(self.words)
        return sorted(p for w in found for p in self.words[w])


def _scan(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """Like finditer, but trying the regex only at the given (sorted) positions."""
    end = -1
    for p in starts:
        if p >= end:
            m = regex.match(text, p)
            if m:
                end = m.end()
                yield m


def _take_longest(facts: list[Fact], claims: _Claims) -> list[Fact]:
    """Keep the longest candidates that overlap neither each other nor anything claimed before."""
    kept = []
    for fact in sorted(facts, key=lambda f: (f.start - f.end, f.start)):
        if claims.free(fact.start, fact.end):
            claims.take(fact.start, fact.end)
            kept.append(fact)
    return sorted(kept, key=lambda f: f.start)


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SMALL = {**_UNITS, **_TEENS, **_TENS}
_NUMBER_WORDS = frozenset({*_SMALL, "hundred", "dozen", *_SCALES})
_CURRENCY_CODES = {"KRW", "USD", "EUR", "JPY", "CNY", "GBP", "RMB", "HKD", "AUD", "CAD", "SGD"}
# Words that end the search for the noun after a number: "14 of the", "3 were", "5 said".
_STOPWORDS = frozenset(
    """a an the of to in on at for with by from into onto upon about above below over under between among
    across through during after before since until till against within without per via than as and or but
    nor so yet if because while when where whereas whether which who whom whose what that this these those
    there here then now it its he him his she her hers they them their we us our you your i me my one ones
    is are was were be been being am has have had having do does did done will would shall should can could
    may might must not no also only just even still all both each every either neither any some such most
    less fewer least up down out off back again too very ago later earlier apiece alone respectively said
    says say told tell according another away instead together ahead behind including compared versus vs
    plus minus yesterday today tomorrow tonight around approximately almost nearly roughly percent times
    last next thereafter overall old go goes went gone come comes came get gets got make makes made take takes
    took remain remains remained die dies died voted enter enters entered stay stays stayed""".split()
)
_QUAL_BEFORE_RE = re.compile(
    r"\b(?P<q>(?:just\s+|well\s+|slightly\s+|a\s+little\s+)?(?:no\s+more\s+than|not\s+more\s+than|more\s+than"
    r"|greater\s+than|over|above|at\s+least|upwards\s+of|in\s+excess\s+of|exceeding|less\s+than|fewer\s+than"
    r"|under|below|up\s+to|at\s+most|as\s+many\s+as|as\s+much\s+as|about|around|approximately|approx\.|roughly"
    r"|some|nearly|almost|close\s+to|an\s+estimated|estimated|circa|(?:up\s+to\s+)?a\s+maximum\s+of|a\s+minimum\s+of"
    r"|no\s+(?:fewer|less)\s+than|not\s+less\s+than|within))\s+$",
    re.I,
)
_ONE = Decimal(1)
