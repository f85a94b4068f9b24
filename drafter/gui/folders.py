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

from PySide6.QtCore import QCoreApplication, QStandardPaths

from drafter import safety
from drafter.gui.i18n import APPLICATION, ORGANISATION


def data_folder() -> Path:
    """The user's data folder for Release Drafter, made if missing."""
    # Qt appends the organisation and application names to the platform's folder: take them off again, so
    # that the folder is the same whatever names the running QApplication has.
    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    for name in (QCoreApplication.applicationName(), QCoreApplication.organizationName()):
        if name and base.name == name:
            base = base.parent
    folder = base / APPLICATION
    folder.mkdir(parents=True, exist_ok=True)
    _move_old_folder(base / ORGANISATION / APPLICATION, folder)
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
