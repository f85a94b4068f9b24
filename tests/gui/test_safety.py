"""The window keeps work safe: autosave, recovery after a crash, changed-on-disk prompt, locks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from drafter import safety, storage
from drafter.gui.app import start
from drafter.gui.main_window import MainWindow
from drafter.model import Paragraph, Release, Version
from tests.conftest import ROOT
from tests.gui.conftest import commit


def test_typing_writes_a_recovery_copy_and_saving_removes_it(qtbot, window: MainWindow, tmp_path: Path):
    commit(window.ko.editors["body"], "저장 전에 쓴 글")
    qtbot.waitUntil(
        lambda: window.files.recovery_file is not None and window.files.recovery_file.exists(), timeout=5000
    )
    copy = json.loads(window.files.recovery_file.read_text(encoding="utf-8"))
    assert copy["release"]["ko"]["body"][0]["text"] == "저장 전에 쓴 글"
    file = window.files.recovery_file
    assert window.save_to(tmp_path / "a.release.json")
    assert not file.exists() and window.files.recovery_file is None


def test_steady_typing_is_saved_at_least_every_30_seconds(qtbot, window: MainWindow, monkeypatch):
    window.files._last_autosave -= 31
    commit(window.ko.editors["title"], "제목")
    assert window.files.recovery_file is not None and window.files.recovery_file.exists()


def test_a_clean_close_removes_the_recovery_copy(qtbot, make_window, monkeypatch):
    w = make_window()
    commit(w.ko.editors["title"], "제목")
    w.files.autosave()
    file = w.files.recovery_file
    monkeypatch.setattr(w.files, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    w.close()
    assert not file.exists()


CRASHING = r"""
import sys, time
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
app = QApplication([])
from drafter.gui import i18n
i18n.load_language()
from drafter.gui.app import start
from drafter.gui.main_window import MainWindow
w = MainWindow(); w.show()
editor = w.ko.editors["body"]; editor.setFocus()
event = QInputMethodEvent(); event.setCommitString("충돌 직전에 입력한 문장"); QApplication.sendEvent(editor, event)
while w.files.recovery_file is None:
    app.processEvents(); time.sleep(0.01)
