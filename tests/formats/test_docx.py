"""DOCX export in four layouts and import back: the XML points that matter, references, round trips.

Reference files in `_reference/` hold `document.xml` and `styles.xml` of each layout, pretty-printed.
After an intended change to the output, rebuild them with

    DRAFTER_UPDATE_REFERENCE=1 .venv/bin/python -m pytest tests/formats/test_docx.py -k reference

and review the diff. The LibreOffice tests convert each layout to PDF once (module fixture) and
are skipped only where `soffice` is not installed.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from drafter.errors import InputError, SaveError
from drafter.formats import package as pkg
from drafter.formats import read_pair, read_release, write_export
from drafter.formats.docx_ooxml import ORDERS, DocxFonts, in_schema_order
from drafter.formats.docx_reader import check_package, read_docx
from drafter.formats.docx_writer import TEMPLATE, build_docx, write_docx
from drafter.formats.package import MAX_PART_BYTES
from drafter.formats.plaintext import read_text_file
from drafter.l10n import Message
from drafter.model import Details, Meta, Note, Paragraph, Release, Version
from drafter.parity import Finding, Location, Severity
from tests.conftest import ROOT, SAMPLES
from tests.formats.test_plaintext import _ENGLISH, _KOREAN, _meta

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}
REFERENCE = Path(__file__).parent / "_reference"
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
LAYOUTS = ("ko", "en", "bilingual", "review")
# Lines that change from run to run in Word-written parts; ours are deterministic, but a
# reference comparison should not break on them.
DOCX_IGNORE = ("w:rsid", "w14:paraId", "w14:textId", "dcterms:created", "dcterms:modified")


def sample_release() -> Release:
    """The sample release with the metadata, notes and footnotes a full export shows."""
    r = read_text_file(SAMPLES / "pps-innovation-2026-11-24.txt").release
    r.meta = Meta(release_date=date(2026, 11, 24))
    r.ko.details = Details("조달청", "2026. 11. 24.(화) 조간", attachments=["2026 혁신제품 해외진출 성과 현황 1부."])
    r.en.details = Details(attachments=["2026 overseas results of innovative products"])
    r.ko.body[1].notes.append(Note("전년 수출액: 2025년 104억원, 2024년 88억원", "**"))
    r.en.body[1].notes.append(
        Note("Exports in previous years: KRW 10.4 billion in 2025, KRW 8.8 billion in 2024", "**")
    )
    r.ko.footnotes = [Note("수출액은 계약 기준이며, 환율은 1달러당 1,380원을 적용함", "※")]
    r.en.footnotes = [Note("Exports are counted by contract value, at KRW 1,380 to the US dollar", "※")]
    return r


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


@pytest.fixture(scope="module")
def release() -> Release:
    return sample_release()


@pytest.fixture(scope="module")
def packages(release: Release) -> dict[str, bytes]:
    return {layout: build_docx(release, layout, now=NOW, findings=FIXED_FINDINGS) for layout in LAYOUTS}


def part(package: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return etree.fromstring(z.read(name))


def names(package: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return z.namelist()


def styles_by_id(package: bytes) -> dict[str, etree._Element]:
    root = part(package, "word/styles.xml")
    return {s.get(f"{W}styleId"): s for s in root.findall(f"{W}style")}


def footer_of(package: bytes) -> etree._Element:
    footers = [n for n in names(package) if re.match(r"word/footer\d*\.xml$", n)]
    assert len(footers) == 1
    return part(package, footers[0])


def paragraph_texts(root: etree._Element) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]


# --- fonts, languages, line breaking ------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_style_has_its_face_in_all_four_slots_and_no_theme_fonts(packages: dict[str, bytes], layout: str):
    root = part(packages[layout], "word/styles.xml")
    default_fonts = root.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    dressed = [default_fonts] + [
        s.find("w:rPr/w:rFonts", NS) for s in root.findall("w:style", NS) if s.get(f"{W}type") in ("paragraph", "table")
    ]
    assert len(dressed) > 10 and all(f is not None for f in dressed)
    for fonts in dressed:
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert fonts.get(f"{W}{slot}"), (layout, slot, etree.tostring(fonts))
        assert not [a for a in fonts.attrib if "Theme" in a or a.endswith("cstheme")]
    assert b"Theme=" not in etree.tostring(root)  # nowhere in the part, not even in leftover styles


def test_korean_styles_set_hangul_in_the_korean_face_with_the_east_asian_hint(packages: dict[str, bytes]):
    styles = styles_by_id(packages["bilingual"])
    body = styles["KoBody"].find("w:rPr/w:rFonts", NS)
    assert {body.get(f"{W}{s}") for s in ("ascii", "hAnsi", "eastAsia", "cs")} == {"바탕"}
    assert body.get(f"{W}hint") == "eastAsia"
    assert styles["KoNote"].find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "맑은 고딕"
    en = styles["EnBody"].find("w:rPr/w:rFonts", NS)
    assert en.get(f"{W}ascii") == "Times New Roman" and en.get(f"{W}hint") is None
    assert en.get(f"{W}eastAsia") == "바탕"  # a Hangul word left in the English is not set in a JP fallback
    defaults = part(packages["ko"], "word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert defaults.get(f"{W}eastAsia") == "바탕" and defaults.get(f"{W}hint") == "eastAsia"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_language_is_tagged_en_us_with_korean_east_asian_text(packages: dict[str, bytes], layout: str):
    styles = part(packages[layout], "word/styles.xml")
    langs = styles.findall(".//w:lang", NS)
    assert len(langs) > 10
    for lang in langs:
        assert lang.get(f"{W}val") == "en-US" and lang.get(f"{W}eastAsia") == "ko-KR"
    for name in ("word/styles.xml", "word/document.xml", "word/settings.xml"):
        assert b'w:val="ko-KR"' not in etree.tostring(part(packages[layout], name))
    settings_root = part(packages[layout], "word/settings.xml")
    assert settings_root.find("w:themeFontLang", NS).get(f"{W}eastAsia") == "ko-KR"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_kinsoku_and_word_wrap_are_written_in_defaults_and_every_paragraph_style(
    packages: dict[str, bytes], layout: str
):
    root = part(packages[layout], "word/styles.xml")
    holders = [root.find("w:docDefaults/w:pPrDefault/w:pPr", NS)] + [
        s.find("w:pPr", NS) for s in root.findall("w:style", NS) if s.get(f"{W}type") == "paragraph"
    ]
    for ppr in holders:
        assert ppr.find("w:kinsoku", NS).get(f"{W}val") == "1"
        assert ppr.find("w:wordWrap", NS).get(f"{W}val") == "1"


def test_styles_of_the_other_language_are_left_out(packages: dict[str, bytes]):
    assert "KoBody" in styles_by_id(packages["ko"]) and "EnBody" not in styles_by_id(packages["ko"])
    assert "EnBody" in styles_by_id(packages["en"]) and "KoBody" not in styles_by_id(packages["en"])
    assert {"KoBody", "EnBody"} <= set(styles_by_id(packages["bilingual"]))


def test_fonts_are_configurable(release: Release):
    fonts = DocxFonts(ko_body="휴먼명조", ko_heading="나눔고딕", en_body="Georgia", en_heading="Calibri")
    styles = styles_by_id(build_docx(release, "bilingual", fonts))
    assert styles["KoBody"].find("w:rPr/w:rFonts", NS).get(f"{W}eastAsia") == "휴먼명조"
    assert styles["KoTitle"].find("w:rPr/w:rFonts", NS).get(f"{W}ascii") == "나눔고딕"
    assert styles["EnBody"].find("w:rPr/w:rFonts", NS).get(f"{W}ascii") == "Georgia"
    assert styles["EnNote"].find("w:rPr/w:rFonts", NS).get(f"{W}cs") == "Calibri"
    assert DocxFonts().with_(ko_body="", en_body="Georgia") == DocxFonts(en_body="Georgia")


# --- schema order, page, settings, properties ---------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_property_elements_stand_in_schema_order(packages: dict[str, bytes], layout: str):
    checked = 0
    for name in names(packages[layout]):
        if not name.startswith("word/") or not name.endswith(".xml"):
            continue
        for element in part(packages[layout], name).iter():
            if isinstance(element.tag, str) and element.tag.startswith(W) and element.tag[len(W) :] in ORDERS:
                assert in_schema_order(element), (name, etree.tostring(element)[:300])
                checked += 1
    assert checked > 50


def test_schema_order_of_the_elements_we_add_is_the_standards(packages: dict[str, bytes]):
    """Spelled out here, independent of the order tables in docx_ooxml, for the elements Word is strict about."""
    style = styles_by_id(packages["ko"])["KoBody"]
    assert [etree.QName(c).localname for c in style] == ["name", "basedOn", "qFormat", "pPr", "rPr"]
    ppr = [etree.QName(c).localname for c in style.find("w:pPr", NS)]
    assert ppr == ["kinsoku", "wordWrap", "autoSpaceDE", "autoSpaceDN", "spacing", "jc"]
    rpr = [etree.QName(c).localname for c in style.find("w:rPr", NS)]
    assert rpr == ["rFonts", "sz", "szCs", "lang"]
    title = [etree.QName(c).localname for c in styles_by_id(packages["ko"])["KoTitle"].find("w:pPr", NS)]
    assert title.index("keepNext") < title.index("kinsoku") < title.index("spacing") < title.index("outlineLvl")
    sect = part(packages["ko"], "word/document.xml").find("w:body/w:sectPr", NS)
    order = [etree.QName(c).localname for c in sect]
    assert order.index("footerReference") < order.index("pgSz") < order.index("pgMar") < order.index("docGrid")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_page_is_a4_with_the_release_margins(packages: dict[str, bytes], layout: str):
    sect = part(packages[layout], "word/document.xml").find("w:body/w:sectPr", NS)
    size, margins = sect.find("w:pgSz", NS), sect.find("w:pgMar", NS)
    dims = (size.get(f"{W}w"), size.get(f"{W}h"))
    if layout == "review":
        assert dims == ("16838", "11906") and size.get(f"{W}orient") == "landscape"
    else:
        assert dims == ("11906", "16838")
    # 15 mm = 850 twips, 20 mm = 1134 twips
    assert [margins.get(f"{W}{k}") for k in ("top", "bottom", "left", "right")] == ["850", "850", "1134", "1134"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_page_numbers_are_a_centred_page_field_between_dashes(packages: dict[str, bytes], layout: str):
    footer = footer_of(packages[layout])
    p = footer.find("w:p", NS)
    assert p.find("w:pPr/w:pStyle", NS).get(f"{W}val") == "Footer"
    assert styles_by_id(packages[layout])["Footer"].find("w:pPr/w:jc", NS).get(f"{W}val") == "center"
    kinds = [c.get(f"{W}fldCharType") for c in p.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"]
    assert [i.text for i in p.iter(f"{W}instrText")] == [" PAGE "]
    assert "".join(t.text for t in p.iter(f"{W}t")) == "- 1 -"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_word_2013_compatibility_mode(packages: dict[str, bytes], layout: str):
    settings_root = part(packages[layout], "word/settings.xml")
    modes = [
        c.get(f"{W}val") for c in settings_root.iter(f"{W}compatSetting") if c.get(f"{W}name") == "compatibilityMode"
    ]
    assert modes == ["15"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_core_properties_are_filled_and_nothing_of_python_docx_is_left(packages: dict[str, bytes], layout: str):
    core = part(packages[layout], "docProps/core.xml")
    ns = {
        "dc": "http://purl.org/dc/elements/1.1/",
        "dcterms": "http://purl.org/dc/terms/",
        "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    }
    lang = "en" if layout == "en" else "ko"
    title = {"ko": "혁신제품 해외조달시장 진출 지원", "en": "Innovative Products Reach"}[lang]
    assert core.findtext("dc:title", namespaces=ns).startswith(title)
    assert core.findtext("dc:subject", namespaces=ns) == ("Press release" if lang == "en" else "보도자료")
    assert core.findtext("dc:creator", namespaces=ns) == ("" if lang == "en" else "조달청")
    assert core.findtext("dc:language", namespaces=ns) == ("en-US" if lang == "en" else "ko-KR")
    assert core.findtext("dcterms:created", namespaces=ns) == "2026-11-23T09:30:00Z"
    assert core.findtext("dcterms:modified", namespaces=ns) == "2026-11-23T09:30:00Z"
    with zipfile.ZipFile(io.BytesIO(packages[layout])) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
        assert not [n for n in z.namelist() if "thumbnail" in n or n.endswith((".jpeg", ".jpg", ".png"))]
    assert b"python-docx" not in everything and b"2013-12-23" not in everything
    assert b"ja-JP" not in everything


def test_core_dates_default_to_now(release: Release):
    before = datetime.now(UTC).replace(microsecond=0)
    core = part(build_docx(release, "ko"), "docProps/core.xml")
    stamp = core.findtext("{http://purl.org/dc/terms/}created")
    assert datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) >= before


# --- what each layout prints ------------------------------------------------------------------


def test_korean_layout_prints_the_release_conventions(packages: dict[str, bytes], release: Release):
    doc = part(packages["ko"], "word/document.xml")
    texts = paragraph_texts(doc)
    assert texts[0] == "조달청 보도자료"
    header = doc.find("w:body/w:tbl", NS)
    assert paragraph_texts(header) == ["보도시점", "2026. 11. 24.(화) 조간", "배포", "2026. 11. 24.(화)"]
    assert "- 미국·베트남 등 12개국 공공기관에 납품, 전년 대비 15% 증가 -" in texts
    assert f"*{release.ko.body[0].notes[0].text}" in texts  # the marker, a tab (not a w:t), the note
    assert "* 문의: 혁신조달기획과 박서연 사무관(042-724-7311)" in texts
    contact = doc.findall("w:body/w:tbl", NS)[-1]
    assert paragraph_texts(contact) == ["붙임", "2026 혁신제품 해외진출 성과 현황 1부."]
    styles = styles_by_id(packages["ko"])
    note_ind = styles["KoNote"].find("w:pPr/w:ind", NS)
    assert int(note_ind.get(f"{W}hanging")) > 0  # notes hang: the marker stands out, the text aligns
    assert int(styles["KoNote"].find("w:rPr/w:sz", NS).get(f"{W}val")) < int(
        styles["KoBody"].find("w:rPr/w:sz", NS).get(f"{W}val")
    )
    assert styles["KoSubtitle"].find("w:pPr/w:jc", NS).get(f"{W}val") == "center"
    assert styles["KoTitle"].find("w:rPr/w:b", NS) is not None
    assert styles["KoBody"].find("w:pPr/w:spacing", NS).get(f"{W}line") == "384"  # 160 %


def test_notes_stand_directly_under_their_paragraph(packages: dict[str, bytes], release: Release):
    doc = part(packages["ko"], "word/document.xml")
    pstyles = [p.find("w:pPr/w:pStyle", NS).get(f"{W}val") for p in doc.find("w:body", NS).findall("w:p", NS)]
    first_body = pstyles.index("KoBody")
    assert pstyles[first_body : first_body + 4] == ["KoBody", "KoNote", "KoBody", "KoNote"]
    assert pstyles.count("KoFootnote") == 1 and pstyles.index("KoFootnote") > max(
        i for i, s in enumerate(pstyles) if s == "KoBody"
    )
    note = next(p for p in doc.iter(f"{W}p") if p.find("w:pPr/w:pStyle", NS).get(f"{W}val") == "KoNote")
    assert note.find(".//w:tab", NS) is not None  # marker, tab, text: the hanging indent aligns it


def test_english_layout_prints_english_labels(packages: dict[str, bytes]):
    doc = part(packages["en"], "word/document.xml")
    texts = paragraph_texts(doc)
    assert texts[0] == "Press Release"
    header = doc.find("w:body/w:tbl", NS)
    # The English prints the English details: the Korean embargo (보도시점) is not carried over.
    assert paragraph_texts(header) == ["For immediate release", "Release date", "Tuesday, November 24, 2026"]
    assert any(t.startswith("Contact: Park Seo-yeon") for t in texts)
    assert not any(re.search("[가-힣]", t) for t in texts)


def test_immediate_release_when_there_is_no_embargo(release: Release):
    r = sample_release()
    r.ko.details.embargo = ""
    ko = paragraph_texts(part(build_docx(r, "ko"), "word/document.xml"))
    en = paragraph_texts(part(build_docx(r, "en"), "word/document.xml"))
    assert "배포 즉시 보도" in ko and "For immediate release" in en
    assert read_docx_bytes(build_docx(r, "bilingual")).release.ko.details.embargo == ""


def test_bilingual_starts_the_english_on_a_new_page(packages: dict[str, bytes]):
    doc = part(packages["bilingual"], "word/document.xml")
    banner = next(p for p in doc.iter(f"{W}p") if paragraph_texts(p) == ["Press Release"])
    assert banner.find("w:pPr/w:pageBreakBefore", NS) is not None
    texts = paragraph_texts(doc)
    assert texts.index("조달청 보도자료") < texts.index("Press Release")


def test_review_layout_is_a_table_of_aligned_pairs_with_their_findings(packages: dict[str, bytes], release: Release):
    doc = part(packages["review"], "word/document.xml")
    texts = paragraph_texts(doc)
    assert "검사 결과 3건(오류 1건, 경고 1건, 참고 1건)." in texts
    assert "Findings: 3 (errors 1, warnings 1, info 1)." in texts
    table = doc.find("w:body/w:tbl", NS)
    grid = [int(c.get(f"{W}w")) for c in table.findall("w:tblGrid/w:gridCol", NS)]
    assert len(grid) == 3 and grid[2] < grid[0] == grid[1]  # a narrow third column
    rows = table.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert [" ".join(paragraph_texts(c)) for c in rows[0].findall("w:tc", NS)] == [
        "국문 · Korean",
        "영문 · English",
        "검토 · Findings",
    ]
    cells = [[" ".join(paragraph_texts(c)) for c in r.findall("w:tc", NS)] for r in rows[1:]]
    body_rows = [c for c in cells if c[2].startswith("본문")]
    assert len(body_rows) == len(release.ko.body)  # one row per aligned pair
    second = body_rows[1]
    assert release.ko.body[1].text in second[0] and release.en.body[1].text in second[1]
    assert "오류 · error" in second[2] and "금액이 다릅니다" in second[2] and "Amounts differ" in second[2]
    assert second[2].index("금액이 다릅니다") < second[2].index("Amounts differ")  # Korean first
    assert "주석 수가 다릅니다." in body_rows[0][2]  # a note's finding goes to its paragraph's row
    assert cells[-1][2].startswith("기타") and "배포일 확인" in cells[-1][2]  # no place: the last row
    header = part(packages["review"], "word/header1.xml")
    assert "Findings: 3" in "".join(paragraph_texts(header))


def test_review_layout_lists_accepted_findings_and_approval_progress():
    from dataclasses import replace

    from drafter.parity import check
    from drafter.parity.review import accept, review_units, set_approved
    from drafter.parity.units import Context

    release = sample_release()
    release.en.body[2].text = release.en.body[2].text.replace("3.8 billion", "3.9 billion")
    [differs] = [f for f in check(release) if f.rule == "fact-differs"]
    review = accept(release.review, differs, "Corrected figure, confirmed by phone")
    review = set_approved(review, Context.of(release).body_units[0], True)
    review = set_approved(review, review_units(Context.of(release))[0], True)  # the title
    doc = part(build_docx(replace(release, review=review), "review"), "word/document.xml")
    texts = paragraph_texts(doc)
    pairs = len(review_units(Context.of(release)))  # title, subtitle, paragraph pairs, footnotes, contact
    assert f"Approved: 2 of {pairs} pairs. Accepted findings: 1 (listed in grey)." in texts
    assert f"승인: {pairs}쌍 중 2쌍. 수용된 지적: 1건(회색으로 표시)." in texts
    errors = sum(1 for f in check(release) if f.severity.value == "error")
    [counts] = [t for t in texts if t.startswith("Findings: ")]
    assert f"errors {errors - 1}," in counts and differs.message.en in texts  # listed, not counted
    accepted = next(p for p in doc.iter(f"{W}p") if "".join(paragraph_texts(p)) == differs.message.en)
    assert "수용 · Accepted: Corrected figure, confirmed by phone" in texts
    assert {r.get(f"{W}val") for r in accepted.iter(f"{W}color")} == {"7F7F7F"}
    assert sum("✓ 승인 · Approved" in t for t in texts) == 2  # the title's row and the first pair's


def test_review_layout_runs_the_checker_when_not_given_findings(release: Release):
    doc = part(build_docx(release, "review"), "word/document.xml")
    assert any(t.startswith("Findings: ") for t in paragraph_texts(doc))


# --- reference files ------------------------------------------------------------------------


def normalised(xml: bytes) -> list[str]:
    root = etree.fromstring(xml, etree.XMLParser(remove_blank_text=True))
    text = etree.tostring(root, pretty_print=True, encoding="unicode")
    return [line for line in text.splitlines() if not any(mark in line for mark in DOCX_IGNORE)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", ["document", "styles"])
def test_reference_parts(packages: dict[str, bytes], layout: str, name: str):
    with zipfile.ZipFile(io.BytesIO(packages[layout])) as z:
        got = normalised(z.read(f"word/{name}.xml"))
    reference = REFERENCE / f"docx-{layout}-{name}.xml"
    if os.environ.get("DRAFTER_UPDATE_REFERENCE"):
        REFERENCE.mkdir(exist_ok=True)
        reference.write_text("\n".join(got) + "\n", encoding="utf-8")
    assert reference.exists(), f"{reference.name} is missing; see this module's docstring"
    expected = reference.read_text(encoding="utf-8").splitlines()
    assert got == expected


def test_template_rebuilds_to_the_same_parts(tmp_path: Path):
    """The shipped template is what resources/docx/build_template.py makes from python-docx's default."""
    out = tmp_path / "template.docx"
    subprocess.run([sys.executable, str(ROOT / "resources" / "docx" / "build_template.py"), str(out)], check=True)
    with zipfile.ZipFile(out) as new, zipfile.ZipFile(TEMPLATE) as shipped:
        assert new.namelist() == shipped.namelist()
        for name in new.namelist():
            assert new.read(name) == shipped.read(name), name


