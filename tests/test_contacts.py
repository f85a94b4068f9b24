"""Contact lines as agencies write them, read into department, role, rank, name, phone and e-mail."""

from __future__ import annotations

import pytest

from drafter.contacts import Department, Person, departments, line_of
from drafter.labels import strip_attachment_label, strip_label

KOREAN = [
    # 조달청 (the reference release)
    (
        "* 문의: 국제협력담당관실 염동현 사무관(042-724-7654)",
        [Department("국제협력담당관실", [Person("염동현", "사무관", "042-724-7654", "", "staff")])],
    ),
    # 외교부: the phone after ☎, a space before the bracket
    (
        "문 의 : 동북아국 정병원 심의관 (☎:2100-7334)",
        [Department("동북아국", [Person("정병원", "심의관", "2100-7334", "", "staff")])],
    ),
    # the head and the officer of one department, the rank before the name, roles given
    (
        "담당 부서: 혁신조달기획과 / 책임자: 과장 이정민 (042-724-7300) / 담당자: 사무관 박서연 (042-724-7311)",
        [
            Department(
                "혁신조달기획과",
                [
                    Person("이정민", "과장", "042-724-7300", "", "head"),
                    Person("박서연", "사무관", "042-724-7311", "", "staff"),
                ],
            )
        ],
    ),
    # 국토교통부: the ministry before the division; of two people the first is 책임자
    (
        "국토교통부 주택정책과 김철수 과장(044-201-3321), 이영희 사무관(044-201-3325)",
        [
            Department(
                "국토교통부 주택정책과",
                [
                    Person("김철수", "과장", "044-201-3321", "", "head"),
                    Person("이영희", "사무관", "044-201-3325", "", "staff"),
                ],
            )
        ],
    ),
    # 보건복지부: no brackets, rank first
    (
        "보건복지부 보험정책과 사무관 홍길동 044-202-2704",
        [Department("보건복지부 보험정책과", [Person("홍길동", "사무관", "044-202-2704", "", "staff")])],
    ),
    # 중소벤처기업부: an e-mail beside the phone; a name ending as units do (…원)
    (
        "중소벤처기업부 홍보담당관실 박지원 주무관(044-204-7654, jw.park@korea.kr)",
        [
            Department(
                "중소벤처기업부 홍보담당관실", [Person("박지원", "주무관", "044-204-7654", "jw.park@korea.kr", "staff")]
            )
        ],
    ),
    # the rank written against the name
    (
        "대변인실 김민지사무관(044-215-1234)",
        [Department("대변인실", [Person("김민지", "사무관", "044-215-1234", "", "staff")])],
    ),
]

ENGLISH = [
    (
        "Contact: International Cooperation Division, Yeom Dong-hyun, Deputy Director (+82-42-724-7654)",
        [
            Department(
                "International Cooperation Division",
                [Person("Yeom Dong-hyun", "Deputy Director", "+82-42-724-7654", "", "staff")],
            )
        ],
    ),
    (
        "Park Seo-yeon, Deputy Director, Innovation Procurement Planning Division (+82-42-724-7311)",
        [
            Department(
                "Innovation Procurement Planning Division",
                [Person("Park Seo-yeon", "Deputy Director", "+82-42-724-7311", "", "staff")],
            )
        ],
    ),
    (
        "Media contact: Kim Min-ji, Press Officer, Spokesperson's Office (+82-44-215-1234, minji.kim@korea.kr)",
        [
            Department(
                "Spokesperson's Office",
                [Person("Kim Min-ji", "Press Officer", "+82-44-215-1234", "minji.kim@korea.kr", "staff")],
            )
        ],
    ),
]


@pytest.mark.parametrize(("line", "expected"), KOREAN, ids=[d[0].name for _l, d in KOREAN])
def test_korean_contact_lines_of_several_agencies(line: str, expected: list[Department]):
    assert departments(line, "ko") == expected


@pytest.mark.parametrize(("line", "expected"), ENGLISH, ids=[d[0].name for _l, d in ENGLISH])
def test_english_contact_lines(line: str, expected: list[Department]):
    assert departments(line, "en") == expected


def test_two_departments_on_two_lines_and_each_written_back_as_a_line():
    text = (
        "국제협력담당관실 염동현 사무관(042-724-7654)\n"
        "혁신조달기획과 이정민 과장(042-724-7300), 박서연 사무관(042-724-7311)"
    )
    found = departments(text, "ko")
    assert [d.name for d in found] == ["국제협력담당관실", "혁신조달기획과"]
    assert [line_of(d, "ko") for d in found] == text.split("\n")
    english = "International Cooperation Division, Yeom Dong-hyun, Deputy Director (+82-42-724-7654)"
    assert line_of(departments(english, "en")[0], "en") == english


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("* 문의: 홍보담당관실 김민지 사무관(044-215-1234)", "홍보담당관실 김민지 사무관(044-215-1234)"),
        ("문 의 : 동북아국", "동북아국"),
        ("※ 문의처: 대변인실", "대변인실"),
        ("Contact: Press Office", "Press Office"),
        ("For further information, please contact: Press Office", "Press Office"),
        ("문의사항은 대변인실로", "문의사항은 대변인실로"),  # a sentence, not a label
        ("Contacts of the Ministry", "Contacts of the Ministry"),
    ],
)
def test_a_label_typed_before_the_contact_is_taken_off_once(typed: str, kept: str):
    assert strip_label(typed) == kept
    assert strip_label(strip_label(typed)) == kept


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("붙임 1. 계약 현황", "계약 현황"),
        ("붙임: 사진 1부", "사진 1부"),
        ("Attachment 2. Contracts", "Contracts"),
        ("사진", "사진"),
    ],
)
def test_an_attachments_label_typed_before_it_is_taken_off(typed: str, kept: str):
    assert strip_attachment_label(typed) == kept


def test_the_english_contact_suggested_by_the_korean_one():
    from drafter.parity.names import english_suggestion

    assert english_suggestion("혁신조달기획과 이정민 과장(042-724-7300), 박서연 사무관(042-724-7311)") == (
        "Lee Jeong-min, Director (+82-42-724-7300), Park Seo-yeon, Deputy Director (+82-42-724-7311)"
    )
    # The ministry stands in for a unit the glossary does not know; nothing Korean is suggested.
    assert english_suggestion("조달청 대변인실 김민지 주무관(042-724-7000, minji@korea.kr)") == (
        "Public Procurement Service, Kim Min-ji, Officer (+82-42-724-7000, minji@korea.kr)"
    )
    assert english_suggestion("") == ""
