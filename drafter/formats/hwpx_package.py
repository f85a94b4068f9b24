"""Opening an HWPX file that may come from anyone: what is checked before a line of it is read.

An HWP 5 file (the older binary format of 한글, an OLE compound file) is told apart by its first
bytes and refused with what to do; anything else must be a ZIP package (drafter.formats.package
inflates every part once, in chunks, with limits on sizes and XML elements, and checks CRCs) whose
mimetype says HWPX. A DOCX or ODT renamed .hwpx is named as such. The section parts, in the order the
package's manifest gives them, and the header part are parsed with our XML parser (no entities, no
DTD, nothing fetched); a part that declares a DTD is refused outright, as no HWPX file has one.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from drafter.errors import InputError
from drafter.formats import package
from drafter.l10n import tr

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HWP5_SIGNATURE = b"HWP Document File"  # the start of an HWP 5 file's FileHeader stream
MIMETYPE = "application/hwp+zip"
_SECTION = re.compile(r"^Contents/section(\d+)\.xml$", re.I)

# The named style of each role in our own files, per language: (name shown in 한글, its English name). The
# writer gives every paragraph one; the reader takes the paragraph's role from the English name.
ROLE_STYLES = {
    "head": ("보도자료 머리", "Release Head"),
    "title": ("보도자료 제목", "Release Title"),
    "subtitle": ("보도자료 부제", "Release Subtitle"),
    "body": ("보도자료 본문", "Release Body"),
    "note": ("보도자료 주석", "Release Note"),
    "footnote": ("보도자료 각주", "Release Footnote"),
    "attachment": ("보도자료 붙임", "Release Attachment"),
    "contact": ("보도자료 문의", "Release Contact"),
    "end": ("보도자료 끝", "Release End"),
    "label": ("보도자료 표 항목", "Release Table Label"),
    "table": ("보도자료 표", "Release Table"),
}
ENGLISH_SUFFIX = (" (영문)", " (English)")
ROLE_OF_STYLE = {
    english + suffix: (role, lang)
    for role, (_name, english) in ROLE_STYLES.items()
    for suffix, lang in (("", "ko"), (ENGLISH_SUFFIX[1], "en"))
}


def local(element: etree._Element) -> str:
    """An element's name without its namespace; "" for comments, processing instructions and entities."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


@dataclass
class HwpxParts:
    sections: list[etree._Element] = field(default_factory=list)
    styles: dict[str, str] = field(default_factory=dict)  # style id -> English name (else its name)
    aligns: dict[str, str] = field(default_factory=dict)  # paragraph shape id -> horizontal alignment


def open_hwpx(data: bytes, path: str | Path | None) -> HwpxParts:
    """The parsed parts of the HWPX package in `data`; InputError naming the file for anything wrong."""
    if data.startswith(OLE_MAGIC[:4]):
        if HWP5_SIGNATURE in data:
            message = tr(
                "This is an HWP 5 file (the older binary format of 한글), which cannot be read; "
                "open it in 한글 and save it as HWPX (.hwpx)."
            )
        else:
            message = tr("This is not an HWPX file but an older binary Office document (.doc, .xls …).")
        raise InputError(message, path)
    zf = package.check_package(data, path, "HWPX")
    names = {info.filename for info in zf.infolist()}
    _check_kind(zf, names, path)
    parts = HwpxParts()
    for name in _section_names(zf, names, path):
        parts.sections.append(parse_part(zf, name, path))
    if not parts.sections:
        raise InputError(tr("The HWPX file holds no text: its package has no section part."), path)
    if "Contents/header.xml" in names:
        _read_header(parse_part(zf, "Contents/header.xml", path), parts)
    return parts


def _check_kind(zf: zipfile.ZipFile, names: set[str], path: str | Path | None) -> None:
    mimetype = zf.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    if mimetype == MIMETYPE:
        return
    if "[Content_Types].xml" in names:
        message = tr("This is not an HWPX file but a Word (or other Office) document; open it as .docx.")
    elif mimetype.startswith("application/vnd.oasis.opendocument"):
        message = tr("This is not an HWPX file but an OpenDocument file (.odt); save it as DOCX or HWPX.")
    else:
        message = tr("This is not an HWPX file: its ZIP package does not say it holds an HWPX document.")
    raise InputError(message, path)


def parse_part(zf: zipfile.ZipFile, name: str, path: str | Path | None) -> etree._Element:
    """The root of the XML part `name`; a DTD or broken XML is refused."""
    try:
        root = etree.fromstring(zf.read(name), package.parser())
    except etree.XMLSyntaxError as exc:
        detail = " ".join(str(exc).split())
        raise InputError(
            tr(
                "The HWPX file is damaged: its part {part} is not well-formed XML ({detail}).", part=name, detail=detail
            ),
            path,
        ) from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise InputError(
            tr("The HWPX file is refused: its part {part} declares a DTD, which no HWPX file does.", part=name), path
        )
    return root


def _section_names(zf: zipfile.ZipFile, names: set[str], path: str | Path | None) -> list[str]:
    """The section parts in reading order: the manifest's spine, else their numbers."""
    ordered: list[str] = []
    if "Contents/content.hpf" in names:
        root = parse_part(zf, "Contents/content.hpf", path)
        items = {
            item.get("id", ""): item.get("href", "") for item in root.iter() if local(item) == "item" and item.get("id")
        }
        for ref in (e for e in root.iter() if local(e) == "itemref"):
            href = items.get(ref.get("idref", ""), "")
            for candidate in (href, f"Contents/{href}"):
                if _SECTION.match(candidate) and candidate in names and candidate not in ordered:
                    ordered.append(candidate)
                    break
    if not ordered:
        found = [(int(m[1]), name) for name in names if (m := _SECTION.match(name))]
        ordered = [name for _n, name in sorted(found)]
    return ordered


def _read_header(root: etree._Element, parts: HwpxParts) -> None:
    for element in root.iter():
        name = local(element)
        if name == "style" and element.get("id") is not None:
            parts.styles[element.get("id", "")] = element.get("engName") or element.get("name") or ""
        elif name == "paraPr" and element.get("id") is not None:
            align = next((child for child in element.iter() if local(child) == "align"), None)
            parts.aligns[element.get("id", "")] = (align.get("horizontal", "") if align is not None else "").upper()
