"""Every key the README's shortcut table lists does what it says, on the platform this runs on (offscreen,
whose keys are Windows's) and, in a process of its own, under X11 (Xvfb) without a desktop session, with
KDE's keys and with GNOME's: Qt's standard keys differ between them (no Replace key at all under plain
X11, Ctrl+R under KDE, Ctrl+Shift+G for Find Previous under GNOME and Windows)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from drafter.gui.main_window import MainWindow
from drafter.gui.shortcuts import COMMANDS
from tests.conftest import ROOT
from tests.gui.conftest import press

# Keys the fields and views take themselves, each checked by what it does below.
HANDLED_BY_WIDGETS = {
    "Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z", "Ctrl+X", "Ctrl+C", "Ctrl+V", "Ctrl+A",
    "Return", "Shift+Return", "Esc", "Tab", "Shift+Tab", "Ctrl+Return",
}  # fmt: skip


def readme_keys() -> list[str]:
    """Every key of the README's table (*Keyboard shortcuts*), as written there."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Keyboard shortcuts", 1)[1]
    rows = [line for line in section.split("\n\n", 2)[1].splitlines() if line.startswith("|")][2:]
    keys = []
    for row in rows:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        for cell in cells[0::2]:
            keys += [k for k in re.split(r",\s*|\s*\(|\)", cell) if k.strip()]
    return keys


def test_the_readme_table_is_read_whole():
    keys = readme_keys()
    assert {"Ctrl+H", "Ctrl+F2", "Alt+S", "F8", "Shift+F8", "Ctrl++", "Ctrl+=", "Ctrl+/", "Tab"} <= set(keys)
    named = {QKeySequence(k).toString() for keys, _s in COMMANDS.values() for k in keys}
    for key in keys:  # each is a command of the table, or a key the fields and views take themselves
        assert key in HANDLED_BY_WIDGETS or QKeySequence(key).toString() in named, key


def _spy(window: MainWindow) -> list[str]:
    """Which actions trigger: every menu action's own slots are swapped for a note of its name."""
    fired: list[str] = []
    for action in window.findChildren(QAction):
        name = action.objectName()
        if name in COMMANDS:
            action.triggered.disconnect()
            action.triggered.connect(lambda _c=False, n=name: fired.append(n))
    return fired


def test_every_key_the_readme_lists_is_bound(qtbot, window: MainWindow):
    expected = os.environ.get("DRAFTER_EXPECT_PLATFORM", "offscreen")
    assert QGuiApplication.platformName() == expected
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    title = window.en.editors["title"]
    _edits(qtbot, window, title)
    _find_bar(qtbot, window)
    _levels(qtbot, window)
    _approve(qtbot, window)
    fired = _spy(window)
    body = window.ko.editors["body"]
    for key in readme_keys():
        if key in HANDLED_BY_WIDGETS:
            continue
        body.setFocus()
        fired.clear()
        press(qtbot, body, key)
        owner = next(n for n, (keys, _s) in COMMANDS.items() if QKeySequence(key) in map(QKeySequence, keys))
        assert fired == [owner], f"{key} should do {owner}, did {fired}"
    for action in window.findChildren(QAction):  # the platform's own keys are bound too
        name = action.objectName()
        if name in COMMANDS and COMMANDS[name][1] is not None:
            platform = QKeySequence(COMMANDS[name][1])
            named = {QKeySequence(k) for keys, _s in COMMANDS.values() for k in keys}
            assert platform.isEmpty() or platform in named or platform in action.shortcuts(), name


def _edits(qtbot, window: MainWindow, field) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    press(qtbot, field, "Ctrl+Z")
    assert field.toPlainText() == ""
    for redo in ("Ctrl+Y", "Ctrl+Shift+Z"):
        press(qtbot, field, redo)
        assert field.toPlainText() == "abc", redo
        press(qtbot, field, "Ctrl+Z")
    press(qtbot, field, "Ctrl+Y")
    press(qtbot, field, "Ctrl+A")
    assert field.textCursor().selectedText() == "abc"
    press(qtbot, field, "Ctrl+C")
    press(qtbot, field, "Ctrl+X")
    assert field.toPlainText() == ""
    press(qtbot, field, "Ctrl+V")
    press(qtbot, field, "Ctrl+V")
    assert field.toPlainText() == "abcabc"


def _find_bar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, window.en.editors["title"], "Ctrl+F")
    bar = window.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    qtbot.keyClicks(bar.find_edit, "abc")
    press(qtbot, bar.find_edit, "Return")
    assert bar.status.text() == "1 of 2 matches"
    press(qtbot, bar.find_edit, "Return")
    press(qtbot, bar.find_edit, "Shift+Return")
    assert bar.status.text() == "1 of 2 matches"
    press(qtbot, bar.find_edit, "Esc")
    assert not bar.isVisible()


def _levels(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    body = window.en.editors["body"]
    body.setFocus()
    qtbot.keyClicks(body, "Exports rose.")
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    press(qtbot, body, "Tab")
    assert body.toPlainText() == " • Exports rose."
    press(qtbot, body, "Shift+Tab")
    assert body.toPlainText() == "Exports rose."


def _approve(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(1)
    window.review.setFocus()
    approved = []
    window.review.approve_next.triggered.connect(lambda: approved.append(True))
    press(qtbot, window.review, "Ctrl+Return")
    assert approved
    window.tabs.setCurrentIndex(0)


# -- the same under X11 -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    """A display of an X server of our own (Xvfb), for this module's tests."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (Debian: xvfb; tests/run.sh installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    probe = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"],
        env={**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        server.terminate()
        pytest.skip(f"Qt cannot use X11 here (the README names the libraries): {probe.stderr.strip()[-300:]}")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


DESKTOPS = {
    "no desktop": {},
    "KDE": {"XDG_CURRENT_DESKTOP": "KDE", "KDE_SESSION_VERSION": "5", "KDE_FULL_SESSION": "true"},
    "GNOME": {"XDG_CURRENT_DESKTOP": "GNOME"},
}


@pytest.mark.parametrize("desktop", DESKTOPS)
def test_every_key_the_readme_lists_is_bound_under_x11(x_display: str, desktop: str, tmp_path: Path):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_CURRENT", "XDG_SESSION", "DESKTOP_SESSION", "KDE_", "GNOME_", "WAYLAND", "QT_"))
    }
    env.update(DESKTOPS[desktop])
    env.update(
        DISPLAY=x_display,
        QT_QPA_PLATFORM="xcb",
        DRAFTER_EXPECT_PLATFORM="xcb",
        # The desktop themes ask D-Bus for the desktop's settings; there is no session bus here.
        QT_LOGGING_RULES="qt.qpa.theme*=false",
    )
    run = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "run"),
            f"{__file__}::test_every_key_the_readme_lists_is_bound",
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]


def test_a_platform_key_that_another_command_names_is_left_to_that_command(qtbot, window: MainWindow):
    find_previous = window.findChild(QAction, "find_previous")
    glossary = window.findChild(QAction, "glossary")
    assert QKeySequence("Ctrl+Shift+G") not in find_previous.shortcuts()
    assert glossary.shortcuts()[0] == QKeySequence("Ctrl+Shift+G")
