"""HWPX export: python-hwpx's validators, reopening, and the package XML of each layout (fonts, sizes,
paragraph shapes, page, the head and contact tables, page numbers).

LibreOffice cannot open HWPX, so nothing here renders a page: the README says which checks these are and
what to look at the first time a file is opened in 한글.
"""

from __future__ import annotations

import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hwpx import HwpxDocument
from hwpx.tools.package_validator import validate_package
from hwpx.tools.validator import validate_document

from drafter import styles
from drafter.errors import SaveError
from drafter.formats import ExportOptions, format_for, write_export
from drafter.formats import layout as model
from drafter.formats.hwpx_writer import build_hwpx, hwp_text
from drafter.formats.plaintext import read_text_file
from drafter.model import Release
from tests.conftest import REFERENCE, SAMPLES
from tests.formats.hwpx_helpers import (
    HC,
    HH,
    HP,
    Header,
    cells,
    members,
    names,
    paragraphs,
    part,
    sample_release,
    tables,
    text_of,
)

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
LAYOUTS = ("ko", "en", "bilingual")
GENERIC = styles.load("generic")


@pytest.fixture(scope="module")
def release() -> Release:
    return sample_release()


@pytest.fixture(scope="module")
def packages(release: Release) -> dict[str, bytes]:
    return {layout: build_hwpx(release, layout, GENERIC, NOW) for layout in LAYOUTS}


def releases() -> list[tuple[str, Release]]:
    found = [("sample", read_text_file(SAMPLES / "pps-innovation-2026-11-24.txt").release), ("full", sample_release())]
    if REFERENCE.exists():
        found.append(("reference", read_text_file(REFERENCE).release))
    return found


# --- validators and reopening ------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["generic", "pps", "mofa"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_passes_python_hwpx_validators_with_no_issue(style: str, layout: str):
    for name, release in releases():
        data = build_hwpx(release, layout, styles.load(style), NOW)
        # The issue lists, not the verdicts: the command-line validator passes with warnings.
        assert validate_document(data).issues == (), (name, [str(i) for i in validate_document(data).issues])
        assert validate_package(data).issues == (), (name, [str(i) for i in validate_package(data).issues])


def expected_content(release: Release, layout: str, style: styles.HouseStyle) -> list[object]:
    """What each block of the layout should read as in 한글: a paragraph's text (symbol, tab, text) or a
    table's cell texts, row by row (a merged cell once, in the row it starts in)."""
    content: list[object] = []
    for section in model.sections(release, layout, style):
        for block in section.blocks:
            if isinstance(block, model.Para):
                prefix = " " * round(block.symbol_at * 2) + block.symbol + " " if block.symbol else ""
                content.append(prefix + hwp_text(block.text))
                continue
            covered: set[tuple[int, int]] = set()
            rows = []
            for r, row in enumerate(block.rows):
                texts, c = [], 0
                for cell in row:
                    if (r, c) in covered:
                        c += 1
                        continue
                    lines = [] if cell.image else [*(cell.text or cell.alt).split("\n"), *cell.lines]
                    texts.append("\n".join(hwp_text(line) for line in lines))
                    covered |= {(i, j) for i in range(r, r + cell.rows) for j in range(c, c + cell.span)}
                    c += cell.span
                rows.append(texts)
            content.append(rows)
    return content


