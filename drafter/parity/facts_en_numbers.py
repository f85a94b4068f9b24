"""Numbers in English text with what surrounds them: "US$ 4.3 billion", "fourteen officials",
"15 percent", "3 to 5 people", "dozens of", "a decade"; a bare year ("in 2022") becomes a DATE."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from drafter.parity.facts import DateValue, Fact, Kind, Qualifier
from drafter.parity.facts_en_cores import _PREV_WORD_RE, _SPAN_YEARS, _find_cores, _Num
from drafter.parity.facts_en_dates import _BETWEEN_BEFORE_RE, _MONTHS, _WEEKDAYS
from drafter.parity.facts_en_scan import (
    _CURRENCY_CODES,
    _NUMBER_WORDS,
    _QUAL_BEFORE_RE,
    _STOPWORDS,
    _Claims,
    _fact,
    _Index,
)
from drafter.parity.measures import EN_UNIT

_CURRENCY_WORDS = {
    "won": "KRW", "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "pounds": "GBP", "sterling": "GBP",
}  # fmt: skip
_CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW",
    "hk$": "HKD", "a$": "AUD", "c$": "CAD", "s$": "SGD", "nz$": "NZD", "rmb": "CNY",
}  # fmt: skip
_PER_MASS_RE = re.compile(r"/(?:kg|[lL]|m³|m3)(?![A-Za-z0-9])")  # after "0.3mg": "0.3mg/kg"
# Letters glued to digits: "4.3bn", "3x", "25bp", "10km".
_GLUE_SCALES_WITH_CURRENCY = {"m": 10**6, "b": 10**9}  # "$10m", "£3b"; "100m" alone is a distance
_GLUE_UNITS = set(
    """km kg cm mm m g mg t ml l ha kw mw gw kwh mwh gwh twh gb mb tb kb mph kph kmh ft lb lbs oz mi sqm hz ghz
    mhz h hr hrs min mins sec secs nm""".split()
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
# "three times a week", "twice a year": how often, not how much more.
_FREQ_AFTER_RE = re.compile(
    r"\s+(?:a|an|per|each|every|in|this|last|since|during|within|so|already|before|daily|weekly|monthly|yearly"
    r"|annually|over)\b",
    re.I,
)
# "11 times as many", "up 11 times", "by 11 times": a multiple, never a count of occasions.
_MULTIPLE_AFTER_RE = re.compile(
    r"\s+(?:as|more|less|fewer|higher|lower|larger|bigger|greater|smaller|longer|faster|the|that|those|what|over"
    r"|above|below|than|compared)\b",
    re.I,
)
_MULTIPLE_BEFORE_RE = re.compile(
    r"\b(?:by|up|down|rose|risen|grew|grown|increased|jumped|surged|soared|multiplied|expanded)"
    r"(?:\s+(?:about|around|nearly|almost|roughly|some|over|more\s+than))?\s+$",
    re.I,
)
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
    r"(?P<over>\s+or\s+(?:more|above|over|higher|older)\b|\s+and\s+(?:above|over|older)\b|\+(?![0-9])|-plus\b)"
    r"|(?P<about>\s+or\s+so\b|-odd\b)"
    r"|(?P<under>\s+or\s+(?:less|fewer|below|under|lower|younger)\b|\s+and\s+(?:below|under|younger)\b)",
    re.I,
)
_MORE_DASHES_RE = re.compile(r"[-–][0-9]")
_SIGN_BEFORE_RE = re.compile(r"(?:\b(?:[Mm]inus|[Nn]egative)\s|(?:^|(?<=[\s(]))[-−])$")
_RANGE_CONN_RE = re.compile(r"\s*[-–—~]\s*|\s+(?:to|through|and)\s+")
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.I)
# "fell by five to 14": by how much a figure moved, then the level it reached.
_BY_BEFORE_RE = re.compile(r"\bby\s+$", re.I)
# "rose from 3% to 5%" is a change between two values, not a range.
_CHANGE_VERB_RE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|increas\w*|grew|grow\w*|fell|fall\w*|drop\w*|declin\w*|jump\w*|climb\w*|cut"
    r"|cuts|cutting|reduc\w*|rais\w*|lower\w*|boost\w*|surg\w*|soar\w*|plung\w*|slump\w*|go|goes|going|went"
    r"|gone|expand\w*|shr[aiu]nk\w*|hik\w*|slash\w*|up|down|chang\w*|mov\w*|improv\w*|widen\w*|narrow\w*|revis\w*"
    r"|adjust\w*)\b",
    re.I,
)
_WORD_AFTER_RE = re.compile(r"[ \t]+(?P<w>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
_HYPHEN_NOUN_RE = re.compile(r"-(?P<w>[a-z]+(?:-[a-z]+)*)\b")
_NO_ONE_RE = re.compile(r"\b(?:no|any|every|some)[-\s]?$", re.I)
_POSSESSIVE_RE = re.compile(r"['’]s?$")


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
    sign = _SIGN_BEFORE_RE.search(text, max(0, start - 9), start)
    if sign and claims.free(sign.start(), start):  # "(-3.2%)", "minus 12 degrees Celsius": a fall, 영하 12℃
        num, start = replace(num, value=-num.value), sign.start()
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
            per = _PER_MASS_RE.match(text, end) if glue == "mg" else None
            if per is not None:  # "0.3mg/kg": a concentration
                unit, end = unit + per.group().lower(), per.end()
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
        bare = text[term.num.end : term.end].strip() == "times"
        if _FREQ_AFTER_RE.match(text, term.end) and bare:
            return Kind.COUNT, "times"  # "three times a week"
        if (
            bare
            and not _MULTIPLE_AFTER_RE.match(text, term.end)
            and not _MULTIPLE_BEFORE_RE.search(text, max(0, term.start - 24), term.start)
        ):
            return Kind.MULTIPLIER, "times"  # "(11 times)": a multiple or a count of occasions, as 배 or 회 says
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
    m = EN_UNIT.match(text, pos)  # "10,764 square feet", "2,000 MW", "-5 degrees Celsius": a unit of measure
    if m and m.end() <= limit and claims.free(pos, m.end()):
        return (m.group("u") or m.group("sym")).lower(), m.end()
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
    by = _BY_BEFORE_RE.search(text, max(0, left.start - 4), left.start)
    if conn == "to" and (left.currency or left.measure or left.unit or by) and not _written_as_range(right):
        return None  # "fell 5.8 percent to 2,551", "fell by five to 14": a change and the level it led to
    for inherit_scale in (True, False):
        joined = _share(left, right, inherit_scale)
        if joined is not None and joined[0].value < joined[1].value:
            return joined[0], joined[1], False
    return None


def _written_as_range(right: _Term) -> bool:
    """Whether the upper end carries what makes it the same kind of figure ("3 percent to 5 percent", "$3
    to 5 million"): a bare number after "to" is the level a change led to."""
    return bool(right.currency or right.measure or right.unit or right.num.scale != 1)


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