# --- import: our own exports round-trip -----------------------------------------------------------


def read_docx_bytes(data: bytes, tmp: Path | None = None, lang: str | None = None):  # type: ignore[no-untyped-def]
    import tempfile

    folder = Path(tempfile.mkdtemp()) if tmp is None else tmp
    path = folder / "in.docx"
    path.write_bytes(data)
    try:
        return read_docx(path, lang)
    finally:
        if tmp is None:
            shutil.rmtree(folder)


@pytest.mark.parametrize("layout", ["ko", "en", "bilingual"])
def test_export_then_import_gives_the_same_texts_and_metadata(
    packages: dict[str, bytes], release: Release, layout: str
):
    imported = read_docx_bytes(packages[layout])
    back = imported.release
    assert imported.notices == []
    langs = ("ko", "en") if layout == "bilingual" else (layout,)
    for lang in langs:
        assert back.version(lang) == release.version(lang)
    for lang in {"ko", "en"} - set(langs):
        assert back.version(lang).is_empty()
    assert back.meta == release.meta


_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _written(version: st.SearchStrategy[Version]) -> st.SearchStrategy[Version]:
    """Versions whose details this DOCX writer prints (no organisation or dateline yet)."""
    return version.map(lambda v: replace(v, details=replace(v.details, organisation="", dateline="")))


