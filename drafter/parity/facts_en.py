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
from dataclasses import dataclass, replace
from decimal import Decimal

from drafter.parity.facts import DateValue, Fact, Kind, Qualifier
from drafter.parity.facts_en_dates import (
    _BETWEEN_BEFORE_RE,
    _MONTHS,
    _WEEKDAYS,
    _WORD_RE,
    _alt,
    _Claims,
    _fact,
    _Index,
    _scan,
    _take_longest,
    calendar_facts,
    decade_facts,
)

# ---------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SMALL = {**_UNITS, **_TEENS, **_TENS}
_NUMBER_WORDS = frozenset({*_SMALL, "hundred", "dozen", *_SCALES})

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6,
}  # fmt: skip

_CURRENCY_WORDS = {
    "won": "KRW", "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "pounds": "GBP", "sterling": "GBP",
}  # fmt: skip
_CURRENCY_CODES = {"KRW", "USD", "EUR", "JPY", "CNY", "GBP", "RMB", "HKD", "AUD", "CAD", "SGD"}
_CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW",
    "hk$": "HKD", "a$": "AUD", "c$": "CAD", "s$": "SGD", "nz$": "NZD", "rmb": "CNY",
}  # fmt: skip

# Letters glued to digits: "4.3bn", "3x", "25bp", "10km".
_GLUE_SCALES = {"k": 10**3, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "tn": 10**12, "trn": 10**12}
_GLUE_SCALES_WITH_CURRENCY = {"m": 10**6, "b": 10**9}  # "$10m", "£3b"; "100m" alone is a distance
_GLUE_UNITS = set(
    """km kg cm mm m g mg t ml l ha kw mw gw kwh mwh gwh twh gb mb tb kb mph kph kmh ft lb lbs oz mi sqm hz ghz
    mhz h hr hrs min mins sec secs nm""".split()
)

# Words that end the search for the noun after a number: "14 of the", "3 were", "5 said".
_STOPWORDS = frozenset(
    """a an the of to in on at for with by from into onto upon about above below over under between among
    across through during after before since until till against within without per via than as and or but
    nor so yet if because while when where whereas whether which who whom whose what that this these those
    there here then now it its he him his she her hers they them their we us our you your i me my one ones
    is are was were be been being am has have had having do does did done will would shall should can could
    may might must not no also only just even still all both each every either neither any some such most
    less fewer least up down out off back again too very ago later earlier apiece alone respectively said
    says say told tell according another away instead together ahead behind including compared versus vs
    plus minus yesterday today tomorrow tonight around approximately almost nearly roughly percent times
    last next thereafter overall old go goes went gone come comes came get gets got make makes made take takes
    took remain remains remained die dies died voted enter enters entered stay stays stayed""".split()
)
# Common adjectives skipped on the way to the noun: "5 more people", "3 new cases".
_ADJECTIVES = frozenset(
    """more new other additional extra further different separate consecutive straight major small large big
    young local foreign senior key main full whole previous former top successive individual leading
    outstanding remaining registered confirmed reported suspected current existing""".split()
)
# Plural-less nouns that make a year-like number a count: "2000 people".
_PEOPLE = frozenset({"people", "children", "men", "women", "staff", "police", "personnel", "troops", "youth"})
# Words before a year-like number that make it a year: "the 2019 elections", "by 2030 emissions".
_YEAR_LEFT = frozenset(
    """the in since by of from until till to before after during early late mid for its their his her this
    that and or between through around circa year fiscal""".split()
)
# A capitalised word followed by a number names a thing ("Windows 10", "Boeing 737") unless it is one of these.
_CAP_ALLOWED = _STOPWORDS | {"approximately", "roughly", "estimated", "exceeding", "some", "nearly", "almost"}
_CODE_PREFIX_ALLOWED = frozenset(
    {"mid", "pre", "post", "early", "late", "since", "until", "from", "in", "by", "end", "to", "and", "or", "of"}
)

