"""What the two versions state about the same figure besides its value: which way it moved, whether it
is a floor or a ceiling.

A statement is compared only where both versions attach one of the same aspect to figures that are
equal (compare.equal) in the same unit: "exports fell 3.4 percent" for "수출 3.4% 증가" is a finding,
"a 3.4 percent increase" is not, and a figure whose direction one version leaves unsaid is no finding.
Statements that agree are paired first, so that two equal figures moving opposite ways ("수출 3.4%
증가, 수입 3.4% 감소") are each paired with the English one that agrees.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from drafter.l10n import Message, tr
from drafter.parity.compare import equal
from drafter.parity.extract import facts_of
from drafter.parity.facts import Fact, Said
from drafter.parity.findings import Finding, Location, Severity
from drafter.parity.stated import Stated
from drafter.parity.units import Context, Part, Unit, span


@dataclass(frozen=True)
class _Statement:
    part: Part
    fact: Fact
    said: Said

    def location(self) -> Location:
        """The figure with the words that state something about it: "7.4% 증가", "fell 3.4 percent"."""
        start, end = min(self.fact.start, self.said.start), max(self.fact.end, self.said.end)
        return span(self.part, start, end)


def statements(ctx: Context) -> Iterator[Finding]:
    """Figures equal on both sides whose statements of the same aspect disagree."""
    for unit in ctx.comparable:
        ko = _statements(unit, "ko")
        en = _statements(unit, "en") if ko else []
        if ko and en:
            yield from _differing(unit, ko, en)


def _statements(unit: Unit, lang: str) -> list[_Statement]:
    return [_Statement(p, f, s) for p in unit.side(lang) for f in facts_of(p.text, lang) for s in f.said]


def _differing(unit: Unit, ko: list[_Statement], en: list[_Statement]) -> Iterator[Finding]:
    # The English statements indexed by their figures' values, so that each Korean one meets only the few
    # English ones whose figure may equal its own.
    index = Stated((j, e.fact) for j, e in enumerate(en))
    headline = unit.field in ("title", "subtitle")
    used: set[int] = set()

    def partner(k: _Statement, agree: bool) -> int | None:
        for j, fact in index.candidates(k.fact):
            e = en[j]
            if j in used or e.said.aspect != k.said.aspect or (e.said.value == k.said.value) != agree:
                continue
            if equal(k.fact, fact, headline=headline):
                return j
        return None

    rest = []
    for k in ko:
        j = partner(k, agree=True)
        if j is None:
            rest.append(k)
        else:
            used.add(j)
    for k in rest:
        j = partner(k, agree=False)
        if j is not None:
            used.add(j)
            yield _finding(unit, k, en[j])


def _finding(unit: Unit, k: _Statement, e: _Statement) -> Finding:
    ko_words = k.part.text[k.said.start : k.said.end]
    en_words = e.part.text[e.said.start : e.said.end]
    ko_meaning, en_meaning = _meaning(k.said), _meaning(e.said)
    # Each side as written; the other language's reader is told what it means.
    ko_side = Message(ko=ko_words, en=f"{ko_words} ({ko_meaning.en})")
    en_side = Message(ko=f"{en_words} ({en_meaning.ko})", en=en_words)
    message = tr("{what}: {ko} ≠ {en}", what=_aspect(k.said.aspect), ko=ko_side, en=en_side)
    return Finding(_RULES[k.said.aspect], Severity.ERROR, unit.field, k.location(), e.location(), message)


_RULES = {
    "change": "direction-differs",
    "balance": "direction-differs",
    "quality": "direction-differs",
    "bound": "bound-differs",
}


def _aspect(aspect: str) -> Message:
    return {
        "change": tr("Direction of change"),
        "balance": tr("Surplus or deficit"),
        "quality": tr("Better or worse"),
        "bound": tr("Limit"),
    }[aspect]


def _meaning(said: Said) -> Message:
    return {
        "up": tr("increase"),
        "down": tr("decrease"),
        "surplus": tr("surplus"),
        "deficit": tr("deficit"),
        "better": tr("improvement"),
        "worse": tr("worsening"),
        "over": tr("lower limit"),
        "under": tr("upper limit"),
    }[said.value]
