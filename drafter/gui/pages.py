"""A release's pages drawn with QPainter from the layout model (drafter.formats.layout): PDF and print.

Each block of a section becomes slices (a paragraph's lines, a table's rows) measured on the paint
device; the slices go onto pages top to bottom, a slice that does not fit starting the next page, and
slices glued together (a title and what follows it, a paragraph and its notes, the first and the last
two lines of a paragraph, a contact table) moving there as one. Every language starts a new page and
numbers its pages "- 1 -" at the bottom centre.

Our own layout rather than a QTextDocument: the gaps between levels are points of their own, not
margins; keeping with the next paragraph, a table's merged department cell and the page numbers of each
language are ours to place; and a hanging indent is simply where the wrapped lines start.
Lengths are in device units (`k` per point) of the device the pages are for: a QPdfWriter or a QPrinter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from drafter.formats.layout import (
    HANGUL,
    LOGO_HEIGHT_MM,
    NB_HYPHEN,
    Cell,
    Para,
    Section,
    Table,
    cell_font,
    line_spacing,
    page_margins_mm,
)
from drafter.gui.faces import font
from drafter.styles import LanguageStyle, read_picture

PT_PER_MM = 72 / 25.4
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
    "justify": Qt.AlignmentFlag.AlignJustify,
}
# Which face and size of the style each paragraph role is set in.
_FACE = {
    "title": "title",
    "subtitle": "subtitle",
    "note": "note",
    "footnote": "note",
    "head": "head",
}
_GAP_BEFORE_TABLE = {"cover": 0.0, "release": 4.0, "title": 10.0, "contact": 16.0}  # points
_WEEKDAY = re.compile(r"(?<=\d\.)(?=\([월화수목금토일]\))")


def qt_text(text: str) -> str:
    """`text` as Qt's line breaker is handed it. Qt keeps a Korean word (어절) together by itself (its
    Hangul tailoring of the Unicode line breaking rules), and a number with its unit (NU × AL, NU × PO)
    and a phone number (HY × NU); the layout's no-break spaces hold the rest, but for a date's "15.(일)",
    where Qt would break before the bracket: a word joiner there, which Qt draws as nothing and leaves out
    of the PDF's text. No-break hyphens become hyphens: Korean faces lack the glyph, and one drawn from a
    fallback face would look different and come back from the PDF as U+2011."""
    return _WEEKDAY.sub("\u2060", text.replace(NB_HYPHEN, "-").replace("\n", "\u2028"))


@dataclass
class Slice:
    """What is placed on a page as one: a line of a paragraph, a row of a table."""

    height: float
    draw: Callable[[QPainter, float, float], None]  # painter, left, top
    gap: float = 0.0  # blank above it, dropped at the top of a page
    glued: bool = False  # stays on the page of the slice after it


@dataclass
class Page:
    number: int  # within its language
    placed: list[tuple[Slice, float]] = field(default_factory=list)  # slice, top


@dataclass
class Sheet:
    """A section's page: size and text area, in device units."""

    width: float
    height: float
    left: float
    top: float
    text_width: float
    text_bottom: float
    number_top: float


