"""Render the icon's PNG sizes and the Windows .ico from release-drafter.svg:
`QT_QPA_PLATFORM=offscreen python resources/icons/make_icons.py` (run again after changing the SVG)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico holding each size as PNG (Windows Vista and later read PNG entries)."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = len(head) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return head + entries + blobs


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841 — painting needs the application
    renderer = QSvgRenderer(str(HERE / "release-drafter.svg"))
    images = {size: render(renderer, size) for size in SIZES}
    for size, png in images.items():
        (HERE / f"release-drafter-{size}.png").write_bytes(png)
    (HERE / "release-drafter.ico").write_bytes(ico(images))


if __name__ == "__main__":
    main()