# Words a pass needs before it is worth trying (see `_Index`).
_FRACTION_WORDS = frozenset(
    """half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths seventh sevenths
    eighth eighths ninth ninths tenth tenths""".split()
)
_ORDINAL_START_WORDS = frozenset({*_ORDINALS, *_TENS})
_MULT_WORDS = frozenset(
    """twice thrice doubled doubling tripled tripling trebled quadrupled quadrupling double triple treble
    quadruple doubles triples quadruples twofold threefold fourfold fivefold sixfold sevenfold eightfold ninefold
    tenfold hundredfold""".split()
)
_VAGUE_START_WORDS = frozenset("dozens scores tens hundreds thousands millions billions trillions several many".split())
_DECADES_WORDS = frozenset({"decades"})
_VERSION_WORDS = frozenset({"v", "ver", "version"})
_NO_WORDS = frozenset({"no"})
_FEW_WORDS = frozenset({"few"})
_COUPLE_WORDS = frozenset({"couple", "pair"})
_HALF_WORDS = frozenset({"half"})

# ---------------------------------------------------------------------------
# Regular expressions (each is tried where `_Index` says it can start)
# ---------------------------------------------------------------------------


# -- non-facts ---------------------------------------------------------------
_TLD_RE = re.compile(r"://|www\.|\.(?:com|org|net|gov|edu|int|kr|uk|jp|cn|io|info|biz)\b")
_URL_RE = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"']+"
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|int|kr|uk|jp|cn|io|info|biz)\b(?:/[^\s<>\"']*)?"
)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
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
_FRACTION_BEFORE_RE = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|a|[0-9]+)(?P<sep>[-\s])$", re.I
)
_DENOMINATORS = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
_FRACTION_PRECISION = Decimal("0.0001")
_HOUR_AFTER_RE = re.compile(r"[-\s]hour\b")
_CAPWORD_BEFORE_RE = re.compile(r"\b(?P<w>[A-Z][A-Za-z]*(?:['’]s)?)\s$")
_PLAIN_INT_RE = re.compile(r"[0-9]+(?![0-9]|[.,][0-9])")
_CAPWORD_KEEP_RE = re.compile(
    r"\s*(?:%|percent\b|per\s?cent\b|(?:hundred|thousand|million|billion|trillion|bn|mn|tn)\b|times\b"
    r"|(?:won|dollars?|euros?|yen|yuan|pounds?)\b|(?:KRW|USD|EUR|JPY|CNY|GBP)\b|(?:st|nd|rd|th)\b|-\s*[0-9]"
    r"|(?:years|months|weeks|days|hours|minutes|decades)\b)",
    re.I,
)
_SENTENCE_END_CHARS = ".!?:\"“‘'([—–-"

# -- ordinals and multiplier words ---------------------------------------------
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
_SET_PHRASE_VALUES = {"one": 1, "two": 2, "i": 1, "ii": 2, "1": 1, "2": 2, "single": 1, "double": 2, "triple": 3}
_SET_PHRASE_WORDS = frozenset(
    {"world", "ww", "single", "double", "triple", "top", "tops", "topped", "topping", "front", "ranked"}
)
_ORD_DIGIT_RE = re.compile(r"(?<![\w.,])(?P<n>[0-9]+)(?:st|nd|rd|th)\b")
_ORD_WORD_RE = re.compile(rf"\b(?:(?P<tens>{_alt(_TENS)})[-\s])?(?P<ord>{_alt(_ORDINALS)})\b", re.I)
_ORD_COUNTED_RE = re.compile(r"[-\s](?P<u>minute|floor)\b", re.I)
_ORD_NO_RE = re.compile(r"\b(?:No|no|NO)\.\s?(?P<n>[0-9]+)\b(?![.,][0-9])")
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
# "three times a week", "twice a year": how often, not how much more.
_FREQ_AFTER_RE = re.compile(
    r"\s+(?:a|an|per|each|every|in|this|last|since|during|within|so|already|before|daily|weekly|monthly|yearly"
    r"|annually|over)\b",
    re.I,
)

# -- numbers -------------------------------------------------------------------
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

