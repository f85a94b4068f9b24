from __future__ import annotations

import unicodedata

from drafter.model import Meta, Note, Paragraph, Release, Version


def test_text_is_nfc_whatever_form_it_came_in():
    decomposed = unicodedata.normalize("NFD", "조달청")
    assert decomposed != "조달청"
    p = Paragraph(text=decomposed, notes=[Note(text=decomposed)])
    v = Version(title=decomposed, subtitle=[decomposed], body=[p], contact=decomposed)
    assert v.title == v.subtitle[0] == p.text == p.notes[0].text == v.contact == "조달청"
    assert Meta(department=decomposed, attachments=[decomposed]).attachments == ["조달청"]


def test_empty_version_and_lookup_by_language():
    release = Release()
    assert release.ko.is_empty() and release.en.is_empty()
    release.en.contact = "Contact: x"
    assert not release.version("en").is_empty()
    assert release.version("ko") is release.ko
