"""HWPX import: our own exports back to the same release (samples and generated releases, through the
registry and `convert`), a draft in the shape 한글 writes, and files that are not what they claim."""

from __future__ import annotations

import io
import warnings
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hwpx import HwpxDocument
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter import storage, styles
from drafter.contacts import Department, departments, line_of
from drafter.errors import InputError
from drafter.formats import read_pair, read_release
from drafter.formats.hwpx_reader import read_hwpx
from drafter.formats.hwpx_writer import build_hwpx
from drafter.formats.layout import HANGUL
from drafter.formats.plaintext import read_text_file
from drafter.model import LEVEL_SYMBOLS, Details, Meta, Note, Paragraph, Release, Version
from tests.conftest import REFERENCE, SAMPLES
from tests.formats.hwpx_helpers import sample_release
from tests.formats.test_plaintext import _ENGLISH, _KOREAN, _meta
from tests.test_cli import run

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
GENERIC = styles.load("generic")


def read_bytes(data: bytes, folder: Path, lang: str | None = None, name: str = "in.hwpx"):  # type: ignore[no-untyped-def]
    path = folder / name
    path.write_bytes(data)
    return read_hwpx(path, lang)


# --- what a document in our layout shows of a release ------------------------------------------------

_STANDARD = ("□", "■", "ㅇ", "○", "◦", "●", "-", "–", "·", "•")
_EN_BULLETS = {2: "•", 3: "–"}


def printed_contact(text: str, lang: str) -> str:
    """The contact as our documents print it: a Korean table of each department's people (its lines as
    typed when no department is found), English lines of the parts; read back, one line per department."""
    if lang == "ko":
        found = departments(text, "ko")
        if not found or not all(any(p.name or p.phone for p in d.people) for d in found):  # a table would lose a line
            return "\n".join(line.strip() for line in text.split("\n") if line.strip())
        return "\n".join(line_of(d, "ko") for d in found)
    people = [Department(d.name, [p]) for d in departments(text, "en") for p in d.people]  # a line per person
    lines = (line_of(d, "en") for d in people)
    return "\n".join(line for line in lines if line and not HANGUL.search(line))


def printed(release: Release, style: styles.HouseStyle) -> Release:
    """`release` as a document in our layout shows it, and so as its reader gives it back: the Korean
    symbols in the house style's, the English in paragraph style (• and – for the lower levels), the
    contact in lines of its parts."""
    ko, en = release.ko, release.en

    def korean(p: Paragraph) -> Paragraph:
        bullet = style.symbols.get(p.level, p.bullet) if p.level and p.bullet in _STANDARD else p.bullet
        return replace(p, bullet=bullet)

    def english(p: Paragraph) -> Paragraph:
        if p.level in _EN_BULLETS:
            return replace(p, bullet=_EN_BULLETS[p.level])
        return replace(p, bullet="", level=0)

    return Release(
        meta=release.meta,
        ko=replace(ko, body=[korean(p) for p in ko.body], contact=printed_contact(ko.contact, "ko")),
        en=replace(en, body=[english(p) for p in en.body], contact=printed_contact(en.contact, "en")),
    )


# --- our own exports ---------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["ko", "en", "bilingual"])
def test_the_samples_come_back_as_exported(tmp_path: Path, layout: str):
    sources = [sample_release(), read_text_file(SAMPLES / "pps-innovation-2026-11-24.txt").release]
    if REFERENCE.exists():
        sources.append(read_text_file(REFERENCE).release)
    for release in sources:
        imported = read_bytes(build_hwpx(release, layout, GENERIC, NOW), tmp_path)
        assert imported.notices == []
        expected = printed(release, GENERIC)
        for lang in ("ko", "en"):
            want = expected.version(lang) if layout in (lang, "bilingual") else Version()
            assert imported.release.version(lang) == want, (layout, lang)
        assert imported.release.meta == release.meta


def test_the_full_sample_keeps_levels_notes_footnotes_attachments_and_details(tmp_path: Path):
    release = sample_release()
    back = read_bytes(build_hwpx(release, "bilingual", GENERIC, NOW), tmp_path).release
    assert [(p.level, p.bullet) for p in back.ko.body[:4]] == [(0, ""), (1, "□"), (2, "ㅇ"), (3, "-")]
    assert back.ko.body[1].notes == [Note("전년 수출액: 2025년 104억원, 2024년 88억원", "**")]
    assert back.ko.footnotes == release.ko.footnotes and back.en.footnotes == release.en.footnotes
    assert back.ko.details == release.ko.details and back.en.details == release.en.details
    assert back.ko.contact == release.ko.contact  # two departments, through the table and back
    assert back.meta.release_date == date(2026, 11, 24)