_CUR_BEFORE_RE = re.compile(
    r"(?P<sym>US\s?\$|U\.S\.\s?\$|HK\$|NZ\$|A\$|C\$|S\$|\$|€|£|¥|₩"
    r"|(?<![A-Za-z])(?:KRW|USD|EUR|JPY|CNY|GBP|RMB|HKD|AUD|CAD|SGD)(?=\s?$))\s?$"
)
_CUR_AFTER_RE = re.compile(
    r"\s?(?P<code>KRW|USD|EUR|JPY|CNY|GBP|RMB|HKD|AUD|CAD|SGD)\b"
    r"|\s+(?P<word>(?i:(?:south\s+)?korean\s+won|won|(?:us|u\.s\.|american)\s+dollars?|dollars?|euros?|yen|yuan"
    r"|renminbi|(?:british\s+)?pounds(?:\s+sterling)?(?!\s+of\b)|sterling))\b"
)  # "a 550 pound hog", "5 pounds of rice": weights
# After a plain number, "won" followed by these is the verb: "in 2018 won the title" ("3 million won in aid" is money).
_WON_VERB_RE = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|it|by|over|against|this|that|praise|support|approval|gold|silver|bronze"
    r"|seats?|votes?|majority|re-?election)\b",
    re.I,
)
_MEASURE_RE = re.compile(
    r"(?P<point>\s?(?:%\s?p(?:ts?)?\b|(?:percentage|percent|per\s?cent)[-\s]points?\b|p\.p\.|pp(?:ts?)?\b))"
    r"|(?P<bp>\s?(?:basis[-\s]points?\b|bps?\b))"
    r"|(?P<pct>\s?(?:%|percent\b|per\s?cent\b|pct\b))"
    r"|(?P<times>\s+times\b|[-\s]?fold\b)",
    re.I,
)
_POST_QUAL_RE = re.compile(
    r"(?P<over>\s+or\s+(?:more|above|over|higher)\b|\+(?![0-9])|-plus\b)"
    r"|(?P<about>\s+or\s+so\b|-odd\b)"
    r"|(?P<under>\s+or\s+(?:less|fewer|below|under|lower)\b)",
    re.I,
)
_MORE_DASHES_RE = re.compile(r"[-–][0-9]")
_RANGE_CONN_RE = re.compile(r"\s*[-–—~]\s*|\s+(?:to|through|and)\s+")
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.I)
_RANGE_OPENER_RE = re.compile(r"\b(?:from|between)\s+$", re.I)
# "rose from 3% to 5%" is a change between two values, not a range.
_CHANGE_VERB_RE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|increas\w*|grew|grow\w*|fell|fall\w*|drop\w*|declin\w*|jump\w*|climb\w*|cut"
    r"|cuts|cutting|reduc\w*|rais\w*|lower\w*|boost\w*|surg\w*|soar\w*|plung\w*|slump\w*|went|gone|expand\w*"
    r"|shr[aiu]nk\w*|hik\w*|slash\w*|up|down|chang\w*|mov\w*|improv\w*|widen\w*|narrow\w*|revis\w*|adjust\w*)\b",
    re.I,
)
_WORD_AFTER_RE = re.compile(r"[ \t]+(?P<w>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
_HYPHEN_NOUN_RE = re.compile(r"-(?P<w>[a-z]+(?:-[a-z]+)*)\b")
_PREV_WORD_RE = re.compile(r"(?P<w>[A-Za-z]+)[\s-]*$")
_NO_ONE_RE = re.compile(r"\b(?:no|any|every|some)[-\s]?$", re.I)
_POSSESSIVE_RE = re.compile(r"['’]s?$")

# -- qualifiers ------------------------------------------------------------------
_QUAL_BEFORE_RE = re.compile(
    r"\b(?P<q>(?:just\s+|well\s+|slightly\s+|a\s+little\s+)?(?:no\s+more\s+than|not\s+more\s+than|more\s+than"
    r"|greater\s+than|over|above|at\s+least|upwards\s+of|in\s+excess\s+of|exceeding|less\s+than|fewer\s+than"
    r"|under|below|up\s+to|at\s+most|as\s+many\s+as|as\s+much\s+as|about|around|approximately|approx\.|roughly"
    r"|some|nearly|almost|close\s+to|an\s+estimated|estimated|circa))\s+$",
    re.I,
)
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
}  # fmt: skip
_QUALIFIED_KINDS = frozenset({Kind.AMOUNT, Kind.COUNT, Kind.NUMBER, Kind.PERCENT, Kind.POINT, Kind.MULTIPLIER})

