"""DOCX import of files other than our own exports as we wrote them: drafts typed in Word, our exports saved
again by LibreOffice or Word (renamed or localised style names, direct formatting instead of our styles,
symbols typed as text), and broken or hostile packages.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from drafter.formats import read_release
from drafter.formats.docx_reader import read_docx
from drafter.formats.docx_writer import build_docx
from drafter.model import Note
from drafter.styles import load
from tests.formats.docx_helpers import CONTENT_TYPES, NOW, minimal_docx, printed, read_docx_bytes, sample_release

GENERIC = load("generic")


def _saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _with_parts(package: bytes, change: dict[str, callable]) -> bytes:  # type: ignore[valid-type]
    """`package` with some parts' XML text changed by a function of it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename in change:
                data = change[info.filename](data.decode("utf-8")).encode("utf-8")
            new.writestr(info, data)
    return out.getvalue()


# --- our exports, saved again ----------------------------------------------------------------------


def test_styles_renamed_as_libreoffice_saves_them_read_as_ours():
    """LibreOffice writes "KO Subtitle" back with the id KOSubtitle; a user may rename the style itself."""
    release = sample_release()
    exported = build_docx(release, "bilingual", GENERIC, now=NOW)

    def rename_ids(xml: str) -> str:
        return re.sub(r'w:(styleId|val)="(Ko|En)([A-Z]\w*)"', lambda m: f'w:{m[1]}="{m[2].upper()}{m[3]}"', xml)

    def rename_names(xml: str) -> str:
        return (
            rename_ids(xml)
            .replace('w:val="KO Subtitle"', 'w:val="KOSubtitle"')
            .replace('w:val="EN Level 2"', 'w:val="en_level2"')
        )

    changed = _with_parts(exported, {"word/document.xml": rename_ids, "word/styles.xml": rename_names})
    assert b"KoSubtitle" not in changed
    assert read_docx_bytes(changed).release == printed(release, GENERIC, ("ko", "en"))


def test_a_style_of_the_users_based_on_ours_keeps_its_role():
    release = sample_release()
    exported = build_docx(release, "ko", GENERIC, now=NOW)
    mine = '<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="My note"/><w:basedOn w:val="KoNote"/></w:style>'

    def add_style(xml: str) -> str:
        return xml.replace("</w:styles>", mine + "</w:styles>")

    def use_it(xml: str) -> str:
        return xml.replace('w:val="KoNote"', 'w:val="Mine"')

    changed = _with_parts(exported, {"word/styles.xml": add_style, "word/document.xml": use_it})
    assert read_docx_bytes(changed).release.ko.body == printed(release, GENERIC, ("ko",)).ko.body


def test_word_and_localised_style_names_give_the_title_and_subtitles():
    d = docx.Document()
    d.add_paragraph("녹색제품 공공구매 역대 최대", style="Title")
    d.add_paragraph("올해 구매액 18% 늘어", style="Subtitle")
    subtitle = d.styles.add_style("부제", 1)  # a Korean Word's or LibreOffice's name
    d.add_paragraph("- 중소기업 인증비용 지원 -", style=subtitle)
    d.add_paragraph("조달청은 4일 녹색제품 구매 실적을 발표했다.")
    r = read_docx_bytes(_saved(d)).release
    assert r.ko.title == "녹색제품 공공구매 역대 최대"
    assert r.ko.subtitle == ["올해 구매액 18% 늘어", "중소기업 인증비용 지원"]
    assert [p.text for p in r.ko.body] == ["조달청은 4일 녹색제품 구매 실적을 발표했다."]


def _centred(d: docx.document.Document, text: str, size: int, bold: bool) -> None:
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold, run.font.size = bold, Pt(size)


def test_direct_formatting_a_large_bold_centred_line_is_the_title_and_the_centred_lines_under_it_subtitles():
    d = docx.Document()
    d.add_paragraph("보도자료")
    _centred(d, "녹색제품 공공구매 역대 최대", 20, True)
    _centred(d, "- 올해 구매액 18% 늘어 -", 14, False)
    _centred(d, "중소기업 인증비용 지원", 14, False)  # no dashes: centred under the title is enough
    d.add_paragraph("□ 조달청은 4일 녹색제품 구매 실적을 발표했다.")
    d.add_paragraph(" ㅇ 구매 기관은 1,385곳으로 늘었다.")
    d.add_paragraph("  * 구매 기관: 나라장터에서 구매한 공공기관")
    d.add_paragraph("   - 전기버스 구매는 2배 늘었다.")
    r = read_docx_bytes(_saved(d)).release
    assert r.ko.title == "녹색제품 공공구매 역대 최대"
    assert r.ko.subtitle == ["올해 구매액 18% 늘어", "중소기업 인증비용 지원"]
    assert [(p.level, p.bullet) for p in r.ko.body] == [(1, "□"), (2, "ㅇ"), (3, "-")]
    assert r.ko.body[1].notes == [Note("구매 기관: 나라장터에서 구매한 공공기관")]


