"""A DOCX's paragraphs and tables as the lines of the plain-text layout, one text per language.

What each paragraph is comes from its style or its looks (drafter.formats.docx_roles); it is written
as the plain text writes it: the head lines ("보도시점 : …", "PRESS RELEASE"), the title with its
subtitle lines, a blank line before each body paragraph with its symbol ("ㅇ …"), notes directly under
their paragraph, footnotes in a block of their own, "붙임 1. …", "* 문의: …" / "Contact: …". The
contact table becomes one contact line per department, a table of labels and values ("보도시점 | …")
head lines. The no-break joins of our exports are undone (layout.plain).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document
from lxml import etree

from drafter.contacts import gives_reach
from drafter.errors import InputError
from drafter.formats.body import BULLET_RE, NOTE_RE, SENTENCE_END
from drafter.formats.docx_ooxml import REVIEW_HEADINGS, qn
from drafter.formats.docx_roles import (
    StyleRoles,
    has_borders,
    is_centred,
    looks_like_title,
    style_of,
)
from drafter.formats.head import (
    attachment_line,
    head_line,
)
from drafter.formats.layout import plain
from drafter.formats.tables import classify
from drafter.l10n import tr
from drafter.labels import CONTACT_LABEL, LONE_ATTACHMENT_RE, contact_language, strip_attachment_label, strip_label
from drafter.model import ENGLISH_SYMBOLS, LEVEL_SYMBOLS

_P, _TBL, _TR, _TC = qn("p"), qn("tbl"), qn("tr"), qn("tc")
_SDT, _SDT_CONTENT = qn("sdt"), qn("sdtContent")
_WRAPPERS = {qn("customXml"), qn("smartTag"), qn("ins"), qn("moveTo"), qn("hyperlink"), qn("fldSimple")}
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
# Subtrees that hold no text of the paragraph: properties, deleted text, field codes, drawings and
# text boxes (whose paragraphs are not part of the body's flow).
_SKIP = {
    qn(name)
    for name in (
        "pPr rPr del moveFrom instrText delText delInstrText drawing pict object txbxContent "
        "footnoteReference endnoteReference commentReference"
    ).split()
} | {f"{_MC}AlternateContent"}
_T, _TAB, _PTAB, _BR, _CR = qn("t"), qn("tab"), qn("ptab"), qn("br"), qn("cr")
_NO_BREAK_HYPHEN = qn("noBreakHyphen")
_DASHED = re.compile(r"^[-–]\s*\S")
_SYMBOL_TAB = re.compile(r"^(\S{1,4})\t+\s*(.*)$", re.S)  # "ㅇ\ttext", "1.\ttext", "*\ttext": what we write
# The symbol of a level when a paragraph of that level's style shows none (an English level 1 prints none).
_LEVEL_SYMBOLS = {"ko": LEVEL_SYMBOLS, "en": {1: LEVEL_SYMBOLS[1], **ENGLISH_SYMBOLS}}
_NUMBER = re.compile(r"\d{1,3}\.")
_BODY = ("body", "note")  # the kinds a note goes directly under


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
    return plain("".join(out).replace("\r", ""))


def children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with `tag`, looking through content controls and other wrappers."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from children(content, tag)
        elif child.tag in _WRAPPERS:
            yield from children(child, tag)


def _cell_text(tc: etree._Element) -> str:
    """A cell's paragraphs, one line each (a line break inside a paragraph as a space)."""
    lines = (" ".join(text_of(p).split("\n")).strip() for p in tc.iter(_P))
    return "\n".join(line for line in lines if line)


@dataclass
class _Part:
    """One language's lines so far."""

    header: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    last: str = ""  # the kind of the last paragraph with text
    titled: bool = False
    attachments: int = 0
    contact_label: str = CONTACT_LABEL["ko"]  # the label of the contact line above (a line under it has none)

    def text(self) -> str:
        return "\n".join([*self.header, "", *self.body] if self.header else self.body)

    def is_empty(self) -> bool:
        return not any(self.header) and not any(self.body)