@_SETTINGS
@given(
    meta=_meta,
    ko=_written(_KOREAN),
    en=st.one_of(st.builds(Version), _written(_ENGLISH)),
    layout=st.sampled_from(["bilingual", "ko"]),
)
def test_generated_releases_round_trip(meta: Meta, ko: Version, en: Version, layout: str):
    release = Release(meta=meta, ko=ko, en=en)
    back = read_docx_bytes(build_docx(release, layout, now=NOW)).release
    if layout == "ko":
        release.en = Version()
    assert back == release


@_SETTINGS
@given(meta=_meta, en=_written(_ENGLISH))
def test_generated_english_releases_round_trip(meta: Meta, en: Version):
    release = Release(meta=meta, en=en)
    assert read_docx_bytes(build_docx(release, "en", now=NOW)).release == release


def test_review_sheet_is_refused_with_a_clear_message(packages: dict[str, bytes]):
    with pytest.raises(InputError, match="review sheet"):
        read_docx_bytes(packages["review"])


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


def test_pair_of_docx_files(tmp_path: Path, packages: dict[str, bytes], release: Release):
    (tmp_path / "ko.docx").write_bytes(packages["ko"])
    (tmp_path / "en.docx").write_bytes(packages["en"])
    r = read_pair(tmp_path / "ko.docx", tmp_path / "en.docx").release
    assert r.ko == release.ko and r.en == release.en and r.meta == release.meta


