"""Every file type a release is read from or written to, registered once: the command line, the window's
Open and Export menus, drag and drop and the tests all go through `FORMATS`.

A format names the functions that read and write it as "module:function", imported when first used:
the plain-text commands and the program's start do not pay for python-docx, python-hwpx or Qt's
printing, and the core never imports the window (PDF is drawn by Qt, in drafter/gui/pdf.py).

    read(path, lang) -> Imported           lang: "ko"/"en" for a single-language file, or None
    write(release, path, layout, options)  written whole or not at all
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter import storage
from drafter.errors import InputError, SaveError
from drafter.formats.plaintext import Imported, merge_pair
from drafter.l10n import Message, tr
from drafter.model import Release, Term

if TYPE_CHECKING:
    from drafter.parity.plain_words import PlainWord
    from drafter.styles import HouseStyle

__all__ = ["FORMATS", "ExportOptions", "Format", "Imported", "format_for", "read_pair", "read_release", "write_export"]


@dataclass(frozen=True)
class ExportOptions:
    style: str = ""  # a house style's name or file; "": the release's own
    user_terms: tuple[Term, ...] = ()  # the user's glossary, for the review layout's check
    plain_words: tuple[PlainWord, ...] | None = ()  # the user's plain-Korean words for it; None: not checked
    user_styles: Path | None = None  # the user's folder of house styles

    def house_style(self, release: Release) -> HouseStyle:
        """The house style an export uses: the one asked for (a name, or a file on the command line), else the
        one the release names (a name only: a release file never chooses a file elsewhere on disk)."""
        from drafter.styles import load

        if self.style:
            return load(self.style, self.user_styles, files=True)
        return load(release.meta.style, self.user_styles)


@dataclass(frozen=True)
class Format:
    suffixes: tuple[str, ...]  # lower case, with the dot; the first is the one written
    name: Message
    reader: str = ""  # "module:function"; "" when the format cannot be read
    writer: str = ""
    layouts: tuple[str, ...] = ()
    refusal: Message | None = None  # what to say of a file of this type that cannot be read

    def read(self, path: Path, lang: str | None = None) -> Imported:
        return _function(self.reader)(path, lang)

    def write(self, release: Release, path: Path, layout: str, options: ExportOptions) -> None:
        try:
            writer = _function(self.writer)
        except ModuleNotFoundError as exc:  # a library the format is drawn with (Qt for PDF) is not installed
            if not exc.name or exc.name.startswith("drafter"):
                raise
            raise SaveError(
                tr(
                    "Export to {name} needs {module}, which is not installed; install the program with the "
                    "command in README.md.",
                    name=self.name,
                    module=exc.name.partition(".")[0],
                ),
                path,
            ) from exc
        writer(release, path, layout, options)


def _function(target: str) -> Callable[..., Any]:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


_DOCUMENT = ("ko", "en", "bilingual")
FORMATS: list[Format] = [
    Format(
        (".release.json", ".json"),
        tr("Release Drafter release"),
        "drafter.formats:_read_native",
        "drafter.formats:_write_native",
        ("bilingual",),
    ),
    Format(
        (".txt", ".text"),
        tr("Plain text"),
        "drafter.formats.plaintext:read_text_file",
        "drafter.formats:_write_text",
        _DOCUMENT,
    ),
    Format(
        (".docx",),
        tr("Word document"),
        "drafter.formats.docx_reader:read_docx",
        "drafter.formats.docx_writer:write_export",
        (*_DOCUMENT, "review"),
    ),
    Format(
        (".hwpx",),
        tr("HWPX document (Hangul)"),
        "drafter.formats.hwpx_reader:read_hwpx",
        "drafter.formats.hwpx_writer:write_export",
        _DOCUMENT,
    ),
    Format(
        (".pdf",),
        tr("PDF document"),
        "",
        "drafter.gui.pdf:write_export",
        _DOCUMENT,
        tr("A PDF cannot be read back; open the release, or a DOCX or text export of it."),
    ),
]
_UNREADABLE = {
    ".doc": tr("Files of type .doc (Word 97–2003) cannot be read; save the document in Word as .docx and open that."),
    ".hwp": tr("Files of type .hwp (HWP 5) cannot be read; save the document in 한글 as HWPX (.hwpx) and open that."),
    ".odt": tr("Files of type .odt cannot be read; save the document as DOCX (.docx) or plain text (.txt)."),
}


def format_for(path: str | Path) -> Format | None:
    name = Path(path).name.lower()
    return next((f for f in FORMATS if name.endswith(f.suffixes)), None)


def readable() -> list[Format]:
    return [f for f in FORMATS if f.reader]


def writable() -> list[Format]:
    return [f for f in FORMATS if f.writer]


def _read_native(path: Path, _lang: str | None = None) -> Imported:
    return Imported(storage.load(path))


def _write_native(release: Release, path: Path, _layout: str, _options: ExportOptions) -> None:
    storage.save(release, path)


def _write_text(release: Release, path: Path, layout: str, options: ExportOptions) -> None:
    from drafter.formats.plaintext import write_text_file

    write_text_file(release, path, layout, options.house_style(release))


def _read_single(path: Path, lang: str | None = None) -> Imported:
    fmt = format_for(path)
    if fmt is None:
        suffix = path.suffix.lower()
        if suffix in _UNREADABLE:
            raise InputError(_UNREADABLE[suffix], path)
        fmt = FORMATS[1]  # anything else is read as text: its bytes say whether it is
    if not fmt.reader:
        raise InputError(fmt.refusal or tr("Files of this type cannot be read."), path)
    return fmt.read(path, lang)


def read_release(path: str | Path) -> Imported:
    """A release from any readable file: the native JSON, text in the published layout, DOCX …"""
    return _read_single(Path(path))


def read_pair(ko_path: str | Path, en_path: str | Path) -> Imported:
    """A release from a Korean and an English file; the release date from the Korean one first."""
    for path in (ko_path, en_path):
        if format_for(path) is FORMATS[0]:
            raise InputError(tr("--ko and --en take text or documents, not a release file."), path)
    return merge_pair(_read_single(Path(ko_path), "ko"), _read_single(Path(en_path), "en"))


def write_export(
    release: Release, path: str | Path, layout: str = "bilingual", options: ExportOptions | None = None
) -> None:
    """Write `release` to `path` in the format its name says, in `layout`."""
    p = Path(path)
    storage.output_target(p)  # a folder, device or pipe is refused before anything else is said of it
    fmt = format_for(p)
    if fmt is None or not fmt.writer:
        names = ", ".join(f.suffixes[0] for f in writable())
        raise SaveError(tr("Export to this file type is not available; export to {names}.", names=names), p)
    if layout not in fmt.layouts and fmt is not FORMATS[0]:
        having = ", ".join(f.suffixes[0] for f in writable() if layout in f.layouts)
        raise SaveError(
            tr(
                "The {layout} layout is not available for {name}; it is for {having}.",
                layout=layout,
                name=fmt.name,
                having=having,
            )
            if having
            else tr("Unknown layout {layout}.", layout=layout),
            p,
        )
    fmt.write(release, p, layout, options or ExportOptions())
