"""Reading an HWPX package's XML in tests: paragraphs with their shapes, tables, fonts."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import date

from lxml import etree

from drafter.formats.plaintext import read_text_file
from drafter.model import Details, Meta, Note, Release
from tests.conftest import SAMPLES

HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
HH = "{http://www.hancom.co.kr/hwpml/2011/head}"
HC = "{http://www.hancom.co.kr/hwpml/2011/core}"
SCRIPT_SLOTS = ("hangul", "latin", "hanja", "japanese", "other", "symbol", "user")


def sample_release() -> Release:
    """The sample release with every detail a full export shows: head, levels, notes, footnotes, 붙임,
    a contact of two departments, and the English head, dateline and attachments."""
    r = read_text_file(SAMPLES / "pps-innovation-2026-11-24.txt").release
    r.meta = Meta(release_date=date(2026, 11, 24))
    r.ko.details = Details(
        "조달청", "2026. 11. 24.(화) 조간", attachments=["2026 혁신제품 해외진출 성과 현황 1부.", "사진 2매"]
    )
    r.en.details = Details(
        "Public Procurement Service",
        "12:00 KST, November 24, 2026",
        "DAEJEON, Nov. 24 (PPS) –",
        ["2026 overseas results of innovative products"],
    )
    for paragraph, (level, bullet) in zip(r.ko.body[1:4], ((1, "□"), (2, "ㅇ"), (3, "-")), strict=True):
        paragraph.level, paragraph.bullet = level, bullet
    r.ko.body[1].notes.append(Note("전년 수출액: 2025년 104억원, 2024년 88억원", "**"))
    r.en.body[1].notes.append(
        Note("Exports in previous years: KRW 10.4 billion in 2025, KRW 8.8 billion in 2024", "**")
    )
    r.ko.footnotes = [Note("수출액은 계약 기준이며, 환율은 1달러당 1,380원을 적용함", "※")]
    r.en.footnotes = [Note("Exports are counted by contract value, at KRW 1,380 to the US dollar", "※")]
    r.ko.contact = (
        "혁신조달기획과 이정민 과장(042-724-7300), 박서연 사무관(042-724-7311, park@korea.kr)\n"
        "국제협력담당관실 염동현 사무관(042-724-7654)"
    )
    r.en.contact = "Innovation Procurement Planning Division, Park Seo-yeon, Deputy Director (+82-42-724-7311)"
    return r


def members(data: bytes) -> dict[str, bytes]:
    """The parts of a package by name, in the package's order."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def part(data: bytes, name: str) -> etree._Element:
    return etree.fromstring(members(data)[name])


def names(data: bytes) -> list[str]:
    return list(members(data))


def text_of(p: etree._Element) -> str:
    """A paragraph's text as 한글 shows it: tabs, no-break spaces (U+00A0) and line breaks."""
    out = []
    for run in p.findall(f"{HP}run"):
        for t in run.findall(f"{HP}t"):
            out.append(t.text or "")
            for child in t:
                out.append({f"{HP}tab": "\t", f"{HP}nbSpace": "\u00a0", f"{HP}lineBreak": "\n"}.get(child.tag, ""))
                out.append(child.tail or "")
    return "".join(out)


@dataclass
class Header:
    """The shapes of a package's header.xml, by id."""

    root: etree._Element
    faces: dict[str, dict[str, str]] = field(default_factory=dict)  # script -> font id -> face
    chars: dict[str, etree._Element] = field(default_factory=dict)
    paras: dict[str, etree._Element] = field(default_factory=dict)
    styles: dict[str, etree._Element] = field(default_factory=dict)
    fills: dict[str, etree._Element] = field(default_factory=dict)
    tabs: dict[str, etree._Element] = field(default_factory=dict)

    @classmethod
    def of(cls, data: bytes) -> Header:
        root = part(data, "Contents/header.xml")
        header = cls(root)
        for fontface in root.iter(f"{HH}fontface"):
            header.faces[fontface.get("lang").lower()] = {
                f.get("id"): f.get("face") for f in fontface.iter(f"{HH}font")
            }
        for tag, into in (("charPr", header.chars), ("paraPr", header.paras), ("style", header.styles)):
            into.update({e.get("id"): e for e in root.iter(f"{HH}{tag}")})
        header.fills = {e.get("id"): e for e in root.iter(f"{HH}borderFill")}
        header.tabs = {e.get("id"): e for e in root.iter(f"{HH}tabPr")}
        return header

    def fonts(self, char_id: str) -> dict[str, str]:
        """The face in each script slot of a character shape."""
        ref = self.chars[char_id].find(f"{HH}fontRef")
        return {slot: self.faces[slot][ref.get(slot)] for slot in SCRIPT_SLOTS}

    def size(self, char_id: str) -> float:
        return int(self.chars[char_id].get("height")) / 100

    def bold(self, char_id: str) -> bool:
        return self.chars[char_id].find(f"{HH}bold") is not None

    def margin(self, para_id: str, name: str) -> int:
        """A paragraph shape's margin (intent, left, prev …) in HWPUNIT, as 한글 of today reads it."""
        case = self.paras[para_id].find(f"{HP}switch/{HP}case/{HH}margin")
        return int(case.find(f"{HC}{name}").get("value"))

    def line_spacing(self, para_id: str) -> tuple[str, int]:
        spacing = self.paras[para_id].find(f"{HP}switch/{HP}case/{HH}lineSpacing")
        return spacing.get("type"), int(spacing.get("value"))

    def style_name(self, style_id: str) -> str:
        return self.styles[style_id].get("engName", "")


@dataclass
class Paragraph:
    element: etree._Element
    text: str
    style: str  # the named style's English name
    para: str  # paraPrIDRef
    char: str  # the charPrIDRef of its last run


def paragraphs(data: bytes, header: Header | None = None) -> list[Paragraph]:
    """The top-level paragraphs of every section (not those in tables), in order."""
    header = header or Header.of(data)
    found = []
    for name in (n for n in names(data) if n.startswith("Contents/section")):
        for p in part(data, name).findall(f"{HP}p"):
            runs = p.findall(f"{HP}run")
            found.append(
                Paragraph(
                    p,
                    text_of(p),
                    header.style_name(p.get("styleIDRef")),
                    p.get("paraPrIDRef"),
                    runs[-1].get("charPrIDRef") if runs else "",
                )
            )
    return found


def tables(data: bytes) -> list[etree._Element]:
    return [t for n in names(data) if n.startswith("Contents/section") for t in part(data, n).iter(f"{HP}tbl")]


def cells(table: etree._Element) -> list[list[str]]:
    """A table's cell texts row by row (a cell's paragraphs joined with a line break)."""
    return [
        ["\n".join(text_of(p) for p in tc.iter(f"{HP}p")) for tc in tr.findall(f"{HP}tc")]
        for tr in table.findall(f"{HP}tr")
    ]
