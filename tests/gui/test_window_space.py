"""The window's space at 1,400 × 900, its default size: the body editors get most of the height, the
findings list folds away (remembered), the find bar's fields keep their room, two suggestions can be
read whole, and the levels of a body stand in their own columns, as the documents print them."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QTextCursor

from drafter.formats import read_release
from drafter.gui.find_bar import FIELD_CHARACTERS
from drafter.gui.main_window import MainWindow
from drafter.model import Meta, Paragraph, Release, Version
from drafter.tm.importer import remember
from tests.conftest import ROOT, SAMPLES
from tests.tm.conftest import DATA


def twenty_paragraphs() -> Release:
    """A release of 20 paragraphs at three levels, from the green purchases sample and two other releases."""
    parts = [
        SAMPLES / "pps-green-purchases-2026-12-04.txt",
        ROOT / "tests" / "parity" / "data" / "releases" / "mois-winter-safety.txt",
        ROOT / "tests" / "parity" / "data" / "releases" / "motie-exports.txt",
    ]
    release, *others = (read_release(p).release for p in parts)
    for other in others:
        release.ko.body += other.ko.body
        release.en.body += other.en.body
    release.ko.body, release.en.body = release.ko.body[:20], release.en.body[:20]
    return release


def settled(qtbot, window: MainWindow, release: Release) -> None:  # type: ignore[no-untyped-def]
    window.resize(1400, 900)
    window.load(release, None, "long")
    qtbot.wait(200)  # the fields fit their text once it is laid out


def test_at_1400_by_900_the_body_editors_get_most_of_the_height(qtbot, window: MainWindow):
    settled(qtbot, window, twenty_paragraphs())
    assert window.size().height() == 900
    body = window.ko.editors["body"]
    assert body.height() >= window.height() / 2
    assert window.en.editors["body"].height() == body.height()
    others = [e.height() for panel in (window.ko, window.en) for n, e in panel.editors.items() if n != "body"]
    assert body.height() > 3 * max(others) and body.height() > 3 * window.findings_panel.height()
    for name in ("title", "subtitle", "footnotes", "contact"):  # the rows of the two sides line up
        assert window.ko.editors[name].geometry().top() == window.en.editors[name].geometry().top()


def test_a_field_is_as_tall_as_its_text_on_either_side(qtbot, window: MainWindow):
    settled(qtbot, window, twenty_paragraphs())
    ko, en = window.ko.editors["contact"], window.en.editors["contact"]
    one_line = window.ko.editors["footnotes"].height()  # empty
    assert ko.height() == en.height() > one_line
    en.setPlainText("")
    ko.setPlainText("")
    qtbot.waitUntil(lambda: ko.height() == en.height() == one_line)


def test_the_findings_list_folds_to_its_counts_and_stays_folded(qtbot, window: MainWindow, make_window):
    settled(qtbot, window, twenty_paragraphs())
    before = window.ko.editors["body"].height()
    window.findings_panel.collapse.click()
    assert window.findings_panel.tree.isHidden() and window.findings_panel.counts.isVisible()
    assert not window.show_findings_list.isChecked()
    qtbot.waitUntil(lambda: window.ko.editors["body"].height() > before)
    window.close()
    again = make_window()
    assert again.findings_panel.tree.isHidden() and not again.show_findings_list.isChecked()
    again.show_findings_list.trigger()
    assert not again.findings_panel.tree.isHidden()


def test_the_find_and_replace_fields_keep_their_room(qtbot, window: MainWindow):
    settled(qtbot, window, twenty_paragraphs())
    window.proofing.find(True)
    bar = window.find_bar
    qtbot.waitUntil(lambda: bar.replace_edit.isVisible())
    least = bar.fontMetrics().horizontalAdvance("x") * FIELD_CHARACTERS
    assert bar.find_edit.width() >= least and bar.replace_edit.width() >= least


def test_two_suggestions_can_be_read_whole(qtbot, window: MainWindow):
    months = sorted((DATA / "monthly").glob("*.txt"))
    from drafter.tm.store import Memory

    with Memory.open(window.memory.path) as memory:
        for path in months[:3]:
            remember(memory, read_release(path).release, str(path))
    draft = read_release(months[3]).release
    settled(qtbot, window, Release(meta=Meta(release_date=date(2025, 4, 10)), ko=draft.ko))
    body = window.ko.editors["body"]
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(window.ko.paragraph_span(4)[0] + 3)
    body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: len(window.suggestions_panel.suggestions) >= 2, timeout=5000)
    shown = window.suggestions_panel.list
    qtbot.waitUntil(lambda: shown.visualItemRect(shown.item(1)).bottom() <= shown.viewport().height())
    label = shown.itemWidget(shown.item(1))
    assert label.height() >= label.heightForWidth(label.width())  # the whole text, not cut off


def _x(editor, position: int) -> int:  # type: ignore[no-untyped-def]
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return editor.cursorRect(cursor).x()


def test_each_level_has_its_own_column_in_the_editors(qtbot, window: MainWindow):
    ko = [Paragraph("조달청은 올해 구매액을 밝혔다.", bullet=b) for b in ("□", "ㅇ", "-")]
    en = [Paragraph("PPS announced its purchases.", bullet=b) for b in ("", "•", "–")]
    settled(qtbot, window, Release(ko=Version(body=ko), en=Version(body=en)))
    for panel, paragraphs in ((window.ko, ko), (window.en, en)):
        editor = panel.editors["body"]
        symbols, texts, at = [], [], 0
        for line in editor.toPlainText().split("\n"):
            if line.strip():
                symbols.append(_x(editor, at + len(line) - len(line.lstrip())))
                texts.append(_x(editor, at + line.index(paragraphs[len(texts)].text)))
            at += len(line) + 1
        assert symbols[0] < symbols[1] < symbols[2] or not paragraphs[0].bullet, panel.lang
        assert symbols[1] < symbols[2], panel.lang  # a level-3 symbol stands right of a level-2 one …
        assert texts[0] < texts[1] < texts[2], panel.lang  # … and so does its text


def test_started_with_a_file_the_fields_fit_it_and_the_suggestions_have_room(qtbot, tmp_path):
    """As `python main.py FILE` starts: the editors first, the rest after the first paint, then the file."""
    from drafter import storage
    from drafter.gui.app import _AfterFirstPaint

    path = tmp_path / "twenty.release.json"
    storage.save(twenty_paragraphs(), path)
    w = MainWindow(first_frame=True)
    qtbot.addWidget(w, before_close_func=lambda widget: widget.setWindowModified(False))
    w.installEventFilter(_AfterFirstPaint(w, lambda: w.open_path(path)))
    w.show()
    qtbot.waitUntil(lambda: w.en.editors["title"].toPlainText() != "", timeout=5000)
    qtbot.wait(200)
    for name in ("title", "subtitle", "contact"):
        pair = (w.ko.editors[name], w.en.editors[name])
        assert pair[0].shown == pair[1].shown == max(e.wanted_lines() for e in pair), name
    assert w.en.editors["title"].wanted_lines() == 2  # the English headline wraps once at this width
    assert w.suggestions_dock.height() > w.height() / 3
