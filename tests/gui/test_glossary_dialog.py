"""The glossary editor, offscreen: three tabs, typing terms, filter, import, export and the checks on OK."""

from __future__ import annotations

import csv
import io
import os
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox, QPushButton

from drafter.gui.glossary_dialog import GlossaryDialog, TermTable
from drafter.parity import glossary
from drafter.parity.glossary import Glossary, Term
from tests.gui.conftest import commit

PPS = Term("조달청", ("Public Procurement Service", "PPS"), "PPS", "agency")
MND = Term("국방부", ("Ministry of National Defense",), "MND", "ministry")
MOEF = Term("기획재정부", ("Ministry of Economy and Finance",), "MOEF", "ministry")
INNOVATION = Term("혁신제품", ("innovative product",), "", "term")


@pytest.fixture
def dialog(qtbot) -> GlossaryDialog:  # type: ignore[no-untyped-def]
    d = GlossaryDialog([PPS], [MND], Glossary([MOEF, INNOVATION]))
    qtbot.addWidget(d, before_close_func=lambda widget: widget.done(0))  # closed without the discard question
    d.show()
    qtbot.waitActive(d)
    return d


def button(d: GlossaryDialog, name: str) -> QPushButton:
    found = d.findChild(QPushButton, name)
    assert found is not None, name
    return found


def editor() -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit)
    return widget


