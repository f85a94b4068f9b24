"""Review: the check's findings shown, accepting findings, approving pairs, the glossaries and plain-Korean words."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from drafter.errors import DrafterError, SaveError
from drafter.gui import i18n
from drafter.gui.editors import Mark
from drafter.gui.folders import data_folder
from drafter.gui.i18n import text, ui, ui_n
from drafter.l10n import tr, tr_n
from drafter.model import Review, Term
from drafter.parity import review
from drafter.parity.findings import Finding, Severity, summary

if TYPE_CHECKING:
    from drafter.gui.window_parts import Window
    from drafter.parity.plain_words import PlainWord
    from drafter.parity.units import Context, Unit


class ReviewControl(QObject):
    """The release's review (accepted findings, approved pairs, its glossary) and the user's glossaries."""

    changed = Signal()  # the review changed: a change of the release, saved, recovered and checked again

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self.reviewing = Review()  # the release's glossary, approvals, accepted findings, Korean sources
        self.user_glossary = data_folder() / "glossary.tsv"
        self.user_terms: tuple[Term, ...] = ()
        self.user_plain_file = data_folder() / "plain_korean.tsv"
        self.user_plain: tuple[PlainWord, ...] = ()  # the user's plain-Korean words (Tools ▸ Glossary)
        self.user_glossary_broken = False  # My glossary could not be read: it is set aside before being written

    def plain_words(self) -> tuple[PlainWord, ...] | None:
        """The user's plain-Korean words for the checker; None when the check is off for every release."""
        return self.user_plain if self.window.plain_everywhere.isChecked() else None

    def set_plain(self, on: bool) -> None:
        i18n.settings().setValue("check/plain_korean", on)
        self.window.checker.request()

    def set_plain_here(self, on: bool) -> None:
        if on != self.reviewing.plain_korean:
            self.review_changed(replace(self.reviewing, plain_korean=on))

    # -- findings ---------------------------------------------------------------------------------
    def show_findings(self) -> None:
        """The window's last check: underlines in the editors, the findings list, the review table, the counts."""
        w, context, findings = self.window, self.window.context, self.window.findings
        assert context is not None
        # English written or edited since the last check was written from the Korean beside it now.
        self.reviewing = review.adopt(self.reviewing, context)
        open_ = review.split_accepted(self.reviewing, findings)[0]
        from drafter.gui.findings_panel import severity_name
        from drafter.gui.review_view import stale_tip

        diffs = {f.fingerprint: stale_tip(context, f) for f in findings if f.rule == "stale-translation"}
        w.findings_panel.set_findings(findings, review.reasons(self.reviewing), diffs)
        from drafter.parity.plain import is_plain

        marks: dict[int, list[Mark]] = {}
        plain_spots = []
        for f in open_:
            tip = diffs.get(f.fingerprint) or f"{severity_name(f.severity)}: {text(f.message)}"
            for panel, loc in ((w.ko, f.ko), (w.en, f.en)):
                # Only the words a finding is about are underlined, not the place where something is missing.
                placed = panel.place(f.field, loc) if loc is not None and loc.exact and loc.excerpt else None
                if placed:
                    editor, start, end = placed
                    kind = "plain" if is_plain(f) else f.severity.value  # plain Korean: a colour of its own
                    marks.setdefault(id(editor), []).append(Mark(start, end, kind, tip))
                    if is_plain(f):
                        plain_spots.append((editor, start, end, f))
        w.plain_menu.set_spots(plain_spots)
        for panel in (w.ko, w.en):
            for editor in panel.editors.values():
                editor.set_marks(marks.get(id(editor), []))
        w.review_page.set_review(context, findings, self.reviewing)
        w.spelling.set_terms(self.user_terms + tuple(self.reviewing.glossary))  # never flagged as misspelt
        if not context.release.en.contact:
            from drafter.parity.names import english_suggestion

            w.en.suggest_contact(english_suggestion(context.release.ko.contact))
        counts = summary(open_)
        w.summary_label.setText(
            ui(
                "Findings: {error}, {warning}, {info}",
                error=tr_n("{count} error", "{count} errors", counts["error"]),
                warning=tr_n("{count} warning", "{count} warnings", counts["warning"]),
                info=tr("{count} info", count=counts["info"]),
            )
        )
        self.update_progress()

    def update_progress(self, ctx: Context | None = None) -> None:
        ctx = ctx or self.window.context
        if ctx is not None:
            approved, pairs = review.progress(self.reviewing, ctx)
            self.window.progress_label.setText(
                ui_n(
                    "Approved {approved} of {pairs} pair",
                    "Approved {approved} of {pairs} pairs",
                    pairs,
                    approved=approved,
                    pairs=pairs,
                )
            )

    # -- review: accepting findings, approving pairs, the glossary ------------------------------------
    def review_changed(self, reviewing: Review) -> None:
        """A change of the review is a change of the release: saved, recovered and checked again."""
        self.reviewing = reviewing
        self.changed.emit()

    def ask_reason(self, findings: list[Finding]) -> str:
        """The reviewer's reason for accepting `findings`; "" when cancelled. OK needs a reason."""
        dialog = QDialog(self.window)
        dialog.setObjectName("accept_dialog")
        dialog.setWindowTitle(ui("Accept finding"))
        layout = QVBoxLayout(dialog)
        shown = "\n".join(f"• {text(f.message)}" for f in findings[:5])
        more = len(findings) - 5
        message = QLabel(shown + ("\n" + ui("… and {count} more", count=more) if more > 0 else ""))
        message.setWordWrap(True)
        layout.addWidget(message)
        layout.addWidget(QLabel(ui("Why is this finding acceptable?")))
        edit = QLineEdit()
        edit.setObjectName("reason")
        edit.setPlaceholderText(ui("e.g. the figure is rounded on purpose"))
        layout.addWidget(edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ui("Accept"))
        ok.setEnabled(False)
        edit.textChanged.connect(lambda value: ok.setEnabled(bool(value.strip())))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(480, dialog.sizeHint().height())
        return edit.text().strip() if dialog.exec() else ""

    def accept_findings(self, findings: list[Finding]) -> None:
        reason = self.ask_reason(findings) if findings else ""
        if reason:
            reviewing = self.reviewing
            for finding in findings:
                reviewing = review.accept(reviewing, finding, reason)
            self.review_changed(reviewing)
            self.window.statusBar().showMessage(ui("Accepted findings are hidden until their text changes."), 5000)

    def reopen_findings(self, findings: list[Finding]) -> None:
        reviewing = self.reviewing
        for finding in findings:
            reviewing = review.reopen(reviewing, finding)
        self.review_changed(reviewing)

    def set_pair_approved(self, row: int, approved: bool) -> None:
        """Approve the pair as it reads now, even when the text changed since the last check; with open
        errors, only when the reviewer says so."""
        ctx = self.window.context_now()
        units = review.review_units(ctx) if ctx is not None else []
        if not 0 <= row < len(units) or len(units) != self.window.review.rowCount():
            return  # the pairs moved: the table is redrawn after the check on its way
        open_ = review.split_accepted(self.reviewing, review.unit_findings(units[row], self.window.findings))[0]
        errors = sum(1 for f in open_ if f.severity == Severity.ERROR)
        if approved and errors and not self.confirm_approval(errors):
            self.window.review.blockSignals(True)
            self.window.review.set_approved(row, False)
            self.window.review.blockSignals(False)
            return
        self.review_changed(review.set_approved(self.reviewing, units[row], approved))
        self.update_progress(ctx)

    def confirm_approval(self, errors: int) -> bool:
        """Whether to approve a pair that still has `errors` open errors."""
        answer = QMessageBox.question(
            self.window,
            ui("Approve with open errors?"),
            ui("This pair still has {count} open errors. Approve it anyway?", count=errors),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def load_user_glossary(self) -> None:
        from drafter.parity import glossary
        from drafter.parity.plain_words import load_words

        try:
            if self.user_glossary.exists():
                self.user_terms = tuple(glossary.load(self.user_glossary).terms)
        except DrafterError as error:
            self.user_glossary_broken = True
            self.window.statusBar().showMessage(
                ui("My glossary could not be read: {why}", why=error.line(i18n.language())), 15000
            )
        try:
            if self.user_plain_file.exists():
                self.user_plain = tuple(load_words(self.user_plain_file))
        except DrafterError as error:
            self.window.statusBar().showMessage(
                ui("My plain-Korean words could not be read: {why}", why=error.line(i18n.language())), 15000
            )

    def edit_glossary(self) -> None:
        from drafter.gui.glossary_dialog import GlossaryDialog
        from drafter.parity import glossary

        dialog = GlossaryDialog(
            list(self.reviewing.glossary), list(self.user_terms), glossary.default(), self.window, list(self.user_plain)
        )
        if not self.run_dialog(dialog):
            return
        self.apply_glossaries(dialog.release_terms(), dialog.user_terms())
        self.apply_plain_words(dialog.plain_words())

    def run_dialog(self, dialog: QDialog) -> bool:
        return bool(dialog.exec())

    def apply_glossaries(self, release_terms: list[Term], user_terms: list[Term]) -> None:
        from drafter.parity import glossary
        from drafter.storage import atomic_write, move_aside

        if tuple(user_terms) != self.user_terms:
            try:
                if self.user_glossary_broken:  # the file that could not be read is kept, under another name
                    aside = move_aside(self.user_glossary)
                    self.user_glossary_broken = False
                    self.window.statusBar().showMessage(
                        ui("The old My glossary was kept as {name}.", name=aside.name), 15000
                    )
                with atomic_write(self.user_glossary, backup=True) as fh:
                    fh.write(glossary.format_glossary(user_terms).encode("utf-8"))
            except OSError as exc:  # not set aside: not written over either
                why = tr("My glossary could not be read, nor set aside to save a new one: {why}", why=exc.strerror)
                self.window.error(SaveError(why, self.user_glossary))
            except DrafterError as error:
                self.window.error(error)
            else:
                self.user_terms = tuple(user_terms)
                self.window.checker.request()
        if release_terms != self.reviewing.glossary:
            self.review_changed(replace(self.reviewing, glossary=list(release_terms)))

    def apply_plain_words(self, words: list[PlainWord]) -> None:
        """Keep the user's plain-Korean words (plain_korean.tsv in the data folder) and check again."""
        from drafter.parity.plain_words import format_words
        from drafter.storage import atomic_write

        if tuple(words) == self.user_plain:
            return
        try:
            with atomic_write(self.user_plain_file, backup=True) as fh:
                fh.write(format_words(words).encode("utf-8"))
        except DrafterError as error:
            self.window.error(error)
        else:
            self.user_plain = tuple(words)
            self.window.checker.request()

    def show_finding(self, finding: Finding) -> None:
        """Select the finding's words in both editors (the cursor where something is missing) and show them."""
        self.window.tabs.setCurrentIndex(0)
        if finding.field == "details":
            self.show_details(
                finding.ko.paragraph if finding.ko else None, finding.en.paragraph if finding.en else None
            )
            return
        first = None
        for panel, loc in ((self.window.ko, finding.ko), (self.window.en, finding.en)):
            placed = panel.place(finding.field, loc)
            if placed and loc is not None:
                editor, start, end = placed
                editor.select_span(start, end if loc.exact else start)
                first = first or editor
        if first is not None:
            first.setFocus()

    def show_details(self, ko: int | None, en: int | None) -> None:
        """The release details panel, with the detail of each language selected."""
        self.window.meta_dock.show()
        fields = [self.window.meta_panel.show_detail(lang, index) for lang, index in (("ko", ko), ("en", en))]
        first = next((f for f in fields if f is not None), None)
        if first is not None:
            first.setFocus()

    def show_pair(self, unit: Unit) -> None:
        """Select a pair of the review in both editors: its paragraphs, or the whole field."""
        self.window.tabs.setCurrentIndex(0)
        if unit.field == "details":
            self.show_details(unit.ko[0].index if unit.ko else None, unit.en[0].index if unit.en else None)
            return
        for panel, parts in ((self.window.ko, unit.ko), (self.window.en, unit.en)):
            editor = panel.editors[unit.field]
            if unit.field != "body":
                editor.select_span(0, len(editor.toPlainText()))
                continue
            spans = [s for s in (panel.paragraph_span(p.index) for p in parts) if s]
            if spans:
                editor.select_span(spans[0][0], spans[-1][1])
