"""Pictures in an HWPX document: the house style's logo in the cover row, with its alternative text.

The image is read as every export reads a logo (styles.read_picture: a size limit, PNG, GIF or JPEG) and
measured from its own header, so that it keeps its proportions in the box it is given; a file that is not
such a picture is left out, and the cell holds the words it stands for instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.styles import image_format, image_size, read_picture


@dataclass(frozen=True)
class Picture:
    data: bytes
    kind: str
    width: int  # HWPUNIT, as placed
    height: int


def fit_picture(path: Path, room: int, max_height: int) -> Picture | None:
    """The image at `path` as large as it fits `room` wide and `max_height` high, keeping its proportions;
    None when the file is not a readable picture (the cell holds the words it stands for instead)."""
    data = read_picture(path)  # at most the size and pixels every format allows, a PNG, GIF or JPEG
    if data is None:
        return None
    kind, size = image_format(data), image_size(data)
    assert size is not None  # read_picture measured it
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
