"""What a sentence says may, must or will not happen, attached to every figure in it: allowed or banned
(허용/금지, allowed/banned), mandatory or recommended (의무/권고, mandatory/recommended), done or not done
(한다/하지 않는다, will/will not).

A sentence states one of a pair only when its words say that one and not the other, so that compare
finds a disagreement only where the two versions clearly disagree about a sentence whose figures are the
same. Negation is read narrowly: a Korean sentence negates with 지 않/지 못/지 말, an English one with "will
not", "does not", "cannot" …; a sentence affirms only if it has no negative word at all (동결, 유지,
"freeze", "keep" …), since a translation may say "will keep fees unchanged" for 인상하지 않는다. One pass of
a few regular expressions per sentence: linear.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.parity.facts import Fact, Said

_KO_SENTENCE_END = re.compile(r"(?<=다\.)\s+|(?<=[.!?])\s*\n|(?<=[!?])\s+")
_EN_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“])|\n")

# (aspect, value): the words that state it in each language.
_KO = {
    ("permission", "permit"): r"허용|허가(?=[하한했된됩될])|수\s?있(?=도록|게|다|습니다|으며|고)",
    ("permission", "forbid"): r"금지|불허|불가(?!피|결|능성)|수\s?없(?=도록|게|다|습니다|으며|고)|못하도록",
    ("obligation", "oblige"): r"의무(?!감|경찰)|해야\s?한|하여야|필수(?!품)|반드시",
    ("obligation", "recommend"): r"권고|권장|권유",
    # The sentence's own predicate negated, at its end: 인상하지 않는다, 시행하지 않기로 했다.
    ("polarity", "negate"): r"지\s?않(?:는다|기로\s?했다|을\s?(?:계획|예정|방침)이다)(?=[.\s\"”']*$)",
}
_EN = {
    (
        "permission",
        "permit",
    ): r"(?<!not )(?<!n't )(?<!n’t )(?:allow(?:s|ed|ing)?|permit(?:s|ted)?|(?:will\s+)?be\s+able\s+to)",
    ("permission", "forbid"): r"ban(?:s|ned)?|prohibit(?:s|ed|ion)?|forbid(?:s|den)?|barred|not\s+(?:be\s+)?(?:allowed"
    r"|permitted)|cannot|can['’]t",
    ("obligation", "oblige"): r"mandatory|obligatory|compulsory|must|required|obliged|have\s+to|has\s+to",
    ("obligation", "recommend"): r"recommend(?:s|ed|ation)?|advise[sd]?|encourage[sd]?|urge[sd]?|voluntary",
    # What a release says will not be done: not what someone "did not think" in a quotation.
    ("polarity", "negate"): r"will\s+not|won['’]t|will\s+no\s+longer|(?:decided|plans?|agreed)\s+not\s+to",
}
# A sentence affirms (for the polarity pair) where it has none of these: a negation said in other words.
_KO_NEGATIVE = re.compile(
    r"않|못|없|아니|아닌|아님|말고|말아|금지|중단|중지|불[가-힣]|폐지|유보|보류|동결|철회|거부|반대|취소|면제|제외"
    r"|유지|그대로|현행|동일|자제|연기|차단|제한|배제|생략|미루|멈추|막"
)
_EN_NEGATIVE = re.compile(
    r"\b(?:not|no|never|none|nor|without|neither|halt\w*|stop\w*|suspend\w*|freez\w*|froze\w*|ban\w*|refrain\w*"
    r"|exempt\w*|scrap\w*|cancel\w*|drop\w*|abolish\w*|end\w*|skip\w*|avoid\w*|keep\w*|kept|remain\w*|unchanged"
    r"|fail\w*|lack\w*|hold\w*|held|declin\w*|rul\w*|den[iy]\w*|reject\w*|postpon\w*|delay\w*|defer\w*|instead"
    r"|rather|unless|except\w*|prevent\w*|prohibit\w*|block\w*|bar\w*|limit\w*|restrict\w*|waiv\w*|free|maintain\w*"
    r"|retain\w*|stay\w*|paus\w*|withdr\w*|cut\w*|reduc\w*|lower\w*|less|fewer|only)\b|n['’]t\b",
    re.I,
)
# The affirmative an English sentence must state for "will not" to be disagreed with: "will", "plans to" …
_EN_AFFIRM = re.compile(r"\b(?:will|plans?\s+to|decided\s+to|agreed\s+to|is\s+to|are\s+to)\b", re.I)
# The sentence's last verb in the present or a plan (지원한다, 시행된다, 추진할 계획이다), not a past one or a
# verb of saying (밝혔다, 말했다), whose clause may be negative.
_KO_PREDICATE = re.compile(r"[가-힣]*(?:[한된는간연준낸선진른든인]다|(?:계획|예정|방침)이다)(?=[.\s\"”']*$)")


def _compiled(table: dict[tuple[str, str], str], flags: int = 0) -> list[tuple[str, str, re.Pattern[str]]]:
    return [(aspect, value, re.compile(rf"(?:{words})", flags)) for (aspect, value), words in table.items()]


_KO_WORDS = _compiled(_KO)
_EN_WORDS = _compiled({key: rf"\b(?:{words})\b" for key, words in _EN.items()}, re.I)


def attach(text: str, facts: list[Fact], lang: str) -> list[Fact]:
    """The facts, each with what the sentence it stands in says may, must or will not happen."""
    if not facts:
        return facts
    out, i = [], 0
    for start, end, said in _sentences(text, lang):
        while i < len(facts) and facts[i].start < end:
            fact = facts[i]
            out.append(replace(fact, said=(*fact.said, *said)) if said and fact.start >= start else fact)
            i += 1
    return out + list(facts[i:])


def _sentences(text: str, lang: str) -> list[tuple[int, int, tuple[Said, ...]]]:
    ends = _KO_SENTENCE_END if lang == "ko" else _EN_SENTENCE_END
    bounds, start = [], 0
    for m in ends.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return [(s, e, _stated(text, s, e, lang)) for s, e in bounds]


def _stated(text: str, start: int, end: int, lang: str) -> tuple[Said, ...]:
    """What one sentence states: for each aspect, the one value its words say (none where they say both)."""
    found: dict[str, list[Said]] = {}
    for aspect, value, words in _KO_WORDS if lang == "ko" else _EN_WORDS:
        m = words.search(text, start, end)  # as if the text ended with the sentence: $ is its end
        if m is not None:
            at = _words_around(text, m.start(), m.end()) if value == "negate" and lang == "ko" else m.span()
            found.setdefault(aspect, []).append(Said(aspect, value, *at))
    if "polarity" not in found:
        affirm = _affirmed(text, start, end, lang)
        if affirm is not None:
            found["polarity"] = [affirm]
    return tuple(said[0] for said in found.values() if len(said) == 1)


_HANGUL_BEFORE = re.compile(r"[가-힣]*$")
_HANGUL_AFTER = re.compile(r"[가-힣]*")


def _words_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The Korean words a negation is written across: 지 않 → 인상하지 않기로."""
    before = _HANGUL_BEFORE.search(text, max(0, start - 12), start)
    after = _HANGUL_AFTER.match(text, end)
    return (before.start() if before else start), (after.end() if after else end)


def _affirmed(text: str, start: int, end: int, lang: str) -> Said | None:
    """A sentence with no negative word at all, on the words that affirm it (its last verb, "will")."""
    if (_KO_NEGATIVE if lang == "ko" else _EN_NEGATIVE).search(text, start, end):
        return None
    m = (_KO_PREDICATE if lang == "ko" else _EN_AFFIRM).search(text, start, end)
    return Said("polarity", "affirm", m.start(), m.end()) if m else None
