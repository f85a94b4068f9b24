"""The body as text: paragraphs separated by blank lines, their notes (`*`, `**`, `※`) under them.

One grammar for the plain-text importer and the editors of the window. Parsing also records
where each paragraph and note stands in the text, so that a finding's span in the model can be
shown at the right place in the editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from drafter.model import SPACES_BEFORE, Note, Paragraph, nfc

# `*`, `**`, `※`, and the labels real releases put before a note instead: "주:", "주)", "자료:" (the source
# under a table), "Note:", "Source:".
NOTE_RE = re.compile(r"(※|\*\*|\*|(?:주|자료|출처)\s?[:：)]|(?:Notes?|Source)\s?:)\s*(.*)$")
# "□ ○ ㅇ ◦ o - ▶" and "1." / "1)" / "가." bullets, each followed by a space. A number followed by
# another "N." is a date ("11. 1.(수) …"), not a numbered item. A section heading numbered in Roman
# numerals ("Ⅰ. 추진 배경", "II. Key Measures") keeps its number in its text: documents print it as written.
BULLET_RE = re.compile(r"([□■○●◦◇◆ㅇo▶►▷•·\-–]|\d{1,2}[.)](?!\s*\d{1,2}\.)|[가-하][.)])\s+(\S.*)$")
SENTENCE_END = tuple('.!?。”"’」』)]:;다')
_WRAP_MIN = 40  # a line shorter than this ended where its writer ended it, not where a wrap did
# A table written as lines: its caption "< 2027년 AI 분야 예산안 주요 내역 >", and rows "label: figure" without
# a final stop ("Core AI technology R&D: KRW 645 billion"). Each line is a paragraph of its own, not a wrap.
_CAPTION_RE = re.compile(r"^[<〈《]\s*\S.*[>〉》]$")
_ROW_RE = re.compile(r"^[^:：]{2,60}[:：]\s*[^:：]{0,40}\d[^:：]{0,40}$")


@dataclass
class Placed:
    """Where a paragraph's text stands: (offset in the paragraph text, offset in the source) per line."""

    segments: list[tuple[int, int]] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)  # source offset of each note's text

    def to_source(self, offset: int) -> int:
        text_at, source_at = next((s for s in reversed(self.segments) if s[0] <= offset), self.segments[0])
        return source_at + offset - text_at


@dataclass
class Body:
    paragraphs: list[Paragraph] = field(default_factory=list)
    places: list[Placed] = field(default_factory=list)
    loose: list[Note] = field(default_factory=list)  # notes with no paragraph above them in their block run
    loose_at: list[int] = field(default_factory=list)


@lru_cache(maxsize=16384)
def _is_row(line: str) -> bool:
    """A row of a table written as lines: a short "label: figure" without a final stop."""
    return bool(_ROW_RE.match(line)) and not line.endswith((".", "!", "?", "。", "다"))


def _continues(paragraph: Paragraph | Sketch, bullet: re.Match[str] | None) -> bool:
    """Whether a line (with `bullet`, if any) continues a hard-wrapped `paragraph` rather than starting a new one."""
    return (
        not paragraph.notes
        and len(paragraph.text) >= _WRAP_MIN
        and not paragraph.text.endswith(SENTENCE_END)
        and not bullet
    )


class Sketch:
    """A paragraph as the window's typing path needs it (where it stands, how long it is), made for each
    keystroke: the text normalised as Paragraph does, without the rest of a model object's checks."""

    __slots__ = ("bullet", "notes", "text")

    def __init__(self, text: str, notes: list[object] | None = None, bullet: str = "") -> None:
        self.text, self.notes, self.bullet = _normalised(text), notes or [], bullet


_normalised = lru_cache(maxsize=16384)(nfc)  # a paragraph's first line: the same on every keystroke but one


@lru_cache(maxsize=16384)
def _line(raw: str) -> tuple[str, int, re.Match[str] | None, re.Match[str] | None]:
    """A line stripped, its indent, and its note and bullet matches: read once per distinct line, so that
    reading the body again after a keystroke reads only the line typed in."""
    line = raw.strip()
    note = NOTE_RE.match(line) if line else None
    bullet = BULLET_RE.match(line) if line and note is None else None
    return line, len(raw) - len(raw.lstrip()), note, bullet


