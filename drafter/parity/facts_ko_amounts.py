"""Korean numbers and what surrounds them: amounts, counts with a counter, percents, multipliers.

Korean numbers group digits by four, not by three: 만 = 10^4, 억 = 10^8 (만 × 만), 조 = 10^12 (억 × 만).
Inside a group 천/백 (10^3/10^2) may replace digits: "2천5백만" = (2000 + 500) × 10^4. So "43억" is
4,300,000,000 and "1조 2,000억" is 1.2 × 10^12. Precision is the place value of the last digit as
written: "43억" → 1E+8, "4.3억" → 1E+7, "1조 2,000억" → 1E+8, "3만 5천" → 1E+3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from drafter.parity.facts import Kind, Qualifier
from drafter.parity.facts_ko_scan import PARTICLE_HEAD, SEP, TAIL_OK, Scan, clean, hangul_before

_SMALL_UNITS = {"천": Decimal(1000), "백": Decimal(100)}
_BIG_UNITS = {"조": Decimal(10) ** 12, "억": Decimal(10) ** 8, "만": Decimal(10) ** 4}

_SOME = {  # 수백 명 = "hundreds of people": the scale word is the value, qualified OVER
    "십": 10,
    "백": 100,
    "천": 1000,
    "만": 10**4,
    "십만": 10**5,
    "백만": 10**6,
    "천만": 10**7,
    "억": 10**8,
    "십억": 10**9,
    "백억": 10**10,
    "천억": 10**11,
    "조": 10**12,
}
_SOME_ALT = "|".join(sorted(_SOME, key=len, reverse=True))

# ---------------------------------------------------------------------------------------------------
# Units that may follow a number
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    kind: Kind
    code: str  # currency code for AMOUNT, the counter (lower-case) for COUNT, "" otherwise


def _units() -> tuple[dict[str, Measure], str]:
    """Surface form (without spaces) → unit, and a regex alternation of the surfaces, longest first.

    A surface may carry a guard (a lookahead): 원 is a currency in "43억원" but starts 원칙 and 원장.
    """
    table: dict[str, Measure] = {}
    alternatives: list[tuple[str, str]] = []

    def add(kind: Kind, words: str, code: str | None = None, guard: str = "") -> None:
        for word in words.split():
            surface = word.replace("_", " ")  # "_" marks an optional space: 퍼센트_포인트
            table[surface.replace(" ", "")] = Measure(kind, code if code is not None else surface.lower())
            alternatives.append((surface, guard))

    amount, count, ordinal = Kind.AMOUNT, Kind.COUNT, Kind.ORDINAL
    add(amount, "원", "KRW", r"(?!칙|장|자|인|전|정|년|래|소|형|숭|로|리|본|작|활|격|고|주|서|유|칸|료|생|화)")
    add(amount, "달러 달러화 $", "USD")
    add(amount, "불 미불", "USD", r"(?!법|량|교|가|과|편|안|이익|리|꽃|길|씨|확|황|만|러)")  # 불가, 불과 are words
    add(amount, "유로 유로화 €", "EUR", r"(?!존|권|비전|파)")
    add(amount, "엔 엔화 ¥", "JPY", r"(?!진|터|지|트|씨|디|딩|젤|저)")
    add(amount, "위안 위안화", "CNY", r"(?!부|소)")
    add(amount, "파운드 파운드화 £", "GBP")
    for country, code in (
        ("캐나다", "CAD"),
        ("호주", "AUD"),
        ("홍콩", "HKD"),
        ("싱가포르", "SGD"),
        ("뉴질랜드", "NZD"),
        ("대만", "TWD"),
    ):
        add(amount, f"{country}_달러", code)
    for code in ("KRW", "USD", "EUR", "JPY", "CNY", "GBP"):
        add(amount, code, code, r"(?![A-Za-z])")
    add(Kind.PERCENT, "% 퍼센트", "")
    add(Kind.POINT, "%p %P %pt %_포인트 퍼센트_포인트", "", r"(?![A-Za-z])")
    add(Kind.MULTIPLIER, "배", "", TAIL_OK)
    # Ordinals: 6차 회의 (sixth round), 3회째, 70주년, 21세기, 1위 (first place), 125번가 (125th Street).
    add(ordinal, "번째 번_째 회째 회차 차전 년째 일째 주째 개월째 주차 학년 주년 세기 등급 번가 번홀", "")
    # Numbered places: 17번 지구 (the 17th district), 3번 출구 (exit 3), 1번 국도; 3번 alone is "three times".
    add(ordinal, "지구 선거구 번_지구 번_선거구 번_출구 번_국도 번_게이트 번_승강장", "", TAIL_OK)
    add(ordinal, "차", "", r"(?!원|량|선|관|트|종|림|별|익|액|단|장|례|이나|라리|마|세대|체)")
    # 1위 (first place), 2급 (second-degree), 5세대 (generation; 1,000세대 households is fixed later)
    add(ordinal, "위 등 호 선 세대 급", "", TAIL_OK)
    # 2단계 (phase 2), 3차년도 (the third year of a project), 2년차, 5권역 (zone 5)
    add(ordinal, "단계 차년도 년차 권역", "", TAIL_OK)
    # Counters and nouns that count things; those that also start common words need TAIL_OK.
    add(
        count,
        "개국 개사 개소 개교 개년 개월 가구 차례 품목 종목 종류 가지 군데 경기 게임 라운드 이닝 "
        "세트 시즌 타점 득점 홈런 안타 도루 리바운드 어시스트 연승 연패 연속 인조 시간 바퀴 "
        "마리 그루 켤레 배럴 헥타르 에이커 마일 피트 인치 야드 미터 킬로미터 센티미터 밀리미터 "
        "킬로그램 그램 킬로 톤 리터 갤런 와트 킬로와트 메가와트 기가와트 평방미터 제곱미터 "
        "세제곱미터 입방미터 제곱킬로미터 평방킬로미터 페이지 사람 쪽",
    )
    add(count, "년간", "년")
    add(count, "개월간", "개월")
    add(count, "주간 주일간", "주")
    add(count, "일간", "일")
    add(count, "분간", "분")
    add(count, "초간", "초")
    add(
        count,
        "명 개 건 곳 채 회 번 대 종 척 권 벌 곡 편 표 석 층 골 승 패 점 인 기 장 병 잔 통 팀 살 세 "
        "년 주 주일 분 초 평 달 해 박 홀 군",
        None,
        TAIL_OK,
    )
    add(count, "도", "도", r"(?!시|로|입|움|서|전|착|록|청)" + TAIL_OK)  # degrees; 도시, 도로 are words
    # A day count only when the sentence says so (3일 동안, 5일 만에); otherwise "3일" is a date.
    add(count, "일", "일", r"(?=\s?(?:동안|만에|이내|내에|간격|씩|가량|정도|이상|이하|미만))")
    add(count, "℃ °C °F ° ㎞ ㎏ ㎎ ㎝ ㎜ ㎡ ㎢ ㎥ ㎖ ℓ ㎾ ㎿ ㎽ ㎸ m² km² ㎎/㎏ ㎍/㎏ ㎎/ℓ ㎍/ℓ ㎍/㎥ ㎎/kg ㎍/kg")
    add(
        count,
        "km km2 km/h kph m m2 m3 m/s cm mm kg g mg t ha L l ml mL mph "
        "W kW MW GW kWh MWh GWh TWh V kV Hz kHz MHz GHz KB MB GB TB Mbps Gbps ppm ppb TEU "
        "mg/kg μg/kg µg/kg ug/kg mg/L mg/l μg/L μg/l µg/L µg/l μg/m3 µg/m3 μg/m³ µg/m³",
        None,
        r"(?![A-Za-z0-9])",
    )
    alternatives.sort(key=lambda a: len(a[0]), reverse=True)
    alternation = "|".join(re.escape(s).replace(r"\ ", r"\s?") + guard for s, guard in alternatives)
    return table, alternation


UNIT_TABLE, _UNIT_ALT = _units()
LATIN_UNITS = frozenset(s for s in UNIT_TABLE if s.isascii() and s.isalpha())
UNIT = re.compile(rf"\s?(?P<u>{_UNIT_ALT})")

# ---------------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------------

_NOT_BEFORE_NUMBER = frozenset(".,_:/")  # 12.275, 15:00, 1/4: not where a number starts
_DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_LEADING_DIGITS = re.compile(r"[0-9]+")
# One piece of a Korean number: digits, then 천/백 inside the group, then 조/억/만 closing the group;
# "22 억 5 천만" is spaced out sometimes. "10여만" (a hundred thousand and more) puts 여 before 만.
_PIECE = re.compile(
    rf"(?P<d>{_DIGITS})(?:\s?(?P<s>천(?!안|국|사|막|주|재|연)|백(?!화|신|성|두|악|인|과|지|색|제|서|조|업)))?"
    r"(?:(?P<yeo>여)(?=[조억만]))?"
    r"(?:\s?(?P<b>조(?!각|건|합|사|직|치|정|례|선|류|항|명|차|용|기|원들|달|회)|억"
    r"|만(?!큼|약|일|족|나|료|든|들|화|점|기|남|날|석|찬|평|원권|세)))?"
)
# Scale words without digits: 백만 달러, 천만 원, 천 명 (a space before the counter, or a currency).
# (The unit alternation is long: it is compiled once, in UNIT, and these patterns ask it by _unit_at
# instead of repeating it in a lookahead, which tripled the import time.)
_HANGUL_SCALE = re.compile(r"(?P<w>[십백천][만억조]|[백천만억조])")
_CURRENCY_NEXT = re.compile(r"원|달러|유로|엔|위안|파운드")
_SOME_SCALE = re.compile(rf"(?:[수몇]\s?(?P<w>{_SOME_ALT})|십수)")
_WORD_END = re.compile(rf"[^가-힣]|$|[{PARTICLE_HEAD}]")
# "89번째 분에": the 89th minute of a match, written as the English has it; counted as 89분 is.
_MATCH_MINUTE = re.compile(r"\s?분(?=에(?!게)|[^가-힣]|$)")
# A bare number after a capitalised Latin word is part of a name: "Bellator 206", "Windows 10" (as in English).
_LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]+ $")
# 제37대, 제6차, 제3조, 제1종 (Type 1), 제2단계 (Phase 2); an article may carry its paragraph: 제27조제1항.
_JE_COUNTER = re.compile(
    r"\s?(?:회차|차|대|회|호선|호|조(?:\s?(?:제\s?)?[0-9]+\s?항)?|항|기|권|장|편|부|관|과|절|위|번째|번"
    r"|종|급|군|류|단계|권역|구역|공구|차년도|년차)"
)
# "~ 제3종", "∼3종": the upper bound of an ordinal range.
_JE_RANGE = re.compile(rf"\s?{SEP}\s?(?:제\s?)?(?P<n>[0-9]+)")
# An article of a law written without 제: "「국가계약법」 27조", "같은 법 27조의2", "27조 1항" (not 27 trillion).
_LAW_BEFORE = re.compile(r"(?:[」』]|법|령|규칙|조례|협정|조약)\s?$")
_ARTICLE = re.compile(r"[0-9]{1,3}\s?조")
_ARTICLE_AFTER = re.compile(r"의\s?[0-9]|\s?(?:제\s?)?[0-9]+\s?항")
# A change written with its unit once: "1,150 → 1,420억 원" (both in 억 원), "30 → 45%".
_ARROW = re.compile(r"\s?(?:→|⇒|->|➝|➔)\s?(?=[0-9])")

# Before a number (searched backwards, anchored at the number with $).
# 역대 최대 142억 달러 is a record (the highest ever), not "up to".
_PRE_QUAL = re.compile(
    r"(?<![가-힣])(?<!역대 )(?<!사상 )(?<!역대)(?<!사상)"
    r"(?P<q>약|대략|거의|근|최대|많게는|최소한|최소|적어도|적게는)\s?$"
)
_PRE_CURRENCY = re.compile(r"(?P<c>US\s?\$|\$|€|£|¥|₩|미화|USD|KRW|EUR|JPY|CNY|GBP)\s?$")
_PRE_CURRENCY_CODE = {"$": "USD", "US$": "USD", "미화": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW"}
_PRE_ORDINAL = re.compile(r"(?<![가-힣])제\s?$")
_PRE_SIGN = re.compile(r"(?:(?:^|(?<=[\s(]))[-−]|(?<![가-힣])(?:마이너스|영하)\s?)$")
# 주 4일 (a four-day week), 3박 4일, 징역 1일 (a day in jail), and after what lasts a while, a penalty or a
# leave (영업정지 15일, 출국금지 10일, 휴업 5일, 격리 7일): days, not a date.
DAYS_BEFORE = re.compile(
    r"(?:(?<![가-힣])주|[0-9]\s?박|하루|징역|구류|금고|정지|금지|중지|유예|휴업|휴직|휴가|격리|입원)\s?$"
)
# Also after a count of days, a comparison or a difference in days (일수는 41일로, 날수가 14일, 전년보다 9일,
# 5일 많은 16일) and before a change (9일 늘었고, 5일 줄었다, 3일 단축): "rose by nine days", not the ninth.
# Not after 대비 (재난 대비 15일부터: a date) nor before 많은 (지난 15일 많은 시민이: a date).
_DAY_COUNT_BEFORE = re.compile(
    r"(?:(?:일수|날수|일\s수)(?:[는은가이도]|만)?|보다|[0-9]\s?일\s?(?:더\s?)?(?:많은|적은|늘어난|줄어든))\s?$"
)
_DAY_COUNT_AFTER = re.compile(r"\s?(?:더\s?)?(?:늘(?=[어었린리려고])|줄(?=[어었인이여])|증가|감소|단축)")


def days_counted(s: str, start: int, end: int) -> bool:
    """Whether the number of days written from `start` to `end` (after 일) is a count, not a day of the month."""
    before = max(0, start - 12)
    return bool(
        DAYS_BEFORE.search(s, max(0, start - 4), start)
        or _DAY_COUNT_BEFORE.search(s, before, start)
        or _DAY_COUNT_AFTER.match(s, end)
    )


# After a number.
_YEO = re.compile(rf"여(?=\s|[^가-힣]|$|[{PARTICLE_HEAD}])")  # 100여 명: a hundred and more
_YEO_ALONE = re.compile("여")


def _unit_at(s: str, pos: int) -> bool:
    """Whether a counter or currency starts right at `pos`."""
    m = UNIT.match(s, pos)
    return m is not None and m.start("u") == pos


def _yeo_match(s: str, pos: int) -> re.Match[str] | None:
    """여 after a number (100여 명, 7백여건)."""
    return _YEO.match(s, pos) or (_YEO_ALONE.match(s, pos) if _unit_at(s, pos + 1) else None)


_NUM_RANGE = re.compile(rf"\s?(?:(?P<dash>{SEP})|내지)\s?(?=[0-9])")
_POST_QUAL = re.compile(
    r"\s?(?:(?P<about>가량|정도|내외|안팎|쯤|전후|가까이|가까운|에\s?육박하는|에\s?육박)"
    r"|(?P<over>이상(?!하|한|적|형|기후)|초과|남짓"
    r"|(?:[이가을를]\s?)?(?:넘(?:어선|어섰|어서|어|는|게|은|을|었|긴|겨|기)|웃도는|상회하는))"
    r"|(?P<under>이하|미만|이내|(?:[이가을를]\s?)?(?:넘지\s?않는|밑도는|하회하는)|(?:에\s?)?못\s?미치는)"
    r"|(?P<upto>까지))"
)
_RANGE_DECADE = re.compile(r"대(?=[^가-힣]|$|[의에이가는를을로초중후])")  # 10억원대: in the 1-billion range
_PER_ONE = re.compile(r"\s?당")  # 1인당, 1가구당: "per", not a quantity
_VERSUS = re.compile(r"\s?[0-9]+(?:\.[0-9]+)?")  # 2대 1 (a score), not two vehicles
_AGE_DECADE = re.compile(
    r"[들초중후]|\s?(?:[초중후]반|남성|여성|남자|여자|소년|소녀|청소년|청년|자녀|환자|노인|부부|커플|연령|였|이었|인\s)"
)

# After "3일" or "1000년": a duration (3일 동안, 1000년 전), not a date. 전쟁 and 후보 are words.
DURATION_AFTER = re.compile(
    r"\s?(?:간|동안|만에|만(?![가-힣])|째|이내|씩|여|[전후뒤](?=[^가-힣]|$|[에의은는도까부을이]))"
)

# ---------------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------------


def _digits(s: str) -> tuple[Decimal, Decimal]:
    """'2,000' → (2000, 1); '4.3' → (4.3, 0.1): value and the place value of the last digit."""
    v = Decimal(s.replace(",", ""))
    exponent = v.as_tuple().exponent
    assert isinstance(exponent, int)
    return v, Decimal(1).scaleb(exponent)


@dataclass(frozen=True)
class _Num:
    start: int
    end: int
    value: Decimal
    precision: Decimal
    big: Decimal | None = None  # the last group unit written (조/억/만), if any
    over: bool = False  # "10여만": 여 written inside the number


class _NumberBuilder:
    """Adds up the pieces of a Korean number, refusing a piece that breaks the order of the units."""

    def __init__(self) -> None:
        self.total = Decimal(0)  # closed groups: 1조, 2,000억
        self.group = Decimal(0)  # the open group: 2천5백 (before 만)
        self.small_limit: Decimal | None = None  # the next 천/백 in the group must be lower
        self.big_limit: Decimal | None = None  # the next 조/억/만 must be lower
        self.precision = Decimal(1)
        self.over = False

    def add(self, m: re.Match[str]) -> bool:
        value, precision = _digits(m.group("d"))
        small = _SMALL_UNITS.get(m.group("s") or "", Decimal(1))
        big = _BIG_UNITS.get(m.group("b") or "")
        if self.small_limit is not None and small >= self.small_limit:
            return False
        group = self.group + value * small
        if big is None:
            if self.big_limit is not None and group >= self.big_limit:
                return False  # "3만 20000" is two numbers
            self.group, self.small_limit, self.precision = group, small, precision * small
            return True
        if self.big_limit is not None and group * big >= self.big_limit:
            return False
        self.total += group * big
        self.group, self.small_limit, self.big_limit = Decimal(0), None, big
        self.precision = precision * small * big
        self.over = self.over or bool(m.group("yeo"))
        return True


def _parse_number(s: str, pos: int) -> _Num | None:
    """A Korean number at pos: '43', '2,000', '4.3억', '1조 2,000억', '3만 5천', '2천5백만', '37만 5,000'."""
    builder = _NumberBuilder()
    end = p = pos
    while (m := _PIECE.match(s, p)) is not None and builder.add(m):
        end = p = m.end()
        if not (m.group("s") or m.group("b")):
            break  # plain digits close the number
        nxt = _PIECE.match(s, end + 1) if s.startswith(" ", end) else None
        if nxt is not None and (nxt.group("s") or nxt.group("b") or m.group("b")):
            p = end + 1  # "3만 5천", "1억 4천 2백만", "37만 5,000" are one number
    if end == pos:
        return None
    return _Num(pos, end, builder.total + builder.group, builder.precision, builder.big_limit, builder.over)


@dataclass
class Reading:
    """A quantity being read around a number: what precedes it, the number, what follows it."""

    start: int
    end: int
    value: Decimal
    precision: Decimal
    qualifier: Qualifier = Qualifier.EXACT
    currency: str | None = None  # from a prefix: US$, 미화, €
    unit: Measure | None = None
    counter: str = ""  # the counter as written (without spaces): 세대, 대, 년
    upper: tuple[int, int, Decimal, Decimal] | None = None  # the top of a range: span, value, precision
    unqualified_start: int = -1  # where the fact starts if a 약 / 최대 before it does not apply


def numbers(scan: Scan) -> None:
    s = scan.s
    for pos in scan.runs:
        prev = s[pos - 1] if pos else ""
        if prev in _NOT_BEFORE_NUMBER or (prev.isascii() and prev.isalpha()):
            continue  # inside a decimal, a time, a fraction or a code
        if s[pos] == "0" and s[pos + 1 : pos + 2].isdigit():
            continue  # 007, 0800: a code (dates and times with a leading zero are read apart)
        num = _parse_number(s, pos)
        if num is not None:
            _quantity(scan, num)
    for m in _HANGUL_SCALE.finditer(s):  # 백만 달러, 천만 원, 천 명
        end = m.end()
        if not (
            (s[end : end + 1].isspace() and _unit_at(s, end + 1))
            or (s[end - 1] in "만억조" and _CURRENCY_NEXT.match(s, end))
        ):
            continue
        if hangul_before(s, m.start()) or s[m.start() - 1 : m.start()].isdigit():
            continue
        w = m.group("w")
        small = Decimal(10) if w[0] == "십" else _SMALL_UNITS.get(w[0], Decimal(1))
        value = small * _BIG_UNITS.get(w[-1], Decimal(1))
        _quantity(scan, _Num(m.start(), m.end(), value, value, _BIG_UNITS.get(w[-1])))
    for m in _SOME_SCALE.finditer(s):  # 수백 명, 수십억 달러, 십수 년
        if not hangul_before(s, m.start()) and (_WORD_END.match(s, m.end()) or _unit_at(s, m.end())):
            value = Decimal(_SOME[re.sub(r"\s", "", m.group("w"))] if m.group("w") else 10)
            _quantity(scan, _Num(m.start(), m.end(), value, value, over=True))


def _quantity(scan: Scan, num: _Num) -> None:
    """Read what surrounds a number (currency, 제, 약, 여, a range, a counter, 이상 …) into a fact."""
    s = scan.s
    je = _PRE_ORDINAL.search(s, max(0, num.start - 3), num.start)
    if je is not None:
        _ordinal_with_je(scan, num, je.start())
        return
    if _is_article(s, num):
        _ordinal_with_je(scan, num, num.start)
        return
    r = Reading(num.start, num.end, num.value, num.precision, Qualifier.OVER if num.over else Qualifier.EXACT)
    _read_prefix(s, r)
    yeo = _yeo_match(s, r.end)
    if yeo is not None:
        r.end, r.qualifier = yeo.end(), Qualifier.OVER
    _read_range_and_unit(s, r, num)
    if r.unit is None and r.upper is None:
        _unit_after_arrow(s, r, num)
    if _settle_unit(s, r, num):
        read_suffix(s, r)
        emit(scan, r)


def _is_article(s: str, num: _Num) -> bool:
    """27조 after a law's name or before its paragraph (27조 1항, 27조의2): an article, not 27 trillion."""
    article = _ARTICLE.match(s, num.start)
    if article is None or _CURRENCY_NEXT.match(s, article.end() + (s[article.end() : article.end() + 1] == " ")):
        return False  # 27조 원: money after all
    return bool(_LAW_BEFORE.search(s, max(0, num.start - 6), num.start) or _ARTICLE_AFTER.match(s, article.end()))


