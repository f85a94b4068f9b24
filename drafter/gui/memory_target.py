"""What the memory's suggestions are for, and where the chosen one goes: the passage the cursor rests in
on either side — a body paragraph, a note of one, the title, a subtitle line, a footnote — and its place
in the English. Suggestions show where the English of it is empty, outdated or being written; a new
English paragraph takes the English form of its Korean's level, and the notes the memory knows come
with it (drafter.formats.body.as_printed), as `fill` does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from drafter.formats.body import as_printed, paragraph_lines
from drafter.model import Note, Paragraph

if TYPE_CHECKING:
    from drafter.gui.version_panel import VersionPanel
    from drafter.parity.align import Pair

LINE_FIELDS = ("title", "subtitle", "footnotes")


@dataclass(frozen=True)
class Target:
    field: str  # "body", "notes", "title", "subtitle" or "footnotes"
    korean: str  # the Korean text the suggestions answer
    index: int = 0  # body and notes: the Korean paragraph; subtitle and footnotes: the line
    counterpart: tuple[int, ...] = ()  # body and notes: the English paragraphs aligned with the Korean one
    before: int | None = None  # body: the English paragraph a new one goes before (None: at the end)
    bullet: str = ""  # body: the Korean paragraph's symbol, which gives its level
    notes: tuple[str, ...] = ()  # body: the Korean paragraph's notes, looked up with it
    markers: tuple[str, ...] = ()  # … their markers; notes and footnotes: the note's own
    note: int = 0  # notes: which note of the paragraph


def at_cursor(
    ko: VersionPanel, en: VersionPanel, side: VersionPanel, field: str, pairs: list[Pair], stale: set[tuple[str, int]]
) -> Target | str | None:
    """The passage the cursor rests in (`side`'s `field`), or "written" when its English is written and up
    to date (`stale`: the (field, Korean index) pairs the checker finds outdated), or None."""
    on_english = side is en
    position = side.editors[field].textCursor().position()
    if field in LINE_FIELDS:
        index = side.line_at(field, position)
        korean = ko.lines(field)
        if index is None or index >= len(korean):
            return None
        written = index < len(en.lines(field)) and (field, index) not in stale
        if written and not on_english:
            return "written"
        text = korean[index][0]
        if field == "footnotes":
            marker, text = _marked(text)
            return Target(field, text, index, markers=(marker,))
        return Target(field, text, index)
    if field != "body":
        return None
    index = side.paragraph_at(position)
    if index is None:
        return None
    ko_index = index
    if on_english:
        found = _counterparts(pairs, "en", index)
        if len(found) != 1:
            return None
        ko_index = found[0]
    counterpart = _counterparts(pairs, "ko", ko_index)
    note = _note_at(side, index, position)
    if note is not None:  # the cursor is on a note's line
        ko_notes = ko.notes_of(ko_index)
        if note >= len(ko_notes) or len(counterpart) != 1:
            return None
        en_notes = en.notes_of(counterpart[0])
        if note < len(en_notes) and ("notes", ko_index) not in stale and not on_english:
            return "written"
        marker, text, _start, _end = ko_notes[note]
        return Target("notes", text, ko_index, counterpart, markers=(marker,), note=note)
    if counterpart and ("body", ko_index) not in stale and not on_english:
        return "written"
    span = ko.paragraph_span(ko_index)
    text = " ".join(ko.editors["body"].toPlainText()[span[0] : span[1]].split()) if span else ""
    if not text:
        return None
    later = [p for p in pairs if p.ko and p.ko[0] > ko_index and p.en]
    notes = ko.notes_of(ko_index)
    return Target(
        "body",
        text,
        ko_index,
        counterpart,
        later[0].en[0] if later else None,
        ko.paragraph_bullet(ko_index),
        tuple(n[1] for n in notes),
        tuple(n[0] for n in notes),
    )


def put_in(en: VersionPanel, target: Target, text: str, whole: bool, notes: list[str | None]) -> None:
    """Put a suggestion into the English, as one undo step: a whole passage replaces its English, a
    sentence goes in at the English cursor (or after the paragraph); `notes`: the English of the Korean
    paragraph's notes, those the memory knows, which come along where the English has none."""
    field = "body" if target.field == "notes" else target.field
    editor = en.editors[field]
    content = editor.toPlainText()
    if target.field == "body":
        start, end, insert = _paragraph_edit(en, target, text, whole, notes, editor.textCursor().position())
    elif target.field == "notes":
        start, end, insert = _note_edit(en, target, text)
    elif target.field == "title":
        start, end, insert = 0, len(content), text
    else:
        if target.field == "footnotes":
            text = f"{target.markers[0]} {text}"
        lines = en.lines(field)
        if target.index < len(lines):
            _t, start, end = lines[target.index]
            insert = text
        else:  # a line the English does not have yet: after its last one
            start = end = len(content.rstrip())
            insert = ("\n" if content.strip() else "") + text
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.insertText(insert)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    editor.setFocus()


def _paragraph_edit(
    en: VersionPanel, target: Target, text: str, whole: bool, notes: list[str | None], at_cursor: int
) -> tuple[int, int, str]:
    content = en.editors["body"].toPlainText()
    english_notes = [Note(t, marker) for t, marker in zip(notes, target.markers, strict=False) if t]
    spans = [s for s in (en.paragraph_span(i) for i in target.counterpart) if s]
    if spans:
        start, end = spans[0][0], spans[-1][1]
        if whole:
            has_notes = any(en.notes_of(i) for i in target.counterpart)
            if english_notes and not has_notes:  # the paragraph's notes come along, indented as it is
                bullet = en.paragraph_bullet(target.counterpart[-1])
                text += "\n" + "\n".join(paragraph_lines(Paragraph(text, english_notes, bullet))[1:])
            return start, end, text
        position = at_cursor if start <= at_cursor <= end else end
        before_char = content[position - 1 : position] if position else ""
        return position, position, (" " if before_char and not before_char.isspace() else "") + text
    # A new paragraph: the English form of the Korean's level, with the notes the memory knows.
    paragraph = as_printed(Paragraph(text, english_notes if whole else [], target.bullet), "en", {})
    new = "\n".join(paragraph_lines(paragraph))
    start_of = en.paragraph_span(target.before) if target.before is not None else None
    if start_of is not None:
        line_at = en.editors["body"].document().findBlock(start_of[0]).position()
        return line_at, line_at, new + "\n\n"
    end = len(content.rstrip())
    return end, end, ("\n\n" if content.strip() else "") + new


def _note_edit(en: VersionPanel, target: Target, text: str) -> tuple[int, int, str]:
    """A note's English: in place of the English paragraph's note of the same number, or a new note line
    under that paragraph."""
    paragraph = target.counterpart[0]
    notes = en.notes_of(paragraph)
    if target.note < len(notes):
        _marker, _text, start, end = notes[target.note]
        return start, end, text
    end = en.paragraph_end(paragraph) or 0
    line = paragraph_lines(Paragraph("", [Note(text, target.markers[0])], en.paragraph_bullet(paragraph)))[1]
    return end, end, "\n" + line


def _note_at(panel: VersionPanel, index: int, position: int) -> int | None:
    """Which note of paragraph `index` the position's line is, if it is a note's line."""
    block = panel.editors["body"].document().findBlock(position)
    return next((k for k, note in enumerate(panel.notes_of(index)) if block.contains(note[2])), None)


def _counterparts(pairs: list[Pair], side: str, index: int) -> tuple[int, ...]:
    other = "en" if side == "ko" else "ko"
    pair = next((p for p in pairs if index in getattr(p, side)), None)
    return getattr(pair, other) if pair else ()


def _marked(line: str) -> tuple[str, str]:
    """A footnote line's marker and text ("※ …")."""
    from drafter.formats.body import NOTE_RE

    m = NOTE_RE.match(line)
    return (m[1], m[2]) if m else ("*", line)