def test_a_bold_centred_line_of_body_size_is_not_a_title():
    d = docx.Document()
    d.add_paragraph("공공구매 실적 발표")
    _centred(d, "【 참고 】", 11, True)
    d.add_paragraph("조달청은 4일 구매 실적을 발표했다.")
    r = read_docx_bytes(_saved(d)).release
    assert r.ko.title == "공공구매 실적 발표" and r.ko.body[0].text == "【 참고 】"


def test_a_bordered_one_cell_table_after_the_head_is_the_title_box():
    d = docx.Document()
    head = d.add_table(rows=1, cols=4)
    for cell, text in zip(
        head.rows[0].cells, ["보도시점", "2026. 12. 4.(금) 12:00", "배포", "2026. 12. 3.(목)"], strict=True
    ):
        cell.text = text
    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.cell(0, 0).text = "녹색제품 공공구매 역대 최대"
    box.cell(0, 0).add_paragraph("- 올해 구매액 18% 늘어 -")
    d.add_paragraph("□ 조달청은 4일 녹색제품 구매 실적을 발표했다.")
    r = read_docx_bytes(_saved(d)).release
    assert r.meta.release_date == date(2026, 12, 3) and r.ko.details.embargo == "2026. 12. 4.(금) 12:00"
    assert (r.ko.title, r.ko.subtitle) == ("녹색제품 공공구매 역대 최대", ["올해 구매액 18% 늘어"])
    assert [p.text for p in r.ko.body] == ["조달청은 4일 녹색제품 구매 실적을 발표했다."]


def test_a_contact_table_of_a_draft_becomes_contact_lines_with_the_roles_it_gives():
    d = docx.Document()
    d.add_paragraph("공공구매 실적 발표")
    d.add_paragraph("조달청은 4일 구매 실적을 발표했다.")
    table = d.add_table(rows=3, cols=6)
    rows = [
        ["담당 부서", "녹색조달과", "담당자", "사무관", "한도윤", "042-724-7415"],
        ["", "", "책임자", "과장", "최유진", "042-724-7401\nchoi@korea.kr"],
        ["담당부서", "대변인실", "담당자", "주무관", "김민지", "042-724-7020"],
    ]
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            first, *more = text.split("\n")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    r = read_docx_bytes(_saved(d)).release
    assert r.ko.contact == (
        "담당 부서: 녹색조달과, 담당자: 한도윤 사무관(042-724-7415), 책임자: 최유진 과장(042-724-7401, choi@korea.kr)\n"
        "대변인실 김민지 주무관(042-724-7020)"
    )
    from drafter.contacts import departments

    [green, spokesperson] = departments(r.ko.contact, "ko")
    assert [(p.name, p.role, p.email) for p in green.people] == [
        ("한도윤", "staff", ""),
        ("최유진", "head", "choi@korea.kr"),
    ]
    assert spokesperson.name == "대변인실"


def test_a_words_list_gives_its_paragraphs_their_level():
    """Word's bullets are not text: the list's style (List Bullet 2) or the paragraph's list level says it."""
    d = docx.Document()
    d.add_paragraph("공공구매 실적 발표")
    d.add_paragraph("조달청은 4일 구매 실적을 발표했다.", style="List Bullet")
    d.add_paragraph("구매 기관은 늘었다.", style="List Bullet 2")
    listed = d.add_paragraph("전기버스 구매는 2배 늘었다.", style="List Paragraph")
    numbering = listed._p.get_or_add_pPr()._add_numPr()
    numbering._add_ilvl().val, numbering._add_numId().val = 2, 1
    r = read_docx_bytes(_saved(d)).release
    assert [(p.level, p.bullet) for p in r.ko.body] == [(1, "□"), (2, "ㅇ"), (3, "-")]


