"""What each DOCX layout prints, part by part: the Korean head (cover row, 보도시점/배포 row, title box), the
levels with their hanging indents and the gaps between them, notes, footnotes, 붙임 lines, the contact
table; the English head, dateline, bullets, contact lines and ###; the no-break joins; and no Hangul in
an English document whose details are Korean only (release-layout.md gives the figures)."""

from __future__ import annotations

import zipfile
from io import BytesIO

import pytest
from lxml import etree

from drafter.formats.docx_lines import text_of
from drafter.formats.docx_writer import build_docx
from drafter.formats.layout import INVISIBLE, NBSP
from drafter.model import Details, Note, Paragraph, Release, Version
from drafter.styles import load
from tests.formats.docx_helpers import (
    HANGUL,
    NOW,
    NS,
    W,
    body_paragraphs,
    footers,
    korean_details_only,
    paragraph_texts,
    part,
    sample_release,
    style_of,
)

GENERIC = load("generic")
CHAR = 15 * 20  # a Korean character of the 15 pt body, in twips
EMU_PER_MM = 36000


@pytest.fixture(scope="module")
def packages() -> dict[str, bytes]:
    release = sample_release()
    return {layout: build_docx(release, layout, GENERIC, now=NOW) for layout in ("ko", "en", "bilingual")}


def tables(package: bytes) -> list[etree._Element]:
    return part(package, "word/document.xml").findall("w:body/w:tbl", NS)


def text(element: etree._Element) -> str:
    """What a reader sees: the paragraphs' text with their no-break joins undone, one line each."""
    return "\n".join(text_of(p) for p in element.iter(f"{W}p"))


def cells(table: etree._Element) -> list[list[str]]:
    return [[text(tc) for tc in tr.findall("w:tc", NS)] for tr in table.findall("w:tr", NS)]


def by_text(package: bytes, start: str) -> etree._Element:
    return next(p for p in body_paragraphs(package) if text(p).startswith(start))


def following(p: etree._Element) -> etree._Element:
    return p.getnext()


def attrs(element: etree._Element | None, *names: str) -> tuple[str | None, ...]:
    assert element is not None
    return tuple(element.get(f"{W}{name}") for name in names)


# --- the Korean head ----------------------------------------------------------------------------


def test_the_korean_head_is_the_cover_row_the_release_row_and_the_title_box(packages: dict[str, bytes]):
    cover, release_row, title_box, _contact = tables(packages["ko"])
    assert cells(cover) == [["조달청", "보도자료", ""]]  # no logo in the generic style: the organisation's name
    assert {attrs(b, "val") for b in cover.find("w:tblPr/w:tblBorders", NS)} == {("nil",)}
    assert cover.find(".//w:tcBorders", NS) is None  # no rule under it: the PDF and the HWPX draw none
    assert cells(release_row) == [["보도시점", "2026. 11. 24.(화) 12:00", "배포", "2026. 11. 24.(화)"]]
    labels = [tc for tc in release_row.iter(f"{W}tc") if text(tc) in ("보도시점", "배포")]
    assert [attrs(tc.find("w:tcPr/w:shd", NS), "fill") for tc in labels] == [("E7ECF4",), ("E7ECF4",)]
    assert [style_of(p) for p in release_row.iter(f"{W}p")] == ["KoHeadLabel", "KoHead", "KoHeadLabel", "KoHead"]
    paragraphs = title_box.findall(".//w:p", NS)
    assert [style_of(p) for p in paragraphs] == ["KoTitle", "KoSubtitle", "KoSubtitle"]
    assert cells(title_box) == [
        [
            "혁신제품 해외조달시장 진출 지원, 올해 35개사 120억원 수출 성과\n"
            "- 미국·베트남 등 12개국 공공기관에 납품, 전년 대비 15% 증가 -\n"
            "- 내년 상반기 해외실증 지원 대상 50개 제품으로 확대 -"
        ]
    ]
    frame = title_box.find("w:tblPr/w:tblBorders", NS)
    assert [attrs(frame.find(f"w:{side}", NS), "val") for side in ("top", "left", "bottom", "right")] == [
        ("single",)
    ] * 4


