"""The glossary dialog's Plain Korean tab: the user's own words with their plain Korean, over the built-in
list, which is shown below it to look things up in (resources/plain_korean/)."""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import (
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
from drafter.parity.plain_words import PlainWord

_KINDS = {"foreign": "외국어 · foreign", "japanese": "일본어 투 · Japanese-style", "hanja": "한자어 · Sino-Korean"}


def _clean(value: str) -> str:
    return unicodedata.normalize("NFC", value.strip())


def _choices(value: str) -> tuple[str, ...]:
    return tuple(c for c in (_clean(part) for part in value.split("|")) if c)


class PlainKoreanTab(QWidget):
    """Three columns (word, plain Korean, note) of the user's words; the built-in words read-only below."""

    def __init__(self, words: list[PlainWord], builtin: tuple[PlainWord, ...]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        about = QLabel(
            ui(
                "Words the plain-Korean check flags in the Korean, with the plain Korean to write instead "
                "(alternatives separated by |). Yours are used for every release and win over the built-in ones."
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        self.filter = QLineEdit(placeholderText=ui("Filter…"), clearButtonEnabled=True)
        self.filter.setObjectName("plain_filter")
        self.filter.textChanged.connect(self.apply_filter)
        layout.addWidget(self.filter)
        headings = [ui("Word"), ui("Plain Korean (alternatives separated by |)"), ui("Note")]
        self.table = self._table("plain_words", headings)
        layout.addWidget(self.table, 2)
        buttons = QHBoxLayout()
        for name, label, slot in (("add", ui("Add"), self.add_row), ("remove", ui("Remove"), self.remove_selected)):
            button = QPushButton(label)
            button.setObjectName(f"plain_{name}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(ui("Built-in words ({count}):", count=len(builtin))))
        self.builtin = self._table("plain_builtin", [ui("Word"), ui("Plain Korean"), ui("Kind")])
        self.builtin.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for w in builtin:
            self._append(self.builtin, (w.word, " | ".join(w.suggestions), _KINDS.get(w.kind, w.kind)))
        layout.addWidget(self.builtin, 1)
        for w in words:
            self._append(self.table, (w.word, " | ".join(w.suggestions), w.note))
        self.given = self.rows()

    @staticmethod
    def _table(name: str, headings: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headings))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headings)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().resizeSection(0, 180)
        return table

    @staticmethod
    def _append(table: QTableWidget, values: tuple[str, ...]) -> QTableWidgetItem:
        row = table.rowCount()
        table.insertRow(row)
        items = [QTableWidgetItem(v) for v in values]
        for column, item in enumerate(items):
            table.setItem(row, column, item)
        return items[0]

    def rows(self) -> list[tuple[str, str, str]]:
        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return _clean(item.text()) if item else ""

        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.table.rowCount())]

    def words(self) -> list[PlainWord]:
        """The whole rows as words (an empty row is left out)."""
        return [PlainWord(w, _choices(s), "foreign", note) for w, s, note in self.rows() if w and _choices(s)]

    def problem(self) -> tuple[int, str] | None:
        """The first row that is not a whole word, or a word given twice: (row, what is wrong)."""
        seen: set[str] = set()
        for row, (word, suggestions, _note) in enumerate(self.rows()):
            if not word and not _choices(suggestions):
                continue
            if not word or not _choices(suggestions):
                return row, ui("Row {row}: a word needs both the word and its plain Korean.", row=row + 1)
            key = "".join(word.split())
            if key in seen:
                return row, ui('"{ko}" appears twice.', ko=word)
            seen.add(key)
        return None

    def show_row(self, row: int) -> None:
        self.filter.clear()
        self.table.setCurrentCell(row, 0)
        self.table.selectRow(row)

    def add_row(self) -> None:
        first = self._append(self.table, ("", "", ""))
        self.table.setCurrentItem(first)
        self.table.editItem(first)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def apply_filter(self) -> None:
        wanted = _clean(self.filter.text()).casefold()
        for table in (self.table, self.builtin):
            for row in range(table.rowCount()):
                values = [table.item(row, c).text() if table.item(row, c) else "" for c in range(table.columnCount())]
                table.setRowHidden(row, not any(wanted in v.casefold() for v in values))
