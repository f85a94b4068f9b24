from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from drafter.gui import i18n
from drafter.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(i18n, "_language", "en")


@pytest.fixture
def make_window(qtbot):  # type: ignore[no-untyped-def]
    """New main windows, closed after the test without the unsaved-changes prompt."""

    def make() -> MainWindow:
        w = MainWindow()
        qtbot.addWidget(w, before_close_func=lambda widget: widget.setWindowModified(False))
        w.show()
        qtbot.waitExposed(w)
        return w

    return make


@pytest.fixture
def window(make_window) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield make_window()


def commit(widget: QWidget, text: str) -> None:
    """Type text as an input method does (keyClicks cannot compose Hangul)."""
    widget.setFocus()
    preedit = QInputMethodEvent(text[:1], [])
    QApplication.sendEvent(widget, preedit)
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press(qtbot, widget: QWidget, sequence: QKeySequence.StandardKey | str) -> None:  # type: ignore[no-untyped-def]
    """Press a shortcut as the user would (the first key combination of a standard key)."""
    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())
    # QTest leaves the modifiers held in QGuiApplication's state, where a later click would read them.
    qtbot.keyRelease(widget, Qt.Key.Key_Shift)
