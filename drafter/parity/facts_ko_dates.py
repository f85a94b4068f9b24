"""Korean dates, periods and times: 2023년 11월 1일(수), 2023. 11. 1.(수), 11.1., 6.14~18, 1980년대,
지난해 12월, 상반기, 3분기, 15:00~15:30, 오후 3시 반; a bare "1일" takes the month written before it."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from drafter.parity.facts import DateValue, Fact, Kind
from drafter.parity.facts_ko_amounts import DURATION_AFTER, UNIT, days_counted
from drafter.parity.facts_ko_scan import PRIO_DATE, SEP, WEEKDAYS, Scan, hangul_before

_REL_YEARS = {
    "재작년": -2,
    "작년": -1,
    "지난해": -1,
    "지난 해": -1,
    "전년도": -1,
    "전년": -1,
    "올해": 0,
    "금년도": 0,
    "금년": 0,
    "올": 0,
    "내년도": 1,
    "내년": 1,
    "명년": 1,
    "이듬해": 1,
    "다음 해": 1,
    "다음해": 1,
    "내후년": 2,
}
_REL_ALT = "|".join(
    re.escape(w) if w != "올" else r"올(?=\s?(?:[0-9]{1,2}\s?월|[상하]반기|[1-4]\s?분기))"  # 올 3월, 올 상반기
    for w in sorted(_REL_YEARS, key=len, reverse=True)
)
_HALVES = {"상": 1, "전": 1, "하": 2, "후": 2}  # 상반기/전반기 = first half, 하반기/후반기 = second half

_WEEKDAY = rf"(?:\s?\((?P<wd>[{WEEKDAYS}])(?:요일)?\)|\s?(?P<wd2>[{WEEKDAYS}])요일)?"  # (수), 수요일


def _date_part(name: str, digits: str, unit: str) -> str:
    """A date component; its unit may be left to the range that follows ("14~18일")."""
    return rf"(?P<{name}>{digits})(?:\s?{unit}|(?={SEP}\s?[0-9]{{1,4}}\s?{unit}))"


# ’23년, ‘23년 (a left quote typed for the apostrophe), ’25.3.1., ‘15~‘18: a year of the century.
_APOSTROPHE = "['’‘`]"
_KO_DATE = re.compile(
    rf"""(?<![0-9.,])(?:
        (?P<dec>[0-9]{{3}}0|[1-9]0|00)\s?년대|(?P<dec4>(?:19|20)[0-9]0)대(?=\s?[초중후말])
      | (?:{_date_part("y", "[0-9]{4}", "년")}(?:도)?
         |{_APOSTROPHE}(?P<yy>[0-9]{{2}})(?:\s?년(?:도)?|(?P<yyb>(?![0-9가-힣])))
         |(?<![가-힣])(?P<rel>{_REL_ALT}))
        (?:\s?{_date_part("m", "[0-9]{1,2}", "월")}(?:\s?{_date_part("d", "[0-9]{1,2}", "일")})?)?
      | {_date_part("m2", "[0-9]{1,2}", "월")}(?:\s?{_date_part("d2", "[0-9]{1,2}", "일")})?
      | {_date_part("d3", "[0-9]{1,2}", "일")}
    ){_WEEKDAY}""",
    re.X,
)
_REL_FIND = re.compile(_REL_ALT)
_APOSTROPHE_YEAR = re.compile(rf"{_APOSTROPHE}[0-9]{{2}}")
_KO_DATE_RANGE = re.compile(rf"\s?(?:{SEP}|(?P<from>부터|에서))\s?")
_UNTIL = re.compile(r"\s?까지")
_SHORT_YEAR = re.compile(r"(?P<yy>[0-9]{2})\s?년(?!대)")  # 1950~53년

_DOT_DATE = re.compile(
    rf"""(?<![0-9.,:/])
    (?:(?:(?P<y>(?:19|20)[0-9]{{2}})|{_APOSTROPHE}(?P<yy>[0-9]{{2}}))\s?\.\s?)?
    (?P<m>[0-9]{{1,2}})\s?\.\s?(?P<d>[0-9]{{1,2}})(?![0-9]|\.[0-9])
    (?P<dot>\s?\.(?![0-9]))?
    {_WEEKDAY}""",
    re.X,
)
_DOT_YEAR_MONTH = re.compile(r"(?<![0-9.,:/])(?P<y>(?:19|20)[0-9]{2})\.\s?(?P<m>[0-9]{1,2})\s?\.(?!\s?[0-9])")
# A year with a dot before months in Korean: "2026.1~12월", "’26. 1-12월", "’26.3월" (statistics' periods).
_DOT_YEAR_MONTHS = re.compile(
    rf"(?<![0-9.,:/])(?:(?P<y>(?:19|20)[0-9]{{2}})|{_APOSTROPHE}(?P<yy>[0-9]{{2}}))\s?\.\s?"
    rf"(?P<m>[0-9]{{1,2}})\s?(?:월|{SEP}\s?(?P<m2>[0-9]{{1,2}})\s?월)"
)
_ISO_DATE = re.compile(
    rf"(?<![0-9.,:/-])(?P<y>(?:19|20)[0-9]{{2}})(?P<s>[-/])(?P<m>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}})"
    rf"(?![0-9]){_WEEKDAY}"
)
_DOT_RANGE = re.compile(rf"\s?{SEP}\s?")
_DAY_ONLY = re.compile(rf"(?P<d>[0-9]{{1,2}})(?![0-9])(?P<dot>\s?\.(?![0-9]))?{_WEEKDAY}")
_LATIN_BEFORE = re.compile(r"[A-Za-z]\s?[vV]?$")  # "Windows 3.1.": a version, not March 1

_PERIOD = re.compile(
    rf"""(?:(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}})\s?(?:년\s?)?|{_APOSTROPHE}(?P<yy>[0-9]{{2}})\s?년?\s?
         |(?<![가-힣])(?P<rel>{_REL_ALT})\s?)?
    (?:(?P<half>[상하전후])반기
      |(?P<both>상\s?[·/]\s?하|전\s?[·/]\s?후)반기
      |(?:제\s?)?(?<![0-9])(?P<q>[1-4])\s?(?:/\s?4|·\s?4|사)?\s?분기)""",
    re.X,
)

_TIME_TAIL = r"(?=[^가-힣]|$|[에부까로경쯤께이의는은가를을와과도만인]|정각)"
_TIME = re.compile(
    rf"""(?<![0-9:.,])(?:(?P<h>[0-9]{{1,2}})\s?시(?:\s?(?P<mi>[0-9]{{1,2}})\s?분|\s?(?P<half>반))?
      |(?P<hh>[0-9]{{1,2}}):(?P<mm>[0-5][0-9])(?![0-9:])){_TIME_TAIL}""",
    re.X,
)
# After 오전/오후 a dot may separate hours and minutes: "오후 5.30" (as in British English).
_DOT_TIME = re.compile(rf"(?P<h>[0-9]{{1,2}})\.(?P<mi>[0-5][0-9])(?![0-9.]){_TIME_TAIL}")
_NATIVE_TIME = re.compile(rf"\s시(?:\s?(?P<mi>[0-9]{{1,2}})\s?분|\s?(?P<half>반))?{_TIME_TAIL}")  # 세 시 반
_AP = "오전|오후|새벽|아침|낮|저녁|밤"
_PRE_AP = re.compile(rf"(?P<ap>{_AP})\s?$")
_AP_AHEAD = re.compile(rf"(?P<ap>{_AP})\s?")
_TIME_RANGE = re.compile(rf"\s?(?:{SEP}|(?P<from>부터))\s?")
_BARE_HOUR = re.compile(rf"(?P<h>[0-9]{{1,2}})\s?{SEP}\s?(?=[0-9]{{1,2}}\s?시)")  # 오후 2~5시: the hour its end names

_WEEKDAY_WORD = re.compile(rf"[{WEEKDAYS}]요일")

# ---------------------------------------------------------------------------------------------------
# Dates and periods
# ---------------------------------------------------------------------------------------------------


def _weekday(m: re.Match[str]) -> int | None:
    wd = m.groupdict().get("wd") or m.groupdict().get("wd2")
    return WEEKDAYS.index(wd) if wd else None


def _year(m: re.Match[str]) -> int | None:
    if m.group("y"):
        return int(m.group("y"))
    yy = m.groupdict().get("yy")
    if yy:  # '23년
        return (2000 if int(yy) < 50 else 1900) + int(yy)
    return None


def _relative(m: re.Match[str]) -> int | None:
    rel = m.group("rel")
    return _REL_YEARS[re.sub(r"\s+", " ", rel)] if rel else None


def _ko_date_value(m: re.Match[str]) -> DateValue | None:
    """The DateValue of a _KO_DATE match, or None if it is not a valid date."""
    if m.group("dec") or m.group("dec4"):  # 1980년대, 90년대, 2000대 초: the decade's first year
        dec = int(m.group("dec") or m.group("dec4"))
        return DateValue(year=dec if dec >= 100 else (1900 if dec >= 30 else 2000) + dec, decade=True)
    month = m.group("m") or m.group("m2")
    day = m.group("d") or m.group("d2") or m.group("d3")
    value = DateValue(
        year=_year(m),
        month=int(month) if month else None,
        day=int(day) if day else None,
        weekday=_weekday(m),
        relative_year=_relative(m),
    )
    if (value.month is not None and not 1 <= value.month <= 12) or (value.day is not None and not 1 <= value.day <= 31):
        return None
    return value


def korean_dates(scan: Scan) -> None:
    """2023년 11월 1일(수), 11월, 1일, 지난해 12월, 1980년대; ranges with ~ or 부터 … 까지."""
    s = scan.s
    positions = scan.runs + [m.start() for m in _REL_FIND.finditer(s) if not hangul_before(s, m.start())]
    positions += _apostrophes(s)
    for m in scan.matches(_KO_DATE, positions):
        value = _ko_date_value(m)
        if value is None:
            continue
        if m.group("d3") and _weekday(m) is None and days_counted(s, m.start(), m.end()):
            continue  # 주 4일, 3박 4일, 일수는 14일로, 9일 늘었다: days, read as a count
        if (
            (m.group("d3") or (m.group("y") and not m.group("m")))
            and _ko_unit_written(m)
            and DURATION_AFTER.match(s, m.end())
        ):
            continue  # 3일 동안, 1000년 전: a duration
        end, range_end = m.end(), None
        sep = _KO_DATE_RANGE.match(s, m.end())
        if sep is not None:
            range_end = _ko_range_end(scan, sep.end(), value, bool(sep.group("from")))
            if range_end is not None:
                until = _UNTIL.match(s, range_end.end)
                end = until.end() if until is not None else range_end.end
        if range_end is None and not _ko_unit_written(m):
            continue  # "14" of "14~18일" without a range after all
        scan.fact(Kind.DATE, m.start(), end, PRIO_DATE, date=value, range_end=range_end)


def _ko_range_end(scan: Scan, pos: int, start: DateValue, needs_until: bool) -> Fact | None:
    """The end of '2019년 12월부터 2021년 12월까지', '6월 14~18일', '1950~53년'."""
    s = scan.s
    m = _KO_DATE.match(s, pos)
    value = _ko_date_value(m) if m is not None else None
    if m is None or value is None:
        m = _SHORT_YEAR.match(s, pos)
        if m is None or start.year is None or start.month is not None:
            return None
        value = DateValue(year=start.year // 100 * 100 + int(m.group("yy")))
    if needs_until and not _UNTIL.match(s, m.end()):
        return None  # "2019년에서 2021년으로" is a change, not a range
    return scan.sub(Kind.DATE, m.start(), m.end(), date=_inherit(value, start))


def _apostrophes(s: str) -> list[int]:
    """Where a year with an apostrophe starts (’23년, ‘15~‘18), for the patterns that read one."""
    return [m.start() for m in _APOSTROPHE_YEAR.finditer(s)] if "'" in s or "’" in s or "‘" in s or "`" in s else []


def _ko_unit_written(m: re.Match[str]) -> bool:
    """False if the last component's 년/월/일 was left to the range that follows ('6월 14~18일')."""
    if m.group("yyb") is not None and not (m.group("m") or m.group("d")):
        return True  # ’23 alone: the apostrophe says it is a year
    text = re.sub(rf"\s?(?:\([{WEEKDAYS}](?:요일)?\)|[{WEEKDAYS}]요일)$", "", m.group().rstrip())
    return not text[-1:].isdigit()


