"""Ordinals and counts written in English words: "37th", "sixth", "No. 1"; "twice", "doubled",
"threefold"; set phrases that stand for a number ("World War II", "double-digit", "top-ranked");
fractions ("two-thirds" -> 0.6667, as 3분의 2)."""

from __future__ import annotations

import re
from decimal import Decimal

from drafter.parity.facts import FRACTION_PRECISION, Fact, Kind
from drafter.parity.facts_en_scan import (
    _NUMBER_WORDS,
    _ONE,
    _SMALL,
    _TEENS,
    _TENS,
    _UNITS,
    _WORD_RE,
    _alt,
    _Claims,
    _fact,
    _Index,
    _scan,
    _take_longest,
)

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6,
}  # fmt: skip
# Words a pass needs before it is worth trying (see `_Index`).
_FRACTION_WORDS = frozenset(
    """half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths seventh sevenths
    eighth eighths ninth ninths tenth tenths""".split()
)
_ORDINAL_START_WORDS = frozenset({*_ORDINALS, *_TENS})
# "fell by a third", "cut by about a quarter": a share, not an ordinal.
_BY_BEFORE_RE = re.compile(
    r"\bby\s+(?:(?:about|around|nearly|almost|roughly|some|over|under|more\s+than|less\s+than|at\s+least)\s+)?$", re.I
)
# Half as a share: "half of", "half the", "half as many", "more than half", "by half", "cut in half", "halved";
# not "the first half of" (a period), "half a million" (a number) or "half an hour" (minutes).
_HALF_WORDS = frozenset({"half", "halved", "halving"})
_HALF_SHARE_RE = re.compile(
    r"(?<!first )(?<!second )(?<!latter )(?<!former )(?<!back )(?<!front )"
    r"\b(?:(?P<w>[Hh]alf)(?=\s+(?:of|the|its|their|our|his|her|all|these|those|as\s+(?:many|much))\b)"
    r"|(?<=by |in )(?P<w2>half)\b(?![\s-]+an?\b|-)|(?P<w3>[Hh]alv(?:ed|ing)))"
)
_MULT_WORDS = frozenset(
    """twice thrice doubled doubling tripled tripling trebled quadrupled quadrupling double triple treble
    quadruple doubles triples quadruples twofold threefold fourfold fivefold sixfold sevenfold eightfold ninefold
    tenfold hundredfold""".split()
)
_NO_WORDS = frozenset({"no"})
_FRACTION_BEFORE_RE = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|a|[0-9]+)(?P<sep>[-\s])$", re.I
)
_DENOMINATORS = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
_HOUR_AFTER_RE = re.compile(r"[-\s]hour\b")
# Set phrases that stand for a number: the Korean says 제2차 세계대전, 두 자릿수, 세계 1위.
_WORLD_WAR_RE = re.compile(r"\b(?:World\s+War|WW)\s?(?P<n>One|Two|II|I|1|2)\b")
_DIGITS_WORD_RE = re.compile(r"\b(?P<n>single|double|triple)[-\s]digits?\b", re.I)
# "the world's top-ranked player", "topped the charts": first in a ranking (not "topped $1 billion").
_TOP_RE = re.compile(
    r"\btop-(?:ranked|seeded)\b|\btop(?:s|ped|ping)\b(?=\s+(?:the\s+)?[a-z])(?!\s+(?:up|off|out|about|around|over"
    r"|nearly|almost|more|some|a|an|with|by|in|at|on|to|for|and|or)\b)",
    re.I,
)
_FRONT_PAGE_RE = re.compile(r"\bfront[-\s]page\b", re.I)  # page 1: the Korean says 1면
# "ranked one and three in the world", "ranked 15th": a place in a ranking, an ordinal.
_RANKED_RE = re.compile(
    rf"\branked\s+(?P<n>[0-9]{{1,3}}|{_alt(_SMALL)})\b(?:\s+and\s+(?P<n2>[0-9]{{1,3}}|{_alt(_SMALL)})\b)?"
    r"(?![.,][0-9]|\s*(?:%|per\s?cent\b|percent\b|points?\b|times\b|places?\b|spots?\b))",
    re.I,
)
# A numbered item of a list or a law: "Article 27", "Types 1 to 3", "Phase 2", "Terminal 2" (제27조,
# 제1종~제3종, 2단계, 제2터미널): ordinals; "Article 27(1)" keeps its paragraph inside the fact.
_DESIGNATORS = (
    "article articles type types class classes grade grades phase phases stage stages level levels tier tiers "
    "round rounds chapter chapters section sections paragraph paragraphs item items category categories zone zones "
    "terminal terminals group groups"
)
_DESIGNATOR_WORDS = frozenset(_DESIGNATORS.split())
_DESIGNATOR_RE = re.compile(
    rf"\b(?:{_alt(_DESIGNATOR_WORDS)})\s+(?P<n>[0-9]{{1,3}})(?:\s?\([0-9]{{1,2}}\))?"
    r"(?:\s*(?:-|–|to|through|and)\s*(?P<n2>[0-9]{1,3})(?:\s?\([0-9]{1,2}\))?)?(?![0-9.,:%])",
    re.I,
)
# "both sides", "both countries": two, implied rather than stated (the Korean says 양측, 양국).
# "the biennial event" (2년마다 열리는), "triennial": every two or three years, implied.
_EVERY_YEARS_RE = re.compile(r"\b(?P<w>biennial|triennial)(?:ly)?\b", re.I)
_EVERY_YEARS = {"biennial": 2, "triennial": 3}
_EVERY_YEARS_WORDS = frozenset({"biennial", "triennial", "biennially", "triennially"})
_BOTH_RE = re.compile(r"\b[Bb]oth\s+(?:(?:the|of\s+the|our|their)\s+)?(?:[a-z]+\s+)?(?P<noun>[a-z]+s)\b")
_SET_PHRASE_VALUES = {"one": 1, "two": 2, "i": 1, "ii": 2, "1": 1, "2": 2, "single": 1, "double": 2, "triple": 3}
_SET_PHRASE_WORDS = frozenset(
    {"world", "ww", "single", "double", "triple", "top", "tops", "topped", "topping", "front", "ranked"}
)
_ORD_DIGIT_RE = re.compile(r"(?<![\w.,])(?P<n>[0-9]+)(?:st|nd|rd|th)\b")
_ORD_WORD_RE = re.compile(rf"\b(?:(?P<tens>{_alt(_TENS)})[-\s])?(?P<ord>{_alt(_ORDINALS)})\b", re.I)
_ORD_COUNTED_RE = re.compile(r"[-\s](?P<u>minute|floor)\b", re.I)
_ORD_NO_RE = re.compile(r"\b(?:No|no|NO)\.\s?(?P<n>[0-9]+)\b(?![.,][0-9])")
_ONCE_RE = re.compile(r"\b(?P<w>[Oo]nce)(?=\s+(?:a|an|per|every|each)\s+(?:day|week|month|quarter|year)\b)")
_FACTOR_RE = re.compile(rf"\ba\s+factor\s+of\s+(?P<n>[0-9]+(?:\.[0-9]+)?|{_alt(_SMALL)})\b", re.I)
_MULT_WORD_RE = re.compile(rf"\b(?P<w>{_alt(_MULT_WORDS)})\b(?!-)", re.I)
_MULT_VALUES = {"twi": 2, "dou": 2, "thr": 3, "tri": 3, "tre": 3, "qua": 4, "two": 2, "fou": 4, "fiv": 5,
                "six": 6, "sev": 7, "eig": 8, "nin": 9, "ten": 10, "hun": 100}  # fmt: skip
