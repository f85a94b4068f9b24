"""Render the window with the sample release to docs/screenshot.png (under Xvfb or offscreen).

QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshot.py [--lang ko|en] [OUT.png]
--find TEXT shows the find bar on a match; --spelling (under Xvfb: the menu is a window of its own)
shows the spelling suggestions of a misspelt word; --plain (under Xvfb too) a loanword flagged as plain
Korean, with its suggestions (docs/plain-korean.png).
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
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshot.png"))
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--review", action="store_true", help="show the review view (a Korean edit, two approvals)")
    parser.add_argument("--glossary", action="store_true", help="show the glossary editor")
    parser.add_argument("--find", metavar="TEXT", help="show the find bar with TEXT found in both versions")
    parser.add_argument("--spelling", action="store_true", help="show spelling suggestions (under Xvfb)")
    parser.add_argument("--plain", action="store_true", help="show a plain-Korean suggestion (under Xvfb)")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from drafter.gui import i18n
    from drafter.gui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    i18n._language = args.lang
    window = MainWindow()
    window.resize(1400, 900)  # the window's first size
    window.show()
    window.open_path(ROOT / "resources" / "samples" / "pps-innovation-2026-11-24.txt")
    body = window.en.editors["body"]
    if args.plain:  # a paragraph as officers write it when in a hurry: a loanword with a plain Korean of its own
        ko_body = window.ko.editors["body"]
        ko_body.setPlainText(ko_body.toPlainText().replace("늘리고,", "늘리는 로드맵을 마련하고,", 1))
        body.setPlainText(body.toPlainText().replace("PPS will expand", "PPS will set out a roadmap to expand", 1))
    else:  # one slip in the English, so the picture shows what a finding looks like
        body.setPlainText(body.toPlainText().replace("3.8 billion won", "38 billion won"))
    if args.review:  # the Korean changed after the English was written: the first pair is stale
        ko_body = window.ko.editors["body"]
        ko_body.setPlainText(ko_body.toPlainText().replace("35개사가", "40개 기업이"))
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not window.findings:
        app.processEvents()
        time.sleep(0.02)
    window.checker.run_now()
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    if window.findings:
        window.show_finding(window.findings[0])
    if args.review:
        window.tabs.setCurrentIndex(1)
        for row in (3, 5):  # pairs without open errors (row 4 has the 38 billion won)
            window.review.set_approved(row, True)
        window.checker.run_now()
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        window.review.setCurrentCell(0, 0)
    if args.glossary:
        from drafter.gui.glossary_dialog import GlossaryDialog
        from drafter.model import Term
        from drafter.parity.glossary import default

        mine = [Term("혁신장터", ("Innovation Marketplace",), "", "name"), Term("해외실증", ("overseas pilot",))]
        dialog = GlossaryDialog([Term("성과보고회", ("results briefing",))], mine, default(), window)
        dialog.tabs.setCurrentIndex(1)
        dialog.show()
        app.processEvents()
        dialog.grab().save(args.out)
        window.setWindowModified(False)
        print(args.out)
        return 0
    if args.find:
        window.ko.editors["title"].setFocus()
        window.find(True)
        window.find_bar.find_edit.setText(args.find)
        window.find_step(1)
        window.find_step(1)
    if args.spelling:
        return _spelling(app, window, args.out)
    if args.plain:
        ko_body = window.ko.editors["body"]
        return _context_menu(app, window, ko_body, ko_body.toPlainText().index("로드맵") + 1, args.out)
    app.processEvents()
    window.grab().save(args.out)
    window.setWindowModified(False)
    print(args.out, len(window.findings), "findings")
    return 0


def _spelling(app, window, out: str) -> int:  # type: ignore[no-untyped-def]
    """Misspell a word on each side, wait for the squiggles, right-click the English one, grab the screen."""
    ko, en = window.ko.editors["body"], window.en.editors["body"]
    ko.setPlainText(ko.toPlainText().replace("공공조달시장", "공공조딜시장", 1))
    en.setPlainText(en.toPlainText().replace("public procurement market", "public procurment market", 1))
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    return _context_menu(app, window, en, en.toPlainText().index("procurment") + 2, out)


def _context_menu(app, window, editor, position: int, out: str) -> int:  # type: ignore[no-untyped-def]
    """Right-click `editor` at `position` and grab the screen with the menu open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent, QTextCursor

    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    at = editor.cursorRect(cursor).bottomLeft()  # below the word, which stays in sight

    def grab() -> None:
        frame = window.frameGeometry()
        app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(out)
        app.activePopupWidget().close()

    QTimer.singleShot(800, grab)
    editor.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, editor.viewport().mapToGlobal(at)))
    window.setWindowModified(False)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