def _unit_after_arrow(s: str, r: Reading, num: _Num) -> None:
    """ "1,150 → 1,420억 원": the first number takes the unit written once, after the second."""
    arrow = _ARROW.match(s, r.end)
    second = _parse_number(s, arrow.end()) if arrow is not None else None
    if second is None:
        return
    yeo = _yeo_match(s, second.end)
    unit = UNIT.match(s, yeo.end() if yeo is not None else second.end)
    if num.big is None and second.big is not None:
        r.value, r.precision = r.value * second.big, r.precision * second.big
    if unit is not None:
        r.unit, r.counter = _lookup_unit(unit), re.sub(r"\s", "", unit.group("u"))


def _read_prefix(s: str, r: Reading) -> None:
    """US$ / 미화 / € before the number, or a minus sign; then 약 / 최대 / 최소 before all that."""
    currency = _PRE_CURRENCY.search(s, max(0, r.start - 5), r.start)
    if currency is not None:
        code = re.sub(r"\s", "", currency.group("c"))
        r.currency, r.start = _PRE_CURRENCY_CODE.get(code, code), currency.start()
    else:
        sign = _PRE_SIGN.search(s, max(0, r.start - 6), r.start)
        if sign is not None:
            r.value, r.start = -r.value, sign.start()
    read_pre_qualifier(s, r)