_ONE = Decimal(1)

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------
# 1 and 4: non-facts; 3: fractions
# ---------------------------------------------------------------------------


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


def _fractions(text: str, index: _Index) -> tuple[list[Fact], list[tuple[int, int]]]:
    """ "two-thirds", "one third of", "a quarter of", "three quarters": a NUMBER rounded to 4 places,
    as the Korean 3분의 2 is. Halves are no fact ("a half": the Korean says 절반), and neither
    ordinal nor count. "seven halves" (ties in golf) is no fraction: a fraction is below one."""
    facts: list[Fact] = []
    halves = []
    for p in index.at(_FRACTION_WORDS):
        m = _FRACTION_BEFORE_RE.search(text, max(0, p - 7), p)
        if m is None or (m.group("n").lower() == "a" and text[max(0, m.start() - 4) : m.start()].lower() == "and "):
            continue  # "two and a half years" is a number
        word = _WORD_RE.match(text, p)
        assert word is not None
        fraction = word.group().lower()
        single = m.group("n").lower() in ("a", "one") and fraction in _ORDINALS
        if single and m.group("sep") != "-" and not text.startswith(" of ", word.end()):
            continue  # "a third term" is an ordinal
        n = m.group("n").lower()
        numerator = 1 if n in ("a", "one") else int(n) if n.isdigit() else _UNITS.get(n, _TEENS.get(n, 10))
        denominator = _DENOMINATORS[fraction.rstrip("s").replace("lve", "lf")]
        if numerator >= denominator or _HOUR_AFTER_RE.match(text, word.end()):
            continue  # "seven halves", "a half-hour"
        if denominator == 2:
            halves.append((m.start(), word.end()))
            continue
        value = (Decimal(numerator) / denominator).quantize(_FRACTION_PRECISION).normalize()
        facts.append(_fact(text, Kind.NUMBER, m.start(), word.end(), value=value, precision=_FRACTION_PRECISION))
    return facts, halves


# ---------------------------------------------------------------------------
# 3, 5 and 6: set phrases, ordinals and multiplier words
# ---------------------------------------------------------------------------


def _set_phrase_facts(text: str, index: _Index, claims: _Claims) -> list[Fact]:
    """ "World War II", "WW1" (ordinals: 제2차 세계대전), "double-digit" (두 자릿수), "top-ranked",
    "ranked three" (1위, 3위), "front page" (1면)."""
    if not index.has(_SET_PHRASE_WORDS) and "WW" not in text:
        return []
    facts = []
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


# ---------------------------------------------------------------------------
# 7: numbers
# ---------------------------------------------------------------------------


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


@dataclass(frozen=True)
class _Term:
    """A number with what is written around it: "$10 million", "15%", "3 times", "50 or more"."""

    start: int
    end: int
    num: _Num
    currency: str = ""
    measure: str = ""  # "percent", "point", "times", or ""
    unit: str = ""  # a unit glued to the digits: "10km" -> "km"
    qualifier: Qualifier = Qualifier.EXACT  # from "or more", "50+", vague forms

    @property
    def value(self) -> Decimal:
        return self.num.value


