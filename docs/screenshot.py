"""Render the window with the sample release to docs/screenshot.png (under Xvfb or offscreen).

QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshot.py [--lang ko|en] [OUT.png]
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
    parser.add_argument("--review", action="store_true", help="show the review view")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from drafter.gui import i18n
    from drafter.gui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    i18n._language = args.lang
    window = MainWindow()
    window.resize(1500, 950)
    window.show()
    window.open_path(ROOT / "resources" / "samples" / "pps-innovation-2026-11-24.txt")
    # One slip in the English, so the picture shows what a finding looks like.
    body = window.en.editors["body"]
    body.setPlainText(body.toPlainText().replace("3.8 billion won", "38 billion won"))
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
    app.processEvents()
    window.grab().save(args.out)
    window.setWindowModified(False)
    print(args.out, len(window.findings), "findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
