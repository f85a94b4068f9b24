"""Help: the quick guide, the shortcuts (from the menus), About with the versions and licences."""

from __future__ import annotations

import platform

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QTableWidget, QTextBrowser

import drafter
from drafter.gui import i18n
from drafter.gui.main_window import MainWindow
from tests.gui.conftest import press


def test_keyboard_shortcuts_lists_every_menu_shortcut(qtbot, window: MainWindow):
    press(qtbot, window, "Ctrl+/")
    dialog = window.findChild(QDialog, "shortcuts_dialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Find"] == "Ctrl+F" and rows["Find and Replace"].startswith("Ctrl+H, Ctrl+F2")
    assert rows["Save"].startswith("Ctrl+S, Alt+S")
    assert rows["Next Finding or Misspelling"] == "F8" and rows["Previous Finding or Misspelling"] == "Shift+F8"
    assert rows["Zoom In"].startswith("Ctrl++") and rows["Actual Size"] == "Ctrl+0"
    assert rows["Approve the pair and go to the next (review view)"] == "Ctrl+Return"
    assert rows["Keyboard Shortcuts"] == "Ctrl+/"
    dialog.close()


def test_about_shows_the_versions_and_licences(qtbot, window: MainWindow):
    text = window.show_help("about").findChild(QTextBrowser).toPlainText()
    assert f"Release Drafter {drafter.__version__}" in text
    assert f"Python {platform.python_version()}" in text and f"Qt {qVersion()}" in text
    for library, licence in (("python-docx", "MIT"), ("Babel", "BSD-3-Clause"), ("PyEnchant", "LGPL-2.1")):
        assert library in text and licence in text


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_quick_guide_opens_in_the_interface_language(qtbot, window: MainWindow, monkeypatch, language):
    monkeypatch.setattr(i18n, "_language", language)
    text = window.show_help("guide").findChild(QTextBrowser).toPlainText()
    assert ("Ctrl+F" in text) and (("맞춤법" in text) if language == "ko" else ("Misspelt" in text))
