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
