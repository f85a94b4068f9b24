"""What the controllers (gui/*_control.py) use of the main window, as a Protocol: typed, and no import circle."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QLabel, QStatusBar, QTabWidget

    from drafter.errors import DrafterError
    from drafter.gui.checker import CheckRunner
    from drafter.gui.find_bar import FindBar
    from drafter.gui.findings_panel import FindingsPanel
    from drafter.gui.meta_panel import MetaPanel
    from drafter.gui.plain_menu import PlainSuggestions
    from drafter.gui.review_view import ReviewPage, ReviewView
    from drafter.gui.spelling import SpellChecker
    from drafter.gui.suggestions import MemoryRunner, SuggestionsPanel
    from drafter.gui.version_panel import VersionPanel
    from drafter.model import Release
    from drafter.parity.findings import Finding
    from drafter.parity.units import Context


class Window(Protocol):
    """The main window (drafter.gui.main_window.MainWindow) as its controllers see it; also their dialogs' parent."""

    # the release in the editors, and the last check of it
    edits: int
    context: Context | None
    findings: list[Finding]

    def release(self) -> Release: ...
    def load(self, release: Release, path: Path | None, name: str) -> None: ...
    def context_now(self) -> Context | None: ...

    # panels, menus' checkable entries and status
    ko: VersionPanel
    en: VersionPanel
    tabs: QTabWidget
    find_bar: FindBar
    findings_panel: FindingsPanel
    review_page: ReviewPage
    review: ReviewView
    meta_panel: MetaPanel
    meta_dock: QDockWidget
    suggestions_panel: SuggestionsPanel
    plain_menu: PlainSuggestions
    summary_label: QLabel
    progress_label: QLabel
    spell_as_you_type: QAction
    pause_memory: QAction
    plain_everywhere: QAction

    def statusBar(self) -> QStatusBar: ...
    def isWindowModified(self) -> bool: ...
    def setWindowModified(self, modified: bool) -> None: ...
    def error(self, error: DrafterError) -> None: ...
    def inform(self, title: str, message: str) -> None: ...

    # what runs beside the window
    checker: CheckRunner
    spelling: SpellChecker
    memory: MemoryRunner
