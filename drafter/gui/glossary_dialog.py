"""The glossary editor: this release's terms, the user's own glossary and the built-in one, in three tabs, and
the user's plain-Korean words in a fourth (drafter/gui/plain_tab.py).

The dialog only edits; the caller reads `release_terms()`, `user_terms()` and `plain_words()` after exec() and
stores them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.errors import DrafterError
from drafter.gui.i18n import show_error, ui
from drafter.model import nfc
from drafter.parity import glossary
from drafter.parity.glossary import Glossary, Term, valid_years
from drafter.parity.plain_words import PlainWord
from drafter.storage import atomic_write

Row = tuple[str, str, str, str]  # Korean, English renderings joined by |, acronym, note


def clean(value: str) -> str:
    """Stripped and in NFC, so that a term typed with a decomposing input method matches the text."""
    return nfc(value.strip())


def renderings(value: str) -> tuple[str, ...]:
    return tuple(r for r in (clean(part) for part in value.split("|")) if r)


def to_term(row: Row) -> Term | None:
    """The row as a Term, or None unless it has both a Korean term and an English rendering."""
    ko, en, acronym, note = row
    return Term(ko, renderings(en), acronym, note) if ko and renderings(en) else None


class TermTable(QWidget):
    """One tab: what it holds, a filter, the terms in a sortable table, and a row of buttons."""

    def __init__(self, key: str, explanation: str, terms: list[Term], editable: bool) -> None:
        super().__init__()
        self.key, self.editable = key, editable
        layout = QVBoxLayout(self)
        about = QLabel(explanation)
        about.setWordWrap(True)
        layout.addWidget(about)
        self.filter = QLineEdit(placeholderText=ui("Filter…"), clearButtonEnabled=True)
        self.filter.setObjectName(f"{key}_filter")
        self.filter.textChanged.connect(self.apply_filter)
        layout.addWidget(self.filter)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName(f"{key}_terms")
        self.table.setHorizontalHeaderLabels(
            [ui("Korean"), ui("English (alternatives separated by |)"), ui("Acronym"), ui("Note")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(0, 200)
        if not editable:
            self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        self.merge(terms)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def button(self, name: str, label: str) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(f"{self.key}_{name}")
        self.buttons.addWidget(button)
        return button

    def row(self, row: int) -> Row:
        ko, en, acronym, note = (clean(item.text()) if (item := self.table.item(row, c)) else "" for c in range(4))
        return ko, en, acronym, note

    def rows(self) -> list[Row]:
        """Every row, cleaned, in the order shown."""
        return [self.row(r) for r in range(self.table.rowCount())]

    def terms(self) -> list[Term]:
        """The rows that are whole terms (an empty or half-filled row is left out)."""
        return [term for term in map(to_term, self.rows()) if term]

    def selected_rows(self) -> list[int]:
        """The selected rows; QTableView leaves out the rows the filter hides."""
        return sorted({index.row() for index in self.table.selectedIndexes()})

    def selected_terms(self) -> list[Term]:
        return [term for term in (to_term(self.row(r)) for r in self.selected_rows()) if term]

    def _put(self, row: int, values: Row) -> QTableWidgetItem:
        items = [QTableWidgetItem(value) for value in values]
        for column, item in enumerate(items):
            self.table.setItem(row, column, item)
        return items[0]

    def merge(self, terms: list[Term]) -> None:
        """Add `terms`, each replacing the row with the same Korean term (and years, if dated) if there is one."""
        self.table.setSortingEnabled(False)  # else rows move while they are filled in
        at = {(ko, valid_years(note)): row for row, (ko, _en, _acr, note) in enumerate(self.rows()) if ko}
        for term in terms:
            ko = clean(term.ko)
            key = (ko, valid_years(term.note))
            if key not in at:
                at[key] = self.table.rowCount()
                self.table.insertRow(at[key])
            self._put(at[key], (ko, " | ".join(map(clean, term.en)), clean(term.acronym), clean(term.note)))
        self.table.setSortingEnabled(True)
        self.apply_filter()

    def add_row(self) -> None:
        """Append an empty row and start typing its Korean term."""
        self.table.setSortingEnabled(False)
        self.table.insertRow(self.table.rowCount())
        first = self._put(self.table.rowCount() - 1, ("", "", "", ""))
        self.table.setSortingEnabled(True)  # sorts again: the empty row may move
        self.table.setCurrentItem(first)
        self.table.selectRow(first.row())
        self.table.editItem(first)

    def remove_selected(self) -> None:
        for row in reversed(self.selected_rows()):
            self.table.removeRow(row)

    def apply_filter(self) -> None:
        """Hide the rows with the filter's text in no column, ignoring case."""
        wanted = clean(self.filter.text()).casefold()
        for row in range(self.table.rowCount()):
            hide = not any(wanted in value.casefold() for value in self.row(row))
            if hide != self.table.isRowHidden(row):
                self.table.setRowHidden(row, hide)

    def show_row(self, row: int) -> None:
        self.filter.clear()
        self.table.setCurrentCell(row, 0)
        self.table.selectRow(row)