print(w.files.recovery_folder, flush=True)
while True:
    app.processEvents(); time.sleep(0.01)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_after_sigkill_the_typed_text_is_offered_back(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    child = subprocess.Popen([sys.executable, "-c", CRASHING], env=env, stdout=subprocess.PIPE, text=True)
    try:
        folder = Path(child.stdout.readline().strip())  # type: ignore[union-attr]
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    window.files.recovery_folder = folder  # the next start, with the same data folder
    offered = []
    monkeypatch.setattr(
        window.files, "ask_recovery", lambda copy: offered.append(copy) or QMessageBox.StandardButton.Open
    )
    window.files.offer_recovery()
    assert len(offered) == 1 and offered[0].original is None
    assert window.ko.editors["body"].toPlainText() == "충돌 직전에 입력한 문장"
    assert window.isWindowModified()
    assert safety.find_recovery(folder) == []  # taken over by this session's own copy


def test_decide_later_keeps_the_copy(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    file = safety.write_recovery(tmp_path, "old", Release(ko=Version(title="남은 글")), None)
    data = json.loads(file.read_text(encoding="utf-8"))
    data["pid"] = 2**22 + 12345  # no such process
    file.write_text(json.dumps(data), encoding="utf-8")
    window.files.recovery_folder = tmp_path
    monkeypatch.setattr(window.files, "ask_recovery", lambda copy: QMessageBox.StandardButton.Cancel)
    window.files.offer_recovery()
    assert file.exists() and window.ko.editors["title"].toPlainText() == ""
    monkeypatch.setattr(window.files, "ask_recovery", lambda copy: QMessageBox.StandardButton.Discard)
    window.files.offer_recovery()
    assert not file.exists()


def test_overwriting_a_file_changed_on_disk_asks_first(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    path = tmp_path / "a.release.json"
    storage.save(Release(ko=Version(title="처음")), path)
    assert window.open_path(path)
    storage.save(Release(ko=Version(title="다른 사람이 고침")), path)  # another program
    commit(window.ko.editors["body"], "내 수정")
    asked = []
    monkeypatch.setattr(window.files, "ask_overwrite", lambda p: asked.append(p) or "cancel")
    assert not window.save_to(path)
    assert storage.load(path).ko.title == "다른 사람이 고침" and asked == [path]
    monkeypatch.setattr(window.files, "ask_overwrite", lambda p: "overwrite")
    assert window.save_to(path)
    assert storage.load(path).ko.body == [Paragraph("내 수정")]
    monkeypatch.setattr(window.files, "ask_overwrite", lambda p: pytest.fail("unchanged on disk: no question"))
    commit(window.ko.editors["body"], " 더")
    assert window.save_to(path)


def test_a_file_open_elsewhere_is_not_opened_silently(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    path = tmp_path / "shared.release.json"
    storage.save(Release(ko=Version(title="공유 문서")), path)
    holder = {"pid": 1, "host": "other-pc", "user": "park", "since": "2026-11-23T09:00:00+09:00"}
    safety.lock_path(path).write_text(json.dumps(holder), encoding="utf-8")
    asked = []
    monkeypatch.setattr(window.files, "ask_open_locked", lambda error: asked.append(error.line("en")) or False)
    assert not window.open_path(path)
    assert "park" in asked[0] and window.ko.editors["title"].toPlainText() == ""
    monkeypatch.setattr(window.files, "ask_open_locked", lambda error: True)
    assert window.open_path(path)
    assert json.loads(safety.lock_path(path).read_text(encoding="utf-8"))["pid"] == os.getpid()
    window.close()
    assert not safety.lock_path(path).exists()


def test_a_full_disk_keeps_the_old_file_the_text_and_the_recovery_copy(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    path = tmp_path / "a.release.json"
    storage.save(Release(ko=Version(title="저장된 제목")), path)
    assert window.open_path(path)
    before = path.read_bytes()
    commit(window.ko.editors["title"], " 고침")
    window.files.autosave()

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", full)
    assert not window.save_to(path)
    monkeypatch.undo()
    box = window.findChild(QMessageBox, "error_dialog")
    assert box is not None and "No space left on device" in box.text() and path.name in box.text()
    assert path.read_bytes() == before
    assert window.isWindowModified() and window.ko.editors["title"].toPlainText() == " 고침저장된 제목"
    assert window.files.recovery_file is not None and window.files.recovery_file.exists()


def test_save_as_from_the_changed_on_disk_question_keeps_both(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    path, mine = tmp_path / "a.release.json", tmp_path / "mine.release.json"
    storage.save(Release(ko=Version(title="처음")), path)
    assert window.open_path(path)
    storage.save(Release(ko=Version(title="동료의 판")), path)
    commit(window.ko.editors["body"], "내 판")
    monkeypatch.setattr(window.files, "ask_overwrite", lambda p: "save_as")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mine), ""))
    assert window.save_to(path)
    assert storage.load(path).ko.title == "동료의 판" and storage.load(mine).ko.body == [Paragraph("내 판")]
    assert window.files.path == mine


def crashed_copy(folder: Path, release: Release, original: Path | None, on_disk: str | None) -> Path:
    """A recovery copy as a session that was killed leaves it (its process gone)."""
    file = safety.write_recovery(folder, "crashed", release, original, on_disk)
    data = json.loads(file.read_text(encoding="utf-8"))
    data["pid"], data["started"] = 2**22 + 4321, "gone"
    file.write_text(json.dumps(data), encoding="utf-8")
    return file


def test_restored_work_is_locked_and_a_colleagues_save_in_between_is_not_overwritten(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    path = tmp_path / "a.release.json"
    storage.save(Release(ko=Version(title="처음")), path)
    crashed_copy(tmp_path / "recovery", Release(ko=Version(title="충돌 전 내 글")), path, safety.fingerprint(path))
    storage.save(Release(ko=Version(title="그사이 동료가 저장")), path)  # between the crash and the restore
    window.files.recovery_folder = tmp_path / "recovery"
    monkeypatch.setattr(window.files, "ask_recovery", lambda copy: QMessageBox.StandardButton.Open)
    window.files.offer_recovery()
    assert window.ko.editors["title"].toPlainText() == "충돌 전 내 글" and window.files.path == path
    lock = json.loads(safety.lock_path(path).read_text(encoding="utf-8"))
    assert lock["pid"] == os.getpid()  # locked again: a colleague opening it is told
    asked = []
    monkeypatch.setattr(window.files, "ask_overwrite", lambda p: asked.append(p) or "cancel")
    assert not window.save_to(path)
    assert asked == [path] and storage.load(path).ko.title == "그사이 동료가 저장"
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    window.close()
    assert not safety.lock_path(path).exists()  # no stale lock left after quitting


def test_restored_work_of_an_unchanged_file_saves_without_a_question(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    path = tmp_path / "a.release.json"
    storage.save(Release(ko=Version(title="처음")), path)
    crashed_copy(tmp_path / "recovery", Release(ko=Version(title="충돌 전 내 글")), path, safety.fingerprint(path))
    window.files.recovery_folder = tmp_path / "recovery"
    monkeypatch.setattr(window.files, "ask_recovery", lambda copy: QMessageBox.StandardButton.Open)
    window.files.offer_recovery()
    monkeypatch.setattr(window.files, "ask_overwrite", lambda p: pytest.fail("the file did not change: no question"))
    assert window.save_to(path) and storage.load(path).ko.title == "충돌 전 내 글"


def test_starting_with_a_file_and_restoring_keeps_the_restored_work(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    path = tmp_path / "a.release.json"
    storage.save(Release(ko=Version(title="처음")), path)
    crashed_copy(tmp_path / "recovery", Release(ko=Version(title="복구한 글")), path, safety.fingerprint(path))
    window.files.recovery_folder = tmp_path / "recovery"
    monkeypatch.setattr(window.files, "ask_recovery", lambda copy: QMessageBox.StandardButton.Open)
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: pytest.fail("nothing unsaved to ask about"))
    start(window, [str(path)])
    assert window.ko.editors["title"].toPlainText() == "복구한 글" and window.isWindowModified()
    assert window.files.recovery_file is not None and window.files.recovery_file.exists()  # the work is still safe
    assert [c.file.name for c in safety.find_recovery(tmp_path / "recovery")] == []


def test_restoring_over_unsaved_work_asks_first(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    file = crashed_copy(tmp_path / "recovery", Release(ko=Version(title="복구할 글")), None, None)
    window.files.recovery_folder = tmp_path / "recovery"
    commit(window.ko.editors["title"], "지금 쓰는 글")
    monkeypatch.setattr(window.files, "ask_recovery", lambda copy: QMessageBox.StandardButton.Open)
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    window.files.offer_recovery()
    assert window.ko.editors["title"].toPlainText() == "지금 쓰는 글" and file.exists()