def _inherit(value: DateValue, start: DateValue) -> DateValue:
    """The end of a range takes what it leaves out from its start: 11월 1일~3일 → 11월 3일."""
    if value.year is None and value.relative_year is None:
        value = replace(value, year=start.year, relative_year=start.relative_year)
        if value.month is None and value.day is not None:
            value = replace(value, month=start.month)
    return value


def dotted_dates(scan: Scan) -> None:
    """2023. 11. 1.(수), 2023.11.1., 11.1., (2.27), 6.14(토)-6.18(수), 6.14~18, 2023-11-01."""
    s = scan.s
    for m in scan.matches(_DOT_DATE, sorted(scan.runs + _apostrophes(s))):
        value = _dot_value(m)
        if value is None or _LATIN_BEFORE.search(s, max(0, m.start() - 3), m.start()):
            continue  # not a date, or a version number ("Windows 3.1.")
        end, range_end, marked = m.end(), None, _dot_marked(s, m)
        sep = _DOT_RANGE.match(s, m.end())
        if sep is not None:
            range_end = _dot_range_end(scan, sep.end(), value, marked)
            if range_end is not None:
                end = range_end.end
        if marked or range_end is not None:
            scan.fact(Kind.DATE, m.start(), end, PRIO_DATE, date=value, range_end=range_end)
    for m in scan.matches(_DOT_YEAR_MONTH):
        month = int(m.group("m"))
        if 1 <= month <= 12:
            scan.fact(Kind.DATE, m.start(), m.end(), PRIO_DATE, date=DateValue(year=int(m.group("y")), month=month))
    for m in scan.matches(_DOT_YEAR_MONTHS, sorted(scan.runs + _apostrophes(s))):
        first, last = int(m.group("m")), int(m.group("m2") or m.group("m"))
        if 1 <= first <= 12 and 1 <= last <= 12:
            value = DateValue(year=_year(m), month=first)
            end = scan.sub(Kind.DATE, m.start("m2"), m.end(), date=replace(value, month=last)) if m["m2"] else None
            scan.fact(Kind.DATE, m.start(), m.end(), PRIO_DATE, date=value, range_end=end)
    for m in scan.matches(_ISO_DATE):
        value = _dot_value(m)
        if value is not None:
            scan.fact(Kind.DATE, m.start(), m.end(), PRIO_DATE, date=value)


