"""What a Korean sentence states about its figures besides their values, attached to each as a `Said`.

- Direction: "7.4% 증가", "3.1% 늘었으며", "48억 달러 흑자", "1.8%p 높아졌다": a word of direction right
  after the figure (a particle between at most). Only these tight forms are read, so that "7개월 연속
  흑자" (the surplus belongs to no figure) or "7.4% 증가한 612억 달러" (the 612억 is a level, not a
  change) attach nothing to the wrong figure.
- Bound: a figure the extractor read as a floor or a ceiling (500명 이상, 최대 5천만 원, 3년 이내), with
  the words that say so.
- Speed: a length after 시속 / 초속 (시속 85마일) is a speed, as "85 miles per hour" is.

One regex match per figure: linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from drafter.parity import modality
from drafter.parity.facts import Fact, Kind, Qualifier, Said
from drafter.parity.measures import korean_speed

# Kinds whose value can move: quantities and ratios, not dates or ordinals.
QUANTITIES = frozenset({Kind.AMOUNT, Kind.COUNT, Kind.NUMBER, Kind.PERCENT, Kind.POINT, Kind.MULTIPLIER})

# (aspect, value) of each word; verbs by their stems, with the next syllable where the stem alone is also
# the start of other words (늘봄, 줄기, 내년, 적자).
_DIRECTIONS = {
    ("change", "up"): r"증가|급증|상승|급등|확대|성장|인상|증액|상향|반등|신장|확충"
    r"|늘(?=[어었린리려고])|올(?=[랐라린려])|뛰(?=[었어])|뛴|높(?=[아았였인여은])|많(?=[아았은])",
    ("change", "down"): r"감소|급감|하락|급락|축소|역성장|인하|감액|하향|감축|절감|단축|삭감"
    r"|줄(?=[어었인이여])|내(?=[렸려린])|떨어(?!진\s?(?:곳|지점|거리|위치|해상|지역))|낮(?=[아았췄춘춰은])|적(?=[어었은])",
    ("balance", "surplus"): r"흑자",
    ("balance", "deficit"): r"적자",
    ("quality", "better"): r"개선|향상|호전",
    ("quality", "worse"): r"악화|저하",
}
# "385마일 떨어진 곳": a distance away, not a fall.
_LENGTHS = frozenset("km ㎞ m 미터 킬로미터 마일 리 mile miles".split())
_NAMES = {f"d{i}": key for i, key in enumerate(_DIRECTIONS)}
# A particle at most between the figure and the word: 3.1%로 늘어, 5%나 올라, 48억 달러의 흑자, 2명씩 감소,
# 2만 명 각각 감소.
_WORDS = "(?:" + "|".join(f"(?P<{name}>{_DIRECTIONS[key]})" for name, key in _NAMES.items()) + ")"
_AFTER = re.compile(r"\s?(?:[이가의]|으로|로|이나|나|씩|만큼|까지)?\s?(?:각각\s?)?" + _WORDS)
# The level a change reached, then what it is compared with: 3만 5천 톤으로 전년(3만 1천 톤)보다 늘었다.
_AFTER_BASE = re.compile(
    r"\s?(?:으로|로),?\s?(?:[가-힣]+\s?){1,3}(?:\([^()]{1,24}\))?\s?(?:보다|대비|에\s?비해)\s?" + _WORDS
)

# A group's figure in brackets, then the verb its clause ends with: 가전(-3.2%)는 감소했다, … 등에서 증가했고.
_AFTER_GROUP = re.compile(
    r"\)\s?(?:등)?(?:에서는|에서|은|는|이|가|도)?\s?(?:모두|각각|크게|소폭|대폭|일제히)?\s?" + _WORDS
)
# Between two groups of a list, each with its figure in brackets: "), 음식서비스(", ")와 자동차(".
_LIST_SEPARATOR = re.compile(r"\)\s?(?:,\s?및|,|와|과|및)\s?(?:[가-힣·]+\s?){1,4}\(")

_BOUND_WORDS = re.compile(
    r"최대|최소한?|적어도|많게는|적게는|이상|이하|미만|초과|이내|까지|남짓|넘[가-힣]*|웃도는|상회하는|밑도는"
    r"|하회하는|못\s?미치는|(?<=[0-9])여"
)


def attach(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, each with the direction the words right after it state and the bound it is written with."""
    out = []
    for fact in facts:
        if fact.kind in QUANTITIES:
            unit = korean_speed(text, fact.start, fact.unit)
            said = [*_direction(text, fact), *bound(fact, _BOUND_WORDS)]
            if said or unit != fact.unit:
                fact = replace(fact, unit=unit, said=(*fact.said, *said))
        out.append(fact)
    out = restated(text, listed(text, implied(text, out, _change), _LIST_SEPARATOR), _RESTATED)
    return modality.attach(text, gapped(text, out, _GAP, forward=False), "ko")


