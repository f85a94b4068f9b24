"""DOCX export of a release on our template, in the ko, en and bilingual layouts (review: docx_review).

The page follows Korean release conventions: "보도자료" and a header table (보도시점 / 배포, or
"For immediate release" / "Embargoed until …"), the title large and bold, "- … -" subtitle lines
centred, body paragraphs with their notes directly under them in a smaller face with a hanging
indent, footnotes, the contact line and a small table of the contact details, and "- 1 -" page
numbers. The bilingual layout starts the English on a new page. Every style gets its faces in all
four font slots (see docx_ooxml); the package is built in memory and written atomically.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Length, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from drafter import RESOURCES
from drafter.errors import SaveError
from drafter.formats.docx_ooxml import DOC_LABELS, DocxFonts, put, qn
from drafter.formats.docx_styles import dress_styles
from drafter.l10n import format_date, tr
from drafter.model import Note, Release, Version
from drafter.storage import atomic_write

if TYPE_CHECKING:
    from drafter.formats import ExportOptions
    from drafter.parity import Finding

TEMPLATE = RESOURCES / "docx" / "template.docx"
LAYOUTS = ("ko", "en", "bilingual", "review")
LANGS = {"ko": ("ko",), "en": ("en",), "bilingual": ("ko", "en"), "review": ("ko", "en")}

# Characters XML 1.0 cannot hold (lxml refuses them); a release pasted from elsewhere may carry some.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SUBTITLE_DASHES = re.compile(r"^[-–]\s*(.*?)\s*[-–]?$")


def clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def subtitle_line(text: str, lang: str) -> str:
    """Korean subtitle lines are printed "- … -"; English ones as they are."""
    if lang != "ko":
        return text
    m = _SUBTITLE_DASHES.match(text.strip())
    return f"- {m[1] if m else text} -"


class DocxBuilder:
    """A document opened from the template with the helpers every layout uses."""

    def __init__(self, fonts: DocxFonts, main_lang: str, langs: Sequence[str]) -> None:
        try:
            self.doc: Document = docx.Document(str(TEMPLATE))
        except Exception as exc:  # a damaged installation; the user can do nothing but reinstall
            raise SaveError(
                tr("The DOCX template is missing or damaged ({detail}); reinstall the program.", detail=exc),
                TEMPLATE,
            ) from exc
        self.fonts = fonts
        self.main_lang = main_lang
        dress_styles(self.doc.styles.element, fonts, main_lang, tuple(langs))
        self.text_width = self._text_width()

    def _text_width(self) -> int:
        section = self.doc.sections[0]
        return Length(section.page_width - section.left_margin - section.right_margin).twips

    # pages ------------------------------------------------------------------------------
    def landscape(self) -> None:
        section = self.doc.sections[0]
        width, height = section.page_width, section.page_height
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = height, width
        self.text_width = self._text_width()

    def page_numbers(self) -> None:
        """ "- 1 -" centred at the foot of every page: a PAGE field between two dashes."""
        footer = self.doc.sections[0].footer
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p._p.style = "Footer"
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
            self._body_end.addprevious(element)
            p = DocxParagraph(element, self.doc._body)
        else:
            p = container.add_paragraph()
        p._p.style = style
        if text:
            p.add_run(clean(text))
        return p

    @cached_property
    def _body_end(self) -> etree._Element:
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

    def properties(self, release: Release, lang: str, now: datetime) -> None:
        """Core properties: title, subject, author (organisation, department), language, dates."""
        title = release.version(lang).title or release.version("en" if lang == "ko" else "ko").title
        author = release.version(lang).details.organisation
        props = self.doc.core_properties
        props.title = clean(title)[:255]
        props.subject = DOC_LABELS[lang]["subject"]
        props.author = clean(author)[:255]
        props.last_modified_by = clean(author)[:255]
        props.language = "ko-KR" if lang == "ko" else "en-US"
        stamp = now.astimezone(UTC).replace(tzinfo=None, microsecond=0)
        props.created = stamp
        props.modified = stamp
        props.revision = 1

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


class ReleaseDocx(DocxBuilder):
    """The ko, en and bilingual layouts."""

    LABEL_FILL = "E7ECF4"

    def __init__(self, release: Release, layout: str, fonts: DocxFonts) -> None:
        langs = LANGS[layout]
        super().__init__(fonts, langs[0], langs)
        self.release = release
        self.langs = langs

    def build(self, now: datetime) -> bytes:
        self.page_numbers()
        first = True
        for lang in self.langs:
            version = self.release.version(lang)
            if version.is_empty() and len(self.langs) > 1:
                continue
            self.version(lang, version, new_page=not first)
            first = False
        self.properties(self.release, self.main_lang, now)
        return self.to_bytes()

    def version(self, lang: str, version: Version, new_page: bool) -> None:
        p = lang.capitalize()
        labels = DOC_LABELS[lang]
        organisation = version.details.organisation
        banner = self.para(
            self.doc, f"{organisation} {labels['banner']}" if organisation else labels["banner"], f"{p}Banner"
        )
        if new_page:
            put(banner._p.get_or_add_pPr(), "pageBreakBefore")
        self.header_table(lang)
        if version.title:
            self.para(self.doc, version.title, f"{p}Title")
        for line in version.subtitle:
            if line.strip():
                self.para(self.doc, subtitle_line(line, lang), f"{p}Subtitle")
        for paragraph in version.body:
            text = f"{paragraph.bullet} {paragraph.text}" if paragraph.bullet else paragraph.text
            self.para(self.doc, text, f"{p}Body")
            self.notes(paragraph.notes, f"{p}Note")
        self.notes(version.footnotes, f"{p}Footnote")
        for line in version.contact.split("\n"):
            if line.strip():
                self.para(self.doc, labels["contact"] + line, f"{p}Contact")
        self.contact_table(lang)

    def notes(self, notes: list[Note], style: str) -> None:
        # A tab after the marker: the hanging indent is a tab stop, so every line of the note
        # starts at the same place whatever the marker's width (*, **, ※).
        for note in notes:
            self.para(self.doc, f"{note.marker}\t{note.text}", style)

    def header_table(self, lang: str) -> None:
        """보도시점 | … | 배포 | date, or "For immediate release" / "Embargoed until …" | Release date | date."""
        meta, labels, p = self.release.meta, DOC_LABELS[lang], lang.capitalize()
        embargo = self.release.version(lang).details.embargo
        day = format_date(meta.release_date, lang) if meta.release_date else ""
        cells: list[tuple[str, bool]] = []  # (text, is a label)
        if lang == "ko":
            cells += [(labels["embargo"], True), (embargo or labels["immediate"], False)]
        else:
            statement = labels["embargoed"].format(value=embargo) if embargo else labels["immediate"]
            cells.append((statement, True))
        if day:
            cells += [(labels["release_date"], True), (day, False)]
        label_width = 1500 if lang == "ko" else 1800
        labels_n = sum(1 for _, is_label in cells if is_label)
        if lang == "en":
            widths = [4200, label_width, self.text_width - 4200 - label_width] if day else [self.text_width]
        else:
            value_width = (self.text_width - labels_n * label_width) // (len(cells) - labels_n)
            widths = [label_width if is_label else value_width for _, is_label in cells]
            widths[-1] = self.text_width - sum(widths[:-1])
        table = self.table(1, widths)
        for cell, (text, is_label) in zip(table.rows[0].cells, cells, strict=True):
            self.cell_text(cell, text, f"{p}TableLabel" if is_label else f"{p}Table")
            self.middle(cell)
            if is_label:
                self.shade(cell, self.LABEL_FILL)

    def contact_table(self, lang: str) -> None:
        """담당 부서 / 담당자 / 연락처 … as label–value pairs, two to a row, kept on one page."""
        rows = contact_rows(self.release.version(lang).details.attachments, lang)
        if not rows:
            return
        p = lang.capitalize()
        label = 1500 if lang == "ko" else 1700
        value = (self.text_width - 2 * label) // 2
        pairs: list[list[tuple[str, str]]] = []
        for key, text in rows:
            if key == DOC_LABELS[lang]["attachment"] or not pairs or len(pairs[-1]) == 2:
                pairs.append([(key, text)])
            else:
                pairs[-1].append((key, text))
            if key == DOC_LABELS[lang]["attachment"]:
                pairs.append([])
        pairs = [row for row in pairs if row]
        table = self.table(len(pairs), [label, value, label, self.text_width - 2 * label - value])
        for row, cells in zip(table.rows, pairs, strict=True):
            if len(cells) == 1:  # a long value (an attachment, the last odd item) takes the whole row
                row.cells[1].merge(row.cells[3])
            for i, (key, text) in enumerate(cells):
                label_cell, value_cell = row.cells[2 * i], row.cells[2 * i + 1]
                self.cell_text(label_cell, key, f"{p}TableLabel")
                self.shade(label_cell, self.LABEL_FILL)
                self.cell_text(value_cell, text, f"{p}Table")
                self.middle(label_cell)
                self.middle(value_cell)
        self.keep_together(table)

    @staticmethod
    def keep_together(table: Table) -> None:
        """Keep a small table on one page, as Word does it: rows that do not split, each kept with the next."""
        rows = table.rows
        for i, row in enumerate(rows):
            trpr = row._tr.get_or_add_trPr()
            if trpr.find(qn("cantSplit")) is None:
                trpr.insert(0, etree.Element(qn("cantSplit")))
            if i < len(rows) - 1:
                for tc in row._tr.iter(qn("tc")):
                    for p in tc.iter(qn("p")):
                        put(p.get_or_add_pPr(), "keepNext")


def contact_rows(attachments: list[str], lang: str) -> list[tuple[str, str]]:
    return [(DOC_LABELS[lang]["attachment"], name) for name in attachments if name]


def build_docx(
    release: Release,
    layout: str,
    fonts: DocxFonts | None = None,
    now: datetime | None = None,
    findings: list[Finding] | None = None,
) -> bytes:
    """The DOCX package of `release` in `layout`, as bytes.

    `now` stamps the core properties (default: the current time); `findings` replaces the
    checker's in the review layout (for tests and for a GUI that has them already).
    """
    if layout not in LAYOUTS:
        raise ValueError(layout)
    fonts = fonts or DocxFonts()
    now = now or datetime.now(UTC)
    if layout == "review":
        from drafter.formats.docx_review import ReviewDocx

        return ReviewDocx(release, fonts, findings).build(now)
    return ReleaseDocx(release, layout, fonts).build(now)


def write_docx(
    release: Release,
    path: str | Path,
    layout: str = "bilingual",
    fonts: DocxFonts | None = None,
    findings: list[Finding] | None = None,
) -> None:
    """Export `release` to `path`: built completely in memory first, then written all or nothing."""
    data = build_docx(release, layout, fonts, findings=findings)
    with atomic_write(path) as fh:
        fh.write(data)


def write_export(release: Release, path: Path, layout: str, options: ExportOptions) -> None:
    """The registry's writer (drafter.formats): the review layout checks with the user's glossary too."""
    findings = None
    if layout == "review":
        from drafter.parity import check

        findings = check(release, options.user_terms)
    write_docx(release, path, layout, findings=findings)