def type_row(qtbot, page: TermTable, ko: str, en: str = "", acronym: str = "") -> None:  # type: ignore[no-untyped-def]
    """Add a row and fill it in as a user does: Korean by input method, Tab, English by keys, Return."""
    button(page.window(), f"{page.key}_add").click()
    commit(editor(), ko)
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    qtbot.keyClicks(editor(), en)
    if acronym:
        qtbot.keyClick(editor(), Qt.Key.Key_Tab)
        qtbot.keyClicks(editor(), acronym)
    qtbot.keyClick(editor(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def shown(page: TermTable) -> list[str]:
    return [page.row(r)[0] for r in range(page.table.rowCount()) if not page.table.isRowHidden(r)]


def error_box(d: GlossaryDialog) -> QMessageBox:
    box = d.findChild(QMessageBox, "glossary_error")
    assert box is not None and box.isVisible()
    return box


def test_the_three_tabs_hold_the_terms_given(dialog: GlossaryDialog):
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["This release", "My glossary", "Built-in"]
    assert dialog.windowTitle() == "Glossary"
    assert dialog.release_terms() == [PPS]
    assert dialog.user_terms() == [MND]
    assert dialog.pages["builtin"].rows() == [
        ("기획재정부", "Ministry of Economy and Finance", "MOEF", "ministry"),
        ("혁신제품", "innovative product", "", "term"),
    ]
    assert dialog.pages["release"].table.horizontalHeaderItem(1).text() == "English (alternatives separated by |)"


def test_the_built_in_tab_is_read_only(dialog: GlossaryDialog):
    table = dialog.pages["builtin"].table
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    for name in ("builtin_add", "builtin_remove", "builtin_import"):
        assert dialog.findChild(QPushButton, name) is None
    with pytest.raises(ValueError):
        dialog.import_from("any.tsv", "builtin")


def test_the_shipped_glossary_fills_the_built_in_tab(qtbot):  # type: ignore[no-untyped-def]
    d = GlossaryDialog([], [], glossary.default())
    qtbot.addWidget(d)
    assert d.pages["builtin"].table.rowCount() == len(glossary.default().terms) > 400
    assert set(d.terms("builtin")) == set(glossary.default().terms)


def test_add_starts_editing_the_korean_cell_of_a_new_row(dialog: GlossaryDialog):
    page = dialog.pages["release"]
    button(dialog, "release_add").click()
    assert page.table.rowCount() == 2
    assert page.table.state() == QAbstractItemView.State.EditingState
    assert page.table.currentColumn() == 0 and page.row(page.table.currentRow()) == ("", "", "", "")
    assert page.selected_rows() == [page.table.currentRow()]


def test_a_typed_row_becomes_a_term_in_nfc(qtbot, dialog: GlossaryDialog):  # type: ignore[no-untyped-def]
    decomposed = unicodedata.normalize("NFD", "행정안전부")
    assert decomposed != "행정안전부"
    type_row(qtbot, dialog.pages["release"], decomposed, " Ministry of the Interior and Safety | MOIS ", "MOIS")
    added = Term("행정안전부", ("Ministry of the Interior and Safety", "MOIS"), "MOIS", "")
    assert sorted(dialog.release_terms(), key=lambda t: t.ko) == [PPS, added]
    button(dialog, "release_add").click()  # an empty row is dropped on OK
    dialog.button_box.button(dialog.button_box.StandardButton.Ok).click()
    assert dialog.result() == GlossaryDialog.DialogCode.Accepted and not dialog.isVisible()
    assert len(dialog.release_terms()) == 2


def test_remove_deletes_the_selected_rows(dialog: GlossaryDialog):
    page = dialog.pages["user"]
    page.merge([MOEF, INNOVATION])
    page.table.selectRow(page.rows().index(("국방부", "Ministry of National Defense", "MND", "ministry")))
    button(dialog, "user_remove").click()
    assert sorted(t.ko for t in dialog.user_terms()) == ["기획재정부", "혁신제품"]


def test_the_filter_hides_rows_without_the_text_in_any_column(dialog: GlossaryDialog):
    page = dialog.pages["user"]
    page.merge([MOEF, INNOVATION])
    page.filter.setText("MINISTRY")
    assert sorted(shown(page)) == ["국방부", "기획재정부"]
    page.filter.setText("혁신")
    assert shown(page) == ["혁신제품"]
    page.filter.setText("nothing like this")
    assert shown(page) == []
    page.filter.clear()
    assert len(shown(page)) == 3


def test_remove_leaves_rows_the_filter_hides(dialog: GlossaryDialog):
    page = dialog.pages["user"]
    page.merge([MOEF, INNOVATION])
    page.filter.setText("ministry")
    page.table.selectAll()
    button(dialog, "user_remove").click()
    assert dialog.user_terms() == [INNOVATION]


@pytest.mark.parametrize(
    ("name", "text", "encoding"),
    [
        ("terms.tsv", "ko\ten\tacronym\tnote\n조달청\tPublic Procurement Service|PPS|Procurement Service\tPPS\t\n"
         "국세청\tNational Tax Service\tNTS\tagency\n", "utf-8"),
        ("terms.csv", 'ko,en,acronym,note\n조달청,"Public Procurement Service|PPS|Procurement Service",PPS,\n'
         "국세청,National Tax Service,NTS,agency\n", "cp949"),
    ],
)  # fmt: skip
def test_import_merges_replacing_the_same_korean_term(dialog: GlossaryDialog, tmp_path: Path, name, text, encoding):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    assert dialog.import_from(str(path), "release")
    assert sorted(dialog.release_terms(), key=lambda t: t.ko) == [
        Term("국세청", ("National Tax Service",), "NTS", "agency"),
        Term("조달청", ("Public Procurement Service", "PPS", "Procurement Service"), "PPS", ""),
    ]
    assert dialog.user_terms() == [MND]
    assert dialog.status.text() == f"Terms imported from {name}: 2."


def test_the_import_button_imports_the_chosen_file_into_its_tab(dialog, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.txt"
    path.write_text("ko\ten\n국세청\tNational Tax Service\n", encoding="utf-8")
    monkeypatch.setattr(dialog, "ask_import_path", lambda: "")
    button(dialog, "user_import").click()  # cancelled
    assert dialog.user_terms() == [MND]
    monkeypatch.setattr(dialog, "ask_import_path", lambda: str(path))
    button(dialog, "user_import").click()
    assert sorted(t.ko for t in dialog.user_terms()) == ["국방부", "국세청"]
    assert dialog.release_terms() == [PPS]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04\x00\x00\x08\x00binary\x00\x01\x02", "binary"),
        ("이름\t설명\n조달청\tPPS\n".encode(), "columns ko and en"),
        (b'ko,en\n"unclosed,' + b"x" * 140_000 + b"\n", "line 2: a field is longer than 131,072 characters"),
    ],
)
def test_a_bad_file_shows_the_error_and_changes_nothing(dialog, tmp_path: Path, content: bytes, message: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.tsv"
    path.write_bytes(content)
    assert not dialog.import_from(str(path), "release")
    box = error_box(dialog)
    assert "bad.tsv" in box.text() and message in box.text()
    assert "bad.tsv" in box.informativeText()  # and in Korean below
    assert dialog.release_terms() == [PPS] and dialog.status.text() == ""
    box.close()


@pytest.mark.parametrize(("suffix", "first_line"), [(".tsv", "ko\ten\tacronym\tnote"), (".csv", "ko,en,acronym,note")])
def test_export_round_trips(dialog: GlossaryDialog, tmp_path: Path, suffix: str, first_line: str):
    dialog.pages["release"].merge([MND, INNOVATION])
    path = tmp_path / f"out{suffix}"
    assert dialog.export_to(str(path), "release")
    assert path.read_text(encoding="utf-8-sig").splitlines()[0] == first_line
    assert sorted(glossary.load(path).terms, key=lambda t: t.ko) == [MND, PPS, INNOVATION]
    assert dialog.status.text().startswith(f"Terms exported to out{suffix}: 3.")


def test_exported_cells_are_never_formulas_in_a_spreadsheet(dialog: GlossaryDialog, tmp_path: Path):
    """OWASP's CSV injection: a cell starting with = + - @ (or tab, CR) is written with an apostrophe before it."""
    hostile = Term('=HYPERLINK("http://x.example","클릭")', ("@SUM(A1)", "-2+3"), "+cmd|' /C calc'!A0", "=1+1")
    dialog.pages["release"].merge([hostile])
    path = tmp_path / "out.csv"
    assert dialog.export_to(str(path), "release")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)
    assert "'=HYPERLINK" in path.read_text(encoding="utf-8-sig")
    assert hostile in glossary.load(path).terms  # read back as it was
    assert "apostrophe" in dialog.status.text() and "formula" in dialog.status.text()


def test_the_export_button_of_the_built_in_tab_writes_the_chosen_file(dialog, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    path = tmp_path / "builtin.tsv"
    monkeypatch.setattr(dialog, "ask_export_path", lambda: str(path))
    button(dialog, "builtin_export").click()
    assert sorted(glossary.load(path).terms, key=lambda t: t.ko) == [MOEF, INNOVATION]


def test_a_failed_export_shows_the_error_and_keeps_the_old_file(dialog, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    path = tmp_path / "old.tsv"
    path.write_text("ko\ten\n", encoding="utf-8")

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    assert not dialog.export_to(str(path), "user")
    assert "old.tsv" in error_box(dialog).text() and "Permission denied" in error_box(dialog).text()
    assert path.read_text(encoding="utf-8") == "ko\ten\n"
    assert [p.name for p in tmp_path.iterdir()] == ["old.tsv"]
    error_box(dialog).close()


def test_copy_to_my_glossary(dialog: GlossaryDialog):
    page = dialog.pages["builtin"]
    page.table.selectRow(page.rows().index(("혁신제품", "innovative product", "", "term")))
    button(dialog, "builtin_copy").click()
    assert sorted(t.ko for t in dialog.user_terms()) == ["국방부", "혁신제품"]
    assert dialog.status.text() == "Terms copied to My glossary: 1."


def test_a_half_filled_row_keeps_the_dialog_open(qtbot, dialog: GlossaryDialog):  # type: ignore[no-untyped-def]
    type_row(qtbot, dialog.pages["user"], "해양수산부")
    page = dialog.pages["user"]
    page.filter.setText("defense")  # the row at fault is hidden: it must be shown
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == GlossaryDialog.DialogCode.Rejected
    assert dialog.tabs.currentWidget() is page
    row = page.rows().index(("해양수산부", "", "", ""))
    assert page.selected_rows() == [row] and not page.table.isRowHidden(row)
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == f"Row {row + 1}: a term needs both the Korean and the English."
    page.table.item(row, 1).setText("Ministry of Oceans and Fisheries")
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == GlossaryDialog.DialogCode.Accepted


def test_english_without_korean_is_refused_too(qtbot, dialog: GlossaryDialog):  # type: ignore[no-untyped-def]
    type_row(qtbot, dialog.pages["release"], "", "Statistics Korea")
    dialog.accept()
    assert dialog.isVisible() and "needs both the Korean and the English" in dialog.problem.text()


def test_the_same_korean_term_twice_is_refused_even_in_another_normal_form(qtbot, dialog: GlossaryDialog):  # type: ignore[no-untyped-def]
    type_row(qtbot, dialog.pages["release"], unicodedata.normalize("NFD", "조달청"), "Procurement Service")
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.text() == '"조달청" appears twice.'
    page = dialog.pages["release"]
    assert [page.row(r)[0] for r in page.selected_rows()] == ["조달청"]
    page.remove_selected()
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.release_terms() in ([PPS], [Term("조달청", ("Procurement Service",))])


def test_cancel_with_changes_asks_before_dropping_them(dialog: GlossaryDialog, monkeypatch: pytest.MonkeyPatch):
    asked: list[bool] = []
    monkeypatch.setattr(dialog, "ask_discard", lambda: asked.append(True) or False)
    dialog.reject()  # nothing changed: closes without asking
    assert asked == [] and dialog.result() == 0
    dialog.show()
    dialog.pages["user"].merge([Term("혁신장터", ("Innovation Marketplace",))])
    dialog.reject()
    assert asked == [True] and dialog.isVisible()  # the user chose to keep editing
    monkeypatch.setattr(dialog, "ask_discard", lambda: True)
    dialog.reject()
    assert not dialog.isVisible()
