"""Identifiers that a translation copies literally: phone numbers, e-mail, URLs, Latin-script names.

Each is found with its span and a normalised key, so that 042-724-7654, (042) 724-7654 and
+82-42-724-7654 compare equal, and "KOICA와" yields KOICA.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from drafter.contacts import EMAIL, PHONE
from drafter.parity.budget import REMEMBERED


@dataclass(frozen=True)
class Identifier:
    kind: str  # "phone", "email", "url", "name"
    key: str  # normalised: digits with a leading 0 for phones, lower case for e-mail and URLs
    start: int
    end: int
    text: str


# A URL needs a scheme, "www." or a domain ending the reader recognises; "4.3" and "e.g." are not URLs.
_URL = re.compile(
    r"(?:https?://|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?:/[A-Za-z0-9._~%/?#=&+-]*)?"
    r"|\b[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10}\.(?:go\.kr|or\.kr|co\.kr|ac\.kr|re\.kr|kr|com|org|net|int|gov)"
    r"(?![A-Za-z0-9])"
    r"(?:/[A-Za-z0-9._~%/?#=&+-]*)?",
)
# Latin-script words as written in Korean text: acronyms, names, designations (KF-21, G20, 5G, RE100), with
# a decimal after their digits one word (PM2.5, not PM2).
_DECIMAL = r"(?:(?<=[0-9])\.[0-9]+(?![.0-9]))?"
_NAME = re.compile(rf"(?<![A-Za-z0-9])[0-9]*[A-Za-z][A-Za-z0-9]*{_DECIMAL}(?:[-&'][A-Za-z0-9]+)*")


def _phone_key(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if text.lstrip().startswith("+"):
        digits = digits[2:]  # the country code 82
        if not digits.startswith("0"):
            digits = "0" + digits
    return digits


def _url_key(text: str) -> str:
    key = re.sub(r"^https?://", "", text.lower())
    return key.rstrip("/.")


@lru_cache(maxsize=REMEMBERED)
def find(text: str, names: bool = True) -> tuple[Identifier, ...]:
    """Identifiers in `text`, sorted by position; Latin names only when `names` (for the Korean side)."""
    found: list[Identifier] = []
    taken: list[tuple[int, int]] = []  # e-mails, URLs and phones, sorted: names must not fall inside them

    def add(kind: str, m: re.Match[str], key: str) -> None:
        at = bisect.bisect_right(taken, (m.start(), len(text)))  # `taken` is sorted and never overlaps
        if (at and taken[at - 1][1] > m.start()) or (at < len(taken) and taken[at][0] < m.end()):
            return
        if kind != "name":  # names never overlap each other (one finditer), so they need not be kept
            taken.insert(at, (m.start(), m.end()))
        found.append(Identifier(kind, key, m.start(), m.end(), m.group()))

    for m in EMAIL.finditer(text):
        add("email", m, m.group().lower().rstrip("."))
    for m in _URL.finditer(text):
        if not m.group().rstrip(".").replace(".", "").isdigit():
            add("url", m, _url_key(m.group()))
    for m in PHONE.finditer(text):
        add("phone", m, _phone_key(m.group()))
    if names:
        for m in _NAME.finditer(text):
            word = m.group()
            per_unit = text[m.start() - 1 : m.start()] == "/" and word.lower() in _PER_UNITS  # 0.3mg/kg, 15μg/kg
            if len(word) > 1 and not _MEASURE.fullmatch(word) and not per_unit:
                add("name", m, word)
    return tuple(sorted(found, key=lambda i: i.start))


# The functions below read one paragraph each, remembered as the facts are: a whole version is asked
# about paragraph by paragraph, so that after a keystroke only the edited one is read again.
_TEXTS = REMEMBERED
_TOKEN = re.compile(rf"[A-Za-z0-9]+{_DECIMAL}(?:[-&'][A-Za-z0-9]+)*")
_JOINER = re.compile(r"([-&'])")


@dataclass(frozen=True)
class Names:
    """What contains_name reads in a text: its words, its plurals, its dotted abbreviations and the
    initials of its runs of capitalised words."""

    words: frozenset[str]
    plurals: frozenset[str]
    dotted: str
    initials: str


def names_of(texts: Sequence[str]) -> Names:
    """The Names of several paragraphs, from each one's (remembered): after a keystroke only the edited
    paragraph is read again. A name is never looked for across two of them."""
    read = [_names_in(t) for t in texts]
    return Names(
        frozenset().union(*(words for words, _p in read)),
        frozenset().union(*(plurals for _w, plurals in read)),
        "|".join(_dotted_in(t) for t in texts),
        "|".join(_initialisms(t) for t in texts),
    )


def contains_name(text: str | Names, name: str) -> bool:
    """Whether `name` stands in `text` as a word of its own (KOICA in "KOICA's", not in "KOICAS"), in the
    plural (FAQs), with dots (U.N.), spelled out by its initials (AP: the Associated Press; JIT:
    just-in-time), or, for the few acronyms Korean uses as words (TV, SNS), in any wording."""
    if name in _LOANWORDS:
        return True
    names = names_of((text,)) if isinstance(text, str) else text
    if name.lower() in names.words or name.lower() in names.plurals:
        return True
    if not name.isupper() or not name.isalpha():
        return False
    return name in names.dotted or (len(name) <= _INITIALS and name in names.initials)


@lru_cache(maxsize=_TEXTS)
def _names_in(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Every run of letters and digits in `text` that a name can be, in lower case ("kf-21's" gives "kf",
    "kf-21", "kf-21's", "21", "21's" and "s"), and those written with a plural s ("FAQs": "faq"). One
    pass, so that looking up each of a long paragraph's names costs nothing more."""
    found: set[str] = set()
    plurals: set[str] = set()
    for token in set(_TOKEN.findall(text)):  # each distinct token once: news repeats its words
        if token.isalnum():  # one word, the common case
            found.add(token.lower())
            if len(token) > 1 and token.endswith("s"):
                plurals.add(token[:-1].lower())
            continue
        pieces = _JOINER.split(token)  # words and the joiners between them: ["KF", "-", "21", "'", "s"]
        for i in range(0, len(pieces), 2):
            for j in range(i, min(len(pieces), i + 16), 2):
                run = "".join(pieces[i : j + 1])
                found.add(run.lower())
                if len(run) > 1 and run.endswith("s"):
                    plurals.add(run[:-1].lower())
    return frozenset(found), frozenset(plurals)


