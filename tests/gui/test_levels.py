"""Levels in the body editor: Tab and Shift+Tab at a paragraph's start, the level choice above the body,
the house style's symbols, notes that follow their paragraph, one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication

from drafter.gui.levels import BodyEdit
from drafter.gui.main_window import MainWindow
from drafter.model import Meta, Note, Paragraph, Release, Version
from tests.gui.conftest import commit, press

KOREAN = Version(
    title="제목",
    body=[
        Paragraph("조달청은 혁신제품 지정 기업의 수출 실적을 밝혔다.", [Note("혁신제품: 조달청이 지정한 제품")]),
        Paragraph("올해 수출액은 전년보다 15% 늘었다."),
    ],
)


def body(window: MainWindow, lang: str = "ko") -> BodyEdit:
    editor = (window.ko if lang == "ko" else window.en).editors["body"]
    assert isinstance(editor, BodyEdit)
    return editor


def put_cursor(editor: BodyEdit, position: int) -> None:
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)


def tab(qtbot, editor: BodyEdit, back: bool = False) -> None:  # type: ignore[no-untyped-def]
    if back:
        qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyRelease(editor, Qt.Key.Key_Shift)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_tab_at_a_paragraph_start_goes_down_the_levels_and_shift_tab_back(qtbot, window: MainWindow):
    window.load(Release(ko=KOREAN), None, "x")
    editor = body(window)
    put_cursor(editor, 0)
    seen = []
    for _ in range(3):
        tab(qtbot, editor)
        seen.append(editor.toPlainText().split("\n")[:2])
    assert seen == [
        ["□ 조달청은 혁신제품 지정 기업의 수출 실적을 밝혔다.", " * 혁신제품: 조달청이 지정한 제품"],
        [" ㅇ 조달청은 혁신제품 지정 기업의 수출 실적을 밝혔다.", "  * 혁신제품: 조달청이 지정한 제품"],
        ["   - 조달청은 혁신제품 지정 기업의 수출 실적을 밝혔다.", "    * 혁신제품: 조달청이 지정한 제품"],
    ]
    assert editor.textCursor().position() == len("   - ")  # at the text, ready to type
    paragraph = window.ko.version().body[0]
    assert (paragraph.level, paragraph.notes[0].text) == (3, "혁신제품: 조달청이 지정한 제품")
    tab(qtbot, editor)  # no level below -: Tab moves on, as it does elsewhere
    assert QApplication.focusWidget() is window.ko.editors["footnotes"]
    put_cursor(editor, 1)  # in the spaces before the symbol
    for expected in (" ㅇ 조달청은", "□ 조달청은", "조달청은"):
        tab(qtbot, editor, back=True)
        assert editor.toPlainText().startswith(expected)
    assert editor.toPlainText().split("\n")[1] == " * 혁신제품: 조달청이 지정한 제품"
    tab(qtbot, editor, back=True)  # a plain paragraph has no level above it: back to the level choice
    assert QApplication.focusWidget() is window.ko.level_choice


def test_a_level_change_is_one_undo_step(qtbot, window: MainWindow):
    window.load(Release(ko=KOREAN), None, "x")
    editor = body(window)
    before = editor.toPlainText()
    put_cursor(editor, len(before))
    qtbot.keyClicks(editor, " OK")
    second = before.index("올해")
    put_cursor(editor, second)
    tab(qtbot, editor)
    assert editor.toPlainText()[second:].startswith("□ 올해")
    press(qtbot, editor, QKeySequence.StandardKey.Undo)
    assert editor.toPlainText() == before + " OK"  # the level undone, the typing before it kept
    press(qtbot, editor, QKeySequence.StandardKey.Undo)
    assert editor.toPlainText() == before


def test_tab_elsewhere_in_a_paragraph_moves_to_the_next_field(qtbot, window: MainWindow):
    window.load(Release(ko=KOREAN), None, "x")
    editor = body(window)
    before = editor.toPlainText()
    put_cursor(editor, 5)
    tab(qtbot, editor)
    assert editor.toPlainText() == before and QApplication.focusWidget() is window.ko.editors["footnotes"]


def test_the_korean_side_writes_the_house_styles_symbols_and_the_english_bullets(qtbot, window: MainWindow):
    english = Version(title="Title", body=[Paragraph("PPS announced the results."), Paragraph("Exports grew.")])
    window.load(Release(meta=Meta(style="mofa"), ko=KOREAN, en=english), None, "x")
    editor = body(window)
    put_cursor(editor, 0)
    tab(qtbot, editor)
    tab(qtbot, editor)
    assert editor.toPlainText().startswith(" ○ 조달청은")  # 외교부 writes ○ for level 2
    window.meta_panel.style.setCurrentIndex(window.meta_panel.style.findData("pps"))
    tab(qtbot, editor, back=True)
    tab(qtbot, editor)
    assert editor.toPlainText().startswith(" ㅇ 조달청은")
    english_body = body(window, "en")
    put_cursor(english_body, 0)
    tab(qtbot, english_body)
    assert english_body.toPlainText().startswith(" • PPS announced")
    tab(qtbot, english_body)
    assert english_body.toPlainText().startswith("   – PPS announced")
    assert [p.level for p in window.en.version().body] == [3, 0]


def test_typing_a_symbol_at_the_start_sets_the_level(qtbot, window: MainWindow):
    editor = body(window)
    commit(editor, "□ 조달청은 수출 실적을 밝혔다.\n\n ㅇ 올해 수출액은 늘었다.")
    assert [p.level for p in window.ko.version().body] == [1, 2]


def test_the_level_choice_shows_the_paragraphs_level_and_sets_it(qtbot, window: MainWindow):
    assert window.ko.level_choice.currentText() == "Paragraph"  # an empty body: what typing starts
    window.load(Release(ko=KOREAN), None, "x")
    editor, choice = body(window), window.ko.level_choice
    assert [choice.itemText(i) for i in range(choice.count())] == ["Paragraph", "□ Level 1", "ㅇ Level 2", "- Level 3"]
    second = editor.toPlainText().index("수출액")
    put_cursor(editor, second)  # anywhere in the paragraph
    qtbot.waitUntil(lambda: choice.currentData() == 0)
    choice.activated.emit(choice.findData(2))
    assert editor.toPlainText().split("\n")[-1] == " ㅇ 올해 수출액은 전년보다 15% 늘었다."
    assert editor.hasFocus() and editor.textCursor().position() > editor.toPlainText().index("ㅇ")
    put_cursor(editor, 0)
    qtbot.waitUntil(lambda: choice.currentData() == 0)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: choice.currentData() == 2)


def test_the_level_choice_reads_the_panels_sketch_and_parses_nothing_itself(qtbot, window: MainWindow, monkeypatch):
    window.load(Release(ko=KOREAN), None, "x")
    editor, choice = body(window), window.ko.level_choice
    monkeypatch.setattr("drafter.gui.levels.parse_body", lambda *a, **k: pytest.fail("the body was parsed again"))
    put_cursor(editor, editor.toPlainText().index("올해"))
    choice.show_level()
    assert choice.currentData() == 0
    tab(qtbot, editor)
    assert editor.toPlainText().split("\n")[-1] == "□ 올해 수출액은 전년보다 15% 늘었다."
    choice.show_level()
    assert choice.currentData() == 1


def test_a_level_change_leaves_the_notes_below_the_last_paragraph_in_place(qtbot, window: MainWindow):
    window.ko.editors["body"].setPlainText("첫 문단이다.\n\n둘째 문단이다.\n\n※ 자료: 조달청")
    window.ko.version()  # a check read the text: the notes below count as the last paragraph's
    editor = body(window)
    put_cursor(editor, editor.toPlainText().index("둘째"))
    tab(qtbot, editor)
    assert editor.toPlainText() == "첫 문단이다.\n\n□ 둘째 문단이다.\n\n※ 자료: 조달청"