def _term(text: str, num: _Num, claims: _Claims) -> _Term | None:
    """Look around a number for currency, %, "times", a glued unit. None: no fact ("5G", "1990s")."""
    start, end = num.start, num.end
    currency = ""
    m = _CUR_BEFORE_RE.search(text, max(0, start - 8), start)
    if m and claims.free(m.start(), start):
        currency, start = _currency_code(m.group("sym")), m.start()
    measure, unit = "", ""
    if num.glue:
        glue = num.glue.lower()
        money_or_people = currency or _CUR_AFTER_RE.match(text, end) or _people_after(text, end)
        if glue in _GLUE_SCALES_WITH_CURRENCY and money_or_people:
            num = replace(num.scaled(_GLUE_SCALES_WITH_CURRENCY[glue]), glue="")
        elif glue == "x":
            measure = "times"
        elif glue in ("pp", "ppt"):
            measure = "point"
        elif glue in ("bp", "bps"):
            measure = "bp"
        elif glue.upper() in _CURRENCY_CODES and not currency:
            currency = _currency_code(glue)
        elif glue in _GLUE_UNITS and not (len(num.glue) == 1 and num.glue.isupper()):
            unit = glue  # "10km", "5kg"; but "4G", "3D" are names
        else:
            return None  # a code ("4G", "3D") or a decade; ordinals and times were taken before
    if not currency:
        m = _CUR_AFTER_RE.match(text, end)
        verb = m and m.group("word") == "won" and num.plain and _WON_VERB_RE.match(text, m.end())
        if m and claims.free(end, m.end()) and not verb:
            currency, end = _currency_code(m.group("code") or m.group("word")), m.end()
    if not measure and not unit:
        m = _MEASURE_RE.match(text, end)
        if m and claims.free(end, m.end()):
            measure = next(name for name in ("point", "bp", "pct", "times") if m.group(name))
            measure = "percent" if measure == "pct" else measure
            end = m.end()
    if measure == "bp":  # basis points are hundredths of a percentage point
        num = replace(num, value=num.value / 100, precision=num.precision / 100)
        measure = "point"
    qualifier = num.qualifier
    m = _POST_QUAL_RE.match(text, end)
    if m and claims.free(end, m.end()) and qualifier == Qualifier.EXACT:
        qualifier = Qualifier.OVER if m.group("over") else Qualifier.ABOUT if m.group("about") else Qualifier.UNDER
        end = m.end()
    return _Term(start, end, num, currency, measure, unit, qualifier)


def _people_after(text: str, end: int) -> bool:
    """ "5m people", "2m users": "m" is million before a plural noun ("the 100m sprint" is a distance)."""
    m = _WORD_AFTER_RE.match(text, end)
    return m is not None and m.group("w").islower() and (_is_plural(m.group("w")) or m.group("w") in _PEOPLE)


def _currency_code(written: str) -> str:
    key = re.sub(r"\s+", " ", written.strip().lower()).replace("us $", "us$").replace("u.s. $", "u.s.$")
    if key in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[key]
    if key.upper() in _CURRENCY_CODES:
        return key.upper()
    return _CURRENCY_WORDS[key.split()[-1]]


def _is_year(term: _Term) -> bool:
    plain = term.num.plain
    return (
        len(plain) == 4
        and 1900 <= int(plain) <= 2099
        and not (term.currency or term.measure or term.unit)
        and term.qualifier == Qualifier.EXACT
    )


def _number_facts(text: str, index: _Index, claims: _Claims) -> list[Fact]:
    cores = _find_cores(text, index, claims)
    facts: list[Fact] = []
    i = 0
    while i < len(cores):
        left = _term(text, cores[i], claims)
        if left is None:
            i += 1
            continue
        fact = None
        if i + 1 < len(cores):
            fact = _range_at(text, left, cores[i + 1], cores[i + 2].start if i + 2 < len(cores) else len(text), claims)
        if fact is not None:
            i += 2
        else:
            fact = _single_fact(text, left, cores[i + 1].start if i + 1 < len(cores) else len(text), claims)
            i += 1
        if fact is not None:
            facts.append(fact)
            claims.take(fact.start, fact.end)
    return facts


def _single_fact(text: str, term: _Term, limit: int, claims: _Claims) -> Fact | None:
    kind, unit = _measured_kind(text, term)
    end = term.end
    if kind is None and term.num.noun:
        kind, unit = Kind.COUNT, term.num.noun  # "a year", "decades"
    if kind is None:
        noun = _noun_after(text, term.end, limit, claims)
        if noun and noun[0] in _SPAN_YEARS:  # "two decades": 20 years
            term = replace(term, num=term.num.scaled(_SPAN_YEARS[noun[0]]))
        if _is_year(term) and not (noun and _counts_people(text, term, noun[0])) and not _qualified_before(text, term):
            return _fact(text, Kind.DATE, term.start, term.num.end, date=DateValue(year=int(term.num.plain)))
        if _is_pronoun_one(text, term, noun is not None):
            return None
        kind, (unit, end) = (Kind.COUNT, noun) if noun else (Kind.NUMBER, ("", end))
    return _fact(
        text, kind, term.start, end,
        value=term.num.value, precision=term.num.precision.normalize(), unit=unit, qualifier=term.qualifier,
    )  # fmt: skip


