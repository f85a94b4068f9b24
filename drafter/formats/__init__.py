"""Reading and writing releases by file type: the native JSON, plain text and DOCX.

The DOCX modules (python-docx, lxml) are imported only when a .docx is read or written, so the
plain-text commands and the program's start do not pay for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from drafter import storage
from drafter.errors import InputError, SaveError
from drafter.formats.plaintext import Imported, merge_pair, read_text_file, write_text_file
from drafter.l10n import tr
from drafter.model import Release, Term

if TYPE_CHECKING:
    from drafter.formats.docx_ooxml import DocxFonts

__all__ = ["DOCX_LAYOUTS", "TEXT_LAYOUTS", "Imported", "read_pair", "read_release", "write_export"]

TEXT_LAYOUTS = ("ko", "en", "bilingual")
DOCX_LAYOUTS = ("ko", "en", "bilingual", "review")


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".json"):
        return "json"
    if name.endswith((".docx", ".doc", ".hwp", ".hwpx", ".odt", ".pdf")):
        return name.rsplit(".", 1)[1]
    return "text"


def _read_single(path: Path, lang: str | None = None) -> Imported:
    kind = _kind(path)
    if kind == "text":
        return read_text_file(path, lang)
    if kind == "docx":
        from drafter.formats.docx_reader import read_docx

        return read_docx(path, lang)
    raise InputError(
        tr(
            "Files of type .{ext} cannot be read; save the document as DOCX (.docx) or plain text (.txt) "
            "and open that.",
            ext=kind,
        ),
        path,
    )


def read_release(path: str | Path) -> Imported:
    """A release from a `.release.json`, a DOCX draft or export, or text in the published layout."""
    p = Path(path)
    if _kind(p) == "json":
        return Imported(storage.load(p))
    return _read_single(p)


def read_pair(ko_path: str | Path, en_path: str | Path) -> Imported:
    """A release from a Korean and an English file (text or DOCX); metadata from the Korean one first."""
    return merge_pair(_read_single(Path(ko_path), "ko"), _read_single(Path(en_path), "en"))


def write_export(
    release: Release,
    path: str | Path,
    layout: str = "bilingual",
    fonts: DocxFonts | None = None,
    user_terms: tuple[Term, ...] = (),
) -> None:
    """Write `release` to `path` by its type: .release.json, .docx (any layout) or text (not `review`).

    `fonts` sets the DOCX faces (default: DocxFonts()); the review layout checks with the user's
    glossary `user_terms` too. The file is written whole or not at all.
    """
    p = Path(path)
    kind = _kind(p)
    if p.name.lower().endswith(".json"):
        storage.save(release, p)
    elif kind == "docx":
        if layout not in DOCX_LAYOUTS:
            raise SaveError(tr("Unknown layout {layout}.", layout=layout), p)
        from drafter.formats.docx_writer import write_docx
        from drafter.parity import check

        write_docx(release, p, layout, fonts, check(release, user_terms) if layout == "review" else None)
    elif kind != "text":
        raise SaveError(tr("Export to .{ext} is not available; export to .docx or .txt.", ext=kind), p)
    elif layout not in TEXT_LAYOUTS:
        raise SaveError(tr("The {layout} layout exists for DOCX only.", layout=layout), p)
    else:
        write_text_file(release, p, layout)