class GlossaryDialog(QDialog):
    """Edit the release's and the user's terms, next to the built-in glossary; OK only with whole, unique terms."""

    def __init__(
        self,
        release_terms: list[Term],
        user_terms: list[Term],
        builtin: Glossary,
        parent: QWidget | None = None,
        plain_words: list[PlainWord] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("glossary_dialog")
        self.setWindowTitle(ui("Glossary"))
        self.resize(860, 560)
        tabs = (
            (
                "release",
                ui("This release"),
                ui("Terms for this release only; they are saved in the release file and take precedence."),
                release_terms,
            ),
            ("user", ui("My glossary"), ui("Your own terms, used for every release on this computer."), user_terms),
            (
                "builtin",
                ui("Built-in"),
                ui("The glossary that comes with Release Drafter. It cannot be changed; copy terms to My glossary."),
                list(builtin.terms),
            ),
        )
        self.tabs = QTabWidget()
        self.pages: dict[str, TermTable] = {}
        for key, title, explanation, terms in tabs:
            page = self.pages[key] = TermTable(key, explanation, terms, editable=key != "builtin")
            self.tabs.addTab(page, title)
            if page.editable:
                page.button("add", ui("Add")).clicked.connect(page.add_row)
                page.button("remove", ui("Remove")).clicked.connect(page.remove_selected)
                page.button("import", ui("Import…")).clicked.connect(lambda _c=False, k=key: self._import(k))
            else:
                page.button("copy", ui("Copy to My glossary")).clicked.connect(self.copy_to_user)
            page.buttons.addStretch(1)
            page.button("export", ui("Export…")).clicked.connect(lambda _c=False, k=key: self._export(k))
        self.plain = None
        if plain_words is not None:
            from drafter.gui.plain_tab import PlainKoreanTab
            from drafter.parity.plain_words import builtin_words

            self.plain = PlainKoreanTab(plain_words, builtin_words())
            self.tabs.addTab(self.plain, ui("Plain Korean"))
        self.problem = QLabel()
        self.problem.setObjectName("glossary_problem")
        self.problem.setStyleSheet("color: #d32f2f;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.status = QLabel()
        self.status.setObjectName("glossary_status")
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.button_box)
        layout.addLayout(bottom)
        self._given = {key: self.pages[key].rows() for key in ("release", "user")}

    def changed(self) -> bool:
        plain = self.plain is not None and self.plain.rows() != self.plain.given
        return plain or any(self.pages[key].rows() != rows for key, rows in self._given.items())

    def reject(self) -> None:
        """Cancel, Escape or closing the window: edits to the terms are only dropped when the user says so."""
        if self.changed() and not self.ask_discard():
            return
        super().reject()

    def ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            ui("Glossary"),
            ui("Discard your changes to the glossaries?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # -- what the caller reads after exec() ---------------------------------------------------------
    def terms(self, tab: str) -> list[Term]:
        """The terms in a tab ("release", "user" or "builtin") as its table holds them now."""
        return self.pages[tab].terms()

    def release_terms(self) -> list[Term]:
        return self.terms("release")

    def user_terms(self) -> list[Term]:
        return self.terms("user")

    def plain_words(self) -> list[PlainWord]:
        """The user's plain-Korean words as the Plain Korean tab holds them now."""
        return self.plain.words() if self.plain is not None else []

    def accept(self) -> None:
        """Close only when every row of the editable tabs is a whole term and no Korean term is there twice."""
        self.problem.hide()
        for key in ("release", "user"):
            seen: set[str] = set()
            for row, (ko, en, *_rest) in enumerate(self.pages[key].rows()):
                if not ko and not renderings(en):
                    continue  # an empty row is simply dropped
                if not ko or not renderings(en):
                    self._refuse(key, row, ui("Row {row}: a term needs both the Korean and the English.", row=row + 1))
                    return
                if ko in seen:
                    self._refuse(key, row, ui('"{ko}" appears twice.', ko=ko))
                    return
                seen.add(ko)
        if self.plain is not None and (problem := self.plain.problem()):
            self.tabs.setCurrentWidget(self.plain)
            self.plain.show_row(problem[0])
            self.problem.setText(problem[1])
            self.problem.show()
            return
        super().accept()

    def _refuse(self, key: str, row: int, message: str) -> None:
        """Stay open, with the row at fault selected and the reason under the tabs."""
        self.tabs.setCurrentWidget(self.pages[key])
        self.pages[key].show_row(row)
        self.problem.setText(message)
        self.problem.show()

    # -- files --------------------------------------------------------------------------------------
    def ask_import_path(self) -> str:
        filters = ui("Glossaries (*.tsv *.csv *.txt);;All files (*)")
        return QFileDialog.getOpenFileName(self, ui("Import glossary"), "", filters)[0]

    def ask_export_path(self) -> str:
        filters = ui("Tab-separated (*.tsv);;Comma-separated (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, ui("Export glossary"), "glossary.tsv", filters)
        if path and Path(path).suffix.lower() not in (".tsv", ".csv"):
            path += ".csv" if "*.csv" in chosen else ".tsv"
        return path

    def _page(self, tab: str) -> TermTable:
        page = self.pages[tab] if tab else self.tabs.currentWidget()
        assert isinstance(page, TermTable)
        return page

    def import_from(self, path: str, tab: str = "") -> bool:
        """Merge a glossary file into an editable tab (by default the current one); a bad file changes nothing."""
        page = self._page(tab)
        if not page.editable:
            raise ValueError(f"the {page.key} glossary cannot be changed")
        try:
            imported = glossary.load(path)
        except DrafterError as error:
            self.show_error(error)
            return False
        page.merge(imported.terms)
        self.status.setText(ui("Terms imported from {name}: {count}.", count=len(imported.terms), name=Path(path).name))
        return True

    def export_to(self, path: str, tab: str = "") -> bool:
        """Write the terms of a tab (by default the current one) as TSV, or as CSV if the name ends in .csv."""
        terms = self._page(tab).terms()
        csv = path.lower().endswith(".csv")
        data = glossary.format_glossary(terms, tab=not csv)
        try:
            with atomic_write(path) as fh:
                # With a BOM, Excel (where most CSV files are opened) reads the Korean as UTF-8, not CP949.
                fh.write(data.encode("utf-8-sig" if csv else "utf-8"))
        except DrafterError as error:
            self.show_error(error)
            return False
        self.status.setText(
            ui(
                "Terms exported to {name}: {count}. A cell that starts with =, +, - or @ begins with an apostrophe, "
                "so that a spreadsheet shows it as text and never runs it as a formula.",
                count=len(terms),
                name=Path(path).name,
            )
        )
        return True

    def show_error(self, error: DrafterError) -> None:
        show_error(self, error, "glossary_error", ui("Glossary"))

    def _import(self, tab: str) -> None:
        if path := self.ask_import_path():
            self.import_from(path, tab)

    def _export(self, tab: str) -> None:
        if path := self.ask_export_path():
            self.export_to(path, tab)

    def copy_to_user(self) -> None:
        """Copy the selected built-in terms to My glossary, where they can be changed."""
        chosen = self.pages["builtin"].selected_terms()
        self.pages["user"].merge(chosen)
        self.status.setText(ui("Terms copied to My glossary: {count}.", count=len(chosen)))
