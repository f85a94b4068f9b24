"""How facts are compared: precision, qualifiers, kinds, dates, and what a finding says."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

from drafter.formats.plaintext import read_text_file
from drafter.model import Meta, Paragraph, Release, Version
from drafter.parity import check
from drafter.parity.compare import describe, equal
from drafter.parity.facts import DateValue, Fact, Kind, Qualifier


def num(kind: Kind, value: str, precision: str = "1", unit: str = "", q: Qualifier = Qualifier.EXACT) -> Fact:
    return Fact(kind, 0, 1, "x", value=D(value), precision=D(precision), unit=unit, qualifier=q)


def day(
    y: int | None = None, m: int | None = None, d: int | None = None, wd: int | None = None, rel: int | None = None
) -> Fact:
    return Fact(Kind.DATE, 0, 1, "x", date=DateValue(y, m, d, wd, rel))


def test_equal_to_the_finer_precision():
    eok43 = num(Kind.AMOUNT, "4300000000", "1E+8", "KRW")
    assert equal(eok43, num(Kind.AMOUNT, "4.3E+9", "1E+8", "KRW"))
    assert not equal(num(Kind.AMOUNT, "4350000000", "1E+7", "KRW"), num(Kind.AMOUNT, "4.3E+9", "1E+8", "KRW"))
    assert not equal(eok43, num(Kind.AMOUNT, "430000000", "1E+7", "KRW"))


def test_qualifiers_widen():
    about = num(Kind.AMOUNT, "4300000000", "1E+8", "KRW", Qualifier.ABOUT)
    assert equal(about, num(Kind.AMOUNT, "4350000000", "1E+7", "KRW"))
    assert not equal(about, num(Kind.AMOUNT, "5000000000", "1E+8", "KRW"))
    over = num(Kind.COUNT, "700", "100", "건", Qualifier.OVER)
    assert equal(over, num(Kind.COUNT, "700", "100", "cases", Qualifier.OVER))
    assert equal(over, num(Kind.COUNT, "750", "10"))
    assert not equal(over, num(Kind.COUNT, "650", "10"))
    under = num(Kind.COUNT, "50", "10", q=Qualifier.UNDER)
    assert equal(under, num(Kind.NUMBER, "45")) and not equal(under, num(Kind.NUMBER, "55"))


def test_kinds_and_currencies():
    assert equal(num(Kind.COUNT, "14", unit="명"), num(Kind.NUMBER, "14"))
    assert not equal(num(Kind.PERCENT, "3"), num(Kind.POINT, "3"))
    assert not equal(num(Kind.AMOUNT, "100000", unit="USD"), num(Kind.AMOUNT, "100000", unit="KRW"))
    assert equal(num(Kind.AMOUNT, "100000", unit="USD"), num(Kind.NUMBER, "100000"))
    assert not equal(num(Kind.MULTIPLIER, "2"), num(Kind.COUNT, "2"))
    assert equal(num(Kind.NUMBER, "2026"), day(2026)) and not equal(num(Kind.NUMBER, "2026"), day(2025))


def test_dates_agree_on_the_parts_both_write():
    assert equal(day(2022), day(2022, 3, 3))
    assert equal(day(2019, 12), day(2019))
    assert not equal(day(2019, 12), day(2020))
    assert not equal(day(None, 9, 4), day(None, 9, 14))
    assert equal(day(rel=1), day(rel=1)) and not equal(day(rel=1), day(rel=0))
    assert not equal(day(2022), day(2022, 3, 3), strict=True)


def release(ko: str, en: str, when: date | None = date(2026, 11, 24)) -> Release:
    return Release(
        meta=Meta(release_date=when),
        ko=Version(title="제목", body=[Paragraph(ko)]),
        en=Version(title="Title", body=[Paragraph(en)]),
    )


def test_a_difference_shows_both_normalised_values_and_spans():
    [f] = check(release("사업비는 43억원이다.", "The budget is 430 million won."))
    assert f.rule == "fact-differs" and f.severity.value == "error"
    assert f.message.en == "43억원 = 4,300,000,000 KRW ≠ 430 million won = 430,000,000 KRW"
    assert (f.ko.start, f.ko.end, f.ko.excerpt) == (5, 9, "43억원")
    assert f.en.excerpt == "430 million won"


def test_a_figure_moved_to_the_next_paragraph_is_no_difference():
    r = Release(
        ko=Version(title="제목", body=[Paragraph("연수단이 방문했다. 14명이다."), Paragraph("교육을 받았다.")]),
        en=Version(title="Title", body=[Paragraph("A delegation visited."), Paragraph("All 14 were trained.")]),
    )
    assert [f.rule for f in check(r) if f.rule.startswith("fact")] == []


def test_relative_years_resolve_against_the_release_date():
    assert check(release("내년 상반기에 개통한다.", "It opens in the first half of 2027.")) == []
    assert [f.rule for f in check(release("내년 상반기에 개통한다.", "It opens in the first half of 2026."))] == [
        "fact-differs"
    ]


def test_a_right_weekday_is_no_finding():
    assert check(release("행사는 2026. 5. 20.(수)에 열린다.", "The event is on Wednesday, May 20, 2026.")) == []


def test_a_wrong_weekday_is_reported_even_when_both_sides_agree():
    [f] = check(release("행사는 2026. 5. 21.(수)에 열린다.", "The event is on Wednesday, May 21, 2026."))
    assert f.rule == "weekday" and f.ko is not None and f.en is not None
    assert f.message.en == "2026-05-21 is a Thursday, not a Wednesday." and "수요일" in f.message.ko


def test_a_missing_fact_points_at_the_counterpart_paragraph():
    [f] = check(release("연수단 14명이 3일간 방문했다.", "A delegation of 14 visited."))
    assert f.rule == "fact-missing" and f.ko.excerpt.startswith("3일")
    assert f.en.excerpt == "A delegation of 14 visited."


def test_reference_release_has_no_false_alarm(reference_path: Path):
    findings = check(read_text_file(reference_path).release, plain_words=None)
    assert [f.rule for f in findings] == ["empty-field"]  # the English has no contact line, and nothing else


def test_describe():
    assert describe(num(Kind.PERCENT, "15"), "ko").endswith("= 15%")
    assert describe(day(2023, 11, 1), "en") == "x = 2023-11-01"


def test_a_year_is_not_its_decade():
    assert not equal(day(1980), Fact(Kind.DATE, 0, 1, "x", date=DateValue(1980, decade=True)))
    [f] = check(release("1980년에 시작됐다.", "It began in the 1980s."))
    assert f.rule == "fact-differs" and "1980s" in f.message.en
    assert check(release("1980년대에 시작됐다.", "It began in the 1980s.")) == []


def titled(ko_title: str, en_title: str, ko: list[str], en: list[str]) -> Release:
    return Release(
        meta=Meta(release_date=date(2026, 11, 24)),
        ko=Version(title=ko_title, body=[Paragraph(t) for t in ko]),
        en=Version(title=en_title, body=[Paragraph(t) for t in en]),
    )


def facts_found(r: Release) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (f.field, f.rule, f.ko.excerpt if f.ko else None, f.en.excerpt if f.en else None)
        for f in check(r)
        if f.rule.startswith("fact")
    ]


def test_a_headline_may_round_to_the_precision_it_writes_the_body_may_not():
    ko = ["정부는 반도체에 12조3,456억원을 투입한다."]
    en = ["The government will invest KRW 12.3456 trillion in chips."]
    assert facts_found(titled("반도체에 12조3,456억원 투입", "KRW 12.35 trillion for chips", ko, en)) == []
    rounded = ["The government will invest KRW 12.35 trillion in chips."]
    assert facts_found(titled("반도체에 12조3,456억원 투입", "KRW 12.35 trillion for chips", ko, rounded)) == [
        ("body", "fact-differs", "12조3,456억원", "KRW 12.35 trillion")
    ]
    assert facts_found(titled("12조3,456억원 투입", "KRW 12.4 trillion", ko, en)) == [
        ("title", "fact-differs", "12조3,456억원", "KRW 12.4 trillion")  # 12.3456 rounds to 12.3
    ]


def test_a_day_in_one_paragraph_is_the_release_date_in_another():
    r = titled("보도자료", "Press release", ["조달청은 24일 계획을 발표했다.", "설명회는 대전에서 열린다."],
               ["PPS announced the plan.", "On November 24, 2026, a briefing was held in Daejeon."])  # fmt: skip
    assert facts_found(r) == []


def test_one_leftover_on_each_side_is_one_difference_naming_both():
    r = titled("1조 2,500억원 사업 착수", "KRW 1.25 trillion project", ["정부는 1조 2,500억원을 투입한다."],
               ["The government will invest 1.25 billion won."])  # fmt: skip
    [(field, rule, ko, en)] = facts_found(r)
    assert (field, rule, ko, en) == ("body", "fact-differs", "1조 2,500억원", "1.25 billion won")
    [f] = [f for f in check(r) if f.rule == "fact-differs"]
    assert f.ko.exact and f.en.exact


def test_a_missing_fact_is_exact_on_its_side_only():
    [f] = check(release("연수단 14명이 3일간 방문했다.", "A delegation of 14 visited."))
    assert f.ko.exact and not f.en.exact


def test_digits_of_a_name_on_the_other_side_are_no_missing_number():
    r = release("노드 스트림 2 사업은 경제 사업이다.", "The Nord Stream 2 project is an economic one.")
    assert facts_found(r) == []


def test_a_plain_two_in_words_is_not_missed_but_still_compared():
    assert facts_found(release("두 사람의 사업은 성장했다.", "The pair's business grew.")) == []
    [(_field, rule, _ko, _en)] = facts_found(release("두 사람이 방문했다.", "Three people visited."))
    assert rule == "fact-differs"


def test_dates_must_share_a_written_part_and_a_day_may_answer_a_weekday():
    assert not equal(day(None, None, 1), day(2026, 10))  # "1일" says nothing about "October 2026"
    assert equal(day(None, None, 3), day(wd=3))  # "3일" and "on Thursday": the day of the event
    assert not equal(day(2025), day(None, 12, 1))


def test_the_previous_year_as_a_whole_does_not_take_a_month_of_it():
    ko = "2026년 11월 수출이 전년 동월 대비 7.4% 증가했다고 1일 밝혔다."
    en = "It said on December 1 that exports in November 2025 rose 7.4 percent from a year earlier."
    r = titled("수출 동향", "Exports", [ko], [en])
    r.meta.release_date = date(2026, 12, 1)
    assert facts_found(r) == [("body", "fact-differs", "2026년 11월", "November 2025")]


def test_a_fact_matched_in_its_own_paragraph_is_not_a_moved_one():
    ko = ["11월 수출은 늘었다.", "반도체 수출은 2026년 11월 최대였고, 10월에 이어 두 달 연속 늘었다."]
    en = ["November exports rose.", "Chip exports hit a record in October 2026, rising after October for two months."]
    assert [(rule, k, e) for _f, rule, k, e in facts_found(titled("수출", "Exports", ko, en))] == [
        ("fact-differs", "2026년 11월", "October 2026")
    ]


def test_a_range_written_with_the_day_unit_once_is_one_fact():
    [f] = check(release("신청은 모집기간(3.2~6일) 동안 받는다.", "Applications are taken in the period (March 2-9)."))
    assert (f.rule, f.ko.excerpt, f.en.excerpt) == ("fact-differs", "6일", "9")


def test_a_range_of_months_is_a_period_on_both_sides():
    for ko, en in [
        ("1-12월 누계 수출은 62억 달러다.", "Exports for January-December totaled USD 6.2 billion."),
        ("’26.1~12월 수출은 62억 달러다.", "Exports in January–December 2026 totaled USD 6.2 billion."),
        ("지난해 봄철(2~5월) 산불은 312건이다.", "Last spring (February to May), there were 312 wildfires."),
    ]:
        assert facts_found(release(ko, en)) == []
    # compared bound by bound: the end that differs
    assert facts_found(release("1-12월 누계 수출", "exports for January-November")) == [
        ("body", "fact-differs", "12월", "November")
    ]


def test_a_conversion_is_compared_when_given_and_not_missed_when_left_out():
    ko, en = "수출액은 1억 달러(약 1,300억원)로 늘었다.", "Exports rose to USD 100 million."
    assert facts_found(release(ko, en)) == []  # the English leaves the conversion out
    converted = "Exports rose to USD 100 million (about KRW 130 billion)."
    assert facts_found(release("수출액은 1억 달러로 늘었다.", converted)) == []  # the English adds one
    assert facts_found(release(ko, converted)) == []
    assert facts_found(release(ko, "Exports rose to USD 100 million (about KRW 150 billion).")) == [
        ("body", "fact-differs", "약 1,300억원", "about KRW 150 billion")
    ]
    # a figure in brackets that is no "about" conversion states its own value: "31억€($36bn)"
    assert facts_found(release("수출액은 1억 달러(1,300억원)로 늘었다.", en)) != []


def test_a_multiple_against_a_fraction_of_change_is_one_difference_naming_both():
    """ "doubled" and "halved" state how many times the whole a thing became: compared with each other,
    though a half alone is never missed (a share a translation may leave unsaid)."""
    assert facts_found(release("드론 감시를 2배로 확대한다.", "Drone patrols will be doubled.")) == []
    assert facts_found(release("드론 감시를 2배로 확대한다.", "Drone patrols will be halved.")) == [
        ("body", "fact-differs", "2배", "halved")
    ]
    assert facts_found(release("처리 기간이 절반으로 줄었다.", "The processing time has tripled.")) == [
        ("body", "fact-differs", "절반", "tripled")
    ]


def test_a_season_is_compared_where_both_name_one_and_never_missed():
    ko = "여름철(6~8월) 폭염일수는 24.2일이었다."
    assert facts_found(release(ko, "There were 24.2 heat wave days in summer (June to August).")) == []
    assert facts_found(release(ko, "There were 24.2 heat wave days (June to August).")) == []
    assert facts_found(release(ko, "There were 24.2 heat wave days in autumn (June to August).")) == [
        ("body", "fact-differs", "여름철", "autumn")
    ]


def test_a_relative_year_is_compared_where_both_versions_write_one_though_the_other_is_stated_elsewhere():
    """ "this year" for 내년 is a slip even when the English title says "this year" for the Korean 올해."""
    ko = ["올해 벼 재배면적을 2만 ha 줄인다.", "목표에 미달한 지방자치단체는 내년 배정 물량을 최대 10% 줄인다."]
    en = [
        "The area under rice will be cut by 20,000 ha.",
        "Those that fall short will see their allocations cut by up to 10 percent this year.",
    ]
    assert facts_found(titled("올해 쌀 대책", "This year's rice plan", ko, en)) == [
        ("body", "fact-differs", "내년", "this year")
    ]
    en[1] = en[1].replace("this year", "next year")
    assert facts_found(titled("올해 쌀 대책", "This year's rice plan", ko, en)) == []