def read_pre_qualifier(s: str, r: Reading) -> None:
    r.unqualified_start = r.start
    pre = _PRE_QUAL.search(s, max(0, r.start - 5), r.start)
    if pre is not None:
        r.qualifier, r.start = _qualifier_word(pre.group("q")), pre.start()


def _lookup_unit(m: re.Match[str]) -> Measure:
    return UNIT_TABLE[re.sub(r"\s", "", m.group("u"))]


def _read_range_and_unit(s: str, r: Reading, num: _Num) -> None:
    """A counter or currency, after a range if there is one: 3~5명, 10억~20억원, 30~40%, 3~5만 (3만~5만)."""
    unit = UNIT.match(s, r.end)
    rng = _NUM_RANGE.match(s, r.end)
    second = _parse_number(s, rng.end()) if rng is not None else None
    if rng is not None and second is not None:
        after = second.end
        yeo = _yeo_match(s, after)
        if yeo is not None:
            after = yeo.end()
        unit2 = UNIT.match(s, after)
        dash_without_unit = rng.group("dash") in ("-", "–", "—") and unit2 is None  # 5-3 is a score
        units_differ = unit is not None and (unit2 is None or _lookup_unit(unit2) != _lookup_unit(unit))
        if not dash_without_unit and not units_differ:
            if num.big is None and second.big is not None and unit is None:
                r.value, r.precision = r.value * second.big, r.precision * second.big
            if yeo is not None:
                r.qualifier = Qualifier.OVER
            upper_end = unit2.end() if unit2 is not None else after
            r.upper = (second.start, upper_end, second.value, second.precision)
            r.end, unit = after, unit2
    if unit is not None:
        r.unit, r.end, r.counter = _lookup_unit(unit), unit.end(), re.sub(r"\s", "", unit.group("u"))


