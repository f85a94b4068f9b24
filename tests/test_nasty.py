"""Bad input through every door of the command line: one clear line, exit 2, nothing written.

`tests/data/nasty/` holds the corpus (rebuilt by its make_nasty.py); large inputs are made here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_cli import run

NASTY = sorted(p for p in (ROOT / "tests" / "data" / "nasty").iterdir() if p.suffix != ".py")


def doors(bad: Path, tmp_path: Path) -> dict[str, list[str | Path]]:
    return {
        "check": ["check", bad],
        "check --json": ["check", bad, "--json"],
        "convert": ["convert", bad, "-o", tmp_path / "out.release.json"],
        "export txt": ["export", bad, "-o", tmp_path / "out.txt"],
        "export docx": ["export", bad, "-o", tmp_path / "out.docx", "--layout", "review"],
        "pair": ["check", "--ko", bad, "--en", ROOT / "resources" / "samples" / "pps-innovation-2026-11-24.txt"],
    }


@pytest.mark.parametrize("bad", NASTY, ids=lambda p: p.name)
def test_every_door_refuses_with_one_line_naming_the_file(tmp_path: Path, bad: Path):
    assert len(NASTY) >= 15
    for door, args in doors(bad, tmp_path).items():
        result = run(*args)
        assert result.returncode == 2, (door, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and bad.name in lines[0], (door, result.stderr)
        assert "Traceback" not in result.stderr and "Internal error" not in result.stderr, door
        assert result.stdout == "", door
        assert sorted(p.name for p in tmp_path.iterdir()) == [], door


def test_messages_in_korean_too(tmp_path: Path):
    result = run("check", ROOT / "tests" / "data" / "nasty" / "bomb.docx", lang="ko_KR.UTF-8")
    assert result.returncode == 2 and "DOCX" in result.stderr and "MB" in result.stderr
    assert any("\uac00" <= ch <= "\ud7a3" for ch in result.stderr)


def test_tens_of_megabytes_of_text_are_refused(tmp_path: Path):
    huge = tmp_path / "huge.txt"
    huge.write_bytes(("가나다라마바사 " * 4096 + "\n\n").encode("utf-8") * 500)  # ~30 MB
    result = run("convert", huge, "-o", tmp_path / "out.release.json")
    assert result.returncode == 2 and "too large" in result.stderr
    assert not (tmp_path / "out.release.json").exists()


def test_a_very_long_line_is_read(tmp_path: Path):
    long = tmp_path / "long.txt"
    long.write_text("제목\n\n" + "아주 긴 문장이 이어진다 " * 40_000 + "\n", encoding="utf-8")  # one 1 MB line
    result = run("convert", long, "-o", tmp_path / "out.release.json")
    assert result.returncode == 0, result.stderr
