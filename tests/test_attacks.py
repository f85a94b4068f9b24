"""The attacks of the hardening pass, each through the command line as a real process.

Each asserts the exit status, the one-line message naming the file, and that nothing was written
(or that what was written is right); the big inputs are generated here, and run under a memory cap
(RLIMIT_AS) and a generous time-out: bounded work, not a speed test.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import storage
from drafter.model import Paragraph, Release, Version
from tests.conftest import ROOT, SAMPLES
from tests.test_cli import run

SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"
MEMORY_CAP = 1536 * 1024 * 1024  # address space, not resident memory: Python and its libraries map ~400 MB
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and limits")


def capped(
    *args: str | Path, timeout: int = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m drafter ARGS` that dies rather than take more than MEMORY_CAP of memory."""
    return capped_python("-m", "drafter", *args, timeout=timeout, env=env)


def capped_python(
    *args: str | Path, timeout: int = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python ARGS` (a module with -m, or code with -c) under MEMORY_CAP; `env` adds to the environment."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    return subprocess.run(
        [sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT), **(env or {})},
        cwd=ROOT,
        timeout=timeout,
        preexec_fn=limit,  # the test process starts no threads of its own
    )


def one_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "Internal error" not in result.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def sample_json(tmp_path: Path) -> Path:
    out = tmp_path / "sample.release.json"
    assert run("convert", SAMPLE, "-o", out).returncode == 0
    return out


def every_door(source: Path, out: Path) -> dict[str, list[str | Path]]:
    return {
        "check": ["check", source],
        "check --json": ["check", source, "--json"],
        "convert": ["convert", source, "-o", out / "c.release.json"],
        "export txt": ["export", source, "-o", out / "e.txt"],
        "export docx": ["export", source, "-o", out / "e.docx"],
        "export review": ["export", source, "-o", out / "r.docx", "--layout", "review"],
    }


# --- broken release files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "change", "words"),
    [
        ("huge-number", lambda t: t.replace('"format"', '"x": ' + "9" * 5000 + ', "format"', 1), "number"),
        ("lone-surrogate", lambda t: t.replace('"title": "', '"title": "\\ud800', 1), '"ko.title"'),
    ],
)
def test_broken_release_files_are_refused_at_every_door(tmp_path: Path, name: str, change, words: str):  # type: ignore[no-untyped-def]
    bad = tmp_path / f"{name}.release.json"
    bad.write_text(change(sample_json(tmp_path).read_text(encoding="utf-8")), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    for door, args in every_door(bad, out).items():
        result = run(*args)
        assert result.returncode == 2, (door, result.stderr)
        one_line(result, bad.name, words)
        assert result.stdout == "" and list(out.iterdir()) == [], door


def test_control_characters_never_reach_the_terminal_and_exports_read_back(tmp_path: Path):
    data = json.loads(sample_json(tmp_path).read_text(encoding="utf-8"))
    data["ko"]["title"] += "\x00\x1b]0;owned\x07\x1b[31m"
    data["en"]["body"][0]["text"] = "\x9b31m" + data["en"]["body"][0]["text"]
    data["en"]["body"].pop()  # a finding, so that text from the file is printed
    crafted = tmp_path / "crafted.release.json"
    crafted.write_text(json.dumps(data), encoding="utf-8")
    result = run("check", crafted)
    assert result.returncode == 1
    for control in ("\x00", "\x07", "\x1b", "\x9b"):
        assert control not in result.stdout + result.stderr
    text = tmp_path / "crafted.txt"
    assert run("export", crafted, "-o", text).returncode == 0
    assert run("convert", text, "-o", tmp_path / "back.release.json").returncode == 0  # our own export reads back
    assert storage.load(tmp_path / "back.release.json").ko.title.endswith("]0;owned[31m")


def test_terminal_commands_in_a_file_name_are_shown_escaped(tmp_path: Path):
    missing = tmp_path / "\x1b[2Jgone.txt"
    result = run("check", missing)
    assert result.returncode == 2 and "\x1b" not in result.stderr and "\\x1b[2Jgone.txt" in result.stderr


def test_a_reader_that_goes_away_ends_the_output_quietly(tmp_path: Path):
    release = tmp_path / "many.release.json"
    ko = Version(title="제목", body=[Paragraph(f"{n}억원을 지원한다.") for n in range(1, 400)])
    storage.save(Release(ko=ko, en=Version(title="Title", body=[Paragraph("Nothing.")])), release)
    env = {**os.environ, "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "drafter", "check", str(release)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    first = child.stdout.readline()  # type: ignore[union-attr]
    child.stdout.close()  # type: ignore[union-attr]  # as `| head -1` does
    stderr = child.stderr.read().decode()  # type: ignore[union-attr]
    assert child.wait(timeout=60) == 141
    assert first and stderr == ""


# --- outputs that must not be written as asked ---------------------------------------------------------


def test_the_output_may_not_be_the_input(tmp_path: Path):
    text = tmp_path / "draft.txt"
    text.write_bytes(SAMPLE.read_bytes())
    word = tmp_path / "w.docx"
    assert run("export", SAMPLE, "-o", word).returncode == 0
    (tmp_path / "hard.txt").hardlink_to(text)
    (tmp_path / "soft.txt").symlink_to(text)
    before = {p: p.read_bytes() for p in (text, word)}
    for args in (
        ["export", text, "-o", text, "--layout", "ko"],
        ["export", word, "-o", word],
        ["convert", text, "-o", text],
        ["convert", "--ko", text, "--en", SAMPLE, "-o", text],
        ["export", text, "-o", tmp_path / "hard.txt"],
        ["export", tmp_path / "soft.txt", "-o", text],
    ):
        result = run(*args)
        assert result.returncode == 2, args
        one_line(result, "replace")
    assert {p: p.read_bytes() for p in (text, word)} == before


@POSIX
def test_an_output_through_a_link_replaces_the_linked_file(tmp_path: Path):
    (tmp_path / "real").mkdir()
    target, link = tmp_path / "real" / "r.release.json", tmp_path / "link.release.json"
    target.write_text("{}", encoding="utf-8")
    link.symlink_to(target)
    assert run("convert", SAMPLE, "-o", link).returncode == 0
    assert link.is_symlink() and storage.load(target).ko.title
    assert (tmp_path / "real" / "r.release.json.bak").read_text(encoding="utf-8") == "{}"  # the backup beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.release.json", "real"]


@POSIX
def test_devices_pipes_and_folders_are_refused_as_outputs(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    for out, words in (
        ("/dev/null", "device"),
        (tmp_path / "pipe.txt", "pipe"),
        (tmp_path / "folder.txt", "folder"),
    ):
        result = run("export", SAMPLE, "-o", out)
        assert result.returncode == 2, out
        one_line(result, str(out), words)
    assert Path("/dev/null").is_char_device()


# --- inputs that would block, hang or fill the memory -------------------------------------------------


@POSIX
def test_a_named_pipe_as_input_is_refused_at_once(tmp_path: Path):
    pipe = tmp_path / "pipe.release.json"
    os.mkfifo(pipe)
    text_pipe = tmp_path / "pipe.txt"
    os.mkfifo(text_pipe)
    for source in (pipe, text_pipe):
        for door, args in every_door(source, tmp_path).items():
            result = run(*args)
            assert result.returncode == 2, door
            one_line(result, source.name, "pipe")


def generated_text(paragraphs: int, seed: int) -> str:
    """A release in plain text with `paragraphs` short, distinct paragraphs per language."""
    rng = random.Random(seed)
    ko = [
        f"조달청은 {rng.randint(1, 999)}억원 규모의 사업 {n}건을 {rng.randint(1, 12)}월에 발주했다."
        for n in range(paragraphs)
    ]
    en = [
        f"PPS placed {n} orders worth KRW {rng.randint(1, 999)} billion in month {rng.randint(1, 12)}."
        for n in range(paragraphs)
    ]
    return "\n\n".join(["긴 제목", *ko, "Long title", *en]) + "\n"


@POSIX
def test_a_hundred_thousand_paragraphs_are_read_and_refused_by_the_checker_in_bounded_memory(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_text(generated_text(100_000, 1), encoding="utf-8")
    result = capped("check", big)
    assert result.returncode == 2
    one_line(result, "big.txt", "100,000 paragraphs", "5,000")
    result = capped("convert", big, "-o", tmp_path / "big.release.json")
    assert result.returncode == 0, result.stderr
    assert len(storage.load(tmp_path / "big.release.json").en.body) == 100_000
    result = capped("export", big, "-o", tmp_path / "big.docx", timeout=300)
    assert result.returncode == 0, result.stderr


@POSIX
def test_a_long_lopsided_release_is_checked_in_bounded_time_and_memory(tmp_path: Path):
    """4,000 Korean against 2,000 English paragraphs: the alignment's band stays within its budget."""
    rng = random.Random(2)
    ko = [Paragraph(f"{rng.randint(1, 999)}억원 규모의 {n}번째 사업을 지원한다.") for n in range(4000)]
    en = [Paragraph(f"Project {n} gets KRW {rng.randint(1, 999)} billion.") for n in range(2000)]
    release = tmp_path / "lopsided.release.json"
    storage.save(Release(ko=Version(title="제목", body=ko), en=Version(title="Title", body=en)), release)
    result = capped("check", release, "--json", timeout=300)
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["summary"]["error"] > 0


@POSIX
def test_one_very_long_paragraph_is_refused_by_the_checker_with_the_limit_named(tmp_path: Path):
    text = tmp_path / "long.txt"
    sentence = "조달청은 2026년 11월 24일 KONEPS를 통해 43억원 규모의 혁신제품 14건을 구매했다. "
    text.write_text("제목\n\n" + sentence * 20_000 + "\n\nTitle\n\n" + "PPS bought 14 products. " * 40_000 + "\n")
    result = capped("check", text)
    assert result.returncode == 2
    one_line(result, "long.txt", "20,000")


@POSIX
def test_a_long_paragraph_under_the_limit_is_checked_in_bounded_time(tmp_path: Path):
    rng = random.Random(3)
    ko = " ".join(f"조달청은 {rng.randint(1, 999)}억원을 KONEPS로 집행했다." for _ in range(500))[:19_000]
    en = " ".join(f"PPS spent KRW {rng.randint(1, 999)} billion through KONEPS." for _ in range(400))[:19_000]
    text = tmp_path / "long.txt"
    text.write_text(f"제목\n\n{ko}\n\nTitle\n\n{en}\n", encoding="utf-8")
    result = capped("check", text, "--json")
    assert result.returncode in (0, 1), result.stderr
    assert "findings" in json.loads(result.stdout)


def test_an_unknown_command_is_one_line_and_never_a_window(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for args, words in ((["frobnicate"], "frobnicate"), (["--frobnicate"], "Bad command line"), ([], "display")):
        result = subprocess.run(
            [sys.executable, "-m", "drafter", *args],
            capture_output=True,
            text=True,
            env={**env, "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
        assert result.returncode == 2, args
        one_line(result, words)
