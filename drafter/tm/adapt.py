"""A stored English adapted to a new Korean that differs from the stored Korean only in its facts.

Each changed Korean fact (amount, count, percent, date, year, ordinal, time, phone number) is
found in the stored English by the checker's own equality ("43억원" is "KRW 4.3 billion") and
written again in that English's style (render.py). The result must pass the checker against the
new Korean; otherwise there is no adaptation and the suggestion is shown as it was stored.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.parity.facts import Fact
from drafter.parity.findings import Finding, Severity
from drafter.tm.keys import skeleton, slots
from drafter.tm.render import rewrite

# Findings that say an English does not state what its Korean states: an adaptation must have none.
_BLOCKING = ("fact-", "identifier-", "weekday", "person-name", "hangul-in-english", "name-missing")


@dataclass(frozen=True)
class Adapted:
    text: str
    changed: tuple[tuple[int, int], ...]  # spans of `text` that were written again


def flagged(ko: str, en: str) -> list[Finding]:
    """What the checker says against `en` as the translation of `ko` that would make it wrong."""
    return list(_flagged(ko, en))


@lru_cache(maxsize=1024)
def _flagged(ko: str, en: str) -> tuple[Finding, ...]:
    from drafter.model import Paragraph, Release, Version
    from drafter.parity import check

    release = Release(ko=Version(body=[Paragraph(ko)]), en=Version(body=[Paragraph(en)]))
    return tuple(f for f in check(release) if f.severity == Severity.ERROR or f.rule.startswith(_BLOCKING))


def adapt(stored_ko: str, stored_en: str, current_ko: str, year_hint: int | None = None) -> Adapted | None:
    """`stored_en` rewritten for `current_ko`, or None when the two Korean texts differ in more than facts,
    a changed fact cannot be found in or written into the English, or the result fails the check."""
    if stored_ko == current_ko:
        return Adapted(stored_en, ())
    if skeleton(stored_ko) != skeleton(current_ko):
        return None
    return _adapt(stored_ko, stored_en, current_ko, year_hint)


@lru_cache(maxsize=2048)
def _adapt(stored_ko: str, stored_en: str, current_ko: str, year_hint: int | None) -> Adapted | None:
    from drafter.parity.compare import equal, facts_of

    old_facts = {(f.start, f.end): f for f in facts_of(stored_ko, "ko")}
    new_facts = {(f.start, f.end): f for f in facts_of(current_ko, "ko")}
    en_facts = list(facts_of(stored_en, "en"))
    # Each Korean fact to the English fact that states it, in order: "15%에서 18%로" → "from 15 to 18 percent".
    stated: dict[tuple[int, int], Fact] = {}
    for span, fact in old_facts.items():
        e = next((e for e in en_facts if equal(fact, e) and all(e is not u for u in stated.values())), None)
        if e is not None:
            stated[span] = e
    edits: list[tuple[int, int, str]] = []
    for old, new in zip(slots(stored_ko), slots(current_ko), strict=True):
        if old.text == new.text:
            continue
        if old.kind != new.kind:
            return None
        if old.kind == "phone":
            edit = _phone(stored_en, old.text, new.text)
        else:
            en = stated.get((old.start, old.end))
            if en is None:
                return None
            written = rewrite(en, old_facts[(old.start, old.end)], new_facts[(new.start, new.end)], year_hint)
            edit = None if written is None else (en.start, en.end, written)
        if edit is None:
            return None
        edits.append(edit)
    text, changed = _apply(stored_en, edits)
    if text is None or flagged(current_ko, text):
        return None
    return Adapted(text, changed)


def _apply(text: str, edits: list[tuple[int, int, str]]) -> tuple[str | None, tuple[tuple[int, int], ...]]:
    """Replace the spans; the spans of the new words in the result (None if two edits overlap)."""
    edits = sorted(edits)
    if any(a[1] > b[0] for a, b in itertools.pairwise(edits)):
        return None, ()
    out, changed, at, shift = [], [], 0, 0
    for start, end, new in edits:
        out.append(text[at:start])
        out.append(new)
        changed.append((start + shift, start + shift + len(new)))
        shift += len(new) - (end - start)
        at = end
    out.append(text[at:])
    return "".join(out), tuple(changed)


def _phone(en: str, old: str, new: str) -> tuple[int, int, str] | None:
    """The English's copy of the old phone number, with the new number's digits in its layout."""
    from drafter.parity.identifiers import find

    old_groups, new_groups = re.findall(r"\d+", old), re.findall(r"\d+", new)
    if len(old_groups) != len(new_groups):
        return None
    for ident in find(en, names=False):
        if ident.kind != "phone":
            continue
        groups = re.findall(r"\d+", ident.text)
        if groups == old_groups:
            replacement = new_groups
        elif groups[:1] == ["82"] and groups[1:] == [old_groups[0].lstrip("0"), *old_groups[1:]]:
            replacement = ["82", new_groups[0].lstrip("0"), *new_groups[1:]]
        else:
            continue
        return ident.start, ident.end, _digits_replaced(ident.text, replacement)
    return None


def _digits_replaced(text: str, groups: list[str]) -> str:
    """`text` with its digit groups replaced, in order, by `groups` (spaces, dashes and brackets kept)."""
    pieces = iter(groups)
    return re.sub(r"\d+", lambda _m: next(pieces), text)
