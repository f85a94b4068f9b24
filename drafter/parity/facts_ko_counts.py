"""Korean counts and ordinals written in words: native numerals (세 명, 두 배, 세 번째), Sino-Korean
numerals in Hangul (십 년간), day words (나흘), 둘/셋 with a particle, and fractions (3분의 1)."""

from __future__ import annotations

import re
from decimal import Decimal

from drafter.parity.facts import FRACTION_PRECISION, Kind
from drafter.parity.facts_ko_amounts import (
    UNIT_TABLE,
    Measure,
    Reading,
    emit,
    read_pre_qualifier,
    read_suffix,
)
from drafter.parity.facts_ko_dates import native_time
from drafter.parity.facts_ko_scan import PARTICLE_HEAD, TAIL_OK, Scan, clean, hangul_before

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

# Counters that follow a native numeral (세 명, 두 배, 세 번째, 한 시간); "세 시" is a time.
_NATIVE_COUNTERS = {
    "번째": Measure(Kind.ORDINAL, ""),
    "배": Measure(Kind.MULTIPLIER, ""),
    **{
        c: Measure(Kind.COUNT, c)
        for c in "차례 가지 군데 마리 그루 켤레 시간 사람 가구 개국 주일 경기 게임 바퀴 "
        "명 개 곳 건 번 대 채 살 달 해 주 권 잔 병 장 벌 척 편 곡 분 팀 골 홀 점".split()
    },
}
_NATIVE_UNIT = re.compile(
    r"(?P<sp>\s?)(?P<u>번\s?째|" + "|".join(sorted(_NATIVE_COUNTERS, key=len, reverse=True)) + ")" + TAIL_OK
)
# 세대, 한편, 열대 are words: a one-syllable numeral is fused with its counter only for these.
_NATIVE_SAFE_NO_SPACE = frozenset({"명", "가지", "번째", "배", "차례", "군데", "개국", "마리", "개", "곳"})

