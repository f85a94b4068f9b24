"""Render the window with a plain-Korean finding and its suggestions in the context menu (under Xvfb: the
menu is a window of its own), to docs/plain-korean.png.

DISPLAY=:26 .venv/bin/python docs/plain_screenshot.py [--lang ko|en] [OUT.png]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "plain-korean.png"))
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from drafter.gui import i18n
    from drafter.gui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    i18n._language = args.lang
    window = MainWindow()
    window.resize(1500, 950)
    window.show()
    window.open_path(ROOT / "resources" / "samples" / "pps-innovation-2026-11-24.txt")
    ko, en = window.ko.editors["body"], window.en.editors["body"]
    # A paragraph as officers write it when in a hurry: a loanword with a plain Korean of its own.
    ko.setPlainText(ko.toPlainText().replace("50개 제품으로 늘리고,", "50개 제품으로 늘리는 로드맵을 마련하고,", 1))
    en.setPlainText(en.toPlainText().replace("PPS will expand", "PPS will set out a roadmap to expand", 1))

    def wait(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)

    wait(1)
    window.checker.run_now()
    wait(2)
    cursor = QTextCursor(ko.document())
    cursor.setPosition(ko.toPlainText().index("로드맵") + 1)
    ko.setTextCursor(cursor)
    ko.ensureCursorVisible()
    at = ko.cursorRect(cursor).bottomLeft()  # below the word, which stays in sight

    def grab() -> None:
        frame = window.frameGeometry()
        app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(args.out)
        app.activePopupWidget().close()

    QTimer.singleShot(800, grab)
    ko.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, ko.viewport().mapToGlobal(at)))
    window.setWindowModified(False)
    print(args.out, [f.rule for f in window.findings])
    return 0


if __name__ == "__main__":
    sys.exit(main())
