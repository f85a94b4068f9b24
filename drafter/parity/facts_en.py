"""Facts (amounts, counts, percents, dates …) in one paragraph of English text.

`extract(text)` returns the facts sorted by start, never overlapping, each with
`text[f.start:f.end] == f.text`. The passes run in a fixed order and each one
claims the characters it used, so that a later pass cannot reuse them:

1. links, e-mail addresses and phone numbers: claimed as *non-facts*;
2. calendar expressions: dates and date ranges, quarters and halves, "last year",
   clock times (where candidates overlap, the longest wins);
3. more non-facts: codes ("COVID-19", "G20", "Windows 10"), versions, "24/7",
   decades ("1990s"), list markers, fractions ("two-thirds");
4. ordinals ("37th", "sixth", "No. 1");
5. multiplier words ("twice", "doubled");
6. numbers in digits or words with what surrounds them: currency, scale, %,
   "times", the noun counted, a range partner ("3 to 5 people"); a bare year
   ("in 2022") becomes a DATE;
7. "from"/"between" before a range and a qualifier before a fact ("about",
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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from drafter.parity.facts import DateValue, Fact, Kind, Qualifier

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

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_RELATIVE = {"last": -1, "this": 0, "next": 1}

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
_MONTH_WORDS = frozenset(_MONTHS)
_MONTH_FULL_WORDS = frozenset(w for w in _MONTHS if len(w) > 3 or w == "may")
_WEEKDAY_FULL_WORDS = frozenset(w for w in _WEEKDAYS if w.endswith("day"))
_FRACTION_WORDS = frozenset(
    """half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths seventh sevenths
    eighth eighths ninth ninths tenth tenths""".split()
)
_ORDINAL_START_WORDS = frozenset({*_ORDINALS, *_TENS})
_MULT_WORDS = frozenset(
    """twice thrice doubled doubling tripled tripling trebled quadrupled quadrupling double triple treble
    quadruple twofold threefold fourfold fivefold sixfold sevenfold eightfold ninefold tenfold hundredfold""".split()
)
_VAGUE_START_WORDS = frozenset("dozens scores tens hundreds thousands millions billions trillions several many".split())
_QH_START_WORDS = frozenset({"first", "second", "third", "fourth"})  # and digits: "1st quarter"
_QCODE_START_WORDS = frozenset({"q", "h"})  # and digits: "3Q"
_VERSION_WORDS = frozenset({"v", "ver", "version"})
_NO_WORDS = frozenset({"no"})
_FEW_WORDS = frozenset({"few"})
_COUPLE_WORDS = frozenset({"couple", "pair"})
_HALF_WORDS = frozenset({"half"})
_REL_WORDS = frozenset(_RELATIVE)
_CLOCK_WORDS = frozenset({"noon", "midday", "midnight", "clock"})

# ---------------------------------------------------------------------------
# Regular expressions (each is tried where `_Index` says it can start)
# ---------------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so that "sixteen" is not read as "six"."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_WORD_RE = re.compile(r"[A-Za-z]+")
_DIGIT_RUN_RE = re.compile(r"[0-9]+")

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
_CAPWORD_BEFORE_RE = re.compile(r"\b(?P<w>[A-Z][A-Za-z]*(?:['’]s)?)\s$")
_PLAIN_INT_RE = re.compile(r"[0-9]+(?![0-9]|[.,][0-9])")
_CAPWORD_KEEP_RE = re.compile(
    r"\s*(?:%|percent\b|per\s?cent\b|(?:hundred|thousand|million|billion|trillion|bn|mn|tn)\b|times\b"
    r"|(?:won|dollars?|euros?|yen|yuan|pounds?)\b|(?:KRW|USD|EUR|JPY|CNY|GBP)\b|(?:st|nd|rd|th)\b|-\s*[0-9])",
    re.I,
)
_SENTENCE_END_CHARS = ".!?:\"“‘'([—–-"

# -- calendar ----------------------------------------------------------------
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_WD_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
_MON = rf"\b(?P<mon>(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\b\.?)"
_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?\b"
_DAY2 = r"(?P<day2>[0-9]{1,2})(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>(?:1[89]|20)[0-9]{2})\b(?![-/.][0-9])"
_WD_POST = rf"(?:\s*\((?P<wd2>{_WD_NAMES})\.?\))?"
_YEAR_OR_REL = rf"(?:(?:,\s*|\s+){_YEAR}|,?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)?"
_RANGE_DASH = r"\s*(?:[-–—~]|to\b|through\b|until\b)\s*"
_WD_BEFORE_RE = re.compile(rf"\b(?P<wd>{_WD_NAMES})\b\.?(?:,?\s+|\s*(?P<paren>\()\s*)$")
_CLOSE_PAREN_RE = re.compile(r"\s*\)")
_MONTH_PREP_RE = re.compile(
    r"\b(?P<prep>(?i:in|on|since|until|till|by|from|to|through|throughout|during|before|after|of|early|late"
    r"|mid|between|and|or|last|next|this|end|beginning))[\s-]+(?:(?i:early|late|mid)[\s-]+)?$"
)


@dataclass(frozen=True)
class _DatePattern:
    regex: re.Pattern[str]
    starts: str  # where to try it: "month" words, "digits", "weekday" words
    needs_month: bool = False  # only worth trying when a month name is in the text
    weekday_before: bool = False  # "Wednesday, November 1" may precede it


_DATE_PATTERNS = [
    # November 1, 2023 / Nov. 1st / November 1 (Wed)
    _DatePattern(re.compile(rf"{_MON}(?:\s+|(?<=\.)){_DAY}(?![-–/:.][0-9]){_YEAR_OR_REL}{_WD_POST}"), "month",
                 weekday_before=True),
    # 1 November 2023 / 1st of November
    _DatePattern(re.compile(rf"(?<![\w.,:/]){_DAY}(?:\s+of)?\s+{_MON}{_YEAR_OR_REL}{_WD_POST}"), "digits",
                 needs_month=True, weekday_before=True),
    # November 2023 / November of 2023
    _DatePattern(re.compile(rf"{_MON}(?:,?\s+|\s+of\s+){_YEAR}"), "month"),
    # June 14-18, 2023 / June 14 to 18
    _DatePattern(re.compile(rf"{_MON}(?:\s+|(?<=\.)){_DAY}{_RANGE_DASH}{_DAY2}(?![-–/:.][0-9])"
                            rf"(?:(?:,\s*|\s+){_YEAR})?{_WD_POST}"), "month", weekday_before=True),
    # 14-18 June 2023
    _DatePattern(re.compile(rf"(?<![\w.,:/]){_DAY}{_RANGE_DASH}{_DAY2}(?:\s+of)?\s+{_MON}(?:(?:,\s*|\s+){_YEAR})?"),
                 "digits", needs_month=True),
    # 2023-11-01, 2023/11/01
    _DatePattern(re.compile(r"(?<![\w.,/-])(?P<year>(?:19|20)[0-9]{2})(?P<sep>[-/])(?P<mon>0?[1-9]|1[0-2])(?P=sep)"
                            rf"(?P<day>0?[1-9]|[12][0-9]|3[01])(?![0-9]){_WD_POST}"), "digits"),
    # 2023.11.01, 2023. 11. 1.(Wed): the Korean way, kept in some translations
    _DatePattern(re.compile(r"(?<![\w.,/-])(?P<year>(?:19|20)[0-9]{2})\.\s?(?P<mon>0?[1-9]|1[0-2])\.\s?"
                            rf"(?P<day>0?[1-9]|[12][0-9]|3[01])(?![0-9])(?:\.?\s*\((?P<wd2>{_WD_NAMES})\.?\))?"),
                 "digits"),
    # 11/1/2023: US order
    _DatePattern(re.compile(r"(?<![\w./])(?P<mon>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12][0-9]|3[01])/"
                            r"(?P<year>(?:19|20)[0-9]{2})(?![0-9/])"), "digits"),
    # a month alone, after a preposition (checked in code): "in June", "mid-June", "June last year"
    _DatePattern(re.compile(rf"(?P<mon>{_MONTH_FULL})\b(?:,?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)?"),
                 "month_alone"),
    # Sunday, on Wednesday
    _DatePattern(re.compile(r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"), "weekday"),
]  # fmt: skip
_DATE_CONNECT_RE = re.compile(r"\s*[-–—~]\s*|\s+(?:to|through|until|till|and)\s+")
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+$", re.I)

_REL_YEAR_RE = re.compile(r"(?P<rel>(?i:last|this|next))\s+year\b(?!-)")
_QH_YEAR = rf"(?:(?:\s+of\s+(?:the\s+)?|\s+|,\s*)(?:{_YEAR}|(?P<rel>(?i:last|this|next))\s+year\b))?"
_QH_RE = re.compile(
    rf"(?P<ord>(?i:first|second|third|fourth)|1st|2nd|3rd|4th)[\s-](?P<qh>(?i:quarter|half))\b(?!-){_QH_YEAR}"
)
_QCODE_RE = re.compile(
    r"\b(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<q2>[1-4])Q|(?P<h2>[12])H)\b"
    r"(?:(?:\s+|\s+of\s+)(?P<year>(?:19|20)[0-9]{2})\b|['’](?P<yy>[0-9]{2})\b)?"
)


def _time_part(n: int) -> str:
    """hour[:minutes][ a.m.]; "1.30pm" (British) takes a dot when a.m./p.m. follows."""
    return (
        rf"(?P<h{n}>[01]?[0-9]|2[0-4])(?::(?P<m{n}>[0-5][0-9])|\.(?P<d{n}>[0-5][0-9])(?=\s*[AaPp]\.?[Mm]\b))?"
        rf"(?:\s*(?P<ap{n}>[AaPp])\.?[Mm]\b\.?)?"
    )


_TIME_RE = re.compile(
    rf"(?<![\w:.,/$€£¥₩-])(?P<t1>{_time_part(1)})"
    rf"(?:\s*(?:[-–—~]|to\b|until\b|till\b)\s*(?P<t2>{_time_part(2)}))?(?![0-9:])"
)
_NOON_RE = re.compile(r"\b(?:12\s+)?(?P<noon>noon|midday|midnight)\b")
_OCLOCK_RE = re.compile(rf"\b(?P<h>[0-9]{{1,2}}|{_alt([*_UNITS, 'ten', 'eleven', 'twelve'])})\s+o['’]clock\b", re.I)

# -- ordinals and multiplier words ---------------------------------------------
_ORD_DIGIT_RE = re.compile(r"(?<![\w.,])(?P<n>[0-9]+)(?:st|nd|rd|th)\b")
_ORD_WORD_RE = re.compile(rf"\b(?:(?P<tens>{_alt(_TENS)})[-\s])?(?P<ord>{_alt(_ORDINALS)})\b", re.I)
_ORD_NO_RE = re.compile(r"\b(?:No|no|NO)\.\s?(?P<n>[0-9]+)\b(?![.,][0-9])")
_MULT_WORD_RE = re.compile(rf"\b(?P<w>{_alt(_MULT_WORDS)})\b(?!-)", re.I)
_MULT_VALUES = {"twi": 2, "dou": 2, "thr": 3, "tri": 3, "tre": 3, "qua": 4, "two": 2, "fou": 4, "fiv": 5,
                "six": 6, "sev": 7, "eig": 8, "nin": 9, "ten": 10, "hun": 100}  # fmt: skip
# "double" and "triple" are multipliers only as verbs or before a quantity: not "a double murder".
_DOUBLE_AFTER_RE = re.compile(
    r"\s+(?:the|its|their|his|her|our|that|this|what|from|in|by|to|last|every|since)\b|\s*[.,;]|\s*$", re.I
)
_DOUBLE_BEFORE_RE = re.compile(r"\b(?:to|will|would|could|can|may|might|nearly|almost|more\s+than|roughly)\s+$", re.I)
# "three times a week", "twice a year": how often, not how much more.
_FREQ_AFTER_RE = re.compile(
    r"\s+(?:a|an|per|each|every|in|this|last|since|during|within|so|already|before|daily|weekly|monthly|yearly"
    r"|annually|over)\b",
    re.I,
)

# -- numbers -------------------------------------------------------------------
_DIGIT_RE = re.compile(
    r"(?:(?<=KRW|USD|EUR|JPY|CNY|GBP|RMB)|(?<![\w.,]))"
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


def _fact(text: str, kind: Kind, start: int, end: int, **fields: object) -> Fact:
    return Fact(kind=kind, start=start, end=end, text=text[start:end], **fields)  # type: ignore[arg-type]


def _group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


class _Claims:
    """Characters already used by a fact or by a non-fact (a phone number, a code …)."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def block(self, spans: Iterable[tuple[int, int]]) -> None:
        for start, end in spans:
            if self.free(start, end):
                self.take(start, end)


