"""The user's data folder, without Qt: the command line finds what the window keeps there (the
translation memory, the user's house styles) in the same place as drafter/gui/folders.py."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APPLICATION = "Release Drafter"


def data_folder() -> Path:
    """`~/.local/share/Release Drafter` on Linux, `%APPDATA%\\Release Drafter` on Windows,
    `~/Library/Application Support/Release Drafter` on macOS (not made here)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APPLICATION


def user_styles() -> Path:
    """Where the user's own house styles are looked for (before the shipped ones)."""
    return data_folder() / "styles"
