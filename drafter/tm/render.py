"""One English fact written again with a new value, in the style it was written in.

"KRW 4.3 billion" stays "KRW x billion" (and becomes "KRW 950 million" when the value drops below
a billion), "4.3 billion won" stays "… won", "15 percent" stays "… percent", "Fourteen" stays a
word, "Nov. 1" stays abbreviated, "Wednesday" follows the new date. Each function returns None
when it cannot say the new value in that style; the caller then leaves the suggestion unadapted.
"""

from __future__ import annotations

import calendar
import re
from decimal import Decimal

from drafter.casing import same_case
from drafter.parity.facts import Fact, Kind

_SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
_SMALL += "seventeen eighteen nineteen"
_WORDS = _SMALL.split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINAL_WORDS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_SCALE_WORDS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SCALE_SHORT = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12}
_SHORT_BY_SIZE = {10**3: "k", 10**6: "m", 10**9: "bn", 10**12: "tn"}
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?"
    r"(?:(?P<space>\s*)(?P<scale>trillion|billion|million|thousand)\b|(?P<short>bn|tn|mn|m|k)\b)?",
    re.I,
)
_TENS_RE = "|".join(_TENS[2:])
_WORD_NUMBER = re.compile(
    rf"\b(?P<word>(?:{_TENS_RE})(?:-(?:{'|'.join(_WORDS[1:10])}))?|{'|'.join(_WORDS)})\b",
    re.I,
)
_ORDINAL_DIGITS = re.compile(r"\b(\d+)(st|nd|rd|th)\b", re.I)
_ORDINAL_WORD = re.compile(r"\b(" + "|".join(_ORDINAL_WORDS[1:]) + r")\b", re.I)
_MONTH_NAMES = [m.lower() for m in calendar.month_name]
_MONTH_ABBR = [m.lower() for m in calendar.month_abbr]
_DAY_NAMES = [d.lower() for d in calendar.day_name]
_DAY_ABBR = [d.lower() for d in calendar.day_abbr]
_DATE_TOKEN = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b"
    r"|\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\b"
    r"|\b(?P<time>\d{1,2}):(?P<minute>\d\d)\b"
    r"|\b(?P<day>\d{1,2})(?P<suffix>st|nd|rd|th)?\b",
    re.I,
)


# --- numbers ------------------------------------------------------------------------------------


def words(n: int) -> str | None:
    """An integer 0–999 in English words ("twenty-one", "one hundred five"); None beyond."""
    if not 0 <= n < 1000:
        return None
    if n < 20:
        return _WORDS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens] + (f"-{_WORDS[unit]}" if unit else "")
    hundreds, rest = divmod(n, 100)
    tail = words(rest) if rest else ""
    return f"{_WORDS[hundreds]} hundred" + (f" {tail}" if tail else "")


def _word_value(word: str) -> int | None:
    w = word.lower()
    if w in _WORDS:
        return _WORDS.index(w)
    tens, _, unit = w.partition("-")
    if tens in _TENS:
        return _TENS.index(tens) * 10 + (_WORDS.index(unit) if unit else 0)
    return None


