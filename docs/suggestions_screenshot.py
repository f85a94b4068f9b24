"""Render the window with the Suggestions panel (or the concordance) to a PNG, under Xvfb or offscreen.

The memory is filled with the test series' monthly releases of January to November 2025, in a
temporary data folder; the December release is opened with the English of two paragraphs taken
out, and the cursor put in the first of them.

QT_QPA_PLATFORM=offscreen .venv/bin/python docs/suggestions_screenshot.py [--lang ko|en] [--concordance] [OUT.png]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SERIES = ROOT / "tests" / "tm" / "data" / "monthly"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "suggestions.png"))
    parser.add_argument("--lang", choices=("ko", "en"), default="en")
    parser.add_argument("--concordance", action="store_true", help="show the concordance for 혁신제품 구매액")
    parser.add_argument("--stay", type=float, default=0, help="keep the window open this many seconds (for import)")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="drafter-shot-")
    os.environ["XDG_DATA_HOME"] = str(Path(home) / "data")
    os.environ["XDG_CONFIG_HOME"] = str(Path(home) / "config")

    from PySide6.QtWidgets import QApplication

    from drafter.formats import read_release
    from drafter.gui import i18n
    from drafter.gui.main_window import MainWindow
    from drafter.tm.importer import remember
    from drafter.tm.store import Memory

    app = QApplication([sys.argv[0]])
    app.setOrganizationName(i18n.ORGANISATION)
    app.setApplicationName(i18n.APPLICATION)
    i18n._language = args.lang
    window = MainWindow()
    with Memory.open(window.memory.path) as memory:
        for path in sorted(SERIES.glob("*.txt"))[:11]:
            remember(memory, read_release(path).release, str(path))
    window.resize(1400, 900)  # the window's first size
    window.show()
    window.open_path(SERIES / "2025-12.txt")
    english = window.en.editors["body"]
    paragraphs = english.toPlainText().split("\n\n")
    english.setPlainText("\n\n".join(p for i, p in enumerate(paragraphs) if i not in (1, 2)))
    wait(app, 1.0)
    window.checker.run_now()
    wait(app, 1.5)
    korean = window.ko.editors["body"]
    start = korean.toPlainText().index("중소기업과의")
    korean.setFocus()
    korean.select_span(start + 3, start + 3)
    wait(app, 2.0)
    if args.concordance:
        at = korean.toPlainText().index("혁신제품 구매액")
        korean.select_span(at, at + len("혁신제품 구매액"))
        window.show_concordance()
        wait(app, 1.5)
    widget = window.concordance if args.concordance else window
    widget.grab().save(args.out)
    print(args.out)
    wait(app, args.stay)
    window.setWindowModified(False)
    window.close()
    return 0


def wait(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    raise SystemExit(main())