def _dot_value(m: re.Match[str]) -> DateValue | None:
    month, day = int(m.group("m")), int(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return DateValue(year=_year(m), month=month, day=day, weekday=_weekday(m))


def _dot_marked(s: str, m: re.Match[str]) -> bool:
    """A month.day is a date when written with a year, a final dot, a weekday, or in parentheses."""
    if m.group("y") or m.group("yy") or m.group("dot") or _weekday(m) is not None:
        return True
    return s[m.start() - 1 : m.start()] == "(" and s[m.end() : m.end() + 1] == ")"


def _dot_range_end(scan: Scan, pos: int, start: DateValue, start_marked: bool) -> Fact | None:
    """The end of '6.14(토)-6.18(수)' or of '6.14~18'."""
    s = scan.s
    m = _DOT_DATE.match(s, pos)
    if m is not None:
        value = _dot_value(m)
        if value is not None and (start_marked or _dot_marked(s, m) or not UNIT.match(s, m.end())):
            return scan.sub(Kind.DATE, m.start(), m.end(), date=_inherit(value, start))
        return None
    d = _DAY_ONLY.match(s, pos)
    if d is None or start.day is None:
        return None
    day = int(d.group("d"))
    end = d.end() + 1 if s.startswith("일", d.end()) and not d.group("dot") else d.end()  # (3.2~6일)
    if not start.day < day <= 31 or (end == d.end() and (UNIT.match(s, end) or s[end : end + 1] in ("월", "일", "."))):
        return None
    value = DateValue(year=start.year, month=start.month, day=day, weekday=_weekday(d))
    return scan.sub(Kind.DATE, d.start(), end, date=value)


def periods(scan: Scan) -> None:
    """상반기, 내년 상반기, 2024년 1분기, 1/4분기, 상·하반기."""
    if "반기" not in scan.s and "분기" not in scan.s:
        return
    for m in _PERIOD.finditer(scan.s):
        year, rel = _year(m), _relative(m)
        date = DateValue(year=year, relative_year=rel) if year is not None or rel is not None else None
        if m.group("q"):
            scan.fact(Kind.QUARTER, m.start(), m.end(), PRIO_DATE, value=Decimal(m.group("q")), date=date)
        elif m.group("half"):
            scan.fact(Kind.HALF, m.start(), m.end(), PRIO_DATE, value=Decimal(_HALVES[m.group("half")]), date=date)
        else:
            second = scan.sub(Kind.HALF, m.start("both"), m.end(), value=Decimal(2), date=date)
            scan.fact(Kind.HALF, m.start(), m.end(), PRIO_DATE, value=Decimal(1), date=date, range_end=second)


# Seasons: 봄, 여름철, 올가을, 지난겨울, 하계, 동절기; not 겨울철새, 여름휴가, 추계 (an estimate as often as
# autumn), nor 늘봄 (a programme's name).
_SEASON = re.compile(
    r"(?<![가-힣])(?:올|지난|이번\s?)?(?:(?P<s1>봄|춘계)|(?P<s2>여름|하계|하절기)|(?P<s3>가을)|(?P<s4>겨울|동계|동절기))철?"
    r"(?=$|[^가-힣]|에는|에|부터|까지|의|은|는|이|을|과|와|도|엔|마다|동안|내내|께|로|으로|처럼|보다|만)"
)
_SEASON_WORDS = ("봄", "춘계", "여름", "하계", "하절기", "가을", "겨울", "동계", "동절기")


def seasons(scan: Scan) -> None:
    """봄, 여름철, 올가을, 동절기: a season of the year, implied rather than counted (a translation may leave it
    out, not change it)."""
    if not any(word in scan.s for word in _SEASON_WORDS):
        return
    for m in _SEASON.finditer(scan.s):
        value = Decimal(m.lastgroup[1])  # type: ignore[index]
        scan.fact(Kind.SEASON, m.start(), m.end(), PRIO_DATE, value=value, implicit=True)


# How often: 매월, 분기마다, 연간, and 월/연/주/일/하루 right before a figure (월 50만 원, 연 2회, 주 52시간,
# 하루 평균 3만 명). Never 11월, (월) or 연구: the word stands alone. 격년 is every two years, as "biennial".
_FREQUENCY = re.compile(
    r"(?<![가-힣0-9(])(?:(?P<d>매일|날마다)|(?P<w>매주|주마다)|(?P<m>매월|매달|달마다|월마다|월간)|(?P<q>매\s?분기|분기마다|분기별)"
    r"|(?P<h>반기마다|반기별)|(?P<y>매년|매해|해마다|연간)"
    r"|(?:(?P<d2>하루|일)|(?P<w2>주)|(?P<m2>월)|(?P<y2>연))(?=\s?(?:에\s?)?(?:평균\s?)?[0-9]))"
    r"|(?<![가-힣])격(?P<every>년|월|주)"
)
_FREQUENCY_DAYS = {"d": 1, "w": 7, "m": 30, "q": 91, "h": 182, "y": 365}
_FREQUENCY_WORDS = ("매", "마다", "월간", "분기별", "반기별", "연간", "격년", "격월", "격주")
_EVERY_OTHER = {"년": "년", "월": "개월", "주": "주"}


def frequencies(scan: Scan) -> None:
    """How often something happens or is paid, as a FREQUENCY in days, implied rather than counted (a
    translation may leave it out, but may not change it); 격년 / 격월 / 격주 as a count of two."""
    s = scan.s
    before_digits = any(ch in s[max(0, p - 6) : p] for p in scan.runs for ch in "월연주일루")
    if not before_digits and not any(word in s for word in _FREQUENCY_WORDS):
        return  # most paragraphs: read no further
    for m in _FREQUENCY.finditer(s):
        if m.group("every"):
            unit = _EVERY_OTHER[m.group("every")]
            scan.fact(Kind.COUNT, m.start(), m.end(), value=Decimal(2), unit=unit, implicit=True)
            continue
        group = next(name for name, text in m.groupdict().items() if text is not None)
        days = Decimal(_FREQUENCY_DAYS[group[0]])
        scan.fact(Kind.FREQUENCY, m.start(), m.end(), PRIO_DATE, value=days, implicit=True)  # 하루 평균: not one day


_NOON = re.compile(r"(?<![가-힣])(?:(?P<noon>정오)|(?P<midnight>자정))")


def noon_and_midnight(scan: Scan) -> None:
    """정오 (12:00) and 자정 (00:00), as "noon" and "midnight" are."""
    if "정오" in scan.s or "자정" in scan.s:
        for m in _NOON.finditer(scan.s):
            scan.fact(Kind.TIME, m.start(), m.end(), PRIO_DATE, hour=12 if m.group("noon") else 0, minute=0)


def weekdays(scan: Scan) -> None:
    """수요일 on its own (a weekday after a date is part of that date)."""
    if "요일" not in scan.s:
        return
    for m in _WEEKDAY_WORD.finditer(scan.s):
        if not hangul_before(scan.s, m.start()):
            scan.fact(Kind.DATE, m.start(), m.end(), date=DateValue(weekday=WEEKDAYS.index(m.group()[0])))


# ---------------------------------------------------------------------------------------------------
# Month from context
# ---------------------------------------------------------------------------------------------------


# A sentence that reports what was said or published on a day: "…(는) 1일 밝혔다", "… 5일 고시했다" is the
# day of the announcement.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|$")
_REPORTED = re.compile(
    r"(?:밝혔|발표했|말했|전했|알렸|설명했|강조했|공개했|보도했|고시했|공고했|공포했|공표했)다[.!?]?$"
)


def month_from_context(facts: list[Fact], s: str) -> list[Fact]:
    """'1일' alone takes the month written last before it in the paragraph ('11월 … 1일'), unless its
    sentence reports what was said that day ('2026년 11월 수출이 … 1일 밝혔다': the release's day)."""
    month: int | None = None
    out: list[Fact] = []
    for f in facts:
        d = f.date
        if f.kind is Kind.DATE and d is not None:
            if d.day is not None and d.month is None and d.year is None and month is not None and not _said_on(s, f):
                end = f.range_end
                if end is not None and end.date is not None and end.date.month is None:
                    end = replace(end, date=replace(end.date, month=month))
                f = replace(f, date=replace(d, month=month), range_end=end)
            last = f.range_end.date if f.range_end is not None and f.range_end.date else f.date
            if last is not None and last.month is not None:
                month = last.month
        out.append(f)
    return out


def _said_on(s: str, day: Fact) -> bool:
    sentence_end = _SENTENCE_END.search(s, day.end)
    return sentence_end is not None and bool(_REPORTED.search(s, day.end, sentence_end.start() + 1))


# ---------------------------------------------------------------------------------------------------
# Times
# ---------------------------------------------------------------------------------------------------


def _clock(hour: int, minute: int, ap: str | None) -> tuple[int, int] | None:
    """오후 3시 = 15:00; 밤 12시 = midnight; 낮 2시 = 14:00."""
    if hour > 24 or minute > 59:
        return None
    if (ap in ("오후", "저녁", "밤") and hour < 12) or (ap == "낮" and 1 <= hour <= 6):
        hour += 12
    elif ap in ("오전", "새벽", "밤") and hour == 12:
        hour = 0
    return hour, minute


def _time_at(s: str, pos: int, ap: str | None) -> tuple[re.Match[str], tuple[int, int]] | None:
    m = _TIME.match(s, pos)
    if m is None and ap in ("오전", "오후"):
        dot = _DOT_TIME.match(s, pos)
        hm = _clock(int(dot.group("h")), int(dot.group("mi")), ap) if dot is not None else None
        return (dot, hm) if dot is not None and hm is not None else None
    if m is None:
        return None
    if m.group("hh"):
        hm = _clock(int(m.group("hh")), int(m.group("mm")), ap)
    else:
        minute = int(m.group("mi")) if m.group("mi") else (30 if m.group("half") else 0)
        hm = _clock(int(m.group("h")), minute, ap)
    return (m, hm) if hm is not None else None


def times(scan: Scan) -> None:
    """15:00, 오후 3시, 오전 10시 30분, 15:00~15:30, 오후 3시부터 5시까지."""
    s = scan.s
    for pos in scan.runs:
        pre = _PRE_AP.search(s, max(0, pos - 3), pos)
        ap = pre.group("ap") if pre is not None else None
        found = _time_at(s, pos, ap)
        if found is None:
            found = _hour_range(scan, pos, ap)
            if found is not None:
                start, range_end = pre.start() if pre is not None else pos, found[1]
                scan.fact(Kind.TIME, start, range_end.end, PRIO_DATE, hour=found[0], minute=0, range_end=range_end)
            continue
        m, (hour, minute) = found
        end, range_end = m.end(), None
        sep = _TIME_RANGE.match(s, m.end())
        if sep is not None:
            ap2 = _AP_AHEAD.match(s, sep.end())
            second = _time_at(s, ap2.end() if ap2 else sep.end(), ap2.group("ap") if ap2 else ap)
            until = _UNTIL.match(s, second[0].end()) if second is not None else None
            if second is not None and (until is not None or not sep.group("from")):
                (m2, (h2, mi2)) = second
                start2 = ap2.start() if ap2 else m2.start()
                range_end = scan.sub(Kind.TIME, start2, m2.end(), hour=h2, minute=mi2)
                end = until.end() if until is not None else m2.end()
        start = pre.start() if pre is not None else pos
        scan.fact(Kind.TIME, start, end, PRIO_DATE, hour=hour, minute=minute, range_end=range_end)


def _hour_range(scan: Scan, pos: int, ap: str | None) -> tuple[int, Fact] | None:
    """오후 2~5시, 9~18시: a range of hours whose 시 is written once, after its end."""
    bare = _BARE_HOUR.match(scan.s, pos)
    second = _time_at(scan.s, bare.end(), ap) if bare is not None else None
    hm = _clock(int(bare.group("h")), 0, ap) if bare is not None else None
    if second is None or hm is None:
        return None
    m2, (h2, mi2) = second
    return hm[0], scan.sub(Kind.TIME, m2.start(), m2.end(), hour=h2, minute=mi2)


def native_time(scan: Scan, m: re.Match[str], hour: int) -> bool:
    """세 시, 오후 두 시 반: a time written with a native numeral."""
    s = scan.s
    t = _NATIVE_TIME.match(s, m.end())
    if t is None:
        return False
    pre = _PRE_AP.search(s, max(0, m.start() - 3), m.start())
    minute = int(t.group("mi")) if t.group("mi") else (30 if t.group("half") else 0)
    hm = _clock(hour, minute, pre.group("ap") if pre is not None else None)
    if hm is None:
        return False
    scan.fact(Kind.TIME, pre.start() if pre is not None else m.start(), t.end(), PRIO_DATE, hour=hm[0], minute=hm[1])
    return True
