"""Release Drafter: draft a press release in Korean and English side by side."""

from __future__ import annotations

import json
from pathlib import Path

# The one place the version is written: pyproject.toml reads it from here, and so does packaging/build.py.
__version__ = "0.1.0"

# The source tree's resources/ (run from a checkout or an editable install), else the copy an installed
# wheel carries inside the package (a packaged build keeps it beside the package, as the source tree does).
_HERE = Path(__file__).resolve().parent
RESOURCES = _HERE.parent / "resources" if (_HERE.parent / "resources" / "glossary").is_dir() else _HERE / "resources"
BUILD_INFO = RESOURCES / "build.json"  # written by packaging/build.py into the build's copy only


def build() -> str:
    """How a packaged build was made ("a1b2c3d, 2026-12-07": the git commit and the day of the build);
    empty when the program runs from its source."""
    try:
        info = json.loads(BUILD_INFO.read_text(encoding="utf-8"))
        return f"{info['commit']}, {info['date']}"
    except (OSError, ValueError, KeyError, TypeError):
        return ""
