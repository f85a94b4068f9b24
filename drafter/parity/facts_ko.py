"""Typed facts in Korean text: amounts, counts, percents, ordinals, dates and times.

`extract(paragraph)` returns the facts of one paragraph, sorted by start and non-overlapping, so that
the matcher can compare "43억원" with "4.3 billion KRW" by value (see design.md, "The parity checker").

How it works: recognisers (numbers with what surrounds them, native numerals, Korean and dotted
dates, quarters and halves, times, fractions, weekdays) propose candidate facts; spans that are never
facts (phone numbers, e-mail, URLs, codes such as "KEPS-2", list markers) are blocked; the leftmost,
then longest, candidate wins. A last pass gives a bare "1일" the month written before it.

Korean numbers group digits by four, not by three: 만 = 10^4, 억 = 10^8 (만 × 만), 조 = 10^12 (억 × 만).
Inside a group 천/백 (10^3/10^2) may replace digits: "2천5백만" = (2000 + 500) × 10^4. So "43억" is
4,300,000,000 and "1조 2,000억" is 1.2 × 10^12. Precision is the place value of the last digit as
written: "43억" → 1E+8, "4.3억" → 1E+7, "1조 2,000억" → 1E+8, "3만 5천" → 1E+3.

Input is expected in NFC (the editor normalises it). Full-width digits and signs are read as ASCII.
Most patterns are tried only where a digit run starts, which keeps a paragraph well under a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from drafter.parity.facts import DateValue, Fact, Kind, Qualifier

__all__ = ["extract"]

# ---------------------------------------------------------------------------------------------------
# Small tables
# ---------------------------------------------------------------------------------------------------

# Same-length replacements, so that spans found in the folded copy index the original text.
_FOLD = str.maketrans("０１２３４５６７８９％，．～：－（）＄", "0123456789%,.~:-()$")
_FULL_WIDTH = re.compile("[０-９％，．～：－（）＄]")

_SEP = r"[~∼〜\-–—]"  # range separators between two numbers, dates or times
_WEEKDAYS = "월화수목금토일"  # Monday (0) … Sunday (6)

# What may follow a counter: a particle, a qualifier, or anything that is not Hangul. Counters such as
# 대, 번, 채 also start common words (대학, 번호, 채널); the check keeps "3대학" from being 3 vehicles.
_PARTICLE_HEAD = "이가을를의은는에도만씩과와로으며까부보뿐께당쯤짜씨였인엔여대라란나야들밖마입"
_TAIL_OK = rf"(?=[^가-힣]|$|[{_PARTICLE_HEAD}]|정도|내외|안팎|미만|초과|남짓|넘|동안)"

_SMALL_UNITS = {"천": Decimal(1000), "백": Decimal(100)}
_BIG_UNITS = {"조": Decimal(10) ** 12, "억": Decimal(10) ** 8, "만": Decimal(10) ** 4}

# Native Korean numerals in the attributive form used before a counter (세 명, 스무 살).
_NATIVE_ONES = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
_NATIVE_TENS = {"열": 10, "스물": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}


def _native_table() -> tuple[dict[str, tuple[int, int]], str]:
    """'세' → (3, 3), '스물두' → (22, 22), '두세' → (2, 3) (value, upper bound), and a regex of the words.

    Tens and ones are sometimes written apart ("열 다섯 마리"), so the regex allows a space between them.
    """
    table = {word: (n, n) for word, n in _NATIVE_ONES.items()}
    patterns = list(table)
    for tens, t in _NATIVE_TENS.items():
        alone = "스무" if tens == "스물" else tens  # 스무 살, but 스물두 살
        table[alone] = (t, t)
        patterns.append(alone)
        for ones, o in _NATIVE_ONES.items():
            table[tens + ones] = (t + o, t + o)
            patterns.append(rf"{tens}\s?{ones}")
    # Approximate pairs: 두세 명 = two or three people.
    pairs = {
        "한두": (1, 2),
        "두세": (2, 3),
        "서너": (3, 4),
        "세네": (3, 4),
        "네댓": (4, 5),
        "너댓": (4, 5),
        "대여섯": (5, 6),
        "예닐곱": (6, 7),
    }
    table.update(pairs)
    patterns += list(pairs)
    return table, "|".join(sorted(patterns, key=len, reverse=True))


_NATIVE, _NATIVE_ALT = _native_table()
_NATIVE_HOURS = {w: n for w, (n, high) in _NATIVE.items() if n == high and n <= 12}

# Native words for a number of days: 나흘 뒤 = four days later.
_DAY_WORDS = {
    "하루": 1,
    "이틀": 2,
    "사흘": 3,
    "나흘": 4,
    "닷새": 5,
    "엿새": 6,
    "이레": 7,
    "여드레": 8,
    "아흐레": 9,
    "열흘": 10,
    "보름": 15,
}

# Sino-Korean numerals written in Hangul ("십 년간", "삼 개월") are read only before a few counters:
# alone, 이/사/구/일 are also "this", "company", "district", "day".
_SINO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}


def _sino_table() -> dict[str, int]:
    table = dict(_SINO_DIGITS)
    for tens_word, tens in [("십", 1)] + [(d + "십", n) for d, n in _SINO_DIGITS.items() if n > 1]:
        table[tens_word] = tens * 10
        for ones_word, ones in _SINO_DIGITS.items():
            table[tens_word + ones_word] = tens * 10 + ones
    return table


_SINO = _sino_table()

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


# ---------------------------------------------------------------------------------------------------
# Units that may follow a number
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    kind: Kind
    code: str  # currency code for AMOUNT, the counter (lower-case) for COUNT, "" otherwise


def _units() -> tuple[dict[str, _Unit], str]:
    """Surface form (without spaces) → unit, and a regex alternation of the surfaces, longest first.

    A surface may carry a guard (a lookahead): 원 is a currency in "43억원" but starts 원칙 and 원장.
    """
    table: dict[str, _Unit] = {}
    alternatives: list[tuple[str, str]] = []

    def add(kind: Kind, words: str, code: str | None = None, guard: str = "") -> None:
        for word in words.split():
            surface = word.replace("_", " ")  # "_" marks an optional space: 퍼센트_포인트
            table[surface.replace(" ", "")] = _Unit(kind, code if code is not None else surface.lower())
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
    add(Kind.MULTIPLIER, "배", "", _TAIL_OK)
    # Ordinals: 6차 회의 (sixth round), 3회째, 70주년, 21세기, 1위 (first place), 125번가 (125th Street).
    add(ordinal, "번째 번_째 회째 회차 차전 년째 일째 주째 개월째 주차 학년 주년 세기 등급 번가 번홀", "")
    # Numbered places: 17번 지구 (the 17th district), 3번 출구 (exit 3), 1번 국도; 3번 alone is "three times".
    add(ordinal, "지구 선거구 번_지구 번_선거구 번_출구 번_국도 번_게이트 번_승강장", "", _TAIL_OK)
    add(ordinal, "차", "", r"(?!원|량|선|관|트|종|림|별|익|액|단|장|례|이나|라리|마|세대|체)")
    # 1위 (first place), 2급 (second-degree), 5세대 (generation; 1,000세대 households is fixed later)
    add(ordinal, "위 등 호 선 세대 급", "", _TAIL_OK)
    # Counters and nouns that count things; those that also start common words need _TAIL_OK.
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
    add(
        count,
        "명 개 건 곳 채 회 번 대 종 척 권 벌 곡 편 표 석 층 골 승 패 점 인 기 장 병 잔 통 팀 살 세 "
        "년 주 주일 분 초 평 달 해 박 홀",
        None,
        _TAIL_OK,
    )
    add(count, "도", "도", r"(?!시|로|입|움|서|전|착|록|청)" + _TAIL_OK)  # degrees; 도시, 도로 are words
    # A day count only when the sentence says so (3일 동안, 5일 만에); otherwise "3일" is a date.
    add(count, "일", "일", r"(?=\s?(?:동안|만에|이내|내에|간격|씩|가량|정도|이상|이하|미만))")
    add(count, "℃ °C °F ° ㎞ ㎏ ㎎ ㎝ ㎜ ㎡ ㎢ ㎥ ㎖ ℓ ㎾ ㎿ ㎽ ㎸ m² km²")
    add(
        count,
        "km km2 km/h kph m m2 m3 m/s cm mm kg g mg t ha L l ml mL mph "
        "W kW MW GW kWh MWh GWh TWh V kV Hz kHz MHz GHz KB MB GB TB Mbps Gbps ppm",
        None,
        r"(?![A-Za-z0-9])",
    )
    alternatives.sort(key=lambda a: len(a[0]), reverse=True)
    alternation = "|".join(re.escape(s).replace(r"\ ", r"\s?") + guard for s, guard in alternatives)
    return table, alternation


_UNIT_TABLE, _UNIT_ALT = _units()
_LATIN_UNITS = frozenset(s for s in _UNIT_TABLE if s.isascii() and s.isalpha())
_UNIT = re.compile(rf"\s?(?P<u>{_UNIT_ALT})")

# Counters that follow a native numeral (세 명, 두 배, 세 번째, 한 시간); "세 시" is a time.
_NATIVE_COUNTERS = {
    "번째": _Unit(Kind.ORDINAL, ""),
    "배": _Unit(Kind.MULTIPLIER, ""),
    **{
        c: _Unit(Kind.COUNT, c)
        for c in "차례 가지 군데 마리 그루 켤레 시간 사람 가구 개국 주일 경기 게임 바퀴 "
        "명 개 곳 건 번 대 채 살 달 해 주 권 잔 병 장 벌 척 편 곡 분 팀 골 홀 점".split()
    },
}
_NATIVE_UNIT = re.compile(
    r"(?P<sp>\s?)(?P<u>번\s?째|" + "|".join(sorted(_NATIVE_COUNTERS, key=len, reverse=True)) + ")" + _TAIL_OK
)
# 세대, 한편, 열대 are words: a one-syllable numeral is fused with its counter only for these.
_NATIVE_SAFE_NO_SPACE = frozenset({"명", "가지", "번째", "배", "차례", "군데", "개국", "마리", "개", "곳"})


# ---------------------------------------------------------------------------------------------------
# Patterns: numbers
# ---------------------------------------------------------------------------------------------------

_RUN_START = re.compile(r"(?<![0-9])[0-9]")
_NOT_BEFORE_NUMBER = frozenset(".,_:/")  # 12.275, 15:00, 1/4: not where a number starts
_DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_LEADING_DIGITS = re.compile(r"[0-9]+")
# One piece of a Korean number: digits, then 천/백 inside the group, then 조/억/만 closing the group;
# "22 억 5 천만" is spaced out sometimes. "10여만" (a hundred thousand and more) puts 여 before 만.
_PIECE = re.compile(
    rf"(?P<d>{_DIGITS})(?:\s?(?P<s>천(?!안|국|사|막|주|재|연)|백(?!화|신|성|두|악|인|과|지|색|제|서|조|업)))?"
    r"(?:(?P<yeo>여)(?=[조억만]))?"
    r"(?:\s?(?P<b>조(?!각|건|합|사|직|치|정|례|선|류|항|명|차|용|기|원|달|회)|억"
    r"|만(?!큼|약|일|족|나|료|든|들|화|점|기|남|날|석|찬|평|원권|세)))?"
)
# Scale words without digits: 백만 달러, 천만 원, 천 명 (a space before the counter, or a currency).
# (The unit alternation is long: it is compiled once, in _UNIT, and these patterns ask it by _unit_at
# instead of repeating it in a lookahead, which tripled the import time.)
_HANGUL_SCALE = re.compile(r"(?P<w>[십백천][만억조]|[백천만억조])")
_CURRENCY_NEXT = re.compile(r"원|달러|유로|엔|위안|파운드")
_SOME_SCALE = re.compile(rf"(?:[수몇]\s?(?P<w>{_SOME_ALT})|십수)")
_WORD_END = re.compile(rf"[^가-힣]|$|[{_PARTICLE_HEAD}]")
_NATIVE_NUM = re.compile(rf"(?P<n>{_NATIVE_ALT}|첫)(?=\s?[가-힣])")
# A native numeral before a plain noun (두 기관, 세 아이의 엄마) is a bare number. 한 (a/one) and 열
# (heat) are left out, and 세 before the words it starts as "tax" (세 부담, 세 수입).
_NATIVE_BEFORE_NOUN = re.compile(r"\s(?=[가-힣])(?!부담|수입|금|율)")
_DAY_WORD = re.compile(rf"(?P<w>{'|'.join(_DAY_WORDS)})(?:(?P<ord>째)|간)?(?=[^가-힣]|$|[{_PARTICLE_HEAD}]|동안)")
_SINO_NUM = re.compile(
    rf"(?P<n>{'|'.join(sorted(_SINO, key=len, reverse=True))})(?P<sp>\s?)"
    r"(?P<u>개월간|개월|년간|년|주일|주|개국|시간|퍼센트|피트|인치|마일|야드|미터|킬로미터|킬로그램)" + _TAIL_OK
)
# 이 (2) is also "this": read before 개월, units of measure and 년 of a duration only (이 년 동안, 이 피트).
_SINO_TWO_COUNTERS = frozenset(
    {"개월", "개월간", "년간", "피트", "인치", "마일", "야드", "미터", "킬로미터", "킬로그램"}
)
_SINO_TWO_YEARS = re.compile(r"\s?(?:동안|간)")
# 둘, 셋, 넷 with a particle (의원 둘이, 이 중 둘은) are numbers; 둘째, 셋째 ordinals. Not "둘 다" ("both",
# which English does not count), "둘도 없는" ("unique"), nor the verb 두다 ("둘 수 있다": can put).
_NATIVE_ALONE = re.compile(r"(?P<n>둘|셋|넷)(?:(?P<ord>째)|[은는이을를의과와에로]|도(?!\s?없)|만(?!하))")
_NATIVE_ALONE_VALUES = {"둘": 2, "셋": 3, "넷": 4}
# "89번째 분에": the 89th minute of a match, written as the English has it; counted as 89분 is.
_MATCH_MINUTE = re.compile(r"\s?분(?=에(?!게)|[^가-힣]|$)")
# A bare number after a capitalised Latin word is part of a name: "Bellator 206", "Windows 10" (as in English).
_LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]+ $")
_JE_COUNTER = re.compile(r"\s?(?:회차|차|대|회|호|조|항|기|권|장|편|부|관|과|절|위|번째|번)")

# Before a number (searched backwards, anchored at the number with $).
_PRE_QUAL = re.compile(r"(?<![가-힣])(?P<q>약|대략|거의|근|최대|많게는|최소한|최소|적어도|적게는)\s?$")
_PRE_CURRENCY = re.compile(r"(?P<c>US\s?\$|\$|€|£|¥|₩|미화|USD|KRW|EUR|JPY|CNY|GBP)\s?$")
_PRE_CURRENCY_CODE = {"$": "USD", "US$": "USD", "미화": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW"}
_PRE_ORDINAL = re.compile(r"(?<![가-힣])제\s?$")
_PRE_SIGN = re.compile(r"(?:(?:^|(?<=[\s(]))[-−]|(?<![가-힣])(?:마이너스|영하)\s?)$")
_DAYS_BEFORE = re.compile(r"(?:(?<![가-힣])주|[0-9]\s?박|하루)\s?$")  # 주 4일 (a four-day week), 3박 4일

# After a number.
_YEO = re.compile(rf"여(?=\s|[^가-힣]|$|[{_PARTICLE_HEAD}])")  # 100여 명: a hundred and more
_YEO_ALONE = re.compile("여")


def _unit_at(s: str, pos: int) -> bool:
    """Whether a counter or currency starts right at `pos`."""
    m = _UNIT.match(s, pos)
    return m is not None and m.start("u") == pos


def _yeo_match(s: str, pos: int) -> re.Match[str] | None:
    """여 after a number (100여 명, 7백여건)."""
    return _YEO.match(s, pos) or (_YEO_ALONE.match(s, pos) if _unit_at(s, pos + 1) else None)


_NUM_RANGE = re.compile(rf"\s?(?:(?P<dash>{_SEP})|내지)\s?(?=[0-9])")
_POST_QUAL = re.compile(
    r"\s?(?:(?P<about>가량|정도|내외|안팎|쯤|전후)"
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
_FRACTION = re.compile(r"(?<![0-9.,])(?P<den>[0-9]+)\s?분의\s?(?P<num>[0-9]+(?:\.[0-9]+)?)(?![0-9])")

# ---------------------------------------------------------------------------------------------------
# Patterns: dates and times
# ---------------------------------------------------------------------------------------------------

_WEEKDAY = rf"(?:\s?\((?P<wd>[{_WEEKDAYS}])(?:요일)?\)|\s?(?P<wd2>[{_WEEKDAYS}])요일)?"  # (수), 수요일


def _date_part(name: str, digits: str, unit: str) -> str:
    """A date component; its unit may be left to the range that follows ("14~18일")."""
    return rf"(?P<{name}>{digits})(?:\s?{unit}|(?={_SEP}\s?[0-9]{{1,4}}\s?{unit}))"


_KO_DATE = re.compile(
    rf"""(?<![0-9.,])(?:
        (?P<dec>[0-9]{{3}}0|[1-9]0|00)\s?년대|(?P<dec4>(?:19|20)[0-9]0)대(?=\s?[초중후말])
      | (?:{_date_part("y", "[0-9]{4}", "년")}(?:도)?|['’](?P<yy>[0-9]{{2}})\s?년|(?<![가-힣])(?P<rel>{_REL_ALT}))
        (?:\s?{_date_part("m", "[0-9]{1,2}", "월")}(?:\s?{_date_part("d", "[0-9]{1,2}", "일")})?)?
      | {_date_part("m2", "[0-9]{1,2}", "월")}(?:\s?{_date_part("d2", "[0-9]{1,2}", "일")})?
      | {_date_part("d3", "[0-9]{1,2}", "일")}
    ){_WEEKDAY}""",
    re.X,
)
_REL_FIND = re.compile(_REL_ALT)
_APOSTROPHE_YEAR = re.compile(r"['’][0-9]{2}")
# After "3일" or "1000년": a duration (3일 동안, 1000년 전), not a date. 전쟁 and 후보 are words.
_DURATION_AFTER = re.compile(
    r"\s?(?:간|동안|만에|만(?![가-힣])|째|이내|씩|여|[전후뒤](?=[^가-힣]|$|[에의은는도까부을이]))"
)
_KO_DATE_RANGE = re.compile(rf"\s?(?:{_SEP}|(?P<from>부터|에서))\s?")
_UNTIL = re.compile(r"\s?까지")
_SHORT_YEAR = re.compile(r"(?P<yy>[0-9]{2})\s?년(?!대)")  # 1950~53년

_DOT_DATE = re.compile(
    rf"""(?<![0-9.,:/])
    (?:(?P<y>(?:19|20)[0-9]{{2}})\s?\.\s?)?
    (?P<m>[0-9]{{1,2}})\s?\.\s?(?P<d>[0-9]{{1,2}})(?![0-9]|\.[0-9])
    (?P<dot>\s?\.(?![0-9]))?
    {_WEEKDAY}""",
    re.X,
)
_DOT_YEAR_MONTH = re.compile(r"(?<![0-9.,:/])(?P<y>(?:19|20)[0-9]{2})\.\s?(?P<m>[0-9]{1,2})\s?\.(?!\s?[0-9])")
_ISO_DATE = re.compile(
    rf"(?<![0-9.,:/-])(?P<y>(?:19|20)[0-9]{{2}})(?P<s>[-/])(?P<m>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}})"
    rf"(?![0-9]){_WEEKDAY}"
)
_DOT_RANGE = re.compile(rf"\s?{_SEP}\s?")
_DAY_ONLY = re.compile(rf"(?P<d>[0-9]{{1,2}})(?![0-9])(?P<dot>\s?\.(?![0-9]))?{_WEEKDAY}")
_LATIN_BEFORE = re.compile(r"[A-Za-z]\s?[vV]?$")  # "Windows 3.1.": a version, not March 1

_PERIOD = re.compile(
    rf"""(?:(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}})\s?(?:년\s?)?|['’](?P<yy>[0-9]{{2}})\s?년?\s?
         |(?<![가-힣])(?P<rel>{_REL_ALT})\s?)?
    (?:(?P<half>[상하전후])반기
      |(?P<both>상\s?[·/]\s?하|전\s?[·/]\s?후)반기
      |(?:제\s?)?(?<![0-9])(?P<q>[1-4])\s?(?:/\s?4|·\s?4|사)?\s?분기)""",
    re.X,
)

_TIME_TAIL = r"(?=[^가-힣]|$|[에부까로경쯤께이의는가를와과도만인]|정각)"
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
_TIME_RANGE = re.compile(rf"\s?(?:{_SEP}|(?P<from>부터))\s?")

_WEEKDAY_WORD = re.compile(rf"[{_WEEKDAYS}]요일")

# ---------------------------------------------------------------------------------------------------
# Patterns: spans that are never facts
# ---------------------------------------------------------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()]+")
_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:kr|com|net|org|gov|edu|io)(?:/[^\s]*)?(?![A-Za-z])")
# 042-724-7654, 02)123-4567, (02) 123-4567, +82-42-724-7654, 1588-1234, 0800 555 111, 859-292-3680.
_PHONE = re.compile(
    r"(?<![0-9])(?:\+\s?82[\s.-]?(?:\(0\)\s?)?[1-9][0-9]?[\s.)-]?[0-9]{3,4}[\s.-][0-9]{4}"
    r"|\(?0[1-9][0-9]{0,2}\)?[\s.)-]?[0-9]{3,4}[\s.-][0-9]{4}"
    r"|1[5-9][0-9]{2}-[0-9]{4}|0[0-9]{2,4}[\s-][0-9]{3,4}[\s-][0-9]{3,4}|[0-9]{2,4}-[0-9]{3,4}-[0-9]{4})(?![0-9])"
)
_POSTAL = re.compile(r"(?:\(우\)|우\)|우편번호\s?:?)\s?[0-9]{3}-?[0-9]{2,3}")
_LATIN_CODE = re.compile(r"[A-Za-z]+[-_]?[0-9][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*")  # KEPS-2, G20, H5N1
_DIGIT_CODE = re.compile(r"[0-9]+(?P<l>[A-Za-z]+)[A-Za-z0-9-]*")  # 3D, 5G, 10am (but 10km is a unit)
# COVID-19 written in Hangul; 1가구 1주택 (the "one home per household" rule) is a name, not two counts.
_HANGUL_CODE = re.compile(r"코로나\s?19|1\s?(?:가구|세대)\s?[0-9]\s?주택")
# A list marker at the start of a line: "1. ", "2) ", "(3) ", but not "3. 15.(금)", a date.
_LIST_MARKER = re.compile(r"[ \t]*(?:[0-9]{1,2}[.)](?=[ \t])(?![ \t]*[0-9]{1,2}[ \t]?\.)|\([0-9]{1,2}\)(?=[ \t]))")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NEWLINE = re.compile(r"\n")


# ---------------------------------------------------------------------------------------------------
# The scan: candidates, blocked spans, selection
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    fact: Fact
    priority: int  # breaks ties between candidates with the same span: dates over bare numbers


_PRIO_NUMBER, _PRIO_DATE = 1, 2


class _Scan:
    """One paragraph being read: the original text (for spans), a folded copy (for matching), candidates."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.s = text.translate(_FOLD) if _FULL_WIDTH.search(text) else text
        self.runs = [m.start() for m in _RUN_START.finditer(self.s)]  # where digit runs start
        self.candidates: list[_Candidate] = []

    def fact(self, kind: Kind, start: int, end: int, priority: int = _PRIO_NUMBER, **fields: object) -> Fact:
        fact = self.sub(kind, start, end, **fields)
        self.candidates.append(_Candidate(fact, priority))
        return fact

    def sub(self, kind: Kind, start: int, end: int, **fields: object) -> Fact:
        """A fact that is part of another (the upper bound of a range), not a candidate itself."""
        return Fact(kind, start, end, self.text[start:end], **fields)  # type: ignore[arg-type]

    def matches(self, pattern: re.Pattern[str], positions: list[int] | None = None) -> list[re.Match[str]]:
        """pattern tried at each digit run (or at the given positions)."""
        found = (pattern.match(self.s, p) for p in (self.runs if positions is None else positions))
        return [m for m in found if m is not None]


def extract(text: str) -> list[Fact]:
    """Every fact in one paragraph of Korean text, sorted by start, non-overlapping."""
    scan = _Scan(text)
    _numbers(scan)
    _natives(scan)
    _day_words(scan)
    _native_alone(scan)
    _sino_numbers(scan)
    _korean_dates(scan)
    _dotted_dates(scan)
    _periods(scan)
    _times(scan)
    _fractions(scan)
    _weekdays(scan)
    return _month_from_context(_select(scan.candidates, _blocked(scan)))


def _hangul_before(s: str, pos: int) -> bool:
    return pos > 0 and "가" <= s[pos - 1] <= "힣"


def _blocked(scan: _Scan) -> list[tuple[int, int]]:
    """Spans of phone numbers, e-mail, URLs, codes and list markers."""
    s = scan.s
    phone_starts = scan.runs + [p - 1 for p in scan.runs if p > 0 and s[p - 1] in "+("]
    spans = [m.span() for m in scan.matches(_PHONE, phone_starts)]
    line_starts = [0] + ([m.end() for m in _NEWLINE.finditer(s)] if "\n" in s else [])
    spans += [m.span() for m in scan.matches(_LIST_MARKER, line_starts)]
    if "@" in s:
        spans += [m.span() for m in _EMAIL.finditer(s)]
    if "http" in s or "www." in s:
        spans += [m.span() for m in _URL.finditer(s)]
    if "우" in s:
        spans += [m.span() for m in _POSTAL.finditer(s)]
    if "코로나" in s or "주택" in s:
        spans += [m.span() for m in _HANGUL_CODE.finditer(s)]
    if _ASCII_LETTER.search(s):
        spans += [m.span() for m in _DOMAIN.finditer(s) if not _alnum_before(s, m.start())]
        spans += [m.span() for m in _LATIN_CODE.finditer(s) if not _alnum_before(s, m.start())]
        spans += [m.span() for m in scan.matches(_DIGIT_CODE) if m.group("l") not in _LATIN_UNITS]
    return spans


def _alnum_before(s: str, pos: int) -> bool:
    return pos > 0 and ((s[pos - 1].isascii() and s[pos - 1].isalnum()) or s[pos - 1] in "@.")


def _select(candidates: list[_Candidate], blocked: list[tuple[int, int]]) -> list[Fact]:
    """Leftmost first, then the longest span, then the higher priority; nothing that touches a block."""
    chosen: list[Fact] = []
    last_end = 0
    for c in sorted(candidates, key=lambda c: (c.fact.start, -c.fact.end, -c.priority)):
        f = c.fact
        if f.start < last_end or f.start == f.end:
            continue
        if any(f.start < b_end and b_start < f.end for b_start, b_end in blocked):
            continue
        chosen.append(f)
        last_end = f.end
    return chosen


def _month_from_context(facts: list[Fact]) -> list[Fact]:
    """'1일' alone takes the month written last before it in the paragraph ('11월 … 1일')."""
    month: int | None = None
    out: list[Fact] = []
    for f in facts:
        d = f.date
        if f.kind is Kind.DATE and d is not None:
            if d.day is not None and d.month is None and d.year is None and month is not None:
                end = f.range_end
                if end is not None and end.date is not None and end.date.month is None:
                    end = replace(end, date=replace(end.date, month=month))
                f = replace(f, date=replace(d, month=month), range_end=end)
            last = f.range_end.date if f.range_end is not None and f.range_end.date else f.date
            if last is not None and last.month is not None:
                month = last.month
        out.append(f)
    return out


# ---------------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------------


def _clean(d: Decimal) -> Decimal:
    """43E+8 → 4300000000, 0.10 → 0.1: the same value, printed plainly (huge values stay as they are)."""
    if d == d.to_integral_value() and d.adjusted() < 25:
        return d.quantize(Decimal(1))
    return d.normalize()


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
class _Reading:
    """A quantity being read around a number: what precedes it, the number, what follows it."""

    start: int
    end: int
    value: Decimal
    precision: Decimal
    qualifier: Qualifier = Qualifier.EXACT
    currency: str | None = None  # from a prefix: US$, 미화, €
    unit: _Unit | None = None
    counter: str = ""  # the counter as written (without spaces): 세대, 대, 년
    upper: tuple[int, int, Decimal, Decimal] | None = None  # the top of a range: span, value, precision
    unqualified_start: int = -1  # where the fact starts if a 약 / 최대 before it does not apply


def _numbers(scan: _Scan) -> None:
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
        if _hangul_before(s, m.start()) or s[m.start() - 1 : m.start()].isdigit():
            continue
        w = m.group("w")
        small = Decimal(10) if w[0] == "십" else _SMALL_UNITS.get(w[0], Decimal(1))
        value = small * _BIG_UNITS.get(w[-1], Decimal(1))
        _quantity(scan, _Num(m.start(), m.end(), value, value, _BIG_UNITS.get(w[-1])))
    for m in _SOME_SCALE.finditer(s):  # 수백 명, 수십억 달러, 십수 년
        if not _hangul_before(s, m.start()) and (_WORD_END.match(s, m.end()) or _unit_at(s, m.end())):
            value = Decimal(_SOME[re.sub(r"\s", "", m.group("w"))] if m.group("w") else 10)
            _quantity(scan, _Num(m.start(), m.end(), value, value, over=True))


def _quantity(scan: _Scan, num: _Num) -> None:
    """Read what surrounds a number (currency, 제, 약, 여, a range, a counter, 이상 …) into a fact."""
    s = scan.s
    je = _PRE_ORDINAL.search(s, max(0, num.start - 3), num.start)
    if je is not None:
        _ordinal_with_je(scan, num, je.start())
        return
    r = _Reading(num.start, num.end, num.value, num.precision, Qualifier.OVER if num.over else Qualifier.EXACT)
    _read_prefix(s, r)
    yeo = _yeo_match(s, r.end)
    if yeo is not None:
        r.end, r.qualifier = yeo.end(), Qualifier.OVER
    _read_range_and_unit(s, r, num)
    if _settle_unit(s, r, num):
        _read_suffix(s, r)
        _emit(scan, r)


def _read_prefix(s: str, r: _Reading) -> None:
    """US$ / 미화 / € before the number, or a minus sign; then 약 / 최대 / 최소 before all that."""
    currency = _PRE_CURRENCY.search(s, max(0, r.start - 5), r.start)
    if currency is not None:
        code = re.sub(r"\s", "", currency.group("c"))
        r.currency, r.start = _PRE_CURRENCY_CODE.get(code, code), currency.start()
    else:
        sign = _PRE_SIGN.search(s, max(0, r.start - 6), r.start)
        if sign is not None:
            r.value, r.start = -r.value, sign.start()
    _read_pre_qualifier(s, r)


def _read_pre_qualifier(s: str, r: _Reading) -> None:
    r.unqualified_start = r.start
    pre = _PRE_QUAL.search(s, max(0, r.start - 5), r.start)
    if pre is not None:
        r.qualifier, r.start = _qualifier_word(pre.group("q")), pre.start()


def _lookup_unit(m: re.Match[str]) -> _Unit:
    return _UNIT_TABLE[re.sub(r"\s", "", m.group("u"))]


def _read_range_and_unit(s: str, r: _Reading, num: _Num) -> None:
    """A counter or currency, after a range if there is one: 3~5명, 10억~20억원, 30~40%, 3~5만 (3만~5만)."""
    unit = _UNIT.match(s, r.end)
    rng = _NUM_RANGE.match(s, r.end)
    second = _parse_number(s, rng.end()) if rng is not None else None
    if rng is not None and second is not None:
        after = second.end
        yeo = _yeo_match(s, after)
        if yeo is not None:
            after = yeo.end()
        unit2 = _UNIT.match(s, after)
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


def _settle_unit(s: str, r: _Reading, num: _Num) -> bool:
    """Korean special cases once the counter is known; False if the number is not a fact here."""
    code = r.counter
    if code == "대" and _is_score(s, r.end):
        r.unit, r.end = None, num.end  # 2대 1: a score, not two vehicles
    elif code == "년" and _is_year(num) and not _DURATION_AFTER.match(s, r.end):
        return False  # 2023년 is a date
    elif r.unit is not None and r.unit.kind in (Kind.COUNT, Kind.AMOUNT) and r.value == 1 and _PER_ONE.match(s, r.end):
        return False  # 1인당, 1가구당, 1달러당: "per person", "to the dollar"
    elif code == "세대" and r.value > 10:
        r.unit = _Unit(Kind.COUNT, "세대")  # 1,000세대: households, not a generation
    elif code == "대" and _is_age_decade(s, num, r.end):
        if r.value == 10:
            return False  # 10대 (teenagers) is a word, not a number
        r.unit = _Unit(Kind.NUMBER, "")  # 20대 남성: a man in his twenties
    elif r.unit is None and s.startswith("일", r.end) and _is_day_count(s, r):
        r.unit, r.end = _Unit(Kind.COUNT, "일"), r.end + 1  # 약 3일, 주 4일, 60일: days, not a date
    elif code == "번째" and (minute := _MATCH_MINUTE.match(s, r.end)) is not None:
        r.unit, r.end = _Unit(Kind.COUNT, "분"), minute.end()  # 89번째 분 = 89분, the match minute
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
        and not _UNIT.match(s, num.end)
    )


