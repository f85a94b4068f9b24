from __future__ import annotations

from pathlib import Path

from drafter.formats.plaintext import read_text_file
from drafter.parity.align import Pair, align, anchors
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
