"""Measurements that run in a process of their own, so that each starts cold and its peak memory is its own.

`python -m benchmarks.probes check KIND N RUNS`, `… align N RUNS`, `… typing N` print one JSON line.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def forget() -> None:
    """Empty the checker's memory of paragraphs (facts, anchors, names, the last alignments): a release
    checked for the first time. What does not depend on the text (patterns, the glossary) stays loaded."""
    from drafter.parity import align, compare, extract, glossary, identifiers, names, sentences

    for fn in (
        align._all_anchors,
        align._align,
        extract.facts_of,
        compare._pieces,
        identifiers.find,
        identifiers._names_in,
        identifiers._dotted_in,
        identifiers._initialisms,
        names.same_person,
        names._korean_names,
        names._family_mentions,
        align.align_sentences,
        align._figure_anchors,
        sentences.piece_spans,
        glossary._layered,  # with the names it found in each text
    ):
        fn.cache_clear()
    glossary.default()._en_found.clear()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _traced_peak_mb(fn: Callable[[], object]) -> float:
    """Peak of the Python memory allocated while `fn` runs, above what was allocated before."""
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return (peak - base) / 2**20


def check(kind: str, n: int, runs: int) -> dict[str, object]:
    """The first check of a release of `n` distinct paragraph pairs, `runs` times; its memory."""
    from benchmarks import corpus
    from benchmarks.corpus import reference_release
    from drafter.parity import check as run_check

    run_check(reference_release())  # the patterns and the glossary load here, as on a program's first check
    release = corpus.release(kind, n)
    times = []
    for _ in range(runs):
        forget()
        start = time.perf_counter()
        run_check(release)
        times.append((time.perf_counter() - start) * 1000)
    rss = _peak_rss_mb()  # before tracemalloc, whose own bookkeeping is large
    forget()
    return {"ms": times, "rss_mb": rss, "traced_mb": _traced_peak_mb(lambda: run_check(release))}


def align(n: int, runs: int, missing: int) -> dict[str, object]:
    """The alignment alone (the paragraphs' anchors already found, as while typing): time and memory.
    `missing`: every `missing`-th English paragraph left out (0: none), which widens the band."""
    from benchmarks import corpus
    from drafter.parity.align import _align, align

    ko, en = corpus.ntrex(n)
    if missing:
        en = [t for j, t in enumerate(en) if j % missing != missing // 2]
    align(ko, en)  # the anchors, remembered per paragraph
    times = []
    for _ in range(runs):
        _align.cache_clear()
        start = time.perf_counter()
        align(ko, en)
        times.append((time.perf_counter() - start) * 1000)
    _align.cache_clear()
    return {"ms": times, "traced_mb": _traced_peak_mb(lambda: align(ko, en))}


def typing(n: int) -> dict[str, object]:
    """Type into the English body of a release of `n` NTREX paragraphs, in the middle of it, as a writer does.

    The event loop's longest block is the longest gap between the ticks of a 2 ms timer (an upper bound:
    a block of X ms shows as a gap of X to X + 2 ms). Two passes: steady typing (a key every 60 ms, so the
    checker's 300 ms pause never ends), then words with pauses, in which findings arrive and are shown.
    Two keys and a pause first, so that what the first keys start once (the spelling dictionaries, the
    memory's first lookup) is not counted as typing.
    """
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks import corpus
    from drafter.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    w = MainWindow()
    w.resize(1400, 900)
    w.show()
    w.load(corpus.release("ntrex", n), None, "bench")
    _wait(app, lambda: bool(w.findings), 60)
    body = w.en.editors["body"]
    body.setFocus()
    middle = w.en.paragraph_span(n // 2)
    cursor = body.textCursor()
    cursor.setPosition(middle[1] if middle else 0)
    body.setTextCursor(cursor)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_X):  # warm-up: what the first keys load once (spelling, memory)
        QTest.keyClick(body, key)
        _pump(app, 0.06)
    edits = w.edits
    _wait(app, lambda: w._context_edits == edits, 60)
    _pump(app, 1.5)

    collections: list[float] = []
    started = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if info["generation"] == 2:
            if phase == "start":
                started[0] = time.perf_counter()
            else:
                collections.append((time.perf_counter() - started[0]) * 1000)

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(2)
    timer.timeout.connect(tick)
    gc.callbacks.append(on_gc)
    timer.start()
    until = time.perf_counter() + 4
    while time.perf_counter() < until:  # steady typing: a key every 60 ms
        QTest.keyClick(body, Qt.Key.Key_A)
        _pump(app, 0.06)
    steady = max(gaps) * 1000
    gaps.clear()
    checks_before = w._context_edits
    for _word in range(6):  # words of five letters, then a pause in which the findings are shown
        for _ in range(5):
            QTest.keyClick(body, Qt.Key.Key_B)
            _pump(app, 0.06)
        QTest.keyClick(body, Qt.Key.Key_Space)
        edits = w.edits
        _wait(app, lambda e=edits: w._context_edits == e, 30)
        _pump(app, 0.1)
    with_findings = max(gaps) * 1000
    shown = w._context_edits != checks_before
    timer.stop()
    gc.callbacks.remove(on_gc)

    start = time.perf_counter()
    QTest.keyClick(body, Qt.Key.Key_C)
    edits = w.edits
    _wait(app, lambda: w._context_edits == edits, 30)
    key_to_findings = (time.perf_counter() - start) * 1000
    w.setWindowModified(False)
    return {
        "steady_block_ms": steady,
        "paused_block_ms": with_findings,
        "findings_shown": shown,
        "key_to_findings_ms": key_to_findings,
        "full_gc_ms": max(collections, default=0.0),
        "full_gcs": len(collections),
        "rss_mb": _peak_rss_mb(),
    }


def _pump(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    stop = time.perf_counter() + seconds
    while time.perf_counter() < stop:
        app.processEvents()
        time.sleep(0.0005)


def _wait(app, done: Callable[[], bool], seconds: float) -> None:  # type: ignore[no-untyped-def]
    stop = time.perf_counter() + seconds
    while not done() and time.perf_counter() < stop:
        app.processEvents()
        time.sleep(0.0005)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    what, *args = argv
    if what == "check":
        result = check(args[0], int(args[1]), int(args[2]))
    elif what == "align":
        result = align(int(args[0]), int(args[1]), int(args[2]))
    else:
        result = typing(int(args[0]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
