"""What an English sentence states about its figures besides their values: which way a figure moved.

A verb or "up"/"down" right before the figure ("rose 7.4 percent", "fell by 3%", "up 1.8 percentage
points", "increased to USD 56.4 billion"), a noun right after it ("a 3.4 percent increase", "a USD 4.8
billion surplus") or before it with "of" ("a surplus of USD 4.8 billion") is attached to the figure as a
`Said`, as `facts_ko_qualifiers` does for the Korean. "rose 3.1 percent to USD 56.4 billion" attaches
the rise to the 3.1 percent only. One search before and one match after each figure: linear.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.parity import modality
from drafter.parity.facts import Fact, Qualifier, Said
from drafter.parity.facts_ko_qualifiers import QUANTITIES, bound

_VERBS = {
    ("change", "up"): r"rise|rises|rising|rose|risen|increase|increases|increased|increasing|grow|grows|growing"
    r"|grew|grown|climb|climbs|climbed|climbing|gain|gains|gained|gaining|jump|jumps|jumped|jumping|surge|surges"
    r"|surged|surging|soar|soars|soared|soaring|expand|expands|expanded|expanding|advance|advanced|rebounded"
    r"|raise|raises|raised|raising|boost|boosts|boosted|hike|hiked|widened|went\s+up|edged\s+up",
    ("change", "down"): r"fall|falls|fell|fallen|falling|drop|drops|dropped|dropping|decline|declines|declined"
    r"|declining|decrease|decreases|decreased|decreasing|shrink|shrinks|shrank|shrunk|shrinking|contract"
    r"|contracts|contracted|contracting|slide|slides|slid|sliding|slip|slips|slipped|plunge|plunges|plunged"
    r"|plummeted|tumbled|sank|dip|dips|dipped|eased|cut|cuts|cutting|reduce|reduces|reduced|reducing|lower"
    r"|lowers|lowered|lowering|slashed|trimmed|narrowed|went\s+down|edged\s+down",
    ("quality", "better"): r"improve|improves|improved|improving",
    ("quality", "worse"): r"worsen|worsens|worsened|worsening|deteriorated",
}
_NOUNS = {
    ("change", "up"): r"increase|rise|gain|jump|growth|surge|hike|expansion|rebound",
    ("change", "down"): r"decrease|decline|drop|fall|reduction|cut|contraction|slump|dip",
    ("balance", "surplus"): r"surplus",
    ("balance", "deficit"): r"deficit",
    ("quality", "better"): r"improvement",
    ("quality", "worse"): r"deterioration",
}
_NAMES = {
    **{f"v{i}": key for i, key in enumerate(_VERBS)},
    **{f"n{i}": key for i, key in enumerate(_NOUNS)},
    "up": ("change", "up"),
    "down": ("change", "down"),
    "higher": ("change", "up"),
    "lower": ("change", "down"),
}


def _alternation(table: dict[tuple[str, str], str], prefix: str, suffix: str = "") -> str:
    return "|".join(f"(?P<{prefix}{i}>(?:{words}){suffix})" for i, words in enumerate(table.values()))


# Before the figure, anchored at it: "rose 7.4 percent", "fell by 3%", "was up 2%", "a surplus of $4.8
# billion". "up"/"down" only after a verb of being or a comma ("set up 3 centres" moves nothing). A verb
# may have its object between it and "by"/"to": "raised the base rate by 0.25 percentage points".
_BEFORE = re.compile(
    rf"(?:\b(?:{_alternation(_VERBS, 'v')})(?:(?:\s+(?!(?:and|or|but|while|which|who|from)\b)[A-Za-z'’-]+){{0,6}}"
    r"\s+(?:by|to))?"
    rf"|\b(?:{_alternation(_NOUNS, 'n', 's?')})\s+(?:of|by)"
    r"|(?:[,(—–]|\b(?:is|are|was|were|be|been|and|but|all|each|both|while))\s?(?:(?P<up>up)|(?P<down>down))"
    r"(?:\s+by)?)\s+$",
    re.I,
)
# After the figure: "a 3.4 percent increase", "a 7.4% on-year rise", "USD 4.8 billion surplus", "5% higher".
_AFTER = re.compile(
    rf"[\s-](?:(?:year-on-year|on-year|on-the-year|y/y|annual)[\s-])?(?:{_alternation(_NOUNS, 'n', 's?')}"
    r"|(?P<higher>higher)|(?P<lower>lower))\b",
    re.I,
)


# A bound written after the counted noun: "500 employees or fewer" (after the number, the extractor reads it).
_BOUND_AFTER = re.compile(
    r"\s+(?:or|and)\s+(?:(?P<over>more|above|over|higher|older)|(?P<under>fewer|less|below|under|lower|younger))\b",
    re.I,
)
_BOUND_WORDS = re.compile(
    r"more than|greater than|over|above|at least|upwards of|in excess of|exceeding|a minimum of|no fewer than"
    r"|no less than|not less than|no more than|not more than|less than|fewer than|under|below|up to|at most"
    r"|as many as|as much as|a maximum of|within|or more|or above|or over|or higher|or older|and above|and over"
    r"|and older|or less|or fewer|or below|or under|or lower|or younger|and below|and under|and younger|\+|-plus",
    re.I,
)


def attach(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, each with the direction the words around it state and the bound it is written with."""
    out = []
    for fact in facts:
        if fact.kind in QUANTITIES:
            fact = _bound_after(text, fact)
            said = _said(_BEFORE.search(text, max(0, fact.start - 48), fact.start)) or _said(
                _AFTER.match(text, fact.end)
            )
            fact = replace(fact, said=(*fact.said, *([said] if said else []), *bound(fact, _BOUND_WORDS)))
        out.append(fact)
    return modality.attach(text, out, "en")


def _bound_after(text: str, fact: Fact) -> Fact:
    m = _BOUND_AFTER.match(text, fact.end) if fact.qualifier == Qualifier.EXACT and fact.range_end is None else None
    if m is None:
        return fact
    qualifier = Qualifier.OVER if m.group("over") else Qualifier.UNDER
    return replace(fact, end=m.end(), text=text[fact.start : m.end()], qualifier=qualifier)


def _said(m: re.Match[str] | None) -> Said | None:
    if m is None:
        return None
    name = next(n for n, v in m.groupdict().items() if v is not None)
    aspect, value = _NAMES[name]
    return Said(aspect, value, m.start(name), m.end(name))
