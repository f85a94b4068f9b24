"""Draw the shipped styles' logos: `QT_QPA_PLATFORM=offscreen python resources/styles/logos/make_logos.py`.

These are plain name plates, not the agencies' emblems (an office puts its own logo file in its style).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

HERE = Path(__file__).resolve().parent
PLATES = {"pps": ("조달청", "Public Procurement Service", "#00539B"), "mofa": ("외교부", "Ministry of Foreign Affairs", "#002B5C")}


def plate(korean: str, english: str, colour: str) -> QImage:
    image = QImage(720, 200, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour), 10))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(20, 20, 160, 160))
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(70, 70, 60, 60))
    painter.setPen(QColor(colour))
    painter.setFont(QFont("NanumGothic", 60, QFont.Weight.Bold))
    painter.drawText(QRectF(210, 10, 500, 120), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, korean)
    painter.setFont(QFont("NanumGothic", 20))
    painter.drawText(QRectF(212, 120, 500, 60), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, english)
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841 — fonts need the application
    for name, (korean, english, colour) in PLATES.items():
        plate(korean, english, colour).save(str(HERE / f"{name}.png"))


if __name__ == "__main__":
    main()