def parse_body(text: str, sketch: bool = False) -> Body:
    """Paragraphs and notes of `text`, with their places in it (`sketch`: paragraphs as Sketch, notes as
    their markers: enough to find where each paragraph stands, and quick).

    Note lines standing in a block of their own belong to the paragraph above them when more
    paragraphs follow; before the first paragraph or after the last they are left `loose`.
    """
    new_paragraph, new_note = (Sketch, lambda text, marker: marker) if sketch else (Paragraph, Note)
    body = Body()
    pending: list[tuple[Note, int]] = []
    in_block = in_table = False  # in_table: in a block under a caption, where each line is a row
    offset = 0
    paragraph_indent = 0  # of the current paragraph's first line
    raws = text.split("\n")
    for i, raw in enumerate(raws):
        line, indent, m, bullet = _line(raw)
        at = offset + indent
        offset += len(raw) + 1
        if not line:
            in_block = in_table = False
            continue
        if m:
            note = new_note(text=m[2], marker=m[1])
            if in_block and body.paragraphs:
                body.paragraphs[-1].notes.append(note)
                body.places[-1].notes.append(at + m.start(2))
            else:
                pending.append((note, at + m.start(2)))
            continue
        # A line indented under its paragraph, when the paragraph has ended its sentence (or its notes begun),
        # is a note written without a marker; before that, it continues the paragraph.
        indented = in_block and body.paragraphs and not bullet and indent > paragraph_indent
        if indented and (body.paragraphs[-1].notes or body.paragraphs[-1].text.endswith(SENTENCE_END)):
            body.paragraphs[-1].notes.append(new_note(text=line, marker=""))
            body.places[-1].notes.append(at)
            continue
        if (
            in_block
            and body.paragraphs
            and not _starts_row(line, body.paragraphs[-1].text, raws[i + 1] if i + 1 < len(raws) else "", in_table)
            and (indented or _continues(body.paragraphs[-1], bullet))
        ):
            paragraph = body.paragraphs[-1]
            paragraph.text += " "
            body.places[-1].segments.append((len(paragraph.text), at))
            paragraph.text += line
            continue
        if pending:
            _settle(body, pending)
            pending = []
        body.paragraphs.append(new_paragraph(text=bullet[2], bullet=bullet[1]) if bullet else new_paragraph(text=line))
        body.places.append(Placed([(0, at + (bullet.start(2) if bullet else 0))]))
        in_block, paragraph_indent = True, indent
        in_table = in_table or bool(_CAPTION_RE.match(line))
    body.loose += [n for n, _ in pending]
    body.loose_at += [a for _, a in pending]
    return body


def _starts_row(line: str, above: str, below: str, in_table: bool) -> bool:
    """Whether `line` is a line of a table written as lines, under the paragraph `above` and over the raw
    line `below`: the caption, a line under it, or one of two or more "label: figure" rows in a row."""
    return (
        in_table
        or bool(_CAPTION_RE.match(line))
        or (_is_row(line) and (_is_row(above) or _is_row(below.strip())))
    )


def _settle(body: Body, pending: list[tuple[Note, int]]) -> None:
    """Notes followed by more paragraphs: the paragraph above them, or loose before the first one."""
    if body.paragraphs:
        body.paragraphs[-1].notes += [n for n, _ in pending]
        body.places[-1].notes += [a for _, a in pending]
    else:
        body.loose += [n for n, _ in pending]
        body.loose_at += [a for _, a in pending]


def indent_of(level: int) -> str:
    """The spaces before a level's symbol (model.SPACES_BEFORE)."""
    return " " * SPACES_BEFORE.get(level, 0)


def as_printed(paragraph: Paragraph, lang: str, symbols: dict[int, str]) -> Paragraph:
    """The paragraph with the symbol the documents print before it: a level's symbol (□ ㅇ ○ - …) becomes
    the house style's `symbols` for that level in Korean, and in English • or – below plain paragraphs
    (a □ item is a plain paragraph in English); numbers ("1.") and other marks stay as written."""
    symbol = paragraph.symbol(lang, symbols)
    if symbol == paragraph.bullet:
        return paragraph
    return replace(paragraph, bullet=symbol, level=paragraph.level if symbol else 0)


def paragraph_lines(paragraph: Paragraph, symbol: str | None = None) -> list[str]:
    """The paragraph's lines as the editors and the text export write them, with `symbol` before it
    (default: its bullet; the text export prints `Paragraph.symbol`)."""
    symbol = paragraph.bullet if symbol is None else symbol
    indent = indent_of(paragraph.level if symbol else 0)
    text = f"{indent}{symbol} {paragraph.text}" if symbol else paragraph.text
    return [text] + [f"{indent} {note_line(n)}" if n.marker else f"{indent}  {n.text}" for n in paragraph.notes]


def note_line(note: Note) -> str:
    return f"{note.marker} {note.text}" if note.marker else note.text


def format_body(paragraphs: list[Paragraph]) -> str:
    """The body as the editors and the plain-text export write it."""
    return "\n\n".join("\n".join(paragraph_lines(p)) for p in paragraphs)
