"""DOCX import: a draft written in Word, or one of our own exports, read into a Release.

The document's paragraphs become lines in the published plain-text layout and go through the
plain-text reader, so both imports share one set of heuristics: a blank line before each body
paragraph, none between a paragraph and its note lines (`*`, `**`, `※`), the title and its
subtitle lines together. Tables whose cells pair labels with values (our header and contact
tables, or a draft's own "보도시점 | …" table) become header lines ("보도시점 : …") at the top.

The file may come from anyone: the package is checked before python-docx opens it (declared
sizes of the parts, their number), python-docx's XML parser resolves no entities and loads no
DTD (`docx.oxml.parser`: `resolve_entities=False`; lxml's defaults `load_dtd=False`,
`no_network=True`), and every failure becomes an InputError naming the file and the problem.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document
from lxml import etree

from drafter.errors import InputError
from drafter.formats import package
from drafter.formats.body import NOTE_RE
from drafter.formats.docx_ooxml import REVIEW_HEADINGS, qn
from drafter.formats.head import DOC_TYPE_RE, EMBARGOED_RE, HEADER_RE, IMMEDIATE_RE, ORGANISATION_DOC_TYPE_RE
from drafter.formats.plaintext import Imported, parse_text
from drafter.l10n import tr
from drafter.model import nfc
from drafter.storage import read_bytes

_P, _TBL, _TR, _TC = qn("p"), qn("tbl"), qn("tr"), qn("tc")
_SDT, _SDT_CONTENT = qn("sdt"), qn("sdtContent")
_WRAPPERS = {qn("customXml"), qn("smartTag"), qn("ins"), qn("moveTo"), qn("hyperlink"), qn("fldSimple")}
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Subtrees that hold no text of the paragraph: properties, deleted text, field codes, drawings and
# text boxes (whose paragraphs are not part of the body's flow).
_SKIP = {
    qn(name)
    for name in (
        "pPr rPr del moveFrom instrText delText delInstrText drawing pict object txbxContent "
        "footnoteReference endnoteReference commentReference"
    ).split()
} | {f"{_MC}AlternateContent"}
_OUR_KINDS = {
    "Banner": "banner",
    "Title": "title",
    "Subtitle": "subtitle",
    "Body": "body",
    "Note": "note",
    "Footnote": "footnote",
    "Contact": "contact",
    "Finding": "review",
    "CellNote": "review",
}
_DASHED = re.compile(r"^[-–]\s*\S")


def read_docx(path: str | Path, lang: str | None = None) -> Imported:
    """A release from a DOCX file; `lang` forces a single-language document."""
    document = open_docx(read_bytes(path, package.MAX_FILE_BYTES), path)
    try:
        text = "\n".join(DocxLines(document, path).lines())
    except InputError:
        raise
    except Exception as exc:  # python-docx meets a package whose parts are not what their names say
        raise InputError(tr("The DOCX file could not be read ({detail}).", detail=_one_line(exc)), path) from None
    return parse_text(nfc(text), path, lang)


def _one_line(exc: BaseException) -> str:
    """An exception's text on one line (lxml's messages end with a line break), with its kind when bare."""
    text = " ".join(str(exc).split())
    return text if isinstance(exc, (etree.XMLSyntaxError, ValueError)) else f"{type(exc).__name__}: {text}"


# --- opening the package ------------------------------------------------------------------------


def open_docx(data: bytes, path: str | Path | None = None) -> Document:
    """The python-docx Document in `data`, after checking the package; InputError for anything wrong."""
    check_package(data, path)
    try:
        return docx.Document(io.BytesIO(data))
    except KeyError as exc:  # a part named in the package's relationships or content types is missing
        raise InputError(
            tr("The DOCX file is incomplete: the part {part} is missing.", part=_strip_quotes(exc)), path
        ) from None
    except etree.XMLSyntaxError as exc:
        raise InputError(
            tr("The DOCX file is damaged: a part is not well-formed XML ({detail}).", detail=_one_line(exc)), path
        ) from None
    except ValueError as exc:
        if "is not a Word file" in str(exc):
            raise InputError(
                tr("This is not a Word document but another kind of Office file (spreadsheet, slides or template)."),
                path,
            ) from None
        raise InputError(tr("The DOCX file could not be read ({detail}).", detail=_one_line(exc)), path) from None
    except Exception as exc:  # zlib, CRC and python-docx errors on hostile or broken input
        raise InputError(tr("The DOCX file could not be read ({detail}).", detail=_one_line(exc)), path) from None


def check_package(data: bytes, path: str | Path | None = None) -> None:
    """Refuse what is not a ZIP package, or would unpack to far more than any release (a zip bomb)."""
    names = {info.filename for info in package.check_package(data, path, "DOCX").infolist()}
    if "[Content_Types].xml" not in names:
        raise InputError(
            tr("This is not a DOCX file: the ZIP package has no [Content_Types].xml (an .odt or .hwpx file?)."),
            path,
        )


def _strip_quotes(exc: KeyError) -> str:
    text = str(exc.args[0]) if exc.args else str(exc)
    return text.strip("'\"")


# --- text ---------------------------------------------------------------------------------------


def text_of(element: etree._Element) -> str:
    """The text a reader sees in a paragraph: runs, inserted text, hyperlinks and field results,
    with tabs and line breaks; not deleted text, field codes, drawings or text boxes."""
    out: list[str] = []

    def walk(node: etree._Element) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:  # comments, processing instructions, entities
                continue
            if tag == _T:  # itertext: an unresolved entity stays as written ("&x;"), the text after it too
                out.append("".join(child.itertext()))
            elif tag in (_TAB, _PTAB):
                out.append("\t")
            elif tag in (_BR, _CR):
                out.append("\n")
            elif tag == _NO_BREAK_HYPHEN:
                out.append("-")
            else:
                walk(child)

    walk(element)
    return "".join(out).replace("\r", "")


_T, _TAB, _PTAB, _BR, _CR = qn("t"), qn("tab"), qn("ptab"), qn("br"), qn("cr")
_NO_BREAK_HYPHEN = qn("noBreakHyphen")


def _children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with `tag`, looking through content controls and other wrappers."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


class DocxLines:
    """The document as lines of the plain-text layout, and the header lines its tables carry."""

    def __init__(self, document: Document, path: str | Path | None = None) -> None:
        self.path = path
        self.style_names = {
            style.get(qn("styleId"), ""): (
                style.find(qn("name")).get(qn("val"), "") if style.find(qn("name")) is not None else ""
            )
            for style in document.styles.element.findall(qn("style"))
        }
        self.body_element = document.element.body
        self.header: list[str] = []
        self.body: list[str] = []
        self.last = ""  # kind of the last paragraph with text

    def lines(self) -> list[str]:
        self.walk(self.body_element)
        return [*self.header, "", *self.body] if self.header else self.body

    def walk(self, container: etree._Element) -> None:
        for child in container:
            if child.tag == _P:
                self.paragraph(child)
            elif child.tag == _TBL:
                self.table(child)
            elif child.tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self.walk(content)
            elif child.tag in _WRAPPERS:
                self.walk(child)

    # paragraphs --------------------------------------------------------------------------
    def kind(self, p: etree._Element) -> str:
        style = p.find(f"{qn('pPr')}/{qn('pStyle')}")
        style_id = style.get(qn("val"), "") if style is not None else ""
        if style_id[:2] in ("Ko", "En") and style_id[2:] in _OUR_KINDS:
            return _OUR_KINDS[style_id[2:]]
        name = self.style_names.get(style_id, "").lower()
        return name if name in ("title", "subtitle") else ""

    def paragraph(self, p: etree._Element) -> None:
        lines = [line.strip() for line in text_of(p).split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            self.body.append("")  # an empty paragraph separates like a blank line
            return
        kind = self.kind(p)
        if kind == "review":
            self.review_sheet()
        if kind == "banner" or (len(lines) == 1 and DOC_TYPE_RE.match(lines[0])):
            if kind == "banner" and (m := ORGANISATION_DOC_TYPE_RE.match(lines[0])):
                self.header.append(f"기관 : {m[1]}")  # "조달청 보도자료"
            return
        if kind == "subtitle" or (not kind and self.last in ("title", "subtitle") and _DASHED.match(lines[0])):
            kind = "subtitle"  # stays with the title, as the subtitle lines of a text file do
        elif kind == "footnote":
            if self.last != "footnote":
                self.body.append("")
        elif kind not in ("title", "contact", "body") and NOTE_RE.match(lines[0]) and self.last not in ("", "title"):
            kind = "note"  # directly under its paragraph
        else:
            self.body.append("")
            kind = kind or "body"
        self.body.extend(lines)
        self.last = kind

    # tables ------------------------------------------------------------------------------
    def table(self, tbl: etree._Element) -> None:
        rows = [[_cell_text(tc) for tc in _children(tr, _TC)] for tr in _children(tbl, _TR)]
        if rows and tuple(rows[0]) == REVIEW_HEADINGS:
            self.review_sheet()
        header = header_lines(rows)
        if header is not None:
            self.header.extend(header)
            return
        for row in _children(tbl, _TR):  # a table of content: its cells in reading order
            for tc in _children(row, _TC):
                self.walk(tc)

    def review_sheet(self) -> None:
        raise InputError(
            tr(
                "This is a review sheet (the review layout), not a release. Open the release itself, or a DOCX "
                "exported in the ko, en or bilingual layout."
            ),
            self.path,
        )


def _cell_text(tc: etree._Element) -> str:
    return " ".join(" ".join(text_of(p).split()) for p in tc.iter(_P)).strip()


def _key_of(line: str) -> str | None:
    """The metadata field a "label : value" line sets, by the plain-text reader's labels."""
    return next((key for pattern, key in HEADER_RE if pattern.match(line)), None)


def _is_label(text: str) -> bool:
    return _key_of(f"{text} : x") is not None


def header_lines(rows: list[list[str]]) -> list[str] | None:
    """ "label : value" lines from a table whose every row pairs labels with values, else None.

    "For immediate release" / "배포 즉시 보도" stand for an empty embargo; "Embargoed until …" is
    the English header's embargo.
    """
    lines: list[str] = []
    for cells in rows:
        i = 0
        while i < len(cells):
            text = cells[i].rstrip(":： ").strip()
            if not text or IMMEDIATE_RE.match(text):
                i += 1
            elif m := EMBARGOED_RE.match(text):
                lines.append(f"Embargo : {m[1]}")
                i += 1
            elif _is_label(text) and i + 1 < len(cells):
                value = cells[i + 1].strip()
                if value and not IMMEDIATE_RE.match(value):
                    lines.append(f"{text} : {value}")
                i += 2
            else:
                return None
    return lines
