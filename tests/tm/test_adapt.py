"""Adaptation: the stored English with the new Korean's figures, in the stored English's style."""

from __future__ import annotations

import pytest

from drafter.tm.adapt import adapt, flagged

CASES = [
    (
        "수출액은 43억원으로 전년 대비 15% 늘었다.",
        "Exports rose 15 percent from a year earlier to KRW 4.3 billion.",
        "수출액은 51억원으로 전년 대비 18% 늘었다.",
        "Exports rose 18 percent from a year earlier to KRW 5.1 billion.",
    ),
    (
        "수출액은 43억원으로 전년 대비 15% 늘었다.",
        "Exports rose 15% from a year earlier to 4.3 billion won.",
        "수출액은 9억 5천만원으로 전년 대비 18% 늘었다.",
        "Exports rose 18% from a year earlier to 950 million won.",
    ),
    (
        "3분기 계약액은 1조 2,000억원이다.",
        "Contracts in the third quarter totaled KRW 1.2 trillion.",
        "4분기 계약액은 9,800억원이다.",
        "Contracts in the fourth quarter totaled KRW 980 billion.",
    ),
    (
        "이번 설명회에는 14개 기업이 참가했다.",
        "Fourteen companies took part in the briefing.",
        "이번 설명회에는 21개 기업이 참가했다.",
        "Twenty-one companies took part in the briefing.",
    ),
    (
        "조달청은 2023년 11월 1일(수) 설명회를 연다.",
        "PPS will hold a briefing on Wednesday, November 1, 2023.",
        "조달청은 2023년 12월 5일(화) 설명회를 연다.",
        "PPS will hold a briefing on Tuesday, December 5, 2023.",
    ),
    (
        "조달청은 11. 1.(수) 설명회를 연다.",
        "PPS will hold a briefing on Wed., Nov. 1.",
        "조달청은 12. 6.(수) 설명회를 연다.",
        "PPS will hold a briefing on Wed., Dec. 6.",
    ),
    (
        "신청은 3월 4일(화)부터 3월 14일(금)까지 받는다.",
        "Applications are accepted from Tuesday, March 4 to Friday, March 14.",
        "신청은 5월 7일(수)부터 5월 16일(금)까지 받는다.",
        "Applications are accepted from Wednesday, May 7 to Friday, May 16.",
    ),
    ("제37대 청장으로 취임했다.", "He took office as the 37th Administrator.", "제38대 청장으로 취임했다.",
     "He took office as the 38th Administrator."),
    ("문의: 042-724-7654", "Contact: +82-42-724-7654", "문의: 042-724-7111", "Contact: +82-42-724-7111"),
    ("점유율은 3.2%p 올랐다.", "The share rose 3.2 percentage points.", "점유율은 1.5%p 올랐다.",
     "The share rose 1.5 percentage points."),
    ("입찰 공고는 3,412건이다.", "There were 3,412 tenders.", "입찰 공고는 12,005건이다.",
     "There were 12,005 tenders."),
    ("혁신제품 수출 45억원 달성", "Innovative Product Exports Reach KRW 4.5 Billion", "혁신제품 수출 43억원 달성",
     "Innovative Product Exports Reach KRW 4.3 Billion"),  # a headline's case stays
    ("혁신제품 수출 45억원 달성", "INNOVATIVE PRODUCT EXPORTS REACH KRW 4.5 BILLION", "혁신제품 수출 9억 5천만원 달성",
     "INNOVATIVE PRODUCT EXPORTS REACH KRW 950 MILLION"),
]  # fmt: skip


@pytest.mark.parametrize(("old_ko", "old_en", "new_ko", "expected"), CASES)
def test_changed_figures_are_written_in_the_stored_style(old_ko, old_en, new_ko, expected):
    adapted = adapt(old_ko, old_en, new_ko)
    assert adapted is not None
    assert adapted.text == expected
    assert flagged(new_ko, adapted.text) == []
    for start, end in adapted.changed:  # the changed words are marked, and only they
        assert adapted.text[start:end] not in old_en or adapted.text[start:end] in expected


def test_changed_spans_cover_the_new_words():
    adapted = adapt(*CASES[0][:3])
    assert adapted is not None
    assert [adapted.text[s:e] for s, e in adapted.changed] == ["18 percent", "KRW 5.1 billion"]


def test_the_same_korean_gives_the_stored_english_unchanged():
    adapted = adapt("가", "A", "가")
    assert adapted is not None and adapted.text == "A" and adapted.changed == ()


@pytest.mark.parametrize(
    ("old_ko", "old_en", "new_ko"),
    [
        # more than facts differ: 늘었다 → 줄었다
        ("수출액은 15% 늘었다.", "Exports rose 15 percent.", "수출액은 15% 줄었다."),
        # the English does not state the fact that changed: nothing to rewrite
        ("수출액은 43억원이다.", "Exports were large.", "수출액은 51억원이다."),
        # singular and plural: "1 company" cannot simply become "2 company"
        ("1개 기업이 참가했다.", "1 company took part.", "2개 기업이 참가했다."),
        # a qualifier appears: 약 changes what the sentence says
        ("43억원을 수출했다.", "It exported KRW 4.3 billion.", "약 43억원을 수출했다."),
    ],
)
def test_no_adaptation_when_it_cannot_be_done_safely(old_ko, old_en, new_ko):
    assert adapt(old_ko, old_en, new_ko) is None


def test_an_adaptation_the_checker_would_flag_is_not_offered(monkeypatch):
    import drafter.tm.adapt as module

    monkeypatch.setattr(module, "flagged", lambda ko, en: ["a finding"])
    module._adapt.cache_clear()
    try:
        assert module.adapt(*CASES[0][:3]) is None
    finally:
        module._adapt.cache_clear()


@pytest.mark.parametrize(
    ("old_ko", "old_en", "new_ko", "expected"),
    [
        (  # the full name with its acronym, a particle that changes form (은 → 는), and figures
            "조달청은 11월 1일 설명회를 열고 14개 기업과 협약을 맺었다.",
            "The Public Procurement Service (PPS) held a briefing on November 1 and signed agreements with 14 "
            "companies.",
            "국방부는 12월 3일 설명회를 열고 20개 기업과 협약을 맺었다.",
            "The Ministry of National Defense (MND) held a briefing on December 3 and signed agreements with 20 "
            "companies.",
        ),
        (  # the acronym alone stays an acronym
            "조달청은 설명회를 열었다.",
            "PPS held a briefing.",
            "국방부는 설명회를 열었다.",
            "MND held a briefing.",
        ),
    ],
)
def test_glossary_names_are_replaced_by_the_new_names_in_the_same_form(old_ko, old_en, new_ko, expected):
    adapted = adapt(old_ko, old_en, new_ko)
    assert adapted is not None and adapted.text == expected
    assert "National Defense" in expected or "MND" in [adapted.text[s:e] for s, e in adapted.changed]


def test_a_name_that_is_not_in_the_glossary_is_no_adaptation():
    assert adapt("조달청은 설명회를 열었다.", "PPS held a briefing.", "새로운기관은 설명회를 열었다.") is None
