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

from drafter.model import Term
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
    found = check(release, plain_words=None)  # the translation's faults; the Korean's plain Korean is not its own
    return tuple(f for f in found if f.severity == Severity.ERROR or f.rule.startswith(_BLOCKING))


def adapt(stored_ko: str, stored_en: str, current_ko: str, year_hint: int | None = None) -> Adapted | None:
    """`stored_en` rewritten for `current_ko`, or None when the two Korean texts differ in more than facts,
    a changed fact cannot be found in or written into the English, or the result fails the check."""
    if stored_ko == current_ko:
        return Adapted(stored_en, ())
    if skeleton(stored_ko) == skeleton(current_ko):
        return _adapt(stored_ko, stored_en, current_ko, year_hint)
    renamed = _renamed(stored_ko, stored_en, current_ko)
    if renamed is None:
        return None
    ko, en = renamed
    adapted = _adapt(ko, en, current_ko, year_hint) if ko != current_ko else _checked(current_ko, en)
    return None if adapted is None else Adapted(adapted.text, _changed_words(stored_en, adapted.text))


def _checked(ko: str, en: str) -> Adapted | None:
    return None if flagged(ko, en) else Adapted(en, ())


# Particles that take another form after a word ending in a vowel or a consonant: 조달청은 / 국방부는.
_PARTICLE = re.compile(r"으로|은|는|이|가|을|를|과|와|로")
_PARTICLE_FORMS = {"는": "은", "가": "이", "를": "을", "와": "과", "으로": "로"}


def _renamed(stored_ko: str, stored_en: str, current_ko: str) -> tuple[str, str] | None:
    """The stored pair with its glossary names (ministries, agencies …) replaced by the current Korean's,
    the English names by the new names' official English; None when the names are not all that differ."""
    from drafter.parity.glossary import Glossary, default

    glossary = default()
    old = [(t, s, e) for t, s, e in glossary.find_ko(stored_ko) if t.is_name]
    new = [(t, s, e) for t, s, e in glossary.find_ko(current_ko) if t.is_name]
    if not old or len(old) != len(new) or all(a[0] == b[0] for a, b in zip(old, new, strict=True)):
        return None
    pieces, at, edits = [], 0, []
    for (old_term, old_start, old_end), (new_term, new_start, new_end) in zip(old, new, strict=True):
        pieces += [stored_ko[at:old_start], current_ko[new_start:new_end]]
        at = old_end
        if old_term == new_term:
            continue
        found = _renderings(old_term, new_term, stored_en)
        if not found:
            return None
        edits += found
        old_particle, new_particle = _PARTICLE.match(stored_ko, old_end), _PARTICLE.match(current_ko, new_end)
        if old_particle and new_particle and _same_particle(old_particle[0], new_particle[0]):
            pieces.append(new_particle[0])
            at = old_particle.end()
    pieces.append(stored_ko[at:])
    ko = "".join(pieces)
    text, _changed = _apply(stored_en, edits)
    if text is None or skeleton(ko) != skeleton(current_ko):
        return None
    if any(Glossary.find_rendering(t, text) for (t, _s, _e), (n, _a, _b) in zip(old, new, strict=True) if t != n):
        return None  # the old name is still there in some other form
    return ko, text


def _renderings(old: Term, new: Term, english: str) -> list[tuple[int, int, str]]:
    """Every place `english` names the old term (full name or acronym), each with the new term's name in that form."""
    full = new.expansion or new.en[0] if new.en else ""
    if not full:
        return []
    taken: list[tuple[int, int, str]] = []
    for rendering in sorted(old.en, key=len, reverse=True):
        short = rendering == old.acronym
        replacement = (new.acronym or full) if short else full
        flags = 0 if short else re.IGNORECASE
        for m in re.finditer(rf"(?<![\w-]){re.escape(rendering)}(?![\w-])", english, flags):
            if not any(m.start() < e and s < m.end() for s, e, _r in taken):
                taken.append((m.start(), m.end(), replacement))
    return taken


def _same_particle(a: str, b: str) -> bool:
    return _PARTICLE_FORMS.get(a, a) == _PARTICLE_FORMS.get(b, b)


def _changed_words(old: str, new: str) -> tuple[tuple[int, int], ...]:
    """Spans of `new` that are not in `old`, word by word."""
    from drafter.parity.review import word_diff

    spans, at = [], 0
    for op, text in word_diff(old, new):
        if op == "+":
            lead = len(text) - len(text.lstrip())
            spans.append((at + lead, at + len(text.rstrip())))
        if op != "-":
            at += len(text)
    return tuple(spans)


@lru_cache(maxsize=2048)
def _adapt(stored_ko: str, stored_en: str, current_ko: str, year_hint: int | None) -> Adapted | None:
    from drafter.parity.compare import equal
    from drafter.parity.extract import facts_of

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
