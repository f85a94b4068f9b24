"""What the two versions state about the same figure besides its value: which way it moved, whether it
is a floor or a ceiling, what it is compared with.

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
from drafter.parity.modality import obligations
from drafter.parity.stated import Stated
from drafter.parity.units import Context, Part, Unit, span


@dataclass(frozen=True)
class _Statement:
    part: Part
    fact: Fact
    said: Said

    def location(self) -> Location:
        """The figure with the words that state something about it ("7.4% 증가", "fell 3.4 percent"); what a
        whole sentence states, on its words alone ("의무화", "recommended")."""
        if self.said.aspect in SENTENCE_ASPECTS:
            return span(self.part, self.said.start, self.said.end)
        start, end = min(self.fact.start, self.said.start), max(self.fact.end, self.said.end)
        return span(self.part, start, end)

    @property
    def words(self) -> tuple[int, int, int]:
        return self.part.index, self.said.start, self.said.end


def statements(ctx: Context) -> Iterator[Finding]:
    """Figures equal on both sides whose statements of the same aspect disagree."""
    for unit in ctx.comparable:
        ko = _statements(unit, "ko")
        en = _statements(unit, "en") if ko else []
        if ko and en:
            yield from _differing(unit, ko, en)
        yield from _obligations_differ(unit)


def _obligations_differ(unit: Unit) -> Iterator[Finding]:
    """A paragraph without figures in the sentences that say what is mandatory or recommended, where each
    version says one of the two throughout and not the same one (권고한다 against "will be required to")."""
    if len(unit.ko) != 1 or len(unit.en) != 1:
        return
    said = []
    for part, lang in ((unit.ko[0], "ko"), (unit.en[0], "en")):
        words = obligations(part.text, lang, [f.start for f in facts_of(part.text, lang)])
        if len({s.value for s in words}) != 1:
            return  # none, or both (권고 … 의무화): nothing clear to compare
        said.append((part, words[0]))
    (ko_part, k), (en_part, e) = said
    if k.value != e.value:
        ko_words, en_words = ko_part.text[k.start : k.end], en_part.text[e.start : e.end]
        message = differing(_aspect(k.aspect), ko_words, _meaning(k), en_words, _meaning(e))
        yield Finding(
            _RULES[k.aspect],
            Severity.ERROR,
            unit.field,
            span(ko_part, k.start, k.end),
            span(en_part, e.start, e.end),
            message,
        )


def _statements(unit: Unit, lang: str) -> list[_Statement]:
    return [
        _Statement(p, f, s)
        for p in unit.side(lang)
        for f in facts_of(p.text, lang)
        for s in f.said
        if s.aspect in SENTENCE_ASPECTS or not _negated(f)
    ]


def _negated(fact: Fact) -> bool:
    """A figure in a negated clause: "3% 이상 인상하지 않기로" says what "keep increases below 3 percent"
    does, so its bound and direction are not compared (a negation in another clause of its sentence, "최대
    3개월 … 지급할 수 있으나, … 적용하지 않는다", says nothing of it)."""
    return any(s.aspect == "polarity" and s.value == "negate" and s.local for s in fact.said)


def _comparable(a: Said, b: Said) -> bool:
    """Two statements of an aspect that may be compared: of the same aspect, and for what a whole sentence
    states, said in the figures' own clauses on both sides, or of the whole sentence on both (not "금지되며, …
    4만 원의 과태료를 부과한다" against "banned, and violators can be fined 40,000 won", whose "can" is its
    clause's only)."""
    if a.aspect != b.aspect:
        return False
    return a.aspect not in SENTENCE_ASPECTS or (a.local and b.local) or not (a.resolved or b.resolved)


def _differing(unit: Unit, ko: list[_Statement], en: list[_Statement]) -> Iterator[Finding]:
    # The English statements indexed by their figures' values, so that each Korean one meets only the few
    # English ones whose figure may equal its own.
    index = Stated((j, e.fact) for j, e in enumerate(en))
    headline = unit.field in ("title", "subtitle")
    used: set[int] = set()

    def partner(k: _Statement, agree: bool) -> int | None:
        for j, fact in index.candidates(k.fact):
            e = en[j]
            if j in used or not _comparable(k.said, e.said) or (e.said.value == k.said.value) != agree:
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
    reported = set()
    for k in rest:
        j = partner(k, agree=False)
        if j is not None:
            used.add(j)
            # A sentence's statement rides on each of its figures: one finding per pair of words.
            if (k.words, en[j].words) not in reported:
                reported.add((k.words, en[j].words))
                yield _finding(unit, k, en[j])


def _finding(unit: Unit, k: _Statement, e: _Statement) -> Finding:
    ko_words = k.part.text[k.said.start : k.said.end]
    en_words = e.part.text[e.said.start : e.said.end]
    message = differing(_aspect(k.said.aspect), ko_words, _meaning(k.said), en_words, _meaning(e.said))
    return Finding(_RULES[k.said.aspect], Severity.ERROR, unit.field, k.location(), e.location(), message)


def differing(what: Message, ko_words: str, ko_means: Message, en_words: str, en_means: Message) -> Message:
    """ "Direction of change: 증가 (increase) ≠ fell": each side's words as written, and for the reader of
    the other language what they mean."""
    ko_side = Message(ko=ko_words, en=f"{ko_words} ({ko_means.en})")
    en_side = Message(ko=f"{en_words} ({en_means.ko})", en=en_words)
    return tr("{what}: {ko} ≠ {en}", what=what, ko=ko_side, en=en_side)


_RULES = {
    "change": "direction-differs",
    "balance": "direction-differs",
    "quality": "direction-differs",
    "bound": "bound-differs",
    "permission": "modality-differs",
    "obligation": "modality-differs",
    "polarity": "modality-differs",
    "base": "base-differs",
}
SENTENCE_ASPECTS = frozenset({"permission", "obligation", "polarity", "base"})


def _aspect(aspect: str) -> Message:
    return {
        "change": tr("Direction of change"),
        "balance": tr("Surplus or deficit"),
        "quality": tr("Better or worse"),
        "bound": tr("Limit"),
        "permission": tr("Allowed or banned"),
        "obligation": tr("Mandatory or recommended"),
        "polarity": tr("Done or not done"),
        "base": tr("Compared with"),
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
        "permit": tr("allowed"),
        "forbid": tr("banned"),
        "oblige": tr("mandatory"),
        "recommend": tr("recommended"),
        "affirm": tr("affirmative"),
        "negate": tr("negative"),
        "year": tr("a year earlier"),
        "quarter": tr("the previous quarter"),
        "month": tr("the previous month"),
        "week": tr("the previous week"),
        "day": tr("the previous day"),
    }[said.value]
