"""Recovery copies, lock files and changes on disk, without the window."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import safety, storage
from drafter.model import Accepted, Paragraph, Release, Review, Version


def release(text: str = "본문") -> Release:
    review = Review(approved=["0123456789abcdef"], accepted=[Accepted("fedcba9876543210", "부처 확인", "fact-differs")])
    return Release(ko=Version(title="제목", body=[Paragraph(text)]), review=review)


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_recovery_copy_of_a_session_that_died_is_found(tmp_path: Path):
    file = safety.write_recovery(tmp_path, "s1", release("쓰던 글"), tmp_path / "a.release.json")
    assert safety.find_recovery(tmp_path) == []  # this process is alive: its copy is no crash
    data = json.loads(file.read_text(encoding="utf-8"))
    data["pid"] = dead_pid()
    file.write_text(json.dumps(data), encoding="utf-8")
    [copy] = safety.find_recovery(tmp_path)
    assert copy.release.ko.body[0].text == "쓰던 글"
    assert copy.release.review == release().review  # the reviewer's approvals and acceptances too
    assert copy.original == tmp_path / "a.release.json" and copy.file == file
    safety.discard(file)
    assert safety.find_recovery(tmp_path) == []


def test_damaged_recovery_copies_are_skipped(tmp_path: Path):
    (tmp_path / "x.recovery.json").write_text("{broken", encoding="utf-8")
    (tmp_path / "y.recovery.json").write_text(
        json.dumps({"format": "drafter-recovery", "pid": dead_pid()}), encoding="utf-8"
    )
    assert safety.find_recovery(tmp_path) == []
    assert safety.find_recovery(tmp_path / "missing") == []


def test_a_lock_keeps_another_session_out_and_is_released(tmp_path: Path):
    path = tmp_path / "a.release.json"
    storage.save(release(), path)
    lock = safety.acquire(path)
    assert safety.acquire(path).taken_over == ""  # the same process may take it again
    other = {"pid": 1, "host": "elsewhere", "user": "kim", "since": "2026-11-23T09:00:00+09:00"}
    safety.lock_path(path).write_text(json.dumps(other), encoding="utf-8")
    with pytest.raises(safety.LockedError) as info:
        safety.acquire(path)
    assert "kim" in info.value.line("en") and "elsewhere" in info.value.line("en")
    assert safety.acquire(path, force=True).taken_over == "kim@elsewhere"
    lock.release()
    assert not safety.lock_path(path).exists()


def test_a_stale_lock_is_taken_over(tmp_path: Path):
    path = tmp_path / "a.release.json"
    stale = {"pid": dead_pid(), "host": socket.gethostname(), "user": "lee", "since": "then"}
    safety.lock_path(path).write_text(json.dumps(stale), encoding="utf-8")
    lock = safety.acquire(path)
    assert lock.taken_over.startswith("lee@")
    assert json.loads(safety.lock_path(path).read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_fingerprint_notices_a_change(tmp_path: Path):
    path = tmp_path / "a.release.json"
    assert safety.fingerprint(path) is None
    storage.save(release("하나"), path)
    before = safety.fingerprint(path)
    storage.save(release("둘"), path)
    assert safety.fingerprint(path) != before
