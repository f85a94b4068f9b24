"""What the DOCX tests share: the releases they export, reading parts of a package, LibreOffice."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from lxml import etree

from drafter.contacts import departments, line_of
from drafter.formats.docx_reader import read_docx
from drafter.formats.head import english_embargo
from drafter.formats.plaintext import Imported, read_text_file
from drafter.l10n import Message
from drafter.model import Details, Meta, Note, Paragraph, Release, Version
from drafter.parity import Finding, Location, Severity
from drafter.parity.glossary import default
from drafter.styles import HouseStyle
from tests.conftest import SAMPLES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or poppler-utils (pdftotext, pdffonts) is not installed; CI installs "
    "libreoffice-writer-nogui, fonts-nanum and poppler-utils",
)


def sample_release() -> Release:
    """The sample release with what a full export shows: the details of both languages (organisation,
    embargo, dateline, two attachments), levels, notes, footnotes and a two-person contact."""
    r = read_text_file(SAMPLES / "pps-innovation-2026-11-24.txt").release
    r.meta = Meta(release_date=date(2026, 11, 24))
    r.ko.details = Details(
        "조달청", "2026. 11. 24.(화) 12:00", attachments=["2026 혁신제품 해외진출 성과 현황", "국가별 수출 실적"]
    )
    r.en.details = Details(
        "Public Procurement Service",
        "12:00 KST, November 24, 2026",
        "DAEJEON, Nov. 24 (PPS) –",
        ["2026 overseas results of innovative products", "Exports by country"],
    )
    r.ko.body[0] = Paragraph(r.ko.body[0].text, r.ko.body[0].notes, "□")
    r.ko.body[1] = Paragraph(r.ko.body[1].text, [Note("전년 수출액: 2025년 104억원, 2024년 88억원", "**")], "ㅇ")
    r.ko.body[2] = Paragraph(r.ko.body[2].text, [], "-")
    r.ko.body[3] = Paragraph(r.ko.body[3].text, [], "□")
    r.en.body[1].notes.append(
        Note("Exports in previous years: KRW 10.4 billion in 2025, KRW 8.8 billion in 2024", "**")
    )
    r.en.body[2] = Paragraph(r.en.body[2].text, [], "•")
    r.ko.footnotes = [Note("수출액은 계약 기준이며, 환율은 1달러당 1,380원을 적용함", "※")]
    r.en.footnotes = [Note("Exports are counted by contract value, at KRW 1,380 to the US dollar", "※")]
    r.ko.contact = "혁신조달기획과 이정민 과장(042-724-7301), 박서연 사무관(042-724-7311)"
    r.en.contact = (
        "Innovation Procurement Planning Division, Lee Jeong-min, Director (+82-42-724-7301)\n"
        "Innovation Procurement Planning Division, Park Seo-yeon, Deputy Director (+82-42-724-7311)"
    )
    return r


def korean_details_only() -> Release:
    """A release whose details are filled in Korean only, as the issue found them."""
    r = sample_release()
    r.en.details = Details()
    r.en.contact = ""
    return r


def printed(release: Release, style: HouseStyle, langs: tuple[str, ...]) -> Release:
    """`release` as a document of it reads back: the house style's symbol for each Korean level (numbers
    as written), an English level's bullet (□ for level 1, which prints none), one contact line per
    department of the contact table (one per person in English), the organisation the style gives
    when the release names none, the English embargo from the Korean's date and time when it has
    none, and the languages the layout prints."""
    out = Release(meta=Meta(release.meta.release_date, "" if style.name == "generic" else style.name))
    english_bullets = {1: "□", 2: "•", 3: "–"}
    for lang in langs:
        v = release.version(lang)
        body = []
        for p in v.body:
            bullet = p.bullet
            if lang == "en" and p.level:
                bullet = english_bullets[p.level]
            elif p.level and p.bullet in ("□", "■", "ㅇ", "○", "◦", "●", "-", "–", "·", "•"):
                bullet = style.symbols[p.level]
            body.append(Paragraph(p.text, list(p.notes), bullet, p.level))
        details = Details(**vars(v.details))
        details.organisation = details.organisation or style.organisation.get(lang, "")
        if lang == "en" and not details.organisation and release.ko.details.organisation:
            term = default().term(release.ko.details.organisation)  # the glossary's English name for it
            details.organisation = term.en[0] if term and term.en else ""
        if lang == "en":
            details.embargo = english_embargo(release) or ""  # the Korean date and time, written the English way
        found = departments(v.contact, lang)
        if lang == "en":
            found = [type(d)(d.name, [p]) for d in found for p in d.people]
        contact = "\n".join(line_of(d, lang) for d in found) if found else v.contact
        if lang == "ko" and not all(any(p.name or p.phone for p in d.people) for d in found):
            contact = v.contact  # no table: the lines as written
        setattr(out, lang, Version(v.title, list(v.subtitle), body, list(v.footnotes), contact, details))
    return out


def part(package: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return etree.fromstring(z.read(name))


def names(package: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return z.namelist()


def styles_by_id(package: bytes) -> dict[str, etree._Element]:
    root = part(package, "word/styles.xml")
    return {s.get(f"{W}styleId"): s for s in root.findall(f"{W}style")}


def footers(package: bytes) -> list[etree._Element]:
    return [part(package, n) for n in sorted(names(package)) if re.match(r"word/footer\d*\.xml$", n)]


def paragraph_texts(root: etree._Element) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]


def body_paragraphs(package: bytes) -> list[etree._Element]:
    """The paragraphs of the document's body (not those in tables)."""
    return part(package, "word/document.xml").findall("w:body/w:p", NS)


def style_of(p: etree._Element) -> str:
    style = p.find("w:pPr/w:pStyle", NS)
    return style.get(f"{W}val") if style is not None else ""


def read_docx_bytes(data: bytes, lang: str | None = None) -> Imported:
    folder = Path(tempfile.mkdtemp())
    path = folder / "in.docx"
    path.write_bytes(data)
    try:
        return read_docx(path, lang)
    finally:
        shutil.rmtree(folder)


def soffice(folder: Path, target: str, *files: Path, outdir: Path | None = None) -> None:
    """LibreOffice converts `files` to `target` ("pdf", "docx") into `outdir`, with a private profile (no
    clash with a LibreOffice the user runs)."""
    assert SOFFICE is not None
    profile = folder / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir or folder),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


W_DECL = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)


def minimal_docx(
    body: str = "",
    document: str | None = None,
    extra: dict[str, bytes] | None = None,
    content_types: str = CONTENT_TYPES,
) -> bytes:
    """A package with only what Word needs: content types, the package relationships, a document."""
    xml = document or f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_DECL}><w:body>{body}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buffer.getvalue()


# Findings the review sheet shows in the tests, whatever the checker says.
FIXED_FINDINGS = [
    Finding(
        "fact-mismatch",
        Severity.ERROR,
        "body",
        Location(1, 0, 4, "올해 수출액"),
        Location(1, 0, 11, "This year's"),
        Message("금액이 다릅니다: 104억원 ≠ 10.4 billion", "Amounts differ: 104억원 ≠ 10.4 billion"),
    ),
    Finding(
        "notes-count",
        Severity.WARNING,
        "notes",
        Location(0, 0, 4, "혁신제품"),
        None,
        Message("주석 수가 다릅니다.", "The number of notes differs."),
    ),
    Finding("meta-date", Severity.INFO, "meta", None, None, Message("배포일 확인", "Check the release date")),
]
