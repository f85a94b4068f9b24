"""DOCX export in four layouts and import back: fonts, styles, pages, references, round trips.

Reference files in `_reference/` hold the parts of each layout's package (`document.xml`,
`styles.xml`, the footers), pretty-printed. After an intended change to the output, rebuild them with

    DRAFTER_UPDATE_REFERENCE=1 .venv/bin/python -m pytest tests/formats/test_docx.py -k reference

and review the diff. What each layout prints, part by part, is test_docx_layout's; the review sheet,
test_docx_review's; reading drafts and files other programs saved, test_docx_import's; broken and
hostile files, test_docx_hostile's; LibreOffice, test_docx_libreoffice's.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from drafter.errors import InputError, SaveError
from drafter.formats import read_pair, write_export
from drafter.formats.docx_base import TEMPLATE
from drafter.formats.docx_ooxml import ORDERS, in_schema_order
from drafter.formats.docx_writer import LAYOUTS, build_docx, write_docx
from drafter.formats.plaintext import read_text_file
from drafter.model import Meta, Paragraph, Release, Version
from drafter.styles import load, load_file
from tests.conftest import ROOT, SAMPLES
from tests.formats.docx_helpers import (
    FIXED_FINDINGS,
    NOW,
    NS,
    W,
    footers,
    names,
    paragraph_texts,
    part,
    printed,
    read_docx_bytes,
    sample_release,
    styles_by_id,
)
from tests.formats.test_plaintext import _ENGLISH, _KOREAN, _meta

REFERENCE = Path(__file__).parent / "_reference"
GENERIC = load("generic")
# Lines that change from run to run in Word-written parts; ours are deterministic, but a
# reference comparison should not break on them.
DOCX_IGNORE = ("w:rsid", "w14:paraId", "w14:textId", "dcterms:created", "dcterms:modified")


@pytest.fixture(scope="module")
def release() -> Release:
    return sample_release()


@pytest.fixture(scope="module")
def packages(release: Release) -> dict[str, bytes]:
    return {layout: build_docx(release, layout, now=NOW, findings=FIXED_FINDINGS) for layout in LAYOUTS}


# --- fonts, sizes, languages, line breaking -----------------------------------------------------


def faces(style: etree._Element) -> dict[str, str]:
    fonts = style.find("w:rPr/w:rFonts", NS)
    return {slot: fonts.get(f"{W}{slot}") for slot in ("ascii", "hAnsi", "eastAsia", "cs", "hint")}


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


@pytest.mark.parametrize(
    ("style_name", "role", "korean", "english"),
    [
        ("generic", "Title", "함초롬돋움", "Arial"),
        ("generic", "Subtitle", "함초롬바탕", "Arial"),
        ("generic", "Body", "함초롬바탕", "Times New Roman"),
        ("generic", "Level2", "함초롬바탕", "Times New Roman"),
        ("generic", "Note", "맑은 고딕", "Times New Roman"),
        ("generic", "Head", "함초롬돋움", "Arial"),
        ("generic", "Table", "맑은 고딕", "Arial"),
        ("pps", "Head", "돋움체", "Arial"),  # 보도시점/배포 at 조달청: 돋움체 10 pt bold
        ("mofa", "Body", "휴먼명조", "Times New Roman"),
    ],
)
def test_each_role_has_the_house_styles_face_in_every_slot(
    release: Release, style_name: str, role: str, korean: str, english: str
):
    house = load(style_name)
    styles = styles_by_id(build_docx(release, "bilingual", house, now=NOW))
    ko, en = faces(styles[f"Ko{role}"]), faces(styles[f"En{role}"])
    assert ko == {"ascii": korean, "hAnsi": korean, "eastAsia": korean, "cs": korean, "hint": "eastAsia"}
    # English: its face for Latin text, the Korean face of the role for a Hangul word left in it (no
    # Japanese fallback).
    assert en == {"ascii": english, "hAnsi": english, "eastAsia": korean, "cs": english, "hint": None}


SIZES = [("generic", "KoTitle", 24), ("pps", "KoTitle", 19), ("mofa", "KoTitle", 22), ("generic", "KoBody", 15)]
SIZES += [("generic", "KoNote", 12), ("generic", "KoSubtitle", 14), ("pps", "KoHead", 10), ("generic", "EnBody", 12)]


@pytest.mark.parametrize(("style_name", "role", "points"), SIZES)
def test_each_role_has_the_house_styles_size(release: Release, style_name: str, role: str, points: int):
    styles = styles_by_id(build_docx(release, "bilingual", load(style_name), now=NOW))
    assert styles[role].find("w:rPr/w:sz", NS).get(f"{W}val") == str(points * 2)


def test_line_spacing_is_160_percent_in_korean_and_115_in_english(packages: dict[str, bytes]):
    styles = styles_by_id(packages["bilingual"])
    for level in ("KoBody", "KoLevel1", "KoLevel2", "KoLevel3"):
        assert styles[level].find("w:pPr/w:spacing", NS).get(f"{W}line") == "384"
    assert styles["EnBody"].find("w:pPr/w:spacing", NS).get(f"{W}line") == "276"


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
    """wordWrap on: Korean breaks between words (어절), never inside one. MS-OI29500 2.1.67: Word applies the
    property to Korean text; left out, a Korean Word's defaults break Hangul words anywhere."""
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


