"""Release Drafter: draft a press release in Korean and English side by side."""

from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

# The source tree's resources/ (run from a checkout or an editable install), else the copy an installed
# wheel carries inside the package.
_HERE = Path(__file__).resolve().parent
RESOURCES = _HERE.parent / "resources" if (_HERE.parent / "resources" / "glossary").is_dir() else _HERE / "resources"
