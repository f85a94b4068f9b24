"""The review view: the pairs of the release side by side (title, subtitle, each aligned paragraph pair,
footnotes, contact), each with its findings, status and approval.

Below the table, the pair under the cursor in detail: what changed in the Korean since its English
was written (a word-level diff), and its findings.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from drafter.gui.editors import SEVERITY_COLOURS
from drafter.gui.findings_panel import ACCEPTED_COLOUR, severity_name
from drafter.gui.i18n import text, ui
from drafter.model import Review
from drafter.parity.findings import Finding, field_name
from drafter.parity.review import (
    is_approved,
    reasons,
    remembered,
    review_units,
    split_accepted,
    stale_change,
    unit_findings,
    word_diff,
)
from drafter.parity.units import Context, Unit

APPROVED_COLUMN = 4


class ReviewView(QTableWidget):
    activated = Signal(object)  # Unit
    approval_changed = Signal(int, bool)  # row (index in `units`), approved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("review")
        self.setHorizontalHeaderLabels([ui("Korean"), ui("English"), ui("Findings"), ui("Status"), ui("Approved")])
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(APPROVED_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(2, 260)
        self.context: Context | None = None
        self.approve_next = QAction(ui("Approve and go to the next pair"), self)
        self.approve_next.setObjectName("approve_next")
        self.approve_next.setShortcut(QKeySequence("Ctrl+Return"))
        self.approve_next.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.approve_next.triggered.connect(self._approve_and_next)
        self.addAction(self.approve_next)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.cellActivated.connect(self._activate)
        self.itemChanged.connect(self._item_changed)
        # Row heights follow the wrapped text, which depends on the column widths: refit when they change.
        self._refit = QTimer(self, singleShot=True, interval=50, timeout=self.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._refit.start())

    @property
    def units(self) -> list[Unit]:
        return review_units(self.context) if self.context else []

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit.start()

    def _activate(self, row: int, column: int) -> None:
        if column != APPROVED_COLUMN:
            self.activated.emit(self.units[row])

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == APPROVED_COLUMN:
            self.approval_changed.emit(item.row(), item.checkState() == Qt.CheckState.Checked)

    def _approve_and_next(self) -> None:
        """Tick the current pair, then go to the next pair not yet approved (the reviewer's pace)."""
        row = max(self.currentRow(), 0)
        if row >= self.rowCount():
            return
        self.set_approved(row, True)
        if self.item(row, APPROVED_COLUMN).checkState() != Qt.CheckState.Checked:
            return  # not approved after all (open errors): stay on it
        ticked = [self.item(r, APPROVED_COLUMN).checkState() == Qt.CheckState.Checked for r in range(self.rowCount())]
        following = [r for r in range(row + 1, self.rowCount()) if not ticked[r]]
        if following:
            self.setCurrentCell(following[0], 0)
            self.scrollToItem(self.item(following[0], 0))

    def set_approved(self, row: int, approved: bool) -> None:
        """Tick or untick a pair, as the user does with the mouse or the space bar."""
        self.item(row, APPROVED_COLUMN).setCheckState(Qt.CheckState.Checked if approved else Qt.CheckState.Unchecked)

    def set_review(self, ctx: Context, findings: list[Finding], review: Review) -> None:
        """Show the pairs of `ctx` with their `findings` (those `review` accepted only counted) and approvals."""
        self.context = ctx
        open_, accepted = split_accepted(review, findings)
        current = self.currentRow()
        self.blockSignals(True)
        try:
            units = review_units(ctx)
            self.setRowCount(len(units))
            for row, unit in enumerate(units):
                done = len(unit_findings(unit, [f for f, _reason in accepted]))
                self._fill(row, unit, unit_findings(unit, open_), is_approved(review, unit), done)
        finally:
            self.blockSignals(False)
        if 0 <= current < self.rowCount():
            self.setCurrentCell(current, 0)
        self.resizeRowsToContents()

    def _fill(self, row: int, unit: Unit, mine: list[Finding], approved: bool, accepted: int) -> None:
        worst = min((f.severity for f in mine), key=lambda s: s.rank, default=None)
        status = ui("OK") if worst is None else severity_name(worst)
        if accepted:
            status += "\n" + ui("{count} accepted", count=accepted)
        cells = [unit.text("ko"), unit.text("en"), "\n".join(f"• {text(f.message)}" for f in mine), status]
        for col, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if col == 3 and worst is not None:
                item.setForeground(SEVERITY_COLOURS[worst.value])
            self.setItem(row, col, item)
        tick = QTableWidgetItem(ui("Approved") if approved else "")
        tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        tick.setCheckState(Qt.CheckState.Checked if approved else Qt.CheckState.Unchecked)
        tick.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setItem(row, APPROVED_COLUMN, tick)
        self.setVerticalHeaderItem(row, QTableWidgetItem(row_name(unit)))


class ReviewPage(QSplitter):
    """The review tab: the table of pairs above, the current pair in detail below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("review_page")
        self.table = ReviewView()
        self.detail = QTextBrowser()
        self.detail.setObjectName("review_detail")
        below = QWidget()
        layout = QVBoxLayout(below)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        button = QToolButton()
        button.setDefaultAction(self.table.approve_next)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setToolTip(f"{self.table.approve_next.text()} (Ctrl+Enter)")
        bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.detail)
        self.addWidget(self.table)
        self.addWidget(below)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self._findings: list[Finding] = []
        self._review = Review()
        self._pending: Context | None = None
        self.table.currentCellChanged.connect(lambda *_: self.show_detail())

    def set_review(self, ctx: Context, findings: list[Finding], review: Review) -> None:
        """Show the pairs now if the page is on screen, else when it is shown (a 300-pair table takes ~90 ms)."""
        self._findings, self._review, self._pending = findings, review, ctx
        if self.isVisible():
            self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        if self._pending is not None:
            self.table.set_review(self._pending, self._findings, self._review)
            self._pending = None
            self.show_detail()

    def show_detail(self) -> None:
        units, row = self.table.units, self.table.currentRow()
        if not 0 <= row < len(units):
            hint = escape(ui("Select a pair to see it in detail."))
            self.detail.setHtml(f"<p style='color:#6b6b6b'>{hint}</p>")
            return
        unit = units[row]
        heading = escape(ui("Pair {n}", n=row_name(unit)) if unit.field == "body" else row_name(unit))
        parts = [f"<h3>{heading}</h3>"]
        before = remembered(self._review, unit)
        if before is not None and before != unit.text("ko"):
            changed = escape(ui("The Korean changed since this English was written:"))
            parts.append(f"<p><b>{changed}</b></p><p>{diff_html(before, unit.text('ko'))}</p>")
        why = reasons(self._review)
        for f in unit_findings(unit, self._findings):  # accepted ones too: grey, with their reasons
            reason = why.get(f.fingerprint)
            colour = SEVERITY_COLOURS[f.severity.value].name()
            label = f"<span style='color:{colour}'>● {escape(severity_name(f.severity))}</span>"
            if reason is None:
                parts.append(f"<p>{label} {escape(text(f.message))}</p>")
            else:
                message = ui("{message} — Accepted: {reason}", message=text(f.message), reason=reason)
                parts.append(f"<p style='color:{ACCEPTED_COLOUR.name()}'>○ {escape(message)}</p>")
        if len(parts) == 1:
            quiet = escape(ui("No findings and no changes in the Korean."))
            parts.append(f"<p>{quiet}</p>")
        self.detail.setHtml("".join(parts))


def diff_html(old: str, new: str) -> str:
    """Words taken out struck through in red, words put in underlined in green."""
    styles = {
        "-": "<span style='color:#b71c1c;background:#fde0e0;text-decoration:line-through'>{}</span>",
        "+": "<span style='color:#1b5e20;background:#dff3e0;text-decoration:underline'>{}</span>",
        "=": "{}",
    }
    return "".join(styles[op].format(escape(chunk)) for op, chunk in word_diff(old, new))


def stale_tip(ctx: Context, finding: Finding) -> str:
    """A stale finding's message with the word-level diff of the Korean, as rich text for a tooltip."""
    change = stale_change(ctx, finding)
    head = escape(f"{severity_name(finding.severity)}: {text(finding.message)}")
    return f"<p>{head}</p><p>{diff_html(*change)}</p>" if change else head


def row_name(unit: Unit) -> str:
    """A row's label: the body pair's paragraph numbers (3, or 3–4 when merged), or the field's name."""
    if unit.field != "body":
        return text(field_name(unit.field))
    numbers = [p.index + 1 for p in unit.ko or unit.en]
    return str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