# "double" and "triple" are multipliers only as verbs or before a quantity: not "a double murder".
_DOUBLE_AFTER_RE = re.compile(
    r"\s+(?:the|its|their|his|her|our|that|this|what|from|in|by|to|last|every|since)\b|\s*[.,;]|\s*$", re.I
)
_DOUBLE_BEFORE_RE = re.compile(r"\b(?:to|will|would|could|can|may|might|nearly|almost|more\s+than|roughly)\s+$", re.I)
# "twice as high", "twice the size": how much more; otherwise "twice" says how often ("sent it twice").
_TWICE_MULT_AFTER_RE = re.compile(
    r"\s+(?:as|the|that|this|these|those|its|their|his|her|our|my|your|what|which|more|less|larger|bigger|higher"
    rf"|greater|faster|[0-9$€£¥₩]|{_alt(_NUMBER_WORDS)})\b|\s*[$€£¥₩]",
    re.I,
)


def _fractions(text: str, index: _Index) -> tuple[list[Fact], list[tuple[int, int]]]:
    """ "two-thirds", "one third of", "a quarter of", "three quarters", "fell by a third": a NUMBER
    rounded to 4 places, as the Korean 3분의 2 is. Half is one where it is a share ("half of", "half
    the", "by half", "halved", as 절반), implied rather than counted; other halves are no fact ("two and
    a half", "a half-hour"), and neither ordinal nor count. "seven halves" (ties in golf) is no fraction:
    a fraction is below one."""
    facts: list[Fact] = _halves(text, index)
    halves = []
    for p in index.at(_FRACTION_WORDS):
        m = _FRACTION_BEFORE_RE.search(text, max(0, p - 7), p)
        if m is None or (m.group("n").lower() == "a" and text[max(0, m.start() - 4) : m.start()].lower() == "and "):
            continue  # "two and a half years" is a number
        word = _WORD_RE.match(text, p)
        assert word is not None
        fraction = word.group().lower()
        single = m.group("n").lower() in ("a", "one") and fraction in _ORDINALS
        share = text.startswith(" of ", word.end()) or _BY_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
        if single and m.group("sep") != "-" and not share:
            continue  # "a third term" is an ordinal
        n = m.group("n").lower()
        numerator = 1 if n in ("a", "one") else int(n) if n.isdigit() else _UNITS.get(n, _TEENS.get(n, 10))
        denominator = _DENOMINATORS[fraction.rstrip("s").replace("lve", "lf")]
        if numerator >= denominator or _HOUR_AFTER_RE.match(text, word.end()):
            continue  # "seven halves", "a half-hour"
        if denominator == 2:
            halves.append((m.start(), word.end()))
            continue
        value = (Decimal(numerator) / denominator).quantize(FRACTION_PRECISION).normalize()
        facts.append(_fact(text, Kind.NUMBER, m.start(), word.end(), value=value, precision=FRACTION_PRECISION))
    return facts, halves


