"""Suggestions for a Korean paragraph: stored pairs found for it and for its sentences, adapted when they can be.

Order: exact matches, then matches that differ only in facts (adapted), then a paragraph put
together from its sentences' exact or adapted matches, then the rest by similarity (see
`Suggestion.rank`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from drafter.sentences import sentences
from drafter.tm.adapt import adapt, flagged
from drafter.tm.keys import normalise, skeleton
from drafter.tm.store import Memory, Stored

MIN_SCORE = 50  # per cent similarity below which a stored pair is no suggestion
_ADAPT_FUZZY = 3  # similar pairs (by score) tried for other names: each try may run the checker
_ORDER = {"exact": 0, "facts": 1, "assembled": 2, "fuzzy": 3}


@dataclass(frozen=True)
class Suggestion:
    ko: str  # the Korean it answers: the paragraph or one of its sentences
    stored_ko: str  # the Korean of the stored pair(s)
    en: str  # the English to insert: adapted when `adapted`, else as stored
    score: int  # similarity of the stored Korean to `ko`, 0–100
    kind: str  # "exact", "facts" (differs only in facts), "assembled" (from sentences), "fuzzy"
    adapted: bool = False
    changed: tuple[tuple[int, int], ...] = ()  # spans of `en` written again
    approved: bool = False
    uses: int = 0
    last_used: str = ""
    pairs: tuple[int, ...] = field(default=(), compare=False)  # the stored pairs' ids

    def rank(self) -> tuple[int, bool, int, bool, int, int]:
        """Exact, adapted, assembled, unadapted, similar; approved first among the sure kinds (among similar
        ones similarity counts first), then the more similar, the more used, the more recent."""
        group = _ORDER[self.kind] + (2 if self.kind == "facts" and not self.adapted else 0)
        sure = self.kind != "fuzzy"
        return (group, sure and not self.approved, -self.score, not self.approved, -self.uses, -_day(self.last_used))


def _day(iso: str) -> int:
    try:
        return date.fromisoformat(iso).toordinal()
    except ValueError:
        return 0


def _score(a: str, b: str) -> int:
    from rapidfuzz.fuzz import ratio

    return round(ratio(a, b))


def matches(
    memory: Memory, ko: str, limit: int = 5, year_hint: int | None = None, fuzzy: bool = True
) -> list[Suggestion]:
    """The best stored pairs for one Korean text, adapted where they differ only in facts; with `fuzzy`,
    similar ones too."""
    text = normalise(ko)
    if not text:
        return []
    skel = skeleton(text)
    found: dict[int, Suggestion] = {}
    for stored in memory.same_form(skel):
        found[stored.id] = _suggestion(stored, text, year_hint)
    if fuzzy and len(found) < limit:
        scored = [(_score(s.ko, text), s) for s in memory.similar(skel) if s.id not in found]
        scored = sorted(((n, s) for n, s in scored if n >= MIN_SCORE), key=lambda item: -item[0])
        for rank, (score, stored) in enumerate(scored):
            # The best few may differ only in a glossary name (and figures): those are adapted too.
            adapted = adapt(stored.ko, stored.en, text, year_hint) if rank < _ADAPT_FUZZY else None
            if adapted is None:
                found[stored.id] = _made(stored, text, stored.en, score, "fuzzy")
            else:
                found[stored.id] = _made(stored, text, adapted.text, score, "facts", True, adapted.changed)
    return _distinct(sorted(found.values(), key=Suggestion.rank))[:limit]


def _distinct(ranked: list[Suggestion]) -> list[Suggestion]:
    """One suggestion per English: two stored pairs adapted to the same text are one choice, the better one."""
    seen: set[str] = set()
    return [s for s in ranked if not (s.en in seen or seen.add(s.en))]  # type: ignore[func-returns-value]


def _suggestion(stored: Stored, text: str, year_hint: int | None) -> Suggestion:
    if stored.ko == text:
        return _made(stored, text, stored.en, 100, "exact")
    adapted = adapt(stored.ko, stored.en, text, year_hint)
    score = _score(stored.ko, text)
    if adapted is None:
        return _made(stored, text, stored.en, score, "facts")
    return _made(stored, text, adapted.text, score, "facts", True, adapted.changed)


def _made(
    stored: Stored,
    text: str,
    en: str,
    score: int,
    kind: str,
    adapted: bool = False,
    changed: tuple[tuple[int, int], ...] = (),
) -> Suggestion:
    return Suggestion(
        text, stored.ko, en, score, kind, adapted, changed, stored.approved, stored.uses, stored.last_used, (stored.id,)
    )


def usable(s: Suggestion) -> bool:
    """Safe to put in without a second look at the figures: exact, or adapted and checked."""
    return s.kind == "exact" or s.adapted


def whole_match(memory: Memory, ko: str, year_hint: int | None = None) -> Suggestion | None:
    """An exact or adapted match of the whole of `ko` (a suggestion for one of its sentences would leave the
    others out): what may be put in unseen, as `fill` and the notes of an inserted paragraph are."""
    whole = normalise(ko)
    return next((s for s in for_paragraph(memory, ko, 3, year_hint) if usable(s) and s.ko == whole), None)


def for_paragraph(memory: Memory, ko: str, limit: int = 5, year_hint: int | None = None) -> list[Suggestion]:
    """Suggestions for a Korean paragraph: for the whole of it, put together from its sentences, and per sentence."""
    text = normalise(ko)
    if not text:
        return []
    parts = sentences(text, "ko")
    # A paragraph of several sentences is looked up whole only in its exact form or with other figures:
    # similar paragraphs are found sentence by sentence, which is both faster and finer.
    whole = matches(memory, text, limit, year_hint, fuzzy=len(parts) < 2)
    if len(parts) < 2 or (whole and usable(whole[0])):
        return whole
    per_sentence = [matches(memory, s, limit, year_hint) for s in parts]
    result = list(whole)
    assembled = _assembled(text, parts, per_sentence)
    if assembled is not None:
        result.append(assembled)
    seen = {s.pairs for s in result}
    for found in per_sentence:
        result.extend(s for s in found[:2] if s.pairs not in seen)
    return _distinct(sorted(result, key=Suggestion.rank))[:limit]


def _assembled(text: str, parts: list[str], per_sentence: list[list[Suggestion]]) -> Suggestion | None:
    """The paragraph's English from its sentences' exact or adapted matches, when every sentence has one."""
    chosen = [next((s for s in found if usable(s)), None) for found in per_sentence]
    if any(c is None for c in chosen):
        return None
    picks = [c for c in chosen if c is not None]
    en, changed, at = [], [], 0
    for pick in picks:
        changed.extend((at + a, at + b) for a, b in pick.changed)
        en.append(pick.en)
        at += len(pick.en) + 1
    joined = " ".join(en)
    if flagged(text, joined):
        return None
    return Suggestion(
        text,
        " ".join(p.stored_ko for p in picks),
        joined,
        min(p.score for p in picks),
        "assembled",
        any(p.adapted for p in picks),
        tuple(changed),
        all(p.approved for p in picks),
        min(p.uses for p in picks),
        min(p.last_used for p in picks),
        tuple(i for p in picks for i in p.pairs),
    )
