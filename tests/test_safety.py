"""Recovery copies, lock files and changes on disk, without the window."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import processes, safety, storage
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


def test_a_lock_can_be_read_by_colleagues(tmp_path: Path):
    lock = safety.acquire(tmp_path / "a.release.json")
    assert lock.file is not None and lock.file.stat().st_mode & 0o044 == 0o044


def test_a_recovery_copy_names_its_file_from_anywhere(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    file = safety.write_recovery(tmp_path / "rec", "s1", release(), Path("a.release.json"))
    assert json.loads(file.read_text(encoding="utf-8"))["original"] == str(tmp_path / "a.release.json")


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


# --- processes known by id and start time ---------------------------------------------------------


def test_a_recovery_copy_whose_pid_runs_again_is_found(tmp_path: Path):
    """PID reuse (after a reboot, or PID 1 in a container): the id runs, but not the process that wrote it."""
    file = safety.write_recovery(tmp_path, "s1", release("재부팅 전의 글"), None)
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid() and data["started"]
    for pid in (1, os.getpid()):
        data.update(pid=pid, started="another-boot:12345")
        file.write_text(json.dumps(data), encoding="utf-8")
        [copy] = safety.find_recovery(tmp_path)
        assert copy.release.ko.body[0].text == "재부팅 전의 글"


def test_a_live_process_is_alive_and_a_reused_id_is_not():
    me = safety.identity()
    assert safety.alive(me)
    assert not safety.alive({**me, "started": "another-boot:1"})
    assert safety.alive({"pid": 1})  # no start time recorded (older files): the id alone decides
    assert not safety.alive({"pid": dead_pid(), "started": None})
    assert not safety.alive({"pid": "1"}) and not safety.alive({"pid": True}) and not safety.alive({})


def test_a_lock_of_a_reused_pid_on_this_machine_is_stale(tmp_path: Path):
    path = tmp_path / "a.release.json"
    old = {"pid": 1, "started": "another-boot:1", "host": socket.gethostname(), "user": "lee", "since": "x"}
    safety.lock_path(path).write_text(json.dumps(old), encoding="utf-8")
    assert safety.acquire(path).taken_over.startswith("lee@")


# --- lock files are never written through links, and made whole and once ---------------------------


def test_a_symlink_at_the_lock_place_is_neither_followed_nor_removed(tmp_path: Path):
    path, victim = tmp_path / "a.release.json", tmp_path / "precious.txt"
    victim.write_text("소중한 파일", encoding="utf-8")
    safety.lock_path(path).symlink_to(victim)
    with pytest.raises(safety.LockedError) as info:
        safety.acquire(path)
    assert "not a lock file" in info.value.line("en")
    lock = safety.acquire(path, force=True)  # opened anyway: without a lock
    assert lock.file is None
    lock.release()
    assert victim.read_text(encoding="utf-8") == "소중한 파일"
    assert safety.lock_path(path).is_symlink()


def test_releasing_leaves_a_lock_that_is_no_longer_ours(tmp_path: Path):
    path = tmp_path / "a.release.json"
    lock = safety.acquire(path)
    other = {"pid": 1, "host": "other-pc", "user": "park", "since": "2026-11-23T09:00:00+09:00"}
    safety.lock_path(path).write_text(json.dumps(other), encoding="utf-8")  # taken over by force elsewhere
    lock.release()
    assert json.loads(safety.lock_path(path).read_text(encoding="utf-8"))["user"] == "park"


def test_an_unreadable_lock_is_not_taken_for_stale(tmp_path: Path):
    path = tmp_path / "a.release.json"
    safety.lock_path(path).write_bytes(b"")  # as an older version left it on a full disk
    with pytest.raises(safety.LockedError):
        safety.acquire(path)
    assert safety.acquire(path, force=True).file == safety.lock_path(path)
    assert json.loads(safety.lock_path(path).read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_a_full_disk_leaves_no_lock_behind(tmp_path: Path, monkeypatch):
    path = tmp_path / "a.release.json"

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fdopen", full)
    assert safety.acquire(path).file is None
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


TAKE_LOCK = """
import sys, time
from pathlib import Path
from drafter import safety
path = Path(sys.argv[1])
while time.time() < float(sys.argv[2]):
    pass
try:
    lock = safety.acquire(path)
    print("got" if lock.file else "none", flush=True)
except safety.LockedError:
    print("refused", flush=True)
time.sleep(2)
"""


@pytest.mark.parametrize("stale", [False, True], ids=["free", "stale"])
def test_of_sessions_opening_at_once_exactly_one_gets_the_lock(tmp_path: Path, stale: bool):
    path = tmp_path / "a.release.json"
    if stale:
        old = {"pid": dead_pid(), "host": socket.gethostname(), "user": "lee", "since": "then"}
        safety.lock_path(path).write_text(json.dumps(old), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    at = f"{__import__('time').time() + 1.5}"
    children = [
        subprocess.Popen([sys.executable, "-c", TAKE_LOCK, str(path), at], stdout=subprocess.PIPE, text=True, env=env)
        for _ in range(12)
    ]
    answers = sorted(child.communicate(timeout=60)[0].strip() for child in children)
    assert answers.count("got") == 1 and answers.count("refused") == 11, answers
    assert sorted(p.name for p in tmp_path.iterdir()) == [safety.lock_path(path).name]


# --- temporary files of killed saves ------------------------------------------------------------------


def test_temporary_files_left_by_killed_saves_are_removed_on_the_next_save(tmp_path: Path):
    path = tmp_path / "a.release.json"
    old, fresh, foreign = (tmp_path / f".a.release.json.{n}.tmp" for n in ("k1ll3d", "s4v1ng", "x"))
    for f in (old, fresh):
        f.write_bytes(b"\0" * 1000)
    os.utime(old, (0, 0))
    (tmp_path / "other.tmp").write_bytes(b"")
    foreign.symlink_to(tmp_path / "other.tmp")
    storage.save(release(), path)
    assert not old.exists() and fresh.exists()  # a save going on right now keeps its file
    assert foreign.is_symlink() and (tmp_path / "other.tmp").exists()


def test_a_recovery_copy_is_never_written_through_a_link(tmp_path: Path):
    victim = tmp_path / "precious.txt"
    victim.write_text("소중한 파일", encoding="utf-8")
    (tmp_path / "rec").mkdir()
    (tmp_path / "rec" / f"s1{safety.RECOVERY_SUFFIX}").symlink_to(victim)
    file = safety.write_recovery(tmp_path / "rec", "s1", release(), None)
    assert victim.read_text(encoding="utf-8") == "소중한 파일" and not file.is_symlink()


def test_a_recovery_folder_with_a_pipe_does_not_hang(tmp_path: Path):
    os.mkfifo(tmp_path / f"pipe{safety.RECOVERY_SUFFIX}")
    assert safety.find_recovery(tmp_path) == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="Linux /proc")
def test_a_killed_program_not_yet_reaped_is_not_alive(tmp_path: Path):
    """A window killed by the system stays a zombie until its parent reaps it: its copy is offered at once."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        record = {"pid": child.pid, "started": processes.process_start(child.pid)}
        assert safety.alive(record)
        child.kill()
        for _ in range(100):  # not reaped: no wait() yet
            if Path(f"/proc/{child.pid}/stat").read_bytes().split(b") ")[1][:1] == b"Z":
                break
            __import__("time").sleep(0.05)
        assert not safety.alive(record) and not safety.alive({"pid": child.pid})
    finally:
        child.kill()
        child.wait()
