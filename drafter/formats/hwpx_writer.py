"""HWPX export (OWPML, KS X 6101: the format of 한글) of a release in the ko, en and bilingual layouts.

The document draws the layout model (drafter.formats.layout) with python-hwpx: A4 and the house
style's margins, the cover row (logo | 보도자료 | slogan), the 보도시점/배포 row, the title box with its
"- … -" subtitles, body paragraphs with hanging indents, notes under their paragraph, 붙임, the contact
table and "- 1 -" page numbers. Each role has a named style (보도자료 본문, 보도자료 주석 …: what the
reader of our own files goes by) and its own character shape, with the house style's faces: the Korean
face in every script slot of a Korean section, the English face in the Latin slot of an English one.

What other engines than 한글 read right (rhwp, the text extractors; README: what was checked):
- Every table declares the height of its content (drafter.formats.hwpx_measure), not a placeholder.
- A level's symbol stands after the spaces the rules give it and before one space, as typed text; the
  hanging indent is the width of those, so wrapped lines start under the text. No tab: where a tab
  reaches depends on 한글's automatic tab stops, and other engines put it elsewhere.
- The page number is 한글's own page-number control (쪽 번호 매기기, "- 1 -" at the bottom centre),
  one mechanism; the English part of a bilingual file restarts it at 1 (hp:newNum).
- A no-break space is the character U+00A0, not 한글's hp:nbSpace element, which several text
  extractors stop reading at (a date read as "2026.", a title cut after its first no-break space);
  U+00A0 is text to every reader and holds its two words together in rhwp and in 한글's layout model.
- Preview/PrvText.txt holds the document's first lines (file managers and 한글's open dialog show it).

한글 breaks Korean lines by word (어절) under the paragraph setting breakNonLatinWord="BREAK_WORD": the
name reads the other way round, but that is the value 한글 itself writes for 어절 (python-hwpx's line
measurement and its HWP 5 mapping say the same). So a number written against its unit (120억원) stays
whole without a mark, and a no-break hyphen is written as a plain one (a Latin word is not broken at a
hyphen).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hwpx import HwpxDocument
from hwpx.errors import HwpxError
from lxml import etree

from drafter import styles
from drafter.errors import SaveError
from drafter.formats import ExportOptions
from drafter.formats import layout as model
from drafter.formats.hwpx_measure import MM, PT, Face, Text, text_height, width
from drafter.formats.hwpx_media import Picture, fit_picture, place_picture
from drafter.formats.hwpx_package import ENGLISH_SUFFIX, ROLE_STYLES
from drafter.l10n import tr
from drafter.model import Release
from drafter.storage import atomic_write

LAYOUTS = ("ko", "en", "bilingual")
HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
PREVIEW_TEXT = "Preview/PrvText.txt"
PREVIEW_CHARS = 1024  # the preview is the document's first lines, not all of it

# The font (and size) role of each paragraph role in the house style.
_FONT_ROLE = {
    "footnote": "note",
    "attachment": "body",
    "contact": "body",
    "end": "body",
    "page": "head",
}
_STYLE_ROLE = {"logo": "table", "page": "head"}
_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "JUSTIFY"}
_RULE = "0.2 mm"  # a table's lines: 0.57 pt, as the PDF's and the DOCX's
_BOX = "0.5 mm"  # the title box's frame, in the style's colour: 1.5 pt


def hwp_text(text: str) -> str:
    """Text as a run of 한글 holds it: no-break hyphens plain (a Latin word is not broken at a hyphen),
    no invisible character, tabs as spaces; no-break spaces stay as the character U+00A0."""
    return model.clean(text.replace(model.NB_HYPHEN, "-").replace("\t", " "))


@dataclass(frozen=True)
class _ParaShape:
    align: str = "left"
    left: int = 0  # HWPUNIT
    indent: int = 0  # negative: a hanging indent (the lines after the first start further right)
    before: int = 0
    line_spacing: int = 160
    keep_with_next: bool = False


class _Shapes:
    """Character shapes, paragraph shapes, border fills and named styles, each made once."""

    def __init__(self, doc: HwpxDocument, style: styles.HouseStyle) -> None:
        self.doc = doc
        self.style = style
        self.header = doc.parts.headers[0]
        self._chars: dict[tuple[str, str, float, bool], str] = {}
        self._paras: dict[_ParaShape, str] = {}
        self._fills: dict[tuple[str, str, str], str] = {}
        self._styles: dict[tuple[str, str], str] = {}
        for role in styles.ROLES:  # Korean faces in every script slot; English ones in the Latin slot only
            doc.styles.ensure_font(style.ko.fonts[role])
        for role in styles.ROLES:
            doc.styles.ensure_font(style.en.fonts[role], lang="LATIN")

    def face(self, lang: str, role: str, bold: bool) -> Face:
        """The faces 한글 sets a run of `role` in, for measuring it."""
        korean = self.style.ko.fonts[role]
        return Face(korean, self.style.en.fonts[role] if lang == "en" else korean, bold)

    def char(self, lang: str, role: str, size: float, bold: bool) -> str:
        key = (lang, role, size, bold)
        if key not in self._chars:
            shape = self.doc.styles.ensure_run(font=self.style.ko.fonts[role], size=size, bold=bold)
            if lang == "en":
                shape = self.doc.styles.ensure_run(
                    font=self.style.en.fonts[role], size=size, bold=bold, base_char_pr_id=shape
                )
            self._chars[key] = shape
        return self._chars[key]

    def para(self, shape: _ParaShape) -> str:
        if shape not in self._paras:
            self._paras[shape] = self.header.ensure_paragraph_format(
                base_para_pr_id="0",
                alignment=_ALIGN.get(shape.align, "LEFT"),
                line_spacing_percent=shape.line_spacing,
                margins={"intent": shape.indent, "left": shape.left, "right": 0, "prev": shape.before, "next": 0},
                break_setting={
                    "keep_with_next": shape.keep_with_next,
                    "keep_lines": False,
                    "page_break_before": False,
                },
            )
        return self._paras[shape]

    def fill(self, borders: bool, color: str = "", line: str = "000000", thickness: str = _RULE) -> str:
        key = (f"{borders}{line}{thickness}", color, line)
        if key not in self._fills:
            self._fills[key] = self.doc.styles.ensure_border_fill(
                border_color=f"#{line}",
                border_width=thickness,
                fill_color=f"#{color}" if color else None,
                active_borders=None if borders else (),
                border_type="SOLID",
            )
        return self._fills[key]

    def named(self, lang: str, role: str, para: str, char: str) -> str:
        """The named style of `role` in `lang`, made with the shapes of its first paragraph."""
        role = role if role in ROLE_STYLES else _STYLE_ROLE.get(role, "body")
        key = (lang, role)
        if key not in self._styles:
            name, english = ROLE_STYLES.get(role, ROLE_STYLES["body"])
            if lang == "en":
                name, english = name + ENGLISH_SUFFIX[0], english + ENGLISH_SUFFIX[1]
            self._styles[key] = self.header.ensure_style(
                name, style_type="PARA", eng_name=english, para_pr_id_ref=para, char_pr_id_ref=char, lang_id=1042
            )
        return self._styles[key]


class HwpxBuilder:
    """One document: page, sections of the layout, page numbers, properties."""

    def __init__(self, style: styles.HouseStyle) -> None:
        self.doc = HwpxDocument.new()
        self.style = style
        self.shapes = _Shapes(self.doc, style)
        width_mm, height_mm = style.page_mm
        margins = style.margins_mm
        self.doc.page.setup(
            width_mm=width_mm,
            height_mm=height_mm,
            margin_left_mm=margins["left"],
            margin_right_mm=margins["right"],
            margin_top_mm=margins["top"],
            margin_bottom_mm=margins["bottom"],
            header_margin_mm=margins["header"],
            footer_margin_mm=margins["footer"],
            gutter_mm=0,
        )
        self.text_width = round((width_mm - margins["left"] - margins["right"]) * MM)
        self.section: Any = self.doc.sections[0]
        self._first = True  # a section's first paragraph (it holds the page settings) takes its first block
        self.preview: list[str] = []  # the lines of Preview/PrvText.txt

    # paragraphs ----------------------------------------------------------------------------
    def _paragraph(self, para: str, style: str, char: str) -> Any:
        if self._first:
            self._first = False
            p = self.section.paragraphs[0]
            p.para_pr_id_ref = para
            p.style_id_ref = style
            return p
        return self.doc.add_paragraph(
            "",
            section=self.section,
            para_pr_id_ref=para,
            style_id_ref=style,
            char_pr_id_ref=char,
            include_run=False,
            inherit_style=False,
        )

    def para(self, block: model.Para, section: model.Section) -> Any:
        text_style = section.text_style
        role = _FONT_ROLE.get(block.role, block.role)
        size = block.size or text_style.sizes[role]
        bold = block.bold or block.role == "title"
        unit = text_style.sizes["body"] * PT  # indents are in characters of the body size
        text = hwp_text(block.text)
        if block.symbol:  # the spaces before the symbol, the symbol, one space; the lines after hang under the text
            prefix = " " * round(block.symbol_at * 2) + hwp_text(block.symbol) + " "
            left, indent = 0, -width(prefix, size, self.shapes.face(section.lang, role, bold))
            text = prefix + text
        else:
            left, indent = round(block.text_at * unit), round(block.first_line * unit)
        shape = _ParaShape(
            align=block.align,
            left=left,
            indent=indent,
            before=round(block.gap_before * PT),
            line_spacing=model.line_spacing(block.role, text_style),
            keep_with_next=block.keep_with_next,
        )
        char = self.shapes.char(section.lang, role, size, bold)
        para = self.shapes.para(shape)
        p = self._paragraph(para, self.shapes.named(section.lang, block.role, para, char), char)
        write_run(p, text, char)
        self.preview.append(text.strip())
        return p

    # tables --------------------------------------------------------------------------------
    def table(self, block: model.Table, section: model.Section) -> Any:
        ts = section.text_style
        pad_x, pad_y = (round(mm * MM) for mm in block.padding_mm)
        columns = len(block.widths)
        edges = [round(self.text_width * sum(block.widths[:c])) for c in range(columns + 1)]
        placed = list(_grid(block))
        pictures = {
            (r, c): fit_picture(
                cell.image, edges[c + cell.span] - edges[c] - 2 * pad_x, round(model.LOGO_HEIGHT_MM * MM)
            )
            for r, c, cell in placed
            if cell.image is not None
        }
        heights = self._row_heights(block, section, placed, edges, pictures, pad_x, pad_y)
        anchor_para = self.shapes.para(_ParaShape(line_spacing=100))
        anchor_char = self.shapes.char(section.lang, "table", ts.sizes["table"], False)
        anchor = self._paragraph(anchor_para, self.shapes.named(section.lang, "table", anchor_para, anchor_char), "")
        clear_empty_runs(anchor)
        if block.role == "title":
            fill = self.shapes.fill(True, line=self.style.colors.get("rule", "000000"), thickness=_BOX)
        else:
            fill = self.shapes.fill(block.borders)
        table = anchor.add_table(
            len(block.rows), columns, width=self.text_width, height=sum(heights), border_fill_id_ref=fill
        )
        table.set_column_widths(list(block.widths))
        margin = table.element.find(f"{HP}inMargin")
        if margin is not None:
            margin.attrib.update({"left": str(pad_x), "right": str(pad_x), "top": str(pad_y), "bottom": str(pad_y)})
        inner = {"left": str(pad_x), "right": str(pad_x), "top": str(pad_y), "bottom": str(pad_y)}
        for r, row in enumerate(table.rows):
            for tc in row.cells:
                tc.set_size(height=heights[r])
                cell_margin = tc.element.find(f"{HP}cellMargin")
                if cell_margin is not None:  # the table's, written in every cell as 한글 does
                    cell_margin.attrib.update(inner)
        merges = []
        for r, c, cell in placed:
            self.cell(table, r, c, cell, block, section, pictures.get((r, c)))
            last_row, last_col = min(r + cell.rows, len(block.rows)) - 1, min(c + cell.span, columns) - 1
            if (last_row, last_col) != (r, c):
                merges.append((r, c, last_row, last_col))
        for r, c, last_row, last_col in merges:
            table.merge_cells(r, c, last_row, last_col)
        self.preview.append("".join(f"<{_flat(cell)}>" for _r, _c, cell in placed))
        return anchor

    def _row_heights(
        self,
        block: model.Table,
        section: model.Section,
        placed: list[tuple[int, int, model.Cell]],
        edges: list[int],
        pictures: dict[tuple[int, int], Picture | None],
        pad_x: int,
        pad_y: int,
    ) -> list[int]:
        """Each row as tall as its tallest cell's content and the cell's margins (a merged cell's rows
        together as tall as it, the last of them growing), at least the layout's least row height."""
        heights = [round(block.min_row_mm * MM)] * len(block.rows)
        tall: list[tuple[int, int, int]] = []  # first row, rows spanned, height
        for r, c, cell in placed:
            room = edges[min(c + cell.span, len(edges) - 1)] - edges[c] - 2 * pad_x
            picture = pictures.get((r, c))
            content = picture.height if picture is not None else text_height(self._texts(block, section, cell), room)
            tall.append((r, min(cell.rows, len(block.rows) - r), content + 2 * pad_y))
        for r, span, height in tall:
            if span == 1:
                heights[r] = max(heights[r], height)
        for r, span, height in tall:
            if span > 1 and sum(heights[r : r + span]) < height:
                heights[r + span - 1] += height - sum(heights[r : r + span])
        return heights

    def _texts(self, block: model.Table, section: model.Section, cell: model.Cell) -> list[Text]:
        """A cell's paragraphs as measured: its lines (or the words standing for its picture), subtitles."""
        out = []
        for role, lines_of in ((cell.role, (cell.text or cell.alt).split("\n")), ("subtitle", cell.lines)):
            look = model.cell_font(block.role, role, section.text_style)
            face = self.shapes.face(section.lang, look.face, look.bold)
            out += [Text(hwp_text(line), look.size, face, look.spacing) for line in lines_of]
        return out

    def cell(
        self,
        table: Any,
        r: int,
        c: int,
        cell: model.Cell,
        block: model.Table,
        section: model.Section,
        picture: Picture | None,
    ) -> None:
        ts = section.text_style
        look = model.cell_font(block.role, cell.role, ts)
        char = self.shapes.char(section.lang, look.face, look.size, look.bold)
        para = self.shapes.para(_ParaShape(align=cell.align, line_spacing=look.spacing))
        named = self.shapes.named(section.lang, "label" if cell.role == "label" else cell.role, para, char)
        if cell.role == "label" and block.borders:  # the other cells have the table's borders already
            table.set_cell_border_fill(r, c, self.shapes.fill(True, self.style.colors.get("label_fill", "")))
        tc = table.cell(r, c)
        first = tc.paragraphs[0]
        first.para_pr_id_ref, first.style_id_ref = para, named
        clear_empty_runs(first)
        if picture is not None:
            place_picture(self.doc, first, picture, cell.alt)
            return
        texts = (cell.text or cell.alt).split("\n")
        write_run(first, hwp_text(texts[0]), char)
        for line in texts[1:]:
            p = tc.add_paragraph("", para_pr_id_ref=para, style_id_ref=named, char_pr_id_ref=char)
            write_run(p, hwp_text(line), char)
        if cell.lines:  # the title box's subtitles
            sub = model.cell_font(block.role, "subtitle", ts)
            sub_char = self.shapes.char(section.lang, sub.face, sub.size, sub.bold)
            sub_para = self.shapes.para(_ParaShape(align=cell.align, line_spacing=sub.spacing))
            sub_named = self.shapes.named(section.lang, "subtitle", sub_para, sub_char)
            for line in cell.lines:
                p = tc.add_paragraph("", para_pr_id_ref=sub_para, style_id_ref=sub_named, char_pr_id_ref=sub_char)
                write_run(p, hwp_text(line), sub_char)

    # the document --------------------------------------------------------------------------
    def build(self, sections: list[model.Section]) -> None:
        """Each language in a section of its own (구역): it starts a new page and numbers its pages from 1."""
        for number, section in enumerate(sections):
            if number:
                self.section, self._first = self.doc.add_section(), True
            self.page_numbers(section, restart=number > 0)
            for block in section.blocks:
                if isinstance(block, model.Table):
                    self.table(block, section)
                else:
                    self.para(block, section)

    def page_numbers(self, section: model.Section, restart: bool) -> None:
        """ "- 1 -" at the bottom centre of the section's pages, counted from 1: 한글's page-number control
        (쪽 번호 매기기) in the run that holds the section's settings, in the body face at the style's
        page-number size. A later section says twice that it counts from 1: its settings' first page number
        (what 한글 reads) and a new-number control (hp:newNum, what rhwp reads)."""
        char = self.shapes.char(section.lang, "body", section.text_style.sizes["page_number"], False)
        first = self.section.paragraphs[0].element
        holder = next(run for run in first.iter(f"{HP}run") if run.find(f"{HP}secPr") is not None)
        holder.set("charPrIDRef", char)
        start = holder.find(f"{HP}secPr/{HP}startNum")
        if start is not None:
            start.set("page", "1")
        ctrl = etree.SubElement(holder, f"{HP}ctrl")
        etree.SubElement(ctrl, f"{HP}pageNum", {"pos": "BOTTOM_CENTER", "formatType": "DIGIT", "sideChar": "-"})
        if restart:
            etree.SubElement(etree.SubElement(holder, f"{HP}ctrl"), f"{HP}newNum", {"num": "1", "numType": "PAGE"})

    def properties(self, release: Release, lang: str, now: datetime) -> None:
        """The package's metadata: title, author (the organisation), dates; nothing of python-hwpx's skeleton.
        The preview text is the document's first lines, a table's cells each in <>, as 한글 writes it."""
        version = release.version(lang)
        stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        parts = self.doc.parts
        parts.clear_document_metadata(keep=("language",), timestamp=stamp)
        parts.set_document_metadata(
            title=hwp_text(version.title or release.version("en" if lang == "ko" else "ko").title)[:255],
            creator=hwp_text(version.details.organisation or self.style.organisation.get(lang, ""))[:255],
            subject="보도자료" if lang == "ko" else "Press release",
            created_date=stamp,
            modified_date=stamp,
        )
        parts.clear_preview()
        preview = "\r\n".join(line for line in self.preview if line)[:PREVIEW_CHARS]
        self.doc.package.write(PREVIEW_TEXT, preview.encode("utf-8"))
        # The skeleton's manifest leaves out version.xml, which python-hwpx's validator then warns about.
        self.doc.package.add_manifest_item("version", "version.xml", "application/xml")

    def to_bytes(self) -> bytes:
        return self.doc.to_bytes()


