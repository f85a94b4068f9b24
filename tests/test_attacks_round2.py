"""The attacks of the second hardening pass (issue 21), on the doors opened since the first: the translation
memory, the personal word list, house styles, glossaries, HWPX and the checker's own limits.

As in test_attacks.py: each runs as a real process where a process can be attacked (the command line, or
the core driven by a few lines of Python), under a memory cap (RLIMIT_AS) and a generous time-out, and
asserts the exit status, the one line naming the file and the entry, and that nothing was written or lost.
Big inputs are generated here.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from drafter import storage
from drafter.formats.plaintext import read_text_file
from drafter.model import Paragraph, Release, Version
from tests.conftest import ROOT, SAMPLES
from tests.test_attacks import POSIX, capped, capped_python, one_line

SAMPLE = SAMPLES / "pps-innovation-2026-11-24.txt"


# --- data loss: the personal word list --------------------------------------------------------------------

ADD_WORD = """
import sys
import zipfile
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
from drafter.model import Paragraph, Release, Version
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


# --- escape and unclear messages: house styles ---------------------------------------------------------------

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def style_file(folder: Path, name: str = "ours", **entries: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    text = json.dumps({"format": "drafter-style", "name": name, **entries}, ensure_ascii=False)
    path.write_text(text.replace('"NAN"', "NaN").replace('"INF"', "Infinity").replace('"BIG"', "1" + "0" * 400))
    return path


@pytest.mark.parametrize(
    ("entries", "entry"),
    [
        ({"ko": {"fonts": {"body": "바탕\x07\x1b[31m"}}}, "ko.fonts.body"),
        ({"en": {"fonts": {"title": "A" * 500_000}}}, "en.fonts.title"),
        ({"page": {"margins_mm": {"left": 1e6}}}, "page.margins_mm.left"),
        ({"page": {"margins_mm": {"top": -5}}}, "page.margins_mm.top"),
        ({"ko": {"sizes": {"body": "NAN"}}}, "ko.sizes.body"),
        ({"en": {"sizes": {"note": "INF"}}}, "en.sizes.note"),
        ({"ko": {"line_spacing": "BIG"}}, "ko.line_spacing"),
        ({"ko": {"sizes": "big"}}, "ko.sizes"),
        ({"ko": {"gaps_pt": {"1-2": -1}}}, "ko.gaps_pt.1-2"),
        ({"colors": {"rule": "red; }"}}, "colors.rule"),
        ({"symbols": {"1": "□" * 50}}, "symbols.1"),
        ({"logo": "not-a-picture.png"}, "logo"),
        ({"logo": "/etc/hostname"}, "logo"),
        ({"logo": "../secret.png"}, "logo"),
        ({"logo": "logos/../../secret.png"}, "logo"),
    ],
)
def test_a_house_style_of_wrong_values_is_one_line_naming_the_file_and_entry(tmp_path: Path, entries, entry: str):  # type: ignore[no-untyped-def]
    (tmp_path / "secret.png").write_bytes(PNG)
    styles_folder = tmp_path / "styles"
    style = style_file(styles_folder, **entries)
    (styles_folder / "not-a-picture.png").write_text("<svg/>", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    for name in ("e.docx", "e.hwpx", "e.pdf"):
        result = capped("export", SAMPLE, "-o", out / name, "--style", style, env={"QT_QPA_PLATFORM": "offscreen"})
        assert result.returncode == 2, (entry, name, result.stderr)
        one_line(result, "ours.json", f'"{entry}"')
    assert list(out.iterdir()) == []


@POSIX
def test_a_logo_linked_from_outside_the_styles_folder_is_refused(tmp_path: Path):
    (tmp_path / "secret.png").write_bytes(PNG)
    style = style_file(tmp_path / "styles", logo="logo.png")
    (tmp_path / "styles" / "logo.png").symlink_to(tmp_path / "secret.png")
    result = capped("export", SAMPLE, "-o", tmp_path / "e.docx", "--style", style)
    assert result.returncode == 2
    one_line(result, "ours.json", '"logo"')


def test_a_release_never_chooses_a_style_file_outside_the_styles_folders(tmp_path: Path):
    (tmp_path / "evil").mkdir()
    (tmp_path / "evil" / "secret.png").write_bytes(PNG)
    evil = style_file(tmp_path / "evil", logo="secret.png")  # a valid style, its logo beside it
    data = storage.to_dict(read_text_file(SAMPLE).release)
    for name in (str(evil), "../evil/ours", "..\\evil\\ours", "C:ours"):
        data["meta"]["style"] = name
        release = tmp_path / "crafted.release.json"
        release.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        for out in ("e.docx", "e.hwpx"):
            result = capped("export", release, "-o", tmp_path / out)
            assert result.returncode == 2, (name, result.stderr)
            one_line(result, "not the name of a house style")
            assert not (tmp_path / out).exists()


def test_a_huge_logo_is_never_embedded_whole_by_any_export(tmp_path: Path):
    """A logo that grew to 2 GiB after its style was read (a sparse file: no disk is filled)."""
    styles_folder = tmp_path / "styles"
    style_file(styles_folder, logo="logo.png")
    (styles_folder / "logo.png").write_bytes(PNG)
    code = """
import sys, dataclasses
from pathlib import Path
from drafter import styles
from drafter.formats.plaintext import read_text_file
from drafter.model import Paragraph, Release, Version
from drafter.formats.docx_writer import write_docx
from drafter.formats.hwpx_writer import write_hwpx
folder = Path(sys.argv[1])
style = styles.load("ours", folder)
with open(folder / "logo.png", "r+b") as fh:
    fh.truncate(2 * 1024**3)
release = read_text_file(Path(sys.argv[2])).release
write_docx(release, folder / "e.docx", "ko", style=style)
write_hwpx(release, folder / "e.hwpx", "ko", style=style)
from drafter.gui.pdf import pdf_bytes
(folder / "e.pdf").write_bytes(pdf_bytes(release, "ko", style))
print("written")
"""
    result = capped_python("-c", code, styles_folder, SAMPLE, timeout=300, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0 and result.stdout.strip() == "written", result.stderr
    for name in ("e.docx", "e.hwpx", "e.pdf"):
        assert (styles_folder / name).stat().st_size < 1024 * 1024


# --- glossaries given on the command line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    ['ko,en\n조달청,PPS\n"unclosed,' + "가" * 140_000 + "\n", "ko\ten\n조달청\t" + "x" * 140_000 + "\n"],
    ids=["unclosed quote", "long field"],
)
def test_a_glossary_field_over_the_csv_limit_is_one_line_naming_the_file(tmp_path: Path, content: str):
    for name in ("mine.csv", "mine.tsv"):
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        result = capped("check", SAMPLE, "--glossary", path)
        assert result.returncode == 2
        one_line(result, name, "131,072")


# --- hang: text that is slow to read --------------------------------------------------------------------------


@pytest.mark.parametrize("marks", ["\u0301", "\u0301\u0316", "\u0316\u0301\u0335"])
def test_long_runs_of_combining_marks_are_read_in_bounded_time(tmp_path: Path, marks: str):
    text = tmp_path / "marks.txt"
    run = (marks * (160_000 // len(marks)))[:160_000]  # 320 KB of accents on one letter, mixed classes
    text.write_text(f"제목\n\na{run}\n\nTitle\n\nx{run}\n", encoding="utf-8")
    result = capped("convert", text, "-o", tmp_path / "marks.release.json", timeout=120)
    assert result.returncode == 0, result.stderr
    body = storage.load(tmp_path / "marks.release.json").ko.body[0].text
    assert len(body) >= 160_000 and body.count("\u034f") < 160_000 // 30 + 1  # a grapheme joiner every 30 marks


# --- hang and memory: packages ------------------------------------------------------------------------------------


def exported(tmp_path: Path, suffix: str) -> Path:
    out = tmp_path / f"sample{suffix}"
    assert capped("export", SAMPLE, "-o", out).returncode == 0
    return out


def repacked(source: Path, out: Path, change: dict[str, tuple[int, bytes | None]]) -> Path:
    """`source` with parts packed anew: {part: (ZIP method, new content or None to keep it)}."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            method, content = change.get(info.filename, (info.compress_type, None))
            zout.writestr(info.filename, content if content is not None else zin.read(info), compress_type=method)
    return out


@pytest.mark.parametrize("suffix", [".docx", ".hwpx"])
@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA], ids=["bzip2", "lzma"])
def test_parts_packed_with_methods_office_never_uses_are_refused_unread(tmp_path: Path, suffix: str, method: int):
    source = exported(tmp_path, suffix)
    part = "word/document.xml" if suffix == ".docx" else "Contents/section0.xml"
    bomb = b"<x/>" + b" " * (256 * 1024 * 1024)  # 256 MB of spaces after the root: a few hundred bytes packed
    hostile = repacked(source, tmp_path / f"bomb{suffix}", {part: (method, bomb)})
    assert hostile.stat().st_size < 100_000
    for door in (["check", hostile], ["convert", hostile, "-o", tmp_path / "c.release.json"]):
        result = capped(*door)
        assert result.returncode == 2
        one_line(result, hostile.name, part, f"method {method}")
    assert not (tmp_path / "c.release.json").exists()


HWPX_CELL = (
    "<hp:tc><hp:subList><hp:p><hp:run><hp:t>칸</hp:t></hp:run></hp:p></hp:subList>"
    '<hp:cellAddr rowAddr="0" colAddr="0"/><hp:cellSpan rowSpan="200" colSpan="200"/></hp:tc>'
)


@pytest.mark.parametrize("cells", [2_000, 5_000])
def test_table_cells_claiming_huge_spans_are_read_in_bounded_time(tmp_path: Path, cells: int):
    source = exported(tmp_path, ".hwpx")
    with zipfile.ZipFile(source) as zf:
        section = zf.read("Contents/section0.xml").decode("utf-8")
    table = "<hp:p><hp:run><hp:tbl><hp:tr>" + HWPX_CELL * cells + "</hp:tr></hp:tbl></hp:run></hp:p>"
    at = section.rindex("</hs:sec>")
    crafted = section[:at] + table + section[at:]
    hostile = repacked(source, tmp_path / "spans.hwpx", {"Contents/section0.xml": (8, crafted.encode("utf-8"))})
    result = capped("convert", hostile, "-o", tmp_path / "spans.release.json", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "칸" in (tmp_path / "spans.release.json").read_text(encoding="utf-8")


# --- hang and memory: the translation memory's inputs -------------------------------------------------------------


def test_a_tmx_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path):
    tmx = tmp_path / "big.tmx"
    unit = '<tu><tuv xml:lang="ko"><seg>조달청 {n}</seg></tuv><tuv xml:lang="en"><seg>PPS {n}</seg></tuv></tu>\n'
    with tmx.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0"?><tmx version="1.4"><header/><body>\n')
        for n in range(400_000):  # some 34 MB
            fh.write(unit.format(n=n))
        fh.write("</body></tmx>\n")
    memory = tmp_path / "m.sqlite3"
    result = capped("tm", "import", tmx, "--memory", memory)
    assert result.returncode == 2
    assert "big.tmx" in result.stderr and "32 MB" in result.stderr
    assert "0 new pairs" in result.stdout


@POSIX
@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_memory_that_is_no_file_is_one_line(tmp_path: Path, kind: str):
    memory = tmp_path / "m.sqlite3"
    os.mkfifo(memory) if kind == "pipe" else memory.mkdir()
    result = capped("tm", "search", "조달청", "--memory", memory, timeout=60)
    assert result.returncode == 2
    one_line(result, "m.sqlite3", "pipe" if kind == "pipe" else "folder")


# --- unclear messages: success messages are one line too ----------------------------------------------------------


def test_a_line_break_in_a_file_name_is_shown_escaped_in_success_messages(tmp_path: Path):
    memory = filled_memory(tmp_path)
    out = tmp_path / "two\nlines.tmx"
    result = capped("tm", "export", "-o", out, "--memory", memory)
    assert result.returncode == 0 and out.exists()
    assert len(result.stdout.strip().splitlines()) == 1 and "two\\x0alines.tmx" in result.stdout


# --- hang: the checker inside its own limits ----------------------------------------------------------------------


def one_paragraph_release(tmp_path: Path, ko: str, en: str, paragraphs: int = 1) -> Path:
    path = tmp_path / "long.release.json"
    release = Release(
        ko=Version(title="제목", body=[Paragraph(ko) for _ in range(paragraphs)]),
        en=Version(title="Title", body=[Paragraph(en) for _ in range(paragraphs)]),
    )
    storage.save(release, path)
    return path


def repeat(token: str, length: int = 19_990) -> str:
    return (token * (length // len(token) + 1))[:length]


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        (repeat("35개사 "), repeat("35 companies ")),
        (repeat("1억 "), repeat("1 billion ")),
        (repeat("김철수 장관 "), repeat("Minister Kim Chul-soo ")),
        ("가", repeat("a-")),
        ("가", "http://" + "a" * 19_983),
        ("가", "a" * 19_990),
        (repeat("3월 1일(화) "), repeat("March 1 (Tue) ")),
    ],
    ids=["counts", "amounts", "names", "a-", "url", "letters", "dates"],
)
def test_a_paragraph_of_repeated_facts_at_the_limit_is_checked_in_bounded_time(tmp_path: Path, ko: str, en: str):
    result = capped("check", one_paragraph_release(tmp_path, ko, en), "--json", timeout=120)
    assert result.returncode in (0, 1), result.stderr
    assert "findings" in json.loads(result.stdout)


@pytest.mark.parametrize(
    ("paragraphs", "token", "english"), [(75, "120억원 ", "KRW 12 billion "), (5000, "가나다 ", "abc ")]
)
def test_a_whole_release_at_the_checkers_limits_is_checked_in_bounded_time(
    tmp_path: Path, paragraphs: int, token: str, english: str
):
    length = 19_990 if paragraphs == 75 else 299  # (the titles count too: 1,500,000 characters at most)
    release = one_paragraph_release(tmp_path, repeat(token, length), repeat(english, length), paragraphs)
    result = capped("check", release, timeout=300)
    assert result.returncode in (0, 1), result.stderr


# --- hang and memory: large glossaries -----------------------------------------------------------------------------


def test_a_glossary_of_150000_terms_is_indexed_not_tried_term_by_term(tmp_path: Path):
    syllables = [chr(0xAC00 + i) for i in range(0, 11172, 37)]
    words = ["the", "office", "of", "public", "service", "agency", "korea", "national", "board"]
    lines = ["ko\ten"]
    for n in range(150_000):  # some 7 MB, under the 8 MB a glossary may have
        ko = "".join(syllables[(n * 7 + k) % len(syllables)] for k in range(2 + n % 4))
        lines.append(f"{ko} {syllables[n % len(syllables)]}기관\t{' '.join(words[(n + k) % 9] for k in range(3))} {n}")
    big = tmp_path / "big.tsv"
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    release = one_paragraph_release(tmp_path, SAMPLE.read_text(encoding="utf-8")[:3000], repeat("the ", 16_000))
    result = capped("check", release, "--glossary", big, timeout=300)
    assert result.returncode in (0, 1), result.stderr


def test_long_korean_terms_on_a_long_word_are_found_in_bounded_time(tmp_path: Path):
    glossary_file = tmp_path / "ga.tsv"
    glossary_file.write_text(
        "ko\ten\n" + "".join(f"{'가 ' * (1000 - n)}\tga {n}\n" for n in range(1000)), encoding="utf-8"
    )
    result = capped("check", one_paragraph_release(tmp_path, "가" * 19_990, "x"), "--glossary", glossary_file)
    assert result.returncode in (0, 1), result.stderr
