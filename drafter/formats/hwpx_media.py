"""Pictures in an HWPX document: the house style's logo in the cover row, with its alternative text.

The image is read with a size limit and measured from its own header (PNG, GIF, JPEG), so that it
keeps its proportions in the box it is given; a file that is not a picture of these kinds is left
out, and the cell holds the words it stands for instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.errors import InputError
from drafter.storage import read_bytes

MAX_IMAGE_BYTES = 8 * 1024 * 1024
_FORMATS = {b"\x89PNG\r\n\x1a\n": "png", b"GIF87a": "gif", b"GIF89a": "gif", b"\xff\xd8\xff": "jpg"}


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) in pixels from a PNG, GIF or JPEG header, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
    if data.startswith(b"\xff\xd8"):
        at = 2
        while at + 9 < len(data) and data[at] == 0xFF:  # segment by segment to a start-of-frame marker
            marker, length = data[at + 1], int.from_bytes(data[at + 2 : at + 4], "big")
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                return int.from_bytes(data[at + 7 : at + 9], "big"), int.from_bytes(data[at + 5 : at + 7], "big")
            if length < 2:
                return None
            at += 2 + length
    return None


def image_format(data: bytes) -> str:
    return next((kind for magic, kind in _FORMATS.items() if data.startswith(magic)), "")


@dataclass(frozen=True)
class Picture:
    data: bytes
    kind: str
    width: int  # HWPUNIT, as placed
    height: int


def fit_picture(path: Path, room: int, max_height: int) -> Picture | None:
    """The image at `path` as large as it fits `room` wide and `max_height` high, keeping its proportions;
    None when the file is not a readable picture (the cell holds the words it stands for instead)."""
    try:
        data = read_bytes(path, MAX_IMAGE_BYTES)
    except InputError:
        return None
    kind, size = image_format(data), image_size(data)
    if not kind or not size or min(size) <= 0:
        return None
    width = min(max(room, 1000), round(max_height * size[0] / size[1]))
    return Picture(data, kind, width, max(round(width * size[1] / size[0]), 1))


def place_picture(doc: Any, paragraph: Any, picture: Picture, alt: str) -> None:
    """`picture` in `paragraph`, set as a character, with `alt` as its description (hp:shapeComment, what
    한글 shows as the object's description)."""
    item = doc.media.add_image(picture.data, picture.kind)
    placed = paragraph.add_picture(str(item), width=picture.width, height=picture.height)
    element = getattr(placed, "element", None)
    if element is not None and alt:
        comment = next((child for child in element if str(child.tag).endswith("}shapeComment")), None)
        if comment is not None:
            comment.text = alt
