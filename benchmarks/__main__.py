"""Speed and memory of Release Drafter on distinct text, as a table and a JSON file: `python -m benchmarks`.

Every release measured has distinct paragraphs (the checker remembers each paragraph, so repeating one
measures nothing): real NTREX news paragraphs and our own generated ones (benchmarks/corpus.py). Each
figure is the median of several runs, with the lowest and highest beside it; processes are measured from
outside (wall time, peak memory from the kernel) and in-process figures in a process of their own
(benchmarks/probes.py). Bytecode is compiled first, as a normal install does (this environment sets
PYTHONDONTWRITEBYTECODE, which would make every process compile our modules again). Not a test: nothing
here asserts.

`--quick`: one run of the small sizes, no window, for a smoke test. `--only SECTION …` runs some sections.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10, 30, 100, 300, 1000, 3000)
QUICK_SIZES = (10, 30, 300)
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", time.time(), flush=True); QApplication.instance().quit()
        return False
app = QApplication(sys.argv); w = QMainWindow(); w.installEventFilter(Quit(w)); w.resize(1400, 900); w.show()
app.exec()
"""


class Results:
    """Measurements by name: the median of the runs, and their lowest and highest."""

    def __init__(self) -> None:
        self.median: dict[str, float] = {}
        self.spread: dict[str, tuple[float, float]] = {}

    def add(self, name: str, values: list[float]) -> float:
        self.median[name] = statistics.median(values)
        self.spread[name] = (min(values), max(values))
        return self.median[name]

    def ratio(self, name: str, top: str, bottom: str) -> None:
        self.median[name] = self.median[top] / self.median[bottom]

    def growth(self, name: str, key: Callable[[int], str], sizes: tuple[int, ...]) -> None:
        """The exponent k of the best fit value ~ size^k over the sizes from 100 up (1: linear, 2: quadratic)."""
        points = [(math.log(n), math.log(self.median[key(n)])) for n in sizes if n >= 100 and self.median[key(n)] > 0]
        if len(points) >= 2:
            mx = statistics.mean(x for x, _ in points)
            my = statistics.mean(y for _, y in points)
            self.median[name] = sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


# The window's settings, recovery copies and memory go to a folder of the benchmark's, not the user's.
_HOME = Path(tempfile.gettempdir()) / f"drafter-bench-{os.getpid()}"


def env(**extra: str) -> dict[str, str]:
    folders = {f"XDG_{kind}_HOME": str(_HOME / kind.lower()) for kind in ("CONFIG", "DATA", "CACHE")}
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **folders, **extra}


# Starts the measured process and reports its wall time and peak memory. A small process of its own: a
# child's peak memory, as the kernel counts it, includes what its parent held when it forked.
_LAUNCH = """
import json, resource, subprocess, sys, time
spawned, start = time.time(), time.perf_counter()
code = subprocess.run(sys.argv[2:]).returncode
wall = (time.perf_counter() - start) * 1000
with open(sys.argv[1], "w") as fh:
    json.dump([wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, code, spawned], fh)
"""
_spawned = [0.0]  # when run_process last started its process (time.time())


def run_process(args: list[str], extra_env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall time (ms) and peak memory (MB, from the kernel) of one process; its standard output."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        done = subprocess.run(
            [sys.executable, "-c", _LAUNCH, str(report), *args],
            env=env(**(extra_env or {})),
            capture_output=True,
            text=True,
            check=False,
        )
        wall, rss, code, _spawned[0] = json.loads(report.read_text()) if report.exists() else (0, 0, -1, 0)
    if code not in (0, 1):
        raise RuntimeError(f"{' '.join(args[:4])}: {done.stderr.strip()[-500:]}")
    return wall, rss, done.stdout


def probe(*args: object) -> dict[str, object]:
    """Run benchmarks/probes.py in a process of its own; its JSON answer."""
    _wall, _rss, stdout = run_process([sys.executable, "-m", "benchmarks.probes", *map(str, args)])
    return json.loads([line for line in stdout.splitlines() if line.startswith("{")][-1])