def _is_pronoun_one(text: str, term: _Term, has_noun: bool) -> bool:
    """ "one of the", "the one", "no one", "no-one": a pronoun, no fact ("more than one" is a number)."""
    if not (term.num.words and term.num.value == 1 and term.num.scale == 1):
        return False
    if _NO_ONE_RE.search(text, max(0, term.start - 6), term.start):
        return True
    return not has_noun and not _qualified_before(text, term)


def _qualified_before(text: str, term: _Term) -> bool:
    """ "about 2000", "more than 2000": a number, not a year."""
    return _QUAL_BEFORE_RE.search(text, max(0, term.start - 40), term.start) is not None


def _measured_kind(text: str, term: _Term) -> tuple[Kind | None, str]:
    """The kind given by currency, %, "times" or a glued unit; None: the noun after decides."""
    if term.currency:
        return Kind.AMOUNT, term.currency
    if term.measure == "percent":
        return Kind.PERCENT, ""
    if term.measure == "point":
        return Kind.POINT, ""
    if term.measure == "times":
        if _FREQ_AFTER_RE.match(text, term.end) and text[term.num.end : term.end].strip() == "times":
            return Kind.COUNT, "times"  # "three times a week"
        return Kind.MULTIPLIER, ""
    if term.unit:
        return Kind.COUNT, term.unit
    return None, ""


def _counts_people(text: str, term: _Term, noun: str) -> bool:
    """Is "2000" before this noun a count ("2000 people") rather than a year ("the 2019 elections")?"""
    if not (noun in _PEOPLE or _is_plural(noun)) or not text[term.end + 1 : term.end + 2].islower():
        return False  # "the 2012 Olympics", "a 2016 Massachusetts campaign": names after a year
    prev = _PREV_WORD_RE.search(text, max(0, term.start - 20), term.start)
    return not (prev and (prev.group("w").lower() in _YEAR_LEFT or prev.group("w") == "s"))  # "Trump's 2016 bid"


def _is_plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _noun_after(text: str, pos: int, limit: int, claims: _Claims) -> tuple[str, int] | None:
    """The counted noun after a number: (unit, end of the noun), or None.

    "14 officials" -> "officials"; "a 15-member delegation" -> "member"; up to two
    capitalised words or common adjectives are skipped ("Fourteen Iraqi officials",
    "5 more people"); a singular noun used as a modifier gives way to the plural
    after it ("14 government delegates" -> "delegates").
    """
    m = _HYPHEN_NOUN_RE.match(text, pos)
    if m:
        word = m.group("w")
        if word.split("-")[0] not in _STOPWORDS and m.end() <= limit and claims.free(pos, m.end()):
            return word, m.end()
        return None
    for _ in range(3):
        m = _WORD_AFTER_RE.match(text, pos)
        if m is None or m.end() > limit or not claims.free(m.start("w"), m.end()):
            break
        word = m.group("w")
        lower = _POSSESSIVE_RE.sub("", word.lower())
        if lower in _NUMBER_WORDS or lower in _MONTHS or lower in _WEEKDAYS:
            break
        if (word[0].isupper() and lower not in _STOPWORDS) or lower in _ADJECTIVES:
            if word[0].isupper() and (_is_plural(lower) or lower in _PEOPLE):
                return lower, m.end()  # "60 AMs", "14 Iraqis": a capitalised plural is the noun
            pos = m.end()
            continue
        if lower in _STOPWORDS or lower.endswith("ly") or not word[0].islower():
            break
        return _plural_head(text, lower, m.end(), limit, claims)
    return None


def _plural_head(text: str, noun: str, end: int, limit: int, claims: _Claims) -> tuple[str, int]:
    """ "government delegates", "secondary school pupils": the plural noun the modifiers lead to."""
    if noun.endswith("s"):
        return noun, end
    pos = end
    for _ in range(2):
        m = _WORD_AFTER_RE.match(text, pos)
        if m is None or m.end() > limit or not claims.free(m.start("w"), m.end()):
            break
        word = m.group("w")
        if not word.islower() or word in _STOPWORDS or word in _NUMBER_WORDS:
            break
        if _is_plural(word):
            return word, m.end()
        pos = m.end()
    return noun, end