# --- import: broken and hostile files -----------------------------------------------------------

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


def test_minimal_package_reads(tmp_path: Path):
    path = tmp_path / "m.docx"
    path.write_bytes(minimal_docx("<w:p><w:r><w:t>Only a title</w:t></w:r></w:p>"))
    assert read_docx(path).release.en.title == "Only a title"


def _without(package: bytes, member: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as old, zipfile.ZipFile(buffer, "w") as new:
        for info in old.infolist():
            if info.filename != member:
                new.writestr(info, old.read(info.filename))
    return buffer.getvalue()


BROKEN = {
    "not a zip": (lambda: b"PK\x03\x04 not really", "not a ZIP package"),
    "an old .doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "not a ZIP package"),
    "empty": (lambda: b"", "not a ZIP package"),
    "an .odt": (lambda: _zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "Content_Types"),
    "no document part": (lambda: _without(minimal_docx("<w:p/>"), "word/document.xml"), "incomplete"),
    "bad XML": (lambda: minimal_docx(document="<w:document><w:body><w:p>"), "not well-formed"),
    "a spreadsheet": (
        lambda: minimal_docx(
            "<w:p/>", content_types=CONTENT_TYPES.replace("wordprocessingml.document", "spreadsheetml.sheet")
        ),
        "another kind of Office file",
    ),
    "no text": (lambda: minimal_docx(""), "holds no text"),
    "a zip version from the future": (lambda: _future_zip(minimal_docx("<w:p/>")), "not a ZIP package"),
}


def _future_zip(data: bytes) -> bytes:
    """Every central-directory entry says it needs ZIP version 20.5 to extract (zipfile: NotImplementedError)."""
    changed = re.sub(rb"(PK\x01\x02..)\x14\x00", lambda m: m.group(1) + b"\xcd\x00", data, flags=re.DOTALL)
    assert changed != data
    return changed


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_files_give_an_input_error_naming_the_file_and_problem(tmp_path: Path, case: str):
    make, words = BROKEN[case]
    path = tmp_path / "broken.docx"
    path.write_bytes(make())
    with pytest.raises(InputError) as info:
        read_release(path)
    assert info.value.path == str(path)
    assert words in info.value.message.en, info.value.message.en
    assert info.value.message.ko != info.value.message.en  # translated


def test_external_entities_are_not_resolved(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER", encoding="utf-8")
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        f"<w:document {W_DECL}><w:body><w:p><w:r><w:t>Title &xxe; here</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Body &xxe;.</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "xxe.docx"
    path.write_bytes(minimal_docx(document=xml))
    r = read_docx(path).release
    assert "TOP-SECRET-MARKER" not in repr(r)
    assert r.en.title == "Title &xxe; here"  # the reference stays as written, unresolved


def test_entity_expansion_bomb_is_not_expanded(tmp_path: Path):
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [{entities}]>'
        f"<w:document {W_DECL}><w:body><w:p><w:r><w:t>Bomb &i; title</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "bomb.docx"
    path.write_bytes(minimal_docx(document=xml))
    try:
        r = read_docx(path).release
    except InputError:
        return
    assert len(repr(r)) < 10_000


def test_a_part_that_unpacks_to_more_than_the_limit_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import docx

    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("python-docx must not see the file"))
    path = tmp_path / "bomb.docx"
    path.write_bytes(minimal_docx("<w:p/>", extra={"word/media/zeros.bin": bytes(MAX_PART_BYTES + 1)}))
    assert path.stat().st_size < 200_000  # a zip bomb: small on disk
    with pytest.raises(InputError, match=r"word/media/zeros\.bin would unpack to 51 MB"):
        read_docx(path)


def test_parts_that_unpack_to_more_than_the_total_limit_are_refused(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pkg, "MAX_TOTAL_BYTES", 3 * pkg.MB)
    data = minimal_docx("<w:p/>", extra={f"word/media/{i}.bin": bytes(pkg.MB) for i in range(4)})
    with pytest.raises(InputError, match="would unpack to 4 MB"):
        check_package(data)
    monkeypatch.setattr(pkg, "MAX_PARTS", 3)
    with pytest.raises(InputError, match="parts"):
        check_package(minimal_docx("<w:p/>", extra={"a.xml": b"", "b.xml": b""}))


def lying_docx(document: str, real: bytes) -> bytes:
    """A package whose document part says it unpacks to a few bytes but holds `real`."""
    data = bytearray(minimal_docx(document))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, real if item.filename == info.filename else zin.read(item))
    raw = bytearray(out.getvalue())
    # Patch the sizes recorded in the central directory and the local header to claim 100 bytes.
    name = info.filename.encode()
    for at in _all(raw, name):
        if raw[at - 46 : at - 42] == b"PK\x01\x02":
            raw[at - 46 + 24 : at - 46 + 28] = (100).to_bytes(4, "little")
        elif raw[at - 30 : at - 26] == b"PK\x03\x04":
            raw[at - 30 + 22 : at - 30 + 26] = (100).to_bytes(4, "little")
    return bytes(raw)