class DocxLines:
    """The document as the lines of the plain-text layout, per language where its styles say it."""

    def __init__(self, document: Document, path: str | Path | None = None) -> None:
        self.path = path
        self.roles = StyleRoles(document.styles.element)
        self.body_element = document.element.body
        self.parts: dict[str | None, _Part] = {None: _Part()}
        self.lang: str | None = None

    def texts(self) -> dict[str | None, str]:
        """Each language's text ("ko", "en"), or the whole text under None when no style said a language."""
        self.walk(self.body_element)
        return {code: part.text() for code, part in self.parts.items() if not part.is_empty()} or {None: ""}

    @property
    def part(self) -> _Part:
        return self.parts[self.lang]

    def switch(self, lang: str | None) -> None:
        """Lines from here on are `lang`'s; what came before any language said belongs to the first one."""
        if lang is None or lang == self.lang:
            return
        if lang not in self.parts:
            self.parts[lang] = self.parts.pop(None) if self.lang is None else _Part()
        self.lang = lang

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
    def paragraph(self, p: etree._Element) -> None:
        role = self.roles.of(style_of(p))
        self.switch(role.lang if role else None)
        lines = [line.strip() for line in text_of(p).split("\n")]
        lines = [line for line in lines if line]
        part = self.part
        if not lines:
            part.body.append("")  # an empty paragraph separates like a blank line
            return
        kind = role.role if role else self.guess(p, lines[0])
        text = " ".join(lines)
        if kind in ("cellnote", "finding"):
            self.review_sheet()
        elif kind in ("end", "footer"):
            return
        elif kind in ("head", "headlabel", "label", "logo"):
            if any(part.body):  # a head after text: a block of its own, with the organisation above it
                if part.last != "head" and not _organisation_above(part.body):
                    part.body.append("")
                part.body += lines
            else:
                part.header.extend(lines)
        elif kind == "title":
            part.body += ["", text]
            part.titled = True
        elif kind == "subtitle":
            part.body += lines if part.last in ("title", "subtitle") else ["", *lines]
        elif kind.startswith("level") or kind == "body":
            part.body += ["", self.item(p, text, kind, role is not None)]
            kind = "body"
        elif kind in ("note", "footnote"):
            if kind == "footnote" and part.last != "footnote":
                part.body.append("")
            part.body += [_note_line(line) for line in lines]
        elif kind == "attachment":
            part.attachments += 1
            part.body += ["", attachment_line(part.attachments, _attachment_title(text), self.lang or "ko")]
        elif kind == "contact":
            line = strip_label(text).strip()
            said = contact_language(text)
            if self.lang or said:  # the label of the language, or of the line itself
                part.contact_label = CONTACT_LABEL[self.lang or said]
            if line:
                part.body += ["", part.contact_label + line]
        else:
            part.body += ["", *lines]
            kind = "body"
        part.last = kind

    def guess(self, p: etree._Element, first: str) -> str:
        """The kind of a paragraph no style names: by its looks, its place and its first words."""
        part = self.part
        if not part.titled and looks_like_title(p, self.roles):
            return "title"
        if part.last in ("title", "subtitle") and (_DASHED.match(first) or is_centred(p)):
            return "subtitle"  # stays with the title, as the subtitle lines of a text file do
        if NOTE_RE.match(first) and part.last in _BODY:
            return "note"  # directly under its paragraph
        if contact_language(first) or (part.last == "contact" and gives_reach(first)):
            return "contact"  # "* 문의: …", "Contact: …", and the next person's line under it
        head = head_line(first)
        if head is None:
            return "body"
        if not any(part.body):  # the document's head
            return "head"
        if head == ("doc_type", "") or part.last == "head":  # the next language's head, after the first's text
            part.titled = False
            return "head"
        return "body"

    def item(self, p: etree._Element, text: str, kind: str, ours: bool) -> str:
        """A body paragraph's line: its symbol (typed, ours before a tab, or its level's) and its text."""
        level = int(kind[5:]) if kind.startswith("level") else 0
        numbering = p.find(f"{qn('pPr')}/{qn('numPr')}/{qn('ilvl')}")
        if not level and numbering is not None:  # a list of Word's: the level from the list's
            depth = numbering.get(qn("val"), "0")
            level = min(int(depth) + 1, 3) if depth.isdigit() else 1
        m = _SYMBOL_TAB.match(text)
        if m and ours and self.lang == "en" and _NUMBER.fullmatch(m[1]):
            m, text = None, m[2]  # the number an English house style gives its paragraphs (1., 2. …)
        if m and level:  # the symbol before a tab, as we write it
            symbol, text = m[1], m[2]
        elif level and BULLET_RE.match(text):
            return text
        else:
            symbol = _LEVEL_SYMBOLS[self.lang or "ko"][level] if level else ""
        return f"{symbol} {text}" if symbol else text

    # tables ------------------------------------------------------------------------------
    def table(self, tbl: etree._Element) -> None:
        trs = list(children(tbl, _TR))
        rows = [[_cell_text(tc) or _described(tc) for tc in children(tr, _TC)] for tr in trs]
        if rows and tuple(" ".join(c.split("\n")) for c in rows[0]) == REVIEW_HEADINGS:
            self.review_sheet()
        roles = [self.roles.of(style_of(p)) for p in tbl.iter(_P)]
        self.switch(next((r.lang for r in roles if r and r.lang), None))
        part = self.part
        # Our title box (a paragraph of it in the title's style), or a bordered one-cell table before the
        # body, which is where releases put the title.
        ours = any(r and r.role == "title" for r in roles)
        parts = classify(rows, ours or (not part.titled and not any(part.body) and has_borders(tbl)))
        part.header += parts.head
        for line in parts.contact:
            part.body += ["", CONTACT_LABEL["ko"] + line]
        if parts.title:
            part.body += ["", *parts.title]
            part.titled, part.last = True, "subtitle"
        for r in parts.content:  # a table of content: its cells in reading order
            for tc in children(trs[r], _TC):
                self.walk(tc)

    def review_sheet(self) -> None:
        raise InputError(
            tr(
                "This is a review sheet (the review layout), not a release. Open the release itself, or a DOCX "
                "exported in the ko, en or bilingual layout."
            ),
            self.path,
        )


def _described(tc: etree._Element) -> str:
    """The description of a picture in a cell (our logo's names the organisation)."""
    return next((d.get("descr", "").strip() for d in tc.iter(f"{_WP}docPr") if d.get("descr", "").strip()), "")


def _organisation_above(body: list[str]) -> bool:
    """Whether the last line written is a name standing alone ("Public Procurement Service" above PRESS
    RELEASE), not the end of a paragraph."""
    return len(body) >= 2 and not body[-2] and len(body[-1]) < 80 and not body[-1].endswith(SENTENCE_END)


def _attachment_title(text: str) -> str:
    """A paragraph of the attachment style without its label: "붙임 1. 계약 현황", and our lone "붙임 계약 현황"."""
    lone = LONE_ATTACHMENT_RE.match(text)
    return lone[1] if lone else strip_attachment_label(text)


def _note_line(line: str) -> str:
    """ "*\ttext" (as we write a note) as "* text"; a line without a marker gets "*"."""
    m = _SYMBOL_TAB.match(line)
    if m and NOTE_RE.fullmatch(m[1] + " "):
        return f"{m[1]} {m[2]}"
    return line if NOTE_RE.match(line) else f"* {line}"
