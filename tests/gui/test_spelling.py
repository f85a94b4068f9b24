"""Spelling in the window: squiggles off the typing path, suggestions and Add to dictionary in the
context menu, glossary terms and names left alone, and a missing dictionary said once."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from drafter import spelling
from drafter.gui.editors import FieldEdit
from drafter.gui.main_window import MainWindow
from tests.gui.conftest import commit, press
from tests.test_spelling import needs_dictionaries


def squiggled(editor: FieldEdit) -> list[str]:
    """The words of the editor underlined as misspelt, as drawn."""
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine:
                found.append(block.text()[r.start : r.start + r.length])
        block = block.next()
    return found


@needs_dictionaries
def test_misspelt_korean_and_english_words_are_underlined_not_terms_or_names(qtbot, window: MainWindow):
    ko, en = window.ko.editors["body"], window.en.editors["body"]
    commit(ko, "곽빈섭 조달청장은 대전에서 공공조딜 제도를 설명했다. 한국산업기술기획평가원도 참석했다.")
    qtbot.keyClicks(en, "Administrator Kim Yoonsang explained Procurment in Daejeon.")
    qtbot.waitUntil(lambda: squiggled(ko) == ["공공조딜"], timeout=5000)
    qtbot.waitUntil(lambda: squiggled(en) == ["Procurment"], timeout=5000)
    edits = window.edits
    window.spelling.recheck()
    assert window.edits == edits  # redrawing the squiggles is no edit


@needs_dictionaries
def test_the_context_menu_offers_suggestions_and_add_to_dictionary(qtbot, window: MainWindow):
    en = window.en.editors["body"]
    qtbot.keyClicks(en, "The Procurment office")
    qtbot.waitUntil(lambda: squiggled(en) == ["Procurment"], timeout=5000)
    shown: list[list[str]] = []
    choice: list[str] = []

    def right_click() -> None:
        """Open the context menu on "Procurment"; the user picks the action named `choice[0]` (with the
        text `choice[1]`), or closes the menu when there is none."""
        QTimer.singleShot(100, pick)
        at = en.cursorRect(_cursor_at(en, 6)).center()
        en.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, en.viewport().mapToGlobal(at)))

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        shown.append([a.text() for a in menu.actions()])
        name, *text = choice or [""]
        found = [a for a in menu.actions() if a.objectName() == name and (not text or a.text() == text[0])]
        menu.close()
        if found:
            found[0].trigger()

    choice[:] = ["suggestion", "Procurement"]
    right_click()
    assert "Procurement" in shown[0] and 'Add "Procurment" to dictionary' in shown[0]
    assert any(a.replace("&", "").startswith("Copy") for a in shown[0])  # the editor's own actions stay
    assert en.toPlainText() == "The Procurement office"
    en.undo()
    assert en.toPlainText() == "The Procurment office"  # the correction is one undo step
    qtbot.waitUntil(lambda: squiggled(en) == ["Procurment"], timeout=5000)
    choice[:] = ["add_to_dictionary"]
    right_click()
    assert squiggled(en) == []
    assert "Procurment" in window.spelling.speller.personal_file.read_text(encoding="utf-8")
    shown.clear()
    choice.clear()
    right_click()
    assert not any("dictionary" in a for a in shown[0])  # a correct word: the editor's menu only


def _cursor_at(editor: FieldEdit, position: int) -> QTextCursor:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return cursor


def test_without_a_korean_dictionary_the_status_bar_says_so_once(qtbot, make_window, monkeypatch):
    monkeypatch.setitem(spelling.LANGUAGES, "ko", ("zz_ZZ",))
    w = make_window()
    commit(w.ko.editors["body"], "공공조딜 제도")
    qtbot.waitUntil(lambda: "Spell check" in w.statusBar().currentMessage(), timeout=5000)
    message = w.statusBar().currentMessage()
    assert "Korean" in message and ("hunspell-ko" in message or "Enchant" in message)
    assert squiggled(w.ko.editors["body"]) == []
    w.statusBar().clearMessage()
    commit(w.ko.editors["title"], "다른 낱말")
    qtbot.wait(300)
    assert w.statusBar().currentMessage() == ""  # once
    qtbot.keyClicks(w.en.editors["title"], "Visit")
    assert w.en.editors["title"].toPlainText() == "Visit"  # everything else works


def test_a_word_list_that_cannot_be_read_is_said_once_and_never_written(qtbot, make_window):
    from drafter.paths import data_folder

    folder = data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    content = b"\x00\x01binary words\n"
    (folder / "words.txt").write_bytes(content)
    w = make_window()
    commit(w.en.editors["body"], "Procurment office")
    qtbot.waitUntil(lambda: "word list" in w.statusBar().currentMessage(), timeout=10000)
    assert "words.txt" in w.statusBar().currentMessage()
    w.spelling.add_word("Procurment")
    assert "word list" in w.statusBar().currentMessage()
    assert (folder / "words.txt").read_bytes() == content
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith((".words", "words"))) == ["words.txt"]


def _walked(qtbot, window: MainWindow, key: str, times: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Where F8 (or Shift+F8) goes, `times` over: ("finding", rule) or ("spelling", the word selected)."""
    seen = []
    for _ in range(times):
        press(qtbot, window, key)
        if window.proofing.walked is not None and window.proofing.walked.finding is not None:
            assert window.findings_panel.current_finding() == window.proofing.walked.finding
            seen.append(("finding", window.proofing.walked.finding.rule))
        else:
            seen.append(("spelling", QApplication.focusWidget().textCursor().selectedText()))
    return seen