def _all(data: bytearray, needle: bytes) -> list[int]:
    found, at = [], data.find(needle)
    while at != -1:
        found.append(at)
        at = data.find(needle, at + 1)
    return found


def test_a_part_that_lies_about_its_size_is_refused_without_inflating_it_whole(monkeypatch: pytest.MonkeyPatch):
    import docx

    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("python-docx must not see the file"))
    document = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    real = document.encode() + b" " * (80 * pkg.MB) + b"</w:body></w:document>"
    data = lying_docx("<w:p/>", real)
    assert len(data) < 200_000
    with pytest.raises(InputError, match=r"damaged: its part word/document.xml cannot be unpacked"):
        check_package(data)


def test_a_package_of_millions_of_elements_is_refused(monkeypatch: pytest.MonkeyPatch):
    import docx

    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("python-docx must not see the file"))
    data = minimal_docx("<w:p/>" * (pkg.MAX_XML_ELEMENTS + 10))
    assert len(data) < 1_000_000
    with pytest.raises(InputError, match="XML elements"):
        check_package(data)


# --- the dispatcher, the command line, atomic writing ----------------------------------------------


def test_write_export_dispatches_docx_with_every_layout(tmp_path: Path, release: Release):
    for layout in LAYOUTS:
        out = tmp_path / f"{layout}.docx"
        write_export(release, out, layout)
        assert zipfile.is_zipfile(out)
    with pytest.raises(SaveError, match="Unknown layout"):
        write_export(release, tmp_path / "x.docx", "nope")
    with pytest.raises(SaveError, match=r"review layout is not available for Plain text; it is for \.docx"):
        write_export(release, tmp_path / "x.txt", "review")
    with pytest.raises(SaveError, match=r"export to \.release\.json, \.txt, \.docx, \.hwpx, \.pdf"):
        write_export(release, tmp_path / "x.odt", "ko")


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, release: Release, monkeypatch: pytest.MonkeyPatch
):
    out = tmp_path / "release.docx"
    out.write_bytes(b"the previous export")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(SaveError, match="No space left"):
        write_docx(release, out, "ko")
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["release.docx"]