def _settle_unit(s: str, r: Reading, num: _Num) -> bool:
    """Korean special cases once the counter is known; False if the number is not a fact here."""
    code = r.counter
    if code == "대" and _is_score(s, r.end):
        r.unit, r.end = None, num.end  # 2대 1: a score, not two vehicles
    elif code == "년" and _is_year(num) and not DURATION_AFTER.match(s, r.end):
        return False  # 2023년 is a date
    elif r.unit is not None and r.unit.kind in (Kind.COUNT, Kind.AMOUNT) and r.value == 1 and _PER_ONE.match(s, r.end):
        return False  # 1인당, 1가구당, 1달러당: "per person", "to the dollar"
    elif code == "세대" and r.value > 10:
        r.unit = Measure(Kind.COUNT, "세대")  # 1,000세대: households, not a generation
    elif code == "대" and _is_age_decade(s, num, r.end):
        if r.value == 10:
            return False  # 10대 (teenagers) is a word, not a number
        r.unit = Measure(Kind.NUMBER, "")  # 20대 남성: a man in his twenties
    elif r.unit is None and s.startswith("일", r.end) and _is_day_count(s, r):
        r.unit, r.end = Measure(Kind.COUNT, "일"), r.end + 1  # 약 3일, 주 4일, 60일, 9일 늘었다: days, not a date
    elif code == "번째" and (minute := _MATCH_MINUTE.match(s, r.end)) is not None:
        r.unit, r.end = Measure(Kind.COUNT, "분"), minute.end()  # 89번째 분 = 89분, the match minute
    elif r.unit is None and r.currency is None and _is_name_number(s, num):
        return False  # Bellator 206
    return True


