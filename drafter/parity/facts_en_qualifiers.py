"""What an English sentence states about its figures besides their values: which way a figure moved.

A verb or "up"/"down" right before the figure ("rose 7.4 percent", "fell by 3%", "up 1.8 percentage
points", "increased to USD 56.4 billion"), a noun right after it ("a 3.4 percent increase", "a USD 4.8
billion surplus") or before it with "of" ("a surplus of USD 4.8 billion") is attached to the figure as a
`Said`, as `facts_ko_qualifiers` does for the Korean. "rose 3.1 percent to USD 56.4 billion" attaches
the rise to the 3.1 percent only. A few words read before and one match after each figure: linear.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.parity import modality
from drafter.parity.facts import Fact, Qualifier, Said
from drafter.parity.facts_ko_qualifiers import QUANTITIES, bound, gapped, implied, in_brackets, listed, restated

_VERBS = {
    ("change", "up"): """rise rises rising rose risen increase increases increased increasing grow grows growing grew
    grown climb climbs climbed climbing gain gains gained gaining jump jumps jumped jumping surge surges surged
    surging soar soars soared soaring expand expands expanded expanding advance advanced rebounded raise raises
    raised raising boost boosts boosted hike hiked widened""",
    ("change", "down"): """fall falls fell fallen falling drop drops dropped dropping decline declines declined
    declining decrease decreases decreased decreasing shrink shrinks shrank shrunk shrinking contract contracts
    contracted contracting slide slides slid sliding slip slips slipped plunge plunges plunged plummeted tumbled
    sank dip dips dipped eased cut cuts cutting reduce reduces reduced reducing lower lowers lowered lowering
    slashed trimmed narrowed lose loses lost losing shed sheds""",
    ("quality", "better"): "improve improves improved improving",
    ("quality", "worse"): "worsen worsens worsened worsening deteriorated",
}
_NOUNS = {
    ("change", "up"): "increase rise gain jump growth surge hike expansion rebound",
    ("change", "down"): "decrease decline drop fall reduction cut contraction slump dip",
    ("balance", "surplus"): "surplus",
    ("balance", "deficit"): "deficit",
    ("quality", "better"): "improvement",
    ("quality", "worse"): "deterioration",
}
_VERB = {word: key for key, words in _VERBS.items() for word in words.split()}
_NOUN = {word + plural: key for key, words in _NOUNS.items() for word in words.split() for plural in ("", "s", "es")}
_UP_DOWN = {"up": ("change", "up"), "down": ("change", "down")}
# "up"/"down" move a figure after a verb of being or moving, or a comma: "was up 2%", ", up 1.8 points",
# "went up 3%"; not "set up 3 centres".
_BEFORE_UP = frozenset(
    "is are was were be been and but all each both while went edged go goes gone moved , ( — –".split()
)
# The group of a figure in brackets after a verb: "increased for food and beverages (12.4%)".
_GROUP_BEFORE = frozenset("for in at among across".split())
# What ends a verb's reach towards "by"/"to" and the figure: "it rose and reached 3 percent".
_REACH_ENDS = frozenset("and or but while which who from , ( — –".split())
_TOKEN = re.compile(r"[A-Za-z'’-]+|[0-9][0-9.,]*|[,(—–$%]")
_AFTER_NOUNS = "|".join(f"{w}s?" for words in _NOUNS.values() for w in words.split())
# After the figure: "a 3.4 percent increase", "a 7.4% on-year rise", "USD 4.8 billion surplus", "5% higher".
_AFTER = re.compile(
    rf"[\s-](?:(?:year-on-year|on-year|on-the-year|y/y|annual)[\s-])?(?P<w>{_AFTER_NOUNS}|higher|lower)\b", re.I
)
# A comparative with its base: "KRW 1.257 trillion, or 8.4 percent, larger than this year's", "500 fewer than".
_COMPARATIVE = re.compile(
    r",?\s+(?:(?:much|slightly|far|somewhat)\s+)?(?P<w>larger|smaller|bigger|greater|more|less|fewer)\s+than\b", re.I
)
_HIGHER = {
    **dict.fromkeys(("higher", "larger", "bigger", "greater", "more"), ("change", "up")),
    **dict.fromkeys(("lower", "smaller", "less", "fewer"), ("change", "down")),
}
# A group's figure in brackets, then its verb: "Semiconductors (12.4%) and automobiles (10.8%) increased".
_AFTER_GROUP = re.compile(r"\)\s+(?:(?:also|both|all|each|have|has|had)\s+)?(?P<w>[A-Za-z]+)\b")
# Between two groups of a list, each with its figure in brackets: "), food services (", ") and travel (";
# not across another clause ("), while imports (").
_LIST_SEPARATOR = re.compile(
    r"\),?\s+(?:and\s+)?(?:(?!(?:while|but|whereas|although|though|which|where|as)\b)[A-Za-z'’-]+\s+){0,5}\("
)
# The level reached, then where it came from: "46.1 percent, up from 45.2 percent".
_UP_FROM = re.compile(r",?\s+(?P<w>up|down)\s+(?:sharply\s+|slightly\s+)?from\b", re.I)


# A bound written after the counted noun: "500 employees or fewer" (after the number, the extractor reads it).
_BOUND_AFTER = re.compile(
    r"\s+(?:or|and)\s+(?:(?P<over>more|above|over|higher|older|longer)|(?P<under>fewer|less|below|under|lower|younger"
    r"|shorter))\b",
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
            said = [*_direction(text, fact), *bound(fact, _BOUND_WORDS)]
            if said:
                fact = replace(fact, said=(*fact.said, *said))
        out.append(fact)
    out = restated(text, listed(text, implied(text, out, _change), _LIST_SEPARATOR), _RESTATED)
    return modality.attach(text, gapped(text, out, _GAP, forward=True, after=_CLAUSE_END), "en")


# Between the figures of two groups that one verb before the first tells of, the second's clause ending with it:
# " and construction " ("manufacturing lost 6,000 and construction 21,000.").
_GAP = re.compile(r",?\s+and\s+[a-z][A-Za-z-]*(?:\s+[a-z][A-Za-z-]*){0,2}\s+")
_CLAUSE_END = re.compile(r"\s*(?:[.;,)]|$)")


# A figure restated as a share right after it: "up 184,000, or 1.2 percent", "rose 184,000 (1.2%)".
_RESTATED = re.compile(r",?\s+or\s+|\s?\(")


# A change from one figure to another: "from 320 (last year) to 640", "to 35,000 tonnes from 31,000".
_FROM = re.compile(r"\bfrom\s+$", re.I)
_FROM_TO = re.compile(r"(?:\s+[A-Za-z]+){0,3}\s+to\s+")
_TO = re.compile(r"\bto\s+$", re.I)
_TO_FROM = re.compile(r"(?:\s+[A-Za-z]+){0,3},?\s+from\s+")


def _change(text: str, a: Fact, b: Fact) -> tuple[int, Fact, Fact] | None:
    """Whether two figures in a row state a change from one to the other: (where its words start, the figure
    it started from, the one it reached)."""
    before = max(0, a.start - 6)
    if (m := _FROM.search(text, before, a.start)) and _FROM_TO.fullmatch(text, a.end, b.start):
        return m.start(), a, b
    if (m := _TO.search(text, before, a.start)) and _TO_FROM.fullmatch(text, a.end, b.start):
        return m.start(), b, a
    return None


def _bound_after(text: str, fact: Fact) -> Fact:
    m = _BOUND_AFTER.match(text, fact.end) if fact.qualifier == Qualifier.EXACT and fact.range_end is None else None
    if m is None:
        return fact
    qualifier = Qualifier.OVER if m.group("over") else Qualifier.UNDER
    return replace(fact, end=m.end(), text=text[fact.start : m.end()], qualifier=qualifier)


def _direction(text: str, fact: Fact) -> list[Said]:
    """The word of direction before the figure ("rose 7.4 percent", "fell by 3%", "raised the base rate by
    0.25 points", "was up 2%", "a surplus of $4.8 billion") or, failing that, after it ("a 3.4 percent
    increase", "5% higher"). The words before are read backwards from the figure, a few at most."""
    tokens = list(_TOKEN.finditer(text, max(0, fact.start - 64), fact.start))
    if tokens and not text[tokens[-1].end() : fact.start].strip():
        words = [t.group().lower() for t in tokens]
        found = _before(words)
        if found is not None:
            at, (aspect, value) = found
            return [Said(aspect, value, *tokens[at].span())]
    m = _AFTER.match(text, fact.end) or _UP_FROM.match(text, fact.end) or _COMPARATIVE.match(text, fact.end)
    if m is None and in_brackets(text, fact):
        m = _AFTER_GROUP.match(text, fact.end)
        m = m if m is not None and m.group("w").lower() in _VERB else None
    if m is None:
        return []
    word = m.group("w").lower()
    aspect, value = _HIGHER.get(word) or _UP_DOWN.get(word) or _NOUN.get(word) or _VERB[word]
    return [Said(aspect, value, *m.span("w"))]


def _before(words: list[str]) -> tuple[int, tuple[str, str]] | None:
    """Which of the words before a figure states its direction, and the direction."""
    last = len(words) - 1
    if words[last] in _VERB:
        return last, _VERB[words[last]]
    if words[last] == "(":  # "decreased (-3.2%)", "increased for food and beverages (12.4%)"
        for at in range(last - 1, max(-1, last - 8), -1):
            if words[at] in _VERB and (at == last - 1 or words[at + 1] in _GROUP_BEFORE):
                return at, _VERB[words[at]]
            if (words[at] in _REACH_ENDS and words[at] != "and") or not words[at][0].isalpha():
                break
    if words[last] in ("of", "by") and last > 0 and words[last - 1] in _NOUN:
        return last - 1, _NOUN[words[last - 1]]
    at = last - 1 if words[last] == "by" else last
    if at > 0 and words[at] in _UP_DOWN and words[at - 1] in _BEFORE_UP:
        return at, _UP_DOWN[words[at]]
    if words[last] in ("by", "to"):
        at, stop = last - 1, max(-1, last - 8)
        while at > stop:  # the verb, its object between: at most six words
            if words[at] in _VERB:
                return at, _VERB[words[at]]
            start = _from_figure(words, at) if words[last] == "to" else None
            if start is not None:  # "increase from 320 last year to 640": the verb before "from"
                at, stop = start - 1, max(-1, start - 4)
                continue
            if words[at] in _REACH_ENDS or not words[at][0].isalpha():
                break  # another figure, or the clause ends: "fell 5.8 percent to 2,551"
            at -= 1
    return None


def _from_figure(words: list[str], at: int) -> int | None:
    """Where "from" stands when words[at] is the figure a change starts from ("from 320", "from USD 3.1")."""
    if not words[at][0].isdigit():
        return None
    return next((i for i in range(at - 1, max(-1, at - 3), -1) if words[i] == "from"), None)
