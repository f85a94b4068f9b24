"""Calendar expressions in one paragraph of English text, for `facts_en.extract`.

Dates and date ranges ("November 1, 2023", "June 14-18", "from November 2019 to December
2021"), a month alone ("in June", "until Oct."), weekdays, relative years ("last year"),
quarters and halves ("Q3 2024", "the first half of next year"), clock times ("3:30 pm",
"7.55am", "noon") and decades ("the 1990s" is the year 1990, as 1990년대 is; "in his 40s").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from drafter.parity.facts import DateValue, Fact, Kind, Qualifier
from drafter.parity.facts_en_scan import _alt, _Claims, _fact, _group, _Index, _scan, _take_longest

# ---------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------

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
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_CLOCK_HOURS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Words a pass needs before it is worth trying (see `_Index`).
_MONTH_WORDS = frozenset(_MONTHS)
_WEEKDAY_FULL_WORDS = frozenset(w for w in _WEEKDAYS if w.endswith("day"))
_QH_START_WORDS = frozenset(_QUARTER_ORDINALS)  # and digits: "1st quarter"
_QCODE_START_WORDS = frozenset({"q", "h"})  # and digits: "3Q"
_REL_WORDS = frozenset(_RELATIVE)
_CLOCK_WORDS = frozenset({"noon", "midday", "midnight", "clock"})

# ---------------------------------------------------------------------------
# Regular expressions
# ---------------------------------------------------------------------------


# A decade is dated by its first year, as the Korean 1990년대 is: "the 1990s", "the '90s".
_DECADE_YEAR_RE = re.compile(r"(?<![\w.,])(?:(?P<c>1[89]|20)(?P<d>[0-9])0|['’](?P<d2>[0-9])0)['’]?s\b")
_DECADE_HINT_RE = re.compile(r"0['’]?s\b")
# An age by decade: "in his 40s", "their early 20s" (Korean 40대): 40 and more, within ten.
_AGE_DECADE_RE = re.compile(
    r"\b(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[-\s]+)?(?P<n>[1-9]0)['’]?s\b", re.I
)
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
    r"\b(?P<prep>(?i:in|on|since|until|till|by|from|to|through|throughout|during|before|after|except|of|early|late"
    r"|mid|between|and|or|last|next|this|end|beginning|the))[\s-]+(?:(?i:early|late|mid)[\s-]+)?$"
)
_NOUN_AFTER_MONTH_RE = re.compile(r"\s+[a-z]{3,}\b")  # "November elections", "the June meeting"
_MONTH_RANGE_NEXT_RE = re.compile(rf"\s*(?:[-–—~]|to\b|through\b)\s*(?:{_MONTH_FULL})\b")  # "… to May", "…-December"
_MONTH_RANGE_PREV_RE = re.compile(rf"\b(?:{_MONTH_FULL})\s*(?:[-–—~]|to|through)\s*$")  # "February-…"
_MONTH_BEFORE_RE = re.compile(rf"(?:\b(?:{_MONTH_FULL})|\b(?:{_MONTH_ABBR})\.?)\s?[-–—~]\s?$")
# A month that labels a line of a list: "- April: 1.62 million", "May: 1.71 million".
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-–•·*○◦▪]\s*)?$")
_LABEL_AFTER_RE = re.compile(r"\s?[:：]")


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
    # a month alone, after a preposition or before a noun (checked in code): "in June", "mid-June",
    # "June last year", "until Oct." (a sentence cut after the abbreviation), "November elections"
    _DatePattern(re.compile(rf"(?P<mon>(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBR})\.)"
                            rf"(?:,?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)?"), "month_alone"),
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
_OCLOCK_RE = re.compile(rf"\b(?P<h>[0-9]{{1,2}}|{_alt(_CLOCK_HOURS)})\s+o['’]clock\b", re.I)

# ---------------------------------------------------------------------------
# ---------------------------------------------------------------------------
# Dates, periods, times, decades
# ---------------------------------------------------------------------------


def calendar_facts(text: str, index: _Index, claims: _Claims) -> list[Fact]:
    candidates = _date_candidates(text, index) + _period_candidates(text, index) + _time_candidates(text, index)
    kept = _take_longest(candidates, claims)
    return _merge_date_ranges(text, kept, claims)


def _date_candidates(text: str, index: _Index) -> list[Fact]:
    has_month = index.has(_MONTH_WORDS)
    starts = {
        "month": index.at(_MONTH_WORDS),
        "month_alone": index.at(_MONTH_WORDS),
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
    if pattern.starts == "month_alone" and not _month_alone_is_date(text, m):
        return None
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


def _month_alone_is_date(text: str, m: re.Match[str]) -> bool:
    """ "in June", "until Oct.", "the June meeting", "November elections", "February to May", "January-December",
    "- April: 1.62 million"; not "Theresa May", "May I"."""
    mon, start = m.group("mon"), m.start()
    if _MONTH_RANGE_NEXT_RE.match(text, m.end()) or _MONTH_RANGE_PREV_RE.search(text, max(0, start - 16), start):
        return True  # a month of a range of months: the range is a period, whatever stands around it
    prep = _MONTH_PREP_RE.search(text, max(0, start - 16), start)
    if prep is not None:
        return not (prep.group("prep").lower() in ("and", "or", "of", "the") and mon == "May")
    if _MONTH_BEFORE_RE.search(text, max(0, start - 12), start):
        return True  # "January-June", "Jan.-Mar.": the end of a range of months
    if _LABEL_AFTER_RE.match(text, m.end()) and _LINE_START_RE.search(text, max(0, start - 8), start):
        return True  # "- April: 1.62 million", a line of a list by month
    return (
        mon not in ("May", "March", "August")
        and not mon.endswith(".")
        and bool(_NOUN_AFTER_MONTH_RE.match(text, m.end()))
    )


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


def decade_facts(text: str, index: _Index, claims: _Claims) -> list[Fact]:
    """ "the 1930s" is the DATE 1930 (as 1930년대 is); "in his 40s" is the NUMBER 40 and more, within ten."""
    if not _DECADE_HINT_RE.search(text):
        return []
    facts = []
    for m in _scan(_DECADE_YEAR_RE, text, [s for p in index.digits for s in (p - 1, p) if s >= 0]):
        if m.group("c"):
            year = int(m.group("c") + m.group("d") + "0")
        else:
            year = int(m.group("d2")) * 10
            year += 1900 if year >= 30 else 2000  # '90s, '00s
        facts.append(_fact(text, Kind.DATE, *m.span(), date=DateValue(year=year, decade=True)))
    for m in _AGE_DECADE_RE.finditer(text):
        value = Decimal(m.group("n"))
        facts.append(
            _fact(
                text, Kind.NUMBER, m.start("n"), m.end(), value=value, precision=Decimal(10), qualifier=Qualifier.OVER
            )
        )
    return _take_longest(facts, claims)


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
            n = _QUARTER_ORDINALS.get(written) or int(written[0])
            kind = Kind.HALF if m.group("qh").lower() == "half" else Kind.QUARTER
            if kind == Kind.QUARTER or n <= 2:
                facts.append(_fact(text, kind, *m.span(), value=Decimal(n), date=_period_year(m)))
                facts += _elided_periods(text, m.end(), kind)
    for m in _scan(_QCODE_RE, text, sorted({*index.at(_QCODE_START_WORDS), *index.digits})):
        quarter = m.group("q") or m.group("q2")
        n = int(quarter or m.group("h") or m.group("h2"))
        date = DateValue(year=2000 + int(m.group("yy"))) if m.group("yy") else _period_year(m)
        facts.append(_fact(text, Kind.QUARTER if quarter else Kind.HALF, *m.span(), value=Decimal(n), date=date))
    for p in index.at(_SEASON_START_WORDS):
        word = text[p : p + 6].lower()
        word = word if word in _SEASON_WORDS else word[:4]
        if _season(text, p, word):
            facts.append(_fact(text, Kind.SEASON, p, p + len(word), value=Decimal(_SEASON_WORDS[word]), implicit=True))
    return facts


# "the first half … continues into the second": an ordinal whose noun, a half or quarter named before it in the
# sentence, is left out (it ends its clause).
_ELIDED_RE = re.compile(r"\bthe\s+(?P<ord>first|second|third|fourth)(?=\s*(?:[,.;:!?)\"”’]|$))", re.I)
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")


def _elided_periods(text: str, start: int, kind: Kind) -> list[Fact]:
    end = _SENTENCE_END_RE.search(text, start)
    found = []
    for m in _ELIDED_RE.finditer(text, start, end.start() + 1 if end else len(text)):
        n = _QUARTER_ORDINALS[m.group("ord").lower()]
        if kind == Kind.QUARTER or n <= 2:
            found.append(_fact(text, kind, *m.span(), value=Decimal(n)))
    return found


# Seasons, implied rather than counted (봄철 = spring): "fall" only where it is one ("this fall", "in the fall"),
# not the verb or the noun ("prices fall", "the fall of", "a fall in"); not a "hot spring".
_SEASON_WORDS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
_SEASON_START_WORDS = frozenset(_SEASON_WORDS)
_FALL_BEFORE_RE = re.compile(
    r"(?:\b(?:in|this|last|next|early|late|during|since|until|by|past)\s+(?:the\s+)?|mid-)$", re.I
)
_FALL_AFTER_RE = re.compile(
    r"\s+(?:of|in|to|by|from|back|short|behind|through|apart|off|down|into|on)\b|\s+[0-9]", re.I
)


def _season(text: str, start: int, word: str) -> bool:
    if word == "fall":
        end = start + 4
        return bool(_FALL_BEFORE_RE.search(text, max(0, start - 16), start)) and not _FALL_AFTER_RE.match(text, end)
    return text[max(0, start - 4) : start].lower() != "hot "


# How often: "monthly", "every year", "each quarter", "per annum", and "a month" / "per day" right after a
# figure ("500,000 won a month", "twice a year", "30,000 a day"); not "a year ago" or "for a year"; the week of
# "a 40-hour week" (주 40시간) too.
_FREQUENCY_RE = re.compile(
    r"\b(?:(?P<word>daily|weekly|monthly|quarterly|yearly|annually|annual|semiannual(?:ly)?|half-yearly)"
    r"|(?:every|each)\s+(?P<every>day|week|month|quarter|year)|per\s+(?P<per>day|week|month|quarter|year|annum)"
    r"|(?P<rate>an?)\s+(?P<unit>day|week|month|quarter|year)(?![\s-]+(?:ago|earlier|later|before|after|old|long))"
    r"|every\s+other\s+(?P<other>week|month|year)"
    r"|(?:(?<=-hour\s)|(?<=-hour\swork\s)|(?<=-hour\sworking\s))(?P<week>week|workweek))\b"
)
_FREQUENCY_WORDS = frozenset(
    "daily weekly monthly quarterly yearly annually annual semiannual semiannually half every each per a an week "
    "workweek".split()
)
_PERIOD_WORDS = frozenset(
    "day week workweek month quarter year annum daily weekly monthly quarterly yearly annually annual "
    "semiannual".split()
)
_FREQUENCY_DAYS = {
    "day": 1, "daily": 1, "week": 7, "weekly": 7, "month": 30, "monthly": 30, "quarter": 91, "quarterly": 91,
    "semiannual": 182, "semiannually": 182, "half-yearly": 182, "year": 365, "yearly": 365, "annually": 365,
    "annual": 365, "annum": 365,
}  # fmt: skip
_EVERY_OTHER_UNITS = {"week": "weeks", "month": "months", "year": "years"}
# What may stand between a figure and "a month" that makes it a rate: a few words, no punctuation.
_RATE_GAP_RE = re.compile(
    r"(?:\s+(?!(?:for|in|from|within|over|after|before|during|than|since|by|to|of|at|on|about|and|or)\b)"
    r"[A-Za-z'’-]+){0,3}\s+"
)


def with_frequencies(text: str, index: _Index, claims: _Claims, facts: list[Fact]) -> list[Fact]:
    """The facts with how often, as a FREQUENCY in days (매월 = monthly = 30), implied rather than counted;
    "every other year" as a count of two years (격년). "a month" is one only right after a figure, a rate
    (then it is no count of one month: "30,000 people a day")."""
    if not index.has(_PERIOD_WORDS):
        return facts
    ends = sorted(f.end for f in facts)
    rates = {(f.start, f.end) for f in facts if _rate_read_as_count(text, f, ends)}
    kept = [f for f in facts if (f.start, f.end) not in rates]
    for start, end in rates:
        claims.release(start, end)
    found = []
    for m in _scan(_FREQUENCY_RE, text, index.at(_FREQUENCY_WORDS)):
        if not claims.free(*m.span()):
            continue
        if m.group("other"):
            unit = _EVERY_OTHER_UNITS[m.group("other")]
            found.append(_fact(text, Kind.COUNT, *m.span(), value=Decimal(2), unit=unit, implicit=True))
            continue
        if m.group("rate") and not _after_figure(text, m.start(), ends):
            continue
        word = "week" if m.group("week") else (m.group("word") or m.group("every") or m.group("per") or m.group("unit"))
        word = word.lower()
        found.append(_fact(text, Kind.FREQUENCY, *m.span(), value=Decimal(_FREQUENCY_DAYS[word]), implicit=True))
    return kept + _take_longest(found, claims)


def _rate_read_as_count(text: str, fact: Fact, ends: list[int]) -> bool:
    """ "a day" in "30,000 people a day", read as a count of one day by the number pass."""
    if fact.kind != Kind.COUNT or fact.value != 1 or not fact.text.lower().startswith(("a ", "an ")):
        return False
    m = _FREQUENCY_RE.match(text, fact.start)
    return m is not None and m.group("rate") is not None and _after_figure(text, fact.start, ends)


def _after_figure(text: str, start: int, ends: list[int]) -> bool:
    at = bisect.bisect_right(ends, start) - 1
    return at >= 0 and _RATE_GAP_RE.fullmatch(text, ends[at], start) is not None


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
            hour = int(h) if h.isdigit() else _CLOCK_HOURS[h]
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
        if t1 is not None and (t1 < t2 or (ap1 and ap2)):  # "9 p.m. to 5 a.m.": overnight, as both say
            end_fact = _fact(text, Kind.TIME, *m.span("t2"), hour=t2[0], minute=t2[1])
            return _fact(text, Kind.TIME, *m.span(), hour=t1[0], minute=t1[1], range_end=end_fact)
    if not (minutes1 or ap1):
        return None
    t1 = _clock(m.group("h1"), minutes1, ap1)
    return _fact(text, Kind.TIME, *m.span("t1"), hour=t1[0], minute=t1[1]) if t1 else None