def test_a_users_house_style_sets_the_faces_sizes_and_page(tmp_path: Path, release: Release):
    """A style file of the user's says only what differs from the generic style."""
    mine = tmp_path / "mine.json"
    mine.write_text(
        '{"format": "drafter-style", "name": "mine", "title": {"ko": "우리 기관", "en": "Our agency"},'
        ' "page": {"size": "A4", "margins_mm": {"top": 25, "bottom": 20, "left": 30, "right": 30,'
        ' "header": 10, "footer": 10}},'
        ' "ko": {"fonts": {"body": "나눔명조", "title": "나눔고딕"}, "sizes": {"title": 20}},'
        ' "en": {"fonts": {"body": "Georgia", "note": "Calibri"}}}',
        encoding="utf-8",
    )
    package = build_docx(release, "bilingual", load_file(mine), now=NOW)
    styles = styles_by_id(package)
    assert faces(styles["KoBody"])["eastAsia"] == "나눔명조" and faces(styles["KoTitle"])["ascii"] == "나눔고딕"
    assert styles["KoTitle"].find("w:rPr/w:sz", NS).get(f"{W}val") == "40"
    assert faces(styles["EnBody"])["ascii"] == "Georgia" and faces(styles["EnNote"])["cs"] == "Calibri"
    margins = part(package, "word/document.xml").find("w:body/w:sectPr/w:pgMar", NS)
    # 한글's top 25 and header 10 mm: the text 35 mm down; Word's header 25 mm down
    assert [margins.get(f"{W}{k}") for k in ("top", "bottom", "left", "right")] == ["1984", "1701", "1701", "1701"]
    assert [margins.get(f"{W}{k}") for k in ("header", "footer")] == ["1417", "1134"]


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
    level = next(
        p for p in part(packages["ko"], "word/document.xml").iter(f"{W}p") if paragraph_texts(p)[0].startswith("□")
    )
    order = [etree.QName(c).localname for c in level.find("w:pPr", NS)]
    assert order.index("pStyle") < order.index("tabs") < order.index("spacing") < order.index("ind")
    sect = part(packages["ko"], "word/document.xml").find("w:body/w:sectPr", NS)
    order = [etree.QName(c).localname for c in sect]
    assert order.index("footerReference") < order.index("pgSz") < order.index("pgMar") < order.index("pgNumType")


