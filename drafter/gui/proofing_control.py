"""Spelling and find: the find bar's actions, F8 over findings and misspelt words, spelling as you type on or off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from drafter.gui import i18n
from drafter.gui.find_bar import Finder
from drafter.gui.i18n import ui

if TYPE_CHECKING:
    from drafter.gui.walk import Stop
    from drafter.gui.window_parts import Window


class ProofingControl(QObject):
    """Going through the release: finding and replacing text, and stepping over findings and misspellings."""

    finding_reached = Signal(object)  # Finding: F8 went to it, to be shown in the editors

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        editors = {"ko": list(window.ko.editors.values()), "en": list(window.en.editors.values())}
        self.finder = Finder(window.find_bar, editors, window)
        self.walked: Stop | None = None  # the stop F8 went to last (drafter.gui.walk)

    def walk(self, delta: int) -> None:
        """F8 / Shift+F8: the next (previous) finding or misspelt word from the cursor, in document order."""
        from drafter.gui.walk import Stop, step

        w = self.window
        w.tabs.setCurrentIndex(0)
        editors = [*w.ko.editors.values(), *w.en.editors.values()]
        stops = []
        for finding in w.findings_panel.visible_findings():
            placed = next(
                (p for p in (w.ko.place(finding.field, finding.ko), w.en.place(finding.field, finding.en)) if p),
                None,
            )
            if finding.field == "details" or placed is None:
                stops.append(Stop(len(editors), 0, 0, finding))
            else:
                editor, start, end = placed
                stops.append(Stop(editors.index(editor), start, end, finding))
        if w.spell_as_you_type.isChecked():
            for order, editor in enumerate(editors):
                stops += [Stop(order, start, end, None, word) for start, end, word in w.spelling.misspellings(editor)]
        focus = QApplication.focusWidget()
        if focus in editors:
            here = (editors.index(focus), focus.textCursor().selectionStart())
        else:  # the focus is elsewhere (the findings list, a detail): go on from the last stop
            here = self.walked.key if self.walked is not None else (-1, -1)
        stop = step(stops, here, delta, self.walked)
        self.walked = stop
        if stop is None:
            w.statusBar().showMessage(ui("No findings and no misspelt words."), 5000)
        elif stop.finding is not None:
            w.findings_panel.make_current(stop.finding)
            self.finding_reached.emit(stop.finding)
        else:
            editor = editors[stop.order]
            editor.select_span(stop.start, stop.end)
            editor.setFocus()
            w.statusBar().showMessage(ui('Misspelt: "{word}". Right-click it for suggestions.', word=stop.word), 5000)

    def set_spelling(self, on: bool) -> None:
        """Tools ▸ Check Spelling as You Type: the underlines on or off, remembered."""
        self.window.spelling.set_enabled(on)
        i18n.settings().setValue("spelling/on", on)

    def find(self, replacing: bool) -> None:
        self.window.tabs.setCurrentIndex(0)
        self.finder.open(replacing)

    def find_step(self, delta: int) -> None:
        if self.window.find_bar.isVisible() and self.window.find_bar.needle():
            self.finder.step(delta)
        else:
            self.find(False)
