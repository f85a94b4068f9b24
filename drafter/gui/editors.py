"""Text editors of the template's fields: findings underlined, notes styled, files dropped on them passed on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QKeyEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from drafter.formats.body import BULLET_RE, NOTE_RE
from drafter.model import STANDARD_SYMBOLS, level_of

SEVERITY_COLOURS = {"error": QColor("#d32f2f"), "warning": QColor("#ef6c00"), "info": QColor("#1976d2")}
PLAIN_COLOUR = QColor("#2e7d32")  # plain-Korean findings (Mark.severity "plain"), whatever their severity
CURRENT_COLOUR = QColor("#fff7d6")
NOTE_COLOUR = QColor("#6b6b6b")
NOTE_SCALE = 0.88  # a note's text size, of the body's
FOUND_COLOUR = QColor("#fde68a")  # find bar: every match
FOUND_CURRENT_COLOUR = QColor("#f59e0b")  # … and the one it stands on
UNDO_PAUSE_MS = 1000
MIN_POINTS = 6


@dataclass(frozen=True)
class Mark:
    """A finding's span in an editor."""

    start: int
    end: int
    severity: str  # "error", "warning", "info", or "plain" for a plain-Korean finding (its own colour)
    tip: str


class NoteHighlighter(QSyntaxHighlighter):
    """Note lines (`*`, `**`, `※`) look like notes: smaller and grey. In a body (`levels`: its language),
    each item's symbol and text, and each note's marker and text, stand in the columns the documents give
    their level: the spaces before and after the symbol are drawn wider, the text is unchanged."""

    def __init__(self, document: QTextDocument, notes: bool = True, levels: str = "") -> None:
        super().__init__(document)
        self.notes = notes
        self.levels = levels

    def highlightBlock(self, text: str) -> None:
        note = NOTE_RE.match(text.strip()) if self.notes else None
        if note:
            grey = QTextCharFormat()
            grey.setForeground(NOTE_COLOUR)
            size = self.document().defaultFont().pointSizeF()  # follows the zoom
            if size > 0:
                grey.setFontPointSize(size * NOTE_SCALE)
            self.setFormat(0, len(text), grey)
        if self.levels:
            self._place(text, note)

    def _place(self, text: str, note: re.Match[str] | None) -> None:
        """Widen the spaces around an item's symbol (a note's marker) to put it and its text in their columns;
        the block state carries the level of the paragraph to the notes under it."""
        stripped = text.lstrip(" ")
        lead = len(text) - len(stripped)
        above = max(self.previousBlockState(), 0)
        bullet = None if note or not stripped else BULLET_RE.match(stripped)
        if note:
            level, symbol = above, note[1]
        elif bullet and bullet[1] in STANDARD_SYMBOLS:
            level, symbol = level_of(bullet[1]), bullet[1]
        else:  # a plain paragraph, or the next line of one: its level goes on until a blank line
            self.setCurrentBlockState(above if stripped else 0)
            return
        self.setCurrentBlockState(level)
        columns = _columns(self.levels, level, symbol if note else "")
        if columns is None:
            return
        metrics = QFontMetricsF(self.document().defaultFont())
        scale = NOTE_SCALE if note else 1.0
        em, space = metrics.horizontalAdvance("가") * scale, metrics.horizontalAdvance(" ") * scale
        symbol_at = columns[0] * em if lead else 0.0
        self._widen(0, lead, columns[0] * em, space)
        gap = len(stripped) - len(stripped[len(symbol) :].lstrip(" ")) - len(symbol)
        after = symbol_at + metrics.horizontalAdvance(symbol) * scale
        self._widen(lead + len(symbol), gap, columns[1] * em - after, space)

    def _widen(self, start: int, count: int, width: float, space: float) -> None:
        """Draw `count` spaces from `start` as `width` pixels together."""
        if count <= 0:
            return
        wider = self.format(start)
        wider.setFontWordSpacing(max(width / count - space, -space * 0.8))
        self.setFormat(start, count, wider)


def _columns(lang: str, level: int, marker: str) -> tuple[float, float] | None:
    """Where the documents put a level's symbol (or, with `marker`, a note's marker) and its text, in
    characters of the body's size (drafter.formats.layout); None where they print no symbol."""
    from drafter.formats.layout import columns  # loaded with the first item line, not at start-up

    return columns(lang, level, marker)


