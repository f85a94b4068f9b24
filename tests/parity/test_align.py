from __future__ import annotations

from pathlib import Path

from drafter.formats.body import parse_body
from drafter.formats.plaintext import read_text_file
from drafter.model import Paragraph
from drafter.parity.align import Pair, align, align_body, anchors
from tests.conftest import SAMPLES


def bodies(path: Path) -> tuple[list[str], list[str]]:
    r = read_text_file(path).release
    return [p.text for p in r.ko.body], [p.text for p in r.en.body]


def test_reference_aligns_one_to_one(reference_path: Path):
    ko, en = bodies(reference_path)
    assert align(ko, en) == [Pair((i,), (i,)) for i in range(6)]


def test_a_missing_english_paragraph_is_found_at_its_place(reference_path: Path):
    ko, en = bodies(reference_path)
    pairs = align(ko, en[:1] + en[2:])  # the paragraph with 2019, 2021, KOICA, KEPS is gone
    assert Pair((1,), ()) in pairs
    assert [p for p in pairs if not (len(p.ko) == len(p.en) == 1)] == [Pair((1,), ())]


def test_an_extra_english_paragraph_is_found():
    ko = ["조달청은 2025년 KOICA와 협약을 맺었다.", "행사는 PPS 본부에서 열렸다."]
    en = [
        "In 2025, PPS signed an agreement with KOICA.",
        "Some 300 guests attended in 2024 and 2025.",
        "The event was held at PPS headquarters.",
    ]
    assert align(ko, en) == [Pair((0,), (0,)), Pair((), (1,)), Pair((1,), (2,))]


def test_two_korean_paragraphs_joined_in_english():
    ko = [
        "조달청은 2025년 KOICA와 협약을 맺었다.",
        "연수단 14명이 방문했다.",
        "이어서 15개 기관이 참여했다.",
        "행사는 PPS 본부에서 열렸다.",
    ]
    en = [
        "In 2025, PPS signed an agreement with KOICA.",
        "A delegation of 14 visited, and 15 agencies then took part.",
        "The event was held at PPS headquarters.",
    ]
    assert align(ko, en) == [Pair((0,), (0,)), Pair((1, 2), (1,)), Pair((3,), (2,))]


def test_one_side_empty():
    assert align(["가", "나"], []) == [Pair((0,), ()), Pair((1,), ())]
    assert align([], ["a"]) == [Pair((), (0,))]
    assert align([], []) == []


def test_anchors_are_figures_and_latin_names():
    assert anchors("2019년 12월부터 43억원 규모의 KEPS 구축, 1,200명") == {"2019", "12", "43", "KEPS", "1200"}
    assert {"KONEPS", "Daejeon", "2023"} <= anchors("visited Daejeon on November 1, 2023, looking into KONEPS")


def test_facts_anchor_pairs_however_the_numbers_are_written():
    """The sample's second English paragraph (10.4 billion won, 15 percent) removed: 104억원 and 15% tell
    the remaining paragraphs apart, where digit strings alone ("104" against "10.4") could not."""
    ko, en = bodies(SAMPLES / "pps-innovation-2026-11-24.txt")
    expected = [Pair((0,), (0,)), Pair((1,), ()), *(Pair((i,), (i - 1,)) for i in range(2, len(ko)))]
    assert align(ko, en[:1] + en[2:]) == expected


def test_glossary_names_are_anchors_on_both_sides():
    from drafter.parity.align import _all_anchors

    assert "~조달청" in _all_anchors("조달청은 회의를 열었다.", "ko")
    assert "~조달청" in _all_anchors("The Public Procurement Service met.", "en")
    assert "~조달청" in _all_anchors("PPS met.", "en")
    assert "=4300000000" in _all_anchors("43억원 규모", "ko") & _all_anchors("KRW 4.3 billion", "en")


