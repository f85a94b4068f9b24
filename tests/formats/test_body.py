from __future__ import annotations

from drafter.formats.body import format_body, parse_body
from drafter.model import Note, Paragraph


def test_format_then_parse_gives_the_paragraphs_and_their_places():
    paragraphs = [
        Paragraph("첫 단락이다.", [Note("주석", "*"), Note("참고", "※")]),
        Paragraph("둘째 단락.", bullet="□"),
    ]
    text = format_body(paragraphs)
    body = parse_body(text)
    assert body.paragraphs == paragraphs and body.loose == []
    first, second = body.places
    assert text[first.to_source(0) :].startswith("첫 단락이다.")
    assert text[first.notes[0] :].startswith("주석") and text[first.notes[1] :].startswith("참고")
    assert text[second.to_source(0) :].startswith("둘째 단락.")  # after the bullet
    assert text[second.to_source(3) :].startswith("단락")


def test_places_inside_a_hard_wrapped_paragraph():
    text = "  The Public Procurement Service said on Monday that it had signed a\n    memorandum with Vietnam."
    body = parse_body(text)
    [p] = body.paragraphs
    offset = p.text.index("memorandum")
    assert text[body.places[0].to_source(offset) :].startswith("memorandum")
    assert text[body.places[0].to_source(4) :].startswith("Public")


def test_loose_notes_before_and_after_the_paragraphs():
    body = parse_body("* 앞의 주석\n\n단락이다.\n\n* 중간 주석\n\n다음 단락.\n\n※ 끝의 주석")
    assert [n.text for n in body.loose] == ["앞의 주석", "끝의 주석"]
    assert [[n.text for n in p.notes] for p in body.paragraphs] == [["중간 주석"], []]


def test_a_sketch_places_the_paragraphs_as_the_full_reading_does():
    # what the window reads on every keystroke: the same places and lengths, NFD text and wrapped lines too
    text = (
        "* 앞의 주석\n\n□ 첫 항목이다\n○ 둘째 항목이 마흔 자를 넘도록 길게 이어지는 한 줄로서 마침표 없이 끝나며\n"
        "다음 줄로 이어진다.\n * 주석\n\n" + "\u1100\u1161\u11a8 NFD로 쓴 단락" + "\n\n11. 1.(수) 날짜로 시작\n\n※ 끝"
    )
    full, sketch = parse_body(text), parse_body(text, sketch=True)
    assert [p.segments for p in sketch.places] == [p.segments for p in full.places]
    assert [p.notes for p in sketch.places] == [p.notes for p in full.places]
    assert [len(p.text) for p in sketch.paragraphs] == [len(p.text) for p in full.paragraphs]
    assert sketch.loose_at == full.loose_at
    assert len(full.paragraphs) == 4 and full.paragraphs[2].text == "각 NFD로 쓴 단락"  # shorter than typed


def test_notes_written_without_a_star():
    # an indented line under its paragraph, and the labels releases put instead of a star
    text = (
        " o 지난해 봄철에는 산림 1,860ha가 피해를 입었다.\n      최근 10년 평균은 2017~2026년 평균\n\n"
        "□ 진화헬기 207대가 대기한다.\n  주: 207대 중 산림청 보유 50대\n  자료: 산림청 산불통계\n\n"
        "Patrol drones will double.\n  Note: 320 last year\n  Source: KFS"
    )
    body = parse_body(text)
    assert [[(n.marker, n.text) for n in p.notes] for p in body.paragraphs] == [
        [("", "최근 10년 평균은 2017~2026년 평균")],
        [("주:", "207대 중 산림청 보유 50대"), ("자료:", "산림청 산불통계")],
        [("Note:", "320 last year"), ("Source:", "KFS")],
    ]
    assert text[body.places[0].notes[0] :].startswith("최근 10년")
    again = parse_body(format_body(body.paragraphs))  # written back as they were: indented, or with their label
    assert again.paragraphs == body.paragraphs


def test_a_line_not_indented_further_is_no_note():
    body = parse_body(" 첫 단락이다.\n 같은 깊이의 다음 단락이다.\n\n□ 항목이다.\n○ 다음 항목")
    assert [p.text for p in body.paragraphs] == ["첫 단락이다.", "같은 깊이의 다음 단락이다.", "항목이다.", "다음 항목"]
    assert all(not p.notes for p in body.paragraphs)
    wrapped = parse_body("□ 산림청은 봄철 산불조심기간 동안 감시인력을 전국 산림에 배치하고\n  드론을 운영한다.")
    [paragraph] = wrapped.paragraphs  # a line that has not ended its sentence goes on under it
    assert paragraph.text.endswith("배치하고 드론을 운영한다.") and not paragraph.notes


def test_o_bullets_and_section_headings_in_roman_numerals():
    # a heading keeps its number in its text, which every document prints as written
    body = parse_body("Ⅰ. 추진 배경\n\n o 지역별로는 수도권이 많다.\n\nII. Key Measures\n\nI said so.")
    assert [(p.bullet, p.level, p.text) for p in body.paragraphs] == [
        ("", 0, "Ⅰ. 추진 배경"),
        ("o", 2, "지역별로는 수도권이 많다."),
        ("", 0, "II. Key Measures"),
        ("", 0, "I said so."),
    ]
    assert parse_body(format_body(body.paragraphs)).paragraphs == body.paragraphs