def _halves(text: str, index: _Index) -> list[Fact]:
    if not index.has(_HALF_WORDS):
        return []
    return [
        _fact(
            text,
            Kind.NUMBER,
            *m.span(m.lastgroup or 0),
            value=Decimal("0.5"),
            precision=FRACTION_PRECISION,
            implicit=True,
        )
        for m in _HALF_SHARE_RE.finditer(text)
    ]


def _set_phrase_facts(text: str, index: _Index, claims: _Claims) -> list[Fact]:
    """ "World War II", "WW1" (ordinals: 제2차 세계대전), "double-digit" (두 자릿수), "top-ranked",
    "ranked three" (1위, 3위), "front page" (1면)."""
    facts = _designators(text, index) + _both(text, index)
    if not index.has(_SET_PHRASE_WORDS) and "WW" not in text:
        return _take_longest(facts, claims)
    for m in _WORLD_WAR_RE.finditer(text):
        value = Decimal(_SET_PHRASE_VALUES[m.group("n").lower()])
        facts.append(_fact(text, Kind.ORDINAL, *m.span(), value=value))
    for m in _DIGITS_WORD_RE.finditer(text):
        facts.append(_fact(text, Kind.NUMBER, *m.span(), value=Decimal(_SET_PHRASE_VALUES[m.group("n").lower()])))
    for m in _TOP_RE.finditer(text):
        facts.append(_fact(text, Kind.ORDINAL, *m.span(), value=_ONE))
    for m in _FRONT_PAGE_RE.finditer(text):
        facts.append(_fact(text, Kind.NUMBER, *m.span(), value=_ONE))
    for m in _RANKED_RE.finditer(text):
        for group in ("n", "n2"):
            if m.group(group):
                n = m.group(group).lower()
                value = Decimal(int(n) if n.isdigit() else _SMALL[n])
                facts.append(_fact(text, Kind.ORDINAL, *m.span(group), value=value))
    return _take_longest(facts, claims)


def _designators(text: str, index: _Index) -> list[Fact]:
    """ "Article 27", "Types 1 to 3": the number of an item, an ordinal (range)."""
    facts = []
    for m in _scan(_DESIGNATOR_RE, text, index.at(_DESIGNATOR_WORDS)):
        end_fact = None
        if m.group("n2") and int(m.group("n2")) > int(m.group("n")):
            end_fact = _fact(text, Kind.ORDINAL, m.start("n2"), m.end(), value=Decimal(m.group("n2")))
        end = m.end() if end_fact is not None else m.end("n") if m.group("n2") else m.end()
        facts.append(_fact(text, Kind.ORDINAL, m.start(), end, value=Decimal(m.group("n")), range_end=end_fact))
    return facts