def test_an_english_draft_with_its_head_as_plain_lines():
    d = docx.Document()
    for line in ("Public Procurement Service", "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "December 3, 2026"):
        d.add_paragraph(line)
    _centred(d, "Green Purchases Hit a Record", 18, True)
    d.add_paragraph("DAEJEON, Dec. 3 (PPS) – Public institutions bought more green products.")
    d.add_paragraph("###")
    r = read_docx_bytes(_saved(d)).release
    assert (r.en.details.organisation, r.en.details.embargo, r.en.details.dateline) == (
        "Public Procurement Service",
        "",
        "DAEJEON, Dec. 3 (PPS) –",
    )
    assert r.meta.release_date == date(2026, 12, 3) and r.en.title == "Green Purchases Hit a Record"
    assert [p.text for p in r.en.body] == ["Public institutions bought more green products."]


# --- import: drafts written in Word -----------------------------------------------------------


def word_draft(tmp_path: Path) -> Path:
    """A draft as a press officer types it in Word: title, "- …" lines, paragraphs, "*" notes, 문의."""
    import docx

    d = docx.Document()
    d.add_paragraph("보도자료")
    table = d.add_table(rows=1, cols=4)
    for cell, text in zip(
        table.rows[0].cells, ["보도시점", "2026. 12. 1.(화) 조간", "배포", "2026. 11. 30.(월)"], strict=True
    ):
        cell.text = text
    d.add_paragraph("조달청, 공공조달 혁신 대책 발표", style="Title")
    d.add_paragraph("- 중소기업 판로 확대에 3조원 투입")
    d.add_paragraph("- 내년 1월부터 시행 -")
    d.add_paragraph("□ 조달청은 1일 공공조달 혁신 대책을 발표했다.")
    d.add_paragraph("* 공공조달: 공공기관이 필요한 물품과 용역을 사는 일")
    d.add_paragraph("")
    run_paragraph = d.add_paragraph("올해 대책의 핵심은 ")
    run_paragraph.add_run("중소기업").bold = True
    run_paragraph.add_run(" 지원이다.")
    d.add_paragraph("")  # as in a text file, a blank line makes the next note a footnote
    d.add_paragraph("※ 세부 내용은 붙임 참조")
    d.add_paragraph("")
    d.add_paragraph("* 문의: 조달정책과 김민준 사무관(042-724-7000)")
    path = tmp_path / "draft.docx"
    d.save(str(path))
    return path


def test_a_plain_word_draft_reads_with_the_text_heuristics(tmp_path: Path):
    imported = read_release(word_draft(tmp_path))
    r = imported.release
    assert r.meta.release_date == date(2026, 11, 30) and r.ko.details.embargo == "2026. 12. 1.(화) 조간"
    assert r.ko.title == "조달청, 공공조달 혁신 대책 발표"
    assert r.ko.subtitle == ["중소기업 판로 확대에 3조원 투입", "내년 1월부터 시행"]
    assert [(p.bullet, p.text) for p in r.ko.body] == [
        ("□", "조달청은 1일 공공조달 혁신 대책을 발표했다."),
        ("", "올해 대책의 핵심은 중소기업 지원이다."),
    ]
    assert r.ko.body[0].notes == [Note("공공조달: 공공기관이 필요한 물품과 용역을 사는 일", "*")]
    assert r.ko.body[1].notes == []
    assert r.ko.footnotes == [Note("세부 내용은 붙임 참조", "※")]
    assert r.ko.contact == "조달정책과 김민준 사무관(042-724-7000)"
    assert r.en.is_empty()


def test_tracked_changes_fields_and_breaks_read_as_a_reader_sees_them(tmp_path: Path):
    body = (
        "<w:p><w:r><w:t>Title of the draft</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space='preserve'>Kept </w:t></w:r>"
        "<w:del w:id='1' w:author='a'><w:r><w:delText>deleted </w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='a'><w:r><w:t xml:space='preserve'>inserted </w:t></w:r></w:ins>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>7</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r><w:r><w:t xml:space='preserve'> pages.</w:t></w:r></w:p>"
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>In a content control.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    path = tmp_path / "tracked.docx"
    path.write_bytes(minimal_docx(body))
    r = read_docx(path).release
    assert r.en.title == "Title of the draft"
    assert [p.text for p in r.en.body] == ["Kept inserted 7 pages.", "In a content control."]


def _flattened(package: bytes) -> bytes:
    """`package` as a program that keeps the looks but not the styles leaves it: each paragraph's style
    (alignment, bold, size) written on the paragraph and its runs, the style itself gone."""
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        styles = etree.fromstring(z.read("word/styles.xml"))
    by_id = {s.get(f"{w}styleId"): s for s in styles.iter(f"{w}style")}

    def looks(style_id: str) -> dict[str, str]:
        found: dict[str, str] = {}
        while style_id in by_id:
            style = by_id[style_id]
            for path, key in (("w:pPr/w:jc", "jc"), ("w:rPr/w:sz", "sz"), ("w:rPr/w:b", "b")):
                element = style.find(path.replace("w:", w))
                if element is not None and key not in found:
                    found[key] = element.get(f"{w}val", "1")
            parent = style.find(f"{w}basedOn")
            style_id = parent.get(f"{w}val") if parent is not None else ""
        return found

    def flatten(xml: str) -> str:
        root = etree.fromstring(xml.encode())
        for p in root.iter(f"{w}p"):
            ppr = p.find(f"{w}pPr")
            style = ppr.find(f"{w}pStyle") if ppr is not None else None
            if style is None:
                continue
            found = looks(style.get(f"{w}val"))
            ppr.remove(style)
            if "jc" in found and ppr.find(f"{w}jc") is None:
                etree.SubElement(ppr, f"{w}jc").set(f"{w}val", found["jc"])
            for r in p.iter(f"{w}r"):
                rpr = r.find(f"{w}rPr")
                if rpr is None:
                    rpr = etree.Element(f"{w}rPr")
                    r.insert(0, rpr)
                if "b" in found and rpr.find(f"{w}b") is None:
                    rpr.insert(0, etree.Element(f"{w}b"))
                if "sz" in found and rpr.find(f"{w}sz") is None:
                    etree.SubElement(rpr, f"{w}sz").set(f"{w}val", found["sz"])
        return etree.tostring(root, encoding="unicode")

    return _with_parts(package, {"word/document.xml": flatten})


def test_our_export_with_direct_formatting_instead_of_its_styles_reads_back():
    """What styles said, the looks and the text say: the large bold centred title, the centred subtitles,
    the symbols before a tab, the notes' markers, the head and contact tables. Without styles a footnote
    cannot be told from a note of the last paragraph, nor an English level 1 from a plain paragraph:
    this release has neither."""
    release = sample_release()
    release.ko.footnotes = release.en.footnotes = []
    flat = _flattened(build_docx(release, "bilingual", GENERIC, now=NOW))
    assert b"KoTitle" not in zipfile.ZipFile(io.BytesIO(flat)).read("word/document.xml")
    assert read_docx_bytes(flat).release == printed(release, GENERIC, ("ko", "en"))


DATA = Path(__file__).parent / "data"


def test_an_export_of_the_version_before_the_layout_still_reads():
    """The bilingual export users made before this layout (its document part, and its styles' names), with
    the banner paragraphs, the header and attachment tables, symbols typed before the text."""
    styles_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Target="styles.xml" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/styles"/></Relationships>'
    )
    content_types = CONTENT_TYPES.replace(
        "</Types>",
        '<Override PartName="/word/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    )
    data = minimal_docx(
        document=(DATA / "docx-before-layout-document.xml").read_text(encoding="utf-8"),
        extra={
            "word/styles.xml": (DATA / "docx-before-layout-styles.xml").read_bytes(),
            "word/_rels/document.xml.rels": styles_rels.encode(),
        },
        content_types=content_types,
    )
    imported = read_docx_bytes(data)
    r = imported.release
    assert imported.notices == []
    assert r.meta.release_date == date(2026, 11, 24)
    assert (r.ko.details.organisation, r.ko.details.embargo) == ("조달청", "2026. 11. 24.(화) 조간")
    assert r.ko.details.attachments == ["2026 혁신제품 해외진출 성과 현황 1부."]
    assert r.en.details.attachments == ["2026 overseas results of innovative products"]
    assert r.ko.title.startswith("혁신제품 해외조달시장") and len(r.ko.subtitle) == len(r.en.subtitle) == 2
    assert [[n.marker for n in p.notes] for p in r.ko.body] == [["*"], ["**"], [], [], []]
    assert [[n.marker for n in p.notes] for p in r.en.body] == [["*"], ["**"], [], [], []]
    assert [n.marker for n in r.ko.footnotes] == [n.marker for n in r.en.footnotes] == ["※"]
    assert r.ko.contact == "혁신조달기획과 박서연 사무관(042-724-7311)"
    assert r.en.contact.startswith("Park Seo-yeon, Deputy Director")
