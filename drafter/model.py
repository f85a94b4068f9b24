"""The release as plain data: metadata and a Korean and an English version of the template.

No Qt here. The model normalises what it is given once, when a field is set (on construction and on
every later assignment), so that readers, writers and the window never strip or re-derive again:

- every string is NFC-normalised, so Hangul typed or pasted in decomposed form (NFD, as macOS file
  names and some web pages give it) compares equal, and loses its control characters (all but tab and
  line feed): they mean nothing in a release, no document format can hold them, and printed to a
  terminal they are commands;
- the contact is its lines, one per person or department, each without the "* 문의:" / "Contact:" typed
  before it, none blank; the attachments are their titles, without "붙임 1." / "Attachment:";
- a paragraph's level is the truth about its place in the hierarchy: its bullet is the level's symbol
  as written (□, ㅇ or ○ …) or a mark that is no level's (1., 가.), never a symbol of another level, and
  a plain paragraph has none. What the documents print before it, by language and house style, is
  `Paragraph.symbol`.

A list changed in place (`append`) is not seen: assign a new one (`+=` does).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache
from typing import Any

from drafter.labels import strip_attachment_label, strip_label

LANGUAGES = ("ko", "en")
NOTE_MARKERS = ("※", "**", "*")  # longest first where one is a prefix of another


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# Where a run of combining marks may be: anything but ASCII, Latin letters with their accents composed, and
# Hangul syllables, 31 characters in a row.
_MAYBE_MARKS = re.compile("[^\x00-\u02ff\uac00-\ud7a3]{31,}")
_MOST_MARKS = 30  # UAX #15's Stream-Safe Text Format: at most 30 combining marks in a row
_GRAPHEME_JOINER = "\u034f"  # combines with nothing, and starts a new run


def nfc(text: str) -> str:
    """`text` in NFC, without control characters (tab and line feed stay).

    In linear time: Python puts combining marks in order one by one, so that a run of thousands of them
    ("a" and 80,000 accents) takes minutes. As UAX #15's Stream-Safe Text Format says, such a run gets a
    COMBINING GRAPHEME JOINER after every 30 marks first; no real text has runs that long."""
    if _CONTROLS.search(text):
        text = _CONTROLS.sub("", text)
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", _MAYBE_MARKS.sub(_stream_safe, text))


def _stream_safe(run: re.Match[str]) -> str:
    out, marks = [], 0
    for char in run.group():
        marks = marks + 1 if unicodedata.combining(char) else 0
        if marks > _MOST_MARKS:
            out.append(_GRAPHEME_JOINER)
            marks = 1
        out.append(char)
    return "".join(out)


class _Normalised:
    """Normalise every str and list-of-str field to NFC, and each class's fields by its `_tidy`, whenever
    a field is set (a frozen class's fields once, after construction)."""

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, self._tidy(name, _nfc(value)))

    def __post_init__(self) -> None:
        if type(self).__dataclass_params__.frozen:  # its fields are set past __setattr__
            for name in _field_names(type(self)):
                object.__setattr__(self, name, self._tidy(name, _nfc(getattr(self, name))))

    def _tidy(self, name: str, value: Any) -> Any:
        """`value` as field `name` keeps it (after NFC)."""
        return value


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return type(value)(nfc(v) for v in value)
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@dataclass
class Note(_Normalised):
    """A line explaining a term of its paragraph (or of the release, as a footnote)."""

    text: str
    marker: str = "*"  # "*", "**" or "※"


# The item-style hierarchy of Korean releases (개조식): level 1 □, level 2 ㅇ (or ○, ◦), level 3 -.
LEVELS = (0, 1, 2, 3)  # 0: a plain paragraph (문단식)
LEVEL_SYMBOLS = {1: "□", 2: "ㅇ", 3: "-"}
# The spaces before a level's symbol, as the rules for administrative documents set them (release-layout.md):
# □ none, ㅇ one, - three (two would put a half-wide "-" item's text under a ㅇ item's). Documents, the text
# export and the editors all indent by it.
SPACES_BEFORE = {1: 0, 2: 1, 3: 3}
ENGLISH_SYMBOLS = {2: "•", 3: "–"}  # English releases write plain paragraphs, and bullets below them
_SYMBOL_LEVELS = {"□": 1, "■": 1, "ㅇ": 2, "○": 2, "◦": 2, "o": 2, "●": 2, "-": 3, "–": 3, "·": 3, "•": 2}
STANDARD_SYMBOLS = frozenset(_SYMBOL_LEVELS)  # the symbols of the levels (numbers such as "1." are not)


def level_of(bullet: str) -> int:
    """The level a symbol written before a paragraph stands for: □ 1, ㅇ ○ ◦ o 2, - 3; numbers ("1.", "Ⅰ.") 1."""
    if bullet in _SYMBOL_LEVELS:
        return _SYMBOL_LEVELS[bullet]
    return 1 if bullet else 0