# Between the figures of two groups that one verb after the last tells of: "6천 명, 건설업은 " (제조업은 6천 명,
# 건설업은 2만 1천 명 각각 감소했다).
_GAP = re.compile(r",\s?[가-힣·]{1,12}(?:은|는)\s?")


# A figure restated as a share right after it: 18만 4천 명(1.2%) 늘었다.
_RESTATED = re.compile(r"\s?\(")


# A change from one figure to another: 320대에서 (올해) 640대로; 3만 5천 톤으로 전년(3만 1천 톤)보다.
_FROM_TO = re.compile(r"에서\s?(?:[가-힣]+\s?){0,2}")
_TO = re.compile(r"(?:으로|로)(?![가-힣])|(?:으로|로)\s?(?:늘|줄|증가|감소|확대|축소|상승|하락|바뀌|변경|조정)")
_TO_BASE = re.compile(r"(?:으로|로),?\s?(?:[가-힣]+\s?){1,3}\(")
_BASE_END = re.compile(r"\)\s?(?:보다|대비|에\s?비해)")


def _change(text: str, a: Fact, b: Fact) -> tuple[int, Fact, Fact] | None:
    """Whether two figures in a row state a change from one to the other: (where its words start, the figure
    it started from, the one it reached)."""
    if _FROM_TO.fullmatch(text, a.end, b.start) and _TO.match(text, b.end):
        return a.start, a, b
    if _TO_BASE.fullmatch(text, a.end, b.start) and _BASE_END.match(text, b.end):
        return a.start, b, a
    return None


def implied(
    text: str, facts: list[Fact], change: Callable[[str, Fact, Fact], tuple[int, Fact, Fact] | None]
) -> list[Fact]:
    """A change from one figure to another (320대에서 640대로, "from 320 to 640") that no word of direction
    is attached to: the direction its two figures say, attached to the figure it reached, on the words from
    the first figure to the last."""
    out = list(facts)
    quantities = [i for i, f in enumerate(facts) if f.kind in QUANTITIES and f.value is not None and not f.range_end]
    for i, j in pairwise(quantities):
        found = change(text, facts[i], facts[j])
        if found is None:
            continue
        start, origin, level = found
        k = j if level is facts[j] else i
        if (
            origin.kind != level.kind
            or (origin.unit and level.unit and origin.unit != level.unit)
            or origin.value == level.value
            or _change_said(out[k])
        ):
            continue
        value = "up" if level.value > origin.value else "down"  # type: ignore[operator]
        end = facts[j].end
        end += "(" in text[facts[i].end : facts[j].start] and text[end : end + 1] == ")"  # 지난해(13.1℃)
        out[k] = replace(out[k], said=(*out[k].said, Said("change", value, start, end)))
    return out


def in_brackets(text: str, fact: Fact) -> bool:
    return text[fact.start - 1 : fact.start] == "(" and text[fact.end : fact.end + 1] == ")"


def _change_said(fact: Fact) -> Said | None:
    return next((s for s in fact.said if s.aspect == "change"), None)


def listed(text: str, facts: list[Fact], separator: re.Pattern[str]) -> list[Fact]:
    """Figures in brackets after the groups of one list (음·식료품(12.4%), 음식서비스(10.8%) 등에서 증가했고;
    "increased for food (12.4%) and services (10.8%)"): each takes the direction of the list's verb, written
    before its first group or after its last."""
    if len(facts) < 2 or "(" not in text:
        return facts
    out = list(facts)

    def joined(a: Fact, b: Fact) -> bool:
        return in_brackets(text, a) and in_brackets(text, b) and separator.fullmatch(text, a.end, b.start) is not None

    for i in range(1, len(out)):  # the verb before the list: "increased for food (12.4%), services (10.8%)"
        said = _change_said(out[i - 1])
        if said and said.end <= out[i - 1].start and not _change_said(out[i]) and joined(out[i - 1], out[i]):
            out[i] = replace(out[i], said=(*out[i].said, said))
    for i in range(len(out) - 2, -1, -1):  # the verb after it: 음·식료품(12.4%), 음식서비스(10.8%) 등에서 증가했고
        said = _change_said(out[i + 1])
        if said and said.start >= out[i + 1].end and not _change_said(out[i]) and joined(out[i], out[i + 1]):
            out[i] = replace(out[i], said=(*out[i].said, said))
    return out


