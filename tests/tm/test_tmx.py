"""TMX 1.4: the memory exported and imported again is the same memory; broken or hostile files are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.formats import read_release
from drafter.tm import tmx
from drafter.tm.importer import remember
from drafter.tm.segment import Segment
from drafter.tm.store import Memory
from tests.tm.conftest import DATA


def snapshot(memory: Memory) -> list[tuple]:
    return sorted(
        (s.kind, s.ko, s.en, s.approved, s.uses, s.last_used, tuple(memory.uses(s.id))) for s in memory.pairs()
    )


def test_export_then_import_gives_the_same_memory(memory: Memory, tmp_path: Path):
    for f in sorted((DATA / "designation").glob("*.txt"))[:3]:
        remember(memory, read_release(f).release, str(f))
    odd = Segment("sentence", "특수문자 <>&\"' 확인", "Special <>&\"' characters", approved=True)
    memory.add([odd], "x", "2025-05-05")
    out = tmp_path / "memory.tmx"
    assert tmx.export(memory, out) == memory.count()
    text = out.read_text(encoding="utf-8")
    assert '<tmx version="1.4">' in text and 'srclang="ko"' in text and 'xml:lang="ko"' in text
    with Memory.open(tmp_path / "again.sqlite3") as again:
        tmx.import_file(again, out)
        assert snapshot(again) == snapshot(memory)


def test_a_tmx_from_another_tool_gives_plain_pairs(memory: Memory, tmp_path: Path):
    path = tmp_path / "other.tmx"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ko-KR" datatype="plaintext" segtype="sentence" adminlang="en"
 creationtool="x" creationtoolversion="1" o-tmf="x"/><body>
<tu changedate="20240301T101010Z"><tuv xml:lang="ko-KR"><seg>조달청은 <ph x="1">&lt;b&gt;</ph>발표했다.</seg></tuv>
<tuv xml:lang="en-US"><seg>PPS announced.</seg></tuv></tu>
<tu><tuv xml:lang="ko"><seg>영어 없음</seg></tuv></tu>
</body></tmx>""",
        encoding="utf-8",
    )
    assert tmx.import_file(memory, path) == 1
    (stored,) = list(memory.pairs())
    assert (stored.ko, stored.en, stored.last_used) == ("조달청은 발표했다.", "PPS announced.", "2024-03-01")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("<tmx version='1.4'><body><tu><tuv xml:lang='ko'><seg>가</seg></tuv>", "damaged"),
        ("<html><body/></html>", "not a TMX file"),
        ("", "empty"),
        (
            '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            "<tmx version='1.4'><body/></tmx>",
            "entities",
        ),
    ],
)
def test_a_broken_tmx_gets_one_line_naming_the_file_and_adds_nothing(memory: Memory, tmp_path: Path, content, words):
    path = tmp_path / "broken.tmx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        tmx.import_file(memory, path)
    line = caught.value.line("en")
    assert str(path) in line and words in line and "\n" not in line
    assert memory.count() == 0
