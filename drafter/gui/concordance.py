"""Concordance (Ctrl+K): how selected Korean (or English) words were translated before, with counts and dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.gui.i18n import ui

if TYPE_CHECKING:
    from drafter.tm.store import Stored


def language_of(words: str) -> str:
    """ "ko" when the words contain Hangul, else "en"."""
    return "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in words) else "en"


class ConcordanceDialog(QDialog):
    """Search the memory for words; each row: Korean, English, how often used, when last."""

    search_requested = Signal(str, str)  # words, language

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concordance_dialog")
        self.setWindowTitle(ui("Concordance"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("concordance_query")
        self.query.setPlaceholderText(ui("Korean or English words"))
        self.query.returnPressed.connect(self.search)
        button = QPushButton(ui("Search"))
        button.clicked.connect(self.search)
        row.addWidget(self.query, 1)
        row.addWidget(button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("concordance_summary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("concordance_table")
        self.table.setHorizontalHeaderLabels([ui("Korean"), ui("English"), ui("Uses"), ui("Last used")])
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.resize(900, 480)

    def look_up(self, words: str) -> None:
        self.query.setText(" ".join(words.split()))
        self.search()

    def search(self) -> None:
        words = " ".join(self.query.text().split())
        if words:
            self.summary.setText(ui("Searching…"))
            self.search_requested.emit(words, language_of(words))

    def show_results(self, words: str, found: list[Stored]) -> None:
        if words != " ".join(self.query.text().split()):
            return  # an older search
        self.table.setRowCount(len(found))
        for row, stored in enumerate(found):
            for column, value in enumerate((stored.ko, stored.en, str(stored.uses), stored.last_used)):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        uses = sum(s.uses for s in found)
        self.summary.setText(
            ui('"{words}": {pairs} translations, used {uses} times.', words=words, pairs=len(found), uses=uses)
            if found
            else ui('"{words}" is not in the memory.', words=words)
        )