def _grid(block: model.Table) -> list[tuple[int, int, model.Cell]]:
    """(row, column, cell) of every cell that stands in the table: not the empty ones the layout writes
    where a merged cell covers the grid."""
    columns = len(block.widths)
    covered: set[tuple[int, int]] = set()
    placed = []
    for r, row in enumerate(block.rows):
        c = 0
        for cell in row:
            if c >= columns:
                break
            if (r, c) in covered:
                c += 1
                continue
            placed.append((r, c, cell))
            last_row, last_col = min(r + cell.rows, len(block.rows)) - 1, min(c + cell.span, columns) - 1
            covered |= {(i, j) for i in range(r, last_row + 1) for j in range(c, last_col + 1)}
            c += cell.span
    return placed


def _flat(cell: model.Cell) -> str:
    return " ".join(hwp_text(" ".join([cell.text or cell.alt, *cell.lines])).split())


def clear_empty_runs(p: Any) -> None:
    """Paragraph `p` without the empty runs python-hwpx starts a paragraph with (its other runs stay)."""
    for run in list(p.runs):
        if not run.text and run.content_kinds() <= {"text"}:
            run.remove()


def write_run(p: Any, text: str, char: str) -> None:
    """The text of paragraph `p`, as one run of character shape `char`."""
    clear_empty_runs(p)
    p.add_run(text, char_pr_id_ref=char)


def build_hwpx(
    release: Release, layout: str, style: styles.HouseStyle | None = None, now: datetime | None = None
) -> bytes:
    """The HWPX package of `release` in `layout`, as bytes."""
    if layout not in LAYOUTS:
        raise ValueError(layout)
    style = style or ExportOptions().house_style(release)
    builder = HwpxBuilder(style)
    builder.build(model.sections(release, layout, style))
    builder.properties(release, "en" if layout == "en" else "ko", now or datetime.now(UTC))
    return builder.to_bytes()


def write_hwpx(
    release: Release, path: str | Path, layout: str = "bilingual", style: styles.HouseStyle | None = None
) -> None:
    """Export `release` to `path`: built completely in memory first, then written all or nothing."""
    try:
        data = build_hwpx(release, layout, style)
    except HwpxError as exc:  # python-hwpx refusing what it was given (its open-safety check on saving, too)
        raise SaveError(tr("The HWPX file could not be made ({detail}).", detail=str(exc)), path) from exc
    with atomic_write(path) as fh:
        fh.write(data)


def write_export(release: Release, path: Path, layout: str, options: ExportOptions) -> None:
    """The registry's writer (drafter.formats)."""
    write_hwpx(release, path, layout, options.house_style(release))
