"""File ▸ Print with its preview, and the Export menu and Open filters as the format registry gives them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from drafter import formats
from drafter.formats import FORMATS, Format
from drafter.gui import i18n, pdf
from drafter.gui.i18n import text
from drafter.gui.main_window import MainWindow
from drafter.gui.printing import PrintPreview
from drafter.l10n import Message
from tests.gui.conftest import press
from tests.gui.test_pdf import full_release


def export_menu(window: MainWindow) -> QMenu:
    return window.findChild(QMenu, "export_menu")


def submenus(window: MainWindow) -> dict[str, QMenu]:
    """The Export menu's submenus by their titles without accelerators."""
    return {re.sub(r"\(&\w\)|&", "", m.title()): m for m in export_menu(window).findChildren(QMenu)}


def test_the_export_menu_lists_every_format_the_registry_writes_in_its_layouts(window: MainWindow):
    menus = submenus(window)
    written = [f for f in FORMATS if f.writer and ".release.json" not in f.suffixes]
    assert sorted(menus) == sorted(text(f.name) for f in written)
    pdf_menu = menus["PDF document"]
    assert [a.text() for a in pdf_menu.actions()] == ["&Korean", "&English", "Korean &and English"]
    assert [a.text() for a in menus["Word document"].actions()][-1] == "&Review table"


def test_a_format_added_to_the_registry_appears_in_the_menu_and_the_open_dialog(
    make_window, monkeypatch: pytest.MonkeyPatch
):
    hwpx = Format((".hwpx",), Message("한글 문서", "Hangul document"), "x:read", "x:write", ("ko", "bilingual"))
    monkeypatch.setattr(formats, "FORMATS", [*FORMATS, hwpx])
    monkeypatch.setattr("drafter.gui.file_types.FORMATS", formats.FORMATS)
    window = make_window()
    menus = submenus(window)
    assert [a.text() for a in menus["Hangul document"].actions()] == ["&Korean", "Korean &and English"]
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: shown.append(args[3]) or ("", ""))
    window.files.open_dialog()
    [filters] = shown
    assert "*.hwpx" in filters.split(";;")[0] and "Hangul document (*.hwpx)" in filters.split(";;")


def test_export_pdf_from_the_menu(qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    window.load(full_release(), None, "sample")
    out = tmp_path / "release.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), ""))
    action = export_menu(window).findChild(QMenu, "export.pdf").actions()[0]  # Korean
    action.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == "Exported release.pdf"


def test_ctrl_p_opens_the_preview_of_the_pages_in_the_layout_chosen(qtbot, window: MainWindow):
    window.load(full_release(), None, "sample")
    press(qtbot, window.ko.editors["body"], QKeySequence.StandardKey.Print)
    dialog = window.findChild(PrintPreview, "print_preview")
    assert dialog is not None and dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    both = preview.pageCount()
    assert dialog.chosen_layout() == "bilingual" and both == dialog.pages_painted >= 2
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("en"))
    qtbot.waitUntil(lambda: preview.pageCount() < both)
    assert dialog.pages_painted == preview.pageCount() == 1
    dialog.reject()
    window.output.print_release()  # the layout printed last comes back
    again = window.findChildren(PrintPreview)[-1]
    assert again.chosen_layout() == "en"
    again.reject()


def test_print_without_a_korean_font_says_so_and_opens_nothing(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(pdf, "korean_installed", lambda: False)
    window.load(full_release(), None, "sample")
    assert window.output.print_release() is None
    box = window.findChild(QMessageBox, "error_dialog")
    assert box is not None and "No Korean font is installed" in box.text()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreview) and w.isVisible()]


def test_an_english_print_needs_no_korean_font_and_the_korean_pages_are_refused(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(pdf, "korean_installed", lambda: False)
    window.load(full_release(), None, "sample")
    i18n.settings().setValue("print/layout", "en")
    dialog = window.output.print_release()
    assert dialog is not None and dialog.isVisible() and dialog.chosen_layout() == "en"
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert dialog.pages_painted == preview.pageCount() == 1
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("bilingual"))
    box = dialog.findChild(QMessageBox, "error_dialog")
    assert box is not None and "No Korean font is installed" in box.text()
    assert dialog.chosen_layout() == "en" and preview.pageCount() == 1
    dialog.reject()