def test_a_house_style_prints_its_organisation_and_reads_it_back(tmp_path: Path):
    release = read_text_file(SAMPLES / "pps-innovation-2026-11-24.txt").release
    back = read_bytes(build_hwpx(release, "bilingual", styles.load("pps"), NOW), tmp_path).release
    assert back.ko.details.organisation == "조달청"  # the logo's description
    assert back.en.details.organisation == "Public Procurement Service"


def test_convert_gives_the_release_that_was_exported(tmp_path: Path):
    release = sample_release()
    source, hwpx, out = tmp_path / "a.release.json", tmp_path / "a.hwpx", tmp_path / "r.release.json"
    storage.save(release, source)
    assert run("export", source, "-o", hwpx).returncode == 0
    result = run("convert", hwpx, "-o", out)
    assert result.returncode == 0, result.stderr
    back, expected = storage.load(out), printed(release, GENERIC)
    assert (back.meta, back.ko, back.en) == (expected.meta, expected.ko, expected.en)
    assert back.review.sources  # convert records the Korean each English text was imported with


def test_the_registry_reads_hwpx_alone_and_as_one_of_a_pair(tmp_path: Path):
    release = read_text_file(SAMPLES / "pps-innovation-2026-11-24.txt").release
    (tmp_path / "ko.hwpx").write_bytes(build_hwpx(release, "ko", GENERIC, NOW))
    (tmp_path / "en.hwpx").write_bytes(build_hwpx(release, "en", GENERIC, NOW))
    korean_only = read_release(tmp_path / "ko.hwpx").release
    assert korean_only.ko.title == release.ko.title and korean_only.en == Version()  # ready to translate
    pair = read_pair(tmp_path / "ko.hwpx", tmp_path / "en.hwpx").release
    assert pair.ko.body == release.ko.body and pair.en.title == release.en.title


_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_SYLLABLE = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
_PERSON = st.builds(
    lambda name, rank, phone: f"{name} {rank}" + (f"(042-724-{phone:04d})" if phone is not None else ""),
    st.text(_SYLLABLE, min_size=2, max_size=3),
    st.sampled_from(["과장", "사무관", "주무관", "팀장"]),
    st.none() | st.integers(0, 9999),
)
_DEPARTMENT = st.builds(
    lambda unit, people: f"{unit} {', '.join(people)}",
    st.text(_SYLLABLE, min_size=2, max_size=5).map(lambda s: s + "과"),
    st.lists(_PERSON, min_size=1, max_size=3),
)
# The contact as officers write it (departments, people, phones) or any line, which stays as typed.
_KO_CONTACT = st.one_of(st.just(""), st.lists(_DEPARTMENT, min_size=1, max_size=2).map("\n".join))


@_SETTINGS
@given(
    meta=_meta,
    ko=_KOREAN,
    contact=_KO_CONTACT | _KOREAN.map(lambda v: v.contact),
    en=st.one_of(st.builds(Version), _ENGLISH),
    layout=st.sampled_from(["bilingual", "ko"]),
)
def test_generated_releases_round_trip(
    tmp_path_factory: pytest.TempPathFactory, meta: Meta, ko: Version, contact: str, en: Version, layout: str
):
    release = Release(meta=meta, ko=replace(ko, contact=contact), en=en)
    back = read_bytes(build_hwpx(release, layout, GENERIC, NOW), tmp_path_factory.mktemp("hwpx")).release
    expected = printed(release, GENERIC)
    if layout == "ko":
        expected.en = Version()
    assert back == expected


@_SETTINGS
@given(meta=_meta, en=_ENGLISH)
def test_generated_english_releases_round_trip(tmp_path_factory: pytest.TempPathFactory, meta: Meta, en: Version):
    release = Release(meta=meta, en=en)
    back = read_bytes(build_hwpx(release, "en", GENERIC, NOW), tmp_path_factory.mktemp("hwpx")).release
    assert back == printed(release, GENERIC)


# --- a draft written in 한글 ---------------------------------------------------------------------------


