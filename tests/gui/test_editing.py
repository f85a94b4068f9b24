"""The everyday editor: find and replace, undo steps, zoom, walking the findings with F8."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from drafter.gui.main_window import MainWindow
from tests.gui.conftest import commit, press
from tests.gui.test_main_window import type_release, wait_for


def selected(editor) -> str:  # type: ignore[no-untyped-def]
    return editor.textCursor().selectedText()


def test_find_a_korean_word_with_its_particle_in_both_versions(qtbot, window: MainWindow):
    commit(window.ko.editors["body"], "조달청은 조달청장과 함께 조달청의 혁신을 알렸다.")
    qtbot.keyClicks(window.en.editors["body"], "PPS announced it.")
    window.ko.editors["body"].setFocus()
    press(qtbot, window, QKeySequence.StandardKey.Find)
    bar = window.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus() and not bar.replace_edit.isVisible()
    commit(bar.find_edit, "조달청")
    bar.whole_word.setChecked(True)
    assert bar.status.text() == "2 matches"  # 조달청은, 조달청의; not 조달청장
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    body = window.ko.editors["body"]
    assert selected(body) == "조달청" and body.textCursor().selectionStart() == 0
    assert bar.status.text() == "1 of 2 matches"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert body.textCursor().selectionStart() == 14  # 조달청의
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_find_next_walks_from_the_korean_into_the_english(qtbot, window: MainWindow):
    commit(window.ko.editors["title"], "2026년 혁신제품")
    qtbot.keyClicks(window.en.editors["title"], "Innovative products in 2026")
    window.ko.editors["title"].setFocus()  # the cursor at the end of the Korean title
    window.proofing.find(False)
    qtbot.keyClicks(window.find_bar.find_edit, "2026")
    window.proofing.find_step(1)
    assert selected(window.en.editors["title"]) == "2026"
    assert window.find_bar.status.text() == "2 of 2 matches"
    window.proofing.find_step(1)  # round the end, back to the Korean
    assert selected(window.ko.editors["title"]) == "2026"
    window.find_bar.scope.setCurrentIndex(2)  # English version only
    assert window.find_bar.status.text() == "1 match"


def test_replace_all_is_one_undo_step_per_editor_and_particles_agree(qtbot, window: MainWindow):
    body = window.ko.editors["body"]
    commit(body, "조달청은 혁신제품을 샀다. 조달청이 알렸다.")
    qtbot.keyClicks(window.en.editors["body"], "PPS bought it.")
    body.setFocus()
    press(qtbot, window, QKeySequence.StandardKey.Replace)
    bar = window.find_bar
    assert bar.replace_edit.isVisible()
    commit(bar.find_edit, "조달청")
    commit(bar.replace_edit, "나라장터")
    qtbot.mouseClick(bar.findChild(type(bar.replace_buttons[1]), "replace_all"), Qt.MouseButton.LeftButton)
    assert body.toPlainText() == "나라장터는 혁신제품을 샀다. 나라장터가 알렸다."
    assert bar.status.text() == "Replaced 2 matches"
    assert window.isWindowModified()
    body.setFocus()
    body.undo()
    assert body.toPlainText() == "조달청은 혁신제품을 샀다. 조달청이 알렸다."
    assert window.en.editors["body"].toPlainText() == "PPS bought it."


def test_replace_all_keeps_the_case_of_a_headline_unless_case_is_matched(qtbot, window: MainWindow):
    title = window.en.editors["title"]
    qtbot.keyClicks(title, "Innovative Product Exports Reach KRW 4.5 Billion")
    window.proofing.find(True)
    bar = window.find_bar
    qtbot.keyClicks(bar.find_edit, "4.5 billion")
    qtbot.keyClicks(bar.replace_edit, "4.3 billion")
    qtbot.mouseClick(bar.findChild(type(bar.replace_buttons[1]), "replace_all"), Qt.MouseButton.LeftButton)
    assert title.toPlainText() == "Innovative Product Exports Reach KRW 4.3 Billion"
    bar.match_case.setChecked(True)
    bar.find_edit.setText("4.3 Billion")
    bar.replace_edit.setText("4.1 billion")
    qtbot.mouseClick(bar.findChild(type(bar.replace_buttons[1]), "replace_all"), Qt.MouseButton.LeftButton)
    assert title.toPlainText() == "Innovative Product Exports Reach KRW 4.1 billion"  # as typed


def test_replace_one_then_go_on_to_the_next(qtbot, window: MainWindow):
    title = window.en.editors["title"]
    qtbot.keyClicks(title, "PPS and PPS")
    window.proofing.find(True)
    qtbot.keyClicks(window.find_bar.find_edit, "PPS")
    qtbot.keyClicks(window.find_bar.replace_edit, "the PPS")
    qtbot.keyClick(window.find_bar.replace_edit, Qt.Key.Key_Return)  # selects the first match
    qtbot.keyClick(window.find_bar.replace_edit, Qt.Key.Key_Return)  # replaces it, selects the second
    assert title.toPlainText() == "the PPS and PPS"
    assert title.textCursor().selectionStart() == 12
    qtbot.keyClick(window.find_bar.replace_edit, Qt.Key.Key_Return)
    assert title.toPlainText() == "the PPS and the PPS"


def test_undo_takes_back_what_was_typed_after_the_last_pause_only(qtbot, window: MainWindow):
    body = window.en.editors["body"]
    qtbot.keyClicks(body, "A delegation visited PPS.")
    qtbot.waitUntil(lambda: not body.document().isModified(), timeout=3000)  # the pause ends the step
    qtbot.keyClicks(body, " Today")
    commit(window.ko.editors["body"], "대표단이 방문했다.")
    body.setFocus()
    press(qtbot, body, QKeySequence.StandardKey.Undo)
    assert body.toPlainText() == "A delegation visited PPS."
    assert window.ko.editors["body"].toPlainText() == "대표단이 방문했다."  # each editor its own steps
    press(qtbot, body, QKeySequence.StandardKey.Undo)
    assert body.toPlainText() == ""


def test_zoom_changes_every_editor_and_is_remembered(qtbot, window: MainWindow, make_window):
    size = window.ko.editors["body"].font().pointSizeF()
    title_height = window.en.editors["title"].height()
    press(qtbot, window, QKeySequence.StandardKey.ZoomIn)
    press(qtbot, window, QKeySequence.StandardKey.ZoomIn)
    assert window.ko.editors["body"].font().pointSizeF() == size + 2
    assert window.en.editors["title"].font().pointSizeF() == size + 2 and window.en.editors["title"].font().bold()
    assert window.en.editors["title"].height() > title_height  # single-line fields grow to fit
    assert not window.isWindowModified()  # the text did not change
    window.close()
    again = make_window()
    assert again.en.editors["contact"].font().pointSizeF() == size + 2
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)  # shortcuts go to the active window
    press(qtbot, again, "Ctrl+0")
    assert again.en.editors["contact"].font().pointSizeF() == size
    press(qtbot, again, QKeySequence.StandardKey.ZoomOut)
    assert again.ko.editors["body"].font().pointSizeF() == size - 1


def test_f8_walks_the_findings_and_selects_each_in_both_editors(qtbot, window: MainWindow):
    type_release(qtbot, window)  # 14 against 15 officials, "PPS" not spelled out
    wait_for(qtbot, window, "fact-differs")
    shown = window.findings_panel.visible_findings()
    assert len(shown) >= 2
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.findings_panel.current_finding() == shown[0]
    qtbot.keyClick(window, Qt.Key.Key_F8)
    second = shown[1]
    assert window.findings_panel.current_finding() == second
    for panel, loc in ((window.ko, second.ko), (window.en, second.en)):
        if loc is not None and loc.end > loc.start:
            editor, start, end = panel.place(second.field, loc)
            assert (editor.textCursor().selectionStart(), editor.textCursor().selectionEnd()) == (start, end)
    press(qtbot, window, "Shift+F8")
    assert window.findings_panel.current_finding() == shown[0]
    press(qtbot, window, "Shift+F8")
    assert window.findings_panel.current_finding() == shown[-1]  # round the end
    assert QApplication.focusWidget() in (*window.ko.editors.values(), *window.en.editors.values())
