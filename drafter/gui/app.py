"""Start the window: `python main.py [FILE]` or `python -m drafter [FILE]`."""

from __future__ import annotations

import faulthandler
import gc
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLibraryInfo, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from drafter import RESOURCES
from drafter.gui import i18n
from drafter.gui.i18n import ui

if TYPE_CHECKING:
    from drafter.gui.main_window import MainWindow

FIRST_FRAME_WAIT_MS = 500


def show_exception(
    parent: QWidget | None, kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> QMessageBox:
    """An unexpected error as a dialog with the details to copy; the window and its text stay."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Release Drafter",
        ui(
            "Something went wrong inside Release Drafter. Your text is still in the window: "
            "save it, then please report the details below."
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("exception_dialog")
    box.setInformativeText(f"{kind.__name__}: {error}")
    box.setDetailedText("".join(traceback.format_exception(kind, error, tb)))
    box.open()
    return box


class _ExitOnFirstPaint(QObject):
    """For benchmarks/: print "painted" and the time (time.time()) and quit once the window has painted
    (DRAFTER_EXIT_ON_PAINT=1)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("painted", time.time(), flush=True)
            QApplication.instance().quit()  # type: ignore[union-attr]
        return False


class _AfterFirstPaint(QObject):
    """Finish the window and `then` once its first frame is painted (or after FIRST_FRAME_WAIT_MS, should the
    window not be painted: a minimised start)."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        QTimer.singleShot(FIRST_FRAME_WAIT_MS, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._go)  # after this paint
        return False

    def _go(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self._window.removeEventFilter(self)
        self._window.finish()
        then()


def run(argv: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(i18n.ORGANISATION)
    app.setApplicationName(i18n.APPLICATION)
    app.setDesktopFileName("release-drafter")  # the menu entry's name: desktops show its icon and name
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "release-drafter-256.png")))
    if i18n.load_language() == "ko":
        # Qt's own words (Save, Discard, Cancel in dialogs) in Korean too.
        translator = QTranslator(app)
        if translator.load("qtbase_ko", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(translator)
    from drafter.gui.main_window import MainWindow, data_folder

    crash_log = (data_folder() / "crash.log").open("a", encoding="utf-8")
    faulthandler.enable(crash_log)  # a hard crash (segfault) still leaves its stack behind

    window = MainWindow(first_frame=True)  # the editors: the rest is built once they are on screen
    sys.excepthook = lambda kind, error, tb: show_exception(window, kind, error, tb)
    files = [a for a in argv if not a.startswith("-")]
    if os.environ.get("DRAFTER_EXIT_ON_PAINT"):
        window.installEventFilter(_ExitOnFirstPaint(window))
    window.installEventFilter(_AfterFirstPaint(window, lambda: start(window, files)))
    window.show()
    return app.exec()


def start(window: MainWindow, files: list[str]) -> None:
    """Open the file asked for, then offer what a crash left: a restored copy replaces the file just
    opened (asking first if it has changes) instead of being dropped by the opening. In the event loop,
    so that an error on the way shows in the dialog."""
    try:
        if files:
            window.open_path(files[0])
    finally:
        window.offer_recovery()
        gc.freeze()  # what start-up made lives on: out of the garbage collector's full passes (see checker.py)
        if os.environ.get("DRAFTER_CLOSE_AFTER_START"):  # tests/packaging: the file is open; close as a user does
            QTimer.singleShot(0, window.close)
