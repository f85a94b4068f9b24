"""HWPX import: a release drafted in 한글, or one of our own exports, read into a Release.

The document becomes lines of the published plain-text layout and goes through the plain-text reader,
as a DOCX does (drafter.formats.docx_reader): the head tables become head lines ("보도시점 : …"), the
title box the title and its "- … -" subtitles, each body paragraph a block with its notes directly
under it, the contact table "* 문의:" lines, one per department. Our own files name every paragraph's
role in its style (보도자료 본문, 보도자료 각주 …); a file written in 한글 is read by its shape: symbols
typed as text (□, ㅇ, -), notes as paragraphs of their own, the head and the contact as tables, the
title the first paragraph after the head. Page headers and footers (page numbers, running heads) are
page furniture and are left out; a table of other content, a text box or a footnote of 한글's own has
its text put into the body, and the user is told.

The XML is read with our own parser after the package's checks (drafter.formats.hwpx_package), not
through python-hwpx: reading needs only the text and the shapes of a few elements, and nothing of
the file reaches code that was not written for hostile input.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from drafter.formats import package
from drafter.formats.body import NOTE_RE
from drafter.formats.head import DOC_TYPE_RE, attachment_line, head_line
from drafter.formats.hwpx_package import ROLE_OF_STYLE, HwpxParts, local, open_hwpx
from drafter.formats.layout import plain
from drafter.formats.plaintext import Imported, parse_text
from drafter.formats.tables import classify
from drafter.l10n import Message, tr_n
from drafter.labels import CONTACT_LABEL, LONE_ATTACHMENT_RE, contact_language
from drafter.model import nfc
from drafter.storage import read_bytes

_ATOMS = {"tab": "\t", "lineBreak": "\n", "nbSpace": "\u00a0", "fwSpace": " ", "hyphen": ""}
_SHAPES = {"rect", "ellipse", "polygon", "curve", "arc", "container", "connectLine", "textart"}
_OBJECTS = {"pic", "equation", "ole", "chart", "video"}
_NOTES = {"footNote", "endNote"}
_DASHED = re.compile(r"^[-–]\s*\S.*[-–]$")


def read_hwpx(path: str | Path, lang: str | None = None) -> Imported:
    """A release from an HWPX file; `lang` forces a single-language document."""
    parts = open_hwpx(read_bytes(path, package.MAX_FILE_BYTES), path)
    reader = HwpxLines(parts)
    text = "\n".join(reader.lines())
    imported = parse_text(nfc(text), path, lang)
    imported.notices += reader.notices()
    return imported


# --- the document as paragraphs and tables ---------------------------------------------------------


@dataclass
class Para:
    text: str
    role: str = ""  # from our style's name; "" in a file written in 한글
    align: str = ""
    alt: str = ""  # the description of a picture in it (our logo: the organisation)
    lang: str = ""  # the language of our style


@dataclass
class Cell:
    row: int
    col: int
    rows: int
    cols: int
    items: list[Para | Table] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [" ".join(i.text.split()) for i in self.items if isinstance(i, Para) and i.text.strip()]

    def text(self) -> str:
        return " ".join(self.lines()) or next((i.alt for i in self.items if isinstance(i, Para) and i.alt), "")


@dataclass
class Table:
    cells: list[Cell]

    def rows(self) -> list[list[Cell]]:
        """The cells row by row, each in the row it starts in, left to right."""
        rows: dict[int, list[Cell]] = {}
        for cell in self.cells:
            rows.setdefault(cell.row, []).append(cell)
        return [sorted(rows[r], key=lambda c: c.col) for r in sorted(rows)]

    def grid(self) -> list[list[str]]:
        """The text of every position, a merged cell's in each position it covers. Bounded by the cells: spans
        that claim far more room than there are cells (the table's size, or all the cells' spans together, the
        same positions counted again: 2,000 cells of 200 × 200 each) give the cells row by row instead."""
        width = max((c.col + c.cols for c in self.cells), default=0)
        height = max((c.row + c.rows for c in self.cells), default=0)
        room = MAX_SPAN_PER_CELL * len(self.cells) + 100
        if width * height > room or sum(c.rows * c.cols for c in self.cells) > room:
            return [[c.text() for c in row] for row in self.rows()]
        grid = [[""] * width for _ in range(height)]
        for cell in self.cells:
            text = cell.text()
            for r in range(cell.row, cell.row + cell.rows):
                grid[r][cell.col : cell.col + cell.cols] = [text] * cell.cols
        return grid


MAX_SPAN_PER_CELL = 20  # positions a table's cell covers on average at most before its spans are not believed


class Walker:
    """The paragraphs and tables of section parts, with counts of what had to be placed by guess."""

    def __init__(self, parts: HwpxParts) -> None:
        self.parts = parts
        self.counts: Counter[str] = Counter()
        self._deleting = False  # inside a tracked deletion

    def container(self, element: etree._Element) -> list[Para | Table]:
        items: list[Para | Table] = []
        for child in element:
            if local(child) == "p":
                items += self.paragraph(child)
            elif local(child) == "subList":
                items += self.container(child)
        return items

    def paragraph(self, p: etree._Element) -> list[Para | Table]:
        role, lang = ROLE_OF_STYLE.get(self.parts.styles.get(p.get("styleIDRef", ""), ""), ("", ""))
        align = self.parts.aligns.get(p.get("paraPrIDRef", ""), "")
        items: list[Para | Table] = []
        text: list[str] = []
        after: list[Para | Table] = []  # what stands in the paragraph's objects: after its text
        alt = ""
        for run in (r for r in p if local(r) == "run"):
            for child in run:
                name = local(child)
                if name == "t":
                    self.text(child, text)
                elif name in _ATOMS and not self._deleting:
                    text.append(_ATOMS[name])
                elif name in ("deleteBegin", "deleteEnd"):
                    self._deleting = name == "deleteBegin"
                elif name == "tbl":
                    if "".join(text).strip():
                        items.append(Para("".join(text), role, align))
                    text = []
                    items.append(self.table(child))
                elif name in _SHAPES:
                    for sub in (e for e in child.iter() if local(e) == "drawText"):
                        found = self.container(sub)
                        self.counts["shapes"] += bool(found)
                        after += found
                elif name in _OBJECTS:
                    comment = next((e for e in child if local(e) == "shapeComment"), None)
                    described = "".join(comment.itertext()).strip() if comment is not None else ""
                    if name == "pic" and described and not alt:
                        alt = described  # a logo's description names the organisation; else it is counted below
                    else:
                        self.counts["objects"] += 1
                elif name == "ctrl":
                    after += self.notes(child)
        if "".join(text).strip() or alt or not items:
            items.append(Para("".join(text), role, align, alt, lang))
        return items + after

    def text(self, t: etree._Element, out: list[str]) -> None:
        """The text of an hp:t, with 한글's marks inside it (tabs, no-break spaces) and without deletions."""
        if t.text and not self._deleting:
            out.append(t.text)
        for child in t:
            name = local(child)
            if name in ("deleteBegin", "deleteEnd"):
                self._deleting = name == "deleteBegin"
            elif name in _ATOMS and not self._deleting:
                out.append(_ATOMS[name])
            if child.tail and not self._deleting:
                out.append(child.tail)

    def notes(self, ctrl: etree._Element) -> list[Para | Table]:
        """A footnote or endnote of 한글's own: a note under its paragraph."""
        found: list[Para | Table] = []
        for note in (e for e in ctrl if local(e) in _NOTES):
            lines = [i.text.strip() for i in self.container(note) if isinstance(i, Para) and i.text.strip()]
            if lines:
                self.counts["notes"] += 1
                found.append(Para("* " + " ".join(lines), "note"))
        return found

    def table(self, tbl: etree._Element) -> Table:
        cells = []
        for tr in (e for e in tbl if local(e) == "tr"):
            for tc in (e for e in tr if local(e) == "tc"):
                address = next((e for e in tc if local(e) == "cellAddr"), None)
                span = next((e for e in tc if local(e) == "cellSpan"), None)
                cells.append(
                    Cell(
                        _number(address, "rowAddr", 0),
                        _number(address, "colAddr", 0),
                        max(_number(span, "rowSpan", 1), 1),
                        max(_number(span, "colSpan", 1), 1),
                        self.container(tc),
                    )
                )
        return Table(cells)


