"""The user's data folder: recovery copies, crash log, My glossary, the personal word list.

`~/.local/share/Release Drafter` on Linux, `%APPDATA%\\Release Drafter` on Windows,
`~/Library/Application Support/Release Drafter` on macOS. Versions up to 0.1 used
`…/Release Drafter/Release Drafter` (Qt's organisation and application name, both "Release Drafter");
what they left there is moved here on start, so that a recovery copy or My glossary is still found.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from drafter import paths, safety
from drafter.gui.i18n import ORGANISATION


def data_folder() -> Path:
    """The user's data folder for Release Drafter (drafter.paths, which the command line uses too), made if
    missing; what older versions left in Qt's `…/Release Drafter/Release Drafter` is moved into it."""
    folder = paths.data_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # not writable: the window still opens, and whatever needs the folder says why it failed
        return folder
    _move_old_folder(folder / ORGANISATION, folder)
    return folder


def _move_old_folder(old: Path, folder: Path) -> None:
    """Move what an older version left in `old` to `folder`: files not there yet, and the recovery
    copies of sessions that have ended (a running older version keeps writing its own)."""
    if not old.is_dir():
        return
    with contextlib.suppress(OSError):
        for item in old.iterdir():
            if item.is_file() and not (folder / item.name).exists():
                shutil.move(item, folder / item.name)
        recovery = old / "recovery"
        if recovery.is_dir():
            (folder / "recovery").mkdir(exist_ok=True)
            for copy in safety.find_recovery(recovery):
                if not (folder / "recovery" / copy.file.name).exists():
                    shutil.move(copy.file, folder / "recovery" / copy.file.name)
            with contextlib.suppress(OSError):
                recovery.rmdir()  # only when empty
        old.rmdir()