def _is_score(s: str, pos: int) -> bool:
    """'2대 1로': a number right after 대, itself without a counter."""
    m = _VERSUS.match(s, pos)
    return m is not None and _UNIT.match(s, m.end()) is None


def _is_year(num: _Num) -> bool:
    return num.end - num.start == 4 and num.precision == 1 and 1000 <= num.value <= 2999


def _is_day_count(s: str, r: _Reading) -> bool:
    return (
        r.value > 31 or r.qualifier is not Qualifier.EXACT or bool(_DAYS_BEFORE.search(s, max(0, r.start - 4), r.start))
    )


def _is_age_decade(s: str, num: _Num, pos: int) -> bool:
    v = num.value
    return 10 <= v <= 90 and v % 10 == 0 and bool(_AGE_DECADE.match(s, pos))


_QUALIFIED_KINDS = (Kind.AMOUNT, Kind.COUNT, Kind.PERCENT, Kind.POINT, Kind.NUMBER, Kind.MULTIPLIER)


def _read_suffix(s: str, r: _Reading) -> None:
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


def _kind(r: _Reading) -> Kind:
    if r.currency is not None:
        return Kind.AMOUNT
    return r.unit.kind if r.unit is not None else Kind.NUMBER


def _emit(scan: _Scan, r: _Reading) -> None:
    kind = _kind(r)
    code = r.currency if r.currency is not None else (r.unit.code if r.unit is not None else "")
    upper = None
    if r.upper is not None:
        u_start, u_end, u_value, u_precision = r.upper
        upper = scan.sub(kind, u_start, u_end, value=_clean(u_value), precision=_clean(u_precision), unit=code)
    scan.fact(
        kind,
        r.start,
        r.end,
        value=_clean(r.value),
        precision=_clean(r.precision),
        unit=code,
        qualifier=r.qualifier,
        range_end=upper,
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


def _natives(scan: _Scan) -> None:
    """세 명, 두 배, 세 번째, 스무 살, 열 다섯 마리, 두세 차례 (two or three times), 첫 번째; 세 시 (a time)."""
    s = scan.s
    for m in _NATIVE_NUM.finditer(s):
        if _hangul_before(s, m.start()):
            continue
        word = re.sub(r"\s", "", m.group("n"))
        if word in _NATIVE_HOURS and _native_time(scan, m, _NATIVE_HOURS[word]):
            continue
        u = _NATIVE_UNIT.match(s, m.end())
        if u is None:
            _native_before_noun(scan, m, word)
            continue
        counter = re.sub(r"\s", "", u.group("u"))
        if word == "첫" and counter != "번째":
            continue
        if not u.group("sp") and len(word) == 1 and counter not in _NATIVE_SAFE_NO_SPACE:
            continue  # 세대, 한편, 열대: the numeral fused into a noun
        low, high = _NATIVE.get(word, (1, 1))
        r = _Reading(m.start(), u.end(), Decimal(low), Decimal(1), unit=_NATIVE_COUNTERS[counter])
        if high != low:
            r.upper = (m.start(), u.end(), Decimal(high), Decimal(1))
        _read_pre_qualifier(s, r)
        _read_suffix(s, r)
        _emit(scan, r)


def _native_before_noun(scan: _Scan, m: re.Match[str], word: str) -> None:
    """두 기관 (the two agencies): the numeral alone, as a bare number; not 한 or 열, too ambiguous."""
    if word in ("한", "열", "첫") or not _NATIVE_BEFORE_NOUN.match(scan.s, m.end()):
        return
    low, high = _NATIVE[word]
    upper = scan.sub(Kind.NUMBER, m.start(), m.end(), value=Decimal(high)) if high != low else None
    scan.fact(Kind.NUMBER, m.start(), m.end(), value=Decimal(low), range_end=upper)


def _native_alone(scan: _Scan) -> None:
    """의원 둘이 (two members), 이 중 둘은 (two of them): a bare number; 둘째 날: the second day."""
    s = scan.s
    if "둘" not in s and "셋" not in s and "넷" not in s:
        return
    for m in _NATIVE_ALONE.finditer(s):
        if _hangul_before(s, m.start()):
            continue
        value = Decimal(_NATIVE_ALONE_VALUES[m.group("n")])
        end = m.end() if m.group("ord") else m.end("n")
        scan.fact(Kind.ORDINAL if m.group("ord") else Kind.NUMBER, m.start(), end, value=value)


def _day_words(scan: _Scan) -> None:
    """하루, 이틀, 나흘 뒤 (four days later): a count of days; 사흘째 is the third day."""
    s = scan.s
    for m in _DAY_WORD.finditer(s):
        if _hangul_before(s, m.start()):
            continue
        value = Decimal(_DAY_WORDS[m.group("w")])
        if m.group("ord"):
            scan.fact(Kind.ORDINAL, m.start(), m.end(), value=value)
        else:
            scan.fact(Kind.COUNT, m.start(), m.end(), value=value, unit="일")


def _sino_numbers(scan: _Scan) -> None:
    """십 년간, 삼 개월 이상: Sino-Korean numerals in Hangul before a few counters."""
    s = scan.s
    for m in _SINO_NUM.finditer(s):
        word = m.group("n")
        counter = m.group("u")
        if _hangul_before(s, m.start()) or (len(word) == 1 and not m.group("sp")):
            continue  # 이주 (migration), 사주 (fortune): not numbers
        if word == "이" and not (
            counter in _SINO_TWO_COUNTERS or (counter == "년" and _SINO_TWO_YEARS.match(s, m.end()))
        ):
            continue  # 이 주 (this week), not two weeks
        unit = _UNIT_TABLE[counter]
        r = _Reading(m.start(), m.end(), Decimal(_SINO[word]), Decimal(1), unit=unit, counter=counter)
        _read_pre_qualifier(s, r)
        _read_suffix(s, r)
        _emit(scan, r)


def _ordinal_with_je(scan: _Scan, num: _Num, start: int) -> None:
    """제37대, 제6차, 제1회, 제3조: 제 makes any number an ordinal (and 조 is an article, not 10^12)."""
    digits = _LEADING_DIGITS.match(scan.s, num.start)
    if digits is None:
        return
    counter = _JE_COUNTER.match(scan.s, digits.end())
    end = counter.end() if counter is not None else digits.end()
    scan.fact(Kind.ORDINAL, start, end, value=Decimal(digits.group()))


def _fractions(scan: _Scan) -> None:
    """3분의 1 (one third): a NUMBER, rounded to 4 decimal places."""
    if "분의" not in scan.s:
        return
    for m in scan.matches(_FRACTION):
        den = Decimal(m.group("den"))
        if den != 0:
            value = (Decimal(m.group("num")) / den).quantize(Decimal("0.0001"))
            scan.fact(Kind.NUMBER, m.start(), m.end(), value=_clean(value), precision=Decimal("0.0001"))


# ---------------------------------------------------------------------------------------------------
# Dates and periods
# ---------------------------------------------------------------------------------------------------


def _weekday(m: re.Match[str]) -> int | None:
    wd = m.groupdict().get("wd") or m.groupdict().get("wd2")
    return _WEEKDAYS.index(wd) if wd else None


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


def _korean_dates(scan: _Scan) -> None:
    """2023년 11월 1일(수), 11월, 1일, 지난해 12월, 1980년대; ranges with ~ or 부터 … 까지."""
    s = scan.s
    positions = scan.runs + [m.start() for m in _REL_FIND.finditer(s) if not _hangul_before(s, m.start())]
    if "'" in s or "’" in s:
        positions += [m.start() for m in _APOSTROPHE_YEAR.finditer(s)]
    for m in scan.matches(_KO_DATE, positions):
        value = _ko_date_value(m)
        if value is None:
            continue
        if m.group("d3") and _DAYS_BEFORE.search(s, max(0, m.start() - 4), m.start()):
            continue  # 주 4일, 3박 4일: days, read as a count
        if (
            (m.group("d3") or (m.group("y") and not m.group("m")))
            and _ko_unit_written(m)
            and _DURATION_AFTER.match(s, m.end())
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
        scan.fact(Kind.DATE, m.start(), end, _PRIO_DATE, date=value, range_end=range_end)


def _ko_range_end(scan: _Scan, pos: int, start: DateValue, needs_until: bool) -> Fact | None:
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


def _ko_unit_written(m: re.Match[str]) -> bool:
    """False if the last component's 년/월/일 was left to the range that follows ('6월 14~18일')."""
    text = re.sub(rf"\s?(?:\([{_WEEKDAYS}](?:요일)?\)|[{_WEEKDAYS}]요일)$", "", m.group().rstrip())
    return not text[-1:].isdigit()


def _inherit(value: DateValue, start: DateValue) -> DateValue:
    """The end of a range takes what it leaves out from its start: 11월 1일~3일 → 11월 3일."""
    if value.year is None and value.relative_year is None:
        value = replace(value, year=start.year, relative_year=start.relative_year)
        if value.month is None and value.day is not None:
            value = replace(value, month=start.month)
    return value


def _dotted_dates(scan: _Scan) -> None:
    """2023. 11. 1.(수), 2023.11.1., 11.1., (2.27), 6.14(토)-6.18(수), 6.14~18, 2023-11-01."""
    s = scan.s
    for m in scan.matches(_DOT_DATE):
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
            scan.fact(Kind.DATE, m.start(), end, _PRIO_DATE, date=value, range_end=range_end)
    for m in scan.matches(_DOT_YEAR_MONTH):
        month = int(m.group("m"))
        if 1 <= month <= 12:
            scan.fact(Kind.DATE, m.start(), m.end(), _PRIO_DATE, date=DateValue(year=int(m.group("y")), month=month))
    for m in scan.matches(_ISO_DATE):
        value = _dot_value(m)
        if value is not None:
            scan.fact(Kind.DATE, m.start(), m.end(), _PRIO_DATE, date=value)


def _dot_value(m: re.Match[str]) -> DateValue | None:
    month, day = int(m.group("m")), int(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return DateValue(year=int(m.group("y")) if m.group("y") else None, month=month, day=day, weekday=_weekday(m))


def _dot_marked(s: str, m: re.Match[str]) -> bool:
    """A month.day is a date when written with a year, a final dot, a weekday, or in parentheses."""
    if m.group("y") or m.group("dot") or _weekday(m) is not None:
        return True
    return s[m.start() - 1 : m.start()] == "(" and s[m.end() : m.end() + 1] == ")"


def _dot_range_end(scan: _Scan, pos: int, start: DateValue, start_marked: bool) -> Fact | None:
    """The end of '6.14(토)-6.18(수)' or of '6.14~18'."""
    s = scan.s
    m = _DOT_DATE.match(s, pos)
    if m is not None:
        value = _dot_value(m)
        if value is not None and (start_marked or _dot_marked(s, m) or not _UNIT.match(s, m.end())):
            return scan.sub(Kind.DATE, m.start(), m.end(), date=_inherit(value, start))
        return None
    d = _DAY_ONLY.match(s, pos)
    if d is None or start.day is None:
        return None
    day = int(d.group("d"))
    if not start.day < day <= 31 or _UNIT.match(s, d.end()) or s[d.end() : d.end() + 1] in ("월", "일", "."):
        return None
    value = DateValue(year=start.year, month=start.month, day=day, weekday=_weekday(d))
    return scan.sub(Kind.DATE, d.start(), d.end(), date=value)


def _periods(scan: _Scan) -> None:
    """상반기, 내년 상반기, 2024년 1분기, 1/4분기, 상·하반기."""
    if "반기" not in scan.s and "분기" not in scan.s:
        return
    for m in _PERIOD.finditer(scan.s):
        year, rel = _year(m), _relative(m)
        date = DateValue(year=year, relative_year=rel) if year is not None or rel is not None else None
        if m.group("q"):
            scan.fact(Kind.QUARTER, m.start(), m.end(), _PRIO_DATE, value=Decimal(m.group("q")), date=date)
        elif m.group("half"):
            scan.fact(Kind.HALF, m.start(), m.end(), _PRIO_DATE, value=Decimal(_HALVES[m.group("half")]), date=date)
        else:
            second = scan.sub(Kind.HALF, m.start("both"), m.end(), value=Decimal(2), date=date)
            scan.fact(Kind.HALF, m.start(), m.end(), _PRIO_DATE, value=Decimal(1), date=date, range_end=second)


def _weekdays(scan: _Scan) -> None:
    """수요일 on its own (a weekday after a date is part of that date)."""
    if "요일" not in scan.s:
        return
    for m in _WEEKDAY_WORD.finditer(scan.s):
        if not _hangul_before(scan.s, m.start()):
            scan.fact(Kind.DATE, m.start(), m.end(), date=DateValue(weekday=_WEEKDAYS.index(m.group()[0])))


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


def _times(scan: _Scan) -> None:
    """15:00, 오후 3시, 오전 10시 30분, 15:00~15:30, 오후 3시부터 5시까지."""
    s = scan.s
    for pos in scan.runs:
        pre = _PRE_AP.search(s, max(0, pos - 3), pos)
        ap = pre.group("ap") if pre is not None else None
        found = _time_at(s, pos, ap)
        if found is None:
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
        scan.fact(Kind.TIME, start, end, _PRIO_DATE, hour=hour, minute=minute, range_end=range_end)


def _native_time(scan: _Scan, m: re.Match[str], hour: int) -> bool:
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
    scan.fact(Kind.TIME, pre.start() if pre is not None else m.start(), t.end(), _PRIO_DATE, hour=hm[0], minute=hm[1])
    return True
