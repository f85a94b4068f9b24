"""The pieces of the two versions that are compared with each other, built from the alignment.

A unit is one field's counterpart pair: title with title, the subtitle lines with the subtitle
lines, each aligned body-paragraph pair, the notes of that pair, the footnotes, the contact.
Each side is a list of parts (index within the field, text), so that a finding can point at the
exact paragraph, line or note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from drafter.model import Details, Release, Term, Version
from drafter.parity.align import Pair
from drafter.parity.findings import ATTACHMENT_INDEX, DETAIL_INDEX, Location

if TYPE_CHECKING:
    from drafter.parity.glossary import Glossary
    from drafter.parity.plain_words import PlainWord


@dataclass(frozen=True)
class Part:
    index: int  # Location.paragraph: body paragraph, subtitle line, note (counted across the version)
    text: str


def span(part: Part, start: int, end: int) -> Location:
    """Exact words of a part."""
    return Location(part.index, start, end, part.text[start:end])


def whole(part: Part) -> Location:
    return span(part, 0, len(part.text))


def counterpart(parts: tuple[Part, ...] | list[Part]) -> Location | None:
    """Where something missing should be: the whole (first) counterpart paragraph, not exact."""
    return replace(whole(parts[0]), exact=False) if parts else None


def gap(index: int) -> Location:
    """The place where something is missing: an empty span before paragraph `index`."""
    return Location(index, 0, 0, "", exact=False)


@dataclass(frozen=True)
class Unit:
    field: str
    ko: tuple[Part, ...]
    en: tuple[Part, ...]

    def side(self, lang: str) -> tuple[Part, ...]:
        return self.ko if lang == "ko" else self.en

    def text(self, lang: str) -> str:
        """The side's parts as one text (a merged or split pair joins its paragraphs)."""
        return "\n\n".join(p.text for p in self.side(lang))


@dataclass(frozen=True)
class Context:
    """What every rule gets: the release, its body-paragraph alignment, the units built from it, the glossary."""

    release: Release
    pairs: list[Pair]
    units: list[Unit]
    glossary: Glossary
    plain_words: tuple[PlainWord, ...] | None = ()  # the user's plain-Korean words; None: not checked

    @classmethod
    def of(
        cls, release: Release, user_terms: tuple[Term, ...] = (), plain_words: tuple[PlainWord, ...] | None = ()
    ) -> Context:
        """`user_terms`: the user's own glossary, under the release's and over the built-in one;
        `plain_words`: the user's plain-Korean words over the built-in lists, None to leave plain Korean unchecked."""
        from drafter.parity.align import align_body
        from drafter.parity.glossary import layered  # read on the first check, not at start-up

        pairs = align_body(release.ko.body, release.en.body)
        glossary = layered(user_terms, release.review.glossary, day=release.meta.release_date)
        return cls(release, pairs, build_units(release, pairs), glossary, plain_words)

    @property
    def body_units(self) -> list[Unit]:
        """One unit per aligned body pair, in the order of `pairs`."""
        return [u for u in self.units if u.field == "body"]

    @property
    def comparable(self) -> list[Unit]:
        """Units with text on both sides (one-sided ones are reported as empty or missing)."""
        return [u for u in self.units if u.ko and u.en]


def note_parts(version: Version) -> list[list[Part]]:
    """Per body paragraph, its notes as parts numbered across the whole version."""
    result, n = [], 0
    for paragraph in version.body:
        result.append([Part(n + i, note.text) for i, note in enumerate(paragraph.notes)])
        n += len(paragraph.notes)
    return result


def build_units(release: Release, pairs: list[Pair]) -> list[Unit]:
    ko, en = release.ko, release.en
    units = [
        Unit("title", _single(ko.title), _single(en.title)),
        Unit("subtitle", _lines(ko.subtitle), _lines(en.subtitle)),
    ]
    ko_notes, en_notes = note_parts(ko), note_parts(en)
    for pair in pairs:
        units.append(
            Unit(
                "body",
                tuple(Part(i, ko.body[i].text) for i in pair.ko),
                tuple(Part(j, en.body[j].text) for j in pair.en),
            )
        )
        notes = Unit(
            "notes", tuple(p for i in pair.ko for p in ko_notes[i]), tuple(p for j in pair.en for p in en_notes[j])
        )
        if (notes.ko or notes.en) and not pair.optional:
            units.append(notes)
    units.append(Unit("footnotes", _lines([n.text for n in ko.footnotes]), _lines([n.text for n in en.footnotes])))
    units.append(Unit("contact", _single(ko.contact), _single(en.contact)))
    units.append(Unit("details", detail_parts(ko.details), detail_parts(en.details)))
    return [u for u in units if u.ko or u.en]


def detail_parts(details: Details) -> tuple[Part, ...]:
    parts = [Part(i, getattr(details, name)) for name, i in DETAIL_INDEX.items() if getattr(details, name)]
    # "… 1부." says how many copies are attached, which English does not write: not a fact to compare.
    attachments = [_without_copies(t) for t in details.attachments]
    return tuple(parts + [Part(ATTACHMENT_INDEX + i, t) for i, t in enumerate(attachments) if t])


_COPIES = re.compile(r"(?<!\d)\d+\s*부\.?$")  # from the start of the number only: linear in "0000…"


def _without_copies(text: str) -> str:
    m = _COPIES.search(text)
    return text[: m.start()].rstrip() + text[m.end() :] if m else text


def _single(text: str) -> tuple[Part, ...]:
    return (Part(0, text),) if text else ()


def _lines(lines: list[str]) -> tuple[Part, ...]:
    return tuple(Part(i, t) for i, t in enumerate(lines) if t)
