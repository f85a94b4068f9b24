"""The real window, offscreen: typing, live findings, files, prompts, languages, review."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from drafter import storage
from drafter.gui import i18n
from drafter.gui.app import show_exception
from drafter.gui.file_control import recent_files
from drafter.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import commit

SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"


def type_release(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    commit(w.ko.editors["title"], "연수단 방문")
    commit(w.ko.editors["body"], "이라크 연수단 14명이 조달청을 방문했다.")
    w.en.editors["title"].setFocus()
    qtbot.keyClicks(w.en.editors["title"], "Delegation visit")
    qtbot.keyClicks(w.en.editors["body"], "A delegation of 15 Iraqi officials visited PPS.")


def wait_for(qtbot, w: MainWindow, rule: str):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(f.rule == rule for f in w.findings), timeout=5000)
    return next(f for f in w.findings if f.rule == rule)


def test_a_new_window_starts_from_the_template(window: MainWindow):
    assert window.ko.editors["title"].placeholderText() == "보도자료 제목"
    assert window.en.editors["title"].placeholderText() == "Title of the release"
    assert window.meta_panel.meta().release_date is not None
    assert window.windowTitle().startswith("New release")
    assert not window.isWindowModified()


def test_korean_input_method_and_typing_give_live_findings_on_both_sides(qtbot, window: MainWindow):
    type_release(qtbot, window)
    assert window.ko.editors["body"].toPlainText() == "이라크 연수단 14명이 조달청을 방문했다."
    finding = wait_for(qtbot, window, "fact-differs")
    assert finding.ko.excerpt.startswith("14명") and "15" in finding.en.excerpt
    assert "14" in finding.message.en and "15" in finding.message.en
    ko_marks, en_marks = window.ko.editors["body"].marks(), window.en.editors["body"].marks()
    assert [(m.start, m.severity) for m in ko_marks] == [(8, "error")]
    assert "error" in {m.severity for m in en_marks} and "info" in {m.severity for m in en_marks}  # + "PPS" unexplained
    assert window.summary_label.text().startswith("Findings: 1 error, ")  # not "1 errors"
    assert window.isWindowModified()


def test_activating_a_finding_selects_it_in_both_editors(qtbot, window: MainWindow):
    type_release(qtbot, window)
    finding = wait_for(qtbot, window, "fact-differs")
    tree = window.findings_panel.tree
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == finding
    )
    tree.itemActivated.emit(item, 0)
    assert window.ko.editors["body"].textCursor().selectedText() == finding.ko.excerpt
    assert window.en.editors["body"].textCursor().selectedText() == finding.en.excerpt


def test_where_something_is_missing_gets_the_cursor_not_a_selection(qtbot, window: MainWindow):
    commit(window.ko.editors["title"], "연수단 방문")
    commit(window.ko.editors["body"], "이라크 연수단 14명이 조달청을 방문했다.")
    window.en.editors["title"].setFocus()
    qtbot.keyClicks(window.en.editors["title"], "Delegation visit")
    qtbot.keyClicks(window.en.editors["body"], "An Iraqi delegation visited PPS.")
    finding = wait_for(qtbot, window, "fact-missing")
    assert finding.ko.exact and not finding.en.exact
    assert [m.start for m in window.en.editors["body"].marks() if m.severity == "error"] == []  # no underline there
    window.reviewer.show_finding(finding)
    assert window.ko.editors["body"].textCursor().selectedText() == "14명"
    en_cursor = window.en.editors["body"].textCursor()
    assert en_cursor.selectedText() == "" and en_cursor.position() == 0


def test_severity_filter_hides_rows(qtbot, window: MainWindow):
    type_release(qtbot, window)
    wait_for(qtbot, window, "fact-differs")
    assert window.findings_panel.visible_findings()
    window.findings_panel.show_severity[window.findings[0].severity].setChecked(False)
    assert all(f.severity != window.findings[0].severity for f in window.findings_panel.visible_findings())


def test_the_english_embargo_shows_what_the_documents_print_from_the_korean(window: MainWindow):
    english = window.meta_panel.fields[("en", "embargo")]
    window.meta_panel.fields[("ko", "embargo")].setText("2026. 12. 4.(금) 12:00")
    assert english.placeholderText() == "12:00 KST, December 4, 2026"
    window.meta_panel.fields[("ko", "embargo")].setText("2026. 12. 4.(금) 조간")  # left to the translator
    assert english.placeholderText().startswith("e.g. ")


def test_save_and_reopen(qtbot, window: MainWindow, make_window, tmp_path: Path):
    type_release(qtbot, window)
    window.meta_panel.fields[("ko", "organisation")].setText("조달청")
    window.meta_panel.fields[("en", "embargo")].setText("12:00 KST, November 24, 2026")
    window.meta_panel.attachments["ko"].setPlainText("붙임 1. 방문 일정\n참석자 명단")
    path = tmp_path / "visit.release.json"
    assert window.save_to(path)
    assert not window.isWindowModified() and window.windowTitle().startswith("visit.release.json")
    saved = storage.load(path)
    assert saved.ko.body[0].text == "이라크 연수단 14명이 조달청을 방문했다."
    assert saved.ko.details.organisation == "조달청" and saved.en.details.organisation == ""
    assert saved.en.details.embargo == "12:00 KST, November 24, 2026"
    assert saved.ko.details.attachments == ["방문 일정", "참석자 명단"]  # the typed "붙임 1." is not kept twice
    other = make_window()
    assert other.open_path(path)
    assert other.release() == saved
    assert str(path.resolve()) in recent_files()


def test_unsaved_changes_prompt(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch):
    commit(window.ko.editors["title"], "제목")
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    window.files.new_release()
    assert window.ko.editors["title"].toPlainText() == "제목"
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    window.files.new_release()
    assert window.ko.editors["title"].toPlainText() == ""


def test_the_real_prompt_is_asked_before_losing_work(qtbot, window: MainWindow):
    commit(window.ko.editors["title"], "제목")
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box.text() if isinstance(box, QMessageBox) else None)
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(100, answer)
    window.close()
    assert window.isVisible() and seen == ['Save the changes to "New release"?']


def test_an_unreadable_file_shows_the_core_message(qtbot, window: MainWindow, tmp_path: Path):
    bad = tmp_path / "broken.release.json"
    bad.write_text('{"format": "drafter-release", "version": 1, "ko": ', encoding="utf-8")
    assert not window.open_path(bad)
    box = window.findChild(QMessageBox, "error_dialog")
    assert box is not None and "broken.release.json" in box.text() and "damaged" in box.text()
    assert "손상" in box.informativeText()
    box.close()


def test_dropping_a_file_opens_it(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert window.ko.editors["title"].toPlainText().startswith("혁신제품 해외조달시장")
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    window.ko.editors["body"].insertFromMimeData(mime)  # dropped on an editor: opened, not pasted as text
    assert "file://" not in window.ko.editors["body"].toPlainText()


def test_review_view_lists_pairs_with_their_findings(qtbot, window: MainWindow):
    type_release(qtbot, window)
    wait_for(qtbot, window, "fact-differs")
    window.tabs.setCurrentIndex(1)  # filled when shown
    review = window.review
    assert review.rowCount() == 2  # the title, then the paragraph pair
    assert review.verticalHeaderItem(0).text() == "title" and review.item(0, 0).text() == "연수단 방문"
    assert review.item(1, 0).text().startswith("이라크") and review.item(1, 3).text() == "Error"
    assert "14" in review.item(1, 2).text()
    review.cellActivated.emit(1, 0)
    assert window.tabs.currentIndex() == 0
    assert window.en.editors["body"].textCursor().selectedText().startswith("A delegation")
    review.cellActivated.emit(0, 0)
    assert window.en.editors["title"].textCursor().selectedText() == "Delegation visit"


def test_the_paragraph_under_the_cursor_is_highlighted_on_both_sides(qtbot, window: MainWindow):
    assert window.open_path(SAMPLE)
    qtbot.waitUntil(lambda: window.context is not None and len(window.context.pairs) == 5, timeout=5000)
    ko_body = window.ko.editors["body"]
    cursor = ko_body.textCursor()
    cursor.setPosition(ko_body.toPlainText().index("국가별로는"))
    ko_body.setTextCursor(cursor)
    en_ranges = window.en.editors["body"].extraSelections()
    texts = [s.cursor.selectedText() for s in en_ranges]
    assert any(t.startswith("By country, the United States") for t in texts)


def test_undo_is_per_editor(qtbot, window: MainWindow):
    qtbot.keyClicks(window.en.editors["body"], "English")
    commit(window.ko.editors["body"], "국문")
    window.ko.editors["body"].undo()
    assert window.ko.editors["body"].toPlainText() == ""
    assert window.en.editors["body"].toPlainText() == "English"


def test_export_text_from_the_window(qtbot, window: MainWindow, tmp_path: Path):
    assert window.open_path(SAMPLE)
    out = tmp_path / "out.txt"
    assert window.output.export_to(out, "bilingual")
    assert out.read_text(encoding="utf-8").startswith("보도자료\n보도시점 : 배포 즉시 보도\n배포 : 2026. 11. 24.(화)\n")


def test_metadata_panel_shows_the_date_as_printed(qtbot, window: MainWindow):
    assert window.open_path(SAMPLE)
    qtbot.waitUntil(lambda: window.meta_panel.printed_ko.text() == "2026. 11. 24.(화)")
    assert window.meta_panel.printed_en.text() == "Tuesday, November 24, 2026"


def test_interface_language_switch_applies_on_next_start(qtbot, window: MainWindow, make_window):
    window.set_language("ko")
    box = window.findChild(QMessageBox, "info_dialog")
    assert box is not None
    box.close()
    assert i18n.load_language() == "ko"
    korean = make_window()
    assert korean.menuBar().actions()[0].text() == "파일(&F)"
    assert korean.tabs.tabText(1) == "검토"


def test_settings_persist_geometry_and_splitters(qtbot, window: MainWindow, make_window):
    window.sides.setSizes([300, 700])
    window.close()
    again = make_window()
    left, right = again.sides.sizes()
    assert left < right


def test_an_unexpected_error_shows_details_and_keeps_the_window(qtbot, window: MainWindow):
    commit(window.ko.editors["title"], "지켜야 할 글")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        box = show_exception(window, RuntimeError, exc, exc.__traceback__)
    assert "RuntimeError: boom" in box.detailedText() and "boom" in box.informativeText()
    assert window.isVisible() and window.ko.editors["title"].toPlainText() == "지켜야 할 글"
    box.close()


def test_scrolling_one_body_scrolls_the_other_to_the_counterpart(qtbot, window: MainWindow):
    ko = "\n\n".join(f"{i}번째 단락에는 {i * 10}명이 참가했다." for i in range(1, 60))
    en = "\n\n".join(f"In paragraph {i}, {i * 10} people took part." for i in range(1, 60))
    window.ko.editors["body"].setPlainText(ko)
    window.en.editors["body"].setPlainText(en)
    window.checker.run_now()
    qtbot.waitUntil(lambda: window.context is not None and len(window.context.pairs) == 59, timeout=5000)
    ko_body = window.ko.editors["body"]
    target = ko_body.document().findBlockByNumber(40)
    ko_body.verticalScrollBar().setValue(target.firstLineNumber())
    top = window.en.editors["body"].firstVisibleBlock().text()
    assert top.startswith("In paragraph 21,")


def test_the_english_contact_is_suggested_from_the_korean_and_filled_in_one_undo(qtbot, window: MainWindow):
    commit(window.ko.editors["contact"], "조달청 대변인실 김민지 주무관(042-724-7000)")
    window.checker.run_now()
    qtbot.waitUntil(lambda: window.en.fill_contact.isVisible(), timeout=10000)
    editor = window.en.editors["contact"]
    assert editor.placeholderText() == "Public Procurement Service, Kim Min-ji, Officer (+82-42-724-7000)"
    window.en.fill_contact.click()
    assert editor.toPlainText() == editor.placeholderText() and not window.en.fill_contact.isVisible()
    editor.undo()
    assert editor.toPlainText() == ""


def test_the_counts_and_the_current_paragraph_follow_typing_and_a_new_file(qtbot, window: MainWindow):
    body = window.en.editors["body"]
    qtbot.keyClicks(body, "One two.")
    assert window.counts_label.text().endswith("English 2 words")
    body.appendPlainText("\nThree four five.")
    assert window.counts_label.text().endswith("English 5 words")
    assert window.en.paragraph_at(body.toPlainText().index("Three")) == 1
    assert window.en.paragraph_span(1) == (10, 26)
    qtbot.keyClicks(body, " Six")  # the cursor is at the end: the second paragraph grows
    assert window.en.paragraph_span(1) == (10, 30) and window.counts_label.text().endswith("English 6 words")
    window.setWindowModified(False)
    assert window.open_path(SAMPLE)  # a new text, whose editors may count their revisions from the start again
    words = len(" ".join(e.toPlainText() for e in window.en.editors.values()).split())
    assert window.counts_label.text().endswith(f"English {words} words")
    assert window.en.paragraph_at(0) == 0 and window.en.paragraph_at(10**6) == 4


def test_the_counts_and_paragraphs_follow_a_text_replaced_whole(qtbot, window: MainWindow):
    """setPlainText tells the window of the emptied editor under the revision the new text will have."""
    body = window.en.editors["body"]
    qtbot.keyClicks(body, "One two.")
    body.setPlainText("Three four five.\n\nSix seven.")
    assert window.counts_label.text().endswith("English 5 words")
    assert window.en.paragraph_at(body.toPlainText().index("Six")) == 1


def test_re_highlighting_is_no_edit_for_the_caches_of_the_text(qtbot, window: MainWindow):
    """Spelling answers re-highlight blocks, which raises the document's revision: at 1,000 paragraphs
    re-reading the body for each block blocked the window for a second."""
    assert window.open_path(SAMPLE)
    panel, body = window.en, window.en.editors["body"]
    parsed, counts = panel._current_body(), panel.counts()
    body.highlighter.rehighlight()
    assert panel._current_body() is parsed and panel.counts() == counts
    qtbot.keyClicks(body, "x")
    assert panel._current_body() is not parsed


def test_the_first_frame_shows_the_editors_and_the_rest_follows_once_it_is_painted(qtbot):
    from drafter.gui.app import _AfterFirstPaint

    w = MainWindow(first_frame=True)
    qtbot.addWidget(w, before_close_func=lambda widget: widget.setWindowModified(False))
    assert w.ko.editors["body"] and w.en.editors["title"] and w.menuBar().actions() == []
    assert not hasattr(w, "checker") and w.tabs.count() == 1  # no review, no checker yet
    started = []
    w.installEventFilter(_AfterFirstPaint(w, lambda: started.append(True)))
    w.show()
    qtbot.waitUntil(lambda: started == [True], timeout=5000)
    assert w.tabs.count() == 2 and w.menuBar().actions()[0].text() == "&File"
    qtbot.keyClicks(w.en.editors["title"], "Visit")  # wired: an edit is counted and checked
    assert w.edits > 1 and w.counts_label.text().endswith("English 1 word")


def test_a_new_release_shows_no_contact_suggestion_from_the_one_before(qtbot, window: MainWindow):
    commit(window.ko.editors["contact"], "조달청 대변인실 김민지 주무관(042-724-7000)")
    window.checker.run_now()
    qtbot.waitUntil(lambda: window.en.fill_contact.isVisible(), timeout=10000)
    window.setWindowModified(False)
    window.files.new_release()
    editor = window.en.editors["contact"]
    assert "Kim Min-ji" not in editor.placeholderText() and not window.en.fill_contact.isVisible()
    window.checker.run_now()
    qtbot.wait(500)
    assert "Kim Min-ji" not in editor.placeholderText() and not window.en.fill_contact.isVisible()


def test_drafter_lang_chooses_the_interface_language_as_it_does_the_command_lines(make_window, monkeypatch):
    """DRAFTER_LANG=ko gives the Korean window (it gave the Korean command line and an English window)."""
    monkeypatch.setenv("DRAFTER_LANG", "ko")
    assert i18n.load_language() == "ko"
    assert make_window().menuBar().actions()[0].text() == "파일(&F)"
    monkeypatch.setenv("DRAFTER_LANG", "en")
    assert i18n.load_language() == "en"


def test_the_house_styles_are_read_and_listed_once_when_the_window_starts(make_window, monkeypatch):
    from drafter import styles

    listed = []
    available = styles.available
    monkeypatch.setattr(styles, "available", lambda *args: listed.append(args) or available(*args))
    window = make_window()
    choice = window.meta_panel.style
    assert len(listed) == 1
    assert [choice.itemData(i) for i in range(choice.count())] == available()
    assert choice.currentData() == styles.DEFAULT
