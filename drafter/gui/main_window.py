"""The main window: both versions side by side, findings, details, review; the one place that wires signals.

The window builds the panels and menus and holds what they share: the release in the editors (`release()`),
the edit count and the last check (`context`, `findings`). Each job's actions and state live in a controller
it makes — files (gui/file_control.py), export and print (export_control), review (review_control),
translation memory (memory_control), spelling and find (proofing_control). They see the window as
gui/window_parts.Window and never import it; `_wire` connects the widgets' and the controllers' signals,
so that no controller calls another (ExportControl only reads the file's name and the glossaries).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drafter.errors import DrafterError
from drafter.gui import i18n
from drafter.gui.checker import CheckRunner
from drafter.gui.editors import FieldEdit
from drafter.gui.export_control import ExportControl
from drafter.gui.file_control import FileControl, recent_files
from drafter.gui.folders import data_folder
from drafter.gui.i18n import ui
from drafter.gui.memory_control import MemoryControl
from drafter.gui.proofing_control import ProofingControl
from drafter.gui.review_control import ReviewControl
from drafter.gui.version_panel import VersionPanel
from drafter.l10n import tr_n
from drafter.model import Meta, Release, Term
from drafter.parity.findings import Finding

if TYPE_CHECKING:
    from drafter.parity.plain_words import PlainWord
    from drafter.parity.units import Context

FINDINGS_HEIGHT = 110  # the findings list's height under the editors to start with (px)
DOCK_WIDTH = 470  # the release details' and suggestions' width to start with (px)


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None, first_frame: bool = False) -> None:
        """`first_frame`: build only what the window's first frame shows (the two versions' editors); the
        panels, menus, review, checker and the rest follow with finish(), after the first paint."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.edits = 0  # counts every change, so that findings of an older text are never shown
        self.context: Context | None = None
        self._context_edits = -1  # the edit count `context` was made from
        self.findings: list[Finding] = []
        self._loading = False
        self._syncing = False
        self.zoom = 0  # points added to the editors' font (View ▸ Zoom)
        self.files = FileControl(self)  # before finish(): the title names the file

        self.ko, self.en = VersionPanel("ko"), VersionPanel("en")
        self.sides = QSplitter(Qt.Orientation.Horizontal)
        self.sides.setObjectName("sides")
        self.sides.addWidget(self.ko)
        self.sides.addWidget(self.en)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("split")
        editing = QWidget()
        self._column = QVBoxLayout(editing)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.sides, 1)
        self.split.addWidget(editing)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.split, ui("Edit"))
        self.setCentralWidget(self.tabs)
        geometry = i18n.settings().value("geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1400, 900)
        self._update_title()
        self._finished = False
        if not first_frame:
            self.finish()

    def finish(self) -> None:
        """Build the rest of the window: find bar, findings, review, details, suggestions, menus, checker."""
        if self._finished:
            return
        self._finished = True
        from drafter.gui.find_bar import FindBar
        from drafter.gui.findings_panel import FindingsPanel
        from drafter.gui.meta_panel import MetaPanel
        from drafter.gui.plain_menu import PlainSuggestions
        from drafter.gui.review_view import ReviewPage
        from drafter.gui.spelling import SpellChecker
        from drafter.gui.suggestions import MemoryRunner, SuggestionsPanel

        self.find_bar = FindBar()
        self._column.addWidget(self.find_bar)
        self.proofing = ProofingControl(self)
        self.findings_panel = FindingsPanel()
        self.split.addWidget(self.findings_panel)
        self.split.setStretchFactor(0, 1)  # the editors take what the window grows by
        self.split.setStretchFactor(1, 0)
        self.split.setSizes([max(self.height() - FINDINGS_HEIGHT, 1), FINDINGS_HEIGHT])
        self.review_page = ReviewPage()
        self.review = self.review_page.table
        self.tabs.addTab(self.review_page, ui("Review"))
        self.meta_panel = MetaPanel()
        self.meta_dock = QDockWidget(ui("Release details"))
        self.meta_dock.setObjectName("meta_dock")
        self.meta_dock.setWidget(self.meta_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.meta_dock)
        self.suggestions_panel = SuggestionsPanel()
        self.suggestions_dock = QDockWidget(ui("Suggestions"))
        self.suggestions_dock.setObjectName("suggestions_dock")
        self.suggestions_dock.setWidget(self.suggestions_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.suggestions_dock)
        self.memory = MemoryRunner(data_folder() / "memory.sqlite3", self)
        self.suggester = MemoryControl(self)
        self.counts_label = QLabel()
        self.summary_label = QLabel()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("approval_progress")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.statusBar().addPermanentWidget(self.summary_label)
        self.checker = CheckRunner(self.snapshot, self)
        self.reviewer = ReviewControl(self)
        self.output = ExportControl(self, self.files, self.reviewer)
        self.spelling = SpellChecker(data_folder() / "words.txt", self)
        self.plain_menu = PlainSuggestions(self)
        self._build_menus()
        self._wire()
        self.setAcceptDrops(True)
        self._restore_settings()
        self.reviewer.load_user_glossary()
        self.load(Release(meta=Meta(release_date=date.today())), None, "")

    # -- wiring: the one place where widgets meet -------------------------------------------------
    def _wire(self) -> None:
        for panel in (self.ko, self.en):
            for editor in panel.editors.values():
                self.spelling.attach(editor, panel.lang)
                editor.context_menu.connect(lambda menu, at, e=editor: self.spelling.add_actions(menu, e, at))
            panel.changed.connect(self._edited)
            panel.file_dropped.connect(self.files.open_path)
            panel.cursor_moved.connect(lambda p=panel: self._sync_current(p))
            bar = panel.editors["body"].verticalScrollBar()
            bar.valueChanged.connect(lambda _v, p=panel: self._sync_scroll(p))
        for editor in self.ko.editors.values():
            editor.context_menu.connect(lambda menu, at, e=editor: self.plain_menu.add_actions(menu, e, at))
        self.plain_menu.accept_requested.connect(self.reviewer.accept_findings)
        for name in ("title", "subtitle", "footnotes", "contact"):  # both sides as tall as either needs
            pair = (self.ko.editors[name], self.en.editors[name])
            for editor in pair:
                editor.height_wanted.connect(lambda p=pair: _fit_together(p))
            _fit_together(pair)
        self.meta_panel.changed.connect(self._edited)
        self.meta_panel.style.currentIndexChanged.connect(self._style_chosen)
        self.spelling.notice.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.checker.done.connect(self._show_findings)
        self.checker.failed.connect(lambda why: self.statusBar().showMessage(ui("The check failed: {why}", why=why)))
        self.findings_panel.activated.connect(self.reviewer.show_finding)
        self.findings_panel.shown_toggled.connect(self._show_findings_list)
        self.findings_panel.accept_requested.connect(self.reviewer.accept_findings)
        self.findings_panel.reopen_requested.connect(self.reviewer.reopen_findings)
        self.review.activated.connect(self.reviewer.show_pair)
        self.review.approval_changed.connect(self.reviewer.set_pair_approved)
        self.reviewer.changed.connect(self._edited)
        finder = self.proofing.finder
        self.find_bar.search_changed.connect(finder.search)
        self.find_bar.step_requested.connect(finder.step)
        self.find_bar.replace_requested.connect(finder.replace)
        self.find_bar.replace_all_requested.connect(finder.replace_all)
        self.find_bar.closed.connect(finder.clear)
        self.proofing.finding_reached.connect(self.reviewer.show_finding)
        for panel in (self.ko, self.en):
            panel.cursor_rests.connect(lambda field, p=panel: self.suggester.cursor_rests_in(p, field))
        self.memory.suggested.connect(self.suggester.show_suggestions)
        self.memory.notice.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.suggestions_panel.insert_requested.connect(self.suggester.insert_suggestion)
        self.files.saved.connect(lambda _path: self._update_title())
        self.files.saved.connect(self.suggester.remember)
        self.files.recent_changed.connect(self._update_recent_menu)

    def _build_menus(self) -> None:
        from drafter.gui.file_types import fill_export_menu

        bar = self.menuBar()
        file_menu = bar.addMenu(ui("&File"))
        self._action(file_menu, ui("&New"), self.files.new_release, "new")
        self._action(file_menu, ui("&Open…"), self.files.open_dialog, "open")
        self.recent_menu = file_menu.addMenu(ui("Open &Recent"))
        file_menu.addSeparator()
        self._action(file_menu, ui("&Save"), self.files.save, "save")
        self._action(file_menu, ui("Save &As…"), self.files.save_as, "save_as")
        export_menu = file_menu.addMenu(ui("&Export"))
        export_menu.setObjectName("export_menu")
        fill_export_menu(export_menu, self.output.export_dialog)
        self._action(file_menu, ui("&Print…"), self.output.print_release, "print")
        file_menu.addSeparator()
        self._action(file_menu, ui("&Close"), self.files.close_release, "close")
        self._action(file_menu, ui("&Quit"), self.close, "quit")
        edit_menu = bar.addMenu(ui("&Edit"))
        for label, slot, name in (
            (ui("&Undo"), "undo", "undo"),
            (ui("&Redo"), "redo", "redo"),
            (ui("Cu&t"), "cut", "cut"),
            (ui("&Copy"), "copy", "copy"),
            (ui("&Paste"), "paste", "paste"),
            (ui("Select &All"), "selectAll", "select_all"),
        ):
            action = self._action(edit_menu, label, lambda _c=False, s=slot: self._to_focus(s), name)
            if name != "redo":  # every platform's editors take these keys themselves
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            # Redo: the field takes its platform's key (Ctrl+Shift+Z under X11, Ctrl+Y under Windows) and
            # the window the other, for the field in focus.
        edit_menu.addSeparator()
        for label, slot, name in (
            (ui("&Find…"), lambda: self.proofing.find(False), "find"),
            (ui("Find and R&eplace…"), lambda: self.proofing.find(True), "replace"),
            (ui("Find &Next"), lambda: self.proofing.find_step(1), "find_next"),
            (ui("Find Pre&vious"), lambda: self.proofing.find_step(-1), "find_previous"),
        ):
            self._action(edit_menu, label, slot, name)
        edit_menu.addSeparator()
        self._action(edit_menu, ui("Next Fin&ding or Misspelling"), lambda: self.proofing.walk(1), "next_finding")
        self._action(
            edit_menu, ui("Previous F&inding or Misspelling"), lambda: self.proofing.walk(-1), "previous_finding"
        )
        view_menu = bar.addMenu(ui("&View"))
        # Ctrl+1 … Ctrl+3 insert suggestions (the issue asks for them); the views moved to Ctrl+PgUp / Ctrl+PgDown.
        self._action(view_menu, ui("&Edit view"), lambda: self.tabs.setCurrentIndex(0), "edit_view")
        self._action(view_menu, ui("&Review view"), lambda: self.tabs.setCurrentIndex(1), "review_view")
        view_menu.addAction(self.meta_dock.toggleViewAction())
        view_menu.addAction(self.suggestions_dock.toggleViewAction())
        self.show_findings_list = self._action(view_menu, ui("&Findings List"), self._show_findings_list)
        self.show_findings_list.setCheckable(True)
        view_menu.addSeparator()
        self._action(view_menu, ui("Zoom &In"), lambda: self.set_zoom(self.zoom + 1), "zoom_in")
        self._action(view_menu, ui("Zoom &Out"), lambda: self.set_zoom(self.zoom - 1), "zoom_out")
        self._action(view_menu, ui("&Actual Size"), lambda: self.set_zoom(0), "actual_size")
        for n in range(1, 4):
            label = ui("Insert suggestion {n}", n=n)
            self._action(
                edit_menu, label, lambda _c=False, row=n - 1: self.suggester.insert_suggestion(row), f"suggestion_{n}"
            )
        tools_menu = bar.addMenu(ui("&Tools"))
        self._action(tools_menu, ui("&Glossary…"), self.reviewer.edit_glossary, "glossary")
        self._action(tools_menu, ui("&Concordance…"), self.suggester.show_concordance, "concordance")
        self.spell_as_you_type = self._action(tools_menu, ui("Check &Spelling as You Type"), self.proofing.set_spelling)
        self.spell_as_you_type.setObjectName("spell_as_you_type")
        self.spell_as_you_type.setCheckable(True)
        self.spell_as_you_type.setChecked(i18n.settings().value("spelling/on", True, type=bool))
        memory_menu = tools_menu.addMenu(ui("Translation &memory"))
        self.pause_memory = self._action(
            memory_menu, ui("&Pause: do not remember saved releases"), self.suggester.set_paused
        )
        self.pause_memory.setCheckable(True)
        self.pause_memory.setChecked(i18n.settings().value("memory/paused", False, type=bool))
        self._action(memory_menu, ui("&Clear the memory…"), self.suggester.clear_memory)
        plain_menu = tools_menu.addMenu(ui("&Plain Korean"))
        self.plain_everywhere = self._action(
            plain_menu, ui("Check plain Korean (&every release)"), self.reviewer.set_plain
        )
        self.plain_everywhere.setCheckable(True)
        self.plain_everywhere.setChecked(i18n.settings().value("check/plain_korean", True, type=bool))
        self.plain_here = self._action(
            plain_menu, ui("Check plain Korean in &this release"), self.reviewer.set_plain_here
        )
        self.plain_here.setCheckable(True)
        self.plain_here.setChecked(True)
        language_menu = bar.addMenu(ui("&Language"))
        group = QActionGroup(self)
        chosen = i18n.chosen_language()
        for code, label in (("", ui("System language")), ("ko", "한국어"), ("en", "English")):
            action = self._action(language_menu, label, lambda _c=False, c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
        help_menu = bar.addMenu(ui("&Help"))
        self._action(help_menu, ui("&Quick Guide"), lambda: self.show_help("guide"), "guide")
        self._action(help_menu, ui("&Keyboard Shortcuts"), lambda: self.show_help("shortcuts"), "shortcuts")
        self._action(help_menu, ui("&About Release Drafter"), lambda: self.show_help("about"))
        self._update_recent_menu()

    def _action(self, menu, label, slot, command: str = "") -> QAction:  # type: ignore[no-untyped-def]
        """A menu entry; `command`: its name in the shortcut table (drafter.gui.shortcuts), and its keys."""
        from drafter.gui.shortcuts import sequences

        action = QAction(label, self)
        if command:
            action.setObjectName(command)
            action.setShortcuts(sequences(command))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _show_findings_list(self, shown: bool) -> None:
        """View ▸ Findings List: the list under the editors, or only its counts (the editors get the room)."""
        self.show_findings_list.setChecked(shown)
        self.findings_panel.set_collapsed(not shown)
        sizes = self.split.sizes()
        height = FINDINGS_HEIGHT if shown else self.findings_panel.bar_height()
        if len(sizes) == 2 and (not shown or sizes[1] < FINDINGS_HEIGHT // 2):  # the splitter gives the room over
            self.split.setSizes([sum(sizes) - height, height])
        i18n.settings().setValue("findings/shown", shown)

    def set_zoom(self, steps: int) -> None:
        """Editors' text `steps` points larger than the default (Ctrl++, Ctrl+-, Ctrl+0); remembered."""
        self.zoom = max(-4, min(steps, 24))
        for panel in (self.ko, self.en):
            panel.set_zoom(self.zoom)
        i18n.settings().setValue("zoom", self.zoom)

    def _to_focus(self, slot: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, slot):
            getattr(widget, slot)()

    # -- the release in the window ------------------------------------------------------------------
    def open_path(self, path: str | Path) -> bool:
        """Open a release or a document (FileControl.open_path): the name the start-up and the tests use."""
        return self.files.open_path(path)

    def save_to(self, path: Path) -> bool:
        """Save the release to `path` (FileControl.save_to)."""
        return self.files.save_to(path)

    def release(self) -> Release:
        ko = replace(self.ko.version(), details=self.meta_panel.details("ko"))
        en = replace(self.en.version(), details=self.meta_panel.details("en"))
        return Release(meta=self.meta_panel.meta(), ko=ko, en=en, review=self.reviewer.reviewing)

    def snapshot(self) -> tuple[int, Release, tuple[Term, ...], tuple[PlainWord, ...] | None]:
        return self.edits, self.release(), self.reviewer.user_terms, self.reviewer.plain_words()

    def context_now(self) -> Context | None:
        """The pairs of the text as it reads now: the last check's, or made again if the text changed since."""
        if self.context is not None and self._context_edits != self.edits:
            from drafter.parity.units import Context

            return Context.of(self.release(), self.reviewer.user_terms)
        return self.context

    def load(self, release: Release, path: Path | None, name: str) -> None:
        self._loading = True
        try:
            self.ko.set_version(release.ko)
            self.en.set_version(release.en)
            self.meta_panel.set_details(release.meta, {"ko": release.ko.details, "en": release.en.details})
            self.reviewer.reviewing = release.review
            self.plain_here.setChecked(release.review.plain_korean)
        finally:
            self._loading = False
        self._style_chosen()
        self.files.loaded(path, name)
        self.edits += 1
        self.setWindowModified(False)
        self._update_title()
        self._update_counts()
        self.checker.request()  # after the pause, like an edit: the window paints first

    def _style_chosen(self) -> None:
        """The house style's symbols are the ones the Korean body's levels are written with."""
        from drafter import styles

        try:
            self.ko.set_symbols(styles.load(self.meta_panel.meta().style, self.meta_panel.user_styles).symbols)
        except DrafterError:  # a damaged style of the user's: refused when a document is made with it
            self.ko.set_symbols({})

    def _edited(self) -> None:
        if self._loading:
            return
        self.edits += 1
        self.setWindowModified(True)
        self._update_counts()
        self.checker.request()
        self.files.edited()

    def _update_title(self) -> None:
        name = self.files.name or ui("New release")
        self.setWindowTitle(f"{name}[*] — Release Drafter")

    def _update_counts(self) -> None:
        ko_chars, _ = self.ko.counts()
        _, en_words = self.en.counts()
        chars = tr_n("{count} character", "{count} characters", ko_chars, count=f"{ko_chars:,}")
        words = tr_n("{count} word", "{count} words", en_words, count=f"{en_words:,}")
        self.counts_label.setText(ui("Korean {chars} · English {words}", chars=chars, words=words))

    # -- findings ---------------------------------------------------------------------------------
    def _show_findings(self, generation: int, result: tuple[Context, list[Finding]]) -> None:
        if generation != self.edits:
            return  # the text changed since: a newer check is on its way
        self.context, self.findings = result
        self._context_edits = generation
        self.reviewer.show_findings()

    def _counterparts(self, panel: VersionPanel, index: int) -> tuple[int, ...]:
        if self.context is None:
            return ()
        side, other = ("ko", "en") if panel is self.ko else ("en", "ko")
        pair = next((p for p in self.context.pairs if index in getattr(p, side)), None)
        return getattr(pair, other) if pair else ()

    def _sync_current(self, panel: VersionPanel) -> None:
        """Highlight the paragraph under the cursor and its counterpart on the other side."""
        other = self.en if panel is self.ko else self.ko
        index = panel.paragraph_at(panel.editors["body"].textCursor().position())
        mine = panel.paragraph_span(index) if index is not None else None
        panel.editors["body"].set_current([mine] if mine else [])
        theirs = (
            [s for s in (other.paragraph_span(j) for j in self._counterparts(panel, index)) if s]
            if index is not None
            else []
        )
        other.editors["body"].set_current(theirs)

    def _sync_scroll(self, panel: VersionPanel) -> None:
        """Scroll the other body so that the counterpart of the top paragraph is on top too."""
        if self._syncing:
            return
        editor = panel.editors["body"]
        index = panel.paragraph_at(editor.firstVisibleBlock().position())
        targets = self._counterparts(panel, index) if index is not None else ()
        other = self.en if panel is self.ko else self.ko
        span = other.paragraph_span(targets[0]) if targets else None
        if span is None:
            return
        other_editor = other.editors["body"]
        block = other_editor.document().findBlock(span[0])
        self._syncing = True
        try:
            other_editor.verticalScrollBar().setValue(block.firstLineNumber())
        finally:
            self._syncing = False

    # -- dialogs ---------------------------------------------------------------------------------
    def error(self, error: DrafterError) -> None:
        i18n.show_error(self, error)

    def inform(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("info_dialog")
        box.open()

    def show_help(self, which: str) -> QDialog:
        from drafter.gui import help

        dialogs = {
            "guide": lambda: help.GuideDialog(self),
            "shortcuts": lambda: help.ShortcutsDialog(self.menuBar(), self),
            "about": lambda: help.about_dialog(self),
        }
        dialog = dialogs[which]()
        dialog.open()
        return dialog

    def set_language(self, code: str) -> None:
        i18n.settings().setValue(i18n.LANGUAGE_KEY, code)
        self.inform(ui("Language"), ui("The new language applies when Release Drafter starts again."))

    # -- drag and drop, settings, closing -------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.files.open_path(files[0])

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for f in recent_files():
            self._action(self.recent_menu, f, lambda _c=False, p=f: self.files.open_path(p))
        self.recent_menu.setEnabled(bool(recent_files()))

    def _restore_settings(self) -> None:
        s = i18n.settings()
        # To start with, the panels on the right leave the editors most of the width, and the release details
        # (a short form) leave the suggestions the rest of the height.
        docks = [self.meta_dock, self.suggestions_dock]
        self.resizeDocks(docks, [DOCK_WIDTH, DOCK_WIDTH], Qt.Orientation.Horizontal)
        details = self.meta_panel.sizeHint().height()
        self.resizeDocks(docks, [details, max(self.height() - details, details)], Qt.Orientation.Vertical)
        for key, restore in (
            ("geometry", self.restoreGeometry),
            ("state", self.restoreState),
            ("sides", self.sides.restoreState),
            ("split", self.split.restoreState),
        ):
            value = s.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        if not isinstance(s.value("geometry"), QByteArray):
            self.resize(1400, 900)
        self.set_zoom(int(s.value("zoom", 0, type=int)))
        self._show_findings_list(s.value("findings/shown", True, type=bool))
        self.spelling.set_enabled(self.spell_as_you_type.isChecked())

    def save_settings(self) -> None:
        s = i18n.settings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("state", self.saveState())
        s.setValue("sides", self.sides.saveState())
        s.setValue("split", self.split.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish()  # closed before its first frame was painted: what closing saves and stops must exist
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_settings()
        self.checker.shutdown()
        self.spelling.shutdown()
        self.memory.shutdown()
        self.files.forget_recovery()
        self.files.drop_lock()
        event.accept()


def _fit_together(editors: tuple[FieldEdit, ...]) -> None:
    """A field of both versions as tall as the longer text needs: the rows of the two sides line up."""
    lines = max(e.wanted_lines() for e in editors)
    for editor in editors:
        if editor.shown != lines:
            editor.show_lines(lines)