class Typesetter:
    """Lays sections out on the pages of `device`, and paints them."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self.k = device.logicalDpiY() / 72.0

    # -- pages ------------------------------------------------------------------------------------
    def sheet(self, section: Section) -> Sheet:
        style, k = section.style, self.k * PT_PER_MM
        width, height = style.page_mm[0] * k, style.page_mm[1] * k
        m = page_margins_mm(style)
        number = self._line_height(self._font(section, "body", section.text_style.sizes["page_number"]), 100)
        # the page number in the middle of the footer's area, between the text and the bottom margin
        number_top = height - (m["footer"] + m["bottom"]) / 2 * k - number / 2
        return Sheet(
            width,
            height,
            m["left"] * k,
            m["top"] * k,
            width - (m["left"] + m["right"]) * k,
            min(height - m["bottom"] * k, number_top - 4 * self.k),
            number_top,
        )

    def paginate(self, section: Section) -> list[Page]:
        sheet = self.sheet(section)
        slices = self.slices(section, sheet.text_width)
        room = sheet.text_bottom - sheet.top
        pages = [Page(1)]
        first_on_page, used, i = 0, 0.0, 0
        while i < len(slices):
            s = slices[i]
            gap = s.gap * self.k if pages[-1].placed else 0.0
            if pages[-1].placed and used + gap + s.height > room:
                start = i
                while start > first_on_page and slices[start - 1].glued:
                    start -= 1
                if start > first_on_page:  # the glued run moves to the next page together
                    del pages[-1].placed[start - first_on_page :]
                    i = start
                pages.append(Page(len(pages) + 1))
                first_on_page, used = i, 0.0
                continue
            pages[-1].placed.append((s, sheet.top + used + gap))
            used += gap + s.height
            i += 1
        return pages

    def paint(self, painter: QPainter, sections: list[Section]) -> int:
        """Paint every section's pages, each section from a new page; the number of pages painted."""
        count = 0
        painter.setPen(QColor("#000000"))  # text is drawn in the pen's colour
        for section in sections:
            sheet = self.sheet(section)
            number_font = self._font(section, "body", section.text_style.sizes["page_number"])
            for page in self.paginate(section):
                if count and isinstance(self.device, QPagedPaintDevice):
                    self.device.newPage()
                count += 1
                for s, top in page.placed:
                    s.draw(painter, sheet.left, top)
                number = self._layout(f"- {page.number} -", number_font, sheet.width, "center", 100)
                number.draw(painter, QPointF(0, sheet.number_top))
        return count

    # -- blocks into slices -------------------------------------------------------------------------
    def slices(self, section: Section, width: float) -> list[Slice]:
        out: list[Slice] = []
        blocks = section.blocks
        for i, block in enumerate(blocks):
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            made = self._table(section, block, width) if isinstance(block, Table) else self._para(section, block, width)
            if made and self._keep_with_next(block, following):
                made[-1].glued = True
            out += made
        return out

    @staticmethod
    def _keep_with_next(block: Para | Table, following: Para | Table | None) -> bool:
        if following is None:
            return False
        if isinstance(block, Table):
            return block.role in ("cover", "release", "title")
        if isinstance(following, Para) and following.role == "note" and block.role in ("body", "note"):
            return True  # a note stays under its paragraph
        return block.keep_with_next or block.role in ("title", "subtitle", "head")

    def _face(self, section: Section, role: str) -> str:
        return _FACE.get(role, "body")

    def _font(self, section: Section, face: str, size: float, bold: bool = False) -> QFont:
        family = section.text_style.fonts[face]
        return font(family, size, section.lang == "ko", bold)

    def _para(self, section: Section, para: Para, width: float) -> list[Slice]:
        ts = section.text_style
        face = self._face(section, para.role)
        size = para.size or ts.sizes[face]
        f = self._font(section, face, size, para.bold)
        spacing = line_spacing(para.role, ts)
        em = ts.sizes["body"] * self.k  # indents are in characters of the body size
        if para.symbol:
            first_x = rest_x = para.text_at * em
        else:
            first_x, rest_x = (para.first_line + para.text_at) * em, para.text_at * em
        layout = self._layout(para.text, f, width, para.align, spacing, first_x, rest_x)
        symbol = self._layout(para.symbol, f, width, "left", spacing) if para.symbol else None
        symbol_x = para.symbol_at * em
        pitch = self._line_height(f, spacing)
        slices = []
        count = layout.lineCount()
        for n in range(count):
            line = layout.lineAt(n)
            height = max(pitch, line.height())
            offset = (height - line.height()) / 2  # the line's extra height split above and below it

            def draw(p: QPainter, x: float, y: float, n=n, offset=offset) -> None:
                layout.lineAt(n).draw(p, QPointF(x, y + offset))  # through the layout, which owns its lines
                if n == 0 and symbol is not None:
                    symbol.lineAt(0).draw(p, QPointF(x + symbol_x, y + offset))

            # orphans and widows: a paragraph's first line and its last two never stand alone
            glued = count > 1 and (n == 0 or n == count - 2)
            slices.append(Slice(height, draw, para.gap_before if n == 0 else 0.0, glued))
        return slices

    def _layout(
        self,
        text: str,
        f: QFont,
        width: float,
        align: str,
        spacing: int,
        first_x: float = 0.0,
        rest_x: float = 0.0,
    ) -> QTextLayout:
        layout = QTextLayout(qt_text(text), f, self.device)
        option = QTextOption(_ALIGN.get(align, Qt.AlignmentFlag.AlignLeft))
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        x = first_x
        while (line := layout.createLine()).isValid():
            line.setLeadingIncluded(True)
            line.setLineWidth(max(self.k, width - x))
            line.setPosition(QPointF(x, 0))
            x = rest_x
        layout.endLayout()
        return layout

    def _line_height(self, f: QFont, spacing: int) -> float:
        return QFontMetricsF(f, self.device).height() * spacing / 100

    # -- tables ----------------------------------------------------------------------------------
    def _table(self, section: Section, table: Table, width: float) -> list[Slice]:
        k = self.k
        ts = section.text_style
        xs = [0.0]
        for part in table.widths:
            xs.append(xs[-1] + part * width)
        pad_x, pad_y = (side * PT_PER_MM * k for side in table.padding_mm)
        placed: list[tuple[int, int, int, Cell, Callable[[QPainter, QRectF], None], float]] = []
        covered = [0] * len(table.widths)  # rows still taken by a merged cell above, per column
        for r, row in enumerate(table.rows):
            column = 0
            for cell in row:
                if column >= len(covered):
                    break
                span = max(1, min(cell.span, len(covered) - column))
                if covered[column]:
                    column += span
                    continue
                inner = xs[column + span] - xs[column] - 2 * pad_x
                content, height = self._cell(section, table.role, cell, inner, ts)
                placed.append((r, column, span, cell, content, height + 2 * pad_y))
                for c in range(column, column + span):
                    covered[c] = max(1, cell.rows)
                column += span
            covered = [max(0, c - 1) for c in covered]
        minimum = table.min_row_mm * PT_PER_MM * k
        heights = [minimum] * len(table.rows)
        for r, _c, _s, cell, _d, height in placed:
            if cell.rows <= 1:
                heights[r] = max(heights[r], height)
        for r, _c, _s, cell, _d, height in placed:  # a merged cell taller than its rows: the last one grows
            last = min(len(heights), r + max(1, cell.rows)) - 1
            if cell.rows > 1 and sum(heights[r : last + 1]) < height:
                heights[last] += height - sum(heights[r : last + 1])
        fill = QColor(f"#{section.style.colors.get('label_fill', 'E7ECF4')}")
        rule = QColor(f"#{section.style.colors.get('rule', '000000')}")
        slices = []
        for r, row_height in enumerate(heights):
            starting = [p for p in placed if p[0] == r]

            def draw(p: QPainter, x: float, y: float, starting=starting, r=r) -> None:
                for _r, column, span, cell, content, _h in starting:
                    tall = sum(heights[r : r + max(1, cell.rows)])
                    rect = QRectF(x + xs[column], y, xs[column + span] - xs[column], tall)
                    if cell.role == "label" and table.role != "cover":
                        p.fillRect(rect, fill)
                    if table.borders:
                        thick = table.role == "title"
                        pen = QPen(rule if thick else QColor("#000000"))
                        pen.setWidthF((1.5 if thick else 0.6) * k)
                        p.save()
                        p.setPen(pen)
                        p.drawRect(rect)
                        p.restore()
                    content(p, rect.adjusted(pad_x, pad_y, -pad_x, -pad_y))

            gap = _GAP_BEFORE_TABLE.get(table.role, 6.0) if r == 0 else 0.0
            # a table's rows stay together, as a merged cell must; a contact table is small
            slices.append(Slice(row_height, draw, gap, glued=r < len(heights) - 1))
        return slices

    def _cell(
        self, section: Section, table_role: str, cell: Cell, width: float, ts: LanguageStyle
    ) -> tuple[Callable[[QPainter, QRectF], None], float]:
        """How to draw a cell's content in a rect, and the height it needs."""
        if cell.image is not None:
            return self._image(cell, width)
        parts: list[tuple[str, QFont, int]] = []  # text, font, line spacing
        main = cell_font(table_role, cell.role, ts)
        under = cell_font(table_role, "subtitle", ts) if cell.role == "title" else main
        for lines, look in ((cell.text.split("\n") if cell.text else [], main), (cell.lines, under)):
            f = self._font(section, look.face, look.size, look.bold)
            parts += [(line, f, look.spacing) for line in lines if line]
        layouts = []
        for i, (text, f, spacing) in enumerate(parts):
            layout = self._layout(text, f, width, cell.align, spacing)
            pitch = self._line_height(f, spacing)
            gap = 4 * self.k if cell.role == "title" and i and parts[i - 1][1] is not f else 0.0
            layouts.append((layout, pitch, gap))
        height = sum(gap + pitch * layout.lineCount() for layout, pitch, gap in layouts)

        def draw(p: QPainter, rect: QRectF) -> None:
            y = rect.top() + max(0.0, (rect.height() - height) / 2)
            for layout, pitch, gap in layouts:
                y += gap
                for n in range(layout.lineCount()):
                    line = layout.lineAt(n)
                    line.draw(p, QPointF(rect.left(), y + (pitch - line.height()) / 2))
                    y += pitch

        return draw, height

    def _image(self, cell: Cell, width: float) -> tuple[Callable[[QPainter, QRectF], None], float]:
        data = read_picture(cell.image) if cell.image is not None else None
        image = QImage.fromData(data) if data is not None else QImage()
        if image.isNull():  # a logo that cannot be read: the cell stays empty
            return (lambda _p, _r: None), 0.0
        height = min(LOGO_HEIGHT_MM * PT_PER_MM * self.k, width * image.height() / max(1, image.width()))
        shown = image.width() * height / max(1, image.height())

        def draw(p: QPainter, rect: QRectF) -> None:
            x = {"left": rect.left(), "right": rect.right() - shown}.get(
                cell.align, rect.left() + (rect.width() - shown) / 2
            )
            y = rect.top() + (rect.height() - height) / 2
            p.drawImage(QRectF(x, y, shown, height), image)

        return draw, height


def has_hangul(sections: list[Section]) -> bool:
    for section in sections:
        for block in section.blocks:
            texts = (
                [block.text, block.symbol]
                if isinstance(block, Para)
                else [c.text + "".join(c.lines) for row in block.rows for c in row]
            )
            if any(HANGUL.search(t) for t in texts):
                return True
    return False
