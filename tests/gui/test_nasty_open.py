"""Opening or dropping bad files in the window: a message naming the file, and the work in the window kept."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from drafter.gui.main_window import MainWindow
from tests.gui.conftest import commit
from tests.test_nasty import NASTY


@pytest.mark.parametrize("bad", NASTY, ids=lambda p: p.name)
def test_opening_a_bad_file_keeps_the_work(qtbot, window: MainWindow, monkeypatch, bad):
    commit(window.ko.editors["body"], "지켜야 할 본문")
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    assert not window.open_path(bad)
    box = window.findChild(QMessageBox, "error_dialog")
    assert box is not None and bad.name in box.text()
    assert any("\uac00" <= ch <= "\ud7a3" for ch in box.informativeText())  # the other language, Korean
    box.close()
    box.deleteLater()
    assert window.ko.editors["body"].toPlainText() == "지켜야 할 본문"
