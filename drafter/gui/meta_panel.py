"""The release's details: its date and house style, and what each language's documents print around
the text (organisation, 보도시점 / embargo, dateline, attachments), Korean and English side by side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from drafter.gui.i18n import language, ui
from drafter.l10n import format_date
from drafter.model import DETAIL_LINES, LANGUAGES, Details, Meta
from drafter.parity.findings import ATTACHMENT_INDEX, DETAIL_INDEX


class MetaPanel(QWidget):
    changed = Signal()

    def __init__(self, user_styles: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_styles = user_styles
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.has_date = QCheckBox()
        self.date = QDateEdit()
        self.date.setObjectName("release_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        row = QHBoxLayout()
        row.addWidget(self.has_date)
        row.addWidget(self.date, 1)
        form.addRow(ui("Release date"), row)
        self.printed_ko = QLabel()
        self.printed_en = QLabel()
        self.printed_ko.setObjectName("date_ko")
        self.printed_en.setObjectName("date_en")
        form.addRow(ui("Printed (Korean)"), self.printed_ko)
        form.addRow(ui("Printed (English)"), self.printed_en)
        self.style = QComboBox()
        self.style.setObjectName("house_style")  # listed by set_details, with the release's style chosen
        self.style.currentIndexChanged.connect(self.changed)
        form.addRow(ui("House style"), self.style)

        grid = QGridLayout()
        outer.addLayout(grid)
        outer.addStretch(1)
        grid.addWidget(QLabel(ui("Korean version")), 0, 1)
        grid.addWidget(QLabel(ui("English version")), 0, 2)
        labels = {"organisation": ui("Organisation"), "embargo": ui("Embargo"), "dateline": ui("Dateline")}
        self.fields: dict[tuple[str, str], QLineEdit] = {}
        for row_number, name in enumerate(DETAIL_LINES, 1):
            grid.addWidget(QLabel(labels[name]), row_number, 0)
            for column, lang in enumerate(LANGUAGES, 1):
                if name == "dateline" and lang == "ko":
                    continue  # Korean releases have no dateline
                edit = QLineEdit()
                edit.setObjectName(f"{lang}_{name}")
                edit.textChanged.connect(self.changed)
                grid.addWidget(edit, row_number, column)
                self.fields[(lang, name)] = edit
        self.fields[("ko", "embargo")].setPlaceholderText(ui("e.g. YYYY. M. D.(day) morning papers; empty: on release"))
        self.fields[("en", "dateline")].setPlaceholderText("DAEJEON, Nov. 24 (PPS) –")
        self.fields[("ko", "organisation")].textChanged.connect(self._suggest_english_organisation)
        self.fields[("ko", "embargo")].textChanged.connect(self._suggest_english_embargo)
        self._suggest_english_embargo("")
        self.attachments: dict[str, QPlainTextEdit] = {}
        row_number = len(DETAIL_LINES) + 1
        grid.addWidget(QLabel(ui("Attachments")), row_number, 0)
        for column, lang in enumerate(LANGUAGES, 1):
            edit = QPlainTextEdit()
            edit.setObjectName(f"{lang}_attachments")
            edit.setPlaceholderText(ui("One attachment per line"))
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
            edit.textChanged.connect(self.changed)
            grid.addWidget(edit, row_number, column)
            self.attachments[lang] = edit
        # Babel loads its locale data on first use (~90 ms): the first preview waits until the window
        # has painted, later ones follow at once.
        self._preview = QTimer(self, singleShot=True, interval=150, timeout=self._show_printed)
        self.has_date.toggled.connect(self._date_changed)
        self.date.dateChanged.connect(self._date_changed)
        self._date_changed()

    def _fill_styles(self, current: str) -> None:
        """The house styles there are, and `current` among them even if its file is gone."""
        from drafter import styles

        self.style.blockSignals(True)
        self.style.clear()
        for name in styles.available(self.user_styles):
            try:
                title = styles.load(name, self.user_styles).title.get(language(), name)
            except Exception:  # a damaged style of the user's: listed by its name, refused when used
                title = name
            self.style.addItem(title or name, name)
        if current and self.style.findData(current) < 0:
            self.style.addItem(current, current)
        self.style.setCurrentIndex(max(0, self.style.findData(current or styles.DEFAULT)))
        self.style.blockSignals(False)

    def _date_changed(self) -> None:
        self.date.setEnabled(self.has_date.isChecked())
        self._preview.start()
        self.changed.emit()

    def _show_printed(self) -> None:
        self._preview.setInterval(0)
        day = self.date.date().toPython() if self.has_date.isChecked() else None
        self.printed_ko.setText(format_date(day, "ko") if day else "—")
        self.printed_en.setText(format_date(day, "en") if day else "—")

    def meta(self) -> Meta:
        style = self.style.currentData() or ""
        return Meta(
            release_date=self.date.date().toPython() if self.has_date.isChecked() else None,
            style="" if style == "generic" else style,
        )

    def details(self, lang: str) -> Details:
        lines = self.attachments[lang].toPlainText().split("\n")  # a "붙임 1." typed: taken off by the model
        return Details(
            **{name: self.fields[(lang, name)].text().strip() for name in DETAIL_LINES if (lang, name) in self.fields},
            attachments=[line for line in lines if line.strip()],
        )

    def set_details(self, meta: Meta, details: dict[str, Details]) -> None:
        self.blockSignals(True)
        try:
            self.has_date.setChecked(meta.release_date is not None)
            if meta.release_date:
                self.date.setDate(QDate(meta.release_date.year, meta.release_date.month, meta.release_date.day))
            self._fill_styles(meta.style)
            for (lang, name), edit in self.fields.items():
                edit.setText(getattr(details[lang], name))
            for lang, edit in self.attachments.items():
                edit.setPlainText("\n".join(details[lang].attachments))
        finally:
            self.blockSignals(False)
        self._date_changed()

    def _suggest_english_organisation(self, korean: str) -> None:
        """The English organisation, when left empty, prints the glossary's name of the Korean one: shown
        as the field's placeholder."""
        from drafter.parity.glossary import default

        term = default().term(korean.strip()) if korean.strip() else None
        self.fields[("en", "organisation")].setPlaceholderText(term.en[0] if term and term.en else "")

    def _suggest_english_embargo(self, korean: str) -> None:
        """The English embargo, when left empty, prints the Korean one's date and time the English way
        ("12:00 KST, December 4, 2026"): shown as the field's placeholder."""
        from drafter.dates import embargo_in_english

        derived = embargo_in_english(korean)
        default = ui("e.g. 12:00 KST, November 24, 2026; empty: immediate")
        self.fields[("en", "embargo")].setPlaceholderText(derived or default)

    def show_detail(self, lang: str, index: int | None) -> QWidget | None:
        """Select the detail a finding points at (drafter.parity.units: 0 organisation, 1 embargo, from 10
        the attachments); return its field."""
        if index is None:
            return None
        if index >= ATTACHMENT_INDEX:
            edit = self.attachments[lang]
            block = edit.document().findBlockByNumber(index - ATTACHMENT_INDEX)
            if block.isValid():
                cursor = edit.textCursor()
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + block.length() - 1, cursor.MoveMode.KeepAnchor)
                edit.setTextCursor(cursor)
            return edit
        name = next((n for n, i in DETAIL_INDEX.items() if i == index), None)
        line = self.fields.get((lang, name)) if name else None
        if line is not None:
            line.selectAll()
        return line
