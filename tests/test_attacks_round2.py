"""The attacks of the second hardening pass (issue 21), on the doors opened since the first: the translation
memory, the personal word list, house styles, glossaries, HWPX and the checker's own limits.

As in test_attacks.py: each runs as a real process where a process can be attacked (the command line, or
the core driven by a few lines of Python), under a memory cap (RLIMIT_AS) and a generous time-out, and
asserts the exit status, the one line naming the file and the entry, and that nothing was written or lost.
Big inputs are generated here.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import storage
from drafter.formats.plaintext import read_text_file
from tests.conftest import ROOT, SAMPLES
from tests.test_attacks import POSIX, capped, capped_python, one_line

SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"


# --- data loss: the personal word list --------------------------------------------------------------------

ADD_WORD = """
import sys
from pathlib import Path
from drafter.errors import InputError
from drafter.spelling import Speller
speller = Speller(Path(sys.argv[1]))
speller.load()
try:
    speller.add("Procurment")
except InputError as error:
    print("refused:", error.line("en"))
print("known" if speller.correct("Procurment", "en") or speller.personal_problem else "unknown")
"""


def add_word(words: Path) -> subprocess.CompletedProcess[str]:
    """Open the word list as the window does and add a word to it, in a process of its own."""
    return capped_python("-c", ADD_WORD, words, timeout=60)


def test_a_word_list_in_cp949_keeps_its_words_when_a_word_is_added(tmp_path: Path):
    words = tmp_path / "words.txt"
    words.write_bytes("조달청\n나라장터\n혁신제품\n".encode("cp949"))
    result = add_word(words)
    assert result.returncode == 0 and "refused" not in result.stdout, result.stdout + result.stderr
    assert words.read_text(encoding="utf-8").split() == sorted(["조달청", "나라장터", "혁신제품", "Procurment"])


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("binary", b"\x00\x01\x02words\n" * 10),
        ("unknown encoding", b"\xff\xfe\xfd\xfc\n\x81\x00"),
        ("too large", b"word\n" * (3 * 1024 * 1024 // 5)),
    ],
)
def test_a_word_list_that_cannot_be_read_is_never_written(tmp_path: Path, name: str, content: bytes):
    words = tmp_path / "words.txt"
    words.write_bytes(content)
    result = add_word(words)
    assert result.returncode == 0, result.stderr
    assert "refused: " in result.stdout and str(words) in result.stdout, name
    assert words.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["words.txt"]  # no temporary file, no backup


@POSIX
def test_a_word_list_that_is_a_link_has_its_target_left_alone(tmp_path: Path):
    shared = tmp_path / "team-words.txt"
    shared.write_text("KONEPS\n조달청\n조달청\n# our team's list\n", encoding="utf-8")
    words = tmp_path / "words.txt"
    words.symlink_to(shared)
    result = add_word(words)
    assert result.returncode == 0 and "refused" not in result.stdout, result.stdout + result.stderr
    assert shared.read_text(encoding="utf-8") == "KONEPS\n조달청\n조달청\n# our team's list\n"
    assert not words.is_symlink()
    kept = set(words.read_text(encoding="utf-8").splitlines())
    assert kept == {"KONEPS", "조달청", "# our team's list", "Procurment"}


@POSIX
@pytest.mark.parametrize("kind", ["pipe", "/dev/zero", "folder"])
def test_a_word_list_that_is_no_file_neither_hangs_nor_fills_the_memory(tmp_path: Path, kind: str):
    words = tmp_path / "words.txt"
    if kind == "pipe":
        os.mkfifo(words)
    elif kind == "folder":
        words.mkdir()
    else:
        words.symlink_to(kind)
    result = add_word(words)
    assert result.returncode == 0, result.stderr
    assert ("refused: " in result.stdout and "regular file" in result.stdout) or "folder" in result.stdout
    assert words.is_fifo() if kind == "pipe" else words.is_dir() if kind == "folder" else words.is_symlink()


# --- data loss: the translation memory ----------------------------------------------------------------------


def filled_memory(tmp_path: Path) -> Path:
    memory = tmp_path / "m.sqlite3"
    result = capped("tm", "import", SAMPLE, "--memory", memory)
    assert result.returncode == 0, result.stderr
    return memory


def pairs_in(memory: Path) -> int:
    with sqlite3.connect(memory) as con:
        return int(con.execute("SELECT count(*) FROM pairs").fetchone()[0])


@POSIX
def test_the_memory_is_never_the_output_of_its_own_export_or_fill(tmp_path: Path):
    memory = filled_memory(tmp_path)
    count = pairs_in(memory)
    (tmp_path / "link.tmx").symlink_to(memory)
    for args in (
        ["tm", "export", "-o", memory, "--memory", memory],
        ["tm", "export", "-o", tmp_path / "link.tmx", "--memory", memory],
        ["fill", SAMPLE, "-o", memory, "--memory", memory],
    ):
        result = capped(*args)
        assert result.returncode == 2, args
        one_line(result, memory.name if args[2] == memory or args[3] == memory else "link.tmx", "translation memory")
    assert pairs_in(memory) == count
    result = capped("tm", "search", "혁신제품", "--memory", memory)
    assert result.returncode == 0 and result.stderr == ""  # not moved aside as damaged: the same memory


def test_the_default_memory_is_no_output_either(tmp_path: Path):
    data = tmp_path / "data"
    memory = data / "Release Drafter" / "memory.sqlite3"
    env = {"XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    assert capped("tm", "import", SAMPLE, env=env).returncode == 0
    before = memory.read_bytes()
    result = capped("tm", "export", "-o", memory, env=env)
    assert result.returncode == 2
    one_line(result, "memory.sqlite3")
    assert memory.read_bytes() == before


def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path: Path):
    other = tmp_path / "contacts.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE people (name TEXT)")
        con.execute("INSERT INTO people VALUES ('김철수')")
    con.close()
    before = other.read_bytes()
    for args in (["tm", "search", "조달청"], ["tm", "import", SAMPLE], ["tm", "export", "-o", tmp_path / "x.tmx"]):
        result = capped(*args, "--memory", other)
        assert result.returncode == 2, args
        one_line(result, "contacts.db", "another program")
    assert other.read_bytes() == before  # not switched to WAL, not moved aside
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.db"]
    with sqlite3.connect(other) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


# --- data loss: temporary files of saves that were killed --------------------------------------------------

SLOW_SAVE = """
import sys, time
from drafter import storage
from drafter.formats.plaintext import read_text_file
with storage.atomic_write(sys.argv[1]) as fh:
    fh.write(b"x" * 1_000_000)
    fh.flush()
    print("writing", flush=True)
    time.sleep(120)
"""


def saving(path: Path) -> subprocess.Popen[str]:
    """A process in the middle of saving `path`: its temporary file is written, the save not finished."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", SLOW_SAVE, str(path)], stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    return child


@POSIX
def test_the_next_save_removes_what_killed_saves_left_and_never_a_live_saves_file(tmp_path: Path):
    path = tmp_path / "a.release.json"
    children = [saving(path) for _ in range(5)]  # saves going on together: none removes another's file
    assert len(list(tmp_path.glob(".a.release.json.*.tmp"))) == 5
    *killed, live = children
    try:
        for child in killed:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=60)
        storage.save(read_text_file(SAMPLE).release, path)
        left = [p.name for p in tmp_path.glob(".a.release.json.*.tmp")]
        assert len(left) == 1 and f".~{live.pid}-" in left[0]
    finally:
        live.kill()
        live.wait(timeout=60)
    assert storage.load(path).ko.title
