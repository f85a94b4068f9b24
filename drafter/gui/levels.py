"""Levels of the body's paragraphs in the editor: Tab and Shift+Tab at a paragraph's start, and a choice
above the body, rewrite the "[spaces][symbol] " in front of it (□ → ㅇ → - in Korean, with the house
style's symbols; • → – in English), and the spaces before its notes, as one undo step.

The body stays a QPlainTextEdit whose text is the release's plain text: the hierarchy shows as the
spaces and the symbol before each item, as the text export writes it and the parser reads it back
(typing "□ " at the start of a paragraph sets its level, too). A QTextEdit could show hanging indents,
but its block formats would be a second copy of the levels to keep in step with the text on every
keystroke, its layout is slower on long text, and every offset the findings, the find bar and the
spell check use would have to map from it; the documents and the print preview show the indents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QWidget

from drafter.formats.body import Body, indent_of, parse_body
from drafter.gui.editors import FieldEdit
from drafter.gui.i18n import ui
from drafter.model import ENGLISH_SYMBOLS, LEVEL_SYMBOLS, level_of


class BodyEdit(FieldEdit):
    """The body editor: a FieldEdit whose Tab and Shift+Tab set the level of the paragraph they start."""

    def __init__(self, lang: str, lines: float, notes: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(lines, notes=notes, parent=parent)
        self.lang = lang
        self.highlighter.levels = lang  # items and notes in the documents' columns
        self.symbols = dict(LEVEL_SYMBOLS) if lang == "ko" else dict(ENGLISH_SYMBOLS)
        # Where the paragraphs stand, as of the text now: the version panel gives the sketch it keeps
        # (VersionPanel._current_body, read again only after a change), so that a cursor move parses nothing.
        self.sketch: Callable[[], Body] = lambda: parse_body(self.toPlainText(), sketch=True)

    def set_symbols(self, symbols: dict[int, str]) -> None:
        """The house style's symbols of the levels (Korean); written by the next change of a level."""
        if self.lang == "ko":
            self.symbols = {**LEVEL_SYMBOLS, **symbols}

    def levels(self) -> tuple[int, ...]:
        return (0, *sorted(self.symbols))

    # -- where the paragraphs stand -----------------------------------------------------------------
    def paragraph_at(self, position: int, first_line_only: bool) -> Item | None:
        """The paragraph at `position`; with `first_line_only`, only when `position` is at the paragraph's
        start or in the spaces and symbol before its text."""
        body = self.sketch()
        found = None
        for paragraph, place in zip(body.paragraphs, body.places, strict=True):
            text_at = place.segments[0][1]
            line_at = self.document().findBlock(text_at).position()
            if line_at > position:
                break
            # notes below the last paragraph in a block of their own stay where they are (the panel's
            # version() counts them as the last paragraph's, in the sketch it keeps)
            notes = [at for at in place.notes if at not in body.loose_at]
            found = Item(level_of(paragraph.bullet), line_at, text_at, notes)
        if found is None or (first_line_only and position > found.text_at):
            return None
        return found

    def current_level(self) -> int | None:
        found = self.paragraph_at(self.textCursor().position(), False)
        return found.level if found else None

    # -- changing a level ---------------------------------------------------------------------------
    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab (Qt asks here before moving the focus): a level down or up when the cursor
        is at a paragraph's start; elsewhere, and where the level can go no further, the next field."""
        cursor = self.textCursor()
        found = None if cursor.hasSelection() else self.paragraph_at(cursor.position(), True)
        bare = None if cursor.hasSelection() or found is not None else self._bare_level(cursor.block().text())
        level = found.level if found is not None else bare
        if level is not None:
            if forward:
                target = min((s for s in self.levels() if s > level), default=None)
            else:
                target = max((s for s in self.levels() if s < level), default=None)
            if target is not None and found is not None and self.set_level(target, cursor.position()):
                return True
            if target is not None and bare is not None:
                self._start_item(target)
                return True
        return super().focusNextPrevChild(forward)

    def _bare_level(self, line: str) -> int | None:
        """The level of a line that holds no text yet: blank (0), or only a level's spaces and symbol."""
        symbol = line.strip()
        if not symbol:
            return 0
        return next((level for level, s in self.symbols.items() if s == symbol), None)

    def _start_item(self, level: int) -> None:
        """A paragraph about to be typed gets its level's spaces and symbol (Tab on an empty line)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(f"{indent_of(level)}{self.symbols[level]} " if level else "")
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def set_level(self, level: int, position: int | None = None) -> bool:
        """Give the paragraph at `position` (default: the cursor's) `level`: its symbol and the spaces
        before it and before its notes are written anew, as one undo step."""
        at = self.textCursor().position() if position is None else position
        found = self.paragraph_at(at, False)
        if found is None or level not in self.levels():
            return False
        document = self.document()
        text = document.toPlainText()
        indent = indent_of(level)
        prefix = f"{indent}{self.symbols[level]} " if level else ""
        edits = [(found.line_at, found.text_at, prefix)]
        for note_at in found.notes:  # the marker and the spaces before it: one space in from the paragraph
            line_at = document.findBlock(note_at).position()
            spaces = len(text[line_at:note_at]) - len(text[line_at:note_at].lstrip())
            edits.append((line_at, line_at + spaces, f"{indent} "))
        if all(text[start:end] == new for start, end, new in edits):
            return False
        in_prefix = at <= found.text_at
        self.end_undo_step()  # what was typed before is undone on its own
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for start, end, new in sorted(edits, reverse=True):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(new)
        cursor.endEditBlock()
        self.end_undo_step()  # … and what is typed next too
        if in_prefix:
            moved = self.textCursor()
            moved.setPosition(found.line_at + len(prefix))
            self.setTextCursor(moved)
        return True


@dataclass(frozen=True)
class Item:
    """A body paragraph as it stands in the editor."""

    level: int
    line_at: int  # where its first line starts
    text_at: int  # where its text starts, after the spaces and the symbol
    notes: list[int]  # where each of its notes' text starts


class LevelChoice(QComboBox):
    """Above the body: the level of the paragraph the cursor is in, and a way to set it."""

    def __init__(self, editor: BodyEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName(f"{editor.lang}_level")
        self.setToolTip(ui("Level of the paragraph (Tab, Shift+Tab at its start)"))
        self.fill()
        self.activated.connect(self._chosen)

    def fill(self) -> None:
        """One entry per level, with the symbol the editor writes for it."""
        names = {0: ui("Paragraph"), 1: ui("Level 1"), 2: ui("Level 2"), 3: ui("Level 3")}
        self.blockSignals(True)
        self.clear()
        for level in self.editor.levels():
            symbol = self.editor.symbols.get(level, "")
            self.addItem(f"{symbol} {names[level]}".strip(), level)
        self.blockSignals(False)
        self.show_level()

    def show_level(self) -> None:
        """The entry of the cursor's paragraph; in an empty body, a paragraph's (what typing starts)."""
        level = self.editor.current_level()
        if level is None:
            level = 0
        elif self.findData(level) < 0:  # a level the other language writes: its nearest
            level = min(self.editor.levels(), key=lambda known: abs(known - level))
        self.setCurrentIndex(self.findData(level))

    def _chosen(self, index: int) -> None:
        self.editor.set_level(int(self.itemData(index)))
        self.editor.setFocus()
