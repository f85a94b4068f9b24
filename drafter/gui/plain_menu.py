"""Plain-Korean findings in the Korean editors' context menu: each suggestion replaces the flagged words in
one click (a particle after a word agreeing with the new word, as Replace does), and Accept… accepts it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from drafter.gui.editors import FieldEdit
from drafter.gui.i18n import text as in_ui
from drafter.gui.i18n import ui
from drafter.parity.findings import Finding
from drafter.parity.plain import put, reworded

Spot = tuple[FieldEdit, int, int, Finding]  # the editor, the finding's span in it, the finding


class PlainSuggestions(QObject):
    """The plain-Korean findings placed in the editors at the last check, and their menu actions."""

    accept_requested = Signal(object)  # list[Finding]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spots: list[Spot] = []

    def set_spots(self, spots: list[Spot]) -> None:
        self.spots = spots

    def at(self, editor: FieldEdit, position: int) -> list[Spot]:
        """The findings under `position` whose words still read as when they were found."""
        text = editor.toPlainText()
        return [
            spot
            for spot in self.spots
            if spot[0] is editor
            and spot[1] <= position <= spot[2]
            and spot[3].ko is not None
            and text[spot[1] : spot[2]] == spot[3].ko.excerpt
        ]

    def add_actions(self, menu: QMenu, editor: FieldEdit, position: int) -> None:
        """Atop the menu: the suggestions of the plain-Korean findings under the pointer, then Accept…."""
        spots = self.at(editor, position)
        if not spots:
            return
        first = menu.actions()[0] if menu.actions() else None
        text = editor.toPlainText()
        for _editor, start, end, finding in spots:
            for suggestion in finding.suggestions:
                old, new = reworded(finding.rule, text, start, end, suggestion)
                action = QAction(ui("Plain Korean: {old} → {new}", old=old, new=new), menu)
                action.setObjectName("plain_suggestion")
                action.setToolTip(in_ui(finding.message))
                action.triggered.connect(
                    lambda _c=False, s=start, e=end, w=suggestion, f=finding: replace(editor, s, e, w, f)
                )
                menu.insertAction(first, action)
            accept = QAction(ui("Accept this plain-Korean finding…"), menu)
            accept.setObjectName("plain_accept")
            accept.triggered.connect(lambda _c=False, f=finding: self.accept_requested.emit([f]))
            menu.insertAction(first, accept)
        menu.insertSeparator(first)


def replace(editor: FieldEdit, start: int, end: int, new: str, finding: Finding) -> None:
    """Put `new` in place of the finding's words, in one undo step."""
    at, to, put_text = put(finding.rule, editor.toPlainText(), start, end, new)
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    cursor.setPosition(at)
    cursor.setPosition(to, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(put_text)
    cursor.endEditBlock()
