"""HWPX in the window: exported from the release on screen, and opened by dropping it on the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from drafter.formats.hwpx_reader import read_hwpx
from drafter.gui.main_window import MainWindow
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"


def drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def test_export_hwpx_and_drop_it_back_on_the_window(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    assert window.open_path(SAMPLE)
    out = tmp_path / "release.hwpx"
    assert window.output.export_to(out, "ko")
    assert read_hwpx(out).release.ko.title == window.release().ko.title
    window.ko.editors["title"].setPlainText("")
    monkeypatch.setattr(window.files, "maybe_save", lambda: True)
    drop(window, out)
    assert window.ko.editors["title"].toPlainText().startswith("혁신제품 해외조달시장")
    assert window.en.editors["title"].toPlainText() == ""  # the Korean alone: ready to translate