# -- ranges ----------------------------------------------------------------------


def _range_at(text: str, left: _Term, right_num: _Num, limit: int, claims: _Claims) -> Fact | None:
    """The range fact if `left` and the next number form one ("3 to 5 people"), else None."""
    m = _RANGE_CONN_RE.match(text, left.end)
    if m is None or not claims.free(left.end, m.end()):
        return None
    right = _term(text, right_num, claims)
    if right is None or right.start != m.end() or _MORE_DASHES_RE.match(text, right.end):
        return None  # "13-21-3" is a record, not a range
    joined = _join_range(text, left, right, m.group().strip())
    return _range_fact(text, *joined, limit, claims) if joined else None


def _join_range(text: str, left: _Term, right: _Term, conn: str) -> tuple[_Term, _Term, bool] | None:
    """Both ends of a range with the parts written once shared ("$3-5 million"), and whether
    it is a range of years; None when the two numbers are separate facts."""
    if conn == "and" and not _BETWEEN_BEFORE_RE.search(text, max(0, left.start - 12), left.start):
        return None
    if left.qualifier != Qualifier.EXACT or right.qualifier != Qualifier.EXACT:
        return None
    if _is_year(left):  # years pair only with years: "from $2 million in 2021 to $3.4 million in 2022"
        year2 = right.num.plain
        if len(year2) == 2 and conn in ("-", "–", "—"):  # "2019-21"
            year2 = left.num.plain[:2] + year2
        right_year = replace(right, num=replace(right.num, plain=year2))
        if _is_year(right_year) and int(left.num.plain) < int(year2):
            return left, right_year, True
        if right.currency or right.measure or right.unit or _is_year(right_year):
            return None
    if _FROM_BEFORE_RE.search(text, max(0, left.start - 6), left.start) and _CHANGE_VERB_RE.search(
        text, max(0, left.start - 60), left.start
    ):
        return None  # "rose from 3% to 5%": a change, not a range
    for inherit_scale in (True, False):
        joined = _share(left, right, inherit_scale)
        if joined is not None and joined[0].value < joined[1].value:
            return joined[0], joined[1], False
    return None


def _share(left: _Term, right: _Term, inherit_scale: bool) -> tuple[_Term, _Term] | None:
    """Both ends with what is written once applied to both, or None if they measure different things."""
    sides = [(t.currency, t.measure, t.unit) for t in (left, right)]
    if all(any(side) for side in sides) and sides[0] != sides[1]:
        return None  # "2.3-fold to $1.1 billion", "10% to $5 million"
    lnum = left.num
    if inherit_scale:
        if lnum.scale != 1 or right.num.scale == 1 or left.unit:
            return None
        lnum = lnum.scaled(right.num.scale)  # "3 to 5 million", "$3-5 billion"
    currency = left.currency or right.currency
    measure = left.measure or right.measure
    unit = left.unit or right.unit
    return (
        replace(left, num=lnum, currency=currency, measure=measure, unit=unit),
        replace(right, currency=currency, measure=measure, unit=unit),
    )


def _range_fact(text: str, left: _Term, right: _Term, years: bool, limit: int, claims: _Claims) -> Fact:
    if years:
        end_fact = _fact(text, Kind.DATE, right.start, right.end, date=DateValue(year=int(right.num.plain)))
        first = DateValue(year=int(left.num.plain))
        return _fact(text, Kind.DATE, left.start, right.end, date=first, range_end=end_fact)
    end = right.end
    kind, unit = _measured_kind(text, right)
    if kind is None:
        noun = _noun_after(text, right.end, limit, claims)
        kind, (unit, end) = (Kind.COUNT, noun) if noun else (Kind.NUMBER, ("", end))
    end_fact = _fact(
        text, kind, right.start, right.end,
        value=right.num.value, precision=right.num.precision.normalize(), unit=unit,
    )  # fmt: skip
    return _fact(
        text, kind, left.start, end,
        value=left.num.value, precision=left.num.precision.normalize(), unit=unit, range_end=end_fact,
    )  # fmt: skip


# ---------------------------------------------------------------------------
# 8: words written before a fact
# ---------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


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
    facts.sort(key=lambda f: f.start)
    return _with_words_before(text, facts, claims)
