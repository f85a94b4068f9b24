"""The memory's commands keep the command line's contract: exit 0 / 2, one line naming the file, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter import storage
from drafter.cli import main
from drafter.formats import read_release
from tests.tm.conftest import DATA


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "memory.sqlite3"
    monkeypatch.setenv("DRAFTER_MEMORY", str(path))
    return path


def months(n: int) -> list[str]:
    return [str(p) for p in sorted((DATA / "monthly").glob("*.txt"))[:n]]


def test_import_search_and_export(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["tm", "import", *months(3)]) == 0
    assert "Imported 3 files" in capsys.readouterr().out
    query = "혁신제품 구매액은 3,330억원으로 400개 기관이 1,500개 제품을 구매했다."
    assert main(["tm", "search", query, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["suggestions"]
    assert found[0]["en"] == "Purchases of innovative products totaled KRW 333 billion, with 400 institutions buying " \
        "1,500 products."  # fmt: skip
    assert found[0]["adapted"] and found[0]["kind"] == "facts" and found[0]["changed"]
    assert main(["tm", "search", query]) == 0
    assert "figures adapted" in capsys.readouterr().out
    out = tmp_path / "x.tmx"
    assert main(["tm", "export", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("<tu ") > 30


def test_fill_puts_in_exact_and_adapted_english_unapproved(db: Path, tmp_path: Path, capsys):
    assert main(["tm", "import", *months(11)]) == 0
    release = read_release(DATA / "monthly" / "2025-12.txt").release
    expected = [p.text for p in release.en.body]
    release.en.body = []
    release.en.title = ""
    draft = tmp_path / "draft.release.json"
    storage.save(release, draft)
    out = tmp_path / "filled.release.json"
    assert main(["fill", str(draft), "-o", str(out)]) == 0
    assert "review them" in capsys.readouterr().out
    filled = storage.load(out)
    assert [p.text for p in filled.en.body] == [t for t in expected if "Contracts rose sharply" not in t]
    assert filled.en.title.startswith("Public procurement contracts in December 2025")
    assert filled.review.approved == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["tm", "import", "missing.txt"], "does not exist"),
        (["fill", "missing.release.json", "-o", "x.release.json"], "does not exist"),
        (["tm", "frobnicate"], "Bad command line"),
    ],
)
def test_problems_are_one_line_and_exit_2(db: Path, capsys, args, words):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_broken_tmx_on_import_names_the_file(db: Path, tmp_path: Path, capsys):
    bad = tmp_path / "bad.tmx"
    bad.write_text("<tmx><body><tu>", encoding="utf-8")
    assert main(["tm", "import", str(bad), *months(1)]) == 2
    captured = capsys.readouterr()
    assert f"{bad}: The TMX file is damaged" in captured.err
    assert "Imported 1 file:" in captured.out  # the readable file was imported all the same


def test_a_damaged_memory_is_reported_and_replaced(db: Path, capsys):
    db.write_bytes(b"garbage" * 1000)
    assert main(["tm", "import", *months(1)]) == 0
    assert "was damaged; it was moved to" in capsys.readouterr().err


def test_fill_gives_the_english_its_own_symbols_and_fills_notes_and_footnotes(db: Path, tmp_path: Path):
    from tests.formats.hwpx_helpers import sample_release

    earlier = sample_release()  # Korean levels □ ㅇ - on paragraphs 2–4, a note on the second, a footnote
    earlier.en.contact = "Innovation Procurement Planning Division, Lee Jeong-min, Director (+82-42-724-7300)\n" \
        "International Cooperation Division, Yeom Dong-hyun, Deputy Director (+82-42-724-7654)"  # fmt: skip
    storage.save(earlier, tmp_path / "earlier.release.json")
    assert main(["tm", "import", str(tmp_path / "earlier.release.json")]) == 0
    draft = storage.loads(storage.dumps(earlier))
    draft.en = type(draft.en)()
    storage.save(draft, tmp_path / "draft.release.json")
    out = tmp_path / "filled.release.json"
    assert main(["fill", str(tmp_path / "draft.release.json"), "-o", str(out)]) == 0
    filled = storage.load(out)
    assert [(p.level, p.bullet) for p in filled.en.body] == [(0, ""), (0, ""), (2, "•"), (3, "–"), (0, "")]
    assert [p.notes for p in filled.en.body] == [p.notes for p in earlier.en.body]
    assert filled.en.footnotes == earlier.en.footnotes
    assert filled.en.contact == earlier.en.contact  # line by line
    assert main(["export", str(out), "-o", str(tmp_path / "en.txt"), "--layout", "en"]) == 0
    english = (tmp_path / "en.txt").read_text(encoding="utf-8")
    assert not any(symbol in english for symbol in "□ㅇ○"), english
    assert " • By country" in english and "  – From the first half" in english
    assert main(["export", str(out), "-o", str(tmp_path / "en.docx"), "--layout", "en"]) == 0
    import docx

    printed = "\n".join(p.text for p in docx.Document(str(tmp_path / "en.docx")).paragraphs)
    assert "By country" in printed and not any(symbol in printed for symbol in "□ㅇ○")


def test_fill_puts_in_the_notes_an_english_paragraph_lacks(db: Path, tmp_path: Path):
    from tests.formats.hwpx_helpers import sample_release

    earlier = sample_release()
    storage.save(earlier, tmp_path / "earlier.release.json")
    assert main(["tm", "import", str(tmp_path / "earlier.release.json")]) == 0
    draft = storage.loads(storage.dumps(earlier))
    draft.en.body[1].notes = []
    storage.save(draft, tmp_path / "draft.release.json")
    assert main(["fill", str(tmp_path / "draft.release.json"), "-o", str(tmp_path / "out.release.json")]) == 0
    assert storage.load(tmp_path / "out.release.json").en.body[1].notes == earlier.en.body[1].notes
