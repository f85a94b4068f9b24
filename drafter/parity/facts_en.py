"""Facts (amounts, counts, percents, dates …) in one paragraph of English text.

`extract(text)` returns the facts sorted by start, never overlapping, each with
`text[f.start:f.end] == f.text`. The passes run in a fixed order and each one
claims the characters it used, so that a later pass cannot reuse them:

1. links, e-mail addresses and phone numbers: claimed as *non-facts*;
2. calendar expressions (in `facts_en_dates`): dates and date ranges, quarters and
   halves, "last year", clock times (where candidates overlap, the longest wins);
   decades ("the 1990s", "in his 40s");
3. set phrases that stand for a number ("World War II", "double-digit", "top-ranked",
   "front page") and fractions ("two-thirds" -> 0.6667, as 3분의 2);
4. more non-facts: codes ("COVID-19", "G20", "Windows 10"), versions, "24/7", other
   decades ("the 90s"), list markers, halves ("a half": the Korean says 절반);
5. ordinals ("37th", "sixth", "No. 1"; "the 25th minute", "fifth floor" are counts, as
   25분 and 5층 are);
6. multiplier words ("twice as", "doubled"; "twice" alone says how often);
7. numbers in digits or words with what surrounds them: currency, scale, %,
   "times", the noun counted, a range partner ("3 to 5 people"); a bare year
   ("in 2022") becomes a DATE; units of time: "a year", "a decade" (10 years),
   "two decades" (20), "decades" (more than ten, as 수십 년);
8. "from"/"between" before a range and a qualifier before a fact ("about",
   "more than") are added to the fact.

The passes live by topic: calendar expressions in `facts_en_dates`, ordinals, multiplier
words, set phrases and fractions in `facts_en_counts`, numbers in `facts_en_numbers`, the
shared scanning machinery and number words in `facts_en_scan`.

For speed, patterns are not run over the whole text: `_Index` lists where words and
digit runs start, and each pattern is tried only at the words it can start with.

Conventions the matcher relies on:
- `precision` is the place value of the last digit written, after scaling:
  "4.3 billion" -> 1E+8, "$10 million" -> 1E+6, "4,300" -> 1, "two hundred" -> 1E+2.
  Vague quantities carry their own size: "hundreds of" -> value 100, precision 100,
  qualifier OVER ("dozens of" 12, "thousands of" 1000, "tens of thousands of" 10000);
  "a couple of" -> 2, ABOUT.
- The span covers the whole expression: qualifier, currency, scale, unit and the
  counted noun ("about 14 officials", "US$ 4.3 billion", "from 2019 to 2021").
- A range is one fact for the lower bound whose `range_end` is a fact of the same
  kind for the upper bound, with its own span inside the outer one. Parts written
  once apply to both ends: "$3-5 million" -> 3,000,000 .. 5,000,000 USD;
  "June 14-18, 2023" -> 2023-06-14 .. 2023-06-18.
- DATE facts have no value; QUARTER/HALF have value n and the year (or relative year)
  in `date` when written. TIME: `hour` is 0-23, "3 p.m." has minute 0.
- "three times a week", "twice a year" are COUNT with unit "times", not MULTIPLIER.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.parity import facts_en_qualifiers as qualifiers
from drafter.parity.facts import Fact, Kind, Qualifier
from drafter.parity.facts_en_counts import _fractions, _multiplier_word_facts, _ordinal_facts, _set_phrase_facts
from drafter.parity.facts_en_dates import _MONTHS, _WEEKDAYS, calendar_facts, decade_facts, with_frequencies
from drafter.parity.facts_en_numbers import _number_facts
from drafter.parity.facts_en_scan import (
    _CURRENCY_CODES,
    _NUMBER_WORDS,
    _QUAL_BEFORE_RE,
    _STOPWORDS,
    _Claims,
    _Index,
    _scan,
    _take_longest,
)

# A capitalised word followed by a number names a thing ("Windows 10", "Boeing 737") unless it is one of these.
_CAP_ALLOWED = _STOPWORDS | {"approximately", "roughly", "estimated", "exceeding", "some", "nearly", "almost"}
_CODE_PREFIX_ALLOWED = frozenset(
    {"mid", "pre", "post", "early", "late", "since", "until", "from", "in", "by", "end", "to", "and", "or", "of"}
)
_VERSION_WORDS = frozenset({"v", "ver", "version"})
_TLD_RE = re.compile(r"://|www\.|\.(?:com|org|net|gov|edu|int|kr|uk|jp|cn|io|info|biz)\b")
_URL_RE = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"']+"
    r"|\b[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10}\.(?:com|org|net|gov|edu|int|kr|uk|jp|cn|io|info|biz)\b"
    r"(?:/[^\s<>\"']*)?"  # a domain's labels as DNS allows them: tried at every word of "a-a-a-…" in bounded time
)
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # from the start of its run only
_PHONE_RE = re.compile(
    r"(?<![\w.,])(?:"
    r"\+[0-9]{1,3}(?:[\s.-]?\(?[0-9]{1,4}\)?){2,5}"  # +82-42-724-7654, +82 (0)42 724 7654
    r"|\(0?[0-9]{2,4}\)\s?[0-9]{3,4}[\s.-]?[0-9]{4}"  # (042) 724-7654
    r"|[0-9]{2,4}[-.][0-9]{3,4}[-.][0-9]{4}"  # 042-724-7654, 042.724.7654
    r"|1[5-8][0-9]{2}-[0-9]{4}"  # 1588-1234 (Korean service numbers)
    r"|0[0-9]{2,4}(?:\s[0-9]{3,4}){1,2}"  # 0800 555 111
    r")(?![0-9])"
)
_VERSION_WORD_RE = re.compile(r"\b[vV](?:er(?:sion)?\.?\s?)?[0-9]+(?:\.[0-9]+)+\b|\b[Vv]ersion\s+[0-9]+(?:\.[0-9]+)*\b")
_DOTTED_RE = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+){2,}(?![0-9])")  # 1.2.3, IP addresses
_SLASH_RE = re.compile(r"(?<![0-9])[0-9]+(?:/[0-9]+)+(?![0-9])")  # 24/7, 1/2
_DECADE_RE = re.compile(r"(?<![\w.,])(?:1[89]|20)?[0-9]0['’]?s\b")  # 1990s, '90s, his 30s
_LETTERS_BEFORE_RE = re.compile(r"(?<![A-Za-z])[A-Za-z]+$")
_CODE_TAIL_RE = re.compile(r"[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_MARKER_START_RE = re.compile(r"^\s*(?P<m>\(?[0-9]{1,2}[.)]|[0-9]{1,2}-[0-9]{1,2}\.)(?=\s)")
_MARKER_PAREN_RE = re.compile(r"(?<![\w(])\([0-9]{1,2}\)(?=\s)")
_CAPWORD_BEFORE_RE = re.compile(r"\b(?P<w>[A-Z][A-Za-z]*(?:['’]s)?)\s$")
_PLAIN_INT_RE = re.compile(r"[0-9]+(?![0-9]|[.,][0-9])")
_CAPWORD_KEEP_RE = re.compile(
    r"\s*(?:%|percent\b|per\s?cent\b|(?:hundred|thousand|million|billion|trillion|bn|mn|tn)\b|times\b"
    r"|(?:won|dollars?|euros?|yen|yuan|pounds?)\b|(?:KRW|USD|EUR|JPY|CNY|GBP)\b|(?:st|nd|rd|th)\b|-\s*[0-9]"
    r"|(?:years|months|weeks|days|hours|minutes|decades)\b)",
    re.I,
)
_SENTENCE_END_CHARS = ".!?:\"“‘'([—–-"
_RANGE_OPENER_RE = re.compile(r"\b(?:from|between)\s+$", re.I)
_QUAL_WORDS = {
    "about": Qualifier.ABOUT, "around": Qualifier.ABOUT, "approximately": Qualifier.ABOUT,
    "approx.": Qualifier.ABOUT, "roughly": Qualifier.ABOUT, "some": Qualifier.ABOUT, "nearly": Qualifier.ABOUT,
    "almost": Qualifier.ABOUT, "close to": Qualifier.ABOUT, "an estimated": Qualifier.ABOUT,
    "estimated": Qualifier.ABOUT, "circa": Qualifier.ABOUT,
    "more than": Qualifier.OVER, "greater than": Qualifier.OVER, "over": Qualifier.OVER, "above": Qualifier.OVER,
    "at least": Qualifier.OVER, "upwards of": Qualifier.OVER, "in excess of": Qualifier.OVER,
    "exceeding": Qualifier.OVER,
    "no more than": Qualifier.UNDER, "not more than": Qualifier.UNDER, "less than": Qualifier.UNDER,
    "fewer than": Qualifier.UNDER, "under": Qualifier.UNDER, "below": Qualifier.UNDER, "up to": Qualifier.UNDER,
    "at most": Qualifier.UNDER, "as many as": Qualifier.UNDER, "as much as": Qualifier.UNDER,
    "a maximum of": Qualifier.UNDER, "up to a maximum of": Qualifier.UNDER, "within": Qualifier.UNDER,
    "a minimum of": Qualifier.OVER, "no fewer than": Qualifier.OVER, "no less than": Qualifier.OVER,
    "not less than": Qualifier.OVER,
}  # fmt: skip
_QUALIFIED_KINDS = frozenset({Kind.AMOUNT, Kind.COUNT, Kind.NUMBER, Kind.PERCENT, Kind.POINT, Kind.MULTIPLIER})


def _link_spans(text: str, index: _Index) -> list[tuple[int, int]]:
    spans = [m.span() for m in _EMAIL_RE.finditer(text)] if "@" in text else []
    if _TLD_RE.search(text):
        for m in _URL_RE.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:)]}'\"":
                end -= 1
            spans.append((m.start(), end))
    starts = [s for p in index.digits for s in ((p - 1, p) if p and text[p - 1] in "+(" else (p,))]
    spans += [m.span() for m in _scan(_PHONE_RE, text, starts)]
    return spans


def _code_spans(text: str, index: _Index) -> list[tuple[int, int]]:
    spans = []
    if index.has(_VERSION_WORDS):
        spans += [m.span() for m in _VERSION_WORD_RE.finditer(text)]
    for regex in (_DOTTED_RE, _SLASH_RE, _DECADE_RE):
        spans += [m.span() for m in _scan(regex, text, index.digits)]
    m = _MARKER_START_RE.match(text)
    if m:
        spans.append(m.span("m"))
    for p in index.digits:
        before = text[p - 1] if p else ""
        if (before.isascii() and before.isalpha()) or before == "-":
            span = _code_span(text, p)
            if span:
                spans.append(span)
        elif before == "(":
            m = _MARKER_PAREN_RE.match(text, p - 1)
            if m:
                spans.append(m.span())
        elif before == " ":
            span = _product_number_span(text, p)
            if span:
                spans.append(span)
    return spans


def _code_span(text: str, p: int) -> tuple[int, int] | None:
    """ "G20", "MP3", "H1N1" (letters glued to digits), "COVID-19", "F-35" (capitalised word, hyphen, digits)."""
    hyphen = text[p - 1] == "-"
    m = _LETTERS_BEFORE_RE.search(text, max(0, p - 24), p - 1 if hyphen else p)
    if m is None:
        return None
    letters = m.group()
    if hyphen and letters.lower() in _CODE_PREFIX_ALLOWED:
        return None  # "mid-2019", "pre-2008": a year follows
    if not hyphen and letters.upper() in _CURRENCY_CODES:
        return None  # "KRW4.3bn"
    tail = _CODE_TAIL_RE.match(text, p)
    assert tail is not None  # the pattern matches the empty string
    return m.start(), tail.end()


def _product_number_span(text: str, p: int) -> tuple[int, int] | None:
    """ "Windows 10", "Boeing 737", "Article 5": a number that is part of a name is no fact."""
    m = _CAPWORD_BEFORE_RE.search(text, max(0, p - 30), p)
    n = _PLAIN_INT_RE.match(text, p)
    if m is None or n is None:
        return None
    word, number = m.group("w"), n.group()
    lower = word.lower()
    if word.endswith(("'s", "’s")) or lower in _CAP_ALLOWED or lower in _MONTHS or lower in _WEEKDAYS:
        return None
    if word.upper() in _CURRENCY_CODES or lower in _NUMBER_WORDS:
        return None
    prefix = text[: m.start()].rstrip()
    if not prefix or prefix[-1] in _SENTENCE_END_CHARS:
        return None  # "Since 2022", "Police 14": a capital at the start of a sentence says nothing
    if len(number) == 4 and 1900 <= int(number) <= 2099:
        return None  # "Act 2017", "Vision 2030": still a year
    if _CAPWORD_KEEP_RE.match(text, n.end()):
        return None  # "Samsung 4 billion won", "Grade 3-5"
    return n.span()


def _with_words_before(text: str, facts: list[Fact], claims: _Claims) -> list[Fact]:
    """Add "from"/"between" before a range and a qualifier ("about", "more than") to the fact."""
    out = []
    for fact in facts:
        if fact.range_end is not None:
            m = _RANGE_OPENER_RE.search(text, max(0, fact.start - 10), fact.start)
            if m and claims.free(m.start(), fact.start):
                claims.take(m.start(), fact.start)
                fact = replace(fact, start=m.start(), text=text[m.start() : fact.end])
        if (fact.kind in _QUALIFIED_KINDS or fact.kind == Kind.TIME) and fact.qualifier == Qualifier.EXACT:
            fact = _qualified(text, fact, claims)
        out.append(fact)
    return out


def _qualified(text: str, fact: Fact, claims: _Claims) -> Fact:
    m = _QUAL_BEFORE_RE.search(text, max(0, fact.start - 40), fact.start)
    if m is None or not claims.free(m.start(), fact.start):
        return fact
    key = re.sub(r"^(?:just|well|slightly|a little) ", "", re.sub(r"\s+", " ", m.group("q").lower()))
    qualifier = _QUAL_WORDS[key]
    if fact.kind == Kind.TIME and qualifier != Qualifier.ABOUT:
        return fact  # "before 3 p.m." is no approximation; "over 10 a.m." says nothing
    claims.take(m.start(), fact.start)
    end_fact = replace(fact.range_end, qualifier=qualifier) if fact.range_end else None
    return replace(fact, start=m.start(), text=text[m.start() : fact.end], qualifier=qualifier, range_end=end_fact)


def extract(text: str) -> list[Fact]:
    """Every fact in one paragraph of English text, sorted by start and not overlapping."""
    claims = _Claims(len(text))
    index = _Index(text)
    claims.block(_link_spans(text, index))
    facts = calendar_facts(text, index, claims)
    facts += decade_facts(text, index, claims)
    facts += _set_phrase_facts(text, index, claims)
    fractions, halves = _fractions(text, index)
    facts += _take_longest(fractions, claims)
    claims.block(halves + _code_spans(text, index))
    facts += _ordinal_facts(text, index, claims)
    facts += _multiplier_word_facts(text, index, claims)
    facts += _number_facts(text, index, claims)
    facts = with_frequencies(text, index, claims, facts)
    facts.sort(key=lambda f: f.start)
    return qualifiers.attach(text, _with_words_before(text, facts, claims))
