"""Fact-by-fact comparison of the two versions: amounts, counts, percents, dates, times, ordinals.

Facts of each unit (title, subtitle, aligned paragraph pair, notes, contact) are matched first
within the unit, then what is left over against the whole other version, so that a figure moved
to the next paragraph is no false alarm. Values match within the precision they were written with
("43억" ↔ "4.3 billion"), widened by qualifiers (약, 여, about, more than): `compare_equal`.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache

from drafter.l10n import Message, tr
from drafter.parity import years
from drafter.parity.budget import MAX_CANDIDATES, MAX_COMPARED, REMEMBERED, Budget, steps
from drafter.parity.compare_equal import _TIME_UNITS, _fraction, equal, occasions
from drafter.parity.extract import facts_of
from drafter.parity.facts import FAMILY, FREQUENCIES, SEASONS, Fact, Kind, Qualifier
from drafter.parity.findings import Finding, Location, Severity
from drafter.parity.measures import in_base, measure_of
from drafter.parity.stated import Stated, said
from drafter.parity.units import Context, Part, Unit, counterpart, span

_WEEKDAYS_KO = "월화수목금토일"


@dataclass(frozen=True)
class Located:
    """A fact with the part (paragraph, line, note) it was found in."""

    part: Part
    fact: Fact
    relative: bool = False  # the year was written relative to the release date: "작년", "next year"

    def location(self) -> Location:
        return span(self.part, self.fact.start, self.fact.end)


@lru_cache(maxsize=REMEMBERED)
def _pieces(text: str, lang: str, release_day: date | None) -> tuple[tuple[Fact, bool], ...]:
    """Facts ready to compare, each range as its two bounds, relative years resolved (and marked)."""
    return tuple(years.pieces(facts_of(text, lang), text, release_day))


def _extract(parts: tuple[Part, ...], lang: str, release_day: date | None) -> list[Located]:
    return [Located(part, fact, relative) for part in parts for fact, relative in _pieces(part.text, lang, release_day)]


# --- matching ---------------------------------------------------------------------------------


def _match(ko: list[Located], en: list[Located], headline: bool = False) -> tuple[list[Located], list[Located]]:
    """Pair equal facts, the exact matches and the same kind first ("3.2." takes "March 2", not "2025");
    return what is left on each side, in order.

    Facts that state the very same value are paired through an index first, so that a long paragraph
    costs time in proportion to its facts; only what differs is compared pair by pair.
    """
    same: dict[tuple[object, ...], deque[int]] = defaultdict(deque)
    for j, e in enumerate(en):
        same[_key(e.fact)].append(j)
    taken = [False] * len(en)
    rest_ko = []
    steps.add(len(ko) + len(en))
    verdicts: dict[tuple[object, ...], bool] = {}  # a figure repeated in a paragraph is compared once
    for k in ko:
        bucket = same.get(_key(k.fact))
        e = en[bucket[0]] if bucket else None
        if e is not None:
            pair = (said(k.fact), k.relative, said(e.fact), e.relative)
            if pair not in verdicts:
                verdicts[pair] = equal(k.fact, e.fact, strict=True, headline=headline) and not _year_against_day(k, e)
        if e is not None and verdicts[pair]:
            taken[bucket.popleft()] = True  # type: ignore[union-attr]
        else:
            rest_ko.append(k)
    left_ko, left_en = rest_ko, [e for j, e in enumerate(en) if not taken[j]]
    budget = Budget(MAX_COMPARED)  # thousands of differing figures in one paragraph: not each with each
    for strict, same_kind in ((True, True), (False, True), (False, False)):
        for k in list(left_ko):
            for e in left_en:
                if not budget.take():
                    return left_ko, left_en
                if (
                    (not same_kind or e.fact.kind == k.fact.kind)
                    and equal(k.fact, e.fact, strict=strict, headline=headline)
                    and not _year_against_day(k, e)
                ):
                    left_ko.remove(k)
                    left_en.remove(e)
                    break
    return left_ko, left_en


def _key(fact: Fact) -> tuple[object, ...]:
    """What two facts stating the very same thing have in common."""
    return (fact.kind, fact.value, fact.date, fact.hour, fact.minute, _TIME_UNITS.get(fact.unit))


def _year_against_day(a: Located, b: Located) -> bool:
    """ "전년" (the previous year as a whole, often "year on year") is no match for "November 2025"."""
    for year, other in ((a, b), (b, a)):
        d, o = year.fact.date, other.fact.date
        if year.relative and d is not None and o is not None and not (d.month or d.day) and (o.month or o.day):
            return True
    return False


def facts(ctx: Context) -> Iterator[Finding]:
    """Every fact of one version stated in the other; differing values shown normalised.

    What is left over in an aligned unit is paired first (one amount on each side: one finding that
    names both); a fact left over elsewhere in the other version (moved to the next paragraph) is no
    difference on its own, but still the likely counterpart of a differing fact beside it.
    """
    release_day = ctx.release.meta.release_date
    units = ctx.comparable
    extracted = [(u, _extract(u.ko, "ko", release_day), _extract(u.en, "en", release_day)) for u in units]
    left = [(u, *_match(ko, en, headline=u.field in ("title", "subtitle")), ko, en) for u, ko, en in extracted]
    all_ko = _indexed((ko for *_l, ko, _en in left), release_day)
    all_en = _indexed((en for *_l, en in left), release_day)
    # What each unit leaves unmatched, completed with the release date: where a moved fact may have gone.
    loose_ko = _indexed((left_ko for _u, left_ko, *_r in left), release_day)
    loose_en = _indexed((left_en for _u, _l, left_en, *_r in left), release_day)
    answers: dict[tuple[object, ...], bool] = {}

    def stated_in(fact: Fact, others: Stated, not_in: int | None = None) -> bool:
        """_stated_in, asked once for a figure repeated in a unit (a fact alike in all that equal reads)."""
        key = (id(others), not_in, said(fact))
        if key not in answers:
            answers[key] = _stated_in(fact, others, release_day, not_in)
        return answers[key]

    for i, (unit, left_ko, left_en, ko, en) in enumerate(left):
        if unit.field == "details":  # a detail one version lacks is missing (rules.details_missing), not its facts
            left_ko = [k for k in left_ko if k.part.index in {p.index for p in unit.en}]
            left_en = [e for e in left_en if e.part.index in {p.index for p in unit.ko}]
        left_ko, left_en = _without_conversions(left_ko, ko, left_en, en)
        if not left_ko and not left_en:
            continue  # most units: everything matched
        free_ko, free_en = _free_in(unit.ko, ko), _free_in(unit.en, en)
        moved = {id(k) for k in left_ko if stated_in(k.fact, loose_en, i) or _digits_in(k, free_en)}
        moved |= {id(e) for e in left_en if stated_in(e.fact, loose_ko, i) or _digits_in(e, free_ko)}
        # A fact the other version states too, matched there (14명 in the subtitle, "Fourteen" in the body):
        # not missing, unless a differing fact beside it says otherwise.
        stated = {id(k) for k in left_ko if stated_in(k.fact, all_en)}
        stated |= {id(e) for e in left_en if stated_in(e.fact, all_ko)}
        yield from _report(unit, left_ko, left_en, moved, stated)


_DIGIT_RUN = re.compile(r"[0-9][0-9,.]*[0-9]|[0-9]")
# A conversion: "1억 달러 = 약 1,300억원" (in a note, as a rate or a total), "1억 달러(약 1,300억원)".
_EQUATION_BEFORE = re.compile(r"[=≒≈≃]\s*(?:약|대략|about|approx(?:\.|imately)?|around|roughly|c\.)?\s*$", re.I)
_EQUATION_AFTER = re.compile(r"\s*[=≒≈≃]")
_BRACKET_BEFORE = re.compile(r"^\s*\(\s*(?P<about>약|대략|about|approx(?:\.|imately)?|around|roughly)?\s*$", re.I)


def _without_conversions(
    left_ko: list[Located], ko: list[Located], left_en: list[Located], en: list[Located]
) -> tuple[list[Located], list[Located]]:
    """What is left over, without the conversions (`_conversion`) of one side when the other has none left
    over: a translation may leave a conversion out, or make one, and states nothing new by it. Conversions
    left over on both sides are compared (22억€($36bn) against €2.2 billion ($3.6bn))."""
    ko_conversions = [k for k in left_ko if _conversion(k, ko)]
    en_conversions = [e for e in left_en if _conversion(e, en)]
    if ko_conversions and en_conversions:
        return left_ko, left_en
    return [k for k in left_ko if k not in ko_conversions], [e for e in left_en if e not in en_conversions]


def _conversion(located: Located, facts_: list[Located]) -> bool:
    """An amount or number in an equation ("1억 달러 = 약 1,300억원", "USD 1 = KRW 1,300"), or an amount
    about as much in another currency in brackets right after an amount ("1억 달러(약 1,300억원)", "USD 100
    million (about KRW 130 billion)"; not "31억€($36bn)", which states its figure)."""
    fact, text = located.fact, located.part.text
    if FAMILY[fact.kind] != "quantity":
        return False
    if _EQUATION_BEFORE.search(text, max(0, fact.start - 16), fact.start) or _EQUATION_AFTER.match(text, fact.end):
        return True
    before = next((f.fact for f in reversed(facts_) if f.part is located.part and f.fact.end <= fact.start), None)
    bracket = _BRACKET_BEFORE.match(text[before.end : fact.start]) if before is not None else None
    return (
        bracket is not None
        and fact.kind == Kind.AMOUNT
        and before.kind == Kind.AMOUNT  # type: ignore[union-attr]
        and before.unit != fact.unit  # type: ignore[union-attr]
        and (bracket["about"] is not None or fact.qualifier == Qualifier.ABOUT)
    )


def _digits_in(located: Located, free: frozenset[str]) -> bool:
    """A bare number or count in digits that the other side writes as part of a name or code, outside its
    facts (`free`, from _free_in): "노드 스트림 2" and "Nord Stream 2", "BBC 라디오 4" and "BBC Radio 4", "6321기"
    and "Flight 6321"."""
    fact = located.fact
    digits = _DIGIT_RUN.search(fact.text)
    return fact.kind in (Kind.NUMBER, Kind.COUNT) and digits is not None and digits.group() in free


def _free_in(parts: tuple[Part, ...], facts_: list[Located]) -> frozenset[str]:
    """The numbers the parts write outside their facts."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for f in facts_:
        spans[id(f.part)].append((f.fact.start, f.fact.end))
    return frozenset().union(*(_free_numbers(p.text, tuple(sorted(spans[id(p)]))) for p in parts))


_RUN_START = re.compile(r"(?<![0-9.,])[0-9][0-9.,]*")
_LONGEST_NUMBER = 40  # digits, separators included: no figure is written longer


@lru_cache(maxsize=1024)
def _free_numbers(text: str, spans: tuple[tuple[int, int], ...]) -> frozenset[str]:
    """Every way of reading digits in `text` as a number standing on its own (not after a digit, "." or ",";
    not before a digit, or a separator and a digit) that does not start inside one of the facts' `spans`
    (sorted): one pass over the text, where asking about each fact in turn would read it once per fact."""
    starts = [s for s, _e in spans]
    reach = list(itertools.accumulate((e for _s, e in spans), max))  # spans nest: a range and its bounds
    found = set()
    for m in _RUN_START.finditer(text):
        at = bisect.bisect_right(starts, m.start()) - 1
        if at >= 0 and m.start() < reach[at]:
            continue
        for i in range(min(len(m.group()), _LONGEST_NUMBER)):
            end = m.start() + i + 1
            if text[end - 1].isdigit() and not _DIGIT_FOLLOWS.match(text, end):
                found.add(text[m.start() : end])
    return frozenset(found)


_DIGIT_FOLLOWS = re.compile(r"[0-9]|[.,][0-9]")


def _indexed(per_unit: Iterator[list[Located]], release_day: date | None) -> Stated:
    """The facts of each unit, completed with the release date, indexed with their unit's number."""
    return Stated((i, _completed(f.fact, release_day)) for i, located in enumerate(per_unit) for f in located)


def _stated_in(fact: Fact, others: Stated, release_day: date | None, not_in: int | None = None) -> bool:
    """Whether one of `others` (outside unit `not_in`) states `fact` as precisely (the first MAX_CANDIDATES
    that may)."""
    mine = _completed(fact, release_day)
    budget = Budget(MAX_CANDIDATES)
    for unit, other in others.candidates(mine):
        steps.add()
        if not budget.take():
            return False
        if unit != not_in and equal(mine, other, strict=True):
            return True
    return False


def _completed(fact: Fact, release_day: date | None) -> Fact:
    """A date without its year (or month) completed from the release date, the nearest such day: "24일"
    in a release of 2026-11-24 is that day, and is found in "November 24, 2026" in another paragraph."""
    d = fact.date
    if fact.kind != Kind.DATE or d is None or release_day is None or d.decade or d.relative_year is not None:
        return fact
    if d.year is not None or (d.month is None and d.day is None):
        return fact
    candidates = []
    for shift in (-1, 0, 1):
        if d.month is not None:  # the month is written: the nearest year
            year, month = release_day.year + shift, d.month
        else:  # only the day: the nearest month
            year, month = divmod(release_day.year * 12 + release_day.month - 1 + shift, 12)
            month += 1
        try:
            candidates.append(date(year, month, d.day or 1))
        except ValueError:
            continue  # 31일 in a 30-day month
    if not candidates:
        return fact
    best = min(candidates, key=lambda c: abs((c - release_day).days))
    return replace(fact, date=replace(d, year=best.year, month=best.month))


def _weak(located: Located) -> bool:
    """Facts a faithful translation often leaves unsaid; they match when present but are not missed.

    "한 명", "one man", "first" (translations say "a", "처음"), a weekday without a date, a
    relative year alone ("올해", "전년 대비": often left implicit), a half or quarter with no
    year (sports halves: "후반전" / "the second half"; not one written in months, 1~6월), and a number a
    word implies (양국, both).
    """
    fact = located.fact
    if _implied(fact):
        return True
    worded = not any(ch.isdigit() for ch in fact.text)
    if worded and fact.value == 1 and fact.kind in (Kind.COUNT, Kind.NUMBER, Kind.ORDINAL):
        return True
    if fact.kind == Kind.DATE and fact.date and not (fact.date.month or fact.date.day):
        return worded and (fact.date.year is None or located.relative)
    return fact.kind in (Kind.HALF, Kind.QUARTER) and fact.date is None and fact.unit != years.MONTHS


def _implied(fact: Fact) -> bool:
    """A number a word implies (양국, both sides), or a plain "two" in words (두 사람, the pair), which a
    translation leaves unsaid as often as not ("the couples", "the agencies")."""
    if fact.implicit:
        return True
    worded = not any(ch.isdigit() for ch in fact.text)
    return worded and fact.value == 2 and fact.qualifier == Qualifier.EXACT and fact.kind in (Kind.COUNT, Kind.NUMBER)


def _comparable(k: Located, e: Located, same_kind: bool) -> bool:
    """Whether two leftovers are one fact stated two ways. Weak facts go with weak ones ("한 명" left out
    is no reason to flag "two"), but a number a word implies differs from a count of the same kind
    (양 기관 and "three agencies", 두 명 and "three people"), and a relative year from a year (작년, 2025)."""
    steps.add()
    if not same_kind and (
        _proportions(k.fact, e.fact) or (_how_often(k.fact) and _how_often(e.fact)) or occasions(k.fact, e.fact)
    ):
        return True
    if FAMILY[k.fact.kind] != FAMILY[e.fact.kind] or (same_kind and k.fact.kind != e.fact.kind):
        return False
    if _weak(k) == _weak(e):
        return True
    weak = k if _weak(k) else e
    return k.fact.kind == e.fact.kind and (_implied(weak.fact) or weak.relative)


def _proportions(a: Fact, b: Fact) -> bool:
    """A multiple and a fraction: how many times its whole a thing is or became ("2배", "halved", 3분의 1로
    줄었다, "tripled"), one statement written two ways, compared even where the fraction is a half that a
    translation may leave unsaid."""
    return {a.kind, b.kind} == {Kind.MULTIPLIER, Kind.NUMBER} and (_fraction(a) or _fraction(b))


def _how_often(fact: Fact) -> bool:
    """How often a thing happens, as a frequency (매년, "every year") or as the number of periods between two
    times (격년, "every other year": two years), which a translation may say either way."""
    return fact.kind == Kind.FREQUENCY or (fact.implicit and fact.kind == Kind.COUNT and fact.unit in _TIME_UNITS)


def _pair_leftovers(
    left_ko: list[Located], left_en: list[Located], moved: set[int]
) -> tuple[list[tuple[Located, Located]], list[Located], list[Located]]:
    """The differing pairs, and what is left alone on each side (facts stated elsewhere left out)."""
    alone_ko = [k for k in left_ko if id(k) not in moved]
    alone_en = [e for e in left_en if id(e) not in moved]
    pairs = []
    budget = Budget(MAX_COMPARED)  # past it, what is left is reported alone
    for same_kind in (True, False):
        for k in list(alone_ko):
            e = next((e for e in alone_en if budget.take() and _comparable(k, e, same_kind)), None)
            if e is not None:
                pairs.append((k, e))
                alone_ko.remove(k)
                alone_en.remove(e)
            if budget.spent:
                break
    # A differing fact beside one stated elsewhere: most likely its counterpart, written differently; so is
    # a relative year beside another (내년 against "this year", though "this year" says 올해 elsewhere).
    moved_ko = [k for k in left_ko if id(k) in moved]
    moved_en = [e for e in left_en if id(e) in moved]
    for mine, theirs, korean in ((alone_ko, moved_en, True), (alone_en, moved_ko, False)):
        for f in list(mine):
            other = next(
                (
                    o
                    for o in theirs
                    if budget.take() and _comparable(f, o, True) and (not _weak(f) or (f.relative and o.relative))
                ),
                None,
            )
            if other is not None:
                pairs.append((f, other) if korean else (other, f))
                mine.remove(f)
                theirs.remove(other)
            if budget.spent:
                break
    return pairs, alone_ko, alone_en


def _report(
    unit: Unit, left_ko: list[Located], left_en: list[Located], moved: set[int], stated: set[int]
) -> Iterator[Finding]:
    pairs, alone_ko, alone_en = _pair_leftovers(left_ko, left_en, moved)
    alone_ko = [k for k in alone_ko if id(k) not in stated]
    alone_en = [e for e in alone_en if id(e) not in stated]
    for k, e in pairs:
        yield Finding(
            "fact-differs",
            _severity(k.fact, e.fact),
            unit.field,
            k.location(),
            e.location(),
            tr("{ko} ≠ {en}", ko=describe(k.fact, "ko"), en=describe(e.fact, "en")),
        )
    for k in (k for k in alone_ko if not _weak(k)):
        yield Finding(
            "fact-missing",
            _severity(k.fact),
            unit.field,
            k.location(),
            counterpart(unit.en),
            tr("{fact} is not in the English.", fact=describe(k.fact, "ko")),
        )
    for e in (e for e in alone_en if not _weak(e)):
        yield Finding(
            "fact-extra",
            _severity(e.fact),
            unit.field,
            counterpart(unit.ko),
            e.location(),
            tr("{fact} is not in the Korean.", fact=describe(e.fact, "en")),
        )


def _severity(*facts_: Fact) -> Severity:
    """A bare number without counter or currency is a weaker signal than an amount or a date (a share
    written as a fraction is not bare)."""
    return Severity.WARNING if all(f.kind == Kind.NUMBER and not _fraction(f) for f in facts_) else Severity.ERROR


def weekdays(ctx: Context) -> Iterator[Finding]:
    """A weekday that does not fit its date is wrong even when both versions agree (then: one finding)."""
    release_day = ctx.release.meta.release_date
    for unit in ctx.units:
        wrong = {lang: _wrong_weekdays(unit.side(lang), lang, release_day) for lang in ("ko", "en")}
        budget = Budget(MAX_COMPARED)
        for k, message in wrong["ko"]:
            same = next((e for e, _m in wrong["en"] if budget.take() and equal(k.fact, e.fact)), None)
            if same is not None:
                wrong["en"] = [(e, m) for e, m in wrong["en"] if e is not same]
            yield Finding(
                "weekday",
                Severity.ERROR,
                unit.field,
                k.location(),
                same.location() if same else counterpart(unit.en),
                message,
            )
        for e, message in wrong["en"]:
            yield Finding("weekday", Severity.ERROR, unit.field, counterpart(unit.ko), e.location(), message)


def _wrong_weekdays(parts: tuple[Part, ...], lang: str, release_day: date | None) -> list[tuple[Located, Message]]:
    wrong = []
    for located in _extract(parts, lang, release_day):
        d = located.fact.date
        if located.fact.kind != Kind.DATE or d is None or d.weekday is None or not (d.month and d.day):
            continue
        # "6.14(토)": the year of the nearest such day to the release ("3월 15일" in December: next year's)
        year = d.year or _completed(located.fact, release_day).date.year  # type: ignore[union-attr]
        if year is None:
            continue
        try:
            actual = date(year, d.month, d.day).weekday()
        except ValueError:
            wrong.append((located, tr("{date} does not exist.", date=_iso(year, d.month, d.day))))
            continue
        if actual != d.weekday:
            wrong.append(
                (
                    located,
                    tr(
                        "{date} is a {actual}, not a {written}.",
                        date=_iso(year, d.month, d.day),
                        actual=_weekday_name(actual),
                        written=_weekday_name(d.weekday),
                    ),
                )
            )
    return wrong


def _weekday_name(n: int) -> Message:
    return Message(ko=_WEEKDAYS_KO[n] + "요일", en=calendar.day_name[n])


def _iso(year: int | None, month: int | None, day: int | None) -> str:
    return "-".join(
        p for p in (f"{year:04d}" if year else "", f"{month:02d}" if month else "", f"{day:02d}" if day else "") if p
    )


def _number(value: Decimal) -> str:
    text = f"{value.normalize():,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def describe(fact: Fact, lang: str) -> str:
    """The fact as written and as understood: "43억원 = 4,300,000,000 KRW"."""
    value = _normalised(fact)
    return fact.text if value in ("", fact.text) else f"{fact.text} = {value}"


def _normalised(fact: Fact) -> str:
    v = fact.value
    if fact.kind == Kind.DATE and fact.date:
        d = fact.date
        if d.relative_year is not None:
            return {-1: "last year", 0: "this year", 1: "next year"}.get(d.relative_year, f"year {d.relative_year:+d}")
        if d.decade:
            return f"{d.year}s"
        return _iso(d.year, d.month, d.day) if (d.year or d.month) else f"day {d.day}"
    if fact.kind == Kind.TIME:
        return f"{fact.hour:02d}:{fact.minute or 0:02d}"
    if v is None:
        return ""
    if fact.kind == Kind.FREQUENCY:
        return FREQUENCIES.get(int(v), f"every {v} days")
    if fact.kind == Kind.SEASON:
        return SEASONS[int(v)]
    if fact.kind in (Kind.QUARTER, Kind.HALF):
        year = _normalised(replace(fact, kind=Kind.DATE)) if fact.date else ""
        return f"{'Q' if fact.kind == Kind.QUARTER else 'H'}{v}{' ' + year if year else ''}"
    number = _number(v)
    if _how_often(fact):  # 격년, "every other year"
        return f"every {number} {_TIME_UNITS[fact.unit]}s"
    if fact.kind == Kind.ORDINAL:
        n = int(v)
        return number + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))
    measure = measure_of(fact.unit)
    if measure is not None:  # in the base unit, as the other side is compared: "10만 평 = 330,578.5 m²"
        base = in_base(v, measure)  # to the hundredth, or three digits of what is smaller (0.0003 mg/kg)
        shown = base.quantize(Decimal("0.01")) if abs(base) >= 1 else Decimal(f"{base:.3g}")
        return f"{_number(shown)} {measure.symbol}"
    suffix = {Kind.PERCENT: "%", Kind.POINT: "%p", Kind.MULTIPLIER: "×"}.get(fact.kind, "")
    if fact.unit == "times":
        suffix = ""  # "(12 times)": a count of occasions as much as a multiple
    unit = f" {fact.unit}" if fact.kind == Kind.AMOUNT and fact.unit else ""
    return f"{number}{suffix}{unit}"
