"""The release's metadata: date (shown as each language prints it), embargo, organisation, contact."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from drafter.gui.i18n import ui
from drafter.l10n import format_date
from drafter.model import Meta

_TEXT_FIELDS = ("embargo", "organisation", "department", "contact_person", "phone", "email")


class MetaPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
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
        labels = {
            "embargo": ui("Embargo"),
            "organisation": ui("Organisation"),
            "department": ui("Department"),
            "contact_person": ui("Contact person"),
            "phone": ui("Phone"),
            "email": ui("E-mail"),
        }
        self.fields: dict[str, QLineEdit] = {}
        for name in _TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"meta_{name}")
            edit.textChanged.connect(self.changed)
            form.addRow(labels[name], edit)
            self.fields[name] = edit
        self.fields["embargo"].setPlaceholderText(ui("e.g. on delivery, or YYYY. M. D.(day) morning papers"))
        self.attachments = QPlainTextEdit()
        self.attachments.setPlaceholderText(ui("One attachment per line"))
        self.attachments.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.attachments.textChanged.connect(self.changed)
        form.addRow(ui("Attachments"), self.attachments)
        # Babel loads its locale data on first use (~90 ms): the first preview waits until the window
        # has painted, later ones follow at once.
        self._preview = QTimer(self, singleShot=True, interval=150, timeout=self._show_printed)
        self.has_date.toggled.connect(self._date_changed)
        self.date.dateChanged.connect(self._date_changed)
        self._date_changed()

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
        lines = [line.strip() for line in self.attachments.toPlainText().split("\n") if line.strip()]
        return Meta(
            release_date=self.date.date().toPython() if self.has_date.isChecked() else None,
            attachments=lines,
            **{name: self.fields[name].text().strip() for name in _TEXT_FIELDS},
        )

    def set_meta(self, meta: Meta) -> None:
        self.blockSignals(True)
        try:
            self.has_date.setChecked(meta.release_date is not None)
            if meta.release_date:
                self.date.setDate(QDate(meta.release_date.year, meta.release_date.month, meta.release_date.day))
            for name in _TEXT_FIELDS:
                self.fields[name].setText(getattr(meta, name))
            self.attachments.setPlainText("\n".join(meta.attachments))
        finally:
            self.blockSignals(False)
        self._date_changed()
