"""Runs the checker off the GUI thread, after each pause in typing; stale runs are dropped."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from drafter.errors import DrafterError
from drafter.gui.i18n import text

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from drafter.model import Release, Term
    from drafter.parity.plain_words import PlainWord

PAUSE_MS = 300
FULL_COLLECTION_EVERY = 100  # checks


class CheckRunner(QObject):
    """Call `request(snapshot)` on every edit; `done(generation, (context, findings))` follows the pause."""

    done = Signal(int, object)
    failed = Signal(str)

    def __init__(self, snapshot_source, parent: QObject | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        # () -> (generation, Release, user's glossary terms, user's plain-Korean words or None), on the GUI thread
        self._snapshot = snapshot_source
        self._pool: ThreadPoolExecutor | None = None  # made on the first check, after the window is up
        self._latest = 0
        self._checks = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.run_now)

    def request(self) -> None:
        """Check again once typing pauses."""
        self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checker")
        generation, release, user_terms, plain_words = self._snapshot()
        self._latest = generation
        self._pool.submit(self._run, generation, release, user_terms, plain_words)

    def _run(
        self,
        generation: int,
        release: Release,
        user_terms: tuple[Term, ...],
        plain_words: tuple[PlainWord, ...] | None = (),
    ) -> None:
        if generation != self._latest:
            return  # a newer snapshot is queued behind this one
        try:
            from drafter.parity import analyse

            result = analyse(release, user_terms, plain_words)
        except DrafterError as exc:  # a release longer than the checker reads: the message names the limit
            self.failed.emit(text(exc.message))
            return
        except Exception as exc:  # a checker bug must not take the window (and the user's text) with it
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        _set_aside(self._checks)
        self._checks += 1
        self.done.emit(generation, result)

    def shutdown(self) -> None:
        self._timer.stop()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _set_aside(checks: int) -> None:
    """Set what lives on after a check (the paragraphs' facts, the release, the findings) out of the garbage
    collector's sight: its full passes over them took tens of milliseconds with a long release, and
    blocked typing. Now and then (off the typing path: a check runs when typing pauses) it is collected
    once, so that cycles that became garbage meanwhile are still freed."""
    if checks and checks % FULL_COLLECTION_EVERY == 0:
        gc.unfreeze()
        gc.collect()
    gc.freeze()
