"""Korean fact extraction: values, precision, units, qualifiers, spans, dates and times.

Each table row is a short Korean text written for these tests and the one fact expected in it
(found by its exact excerpt), so a row fails if the value, the precision, the unit, the qualifier or
the span changes.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.parity.facts import DateValue, Fact, Kind, Qualifier
from drafter.parity.facts_ko import extract
from tests.parity.facts_helpers import check_number, fact_in

EXACT, ABOUT, OVER, UNDER = Qualifier.EXACT, Qualifier.ABOUT, Qualifier.OVER, Qualifier.UNDER


def fact_at(text: str, excerpt: str) -> Fact:
    return fact_in(extract, text, excerpt)


# --- amounts -----------------------------------------------------------------------------------------

AMOUNTS = [
    # text, excerpt, value, precision, currency, qualifier
    ("사업비 43억원 규모로 추진한다", "43억원", "4300000000", "1E+8", "KRW", EXACT),
    ("총 1조 2,000억 원을 투입한다", "1조 2,000억 원", "1200000000000", "1E+8", "KRW", EXACT),
    ("예산 4.3억 원이 들었다", "4.3억 원", "430000000", "1E+7", "KRW", EXACT),
    ("43억 원 규모", "43억 원", "4300000000", "1E+8", "KRW", EXACT),
    ("수출액 1,000만불 달성", "1,000만불", "10000000", "1E+4", "USD", EXACT),
    ("10만불 상당", "10만불", "100000", "1E+4", "USD", EXACT),
    ("5천만 달러를 지원", "5천만 달러", "50000000", "1E+7", "USD", EXACT),
    ("미화 10만 달러를 기부", "미화 10만 달러", "100000", "1E+4", "USD", EXACT),
    ("US$ 500를 냈다", "US$ 500", "500", "1", "USD", EXACT),
    ("입장료는 $20이다", "$20", "20", "1", "USD", EXACT),
    ("100만 USD 규모", "100만 USD", "1000000", "1E+4", "USD", EXACT),
    ("3,500유로를 받았다", "3,500유로", "3500", "1", "EUR", EXACT),
    ("22억€ 규모", "22억€", "2200000000", "1E+8", "EUR", EXACT),
    ("1만 엔을 냈다", "1만 엔", "10000", "1E+4", "JPY", EXACT),
    ("200만 위안 규모", "200만 위안", "2000000", "1E+4", "CNY", EXACT),
    ("90억 파운드 적자", "90억 파운드", "9000000000", "1E+8", "GBP", EXACT),
    ("100캐나다 달러", "100캐나다 달러", "100", "1", "CAD", EXACT),
    ("2천5백만 원을 모금", "2천5백만 원", "25000000", "1E+6", "KRW", EXACT),
    ("37만 5,000달러를 썼다", "37만 5,000달러", "375000", "1", "USD", EXACT),
    ("1,000만원을 지원", "1,000만원", "10000000", "1E+4", "KRW", EXACT),
    ("500원짜리 동전", "500원", "500", "1", "KRW", EXACT),
    ("약 43억원을 들여", "약 43억원", "4300000000", "1E+8", "KRW", ABOUT),
    ("43억원 가량이 든다", "43억원 가량", "4300000000", "1E+8", "KRW", ABOUT),
    ("10억원 이상 투자", "10억원 이상", "1000000000", "1E+8", "KRW", OVER),
    ("1억원을 넘는 금액", "1억원을 넘는", "100000000", "1E+8", "KRW", OVER),
    ("최대 5천만 원까지 지원", "최대 5천만 원까지", "50000000", "1E+7", "KRW", UNDER),
    ("최대 5천만 원을 지원", "최대 5천만 원", "50000000", "1E+7", "KRW", UNDER),
    ("1만원대 상품", "1만원대", "10000", "1E+4", "KRW", OVER),
    ("백만 달러의 상금", "백만 달러", "1000000", "1E+6", "USD", EXACT),
    ("천만원 상당", "천만원", "10000000", "1E+7", "KRW", EXACT),
    ("수십억 달러가 든다", "수십억 달러", "1000000000", "1E+9", "USD", OVER),
    ("１２억원", "１２억원", "1200000000", "1E+8", "KRW", EXACT),  # full-width digits
]


@pytest.mark.parametrize(("text", "excerpt", "value", "precision", "unit", "qualifier"), AMOUNTS)
def test_amounts(text: str, excerpt: str, value: str, precision: str, unit: str, qualifier: Qualifier) -> None:
    check_number(fact_at(text, excerpt), Kind.AMOUNT, value, precision, unit, qualifier)


# --- counts ------------------------------------------------------------------------------------------

COUNTS = [
    ("이라크 연수단 14명 방문", "14명", "14", "1", "명", EXACT),
    ("관람객 3만 5천 명이 찾았다", "3만 5천 명", "35000", "1E+3", "명", EXACT),
    ("민원 7백여 건을 처리", "7백여 건", "700", "1E+2", "건", OVER),
    ("인구 4백만명의 도시", "4백만명", "4000000", "1E+6", "명", EXACT),
    ("1억 4천 2백만 명의 팔로워", "1억 4천 2백만 명", "142000000", "1E+6", "명", EXACT),
    ("100여 명이 참석", "100여 명", "100", "1", "명", OVER),
    ("10여만 명이 모였다", "10여만 명", "100000", "1E+4", "명", OVER),
    ("20여 개국 대표", "20여 개국", "20", "1", "개국", OVER),
    ("3개국을 순방", "3개국", "3", "1", "개국", EXACT),
    ("5개사가 참여", "5개사", "5", "1", "개사", EXACT),
    ("전국 12개소에 설치", "12개소", "12", "1", "개소", EXACT),
    ("1,000가구에 공급", "1,000가구", "1000", "1", "가구", EXACT),
    ("주택 30채를 지었다", "30채", "30", "1", "채", EXACT),
    ("설명회를 3회 개최", "3회", "3", "1", "회", EXACT),
    ("차량 15대의 운행", "15대", "15", "1", "대", EXACT),
    ("쌀 2,500톤을 지원", "2,500톤", "2500", "1", "톤", EXACT),
    ("도로 120km 구간", "120km", "120", "1", "km", EXACT),
    ("면적 330㎡의 부지", "330㎡", "330", "1", "㎡", EXACT),
    ("발전소 100MW 규모", "100MW", "100", "1", "mw", EXACT),
    ("50종의 제품", "50종", "50", "1", "종", EXACT),
    ("300품목을 등록", "300품목", "300", "1", "품목", EXACT),
    ("200개 품목을 등록", "200개", "200", "1", "개", EXACT),
    ("1,000세대 입주", "1,000세대", "1000", "1", "세대", EXACT),
    ("48시간 동안 운영", "48시간", "48", "1", "시간", EXACT),
    ("3일간 열린다", "3일간", "3", "1", "일", EXACT),
    ("3일 동안 열린다", "3일", "3", "1", "일", EXACT),
    ("주 4일 근무", "4일", "4", "1", "일", EXACT),
    ("적어도 3일이 걸린다", "적어도 3일", "3", "1", "일", OVER),
    ("60일 대기", "60일", "60", "1", "일", EXACT),
    ("'나쁨' 일수는 14일로 5일 줄었다", "14일", "14", "1", "일", EXACT),
    ("'나쁨' 일수는 14일로 5일 줄었다", "5일", "5", "1", "일", EXACT),
    ("평년보다 5일 많은 16일이었다", "16일", "16", "1", "일", EXACT),
    ("10년 동안 근무", "10년", "10", "1", "년", EXACT),
    ("1000년 전의 유물", "1000년", "1000", "1", "년", EXACT),
    ("6개월간 시범 운영", "6개월간", "6", "1", "개월", EXACT),
    ("영하 10도의 추위", "영하 10도", "-10", "1", "도", EXACT),
    ("45세의 남성", "45세", "45", "1", "세", EXACT),
    ("시속 800kph로", "800kph", "800", "1", "kph", EXACT),
    ("100명 이상이 모였다", "100명 이상", "100", "1", "명", OVER),
    ("100명이 넘는 인원", "100명이 넘는", "100", "1", "명", OVER),
    ("100명 미만의 기업", "100명 미만", "100", "1", "명", UNDER),
    ("100명 이하로 제한", "100명 이하", "100", "1", "명", UNDER),
    ("100명 내외가 참석", "100명 내외", "100", "1", "명", ABOUT),
    ("100명 안팎이 참석", "100명 안팎", "100", "1", "명", ABOUT),
    ("약 100명이 참석", "약 100명", "100", "1", "명", ABOUT),
    ("최소 5명이 필요", "최소 5명", "5", "1", "명", OVER),
    ("1팀당 100명까지 신청", "100명까지", "100", "1", "명", UNDER),
    ("수백 명의 시민", "수백 명", "100", "1E+2", "명", OVER),
    ("수 천명의 사람들", "수 천명", "1000", "1E+3", "명", OVER),
    ("천 명의 관객", "천 명", "1000", "1E+3", "명", EXACT),
    ("향후 몇 십년 동안", "몇 십년", "10", "1E+1", "년", OVER),  # 몇 십 = 수십 (decades)
    ("2년동안 근무했다", "2년", "2", "1", "년", EXACT),  # 동안 written without the space
    ("89번째 분에 골을 넣었다", "89번째 분", "89", "1", "분", EXACT),  # the 89th minute, as 89분
]


@pytest.mark.parametrize(("text", "excerpt", "value", "precision", "unit", "qualifier"), COUNTS)
def test_counts(text: str, excerpt: str, value: str, precision: str, unit: str, qualifier: Qualifier) -> None:
    check_number(fact_at(text, excerpt), Kind.COUNT, value, precision, unit, qualifier)


NATIVE = [
    # native numerals before a counter
    ("세 명이 다쳤다", "세 명", Kind.COUNT, "3", "명", EXACT),
    ("세명이 다쳤다", "세명", Kind.COUNT, "3", "명", EXACT),
    ("열 곳에 설치", "열 곳", Kind.COUNT, "10", "곳", EXACT),
    ("스무 살 청년", "스무 살", Kind.COUNT, "20", "살", EXACT),
    ("스물두 살 선수", "스물두 살", Kind.COUNT, "22", "살", EXACT),
    ("돼지 열 다섯 마리", "열 다섯 마리", Kind.COUNT, "15", "마리", EXACT),
    ("세 차례 방문", "세 차례", Kind.COUNT, "3", "차례", EXACT),
    ("한 시간 동안", "한 시간", Kind.COUNT, "1", "시간", EXACT),
    ("두 배로 늘었다", "두 배", Kind.MULTIPLIER, "2", "", EXACT),
    ("두배로 늘었다", "두배", Kind.MULTIPLIER, "2", "", EXACT),
    ("두 배 이상 늘었다", "두 배 이상", Kind.MULTIPLIER, "2", "", OVER),
    ("세 번째 방문", "세 번째", Kind.ORDINAL, "3", "", EXACT),
    ("세번째 방문", "세번째", Kind.ORDINAL, "3", "", EXACT),
    ("아홉번 째 앨범", "아홉번 째", Kind.ORDINAL, "9", "", EXACT),
    ("첫 번째 회의", "첫 번째", Kind.ORDINAL, "1", "", EXACT),
    ("최소한 두 번째", "두 번째", Kind.ORDINAL, "2", "", EXACT),  # 최소한 does not qualify an ordinal
    ("두 경기에서 이겼다", "두 경기", Kind.COUNT, "2", "경기", EXACT),
    ("두 기관은 협약을 맺었다", "두", Kind.NUMBER, "2", "", EXACT),  # before a plain noun: the numeral alone
    ("세 아이의 엄마", "세", Kind.NUMBER, "3", "", EXACT),
    ("나흘 뒤 숨졌다", "나흘", Kind.COUNT, "4", "일", EXACT),
    ("이틀간 열린다", "이틀간", Kind.COUNT, "2", "일", EXACT),
    ("사흘째 이어졌다", "사흘째", Kind.ORDINAL, "3", "", EXACT),
    ("십 년간 일했다", "십 년간", Kind.COUNT, "10", "년", EXACT),  # Sino-Korean numerals in Hangul
    ("삼 개월 이상 걸렸다", "삼 개월 이상", Kind.COUNT, "3", "개월", OVER),
    ("투표까지 오 주 남았다", "오 주", Kind.COUNT, "5", "주", EXACT),
    ("지난 이 년동안 조언을 들었다", "이 년", Kind.COUNT, "2", "년", EXACT),  # 이 before 년 of a duration
    ("이 피트 넓이의 챙", "이 피트", Kind.COUNT, "2", "피트", EXACT),
    ("의원 둘이 맞붙는다", "둘", Kind.NUMBER, "2", "", EXACT),  # 둘, 셋, 넷 with a particle
    ("이 중 셋은 동의했다", "셋", Kind.NUMBER, "3", "", EXACT),
    ("둘째 날 회의", "둘째", Kind.ORDINAL, "2", "", EXACT),
]


@pytest.mark.parametrize(("text", "excerpt", "kind", "value", "unit", "qualifier"), NATIVE)
def test_native_numerals(text: str, excerpt: str, kind: Kind, value: str, unit: str, qualifier: Qualifier) -> None:
    check_number(fact_at(text, excerpt), kind, value, "1", unit, qualifier)


# --- percents, points, multipliers, bare numbers -------------------------------------------------------

OTHER_NUMBERS = [
    ("매출이 15% 늘었다", "15%", Kind.PERCENT, "15", "1", EXACT),
    ("매출이 15퍼센트 늘었다", "15퍼센트", Kind.PERCENT, "15", "1", EXACT),
    ("매출이 15 % 늘었다", "15 %", Kind.PERCENT, "15", "1", EXACT),
    ("4.8% 증가", "4.8%", Kind.PERCENT, "4.8", "0.1", EXACT),
    ("-0.5% 역성장", "-0.5%", Kind.PERCENT, "-0.5", "0.1", EXACT),
    ("１５％ 증가", "１５％", Kind.PERCENT, "15", "1", EXACT),
    ("50% 정도", "50% 정도", Kind.PERCENT, "50", "1", ABOUT),
    ("10% 미만", "10% 미만", Kind.PERCENT, "10", "1", UNDER),
    ("최대 30%를 할인", "최대 30%", Kind.PERCENT, "30", "1", UNDER),
    ("10퍼센트가 넘는", "10퍼센트가 넘는", Kind.PERCENT, "10", "1", OVER),
    ("금리가 3%p 올랐다", "3%p", Kind.POINT, "3", "1", EXACT),
    ("3%포인트 상승", "3%포인트", Kind.POINT, "3", "1", EXACT),
    ("3퍼센트포인트 상승", "3퍼센트포인트", Kind.POINT, "3", "1", EXACT),
    ("3 퍼센트 포인트 상승", "3 퍼센트 포인트", Kind.POINT, "3", "1", EXACT),
    ("0.25%p 인하", "0.25%p", Kind.POINT, "0.25", "0.01", EXACT),
    ("매출이 3배 늘었다", "3배", Kind.MULTIPLIER, "3", "1", EXACT),
    ("1.5배 증가", "1.5배", Kind.MULTIPLIER, "1.5", "0.1", EXACT),
    ("약 2배 규모", "약 2배", Kind.MULTIPLIER, "2", "1", ABOUT),
    ("2017 웨일스 정부법", "2017", Kind.NUMBER, "2017", "1", EXACT),
    ("Vision 2030 발표", "2030", Kind.NUMBER, "2030", "1", EXACT),  # a year after a Latin name stays
    ("규모 7.5의 지진", "7.5", Kind.NUMBER, "7.5", "0.1", EXACT),
    ("예산은 4.3억이다", "4.3억", Kind.NUMBER, "430000000", "1E+7", EXACT),
    ("조회 수 160만으로 늘었다", "160만", Kind.NUMBER, "1600000", "1E+4", EXACT),
    ("국회 3분의 2의 찬성", "3분의 2", Kind.NUMBER, "0.6667", "0.0001", EXACT),
    ("응답자의 절반이 찬성했다", "절반", Kind.NUMBER, "0.5", "0.0001", EXACT),  # half
    ("신규 주택의 절반 이상을 공급", "절반 이상", Kind.NUMBER, "0.5", "0.0001", OVER),
    ("처리 기간이 반으로 줄었다", "반", Kind.NUMBER, "0.5", "0.0001", EXACT),  # halved
    ("20대 남성", "20대", Kind.NUMBER, "20", "1", EXACT),  # in his twenties, not 20 vehicles
    ("버전 3.0 출시", "3.0", Kind.NUMBER, "3", "0.1", EXACT),
    ("Windows 3.1. 출시", "3.1", Kind.NUMBER, "3.1", "0.1", EXACT),  # a version, not March 1
    ("지수 12.275 기록", "12.275", Kind.NUMBER, "12.275", "0.001", EXACT),  # not the date 2.27
]


@pytest.mark.parametrize(("text", "excerpt", "kind", "value", "precision", "qualifier"), OTHER_NUMBERS)
def test_percents_points_multipliers_numbers(
    text: str, excerpt: str, kind: Kind, value: str, precision: str, qualifier: Qualifier
) -> None:
    check_number(fact_at(text, excerpt), kind, value, precision, "", qualifier)


# --- ordinals ----------------------------------------------------------------------------------------

ORDINALS = [
    ("제37대 조달청장", "제37대", "37"),
    ("제6차 회의", "제6차", "6"),
    ("6차 회의를 열었다", "6차", "6"),
    ("3회째 열리는 행사", "3회째", "3"),
    ("3번째 방문", "3번째", "3"),
    ("제1회 박람회", "제1회", "1"),
    ("제 25차 총회", "제 25차", "25"),
    ("제3조에 따라", "제3조", "3"),  # an article, not 3 trillion
    ("2차 세계대전", "2차", "2"),
    ("3차전에서 이겼다", "3차전", "3"),
    ("세계 1위를 차지", "1위", "1"),
    ("개교 70주년", "70주년", "70"),
    ("21세기 들어", "21세기", "21"),
    ("3년째 운영", "3년째", "3"),
    ("5세대 이동통신", "5세대", "5"),
    ("125번가에서", "125번가", "125"),
    ("2급 살인 혐의", "2급", "2"),
    ("17번 지구에 출마", "17번 지구", "17"),  # a numbered place; "3번 방문" is three visits
    ("18지구 특별 선거", "18지구", "18"),
    ("3번 출구로 나간다", "3번 출구", "3"),
    ("「국가계약법」 27조에 따라", "27조", "27"),  # an article after a law's name, not 27 trillion
    ("같은 법 27조의2에 따라", "27조", "27"),
    ("27조 1항에 따라", "27조 1항", "27"),
    ("제27조제1항에 따라", "제27조제1항", "27"),  # the paragraph stays inside the article
    ("제1종 시설물", "제1종", "1"),
    ("2단계 사업에 착수", "2단계", "2"),  # Phase 2
    ("3차년도 과제", "3차년도", "3"),
]


def test_an_ordinal_range_with_je() -> None:
    f = fact_at("제1종~제3종 시설물을 점검한다", "제1종~제3종")
    assert f.kind is Kind.ORDINAL and f.value == 1
    assert f.range_end is not None and f.range_end.value == 3 and f.range_end.text == "3종"


def test_trillion_won_written_together_and_the_unit_written_once() -> None:
    check_number(fact_at("반도체에 7조원을 투자한다", "7조원"), Kind.AMOUNT, "7000000000000", "1E+12", "KRW", EXACT)
    check_number(fact_at("예산이 27조 원이다", "27조 원"), Kind.AMOUNT, "27000000000000", "1E+12", "KRW", EXACT)
    text = "예산이 1,150 → 1,420억 원으로 늘었다"
    check_number(fact_at(text, "1,150"), Kind.AMOUNT, "115000000000", "1E+8", "KRW", EXACT)
    check_number(fact_at(text, "1,420억 원"), Kind.AMOUNT, "142000000000", "1E+8", "KRW", EXACT)
    check_number(fact_at("집행률은 30 → 45%로 높아졌다", "30"), Kind.PERCENT, "30", "1", "", EXACT)


@pytest.mark.parametrize(
    ("text", "excerpt", "value"),
    [("양국은 합의했다", "양국", 2), ("양측은", "양측", 2), ("쌍방이 합의", "쌍방", 2), ("양 기관은", "양 기관", 2),
     ("2인조 강도", "2인조", 2), ("3군 사관학교", "3군", 3)],
)  # fmt: skip
def test_numbers_a_word_implies(text: str, excerpt: str, value: int) -> None:
    f = fact_at(text, excerpt)
    assert f.kind is Kind.COUNT and f.value == value and f.implicit


def test_yang_is_a_number_only_in_those_words() -> None:
    assert [f.text for f in extract("양은 충분하다. 양식을 제출한다. 양도세를 낸다.")] == []


@pytest.mark.parametrize(("text", "excerpt", "value"), ORDINALS)
def test_ordinals(text: str, excerpt: str, value: str) -> None:
    check_number(fact_at(text, excerpt), Kind.ORDINAL, value, "1", "", EXACT)


# --- number ranges -----------------------------------------------------------------------------------

NUMBER_RANGES = [
    # text, excerpt, kind, low, high, upper excerpt, precision, unit
    ("3~5명이 참여", "3~5명", Kind.COUNT, "3", "5", "5명", "1", "명"),
    ("3-5명이 참여", "3-5명", Kind.COUNT, "3", "5", "5명", "1", "명"),
    ("10억~20억원 규모", "10억~20억원", Kind.AMOUNT, "1000000000", "2000000000", "20억원", "1E+8", "KRW"),
    ("30~40%가 찬성", "30~40%", Kind.PERCENT, "30", "40", "40%", "1", ""),
    ("3~5만 명이 방문", "3~5만 명", Kind.COUNT, "30000", "50000", "5만 명", "1E+4", "명"),  # 3만~5만
    ("30내지 43퍼센트", "30내지 43퍼센트", Kind.PERCENT, "30", "43", "43퍼센트", "1", ""),
]


@pytest.mark.parametrize(("text", "excerpt", "kind", "low", "high", "upper", "precision", "unit"), NUMBER_RANGES)
def test_number_ranges(
    text: str, excerpt: str, kind: Kind, low: str, high: str, upper: str, precision: str, unit: str
) -> None:
    f = fact_at(text, excerpt)
    check_number(f, kind, low, precision, unit, EXACT)
    assert f.range_end is not None
    assert f.range_end.text == upper and text[f.range_end.start : f.range_end.end] == upper
    check_number(f.range_end, kind, high, precision, unit, EXACT)


def test_native_pair_is_a_range() -> None:
    f = fact_at("두세 명이 남았다", "두세 명")
    check_number(f, Kind.COUNT, "2", "1", "명", EXACT)
    assert f.range_end is not None and f.range_end.value == 3


def test_score_is_not_a_range() -> None:
    facts = extract("홈팀이 5-3으로 이겼다")
    assert [(f.kind, f.text, f.range_end) for f in facts] == [(Kind.NUMBER, "5", None), (Kind.NUMBER, "3", None)]


def test_score_with_dae_is_not_vehicles() -> None:
    assert [(f.kind, f.text) for f in extract("2대 1로 승리했다")] == [(Kind.NUMBER, "2"), (Kind.NUMBER, "1")]


# --- dates -------------------------------------------------------------------------------------------

DATES = [
    ("2023년 11월 1일 개최", "2023년 11월 1일", DateValue(2023, 11, 1)),
    ("2023. 11. 1.(수) 조간", "2023. 11. 1.(수)", DateValue(2023, 11, 1, weekday=2)),
    ("2023.11.1. 배포", "2023.11.1.", DateValue(2023, 11, 1)),
    ("11.1. 개최", "11.1.", DateValue(None, 11, 1)),
    ("10.16. 발표", "10.16.", DateValue(None, 10, 16)),
    ("신청 마감(2.27)", "2.27", DateValue(None, 2, 27)),
    ("2.27(화)까지", "2.27(화)", DateValue(None, 2, 27, weekday=1)),
    ("3. 15.(금) 개최", "3. 15.(금)", DateValue(None, 3, 15, weekday=4)),
    ("11월 1일 개최", "11월 1일", DateValue(None, 11, 1)),
    ("11월 1일(수) 개최", "11월 1일(수)", DateValue(None, 11, 1, weekday=2)),
    ("11월 1일 수요일에", "11월 1일 수요일", DateValue(None, 11, 1, weekday=2)),
    ("연수단은 1일 방문했다", "1일", DateValue(None, None, 1)),
    ("2022년부터 현재까지", "2022년", DateValue(2022)),
    ("11월에 발표", "11월", DateValue(None, 11)),
    ("’23년 대비 증가", "’23년", DateValue(2023)),
    ("‘23년 대비 증가", "‘23년", DateValue(2023)),  # a left quote typed for the apostrophe
    ("’23 대비 증가", "’23", DateValue(2023)),
    ("’25.3.1.부터 시행", "’25.3.1.", DateValue(2025, 3, 1)),
    ("‘25. 3. 1.(토) 시행", "‘25. 3. 1.(토)", DateValue(2025, 3, 1, weekday=5)),
    ("수요일에 만났다", "수요일", DateValue(weekday=2)),
    ("일요일 투표", "일요일", DateValue(weekday=6)),
    ("2023-11-01 공고", "2023-11-01", DateValue(2023, 11, 1)),
    ("등록 2023/11/01 (수)", "2023/11/01 (수)", DateValue(2023, 11, 1, weekday=2)),
    ("2023. 11. 이후", "2023. 11.", DateValue(2023, 11)),
    ("'23년 실적", "'23년", DateValue(2023)),
    ("１２월 ３일", "１２월 ３일", DateValue(None, 12, 3)),
    ("1980년대에 지어진", "1980년대", DateValue(1980, decade=True)),
    ("90년대 음악", "90년대", DateValue(1990, decade=True)),
    ("2000대 초에 시도", "2000대", DateValue(2000, decade=True)),
    ("2011년 전쟁", "2011년", DateValue(2011)),  # 전쟁 is a word, not 전 (ago)
    ("2030 년까지", "2030 년", DateValue(2030)),
    ("작년 실적", "작년", DateValue(relative_year=-1)),
    ("지난해 실적", "지난해", DateValue(relative_year=-1)),
    ("전년 대비", "전년", DateValue(relative_year=-1)),
    ("올해 계획", "올해", DateValue(relative_year=0)),
    ("금년 예산", "금년", DateValue(relative_year=0)),
    ("내년 예산", "내년", DateValue(relative_year=1)),
    ("명년 계획", "명년", DateValue(relative_year=1)),
    ("이듬해 완공", "이듬해", DateValue(relative_year=1)),
    ("재작년 실적", "재작년", DateValue(relative_year=-2)),
    ("지난해 12월 착공", "지난해 12월", DateValue(None, 12, relative_year=-1)),
    ("올 3월 개통", "올 3월", DateValue(None, 3, relative_year=0)),
]


@pytest.mark.parametrize(("text", "excerpt", "date"), DATES)
def test_dates(text: str, excerpt: str, date: DateValue) -> None:
    f = fact_at(text, excerpt)
    assert f.kind is Kind.DATE
    assert f.date == date
    assert f.range_end is None


DATE_RANGES = [
    ("‘15~‘18 기간에", "‘15~‘18", DateValue(2015), "‘18", DateValue(2018)),
    ("’25.3.1. ∼ ’26.2.28.", "’25.3.1. ∼ ’26.2.28.", DateValue(2025, 3, 1), "’26.2.28.", DateValue(2026, 2, 28)),
    ("모집기간(3.2~6일) 동안", "3.2~6일", DateValue(None, 3, 2), "6일", DateValue(None, 3, 6)),
    (
        "6.14(토)-6.18(수) 개최",
        "6.14(토)-6.18(수)",
        DateValue(None, 6, 14, weekday=5),
        "6.18(수)",
        DateValue(None, 6, 18, weekday=2),
    ),
    (
        "2019년 12월부터 2021년 12월까지 구축",
        "2019년 12월부터 2021년 12월까지",
        DateValue(2019, 12),
        "2021년 12월",
        DateValue(2021, 12),
    ),
    ("6.14~18 개최", "6.14~18", DateValue(None, 6, 14), "18", DateValue(None, 6, 18)),
    ("6월 14일~18일 개최", "6월 14일~18일", DateValue(None, 6, 14), "18일", DateValue(None, 6, 18)),
    ("6월 14~18일 개최", "6월 14~18일", DateValue(None, 6, 14), "18일", DateValue(None, 6, 18)),
    ("11월 1일부터 3일까지", "11월 1일부터 3일까지", DateValue(None, 11, 1), "3일", DateValue(None, 11, 3)),
    ("2019~2021년 사업", "2019~2021년", DateValue(2019), "2021년", DateValue(2021)),
    ("1950~53년 전쟁", "1950~53년", DateValue(1950), "53년", DateValue(1953)),
    ("11.1.~11.3. 개최", "11.1.~11.3.", DateValue(None, 11, 1), "11.3.", DateValue(None, 11, 3)),
    ("1~2월 실적", "1~2월", DateValue(None, 1), "2월", DateValue(None, 2)),
]


@pytest.mark.parametrize(("text", "excerpt", "start", "upper", "end"), DATE_RANGES)
def test_date_ranges(text: str, excerpt: str, start: DateValue, upper: str, end: DateValue) -> None:
    f = fact_at(text, excerpt)
    assert f.kind is Kind.DATE and f.date == start
    assert f.range_end is not None and f.range_end.kind is Kind.DATE
    assert f.range_end.text == upper and text[f.range_end.start : f.range_end.end] == upper
    assert f.range_end.date == end


def test_change_from_one_year_to_another_is_not_a_range() -> None:
    facts = extract("2019년에서 2021년으로 바뀌었다")
    assert [(f.text, f.range_end) for f in facts] == [("2019년", None), ("2021년", None)]


def test_day_takes_month_from_earlier_in_paragraph() -> None:
    text = "설명회는 3월 5일 열리며 7일에는 견학이 이어진다."
    assert fact_at(text, "7일").date == DateValue(None, 3, 7)


def test_day_takes_month_from_end_of_a_range() -> None:
    text = "6월 28일~7월 2일 전시 후 5일 폐막"
    assert fact_at(text, "5일").date == DateValue(None, 7, 5)


def test_day_without_earlier_month_has_none() -> None:
    assert fact_at("5일 오후 발표했다", "5일").date == DateValue(None, None, 5)


def test_a_day_counted_only_by_its_cues_a_day_of_the_month_otherwise() -> None:
    assert fact_at("전년보다 9일 늘었고", "9일").kind is Kind.COUNT
    assert fact_at("재난 대비 15일부터 훈련한다", "15일").date == DateValue(None, None, 15)
    assert fact_at("지난 15일 많은 시민이 참석했다", "15일").date == DateValue(None, None, 15)


# --- quarters and halves ------------------------------------------------------------------------------

PERIODS = [
    ("내년 상반기 개통 예정", "내년 상반기", Kind.HALF, 1, DateValue(relative_year=1)),
    ("상반기 실적", "상반기", Kind.HALF, 1, None),
    ("하반기 계획", "하반기", Kind.HALF, 2, None),
    ("2023 하반기 전망", "2023 하반기", Kind.HALF, 2, DateValue(2023)),
    ("2024년 1분기 실적", "2024년 1분기", Kind.QUARTER, 1, DateValue(2024)),
    ("올해 3분기 매출", "올해 3분기", Kind.QUARTER, 3, DateValue(relative_year=0)),
    ("1/4분기 매출", "1/4분기", Kind.QUARTER, 1, None),
    ("제2사분기", "제2사분기", Kind.QUARTER, 2, None),
]


@pytest.mark.parametrize(("text", "excerpt", "kind", "n", "date"), PERIODS)
def test_quarters_and_halves(text: str, excerpt: str, kind: Kind, n: int, date: DateValue | None) -> None:
    f = fact_at(text, excerpt)
    assert f.kind is kind and f.value == n and f.date == date


def test_both_halves() -> None:
    f = fact_at("상·하반기 각 1회", "상·하반기")
    assert f.kind is Kind.HALF and f.value == 1
    assert f.range_end is not None and f.range_end.value == 2


# --- times -------------------------------------------------------------------------------------------

TIMES = [
    ("15:00 시작", "15:00", 15, 0),
    ("오후 3시 시작", "오후 3시", 15, 0),
    ("오전 10시 30분 개회", "오전 10시 30분", 10, 30),
    ("14시에 시작", "14시", 14, 0),
    ("오후 두 시에 만나", "오후 두 시", 14, 0),
    ("세 시 반에 만나", "세 시 반", 3, 30),
    ("밤 12시에 종료", "밤 12시", 0, 0),
    ("저녁 7시 공연", "저녁 7시", 19, 0),
    ("목요일오후 7시 30분경", "오후 7시 30분", 19, 30),
    ("토요일 오후 5.30이 좋다", "오후 5.30", 17, 30),  # a dot between hours and minutes after 오후
]


@pytest.mark.parametrize(("text", "excerpt", "hour", "minute"), TIMES)
def test_times(text: str, excerpt: str, hour: int, minute: int) -> None:
    f = fact_at(text, excerpt)
    assert (f.kind, f.hour, f.minute, f.range_end) == (Kind.TIME, hour, minute, None)


TIME_RANGES = [
    ("15:00~15:30 진행", "15:00~15:30", (15, 0), "15:30", (15, 30)),
    ("오후 3시부터 5시까지", "오후 3시부터 5시까지", (15, 0), "5시", (17, 0)),
    ("오전 9시~오후 6시 운영", "오전 9시~오후 6시", (9, 0), "오후 6시", (18, 0)),
]


@pytest.mark.parametrize(("text", "excerpt", "start", "upper", "end"), TIME_RANGES)
def test_time_ranges(text: str, excerpt: str, start: tuple[int, int], upper: str, end: tuple[int, int]) -> None:
    f = fact_at(text, excerpt)
    assert (f.kind, f.hour, f.minute) == (Kind.TIME, *start)
    assert f.range_end is not None and f.range_end.text == upper
    assert (f.range_end.hour, f.range_end.minute) == end


def test_hours_of_duration_are_not_a_time() -> None:
    f = fact_at("2시간 30분 소요", "2시간")
    assert f.kind is Kind.COUNT and f.unit == "시간"
    assert fact_at("2시간 30분 소요", "30분").unit == "분"


# --- what is not a fact ------------------------------------------------------------------------------

NOT_FACTS = [
    "문의: 국제협력담당관실 홍길동 사무관(042-724-7654)",
    "전화 02)123-4567",
    "전화 (02) 123-4567",
    "해외에서는 +82-42-724-7654",
    "콜센터 1588-1234",
    "휴대전화 010-1234-5678",
    "e-mail: press2023@korea.kr",
    "누리집 https://www.pps.go.kr/kor/index.do 참고",
    "pps2023.go.kr 참고",
    "KEPS-2 시스템",
    "G20 정상회의",
    "COVID-19 대응",
    "코로나19 확산",
    "3D 프린팅과 5G 통신",
    "(우)35208 대전광역시",
    "1. 사업 개요",
    "2) 추진 배경",
    "(3) 향후 계획",
    "① 신청 방법",
    "백인 신도",  # 백 + 인, not 100 persons
    "조건을 걸었다",  # 조 + 건, not 10^12 items
    "세대교체가 이뤄졌다",  # 세 + 대, not three vehicles
    "열대 지방",
    "한편, 정부는",
    "한 단계 높이고",
    "만약 그렇다면",
    "1인당 지원",  # "per person", not one person
    "007 시리즈",  # a leading zero: a code
    "1가구 1주택 원칙",  # a rule's name
    "10대들의 온라인 공간",  # teenagers
    "세 부담이 늘었다",  # 세 as tax
    "한 기관이 나섰다",  # 한 as "a"
    "이 주 안에 답한다",  # 이 주 = this week
    "이 배는 크다",  # this ship
    "둘 다 참석했다",  # "both": English does not count it
    "둘 수 있다",  # the verb 두다
    "둘도 없는 친구",  # "unique"
    "Bellator 206을 봤다",  # a number in a Latin name, as in English
    "Windows 10 사용자",
    "반도체 수출",  # 반 starts other words
    "반대 의견이 많았다",
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_not_facts(text: str) -> None:
    assert extract(text) == []


def test_list_marker_only_at_line_start() -> None:
    facts = extract("계획\n1. 사업 개요는 2. 참고")
    assert [f.text for f in facts] == ["2"]


def test_phone_inside_a_sentence_leaves_other_facts() -> None:
    facts = extract("14명 방문(문의 042-724-7654)")
    assert [(f.kind, f.text) for f in facts] == [(Kind.COUNT, "14명")]


# --- whole paragraphs --------------------------------------------------------------------------------

PARAGRAPH = (
    "조달청은 2024년 3월 5일(화) 정부대전청사에서 제2차 혁신조달 설명회를 열고, 중소기업 120여 곳과 "
    "함께 올해 1조 5,000억 원 규모의 구매 계획을 발표했다. 이는 전년보다 12.5% 늘어난 것으로, 상반기에만 "
    "전체의 60%를 집행한다. 설명회는 오후 2시부터 4시까지 열리며, 7일에는 현장 견학이 이어진다."
)


def test_paragraph_facts_in_order() -> None:
    facts = extract(PARAGRAPH)
    assert [(f.kind, f.text) for f in facts] == [
        (Kind.DATE, "2024년 3월 5일(화)"),
        (Kind.ORDINAL, "제2차"),
        (Kind.COUNT, "120여 곳"),
        (Kind.DATE, "올해"),
        (Kind.AMOUNT, "1조 5,000억 원"),
        (Kind.DATE, "전년"),
        (Kind.PERCENT, "12.5%"),
        (Kind.HALF, "상반기"),
        (Kind.PERCENT, "60%"),
        (Kind.TIME, "오후 2시부터 4시까지"),
        (Kind.DATE, "7일"),
    ]
    assert facts[0].date == DateValue(2024, 3, 5, weekday=1)
    assert facts[-1].date == DateValue(None, 3, 7)  # the month of 3월 5일
    amount = facts[4]
    assert (amount.value, amount.precision, amount.unit) == (Decimal("1.5E+12"), Decimal("1E+8"), "KRW")


def test_paragraph_with_line_breaks_keeps_spans() -> None:
    text = "□ 개요\n 1. 일시: 2026. 11. 24.(화) 10:00\n 2. 장소: 대회의실(3층)"
    facts = extract(text)
    assert [(f.kind, f.text) for f in facts] == [
        (Kind.DATE, "2026. 11. 24.(화)"),
        (Kind.TIME, "10:00"),
        (Kind.COUNT, "3층"),
    ]
    assert all(text[f.start : f.end] == f.text for f in facts)


def test_huge_number_does_not_break() -> None:
    f = fact_at("1111111111111111111111111111111111111111명", "1111111111111111111111111111111111111111명")
    assert f.kind is Kind.COUNT and f.value is not None and f.value > Decimal("1E+39")


def test_empty_and_plain_text() -> None:
    assert extract("") == []
    assert extract("숫자가 없는 문장입니다.") == []


# --- invariants on arbitrary text ----------------------------------------------------------------------

_PIECES = [
    "1",
    "2",
    "12",
    "2,000",
    "4.3",
    "15",
    "2023",
    " ",
    "년",
    "월",
    "일",
    "억",
    "만",
    "천",
    "조",
    "원",
    "명",
    "개",
    "12345678901234567890123456789",
    "%",
    "p",
    "~",
    "-",
    ".",
    "(",
    ")",
    "수",
    "여",
    "약",
    "이상",
    "제",
    "차",
    "대",
    "시",
    "분",
    ":",
    "오후",
    "세",
    "두",
    "배",
    "번째",
    "상반기",
    "분기",
    "작년",
    "\n",
    "A",
    "KEPS",
    "042",
    "가",
    "을",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_facts_are_sorted_non_overlapping_and_exact(text: str) -> None:
    facts = extract(text)
    for f in facts:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        if f.range_end is not None:
            assert text[f.range_end.start : f.range_end.end] == f.range_end.text
    for a, b in pairwise(facts):
        assert a.end <= b.start


def test_a_day_said_on_is_the_release_day_not_the_month_before():
    [month, said] = [f for f in extract("2026년 11월 수출이 증가했다고 1일 밝혔다.") if f.kind is Kind.DATE]
    assert month.date == DateValue(2026, 11) and said.date == DateValue(None, None, 1)
    [_month, day] = [f for f in extract("11월 행사는 1일 열린다.") if f.kind is Kind.DATE]
    assert day.date == DateValue(None, 11, 1)  # not said on that day: the month written before
