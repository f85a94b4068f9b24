"""The review view: aligned paragraph pairs side by side, each with its findings and status."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from drafter.gui.editors import SEVERITY_COLOURS
from drafter.gui.i18n import text, ui
from drafter.model import Release
from drafter.parity.align import Pair
from drafter.parity.findings import Finding, Severity


class ReviewView(QTableWidget):
    activated = Signal(object)  # Pair

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("review")
        self.setHorizontalHeaderLabels([ui("Korean"), ui("English"), ui("Findings"), ui("Status")])
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(2, 260)
        self.pairs: list[Pair] = []
        self.cellActivated.connect(lambda row, _col: self.activated.emit(self.pairs[row]))
        # Row heights follow the wrapped text, which depends on the column widths: refit when they change.
        self._refit = QTimer(self, singleShot=True, interval=50, timeout=self.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._refit.start())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit.start()

    def set_review(self, release: Release, pairs: list[Pair], findings: list[Finding]) -> None:
        self.pairs = pairs
        self.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            ko = "\n\n".join(release.ko.body[i].text for i in pair.ko)
            en = "\n\n".join(release.en.body[j].text for j in pair.en)
            mine = [
                f
                for f in findings
                if f.field == "body"
                and (
                    (f.ko is not None and f.ko.paragraph in pair.ko and f.ko.excerpt)
                    or (f.en is not None and f.en.paragraph in pair.en and f.en.excerpt)
                )
            ]
            worst = min((f.severity for f in mine), key=lambda s: s.rank, default=None)
            status = (
                ui("OK")
                if worst is None
                else {Severity.ERROR: ui("Error"), Severity.WARNING: ui("Warning"), Severity.INFO: ui("Info")}[worst]
            )
            cells = [ko, en, "\n".join(f"• {text(f.message)}" for f in mine), status]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if col == 3 and worst is not None:
                    item.setForeground(SEVERITY_COLOURS[worst.value])
                self.setItem(row, col, item)
            self.setVerticalHeaderItem(row, QTableWidgetItem(str(row + 1)))
        self.resizeRowsToContents()
