"""Find and replace across the release: a bar under the editors, and the finder that searches them.

The bar is the controls and emits what the user asks for; the `Finder` searches the editors of both
versions (or one), shades every match, selects the current one and replaces: one match, or all of them
as one undo step per editor. Korean words are found with their particles (drafter/search.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from drafter.gui.editors import FieldEdit
from drafter.gui.i18n import ui, ui_n
from drafter.search import Options, find_all, replacement

SCOPES = ("both", "ko", "en")
FIELD_CHARACTERS = 24  # the find and replace fields are never narrower than this


class FindBar(QWidget):
    """What to find and what to put instead, where, and how; hidden until Ctrl+F or Ctrl+H."""

    search_changed = Signal()  # the text, the scope or an option changed
    step_requested = Signal(int)  # +1 next, -1 previous
    replace_requested = Signal()
    replace_all_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("find_text")
        self.find_edit.setPlaceholderText(ui("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replace_text")
        self.replace_edit.setPlaceholderText(ui("Replace with"))
        self.scope = QComboBox()
        self.scope.setObjectName("find_scope")
        self.scope.addItems([ui("Both versions"), ui("Korean version"), ui("English version")])
        self.match_case = QCheckBox(ui("Match &case"))
        self.whole_word = QCheckBox(ui("&Whole word"))
        self.whole_word.setToolTip(ui("Korean words are found with their particles: 조달청 finds 조달청은"))
        self.status = QLabel()
        self.status.setObjectName("find_status")
        buttons = []
        for name, label, tip, signal in (
            ("find_previous", "↑", ui("Previous match (Shift+F3)"), lambda: self.step_requested.emit(-1)),
            ("find_next", "↓", ui("Next match (F3)"), lambda: self.step_requested.emit(1)),
            ("replace_one", ui("&Replace"), ui("Replace this match and go to the next"), self.replace_requested.emit),
            ("replace_all", ui("Replace &all"), ui("Replace every match (one undo step per field)"), self.replace_all),
            ("find_close", "✕", ui("Close (Esc)"), self.close_bar),
        ):
            button = QToolButton()
            button.setObjectName(name)
            button.setText(label)
            button.setToolTip(tip)
            button.clicked.connect(signal)
            buttons.append(button)
        self.replace_buttons = buttons[2:4]
        # Two rows, what to find over what to put instead, so that neither field is squeezed to a sliver
        # beside the options: each keeps room for about 24 characters.
        for edit in (self.find_edit, self.replace_edit):
            edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * FIELD_CHARACTERS)
        find_row = QHBoxLayout()
        for widget in (self.find_edit, buttons[0], buttons[1], self.scope, self.match_case, self.whole_word):
            find_row.addWidget(widget, 1 if widget is self.find_edit else 0)
        find_row.addWidget(self.status)
        find_row.addWidget(buttons[4])
        self.replace_row = QWidget()
        replace_row = QHBoxLayout(self.replace_row)
        replace_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.replace_edit, *self.replace_buttons):
            replace_row.addWidget(widget, 1 if widget is self.replace_edit else 0)
        layout.addLayout(find_row)
        layout.addWidget(self.replace_row)
        self.find_edit.textChanged.connect(self.search_changed)
        self.scope.currentIndexChanged.connect(self.search_changed)
        self.match_case.toggled.connect(self.search_changed)
        self.whole_word.toggled.connect(self.search_changed)
        self.find_edit.installEventFilter(self)
        self.replace_edit.installEventFilter(self)
        self.hide()

    def open_bar(self, replacing: bool, selected: str = "") -> None:
        """Show the bar (with the replace field when `replacing`), the selected text as what to find."""
        self.replace_row.setVisible(replacing)
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()
        self.search_changed.emit()

    def replace_all(self) -> None:
        self.replace_all_requested.emit()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def needle(self) -> str:
        return self.find_edit.text()

    def options(self) -> Options:
        return Options(match_case=self.match_case.isChecked(), whole_word=self.whole_word.isChecked())

    def scope_name(self) -> str:
        return SCOPES[self.scope.currentIndex()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.replace_edit:
                    self.replace_requested.emit()
                else:
                    shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                    self.step_requested.emit(-1 if shift else 1)
                return True
        return super().eventFilter(watched, event)


class Finder(QObject):
    """Searches the editors of the release for the find bar's text; shades, selects and replaces matches."""

    def __init__(self, bar: FindBar, editors: dict[str, list[FieldEdit]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.editors = editors  # "ko" and "en": the fields of each version, top to bottom
        self.matches: list[tuple[FieldEdit, int, int]] = []
        self.current: int | None = None
        self._last_editor: FieldEdit = editors["ko"][0]
        # Typing while the bar is open moves the matches: search again once typing pauses.
        self._again = QTimer(self, singleShot=True, interval=200, timeout=lambda: self.search(keep=True))
        for editor in self._all():
            editor.edited.connect(lambda: self._again.start() if self.bar.isVisible() else None)
            editor.cursorPositionChanged.connect(lambda e=editor: self._remember(e))

    def _all(self) -> list[FieldEdit]:
        return self.editors["ko"] + self.editors["en"]

    def _in_scope(self) -> list[FieldEdit]:
        scope = self.bar.scope_name()
        return self._all() if scope == "both" else self.editors[scope]

    def _remember(self, editor: FieldEdit) -> None:
        if editor.hasFocus():
            self._last_editor = editor

    def open(self, replacing: bool) -> None:
        cursor = self._last_editor.textCursor()
        self.bar.open_bar(replacing, cursor.selectedText() if cursor.hasSelection() else "")

    def search(self, keep: bool = False) -> None:
        """Find every match again; with `keep`, the current match stays current if it is still there."""
        was = self.matches[self.current] if keep and self.current is not None else None
        needle, options = self.bar.needle(), self.bar.options()
        self.matches = []
        for editor in self._all():
            spans = find_all(editor.toPlainText(), needle, options) if editor in self._in_scope() else []
            self.matches += [(editor, start, end) for start, end in spans]
        self.current = self.matches.index(was) if was in self.matches else None
        self._shade()
        self._show_status()

    def _shade(self) -> None:
        here = self.matches[self.current] if self.current is not None else None
        for editor in self._all():
            spans = [(s, e) for ed, s, e in self.matches if ed is editor]
            editor.set_found(spans, here[1:] if here and here[0] is editor else None)

    def _start(self, delta: int) -> int:
        """Where stepping begins when no match is current: from the cursor of the editor last used."""
        order = self._all()
        here = (order.index(self._last_editor), self._last_editor.textCursor().selectionStart())
        after = [i for i, (e, start, _end) in enumerate(self.matches) if (order.index(e), start) >= here]
        if delta > 0:
            return after[0] if after else 0
        before = [i for i in range(len(self.matches)) if i not in after]
        return before[-1] if before else len(self.matches) - 1

    def step(self, delta: int) -> None:
        """Select the next (+1) or previous (-1) match, round the end of the release."""
        if not self.matches:
            self.search()
        if not self.matches:
            return
        if self.current is None:
            self.current = self._start(delta)
        else:
            self.current = (self.current + delta) % len(self.matches)
        editor, start, end = self.matches[self.current]
        self._shade()
        editor.select_span(start, end)
        self._last_editor = editor
        self._show_status()

    def replace(self) -> None:
        """Replace the current match (if the text still has it there) and go to the next one."""
        if self.current is None:
            self.step(1)
            return
        editor, start, end = self.matches[self.current]
        after = self._replace_in(editor, [(start, end)])
        editor.select_span(after, after)  # the next match is looked for after what was put in
        self._last_editor = editor
        self.search()
        self.step(1)

    def replace_all(self) -> int:
        """Replace every match; each editor's replacements are one undo step. Returns how many."""
        self.search()
        count = len(self.matches)
        for editor in self._all():
            spans = [(s, e) for ed, s, e in self.matches if ed is editor]
            if spans:
                self._replace_in(editor, spans)
        self.search()
        self.bar.status.setText(ui_n("Replaced {count} match", "Replaced {count} matches", count))
        return count

    def _replace_in(self, editor: FieldEdit, spans: list[tuple[int, int]]) -> int:
        """Replace the spans in one undo step; returns where the first replacement ends."""
        text, new = editor.toPlainText(), self.bar.replace_edit.text()
        keep_case = not self.bar.options().match_case  # "4.5 Billion" in a headline becomes "4.3 Billion"
        cursor = QTextCursor(editor.document())
        cursor.beginEditBlock()
        for span in reversed(spans):  # from the end, so that earlier spans stay where they are
            start, end, put = replacement(text, *span, new, keep_case)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(put)
        cursor.endEditBlock()
        return cursor.position()

    def clear(self) -> None:
        self.matches, self.current = [], None
        for editor in self._all():
            editor.set_found([])
        self._last_editor.setFocus()

    def _show_status(self) -> None:
        count = len(self.matches)
        if not self.bar.needle():
            self.bar.status.setText("")
        elif not count:
            self.bar.status.setText(ui("No matches"))
        elif self.current is None:
            self.bar.status.setText(ui_n("{count} match", "{count} matches", count))
        else:
            self.bar.status.setText(
                ui_n("{current} of {count} match", "{current} of {count} matches", count, current=self.current + 1)
            )
