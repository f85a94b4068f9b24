"""Speed and memory of Release Drafter, as a table and a JSON file: `python -m benchmarks [--quick]`.

Each number is the median of several runs. Where a floor exists (a bare PySide6 window, the
interpreter's own start-up) the ratio to it is given. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "pps-innovation-2026-11-24.txt"
REFERENCE = ROOT.parent / "shared" / "reference" / "pps-2023-11-01-release.txt"
BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True); QApplication.instance().quit()
        return False
app = QApplication(sys.argv); w = QMainWindow(); w.installEventFilter(Quit(w)); w.resize(1400, 900); w.show()
app.exec()
"""


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def release_of(paragraphs: int):  # type: ignore[no-untyped-def]
    """The sample release with its body paragraphs repeated up to `paragraphs` per side."""
    from drafter.formats.plaintext import read_text_file

    release = read_text_file(SAMPLE).release
    for version in (release.ko, release.en):
        body = version.body
        version.body = [body[i % len(body)] for i in range(paragraphs)]
    return release


def reference_release():  # type: ignore[no-untyped-def]
    from drafter.formats.plaintext import read_text_file

    return read_text_file(REFERENCE if REFERENCE.exists() else SAMPLE).release


def env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **extra}


def wall_ms(args: list[str], runs: int, extra_env: dict[str, str] | None = None) -> float:
    def once() -> None:
        subprocess.run(args, env=env(**(extra_env or {})), capture_output=True, check=False, timeout=120)

    once()  # warm the file cache
    return median_ms(once, runs)


# --- the measurements ---------------------------------------------------------------------------


def _forget() -> None:
    """Empty the checker's memo of extracted facts: the first check of a release."""
    from drafter.parity import align, compare, identifiers

    align._all_anchors.cache_clear()
    align._align.cache_clear()
    compare.facts_of.cache_clear()
    compare._pieces.cache_clear()
    identifiers.find.cache_clear()


def checker(results: dict[str, float], runs: int) -> None:
    from drafter.parity import check

    def cold(r) -> None:  # type: ignore[no-untyped-def]
        _forget()
        check(r)

    def typed(r) -> None:  # type: ignore[no-untyped-def]
        from drafter.parity import align

        align._align.cache_clear()  # as after a keystroke: the paragraphs' facts are remembered, the alignment not
        check(r)

    ref = reference_release()
    results["check reference release, first (ms)"] = median_ms(lambda: cold(ref), runs * 4)
    check(ref)
    results["check reference release, again with facts remembered (ms)"] = median_ms(lambda: typed(ref), runs * 4)
    for n in (30, 300):
        r = release_of(n)
        results[f"check {n} paragraphs per side, first (ms)"] = median_ms(lambda r=r: cold(r), max(3, runs))
    results["check 300 / 30 (×)"] = (
        results["check 300 paragraphs per side, first (ms)"] / results["check 30 paragraphs per side, first (ms)"]
    )


def command_line(results: dict[str, float], runs: int, folder: Path) -> None:
    from drafter import storage

    paths = {}
    for n in (10, 300):
        paths[n] = folder / f"r{n}.release.json"
        storage.save(release_of(n), paths[n])
    python = [sys.executable, "-m", "drafter", "check"]
    floor = wall_ms([sys.executable, "-c", "pass"], runs)
    results["python start-up, the floor (ms)"] = floor
    for n in (10, 300):
        results[f"CLI check {n} paragraphs (ms)"] = wall_ms([*python, str(paths[n])], runs)
    results["CLI check 300 / 10 (×)"] = (
        results["CLI check 300 paragraphs (ms)"] / results["CLI check 10 paragraphs (ms)"]
    )


def formats(results: dict[str, float], runs: int, folder: Path) -> None:
    from drafter.formats import write_export
    from drafter.formats.plaintext import format_text, parse_text

    for label, release in (("reference", reference_release()), ("300 paragraphs", release_of(300))):
        text = format_text(release)
        results[f"text export, {label} (ms)"] = median_ms(lambda r=release: format_text(r), runs * 4)
        results[f"text import, {label} (ms)"] = median_ms(lambda t=text: parse_text(t), runs * 4)
        for layout in ("ko", "en", "bilingual", "review"):
            out = folder / f"{layout}.docx"
            try:
                write_export(release, out, layout)
            except Exception as exc:  # DOCX not available in this build: say so in the table
                results[f"DOCX {layout}, {label} (ms)"] = float("nan")
                print(f"DOCX {layout}: {exc}", file=sys.stderr)
                continue
            results[f"DOCX {layout}, {label} (ms)"] = median_ms(
                lambda r=release, o=out, lay=layout: write_export(r, o, lay), max(3, runs)
            )


