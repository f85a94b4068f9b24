"""Plain Korean in the window: its own underline colour, suggestions in the context menu (one click, one
undo), accepting from the menu, the settings, the glossary dialog's tab, the review DOCX."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu

from drafter import storage
from drafter.gui import editors, i18n
from drafter.gui.main_window import MainWindow
from drafter.gui.spelling import SPELLING_COLOUR
from drafter.parity.plain_words import PlainWord
from tests.gui.conftest import commit


def type_korean(qtbot, w: MainWindow, body: str) -> None:  # type: ignore[no-untyped-def]
    commit(w.ko.editors["title"], "계획 발표")
    commit(w.ko.editors["body"], body)
    w.en.editors["title"].setFocus()
    qtbot.keyClicks(w.en.editors["title"], "Plan announced")
    qtbot.keyClicks(w.en.editors["body"], "The ministry set out its plan.")


def plain_marks(w: MainWindow) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in w.ko.editors["body"].marks() if m.severity == "plain"]


def menu_at(w: MainWindow, position: int) -> QMenu:
    """The context menu the Korean body shows at `position`, as its contextMenuEvent builds it."""
    body = w.ko.editors["body"]
    menu = body.createStandardContextMenu()
    body.context_menu.emit(menu, position)
    return menu


def test_a_loanword_gets_its_own_underline_and_its_suggestion_replaces_it_with_the_particle(qtbot, window):  # type: ignore[no-untyped-def]
    type_korean(qtbot, window, "정부는 인프라가 부족한 지역의 로드맵을 세웠다.")
    text = window.ko.editors["body"].toPlainText()
    qtbot.waitUntil(lambda: len(plain_marks(window)) == 2, timeout=5000)
    assert plain_marks(window) == [(text.index(w), text.index(w) + 3) for w in ("인프라", "로드맵")]
    # A colour unlike the checker's red, orange and blue and the spelling's purple.
    colours = {QColor(c).name() for c in (*editors.SEVERITY_COLOURS.values(), SPELLING_COLOUR)}
    assert editors.PLAIN_COLOUR.name() not in colours
    menu = menu_at(window, text.index("인프라") + 1)
    labels = [a.text() for a in menu.actions() if a.objectName() == "plain_suggestion"]
    assert labels[0] == "Plain Korean: 인프라가 → 기반 시설이"  # the particle follows the new word
    next(a for a in menu.actions() if a.objectName() == "plain_suggestion").trigger()
    assert window.ko.editors["body"].toPlainText() == "정부는 기반 시설이 부족한 지역의 로드맵을 세웠다."
    window.ko.editors["body"].undo()  # one step
    assert window.ko.editors["body"].toPlainText() == text
    # Elsewhere in the text, no plain-Korean actions.
    assert not [a for a in menu_at(window, 1).actions() if a.objectName().startswith("plain_")]


def test_a_stale_finding_offers_nothing_until_the_check_has_run_again(qtbot, window):  # type: ignore[no-untyped-def]
    type_korean(qtbot, window, "로드맵을 세웠다.")
    qtbot.waitUntil(lambda: bool(plain_marks(window)), timeout=5000)
    window.ko.editors["body"].setPlainText("로드맵을 세웠다.".replace("로드맵", "밑그림"))
    assert not [a for a in menu_at(window, 1).actions() if a.objectName() == "plain_suggestion"]


def test_accepting_from_the_menu_hides_the_finding(qtbot, window):  # type: ignore[no-untyped-def]
    type_korean(qtbot, window, "노하우를 전했다.")
    qtbot.waitUntil(lambda: bool(plain_marks(window)), timeout=5000)
    window.reviewer.ask_reason = lambda findings: "기관 고유 용어"  # type: ignore[method-assign]
    next(a for a in menu_at(window, 1).actions() if a.objectName() == "plain_accept").trigger()
    assert [a.rule for a in window.reviewer.reviewing.accepted] == ["plain-word"]
    qtbot.waitUntil(lambda: not plain_marks(window), timeout=5000)


def test_the_check_is_turned_off_for_every_release_and_remembered(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    type_korean(qtbot, window, "로드맵을 세웠다.")
    qtbot.waitUntil(lambda: bool(plain_marks(window)), timeout=5000)
    window.plain_everywhere.trigger()
    qtbot.waitUntil(lambda: not plain_marks(window), timeout=5000)
    assert not any(f.rule.startswith("plain-") for f in window.findings)
    assert i18n.settings().value("check/plain_korean", type=bool) is False
    assert not make_window().plain_everywhere.isChecked()


def test_the_check_is_turned_off_for_this_release_in_its_file(qtbot, window, tmp_path: Path):  # type: ignore[no-untyped-def]
    type_korean(qtbot, window, "로드맵을 세웠다.")
    qtbot.waitUntil(lambda: bool(plain_marks(window)), timeout=5000)
    window.plain_here.trigger()
    assert window.isWindowModified() and window.reviewer.reviewing.plain_korean is False
    qtbot.waitUntil(lambda: not plain_marks(window), timeout=5000)
    path = tmp_path / "a.release.json"
    assert window.save_to(path)
    assert storage.load(path).review.plain_korean is False
    window.open_path(path)
    assert not window.plain_here.isChecked()


def test_my_plain_korean_words_are_edited_in_the_glossary_dialog(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    type_korean(qtbot, window, "시큐리티를 강화했다.")
    qtbot.waitUntil(lambda: window.context is not None and bool(window.context.release.en.body), timeout=5000)
    assert not plain_marks(window)

    def run(dialog) -> bool:  # type: ignore[no-untyped-def]
        tab = dialog.plain
        assert tab.builtin.rowCount() > 500  # the built-in list, to look things up in
        tab.add_row()
        row = tab.table.rowCount() - 1
        tab.table.item(row, 0).setText("시큐리티")
        tab.table.item(row, 1).setText("보안 | 안전")
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    window.reviewer.run_dialog = run  # type: ignore[method-assign]
    window.reviewer.edit_glossary()
    assert window.reviewer.user_plain == (PlainWord("시큐리티", ("보안", "안전")),)
    assert "시큐리티\t보안|안전" in window.reviewer.user_plain_file.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: bool(plain_marks(window)), timeout=5000)
    assert make_window().reviewer.user_plain == window.reviewer.user_plain  # kept for the next window


def test_the_plain_korean_tab_refuses_a_word_without_its_plain_korean(qtbot):  # type: ignore[no-untyped-def]
    from drafter.gui.glossary_dialog import GlossaryDialog
    from drafter.parity import glossary

    dialog = GlossaryDialog([], [], glossary.default(), None, [])
    qtbot.addWidget(dialog)
    dialog.plain.add_row()
    dialog.plain.table.item(0, 0).setText("시큐리티")
    assert dialog.changed()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "plain Korean" in dialog.problem.text()
    assert dialog.tabs.currentWidget() is dialog.plain


def test_the_review_docx_lists_plain_korean_findings(qtbot, window, tmp_path: Path):  # type: ignore[no-untyped-def]
    type_korean(qtbot, window, "로드맵을 세웠다.")
    path = tmp_path / "review.docx"
    assert window.output.export_to(path, "review")
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert "로드맵" in xml and "단계별 이행안" in xml
    window.plain_everywhere.trigger()  # off: the review leaves them out too
    assert window.output.export_to(path, "review")
    assert "단계별 이행안" not in zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")


def test_an_unreadable_plain_korean_list_is_reported_and_kept(qtbot, make_window):  # type: ignore[no-untyped-def]
    first = make_window()
    first.reviewer.user_plain_file.parent.mkdir(parents=True, exist_ok=True)
    # a glossary, not a word list
    first.reviewer.user_plain_file.write_text("ko\ten\n로드맵\troadmap\n", encoding="utf-8")
    second = make_window()
    assert second.reviewer.user_plain == () and "plain_korean.tsv" in second.statusBar().currentMessage()
    assert first.reviewer.user_plain_file.read_text(encoding="utf-8") == "ko\ten\n로드맵\troadmap\n"