def _both(text: str, index: _Index) -> list[Fact]:
    """ "both sides", "both countries": an implicit two; "biennial": every two years."""
    facts = []
    if "both" in index.words:
        facts += [
            _fact(text, Kind.COUNT, *m.span(), value=Decimal(2), unit=m.group("noun"), implicit=True)
            for m in _BOTH_RE.finditer(text)
        ]
    if index.has(_EVERY_YEARS_WORDS):
        facts += [
            _fact(text, Kind.COUNT, *m.span(), value=Decimal(_EVERY_YEARS[m["w"].lower()]), unit="years", implicit=True)
            for m in _EVERY_YEARS_RE.finditer(text)
        ]
    return facts


def _ordinal_facts(text: str, index: _Index, claims: _Claims) -> list[Fact]:
    candidates = []
    for m in _scan(_ORD_DIGIT_RE, text, index.digits):
        candidates.append(_fact(text, Kind.ORDINAL, *m.span(), value=Decimal(m.group("n"))))
    for m in _scan(_ORD_NO_RE, text, index.at(_NO_WORDS)):
        candidates.append(_fact(text, Kind.ORDINAL, *m.span(), value=Decimal(m.group("n"))))
    for m in _scan(_ORD_WORD_RE, text, index.at(_ORDINAL_START_WORDS)):
        word = m.group("ord").lower()
        if _is_idiom_ordinal(text, m, word):
            continue
        value, start = _ORDINALS[word], m.start()
        if m.group("tens"):
            if value < 10:
                value += _TENS[m.group("tens").lower()]  # "twenty-first"
            else:
                start = m.start("ord")
        candidates.append(_fact(text, Kind.ORDINAL, start, m.end(), value=Decimal(value)))
    return _take_longest([_counted_ordinal(text, f) for f in candidates], claims)


def _counted_ordinal(text: str, fact: Fact) -> Fact:
    """ "the 25th minute", "the fifth-floor room": Korean writes a count (25분, 5층), and so do we."""
    m = _ORD_COUNTED_RE.match(text, fact.end)
    if m is None:
        return fact
    return _fact(text, Kind.COUNT, fact.start, m.end(), value=fact.value, unit=m.group("u").lower())


def _is_idiom_ordinal(text: str, m: re.Match[str], word: str) -> bool:
    before = text[max(0, m.start() - 6) : m.start()].lower()
    if word == "first":  # "at first", "first of all"
        return before.endswith("at ") or text.startswith(" of all", m.end())
    if word == "second":  # a unit of time
        return before.endswith(("per ", "split "))
    return False


def _multiplier_word_facts(text: str, index: _Index, claims: _Claims) -> list[Fact]:
    facts = []
    if "once" in index.words:  # "once a year" (연 1회); "once the plan passes" counts nothing
        for m in _ONCE_RE.finditer(text):
            facts.append(_fact(text, Kind.COUNT, *m.span("w"), value=_ONE, unit="times"))
    if "factor" in index.words:  # "rose by a factor of ten" (10배)
        for m in _FACTOR_RE.finditer(text):
            n = m.group("n").lower()
            value = Decimal(n) if n[0].isdigit() else Decimal(_SMALL[n])
            facts.append(_fact(text, Kind.MULTIPLIER, *m.span(), value=value, precision=_ONE))
    for m in _scan(_MULT_WORD_RE, text, index.at(_MULT_WORDS)):
        word = m.group("w").lower()
        if word in ("double", "triple", "treble", "quadruple", "doubles", "triples", "quadruples"):
            before = _DOUBLE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
            if not before and not _DOUBLE_AFTER_RE.match(text, m.end()):
                continue  # "a double murder"
        value = Decimal(_MULT_VALUES[word[:3]])
        if word in ("twice", "thrice") and not _TWICE_MULT_AFTER_RE.match(text, m.end()):
            facts.append(_fact(text, Kind.COUNT, *m.span(), value=value, unit="times"))  # "twice a year", "sent twice"
        else:
            facts.append(_fact(text, Kind.MULTIPLIER, *m.span(), value=value))
    return _take_longest(facts, claims)
