"""Numbers as written in English text, before what surrounds them is read: digits with a scale or letters
glued to them ("4.3 billion", "10km"), number words ("fourteen", "a hundred and five"), vague quantities
("dozens of", "a few hundred") and spans of time ("a decade", "an hour"); `facts_en_numbers` reads the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from drafter.parity.facts import Qualifier
from drafter.parity.facts_en_scan import (
    _NUMBER_WORDS,
    _ONE,
    _SCALES,
    _SMALL,
    _TEENS,
    _UNITS,
    _WORD_RE,
    _alt,
    _Claims,
    _Index,
    _scan,
)

# Letters glued to digits: "4.3bn", "3x", "25bp", "10km".
_GLUE_SCALES = {"k": 10**3, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "tn": 10**12, "trn": 10**12}
_VAGUE_START_WORDS = frozenset("dozens scores tens hundreds thousands millions billions trillions several many".split())
_DECADES_WORDS = frozenset({"decades"})
_FEW_WORDS = frozenset({"few"})
_COUPLE_WORDS = frozenset({"couple", "pair"})
_HALF_WORDS = frozenset({"half"})
_DIGIT_RE = re.compile(
    r"(?:(?<=KRW|USD|EUR|JPY|CNY|GBP|RMB)|(?<![\w.,])(?<![0-9]:))"
    r"(?P<num>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)(?![0-9])"
    r"(?:(?P<glue>[A-Za-z]+)\b|[\s-](?P<scale>hundred|thousand|million|billion|trillion|bn|mn|mln|bln|tn)\b)?",
    re.I,
)
_WORD_RUN_RE = re.compile(
    rf"\b(?:a\s+)?(?:{_alt(_NUMBER_WORDS)})(?:(?:\s+and\s+|-|\s+)(?:{_alt(_NUMBER_WORDS)}))*\b", re.I
)
_A_BEFORE_RE = re.compile(r"\b[Aa]\s+$")
_AND_HALF_RE = re.compile(r"\s+and\s+a\s+half\b(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?", re.I)
_VAGUE_RE = re.compile(
    r"\b(?:(?P<pl>dozens|scores|tens|hundreds|thousands|millions|billions|trillions)\s+of"
    r"(?:\s+(?P<pl2>thousands|millions|billions)(?:\s+of\b)?)?(?!\s+[0-9])"
    r"|(?P<sev>several|a\s+few|many)\s+(?P<sc>hundred|thousand|million|billion)s?"
    r"(?:\s+(?P<sc2>thousand|million|billion))?(?:\s+of\b)?)\b",
    re.I,
)
_VAGUE_VALUES = {
    "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 10**3,
    "millions": 10**6, "billions": 10**9, "trillions": 10**12, "hundred": 100, **_SCALES,
}  # fmt: skip
# "millions more", "could reach the thousands": the plural alone, without "of".
_VAGUE_ALONE_RE = re.compile(
    r"\b(?:(?P<pl>hundreds|thousands|millions|billions)\s+more|(?<=the\s)(?P<pl2>hundreds|thousands|millions|billions))\b",
    re.I,
)
# "decades", "decades of talks", "a decades-long dispute": more than ten years (the Korean 수십 년).
# Centuries are left alone: Korean counts them too (두 세기, 지난 세기), not in years.
_DECADES_RE = re.compile(r"\b(?P<w>decades)\b(?:\s+of\b)?", re.I)
_SPAN_YEARS = {"decade": 10, "decades": 10}  # "two decades" = 20 years (Korean has no word for a decade: 20년)
# "a year", "an hour", "a decade later", "over the past decade": one unit of time, counted.
_ARTICLE_UNIT_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he\s+past|[Tt]he\s+last(?=\s+decade))\s+"
    r"(?P<u>year|month|week|day|hour|decade)(?:-(?:long|old))?\b(?!-)"
)
_ARTICLE_UNIT_WORDS = frozenset({"year", "month", "week", "day", "hour", "decade"})
# "$5 a day", "twice a year", "5 percent a year": a rate, not a span of time.
_RATE_BEFORE_RE = re.compile(
    r"(?:[0-9%]|\b(?:once|twice|thrice|times|percent|cent|won|dollars?|euros?|pounds?|yen|yuan|per))\s+$", re.I
)
# "quarter-hour", "half an hour": minutes.
_PART_HOUR_RE = re.compile(r"\b(?:(?P<q>quarter)[-\s]hour|half[-\s]an[-\s]hour|half[-\s]hour)\b", re.I)
_COUPLE_RE = re.compile(r"\b[Aa]\s+(?P<w>couple|pair)\s+of\b")
_HALF_A_RE = re.compile(r"\b(?i:half)\s+an?\s+(?P<sc>(?i:dozen|hundred|thousand|million|billion|trillion))\b")
_PREV_WORD_RE = re.compile(r"(?P<w>[A-Za-z]+)[\s-]*$")


def _pow10(n: int) -> Decimal:
    return _ONE.scaleb(n)


def _tidy(value: Decimal) -> Decimal:
    """4.3E+9 -> 4300000000; written decimals ("4.30") are kept.

    Numbers too long for the decimal context (28 digits: no release writes one) stay as they are.
    """
    if value.adjusted() >= 27 or value != value.to_integral_value():
        return value
    return value.quantize(_ONE)


def _with_a(text: str, p: int) -> list[int]:
    """Try at "a" before a word first: "a hundred", "a couple of", "a few hundred"."""
    m = _A_BEFORE_RE.search(text, max(0, p - 4), p)
    return [m.start(), p] if m else [p]


@dataclass(frozen=True)
class _Num:
    """A number as written, before looking at its surroundings: "4.3 billion", "fourteen", "dozens of"."""

    start: int
    end: int
    value: Decimal
    precision: Decimal
    scale: int = 1  # the scale word or abbreviation applied ("billion" -> 10**9)
    glue: str = ""  # letters glued to the digits and not used yet ("x", "km", "m"), as written
    words: bool = False
    plain: str = ""  # the digits when written as a plain integer ("2022"), for the year test
    qualifier: Qualifier = Qualifier.EXACT  # built into vague forms: "dozens of" is OVER
    noun: str = ""  # the thing counted when the number names it: "a year", "decades"

    def scaled(self, scale: int) -> _Num:
        return replace(
            self, value=_tidy(self.value * scale), precision=self.precision * scale, scale=self.scale * scale, plain=""
        )


def _find_cores(text: str, index: _Index, claims: _Claims) -> list[_Num]:
    """All numbers not claimed yet, the longest where they overlap, in text order."""
    candidates = _vague_cores(text, index) + _digit_cores(text, index) + _word_cores(text, index)
    chosen: list[_Num] = []
    local = _Claims(len(text))
    for num in sorted(candidates, key=lambda n: (n.start - n.end, n.start)):
        if claims.free(num.start, num.end) and local.free(num.start, num.end):
            local.take(num.start, num.end)
            chosen.append(num)
    return sorted(chosen, key=lambda n: n.start)


def _digit_cores(text: str, index: _Index) -> list[_Num]:
    cores = []
    for m in _scan(_DIGIT_RE, text, index.digits):
        raw = m.group("num")
        if raw[0] == "0" and raw[1:2].isdigit():
            continue  # "007", "0800": codes, not quantities
        digits = raw.replace(",", "")
        decimals = len(digits.partition(".")[2])
        num = _Num(m.start(), m.end(), Decimal(digits), _pow10(-decimals), plain=raw if raw.isdigit() else "")
        glue = m.group("glue") or ""
        scale_word = (m.group("scale") or "").lower()
        if scale_word:
            num = num.scaled(_SCALES.get(scale_word) or _GLUE_SCALES.get(scale_word) or 100)
        elif glue.lower() in _GLUE_SCALES:
            num = num.scaled(_GLUE_SCALES[glue.lower()])
        elif glue.lower() in _SCALES:  # "£11million", "€3.1billion"
            num = num.scaled(_SCALES[glue.lower()])
        elif glue:
            num = replace(num, glue=glue)
        cores.append(_with_and_a_half(text, num))
    return cores


def _with_and_a_half(text: str, num: _Num) -> _Num:
    """ "two and a half years", "one and a half million" """
    m = _AND_HALF_RE.match(text, num.end)
    if m is None or num.scale != 1 or num.glue or num.precision != 1:
        return num
    half = replace(num, end=m.end(), value=num.value + Decimal("0.5"), precision=Decimal("0.1"), plain="")
    if m.group("scale"):
        half = replace(half.scaled(_SCALES[m.group("scale").lower()]), end=m.end())
    return half


def _word_cores(text: str, index: _Index) -> list[_Num]:
    cores = []
    end = -1
    for p in index.at(_NUMBER_WORDS):
        if p < end:
            continue
        for start in _with_a(text, p):
            run = _WORD_RUN_RE.match(text, start)
            if run:
                end = run.end()
                cores += _parse_run(text, run)
                break
    return cores


def _parse_run(text: str, run: re.Match[str]) -> list[_Num]:
    """The numbers in a run of number words: usually one, "two three" gives two."""
    tokens = [
        (t.group().lower(), run.start() + t.start(), run.start() + t.end())
        for t in _WORD_RE.finditer(run.group())
        if t.group().lower() != "and"  # "and" stays in the text between tokens, checked by _parse_words
    ]
    cores = []
    i = 0
    while i < len(tokens):
        parsed = _parse_words(text, tokens, i)
        if parsed is None:
            i += 1
            continue
        j, value, precision = parsed
        num = _Num(tokens[i][1], tokens[j - 1][2], Decimal(value), precision, words=True)
        if value >= 100 and precision > 1:
            num = replace(num, scale=int(precision))  # lets "three to five million" share the scale
        cores.append(_with_and_a_half(text, num))
        i = j
    return cores


def _parse_words(text: str, tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int, Decimal] | None:
    """Read one number from tokens[i:]: (index after it, value, precision), or None.

    Grammar: [a] small [hundred [and] small] (scale [and] ...)*, where small is 0-99
    ("twenty-one", "twenty one"). The precision is the place value of the last part:
    "two hundred" -> 100, "two hundred and five" -> 1, "fourteen million" -> 1E+6.
    """
    total, small, small_prec = 0, None, 1
    last = ""  # kind of the last token: "unit", "teen", "tens", "hundred", "scale"
    last_scale = 10**15
    total_prec = _ONE
    end = k = i
    if tokens[i][0] == "a":
        if i + 1 >= len(tokens) or tokens[i + 1][0] not in ("hundred", "dozen", *_SCALES):
            return None
        small, last, k = 1, "unit", i + 1
    while k < len(tokens):
        word = tokens[k][0]
        if k > i and "and" in text[tokens[k - 1][2] : tokens[k][1]].lower() and last not in ("hundred", "scale"):
            break
        if word in _SMALL:
            value = _SMALL[word]
            kind = "unit" if word in _UNITS else "teen" if word in _TEENS else "tens"
            if word == "zero" and (small is not None or total):
                break
            if small is None:
                small = value
            elif (last == "tens" and kind == "unit" and value) or (last == "hundred" and small % 100 == 0):
                small += value
            else:
                break
            small_prec, last = 1, kind
        elif word in ("hundred", "dozen"):
            if small is None or small >= 100 or last == "hundred":
                break
            if word == "dozen":
                small, small_prec, end = small * 12, 1, k + 1
                break
            small, small_prec, last = small * 100, 100, "hundred"
        elif word in _SCALES:
            scale = _SCALES[word]
            if small is None or scale >= last_scale:
                break
            total += small * scale
            total_prec = Decimal(small_prec * scale)
            small, last, last_scale = None, "scale", scale
        else:
            break
        end = k = k + 1
    if end == i or (end == i + 1 and tokens[i][0] == "a"):
        return None
    if small is not None:
        return end, total + small, Decimal(small_prec)
    return end, total, total_prec


def _vague_cores(text: str, index: _Index) -> list[_Num]:
    """ "dozens of", "hundreds of thousands of", "several hundred", "a couple of", "half a million" """
    cores = []
    few = [s for p in index.at(_FEW_WORDS) for s in _with_a(text, p)]
    starts = sorted({*index.at(_VAGUE_START_WORDS), *few})
    for m in _scan(_VAGUE_RE, text, starts):
        if m.group("pl"):
            value = _VAGUE_VALUES[m.group("pl").lower()] * _VAGUE_VALUES.get((m.group("pl2") or "").lower(), 1)
        else:
            value = _VAGUE_VALUES[m.group("sc").lower()] * _VAGUE_VALUES.get((m.group("sc2") or "").lower(), 1)
        cores.append(_Num(*m.span(), Decimal(value), Decimal(value), scale=value, qualifier=Qualifier.OVER))
    for m in _scan(_VAGUE_ALONE_RE, text, index.at(_VAGUE_START_WORDS)):
        value = Decimal(_VAGUE_VALUES[(m.group("pl") or m.group("pl2")).lower()])
        cores.append(_Num(*m.span(), value, value, scale=int(value), qualifier=Qualifier.OVER))
    cores += _time_span_cores(text, index)
    couples = [s for p in index.at(_COUPLE_WORDS) for s in _with_a(text, p)]
    for m in _scan(_COUPLE_RE, text, couples):
        qualifier = Qualifier.ABOUT if m.group("w") == "couple" else Qualifier.EXACT
        cores.append(_Num(*m.span(), Decimal(2), _ONE, words=True, qualifier=qualifier))
    for m in _scan(_HALF_A_RE, text, index.at(_HALF_WORDS)):
        scale = m.group("sc").lower()
        if scale == "dozen":
            cores.append(_Num(*m.span(), Decimal(6), _ONE, words=True))
        else:
            size = 100 if scale == "hundred" else _SCALES[scale]
            cores.append(_Num(*m.span(), Decimal(size // 2), Decimal(size // 10), scale=size, words=True))
    return cores


def _time_span_cores(text: str, index: _Index) -> list[_Num]:
    """ "decades" (10 and more years), "a year", "a decade", "the past decade", "quarter-hour"."""
    cores = []
    for m in _scan(_DECADES_RE, text, index.at(_DECADES_WORDS)):
        prev = _PREV_WORD_RE.search(text, max(0, m.start() - 20), m.start())
        if (prev and prev.group("w").lower() in _NUMBER_WORDS) or text[: m.start()].rstrip()[-1:].isdigit():
            continue  # "two decades": a number and its noun
        value = Decimal(_SPAN_YEARS[m.group("w").lower()])
        cores.append(_Num(*m.span(), value, value, qualifier=Qualifier.OVER, noun=m.group("w").lower()))
    if index.has(_ARTICLE_UNIT_WORDS):
        starts = [s for p in index.at(frozenset({"a", "an", "the"})) for s in (p,)]
        for m in _scan(_ARTICLE_UNIT_RE, text, starts):
            if _RATE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
                continue
            unit = m.group("u")
            value = Decimal(_SPAN_YEARS.get(unit, 1))
            cores.append(_Num(*m.span(), value, value, words=True, noun=unit))
    if "hour" in index.words:
        for m in _PART_HOUR_RE.finditer(text):
            value = Decimal(15 if m.group("q") else 30)
            cores.append(_Num(*m.span(), value, _ONE, words=True, noun="minutes"))
    return cores