@dataclass
class Paragraph(_Normalised):
    text: str
    notes: list[Note] = field(default_factory=list)
    bullet: str = ""  # the level's symbol as written ("□", "○", "-"), or a mark ("1.", "가."); "" for none
    level: int = -1  # 0 plain, 1–3 the item levels; -1 (not given): the bullet's level

    def __post_init__(self) -> None:
        self._settle(self.level if self.level in LEVELS else level_of(self.bullet))

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if "level" not in self.__dict__:  # being constructed: __post_init__ settles the two
            return
        if name == "level":
            self._settle(value if value in LEVELS else level_of(self.bullet))
        elif name == "bullet":  # a level's symbol sets the level; a mark makes an item of a plain paragraph
            self._settle(level_of(value) if value in STANDARD_SYMBOLS or not value else max(self.level, 1))

    def _settle(self, level: int) -> None:
        """The level `level`, and the bullet made to agree with it: none for a plain paragraph, the level's
        standard symbol where it has none or another level's."""
        bullet = self.bullet
        if level == 0:
            bullet = ""
        elif not bullet or (bullet in STANDARD_SYMBOLS and level_of(bullet) != level):
            bullet = LEVEL_SYMBOLS[level]
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "bullet", bullet)

    def symbol(self, lang: str, symbols: Mapping[int, str]) -> str:
        """What the documents print before the paragraph: a level's symbol becomes, in Korean, the house
        style's `symbols` for the level (as written where the style has none), in English • or – below
        plain paragraphs and none at level 1 (a □ item is a plain paragraph in English); numbers ("1.") and
        other marks stay as written."""
        if self.bullet not in STANDARD_SYMBOLS:
            return self.bullet
        if lang == "ko":
            return symbols.get(self.level, self.bullet)
        return ENGLISH_SYMBOLS.get(self.level, "")


DETAIL_LINES = ("organisation", "embargo", "dateline")  # the details of one line each (attachments: a list)


@dataclass
class Details(_Normalised):
    """What a document prints around the text, in one language: each version has its own."""

    organisation: str = ""  # 조달청 / Public Procurement Service
    embargo: str = ""  # 보도시점: "2026. 11. 24.(화) 조간" / "12:00 KST, November 24, 2026"; "": immediate
    dateline: str = ""  # before the first paragraph, as English releases write it: "DAEJEON, Nov. 24 (PPS) –"
    attachments: list[str] = field(default_factory=list)  # titles, without "붙임 1." / "Attachment 1.", none empty

    def _tidy(self, name: str, value: Any) -> Any:
        if name == "attachments":
            return [t for t in (strip_attachment_label(a) for a in value) if t]
        return value

    def is_empty(self) -> bool:
        return not (self.organisation or self.embargo or self.dateline or self.attachments)


@dataclass
class Version(_Normalised):
    """One language's text of the release, in the fields of the template, and the details it prints."""

    title: str = ""
    subtitle: list[str] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)
    footnotes: list[Note] = field(default_factory=list)
    contact: str = ""  # one line per person or department, without "* 문의:" / "Contact:" (drafter.contacts)
    details: Details = field(default_factory=Details)

    def _tidy(self, name: str, value: Any) -> Any:
        if name == "contact":  # its lines, each without a label typed before it, none blank
            return "\n".join(line for line in (strip_label(raw).strip() for raw in value.split("\n")) if line)
        return value

    def is_empty(self) -> bool:
        """No text (details alone do not make a version)."""
        return not (self.title or self.subtitle or self.body or self.footnotes or self.contact)


@dataclass
class Meta(_Normalised):
    release_date: date | None = None  # the distribution date (배포)
    style: str = ""  # the house style's name (drafter.styles); "": the generic government style


@dataclass(frozen=True)
class Term(_Normalised):
    """A glossary entry: a Korean name or term and its accepted English renderings."""

    ko: str
    en: tuple[str, ...]  # accepted renderings, the official one first
    acronym: str = ""
    note: str = ""

    @property
    def is_name(self) -> bool:
        """A name or title, which a translation must carry; general vocabulary ("term") may be paraphrased."""
        return not self.note.lower().startswith("term")

    @property
    def expansion(self) -> str:
        """The full English name an acronym stands for (the first rendering that is not the acronym)."""
        return next((r for r in self.en if r != self.acronym), "")


@dataclass(frozen=True)
class Source(_Normalised):
    """The Korean text an English passage was written from: stale if the Korean differs from it now."""

    field: str  # the unit's field: "title", "body", "notes" …
    en: str  # fingerprint of the English text of the unit
    ko: str  # the Korean text when that English was last edited, approved or imported with it


@dataclass(frozen=True)
class Accepted(_Normalised):
    """A finding the reviewer accepted, by its fingerprint (it comes back when its text changes)."""

    fingerprint: str
    reason: str
    rule: str = ""
    accepted_on: str = ""  # ISO date


@dataclass
class Review:
    """The reviewer's work on a release, kept in the release file."""

    glossary: list[Term] = field(default_factory=list)  # this release's terms, before the user's and built-in
    sources: list[Source] = field(default_factory=list)
    approved: list[str] = field(default_factory=list)  # fingerprints of approved (Korean, English) pairs
    accepted: list[Accepted] = field(default_factory=list)
    plain_korean: bool = True  # check this release's Korean for plain Korean (drafter.parity.plain)


@dataclass
class Release:
    meta: Meta = field(default_factory=Meta)
    ko: Version = field(default_factory=Version)
    en: Version = field(default_factory=Version)
    review: Review = field(default_factory=Review)

    def version(self, lang: str) -> Version:
        return self.ko if lang == "ko" else self.en