def hangul_draft() -> bytes:
    """A draft as a press officer types it in 한글: a cover and head table, the title and "- … -" line,
    symbols typed as text (with 한글's fixed-width and no-break spaces, runs split by formatting), notes as
    paragraphs of their own, empty lines between items, a table of figures, a footnote, 붙임 lines, the
    contact table with the department merged over its rows, and a running head."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = HwpxDocument.new()
        bold = doc.styles.ensure_run(bold=True, size=15)
        cover = doc.add_table(1, 2)
        for cell, text in zip(cover.rows[0].cells, ["조달청", "보도자료"], strict=True):
            cell.text = text
        head = doc.add_table(1, 4)
        for cell, text in zip(
            head.rows[0].cells, ["보도시점", "2026. 12. 1.(화) 조간", "배포", "2026. 11. 30.(월)"], strict=True
        ):
            cell.text = text
        doc.add_paragraph("")
        title = doc.add_paragraph("", include_run=False)
        title.add_run("한-아세안 공공조달 ", char_pr_id_ref=bold)
        title.add_run("협력 포럼 개최", char_pr_id_ref=bold)
        doc.add_paragraph("- 아세안 10개국 조달 담당자 40명 참석 -")
        doc.add_paragraph("")
        first = doc.add_paragraph("", include_run=False)
        first.add_run("□ 조달청은 ")
        first.add_run("1일", char_pr_id_ref=bold)
        first.add_run(" 서울에서 한-아세안 공공조달 협력 포럼을 열었다고 밝혔다.")
        second = doc.add_paragraph("", include_run=False)
        second.add_run(
            "\u3000ㅇ 포럼에는 나라장터를 쓰는 10개국에서\u00a040명이 참석했다.", expand_special_characters=True
        )
        doc.add_paragraph("    * 나라장터: 조달청이 운영하는 국가종합전자조달시스템")
        doc.add_paragraph("  - 세부 일정은 조달청 누리집에 게시한다.")
        doc.add_paragraph("")
        last = doc.add_paragraph("□ 조달청은 내년에도 포럼을 열 계획이다.")
        doc.notes.add_footnote("포럼은 2019년에 시작되었다.", paragraph=last)
        figures = doc.add_table(2, 2)
        for cell, text in zip(
            [c for row in figures.rows for c in row.cells], ["국가", "참석자", "베트남", "5명"], strict=True
        ):
            cell.text = text
        doc.add_paragraph("붙임 1. 포럼 일정 1부.")
        doc.add_paragraph("붙임 2. 참가국 명단 1부.")
        contact = doc.add_table(2, 6)
        rows = [
            ["담당 부서", "국제협력담당관실", "책임자", "과장", "김철수", "042-724-7200"],
            ["", "", "담당자", "사무관", "한지민", "042-724-7210"],
        ]
        for row, texts in zip(contact.rows, rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                if text:
                    cell.text = text
        contact.merge_cells(0, 0, 1, 0)
        contact.merge_cells(0, 1, 1, 1)
        doc.page.set_header(text="조달청 보도자료")
        data = doc.to_bytes()
        doc.close()
    return data


def test_a_draft_written_in_hangul_imports_right(tmp_path: Path):
    imported = read_bytes(hangul_draft(), tmp_path)
    r = imported.release
    assert r.ko.details == Details(
        "조달청", "2026. 12. 1.(화) 조간", attachments=["포럼 일정 1부.", "참가국 명단 1부."]
    )
    assert r.meta.release_date == date(2026, 11, 30)
    assert r.ko.title == "한-아세안 공공조달 협력 포럼 개최"
    assert r.ko.subtitle == ["아세안 10개국 조달 담당자 40명 참석"]
    assert [(p.level, p.bullet) for p in r.ko.body[:4]] == [(1, "□"), (2, "ㅇ"), (3, "-"), (1, "□")]
    assert r.ko.body[0].text == "조달청은 1일 서울에서 한-아세안 공공조달 협력 포럼을 열었다고 밝혔다."
    assert r.ko.body[1].text == "포럼에는 나라장터를 쓰는 10개국에서 40명이 참석했다."
    assert r.ko.body[1].notes == [Note("나라장터: 조달청이 운영하는 국가종합전자조달시스템", "*")]
    assert r.ko.body[3].notes == [Note("포럼은 2019년에 시작되었다.", "*")]  # 한글's own footnote
    assert [p.text for p in r.ko.body[4:]] == ["국가", "참석자", "베트남", "5명"]  # the table, not dropped
    assert r.ko.contact == "국제협력담당관실 김철수 과장(042-724-7200), 한지민 사무관(042-724-7210)"
    assert r.en == Version()
    said = " ".join(n.en for n in imported.notices)
    assert "1 table" in said and "1 footnote" in said and len(imported.notices) == 2


def test_symbols_in_the_house_style_of_a_draft_are_kept_as_written(tmp_path: Path):
    doc = HwpxDocument.new()
    for text in ("제목", "○ 첫째 항목이다.", "■ 둘째 항목이다.", "1. 셋째 항목이다."):
        doc.add_paragraph(text)
    back = read_bytes(doc.to_bytes(), tmp_path).release
    assert back.ko.title == "제목"
    assert [(p.level, p.bullet) for p in back.ko.body] == [(2, "○"), (1, "■"), (1, "1.")]
    assert LEVEL_SYMBOLS[1] == "□"


# --- files that are not what they claim ----------------------------------------------------------------


def rezip(source: bytes, replace_parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace_parts.get(info.filename, zin.read(info.filename)))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def exported() -> bytes:
    return build_hwpx(sample_release(), "ko", GENERIC, NOW)


def section_of(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("Contents/section0.xml").decode("utf-8")


def refused(data: bytes, folder: Path, name: str = "bad.hwpx") -> str:
    with pytest.raises(InputError) as info:
        read_bytes(data, folder, name=name)
    line = info.value.line("en")
    assert name in line and "\n" not in line
    return line


def test_an_hwp5_file_is_told_to_be_saved_as_hwpx(tmp_path: Path, exported: bytes):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        hwp = HwpxDocument.open(exported).to_bytes(format="hwp")
    assert "save it as HWPX" in refused(hwp, tmp_path)
    assert "older binary Office document" in refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), tmp_path)


def test_other_packages_renamed_hwpx_are_named(tmp_path: Path, exported: bytes):
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    assert "Word" in refused(docx.getvalue(), tmp_path)
    odt = io.BytesIO()
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    assert "OpenDocument" in refused(odt.getvalue(), tmp_path)
    assert "not a ZIP package" in refused("제목\n\n본문이다.\n".encode(), tmp_path)
    no_text = rezip(exported, {"Contents/content.hpf": b"<opf:package xmlns:opf='http://www.idpf.org/2007/opf/'/>"})
    with zipfile.ZipFile(io.BytesIO(no_text)) as z:
        kept = {n: z.read(n) for n in z.namelist() if not n.startswith("Contents/section")}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for n, b in kept.items():
            z.writestr(n, b)
    assert "no section" in refused(buffer.getvalue(), tmp_path)


def test_broken_xml_a_dtd_and_an_entity_are_refused(tmp_path: Path, exported: bytes):
    section = section_of(exported)
    assert "not well-formed" in refused(rezip(exported, {"Contents/section0.xml": section[:5000].encode()}), tmp_path)
    xxe = section.replace(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>",
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE hs:sec [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
        1,
    ).replace("혁신제품", "&secret;", 1)
    assert "<!DOCTYPE" in xxe
    line = refused(rezip(exported, {"Contents/section0.xml": xxe.encode()}), tmp_path)
    assert "DTD" in line or "not well-formed" in line
    assert "root:" not in line
    dtd_only = section.replace("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>", "<!DOCTYPE hs:sec>", 1)
    assert "DTD" in refused(rezip(exported, {"Contents/section0.xml": dtd_only.encode()}), tmp_path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path, exported: bytes):
    bomb = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(exported)) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
        zout.writestr("BinData/zeros.bin", b"\0" * (60 * 1024 * 1024))
    assert "MB" in refused(bomb.getvalue(), tmp_path)


def test_tracked_deletions_and_page_furniture_are_not_read_as_text(tmp_path: Path, exported: bytes):
    section = section_of(exported)
    marked = section.replace("조달청은 24일", '조달청은 <hp:deleteBegin Id="1"/>지난<hp:deleteEnd Id="1"/>24일', 1)
    assert marked != section
    back = read_bytes(rezip(exported, {"Contents/section0.xml": marked.encode()}), tmp_path).release
    assert back.ko.body[0].text.startswith("조달청은 24일")
    assert "- 1 -" not in " ".join(p.text for p in back.ko.body)


def test_pictures_outside_the_cover_row_are_left_out_and_the_user_is_told(tmp_path: Path):
    logo = styles.load("pps").logo
    assert logo is not None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = HwpxDocument.new()
        doc.add_paragraph("제목")
        doc.add_paragraph("□ 본문이다.")
        doc.add_picture(logo.read_bytes(), "png", width_mm=40)
        doc.add_picture(logo.read_bytes(), "png", width_mm=40)
        data = doc.to_bytes()
    imported = read_bytes(data, tmp_path)
    assert [p.text for p in imported.release.ko.body] == ["본문이다."]
    assert [n.en for n in imported.notices] == [
        "2 pictures or objects were left out: pictures, charts and equations are not imported."
    ]


def test_notes_without_a_star_come_back_under_their_paragraph(tmp_path: Path):
    from drafter.formats.docx_reader import read_docx
    from drafter.formats.docx_writer import build_docx

    paragraph = Paragraph(
        "지난해 피해면적은 1,860ha였다.", [Note("최근 10년 평균은 1,330ha", ""), Note("잠정치", "주:")], "○"
    )
    release = Release(ko=Version(title="제목", body=[paragraph, Paragraph("다음 단락이다.")]))
    (tmp_path / "in.docx").write_bytes(build_docx(release, "ko"))
    for back in (
        read_bytes(build_hwpx(release, "ko", GENERIC, NOW), tmp_path).release,
        read_docx(tmp_path / "in.docx").release,
    ):
        # the note keeps its text and its place; a note without a marker comes back with "*", the documents' own
        assert [(n.marker, n.text) for n in back.ko.body[0].notes] == [
            ("*", "최근 10년 평균은 1,330ha"),
            ("주:", "잠정치"),
        ]
        assert len(back.ko.body) == 2
