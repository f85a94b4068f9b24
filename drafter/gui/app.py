"""Start the window: `python main.py [FILE]` or `python -m drafter [FILE]`."""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import os
import stat
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QEvent, QLibraryInfo, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from drafter import RESOURCES
from drafter.errors import shown
from drafter.gui import i18n
from drafter.gui.i18n import ui

if TYPE_CHECKING:
    from drafter.gui.main_window import MainWindow

FIRST_FRAME_WAIT_MS = 500
CRASH_LOG_BYTES = 1024 * 1024  # the stacks of many crashes; a longer log starts anew


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
        try:
            self._window.finish()
        finally:  # whatever went wrong (the exception hook shows it): the file opens, a crash's copy is offered
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

    crash_log, no_log = open_crash_log(data_folder() / "crash.log")
    if crash_log is not None:
        faulthandler.enable(crash_log)  # a hard crash (segfault) still leaves its stack behind

    window = MainWindow(first_frame=True)  # the editors: the rest is built once they are on screen
    sys.excepthook = lambda kind, error, tb: show_exception(window, kind, error, tb)
    files = [a for a in argv if not a.startswith("-")]
    if os.environ.get("DRAFTER_EXIT_ON_PAINT"):
        window.installEventFilter(_ExitOnFirstPaint(window))
    window.installEventFilter(_AfterFirstPaint(window, lambda: start(window, files, no_log)))
    window.show()
    return app.exec()


def open_crash_log(path: Path) -> tuple[TextIO | None, str]:
    """`crash.log`, opened to add to it, or (None, why it cannot be): a folder, a pipe (opening one would wait
    for a reader), a device or a link there, or a folder that cannot be written. One that has grown beyond
    CRASH_LOG_BYTES starts anew."""
    not_a_file = ui("Started without a crash log: {file} is not a regular file.", file=shown(str(path)))
    with contextlib.suppress(OSError):
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None, not_a_file
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        return None, ui("Started without a crash log: {file}: {why}", file=shown(str(path)), why=exc.strerror or exc)
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # put there since it was looked at
        os.close(fd)
        return None, not_a_file
    if os.fstat(fd).st_size > CRASH_LOG_BYTES:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
    return os.fdopen(fd, "a", encoding="utf-8"), ""


def start(window: MainWindow, files: list[str], notice: str = "") -> None:
    """Open the file asked for, then offer what a crash left: a restored copy replaces the file just
    opened (asking first if it has changes) instead of being dropped by the opening. In the event loop,
    so that an error on the way shows in the dialog. `notice`: what to say once in the status bar."""
    try:
        if files:
            window.open_path(files[0])
    finally:
        window.files.offer_recovery()
        if notice:
            window.statusBar().showMessage(notice, 30000)
        gc.freeze()  # what start-up made lives on: out of the garbage collector's full passes (see checker.py)
        if os.environ.get("DRAFTER_CLOSE_AFTER_START"):  # tests/packaging: the file is open; close as a user does
            QTimer.singleShot(0, window.close)