def test_the_house_styles_logo_is_an_image_whose_alternative_text_is_the_organisation():
    package = build_docx(sample_release(), "ko", load("pps"), now=NOW)
    with zipfile.ZipFile(BytesIO(package)) as z:
        assert [n for n in z.namelist() if n.startswith("word/media/")] == ["word/media/image1.png"]
    cover = tables(package)[0]
    [doc_pr] = cover.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
    assert doc_pr.get("descr") == "조달청"
    extent = cover.find(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent")
    assert int(extent.get("cy")) <= 15.01 * EMU_PER_MM and int(extent.get("cx")) > 3 * int(extent.get("cy"))
    assert cells(cover) == [["", "보도자료", "공정하고 투명한 공공조달"]]  # the slogan of the style


def test_an_immediate_release_says_so_in_both_languages():
    r = sample_release()
    r.ko.details.embargo = r.en.details.embargo = ""
    package = build_docx(r, "bilingual", GENERIC, now=NOW)
    assert cells(tables(package)[1])[0][:2] == ["보도시점", "배포 즉시 보도"]
    assert "FOR IMMEDIATE RELEASE" in paragraph_texts(part(package, "word/document.xml"))


# --- the Korean body --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "style", "symbol", "left", "hanging"),
    [
        ("조달청은 24", "KoLevel1", "□", 1.5 * CHAR, 1.5 * CHAR),  # □ at the margin, text after 1.5 characters
        ("올해 수출액은", "KoLevel2", "ㅇ", 2.0 * CHAR, 1.5 * CHAR),  # ㅇ half a character in
        ("국가별로는", "KoLevel3", "-", 2.5 * CHAR, 1.0 * CHAR),  # - three spaces in, half a character wide
    ],
)
def test_levels_hang_their_lines_under_the_text_not_the_symbol(
    packages: dict[str, bytes], start: str, style: str, symbol: str, left: float, hanging: float
):
    p = next(p for p in body_paragraphs(packages["ko"]) if style_of(p) == style and start in paragraph_texts(p)[0])
    run = p.find("w:r", NS)
    assert [etree.QName(c).localname for c in run] == ["t", "tab", "t"]  # symbol, tab, text
    assert run[0].text == symbol and run[2].text.startswith(start)
    assert attrs(p.find("w:pPr/w:ind", NS), "left", "hanging") == (str(round(left)), str(round(hanging)))
    assert attrs(p.find("w:pPr/w:tabs/w:tab", NS), "val", "pos") == ("left", str(round(left)))


def test_the_paragraph_style_indents_the_first_line_by_a_character():
    r = sample_release()
    for p in r.ko.body:
        p.level, p.bullet = 0, ""
    p = body_paragraphs(build_docx(r, "ko", load("pps"), now=NOW))
    body = [x for x in p if style_of(x) == "KoBody"]
    assert len(body) == len(r.ko.body)
    assert {attrs(x.find("w:pPr/w:ind", NS), "firstLine") for x in body} == {(str(CHAR),)}


def test_the_gaps_between_levels_are_the_house_styles(packages: dict[str, bytes]):
    """□→ㅇ 8 pt, ㅇ→- 4 pt, -→□ 10 pt, □→paragraph 14 pt; 12 pt under the title box; a note 2 pt."""
    body = [p for p in body_paragraphs(packages["ko"]) if style_of(p).startswith(("KoLevel", "KoBody", "KoNote"))]
    gaps = [(style_of(p), p.find("w:pPr/w:spacing", NS)) for p in body]
    before = [(style, int(s.get(f"{W}before")) / 20 if s is not None else 0) for style, s in gaps]
    assert before == [
        ("KoLevel1", 12),
        ("KoNote", 2),
        ("KoLevel2", 8),
        ("KoNote", 2),
        ("KoLevel3", 4),
        ("KoLevel1", 10),
        ("KoBody", 14),
    ]


