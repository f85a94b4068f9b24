"""Translation memory: suggestions for the passage at the cursor, putting one in, the concordance, pause and clear."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from drafter.gui import i18n
from drafter.gui.i18n import ui

if TYPE_CHECKING:
    from drafter.gui.memory_target import Target
    from drafter.gui.version_panel import VersionPanel
    from drafter.gui.window_parts import Window


class MemoryControl(QObject):
    """Asks the window's memory (drafter.gui.suggestions.MemoryRunner) and shows or puts in what it answers."""

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self._suggest_timer = QTimer(self, singleShot=True, interval=150, timeout=self.suggest)
        self._suggest_target: Target | None = None  # what the suggestions shown are for
        self._note_suggestions: list[str | None] = []  # the English of its notes, where the memory has them
        self._suggest_generation = 0
        self._suggest_side: VersionPanel = window.ko  # the field the cursor last moved in
        self._suggest_field = "body"
        self.concordance = None

    def cursor_rests_in(self, panel: VersionPanel, field: str) -> None:
        self._suggest_side, self._suggest_field = panel, field
        self._suggest_timer.start()

    def suggest(self) -> None:
        """Ask the memory about the passage at the cursor (a paragraph, a note, the title, a subtitle line, a
        footnote) when its English is empty, outdated or being written (the cursor in the English)."""
        from drafter.gui.memory_target import at_cursor

        pairs = self.window.context.pairs if self.window.context is not None else []
        stale = {(f.field, f.ko.paragraph) for f in self.window.findings if f.rule == "stale-translation" and f.ko}
        target = at_cursor(self.window.ko, self.window.en, self._suggest_side, self._suggest_field, pairs, stale)
        if target is None:
            return
        if isinstance(target, str):
            self._suggest_target = None
            self.window.suggestions_panel.clear_suggestions(
                ui(
                    "This passage's English is written and up to date. Suggestions show for an English that is "
                    "empty, outdated or being written."
                )
            )
            return
        self._suggest_target = target
        self._suggest_generation += 1
        self.window.suggestions_panel.korean = target.korean
        release_date = self.window.meta_panel.meta().release_date
        year = release_date.year if release_date else None
        self.window.memory.suggest(self._suggest_generation, target.korean, year, target.notes)

    def show_suggestions(self, generation: int, found: tuple) -> None:  # type: ignore[type-arg]
        if generation == self._suggest_generation:
            suggestions, self._note_suggestions = found
            self.window.suggestions_panel.set_suggestions(self.window.suggestions_panel.korean, suggestions)

    def insert_suggestion(self, row: int) -> None:
        panel = self.window.suggestions_panel
        if self._suggest_target is None or not 0 <= row < len(panel.suggestions):
            return
        chosen = panel.suggestions[row]
        from drafter.gui.memory_target import put_in

        put_in(self.window.en, self._suggest_target, chosen.en, chosen.ko == panel.korean, self._note_suggestions)

    def show_concordance(self) -> None:
        from drafter.gui.concordance import ConcordanceDialog

        if self.concordance is None:
            self.concordance = ConcordanceDialog(self.window)
            self.concordance.search_requested.connect(self.window.memory.concordance)
            self.window.memory.found.connect(self.concordance.show_results)
        focus = QApplication.focusWidget()
        selected = focus.textCursor().selectedText() if hasattr(focus, "textCursor") else ""
        selected = selected or self._suggest_side.editors["body"].textCursor().selectedText()
        self.concordance.show()
        self.concordance.activateWindow()
        if selected.strip():
            self.concordance.look_up(selected)

    def remember(self, path: Path) -> None:
        """A release saved is remembered by the translation memory, unless the user paused it."""
        if not self.window.pause_memory.isChecked():
            self.window.memory.remember(self.window.release(), str(path.resolve()))

    def set_paused(self, paused: bool) -> None:
        i18n.settings().setValue("memory/paused", paused)

    def ask_clear_memory(self) -> bool:
        answer = QMessageBox.question(
            self.window,
            ui("Clear the translation memory"),
            ui("Forget every translation the memory holds? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def clear_memory(self) -> None:
        if self.ask_clear_memory():
            self.window.memory.clear()
            self.window.suggestions_panel.clear_suggestions(ui("The translation memory is empty."))
