"""How much room text takes in 한글: the width of a level's symbol and its space, the lines of a cell.

A table of an HWPX file declares the height of every cell, and viewers other than 한글 draw the cell
exactly that high (rhwp drew ours, 282 HWPUNIT, as a 1 mm strip of overprinted text); 한글 grows a cell
that is too low, so a file that depends on that is fragile. The heights here are the content's, as 한글
lays it out: python-hwpx's measurement (hwpx.form_fit), calibrated against 한글's own layout caches,
gives the glyph advances of 한글's faces and where 한글 breaks a line; a line is as tall as its characters,
and the line spacing in percent adds to every line but the last of a cell (한글's own rule, in its layout
unit of 1/1800 inch). All lengths are HWPUNIT (1/7200 inch, 100 to the point).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hwpx.form_fit import TextStyle, estimate_text_width, hancom_line_starts

PT = 100  # HWPUNIT in a point
MM = 7200 / 25.4


@dataclass(frozen=True)
class Face:
    """The faces a run is set in: the Korean face for Hangul, `latin` for Latin letters and digits."""

    korean: str
    latin: str
    bold: bool = False

    def style(self) -> TextStyle:
        return TextStyle(hangul_face=self.korean, glyph_face=self.latin, latin_face=self.latin, bold=self.bold)


def width(text: str, size: float, face: Face) -> int:
    """The width of `text` on one line at `size` points, rounded up."""
    return -int(-estimate_text_width(text, size, face.style()) // 1)


def lines(text: str, room: int, size: float, face: Face) -> int:
    """How many lines `text` takes in a column `room` wide (at least one)."""
    if not text.strip():
        return 1
    return len(hancom_line_starts(text, [float(max(room, PT))], size, face.style()))


def pitch(size: float, spacing: int) -> int:
    """The distance from one line's top to the next line's top at `spacing` percent."""
    height = round(size * PT)
    extra = (height // 4) * (spacing - 100) / 100
    return height + 4 * int(abs(extra) + 0.5) * (1 if extra >= 0 else -1)


@dataclass(frozen=True)
class Text:
    """One paragraph of a cell."""

    text: str
    size: float
    face: Face
    spacing: int


def text_height(paragraphs: Sequence[Text], room: int) -> int:
    """The height of a cell's paragraphs in a column `room` wide: every line's pitch, but the last line
    only as tall as its characters."""
    if not paragraphs:
        return 0
    total = sum(lines(p.text, room, p.size, p.face) * pitch(p.size, p.spacing) for p in paragraphs)
    last = paragraphs[-1]
    return total - pitch(last.size, last.spacing) + round(last.size * PT)