class FieldEdit(QPlainTextEdit):
    """One field of one language: plain text, with findings underlined and explained on hover. A field
    other than the body is as tall as its text, up to `lines` lines.

    Undo steps are what was typed between pauses: a pause of UNDO_PAUSE_MS ends a step, so that Ctrl+Z
    takes back the word added last, not the paragraph typed before it as well.
    """

    file_dropped = Signal(str)
    height_wanted = Signal()  # its text now takes another number of lines
    edited = Signal()  # the text changed (textChanged also fires when only the highlighting did)
    context_menu = Signal(object, int)  # the QMenu about to show, the text position it was opened at

    def __init__(
        self, lines: float, single_line: bool = False, notes: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.single_line = single_line
        self.lines = lines  # the most lines a field (not the body) grows to before it scrolls
        self.shown = 1
        self._marks: list[Mark] = []
        self._current: list[tuple[int, int]] = []
        self._found: list[tuple[int, int]] = []
        self._found_current: tuple[int, int] | None = None
        self.text_edits = 0  # edits of the text so far: what caches of the text are keyed on
        self.setTabChangesFocus(True)
        self.highlighter: QSyntaxHighlighter = NoteHighlighter(self.document(), notes)
        self._base_size = self.font().pointSizeF()
        self._fit_height()
        # QTextDocument merges adjacent typing into one undo step until it is marked unmodified.
        self._undo_pause = QTimer(self, singleShot=True, interval=UNDO_PAUSE_MS, timeout=self.end_undo_step)
        self.document().contentsChange.connect(self._contents_change)
        # Whether its text takes another number of lines is asked once the layout has settled (after an edit,
        # or a new width): the document's size is in lines only once its blocks are laid out at that width.
        self._refit = QTimer(self, singleShot=True, interval=0, timeout=self.height_wanted.emit)
        if lines:
            self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._refit.start())
        self.edited.connect(self._undo_pause.start)

    def _contents_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:  # not a re-highlighting, which changes no text (but the document's revision)
            self.text_edits += 1
            self.edited.emit()

    def end_undo_step(self) -> None:
        """What is typed from now on is undone separately from what was typed before."""
        self.document().setModified(False)

    # -- zoom ------------------------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        """The font `steps` points larger (or smaller) than the window's default."""
        font = self.font()
        font.setPointSizeF(max(MIN_POINTS, self._base_size + steps))
        self.setFont(font)
        self._fit_height()
        self.highlighter.rehighlight()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.lines and event.size().width() != event.oldSize().width():
            self._refit.start()

    def wanted_lines(self) -> int:
        """The lines its text takes (wrapped lines counted), at least one, at most `lines`."""
        taken = int(self.document().documentLayout().documentSize().height())  # plain text: in lines
        return max(1, min(taken, int(self.lines)))

    def show_lines(self, count: int) -> None:
        """Be as tall as `count` lines (the main window gives a field and its counterpart the same)."""
        self.shown = count
        self._fit_height()

    def _fit_height(self) -> None:
        if self.lines:
            margins = self.contentsMargins()
            frame = 2 * self.frameWidth() + margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
            self.setFixedHeight(int(self.fontMetrics().lineSpacing() * (self.shown + 0.25)) + frame)

    # -- findings and the current paragraph ----------------------------------------------------
    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = marks
        self._refresh()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_current(self, ranges: list[tuple[int, int]]) -> None:
        if ranges != self._current:
            self._current = ranges
            self._refresh()

    def set_found(self, spans: list[tuple[int, int]], current: tuple[int, int] | None = None) -> None:
        """Matches of the find bar, shaded; `current` more strongly."""
        self._found, self._found_current = spans, current
        self._refresh()

    def _refresh(self) -> None:
        selections = []
        length = self.document().characterCount() - 1
        for start, end in self._current:
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(CURRENT_COLOUR)
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.cursor = self._cursor(start, end, length)
            selections.append(sel)
        for span in self._found:
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(FOUND_CURRENT_COLOUR if span == self._found_current else FOUND_COLOUR)
            sel.cursor = self._cursor(*span, length)
            selections.append(sel)
        for mark in self._marks:
            sel = QTextEdit.ExtraSelection()
            sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            colour = PLAIN_COLOUR if mark.severity == "plain" else SEVERITY_COLOURS.get(mark.severity)
            sel.format.setUnderlineColor(colour or SEVERITY_COLOURS["info"])
            sel.cursor = self._cursor(mark.start, max(mark.end, mark.start + 1), length)
            selections.append(sel)
        self.setExtraSelections(selections)

    def _cursor(self, start: int, end: int, length: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def select_span(self, start: int, end: int) -> None:
        """Select the span (or put the cursor at an empty one) and scroll it into view."""
        self.setTextCursor(self._cursor(start, end, self.document().characterCount() - 1))
        self.ensureCursorVisible()

    # -- tooltips ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(event.pos()).position()  # type: ignore[attr-defined]
            tips = [m.tip for m in self._marks if m.start <= position <= max(m.end, m.start + 1)]
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(dict.fromkeys(tips)), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        self.context_menu.emit(menu, self.cursorForPosition(event.pos()).position())
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- single-line fields and dropped files -----------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = [url.toLocalFile() for url in source.urls() if url.isLocalFile()]
        if files:
            self.file_dropped.emit(files[0])
            return
        if self.single_line and source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)
