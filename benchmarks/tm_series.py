"""How well the memory serves a recurring release: `python -m benchmarks.tm_series`.

For each series in tests/tm/data (12 monthly statistics releases, 6 designation rounds) and each
release N from the second on, a memory is built from releases 1…N−1 and asked about every
sentence of release N (and every title, subtitle line, note and contact line) whose form (its
Korean with the facts taken out) an earlier release used. A hit is a first suggestion that is
exact or adapted and equals release N's own English. Every adapted suggestion offered, for these
and for the whole paragraphs, is run through the checker: none may be flagged.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERIES = ROOT / "tests" / "tm" / "data"


@dataclass
class Result:
    shared: int = 0  # sentences whose form an earlier release used
    hits: int = 0  # of those: the first suggestion is exact or adapted and equals the release's English
    offered_adapted: int = 0
    flagged: list[tuple[str, str]] = field(default_factory=list)  # (Korean, adapted English) the checker flags
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (Korean, expected, first suggestion)

    @property
    def rate(self) -> float:
        return self.hits / self.shared if self.shared else 0.0


def evaluate(folder: Path, result: Result | None = None) -> Result:
    from drafter.formats import read_release
    from drafter.sentences import sentences
    from drafter.tm.adapt import flagged
    from drafter.tm.importer import remember
    from drafter.tm.keys import normalise, skeleton
    from drafter.tm.segment import segments
    from drafter.tm.store import Memory
    from drafter.tm.suggest import for_paragraph, matches, usable

    result = result or Result()
    files = sorted(folder.glob("*.txt"))
    releases = [read_release(f).release for f in files]
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(1, len(releases)):
            with Memory.open(Path(tmp) / f"m{n}.sqlite3") as memory:
                for earlier, path in zip(releases[:n], files[:n], strict=True):
                    remember(memory, earlier, str(path))
                target = releases[n]
                year = target.meta.release_date.year if target.meta.release_date else None
                for seg in segments(target):
                    offered = for_paragraph(memory, seg.ko, 3, year)
                    for s in offered:
                        if s.adapted:
                            result.offered_adapted += 1
                            if flagged(s.ko, s.en):
                                result.flagged.append((s.ko, s.en))
                    if seg.kind == "paragraph" and len(sentences(seg.ko, "ko")) > 1:
                        continue
                    if not memory.same_form(skeleton(normalise(seg.ko)), 1):
                        continue
                    result.shared += 1
                    first = next(iter(matches(memory, seg.ko, 3, year)), None)
                    if first is not None and usable(first) and first.en == normalise(seg.en):
                        result.hits += 1
                    else:
                        result.misses.append((seg.ko, seg.en, first.en if first else ""))
    return result


def main() -> None:
    for folder in sorted(p for p in SERIES.iterdir() if p.is_dir() and any(p.glob("*.txt"))):
        r = evaluate(folder)
        print(
            f"{folder.name}: {r.hits} of {r.shared} sentences of an earlier form answered with their own English "
            f"({r.rate:.0%}); {r.offered_adapted} adapted suggestions offered, {len(r.flagged)} flagged by the checker"
        )
        for ko, expected, got in r.misses:
            print(f"  miss: {ko}\n    want: {expected}\n    got:  {got}")


if __name__ == "__main__":
    main()