def test_an_error_while_building_writes_nothing(tmp_path: Path, release: Release, monkeypatch: pytest.MonkeyPatch):
    import drafter.formats.docx_writer as writer

    out = tmp_path / "release.docx"
    out.write_bytes(b"the previous export")
    monkeypatch.setattr(writer.ReleaseDocx, "contact_table", lambda self, lang: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        write_docx(release, out, "ko")
    assert out.read_bytes() == b"the previous export" and len(list(tmp_path.iterdir())) == 1


def test_text_that_xml_cannot_hold_is_dropped_not_fatal(tmp_path: Path):
    r = Release(ko=Version(title="제목\x01", body=[Paragraph("본문\x0b입니다.")]))
    back = read_docx_bytes(build_docx(r, "ko")).release
    assert back.ko.title == "제목" and back.ko.body[0].text == "본문입니다."


def run_cli(*args: object, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "LC_ALL": ""}
    env.pop("LANGUAGE", None)
    return subprocess.run(
        [sys.executable, "-m", "drafter", *map(str, args)], capture_output=True, text=True, cwd=ROOT, env=env
    )


def test_cli_exports_docx_and_reads_it_back(tmp_path: Path):
    sample = SAMPLES / "pps-innovation-2026-11-24.txt"
    out = tmp_path / "review.docx"
    assert run_cli("export", sample, "--layout", "review", "-o", out).returncode == 0
    assert zipfile.is_zipfile(out)
    both = tmp_path / "both.docx"
    assert run_cli("export", sample, "-o", both).returncode == 0
    assert run_cli("check", both).returncode in (0, 1)
    converted = tmp_path / "both.release.json"
    assert run_cli("convert", both, "-o", converted).returncode == 0
    from drafter import storage
    from drafter.parity.review import stamp

    assert storage.load(converted) == stamp(read_text_file(sample).release)


def test_cli_refuses_a_broken_docx_in_one_line_in_the_users_language(tmp_path: Path):
    bad = tmp_path / "draft.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    result = run_cli("check", bad, lang="ko_KR.UTF-8")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "ZIP" in lines[0] and "Traceback" not in result.stderr


def test_plain_text_commands_do_not_import_python_docx():
    code = (
        "import sys\n"
        "from drafter.cli import main\n"
        f"main(['check', {str(SAMPLES / 'pps-innovation-2026-11-24.txt')!r}])\n"
        "import drafter.formats\n"
        "assert 'docx' not in sys.modules and 'lxml' not in sys.modules, 'python-docx was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


# --- LibreOffice: every string on the page, in a Korean face -------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or poppler-utils (pdftotext, pdffonts) is not installed; CI installs "
    "libreoffice-writer-nogui, fonts-nanum and poppler-utils",
)
JAPANESE_FACE = re.compile(
    r"JP|Japan|Mincho|MS-?P?Gothic|IPA|Takao|VL-?Gothic|Ume|Kochi|Sazanami|Meiryo|YuGothic|YuMincho|Hiragino", re.I
)
KOREAN_FACE = re.compile(r"Nanum|CJK-?KR|CJKkr|Malgun|Batang|Gulim|Dotum|UnBatang|UnDotum|Baekmuk|HCR|Hangul", re.I)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory, packages: dict[str, bytes]) -> dict[str, Path]:
    if SOFFICE is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or poppler-utils is not installed")
    folder = tmp_path_factory.mktemp("pdf")
    for layout, data in packages.items():
        (folder / f"{layout}.docx").write_bytes(data)
    profile = tmp_path_factory.mktemp("lo-profile")  # a private profile: no clash with a running LibreOffice
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *[str(folder / f"{layout}.docx") for layout in LAYOUTS],
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {layout: folder / f"{layout}.pdf" for layout in LAYOUTS}