def _number(element: etree._Element | None, name: str, default: int) -> int:
    value = element.get(name, "") if element is not None else ""
    return min(int(value), 10_000) if value.isdigit() else default


# --- paragraphs and tables as lines of the text layout -----------------------------------------------


class HwpxLines:
    """The document as lines of the plain-text layout, in order: parse_text does the rest."""

    def __init__(self, parts: HwpxParts) -> None:
        self.walker = Walker(parts)
        self.items = [item for root in parts.sections for item in self.walker.container(root)]
        self.out: list[str] = []
        self.last = ""  # kind of the last line written: head title subtitle body note footnote …
        self.expect_title = True  # at the start and after a head, the next paragraph is a title

    def lines(self) -> list[str]:
        for i, item in enumerate(self.items):
            if isinstance(item, Table):
                self.table(item)
            else:
                following = self.items[i + 1] if i + 1 < len(self.items) else None
                self.paragraph(item, following)
        return self.out

    def notices(self) -> list[Message]:
        counts = self.walker.counts
        notices = []
        if counts["tables"]:
            notices.append(
                tr_n(
                    "The text of {count} table was put into the body as paragraphs.",
                    "The text of {count} tables was put into the body as paragraphs.",
                    counts["tables"],
                )
            )
        if counts["shapes"]:
            notices.append(
                tr_n(
                    "The text of {count} text box or shape was put into the body.",
                    "The text of {count} text boxes or shapes was put into the body.",
                    counts["shapes"],
                )
            )
        if counts["notes"]:
            notices.append(
                tr_n(
                    "{count} footnote of the document became a note under its paragraph.",
                    "{count} footnotes of the document became notes under their paragraphs.",
                    counts["notes"],
                )
            )
        if counts["objects"]:
            notices.append(
                tr_n(
                    "{count} picture or object was left out: pictures, charts and equations are not imported.",
                    "{count} pictures or objects were left out: pictures, charts and equations are not imported.",
                    counts["objects"],
                )
            )
        return notices

    def emit(self, line: str, kind: str, joined: bool = False) -> None:
        """`line` as a line of kind `kind`: in the block above it when `joined`, else after a blank line."""
        if not joined:
            self.out.append("")
        self.out.append(line)
        self.last = kind

    # paragraphs -------------------------------------------------------------------------------
    def paragraph(self, para: Para, following: Para | Table | None) -> None:
        self.walker.counts["objects"] += bool(para.alt)  # a described picture outside the cover row
        text = " ".join(plain(para.text).replace("\t", " ").split("\n")).strip()
        if not text:
            if self.last not in ("title", "subtitle", "head"):
                self.out.append("")  # an empty paragraph separates, as a blank line does
            return
        kind = para.role or self.kind_of(text, para, following)
        if (
            kind == "body"
            and self.last in ("body", "note", "footnote", "attachment")
            and LONE_ATTACHMENT_RE.match(text)
        ):
            kind = "attachment"
        if kind == "head":
            self.emit(text, "head", joined=self.last == "head")
            self.expect_title = True
            return
        if kind in ("title", "subtitle") and self.last not in ("title", "subtitle"):
            kind = "title"
        if kind == "title":
            self.expect_title = False
        elif kind == "attachment" and (m := LONE_ATTACHMENT_RE.match(text)):
            text = attachment_line(1, m[1], "ko")  # "붙임 제목": our one attachment, numbered as the text reads it
        elif kind == "end":
            self.expect_title = False
        elif kind == "note" and not NOTE_RE.match(text):
            text = f"* {text}"  # a note written without a marker, known by its style (as the DOCX reader does)
        elif kind == "contact" and para.lang and not contact_language(text):
            text = CONTACT_LABEL[para.lang] + text  # a department's line after the first, in our English layout
        joined = {
            "subtitle": True,
            "note": self.last in ("body", "note"),
            "footnote": self.last == "footnote",
            "attachment": self.last == "attachment",
            "contact": self.last == "contact",
        }.get(kind, False)
        self.emit(text, kind, joined)

    def kind_of(self, text: str, para: Para, following: Para | Table | None) -> str:
        """The role of a paragraph of a file written in 한글, by its text and where it stands."""
        next_text = following.text.strip() if isinstance(following, Para) else ""
        if (self.last in ("", "head") or self.expect_title) and (
            head_line(text) is not None or DOC_TYPE_RE.match(next_text)
        ):
            return "head"
        if NOTE_RE.match(text) and not contact_language(text):
            return "note"
        if self.last in ("title", "subtitle") and (_DASHED.match(text) or para.align == "CENTER"):
            return "subtitle"
        if self.expect_title:
            return "title"
        return "body"

    # tables -----------------------------------------------------------------------------------
    def table(self, table: Table) -> None:
        rows = table.rows()
        texts = [["\n".join(cell.lines()) or cell.text() for cell in row] for row in rows]
        parts = classify(texts, self.expect_title, table.grid())
        for line in parts.head:
            self.emit(line, "head", joined=self.last == "head")
        if parts.head and not (parts.contact or parts.title or parts.content):
            self.expect_title = True
        for line in parts.contact:
            self.emit(CONTACT_LABEL["ko"] + line, "contact", joined=self.last == "contact")
        if parts.title:
            title, *subtitles = parts.title
            self.emit(title, "title")
            for line in subtitles:
                self.emit(line, "subtitle", joined=True)
            self.expect_title = False
        if parts.content:
            self.content([cell for r in parts.content for cell in rows[r]])

    def content(self, cells: list[Cell]) -> None:
        """A table of content: its cells' paragraphs in reading order, as body paragraphs."""
        if any(cell.lines() for cell in cells):
            self.walker.counts["tables"] += 1
        for cell in cells:
            for item in cell.items:
                if isinstance(item, Table):
                    self.table(item)
                    continue
                self.walker.counts["objects"] += bool(item.alt)
                if item.text.strip():
                    self.emit(" ".join(plain(item.text).split()), "body")
        self.expect_title = False