def test_peoples_names_anchor_pairs_in_their_romanisation(reference_path: Path):
    """Quotes carry no number: 김윤상 조달청장 and "Mr. Kim Yoonsang" tell their paragraphs apart."""
    ko, en = bodies(reference_path)
    for gone in (2, 4, 5):
        expected = [Pair((i,), (i if i < gone else i - 1,)) if i != gone else Pair((i,), ()) for i in range(len(ko))]
        assert align(ko, en[:gone] + en[gone + 1 :]) == expected, gone


def paragraphs(text: str) -> list[Paragraph]:
    return parse_body(text).paragraphs


KO_BODY = (
    "◇ 주요 내용\n ○ 산불 312건, 피해면적 1,860ha\n ○ 감시인력 1만 2천 명 배치\n\n"
    "Ⅰ. 추진 배경\n\n□ 산림청은 봄철 산불조심기간을 3월 1일부터 운영한다.\n\n"
    "Ⅱ. 주요 대책\n\n□ 감시인력 1만 2천 명을 전국에 배치한다.\n\n□ 진화헬기 207대가 대기한다."
)
EN_PROSE = (
    "The KFS will run the spring wildfire caution period from March 1.\n\n"
    "A total of 12,000 watch personnel will be deployed nationwide.\n\n207 firefighting helicopters will stand by."
)


def test_a_summary_box_and_headings_that_only_one_side_has_stand_aside():
    pairs = align_body(paragraphs(KO_BODY), paragraphs(EN_PROSE))
    assert [p for p in pairs if not p.optional] == [Pair((4,), (0,)), Pair((6,), (1,)), Pair((7,), (2,))]
    assert [p.ko for p in pairs if p.optional] == [(0,), (1,), (2,), (3,), (5,)]  # box, its items, headings


def test_a_summary_box_and_headings_on_both_sides_are_aligned():
    en = (
        "Key points\n- 312 wildfires, 1,860 ha burned\n- 12,000 watch personnel deployed\n\nI. Background\n\n"
        + EN_PROSE.replace("\n\nA total", "\n\nII. Key Measures\n\nA total")
    )
    pairs = align_body(paragraphs(KO_BODY), paragraphs(en))
    assert pairs == [Pair((i,), (i,)) for i in range(8)]


def test_a_statement_left_out_is_still_missing_beside_headings_set_aside():
    en = paragraphs(EN_PROSE)
    pairs = align_body(paragraphs(KO_BODY), en[:1] + en[2:])
    assert [p for p in pairs if not p.en and not p.optional] == [Pair((6,), ())]


def test_a_short_line_left_alone_is_optional_but_a_statement_is_not():
    ko = paragraphs("추진 배경\n\n산림청은 산불조심기간을 운영한다.\n\n향후 계획\n\n감시인력을 배치한다.")
    en = paragraphs("The KFS will run the caution period.\n\nWatch personnel will be deployed.")
    pairs = align_body(ko, en)
    assert [p.ko for p in pairs if p.optional] == [(0,), (2,)]
    assert [p for p in pairs if not p.optional] == [Pair((1,), (0,)), Pair((3,), (1,))]


def test_a_box_title_on_one_side_only_is_not_merged_into_an_item():
    ko = paragraphs(
        "◆ 연평균기온은 14.2℃로 가장 높았음\n◆ 연 강수량은 1,420.6mm\n\n□ 기상청은 7일 기후 특성을 발표했다."
    )
    en = paragraphs(
        "Highlights\n- The annual mean temperature was 14.2°C, the highest\n- Annual precipitation was 1,420.6 mm\n\n"
        "The KMA released its climate characteristics on January 7."
    )
    pairs = align_body(ko, en)
    assert [p for p in pairs if not p.optional] == [Pair((0,), (1,)), Pair((1,), (2,)), Pair((2,), (3,))]
    assert [p.en for p in pairs if p.optional] == [(0,)]


def test_headings_by_their_numbers_and_shape():
    from drafter.parity.structure import HEADING, LABEL, kinds

    found = kinds(
        paragraphs(
            "Ⅰ. 추진 배경\n\nII. Key Measures\n\n1. 추진 배경\n\nBackground\n\nI said so.\n\n1. 감시인력을 배치한다."
        )
    )
    assert found == [HEADING, HEADING, HEADING, LABEL, "", ""]
