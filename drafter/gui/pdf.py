"""PDF export through Qt: the release's pages (drafter.gui.pages) drawn on a QPdfWriter, fonts embedded.

The registry (drafter.formats) names `write_export` as the writer of .pdf. It runs in the window and
on the command line alike: without a QGuiApplication (the command line, a display or not) it starts
one on the offscreen platform, which needs no display and still finds the machine's fonts.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from drafter import styles
from drafter.errors import SaveError
from drafter.formats import ExportOptions
from drafter.formats.layout import Section, sections
from drafter.gui.faces import korean_installed
from drafter.gui.pages import Typesetter, has_hangul
from drafter.l10n import tr
from drafter.model import Release
from drafter.storage import atomic_write

RESOLUTION = 1200  # dots per inch the pages are laid out in: fine enough that no rounding shows
_app: QGuiApplication | None = None  # kept: the application lives as long as the process
_TEXT_MAP = re.compile(rb"/ToUnicode (\d+) 0 R")
_CONTROL_TARGET = re.compile(rb"<00(?:0[1-9A-F]|1[0-9A-F])>")


def ensure_application() -> None:
    """An application for the fonts and the painter: the running one, or an offscreen one of our own (a
    QApplication, so that a window or a test made later in the same process still finds the right kind)."""
    global _app
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        _app = QApplication(["drafter", "-platform", "offscreen"])


def page_layout(style: styles.HouseStyle) -> QPageLayout:
    """The style's paper without margins: the pages place everything themselves."""
    size = QPageSize(QSizeF(*style.page_mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def check_fonts(parts: list[Section], path: Path | None = None) -> None:
    """Korean text needs a face that has Hangul; without one the pages would show empty boxes."""
    if has_hangul(parts) and not korean_installed():
        raise SaveError(
            tr(
                "No Korean font is installed, so the Korean text cannot be drawn. Install NanumMyeongjo and "
                "NanumGothic (Debian: fonts-nanum) or Noto CJK (fonts-noto-cjk) and export again."
            ),
            path,
        )


def pdf_bytes(release: Release, layout: str, style: styles.HouseStyle, path: Path | None = None) -> bytes:
    """The PDF of `release` in `layout` ("ko", "en", "bilingual")."""
    ensure_application()
    parts = sections(release, layout, style)
    check_fonts(parts, path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(style))
    writer.setCreator("Release Drafter")
    main = release.version(parts[0].lang if parts else "ko")
    writer.setTitle(main.title)
    painter = QPainter()
    if not painter.begin(writer):
        raise SaveError(tr("The PDF could not be started; nothing was written."), path)
    try:
        Typesetter(writer).paint(painter, parts)
    finally:
        painter.end()
    buffer.close()
    return spaces_as_spaces(bytes(data.data()))


def spaces_as_spaces(pdf: bytes) -> bytes:
    """The PDF with its text maps saying "space" where they said a control character.

    Qt writes, for each glyph, the lowest character the face maps to it into the PDF's text map
    (ToUnicode). NanumGothic maps U+0001 to U+0004 to its space glyph, so the text copied or searched
    in the PDF would have U+0001 for every space. Qt writes these maps uncompressed, and "<0001>" and
    "<0020>" are the same length: replaced in place, every offset of the file stays right.
    """
    out = bytearray(pdf)
    for ref in dict.fromkeys(_TEXT_MAP.findall(pdf)):
        head = re.search(rb"(?:^|\n)" + ref + rb" 0 obj\s*<<\s*/Length (\d+)\s*>>\s*stream\r?\n", pdf)
        if head is None:  # a compressed or otherwise unexpected map: left as it is
            continue
        start, end = head.end(), head.end() + int(head[1])
        stream = pdf[start:end]
        # only the targets, in the [ … ] lists of bfrange and after the code of a bfchar line
        fixed = re.sub(rb"\[[^\]]*\]", lambda m: _CONTROL_TARGET.sub(b"<0020>", m[0]), stream)
        fixed = re.sub(rb"(?m)^(<[0-9A-F]{4}> )(<00(?:0[1-9A-F]|1[0-9A-F])>)$", rb"\1<0020>", fixed)
        out[start:end] = fixed
    return bytes(out)


def write_export(release: Release, path: Path, layout: str, options: ExportOptions) -> None:
    """The registry's writer: the whole PDF is made in memory, then written all or nothing."""
    data = pdf_bytes(release, layout, (options or ExportOptions()).house_style(release), Path(path))
    with atomic_write(path) as fh:
        fh.write(data)
