"""The list of findings: counts, a severity filter, activation that shows a finding in both editors,
and accepting a finding with a reason (accepted ones are hidden unless asked for)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.gui.editors import SEVERITY_COLOURS
from drafter.gui.i18n import text, ui
from drafter.parity.findings import Finding, Severity, place


def severity_name(severity: Severity) -> str:
    return {Severity.ERROR: ui("Error"), Severity.WARNING: ui("Warning"), Severity.INFO: ui("Info")}[severity]


def where(finding: Finding) -> str:
    return text(place(finding))


ACCEPTED_COLOUR = QColor("#8a8a8a")


class FindingsPanel(QWidget):
    activated = Signal(object)  # Finding
    accept_requested = Signal(object)  # list[Finding], the selected open ones
    reopen_requested = Signal(object)  # list[Finding], the selected accepted ones
    shown_toggled = Signal(bool)  # the fold button: show the list (True) or only the counts
    collapsed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        bar = QHBoxLayout()
        self.collapse = QToolButton()
        self.collapse.setObjectName("findings_collapse")
        self.collapse.setCheckable(True)
        self.collapse.setChecked(True)
        self.collapse.setArrowType(Qt.ArrowType.DownArrow)
        self.collapse.setAutoRaise(True)
        self.collapse.setToolTip(ui("Show or hide the list of findings"))
        self.collapse.toggled.connect(lambda shown: self.shown_toggled.emit(shown))
        bar.addWidget(self.collapse)
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
        self.show_accepted = QCheckBox(ui("Accepted"))
        self.show_accepted.setObjectName("show_accepted")
        self.show_accepted.setToolTip(ui("Show the findings a reviewer accepted, with their reasons"))
        self.show_accepted.toggled.connect(self._filter)
        bar.addWidget(self.show_accepted)
        self.accept_action = QAction(ui("Accept…"), self)
        self.accept_action.setToolTip(
            ui("Accept the selected finding with a reason; it is hidden until its text changes")
        )
        self.accept_action.triggered.connect(lambda: self.accept_requested.emit(self.selected(accepted=False)))
        self.reopen_action = QAction(ui("Reopen"), self)
        self.reopen_action.setToolTip(ui("Withdraw the acceptance of the selected finding"))
        self.reopen_action.triggered.connect(lambda: self.reopen_requested.emit(self.selected(accepted=True)))
        for action, name in ((self.accept_action, "accept_button"), (self.reopen_action, "reopen_button")):
            button = QToolButton()
            button.setObjectName(name)
            button.setDefaultAction(action)
            bar.addWidget(button)
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
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # accept several at once
        self.tree.currentItemChanged.connect(lambda *_: self._update_actions())
        self.tree.itemSelectionChanged.connect(self._update_actions)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions([self.accept_action, self.reopen_action])
        layout.addWidget(self.tree)
        self.reasons: dict[str, str] = {}
        self.set_findings([])

    def set_findings(
        self, findings: list[Finding], reasons: dict[str, str] | None = None, tips: dict[str, str] | None = None
    ) -> None:
        """All findings; those whose fingerprint has a reason in `reasons` were accepted; `tips` by fingerprint
        replace the message as the tooltip (the Korean's diff of a stale finding)."""
        selected = self.current_finding()
        self.reasons = reasons or {}
        self.tree.clear()
        for f in findings:
            reason = self.reasons.get(f.fingerprint)
            message = text(f.message)
            if reason is not None:
                message = ui("{message} — Accepted: {reason}", message=message, reason=reason)
            item = QTreeWidgetItem(
                [
                    severity_name(f.severity),
                    where(f),
                    message,
                    f.ko.excerpt if f.ko else "",
                    f.en.excerpt if f.en else "",
                ]
            )
            if reason is None:
                item.setForeground(0, SEVERITY_COLOURS[f.severity.value])
            else:
                for column in range(item.columnCount()):
                    item.setForeground(column, ACCEPTED_COLOUR)
            item.setToolTip(2, (tips or {}).get(f.fingerprint) or message)
            item.setData(0, Qt.ItemDataRole.UserRole, f)
            self.tree.addTopLevelItem(item)
            if selected is not None and f.fingerprint == selected.fingerprint:
                self.tree.setCurrentItem(item)
        open_ = [f for f in findings if f.fingerprint not in self.reasons]
        count = {s: sum(1 for f in open_ if f.severity == s) for s in Severity}
        label = ui(
            "Errors {error} · Warnings {warning} · Info {info}",
            error=count[Severity.ERROR],
            warning=count[Severity.WARNING],
            info=count[Severity.INFO],
        )
        accepted = len(findings) - len(open_)
        self.counts.setText(label + (" · " + ui("{count} accepted", count=accepted) if accepted else ""))
        self._filter()

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None

    def selected(self, accepted: bool) -> list[Finding]:
        """The selected findings shown (or the current one), those accepted or those still open."""
        items = [i for i in self.tree.selectedItems() if not i.isHidden()]
        if not items and self.tree.currentItem() is not None and not self.tree.currentItem().isHidden():
            items = [self.tree.currentItem()]
        findings = [i.data(0, Qt.ItemDataRole.UserRole) for i in items]
        return [f for f in findings if (f.fingerprint in self.reasons) == accepted]

    def _update_actions(self) -> None:
        self.accept_action.setEnabled(bool(self.selected(accepted=False)))
        self.reopen_action.setEnabled(bool(self.selected(accepted=True)))

    def step(self, delta: int) -> None:
        """Make the next (+1) or previous (-1) finding shown the current one, round the end, and activate it."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        items = [i for i in items if not i.isHidden()]
        if not items:
            return
        current = self.tree.currentItem()
        if current in items and current.isSelected():
            item = items[(items.index(current) + delta) % len(items)]
        else:
            item = items[0 if delta > 0 else -1]
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        self.activated.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def make_current(self, finding: Finding) -> None:
        """Select a finding's row (F8 went to it), without activating it again."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == finding:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    def set_collapsed(self, collapsed: bool) -> None:
        """Only the counts and the filter, the list folded away (View ▸ Findings List)."""
        self.tree.setHidden(collapsed)
        self.collapse.setChecked(not collapsed)
        self.collapse.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow)
        self.setMaximumHeight(self.bar_height() if collapsed else 16777215)
        self.collapsed_changed.emit(collapsed)

    def bar_height(self) -> int:
        margins = self.layout().contentsMargins()
        return self.layout().itemAt(0).sizeHint().height() + margins.top() + margins.bottom()

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
            accepted = finding.fingerprint in self.reasons
            item.setHidden(
                not self.show_severity[finding.severity].isChecked()
                or (accepted and not self.show_accepted.isChecked())
            )
        self._update_actions()
