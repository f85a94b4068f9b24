"""The Suggestions panel: earlier translations of the Korean paragraph at the cursor, from the memory.

The memory is used on one worker thread (SQLite connections stay on their thread), so looking
up, remembering a saved release, clearing and the concordance never hold up typing. Results for
a passage the cursor has left are dropped. Ctrl+1…Ctrl+3 (wired in the main window) insert a
suggestion into the English at the aligned place as one undo step (drafter.gui.memory_target).
"""

from __future__ import annotations

import html
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from drafter.gui.i18n import ui, ui_n
from drafter.parity.review import word_diff

if TYPE_CHECKING:
    from collections.abc import Callable

    from drafter.model import Release
    from drafter.tm.store import Memory
    from drafter.tm.suggest import Suggestion

PAUSE_MS = 150  # after the cursor stops moving
SHOWN = 3  # suggestions listed (and reachable with Ctrl+1…Ctrl+3)
REMOVED = "#c62828"
ADDED = "#2e7d32"
CHANGED_BACKGROUND = "#c8e6c9"


class MemoryRunner(QObject):
    """The memory on its own thread: lookups, remembering saved releases, clearing, concordance."""

    suggested = Signal(int, object)  # generation, (list[Suggestion], the English of the notes or None)
    found = Signal(str, object)  # concordance words, list[Stored]
    notice = Signal(str)  # a message for the status bar (a damaged memory replaced, a failure)
    cleared = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._pool: ThreadPoolExecutor | None = None
        self._memory: Memory | None = None  # opened and used on the worker thread only
        self._latest = 0

    def _submit(self, job: Callable[[], None]) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="memory")
        self._pool.submit(self._guarded, job)

    def _guarded(self, job: Callable[[], None]) -> None:
        from drafter.errors import DrafterError
        from drafter.gui import i18n

        try:
            job()
        except DrafterError as error:
            self.notice.emit(error.line(i18n.language()))
        except Exception as exc:  # a bug in the memory must not take the window (and the text) with it
            self.notice.emit(ui("The translation memory failed: {why}", why=f"{type(exc).__name__}: {exc}"))

    def _open(self) -> Memory:
        if self._memory is None:
            from drafter.gui import i18n
            from drafter.tm.store import Memory

            self._memory = Memory.open(self.path)
            for notice in self._memory.notices:
                self.notice.emit(notice.in_(i18n.language()))
        return self._memory

    def suggest(self, generation: int, korean: str, year: int | None, notes: tuple[str, ...] = ()) -> None:
        """Suggestions for `korean`, and the English of its `notes` where the memory has it whole."""
        self._latest = generation

        def job() -> None:
            if generation != self._latest:
                return  # the cursor moved on: a newer request is queued
            from drafter.tm.suggest import for_paragraph, whole_match

            memory = self._open()
            found = for_paragraph(memory, korean, SHOWN, year)
            english = [s.en if (s := whole_match(memory, note, year)) else None for note in notes]
            self.suggested.emit(generation, (found, english))

        self._submit(job)

    def remember(self, release: Release, source: str) -> None:
        def job() -> None:
            from drafter.tm.importer import remember

            remember(self._open(), release, source)

        self._submit(job)

    def concordance(self, words: str, lang: str) -> None:
        self._submit(lambda: self.found.emit(words, self._open().containing(words, lang)))

    def clear(self) -> None:
        def job() -> None:
            self._open().clear()
            self.cleared.emit()

        self._submit(job)

    def wait(self) -> None:
        """Finish what was asked (tests; closing)."""
        if self._pool is not None:
            self._pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.submit(self._close)
            self._pool.shutdown(wait=True, cancel_futures=False)
            self._pool = None

    def _close(self) -> None:
        if self._memory is not None:
            self._memory.close()
            self._memory = None


class SuggestionsPanel(QWidget):
    """The best matches for the paragraph at the cursor: score, what kind, the Korean differences, the English."""

    insert_requested = Signal(int)  # the suggestion's row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.status = QLabel()
        self.status.setObjectName("suggestions_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list = QListWidget()
        self.list.setObjectName("suggestions_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda item: self.insert_requested.emit(self.list.row(item)))
        layout.addWidget(self.list, 1)
        self.suggestions: list[Suggestion] = []
        self.korean = ""  # the paragraph they answer
        self.set_status(ui("Put the cursor in a Korean paragraph to see earlier translations."))

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_suggestions(self, korean: str, suggestions: list[Suggestion]) -> None:
        self.korean = korean
        self.suggestions = suggestions[:SHOWN]
        self.list.clear()
        for n, s in enumerate(self.suggestions, 1):
            item = QListWidgetItem(self.list)
            label = QLabel(describe(n, s))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(4, 4, 4, 4)
            label.setObjectName(f"suggestion_{n}")
            self.list.setItemWidget(item, label)
            self._fit(item)
        if len(self.suggestions) == 1:
            self.set_status(ui("Ctrl+1 inserts the suggestion into the English."))
        elif self.suggestions:
            self.set_status(ui("Ctrl+1 … Ctrl+{n} inserts a suggestion into the English.", n=len(self.suggestions)))
        else:
            self.set_status(ui("The memory has nothing like this paragraph yet."))

    def clear_suggestions(self, status: str) -> None:
        self.suggestions = []
        self.list.clear()
        self.set_status(status)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        for row in range(self.list.count()):  # word-wrapped labels grow taller as the panel narrows
            self._fit(self.list.item(row))

    def _fit(self, item: QListWidgetItem) -> None:
        """A suggestion's row as tall as its text wrapped at the list's width (no taller: two or three fit)."""
        label = self.list.itemWidget(item)
        if label is not None:
            width = max(100, self.list.viewport().width() - 8)
            label.setFixedWidth(width)
            item.setSizeHint(QSize(width, label.heightForWidth(width)))


def kind_name(s: Suggestion) -> str:
    if s.kind == "exact":
        return ui("exact match")
    if s.kind == "assembled":
        return ui("from sentences, adapted") if s.adapted else ui("from sentences")
    if s.kind == "facts":
        return ui("figures adapted") if s.adapted else ui("figures differ, not adapted")
    return ui("similar")


def describe(n: int, s: Suggestion) -> str:
    """One suggestion as rich text: header, the Korean differences, the English with its changed words marked."""
    facts = [f"<b>Ctrl+{n}</b>", f"{s.score}%", html.escape(kind_name(s))]
    if s.approved:
        facts.append(html.escape(ui("approved")))
    if s.uses > 1:
        facts.append(html.escape(ui_n("used {count} time", "used {count} times", s.uses)))
    if s.last_used:
        facts.append(html.escape(s.last_used))
    korean = "".join(_diff_run(op, text) for op, text in word_diff(s.stored_ko, s.ko))
    return f"{' · '.join(facts)}<br><span style='color:#555'>{korean}</span><br>{_marked(s.en, s.changed)}"


def _diff_run(op: str, text: str) -> str:
    escaped = html.escape(text)
    if op == "-":
        return f"<s style='color:{REMOVED}'>{escaped}</s>"
    if op == "+":
        return f"<u style='color:{ADDED}'>{escaped}</u>"
    return escaped


def _marked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    out, at = [], 0
    for start, end in sorted(spans):
        out.append(html.escape(text[at:start]))
        out.append(f"<span style='background:{CHANGED_BACKGROUND}'>{html.escape(text[start:end])}</span>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)
