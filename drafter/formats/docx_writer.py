"""DOCX export of a release: the layout (drafter.formats.layout) drawn in Word's terms, in its house style.

Each language is a section of its own (the bilingual layout starts the English on a new page, and each
numbers its pages from 1, "- 1 -"). A paragraph gets its role's style (KO Title, KO Level 2, EN Head …);
a level's symbol stands before a tab and its text, with a hanging indent and a tab stop where the
text starts, so that wrapped lines start under the text, not under the symbol. The tables of the
Korean head and end (cover row, 보도시점/배포 row, title box, contact table) are drawn cell by cell.
The no-break joins of the layout are written as Word reads them: U+00A0 as a character, U+2011 as
`w:noBreakHyphen`; a number written against its unit (120억원) is kept whole by the paragraphs' Korean
line breaking (`w:wordWrap`, docx_ooxml.set_line_breaking), with no invisible character. Cells take
their faces, sizes and weights, padding and least heights from the layout, as the PDF and HWPX do. The
review layout is docx_review's; both start from docx_base.
"""

from __future__ import annotations

import copy
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from docx.document import Document
from docx.shared import Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from drafter.formats import ExportOptions, layout
from drafter.formats.docx_base import MM, DocxBuilder
from drafter.formats.docx_ooxml import put, qn
from drafter.formats.docx_styles import language_styles, style_id
from drafter.formats.layout import LOGO_HEIGHT_MM, NB_HYPHEN, Cell, Para, Section, cell_font, clean
from drafter.model import Release
from drafter.storage import atomic_write
from drafter.styles import HouseStyle, read_picture

if TYPE_CHECKING:
    from drafter.parity import Finding

LAYOUTS = ("ko", "en", "bilingual", "review")
LANGS = {"ko": ("ko",), "en": ("en",), "bilingual": ("ko", "en"), "review": ("ko", "en")}
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}
# The style of a cell, by the table's role and the cell's.
_CELL_ROLES = {
    ("cover", "logo"): "logo",
    ("cover", "label"): "label",
    ("cover", "head"): "head",
    ("release", "label"): "headlabel",
    ("release", "head"): "head",
    ("title", "title"): "title",
}
SPACER_PT = 6.0  # the blank between two tables (two tables that touch, Word joins into one)


_BOLD_STYLES = ("title", "headlabel", "tablelabel", "logo")  # the cell styles whose runs are bold already
_PARAGRAPH_ROLES = ("title", "subtitle", "note", "footnote", "attachment", "contact", "head", "end")


def paragraph_role(para: Para) -> str:
    """The style role of a layout paragraph: its role, a body paragraph's level."""
    if para.role == "body" and para.level:
        return f"level{para.level}"
    return para.role if para.role in _PARAGRAPH_ROLES else "body"


def alignments(house: HouseStyle, langs: tuple[str, ...]) -> dict[str, str]:
    """Each style's alignment, its own or the one it is based on."""
    specs = {spec.style_id: spec for lang in langs for spec in language_styles(house, lang)}
    found = {}
    for sid, spec in specs.items():
        while spec is not None and not spec.jc():
            spec = specs.get(spec.based_on or "")
        found[sid] = spec.jc() if spec is not None else ""
    return found


