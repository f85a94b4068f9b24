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


def test_control_characters_are_dropped_tab_and_line_feed_kept():
    assert Paragraph("가\x00나\x1b[31m다\t라\n마\x9b").text == "가나[31m다\t라\n마"


def test_empty_version_and_lookup_by_language():
    release = Release()
    assert release.ko.is_empty() and release.en.is_empty()
    release.en.contact = "Contact: x"
    assert not release.version("en").is_empty()
    assert release.version("ko") is release.ko