def startup(results: dict[str, float], runs: int) -> None:
    bare = wall_ms([sys.executable, "-c", BARE_WINDOW], runs)
    ours = wall_ms([sys.executable, str(ROOT / "main.py")], runs, {"DRAFTER_EXIT_ON_PAINT": "1"})
    results["start-up to first paint, bare QMainWindow (ms)"] = bare
    results["start-up to first paint, main.py (ms)"] = ours
    results["start-up main.py / bare (×)"] = ours / bare


GUI_PROBE = """
import json, resource, sys, time
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
mode = sys.argv[1]
if mode == "bare":
    from PySide6.QtWidgets import QMainWindow
    w = QMainWindow(); w.resize(1400, 900); w.show(); app.processEvents()
    print(json.dumps({"rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss})); sys.exit(0)
sys.path.insert(0, sys.argv[2])
from benchmarks.__main__ import release_of
from drafter.gui.main_window import MainWindow
w = MainWindow(); w.resize(1400, 900); w.show()
w.load(release_of(300), None, "bench")
end = time.perf_counter() + 3
while time.perf_counter() < end and not w.findings: app.processEvents(); time.sleep(0.001)
body = w.en.editors["body"]; body.setFocus()
gaps = []; last = [time.perf_counter()]
def tick():
    now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
timer = QTimer(); timer.setInterval(5); timer.timeout.connect(tick); timer.start()
typed_until = time.perf_counter() + 4
while time.perf_counter() < typed_until:   # steady typing: a key every 60 ms
    QTest.keyClick(body, Qt.Key.Key_A)
    stop = time.perf_counter() + 0.06
    while time.perf_counter() < stop: app.processEvents(); time.sleep(0.001)
timer.stop()
edits = w.edits; start = time.perf_counter()
QTest.keyClick(body, Qt.Key.Key_B)
applied = [None]
w.checker.done.connect(lambda g, _r: applied.__setitem__(0, time.perf_counter()) if g == w.edits else None)
while applied[0] is None and time.perf_counter() - start < 10: app.processEvents(); time.sleep(0.001)
w.setWindowModified(False)
print(json.dumps({"max_block_ms": max(gaps) * 1000, "key_to_findings_ms": ((applied[0] or start) - start) * 1000,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def gui(results: dict[str, float], runs: int) -> None:
    def probe(mode: str) -> dict[str, float]:
        out = subprocess.run(
            [sys.executable, "-c", GUI_PROBE, mode, str(ROOT)],
            env=env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
        if not lines:
            raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "no output")
        return json.loads(lines[-1])

    samples = [probe("window") for _ in range(max(1, runs // 2))]
    bare = probe("bare")
    results["typing, longest event-loop block, 300 paragraphs (ms)"] = statistics.median(
        s["max_block_ms"] for s in samples
    )
    results["keystroke to findings, incl. 300 ms pause (ms)"] = statistics.median(
        s["key_to_findings_ms"] for s in samples
    )
    results["peak RSS, bare window (MB)"] = bare["rss"] / 1024
    results["peak RSS, window with 300 paragraphs (MB)"] = statistics.median(s["rss"] for s in samples) / 1024
    results["peak RSS window / bare (×)"] = (
        results["peak RSS, window with 300 paragraphs (MB)"] / results["peak RSS, bare window (MB)"]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one run each, no window: for a smoke test")
    parser.add_argument("--json", default=str(ROOT / "benchmarks" / "results.json"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    runs = 1 if args.quick else 7
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        checker(results, runs)
        formats(results, runs, Path(tmp))
        command_line(results, runs, Path(tmp))
        if not args.quick:
            startup(results, runs)
            gui(results, runs)
    width = max(len(k) for k in results)
    print(
        f"Release Drafter benchmarks — {platform.node()} ({platform.machine()}, {os.cpu_count()} cores), "
        f"Python {platform.python_version()}, {date.today()}"
    )
    for key, value in results.items():
        print(f"  {key:<{width}}  {value:>9.2f}")
    Path(args.json).write_text(
        json.dumps({"date": str(date.today()), "machine": platform.node(), "results": results}, indent=2) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