def _is_name_number(s: str, num: _Num) -> bool:
    """ "Bellator 206", "Windows 10": a plain number after a capitalised Latin word; not a year ("Vision 2030")."""
    digits = s[num.start : num.end]
    return (
        digits.isdigit()
        and not _is_year(num)
        and _LATIN_NAME_BEFORE.search(s, max(0, num.start - 30), num.start) is not None
        and not UNIT.match(s, num.end)
    )


def _is_score(s: str, pos: int) -> bool:
    """'2대 1로': a number right after 대, itself without a counter."""
    m = _VERSUS.match(s, pos)
    return m is not None and UNIT.match(s, m.end()) is None


def _is_year(num: _Num) -> bool:
    return num.end - num.start == 4 and num.precision == 1 and 1000 <= num.value <= 2999


def _is_day_count(s: str, r: Reading) -> bool:
    return r.value > 31 or r.qualifier is not Qualifier.EXACT or days_counted(s, r.start, r.end + 1)


def _is_age_decade(s: str, num: _Num, pos: int) -> bool:
    v = num.value
    return 10 <= v <= 90 and v % 10 == 0 and bool(_AGE_DECADE.match(s, pos))


_QUALIFIED_KINDS = (Kind.AMOUNT, Kind.COUNT, Kind.PERCENT, Kind.POINT, Kind.NUMBER, Kind.MULTIPLIER)