def ordinal_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _digits(value: Decimal, decimals: int, commas: bool) -> str:
    text = f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def number(text: str, old: Fact, new: Fact) -> str | None:
    """`text` (an English amount, count, number, percent …: the fact `old`) with `new`'s value instead."""
    if old.value is None or new.value is None or old.value == 0:
        return None
    m = _NUMBER.search(text)
    if m is None:
        return _worded(text, old, new)
    written = Decimal(m["int"].replace(",", "") + (f".{m['frac']}" if m["frac"] else ""))
    if written == 0:
        return None
    scale = old.value / written  # "KRW 4.3 billion": 1E+9; "$3-5 million" (lower bound 3): 1E+6
    word = (m["scale"] or m["short"] or "").lower()
    if word:
        sizes = _SCALE_WORDS if m["scale"] else _SCALE_SHORT
        scale = Decimal(sizes[word])
        value = new.value / scale
        if not Decimal(1) <= value < 1000:  # 0.95 billion → 950 million, 1,200 billion → 1.2 trillion
            fits = [s for s in sorted(set(sizes.values())) if new.value / s >= 1]
            if not fits:
                return None
            scale = Decimal(fits[-1])
            word = _scale_name(int(scale), short=not m["scale"], like=m["scale"] or m["short"])
    value = new.value / scale
    step = new.precision / scale
    decimals = max(0, -step.normalize().as_tuple().exponent) if step < 1 else 0  # type: ignore[operator]
    if value != value.quantize(Decimal(1).scaleb(-decimals)):
        return None  # the new value is written more finely than this style can show
    int_part = m["int"].replace(",", "")
    commas = "," in m["int"] or (len(int_part) < 4 and int(value) >= 1000)
    digits = _digits(value, decimals, commas)
    if ("." in digits) and old.kind in (Kind.COUNT,):
        return None
    if old.kind == Kind.COUNT and (old.value == 1) != (new.value == 1) and re.search(r"[A-Za-z]", text[m.end() :]):
        return None  # "1 company" / "2 companies": the noun would have to change too
    scale_text = ""
    if m["scale"]:
        scale_text = m["space"] + same_case(m["scale"], word)  # "Billion" in a headline stays capitalised
    elif m["short"]:
        scale_text = word
    return text[: m.start()] + digits + scale_text + text[m.end() :]


def _scale_name(size: int, short: bool, like: str) -> str:
    if short:
        return _SHORT_BY_SIZE[size]
    name = next(k for k, v in _SCALE_WORDS.items() if v == size)
    return same_case(like, name)


def _worded(text: str, old: Fact, new: Fact) -> str | None:
    """ "Fourteen officials" → "Fifteen officials": a number written as a word stays a word."""
    m = _WORD_NUMBER.search(text)
    if m is None or _word_value(m["word"]) != old.value:
        return None
    if new.value != new.value.to_integral_value() or (old.value == 1) != (new.value == 1):
        return None
    said = words(int(new.value))
    if said is None:
        return None
    return text[: m.start()] + same_case(m["word"], said) + text[m.end() :]


def ordinal(text: str, old: Fact, new: Fact) -> str | None:
    """ "37th" → "38th", "sixth" → "seventh"."""
    if new.value is None or new.value != new.value.to_integral_value():
        return None
    n = int(new.value)
    m = _ORDINAL_DIGITS.search(text)
    if m is not None:
        return text[: m.start()] + f"{n}{same_case(m[2], ordinal_suffix(n))}" + text[m.end() :]
    m = _ORDINAL_WORD.search(text)
    if m is not None and n < len(_ORDINAL_WORDS):
        return text[: m.start()] + same_case(m[1], _ORDINAL_WORDS[n]) + text[m.end() :]
    digits = re.search(r"\d+", text)  # "No. 1", "Q3", "3Q", "H1"
    if digits is not None:
        return text[: digits.start()] + str(n) + text[digits.end() :]
    return None


# --- dates and times ------------------------------------------------------------------------------


def _month_like(model: str, month: int) -> str:
    lower = model.lower()
    if (lower in _MONTH_NAMES and len(lower) > 3) or lower == "may":
        return same_case(model, _MONTH_NAMES[month])
    name = "sept" if lower == "sept" and month == 9 else _MONTH_ABBR[month]
    return same_case(model, name)


def _weekday_like(model: str, weekday: int) -> str:
    lower = model.lower()
    if lower in _DAY_NAMES:
        return same_case(model, _DAY_NAMES[weekday])
    abbr = _DAY_ABBR[weekday]
    if len(lower) == 4 and weekday in (1, 3):  # "Tues", "Thurs"
        abbr = {1: "tues", 3: "thurs"}[weekday]
    return same_case(model, abbr)