class ReleaseDocx(DocxBuilder):
    """The ko, en and bilingual layouts."""

    def __init__(self, release: Release, layout_name: str, house: HouseStyle) -> None:
        self.release = release
        self.parts = layout.sections(release, layout_name, house)
        langs = tuple(s.lang for s in self.parts) or LANGS[layout_name]
        super().__init__(house, langs)
        self.alignments = alignments(house, langs)
        self.images = 0

    def build(self, now: datetime) -> bytes:
        for i, part in enumerate(self.parts):
            if i:
                self.new_section()
            section = self.doc.sections[-1]
            put(section._sectPr, "pgNumType", {"start": "1"})
            self.page_numbers(section, style_id(part.lang, "footer"))
            self.section(part)
        self.properties(self.release, self.main_lang, now)
        return self.to_bytes()

    def new_section(self) -> None:
        """End the section so far on its last paragraph; what follows starts on a new page.

        As Word keeps it: the sectPr in a paragraph closes the section before it, the body's last one the
        document's last section (whose footer is its own).
        """
        last = self.body_end.getprevious()
        if last is None or last.tag != qn("p"):
            last = self.spacer(self.main_lang, 1)._p
        holder = put(last.get_or_add_pPr(), "sectPr")
        holder.addprevious(copy.deepcopy(self.body_end))
        holder.getparent().remove(holder)
        for reference in self.body_end.findall(qn("footerReference")) + self.body_end.findall(qn("headerReference")):
            self.body_end.remove(reference)
        put(self.body_end, "type", {"val": "nextPage"})

    # paragraphs ---------------------------------------------------------------------------
    def section(self, part: Section) -> None:
        unit = part.text_style.sizes["body"] * 20  # twips per character of the body size
        previous = None
        for block in part.blocks:
            if isinstance(block, Para):
                self.paragraph(self.doc, block, part.lang, unit)
            else:
                if previous is not None:  # two tables that touch, Word joins into one
                    between = SPACER_PT if isinstance(previous, layout.Table) else part.text_style.gap(0, 0)
                    spacer = self.spacer(part.lang, between)
                    if isinstance(previous, Para) and previous.keep_with_next:
                        put(spacer._p.get_or_add_pPr(), "keepNext")
                self.table_of(block, part)
            previous = block

    def paragraph(self, container: Document | _Cell, para: Para, lang: str, unit: float) -> DocxParagraph:
        sid = style_id(lang, paragraph_role(para))
        p = self.para(container, "", sid)
        ppr = p._p.get_or_add_pPr()
        if para.keep_with_next:
            put(ppr, "keepNext")
        if para.symbol:
            left, hanging = round(para.text_at * unit), round((para.text_at - para.symbol_at) * unit)
            tabs = put(ppr, "tabs")
            etree.SubElement(tabs, qn("tab"), {qn("val"): "left", qn("pos"): str(left)})
            put(ppr, "ind", {"left": str(left), "hanging": str(hanging)})
        elif para.first_line or para.text_at:  # a note without a marker stands where a note's text does
            indent = {"left": str(round(para.text_at * unit))} if para.text_at else {}
            put(ppr, "ind", indent | ({"firstLine": str(round(para.first_line * unit))} if para.first_line else {}))
        if para.gap_before:
            put(ppr, "spacing", {"before": str(round(para.gap_before * 20))})
        if _JC[para.align] != self.alignments.get(sid, ""):
            put(ppr, "jc", {"val": _JC[para.align]})
        bold = para.bold and paragraph_role(para) != "title"  # the title's style is bold already
        self.text(p, f"{para.symbol}\t{para.text}" if para.symbol else para.text, bold, para.size)
        return p

    @staticmethod
    def text(p: DocxParagraph, text: str, bold: bool = False, size: float | None = None) -> None:
        """`text` as one run: tabs, line breaks and no-break hyphens as their elements."""
        if not text:
            return
        run = p.add_run()
        r = run._r
        if bold or size:
            rpr = r.get_or_add_rPr()
            if bold:
                put(rpr, "b")
                put(rpr, "bCs")
            if size:
                put(rpr, "sz", {"val": str(round(size * 2))})
                put(rpr, "szCs", {"val": str(round(size * 2))})
        chunk = ""
        for ch in clean(text) + "\0":
            if ch in "\t\n\0" + NB_HYPHEN:
                if chunk:
                    t = etree.SubElement(r, qn("t"))
                    t.text = chunk
                    if chunk != chunk.strip():
                        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                    chunk = ""
                if ch != "\0":
                    etree.SubElement(r, qn({"\t": "tab", "\n": "br", NB_HYPHEN: "noBreakHyphen"}[ch]))
            else:
                chunk += ch

    def spacer(self, lang: str, points: float) -> DocxParagraph:
        """An empty paragraph exactly `points` high: the room between two tables."""
        p = self.para(self.doc, "", style_id(lang, "head"))
        exact = {"before": "0", "after": "0", "line": str(round(points * 20)), "lineRule": "exact"}
        put(p._p.get_or_add_pPr(), "spacing", exact)
        return p

    # tables ---------------------------------------------------------------------------------
    def table_of(self, block: layout.Table, part: Section) -> Table:
        width = self.text_width
        widths = [round(width * w) for w in block.widths]
        widths[-1] = width - sum(widths[:-1])
        table = self.table(len(block.rows), widths)
        colors = self.house.colors
        if not block.borders:
            self.no_borders(table)
        if block.role == "title":
            self.box(table, colors.get("rule", "000000"))
        merges, below = [], {}  # below: the cell a vertical merge carries down to (row, column)
        for r, row in enumerate(block.rows):
            c = 0
            for cell in row:
                target = table.cell(r, c)
                shown = below.get((r, c), cell)
                self.cell(target, cell, block.role, part)
                self.middle(target)
                if shown.role == "label" and block.borders:
                    self.shade(target, colors.get("label_fill", "E7ECF4"))
                if cell.rows > 1 or cell.span > 1:
                    merges.append((r, c, r + cell.rows - 1, c + cell.span - 1))
                    below.update({(r + k, c): cell for k in range(1, cell.rows)})
                c += cell.span
        for top, left, bottom, right in merges:
            table.cell(top, left).merge(table.cell(bottom, right))
        self.padding(table, block)
        if block.role == "contact":
            self.keep_together(table)
        return table

    def cell(self, target: _Cell, cell: Cell, table_role: str, part: Section) -> None:
        role = _CELL_ROLES.get((table_role, cell.role), "tablelabel" if cell.role == "label" else "table")
        sid = style_id(part.lang, role)
        picture = read_picture(cell.image) if cell.image is not None else None
        if picture is not None:  # else (gone, or no picture now) the words it stands for
            self.picture(self.cell_text(target, "", sid), picture, cell.text, target.width or 0)
            return
        look = cell_font(table_role, cell.role, part.text_style)
        lines = cell.text.split("\n") if cell.text else [""]
        for i, line in enumerate(lines):
            p = self.cell_text(target, "", sid, first=i == 0)
            self.text(p, line, look.bold and role not in _BOLD_STYLES)
            if _JC.get(cell.align, "center") != self.alignments.get(sid, ""):
                put(p._p.get_or_add_pPr(), "jc", {"val": _JC.get(cell.align, "center")})
        unit = part.text_style.sizes["body"] * 20
        for line in cell.lines:  # the title box's subtitles
            self.paragraph(target, Para("subtitle", line, align="center"), part.lang, unit)

    def picture(self, p: DocxParagraph, image: bytes, alt: str, cell_width: int) -> None:
        """The logo, `LOGO_HEIGHT_MM` high or less to fit the cell; `alt` its alternative text."""
        self.images += 1
        shape = p.add_run().add_picture(io.BytesIO(image), height=Twips(round(LOGO_HEIGHT_MM * MM)))
        room = cell_width - Twips(240)  # the cell's margins
        if 0 < room < shape.width:
            shape.width, shape.height = room, round(shape.height * room / shape.width)
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", clean(alt))
        doc_pr.set("name", f"Logo {self.images}")

    @staticmethod
    def no_borders(table: Table) -> None:
        borders = put(table._tbl.tblPr, "tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            put(borders, side, {"val": "nil"})

    @staticmethod
    def box(table: Table, colour: str) -> None:
        """The title box: a frame of 1.5 pt in the style's colour."""
        borders = put(table._tbl.tblPr, "tblBorders")
        for side in ("top", "left", "bottom", "right"):
            put(borders, side, {"val": "single", "sz": "12", "space": "0", "color": colour})

    @staticmethod
    def padding(table: Table, block: layout.Table) -> None:
        """The layout's room inside the cells, and its least row height."""
        (side, top), least = block.padding_mm, block.min_row_mm
        margins = put(table._tbl.tblPr, "tblCellMar")
        for name, mm in (("top", top), ("left", side), ("bottom", top), ("right", side)):
            el = margins.find(qn(name))
            if el is None:
                el = etree.SubElement(margins, qn(name))
            el.set(qn("w"), str(round(mm * MM)))
            el.set(qn("type"), "dxa")
        if least:
            for row in table.rows:
                put(row._tr.get_or_add_trPr(), "trHeight", {"val": str(round(least * MM)), "hRule": "atLeast"})


def build_docx(
    release: Release,
    layout_name: str,
    style: HouseStyle | None = None,
    now: datetime | None = None,
    findings: list[Finding] | None = None,
) -> bytes:
    """The DOCX package of `release` in `layout_name`, as bytes.

    `style` is the house style (default: the release's own); `now` stamps the core properties (default:
    the current time); `findings` replaces the checker's in the review layout (for tests and for a GUI
    that has them already).
    """
    if layout_name not in LAYOUTS:
        raise ValueError(layout_name)
    house = style or ExportOptions().house_style(release)
    now = now or datetime.now(UTC)
    if layout_name == "review":
        from drafter.formats.docx_review import ReviewDocx

        return ReviewDocx(release, house, findings).build(now)
    return ReleaseDocx(release, layout_name, house).build(now)


def write_docx(
    release: Release,
    path: str | Path,
    layout_name: str = "bilingual",
    style: HouseStyle | None = None,
    findings: list[Finding] | None = None,
) -> None:
    """Export `release` to `path`: built completely in memory first, then written all or nothing."""
    data = build_docx(release, layout_name, style, findings=findings)
    with atomic_write(path) as fh:
        fh.write(data)


def write_export(release: Release, path: Path, layout_name: str, options: ExportOptions) -> None:
    """The registry's writer (drafter.formats): the house style asked for; the review checks with the
    user's glossary too."""
    findings = None
    if layout_name == "review":
        from drafter.parity import check

        findings = check(release, options.user_terms, options.plain_words)
    write_docx(release, path, layout_name, options.house_style(release), findings=findings)