def read_suffix(s: str, r: Reading) -> None:
    """원대 (in the … range), then 이상 / 이하 / 가량 / 넘는 / 까지 after the counter."""
    kind = _kind(r)
    if kind in (Kind.AMOUNT, Kind.COUNT, Kind.PERCENT) and r.unit is not None and r.unit.code != "대":
        decade = _RANGE_DECADE.match(s, r.end)
        if decade is not None:
            r.end, r.qualifier = decade.end(), Qualifier.OVER  # 1만원대: 10,000 to 19,999
    if kind not in _QUALIFIED_KINDS:
        r.qualifier, r.start = Qualifier.EXACT, r.unqualified_start  # "최소한 두 번째": not about the 2
        return
    post = _POST_QUAL.match(s, r.end)
    if post is not None and (post.group("upto") is None or kind is not Kind.NUMBER):
        r.end, r.qualifier = post.end(), _post_qualifier(post)


def _kind(r: Reading) -> Kind:
    if r.currency is not None:
        return Kind.AMOUNT
    return r.unit.kind if r.unit is not None else Kind.NUMBER


# Counters whose number a translation often leaves unsaid: 2인조 (a duo, "the robbers"), 3군 (the armed services).
_IMPLICIT_COUNTERS = frozenset({"인조", "군"})