def calendar_text(text: str, old: Fact, new: Fact, year_hint: int | None = None) -> str | None:
    """A date, time, quarter or half with the parts that changed written again.

    Only the parts whose value changed are touched; a weekday follows a changed date. `year_hint`
    is the year the date falls in when neither side writes it (the release's year).
    """
    od, nd = old.date, new.date
    out, at = [], 0
    days_seen = 0
    for m in _DATE_TOKEN.finditer(text):
        replacement = None
        if m["year"]:
            if od and nd and nd.year and od.year != nd.year and int(m["year"]) == od.year:
                replacement = str(nd.year)
        elif m["month"]:
            if od and nd and nd.month and od.month != nd.month:
                replacement = _month_like(m["month"], nd.month)
        elif m["weekday"]:
            weekday = _new_weekday(text, old, new, year_hint)
            if weekday is None:
                return None
            replacement = _weekday_like(m["weekday"], weekday)
        elif m["time"]:
            if old.kind == Kind.TIME and new.hour is not None and (old.hour, old.minute) != (new.hour, new.minute):
                replacement = f"{new.hour:0{len(m['time'])}d}:{new.minute or 0:02d}"
        elif m["day"]:
            days_seen += 1
            if old.kind in (Kind.QUARTER, Kind.HALF):
                if new.value != old.value and new.value is not None:
                    replacement = str(int(new.value))
            elif old.kind == Kind.TIME:
                if new.hour is None or new.hour == old.hour:
                    pass
                elif re.match(r"\s*[ap]\.?m\b", text[m.end() :], re.I):
                    if (old.hour or 0) // 12 != new.hour // 12:
                        return None  # a.m. would have to become p.m.
                    replacement = str((new.hour - 1) % 12 + 1)
                else:
                    return None
            elif od and nd and nd.day and od.day != nd.day and int(m["day"]) == od.day:
                suffix = m["suffix"]
                replacement = str(nd.day) + (same_case(suffix, ordinal_suffix(nd.day)) if suffix else "")
            elif od and nd and od.day != nd.day:
                return None  # a number that is not the day we know: leave the sentence as it was
        if replacement is not None:
            out.append(text[at : m.start()])
            out.append(replacement)
            at = m.end()
    if old.kind in (Kind.QUARTER, Kind.HALF) and new.value != old.value and not days_seen:
        worded = ordinal(text[at:], old, new)
        if worded is None:
            return None
        out.append(worded)
        return "".join(out)
    out.append(text[at:])
    written = "".join(out)
    if nd and nd.year and od and not od.year and old.kind == Kind.DATE and re.search(r"[A-Za-z]+\.? \d{1,2}$", written):
        written += f", {nd.year}"  # "on Monday, January 12" → "…, 2026" when the new Korean names the year
    return written


def _new_weekday(text: str, old: Fact, new: Fact, year_hint: int | None) -> int | None:
    import datetime

    nd = new.date
    if nd is None:
        return None
    if nd.weekday is not None:
        return nd.weekday
    od = old.date
    if od is not None and (od.month, od.day, od.year) == (nd.month, nd.day, nd.year):
        return od.weekday
    year = nd.year or year_hint
    written_year = re.search(r"\b(?:19|20)\d\d\b", text)
    if year is None and written_year:
        year = int(written_year.group())
    if not (year and nd.month and nd.day):
        return None
    try:
        return datetime.date(year, nd.month, nd.day).weekday()
    except ValueError:
        return None


def rewrite(en: Fact, old: Fact, new: Fact, year_hint: int | None = None) -> str | None:
    """The English fact `en` (which states the Korean fact `old`) written again to state `new` instead."""
    if old.kind != new.kind or old.unit != new.unit or old.qualifier != new.qualifier:
        return None
    if (old.range_end is None) != (new.range_end is None) or (en.range_end is None) != (new.range_end is None):
        return None
    if en.range_end is not None and new.range_end is not None:
        # "from March 4 to March 14", "$3-5 million": each bound written again in its own part of the text
        cut = en.range_end.start - en.start
        if not 0 < cut < len(en.text):
            return None
        head = _one(en.text[:cut], en, new, year_hint)
        tail = _one(en.text[cut:], en.range_end, new.range_end, year_hint)
        return None if head is None or tail is None else head + tail
    return _one(en.text, en, new, year_hint)


def _one(text: str, en: Fact, new: Fact, year_hint: int | None) -> str | None:
    if en.kind in (Kind.DATE, Kind.TIME, Kind.QUARTER, Kind.HALF):
        return calendar_text(text, en, new, year_hint)
    if en.kind == Kind.ORDINAL:
        return ordinal(text, en, new)
    return number(text, en, new)