def test_notes_stand_under_their_paragraph_in_the_note_face_indented_from_its_symbol(packages: dict[str, bytes]):
    first = by_text(packages["ko"], "□")
    note = following(first)
    assert style_of(note) == "KoNote" and paragraph_texts(note)[0].startswith("*혁신제품:")
    # the marker half a character in from □, the text one character after the marker
    assert attrs(note.find("w:pPr/w:ind", NS), "left", "hanging") == (str(int(1.5 * CHAR)), str(CHAR))
    second = following(by_text(packages["ko"], "ㅇ"))
    assert style_of(second) == "KoNote" and paragraph_texts(second)[0].startswith("**전년 수출액")
    assert attrs(second.find("w:pPr/w:ind", NS), "left") == (str(int(2.5 * CHAR)),)


def test_footnotes_and_attachments_follow_the_body(packages: dict[str, bytes]):
    paragraphs = body_paragraphs(packages["ko"])
    styles = [style_of(p) for p in paragraphs]
    last_body = max(i for i, s in enumerate(styles) if s.startswith(("KoLevel", "KoBody")))
    assert styles[last_body + 1 : last_body + 4] == ["KoFootnote", "KoAttachment", "KoAttachment"]
    texts = [text(p) for p in paragraphs[last_body + 1 : last_body + 4]]
    assert texts[0].startswith("※\t수출액은")
    assert texts[1:] == ["붙임 1. 2026 혁신제품 해외진출 성과 현황", "붙임 2. 국가별 수출 실적"]


def test_a_single_attachment_is_not_numbered():
    r = sample_release()
    r.ko.details.attachments = ["행사 사진 2부"]
    texts = paragraph_texts(part(build_docx(r, "ko", GENERIC, now=NOW), "word/document.xml"))
    assert "붙임 행사 사진 2부" in texts


def test_the_contact_table_has_the_department_over_its_people(packages: dict[str, bytes]):
    table = tables(packages["ko"])[-1]
    assert cells(table) == [
        ["담당 부서", "혁신조달기획과", "책임자", "과장", "이정민", "042-724-7301"],
        ["", "", "담당자", "사무관", "박서연", "042-724-7311"],
    ]
    merges = [[attrs(tc.find("w:tcPr/w:vMerge", NS), "val") for tc in tr.findall("w:tc", NS)[:2]] for tr in table]
    merges = [m for m in merges if m]
    assert merges == [[("restart",), ("restart",)], [(None,), (None,)]]  # restart, then continue
    shaded = [text(tc) for tc in table.iter(f"{W}tc") if tc.find("w:tcPr/w:shd", NS) is not None]
    assert shaded == ["담당 부서", "책임자", "", "담당자"]  # the labels (the merged label's lower cell too)
    widths = [int(c.get(f"{W}w")) for c in table.findall("w:tblGrid/w:gridCol", NS)]
    assert len(widths) == 6 and sum(widths) == 9638  # the text width between 20 mm margins


def test_two_departments_make_two_merged_groups():
    r = sample_release()
    r.ko.contact = (
        "혁신조달기획과 이정민 과장(042-724-7301), 박서연 사무관(042-724-7311)\n대변인실 김민지 사무관(042-724-7020)"
    )
    table = tables(build_docx(r, "ko", GENERIC, now=NOW))[-1]
    assert [row[:3] for row in cells(table)] == [
        ["담당 부서", "혁신조달기획과", "책임자"],
        ["", "", "담당자"],
        ["담당 부서", "대변인실", "담당자"],
    ]


def test_a_contact_line_that_names_nobody_stays_a_line_not_a_table():
    r = sample_release()
    r.ko.contact = "혁신조달기획과 이정민 과장(042-724-7301)\n홍보담당관실"
    package = build_docx(r, "ko", GENERIC, now=NOW)
    assert len(tables(package)) == 3  # cover, release row, title box
    texts = paragraph_texts(part(package, "word/document.xml"))
    assert "* 문의: 홍보담당관실" in texts and texts.count("* 문의: 홍보담당관실") == 1