class _Index:
    """Where the words (lower-cased) and the digit runs of the paragraph start.

    Running every pattern over the whole paragraph is slow; trying each only where it
    can start (at a month name, at a digit) is several times faster.
    """

    def __init__(self, text: str) -> None:
        self.words: dict[str, list[int]] = {}
        for m in _WORD_RE.finditer(text):
            self.words.setdefault(m.group().lower(), []).append(m.start())
        self.digits = [m.start() for m in _DIGIT_RUN_RE.finditer(text)]

    def has(self, words: frozenset[str]) -> bool:
        return not words.isdisjoint(self.words)

    def at(self, words: frozenset[str]) -> list[int]:
        found = words.intersection(self.words)
        return sorted(p for w in found for p in self.words[w])


def _scan(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """Like finditer, but trying the regex only at the given (sorted) positions."""
    end = -1
    for p in starts:
        if p >= end:
            m = regex.match(text, p)
            if m:
                end = m.end()
                yield m


def _with_a(text: str, p: int) -> list[int]:
    """Try at "a" before a word first: "a hundred", "a couple of", "a few hundred"."""
    m = _A_BEFORE_RE.search(text, max(0, p - 4), p)
    return [m.start(), p] if m else [p]


def _take_longest(facts: list[Fact], claims: _Claims) -> list[Fact]:
    """Keep the longest candidates that overlap neither each other nor anything claimed before."""
    kept = []
    for fact in sorted(facts, key=lambda f: (f.start - f.end, f.start)):
        if claims.free(fact.start, fact.end):
            claims.take(fact.start, fact.end)
            kept.append(fact)
    return sorted(kept, key=lambda f: f.start)


# ---------------------------------------------------------------------------
# 1 and 3: non-facts
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
    spans = _fraction_spans(text, index)
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


def _fraction_spans(text: str, index: _Index) -> list[tuple[int, int]]:
    """ "two-thirds", "one third of", "a quarter of", "three quarters": no ordinal, no count."""
    spans = []
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
        spans.append((m.start(), word.end()))
    return spans


# ---------------------------------------------------------------------------
# 2: calendar
# ---------------------------------------------------------------------------


def _calendar_facts(text: str, index: _Index, claims: _Claims) -> list[Fact]:
    candidates = _date_candidates(text, index) + _period_candidates(text, index) + _time_candidates(text, index)
    kept = _take_longest(candidates, claims)
    return _merge_date_ranges(text, kept, claims)


def _date_candidates(text: str, index: _Index) -> list[Fact]:
    has_month = index.has(_MONTH_WORDS)
    starts = {
        "month": index.at(_MONTH_WORDS),
        "month_alone": index.at(_MONTH_FULL_WORDS),
        "digits": index.digits,
        "weekday": index.at(_WEEKDAY_FULL_WORDS),
    }
    facts = []
    for pattern in _DATE_PATTERNS:
        if pattern.needs_month and not has_month:
            continue
        for m in _scan(pattern.regex, text, starts[pattern.starts]):
            fact = _date_from_match(text, m, pattern)
            if fact is not None:
                facts.append(fact)
    return facts


def _date_from_match(text: str, m: re.Match[str], pattern: _DatePattern) -> Fact | None:
    start, end = m.span()
    mon = _group(m, "mon")
    if pattern.starts == "month_alone":
        prep = _MONTH_PREP_RE.search(text, max(0, start - 16), start)
        if prep is None or (prep.group("prep").lower() in ("and", "or", "of") and mon == "May"):
            return None  # "Theresa May", "the government of May"
    weekday = _group(m, "wd") or _group(m, "wd2")
    if pattern.weekday_before:  # "Wednesday, November 1", "Saturday (September 29)"
        before = _WD_BEFORE_RE.search(text, max(0, start - 12), start)
        close = _CLOSE_PAREN_RE.match(text, end) if before and before.group("paren") else None
        if before and (close or not before.group("paren")):
            start, weekday = before.start(), weekday or before.group("wd")
            end = close.end() if close else end
    day = int(m.group("day")) if _group(m, "day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    date = DateValue(
        year=int(m.group("year")) if _group(m, "year") else None,
        month=(int(mon) if mon.isdigit() else _MONTHS[mon.rstrip(".").lower()]) if mon else None,
        day=day,
        weekday=_WEEKDAYS[weekday.lower()] if weekday else None,
        relative_year=_RELATIVE[m.group("rel").lower()] if _group(m, "rel") else None,
    )
    fact = _fact(text, Kind.DATE, start, end, date=date)
    if _group(m, "day2"):  # "June 14-18": the second day shares month and year
        day2 = int(m.group("day2"))
        if day is None or not day < day2 <= 31:
            return None
        end_fact = _fact(text, Kind.DATE, *m.span("day2"), date=replace(date, day=day2, weekday=None))
        fact = replace(fact, range_end=end_fact)
    return fact


def _merge_date_ranges(text: str, facts: list[Fact], claims: _Claims) -> list[Fact]:
    """ "from November 2019 to December 2021", "June 14 - July 2, 2023": two dates make one range."""
    out: list[Fact] = []
    for fact in facts:
        prev = out[-1] if out else None
        if prev is not None and _can_join_dates(text, prev, fact):
            first, second = prev.date, fact.date
            assert first is not None and second is not None
            if first.year is None and second.year is not None and first.relative_year is None:
                first = replace(first, year=second.year)  # "June 14 to July 2, 2023"
            claims.take(prev.end, fact.start)
            out[-1] = replace(_fact(text, Kind.DATE, prev.start, fact.end, date=first), range_end=fact)
        else:
            out.append(fact)
    return out


def _date_key(date: DateValue) -> tuple[int, ...] | None:
    if date.month is None and date.year is None:
        return (date.weekday,) if date.weekday is not None else None
    return (date.year or 0, date.month or 0, date.day or 0)


def _can_join_dates(text: str, first: Fact, second: Fact) -> bool:
    if first.kind != Kind.DATE or second.kind != Kind.DATE or first.range_end or second.range_end:
        return False
    m = _DATE_CONNECT_RE.match(text, first.end)
    if m is None or m.end() != second.start:
        return False
    if m.group().strip() == "and" and not _BETWEEN_BEFORE_RE.search(text, max(0, first.start - 12), first.start):
        return False
    a, b = first.date, second.date
    assert a is not None and b is not None
    if a.year is None and a.month is not None and b.month is not None:
        a = replace(a, year=b.year)
    ka, kb = _date_key(a), _date_key(b)
    return ka is not None and kb is not None and len(ka) == len(kb) and ka < kb


def _period_candidates(text: str, index: _Index) -> list[Fact]:
    """ "last year", "the first half of next year", "third quarter of 2024", "Q3 2024", "H1" """
    facts = []
    if "year" in index.words:
        for m in _scan(_REL_YEAR_RE, text, index.at(_REL_WORDS)):
            date = DateValue(relative_year=_RELATIVE[m.group("rel").lower()])
            facts.append(_fact(text, Kind.DATE, *m.span(), date=date))
    if "quarter" in index.words or "half" in index.words:
        for m in _scan(_QH_RE, text, sorted({*index.at(_QH_START_WORDS), *index.digits})):
            written = m.group("ord").lower()
            n = _ORDINALS.get(written) or int(written[0])
            kind = Kind.HALF if m.group("qh").lower() == "half" else Kind.QUARTER
            if kind == Kind.QUARTER or n <= 2:
                facts.append(_fact(text, kind, *m.span(), value=Decimal(n), date=_period_year(m)))
    for m in _scan(_QCODE_RE, text, sorted({*index.at(_QCODE_START_WORDS), *index.digits})):
        quarter = m.group("q") or m.group("q2")
        n = int(quarter or m.group("h") or m.group("h2"))
        date = DateValue(year=2000 + int(m.group("yy"))) if m.group("yy") else _period_year(m)
        facts.append(_fact(text, Kind.QUARTER if quarter else Kind.HALF, *m.span(), value=Decimal(n), date=date))
    return facts


def _period_year(m: re.Match[str]) -> DateValue | None:
    if _group(m, "year"):
        return DateValue(year=int(m.group("year")))
    if _group(m, "rel"):
        return DateValue(relative_year=_RELATIVE[m.group("rel").lower()])
    return None


def _time_candidates(text: str, index: _Index) -> list[Fact]:
    facts = [fact for m in _scan(_TIME_RE, text, index.digits) if (fact := _time_from_match(text, m))]
    if index.has(_CLOCK_WORDS):
        for m in _NOON_RE.finditer(text):
            hour = 0 if m.group("noon") == "midnight" else 12
            facts.append(_fact(text, Kind.TIME, *m.span(), hour=hour, minute=0))
        for m in _OCLOCK_RE.finditer(text):
            h = m.group("h").lower()
            hour = int(h) if h.isdigit() else _SMALL[h]
            if hour <= 24:
                facts.append(_fact(text, Kind.TIME, *m.span(), hour=hour, minute=0))
    return facts


def _clock(hour: str, minute: str | None, ampm: str | None) -> tuple[int, int] | None:
    """(hour 0-23, minute), or None when it is no time; 12 a.m. is midnight."""
    h, mi = int(hour), int(minute) if minute else 0
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm.lower() == "p" else 0)
    return (h, mi) if h <= 24 else None


