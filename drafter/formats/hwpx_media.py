"""Pictures in an HWPX document: the house style's logo in the cover row, with its alternative text.

The image is read as every export reads a logo (styles.read_picture: a size limit, PNG, GIF or JPEG) and
measured from its own header, so that it keeps its proportions in the box it is given; a file that is not
such a picture is left out, and the cell holds the words it stands for instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter.styles import image_format, image_size, read_picture

LOGO_HEIGHT = 4250  # HWPUNIT: 15 mm, the cover row's height
CELL_PADDING = 1020  # HWPUNIT: the cell's inner margins, left and right together


def picture(doc: Any, paragraph: Any, path: Path, alt: str, cell_width: int) -> bool:
    """The image at `path` in `paragraph`, at most the cell's width and the cover row's height, with `alt`
    as its description (hp:shapeComment, what 한글 shows as the object's description); False when the file
    is not a readable picture (the caller writes `alt` instead)."""
    data = read_picture(path)
    if data is None:
        return False
    kind, size = image_format(data), image_size(data)
    assert size is not None  # read_picture measured it
    box_width = max(cell_width - CELL_PADDING, 1000)
    width = min(box_width, round(LOGO_HEIGHT * size[0] / size[1]))
    height = max(round(width * size[1] / size[0]), 1)
    item = doc.media.add_image(data, kind)
    picture = paragraph.add_picture(str(item), width=width, height=height)
    element = getattr(picture, "element", None)
    if element is not None and alt:
        comment = next((child for child in element if str(child.tag).endswith("}shapeComment")), None)
        if comment is not None:
            comment.text = alt
    return True
