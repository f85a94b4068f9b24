"""What the memory keeps from a release: Korean→English pairs of paragraphs, lines and sentences.

A release's units (title, subtitle lines, aligned body paragraphs, notes, footnotes, contact) come
from the checker's alignment. Within an aligned paragraph pair the sentences are paired only where
that is safe: the same number of sentences, or 1–1 pairs of the sentence alignment, and only when
the two sentences state the same facts, so that a wrong pair never comes back as a suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from drafter.model import Release
from drafter.parity.facts import Fact
from drafter.sentences import sentences

if TYPE_CHECKING:
    from drafter.parity.units import Part


@dataclass(frozen=True)
class Segment:
    """One pair to remember: its kind ("paragraph", "sentence", "title", "subtitle", "note", "contact")."""

    kind: str
    ko: str
    en: str
    approved: bool = False


def _weak(fact: Fact) -> bool:
    """Facts a faithful translation may leave out ("전년", "한 명"): not required on the other side."""
    worded = not any(ch.isdigit() for ch in fact.text)
    return worded and (fact.value == 1 or (fact.date is not None and not (fact.date.month or fact.date.day)))


def facts_agree(ko: str, en: str) -> bool:
    """Every figure, date and count of each side is stated on the other (the checker's equality)."""
    from drafter.parity.compare import equal
    from drafter.parity.extract import facts_of

    ko_facts, en_facts = list(facts_of(ko, "ko")), list(facts_of(en, "en"))
    left = list(en_facts)
    for k in ko_facts:
        e = next((e for e in left if equal(k, e)), None)
        if e is not None:
            left.remove(e)
        elif not _weak(k):
            return False
    return all(_weak(e) or any(equal(k, e) for k in ko_facts) for e in left)


def sentence_pairs(ko: str, en: str) -> list[tuple[str, str]]:
    """The sentence pairs of one aligned paragraph pair that are safe to remember (none for one sentence)."""
    ko_s, en_s = sentences(ko, "ko"), sentences(en, "en")
    if len(ko_s) < 2 and len(en_s) < 2:
        return []
    if len(ko_s) == len(en_s):
        candidates = list(zip(ko_s, en_s, strict=True))
    else:
        from drafter.parity.align import align

        candidates = [(ko_s[p.ko[0]], en_s[p.en[0]]) for p in align(ko_s, en_s) if len(p.ko) == len(p.en) == 1]
    return [(k, e) for k, e in candidates if _plausible(k, e) and facts_agree(k, e)]


def _plausible(ko: str, en: str) -> bool:
    """English runs about 2–3.5 times as long as Korean in characters; far outside that, a pair is suspect."""
    ratio = len(en) / max(len(ko), 1)
    return 0.8 <= ratio <= 6


def segments(release: Release) -> list[Segment]:
    """Every pair worth remembering in a release with both versions (approved pairs marked)."""
    from drafter.parity.align import align
    from drafter.parity.review import is_approved
    from drafter.parity.units import build_units

    pairs = align([p.text for p in release.ko.body], [p.text for p in release.en.body])
    found: list[Segment] = []
    for unit in build_units(release, pairs):
        if not unit.ko or not unit.en:
            continue
        approved = is_approved(release.review, unit)
        if unit.field == "body":
            ko, en = unit.text("ko"), unit.text("en")
            if len(unit.ko) == len(unit.en) == 1:
                found.append(Segment("paragraph", ko, en, approved))
                found.extend(Segment("sentence", k, e, approved) for k, e in sentence_pairs(ko, en))
            continue
        kind = {"title": "title", "subtitle": "subtitle", "contact": "contact"}.get(unit.field, "note")
        ko_lines, en_lines = _lines(unit.ko), _lines(unit.en)  # the contact: a person or a department a line
        if len(ko_lines) == len(en_lines):  # lines and notes one by one; in a different number, not at all
            found.extend(Segment(kind, k, e, approved) for k, e in zip(ko_lines, en_lines, strict=True))
    return [s for s in found if s.ko.strip() and s.en.strip() and s.ko != s.en]


def _lines(parts: tuple[Part, ...]) -> list[str]:
    return [line for part in parts for line in part.text.split("\n") if line.strip()]