def emit(scan: Scan, r: Reading) -> None:
    kind = _kind(r)
    code = r.currency if r.currency is not None else (r.unit.code if r.unit is not None else "")
    upper = None
    if r.upper is not None:
        u_start, u_end, u_value, u_precision = r.upper
        upper = scan.sub(kind, u_start, u_end, value=clean(u_value), precision=clean(u_precision), unit=code)
    scan.fact(
        kind,
        r.start,
        r.end,
        value=clean(r.value),
        precision=clean(r.precision),
        unit=code,
        qualifier=r.qualifier,
        range_end=upper,
        implicit=r.counter in _IMPLICIT_COUNTERS,
    )


def _qualifier_word(word: str) -> Qualifier:
    if word in ("최대", "많게는"):
        return Qualifier.UNDER
    if word in ("최소", "적어도", "적게는", "최소한"):
        return Qualifier.OVER
    return Qualifier.ABOUT


def _post_qualifier(m: re.Match[str]) -> Qualifier:
    if m.group("about"):
        return Qualifier.ABOUT
    if m.group("over"):
        return Qualifier.OVER
    return Qualifier.UNDER


def _ordinal_with_je(scan: Scan, num: _Num, start: int) -> None:
    """제37대, 제6차, 제1회, 제3조: 제 makes any number an ordinal (and 조 is an article, not 10^12)."""
    digits = _LEADING_DIGITS.match(scan.s, num.start)
    if digits is None:
        return
    counter = _JE_COUNTER.match(scan.s, digits.end())
    end = counter.end() if counter is not None else digits.end()
    upper = _JE_RANGE.match(scan.s, end)
    range_end = None
    if upper is not None and int(upper.group("n")) > int(digits.group()):
        counter2 = _JE_COUNTER.match(scan.s, upper.end())
        end = counter2.end() if counter2 is not None else upper.end()
        range_end = scan.sub(Kind.ORDINAL, upper.start("n"), end, value=Decimal(upper.group("n")))
    scan.fact(Kind.ORDINAL, start, end, value=Decimal(digits.group()), range_end=range_end)
