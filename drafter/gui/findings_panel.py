"""The list of findings: counts, a severity filter, and activation that shows a finding in both editors."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.gui.editors import SEVERITY_COLOURS
from drafter.gui.i18n import text, ui
from drafter.parity.findings import FIELDS, Finding, Severity, field_name


def severity_name(severity: Severity) -> str:
    return {Severity.ERROR: ui("Error"), Severity.WARNING: ui("Warning"), Severity.INFO: ui("Info")}[severity]


def where(finding: Finding) -> str:
    loc = finding.ko or finding.en
    name = text(field_name(finding.field)) if finding.field in FIELDS else finding.field
    if loc is None or loc.paragraph is None or finding.field in ("title", "contact"):
        return name
    return f"{name} {loc.paragraph + 1}"


class FindingsPanel(QWidget):
    activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        bar = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setObjectName("finding_counts")
        bar.addWidget(self.counts, 1)
        self.show_severity: dict[Severity, QCheckBox] = {}
        for severity in Severity:
            box = QCheckBox(severity_name(severity))
            box.setChecked(True)
            box.toggled.connect(self._filter)
            bar.addWidget(box)
            self.show_severity[severity] = box
        layout.addLayout(bar)
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([ui("Severity"), ui("Where"), ui("Message"), ui("Korean"), ui("English")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 80)
        header.resizeSection(3, 220)
        header.resizeSection(4, 220)
        self.tree.itemActivated.connect(lambda item: self.activated.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.tree)
        self.set_findings([])

    def set_findings(self, findings: list[Finding]) -> None:
        self.tree.clear()
        for f in findings:
            item = QTreeWidgetItem(
                [
                    severity_name(f.severity),
                    where(f),
                    text(f.message),
                    f.ko.excerpt if f.ko else "",
                    f.en.excerpt if f.en else "",
                ]
            )
            item.setForeground(0, SEVERITY_COLOURS[f.severity.value])
            item.setToolTip(2, text(f.message))
            item.setData(0, Qt.ItemDataRole.UserRole, f)
            self.tree.addTopLevelItem(item)
        count = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
        self.counts.setText(
            ui(
                "Errors {error} · Warnings {warning} · Info {info}",
                error=count[Severity.ERROR],
                warning=count[Severity.WARNING],
                info=count[Severity.INFO],
            )
        )
        self._filter()

    def visible_findings(self) -> list[Finding]:
        return [
            self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(self.tree.topLevelItemCount())
            if not self.tree.topLevelItem(i).isHidden()
        ]

    def _filter(self) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            finding: Finding = item.data(0, Qt.ItemDataRole.UserRole)
            item.setHidden(not self.show_severity[finding.severity].isChecked())
