"""How a Korean text is looked up: its form with the facts taken out (the skeleton), and its n-grams.

"수출액은 43억원으로 15% 늘었다" and "수출액은 51억원으로 18% 늘었다" share one skeleton
("수출액은 ▯으로 ▯ 늘었다"): a stored pair with the same skeleton differs only in facts the
checker understands and can be adapted. The n-grams (character bigrams within words, over the
skeleton) find similar texts for the fuzzy matches without reading the whole memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SLOT = "\ue000"  # stands for one fact in a skeleton (a private-use character: never in real text)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Slot:
    """A changeable part of a Korean text: a fact (amount, date …) or a phone number, with its span."""

    start: int
    end: int
    text: str
    kind: str  # the fact's kind, or "phone"


@lru_cache(maxsize=4096)
def slots(text: str) -> tuple[Slot, ...]:
    """The facts and phone numbers of a Korean text, in order, not overlapping."""
    from drafter.parity.extract import facts_of
    from drafter.parity.identifiers import find

    found = [Slot(f.start, f.end, f.text, f.kind.value) for f in facts_of(text, "ko")]
    for ident in find(text, names=False):
        if ident.kind == "phone" and not any(s.start < ident.end and ident.start < s.end for s in found):
            found.append(Slot(ident.start, ident.end, ident.text, "phone"))
    return tuple(sorted(found, key=lambda s: s.start))


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=4096)
def skeleton(text: str) -> str:
    """The text with each fact replaced by SLOT and spaces normalised."""
    parts, at = [], 0
    for s in slots(text):
        parts.append(text[at : s.start])
        parts.append(SLOT)
        at = s.end
    parts.append(text[at:])
    return normalise("".join(parts))


def grams(skeleton_text: str) -> set[str]:
    """Character bigrams inside each word (a one-character word is its own gram)."""
    found = set()
    for word in skeleton_text.split():
        word = word.strip(".,;:!?\"'“”‘’()[]")
        if len(word) == 1:
            found.add(word)
        found.update(word[i : i + 2] for i in range(len(word) - 1))
    return found
