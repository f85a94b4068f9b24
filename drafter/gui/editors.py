"""Text editors of the template's fields: findings underlined, notes styled, files dropped on them passed on."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from drafter.formats.body import NOTE_RE

SEVERITY_COLOURS = {"error": QColor("#d32f2f"), "warning": QColor("#ef6c00"), "info": QColor("#1976d2")}
CURRENT_COLOUR = QColor("#fff7d6")
NOTE_COLOUR = QColor("#6b6b6b")


@dataclass(frozen=True)
class Mark:
    """A finding's span in an editor."""

    start: int
    end: int
    severity: str
    tip: str


class NoteHighlighter(QSyntaxHighlighter):
    """Note lines (`*`, `**`, `※`) look like notes: smaller and grey."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setForeground(NOTE_COLOUR)
        size = document.defaultFont().pointSizeF()
        if size > 0:
            self._format.setFontPointSize(size * 0.88)

    def highlightBlock(self, text: str) -> None:
        if NOTE_RE.match(text.strip()):
            self.setFormat(0, len(text), self._format)


class FieldEdit(QPlainTextEdit):
    """One field of one language: plain text, with findings underlined and explained on hover."""

    file_dropped = Signal(str)

    def __init__(
        self, lines: float, single_line: bool = False, notes: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.single_line = single_line
        self._marks: list[Mark] = []
        self._current: list[tuple[int, int]] = []
        self.setTabChangesFocus(True)
        if notes:
            self._highlighter = NoteHighlighter(self.document())
        if lines:
            margins = self.contentsMargins()
            frame = 2 * self.frameWidth() + margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
            self.setFixedHeight(int(self.fontMetrics().lineSpacing() * lines) + frame)

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

    def _refresh(self) -> None:
        selections = []
        length = self.document().characterCount() - 1
        for start, end in self._current:
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(CURRENT_COLOUR)
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.cursor = self._cursor(start, end, length)
            selections.append(sel)
        for mark in self._marks:
            sel = QTextEdit.ExtraSelection()
            sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            sel.format.setUnderlineColor(SEVERITY_COLOURS.get(mark.severity, SEVERITY_COLOURS["info"]))
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