_INITIALS = 8  # the longest acronym looked for in the initials of a name
_DOTTED = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]\.)+")


@lru_cache(maxsize=_TEXTS)
def _dotted_in(text: str) -> str:
    """The letters of every abbreviation written with dots in `text` ("U.N." and "U.S.A." give "UN|USA"), so
    that a name is looked for in them at once instead of by a pattern of its own over the whole text."""
    return "|".join(m.group().replace(".", "") for m in _DOTTED.finditer(text))


# Measures written in Latin letters after digits (300km, 85mph, 36bn, 2GW, 500TEU): facts, compared by value.
_MEASURE = re.compile(r"[0-9][0-9,.]*(?:[a-z]{1,3}|[kKMGT]Wh?|TEU)")
_PER_UNITS = frozenset({"kg", "g", "l", "ml", "m3", "km", "h"})  # what a measure is per: mg/kg, km/h
# Acronyms Korean uses as common words, which English writes out in many ways.
_LOANWORDS = frozenset({"TV", "SNS", "PC", "CCTV", "OTT"})
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "&"})
# A run of capitalised words, with small words between them (Board of Audit and Inspection), or a
# hyphenated compound (just-in-time).
_NAME_WORD = r"(?:[A-Z][A-Za-z]*|(?<![a-z])[a-z]+(?:-[a-z]+)+)"  # (a compound from the start of its word only)
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)*{_NAME_WORD})*")


@lru_cache(maxsize=_TEXTS)
def _initialisms(text: str) -> str:
    """The initials of each run of words of a name, "|" between runs: "the Associated Press" gives "AP"; an
    acronym of up to eight letters found in them is spelled out (AP, A and P)."""
    runs = []
    for m in _NAME_RUN.finditer(text):
        words = [w for token in m.group().split() if token not in _SMALL_WORDS for w in token.split("-")]
        runs.append("".join(w[0].upper() for w in words))
    return "|".join(runs)
