"""The reviewer's work in the window: accepting findings, approving pairs, stale English and its diff."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from drafter import storage
from drafter.gui.main_window import MainWindow
from tests.gui.conftest import commit
from tests.gui.test_main_window import SAMPLE, type_release, wait_for


def replace_in(editor, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    """Select `old` in the editor and type `new` over it, as the user does."""
    cursor = editor.textCursor()
    start = editor.toPlainText().index(old)
    cursor.setPosition(start)
    cursor.setPosition(start + len(old), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new)
    editor.setTextCursor(cursor)


def open_sample(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.open_path(SAMPLE)
    qtbot.waitUntil(lambda: window.context is not None and len(window.context.pairs) == 5, timeout=5000)


def visible(window: MainWindow) -> list[str]:
    return [f.rule for f in window.findings_panel.visible_findings()]


def test_accepting_a_finding_hides_it_until_its_text_changes(qtbot, window: MainWindow, tmp_path: Path):
    type_release(qtbot, window)
    finding = wait_for(qtbot, window, "fact-differs")
    tree = window.findings_panel.tree
    tree.setCurrentItem(
        next(
            tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())
            if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == finding
        )
    )
    assert window.findings_panel.accept_action.isEnabled() and not window.findings_panel.reopen_action.isEnabled()
    window.reviewer.ask_reason = lambda findings: "The ministry confirmed 15."  # type: ignore[method-assign]
    window.findings_panel.accept_action.trigger()
    qtbot.waitUntil(lambda: "fact-differs" not in visible(window), timeout=5000)
    assert "1 accepted" in window.findings_panel.counts.text()
    assert all(m.severity != "error" for m in window.ko.editors["body"].marks())  # no underline either
    window.tabs.setCurrentIndex(1)  # the review view counts it and shows it, greyed, with the reason
    window.review.setCurrentCell(1, 0)  # row 0 is the title
    assert "1 accepted" in window.review.item(1, 3).text()
    assert "Accepted: The ministry confirmed 15." in window.review_page.detail.toPlainText()
    window.tabs.setCurrentIndex(0)
    window.findings_panel.show_accepted.setChecked(True)
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).rule == "fact-differs"
    )
    assert not item.isHidden() and "Accepted: The ministry confirmed 15." in item.text(2)
    path = tmp_path / "a.release.json"
    assert window.save_to(path)
    [accepted] = storage.load(path).review.accepted
    assert accepted.fingerprint == finding.fingerprint and accepted.reason == "The ministry confirmed 15."
    # Reopened, it is open again; accepted again and then its words changed, it comes back by itself.
    tree.setCurrentItem(item)
    window.findings_panel.reopen_action.trigger()
    qtbot.waitUntil(lambda: window.reviewer.reviewing.accepted == [], timeout=5000)
    window.reviewer.accept_findings([finding])
    qtbot.waitUntil(
        lambda: (
            "fact-differs"
            not in [
                f.rule
                for f in window.findings_panel.visible_findings()
                if not window.findings_panel.reasons.get(f.fingerprint)
            ]
        )
    )
    replace_in(window.en.editors["body"], "15", "16")
    qtbot.waitUntil(
        lambda: any(f.rule == "fact-differs" and "16" in f.en.excerpt for f in window.findings), timeout=5000
    )
    window.findings_panel.show_accepted.setChecked(False)
    assert "fact-differs" in visible(window)


def test_the_reason_dialog_needs_a_reason(qtbot, window: MainWindow):
    type_release(qtbot, window)
    finding = wait_for(qtbot, window, "fact-differs")
    seen: dict[str, bool] = {}

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "accept_dialog" and w.isVisible())
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        reason = dialog.findChild(QLineEdit, "reason")
        seen["empty"] = ok.isEnabled()
        reason.setText("   ")
        seen["spaces"] = ok.isEnabled()
        reason.setText("  Rounded in the English  ")
        seen["reason"] = ok.isEnabled()
        ok.click()

    QTimer.singleShot(0, answer)
    assert window.reviewer.ask_reason([finding]) == "Rounded in the English"
    assert seen == {"empty": False, "spaces": False, "reason": True}


def test_approving_pairs_shows_progress_in_the_status_bar_and_the_file(qtbot, window: MainWindow, tmp_path: Path):
    open_sample(qtbot, window)
    assert window.progress_label.text() == "Approved 0 of 8 pairs"
    window.tabs.setCurrentIndex(1)
    window.review.set_approved(2, True)  # the first paragraph pair: rows 0 and 1 are title and subtitle
    window.review.set_approved(4, True)
    assert window.progress_label.text() == "Approved 2 of 8 pairs" and window.isWindowModified()
    qtbot.waitUntil(lambda: window.review.item(4, 4).text() == "Approved", timeout=5000)
    path = tmp_path / "a.release.json"
    assert window.save_to(path)
    assert len(storage.load(path).review.approved) == 2
    window.review.set_approved(4, False)
    assert window.progress_label.text() == "Approved 1 of 8 pairs"
    window.review.setCurrentCell(5, 4)  # the space bar ticks the current pair, as in any check list
    qtbot.keyClick(window.review, Qt.Key.Key_Space)
    assert window.progress_label.text() == "Approved 2 of 8 pairs"
    # An approval is for the text approved: changing the Korean of that pair withdraws it.
    replace_in(window.ko.editors["body"], "35개사", "36개사")
    qtbot.waitUntil(lambda: window.progress_label.text() == "Approved 1 of 8 pairs", timeout=5000)
    assert window.review.item(2, 4).checkState() == Qt.CheckState.Unchecked


def test_the_review_view_shows_what_changed_in_the_korean_since_the_english(qtbot, window: MainWindow):
    open_sample(qtbot, window)
    assert "stale-translation" not in [f.rule for f in window.findings]
    replace_in(window.ko.editors["body"], "35개사가", "40개 기업이")
    stale = wait_for(qtbot, window, "stale-translation")
    assert stale.ko.paragraph == 0 and "35개사가 → 40개 기업이" in stale.message.en
    # The diff is in the tooltips too: of the finding in the list, and of its underline in the English.
    tree = window.findings_panel.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    [item] = [i for i in items if i.data(0, Qt.ItemDataRole.UserRole).rule == "stale-translation"]
    assert "line-through" in item.toolTip(2) and "40개 기업이" in item.toolTip(2)
    marks = window.ko.editors["body"].marks() + window.en.editors["body"].marks()
    assert any("line-through" in m.tip for m in marks)
    window.tabs.setCurrentIndex(1)
    window.review.setCurrentCell(2, 0)
    html = window.review_page.detail.toHtml()
    assert "line-through" in html and "underline" in html
    plain = window.review_page.detail.toPlainText()
    assert (
        "The Korean changed since this English was written" in plain and "35개사가" in plain and "40개 기업이" in plain
    )
    # Approving the pair means the English was checked against this Korean: no longer stale. (40 against
    # the English's 35 is an open error: approving asks first.)
    asked: list[int] = []
    window.reviewer.confirm_approval = lambda errors: asked.append(errors) or True  # type: ignore[method-assign]
    window.review.set_approved(2, True)
    assert asked == [1]
    qtbot.waitUntil(lambda: "stale-translation" not in [f.rule for f in window.findings], timeout=5000)
    assert "The Korean changed" not in window.review_page.detail.toPlainText()


def test_english_typed_in_the_window_is_remembered_with_its_korean(qtbot, window: MainWindow):
    type_release(qtbot, window)
    wait_for(qtbot, window, "fact-differs")
    qtbot.waitUntil(lambda: any(s.field == "body" for s in window.reviewer.reviewing.sources), timeout=5000)
    replace_in(window.ko.editors["body"], "방문했다", "다시 방문했다")
    stale = wait_for(qtbot, window, "stale-translation")
    assert stale.field == "body" and "다시" in stale.message.en
    replace_in(window.en.editors["body"], "visited", "visited again")  # the English is updated
    qtbot.waitUntil(lambda: "stale-translation" not in [f.rule for f in window.findings], timeout=5000)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_review_strings_exist_in_both_languages(qtbot, make_window, monkeypatch: pytest.MonkeyPatch, language: str):
    from drafter.gui import i18n

    monkeypatch.setattr(i18n, "_language", language)
    window = make_window()
    open_sample(qtbot, window)
    label = window.progress_label.text()
    assert ("승인" in label) == (language == "ko") and "0" in label and "8" in label


def test_the_glossary_editor_changes_what_the_check_expects(qtbot, make_window, tmp_path: Path):
    from drafter.model import Term

    window = make_window()
    commit(window.ko.editors["title"], "혁신장터")
    commit(window.ko.editors["body"], "혁신장터에서 구매할 수 있다.")
    window.en.editors["title"].setFocus()
    qtbot.keyClicks(window.en.editors["title"], "Innovation market")
    qtbot.keyClicks(window.en.editors["body"], "It can be bought on the innovation market.")
    qtbot.waitUntil(lambda: window.context is not None and bool(window.context.release.en.body), timeout=5000)
    assert "glossary" not in [f.rule for f in window.findings]

    def edit(tab: str, term: Term):  # type: ignore[no-untyped-def]
        def run(dialog) -> bool:  # type: ignore[no-untyped-def]
            dialog.pages[tab].merge([term])
            return True

        window.reviewer.run_dialog = run  # type: ignore[method-assign]
        window.reviewer.edit_glossary()

    edit("user", Term("혁신장터", ("Innovation Marketplace",)))
    assert "Innovation Marketplace" in window.reviewer.user_glossary.read_text(encoding="utf-8")
    wait_for(qtbot, window, "glossary")
    # The release's own glossary comes first: this release may say "innovation market".
    edit("release", Term("혁신장터", ("innovation market",), "", "name"))
    qtbot.waitUntil(lambda: "glossary" not in [f.rule for f in window.findings], timeout=5000)
    path = tmp_path / "a.release.json"
    assert window.save_to(path)
    assert storage.load(path).review.glossary == [Term("혁신장터", ("innovation market",), "", "name")]
    # My glossary is there for the next window too.
    assert make_window().reviewer.user_terms == (Term("혁신장터", ("Innovation Marketplace",)),)


def test_an_unreadable_user_glossary_is_reported_and_kept(qtbot, make_window):
    first = make_window()
    first.reviewer.user_glossary.write_bytes(b"\x00\x01binary\xff")
    second = make_window()
    assert second.reviewer.user_terms == () and "glossary.tsv" in second.statusBar().currentMessage()
    assert first.reviewer.user_glossary.read_bytes() == b"\x00\x01binary\xff"


def test_approve_and_next_walks_the_pairs_with_one_key(qtbot, window: MainWindow):
    open_sample(qtbot, window)
    window.tabs.setCurrentIndex(1)
    window.review.set_approved(3, True)
    window.review.setCurrentCell(2, 0)
    window.review.setFocus()
    qtbot.keyClick(window.review, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.review.currentRow() == 4  # row 3 was approved already: skipped
    qtbot.keyClick(window.review, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.review.currentRow() == 5
    assert window.progress_label.text() == "Approved 3 of 8 pairs"


def test_an_imported_release_remembers_its_korean_from_the_start(qtbot, window: MainWindow):
    assert window.open_path(SAMPLE)
    replace_in(window.ko.editors["body"], "35개사가", "36개사가")  # before the first check has run
    stale = wait_for(qtbot, window, "stale-translation")
    assert stale.ko.excerpt == "36개사가"


def test_approving_right_after_typing_approves_the_text_as_it_reads_now(qtbot, window: MainWindow):
    open_sample(qtbot, window)
    window.tabs.setCurrentIndex(1)
    replace_in(window.en.editors["body"], "35 companies", "thirty-five companies")
    window.review.set_approved(2, True)  # before the check of the new text has run
    assert window.progress_label.text() == "Approved 1 of 8 pairs"
    qtbot.waitUntil(lambda: window.context is not None and "thirty-five" in window.context.release.en.body[0].text)
    assert window.progress_label.text() == "Approved 1 of 8 pairs"
    assert window.review.item(2, 4).checkState() == Qt.CheckState.Checked


def test_several_findings_are_accepted_at_once_with_one_reason(qtbot, window: MainWindow):
    open_sample(qtbot, window)
    body = window.en.editors["body"]
    replace_in(body, "22 of", "23 of")
    replace_in(body, "3.8 billion", "3.9 billion")
    qtbot.waitUntil(lambda: sum(f.severity.value == "error" for f in window.findings) == 2, timeout=5000)
    tree = window.findings_panel.tree
    errors = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    errors = [i for i in errors if i.data(0, Qt.ItemDataRole.UserRole).severity.value == "error"]
    for item in errors:
        item.setSelected(True)
    asked: list[int] = []
    window.reviewer.ask_reason = lambda findings: asked.append(len(findings)) or "Figures corrected by the ministry"  # type: ignore[method-assign]
    window.findings_panel.accept_action.trigger()
    assert asked == [2]  # one question for both
    assert {a.reason for a in window.reviewer.reviewing.accepted} == {"Figures corrected by the ministry"}
    qtbot.waitUntil(lambda: "errors 0" in window.summary_label.text() or "0 errors" in window.summary_label.text())


def test_approving_a_pair_with_open_errors_asks_first(qtbot, window: MainWindow):
    open_sample(qtbot, window)
    replace_in(window.en.editors["body"], "35 companies", "36 companies")
    wait_for(qtbot, window, "fact-differs")
    window.tabs.setCurrentIndex(1)
    asked: list[int] = []
    window.reviewer.confirm_approval = lambda errors: bool(asked.append(errors))  # type: ignore[method-assign]
    window.review.set_approved(2, True)  # declined: not approved, the box not ticked
    assert asked == [1] and window.progress_label.text() == "Approved 0 of 8 pairs"
    assert window.review.item(2, 4).checkState() == Qt.CheckState.Unchecked
    window.review.setCurrentCell(2, 0)
    window.review.approve_next.trigger()  # nor by Ctrl+Enter, which then stays on the pair
    assert asked == [1, 1] and window.review.currentRow() == 2
    window.review.set_approved(3, True)  # a pair without errors is approved without a question
    assert asked == [1, 1] and window.progress_label.text() == "Approved 1 of 8 pairs"
    window.reviewer.confirm_approval = lambda errors: True  # type: ignore[method-assign]
    window.review.set_approved(2, True)
    assert window.progress_label.text() == "Approved 2 of 8 pairs"


def test_the_real_question_names_the_count(qtbot, window: MainWindow):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)
    assert window.reviewer.confirm_approval(3) is False
    assert shown and "3" in shown[0]