_NATIVE_NUM = re.compile(rf"(?P<n>{_NATIVE_ALT}|첫)(?=\s?[가-힣])")
# A native numeral before a plain noun (두 기관, 세 아이의 엄마) is a bare number. 한 (a/one) and 열
# (heat) are left out, and 세 before the words it starts as "tax" (세 부담, 세 수입).
_NATIVE_BEFORE_NOUN = re.compile(r"\s(?=[가-힣])(?!부담|수입|금|율)")
_DAY_WORD = re.compile(rf"(?P<w>{'|'.join(_DAY_WORDS)})(?:(?P<ord>째)|간)?(?=[^가-힣]|$|[{PARTICLE_HEAD}]|동안)")
_SINO_NUM = re.compile(
    rf"(?P<n>{'|'.join(sorted(_SINO, key=len, reverse=True))})(?P<sp>\s?)"
    r"(?P<u>개월간|개월|년간|년|주일|주|개국|시간|퍼센트|피트|인치|마일|야드|미터|킬로미터|킬로그램)" + TAIL_OK
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

_FRACTION = re.compile(r"(?<![0-9.,])(?P<den>[0-9]+)\s?분의\s?(?P<num>[0-9]+(?:\.[0-9]+)?)(?![0-9])")
# 절반, 반토막, "반으로 줄었다" (halved); not 반대, 반도체, 3반 (a class).
_HALF = re.compile(r"(?<![가-힣])(?:절반|반토막|반(?=으로\s?(?:줄|감소|축소|떨어|낮)))")

# ---------------------------------------------------------------------------------------------------
# Native and Sino-Korean numerals
# ---------------------------------------------------------------------------------------------------


# Words that imply a number: 양국 (the two countries), 양측, 쌍방 (both sides), 양사, 양 기관, 양대 노총.
_IMPLICIT_TWO = re.compile(
    r"(?<![가-힣])(?:쌍방|양(?:국|측|사|대|\s(?:기관|정상|부처|도시|팀|당|단체|나라|회사|기업|지자체|대학|학교|국가|정부)))"
    rf"(?=[^가-힣]|$|[{PARTICLE_HEAD}]|간)"
)


def implicit_numbers(scan: Scan) -> None:
    """양국, 양측, 쌍방: two, implied rather than stated; matched when the other side counts them."""
    if "양" not in scan.s and "쌍방" not in scan.s:
        return
    for m in _IMPLICIT_TWO.finditer(scan.s):
        scan.fact(Kind.COUNT, m.start(), m.end(), value=Decimal(2), unit=m.group()[-1], implicit=True)


def natives(scan: Scan) -> None:
    """세 명, 두 배, 세 번째, 스무 살, 열 다섯 마리, 두세 차례 (two or three times), 첫 번째; 세 시 (a time)."""
    s = scan.s
    for m in _NATIVE_NUM.finditer(s):
        if hangul_before(s, m.start()):
            continue
        word = re.sub(r"\s", "", m.group("n"))
        if word in _NATIVE_HOURS and native_time(scan, m, _NATIVE_HOURS[word]):
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
        r = Reading(m.start(), u.end(), Decimal(low), Decimal(1), unit=_NATIVE_COUNTERS[counter])
        if high != low:
            r.upper = (m.start(), u.end(), Decimal(high), Decimal(1))
        read_pre_qualifier(s, r)
        read_suffix(s, r)
        emit(scan, r)


def _native_before_noun(scan: Scan, m: re.Match[str], word: str) -> None:
    """두 기관 (the two agencies): the numeral alone, as a bare number; not 한 or 열, too ambiguous."""
    if word in ("한", "열", "첫") or not _NATIVE_BEFORE_NOUN.match(scan.s, m.end()):
        return
    low, high = _NATIVE[word]
    upper = scan.sub(Kind.NUMBER, m.start(), m.end(), value=Decimal(high)) if high != low else None
    scan.fact(Kind.NUMBER, m.start(), m.end(), value=Decimal(low), range_end=upper)


def native_alone(scan: Scan) -> None:
    """의원 둘이 (two members), 이 중 둘은 (two of them): a bare number; 둘째 날: the second day."""
    s = scan.s
    if "둘" not in s and "셋" not in s and "넷" not in s:
        return
    for m in _NATIVE_ALONE.finditer(s):
        if hangul_before(s, m.start()):
            continue
        value = Decimal(_NATIVE_ALONE_VALUES[m.group("n")])
        end = m.end() if m.group("ord") else m.end("n")
        scan.fact(Kind.ORDINAL if m.group("ord") else Kind.NUMBER, m.start(), end, value=value)


def day_words(scan: Scan) -> None:
    """하루, 이틀, 나흘 뒤 (four days later): a count of days; 사흘째 is the third day."""
    s = scan.s
    for m in _DAY_WORD.finditer(s):
        if hangul_before(s, m.start()):
            continue
        value = Decimal(_DAY_WORDS[m.group("w")])
        if m.group("ord"):
            scan.fact(Kind.ORDINAL, m.start(), m.end(), value=value)
        else:
            scan.fact(Kind.COUNT, m.start(), m.end(), value=value, unit="일")


def sino_numbers(scan: Scan) -> None:
    """십 년간, 삼 개월 이상: Sino-Korean numerals in Hangul before a few counters."""
    s = scan.s
    for m in _SINO_NUM.finditer(s):
        word = m.group("n")
        counter = m.group("u")
        if hangul_before(s, m.start()) or (len(word) == 1 and not m.group("sp")):
            continue  # 이주 (migration), 사주 (fortune): not numbers
        if word == "이" and not (
            counter in _SINO_TWO_COUNTERS or (counter == "년" and _SINO_TWO_YEARS.match(s, m.end()))
        ):
            continue  # 이 주 (this week), not two weeks
        unit = UNIT_TABLE[counter]
        r = Reading(m.start(), m.end(), Decimal(_SINO[word]), Decimal(1), unit=unit, counter=counter)
        read_pre_qualifier(s, r)
        read_suffix(s, r)
        emit(scan, r)


def fractions(scan: Scan) -> None:
    """3분의 1 (one third): a NUMBER, rounded to 4 decimal places; 절반 (half, "절반 이상": more than half)
    one too, implied rather than counted: a translation may leave it unsaid ("costs fell sharply")."""
    if "분의" in scan.s:
        for m in scan.matches(_FRACTION):
            den = Decimal(m.group("den"))
            if den != 0:
                value = (Decimal(m.group("num")) / den).quantize(FRACTION_PRECISION)
                scan.fact(Kind.NUMBER, m.start(), m.end(), value=clean(value), precision=FRACTION_PRECISION)
    if "반" in scan.s:
        for m in _HALF.finditer(scan.s):
            r = Reading(m.start(), m.end(), Decimal("0.5"), FRACTION_PRECISION)
            read_pre_qualifier(scan.s, r)
            read_suffix(scan.s, r)
            scan.fact(
                Kind.NUMBER, r.start, r.end, value=r.value, precision=r.precision, qualifier=r.qualifier, implicit=True
            )