def release_strings(release: Release, langs: tuple[str, ...]) -> list[str]:
    out = []
    for lang in langs:
        v = release.version(lang)
        out += [v.title, *v.subtitle, v.contact]
        for p in v.body:
            out.append(p.text)
            out += [n.text for n in p.notes]
        out += [n.text for n in v.footnotes]
    return [s for s in out if s]


def squeeze(text: str) -> str:
    """Text without whitespace and hyphens: lines wrap anywhere, and pdftotext drops a hyphen that ends a line."""
    return re.sub(r"[\s\-‐]+", "", text)


def pdf_text(pdf: Path, noise: tuple[str, ...] = ()) -> str:
    """The PDF's text without page numbers and running heads, squeezed."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    lines = [line for line in text.decode("utf-8").splitlines() if not re.fullmatch(r"\s*-\s*\d+\s*-\s*", line)]
    joined = squeeze("".join(lines))
    for repeated in noise:
        joined = joined.replace(squeeze(repeated), "")
    return joined


@needs_soffice
@pytest.mark.parametrize("layout", LAYOUTS)
def test_pdf_holds_every_string_of_the_release(pdfs: dict[str, Path], release: Release, layout: str):
    langs = {"ko": ("ko",), "en": ("en",)}.get(layout, ("ko", "en"))
    noise = ()
    if layout == "review":
        header = part(build_docx(release, "review", now=NOW, findings=FIXED_FINDINGS), "word/header1.xml")
        noise = ("국문 · Korean", "영문 · English", "검토 · Findings", *paragraph_texts(header))
    text = pdf_text(pdfs[layout], noise)
    missing = [s for s in release_strings(release, langs) if squeeze(s) not in text]
    assert missing == [], text
    labels = {"ko": ["보도시점", "배포", "붙임", "문의"], "en": ["Contact:", "Forimmediaterelease"]}
    for lang in langs if layout != "review" else ():
        assert all(label in text for label in labels[lang]), lang


@needs_soffice
@pytest.mark.parametrize("layout", LAYOUTS)
def test_pdf_sets_korean_in_a_korean_face_never_a_japanese_fallback(pdfs: dict[str, Path], layout: str):
    listing = subprocess.run(["pdffonts", str(pdfs[layout])], capture_output=True, check=True, text=True).stdout
    faces = [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:] if line.strip()]
    assert faces
    assert [f for f in faces if JAPANESE_FACE.search(f)] == [], listing
    assert [f for f in faces if KOREAN_FACE.search(f)] or layout == "en", listing  # English: no Hangul at all


@needs_soffice
def test_pdf_page_numbers_are_printed_with_dashes(pdfs: dict[str, Path]):
    text = subprocess.run(["pdftotext", str(pdfs["bilingual"]), "-"], capture_output=True, check=True, text=True)
    pages = text.stdout.split("\f")
    assert len(pages) >= 2
    for number, page in enumerate(pages[:-1], 1):  # the text ends with a form feed
        assert re.search(rf"^-\s*{number}\s*-$", page, re.M), page[-200:]


def test_a_part_in_an_unknown_compression_is_damaged_not_an_internal_error():
    data = bytearray(minimal_docx("<w:p/>"))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        name = z.getinfo("word/document.xml").filename.encode()
    at = data.find(b"PK\x03\x04")
    while at != -1:  # compression method 97 (WavPack: zipfile has no decoder) in both headers of the part
        if data[at + 30 : at + 30 + len(name)] == name:
            data[at + 8 : at + 10] = (97).to_bytes(2, "little")
        at = data.find(b"PK\x03\x04", at + 1)
    at = data.find(b"PK\x01\x02")
    while at != -1:
        if data[at + 46 : at + 46 + len(name)] == name:
            data[at + 10 : at + 12] = (97).to_bytes(2, "little")
        at = data.find(b"PK\x01\x02", at + 1)
    with pytest.raises(InputError, match="damaged"):
        check_package(bytes(data))
