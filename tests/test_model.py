from __future__ import annotations

import unicodedata

from drafter.model import Details, Meta, Note, Paragraph, Release, Version


def test_text_is_nfc_whatever_form_it_came_in():
    decomposed = unicodedata.normalize("NFD", "조달청")
    assert decomposed != "조달청"
    p = Paragraph(text=decomposed, notes=[Note(text=decomposed)])
    v = Version(title=decomposed, subtitle=[decomposed], body=[p], contact=decomposed)
    assert v.title == v.subtitle[0] == p.text == p.notes[0].text == v.contact == "조달청"
    assert Details(organisation=decomposed, attachments=[decomposed]).attachments == ["조달청"]
    assert Meta(style=decomposed).style == "조달청"


def test_levels_follow_the_symbol_unless_given():
    assert [Paragraph("x", bullet=b).level for b in ("", "□", "ㅇ", "○", "-", "1.", "•")] == [0, 1, 2, 2, 3, 1, 2]
    assert Paragraph("x", level=2).bullet == "ㅇ"  # a level without its symbol gets the standard one
    assert Paragraph("x", bullet="□", level=0).bullet == ""  # a plain paragraph has none


def test_what_is_set_later_is_normalised_as_what_is_constructed():
    """The readers add to a version field by field: a label typed there is taken off, the text is NFC."""
    version = Version()
    version.contact = "* 문의: 혁신조달기획과 박서연 사무관(042-724-7311)\n\n  Contact: PPS  "
    assert version.contact == "혁신조달기획과 박서연 사무관(042-724-7311)\nPPS"  # its lines, none blank
    version.title = unicodedata.normalize("NFD", "조달청")
    assert version.title == "조달청"
    version.details.attachments += ["붙임 1. 계약 현황", " "]
    assert version.details.attachments == ["계약 현황"]


def test_a_paragraph_never_keeps_a_level_and_another_levels_symbol():
    assert Paragraph("x", bullet="□", level=2).bullet == "ㅇ"
    paragraph = Paragraph("x", bullet="□")
    paragraph.level = 2
    assert (paragraph.level, paragraph.bullet) == (2, "ㅇ")
    paragraph.bullet = "○"  # the level's symbol as written stays
    assert (paragraph.level, paragraph.bullet) == (2, "○")
    paragraph.bullet = "-"  # a symbol sets its level
    assert paragraph.level == 3
    paragraph.level = 0
    assert paragraph.bullet == ""
    paragraph.bullet = "1."  # a number makes an item of a plain paragraph
    assert (paragraph.level, paragraph.bullet) == (1, "1.")


def test_the_symbol_printed_comes_from_the_level_the_language_and_the_house_style():
    item = Paragraph("x", bullet="ㅇ")
    assert item.symbol("ko", {2: "○"}) == "○" and item.symbol("ko", {}) == "ㅇ"
    assert item.symbol("en", {2: "○"}) == "•"
    assert Paragraph("x", bullet="□").symbol("en", {}) == ""  # a □ item is a plain paragraph in English
    assert Paragraph("x", bullet="1.").symbol("ko", {1: "□"}) == "1."  # numbers as written


def test_control_characters_are_dropped_tab_and_line_feed_kept():
    assert Paragraph("가\x00나\x1b[31m다\t라\n마\x9b").text == "가나[31m다\t라\n마"


def test_empty_version_and_lookup_by_language():
    release = Release()
    assert release.ko.is_empty() and release.en.is_empty()
    release.en.contact = "Contact: x"
    assert not release.version("en").is_empty()
    assert release.version("ko") is release.ko
