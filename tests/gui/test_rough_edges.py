"""Small things a new user notices: an opened text is not 'changed', names and times read well, the
Korean interface's particles and the English plurals, mnemonics, where the data folder is."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from drafter import safety, storage
from drafter.gui import i18n
from drafter.gui.folders import data_folder
from drafter.gui.main_window import MainWindow
from drafter.model import Release, Version
from tests.conftest import SAMPLES
from tests.gui.conftest import commit

SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"


def test_an_opened_text_file_is_not_changed_and_save_says_why_it_asks_for_a_release_file(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    assert window.open_path(SAMPLE)
    assert not window.isWindowModified()
    monkeypatch.setattr(window.files, "ask_unsaved", lambda: pytest.fail("nothing was changed"))
    assert window.files.maybe_save()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(args[1:3]) or ("", ""))
    window.files.save()
    caption, suggested = asked[0]
    assert ".release.json" in caption and SAMPLE.name in caption
    assert Path(suggested).name == "pps-innovation-2026-11-24.release.json"


def test_a_new_release_is_suggested_a_name_from_its_title(qtbot, window: MainWindow, monkeypatch):
    qtbot.keyClicks(window.en.editors["title"], "Delegation visits PPS")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(args[2]) or ("", ""))
    window.files.save()
    window.output.export_dialog("ko", ".docx")
    assert [Path(p).name for p in asked] == ["delegation-visits-pps.release.json", "delegation-visits-pps-ko.docx"]


def test_the_korean_interface_chooses_the_particle_and_english_the_plural(qtbot, window, monkeypatch):
    monkeypatch.setattr(i18n, "_language", "ko")
    assert window.open_path(SAMPLE)
    assert window.statusBar().currentMessage() == "pps-innovation-2026-11-24.txt를 열었습니다"
    monkeypatch.setattr(i18n, "_language", "en")
    window.files.new_release()
    commit(window.ko.editors["title"], "가")
    qtbot.keyClicks(window.en.editors["title"], "Visit")
    assert window.counts_label.text() == "Korean 1 character · English 1 word"
    qtbot.keyClicks(window.en.editors["title"], " to PPS")
    assert window.counts_label.text() == "Korean 1 character · English 3 words"


def test_saved_in_korean_names_the_file_with_the_right_particle(qtbot, window, monkeypatch, tmp_path: Path):
    monkeypatch.setattr(i18n, "_language", "ko")
    assert window.save_to(tmp_path / "visit.release.json")
    assert window.statusBar().currentMessage() == "visit.release.json을 저장했습니다"
    assert window.output.export_to(tmp_path / "visit.txt", "ko")
    assert window.statusBar().currentMessage() == "visit.txt로 내보냈습니다"


def test_the_file_in_use_dialog_shows_a_readable_time(qtbot, window, monkeypatch, tmp_path: Path):
    monkeypatch.setenv("TZ", "UTC")
    if hasattr(time, "tzset"):
        time.tzset()
    path = tmp_path / "shared.release.json"
    storage.save(storage.loads(storage.dumps(window.release())), path)
    holder = {"pid": 1, "host": "another-pc", "user": "kim", "since": "2026-12-03T19:49:50+00:00"}
    safety.lock_path(path).write_text(json.dumps(holder), encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: shown.append(args[2]) or QMessageBox.StandardButton.No)
    assert not window.open_path(path)
    assert "kim on another-pc has this file open since Thu, Dec 3, 2026, 19:49." in shown[0]
    assert "T19:49:50" not in shown[0]


def test_export_menu_items_have_mnemonics(make_window, monkeypatch):
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    export = next(a.menu() for a in file_menu.actions() if a.menu() and a.text() == "&Export")
    for menu in (export, *(a.menu() for a in export.actions())):
        keys = [a.text()[a.text().index("&") + 1].lower() for a in menu.actions() if "&" in a.text()]
        assert len(set(keys)) == len(keys) == len(menu.actions()) >= 3
    assert [a.text() for a in export.actions()] == [
        "&Plain text",
        "&Word document",
        "&HWPX document (Hangul)",
        "P&DF document",
    ]
    monkeypatch.setattr(i18n, "_language", "ko")
    export = make_window().findChild(QMenu, "export_menu")
    assert [a.text() for a in export.actions()] == [
        "일반 텍스트(&P)",
        "Word 문서(&W)",
        "HWPX 문서(한글)(&H)",
        "PDF 문서(&D)",
    ]


def test_the_data_folder_is_release_drafter_and_what_the_old_one_held_moves_there(qtbot, make_window):
    folder = data_folder()
    assert folder.name == "Release Drafter" and folder.parent.name != "Release Drafter"
    old = folder / "Release Drafter"  # where versions up to 0.1 kept their files
    (old / "recovery").mkdir(parents=True)
    (old / "glossary.tsv").write_text("ko\ten\n공공조달\tpublic procurement\n", encoding="utf-8")
    release = Release(ko=Version(title="충돌 전에 쓴 제목"))
    copy = safety.write_recovery(old / "recovery", "old-session", release, None)
    data = json.loads(copy.read_text(encoding="utf-8"))
    data["pid"] = 2**22 + 12345  # a session that has ended
    copy.write_text(json.dumps(data), encoding="utf-8")
    assert not os.path.exists(folder / "glossary.tsv")
    w = make_window()
    assert (folder / "glossary.tsv").exists() and not old.exists()
    assert [t.ko for t in w.reviewer.user_terms] == ["공공조달"]
    found = safety.find_recovery(w.files.recovery_folder)
    assert [c.release.ko.title for c in found] == ["충돌 전에 쓴 제목"]
