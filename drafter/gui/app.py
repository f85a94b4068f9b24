"""Start the window: `python main.py [FILE]` or `python -m drafter [FILE]`."""

from __future__ import annotations

import faulthandler
import gc
import os
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLibraryInfo, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from drafter.gui import i18n
from drafter.gui.i18n import ui

if TYPE_CHECKING:
    from drafter.gui.main_window import MainWindow


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
    """For benchmarks/: print "painted" and quit once the window has painted (DRAFTER_EXIT_ON_PAINT=1)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QApplication.instance().quit()  # type: ignore[union-attr]
        return False


def run(argv: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(i18n.ORGANISATION)
    app.setApplicationName(i18n.APPLICATION)
    if i18n.load_language() == "ko":
        # Qt's own words (Save, Discard, Cancel in dialogs) in Korean too.
        translator = QTranslator(app)
        if translator.load("qtbase_ko", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(translator)
    from drafter.gui.main_window import MainWindow, data_folder

    crash_log = (data_folder() / "crash.log").open("a", encoding="utf-8")
    faulthandler.enable(crash_log)  # a hard crash (segfault) still leaves its stack behind

    window = MainWindow()
    sys.excepthook = lambda kind, error, tb: show_exception(window, kind, error, tb)
    files = [a for a in argv if not a.startswith("-")]
    if os.environ.get("DRAFTER_EXIT_ON_PAINT"):
        window.installEventFilter(_ExitOnFirstPaint(window))
    window.show()
    QTimer.singleShot(0, lambda: start(window, files))
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
