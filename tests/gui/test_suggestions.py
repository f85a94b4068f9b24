"""The Suggestions panel, inserting with Ctrl+1…3 as one undo step, the concordance, pausing and clearing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from drafter.formats import read_release
from drafter.formats.body import format_body
from drafter.model import Meta, Release
from drafter.tm.importer import remember
from drafter.tm.store import Memory
from tests.gui.conftest import commit
from tests.tm.conftest import DATA

NEW = "혁신제품 구매액은 3,330억원으로 400개 기관이 1,500개 제품을 구매했다."
ADAPTED = "Purchases of innovative products totaled KRW 333 billion, with 400 institutions buying 1,500 products."


@pytest.fixture
def seeded(window):  # type: ignore[no-untyped-def]
    """The window with a memory of the first three monthly releases."""
    with Memory.open(window.memory.path) as memory:
        for path in sorted((DATA / "monthly").glob("*.txt"))[:3]:
            remember(memory, read_release(path).release, str(path))
    window.load(Release(meta=Meta(release_date=date(2025, 5, 12))), None, "")
    return window


def type_korean(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    commit(window.ko.editors["body"], text)
    qtbot.waitUntil(lambda: bool(window.suggestions_panel.suggestions), timeout=5000)


def test_the_panel_shows_adapted_suggestions_with_the_changes_marked(qtbot, seeded):
    type_korean(qtbot, seeded, NEW)
    panel = seeded.suggestions_panel
    first = panel.suggestions[0]
    assert first.en == ADAPTED and first.adapted and first.kind == "facts"
    label = panel.list.itemWidget(panel.list.item(0)).text()
    assert "Ctrl+1" in label and "figures adapted" in label
    assert "<span style='background:#c8e6c9'>KRW 333 billion</span>" in label  # the changed words marked
    assert "<u style='color:#2e7d32'>3,330억원으로</u>" in label  # and the Korean differences
    assert "Ctrl+1" in panel.status.text()


def test_ctrl_1_inserts_into_the_english_and_one_undo_takes_it_out(qtbot, seeded):
    type_korean(qtbot, seeded, NEW)
    english = seeded.en.editors["body"]
    seeded.activateWindow()
    qtbot.keyClick(seeded.ko.editors["body"], Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert english.toPlainText() == ADAPTED
    english.undo()
    assert english.toPlainText() == ""


def test_a_new_paragraph_goes_in_at_its_aligned_place(qtbot, seeded):
    ko = "첫째 문단이다.\n\n" + NEW + "\n\n셋째 문단이다."
    seeded.ko.editors["body"].setPlainText(ko)
    seeded.en.editors["body"].setPlainText("The first paragraph.\n\nThe third paragraph.")
    seeded.checker.run_now()
    qtbot.waitUntil(lambda: seeded.context is not None and len(seeded.context.pairs) == 3, timeout=5000)
    body = seeded.ko.editors["body"]
    cursor = body.textCursor()
    cursor.setPosition(ko.index(NEW) + 3)
    body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: bool(seeded.suggestions_panel.suggestions), timeout=5000)
    seeded.suggester.insert_suggestion(0)
    assert seeded.en.editors["body"].toPlainText() == f"The first paragraph.\n\n{ADAPTED}\n\nThe third paragraph."


def test_a_sentence_suggestion_goes_in_at_the_english_cursor(qtbot, seeded):
    seeded.ko.editors["body"].setPlainText(NEW + " 새로운 문장이 하나 더 있다.")
    seeded.en.editors["body"].setPlainText("Start.")
    seeded.checker.run_now()
    qtbot.waitUntil(lambda: seeded.context is not None, timeout=5000)
    english = seeded.en.editors["body"]
    cursor = english.textCursor()
    cursor.setPosition(len("Start."))
    english.setTextCursor(cursor)  # the cursor in the English: its Korean's sentences are suggested
    qtbot.waitUntil(lambda: bool(seeded.suggestions_panel.suggestions), timeout=5000)
    row = next(i for i, s in enumerate(seeded.suggestions_panel.suggestions) if s.en == ADAPTED)
    seeded.suggester.insert_suggestion(row)
    assert english.toPlainText() == "Start. " + ADAPTED


def test_saving_fills_the_memory_unless_paused(qtbot, seeded, tmp_path):
    seeded.ko.editors["title"].setPlainText("완전히 새로운 제목")
    seeded.en.editors["title"].setPlainText("An entirely new title")
    assert seeded.save_to(tmp_path / "a.release.json")
    seeded.memory.wait()
    with Memory.open(seeded.memory.path) as memory:
        assert [s.en for s in memory.containing("완전히 새로운", "ko")] == ["An entirely new title"]
    seeded.pause_memory.trigger()
    seeded.ko.editors["title"].setPlainText("다른 새로운 제목")
    seeded.en.editors["title"].setPlainText("Another new title")
    assert seeded.save_to(tmp_path / "b.release.json")
    seeded.memory.wait()
    with Memory.open(seeded.memory.path) as memory:
        assert memory.containing("다른 새로운", "ko") == []


def test_clearing_asks_first_then_empties_the_memory(qtbot, seeded, monkeypatch):
    monkeypatch.setattr(seeded.suggester, "ask_clear_memory", lambda: True)
    seeded.suggester.clear_memory()
    seeded.memory.wait()
    with Memory.open(seeded.memory.path) as memory:
        assert memory.count() == 0
    assert "empty" in seeded.suggestions_panel.status.text()


def test_concordance_shows_how_selected_words_were_translated(qtbot, seeded):
    body = seeded.ko.editors["body"]
    body.setPlainText("혁신제품 구매액은 늘었다.")
    body.select_span(0, len("혁신제품 구매액"))
    body.setFocus()
    seeded.activateWindow()
    qtbot.keyClick(body, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = seeded.suggester.concordance
    assert dialog is not None and dialog.query.text() == "혁신제품 구매액"
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=5000)
    assert all("혁신제품 구매액" in dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount()))
    assert "Purchases of innovative products" in dialog.table.item(0, 1).text()
    assert "translations, used" in dialog.summary.text()
    dialog.query.setText("innovative products")
    dialog.search()
    qtbot.waitUntil(lambda: "innovative products" in dialog.summary.text(), timeout=5000)
    assert dialog.table.rowCount() > 0
    dialog.close()


def test_a_damaged_memory_is_reported_in_the_status_bar(qtbot, window):
    window.memory.path.write_bytes(b"not a database" * 100)
    commit(window.ko.editors["body"], NEW)
    qtbot.waitUntil(lambda: "was damaged" in window.statusBar().currentMessage(), timeout=5000)
    assert list(window.memory.path.parent.glob("memory.sqlite3.damaged-*"))


@pytest.fixture
def remembered(window):  # type: ignore[no-untyped-def]
    """The window with a memory of the sample release (levels □ ㅇ -, a note, a footnote), and a new release
    whose Korean is that release's, its English empty."""
    from tests.formats.hwpx_helpers import sample_release

    earlier = sample_release()
    with Memory.open(window.memory.path) as memory:
        remember(memory, earlier, "earlier.release.json")
    draft = Release(meta=earlier.meta, ko=earlier.ko)
    window.load(draft, None, "")
    window.checker.run_now()
    return window, earlier