def restated(text: str, facts: list[Fact], separator: re.Pattern[str]) -> list[Fact]:
    """A figure and its share written right after it, one change said twice (18만 4천 명(1.2%) 늘었다; "up
    184,000, or 1.2 percent"): the direction said of either is said of both."""
    out = list(facts)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            a.kind not in QUANTITIES
            or b.kind not in QUANTITIES
            or ((a.kind in _SHARES) == (b.kind in _SHARES))
            or separator.fullmatch(text, a.end, b.start) is None
            or (text[b.start - 1 : b.start] == "(" and not in_brackets(text, b))
        ):
            continue
        said_a, said_b = _change_said(a), _change_said(b)
        if said_a is not None and said_b is None:
            out[i + 1] = replace(b, said=(*b.said, said_a))
        elif said_b is not None and said_a is None:
            out[i] = replace(a, said=(*a.said, said_b))
    return out


_SHARES = frozenset({Kind.PERCENT, Kind.POINT})


def gapped(
    text: str, facts: list[Fact], separator: re.Pattern[str], forward: bool, after: re.Pattern[str] | None = None
) -> list[Fact]:
    """The figures of two groups in a row with one verb for both (제조업은 6천 명, 건설업은 2만 1천 명 각각
    감소했다; "manufacturing lost 6,000 and construction 21,000"): the direction the verb says of the figure
    next to it is said of the other, the first's `forward` (English: the verb before), else the last's; `after`
    must match after the last figure (its clause ends there)."""
    out = list(facts)
    pairs = list(zip(range(len(out) - 1), range(1, len(out)), strict=True))
    for i, j in pairs if forward else reversed(pairs):
        a, b = (out[i], out[j]) if forward else (out[j], out[i])  # a: the figure the verb is said of
        said = _change_said(a)
        if (
            said is None
            or a.kind != b.kind
            or _change_said(b) is not None
            or (said.end > a.start if forward else said.start < a.end)
            or separator.fullmatch(text, out[i].end, out[j].start) is None
            or (after is not None and after.match(text, out[j].end) is None)
        ):
            continue
        if forward:
            out[j] = replace(b, said=(*b.said, said))
        else:
            out[i] = replace(b, said=(*b.said, said))
    return out


def _direction(text: str, fact: Fact) -> list[Said]:
    m = _AFTER.match(text, fact.end) or _AFTER_BASE.match(text, fact.end)
    if m is None and in_brackets(text, fact):
        m = _AFTER_GROUP.match(text, fact.end)
    if m is None or m.lastgroup is None or (fact.unit in _LENGTHS and m[m.lastgroup] == "떨어"):
        return []
    aspect, value = _NAMES[m.lastgroup]
    return [Said(aspect, value, m.start(m.lastgroup), _word_end(text, m))]


def bound(fact: Fact, words: re.Pattern[str]) -> list[Said]:
    """A floor or a ceiling (OVER, UNDER) as a statement, on the words that say it (the whole figure if
    they are not found in it)."""
    if fact.qualifier not in (Qualifier.OVER, Qualifier.UNDER):
        return []
    m = words.search(fact.text)
    start, end = (fact.start + m.start(), fact.start + m.end()) if m else (fact.start, fact.end)
    return [Said("bound", fact.qualifier.value, start, end)]


_WORD_REST = re.compile(r"[가-힣]*")
_VERB_STEMS = frozenset("늘 올 뛰 뛴 높 많 줄 내 떨어 낮 적".split())


def _word_end(text: str, m: re.Match[str]) -> int:
    """Where the words to show in a finding end: a noun as it is (증가, 흑자), a verb with its ending
    (늘었으며, 떨어졌다), which its stem alone does not say."""
    if m.group(m.lastgroup or 0) not in _VERB_STEMS:
        return m.end()
    end = _WORD_REST.match(text, m.end())
    return end.end() if end is not None else m.end()
