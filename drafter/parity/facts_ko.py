"""Typed facts in Korean text: amounts, counts, percents, ordinals, dates and times.

`extract(paragraph)` returns the facts of one paragraph, sorted by start and non-overlapping, so that
the matcher can compare "43억원" with "4.3 billion KRW" by value (see design.md, "The parity checker").

How it works: recognisers (numbers with what surrounds them, native numerals, Korean and dotted
dates, quarters and halves, times, fractions, weekdays) propose candidate facts; spans that are never
facts (phone numbers, e-mail, URLs, codes such as "KEPS-2", list markers) are blocked; the leftmost,
then longest, candidate wins. A last pass gives a bare "1일" the month written before it.

The recognisers live by topic: numbers and amounts in `facts_ko_amounts`, counts and ordinals in
words in `facts_ko_counts`, dates and times in `facts_ko_dates`, the shared scan in `facts_ko_scan`.
Most patterns are tried only where a digit run starts, which keeps a paragraph well under a millisecond.
"""

from __future__ import annotations

import re

from drafter.parity import facts_ko_amounts as amounts
from drafter.parity import facts_ko_counts as counts
from drafter.parity import facts_ko_dates as dates
from drafter.parity import facts_ko_qualifiers as qualifiers
from drafter.parity.facts import Fact
from drafter.parity.facts_ko_scan import Candidate, Scan

__all__ = ["extract"]

# ---------------------------------------------------------------------------------------------------
# Spans that are never facts
# ---------------------------------------------------------------------------------------------------

# Each pattern starts only where its run of letters starts (a lookbehind), and a domain's labels are as DNS
# allows (63 characters, a dozen of them): tried at every letter of "aaaa…" they would read it again each time.
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()]+")
_DOMAIN = re.compile(
    r"(?<![A-Za-z0-9-])[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10}\.(?:kr|com|net|org|gov|edu|io)(?:/[^\s]*)?"
    r"(?![A-Za-z])"
)
# 042-724-7654, 02)123-4567, (02) 123-4567, +82-42-724-7654, 1588-1234, 0800 555 111, 859-292-3680.
_PHONE = re.compile(
    r"(?<![0-9])(?:\+\s?82[\s.-]?(?:\(0\)\s?)?[1-9][0-9]?[\s.)-]?[0-9]{3,4}[\s.-][0-9]{4}"
    r"|\(?0[1-9][0-9]{0,2}\)?[\s.)-]?[0-9]{3,4}[\s.-][0-9]{4}"
    r"|1[5-9][0-9]{2}-[0-9]{4}|0[0-9]{2,4}[\s-][0-9]{3,4}[\s-][0-9]{3,4}|[0-9]{2,4}-[0-9]{3,4}-[0-9]{4})(?![0-9])"
)
_POSTAL = re.compile(r"(?:\(우\)|우\)|우편번호\s?:?)\s?[0-9]{3}-?[0-9]{2,3}")
_LATIN_CODE = re.compile(r"(?<![A-Za-z])[A-Za-z]+[-_]?[0-9][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*")  # KEPS-2, G20, H5N1
_DIGIT_CODE = re.compile(r"[0-9]+(?P<l>[A-Za-z]+)[A-Za-z0-9-]*")  # 3D, 5G, 10am (but 10km is a unit)
# COVID-19 written in Hangul; 1가구 1주택 (the "one home per household" rule) is a name, not two counts.
_HANGUL_CODE = re.compile(r"코로나\s?19|1\s?(?:가구|세대)\s?[0-9]\s?주택")
# A list marker at the start of a line: "1. ", "2) ", "(3) ", but not "3. 15.(금)", a date.
_LIST_MARKER = re.compile(r"[ \t]*(?:[0-9]{1,2}[.)](?=[ \t])(?![ \t]*[0-9]{1,2}[ \t]?\.)|\([0-9]{1,2}\)(?=[ \t]))")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NEWLINE = re.compile(r"\n")

# ---------------------------------------------------------------------------------------------------
# Reading a paragraph
# ---------------------------------------------------------------------------------------------------


def extract(text: str) -> list[Fact]:
    """Every fact in one paragraph of Korean text, sorted by start, non-overlapping."""
    scan = Scan(text)
    amounts.numbers(scan)
    counts.natives(scan)
    counts.implicit_numbers(scan)
    counts.day_words(scan)
    counts.native_alone(scan)
    counts.sino_numbers(scan)
    dates.korean_dates(scan)
    dates.dotted_dates(scan)
    dates.periods(scan)
    dates.seasons(scan)
    dates.times(scan)
    dates.noon_and_midnight(scan)
    dates.frequencies(scan)
    counts.fractions(scan)
    dates.weekdays(scan)
    return qualifiers.attach(scan.s, dates.month_from_context(_select(scan.candidates, _blocked(scan)), scan.s))


def _blocked(scan: Scan) -> list[tuple[int, int]]:
    """Spans of phone numbers, e-mail, URLs, codes and list markers."""
    s = scan.s
    phone_starts = scan.runs + [p - 1 for p in scan.runs if p > 0 and s[p - 1] in "+("]
    spans = [m.span() for m in scan.matches(_PHONE, phone_starts)]
    line_starts = [0] + ([m.end() for m in _NEWLINE.finditer(s)] if "\n" in s else [])
    spans += [m.span() for m in scan.matches(_LIST_MARKER, line_starts)]
    if "@" in s:
        spans += [m.span() for m in _EMAIL.finditer(s)]
    if "http" in s or "www." in s:
        spans += [m.span() for m in _URL.finditer(s)]
    if "우" in s:
        spans += [m.span() for m in _POSTAL.finditer(s)]
    if "코로나" in s or "주택" in s:
        spans += [m.span() for m in _HANGUL_CODE.finditer(s)]
    if _ASCII_LETTER.search(s):
        spans += [m.span() for m in _DOMAIN.finditer(s) if not _alnum_before(s, m.start())]
        spans += [m.span() for m in _LATIN_CODE.finditer(s) if not _alnum_before(s, m.start())]
        spans += [m.span() for m in scan.matches(_DIGIT_CODE) if m.group("l") not in amounts.LATIN_UNITS]
    return spans


def _alnum_before(s: str, pos: int) -> bool:
    return pos > 0 and ((s[pos - 1].isascii() and s[pos - 1].isalnum()) or s[pos - 1] in "@.")


def _select(candidates: list[Candidate], blocked: list[tuple[int, int]]) -> list[Fact]:
    """Leftmost first, then the longest span, then the higher priority; nothing that touches a block."""
    chosen: list[Fact] = []
    last_end = 0
    for c in sorted(candidates, key=lambda c: (c.fact.start, -c.fact.end, -c.priority)):
        f = c.fact
        if f.start < last_end or f.start == f.end:
            continue
        if any(f.start < b_end and b_start < f.end for b_start, b_end in blocked):
            continue
        chosen.append(f)
        last_end = f.end
    return chosen
