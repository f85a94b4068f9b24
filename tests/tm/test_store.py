"""The memory's database: pairs stored once with their uses, damage moved aside, newer schemas refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from drafter.errors import FutureVersionError, InputError
from drafter.formats import read_release
from drafter.tm.importer import import_paths, remember
from drafter.tm.segment import Segment, segments
from drafter.tm.store import Memory
from tests.tm.conftest import DATA

PAIR = Segment("sentence", "수출액은 43억원이다.", "Exports were KRW 4.3 billion.")


def test_a_pair_is_stored_once_with_each_use(memory: Memory):
    assert memory.add([PAIR], "a.release.json", "2025-01-10") == 1
    assert memory.add([PAIR], "b.release.json", "2025-02-10") == 0
    assert memory.add([PAIR], "b.release.json", "2025-02-11") == 0  # the same file again: one use, newer date
    (stored,) = list(memory.pairs())
    assert stored.uses == 2 and stored.last_used == "2025-02-11" and not stored.approved
    assert [(u.source, u.used_on) for u in memory.uses(stored.id)] == [
        ("a.release.json", "2025-01-10"),
        ("b.release.json", "2025-02-11"),
    ]


def test_an_approved_use_marks_the_pair_approved(memory: Memory):
    memory.add([PAIR], "a", "2025-01-10")
    memory.add([Segment(PAIR.kind, PAIR.ko, PAIR.en, approved=True)], "b", "2025-01-11")
    assert next(memory.pairs()).approved


def test_the_database_is_in_wal_mode_with_a_schema_version(memory: Memory):
    con = sqlite3.connect(memory.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == "1"
    con.close()


def test_a_release_gives_paragraphs_sentences_and_lines():
    release = read_release(DATA / "monthly" / "2025-03.txt").release
    kinds = {s.kind for s in segments(release)}
    assert kinds == {"title", "subtitle", "paragraph", "sentence", "note", "contact"}
    pairs = [(s.ko, s.en) for s in segments(release) if s.kind == "sentence"]
    assert ("이 가운데 물품은 4조 3천억원, 공사는 1조 5천억원, 용역은 1조 6천억원이었다.",
            "Of the total, goods accounted for KRW 4.3 trillion, construction for KRW 1.5 trillion and services for "
            "KRW 1.6 trillion.") in pairs  # fmt: skip


def test_sentences_whose_facts_disagree_are_not_paired():
    from drafter.tm.segment import sentence_pairs

    assert sentence_pairs("가는 3건이다. 나는 5건이다.", "A is 3. B is 5.") != []
    assert sentence_pairs("가는 3건이다. 나는 5건이다.", "B is 5. A is 3.") == []


def test_importing_a_folder_reads_every_release_and_reports_a_broken_file(memory: Memory, tmp_path: Path):
    folder = tmp_path / "past"
    folder.mkdir()
    for f in (DATA / "designation").glob("*.txt"):
        (folder / f.name).write_bytes(f.read_bytes())
    (folder / "broken.release.json").write_text("{", encoding="utf-8")
    report = import_paths(memory, [folder])
    assert report.files == 6 and report.new_pairs > 40
    assert len(report.problems) == 1 and "broken.release.json" in report.problems[0].line("en")


def test_a_damaged_database_is_moved_aside_and_a_new_one_started(tmp_path: Path):
    path = tmp_path / "memory.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with Memory.open(path) as memory:
        assert memory.count() == 0
        (notice,) = memory.notices
        assert "damaged" in notice.en and "moved to memory.sqlite3.damaged-" in notice.en
        assert "손상" in notice.ko
    (aside,) = tmp_path.glob("memory.sqlite3.damaged-*")
    assert aside.read_bytes().startswith(b"this is not a database")  # the old file is kept, not lost


def test_damage_found_while_in_use_moves_the_file_aside_with_a_message(tmp_path: Path):
    path = tmp_path / "memory.sqlite3"
    with Memory.open(path) as memory:
        memory.add([PAIR], "a", "2025-01-10")
        con = sqlite3.connect(path)
        con.execute("DROP TABLE pairs")
        con.commit()
        con.close()
        with pytest.raises(InputError) as caught:
            memory.count()
        assert "was damaged" in caught.value.line("en")
        assert memory.count() == 0  # a new memory is in place and works
    assert list(tmp_path.glob("memory.sqlite3.damaged-*"))


def test_a_memory_from_a_newer_program_is_refused_and_left_alone(tmp_path: Path):
    path = tmp_path / "memory.sqlite3"
    with Memory.open(path):
        pass
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    con.commit()
    con.close()
    with pytest.raises(FutureVersionError):
        Memory.open(path)
    assert not list(tmp_path.glob("*.damaged-*"))


def test_clear_forgets_everything(memory: Memory):
    remember(memory, read_release(DATA / "monthly" / "2025-01.txt").release, "x")
    assert memory.count() > 10
    memory.clear()
    assert memory.count() == 0 and memory.similar("조달청은 발표했다") == []


def test_concordance_finds_korean_and_english_words(memory: Memory):
    for f in sorted((DATA / "monthly").glob("*.txt"))[:3]:
        remember(memory, read_release(f).release, str(f))
    ko = memory.containing("혁신제품 구매액", "ko")
    assert ko and all("혁신제품 구매액" in s.ko for s in ko)
    en = memory.containing("innovative products", "en")
    assert en and all("innovative products" in s.en.lower() for s in en)
    assert memory.containing("100%_", "en") == []  # LIKE's wildcards are taken literally


def test_similar_texts_are_found_through_the_index(memory: Memory):
    remember(memory, read_release(DATA / "monthly" / "2025-01.txt").release, "x")
    from drafter.tm.keys import skeleton

    found = memory.similar(skeleton("혁신제품 구매액은 1,000억원으로 많은 기관이 제품을 구매했다."))
    assert any(s.ko.startswith("혁신제품 구매액은") for s in found)


def test_an_approved_pair_comes_first_among_pairs_of_the_same_form(memory: Memory):
    from drafter.tm.suggest import matches

    memory.add([Segment("sentence", "계약은 10건이다.", "There were 10 contracts.")], "a", "2025-03-01")
    memory.add([Segment("sentence", "계약은 11건이다.", "Contracts numbered 11.", approved=True)], "b", "2025-01-01")
    first = matches(memory, "계약은 12건이다.")[0]
    assert first.en == "Contracts numbered 12." and first.approved and first.adapted