# --- the English ------------------------------------------------------------------------------


def test_the_english_head_is_organisation_press_release_embargo_and_date(packages: dict[str, bytes]):
    head = [p for p in body_paragraphs(packages["en"]) if style_of(p) == "EnHead"]
    assert [text(p) for p in head] == [
        "Public Procurement Service",
        "PRESS RELEASE",
        "EMBARGOED UNTIL 12:00 KST, November 24, 2026",
        "November 24, 2026",
    ]
    sizes = [p.find("w:r/w:rPr/w:sz", NS) for p in head]
    assert [s.get(f"{W}val") if s is not None else None for s in sizes] == ["28", "36", None, None]
    assert [p.find("w:r/w:rPr/w:b", NS) is not None for p in head] == [True, True, True, False]


def test_the_english_title_subtitles_dateline_and_paragraphs(packages: dict[str, bytes]):
    paragraphs = body_paragraphs(packages["en"])
    styles = [style_of(p) for p in paragraphs]
    assert styles[4:8] == ["EnTitle", "EnSubtitle", "EnSubtitle", "EnBody"]
    assert text(paragraphs[7]).startswith("DAEJEON, Nov. 24 (PPS) – The Public Procurement Service")
    spacing = [p.find("w:pPr/w:spacing", NS) for p in paragraphs if style_of(p) == "EnBody"]
    assert {int(s.get(f"{W}before")) for s in spacing[1:]} == {200}  # 10 pt between paragraphs


def test_lower_levels_are_bullets_in_english(packages: dict[str, bytes]):
    p = by_text(packages["en"], "•")
    assert style_of(p) == "EnLevel2"
    assert attrs(p.find("w:pPr/w:ind", NS), "left", "hanging") == ("480", "240")  # 12 pt: • at 1, text at 2


def test_the_english_ends_with_one_contact_line_a_person_and_the_end_mark(packages: dict[str, bytes]):
    paragraphs = body_paragraphs(packages["en"])
    tail = [text(p) for p in paragraphs if style_of(p) in ("EnContact", "EnEnd")]
    assert tail == [
        "Contact: Innovation Procurement Planning Division, Lee Jeong-min, Director (+82-42-724-7301)",
        "Innovation Procurement Planning Division, Park Seo-yeon, Deputy Director (+82-42-724-7311)",
        "###",
    ]


def test_a_numbered_english_house_style_numbers_its_paragraphs_in_turn():
    package = build_docx(sample_release(), "en", load("mofa"), now=NOW)
    numbers = [p.find("w:r/w:t", NS).text for p in body_paragraphs(package) if style_of(p) == "EnBody"]
    assert numbers == ["1.", "2.", "3.", "4."]  # the bullet between 2 and 3 takes no number


def test_an_english_export_of_details_given_in_korean_only_prints_no_hangul():
    """The issue's case: embargo, organisation, contact person and attachments filled in Korean only."""
    r = korean_details_only()
    for layout in ("en", "bilingual"):
        package = build_docx(r, layout, GENERIC, now=NOW)
        document = part(package, "word/document.xml")
        sections = list(document.iter(f"{W}sectPr"))
        english = etree.tostring(document, encoding="unicode")
        if layout == "bilingual":  # what stands after the Korean section's end
            korean_end = sections[0].getparent().getparent()
            english = "".join(etree.tostring(e, encoding="unicode") for e in korean_end.itersiblings())
        assert not HANGUL.search(english), layout
        assert "PRESS RELEASE" in english and "Attachment" not in english and "Contact" not in english
        assert "FOR IMMEDIATE RELEASE" not in english  # the Korean is embargoed
    en = build_docx(r, "en", GENERIC, now=NOW)
    for footer in footers(en):
        assert not HANGUL.search(etree.tostring(footer, encoding="unicode"))
    with zipfile.ZipFile(BytesIO(en)) as z:
        assert not HANGUL.search(z.read("docProps/core.xml").decode())


# --- no-break joins ---------------------------------------------------------------------------