@pytest.mark.parametrize(("style_name", "margins"), [("generic", (25, 25, 20, 20)), ("pps", (25, 30, 20, 20))])
def test_page_is_a4_with_the_house_styles_margins(release: Release, style_name: str, margins: tuple[int, ...]):
    """A style's margins are 한글's page setup (the header's and footer's areas between the margins and the
    text): Word's text margins are the two together, so the text stands where 한글 puts it."""
    package = build_docx(release, "bilingual", load(style_name), now=NOW)
    for sect in part(package, "word/document.xml").iter(f"{W}sectPr"):  # each language's section
        size, got = sect.find("w:pgSz", NS), sect.find("w:pgMar", NS)
        assert (size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838")
        twips = [str(round(mm * 1440 / 25.4)) for mm in margins]
        assert [got.get(f"{W}{k}") for k in ("top", "bottom", "left", "right")] == twips


def test_the_review_sheet_is_landscape(packages: dict[str, bytes]):
    size = part(packages["review"], "word/document.xml").find("w:body/w:sectPr/w:pgSz", NS)
    assert (size.get(f"{W}w"), size.get(f"{W}h"), size.get(f"{W}orient")) == ("16838", "11906", "landscape")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_page_numbers_are_a_centred_page_field_between_dashes(packages: dict[str, bytes], layout: str):
    found = footers(packages[layout])
    assert len(found) == (2 if layout == "bilingual" else 1)  # each language its own footer
    for footer in found:
        p = footer.find("w:p", NS)
        style = p.find("w:pPr/w:pStyle", NS).get(f"{W}val")
        assert style in ("Footer", "KoFooter", "EnFooter")
        assert [c.get(f"{W}fldCharType") for c in p.iter(f"{W}fldChar")] == ["begin", "separate", "end"]
        assert [i.text for i in p.iter(f"{W}instrText")] == [" PAGE "]
        assert "".join(t.text for t in p.iter(f"{W}t")) == "- 1 -"
    jc = styles_by_id(packages[layout])["Footer"].find("w:pPr/w:jc", NS)
    assert jc.get(f"{W}val") == "center"


def test_each_language_is_a_section_that_starts_a_page_and_numbers_its_pages_from_1(packages: dict[str, bytes]):
    doc = part(packages["bilingual"], "word/document.xml")
    body = doc.find("w:body", NS)
    sections = list(body.iter(f"{W}sectPr"))
    assert len(sections) == 2
    korean_end = sections[0].getparent().getparent()  # the Korean section closes on its last paragraph
    assert korean_end.tag == f"{W}p" and korean_end.getparent() is body
    assert sections[1].getparent() is body
    assert sections[1].find("w:type", NS).get(f"{W}val") == "nextPage"
    for sect in sections:
        assert sect.find("w:pgNumType", NS).get(f"{W}start") == "1"
    references = [s.find("w:footerReference", NS).get(f"{{{NS_R}}}id") for s in sections]
    assert len(set(references)) == 2
    children = list(body)
    press = next(p for p in children if paragraph_texts(p) == ["PRESS RELEASE"])
    assert children.index(korean_end) < children.index(press)


NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


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
    assert core.findtext("dc:creator", namespaces=ns) == ("Public Procurement Service" if lang == "en" else "조달청")
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


def test_the_house_style_is_the_one_asked_for_else_the_releases_own(release: Release, tmp_path: Path):
    from drafter.formats import ExportOptions

    def title_size(path: Path) -> str:
        return styles_by_id(path.read_bytes())["KoTitle"].find("w:rPr/w:sz", NS).get(f"{W}val")

    own = Release(Meta(release.meta.release_date, "pps"), release.ko, release.en)
    write_export(own, tmp_path / "own.docx", "ko")
    write_export(own, tmp_path / "asked.docx", "ko", ExportOptions(style="mofa"))
    assert (title_size(tmp_path / "own.docx"), title_size(tmp_path / "asked.docx")) == ("38", "44")
    with pytest.raises(InputError, match='no house style "nowhere"'):
        write_export(Release(Meta(style="nowhere"), release.ko), tmp_path / "x.docx", "ko")
    assert not (tmp_path / "x.docx").exists()


# --- reference files ------------------------------------------------------------------------


def normalised(xml: bytes) -> list[str]:
    root = etree.fromstring(xml, etree.XMLParser(remove_blank_text=True))
    text = etree.tostring(root, pretty_print=True, encoding="unicode")
    return [line for line in text.splitlines() if not any(mark in line for mark in DOCX_IGNORE)]


REFERENCE_PARTS = [(layout, name) for layout in LAYOUTS for name in ("document", "styles", "footer1")] + [
    ("bilingual", "footer2")
]


@pytest.mark.parametrize(("layout", "name"), REFERENCE_PARTS)
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


@pytest.mark.parametrize("layout", ["ko", "en", "bilingual"])
def test_export_then_import_gives_the_same_release(packages: dict[str, bytes], release: Release, layout: str):
    imported = read_docx_bytes(packages[layout])
    assert imported.notices == []
    langs = ("ko", "en") if layout == "bilingual" else (layout,)
    assert imported.release == printed(release, GENERIC, langs)


@pytest.mark.parametrize("style_name", ["pps", "mofa"])
def test_export_in_a_house_style_then_import_gives_the_same_release(release: Release, style_name: str):
    own = Release(Meta(release.meta.release_date, style_name), release.ko, release.en)
    house = load(style_name)
    back = read_docx_bytes(build_docx(own, "bilingual", house, now=NOW)).release
    assert back == printed(own, house, ("ko", "en"))


def test_the_sample_with_levels_round_trips(tmp_path: Path):
    release = read_text_file(SAMPLES / "pps-green-purchases-2026-12-04.txt").release
    release.meta.style = "pps"
    back = read_docx_bytes(build_docx(release, "bilingual", now=NOW)).release
    assert back == printed(release, load("pps"), ("ko", "en"))
    assert [p.level for p in back.ko.body] == [1, 2, 2, 3, 1, 2, 1]
    assert back.ko.contact == release.ko.contact and back.en.contact == release.en.contact


_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(
    meta=_meta,
    ko=_KOREAN,
    en=st.one_of(st.builds(Version), _ENGLISH),
    layout=st.sampled_from(["bilingual", "ko"]),
)
def test_generated_releases_round_trip(meta: Meta, ko: Version, en: Version, layout: str):
    release = Release(meta=meta, ko=ko, en=en)
    back = read_docx_bytes(build_docx(release, layout, GENERIC, now=NOW)).release
    assert back == printed(release, GENERIC, ("ko", "en") if layout == "bilingual" and not en.is_empty() else ("ko",))


@_SETTINGS
@given(meta=_meta, en=_ENGLISH)
def test_generated_english_releases_round_trip(meta: Meta, en: Version):
    release = Release(meta=meta, en=en)
    assert read_docx_bytes(build_docx(release, "en", GENERIC, now=NOW)).release == printed(release, GENERIC, ("en",))


def test_text_comes_back_as_it_was_typed_spaces_and_all():
    r = Release(ko=Version("제목  두 칸", ["부제  두 칸"], [Paragraph("본문  두 칸 ")], contact="대변인실  김민지"))
    back = read_docx_bytes(build_docx(r, "ko", GENERIC, now=NOW)).release.ko
    assert (back.title, back.subtitle, back.body[0].text) == ("제목  두 칸", ["부제  두 칸"], "본문  두 칸")


def test_review_sheet_is_refused_with_a_clear_message(packages: dict[str, bytes]):
    with pytest.raises(InputError, match="review sheet"):
        read_docx_bytes(packages["review"])


def test_pair_of_docx_files(tmp_path: Path, packages: dict[str, bytes], release: Release):
    (tmp_path / "ko.docx").write_bytes(packages["ko"])
    (tmp_path / "en.docx").write_bytes(packages["en"])
    r = read_pair(tmp_path / "ko.docx", tmp_path / "en.docx").release
    assert r == printed(release, GENERIC, ("ko", "en"))


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
    monkeypatch.setattr(writer.ReleaseDocx, "table_of", lambda self, block, part: 1 / 0)
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

    assert storage.load(converted) == stamp(printed(read_text_file(sample).release, GENERIC, ("ko", "en")))


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
