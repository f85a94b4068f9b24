"""HWPX export (OWPML, KS X 6101: the format of 한글) of a release in the ko, en and bilingual layouts.

The document draws the layout model (drafter.formats.layout) with python-hwpx: A4 and the house
style's margins, the cover row (logo | 보도자료 | slogan), the 보도시점/배포 row, the title box with its
"- … -" subtitles, body paragraphs with hanging indents (the symbol at the left margin, a tab to the
automatic tab stop 한글 puts where the wrapped lines start, so every line of an item's text starts at
the same place), notes under their paragraph, 붙임, the contact table and "- 1 -" page numbers in the
footer. Each role has a named style (보도자료 본문, 보도자료 주석 …: what the reader of our own files
goes by) and its own character shape, with the house style's faces: the Korean face in every script
slot of a Korean section, the English face in the Latin slot of an English one.

한글 breaks Korean lines by word (어절) under the paragraph setting breakNonLatinWord="BREAK_WORD": the
name reads the other way round, but that is the value 한글 itself writes for 어절 (python-hwpx's line
measurement and its HWP 5 mapping say the same). So a number written against its unit (120억원) stays
whole without a mark; a space the layout holds with a no-break space is written as 한글's own no-break
space (hp:nbSpace), and a no-break hyphen as a plain one (a Latin word is not broken at a hyphen).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hwpx import HwpxDocument
from hwpx.errors import HwpxError

from drafter import styles
from drafter.errors import SaveError
from drafter.formats import ExportOptions
from drafter.formats import layout as model
from drafter.formats.hwpx_media import picture
from drafter.formats.hwpx_package import ENGLISH_SUFFIX, ROLE_STYLES
from drafter.l10n import tr
from drafter.model import Release
from drafter.storage import atomic_write

LAYOUTS = ("ko", "en", "bilingual")
PT = 100  # HWPUNIT in a point (7200 to the inch)
MM = 7200 / 25.4

# The font (and size) role of each paragraph and cell role in the house style.
_FONT_ROLE = {
    "footnote": "note",
    "attachment": "body",
    "contact": "body",
    "end": "body",
    "page": "head",
    "logo": "head",
}
_STYLE_ROLE = {"logo": "table", "page": "head"}
# A label's size and weight follow its table's values; the cover's 보도자료 is the style's label.
_LABEL_SIZE_ROLE = {"release": "head", "contact": "table"}
_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "JUSTIFY"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def hwp_text(text: str) -> str:
    """Text as a run of 한글 holds it: no-break hyphens plain, word joiners gone (a word is kept whole),
    tabs as spaces; no-break spaces stay, for python-hwpx to write as hp:nbSpace."""
    text = text.replace(model.NB_HYPHEN, "-").replace(model.WORD_JOINER, "").replace("\u200d", "")
    return _NOT_XML.sub("", text.replace("\t", " "))


@dataclass(frozen=True)
class _ParaShape:
    align: str = "left"
    left: int = 0  # HWPUNIT
    indent: int = 0  # negative: a hanging indent (the lines after the first start further right)
    before: int = 0
    line_spacing: int = 160
    keep_with_next: bool = False
    page_break: bool = False
    auto_tab: bool = False


class _Shapes:
    """Character shapes, paragraph shapes, border fills and named styles, each made once."""

    def __init__(self, doc: HwpxDocument, style: styles.HouseStyle) -> None:
        self.doc = doc
        self.style = style
        self.header = doc.parts.headers[0]
        self._chars: dict[tuple[str, str, float, bool], str] = {}
        self._paras: dict[_ParaShape, str] = {}
        self._fills: dict[tuple[bool, str], str] = {}
        self._styles: dict[tuple[str, str], str] = {}
        self._auto_tab = ""
        for role in styles.ROLES:  # Korean faces in every script slot; English ones in the Latin slot only
            doc.styles.ensure_font(style.ko.fonts[role])
        for role in styles.ROLES:
            doc.styles.ensure_font(style.en.fonts[role], lang="LATIN")

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
            if shape.auto_tab and not self._auto_tab:
                self._auto_tab = self.header.ensure_tab_definition(tab_stops=[], auto_tab_left=True)
            self._paras[shape] = self.header.ensure_paragraph_format(
                base_para_pr_id="0",
                alignment=_ALIGN.get(shape.align, "LEFT"),
                line_spacing_percent=shape.line_spacing,
                margins={"intent": shape.indent, "left": shape.left, "right": 0, "prev": shape.before, "next": 0},
                break_setting={
                    "keep_with_next": shape.keep_with_next,
                    "keep_lines": False,
                    "page_break_before": shape.page_break,
                },
                tab_pr_id_ref=self._auto_tab if shape.auto_tab else "0",
            )
        return self._paras[shape]

    def fill(self, borders: bool, color: str = "") -> str:
        key = (borders, color)
        if key not in self._fills:
            self._fills[key] = self.doc.styles.ensure_border_fill(
                border_color="#000000",
                border_width="0.12 mm",
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
        width, height = style.page_mm
        margins = style.margins_mm
        self.doc.page.setup(
            width_mm=width,
            height_mm=height,
            margin_left_mm=margins["left"],
            margin_right_mm=margins["right"],
            margin_top_mm=margins["top"],
            margin_bottom_mm=margins["bottom"],
            header_margin_mm=margins["header"],
            footer_margin_mm=margins["footer"],
            gutter_mm=0,
        )
        self.text_width = round((width - margins["left"] - margins["right"]) * MM)
        self._first = True  # the skeleton's first paragraph (it holds the page settings) takes the first block

    # paragraphs ----------------------------------------------------------------------------
    def _paragraph(self, para: str, style: str, char: str) -> Any:
        if self._first:
            self._first = False
            p = self.doc.paragraphs[0]
            p.para_pr_id_ref = para
            p.style_id_ref = style
            return p
        return self.doc.add_paragraph(
            "", para_pr_id_ref=para, style_id_ref=style, char_pr_id_ref=char, include_run=False, inherit_style=False
        )

    def para(self, block: model.Para, section: model.Section, new_page: bool) -> None:
        text_style = section.text_style
        role = _FONT_ROLE.get(block.role, block.role)
        size = block.size or text_style.sizes[role]
        unit = text_style.sizes["body"] * PT  # indents are in characters of the body size
        shape = _ParaShape(
            align=block.align,
            left=round(block.symbol_at * unit) if block.symbol else round(block.text_at * unit),
            indent=round((block.symbol_at - block.text_at) * unit) if block.symbol else round(block.first_line * unit),
            before=round(block.gap_before * PT),
            line_spacing=text_style.line_spacing,
            keep_with_next=block.keep_with_next,
            page_break=new_page,
            auto_tab=bool(block.symbol),
        )
        char = self.shapes.char(section.lang, role, size, block.bold or block.role == "title")
        para = self.shapes.para(shape)
        p = self._paragraph(para, self.shapes.named(section.lang, block.role, para, char), char)
        write_runs(p, block.symbol, block.text, char)

    # tables --------------------------------------------------------------------------------
    def table(self, block: model.Table, section: model.Section, new_page: bool) -> None:
        anchor_para = self.shapes.para(_ParaShape(line_spacing=100, page_break=new_page))
        anchor_char = self.shapes.char(section.lang, "table", section.text_style.sizes["table"], False)
        anchor = self._paragraph(anchor_para, self.shapes.named(section.lang, "table", anchor_para, anchor_char), "")
        clear_empty_runs(anchor)
        columns = len(block.widths)
        table = anchor.add_table(
            len(block.rows), columns, width=self.text_width, border_fill_id_ref=self.shapes.fill(block.borders)
        )
        table.set_column_widths(list(block.widths))
        merges: list[tuple[int, int, int, int]] = []
        covered: set[tuple[int, int]] = set()  # the layout writes an empty cell where a merged one stands
        for r, row in enumerate(block.rows):
            c = 0
            for cell in row:
                if c >= columns:
                    break
                if (r, c) in covered:
                    c += 1
                    continue
                self.cell(table, r, c, cell, block, section)
                last_row, last_col = min(r + cell.rows, len(block.rows)) - 1, min(c + cell.span, columns) - 1
                if (last_row, last_col) != (r, c):
                    merges.append((r, c, last_row, last_col))
                    covered |= {(i, j) for i in range(r, last_row + 1) for j in range(c, last_col + 1)}
                c += cell.span
        for r, c, last_row, last_col in merges:
            table.merge_cells(r, c, last_row, last_col)

    def cell(self, table: Any, r: int, c: int, cell: model.Cell, block: model.Table, section: model.Section) -> None:
        text_style = section.text_style
        if cell.role == "label" and block.role in _LABEL_SIZE_ROLE:
            size_role, bold = _LABEL_SIZE_ROLE[block.role], True
        else:
            size_role, bold = _FONT_ROLE.get(cell.role, cell.role), cell.role in ("label", "title", "head")
        font_role = "label" if cell.role == "label" else size_role
        char = self.shapes.char(section.lang, font_role, text_style.sizes[size_role], bold)
        para = self.shapes.para(_ParaShape(align=cell.align, line_spacing=text_style.line_spacing))
        named = self.shapes.named(section.lang, "label" if cell.role == "label" else cell.role, para, char)
        if cell.role == "label" and block.borders:  # the other cells have the table's borders already
            table.set_cell_border_fill(r, c, self.shapes.fill(True, self.style.colors.get("label_fill", "")))
        tc = table.cell(r, c)
        first = tc.paragraphs[0]
        first.para_pr_id_ref, first.style_id_ref = para, named
        clear_empty_runs(first)
        if cell.image is not None and picture(self.doc, first, cell.image, cell.alt, self.column_width(block, c, cell)):
            return
        lines = (cell.text or cell.alt).split("\n")
        write_runs(first, "", lines[0], char)
        for line in lines[1:]:
            write_runs(
                tc.add_paragraph("", para_pr_id_ref=para, style_id_ref=named, char_pr_id_ref=char), "", line, char
            )
        if cell.lines:  # the title box's subtitles
            sub_char = self.shapes.char(section.lang, "subtitle", text_style.sizes["subtitle"], False)
            sub_named = self.shapes.named(section.lang, "subtitle", para, sub_char)
            for line in cell.lines:
                p = tc.add_paragraph("", para_pr_id_ref=para, style_id_ref=sub_named, char_pr_id_ref=sub_char)
                write_runs(p, "", line, sub_char)

    def column_width(self, block: model.Table, c: int, cell: model.Cell) -> int:
        return round(self.text_width * sum(block.widths[c : c + cell.span]))

    # the document --------------------------------------------------------------------------
    def build(self, sections: list[model.Section]) -> None:
        for number, section in enumerate(sections):
            for index, block in enumerate(section.blocks):
                new_page = number > 0 and index == 0
                if isinstance(block, model.Table):
                    self.table(block, section, new_page)
                else:
                    self.para(block, section, new_page)
        self.doc.page.set_page_number(prefix="- ", suffix=" -", align="CENTER")

    def properties(self, release: Release, lang: str, now: datetime) -> None:
        """The package's metadata: title, author (the organisation), dates; nothing of python-hwpx's skeleton."""
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
        # The skeleton's manifest leaves out version.xml, which python-hwpx's validator then warns about.
        self.doc.package.add_manifest_item("version", "version.xml", "application/xml")

    def to_bytes(self) -> bytes:
        return self.doc.to_bytes()


def clear_empty_runs(p: Any) -> None:
    """Paragraph `p` without the empty runs python-hwpx starts a paragraph with (its other runs stay)."""
    for run in list(p.runs):
        if not run.text and run.content_kinds() <= {"text"}:
            run.remove()


def write_runs(p: Any, symbol: str, text: str, char: str) -> None:
    """The text of paragraph `p`: the symbol and a tab (to the hanging indent's tab stop), then the text."""
    clear_empty_runs(p)
    if symbol:
        p.add_run(hwp_text(symbol) + "\t", char_pr_id_ref=char)
    p.add_run(hwp_text(text), char_pr_id_ref=char, expand_special_characters=True)


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
