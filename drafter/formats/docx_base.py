"""What every DOCX this program writes starts from: the template, its styles made for the house style,
paragraphs, tables, page numbers and the core properties. The release layouts (docx_writer) and the
review layout (docx_review) both build on it, and neither imports the other.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cached_property

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls
from docx.section import Section
from docx.shared import Length, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from drafter import RESOURCES
from drafter.errors import SaveError
from drafter.formats.docx_ooxml import SUBJECT, put, qn
from drafter.formats.docx_styles import dress_styles
from drafter.formats.layout import clean, page_margins_mm
from drafter.l10n import tr
from drafter.model import Release
from drafter.styles import DEFAULT, HouseStyle

TEMPLATE = RESOURCES / "docx" / "template.docx"
MM = 1440 / 25.4  # twips per millimetre


class DocxBuilder:
    """A document opened from the template, its styles made for `house` and the languages it prints."""

    def __init__(self, house: HouseStyle, langs: Sequence[str]) -> None:
        try:
            self.doc: Document = docx.Document(str(TEMPLATE))
        except Exception as exc:  # a damaged installation; the user can do nothing but reinstall
            raise SaveError(
                tr("The DOCX template is missing or damaged ({detail}); reinstall the program.", detail=exc),
                TEMPLATE,
            ) from exc
        self.house = house
        self.main_lang = langs[0]
        dress_styles(self.doc.styles.element, house, tuple(langs))
        self.page(self.doc.sections[0])

    # pages ------------------------------------------------------------------------------
    def page(self, section: Section) -> None:
        """The house style's paper and margins on `section`."""
        width, height = self.house.page_mm
        margins = page_margins_mm(self.house)
        section.page_width, section.page_height = Twips(round(width * MM)), Twips(round(height * MM))
        for side in ("top", "bottom", "left", "right"):
            setattr(section, f"{side}_margin", Twips(round(margins[side] * MM)))
        section.header_distance = Twips(round(margins["header"] * MM))
        section.footer_distance = Twips(round(margins["footer"] * MM))

    @property
    def text_width(self) -> int:
        """The width between the margins of the last section, in twips."""
        section = self.doc.sections[-1]
        return Length(section.page_width - section.left_margin - section.right_margin).twips

    def landscape(self) -> None:
        section = self.doc.sections[0]
        width, height = section.page_width, section.page_height
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = height, width

    def page_numbers(self, section: Section, style: str = "Footer") -> None:
        """ "- 1 -" centred at the foot of every page of `section`: a PAGE field between two dashes."""
        footer = section.footer
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p._p.style = style
        runs = (
            '<w:r><w:t xml:space="preserve">- </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            "<w:r><w:t>1</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:r><w:t xml:space="preserve"> -</w:t></w:r>'
        )
        for run in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
            p._p.append(run)

    def page_header(self, lines: Sequence[tuple[str, str]]) -> None:
        header = self.doc.sections[0].header
        header.is_linked_to_previous = False
        first = True
        for text, style in lines:
            p = header.paragraphs[0] if first else header.add_paragraph()
            first = False
            p._p.style = style
            p.add_run(clean(text))

    # blocks -----------------------------------------------------------------------------
    def para(self, container: Document | _Cell, text: str, style: str) -> DocxParagraph:
        if container is self.doc:
            # python-docx's add_paragraph looks for the body's last child (sectPr) from the first one on
            # every call, which makes a long document quadratic; the paragraph goes right before it.
            element = OxmlElement("w:p")
            self.body_end.addprevious(element)
            p = DocxParagraph(element, self.doc._body)
        else:
            p = container.add_paragraph()
        p._p.style = style
        if text:
            p.add_run(clean(text))
        return p

    @cached_property
    def body_end(self) -> etree._Element:
        """The body's closing sectPr, before which paragraphs go (found once: lxml counts children one by one)."""
        body = self.doc.element.body
        end = body.find(qn("sectPr"))
        if end is None:
            end = OxmlElement("w:sectPr")
            body.append(end)
        return end

    def cell_text(self, cell: _Cell, text: str, style: str, first: bool = True) -> DocxParagraph:
        """Text in `cell`: into its initial empty paragraph when `first`, else a new one."""
        if first and cell.paragraphs and not cell.paragraphs[0].text:
            p = cell.paragraphs[0]
            p._p.style = style
            if text:
                p.add_run(clean(text))
            return p
        return self.para(cell, text, style)

    def table(self, rows: int, widths: Sequence[int], align: str = "center") -> Table:
        """A grid table of fixed column widths (twips) in the template's "Table Grid" style."""
        table = self.doc.add_table(rows=rows, cols=len(widths))
        tblpr = table._tbl.tblPr
        tblpr.style = "TableGrid"
        table.autofit = False
        put(tblpr, "tblW", {"w": str(sum(widths)), "type": "dxa"})
        put(tblpr, "jc", {"val": align})
        put(tblpr, "tblLayout", {"type": "fixed"})
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Twips(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Twips(width)
        return table

    @staticmethod
    def shade(cell: _Cell, fill: str) -> None:
        put(cell._tc.get_or_add_tcPr(), "shd", {"val": "clear", "color": "auto", "fill": fill})

    @staticmethod
    def middle(cell: _Cell) -> None:
        put(cell._tc.get_or_add_tcPr(), "vAlign", {"val": "center"})

    @staticmethod
    def keep_together(table: Table) -> None:
        """Keep a small table on one page, as Word does it: rows that do not split, each kept with the next."""
        rows = table.rows
        for i, row in enumerate(rows):
            put(row._tr.get_or_add_trPr(), "cantSplit")
            if i < len(rows) - 1:
                for tc in row._tr.iter(qn("tc")):
                    for p in tc.iter(qn("p")):
                        put(p.get_or_add_pPr(), "keepNext")

    def properties(self, release: Release, lang: str, now: datetime) -> None:
        """Core properties: title, subject, author (the organisation), language, dates."""
        title = release.version(lang).title or release.version("en" if lang == "ko" else "ko").title
        author = release.version(lang).details.organisation or self.house.organisation.get(lang, "")
        props = self.doc.core_properties
        props.title = clean(title)[:255]
        props.subject = SUBJECT[lang]
        props.author = clean(author)[:255]
        props.last_modified_by = clean(author)[:255]
        props.language = "ko-KR" if lang == "ko" else "en-US"
        props.category = "" if self.house.name == DEFAULT else self.house.name  # read back as the release's style
        stamp = now.astimezone(UTC).replace(tzinfo=None, microsecond=0)
        props.created = stamp
        props.modified = stamp
        props.revision = 1

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()
