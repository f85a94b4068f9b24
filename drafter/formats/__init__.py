"""Reading and writing releases by file type: the native JSON, plain text (DOCX to come)."""

from __future__ import annotations

from pathlib import Path

from drafter import storage
from drafter.errors import InputError, SaveError
from drafter.formats.plaintext import Imported, read_text_file, read_text_pair, write_text_file
from drafter.l10n import tr
from drafter.model import Release

__all__ = ["Imported", "read_pair", "read_release", "write_export"]

TEXT_LAYOUTS = ("ko", "en", "bilingual")


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".json"):
        return "json"
    if name.endswith((".docx", ".doc", ".hwp", ".hwpx", ".odt", ".pdf")):
        return name.rsplit(".", 1)[1]
    return "text"


def read_release(path: str | Path) -> Imported:
    """A release from a `.release.json`, or from text in the published layout."""
    p = Path(path)
    kind = _kind(p)
    if kind == "json":
        return Imported(storage.load(p))
    if kind == "text":
        return read_text_file(p)
    raise InputError(
        tr("Files of type .{ext} cannot be read yet; save the document as plain text (.txt) and open that.", ext=kind),
        p,
    )


def read_pair(ko_path: str | Path, en_path: str | Path) -> Imported:
    return read_text_pair(ko_path, en_path)


def write_export(release: Release, path: str | Path, layout: str = "bilingual") -> None:
    p = Path(path)
    if p.name.lower().endswith(".json"):
        storage.save(release, p)
    elif _kind(p) != "text":
        raise SaveError(tr("Export to .{ext} is not available yet; export to .txt.", ext=_kind(p)), p)
    elif layout not in TEXT_LAYOUTS:
        raise SaveError(tr("The {layout} layout exists for DOCX only.", layout=layout), p)
    else:
        write_text_file(release, p, layout)