def times_ms(fn: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        gc.collect()  # each run starts without the last one's garbage, whose collection it would pay for
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


# --- the measurements ---------------------------------------------------------------------------


def checker(results: Results, runs: int, sizes: tuple[int, ...]) -> None:
    """The first check of a release (nothing remembered), in process, by size; its memory."""
    from benchmarks.corpus import reference_release
    from benchmarks.probes import forget
    from drafter.parity import align, check

    ref = reference_release()
    check(ref)

    def cold() -> None:
        forget()
        check(ref)

    def typed() -> None:
        align._align.cache_clear()  # as after a keystroke: the paragraphs are remembered, the alignment not
        check(ref)

    results.add("check reference release, first (ms)", times_ms(cold, runs * 4))
    check(ref)
    results.add("check reference release, again with facts remembered (ms)", times_ms(typed, runs * 4))
    for kind in ("ntrex", "generated"):
        for n in sizes:
            samples = [
                probe("check", kind, n, 1 if n >= 1000 else 3) for _ in range(runs if n < 3000 else max(1, runs // 2))
            ]
            results.add(f"check {kind} {n}, first (ms)", [t for s in samples for t in s["ms"]])  # type: ignore[attr-defined]
            results.add(f"check {kind} {n}, allocated (MB)", [s["traced_mb"] for s in samples])  # type: ignore[misc]
            results.add(f"check {kind} {n}, peak RSS (MB)", [s["rss_mb"] for s in samples])  # type: ignore[misc]
        if 3000 in sizes:
            results.ratio(
                f"check {kind} 3000 / 300 (×)", f"check {kind} 3000, first (ms)", f"check {kind} 300, first (ms)"
            )
            results.ratio(
                f"check {kind} allocated 3000 / 300 (×)",
                f"check {kind} 3000, allocated (MB)",
                f"check {kind} 300, allocated (MB)",
            )
        results.growth(f"check {kind}: time grows as size^", lambda n, k=kind: f"check {k} {n}, first (ms)", sizes)
        results.growth(
            f"check {kind}: memory grows as size^", lambda n, k=kind: f"check {k} {n}, allocated (MB)", sizes
        )


def alignment(results: Results, runs: int, sizes: tuple[int, ...]) -> None:
    """The alignment alone (anchors remembered), NTREX, with every English paragraph and with one in ten missing."""
    for missing, label in ((0, "align"), (10, "align, 1 in 10 missing")):
        for n in sizes:
            s = probe("align", n, runs, missing)
            results.add(f"{label} {n} (ms)", s["ms"])  # type: ignore[arg-type]
            results.add(f"{label} {n}, allocated (MB)", [s["traced_mb"]])  # type: ignore[list-item]
        results.growth(f"{label}: time grows as size^", lambda n, lab=label: f"{lab} {n} (ms)", sizes)
        results.growth(f"{label}: memory grows as size^", lambda n, lab=label: f"{lab} {n}, allocated (MB)", sizes)


def command_line(results: Results, runs: int, folder: Path, sizes: tuple[int, ...]) -> None:
    """`python -m drafter check FILE` as a user runs it, and pofilter on the same pairs, side by side."""
    from benchmarks import corpus
    from drafter import storage

    sizes = tuple(n for n in (10, 300, 3000) if n in sizes)
    pofilter = shutil.which("pofilter", path=str(Path(sys.executable).parent)) or shutil.which("pofilter")
    files = {}
    for kind in ("ntrex", "generated"):
        for n in sizes:
            files[kind, n] = folder / f"{kind}{n}.release.json"
            storage.save(corpus.release(kind, n), files[kind, n])
            corpus.po_file(*(corpus.ntrex(n) if kind == "ntrex" else corpus.generated(n)), folder / f"{kind}{n}.po")
    run_process([sys.executable, "-c", "pass"])  # the file cache warmed
    floor, ours, theirs = [], {k: [] for k in files}, {k: [] for k in files}  # type: ignore[var-annotated]
    for _ in range(runs):  # interleaved, so that a busy moment of the machine falls on all of them alike
        floor.append(run_process([sys.executable, "-c", "pass"])[:2])
        for (kind, n), path in files.items():
            ours[kind, n].append(run_process([sys.executable, "-m", "drafter", "check", str(path)])[:2])
            if pofilter:
                theirs[kind, n].append(
                    run_process([pofilter, str(folder / f"{kind}{n}.po"), str(folder / "out.po")])[:2]
                )
    results.add("python start-up, the floor (ms)", [t for t, _m in floor])
    for (kind, n), samples in ours.items():
        results.add(f"CLI check {kind} {n} (ms)", [t for t, _m in samples])
        results.add(f"CLI check {kind} {n}, peak RSS (MB)", [m for _t, m in samples])
        if theirs[kind, n]:
            results.add(f"pofilter {kind} {n} (ms)", [t for t, _m in theirs[kind, n]])
            results.add(f"pofilter {kind} {n}, peak RSS (MB)", [m for _t, m in theirs[kind, n]])
            results.ratio(
                f"CLI check / pofilter, {kind} {n} (×)", f"CLI check {kind} {n} (ms)", f"pofilter {kind} {n} (ms)"
            )
    for kind in ("ntrex", "generated"):
        if 300 in sizes:
            results.ratio(f"CLI check {kind} 300 / 10 (×)", f"CLI check {kind} 300 (ms)", f"CLI check {kind} 10 (ms)")
        if 3000 in sizes:
            results.ratio(
                f"CLI check {kind} peak RSS 3000 / 300 (×)",
                f"CLI check {kind} 3000, peak RSS (MB)",
                f"CLI check {kind} 300, peak RSS (MB)",
            )
    if not pofilter:
        print("pofilter not installed (pip install -e '.[bench]'): no comparison", file=sys.stderr)


def formats(results: Results, runs: int, folder: Path, sizes: tuple[int, ...]) -> None:
    """Plain text out and in; every export (DOCX, HWPX, PDF) in each layout, through the registry the
    command line and the window use."""
    from benchmarks import corpus
    from benchmarks.probes import forget
    from drafter.formats import write_export
    from drafter.formats.plaintext import format_text, parse_text

    exports = [(kind, layout) for kind in ("docx", "hwpx", "pdf") for layout in ("ko", "en", "bilingual")]
    exports.append(("docx", "review"))
    for n in (n for n in (300, 3000) if n in sizes):
        release = corpus.release("ntrex", n)
        text = format_text(release)
        results.add(f"text export {n} (ms)", times_ms(lambda r=release: format_text(r), runs))
        results.add(f"text import {n} (ms)", times_ms(lambda t=text: parse_text(t), runs))
        for kind, layout in exports:
            out = folder / f"{layout}.{kind}"

            def export(r=release, o=out, lay=layout) -> None:  # type: ignore[no-untyped-def]
                if lay == "review":  # the review sheet checks the release: as the first time, not from memory
                    forget()
                write_export(r, o, lay)

            results.add(f"{kind.upper()} {layout} {n} (ms)", times_ms(export, max(1, runs // (3 if n > 300 else 1))))
    if 3000 in sizes:
        results.ratio("text import 3000 / 300 (×)", "text import 3000 (ms)", "text import 300 (ms)")
        for kind, layout in exports:
            name = f"{kind.upper()} {layout}"
            results.ratio(f"{name} 3000 / 300 (×)", f"{name} 3000 (ms)", f"{name} 300 (ms)")


def to_paint(args: list[str], extra_env: dict[str, str] | None = None) -> float:
    """From starting the process to the window's first paint (the time it prints then), in ms."""
    stdout = run_process(args, extra_env)[2]
    painted = float(next(line for line in stdout.splitlines() if line.startswith("painted")).split()[1])
    return (painted - _spawned[0]) * 1000


def startup(results: Results, runs: int) -> None:
    """From starting the process to the window's first paint, ours and a bare QMainWindow, interleaved; what
    follows the first paint (the rest of our window, quitting) is not counted."""
    bare, ours = [], []
    to_paint([sys.executable, "-c", BARE_WINDOW])
    for _ in range(runs):
        bare.append(to_paint([sys.executable, "-c", BARE_WINDOW]))
        ours.append(to_paint([sys.executable, str(ROOT / "main.py")], {"DRAFTER_EXIT_ON_PAINT": "1"}))
    results.add("start-up to first paint, bare QMainWindow (ms)", bare)
    results.add("start-up to first paint, main.py (ms)", ours)
    results.add("start-up main.py / bare, run by run (×)", [o / b for o, b in zip(ours, bare, strict=True)])


def packaged(results: Results, runs: int) -> None:
    """Start-up to first paint of the packaged program (dist/, made by packaging/build.py) beside the source
    program's (main.py), interleaved."""
    program = ROOT / "dist" / "release-drafter" / "release-drafter"
    if not program.exists():
        print(f"no packaged build at {program}: run packaging/build.py first", file=sys.stderr)
        return
    paint = {"DRAFTER_EXIT_ON_PAINT": "1"}
    to_paint([str(program)], paint)  # its files read once, as the source program's are by the compile step
    source, frozen = [], []
    for _ in range(runs):
        source.append(to_paint([sys.executable, str(ROOT / "main.py")], paint))
        frozen.append(to_paint([str(program)], paint))
    results.add("start-up to first paint, source main.py (ms)", source)
    results.add("start-up to first paint, packaged build (ms)", frozen)
    results.add("start-up packaged / source, run by run (×)", [f / s for f, s in zip(frozen, source, strict=True)])


def typing(results: Results, runs: int) -> None:
    for n in (300, 1000):
        samples = [probe("typing", n) for _ in range(runs)]
        for key, name in (
            ("steady_block_ms", "typing {n}: longest event-loop block, steady (ms)"),
            ("paused_block_ms", "typing {n}: longest event-loop block, with findings shown (ms)"),
            ("key_to_findings_ms", "typing {n}: keystroke to findings shown (ms)"),
            ("full_gc_ms", "typing {n}: longest full garbage collection (ms)"),
            ("full_gcs", "typing {n}: full garbage collections"),
            ("rss_mb", "typing {n}: peak RSS (MB)"),
        ):
            results.add(name.format(n=n), [float(s[key]) for s in samples])  # type: ignore[arg-type]


def _run(sections: list[str], results: Results, runs: int, sizes: tuple[int, ...], folder: Path) -> None:
    for section in sections:
        print(f"… {section}", file=sys.stderr, flush=True)
        if section == "checker":
            checker(results, runs, sizes)
        elif section == "align":
            alignment(results, runs, sizes)
        elif section == "cli":
            command_line(results, runs, folder, sizes)
        elif section == "formats":
            formats(results, runs, folder, sizes)
        elif section == "startup":
            startup(results, runs)
        elif section == "packaged":
            packaged(results, runs)
        else:
            typing(results, runs)


SECTIONS = ("checker", "align", "cli", "formats", "startup", "packaged", "typing")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="one run of the small sizes, no window: a smoke test")
    parser.add_argument("--runs", type=int, default=5, help="runs of each measurement (default 5)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    parser.add_argument("--json", default=str(ROOT / "benchmarks" / "results.json"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from benchmarks.align_eval import DATA

    if not DATA.is_dir():
        print(f"benchmarks: the NTREX corpus is not at {DATA} (../shared/data beside the checkout)", file=sys.stderr)
        return 2
    for folder in ("drafter", "benchmarks"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    print("bytecode compiled first (PYTHONDONTWRITEBYTECODE is set here; a normal install compiles it)", flush=True)
    runs = 1 if args.quick else args.runs
    sizes = QUICK_SIZES if args.quick else SIZES
    sections = args.only or (SECTIONS[:4] if args.quick else SECTIONS)
    results = Results()
    with tempfile.TemporaryDirectory() as tmp:
        try:
            _run(sections, results, runs, sizes, Path(tmp))
        finally:
            shutil.rmtree(_HOME, ignore_errors=True)

    width = max(len(k) for k in results.median)
    print(
        f"Release Drafter benchmarks — {platform.node()} ({platform.machine()}, {os.cpu_count()} cores), "
        f"Python {platform.python_version()}, {date.today()}; median of {runs} (lowest – highest)"
    )
    for key, value in results.median.items():
        low, high = results.spread.get(key, (value, value))
        spread = f"({low:.2f} – {high:.2f})" if high != low else ""
        print(f"  {key:<{width}}  {value:>10.2f}  {spread}")
    Path(args.json).write_text(
        json.dumps(
            {
                "date": str(date.today()),
                "machine": f"{platform.node()} ({platform.machine()}, {os.cpu_count()} cores)",
                "runs": runs,
                "results": results.median,
                "spread": results.spread,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