def reopened_content(data: bytes) -> list[object]:
    """The top-level paragraphs' texts and the tables' cells of the reopened document, in order."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        document = HwpxDocument.open(data)
    content: list[object] = []
    for paragraph in document.paragraphs:
        if paragraph.tables:
            content += [[[cell.text for cell in row.cells] for row in table.rows] for table in paragraph.tables]
        else:
            content.append(paragraph.text)
    document.close()
    return content


@pytest.mark.parametrize("style", ["generic", "pps"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_reopened_document_gives_back_the_same_text_and_cells(style: str, layout: str):
    house = styles.load(style)
    for name, release in releases():
        got = reopened_content(build_hwpx(release, layout, house, NOW))
        assert got == expected_content(release, layout, house), name


# --- the package XML ---------------------------------------------------------------------------------


def page(data: bytes) -> tuple[dict[str, str], dict[str, str]]:
    section = part(data, "Contents/section0.xml")
    pagepr = section.find(f".//{HP}pagePr")
    return dict(pagepr.attrib), dict(pagepr.find(f"{HP}margin").attrib)


def mm(value: float) -> int:
    return round(value * 7200 / 25.4)


@pytest.mark.parametrize("style", ["generic", "pps"])
def test_a4_and_the_house_style_margins(release: Release, style: str):
    house = styles.load(style)
    size, margins = page(build_hwpx(release, "ko", house, NOW))
    assert (int(size["width"]), int(size["height"])) == (mm(210), mm(297))
    for key in ("left", "right", "top", "bottom", "header", "footer"):
        assert abs(int(margins[key]) - mm(house.margins_mm[key])) <= 1, key
    assert margins["gutter"] == "0"


def by_style(data: bytes, english: str) -> list:  # type: ignore[type-arg]
    return [p for p in paragraphs(data) if p.style == english]


def test_korean_faces_sizes_and_weights(packages: dict[str, bytes]):
    data = packages["ko"]
    header = Header.of(data)
    body = by_style(data, "Release Body")[0]
    assert set(header.fonts(body.char).values()) == {"함초롬바탕"}  # every script slot
    assert header.size(body.char) == 15 and not header.bold(body.char)
    note = by_style(data, "Release Note")[0]
    assert set(header.fonts(note.char).values()) == {"맑은 고딕"} and header.size(note.char) == 12
    title_cell = next(t for t in tables(data) if cells(t)[0][0].startswith("혁신제품 해외조달시장"))
    runs = title_cell.findall(f".//{HP}p/{HP}run")
    title_char, subtitle_char = runs[0].get("charPrIDRef"), runs[-1].get("charPrIDRef")
    assert set(header.fonts(title_char).values()) == {"함초롬돋움"}
    assert header.size(title_char) == 24 and header.bold(title_char)
    assert set(header.fonts(subtitle_char).values()) == {"함초롬바탕"}
    assert header.size(subtitle_char) == 14 and not header.bold(subtitle_char)


def test_english_faces_in_the_latin_slot_and_korean_ones_beside_them(packages: dict[str, bytes]):
    data = packages["en"]
    header = Header.of(data)
    body = by_style(data, "Release Body (English)")[0]
    fonts = header.fonts(body.char)
    assert fonts["latin"] == "Times New Roman" and fonts["hangul"] == "함초롬바탕"
    assert header.size(body.char) == 12
    title = by_style(data, "Release Title (English)")[0]
    assert header.fonts(title.char)["latin"] == "Arial" and header.bold(title.char)
    assert header.line_spacing(body.para) == ("PERCENT", 115)


def test_hanging_indents_per_level_and_160_percent(packages: dict[str, bytes]):
    """The rules' spaces before the symbol and one after it, typed; the lines after the first hang under
    the text by the width of those (measured in 한글's face), not by a tab to an automatic tab stop."""
    data = packages["ko"]
    header = Header.of(data)
    body = by_style(data, "Release Body")
    unit = 15 * 100  # a character of the 15 pt body, in HWPUNIT
    plain, level1, level2, level3 = body[0], body[1], body[2], body[3]
    assert [p.text[: p.text.index(" ", p.text.index(p.text.strip()[0])) + 1] for p in (level1, level2, level3)] == [
        "□ ",
        " ㅇ ",
        "   - ",
    ]
    assert not any("\t" in p.text for p in paragraphs(data, header))
    for p, text_at in ((level1, 1.5), (level2, 2.0), (level3, 2.5)):
        assert header.margin(p.para, "left") == 0  # the hierarchy is in the spaces, the margin stays 0
        assert abs(header.margin(p.para, "intent") + text_at * unit) <= 0.2 * unit
        assert header.paras[p.para].get("tabPrIDRef") == "0"
    assert header.margin(plain.para, "intent") == unit and header.margin(plain.para, "left") == 0
    for p in body:
        assert header.line_spacing(p.para) == ("PERCENT", 160)
        setting = header.paras[p.para].find(f"{HH}breakSetting")
        assert setting.get("breakNonLatinWord") == "BREAK_WORD"  # 어절: what 한글 writes for keeping words whole
    note = by_style(data, "Release Note")[0]
    assert note.text.startswith(" * ") and header.line_spacing(note.para) == ("PERCENT", 130)
    assert header.margin(note.para, "left") == 0 and header.margin(note.para, "intent") < -12 * 100
    assert header.margin(level2.para, "prev") == 8 * 100  # □ → ㅇ: 8 pt above


def test_release_row_and_cover(packages: dict[str, bytes]):
    data = packages["ko"]
    header = Header.of(data)
    cover, release_row = tables(data)[:2]
    assert cells(cover) == [["조달청", "보도자료", ""]]  # the organisation stands for the missing logo
    assert cells(release_row) == [["보도시점", "2026.\xa011.\xa024.(화) 조간", "배포", "2026.\xa011.\xa024.(화)"]]
    # U+00A0 holds a date together; 한글's hp:nbSpace element would stop several text extractors
    assert all(t.find(f".//{HP}nbSpace") is None for t in tables(data))
    assert not [p for p in paragraphs(data, header) if p.element.find(f".//{HP}nbSpace") is not None]
    label, date = (release_row.find(f".//{HP}tc[{i}]//{HP}run").get("charPrIDRef") for i in (1, 2))
    assert set(header.fonts(label).values()) == {"함초롬돋움"} and header.bold(label) and header.size(label) == 10
    assert header.bold(date)  # the row in the head face, bold, as the PDF and the DOCX
    word = cover.find(f".//{HP}tc[2]//{HP}run").get("charPrIDRef")
    assert header.size(word) == 14 and not header.bold(word)  # 보도자료 as the style says, regular
    labels = [tc for tc in release_row.iter(f"{HP}tc")][::2]
    for tc in labels:
        fill = header.fills[tc.get("borderFillIDRef")]
        assert fill.find(f"{HC}fillBrush/{HC}winBrush").get("faceColor") == "#E7ECF4"
        assert fill.find(f"{HH}leftBorder").get("type") == "SOLID"
    cover_fill = header.fills[cover.find(f".//{HP}tc").get("borderFillIDRef")]
    assert cover_fill.find(f"{HH}leftBorder").get("type") == "NONE"


def test_contact_table_with_each_department_over_its_rows(packages: dict[str, bytes]):
    contact = tables(packages["ko"])[-1]
    assert cells(contact) == [
        ["담당 부서", "혁신조달기획과", "책임자", "과장", "이정민", "042-724-7300"],
        ["담당자", "사무관", "박서연", "042-724-7311\npark@korea.kr"],
        ["담당 부서", "국제협력담당관실", "담당자", "사무관", "염동현", "042-724-7654"],
    ]
    spans = [
        (tc.find(f"{HP}cellSpan").get("rowSpan"), tc.find(f"{HP}cellSpan").get("colSpan"))
        for tc in contact.iter(f"{HP}tc")
    ]
    assert spans[:2] == [("2", "1"), ("2", "1")] and contact.get("rowCnt") == "3" and contact.get("colCnt") == "6"


def test_one_page_number_control_and_each_language_counts_from_one(packages: dict[str, bytes]):
    """한글's page-number control ("- 1 -" at the bottom centre) and nothing else that prints a number; the
    English part of the bilingual file is a section of its own that counts its pages from 1."""
    data = packages["bilingual"]
    assert [n for n in names(data) if n.startswith("Contents/section")] == [
        "Contents/section0.xml",
        "Contents/section1.xml",
    ]
    for number, name in enumerate(("Contents/section0.xml", "Contents/section1.xml")):
        section = part(data, name)
        [control] = section.iter(f"{HP}pageNum")
        assert (control.get("pos"), control.get("sideChar")) == ("BOTTOM_CENTER", "-")
        assert section.find(f".//{HP}footer") is None and section.find(f".//{HP}autoNum") is None
        assert section.find(f".//{HP}startNum").get("page") == "1"
        assert len(list(section.iter(f"{HP}newNum"))) == number  # the English restarts for every reader
    assert text_of(part(data, "Contents/section1.xml").find(f"{HP}p")) == "Public Procurement Service"


def test_every_table_declares_the_height_of_its_content(packages: dict[str, bytes]):
    """Not a placeholder: a viewer that draws a cell as high as it says (rhwp) shows the text in it."""
    data = build_hwpx(sample_release(), "ko", styles.load("pps"), NOW)
    header = Header.of(data)
    for table in tables(data):
        margin = table.find(f"{HP}inMargin")
        rows = {}
        for tc in table.iter(f"{HP}tc"):
            height = int(tc.find(f"{HP}cellSz").get("height"))
            span = int(tc.find(f"{HP}cellSpan").get("rowSpan"))
            row = int(tc.find(f"{HP}cellAddr").get("rowAddr"))
            if span == 1:
                rows[row] = height
            sizes = [
                header.size(r.get("charPrIDRef")) * 100 for r in tc.iter(f"{HP}run") if r.find(f"{HP}t") is not None
            ]
            picture = tc.find(f".//{HP}pic/{HP}sz")
            least = int(picture.get("height")) if picture is not None else sum(sizes)
            assert height >= least + int(margin.get("top")) + int(margin.get("bottom")), cells(table)
        assert int(table.find(f"{HP}sz").get("height")) == sum(rows.values())
    logo = next(t for t in tables(data) if t.find(f".//{HP}pic") is not None)
    assert int(logo.find(f"{HP}sz").get("height")) > int(logo.find(f".//{HP}pic/{HP}sz").get("height"))


def test_the_preview_text_is_the_first_lines_of_the_document(release: Release):
    data = build_hwpx(release, "ko", GENERIC, NOW)
    text = members(data)["Preview/PrvText.txt"].decode("utf-8")
    assert text.startswith("<조달청><보도자료><>\r\n<보도시점><2026. 11. 24.(화) 조간>")
    assert release.ko.title in text and len(text) <= 1024


def test_logo_with_its_description_and_the_metadata(release: Release):
    data = build_hwpx(release, "bilingual", styles.load("pps"), NOW)
    assert any(n.startswith("BinData/") and n.endswith(".png") for n in names(data))
    picture = part(data, "Contents/section0.xml").find(f".//{HP}pic")
    assert picture.find(f"{HP}shapeComment").text == "조달청"
    hpf = part(data, "Contents/content.hpf")
    metadata = {m.get("name"): m.text for m in hpf.iter("{http://www.idpf.org/2007/opf/}meta")}
    assert metadata["creator"] == "조달청" and metadata["CreatedDate"] == "2026-11-23T09:30:00Z"
    assert hpf.find(".//{http://www.idpf.org/2007/opf/}title").text == release.ko.title
    for name in names(data):  # nothing of the library's skeleton document is left
        if name.endswith((".xml", ".hpf", ".txt")):
            assert b"synthetic-fixture" not in members(data)[name], name


def test_no_break_joins_become_what_every_reader_understands():
    assert hwp_text("042\u2011724\u20117654") == "042-724-7654"
    assert hwp_text("120\u2060억\u200b원\ufeff") == "120억원"  # no invisible character, even one pasted
    assert hwp_text("2026.\xa011.\xa024.") == "2026.\xa011.\xa024."  # the character, not hp:nbSpace
    assert hwp_text("a\x01b\tc") == "ab c"


# --- through the registry --------------------------------------------------------------------------


def test_the_registry_writes_hwpx_in_each_layout_and_not_the_review(tmp_path: Path, release: Release):
    fmt = format_for("x.hwpx")
    assert fmt is not None and fmt.layouts == LAYOUTS and fmt.reader and fmt.writer
    for layout in LAYOUTS:
        write_export(release, tmp_path / f"{layout}.hwpx", layout, ExportOptions(style="pps"))
        assert (tmp_path / f"{layout}.hwpx").read_bytes()[:2] == b"PK"
    with pytest.raises(SaveError, match="review"):
        write_export(release, tmp_path / "review.hwpx", "review")
    assert not (tmp_path / "review.hwpx").exists()


def test_an_empty_release_makes_a_valid_document(tmp_path: Path):
    for layout in LAYOUTS:
        data = build_hwpx(Release(), layout, GENERIC, NOW)
        assert validate_document(data).issues == () and validate_package(data).issues == ()