def rest_in(qtbot, window, editor, position: int) -> None:  # type: ignore[no-untyped-def]
    """Put the cursor at `position` of an editor and wait for the suggestions for what it is in."""
    window.suggestions_panel.clear_suggestions("")
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: bool(window.suggestions_panel.suggestions), timeout=5000)


def test_ctrl_1_gives_a_new_english_paragraph_its_english_symbol_and_its_notes(qtbot, remembered):
    window, earlier = remembered
    qtbot.waitUntil(lambda: window.context is not None, timeout=5000)
    korean = window.ko.editors["body"]
    for index in (1, 2, 3):  # □ (with a note), ㅇ, -
        rest_in(qtbot, window, korean, window.ko.paragraph_span(index)[0] + 2)
        window.suggester.insert_suggestion(0)
        window.checker.run_now()
        qtbot.waitUntil(lambda n=index: window.context is not None and len(window.context.release.en.body) == n)
    english = window.en.version().body
    assert [(p.level, p.bullet) for p in english] == [(0, ""), (2, "•"), (3, "–")]
    assert english[0].notes == earlier.en.body[1].notes
    assert not any(symbol in window.en.editors["body"].toPlainText() for symbol in "□ㅇ○")


def test_the_title_subtitle_lines_and_notes_get_suggestions_like_paragraphs(qtbot, remembered):
    window, earlier = remembered
    qtbot.waitUntil(lambda: window.context is not None, timeout=5000)
    rest_in(qtbot, window, window.ko.editors["title"], 3)
    window.suggester.insert_suggestion(0)
    assert window.en.editors["title"].toPlainText() == earlier.en.title
    subtitle = window.ko.editors["subtitle"]
    for position in (2, subtitle.toPlainText().index("\n") + 2):  # each line
        rest_in(qtbot, window, subtitle, position)
        window.suggester.insert_suggestion(0)
    assert window.en.version().subtitle == earlier.en.subtitle
    rest_in(qtbot, window, window.ko.editors["footnotes"], 3)
    window.suggester.insert_suggestion(0)
    assert window.en.version().footnotes == earlier.en.footnotes


def test_a_note_gets_its_suggestion_into_the_english_paragraph(qtbot, remembered):
    window, earlier = remembered
    english = [replace(p, notes=[]) for p in earlier.en.body]
    window.en.editors["body"].setPlainText(format_body(english))
    window.checker.run_now()
    qtbot.waitUntil(lambda: window.context is not None and len(window.context.pairs) == 5, timeout=5000)
    korean = window.ko.editors["body"]
    rest_in(qtbot, window, korean, korean.toPlainText().index("전년 수출액") + 2)  # on the note's line
    assert window.suggestions_panel.suggestions[0].en == earlier.en.body[1].notes[0].text
    window.suggester.insert_suggestion(0)
    assert window.en.version().body[1].notes == earlier.en.body[1].notes