def _time_from_match(text: str, m: re.Match[str]) -> Fact | None:
    minutes1, minutes2 = m.group("m1") or m.group("d1"), m.group("m2") or m.group("d2")
    ap1, ap2 = m.group("ap1"), m.group("ap2")
    t2 = _clock(m.group("h2"), minutes2, ap2) if m.group("t2") and (minutes2 or ap2) else None
    if t2 is not None and (minutes1 or ap1 or ap2):
        t1 = _clock(m.group("h1"), minutes1, ap1 or ap2)
        if t1 is not None and not ap1 and ap2 and t1 > t2:  # "11-1 p.m." starts at 11 a.m.
            t1 = _clock(m.group("h1"), minutes1, "a")
        if t1 is not None and t1 < t2:
            end_fact = _fact(text, Kind.TIME, *m.span("t2"), hour=t2[0], minute=t2[1])
            return _fact(text, Kind.TIME, *m.span(), hour=t1[0], minute=t1[1], range_end=end_fact)
    if not (minutes1 or ap1):
        return None
    t1 = _clock(m.group("h1"), minutes1, ap1)
    return _fact(text, Kind.TIME, *m.span("t1"), hour=t1[0], minute=t1[1]) if t1 else None


# ---------------------------------------------------------------------------
# 4 and 5: ordinals and multiplier words
# ---------------------------------------------------------------------------


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
    return _take_longest(candidates, claims)


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
        if word in ("double", "triple", "treble", "quadruple"):
            before = _DOUBLE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
            if not before and not _DOUBLE_AFTER_RE.match(text, m.end()):
                continue  # "a double murder"
        value = Decimal(_MULT_VALUES[word[:3]])
        if word == "twice" and _FREQ_AFTER_RE.match(text, m.end()):
            facts.append(_fact(text, Kind.COUNT, *m.span(), value=value, unit="times"))  # "twice a year"
        else:
            facts.append(_fact(text, Kind.MULTIPLIER, *m.span(), value=value))
    return _take_longest(facts, claims)


# ---------------------------------------------------------------------------
# 6: numbers
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
    if kind is None:
        noun = _noun_after(text, term.end, limit, claims)
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
# 7: words written before a fact
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
    facts = _calendar_facts(text, index, claims)
    claims.block(_code_spans(text, index))
    facts += _ordinal_facts(text, index, claims)
    facts += _multiplier_word_facts(text, index, claims)
    facts += _number_facts(text, index, claims)
    facts.sort(key=lambda f: f.start)
    return _with_words_before(text, facts, claims)
