"""The window's start with a data folder of the wrong kind (issue 21): a damaged My glossary, crash.log or the
word list a folder or a named pipe, a data folder that cannot be made. Each starts the window as a real
process (offscreen), as `python -m drafter FILE` does, under a memory cap and a generous time-out; a few
seconds after the start it reports what the window shows and quits."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from drafter import safety
from drafter.model import Release, Version
from tests.conftest import SAMPLES
from tests.test_attacks import POSIX, capped_python

SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"
PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QStatusBar
app = QApplication([sys.argv[0]])
from drafter.gui import app as gui_app

messages = []  # every status-bar message, in order: a later one may replace an earlier one on screen
show = QStatusBar.showMessage
QStatusBar.showMessage = lambda bar, text, timeout=0: (messages.append(text), show(bar, text, timeout))[1]

def report():
    window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"), None)
    box = QApplication.activeModalWidget()
    print(json.dumps({
        "title": window.ko.editors["title"].toPlainText() if window else None,
        "status": " | ".join(messages),
        "dialog": box.text() if isinstance(box, QMessageBox) else None,
    }, ensure_ascii=False), flush=True)
    if isinstance(box, QMessageBox):
        box.done(0)
    if window is not None:
        window.setWindowModified(False)
    QTimer.singleShot(0, app.quit)

QTimer.singleShot(int(float(sys.argv[1]) * 1000), report)
sys.exit(gui_app.run(sys.argv[2:]))
"""


def start(tmp_path: Path, *files: Path, after: float = 6) -> dict[str, str | None]:
    """Start the window with `files`, the data folder in tmp_path/data; what it shows after `after` seconds."""
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = capped_python("-c", PROBE, after, *files, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "Release Drafter"
    folder.mkdir(parents=True)
    return folder


@pytest.mark.parametrize(
    "content",
    ['ko\ten\n조달청\tPPS\n"열린 따옴표\t' + "가" * 140_000 + "\n", "ko,en\n" + "a," + "x" * 140_000 + "\n"],
    ids=["unclosed quote", "long field"],
)
def test_a_damaged_glossary_neither_stops_the_file_nor_the_recovery(tmp_path: Path, data: Path, content: str):
    (data / "glossary.tsv").write_text(content, encoding="utf-8")
    copy = safety.write_recovery(data / "recovery", "crashed", Release(ko=Version(title="복구할 글")), None)
    record = json.loads(copy.read_text(encoding="utf-8"))
    copy.write_text(json.dumps({**record, "pid": 999_999_999}), encoding="utf-8")  # its process is gone
    shown = start(tmp_path, SAMPLE)
    assert shown["title"] and "혁신제품" in shown["title"]  # the file named on the command line is open
    assert shown["dialog"] and "recover" in shown["dialog"].lower()  # and the crash's copy is offered
    assert (data / "glossary.tsv").read_text(encoding="utf-8") == content


@POSIX
@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_crash_log_and_word_list_of_the_wrong_kind_start_without_them(tmp_path: Path, data: Path, kind: str):
    for name in ("crash.log", "words.txt"):
        (data / name).mkdir() if kind == "folder" else os.mkfifo(data / name)
    shown = start(tmp_path, SAMPLE)
    assert shown["title"] and "혁신제품" in shown["title"]
    assert shown["status"] and shown["status"].count("without a crash log") == 1 and "crash.log" in shown["status"]


def test_a_data_folder_that_cannot_be_made_still_opens_the_window(tmp_path: Path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "Release Drafter").write_text("a file where the folder should be", encoding="utf-8")
    shown = start(tmp_path, SAMPLE)
    assert shown["title"] and "혁신제품" in shown["title"]
    assert shown["status"] and "without a crash log" in shown["status"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_quitting_with_a_word_list_that_is_a_pipe_ends_the_process(tmp_path: Path, data: Path):
    os.mkfifo(data / "words.txt")
    shown = start(tmp_path, SAMPLE, after=8)  # the spell checker has read (refused) the list by then
    assert shown["title"]