@needs_dictionaries
def test_f8_walks_findings_and_misspelt_words_in_the_order_of_the_text(qtbot, window: MainWindow):
    ko, en = window.ko.editors["body"], window.en.editors["body"]
    commit(ko, "이라크 연수단 14명이 공공조딜 제도를 배웠다.")
    qtbot.keyClicks(en, "A delegation of 15 Iraqi officials learned about Procurment rules.")
    window.checker.run_now()
    qtbot.waitUntil(lambda: window._context_edits == window.edits, timeout=5000)  # the findings of this text
    assert [f.rule for f in window.findings_panel.visible_findings()] == ["fact-differs"]
    # The check gives the spelling the glossary's terms, and its words are looked up again once they are in.
    window.spelling._pool.submit(lambda: None).result()
    qtbot.wait(50)
    qtbot.waitUntil(lambda: squiggled(ko) == ["공공조딜"] and squiggled(en) == ["Procurment"], timeout=5000)
    window.activateWindow()  # F8 goes on from the editor in focus, as the user's key press does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.ko.editors["title"].setFocus()
    forward = _walked(qtbot, window, "F8", 3)
    assert forward == [("finding", "fact-differs"), ("spelling", "공공조딜"), ("spelling", "Procurment")]
    back = _walked(qtbot, window, "Shift+F8", 2)
    assert back == [("spelling", "공공조딜"), ("finding", "fact-differs")]


@needs_dictionaries
def test_check_spelling_as_you_type_is_switched_off_and_remembered(qtbot, window: MainWindow, make_window):
    en = window.en.editors["body"]
    qtbot.keyClicks(en, "The Procurment office")
    qtbot.waitUntil(lambda: squiggled(en) == ["Procurment"], timeout=5000)
    toggle = window.spell_as_you_type
    assert toggle.isCheckable() and toggle.isChecked()
    toggle.trigger()
    assert squiggled(en) == [] and window.spelling.misspellings(en) == []
    window.setWindowModified(False)
    window.close()
    again = make_window()
    assert not again.spell_as_you_type.isChecked()
    qtbot.keyClicks(again.en.editors["body"], "The Procurment office")
    qtbot.wait(300)
    assert squiggled(again.en.editors["body"]) == []
    again.spell_as_you_type.trigger()
    qtbot.waitUntil(lambda: squiggled(again.en.editors["body"]) == ["Procurment"], timeout=5000)


@needs_dictionaries
def test_a_misspelt_word_is_shaded_as_well_as_underlined(qtbot, window: MainWindow):
    en = window.en.editors["body"]
    qtbot.keyClicks(en, "The Procurment office")
    qtbot.waitUntil(lambda: squiggled(en) == ["Procurment"], timeout=5000)
    ranges = en.document().firstBlock().layout().formats()
    shaded = [
        en.toPlainText()[r.start : r.start + r.length]
        for r in ranges
        if r.format.background().color().name() == "#f3e0f7"
    ]
    assert shaded == ["Procurment"]