def test_numbers_and_their_units_dates_and_phone_numbers_are_joined(packages: dict[str, bytes]):
    xml = etree.tostring(part(packages["bilingual"], "word/document.xml"), encoding="unicode")
    assert "총 120억원" in xml  # one word (어절): Korean line breaking (w:wordWrap) keeps it whole, no mark
    assert f"12{NBSP}billion" in xml and f"KRW{NBSP}10.4" in xml  # a space is wanted: a no-break one
    assert f"2026.{NBSP}11.{NBSP}24.(화)" in xml
    phones = part(packages["bilingual"], "word/document.xml").iter(f"{W}noBreakHyphen")
    assert len(list(phones)) == 2 * 2 + 3 * 2  # 042‑724‑7301 in the table, +82‑42‑724‑7301 in the English
    assert "042-724" not in xml and "+82-42" not in xml  # no breaking hyphen left in a phone number


def test_a_hyphen_inside_a_korean_word_does_not_break_it():
    r = Release(ko=Version("K-전자조달 수출", body=[Paragraph("한-아세안 협력으로 K-전자조달을 알렸다.")]))
    package = build_docx(r, "ko", GENERIC, now=NOW)
    p = by_text(package, "한")
    assert [etree.QName(c).localname for c in p.find("w:r", NS)] == ["t", "noBreakHyphen", "t", "noBreakHyphen", "t"]


def test_notes_and_footnotes_of_an_english_only_release(packages: dict[str, bytes]):
    r = Release(en=Version("Title", body=[Paragraph("Text.", [Note("A note")])], footnotes=[Note("All", "※")]))
    r.en.details = Details(organisation="Ministry of Foreign Affairs")
    styles = [style_of(p) for p in body_paragraphs(build_docx(r, "en", GENERIC, now=NOW))]
    assert styles == ["EnHead", "EnHead", "EnHead", "EnTitle", "EnBody", "EnNote", "EnFootnote", "EnEnd"]


def test_a_label_typed_before_a_contact_or_an_attachment_is_printed_once():
    r = sample_release()
    r.ko.contact = "* 문의: 홍보담당관실\n문 의 : 대변인실"  # names nobody: printed as lines
    r.ko.details.attachments = ["붙임 1. 행사 사진", "붙임 2 : 참석자 명단"]
    r.en.contact = "Contact: Press Office, Kim Min-ji, Deputy Director (+82-44-215-1234)"
    r.en.details.attachments = ["Attachment 1. Photos"]
    package = build_docx(r, "bilingual", GENERIC, now=NOW)
    texts = [text(p) for p in body_paragraphs(package)]
    assert "* 문의: 홍보담당관실" in texts and "* 문의: 대변인실" in texts
    assert "붙임 1. 행사 사진" in texts and "붙임 2. 참석자 명단" in texts
    assert "Contact: Press Office, Kim Min-ji, Deputy Director (+82-44-215-1234)" in texts
    assert "Attachment 1. Photos" in texts
    assert not [t for t in texts if t.count("문의") > 1 or t.count("붙임") > 1 or t.count("Contact") > 1]


@pytest.mark.parametrize("layout", ["ko", "en", "bilingual", "review"])
def test_no_invisible_character_is_in_any_part_of_the_document(layout: str):
    """U+2060, U+200B, U+FEFF, U+00AD … copied from Word into a web form or a search box make "120억원"
    another word; none is written, not even one the user pasted into the release."""
    r = sample_release()
    r.ko.body[0].text += " 붙여\u200b넣은\u2060글\ufeff자\u00ad"
    r.en.title = "KRW 3.2 Trillion in Exports"
    for style in ("generic", "pps", "mofa"):
        with zipfile.ZipFile(BytesIO(build_docx(r, layout, load(style), now=NOW))) as z:
            for name in z.namelist():
                if name.endswith((".xml", ".rels")):
                    text = z.read(name).decode("utf-8")
                    assert not [ch for ch in INVISIBLE if ch in text], (style, name)
