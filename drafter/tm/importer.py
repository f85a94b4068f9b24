"""Filling the memory: past releases in bulk (a folder of .release.json, .txt, .docx, .hwpx) and TMX files."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from drafter.errors import DrafterError, InputError
from drafter.l10n import tr
from drafter.model import Release
from drafter.tm.segment import segments
from drafter.tm.store import Memory

RELEASE_SUFFIXES = (".release.json", ".txt", ".docx", ".hwpx")
TMX_SUFFIX = ".tmx"
_BATCH = 50  # releases per transaction: fast, and a crash loses at most one batch


@dataclass
class Report:
    files: int = 0
    new_pairs: int = 0
    problems: list[DrafterError] = field(default_factory=list)


def files_in(paths: Iterable[str | Path]) -> list[Path]:
    """The release and TMX files named, and those inside the folders named (recursively, sorted)."""
    found: list[Path] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.is_file() and _wanted(f)))
        else:
            found.append(p)  # a file named outright is read whatever its name: its reader says what is wrong
    return found


def _wanted(path: Path) -> bool:
    name = path.name.lower()
    return not name.startswith(".") and name.endswith((*RELEASE_SUFFIXES, TMX_SUFFIX))


def used_on(release: Release, path: Path) -> str:
    """When a release's pairs were used: its release date, else the file's date."""
    if release.meta.release_date:
        return release.meta.release_date.isoformat()
    try:
        return date.fromtimestamp(path.stat().st_mtime).isoformat()
    except OSError:
        return date.today().isoformat()


def remember(memory: Memory, release: Release, source: str, on: str | None = None) -> int:
    """Add a release's pairs (approved ones marked); return how many are new. Used when the user saves."""
    return memory.add(segments(release), source, on or (release.meta.release_date or date.today()).isoformat())


def import_paths(
    memory: Memory, paths: Iterable[str | Path], progress: Callable[[int, int], None] | None = None
) -> Report:
    """Import every file named or found in the folders named; a file that cannot be read is reported, not fatal."""
    from drafter.formats import read_release
    from drafter.tm import tmx

    report = Report()
    files = files_in(paths)
    batch: list[tuple] = []  # type: ignore[type-arg]

    def flush() -> None:
        if batch:
            report.new_pairs += memory.add_uses(batch)
            batch.clear()

    for n, path in enumerate(files, 1):
        try:
            if path.name.lower().endswith(TMX_SUFFIX):
                flush()
                report.new_pairs += tmx.import_file(memory, path)
            else:
                release = read_release(path).release
                if release.ko.is_empty() or release.en.is_empty():
                    raise InputError(tr("The release has no Korean or no English version: nothing to remember."), path)
                on = used_on(release, path)
                source = str(path.resolve())
                batch.extend((seg, source, on) for seg in segments(release))
                if n % _BATCH == 0:
                    flush()
            report.files += 1
        except DrafterError as error:
            report.problems.append(error)
        if progress is not None:
            progress(n, len(files))
    flush()
    return report
